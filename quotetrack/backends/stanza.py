"""The stanza backend: a stanza Pipeline's words, tags, parse, entities and coreference as a Document.

stanza is an optional extra (``pip install 'quotetrack[stanza]'``) imported only inside the functions that
need it, so ``import quotetrack`` never loads it or torch. Nothing is downloaded at run time: the Pipeline
is built with ``download_method=None`` and missing models raise `ModelNotFoundError` naming the fix.

`document_from_stanza` also converts Documents the caller processed already, including gold treebanks
read with ``stanza.utils.conll.CoNLL.conll2doc``, whose words carry no character offsets: those are
recovered by laying the tokens over ``doc.text`` or, without a text, over a text rebuilt from the tokens.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from typing import Any

from quotetrack.backends.rules import find_paragraphs
from quotetrack.document import Document, EntityMention, Sentence, Token
from quotetrack.errors import BackendError, MissingDependencyError, ModelNotFoundError

__all__ = ["ENTITY_LABELS", "StanzaBackend", "document_from_stanza"]

#: OntoNotes entity types (stanza's English NER) mapped to quotetrack's kinds; others keep their label.
ENTITY_LABELS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "NORP": "group",
}

_BASE_PROCESSORS = "tokenize,mwt,pos,lemma,depparse,ner"
_INSTALL_HINT = "pip install 'quotetrack[stanza]'"


class StanzaBackend:
    """Parse text with stanza; the Pipeline is built once, on first use, from models already on disk.

    Pass ``pipeline`` to reuse one you built (its processors decide which layers the Document gets), or
    let the backend build ``tokenize,mwt,pos,lemma,depparse,ner`` (plus ``coref`` when that model is in
    ``model_dir``) for ``lang``.
    """

    name = "stanza"
    provides: frozenset[str] = frozenset({"pos", "lemma", "deps", "ner"})

    def __init__(
        self,
        pipeline: Any = None,
        *,
        model_dir: str | os.PathLike[str] | None = None,
        lang: str = "en",
        use_gpu: bool = False,
    ) -> None:
        self._pipeline = pipeline
        self.model_dir = None if model_dir is None else os.fspath(model_dir)
        self.lang = lang
        self.use_gpu = use_gpu

    @property
    def pipeline(self) -> Any:
        """The stanza Pipeline, built on first access."""
        if self._pipeline is None:
            self._pipeline = _build_pipeline(self.lang, self.model_dir, self.use_gpu)
        return self._pipeline

    def parse(self, text: str) -> Document:
        pipeline = self.pipeline
        try:
            processed = pipeline(text)
        except Exception as exc:
            msg = f"stanza failed on a text of {len(text)} characters: {type(exc).__name__}: {exc}"
            raise BackendError(msg) from exc
        return document_from_stanza(processed, text=text)


def _import_stanza() -> Any:
    try:
        import stanza  # noqa: PLC0415 - optional extra, loaded only when the stanza backend is used
    except ImportError as exc:
        msg = f"the stanza backend needs the stanza package, which is not installed: {_INSTALL_HINT}"
        raise MissingDependencyError(msg) from exc
    return stanza


def _default_model_dir(stanza: Any) -> str:
    return str(stanza.resources.common.DEFAULT_MODEL_DIR)


# A cache rather than per-instance state alone: `extract(text, backend="stanza")` builds a fresh backend on
# every call, and loading the models takes seconds, so pipelines are shared per (lang, model_dir, use_gpu).
@functools.lru_cache(maxsize=4)
def _build_pipeline(lang: str, model_dir: str | None, use_gpu: bool) -> Any:
    """Build a stanza Pipeline from models on disk, never downloading; translate stanza's errors."""
    stanza = _import_stanza()
    directory = model_dir or _default_model_dir(stanza)
    fix = f'run stanza.download("{lang}") once with network access, or pass model_dir= pointing at the models'
    if not os.path.isfile(os.path.join(directory, "resources.json")):
        msg = f"no stanza models found in {directory!r} (resources.json is missing): {fix}"
        raise ModelNotFoundError(msg)
    if not os.path.isdir(os.path.join(directory, lang)):
        msg = f"no stanza models for language {lang!r} in {directory!r}: {fix}"
        raise ModelNotFoundError(msg)
    processors = _BASE_PROCESSORS
    if os.path.isdir(os.path.join(directory, lang, "coref")):
        processors += ",coref"
    try:
        return stanza.Pipeline(
            lang=lang,
            dir=directory,
            processors=processors,
            download_method=None,
            use_gpu=use_gpu,
            logging_level="WARN",
        )
    except FileNotFoundError as exc:
        msg = f"a stanza model for {lang!r} ({processors}) is missing in {directory!r}: {fix} ({exc})"
        raise ModelNotFoundError(msg) from exc
    except Exception as exc:
        msg = f"stanza failed to build a pipeline for {lang!r} ({directory!r}): {type(exc).__name__}: {exc}"
        raise BackendError(msg) from exc


def document_from_stanza(doc: Any, *, text: str | None = None) -> Document:
    """Convert a processed ``stanza.Document`` into a quotetrack Document.

    Every word becomes a Token (the words of a multi-word token share that token's offsets), heads become
    global token indices, entity types are mapped with `ENTITY_LABELS`, and coreference mentions (0-based,
    end-exclusive word indices inside one sentence) become character extents, here and nowhere else.
    ``text`` overrides ``doc.text`` when the caller holds the exact string that was parsed.
    """
    source = text if text is not None else getattr(doc, "text", None)
    sentences_in = list(doc.sentences)
    spans = _token_offsets(sentences_in, source)
    if source is None:
        source, spans = _rebuild_text(sentences_in)

    tokens: list[Token] = []
    sentences: list[Sentence] = []
    sentence_bases: list[int] = []
    for sentence, token_spans in zip(sentences_in, spans, strict=True):
        base = len(tokens)
        sentence_bases.append(base)
        for stanza_token, (start, end) in zip(sentence.tokens, token_spans, strict=True):
            for word in stanza_token.words:
                word_start, word_end = start, end
                if len(stanza_token.words) == 1 or word.start_char is None:
                    pass  # one word, or a word of a multi-word token without its own offsets
                elif _slices_to(source, word.start_char, word.end_char, word.text):
                    word_start, word_end = word.start_char, word.end_char
                head = None if word.head is None else (-1 if word.head == 0 else base + word.head - 1)
                tokens.append(
                    Token(
                        word_start,
                        word_end,
                        source[word_start:word_end],
                        pos=word.upos,
                        lemma=word.lemma,
                        head=head,
                        deprel=word.deprel,
                    )
                )
        if len(tokens) > base:
            sentences.append(Sentence(tokens[base].start, tokens[-1].end, base, len(tokens)))

    entities = tuple(_entities(doc, source))
    chains = tuple(_coref_chains(doc, sentences_in, sentence_bases, tokens))
    provides = set()
    words = [word for sentence in sentences_in for word in sentence.words]
    if any(word.upos for word in words):
        provides.add("pos")
    if any(word.lemma for word in words):
        provides.add("lemma")
    if words and all(word.head is not None and word.deprel for word in words):
        provides.add("deps")
    if any(token.ner for sentence in sentences_in for token in sentence.tokens) or entities:
        provides.add("ner")
    if chains:
        provides.add("coref")
    return Document(
        text=source,
        tokens=tuple(tokens),
        sentences=tuple(sentences),
        paragraphs=tuple(find_paragraphs(source)),
        entities=entities,
        coref_chains=chains,
        provides=frozenset(provides),
        backend="stanza",
    )


def _slices_to(source: str, start: int | None, end: int | None, form: str) -> bool:
    return start is not None and end is not None and 0 <= start <= end <= len(source) and (source[start:end] == form)


def _token_offsets(sentences: Sequence[Any], source: str | None) -> list[list[tuple[int, int]]]:
    """Each token's offsets: stanza's own when they slice back to the token, else found by alignment."""
    result: list[list[tuple[int, int]]] = []
    cursor = 0
    for sentence in sentences:
        spans: list[tuple[int, int]] = []
        for token in sentence.tokens:
            if source is not None and _slices_to(source, token.start_char, token.end_char, token.text):
                start, end = token.start_char, token.end_char
            elif source is not None:
                start = _find_form(source, token.text, cursor)
                end = start + len(token.text)
            else:
                start = end = -1  # no text at all: `_rebuild_text` lays them out
            spans.append((start, end))
            cursor = max(cursor, end)
        result.append(spans)
    return result


def _find_form(source: str, form: str, cursor: int) -> int:
    """Where ``form`` next occurs after ``cursor``, allowing only white space in between."""
    at = cursor
    while at < len(source) and source[at].isspace():
        at += 1
    if source.startswith(form, at):
        return at
    found = source.find(form, cursor)
    if found < 0:
        msg = f"cannot find the token {form!r} in the document text after offset {cursor}"
        raise BackendError(msg)
    return found


def _rebuild_text(sentences: Sequence[Any]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Lay tokens out with their recorded spacing; paragraphs (``# newpar``) are separated by a blank line."""
    pieces: list[str] = []
    offset = 0
    result: list[list[tuple[int, int]]] = []
    for index, sentence in enumerate(sentences):
        if index:
            separator = "\n\n" if _starts_paragraph(sentence) else " "
            pieces.append(separator)
            offset += len(separator)
        spans: list[tuple[int, int]] = []
        for position, token in enumerate(sentence.tokens):
            spans.append((offset, offset + len(token.text)))
            pieces.append(token.text)
            offset += len(token.text)
            if position + 1 < len(sentence.tokens):
                space = _space_after(token)
                pieces.append(space)
                offset += len(space)
        result.append(spans)
    return "".join(pieces), result


def _starts_paragraph(sentence: Any) -> bool:
    comments: Iterable[str] = getattr(sentence, "comments", None) or ()
    return any(comment.startswith("# newpar") or comment.startswith("# newdoc") for comment in comments)


def _space_after(token: Any) -> str:
    space = getattr(token, "spaces_after", None)
    if space is not None and space != " ":
        return str(space)
    misc = token.misc or (token.words[-1].misc if token.words else None) or ""
    return "" if "SpaceAfter=No" in misc.split("|") else " "


def _entities(doc: Any, source: str) -> Iterable[EntityMention]:
    for entity in getattr(doc, "ents", None) or ():
        start, end = entity.start_char, entity.end_char
        if start is None or end is None or not 0 <= start <= end <= len(source):
            continue
        yield EntityMention(start, end, ENTITY_LABELS.get(entity.type, entity.type))


def _coref_chains(
    doc: Any, sentences: Sequence[Any], bases: Sequence[int], tokens: Sequence[Token]
) -> Iterable[tuple[tuple[int, int], ...]]:
    """stanza's chains as character extents; zero-anaphora mentions (tuple indices) have no text and drop."""
    for chain in getattr(doc, "coref", None) or ():
        extents: list[tuple[int, int]] = []
        for mention in chain.mentions:
            first, stop = mention.start_word, mention.end_word
            if not isinstance(first, int) or not isinstance(stop, int) or stop <= first:
                continue
            if not 0 <= mention.sentence < len(sentences):
                continue
            base = bases[mention.sentence]
            extent = (tokens[base + first].start, tokens[base + stop - 1].end)
            if extent not in extents:
                extents.append(extent)
        if extents:
            yield tuple(sorted(extents))

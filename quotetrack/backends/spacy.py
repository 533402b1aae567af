"""The spaCy backend: a spaCy Language's tags, parse and entities as a Document.

spaCy is an optional extra (``pip install 'quotetrack[spacy]'``) imported only inside the functions that
need it. Models are never downloaded: a missing one raises `ModelNotFoundError` with the command that
installs it. spaCy's English parsers use ClearNLP labels; `document_from_spacy` renames those that have a
Universal Dependencies equivalent (``nsubjpass`` -> ``nsubj:pass``, ``dobj`` -> ``obj``) so the syntax rules
read one label set. Prepositions stay heads of their objects (``prep`` -> ``pobj``) as spaCy attaches them;
`quotetrack.syntax` reads both that shape and UD's ``obl`` + ``case``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from quotetrack.backends.rules import find_paragraphs, find_sentences
from quotetrack.document import Document, EntityMention, Sentence, Token
from quotetrack.errors import BackendError, MissingDependencyError, ModelNotFoundError

__all__ = ["DEPREL_TO_UD", "ENTITY_LABELS", "SpacyBackend", "document_from_spacy"]

#: spaCy (OntoNotes) entity labels mapped to quotetrack's speaker kinds; others keep their label.
ENTITY_LABELS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "NORP": "group",
}

#: ClearNLP relation names (spaCy's English models) and their UD names, where one label maps to one label.
DEPREL_TO_UD = {
    "ROOT": "root",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "dobj": "obj",
    "dative": "iobj",
    "relcl": "acl:relcl",
    "prt": "compound:prt",
    "poss": "nmod:poss",
    "predet": "det:predet",
    "preconj": "cc:preconj",
    "npadvmod": "obl:npmod",
    "neg": "advmod",
    "acomp": "xcomp",
    "oprd": "xcomp",
    "intj": "discourse",
    "attr": "attr",
}

#: Default pipelines tried, in order, when no Language or name is given.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_trf")

_INSTALL_HINT = "pip install 'quotetrack[spacy]'"


class SpacyBackend:
    """Parse text with a spaCy Language: one the caller loaded, or a model name loaded once on first use."""

    name = "spacy"
    provides: frozenset[str] = frozenset({"pos", "lemma", "deps", "ner"})

    def __init__(self, nlp: Any = None, *, sentences: str = "quotetrack") -> None:
        self._nlp = nlp if nlp is not None and not isinstance(nlp, str) else None
        self.model = nlp if isinstance(nlp, str) else None
        self.sentences = sentences

    @property
    def nlp(self) -> Any:
        """The spaCy Language, loaded on first access when only a name (or nothing) was given."""
        if self._nlp is None:
            self._nlp = _load(self.model) if self.model else _load_default()
        return self._nlp

    def parse(self, text: str) -> Document:
        nlp = self.nlp
        try:
            processed = nlp(text)
        except Exception as exc:
            msg = f"spaCy failed on a text of {len(text)} characters: {type(exc).__name__}: {exc}"
            raise BackendError(msg) from exc
        return document_from_spacy(processed, sentences=self.sentences)


def _import_spacy() -> Any:
    try:
        import spacy  # noqa: PLC0415 - optional extra, loaded only when the spaCy backend is used
    except ImportError as exc:
        msg = f"the spaCy backend needs the spacy package, which is not installed: {_INSTALL_HINT}"
        raise MissingDependencyError(msg) from exc
    return spacy


# Cached: `extract(text, backend="spacy")` builds a fresh backend per call, and loading takes a second.
@functools.lru_cache(maxsize=4)
def _load(name: str) -> Any:
    """Load an installed spaCy pipeline by name; a missing one names the command that installs it."""
    spacy = _import_spacy()
    try:
        return spacy.load(name)
    except OSError as exc:
        installed = sorted(spacy.util.get_installed_models())
        msg = (
            f"spaCy model {name!r} is not installed (installed: {', '.join(installed) or 'none'}): "
            f"run `python -m spacy download {name}` (or `pip install {name.replace('_', '-')}`), "
            "or pass a loaded Language: SpacyBackend(spacy.load(...))"
        )
        raise ModelNotFoundError(msg) from exc
    except Exception as exc:
        msg = f"spaCy could not load {name!r}: {type(exc).__name__}: {exc}"
        raise BackendError(msg) from exc


def _load_default() -> Any:
    """The first installed English pipeline: the usual names first, then any other ``en_core_web*``."""
    spacy = _import_spacy()
    installed = set(spacy.util.get_installed_models())
    candidates = [name for name in DEFAULT_MODELS if name in installed]
    candidates += sorted(n for n in installed if n.startswith("en_core_web") and n not in candidates)
    if not candidates:
        msg = (
            "no English spaCy model is installed: run `python -m spacy download en_core_web_sm` "
            "(or `pip install en-core-web-sm`), or pass a loaded Language: SpacyBackend(spacy.load(...))"
        )
        raise ModelNotFoundError(msg)
    return _load(candidates[0])


def document_from_spacy(doc: Any, *, sentences: str = "quotetrack") -> Document:
    """Convert a processed ``spacy.tokens.Doc`` into a quotetrack Document.

    ``sentences="quotetrack"`` (the default) splits sentences with the embedded splitter, which keeps a
    quotation and its "she said" together; spaCy's parser-made boundaries cut multi-sentence quotes in news
    and cost the surface rules 5 points of quote F1 on PolNeAR dev. ``sentences="spacy"`` keeps spaCy's.

    White-space tokens are dropped (a head that pointed at one moves to that token's own head), relation
    names go through `DEPREL_TO_UD`, entity labels through `ENTITY_LABELS`, and coreference clusters are
    read from span groups named ``coref_clusters*`` (spacy-experimental's convention) when present.
    """
    text: str = doc.text
    has_pos = bool(doc.has_annotation("POS"))
    has_lemma = bool(doc.has_annotation("LEMMA"))
    has_deps = bool(doc.has_annotation("DEP"))
    has_ner = bool(doc.has_annotation("ENT_IOB"))

    kept = [token.i for token in doc if not token.is_space]
    new_index = {old: new for new, old in enumerate(kept)}

    tokens: list[Token] = []
    for old in kept:
        token = doc[old]
        head: int | None = None
        deprel: str | None = None
        if has_deps:
            head = _kept_head(token, new_index)
            deprel = DEPREL_TO_UD.get(token.dep_, token.dep_)
        tokens.append(
            Token(
                token.idx,
                token.idx + len(token.text),
                token.text,
                pos=(token.pos_ or None) if has_pos else None,
                lemma=(token.lemma_ or None) if has_lemma else None,
                head=head,
                deprel=deprel,
            )
        )

    paragraphs = find_paragraphs(text)
    if sentences not in {"quotetrack", "spacy"}:
        msg = f"sentences must be 'quotetrack' or 'spacy', got {sentences!r}"
        raise ValueError(msg)
    if sentences == "spacy" and (doc.has_annotation("SENT_START") or has_deps):
        spans = _spacy_sentences(doc, new_index, tokens)
    else:
        spans = find_sentences(text, tokens, paragraphs)

    entities = tuple(
        EntityMention(ent.start_char, ent.end_char, ENTITY_LABELS.get(ent.label_, ent.label_)) for ent in doc.ents
    )
    chains = tuple(_coref_chains(doc))
    layers = {"pos": has_pos, "lemma": has_lemma, "deps": has_deps, "ner": has_ner, "coref": bool(chains)}
    provides = {layer for layer, present in layers.items() if present}
    return Document(
        text=text,
        tokens=tuple(tokens),
        sentences=tuple(spans),
        paragraphs=tuple(paragraphs),
        entities=entities,
        coref_chains=chains,
        provides=frozenset(provides),
        backend="spacy",
    )


def _kept_head(token: Any, new_index: dict[int, int]) -> int:
    """The new index of the nearest head that is kept, climbing past dropped white-space tokens."""
    current = token
    for _ in range(len(new_index) + len(token.doc)):
        if current.head.i == current.i:
            return -1
        current = current.head
        if current.i in new_index:
            return new_index[current.i]
    return -1


def _spacy_sentences(doc: Any, new_index: dict[int, int], tokens: list[Token]) -> list[Sentence]:
    sentences = []
    for sent in doc.sents:
        indices = [new_index[token.i] for token in sent if token.i in new_index]
        if indices:
            first, last = indices[0], indices[-1] + 1
            sentences.append(Sentence(tokens[first].start, tokens[last - 1].end, first, last))
    return sentences


def _coref_chains(doc: Any) -> Iterable[tuple[tuple[int, int], ...]]:
    for key, group in doc.spans.items():
        if key.startswith("coref_clusters") and len(group) > 1:
            yield tuple(sorted({(span.start_char, span.end_char) for span in group}))

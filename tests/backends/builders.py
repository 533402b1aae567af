"""Builders shared by the backend tests: hand-parsed Documents and GUM treebank files."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from quotetrack.document import Document, Paragraph, Sentence, Token

GUM_DIR = Path(__file__).parent.parent / "data" / "gum"

_NO_SPACE_BEFORE = {",", ".", "!", "?", ":", ";", "'s", "n't", "\u2019s"}
_DOUBLE_MARKS = {'"'}


def build_document(*sentences: str) -> Document:
    """A parsed Document from tables of ``form lemma upos head deprel`` lines, one table a sentence.

    Heads count from 1 inside each sentence (0 is the root), as in CoNLL-U; ``_`` as lemma means the
    lowercased form. Words are joined by single spaces, except before punctuation and inside quotation
    marks, so the tables read like the sentence they encode.
    """
    text = ""
    tokens: list[Token] = []
    spans: list[Sentence] = []
    open_double = False
    for table in sentences:
        rows = [line.split() for line in table.strip().splitlines() if line.strip()]
        base = len(tokens)
        if text:
            text += " "
        glue = False  # no space before the next word (after an opening mark)
        for form, lemma, upos, head, deprel in rows:
            closing = form in _DOUBLE_MARKS and open_double
            if tokens and len(tokens) > base and not glue and form not in _NO_SPACE_BEFORE and not closing:
                text += " "
            start = len(text)
            text += form
            head_index = -1 if head == "0" else base + int(head) - 1
            tokens.append(
                Token(
                    start,
                    len(text),
                    form,
                    pos=upos,
                    lemma=form.lower() if lemma == "_" else lemma,
                    head=head_index,
                    deprel=deprel,
                )
            )
            glue = form in _DOUBLE_MARKS and not open_double
            if form in _DOUBLE_MARKS:
                open_double = not open_double
        spans.append(Sentence(tokens[base].start, tokens[-1].end, base, len(tokens)))
    return Document(
        text=text,
        tokens=tuple(tokens),
        sentences=tuple(spans),
        paragraphs=(Paragraph(0, len(text)),),
        provides=frozenset({"pos", "lemma", "deps"}),
        backend="test",
    )


_ENTITY_PART = re.compile(r"\((?P<open>\d+)[^()]*(?P<close>\))?|(?P<closer>\d+)\)")


def gum_coref(stanza_doc: Any) -> list[Any]:
    """stanza CorefChains from GUM's ``Entity=`` MISC brackets, as stanza's coref model would give them.

    GUM marks a mention's first word with ``(id-type-...`` and its last with ``id)`` (both on one word for
    a one-word mention); mentions are 0-based, end-exclusive word indices within their sentence. Chains
    with a single mention are left out, as a coreference model would.
    """
    from stanza.models.coref.coref_chain import CorefChain, CorefMention

    mentions: dict[str, list[CorefMention]] = defaultdict(list)
    for sentence_index, sentence in enumerate(stanza_doc.sentences):
        opened: dict[str, list[int]] = defaultdict(list)
        for word_index, word in enumerate(sentence.words):
            entity = next((f[7:] for f in (word.misc or "").split("|") if f.startswith("Entity=")), "")
            for part in _ENTITY_PART.finditer(entity):
                if part["open"]:
                    if part["close"]:
                        mentions[part["open"]].append(CorefMention(sentence_index, word_index, word_index + 1))
                    else:
                        opened[part["open"]].append(word_index)
                elif opened[part["closer"]]:
                    start = opened[part["closer"]].pop()
                    mentions[part["closer"]].append(CorefMention(sentence_index, start, word_index + 1))
    chains = [group for group in mentions.values() if len(group) > 1]
    return [CorefChain(index, group, "_", None) for index, group in enumerate(chains)]


def read_gum(name: str, **options: Any) -> Any:
    """A GUM test document as a stanza Document, read with ``CoNLL.conll2doc``."""
    from stanza.utils.conll import CoNLL

    return CoNLL.conll2doc(input_file=str(GUM_DIR / f"GUM_{name}.conllu"), **options)

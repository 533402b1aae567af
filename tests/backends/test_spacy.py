"""The spaCy adapter and backend, on Docs built by hand on spacy.blank("en") (no model download)."""

from __future__ import annotations

from typing import Any

import pytest

from quotetrack.backends.spacy import SpacyBackend, document_from_spacy
from quotetrack.errors import BackendError, ModelNotFoundError
from quotetrack.syntax import find_syntactic_quotes

spacy = pytest.importorskip("spacy", reason="the spaCy extra is not installed")


def _told_afp() -> Any:
    """'The mayor told AFP the bridge was safe.' with spaCy's English labels and a white-space token."""
    from spacy.tokens import Doc

    nlp = spacy.blank("en")
    words = [
        "The",
        "mayor",
        "told",
        "AFP",
        "the",
        "bridge",
        "was",
        "safe",
        ".",
        "\n\n",
        "Nobody",
        "was",
        "hurt",
        ".",
    ]
    spaces = [True, True, True, True, True, True, True, False, False, False, True, True, False, False]
    heads = [1, 2, 2, 2, 5, 6, 2, 6, 2, 8, 12, 12, 12, 12]
    deps = ["det", "nsubj", "ROOT", "dobj", "det", "nsubj", "ccomp", "acomp", "punct", "dep",
            "nsubjpass", "auxpass", "ROOT", "punct"]  # fmt: skip
    pos = ["DET", "NOUN", "VERB", "PROPN", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "SPACE",
           "PRON", "AUX", "VERB", "PUNCT"]  # fmt: skip
    lemmas = [
        "the",
        "mayor",
        "tell",
        "AFP",
        "the",
        "bridge",
        "be",
        "safe",
        ".",
        "\n\n",
        "nobody",
        "be",
        "hurt",
        ".",
    ]
    ents = ["O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_tokens_relations_and_entities() -> None:
    """Offsets from token.idx, UD names for ClearNLP labels, global heads, mapped entity labels."""
    spacy_doc = _told_afp()
    doc = document_from_spacy(spacy_doc)
    assert doc.text == spacy_doc.text
    assert doc.provides == {"pos", "lemma", "deps", "ner"}
    assert all(doc.text[t.start : t.end] == t.text for t in doc.tokens)
    assert [t.text for t in doc.tokens if not t.text.strip()] == []  # the white-space token is gone
    relations = [(t.text, t.deprel, t.head) for t in doc.tokens]
    assert relations[:4] == [
        ("The", "det", 1),
        ("mayor", "nsubj", 2),
        ("told", "root", -1),
        ("AFP", "obj", 2),
    ]
    assert relations[8:] == [
        (".", "punct", 2),
        ("Nobody", "nsubj:pass", 11),
        ("was", "aux:pass", 11),
        ("hurt", "root", -1),
        (".", "punct", 11),
    ]
    assert [(doc.text[e.start : e.end], e.label) for e in doc.entities] == [("AFP", "organization")]
    assert [(s.first_token, s.last_token) for s in doc.sentences] == [(0, 9), (9, 13)]
    spacy_split = document_from_spacy(spacy_doc, sentences="spacy")
    assert [(s.first_token, s.last_token) for s in spacy_split.sentences] == [(0, 9), (9, 13)]
    assert len(doc.paragraphs) == 2


def test_syntax_rules_read_spacy_parses() -> None:
    """The mayor is the speaker, AFP the addressee; the passive "Nobody was hurt" reports nothing."""
    doc = document_from_spacy(_told_afp())
    (candidate,) = find_syntactic_quotes(doc)
    pieces = [doc.text[slice(*e)] for e in (candidate.cue, candidate.mention, candidate.addressee)]  # type: ignore[misc]
    assert pieces == ["told", "The mayor", "AFP"]
    assert doc.text[candidate.start : candidate.end] == "the bridge was safe"


def test_unannotated_doc_gets_sentences_from_the_embedded_splitter() -> None:
    """A tokenizer-only Doc provides no layers; sentences come from quotetrack's own splitter."""
    doc = document_from_spacy(spacy.blank("en")("Prices rose. Nobody knows why.\n\nA new paragraph."))
    assert doc.provides == frozenset()
    assert all(t.head is None and t.deprel is None for t in doc.tokens)
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "Prices rose.",
        "Nobody knows why.",
        "A new paragraph.",
    ]
    assert find_syntactic_quotes(doc) == []


def test_coref_span_groups_become_chains() -> None:
    """spacy-experimental's coref_clusters_* span groups are read as chains of character extents."""
    spacy_doc = spacy.blank("en")("Jane Doe said she agreed.")
    spacy_doc.spans["coref_clusters_1"] = [spacy_doc[0:2], spacy_doc[3:4]]
    doc = document_from_spacy(spacy_doc)
    assert "coref" in doc.provides
    assert doc.coref_chains == (((0, 8), (14, 17)),)


def test_loaded_language_is_used_as_is() -> None:
    """A Language the caller passes parses the text; its output becomes the Document."""
    backend = SpacyBackend(spacy.blank("en"))
    doc = backend.parse("Hello there.")
    assert doc.backend == "spacy"
    assert [t.text for t in doc.tokens] == ["Hello", "there", "."]


def test_missing_model_names_the_fix() -> None:
    """An unknown model name raises ModelNotFoundError with the download command."""
    with pytest.raises(ModelNotFoundError, match="python -m spacy download en_core_web_xx_missing"):
        _ = SpacyBackend("en_core_web_xx_missing").nlp


def test_spacy_errors_are_translated_and_chained() -> None:
    """An exception inside the Language comes out as BackendError, chained."""

    def broken(text: str) -> Any:
        raise ValueError("[E088] Text of length 2000000 exceeds maximum")

    with pytest.raises(BackendError, match="E088") as info:
        SpacyBackend(broken).parse("x")
    assert isinstance(info.value.__cause__, ValueError)


@pytest.mark.models
def test_real_spacy_model() -> None:
    """With an English pipeline installed, a parsed sentence gives its speaker through the syntax rules."""
    try:
        backend = SpacyBackend()
        doc = backend.parse("The mayor told reporters on Monday that the bridge was safe.")
    except ModelNotFoundError as exc:
        pytest.skip(f"no English spaCy model is installed: {exc}")
    assert {"pos", "deps", "ner"} <= doc.provides
    (candidate,) = find_syntactic_quotes(doc)
    assert doc.text[slice(*candidate.mention)] == "The mayor"  # type: ignore[misc]
    assert doc.text[slice(*candidate.addressee)] == "reporters"  # type: ignore[misc]

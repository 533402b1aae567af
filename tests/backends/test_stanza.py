"""The stanza adapter and backend, on gold GUM parses read with CoNLL.conll2doc (no model download)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quotetrack.backends.stanza import StanzaBackend, document_from_stanza
from quotetrack.errors import BackendError, MissingDependencyError, ModelNotFoundError
from quotetrack.model import QuoteKind
from quotetrack.syntax import find_syntactic_quotes

from .builders import gum_coref, read_gum

stanza = pytest.importorskip("stanza", reason="the stanza extra is not installed")

GUM_NAMES = ["news_korea", "news_iodine", "news_hackers"]


@pytest.mark.parametrize("name", GUM_NAMES)
@pytest.mark.parametrize("reconstruct", [False, True])
def test_gum_tokens_slice_back_and_heads_are_global(name: str, reconstruct: bool) -> None:
    """Every token slices back to its text, in order, and every head indexes a token of its own sentence."""
    doc = document_from_stanza(read_gum(name, reconstruct_text=reconstruct))
    assert doc.provides == {"pos", "lemma", "deps"}
    starts = [t.start for t in doc.tokens]
    assert starts == sorted(starts)
    for sentence in doc.sentences:
        roots = 0
        for token in doc.sentence_tokens(sentence):
            assert doc.text[token.start : token.end] == token.text
            assert token.head is not None
            if token.head == -1:
                roots += 1
            else:
                assert sentence.first_token <= token.head < sentence.last_token
        assert roots >= 1
    assert sum(s.last_token - s.first_token for s in doc.sentences) == len(doc.tokens)


def test_offsets_follow_stanza_when_it_has_them() -> None:
    """With reconstruct_text=True stanza's own token offsets are kept as they are."""
    stanza_doc = read_gum("news_korea", reconstruct_text=True)
    doc = document_from_stanza(stanza_doc)
    assert doc.text == stanza_doc.text
    expected = [
        (w.start_char, w.end_char) if len(t.words) > 1 else (t.start_char, t.end_char)
        for s in stanza_doc.sentences
        for t in s.tokens
        for w in t.words
    ]
    assert [(t.start, t.end) for t in doc.tokens] == expected


def test_rebuilt_text_keeps_paragraphs() -> None:
    """Without offsets the text is rebuilt from the tokens, a blank line at each ``# newpar``."""
    doc = document_from_stanza(read_gum("news_korea"))
    assert doc.text.startswith("North Korea puts military in 'quasi-state of war'\n\nFriday, August 21, 2015")
    assert len(doc.paragraphs) == 8


def test_multiword_token_words_share_its_offsets() -> None:
    """GUM splits "world\u2019s" into two words; both point at the token's characters."""
    doc = document_from_stanza(read_gum("news_iodine"))
    words = [t for t in doc.tokens if t.text == "world\u2019s"]
    assert [(t.lemma, t.deprel) for t in words] == [("world", "nmod:poss"), ("'s", "case")]
    assert words[0].start == words[1].start
    assert words[0].end == words[1].end


def test_coref_mentions_become_character_extents() -> None:
    """stanza's 0-based, end-exclusive word indices turn into the mention's characters."""
    stanza_doc = read_gum("news_korea")
    stanza_doc.coref = gum_coref(stanza_doc)
    doc = document_from_stanza(stanza_doc)
    assert "coref" in doc.provides
    texts = [{doc.text[s:e] for s, e in chain} for chain in doc.coref_chains]
    north_korea = next(chain for chain in texts if "North Korea" in chain)
    # "country's" is one multi-word token with no word offsets in the file: its words share its characters
    assert {"North Korea", "the DPRK", "the country's", "it"} <= north_korea
    assert all(piece == piece.strip() and piece for chain in texts for piece in chain)


def test_gum_reported_speech() -> None:
    """The syntax rules on a gold parse: according to, inverted "said KCNA", and "it added"."""
    doc = document_from_stanza(read_gum("news_korea"))
    found = [
        (doc.text[slice(*c.cue)], doc.text[slice(*c.mention)], c.kind)
        for c in find_syntactic_quotes(doc)
        if c.cue and c.mention
    ]
    assert found == [
        ("According to", "Yonhap news agency", QuoteKind.MIXED),
        ("said", "KCNA", QuoteKind.DIRECT),
        ("added", "it", QuoteKind.DIRECT),
        ("added", "KCNA", QuoteKind.DIRECT),
        ("says", "South Korea", QuoteKind.INDIRECT),
        ("stated", "North Korea", QuoteKind.INDIRECT),
    ]


def test_gum_direct_and_mixed() -> None:
    """iodine: '"I suspect ...," he said' is direct; 'authors say X is "the sleeper ..."' is mixed."""
    doc = document_from_stanza(read_gum("news_iodine"))
    by_start = {doc.text[c.start : c.start + 20]: c for c in find_syntactic_quotes(doc)}
    suspect = by_start["I suspect they won't"]
    assert (suspect.kind, doc.text[slice(*suspect.mention)]) == (QuoteKind.DIRECT, "he")  # type: ignore[misc]
    sleeper = by_start["iodine deficiency is"]
    assert sleeper.kind is QuoteKind.MIXED
    assert doc.text[slice(*sleeper.mention)] == "The report's authors"  # type: ignore[misc]


class _FailingPipeline:
    def __call__(self, text: str) -> Any:
        raise RuntimeError("CUDA out of memory")


def test_stanza_errors_are_translated_and_chained() -> None:
    """An exception inside stanza comes out as BackendError with the original as its cause."""
    with pytest.raises(BackendError, match="CUDA out of memory") as info:
        StanzaBackend(_FailingPipeline()).parse("Hello.")
    assert isinstance(info.value.__cause__, RuntimeError)
    assert isinstance(info.value, RuntimeError)


def test_missing_models_name_the_fix(tmp_path: Any) -> None:
    """No models in model_dir: a ModelNotFoundError that says stanza.download and model_dir=."""
    with pytest.raises(ModelNotFoundError, match=r'stanza\.download\("en"\).*model_dir='):
        _ = StanzaBackend(model_dir=tmp_path).pipeline


def test_missing_language_names_the_fix(tmp_path: Any) -> None:
    """resources.json present but no folder for the language."""
    (tmp_path / "resources.json").write_text("{}")
    with pytest.raises(ModelNotFoundError, match="no stanza models for language 'en'"):
        _ = StanzaBackend(model_dir=tmp_path).pipeline


def test_missing_stanza_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """Without the package the error says which pip command installs it."""
    monkeypatch.setitem(sys.modules, "stanza", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotetrack\[stanza\]'"):
        _ = StanzaBackend(model_dir=tmp_path / "elsewhere").pipeline


def test_pipeline_is_built_once() -> None:
    """A pipeline the caller passes is used as is, and parse turns its output into a Document."""
    gold = read_gum("news_korea", reconstruct_text=True)

    class Replay:
        calls = 0

        def __call__(self, text: str) -> Any:
            Replay.calls += 1
            return gold

    backend = StanzaBackend(Replay())
    doc = backend.parse(gold.text)
    backend.parse(gold.text)
    assert Replay.calls == 2
    assert doc.backend == "stanza"
    assert doc.text == gold.text


def test_import_quotetrack_loads_no_parser() -> None:
    """``import quotetrack`` (and the syntax rules) never load stanza, spaCy or torch."""
    code = (
        "import sys, quotetrack, quotetrack.syntax, quotetrack.backends.stanza, quotetrack.backends.spacy;"
        "print(sorted(m for m in ('stanza', 'spacy', 'torch') if m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "[]"


@pytest.mark.models
def test_real_stanza_pipeline() -> None:
    """With English models on disk, a parsed sentence gives its speaker through the syntax rules."""
    try:
        backend = StanzaBackend()
        doc = backend.parse("The mayor told reporters that the bridge was safe.")
    except ModelNotFoundError as exc:
        pytest.skip(f"stanza English models are not installed: {exc}")
    assert {"deps", "ner"} <= doc.provides
    (candidate,) = find_syntactic_quotes(doc)
    assert doc.text[slice(*candidate.mention)] == "The mayor"  # type: ignore[misc]

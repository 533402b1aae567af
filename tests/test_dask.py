"""extract_frame and extract_dask: the same rows serially and on a real two-process Dask cluster."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas", reason="extract_frame needs pandas: pip install 'quotetrack[pandas]'")

from quotetrack.errors import MissingDependencyError  # noqa: E402
from quotetrack.export import QUOTE_COLUMNS, to_frame  # noqa: E402
from quotetrack.integrations.dask import extract_dask, extract_frame, quote_frame_meta  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "zelensky-pows.txt"
GUM = ROOT / "tests" / "data" / "gum"  # GUM news, CC BY 2.5 Wikinews texts (see its README)

SMALL = [
    ("short", '"We are ready," Jane Doe said. She added that talks would resume.'),
    ("none", "No quotations here at all."),
    ("price", 'The mayor said the $5 million plan was "a bargain".'),
]


def _articles() -> pd.DataFrame:
    rows = [("zelensky", EXAMPLE.read_text(encoding="utf-8")), *SMALL]
    for conllu in sorted(GUM.glob("*.conllu")):  # the sentences of each document, one per line
        lines = conllu.read_text(encoding="utf-8").splitlines()
        rows.append(
            (conllu.stem, "\n".join(line[len("# text = ") :] for line in lines if line.startswith("# text = ")))
        )
    return pd.DataFrame(rows, columns=["id", "text"])


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in (id, quote_index) order; a missing str value as None (pandas may hold it as None or NaN)."""
    frame = frame.sort_values(["id", "quote_index"]).reset_index(drop=True)
    for column in [c for c in frame.columns if frame[c].dtype == "object"]:
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def test_extract_frame_has_the_fixed_columns_and_one_row_per_quote() -> None:
    import quotetrack

    articles = _articles()
    frame = extract_frame(articles)
    assert tuple(frame.columns) == QUOTE_COLUMNS
    assert frame.dtypes.to_dict() == quote_frame_meta().dtypes.to_dict()
    expected = to_frame(quotetrack.analyze(t, id=i) for i, t in zip(articles["id"], articles["text"], strict=True))
    pd.testing.assert_frame_equal(frame, expected)
    assert "none" not in set(frame["id"])
    assert (frame["id"] == "zelensky").sum() == len(quotetrack.extract(articles["text"][0]))


def test_extract_frame_options_and_missing_values() -> None:
    articles = pd.DataFrame({"body": [SMALL[0][1], None, float("nan")], "key": [7, 8, 9]}, index=["a", "b", "c"])
    by_key = extract_frame(articles, text_column="body", id_column="key")
    assert set(by_key["id"]) == {"7"}
    by_index = extract_frame(articles, text_column="body", id_column=None)
    assert set(by_index["id"]) == {"a"}
    with pytest.raises(KeyError, match="text"):
        extract_frame(articles)
    empty = extract_frame(articles.iloc[:0], text_column="body", id_column="key")
    assert tuple(empty.columns) == QUOTE_COLUMNS
    assert empty.empty


def test_extract_dask_without_dask_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.dataframe", None)  # makes the import fail
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'quotetrack\[dask\]'"):
        extract_dask(object())


def test_extract_dask_on_a_two_process_cluster_matches_the_serial_result() -> None:
    dd = pytest.importorskip("dask.dataframe", reason="needs Dask: pip install 'quotetrack[dask]'")
    distributed = pytest.importorskip("distributed", reason="needs distributed: pip install 'quotetrack[dask]'")
    articles = _articles()
    serial = _sorted(extract_frame(articles))
    ddf = dd.from_pandas(articles, npartitions=4)
    lazy = extract_dask(ddf)
    assert tuple(lazy.columns) == QUOTE_COLUMNS
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None, memory_limit=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert len(client.scheduler_info()["workers"]) == 2
        result = lazy.compute()
        workers = client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2  # two worker processes, not threads
    assert tuple(result.columns) == QUOTE_COLUMNS
    assert result.dtypes.to_dict() == serial.dtypes.to_dict()
    pd.testing.assert_frame_equal(_sorted(result), serial)
    assert len(serial) > 0

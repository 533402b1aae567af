"""Smoke tests of the benchmark scripts: each runs on a tiny made-up article and writes the JSON it promises.

Times are not asserted (a shared machine makes them noise); shapes and invariants are.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

ARTICLE = (
    '"We are ready," Jane Doe said on Monday.\n\n'
    'Mr Smith said that taxes would rise. He added that the plan was "not finished".\n\n'
    "The committee meets again in March."
)


@pytest.fixture
def bench(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the scripts importable the way ``python benchmarks/NAME.py`` runs them."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))


def load(name: str) -> ModuleType:
    return importlib.import_module(name)


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    record = {"id": "a", "text": ARTICLE, "quotes": [{"start": 0, "end": 15, "kind": "direct", "speaker": "Jane Doe"}]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.mark.usefixtures("bench")
def test_accuracy_writes_one_report_per_file(gold: Path, tmp_path: Path) -> None:
    """accuracy.py scores each gold file and writes its report under the file's path."""
    out = tmp_path / "acc.json"
    assert load("accuracy").main([str(gold), "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data[str(gold)]["quotetrack"]["content"]["gold"] == 1


@pytest.mark.usefixtures("bench")
def test_throughput_reports_medians(gold: Path, tmp_path: Path) -> None:
    """throughput.py reports words/s from the median of its passes."""
    out = tmp_path / "tp.json"
    assert load("throughput").main([str(gold), "--repeats", "2", "--no-textacy", "--json", str(out)]) == 0
    (result,) = json.loads(out.read_text(encoding="utf-8"))["systems"].values()
    assert len(result["seconds_all"]) == 2
    assert result["words_per_second"] > 0


@pytest.mark.usefixtures("bench")
def test_scaling_repeats_the_article(tmp_path: Path) -> None:
    """scaling.py builds 1x, 2x, 4x copies and reports ratios to 1x."""
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "scale.json"
    assert load("scaling").main([str(article), "--max-factor", "4", "--repeats", "1", "--json", str(out)]) == 0
    sizes = json.loads(out.read_text(encoding="utf-8"))["sizes"]
    assert [s["factor"] for s in sizes] == [1, 2, 4]
    assert sizes[0]["time_ratio"] == 1.0
    assert sizes[2]["chars"] == 4 * len(ARTICLE) + 3 * 2  # three paragraph breaks join four copies


@pytest.mark.usefixtures("bench")
def test_slope_of_a_power_law() -> None:
    """The fitted exponent of time = size**k recovers k."""
    slope = load("scaling").slope
    assert slope([1, 2, 4, 8], [3, 6, 12, 24]) == pytest.approx(1.0)
    assert slope([1, 2, 4, 8], [1, 4, 16, 64]) == pytest.approx(2.0)


@pytest.mark.usefixtures("bench")
def test_import_leaves_heavy_libraries_unloaded(tmp_path: Path) -> None:
    """import_time.py finds no stanza, spaCy, torch, pandas or numpy after ``import quotetrack``."""
    out = tmp_path / "import.json"
    assert load("import_time").main(["--repeats", "1", "--json", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["heavy_modules_loaded"] == []

"""docs/example.ipynb runs from top to bottom and shows the highlighted article."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "docs" / "example.ipynb"


def test_example_notebook_executes_and_shows_the_highlighted_article(monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="needs nbformat: pip install 'quotetrack[notebook]'")
    nbclient = pytest.importorskip("nbclient", reason="needs nbclient: pip install 'quotetrack[notebook]'")
    pytest.importorskip("ipykernel", reason="needs ipykernel: pip install 'quotetrack[notebook]'")
    pytest.importorskip("pandas", reason="the notebook calls to_frame: pip install 'quotetrack[pandas]'")
    # the kernel is a child process: let it import this checkout even when quotetrack is not installed
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:  # run from clean: stored outputs must not satisfy the checks below
        if cell.cell_type == "code":
            cell.outputs = []
    client = nbclient.NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError if any cell fails

    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    views = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    article = next(v for v in views if 'class="quotetrack' in v)
    for role in ("qt-content", "qt-cue", "qt-speaker", "qt-addressee"):
        assert f'class="{role}"' in article
    assert "Volodymyr Zelensky" in article
    assert "qt-legend" in article
    assert "<script" not in article.lower()
    assert any("<table" in v and "speaker_mention" in v for v in views)  # the to_frame cell
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "Volodymyr Zelensky" in printed

"""extract from several threads at once gives the same results as serial calls."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from adversarial.generators import ARTICLE_PARAGRAPHS, article

import quotetrack

EXAMPLE = (Path(__file__).resolve().parent.parent / "examples" / "zelensky-pows.txt").read_text(encoding="utf-8")


def texts() -> list[str]:
    """Articles of many shapes, so threads interleave different code paths."""
    out = [EXAMPLE, article(40), "", '"Unclosed, he said.', "\u202eقال الرئيس «نحن مستعدون»"]
    out += [ARTICLE_PARAGRAPHS[i % len(ARTICLE_PARAGRAPHS)] * (1 + i % 3) for i in range(24)]
    out += [EXAMPLE.replace("Zelensky", name) for name in ("Maria Lopez", "Tom Reed", "Anna Berg")]
    return out


def as_json(quotes: list[quotetrack.Quote]) -> str:
    return json.dumps([q.to_dict() for q in quotes], sort_keys=True)


def test_threads_give_serial_results() -> None:
    """Eight threads running extract over the same texts, many times over, match the serial results exactly."""
    inputs = texts() * 4
    serial = [as_json(quotetrack.extract(t)) for t in inputs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        threaded = list(pool.map(lambda t: as_json(quotetrack.extract(t)), inputs))
    assert threaded == serial


def test_first_use_from_many_threads(tmp_path: Path) -> None:
    """Lexicons and caches loaded for the first time from many threads at once give the serial results."""
    import subprocess
    import sys

    script = tmp_path / "race.py"
    script.write_text(
        "import json, sys\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "import quotetrack\n"
        "text = sys.stdin.read()\n"
        "with ThreadPoolExecutor(max_workers=16) as pool:\n"
        "    results = list(pool.map(lambda _: json.dumps([q.to_dict() for q in quotetrack.extract(text)],"
        " sort_keys=True), range(32)))\n"
        "print(json.dumps(sorted(set(results))))\n",
        encoding="utf-8",
    )
    root = Path(quotetrack.__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, str(script)],
        input=EXAMPLE,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=True,
        cwd=root,
        env={"PYTHONPATH": str(root)},
    )
    distinct = json.loads(done.stdout)
    assert distinct == [as_json(quotetrack.extract(EXAMPLE))]

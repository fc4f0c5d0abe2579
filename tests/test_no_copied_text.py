"""The project holds only text we wrote: no run of eight words from ../shared's corpora.

The gold annotations and the news corpus under ../shared are for measuring; their
sentences must not turn up in examples, tests, code or docs. Registry data files are
left out: organisation and country names are facts, and official names are long.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RUN = 8
REGISTRY = ROOT / "src" / "dragoman" / "data"
SCANNED = ("src", "tests", "examples", "docs", "benchmarks", "README.md")
SUFFIXES = {".py", ".md", ".txt", ".yaml", ".jsonl", ".html", ".json"}
SHARED_SUFFIXES = {".json", ".jsonl", ".xml", ".tml"}


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _runs(words: list[str]) -> set[int]:
    return {hash(" ".join(words[i : i + RUN])) for i in range(len(words) - RUN + 1)}


def _project_files() -> list[Path]:
    files: list[Path] = []
    for name in SCANNED:
        path = ROOT / name
        candidates = [path] if path.is_file() else path.rglob("*")
        files += [p for p in candidates if p.is_file() and p.suffix in SUFFIXES and REGISTRY not in p.parents]
    return files


@pytest.mark.shared
def test_no_eight_word_run_of_shared_text_in_the_project(shared_dir: Path) -> None:
    shared: set[int] = set()
    for path in [*shared_dir.joinpath("eval").rglob("*"), *shared_dir.joinpath("bench").rglob("*")]:
        if path.is_file() and path.suffix in SHARED_SUFFIXES:
            shared |= _runs(_words(path.read_text(encoding="utf-8", errors="ignore")))
    copied = []
    for path in _project_files():
        words = _words(path.read_text(encoding="utf-8", errors="ignore"))
        for i in range(len(words) - RUN + 1):
            if hash(" ".join(words[i : i + RUN])) in shared:
                copied.append(f"{path.relative_to(ROOT)}: {' '.join(words[i : i + RUN])}")
                break
    assert not copied, "text copied from ../shared:\n" + "\n".join(copied)

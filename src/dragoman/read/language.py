"""A cheap English check: script of the letters and the share of English function words.

Among the first 300 words, English news prose has about 40% function words from the English list
(measured on the 2,225 BBC News articles of the benchmark: median 0.43, minimum 0.17); 128
Spanish news texts scored at most 0.075 (125 of them named Spanish). Texts too short to judge pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from ..errors import ModelError

#: words looked at
SAMPLE_WORDS = 300
#: fewer words than this: too short to judge by function words
MIN_WORDS = 20
#: characters looked at (300 English words take about 1,800)
_SAMPLE_CHARS = 2500
#: an English share below this is not English
MIN_ENGLISH_SHARE = 0.12

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_ASCII = re.compile(r"[\x00-\x7f]+")
_ASCII_LETTERS = re.compile(r"[A-Za-z]")
_SCRIPT_LANGUAGE = {
    "CJK": "Chinese",
    "HIRAGANA": "Japanese",
    "KATAKANA": "Japanese",
    "HANGUL": "Korean",
}


@dataclass(frozen=True)
class LanguageGuess:
    """The verdict: English or not, and what the text looks like when not."""

    english: bool
    looks_like: str
    english_share: float


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The readers' word lists (``data/read_lexicon.yaml``)."""
    resource = files("dragoman") / "data" / "read_lexicon.yaml"
    try:
        data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ModelError(f"cannot load {resource}: {exc}") from exc
    if not isinstance(data, dict):
        raise ModelError(f"{resource}: expected a mapping")
    return data


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    table = lexicon()["function_words"]
    return {str(lang): frozenset(str(w).lower() for w in words) for lang, words in table.items()}


def guess_language(text: str) -> LanguageGuess:
    """Judge whether ``text`` is English, from its first words."""
    sample = text[:_SAMPLE_CHARS]
    script = _dominant_script(sample)
    if script not in ("LATIN", ""):
        name = _SCRIPT_LANGUAGE.get(script, f"{script.title()} script")
        return LanguageGuess(False, name, 0.0)
    words = [w.lower() for w in _WORD.findall(sample)[:SAMPLE_WORDS]]
    if len(words) < MIN_WORDS:
        return LanguageGuess(True, "English", 1.0)
    shares = {
        lang: sum(1 for w in words if w in vocabulary) / len(words)
        for lang, vocabulary in _function_words().items()
    }
    english = shares.get("English", 0.0)
    best = max(shares, key=lambda lang: shares[lang])
    if english >= MIN_ENGLISH_SHARE:
        return LanguageGuess(True, "English", english)
    looks_like = best if best != "English" and shares[best] > english else "an unknown language"
    return LanguageGuess(False, looks_like, english)


def _dominant_script(sample: str) -> str:
    """The Unicode script name shared by most letters ("LATIN", "CYRILLIC"); "" when no letters."""
    scripts: Counter[str] = Counter({"LATIN": len(_ASCII_LETTERS.findall(sample))})
    for char in _ASCII.sub("", sample):  # only the non-ASCII characters need a look-up
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts[name.split(" ")[0] if name else "UNKNOWN"] += 1
    script, count = scripts.most_common(1)[0]
    return script if count else ""

"""Bytes -> text: encoding detection, binary detection, newline normalisation.

UTF-8 (with or without a BOM) and BOM-marked UTF-16/32 are decoded directly. Other bytes go to
``charset_normalizer``, except text that decodes as Windows-1252 into mostly ASCII letters with a
few Western accents or typographic quotes: charset_normalizer's guesses on such short samples are
unreliable (it reads "café in Zürich" as cp775), and Windows-1252 (a superset of Latin-1) is by far
the commonest legacy encoding of English news.
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

#: reasons given in :class:`~dragoman.errors.InputError`
BINARY = "binary input, not text"
EMPTY = "empty input"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: the largest share of control characters a text may hold
_MAX_CONTROL_SHARE = 0.05
#: the largest share of non-ASCII letters for the Windows-1252 shortcut
_MAX_WESTERN_SHARE = 0.2
#: the largest share of bytes above ASCII in undecodable bytes still called text
_MAX_HIGH_SHARE = 0.3
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


class DecodeError(ValueError):
    """Bytes that are not text; ``reason`` is the short phrase for the InputError."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and ``\\r`` -> ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> str:
    """Decode an input's bytes to text with ``\\n`` newlines (surrounding whitespace kept).

    Raises :class:`DecodeError` for empty, binary or undecodable input.
    """
    if not data.strip():
        raise DecodeError(EMPTY)
    text = _decode(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError(BINARY)
    text = normalise_newlines(text)
    if not text.strip():
        raise DecodeError(EMPTY)
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable {encoding} text ({exc.reason})") from exc
    if b"\x00" in data:
        raise DecodeError(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    western = _western(data)
    if western is not None:
        return western
    best = from_bytes(data).best()
    if best is None:
        raise DecodeError(
            BINARY if _control_bytes(data) else "undecodable text (not UTF-8, encoding unknown)"
        )
    return str(best)


def guess_encoding(sample: bytes) -> str:
    """The encoding to stream a file with, judged from its first bytes (``sample``)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if _western(sample) is not None:
        return "cp1252"
    best = from_bytes(sample).best()
    return best.encoding if best is not None else "utf-8"


def _western(data: bytes) -> str | None:
    """The Windows-1252 reading of ``data`` when it is mostly ASCII letters, else None."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    foreign = sum(1 for c in letters if not c.isascii())
    return text if foreign / len(letters) <= _MAX_WESTERN_SHARE else None


def _control_bytes(data: bytes) -> bool:
    """Bytes no encoding fits: binary when control bytes, or bytes above ASCII, abound."""
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 0x20 and b not in b"\t\n\r\f\v")
    high = sum(1 for b in sample if b >= 0x80)
    return controls / len(sample) > _MAX_CONTROL_SHARE or high / len(sample) > _MAX_HIGH_SHARE


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(
        1
        for c in sample
        if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in _ALLOWED_CONTROLS)
    )
    return bad / len(sample)

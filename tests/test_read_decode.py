"""Bytes -> text: encodings, binary and empty input (dragoman.read.decode)."""

from __future__ import annotations

import codecs

import pytest

from dragoman.read.decode import BINARY, EMPTY, DecodeError, decode_bytes, guess_encoding

TEXT = "\u201cWe will not negotiate,\u201d the minister said in Z\u00fcrich \u2013 a caf\u00e9 owner agreed."


def test_utf8() -> None:
    assert decode_bytes(TEXT.encode("utf-8")) == TEXT


def test_utf8_with_bom() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == TEXT


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_windows_1252() -> None:
    assert decode_bytes(TEXT.encode("cp1252")) == TEXT


def test_latin1() -> None:
    text = "The caf\u00e9 in M\u00fcnchen reopened; S\u00e3o Paulo police said 2,000 people attended."
    assert decode_bytes(text.encode("latin-1")) == text


def test_cyrillic_legacy_encoding_goes_to_charset_normalizer() -> None:
    text = (
        "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0437\u0430\u044f\u0432\u0438\u043b, "
        "\u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
        "\u0431\u0443\u0434\u0443\u0442 \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0435\u043d\u044b "
        "\u043d\u0430 \u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0435\u0439 "
        "\u043d\u0435\u0434\u0435\u043b\u0435."
    ) * 3
    assert decode_bytes(text.encode("cp1251")) == text


def test_newlines_normalised() -> None:
    assert decode_bytes(b"one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty(data: bytes) -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == EMPTY


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert info.value.reason == BINARY


def test_control_characters_are_binary() -> None:
    with pytest.raises(DecodeError) as info:
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20 + b"some text")
    assert info.value.reason == BINARY


def test_guess_encoding() -> None:
    assert guess_encoding("caf\u00e9 ".encode() * 10) == "utf-8"
    assert guess_encoding(codecs.BOM_UTF8 + b"text") == "utf-8-sig"
    assert guess_encoding("caf\u00e9 in the town ".encode("cp1252") * 10) == "cp1252"
    # a character cut at the end of the sample is still UTF-8
    assert guess_encoding("text caf\u00e9".encode()[:-1]) == "utf-8"


def test_high_bytes_no_encoding_fits_are_binary() -> None:
    data = bytes(range(0x80, 0x100)) * 12
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason == BINARY


def test_undecodable_utf16() -> None:
    data = codecs.BOM_UTF16_LE + "text ".encode("utf-16-le") + b"\x00\xd8"
    with pytest.raises(DecodeError) as info:
        decode_bytes(data)
    assert info.value.reason.startswith("undecodable utf-16 text")

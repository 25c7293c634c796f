from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rasd.errors import BinaryInput, EmptyInput, EncodingProblem
from rasd.ingest.encoding import decode

LETTERS = [chr(c) for c in [*range(0x0621, 0x063B), *range(0x0641, 0x064B)]]
ARABIC = "قالت مصادر محلية إن الاشتباكات تجددت في 19 آب 2014 «بحسب ناشطين»."


@pytest.mark.parametrize("data,name", [
    (ARABIC.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ARABIC.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + ARABIC.encode("utf-16-be"), "utf-16-be"),
    (ARABIC.encode("utf-16"), "utf-16-le"),
    (ARABIC.encode("utf-16-le"), "utf-16-le"),
    (ARABIC.encode("utf-16-be"), "utf-16-be"),
    (ARABIC.encode("cp1256"), "cp1256"),
])
def test_decode_detects_the_encoding(data, name):
    text, found = decode(data, "f.txt")
    assert text == ARABIC
    assert found == name


def test_declared_charset_is_honoured():
    page = ('<html><head><meta charset="windows-1256"></head><body>' + ARABIC
            + "</body></html>").encode("cp1256")
    text, found = decode(page, "page.html")
    assert ARABIC in text and found == "cp1256"


def test_http_declared_charset_is_honoured():
    text, found = decode("é à".encode("latin-1"), "http://x", declared="iso-8859-1")
    assert text == "é à" and found == "iso8859-1"


def test_line_endings_become_newlines():
    assert decode(b"a\r\nb\rc\n", "f.txt")[0] == "a\nb\nc\n"


@pytest.mark.parametrize("data,error,words", [
    (b"", EmptyInput, "empty"),
    (b"  \n\t ", EmptyInput, "blanks"),
    (codecs.BOM_UTF8, EmptyInput, "no text"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", BinaryInput, "PDF"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "PNG"),
    (b"PK\x03\x04\x14\x00\x00\x00", BinaryInput, "ZIP"),
    (bytes(range(256)) * 8, BinaryInput, "NUL"),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08abc" * 50, BinaryInput, "control"),
])
def test_decode_refuses_what_is_not_text(data, error, words):
    with pytest.raises(error, match=words) as caught:
        decode(data, "dir/input.bin")
    assert caught.value.where == "dir/input.bin"
    assert str(caught.value).startswith("dir/input.bin: ")


def test_forced_encoding_that_does_not_fit_says_where():
    with pytest.raises(EncodingProblem, match=r"not valid utf-8: bad byte .* at offset 0"):
        decode(ARABIC.encode("cp1256"), "a.txt", forced="utf-8")


def test_unknown_forced_encoding_is_named():
    with pytest.raises(EncodingProblem, match="unknown encoding 'klingon'"):
        decode(b"abc", "a.txt", forced="klingon")


text_samples = st.text(
    alphabet=st.one_of(st.sampled_from(LETTERS), st.sampled_from(list(" .،0123456789\n"))),
    min_size=20, max_size=300,
).filter(lambda t: sum("\u0621" <= c <= "\u064a" for c in t) >= 10)


@given(text_samples, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"]))
def test_arabic_text_survives_every_encoding(text, name):
    decoded, _ = decode(text.encode(name), "f.txt")
    assert decoded == text


@given(st.binary(max_size=400))
def test_any_bytes_decode_or_fail_cleanly(data):
    try:
        text, _ = decode(data, "f.bin")
    except (EmptyInput, BinaryInput, EncodingProblem):
        return
    assert isinstance(text, str) and text.strip() and "\r" not in text


def test_valid_utf8_wins_over_a_wrong_declaration():
    page = ('<html><head><meta charset="windows-1256"></head><body>' + ARABIC
            + "</body></html>").encode("utf-8")
    assert ARABIC in decode(page, "p.html")[0]
    page16 = page.replace(b"windows-1256", b"utf-16")
    assert ARABIC in decode(page16, "p.html")[0]


@pytest.mark.parametrize("text", ["MZ Hossain reported from Dhaka.", "ID3 tags are metadata.",
                                  "RIFF between the factions grew.", "BZh is not a word."])
def test_text_that_starts_like_a_weak_signature_is_text(text):
    assert decode(text.encode(), "note.txt")[0] == text


def test_a_real_executable_is_still_refused():
    with pytest.raises(BinaryInput, match="Windows executable"):
        decode(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" * 4, "a.exe")

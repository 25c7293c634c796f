"""Bytes to text: detect the encoding, refuse what is not text, say why.

Order of evidence: a byte-order mark; the NUL pattern of BOM-less UTF-16;
strict UTF-8 (bytes that decode as UTF-8 almost never are anything else, whatever
a page's meta tag claims); a charset the document or server declares;
Windows-1256 when the result reads as Arabic (the usual legacy encoding of
Arabic sites); last, charset-normalizer's guess. Line endings become ``\\n`` (as Python's text mode
does). Empty input, known binary formats and text full of control characters
are refused with an error naming the file.
"""

from __future__ import annotations

import codecs
import re

from rasd.errors import BinaryInput, EmptyInput, EncodingProblem

# Magic numbers of formats people point rasd at by mistake. These are refused outright;
# the weak ones below only when the bytes also look binary (a text may begin "MZ" or "ID3").
_MAGIC = (
    (b"%PDF-", "a PDF document (extract its text first, e.g. with pdftotext)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.xlsx/.odt/.epub file, which are ZIPs)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable program"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Microsoft Office file (.doc/.xls)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
)
_WEAK_MAGIC = (
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"BZh", "a bzip2 archive"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF media file (WAV/AVI/WebP)"),
    (b"ID3", "an MP3 audio file"),
    (b"OggS", "an Ogg media file"),
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_DECLARED = re.compile(
    rb"""(?:<meta[^>]+charset\s*=\s*["']?|<\?xml[^>]+encoding\s*=\s*["'])([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, where: str, declared: str | None = None, forced: str | None = None,
           ) -> tuple[str, str]:
    """Return (text, encoding name) for ``data`` read from ``where``.

    ``declared`` is a charset from an HTTP header; ``forced`` is the user's
    ``--encoding`` and wins over every guess.
    """
    if not data.strip():
        raise EmptyInput(where, "the file is empty" if not data else "the file holds only blanks")
    if forced:
        return _finish(_strict(data, forced, where, user=True), where), forced
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _finish(_strict(data[len(bom):], name, where), where), name
    head = data[:8192]
    for magic, what in _MAGIC + _WEAK_MAGIC:
        if data.startswith(magic) and (magic not in _WEAK or _binary_looking(head)):
            raise BinaryInput(where, f"this is {what}, not text or HTML")
    name = _utf16_without_bom(data)
    if name:
        return _finish(_strict(data, name, where), where), name
    if b"\x00" in head:
        raise BinaryInput(where, "the file holds NUL bytes: it is binary, not text")
    text = _try(data, "utf-8")
    if text is not None:
        return _finish(text, where), "utf-8"
    for name in _declared(data, declared):
        text = _try(data, name)
        if text is not None:
            return _finish(text, where), name
    text = _try(data, "cp1256")
    if text is not None and _reads_arabic(text):
        return _finish(text, where), "cp1256"
    return _guess(data, where)


_WEAK = {magic for magic, _ in _WEAK_MAGIC}
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32)])


def _binary_looking(head: bytes) -> bool:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(2, len(head) // 100)


def _strict(data: bytes, name: str, where: str, user: bool = False) -> str:
    try:
        return data.decode(name)
    except LookupError:
        raise EncodingProblem(where, f"unknown encoding {name!r}") from None
    except UnicodeDecodeError as e:
        hint = "" if user else "; pass --encoding to choose one"
        raise EncodingProblem(
            where, f"not valid {name}: bad byte {data[e.start:e.start + 1]!r} "
                   f"at offset {e.start}{hint}") from None


def _try(data: bytes, name: str) -> str | None:
    try:
        return data.decode(name)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM has a NUL in every other byte for ASCII and most Arabic."""
    head = data[:4096]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    # Arabic (U+06xx) puts 0x06 in the high byte; ASCII puts 0x00 there
    high_le = (odd.count(0) + odd.count(6)) / len(odd)
    high_be = (even.count(0) + even.count(6)) / len(even)
    if high_le > 0.9 and even.count(0) < len(even) * 0.1:
        return "utf-16-le"
    if high_be > 0.9 and odd.count(0) < len(odd) * 0.1:
        return "utf-16-be"
    return None


def _declared(data: bytes, declared: str | None) -> list[str]:
    """Declared single-byte charsets (a page that declares UTF-16 without NULs is not UTF-16)."""
    names = [declared] if declared else []
    m = _DECLARED.search(data[:4096])
    if m:
        names.append(m.group(1).decode("ascii"))
    found = [_canonical(n) for n in names]
    return [n for n in found if n and not n.startswith(("utf-16", "utf-32"))]


def _canonical(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _reads_arabic(text: str) -> bool:
    non_ascii = [c for c in text[:20000] if ord(c) > 127]
    if not non_ascii:
        return False
    return sum(bool(_ARABIC.match(c)) for c in non_ascii) / len(non_ascii) > 0.8


def _guess(data: bytes, where: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise EncodingProblem(where, "cannot tell its text encoding; pass --encoding "
                                     "(e.g. --encoding windows-1256)")
    text = _try(data, best.encoding)
    if text is None:
        raise EncodingProblem(where, f"looks like {best.encoding} but does not decode as it; "
                                     "pass --encoding")
    return _finish(text, where), best.encoding


def _finish(text: str, where: str) -> str:
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:65536]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise BinaryInput(where, "it is full of control characters: binary data, not text")
    if not text.strip():
        raise EmptyInput(where, "the file holds no text once decoded")
    return text

"""Sources to bytes: paths, folders, globs, URLs and ``-`` for stdin.

Folders are walked in sorted order (hidden files and folders skipped) so a
rerun visits files in the same order. Every file is read whole up to a size
limit, checked before reading so a huge file costs no memory; anything the
operating system refuses becomes an error naming the path.
"""

from __future__ import annotations

import errno
import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator

from rasd.errors import NotFound, RasdError, TooLarge, Unreadable, printable
from rasd.ingest import globs
from rasd.ingest.item import Raw, is_url

MiB = 1024 * 1024
DEFAULT_MAX_BYTES = 32 * MiB
STDIN = "-"


def expand(sources: Iterable[str], absolute: bool = False) -> Iterator[str | RasdError]:
    """Each file a source names, in a stable order, or the error that stopped it.

    With ``absolute``, paths come out absolute, so a store records the same file
    under the same name whatever folder rasd was started in. A file reached twice
    (named twice, or by a glob and its folder, or through a symlink) comes once.
    """
    seen: set[str] = set()
    for found in _expand(sources):
        if isinstance(found, str) and found != STDIN and not is_url(found):
            real = os.path.realpath(found)
            if real in seen:
                continue
            seen.add(real)
            if absolute:
                found = os.path.abspath(found)
        yield found


def _expand(sources: Iterable[str]) -> Iterator[str | RasdError]:
    for source in sources:
        source = str(source)
        if source == STDIN or is_url(source):
            yield source
        elif os.path.isdir(source):
            yield from _walk(source)
        elif os.path.lexists(source):
            yield source
        elif glob.has_magic(source):
            matches = globs.matches(source)
            if not matches:
                yield NotFound(printable(source), "no file matches this pattern")
            for match in matches:
                if _loops(match):  # a symlink loop named by the pattern itself
                    continue
                if os.path.isdir(match):
                    if not os.path.islink(match):  # a glob would follow a link loop
                        yield from _walk(match)
                else:
                    yield match
        else:
            yield NotFound(printable(source), "no such file or folder")


def _walk(folder: str) -> Iterator[str | RasdError]:
    found = False
    for path in _walk_all(folder):
        found = True
        yield path
    if not found:
        yield NotFound(printable(folder), "the folder holds no files (hidden ones are skipped)")


def _walk_all(folder: str) -> Iterator[str | RasdError]:
    errors: list[RasdError] = []

    def refuse(e: OSError) -> None:
        errors.append(Unreadable(printable(e.filename or folder),
                                 f"cannot list this folder: {e.strerror}"))

    for root, dirs, files in os.walk(folder, onerror=refuse):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.startswith(".") and not _loops(path):
                yield path
        yield from errors
        errors.clear()
    yield from errors


def _loops(path: str) -> bool:
    try:
        os.stat(path)
    except OSError as e:
        return e.errno == errno.ELOOP
    return False


def load(source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Raw:
    """Read one source whole, refusing it before reading if it is over ``max_bytes``."""
    if source == STDIN:
        return Raw.of("<stdin>", _bounded(sys.stdin.buffer, "<stdin>", max_bytes))
    if is_url(source):
        return _fetch(source, max_bytes)
    where = printable(source)
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise NotFound(where, "no such file (or a broken link)") from None
    except OSError as e:
        raise Unreadable(where, f"cannot read it: {e.strerror}") from None
    if not stat.S_ISREG(info.st_mode):
        raise Unreadable(where, "not a regular file")
    _check_size(where, info.st_size, max_bytes)
    try:
        with open(source, "rb") as f:
            return Raw.of(where, _bounded(f, where, max_bytes))
    except OSError as e:
        raise Unreadable(where, f"cannot read it: {e.strerror}") from None



def _check_size(where: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise TooLarge(where, f"{_size(size)} is over the {_size(max_bytes)} limit; "
                              "raise it with --max-bytes")


def _size(n: int) -> str:
    for unit, scale in (("GiB", MiB * 1024), ("MiB", MiB), ("KiB", 1024)):
        if n >= scale:
            return f"{n / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{n} bytes"


def _bounded(stream, where: str, max_bytes: int) -> bytes:
    data = stream.read(max_bytes + 1)
    _check_size(where, len(data), max_bytes)
    return data


def _fetch(url: str, max_bytes: int) -> Raw:
    import http.client
    import urllib.error
    import urllib.request

    try:
        request = urllib.request.Request(url, headers={"User-Agent": "rasd"})
        with urllib.request.urlopen(request, timeout=30) as response:
            declared = response.headers.get_content_charset()
            length = response.headers.get("Content-Length")
            if length and length.isdigit():
                _check_size(url, int(length), max_bytes)
            data = _bounded(response, url, max_bytes)
            if length and length.isdigit() and len(data) < int(length):
                raise Unreadable(url, f"the connection closed after {len(data)} of "
                                      f"{int(length)} bytes")
            return Raw.of(url, data, declared)
    except urllib.error.HTTPError as e:
        raise Unreadable(url, f"the server answered {e.code} {e.reason}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as e:
        reason = getattr(e, "reason", None) or f"{type(e).__name__}: {e}"
        raise Unreadable(url, f"cannot fetch it: {reason}") from None


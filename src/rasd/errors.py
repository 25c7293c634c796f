"""Every kind of error rasd reports, each with the message a person reads.

An error names the file (or URL, or feed entry) and the problem. The ``kind``
is a stable short name stored with a failed document and shown by
``rasd status``; the CLI prints ``message`` and never a traceback.
"""

from __future__ import annotations


def printable(text: str) -> str:
    """Text safe to print and store: bytes of a file name that are not UTF-8 (a
    Windows-1256 name read on Linux) become backslash escapes, not lone surrogates."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


# line breaks (str.splitlines splits on all of them) and the other control characters
_ESCAPES = {code: f"\\x{code:02x}" for code in (*range(0x20), 0x7F, 0x85)} | {
    ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
    0x2028: "\\u2028", 0x2029: "\\u2029"}


def one_line(text: str) -> str:
    """``printable`` text kept to one line of output: a newline or other control character
    (legal in a file name) is written as an escape, so it cannot split a line of
    ``rasd list`` or ``rasd ingest -v`` in two."""
    return printable(text).translate(_ESCAPES)


class RasdError(Exception):
    """Base of rasd's errors: ``where`` is the file or URL, ``problem`` what went wrong."""

    kind = "error"

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    @property
    def message(self) -> str:
        return str(self)

    def __reduce__(self):
        """Pickled as its message and fields, whatever its subclass's arguments, so an
        error found in a worker process reaches the parent as it was."""
        return _rebuilt, (type(self), str(self), dict(self.__dict__))


def _rebuilt(kind: type[RasdError], message: str, fields: dict) -> RasdError:
    error = kind.__new__(kind)
    Exception.__init__(error, message)
    error.__dict__.update(fields)
    return error


class NotFound(RasdError):
    kind = "not_found"


class Unreadable(RasdError):
    """The operating system would not give us the bytes (permissions, a device, a dangling link)."""

    kind = "unreadable"


class TooLarge(RasdError):
    kind = "too_large"


class EmptyInput(RasdError):
    kind = "empty"


class BinaryInput(RasdError):
    """Bytes of a format rasd does not read (PDF, images, archives, executables)."""

    kind = "binary"


class EncodingProblem(RasdError):
    kind = "encoding"


class NoText(RasdError):
    """The source was read but held no text to analyse (an empty page or feed entry)."""

    kind = "no_text"


class BadTable(RasdError):
    """A table of articles whose rows or columns cannot be trusted (a row wider than the header)."""

    kind = "bad_table"


class StageFailed(RasdError):
    """A pipeline stage raised; ``stage`` names it so the failure can be traced."""

    kind = "stage_failed"

    def __init__(self, where: str, stage: str, problem: str):
        super().__init__(where, f"stage {stage!r} failed: {problem}")
        self.stage = stage


class StoreProblem(RasdError):
    kind = "store"

"""JSON lines: one full analysis record (schema rasd.analysis/2) per line."""

from __future__ import annotations

from typing import IO

from rasd.model import Analysis


class JsonlWriter:
    def __init__(self, stream: IO[str]):
        self.stream = stream

    def write(self, analysis: Analysis) -> None:
        self.stream.write(analysis.to_json(indent=None) + "\n")

    def finish(self) -> None:
        self.stream.flush()

"""rasd: conflict reporting in, a source-linked record out.

    >>> import rasd
    >>> analysis = rasd.analyze("report.txt", published="2016-12-16")
    >>> print(analysis.to_json())

``import rasd`` imports no stage and reads no table: everything loads on first use.
The package: ``model`` (the record), ``tables`` and ``arabic`` (the ground every
stage stands on), the stages ``ingest``, ``time``, ``entities``, then ``knowledge``
and ``pipeline`` (what runs them), ``store``, ``batch``, ``export`` and ``cli``;
``api`` holds the functions below.
"""

from importlib.metadata import version

from rasd.api import analyze, analyze_many
from rasd.model import Analysis, Document

__all__ = ["Analysis", "Document", "analyze", "analyze_many"]
__version__ = version("rasd")  # one version: pyproject.toml's

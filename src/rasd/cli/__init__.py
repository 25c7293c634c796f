"""The ``rasd`` command: a thin layer over the library, one module per command.

``main`` (the group, and how errors are printed) · ``analyze`` · ``ingest`` ·
``reanalyse`` · ``status`` · ``show`` · ``export`` · ``network`` · ``demo``; ``options`` and
``render`` are what several commands share.
"""

from rasd.cli.main import main

__all__ = ["main"]

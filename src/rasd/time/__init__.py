"""Time expressions: find them, give them TIMEX3 values, check what they state.

The stage (``stage.tag``) and what it knows (``lexicon``: the time words of
``data/time``), then its parts: ``scan`` (the text layer's tokens read against the
lexicon), ``grammar`` (the order of the rules) and the rules it tries, ``expr`` (what
an expression states), ``counted``, ``deixis``, ``dates``, ``clock``, ``years`` and
``misspelt``; ``resolve`` (TIMEX3 values against the publication date and the
narrative's reference date) and ``checks`` (weekdays, counted dates, impossible
dates, dates after publication).
"""

from rasd.time.lexicon import Lexicon, load
from rasd.time.stage import TimeLayer, tag

__all__ = ["Lexicon", "TimeLayer", "load", "tag"]

"""Events: who did what to whom, when and where, according to whom (the ``events`` stage).

The stage (``stage.tag``) and what it knows (``stage.knowledge``: the ``lexicon`` of each
language), then the parts it is made of:

- ``kinds``: what each PLOVER type means (``data/events/types.tsv``): its quad
  category, whether it needs a recipient, its modes.
- ``lexicon``: triggers, cues and weapon words per language (``data/events/ar``, ``en``).
- ``scan``: the lexicon's words found on the text layer's tokens.
- ``clauses``: sentences, clauses and paragraphs as runs of tokens.
- ``participants``: the entities layer's actors and places on the tokens.
- ``roles``: an event's source, target and place from its clause.
- ``modality``: asserted, reported, inferred, negated or hypothetical, and who claims it.
- ``dates``: the clause's time, or the narrative's.
- ``merge``: one event per occurrence.
"""

from rasd.events.stage import knowledge, tag

__all__ = ["knowledge", "tag"]

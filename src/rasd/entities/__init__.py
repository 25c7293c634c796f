"""Actors and places: find mentions, link them to the knowledge base (the ``entities`` stage).

The stage (``stage.tag``) and what it knows (``knowledge``), then the parts it is made of:

- ``kb``: the knowledge base, read from the shipped tables (``shipped``) and a user's
  file (``table``); ``kinds``: what each type of entity means (``types.tsv``).
- ``gazetteer``: the KB's names found in the folded text with one Aho-Corasick pass.
- ``cues``: the words around a name (``cues.tsv``) and how to read them.
- ``context``: which names found are names there, and of whom (weak names, adjectives,
  dated titles).
- ``link``: one entity among several a name fits; the document's country of focus.
- ``governments``: capitals and «النظام» as governments and their forces.
- ``unknown``, ``ner``, ``features``, ``new``: names the KB lacks, from the NER model.
- ``anaphora``: «هذا الأخير» referring back.
- ``candidate``: a mention in the making, in one offset space.
"""

from rasd.entities.knowledge import Knowledge, knowledge
from rasd.entities.stage import EntityLayer, tag

__all__ = ["EntityLayer", "Knowledge", "knowledge", "tag"]

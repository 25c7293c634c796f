"""Events: who did what to whom, when and where, according to whom (the ``events`` stage).

- ``kinds``: what each PLOVER type means (``data/events/types.tsv``): its quad
  category, whether it needs a recipient, its modes.
"""

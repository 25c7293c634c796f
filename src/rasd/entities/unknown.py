"""Names the knowledge base lacks: the NER model's names, as KB entities or new ones.

The CRF (``ner``) reads an Arabic document's names; where no KB name was found, a
name that is a (weak) KB form of an entity of a kind its label can be («الأسد» read
as a person, «إيران» in «فإيران» as a place) links to that entity, and any other
becomes an entity of its own (``new``), the same id in every document. One name is
one entity in a document: where the model gives it several types, the commonest
wins, and a one-word name votes with the longer name it ends («بلاتيني» after
«ميشال بلاتيني»); a one-word person name that ends a longer person's name found
before it is that person («عيسى» after «عادل عيسى»).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rasd.arabic import TextView
from rasd.entities import gazetteer, kinds, link, ner, new, variants
from rasd.entities.candidate import Candidate
from rasd.entities.crf import Weights
from rasd.entities.cues import only_place_words
from rasd.entities.kb import KB
from rasd.entities.taken import Taken
from rasd.model import Document


def model_names(document: Document, text: TextView, model: Weights,
                ) -> list[tuple[int, int, str]]:
    """The NER model's names in an Arabic document: (start, end, label), folded offsets."""
    if document.language not in (None, "ar"):
        return []
    return [(text.normal_offset(s), text.normal_offset(e), label)
            for s, e, label in ner.spans(document.text, text, model)]


def names(text: TextView, read: list[tuple[int, int, str]], taken: list[tuple[int, int]],
          kb: KB, gaz: gazetteer.Gazetteer, country: str | None,
          spelt: variants.Variants | None = None) -> list[Candidate]:
    """The model's names (``read``, folded offsets) that overlap none of ``taken``, each
    as the KB entity its words name, the document's ``country`` preferred, or one they
    are a spelling of (``spelt``: «بشارالأسد», «كيليس»), or as a new entity; place
    words alone («المدينة», «الريف») and labels that are no actor or place (MISC) are
    left out."""
    free = Taken(taken)
    found = [(s, e, label, text.original_span(s, e).text) for s, e, label in read
             if not free.overlaps(s, e) and label in kinds.new_types()]
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for _, _, label, surface in found:
        votes[gazetteer.key(new.name_of(surface, "PERS"))][label] += 1
    _surname_votes(votes)
    out = []
    looked: dict[tuple[str, str], variants.Found | None] = {}
    for start, end, _, surface in found:
        label = votes[gazetteer.key(new.name_of(surface, "PERS"))].most_common(1)[0][0]
        made = new.entity(surface, label)
        if made is None or only_place_words(gazetteer.key(surface)):
            continue
        known = [c for c in gazetteer.lookup(gaz, new.name_of(surface, label))
                 if kb[c].type in kinds.read_as(label)]
        if known:
            made = kb[link.choose(kb, tuple(known), "", country) or known[0]].entity()
        elif spelt is not None:
            name = new.name_of(surface, label)
            if (name, label) not in looked:  # a name the model reads again is looked up once
                looked[name, label] = variants.lookup(spelt, kb, name, kinds.read_as(label),
                                                      country)
            hit = looked[name, label]
            made = kb[hit.entity].entity() if hit else made
        out.append(Candidate(start, end, made))
    return out


def surnames(text: TextView, found: list[Candidate]) -> list[Candidate]:
    """The candidates in text order, a one-word person name the KB lacks that ends a
    longer person's name found before it read as that person («عيسى» after «عادل
    عيسى», «الجعفري» after «بشار الجعفري»); the latest such name wins."""
    out = []
    full = {}
    for c in sorted(found, key=lambda c: c.start):
        name = gazetteer.key(new.name_of(text.original_span(c.start, c.end).text,
                                         "PERS")).split()
        if c.entity.id.startswith("new:") and c.entity.type == "PERSON" and len(name) == 1 \
                and name[0] in full:
            c = c.naming(full[name[0]])
        elif c.entity.type == "PERSON" and len(name) > 1:
            full[name[-1]] = c.entity
        out.append(c)
    return out


def _surname_votes(votes: dict[str, Counter[str]]) -> None:
    """A one-word name and the longer name it ends vote together where either was read
    as a person («ميشال بلاتيني» … «بلاتيني»): one person, not a person and a club."""
    ends: dict[str, str] = {}
    for key in votes:
        if len(key.split()) > 1:
            ends.setdefault(key.split()[-1], key)
    for key in [k for k in votes if k in ends]:
        both = votes[key] + votes[ends[key]]
        if both["PERS"] and both["PERS"] >= max(both.values()):
            votes[key] = votes[ends[key]] = Counter({"PERS": both["PERS"]})

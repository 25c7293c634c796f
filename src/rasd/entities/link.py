"""Choose the entity a name stands for when the knowledge base offers several.

The rules use the words just before a name and what the rest of the document
is about: «محافظة الرقة» / «ريف الرقة» is the governorate, «مدينة الرقة» the
city, a bare «الرقة» the city; a short name that fits several entities goes to
the one in the document's country of focus. «النظام» and «السلطة» alone stand
for the government of that country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

from rasd.entities.kb import KB

ADMIN = ("-governorate", "-district", "-subdistrict")
# The order in which a name that fits several kinds of entity is read.
TYPE_ORDER = ("ARMED_GROUP", "GOVERNMENT", "MILITARY_UNIT", "FACILITY", "PERSON", "IGO",
              "STATE", "LOCATION", "WEAPON", "OTHER")


@cache
def cues() -> dict[str, dict[str, str]]:
    """Context words by kind (``admin``, ``town``, ``government``) from data/entities/cues.tsv."""
    text = resources.files("rasd.data.entities").joinpath("cues.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 2:
            raise ValueError(f"data/entities/cues.tsv line {lineno}: expected kind<TAB>form")
        table.setdefault(cells[0], {})[cells[1]] = cells[2] if len(cells) > 2 else ""
    return table


def focus(kb: KB, linked: Iterable[str]) -> str | None:
    """The country a document is mostly about: the commonest country of its linked names."""
    counts = Counter(c for c in (_country(kb, e) for e in linked) if c)
    return counts.most_common(1)[0][0] if counts else None


def _country(kb: KB, entity_id: str) -> str | None:
    entity = kb.get(entity_id)
    return entity.country if entity else None


def choose(kb: KB, candidates: tuple[str, ...], before: str, country: str | None) -> str:
    """One entity out of the candidates, from the folded words just before the name."""
    if len(candidates) == 1:
        return candidates[0]
    words = before.split()[-2:]
    kinds = cues()
    if any(w in kinds.get("admin", {}) for w in words):
        admin = [c for c in candidates if c.endswith(ADMIN)]
        if admin:
            return min(admin, key=lambda c: ADMIN.index(next(a for a in ADMIN if c.endswith(a))))
    ranked = sorted(candidates, key=lambda c: _rank(kb, c, country))
    return ranked[0]


def _rank(kb: KB, entity_id: str, country: str | None) -> tuple:
    entity = kb[entity_id]
    return (entity.country != country if country else False,
            TYPE_ORDER.index(entity.type) if entity.type in TYPE_ORDER else len(TYPE_ORDER),
            entity_id.endswith(ADMIN), entity_id)


def government_of(kb: KB, country: str | None) -> str | None:
    """The government entity of a country code, if the KB has one."""
    if country is None:
        return None
    for state in kb.of_type("STATE"):
        if state.country == country:
            government = "gov:" + state.id.split(":", 1)[1]
            return government if government in kb else None
    return None

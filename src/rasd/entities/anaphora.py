"""«هذا الأخير» and «الأخير» as subject: the actor named just before.

Arabic news refers back to the last-named party with «الأخير» ("the latter"):
«التقى الوزير بالمبعوث الأممي، وقال هذا الأخير إن …». The form is read as an
anaphor only where it cannot be an adjective: after «هذا», or as the subject of a
verb of acting just before it («وأكد الأخير», «ونشرت الأخيرة»). The masculine
form goes to the last person, armed group or unit named before it, the feminine
to the last state, government or organisation; nothing further back than a few
sentences. «هذه الأخيرة» is left alone: in a sample of SaudiNewsNet it meant a
crisis, a mother or a fashion house (things no mention names) as often as the
name before it. Of the rest, 7 in 8 of that sample were right.
"""

from __future__ import annotations

import re

from rasd.entities import link
from rasd.model import Entity

# folded text: «هذا الأخير», «وهذه الأخيرة», and «الأخير» / «الأخيرة» alone
_FORM = re.compile(r"(?<!\w)(?:و?(هذا|هذه)\s+)?(الاخير|الاخيره)(?!\w)")
_MASCULINE = ("PERSON", "ARMED_GROUP", "MILITARY_UNIT")
_FEMININE = ("STATE", "GOVERNMENT", "IGO", "OTHER", "ARMED_GROUP")
REACH = 400  # characters back to look for the antecedent


def resolve(normal: str, found: list[tuple[int, int, Entity]],
            ) -> list[tuple[int, int, Entity]]:
    """(start, end, entity) in folded offsets for every «الأخير» that refers back to one
    of the ``found`` mentions (folded offsets, any order)."""
    named = sorted(found, key=lambda f: f[0])
    out = []
    for m in _FORM.finditer(normal):
        start, end = m.span(2)
        feminine = m.group(2).endswith("ه")
        if (m.group(1) is None or feminine) and not _subject(normal, start):
            continue  # «الأسبوع الأخير», «في إطلالته الأخيرة زعم»: an adjective
        kinds = _FEMININE if feminine else _MASCULINE
        before = [f for f in named if f[1] <= start and start - f[1] <= REACH
                  and f[2].type in kinds]
        if before:
            out.append((start, end, before[-1][2]))
    return out


def _subject(normal: str, start: int) -> bool:
    """Whether a bare «الأخير» is the subject of the verb just before it: a verb of
    acting as written («وقال الأخير») or a present tense with an object pronoun
    («يقوده الأخير»); «عرضها الأخير» is a noun and its adjective."""
    before, _ = link.word_before(normal, start)
    if before[:1] in "وف" and before[1:] in link.words("acts"):
        return True
    return before in link.words("acts") or (before[:1] in "يت" and link.is_act(before))

"""One event per occurrence: triggers that tell the same event become one.

- An act named right after a verbal act in its clause is its content: dropped after a
  threat, demand, promise or refusal; after an accusation, kept as the accuser's claim.
- A casualty word («قتلى», killed) whose sentence holds another event of its type
  tells that event's outcome, not an event of its own; its victims fill the
  event's empty target.
- A verb and a noun of one type a few tokens apart in one clause are one event: a
  light verb and its noun («شن غارات»). The noun stays the trigger (it names the
  act), and the roles, mode and date of both are pooled.
- The same event told again (the headline and the body): same type and modality,
  source and target that agree wherever both tellings name them (one at least), and
  no disagreement on place or date: one event, the first telling's trigger, the
  roles of both, and each telling's sentence as evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from rasd.events.clauses import Clauses
from rasd.events.dates import Dated
from rasd.events.lexicon import Trigger
from rasd.events.modality import Claim
from rasd.events.roles import Roles
from rasd.events.scan import Hit

PAIR_REACH = 3  # tokens between two triggers of one type that tell one event
NESTED_REACH = 4  # tokens between a verbal act and the act it names


@dataclass(frozen=True, slots=True)
class Draft:
    """An event in the making: its trigger, type, mode, roles, date, claim and the
    sentences that tell it."""

    hit: Hit
    type: str
    mode: str | None
    roles: Roles
    when: Dated | None
    claim: Claim
    sentence: int
    more: tuple[int, ...] = ()  # later sentences that tell it again

    @property
    def sentences(self) -> tuple[int, ...]:
        return (self.sentence, *self.more)

    @property
    def outcome(self) -> bool:
        trigger = self.hit.value
        return isinstance(trigger, Trigger) and trigger.genitive == "outcome"


def merged(drafts: list[Draft], where: Clauses, verbal: frozenset[str] = frozenset()
           ) -> list[Draft]:
    """The drafts with each occurrence told once (``verbal``: the types that are verbal
    acts, PLOVER's verbal quads)."""
    return _retold(_paired(_nested(_outcomes(drafts), where, verbal), where), where)


def _nested(drafts: list[Draft], where: Clauses, verbal: frozenset[str]) -> list[Draft]:
    """An act named inside a verbal act, right after it in its clause, is that act's
    content, not an event of its own: what is threatened, demanded, promised or refused
    («هدد بمهاجمة بغداد», "urged it to lift the siege") is dropped, as PLOVER codes the
    verbal act alone; what is alleged («اتهم موسكو بقصف المدنيين», "accused Moscow of
    bombing") is kept as the accuser's claim, its actor the accused."""
    out: list[Draft] = []
    for d in drafts:
        act = out[-1] if out else None
        if (act is None or act.type not in verbal or d.type in verbal
                or where.clause[act.hit.first] != where.clause[d.hit.first]
                or d.hit.first - act.hit.last > NESTED_REACH):
            out.append(d)
            continue
        if act.type != "ACCUSE":
            continue
        accuser = act.roles.source[0].entity if len(act.roles.source) == 1 else None
        out.append(replace(d, roles=replace(d.roles, source=act.roles.target),
                           claim=Claim("reported", accuser, (act.hit.first, act.hit.last))))
    return out


def _outcomes(drafts: list[Draft]) -> list[Draft]:
    acts = {(d.sentence, d.type) for d in drafts if not d.outcome}
    out = [d for d in drafts if not (d.outcome and (d.sentence, d.type) in acts)]
    first = {}
    for n, d in enumerate(out):
        if not d.outcome:
            first.setdefault((d.sentence, d.type), n)
    for d in drafts:
        n = first.get((d.sentence, d.type))
        if d.outcome and n is not None and not out[n].roles.target and d.roles.target:
            out[n] = replace(out[n], roles=replace(out[n].roles, target=d.roles.target))
    return out


def _paired(drafts: list[Draft], where: Clauses) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == d.type and prev.claim == d.claim
                and _verb(prev) and not _verb(d)
                and where.clause[prev.hit.first] == where.clause[d.hit.first]
                and d.hit.first - prev.hit.last <= PAIR_REACH):
            out[-1] = _pool(prev, d)
        else:
            out.append(d)
    return out


def _verb(d: Draft) -> bool:
    """Whether a draft's trigger reads as a verb (not a noun with the article)."""
    trigger = d.hit.value
    return isinstance(trigger, Trigger) and trigger.verb and not d.hit.definite


def _pool(a: Draft, b: Draft) -> Draft:
    """Two tellings in one clause as one draft: the noun's trigger, both roles."""
    ta, tb = a.hit.value, b.hit.value
    keep = b if isinstance(ta, Trigger) and isinstance(tb, Trigger) and ta.verb \
        and not tb.verb else a
    other = a if keep is b else b
    roles = Roles(keep.roles.source or other.roles.source,
                  keep.roles.target or other.roles.target,
                  keep.roles.place or other.roles.place)
    return replace(keep, roles=roles, mode=keep.mode or other.mode,
                   when=keep.when or other.when)


def _retold(drafts: list[Draft], where: Clauses) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        same = next((o for o in out if _same(o, d, where)), None)
        if same is None:
            out.append(d)
        else:
            pooled = _pool(same, d)
            if d.sentence not in same.sentences:
                pooled = replace(pooled, more=(*same.more, d.sentence))
            out[out.index(same)] = replace(pooled, hit=same.hit, sentence=same.sentence)
    return out


def _same(a: Draft, b: Draft, where: Clauses) -> bool:
    """Whether ``b`` tells ``a`` again: same type and modality, in the same paragraph (or
    ``a`` in the headline, the first sentence), roles that agree wherever both tellings
    name them, no disagreement on place or date, and something shared: a named role,
    or (in another sentence) both the place and the date."""
    if a.type != b.type or a.claim.modality != b.claim.modality:
        return False
    if a.sentence != 0 and where.paragraph[a.hit.first] != where.paragraph[b.hit.first]:
        return False
    shared = False
    for role in ("source", "target"):
        x, y = _entities(getattr(a.roles, role)), _entities(getattr(b.roles, role))
        if x and y:
            if x != y:
                return False
            shared = True
    agree = 0  # place and date both given alike
    for x, y in ((a.roles.place.entity if a.roles.place else None,
                  b.roles.place.entity if b.roles.place else None),
                 (a.when.time.value if a.when else None, b.when.time.value if b.when else None)):
        if x and y:
            if x != y:
                return False
            agree += 1
    shared = shared or (agree == 2 and a.sentence != b.sentence)
    return shared


def _entities(people) -> frozenset[str]:
    return frozenset(p.entity for p in people if p.entity)

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
RETOLD_REACH = 32  # earlier events of its kind in its paragraph a telling is compared with
HEADLINE_REACH = 12  # sentences after the headline within which it may be told again
# Verbal acts whose content has not happened: what is threatened, demanded, promised or
# refused («هدد بمهاجمة», "urged them to lift the siege").
UNREALISED = frozenset({"THREATEN", "REQUEST", "AGREE", "REJECT"})


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


def merged(drafts: list[Draft], where: Clauses, verbal: frozenset[str] = frozenset(),
           joins: frozenset[int] = frozenset()) -> list[Draft]:
    """The drafts with each occurrence told once (``verbal``: the types that are verbal
    acts, PLOVER's verbal quads; ``joins``: the tokens that join coordinated words, «و»
    and "and" written apart, and words that carry «و»/«ف»)."""
    nested = _nested(_outcomes(drafts), where, verbal, joins)
    return _retold(_paired(nested, where), where)


def _nested(drafts: list[Draft], where: Clauses, verbal: frozenset[str],
            joins: frozenset[int]) -> list[Draft]:
    """An act named inside a verbal act, right after it in its clause, is that act's
    content: what is threatened, demanded, promised or refused («هدد بمهاجمة بغداد»,
    "urged it to lift the siege") has not happened and is dropped, as PLOVER codes the
    verbal act alone; what is alleged («اتهم موسكو بقصف المدنيين», "accused Moscow of
    bombing") is kept as the accuser's claim, its actor the accused; what is admitted
    or welcomed («اعترف بقصف», «رحب بإطلاق سراح») stays as it was read. An act joined
    to the verbal act by «و» or "and" is a second act of the same actor, not its
    content ("dismissed the deal and launched an offensive"), unless it joins a
    content already named («هدد بمهاجمة المدينة وقصفها»)."""
    out: list[Draft] = []
    content_of: Draft | None = None  # the verbal act whose content the last draft told
    for d in drafts:
        act = out[-1] if out else None
        if (act is None or act.type not in verbal or d.type in verbal
                or where.clause[act.hit.first] != where.clause[d.hit.first]
                or d.hit.first - act.hit.last > NESTED_REACH
                or (content_of is not act
                    and any(k in joins for k in range(act.hit.last, d.hit.first + 1)))):
            out.append(d)
            content_of = None
            continue
        content_of = act
        if act.type in UNREALISED:
            continue
        if act.type == "ACCUSE" and act.roles.target:
            accuser = act.roles.source[0].entity if len(act.roles.source) == 1 else None
            d = replace(d, roles=replace(d.roles, source=act.roles.target),
                        claim=Claim("reported", accuser, (act.hit.first, act.hit.last)))
        out.append(d)
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
    """Each draft merged into an earlier one it tells again, looked for among the last
    ``RETOLD_REACH`` kept drafts of its type and modality in its paragraph and in the
    headline's (so the work per draft is bounded)."""
    out: list[Draft] = []
    kept: dict[tuple, list[int]] = {}  # (type, modality, paragraph) -> indices in out
    for d in drafts:
        key = (d.type, d.claim.modality)
        here = kept.get((*key, where.paragraph[d.hit.first]), [])[-RETOLD_REACH:]
        lead = kept.get((*key, 0), [])[:RETOLD_REACH] if d.sentence <= HEADLINE_REACH else []
        n = next((n for n in dict.fromkeys([*here, *lead]) if _same(out[n], d, where)), None)
        if n is None:
            kept.setdefault((*key, where.paragraph[d.hit.first]), []).append(len(out))
            out.append(d)
            continue
        same = out[n]
        pooled = _pool(same, d)
        if d.sentence not in same.sentences:
            pooled = replace(pooled, more=(*same.more, d.sentence))
        out[n] = replace(pooled, hit=same.hit, sentence=same.sentence)
    return out


def _same(a: Draft, b: Draft, where: Clauses) -> bool:
    """Whether ``b`` tells ``a`` again: same type and modality, in the same paragraph (or
    ``a`` in the headline, the first sentence), roles that agree wherever both tellings
    name them, no disagreement on place or date, and something shared: a named role,
    or (in another sentence) both the place and the date. A verb in a later sentence
    that shares only its actors tells a new act (the same forces capture one village,
    then another), unless place or date say it is the same one; two verbs of one
    sentence always do ("the army advances on al-Rasafa, shoots down a drone": their
    date is the sentence's, so agreeing on it says nothing)."""
    if a.type != b.type or a.claim.modality != b.claim.modality:
        return False
    if a.sentence == b.sentence and _verb(a) and _verb(b):
        return False  # two verbs of one sentence tell two acts, whatever they share
    if where.paragraph[a.hit.first] != where.paragraph[b.hit.first] and not (
            a.sentence == 0 and b.sentence <= HEADLINE_REACH):
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
    if shared and not agree and _verb(b) and a.sentence != b.sentence:
        return False  # «سيطرت قوات سوريا الديمقراطية على …» twice: two captures, not one
    return shared or (agree == 2 and a.sentence != b.sentence)


def _entities(people) -> frozenset[str]:
    return frozenset(p.entity for p in people if p.entity)

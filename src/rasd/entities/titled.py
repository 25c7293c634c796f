"""People the NER model misses, found from the title or role that introduces them:
«المتحدث باسم الحكومة راجح بادي،», «محافظ عدن نايف البكري وقال», "spokesman Jihad
Makdissi told", "Mr Makdissi said".

Arabic. After a ``role`` word («المتحدث», «محافظ», «الروائية») come the words of the
title, each with the article («الخارجية», «السورية»), a linking word («باسم») or a
KB name («عدن», «الحكومة اليمنية»); the name is the one to four words after them,
the first without the article, and must end where a name plainly ends: at
punctuation, a verb of acting («وقال») or «أن»/«إن» (``name_end`` cues). A common
noun after a role («قائد قوات التحالف في …») never reaches such an end, and is no
person.

English. A ``role`` word written in Latin letters ("spokesman", "Mr", "Dr") before
one to three capitalised words outside every KB name is a person.

Each is a person of their own, the id the NER's new persons get (``new.entity``),
and the title stays outside the mention.
"""

from __future__ import annotations

import re
from itertools import islice

from rasd.arabic import TextView, clitics
from rasd.entities import cuewords, new
from rasd.entities.candidate import Candidate
from rasd.entities.cues import is_act, words
from rasd.entities.taken import Taken

_MOST_TITLE = 8  # words of a title between the role and the name
_MOST_NAME = 4
_PROCLITIC_LETTERS = frozenset("وفبلك")  # what a word with a proclitic starts with
_WINDOW = 160  # characters after a role word that hold its title and name
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


_EN_NAME = re.compile(r"\.? (?P<name>[A-Z][\w'’]*(?:-[A-Z][\w'’]*)?"
                      r"(?: [A-Z][\w'’]*(?:-[A-Z][\w'’]*)?){0,2})")


def named(text: TextView, taken: list[tuple[int, int]], persons: list[tuple[int, int]],
          hits: cuewords.Hits, english: bool = True) -> list[Candidate]:
    """The persons named after a title or role, outside ``taken`` (folded offsets);
    a title that reaches one of ``persons`` already has its holder. ``hits`` are the
    text's cue words (``cuewords.scan``); ``english``: read English titles too (in
    English text)."""
    free = Taken(taken)
    roles = hits["role"]
    spans = [*_arabic(text.normal, free, Taken(persons), roles),
             *(_latin(text, roles) if english else ())]
    out = []
    for start, end in spans:
        if free.overlaps(start, end):
            continue
        made = new.entity(text.original_span(start, end).text, "PERS")
        if made is not None:
            out.append(Candidate(start, end, made))
    return out


def _arabic(normal: str, free: Taken, persons: Taken, roles: list[tuple[int, int]],
            ) -> list[tuple[int, int]]:
    """The names after each role word; only the words just after one are read."""
    links = words("title_link")
    out = []
    for role_start, role_end in roles:
        if normal[role_start:role_end].isascii():
            continue
        tokens = [(m.start(), m.end(), m.group()) for m in islice(_TOKEN.finditer(
            normal, role_end, role_end + _WINDOW), _MOST_TITLE + _MOST_NAME + 1)]
        if len(tokens) <= _MOST_TITLE + _MOST_NAME and role_end + _WINDOW >= len(normal):
            tokens.append((len(normal), len(normal), "."))  # the text's end ends a name
        k = 0
        while k < len(tokens) and k < _MOST_TITLE and (
                _definite(tokens[k][2]) or tokens[k][2] in links
                or free.overlaps(tokens[k][0], tokens[k][1])):
            k += 1
        if any(persons.overlaps(s, e) for s, e, _ in tokens[:k]):
            continue  # «المتحدث باسم الحكومة راجح بادي»: the model has him already
        name = _name(tokens, k)
        if name:
            out.append(name)
    return out


def _name(tokens: list[tuple[int, int, str]], k: int) -> tuple[int, int] | None:
    """The name that starts at token ``k``: two to four words, none but the last with
    the article («عمر الجاسر», «حسن أحمد الهيج»), none a common word of titles
    («عضو», «مجلس»: ``not_name``), ending where a name plainly ends."""
    last = k - 1
    while last + 1 < len(tokens) and last + 1 - k < _MOST_NAME:
        word = tokens[last + 1][2]
        if not _arabic_word(word) or _ends(word) or _stop(word) or (
                last >= k and _definite(tokens[last][2])):
            break
        last += 1
    if last - k < 1 or _definite(tokens[k][2]):
        return None
    if last + 1 >= len(tokens):
        return None  # the window ends inside the name
    after = tokens[last + 1][2]
    if not (after in words("name_end") or not after.isalpha() or _ends(after)):
        return None
    return tokens[k][0], tokens[last][1]


def _definite(word: str) -> bool:
    """A word with the article, after proclitics or not («الحكومة», «للمدينة»,
    «بالرئيس»): a noun of the title, no first name."""
    if word.startswith((clitics.ARTICLE, "لل")):
        return True
    return word[:1] in _PROCLITIC_LETTERS and any(
        w.startswith(clitics.ARTICLE) for w in clitics.peel(word, ("conjunction", "preposition"),
                                                            most=2))


def _arabic_word(word: str) -> bool:
    return word.isalpha() and not word.isascii()


def _ends(word: str) -> bool:
    """A verb of acting («قال», «وأضاف»): what follows a name in a report."""
    return is_act(word)


def _stop(word: str) -> bool:
    """A word no name holds: a role, a preposition, a word that ends a name, a common
    word of titles (``not_name``), with proclitics or the accusative's alef («ووزير»,
    «عضوًا») or not."""
    if len(word) < 2 or word in words("preposition") or word in words("name_end"):
        return True
    common = words("role") | words("not_name") | words("title_link")
    forms = {*clitics.peel(word, ("conjunction", "preposition"), most=2)}
    return any(f in common or (f.endswith("ا") and f[:-1] in common) for f in forms)


def _latin(text: TextView, roles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The capitalised names after the English role words (found folded, in any case:
    "Spokesman", "spokesman")."""
    out = []
    for start, end in roles:
        if not text.normal[start:end].isascii():
            continue
        m = _EN_NAME.match(text.original, text.original_offset(end - 1) + 1)
        if m:
            out.append((text.normal_offset(m.start("name")), text.normal_offset(m.end("name"))))
    return out

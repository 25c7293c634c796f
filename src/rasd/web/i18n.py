"""The interface in Arabic and English: words from ``strings.tsv``, the language chosen
by a ``?lang=`` switch (kept in a cookie), else by the browser's Accept-Language."""

from __future__ import annotations

from functools import cache
from importlib import resources

LANGUAGES = ("en", "ar")
DIRECTION = {"en": "ltr", "ar": "rtl"}
COOKIE = "rasd_lang"


@cache
def strings() -> dict[str, dict[str, str]]:
    """Every word of the interface by language, then key."""
    text = resources.files(__package__).joinpath("strings.tsv").read_text("utf-8")
    table: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 1 + len(LANGUAGES):
            raise ValueError(f"rasd/web/strings.tsv line {n}: expected key and "
                             f"{len(LANGUAGES)} languages")
        for lang, word in zip(LANGUAGES, cells[1:], strict=True):
            table[lang][cells[0]] = word
    return table


def choose(asked: str | None, cookie: str | None, accept: str | None) -> str:
    """The language of a page: asked for, else remembered, else the browser's first
    of ours (``ar-SY,ar;q=0.9`` is Arabic), else English."""
    for given in (asked, cookie):
        if given in LANGUAGES:
            return given
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


def translator(lang: str):
    """``t(key)``: the word for ``key`` in ``lang`` (the key itself when missing)."""
    table = strings()[lang]
    return lambda key: table.get(key, key)

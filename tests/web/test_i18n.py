from __future__ import annotations

import re
from pathlib import Path

import pytest

from rasd.web import i18n

TEMPLATES = Path(i18n.__file__).parent / "templates"


@pytest.mark.parametrize(("asked", "cookie", "accept", "lang"), [
    (None, None, "ar-SY,ar;q=0.9,en;q=0.8", "ar"),
    (None, None, "fr-FR,en;q=0.5", "en"),
    (None, "ar", "en", "ar"),
    ("en", "ar", "ar", "en"),
    ("xx", None, None, "en"),
])
def test_choose_language(asked, cookie, accept, lang):
    assert i18n.choose(asked, cookie, accept) == lang


def test_every_word_a_template_asks_for_is_in_both_languages():
    words = i18n.strings()
    asked = set()
    for template in TEMPLATES.glob("*.html"):
        asked |= set(re.findall(r"t\('(\w+)'\)", template.read_text("utf-8")))
    for lang in i18n.LANGUAGES:
        missing = asked - set(words[lang])
        assert not missing, (lang, missing)
        assert all(words[lang][k] for k in asked), lang


def test_every_precision_and_modality_has_its_words():
    import typing

    from rasd.model import Modality
    from rasd.web import periods

    kinds = {"day", "month", "year", "season", "quarter", "week", "time", "decade", "range",
             *periods._PARTS.values(), *typing.get_args(Modality)}
    for lang in i18n.LANGUAGES:
        assert kinds <= set(i18n.strings()[lang]), lang

"""People introduced by a title or role are persons of their own, the title left out."""

from __future__ import annotations

from rasd import arabic
from rasd.arabic import layer
from rasd.entities import cuewords, tag, titled
from rasd.model import Document


def _linked(text: str) -> dict[str, str | None]:
    doc = Document.make(text, "t.txt", published="2015-08-01")
    return {m.text: m.entity for m in tag(doc, arabic.prepare(doc)).mentions}


def _names(text: str) -> list[str]:
    view = layer(text)
    return [view.original_span(c.start, c.end).text
            for c in titled.named(view, [], [], cuewords.scan(view.normal))]


def test_a_name_after_a_role_and_its_title_ending_at_a_verb_is_a_person():
    assert _names("وصل المتحدث باسم الحكومة نايف البكري وقال إن المدينة آمنة") == [
        "نايف البكري"]


def test_a_common_noun_after_a_role_is_no_person():
    assert _names("قال قائد قوات التحالف في اليمن إن الهجوم بدأ") == []
    assert _names("عين عضو مجلس الوزراء عضوًا في اللجنة.") == []


def test_one_word_is_too_little_to_call_a_name():
    assert _names("قال المتحدث سلامة، إن الوضع هادئ") == []


def test_english_titles_and_the_surname_after_mr():
    linked = _linked("Foreign ministry spokesman Jihad Makdissi told reporters. "
                     "Mr Makdissi said so.")
    assert linked["Jihad Makdissi"].startswith("new:person-")
    assert linked["Makdissi"] == linked["Jihad Makdissi"]


def test_a_kb_name_that_goes_on_with_bin_is_another_person():
    linked = _linked("دعا الدكتور هادي بن علي اليامي إلى التحقيق في اليمن")
    assert "هادي" not in linked
    assert all(e != "per:abd-rabbuh-mansur-hadi" for e in linked.values())

"""Names the KB lacks: one entity per name in a document, surnames as their person."""

from __future__ import annotations

from rasd import arabic
from rasd.entities import knowledge, unknown
from rasd.model import Document

TEXT = "قال ميشال بلاتيني إن الاتحاد سيجتمع، وأضاف بلاتيني أن المدينة هادئة"


def _read(view, *spans: tuple[str, str]) -> list[tuple[int, int, str]]:
    out = []
    for words, label in spans:
        start = view.normal.index(words)
        out.append((start, start + len(words), label))
    return out


def test_a_name_and_its_surname_vote_together_and_are_one_person():
    view = arabic.prepare(Document.make(TEXT, "t.txt"))
    known = knowledge()
    read = _read(view, ("ميشال بلاتيني", "ORG"), ("وأضاف بلاتيني"[6:], "PERS"))
    found = unknown.names(view, read, [], known.kb, known.gazetteer, None)
    assert [c.entity.type for c in found] == ["PERSON", "PERSON"]
    first, second = unknown.surnames(view, found)
    assert first.entity == second.entity and first.entity.id.startswith("new:person-")


def test_place_words_alone_and_taken_spans_make_no_entity():
    view = arabic.prepare(Document.make(TEXT, "t.txt"))
    known = knowledge()
    read = _read(view, ("المدينه", "LOC"), ("ميشال بلاتيني", "PERS"))
    taken = [read[1][:2]]
    assert unknown.names(view, read, taken, known.kb, known.gazetteer, None) == []


def test_a_name_the_kb_has_in_a_weak_form_links_to_it():
    view = arabic.prepare(Document.make("فإيران تمارس أعمالا", "t.txt"))
    known = knowledge()
    read = [(1, len("فايران"), "LOC")]
    (found,) = unknown.names(view, read, [], known.kb, known.gazetteer, None)
    assert found.entity.id == "state:iran"


def test_only_arabic_documents_are_read_by_the_model():
    doc = Document.make("Rebels took Khan Sheikhoun.", "t.txt", language="en")
    assert unknown.model_names(doc, arabic.prepare(doc), knowledge().ner) == []

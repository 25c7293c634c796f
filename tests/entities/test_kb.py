"""The knowledge base: built fresh from ../shared, well formed, and covering the wars."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

from rasd.arabic.normalise import fold
from rasd.entities import governments, kinds, shipped, table
from rasd.entities.kb import TYPES, acronym, load
from rasd.errors import BadTable, NotFound
from rasd.model import Entity
from tests.conftest import ROOT, SHARED, shared

CURATED = ROOT / "src" / "rasd" / "data" / "kb" / "curated"


def load_builder():
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kb():
    return load()


def ids_for(kb, form: str, kind: str | None = None) -> set[str]:
    key = fold(form)
    return {i for a, i in kb.aliases() if fold(a) == key and (kind is None or kb[i].type == kind)}


# -- fresh and well formed -----------------------------------------------------------------

def test_kb_shipped_tables_equal_a_fresh_build():
    shared("data/syria-admin-opensyria")
    shared("data/geonames-cities500-levant")
    builder = load_builder()
    for path, text in zip(builder.OUTPUTS, builder.build(SHARED), strict=True):
        assert path.read_text("utf-8") == text, f"stale {path.name}: run python scripts/build_kb.py"


def test_kb_builder_check_passes():
    shared("data/syria-admin-opensyria")
    done = subprocess.run([sys.executable, "scripts/build_kb.py", "--check", "--shared",
                           str(SHARED)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name,columns", [("entities.tsv", shipped.ENTITY_COLUMNS),
                                          ("aliases.tsv", shipped.ALIAS_COLUMNS)])
def test_kb_table_has_a_format_header_and_rows_of_one_width(name, columns):
    lines = (ROOT / "src/rasd/data/kb" / name).read_text("utf-8").splitlines()
    assert lines[0].startswith("# ")
    assert "Format:" in "\n".join(line for line in lines[:8] if line.startswith("#"))
    rows = [line for line in lines if line and not line.startswith("#")]
    assert {len(r.split("\t")) for r in rows} == {len(columns)}
    assert [r.split("\t")[0] for r in rows] == sorted(r.split("\t")[0] for r in rows)


@pytest.mark.parametrize("path", sorted(CURATED.glob("*.tsv")), ids=lambda p: p.name)
def test_kb_curated_table_opens_with_its_format(path):
    lines = path.read_text("utf-8").splitlines()
    assert lines[0].startswith("# ")
    assert "Format:" in "\n".join(line for line in lines[:10] if line.startswith("#"))


def test_kb_is_small_enough_to_ship():
    assert sum((ROOT / "src/rasd/data/kb" / name).stat().st_size
               for name in ("entities.tsv", "aliases.tsv")) < 2_000_000


# -- every entity valid --------------------------------------------------------------------

def test_kb_every_entity_has_a_valid_type_and_id(kb):
    for entity in kb.entities.values():
        assert entity.type in TYPES, entity.id
        assert entity.id.split(":", 1)[0] in kinds.kinds()[entity.type].prefixes, entity.id
        assert entity.name_ar or entity.name_en, entity.id


def test_kb_wikidata_ids_are_qids(kb):
    qids = [e.wikidata for e in kb.entities.values() if e.wikidata]
    assert len(qids) > 300
    assert all(re.fullmatch(r"Q\d+", q) for q in qids)


def test_kb_coordinates_are_in_range_and_paired(kb):
    for e in kb.entities.values():
        assert (e.lat is None) == (e.lon is None), e.id
        if e.lat is not None:
            assert -90 <= e.lat <= 90 and -180 <= e.lon <= 180, e.id


def test_kb_links_name_entities(kb):
    for e in kb.entities.values():
        assert e.parent is None or e.parent in kb, e.id
        assert e.seat_of is None or kb[e.seat_of].type == "GOVERNMENT", e.id


def test_kb_no_form_names_two_entities_of_one_type_unless_known(kb):
    known = _known_ambiguities()
    holders = defaultdict(set)
    for form, entity_id in kb.aliases():
        holders[(fold(form), kb[entity_id].type)].add(entity_id)
    unexplained = []
    for (key, _), ids in holders.items():
        if len(ids) < 2 or _nested(kb, ids) or _homonyms(kb, key, ids) or _in_turn(kb, key, ids):
            continue
        if known.get(key) != ids:
            unexplained.append((key, sorted(ids)))
    assert not unexplained, f"add these to curated/ambiguous.tsv or fix them: {unexplained}"


def _known_ambiguities() -> dict[str, set[str]]:
    known = {}
    for line in (CURATED / "ambiguous.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, ids = line.split("\t")[:2]
            known[fold(form)] = set(ids.split(","))
    return known


def _nested(kb, ids) -> bool:
    """One inside the other: the governorate «حلب» and the city «حلب»."""
    return all(a == b or a in kb.ancestors(b) or b in kb.ancestors(a) for a in ids for b in ids)


def _in_turn(kb, key, ids) -> bool:
    """A title its holders held one after another: «ولي العهد السعودي»."""
    spans = [(a or "0000", b or "9999") for i in ids for alias, a, b in kb[i].periods
             if fold(alias) == key]
    if len(spans) < len(ids) or any(not any(fold(a) == key for a, _, _ in kb[i].periods)
                                    for i in ids):
        return False
    spans.sort()
    return all(end <= start for (_, end), (start, _) in pairwise(spans))


def _homonyms(kb, key, ids) -> bool:
    """Places that bear the name themselves: two villages called «صوران»."""
    return all(kb[i].type == "LOCATION" and key in {fold(n) for n in (kb[i].name_ar,
               kb[i].name_en) if n} for i in ids)


# -- places --------------------------------------------------------------------------------

def test_kb_raqqa_city_and_governorate_are_distinct(kb):
    city, governorate = kb["loc:sy-ar-raqqah"], kb["loc:sy-raqqa-governorate"]
    assert city.name_ar == "الرقة" and governorate.name_ar == "محافظة الرقة"
    assert city.parent == governorate.id
    assert governorate.wikidata == "Q235563"
    assert ids_for(kb, "الرقة", "LOCATION") == {city.id, governorate.id}
    assert ids_for(kb, "محافظة الرقة") == {governorate.id}


def test_kb_subdistricts_sit_in_districts_in_governorates(kb):
    subdistricts = [e for e in kb.entities.values() if e.level == "subdistrict"]
    districts = [e for e in kb.entities.values() if e.level == "district"]
    governorates = [e for e in kb.entities.values()
                    if e.country == "SY" and e.level == "governorate"]
    assert (len(governorates), len(districts), len(subdistricts)) == (14, 62, 272)
    for unit in subdistricts:
        chain = kb.ancestors(unit.id)
        assert kb[chain[0]].level == "district" and kb[chain[1]].level == "governorate"


@pytest.mark.parametrize("town,governorate", [
    ("loc:sy-aleppo", "loc:sy-aleppo-governorate"),
    ("loc:sy-damascus", "loc:sy-damascus-governorate"),
    ("loc:sy-duma", "loc:sy-rif-dimashq-governorate"),
    ("loc:sy-al-tabqa", "loc:sy-raqqa-governorate"),
    ("loc:sy-deir-ez-zor", "loc:sy-deir-ez-zor-governorate"),
    ("loc:iq-mosul", "loc:iq-nineveh-governorate"),
    ("loc:iq-baghdad", "loc:iq-baghdad-governorate"),
])
def test_kb_towns_lie_in_their_governorate(kb, town, governorate):
    assert kb[town].parent == governorate


def test_kb_a_district_leaves_its_towns_name_to_the_town(kb):
    assert ids_for(kb, "منبج", "LOCATION") == {"loc:sy-manbij"}
    assert "منطقة منبج" in kb["loc:sy-aleppo-manbij-district"].names()


def test_kb_capitals_are_places_not_governments(kb):
    assert kb["loc:sy-damascus"].seat_of == "gov:syria"
    assert ids_for(kb, "دمشق") == {"loc:sy-damascus", "loc:sy-damascus-governorate"}
    for word in ("النظام", "السلطة", "الحكومة", "الدولة"):
        assert not ids_for(kb, word), word


def test_kb_turkish_places_all_have_arabic_names(kb):
    turkish = [e for e in kb.entities.values() if e.country == "TR" and e.type == "LOCATION"]
    assert turkish and all(e.name_ar for e in turkish)


# -- actors and things ---------------------------------------------------------------------

def test_kb_tabqa_airbase_is_a_facility_with_coordinates(kb):
    base = kb["fac:tabqa-airbase"]
    assert base.type == "FACILITY" and base.lat and base.lon
    assert abs(base.lat - 35.75) < 0.1 and abs(base.lon - 38.57) < 0.1
    assert ids_for(kb, "مطار الطبقة العسكري") == {base.id}


def test_kb_isis_has_all_its_names(kb):
    isis = kb["grp:isis"]
    forms = {fold(f) for f in isis.names()}
    for name in ("داعش", "تنظيم الدولة", "الدولة الإسلامية", "الدولة الإسلامية في العراق والشام",
                 "دولة العراق الإسلامية", "تنظيم الدولة الإسلامية", "ISIS", "ISIL", "IS",
                 "Daesh", "Islamic State"):
        assert fold(name) in forms, name
    assert isis.wikidata == "Q2429253"


def test_kb_nusra_lineage_is_three_entities(kb):
    assert ids_for(kb, "جبهة النصرة") == {"grp:nusra-front"}
    assert ids_for(kb, "جبهة فتح الشام") == {"grp:jabhat-fateh-al-sham"}
    assert ids_for(kb, "هيئة تحرير الشام") == {"grp:hts"}


def test_kb_state_and_government_are_apart(kb):
    assert kb["state:syria"].type == "STATE" and kb["gov:syria"].type == "GOVERNMENT"
    assert ids_for(kb, "سوريا") == {"state:syria"}
    assert ids_for(kb, "النظام السوري") == {"gov:syria"}
    for country in ("syria", "iraq", "turkey", "iran", "russia", "usa", "lebanon", "jordan",
                    "israel", "saudi-arabia", "qatar", "uae", "egypt", "uk", "france",
                    "germany", "china"):
        assert f"state:{country}" in kb and f"gov:{country}" in kb, country
    assert "gov:krg" in kb


def test_kb_persons_have_roles(kb):
    persons = list(kb.of_type("PERSON"))
    assert len(persons) >= 100
    assert all(p.role for p in persons)
    assert "National Security" in kb["per:ali-mamlouk"].role


# The names in the worked example (../shared/examples), each with the entity it names.
EXAMPLE_FORMS = [
    ("نظام الاسد", "gov:syria"), ("داعش", "grp:isis"), ("النصرة", "grp:nusra-front"),
    ("البغدادي", "per:abu-bakr-al-baghdadi"), ("أيمن الظواهري", "per:ayman-al-zawahiri"),
    ("دولة العراق الإسلامية", "grp:isis"), ("الدولة الإسلامية في العراق والشام", "grp:isis"),
    ("القاعدة", "grp:al-qaeda"), ("الجيش السوري الحر", "grp:fsa"), ("مجلس الأمن", "igo:unsc"),
    ("الفرقة 17", "unit:syaa-17-division"), ("الفرقة ١٧", "unit:syaa-17-division"),
    ("عين عيسى", "loc:sy-ayn-isa"),
    ("اللواء 93", "unit:syaa-93-brigade"), ("القرار 2170", "oth:unscr-2170"),
    ("الأمم المتحدة", "igo:un"), ("بشار الجعفري", "per:bashar-al-jaafari"),
    ("مطار الطبقة", "fac:tabqa-airbase"), ("إليوشن 76", "wpn:il-76"), ("إيغلا", "wpn:igla"),
    ("إس إي 16", "wpn:igla"), ("إس إي 18", "wpn:igla"), ("كورنيت", "wpn:kornet"),
    ("كونكورس", "wpn:konkurs"), ("مطار حماة العسكري", "fac:hama-airbase"),
    ("الطيران السوري", "unit:syaaf"), ("الحكومة السورية", "gov:syria"),
    ("دير الزور", "loc:sy-deir-ez-zor"), ("ديرالزور", "loc:sy-deir-ez-zor"),
]


@pytest.mark.parametrize("form,entity_id", EXAMPLE_FORMS)
def test_kb_covers_the_worked_example(kb, form, entity_id):
    assert entity_id in ids_for(kb, form)


def test_kb_curates_the_wars_broadly():
    builder = load_builder()
    rows = [r for p in builder.curated_tables()
            for r in table.parse(p.read_text("utf-8"), p.name) if r.cells["type"]]
    assert len(rows) >= 350
    assert {r.cells["type"] for r in rows} == set(TYPES)


# Words that name an outlet or a monitor, in either script (issue item 13).
_SOURCE_EN = re.compile(r"\b(News|Press|Agency|TV|Television|Radio|Observatory|Human Rights"
                        r"|Red Cross|Red Crescent|Civil Defen[cs]e|Médecins|Amnesty|Watch)\b")
_SOURCE_AR = re.compile("وكالة|قناة|صحيفة|تلفزيون|إذاعة|المرصد|حقوق الإنسان|الصليب الأحمر"
                        "|الهلال الأحمر|الدفاع المدني")


def test_kb_types_no_agency_outlet_or_monitor_other(kb):
    """Issue item 13: SOHR, SANA, Reuters, AFP were OTHER, so "according to whom" could not
    tell a source from a party; an entity named like an outlet or a monitor is MEDIA or NGO."""
    named = [e.id for e in kb.of_type("OTHER")
             if _SOURCE_EN.search(e.name_en or "") or any(map(_SOURCE_AR.search, e.names()))]
    assert named == []


@pytest.mark.parametrize("entity_id,kind", [
    ("org:sohr", "NGO"), ("org:snhr", "NGO"), ("org:amnesty", "NGO"), ("org:hrw", "NGO"),
    ("org:white-helmets", "NGO"), ("org:msf", "NGO"), ("igo:icrc", "NGO"),
    ("org:sana", "MEDIA"), ("org:reuters", "MEDIA"), ("org:afp", "MEDIA"), ("org:ap", "MEDIA"),
    ("org:anadolu", "MEDIA"), ("media:spa", "MEDIA"), ("org:al-jazeera", "MEDIA"),
    ("org:al-arabiya", "MEDIA"), ("media:sky-news-arabia", "MEDIA"), ("org:bbc", "MEDIA"),
    ("media:dpa", "MEDIA"), ("media:xinhua", "MEDIA"), ("media:saba", "MEDIA"),
    ("ngo:airwars", "NGO"), ("ngo:mwatana", "NGO"),
    ("org:snc", "OTHER"),  # a political body, not a source
])
def test_kb_types_sources_as_what_they_are(kb, entity_id, kind):
    assert kb[entity_id].type == kind


# -- weak forms, acronyms, the record's view -----------------------------------------------

def test_kb_every_country_is_one_state(kb):
    rows = shared("data/cldr-arabic-calendar/cldr_arabic_territory_names.tsv")
    codes = [line.split("\t")[0] for line in rows.read_text("utf-8").splitlines()[1:]]
    countries = [c for c in codes if len(c) == 2 and c not in {"EU", "EZ", "UN", "QO", "XA",
                                                               "XB", "ZZ"}]
    states = Counter(e.country for e in kb.of_type("STATE"))
    assert countries and all(states[c] == 1 for c in countries)
    assert ids_for(kb, "النمسا") == {"state:austria"}
    assert ids_for(kb, "أوروبا") == {"loc:region-europe"}
    assert kb.is_weak("مالي", "state:mali")


def test_kb_common_words_are_weak(kb):
    assert kb.is_weak("سلمية", "loc:sy-as-salamiyah")
    assert kb.is_weak("القاعدة", "grp:al-qaeda")
    assert not kb.is_weak("داعش", "grp:isis")
    strong = {i for a, i in kb.aliases(weak=False) if fold(a) == fold("سلمية")}
    assert "loc:sy-as-salamiyah" not in strong


@pytest.mark.parametrize("form,entity_id", [
    ("البغدادي", "per:abu-bakr-al-baghdadi"), ("الجولاني", "per:abu-mohammad-al-julani"),
    ("الزرقاوي", "per:abu-musab-al-zarqawi"), ("السيستاني", "per:ali-al-sistani")])
def test_kb_a_nisba_is_a_weak_name(kb, form, entity_id):
    # a surname of origin is a place adjective too: anyone from Baghdad is «البغدادي»
    assert kb.is_weak(form, entity_id)


@pytest.mark.parametrize("alias,expected", [("ISIS", True), ("US", True), ("IS", True),
                                            ("Daesh", False), ("داعش", False)])
def test_kb_acronyms_are_told_apart(alias, expected):
    assert acronym(alias) is expected


def test_kb_entity_becomes_a_record_entity(kb):
    entity = kb["grp:isis"].entity()
    assert isinstance(entity, Entity)
    assert (entity.id, entity.type, entity.wikidata) == ("grp:isis", "ARMED_GROUP", "Q2429253")
    assert "داعش" in entity.aliases


def test_kb_default_is_loaded_once():
    assert load() is load()


# -- a user's file -------------------------------------------------------------------------

def _user_file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "my-kb.tsv"
    path.write_text("# my entities\n" + "".join(r + "\n" for r in rows), "utf-8")
    return path


def test_kb_user_file_adds_and_extends(tmp_path):
    path = _user_file(
        tmp_path,
        "grp:liwa-al-fajr\tARMED_GROUP\tلواء الفجر\tLiwa al-Fajr\tكتيبة الفجر",
        "grp:isis\t\t\t\tجماعة البغدادي|-Daish",
        "fac:tabqa-airbase\t\t\t\t\t\t\t\t\t\t\t\tsurveyed by us")
    user = load(path)
    assert user["grp:liwa-al-fajr"].names() == ("لواء الفجر", "Liwa al-Fajr", "كتيبة الفجر")
    assert "جماعة البغدادي" in user["grp:isis"].aliases
    assert "Daish" not in user["grp:isis"].aliases
    assert user["fac:tabqa-airbase"].note.endswith("surveyed by us")
    assert "grp:liwa-al-fajr" not in load() and "Daish" in load()["grp:isis"].aliases


@pytest.mark.parametrize("row,problem", [
    ("grp:x\tARMED_GROUP\tمجموعة\tGroup" + "\t" * 12 + "\textra", "cells"),
    ("loc:x\tLOCATION\tقرية" + "\t" * 10 + "\tprovince", "level"),
    ("grp:x\tARMED_GROUP\tمجموعة" + "\t" * 10 + "\tdistrict", "no place"),
    ("state:x\tSTATE\tدولة" + "\t" * 11 + "\tgrp:isis", "not a GOVERNMENT"),
    ("state:x\tSTATE\tدولة" + "\t" * 12 + "\tgov:syria", "not a MILITARY_UNIT"),
    ("gov:x\tGOVERNMENT\tحكومة" + "\t" * 11 + "\tgov:syria", "no STATE"),
    ("grp:x\tMILITIA\tمجموعة", "type"),
    ("unit:x\tARMED_GROUP\tمجموعة", "grp:"),
    ("grp:x\tARMED_GROUP\tمجموعة\t\t\tWD123", "Wikidata"),
    ("fac:x\tFACILITY\tمطار\t\t\t\t95\t38", "lat"),
    ("fac:x\tFACILITY\tمطار\t\t\t\t35", "both"),
    ("loc:x\tLOCATION\tقرية\t\t\t\t\t\tloc:nowhere", "parent"),
    ("grp:x\t\tمجموعة", "type"),
    ("grp:x\tARMED_GROUP\t\tGroup\ta||b", "empty alias"),
    ("Group X\tARMED_GROUP\tمجموعة", "prefix:slug"),
    ("grp:isis\tPERSON", "per:"),
])
def test_kb_bad_user_row_names_file_and_line(tmp_path, row, problem):
    path = _user_file(tmp_path, "grp:ok\tARMED_GROUP\tمجموعة\tGroup", row)
    with pytest.raises(BadTable) as caught:
        load(path)
    message = caught.value.message
    assert str(path.resolve()) in message and "line 3" in message, message
    assert problem in message, message


def test_kb_missing_user_file_is_not_found(tmp_path):
    with pytest.raises(NotFound):
        load(tmp_path / "absent.tsv")


def test_kb_a_dated_title_names_its_holder_on_the_day(tmp_path):
    extra = tmp_path / "titles.tsv"
    extra.write_text("per:test-a\tPERSON\tزيد التجريبي\tZaid Test\t"
                     "الرئيس التجريبي@2010-01-01..2015-06-01\n"
                     "per:test-b\tPERSON\tعمرو التجريبي\tAmr Test\tالرئيس التجريبي@2015-06-01..\n",
                     encoding="utf-8")
    kb = load(extra)
    assert kb.holds("الرئيس التجريبي", "per:test-a", "2015-05-31")
    assert not kb.holds("الرئيس التجريبي", "per:test-a", "2015-06-01")
    assert kb.holds("الرئيس التجريبي", "per:test-b", "2020-01-01")
    assert not kb.holds("الرئيس التجريبي", "per:test-b", None)
    assert kb.holds("زيد التجريبي", "per:test-a", None)
    assert ("per:test-b", "الرئيس التجريبي", "ar", "strong", "2015-06-01", "") in (
        shipped.alias_rows(kb["per:test-b"]))


@pytest.mark.parametrize("alias", ["الرئيس@2015", "الرئيس@2015-06-01..2014-01-01",
                                   "الرئيس@15-06-01.."])
def test_kb_a_bad_period_names_file_and_line(tmp_path, alias):
    extra = tmp_path / "bad.tsv"
    extra.write_text(f"per:test-c\tPERSON\tزيد\tZaid\t{alias}\n", encoding="utf-8")
    with pytest.raises(BadTable, match=r"bad\.tsv, line 1"):
        load(extra)


def test_kb_a_states_government_and_forces_are_its_relations(kb):
    assert (kb["state:syria"].government, kb["state:syria"].forces) == (
        "gov:syria", "unit:syrian-armed-forces")
    assert governments.government_of(kb, "SY") == "gov:syria"
    assert governments.forces_of(kb, "IQ") == "unit:iraqi-armed-forces"
    assert governments.is_government(kb, "gov:syria")
    assert not governments.is_government(kb, "gov:krg")


def _row(**cells: str) -> str:
    """A line of the entity table with the named cells filled."""
    return "\t".join(cells.get(column, "") for column in table.COLUMNS).rstrip("\t")


def test_kb_user_file_gives_a_new_state_its_government_and_forces(tmp_path):
    path = _user_file(
        tmp_path,
        _row(id="gov:testland", type="GOVERNMENT", name_ar="حكومة تستلاند"),
        _row(id="unit:testland-army", type="MILITARY_UNIT", name_ar="جيش تستلاند", country="XT"),
        _row(id="state:testland", type="STATE", name_ar="تستلاند", country="XT",
             government="gov:testland", forces="unit:testland-army"))
    user = load(path)
    assert governments.government_of(user, "XT") == "gov:testland"
    assert governments.forces_of(user, "XT") == "unit:testland-army"
    assert governments.is_government(user, "gov:testland")

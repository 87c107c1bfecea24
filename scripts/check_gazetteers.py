#!/usr/bin/env python3
"""Validate the files under gazetteers/ (standard library only).

Usage: python3 scripts/check_gazetteers.py [gazetteers-dir]
Exits non-zero on any error; prints warnings (shared surface forms) that do
not fail the check.
"""
import os
import sys
from collections import defaultdict

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "gazetteers")

ENTITY_FILES = {"places.tsv": "LOC", "organizations.tsv": "ORG"}
PAIR_FILES = {
    "demonyms.tsv": None,
    "names.tsv": {"zh_syllable", "zh_surname", "given", "surname", "particle", "honorific"},
    "lexicon.tsv": {"role", "modifier", "org_head", "org_suffix", "not_name", "speech_verb"},
}
MAX_PLACES_BYTES = 2 * 1024 * 1024

errors = []
warnings = []


def err(fn, ln, msg):
    errors.append("%s:%d: %s" % (fn, ln, msg))


def read_lines(fn):
    path = os.path.join(ROOT, fn)
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(fn, 0, "not valid UTF-8: %s" % e)
        return []
    if text.startswith("\ufeff"):
        err(fn, 1, "byte-order mark")
    if "\r" in text:
        err(fn, 0, "carriage return found (use LF line ends)")
    out = []
    seen = {}
    for i, line in enumerate(text.split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line in seen:
            err(fn, i, "duplicate line (first at %d)" % seen[line])
        seen[line] = i
        out.append((i, line))
    return out


def check_fields(fn, ln, cols):
    for c in cols:
        if c != c.strip():
            err(fn, ln, "leading/trailing space in %r" % c)


def check_entities():
    ids = {}
    surfaces = defaultdict(set)
    all_rows = []
    for fn, typ in ENTITY_FILES.items():
        for ln, line in read_lines(fn):
            cols = line.split("\t")
            if len(cols) != 6:
                err(fn, ln, "expected 6 columns, got %d" % len(cols))
                continue
            check_fields(fn, ln, cols)
            id_, t, name, aliases, acronyms, parent = cols
            if not id_ or not name:
                err(fn, ln, "empty id or name")
            if t not in ("ORG", "LOC"):
                err(fn, ln, "bad type %r" % t)
            elif t != typ:
                err(fn, ln, "type %s in %s (expected %s)" % (t, fn, typ))
            if ":" not in id_:
                err(fn, ln, "id without prefix: %r" % id_)
            if id_ in ids:
                err(fn, ln, "id %s already defined at %s" % (id_, ids[id_]))
            ids[id_] = "%s:%d" % (fn, ln)
            for form in [name] + (aliases.split("|") if aliases else []):
                # A leading article is not part of a name ("the West Bank" is
                # "West Bank"); a form that began with one would make every "the"
                # of a text the start of a gazetteer name.
                if form.startswith("the "):
                    err(fn, ln, "name or alias begins with an article: %r" % form)
            for col, label in ((aliases, "alias"), (acronyms, "acronym")):
                if col:
                    items = col.split("|")
                    if any(not x or x != x.strip() for x in items):
                        err(fn, ln, "empty or padded %s item" % label)
                    if len(items) != len(set(items)):
                        err(fn, ln, "repeated %s" % label)
                    for x in items:
                        surfaces[x].add(id_)
            surfaces[name].add(id_)
            all_rows.append((fn, ln, id_, parent))
    for fn, ln, id_, parent in all_rows:
        if parent and parent not in ids:
            err(fn, ln, "parent %s not defined" % parent)
        if parent == id_:
            err(fn, ln, "entity is its own parent")
    shared = {s: v for s, v in surfaces.items() if len(v) > 1}
    cross = [s for s, v in shared.items()
             if len({i.split(":")[0] == "org" for i in v}) > 1]
    warnings.append("%d surface forms name more than one entity (%d across ORG/LOC)"
                    % (len(shared), len(cross)))
    if cross:
        warnings.append("ORG/LOC shared: " + ", ".join(sorted(cross)[:40]))
    return ids


def check_pairs(ids):
    for fn, classes in PAIR_FILES.items():
        per_class = defaultdict(set)
        for ln, line in read_lines(fn):
            cols = line.split("\t")
            if len(cols) != 2:
                err(fn, ln, "expected 2 columns, got %d" % len(cols))
                continue
            check_fields(fn, ln, cols)
            a, b = cols
            if not a or not b:
                err(fn, ln, "empty field")
            if classes is None:
                if b not in ids:
                    err(fn, ln, "place id %s not in places.tsv" % b)
                elif not ids[b].startswith("places.tsv"):
                    err(fn, ln, "%s is not a place" % b)
                if a in per_class["_"]:
                    err(fn, ln, "demonym %r listed twice" % a)
                per_class["_"].add(a)
            else:
                if b not in classes:
                    err(fn, ln, "unknown class %r" % b)
                if a in per_class[b]:
                    err(fn, ln, "%r twice in class %s" % (a, b))
                per_class[b].add(a)
        counts = ", ".join("%s=%d" % (k, len(v)) for k, v in sorted(per_class.items()))
        print("%s: %s" % (fn, counts))


def main():
    for fn in list(ENTITY_FILES) + list(PAIR_FILES):
        if not os.path.exists(os.path.join(ROOT, fn)):
            errors.append("missing file %s" % fn)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    size = os.path.getsize(os.path.join(ROOT, "places.tsv"))
    if size > MAX_PLACES_BYTES:
        errors.append("places.tsv is %d bytes (limit %d)" % (size, MAX_PLACES_BYTES))
    ids = check_entities()
    n_loc = sum(1 for v in ids.values() if v.startswith("places.tsv"))
    print("places.tsv: %d entities, %d bytes" % (n_loc, size))
    print("organizations.tsv: %d entities" % (len(ids) - n_loc))
    check_pairs(ids)
    for w in warnings:
        print("warning: " + w)
    if errors:
        print("\n".join(errors[:200]))
        print("%d error(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Check annotate's displaCy output with spaCy itself (optional; needs `pip install spacy`).

    cargo run --release --example annotate -- --format displacy examples/sample.txt > /tmp/d.jsonl
    python3 scripts/check_displacy.py /tmp/d.jsonl

Renders every document with displacy.render(..., manual=True) and checks that spaCy's
char_span accepts every span's character offsets.
"""
import json, sys
from spacy import displacy
ok = 0
for line in open(sys.argv[1]):
    doc = json.loads(line)
    rec = {k: v for k, v in doc.items() if k != "id"}
    html = displacy.render(rec, style="ent", manual=True, page=False)
    for ent in rec["ents"]:
        assert rec["text"][ent["start"]:ent["end"]] in html, ent
        ok += 1
    # displaCy's own Doc conversion: spans must be valid character offsets
    import spacy
    nlp = spacy.blank("en")
    d = nlp.make_doc(rec["text"])
    spans = [d.char_span(e["start"], e["end"], label=e["label"], alignment_mode="expand") for e in rec["ents"]]
    assert all(s is not None for s in spans)
print(f"displaCy rendered {ok} spans; spaCy {spacy.__version__} char_span accepted every span")

#!/usr/bin/env python3
"""Print the `zh_syllable` rows of gazetteers/names.tsv.

Needs: pip install pypinyin==0.55.0

Every reading in pypinyin's single-character dictionary is stripped of its
tone mark, `ü` is written `u` (as English news does: "Lu", "Nu", "Lue"),
readings that are not one valid Mandarin syllable (multi-syllable readings of
rare characters) and vowel-less interjections (m, n, ng, hm, hng) are dropped.
Output is sorted and capitalized: "Zhang\tzh_syllable".

Usage (names.tsv is assembled by scripts/gen_names.py, which calls this):
  python3 scripts/gen_pinyin.py
"""
import re
import unicodedata

from pypinyin.pinyin_dict import pinyin_dict

INITIALS = "zh|ch|sh|b|p|m|f|d|t|n|l|g|k|h|j|q|x|r|z|c|s|y|w"
FINALS = ("iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|"
          "un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v")
SYLLABLE = re.compile(r"^(?:%s)?(?:%s)$" % (INITIALS, FINALS))


def strip_tone(s):
    s = s.replace("ü", "v").replace("Ü", "v")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lower()


def syllables():
    out = set()
    for readings in pinyin_dict.values():
        for r in readings.split(","):
            r = strip_tone(r.strip())
            if r == "ê":
                continue
            if not r or not SYLLABLE.match(r):
                continue
            if not re.search(r"[aeiouv]", r):
                continue
            out.add(r.replace("v", "u"))
    return sorted(out)


def main():
    for s in syllables():
        print("%s\tzh_syllable" % s.capitalize())


if __name__ == "__main__":
    main()

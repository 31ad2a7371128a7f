"""Which characters are Japanese script, for every part of the site that treats Japanese text
apart: search splits its runs into bigrams, revision comparison into words, names put the
family name first."""

import re

# 々〆 repeat and abbreviate kanji. Katakana includes the long-vowel mark ー and half-width forms
# but not the middle dot ・, which separates words.
KANJI = "\u3005\u3006\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HIRAGANA = "\u3040-\u309f"
KATAKANA = "\u30a0-\u30fa\u30fc-\u30ff\uff66-\uff9f"
JAPANESE = KANJI + HIRAGANA + KATAKANA

_JAPANESE_CHARACTER = re.compile(f"[{JAPANESE}]")


def has_japanese(text):
    return bool(_JAPANESE_CHARACTER.search(text))


def is_japanese_character(character):
    return bool(_JAPANESE_CHARACTER.fullmatch(character))

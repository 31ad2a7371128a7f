"""Which characters are Japanese script, for every part of the site that treats Japanese text
apart: search splits its runs into bigrams, revision comparison into words, names put the
family name first, teasers break between phrases."""

import re

import budoux

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


_PHRASES = budoux.load_default_japanese_parser()
_TRAILING_COMMAS = " 、,，・"


def _breakable_pieces(text):
    """The text in the pieces a line may break between: words, and in Japanese, phrases
    (BudouX, the model behind browsers' `word-break: auto-phrase`)."""
    for word in re.split(r"(?<= )", text):
        if has_japanese(word):
            yield from _PHRASES.parse(word)
        else:
            yield word


def teaser(text, length):
    """The text on one line, cut to at most `length` characters between words or Japanese
    phrases, never inside one, with an ellipsis when something was left out."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    room = length - 1
    kept = ""
    # Only the start is read: a piece that runs past the room is never kept, so a piece cut
    # short by the slice is not either, and a long body costs what a short one does.
    for piece in _breakable_pieces(text[: length + 40]):
        if len(kept) + len(piece) > room:
            break
        kept += piece
    # A single word longer than the room is cut: better than an empty teaser.
    return (kept.rstrip(_TRAILING_COMMAS) or text[:room]) + "…"

"""Readable Latin page addresses from Japanese titles.

Wagtail makes a page's slug from its title and keeps Japanese characters, so a Japanese page's
address becomes a long run of percent-escapes (/%E7%AC%AC17…/) once shared. Here the title is
read with Janome (a Japanese morphological analyser) and each word's reading is written in
Latin letters with jaconv, long vowels written as place names usually are in English
(kyōkai → kyokai). Names a dictionary reads wrongly are given their usual spelling.
"""

import functools
import re
import unicodedata

import jaconv
from janome.tokenizer import Tokenizer

from django.utils.text import slugify

from core.names import IN_ENGLISH

SLUG_LENGTH = 60
# The association's names as written in English (the dictionary would read 承徳 as
# "uketamawa toku"), and place names it reads otherwise; longest first, so that 柏市国際交流協会
# is KIRA before 柏 is Kashiwa.
NAMES = dict(
    sorted(
        {**IN_ENGLISH, "沼南": "Shonan", "柏": "Kashiwa"}.items(),
        key=lambda name: len(name[0]),
        reverse=True,
    )
)
LONG_VOWELS = [("ou", "o"), ("oo", "o"), ("uu", "u"), ("-", "")]


@functools.cache
def _tokenizer():
    return Tokenizer()


def _romanised(text):
    if text.isascii():
        return text
    latin = jaconv.kata2alphabet(jaconv.hira2kata(text))
    for long_vowel, plain in LONG_VOWELS:
        latin = latin.replace(long_vowel, plain)
    return latin


def latin_words(text):
    # Full-width letters and digits (ＡＢＣ１２３) are the ASCII ones.
    text = unicodedata.normalize("NFKC", text)
    for name, spelling in NAMES.items():
        text = text.replace(name, f" {spelling} ")
    words = []
    for token in _tokenizer().tokenize(text):
        reading = token.reading if token.reading != "*" else token.surface
        words.append(_romanised(reading))
    return " ".join(words)


def latin_slug(title):
    """A slug of lowercase Latin letters, digits and hyphens for the title, cut at a word."""
    slug = slugify(latin_words(title))
    if len(slug) > SLUG_LENGTH:
        slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0]
    return re.sub(r"-+", "-", slug).strip("-")

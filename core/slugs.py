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

from core.models import GlossaryTerm

SLUG_LENGTH = 60
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
    # The glossary's English spellings: the dictionary would read 承徳 as "uketamawa toku".
    for name, spelling in GlossaryTerm.objects.longest_first():
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

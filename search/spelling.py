"""A query that finds nothing, read again with its misspelt names put right: トーランズ is
read as トーランス, Torence as Torrance, Chendge as Chengde, Gaum as Guam.

Only the words visitors misspell are corrected: katakana names and Latin words of at least four
letters, each to the nearest word of the site's own vocabulary (page titles, the glossary's
proper names, the staff's synonym groups) within one edit (a letter wrong, missing or added, or
two swapped), two for words of seven or more. Kanji are never corrected: one wrong character of
two is another word, not a typo. A nonsense query has no word that near and still finds
nothing.

The vocabulary is a few hundred words read in three queries, only for a search that found
nothing; it is the same on SQLite and PostgreSQL, so pg_trgm is not needed.
"""

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from core.models import GlossaryTerm
from search.models import SynonymGroup
from search.text import normalise, query_tokens

# Katakana with its long-vowel mark (hiragana reads as katakana by then: search/text.py).
_KATAKANA_WORD = re.compile(r"[ァ-ヺー]{4,}")
_LATIN_WORD = re.compile(r"[a-z]{4,}", re.IGNORECASE)


def _words(text):
    """{word as matched: word as written}: Torrance is matched as torrance, shown as written."""
    text = normalise(text)
    return {word.lower(): word for word in _KATAKANA_WORD.findall(text) + _LATIN_WORD.findall(text)}


def vocabulary(pages):
    """The words a misspelling may be corrected to: `pages`' titles, the glossary, the
    synonym groups."""
    texts = [
        *pages.values_list("title", flat=True),
        *(f"{ja} {en}" for ja, en in GlossaryTerm.objects.values_list("japanese", "english")),
        *SynonymGroup.objects.values_list("words", flat=True),
    ]
    words = {}
    for text in texts:
        words.update(_words(text))
    return words


def _allowed_edits(word):
    return 1 if len(word) < 7 else 2


def _nearest(word, words):
    if word in words:
        return word
    found = process.extractOne(
        word, words.keys(), scorer=OSA.distance, score_cutoff=_allowed_edits(word)
    )
    return words[found[0]] if found else word


def corrected(query, words):
    """The query with each misspelt word replaced by the nearest of `words` (vocabulary()),
    or "" when no word of it was corrected."""
    tokens = query_tokens(query)
    fixed = [
        _nearest(token, words)
        if _LATIN_WORD.fullmatch(token)
        else _KATAKANA_WORD.sub(lambda match: _nearest(match.group(), words), token)
        for token in tokens
    ]
    return " ".join(fixed) if fixed != tokens else ""

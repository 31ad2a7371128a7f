"""Japanese-aware text analysis shared by indexing and querying.

Neither SQLite's FTS5 (unicode61 tokenizer) nor PostgreSQL's parser splits Japanese into words:
a run such as 承徳市青少年派遣 is one token, so a search for 承徳 finds nothing. We index every
run of Japanese script as overlapping character bigrams, as Lucene's CJKBigramFilter does
(承徳 徳市 市青 青少 少年 年派 派遣, plus the run's last character so that every character starts
some token), and turn a Japanese query term into the phrase of its bigrams. Both databases then
match Japanese words of any length without a dictionary, an extension or another server;
non-Japanese words pass through unchanged.
"""

import re
import unicodedata

from core.text import JAPANESE

# Text is NFKC-normalised before it is matched, so half-width katakana is full-width by then,
# and hiragana is katakana.
_JAPANESE_RUN = re.compile(f"[{JAPANESE}]+")
_QUERY_TOKEN = re.compile(rf"[{JAPANESE}]+|(?:(?![{JAPANESE}])[^\W_])+")

# Longer queries are cut here: nobody types more, and it bounds the work one request can ask for.
MAX_QUERY_TOKENS = 16
MAX_TOKEN_LENGTH = 40


# Hiragana and katakana spell the same sounds, and visitors type either (ほすとふぁみりー for
# ホストファミリー, トーランス in hiragana on a phone): both sides of a match read as katakana.
# The iteration marks ゝゞ fold with them.
_HIRAGANA_AS_KATAKANA = {code: code + 0x60 for code in (*range(0x3041, 0x3097), 0x309D, 0x309E)}


def normalise(text):
    return unicodedata.normalize("NFKC", text).translate(_HIRAGANA_AS_KATAKANA)


def is_japanese(token):
    return bool(_JAPANESE_RUN.fullmatch(token))


def bigrams(run):
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_text(text):
    """Text as it is stored in the search index."""

    def expand(match):
        run = match.group()
        tokens = bigrams(run) if len(run) == 1 else [*bigrams(run), run[-1]]
        return f" {' '.join(tokens)} "

    return _JAPANESE_RUN.sub(expand, normalise(text))


def query_tokens(query_string):
    """The words of a visitor's query: punctuation and search syntax are dropped, not parsed."""
    tokens = _QUERY_TOKEN.findall(normalise(query_string or "").lower())
    return [token[:MAX_TOKEN_LENGTH] for token in tokens[:MAX_QUERY_TOKENS]]

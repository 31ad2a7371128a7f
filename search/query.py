"""Queries as the bigram index reads them: a visitor's words turned into modelsearch query
nodes (search.backend hands every query through here), and the ranked page of results."""

from django.db.models import Case, When

from modelsearch.query import And, Not, Or, Phrase, PlainText, SearchQuery

from search.synonyms import synonym_groups
from search.text import bigrams, is_japanese, query_tokens


class CharacterPrefix(PlainText):
    """A one-character Japanese term: it matches every indexed bigram that starts with it."""


def _term(token):
    if not is_japanese(token):
        return PlainText(token)
    if len(token) == 1:
        return CharacterPrefix(token)
    return Phrase(" ".join(bigrams(token)))


def _all_of(tokens):
    terms = [_term(token) for token in tokens]
    return terms[0] if len(terms) == 1 else And(terms)


def _any_word_of(words):
    """Pages with any of the words, each word's tokens together."""
    alternatives = [_all_of(tokens) for tokens in map(query_tokens, words) if tokens]
    return alternatives[0] if len(alternatives) == 1 else Or(alternatives)


def _terms(query_string, operator="and"):
    tokens = query_tokens(query_string)
    if not tokens:
        return None
    groups = synonym_groups()
    # A group's word of several tokens ("host family") stands for the whole query.
    if len(tokens) > 1 and tuple(tokens) in groups:
        return _any_word_of(groups[tuple(tokens)])
    terms = [
        _any_word_of(groups[(token,)]) if (token,) in groups else _term(token) for token in tokens
    ]
    if len(terms) == 1:
        return terms[0]
    return And(terms) if operator == "and" else Or(terms)


def japanese_query(query):
    """The query a database backend can match against bigram-indexed text.

    Returns "" when nothing searchable is left (only punctuation, say), which Wagtail answers
    with no results rather than an error.
    """
    if isinstance(query, str):
        return _terms(query) or ""
    if isinstance(query, PlainText):
        return _terms(query.query_string, query.operator) or ""
    if isinstance(query, Phrase):
        return _terms(query.query_string) or ""
    if isinstance(query, (And, Or)):
        subqueries = [japanese_query(subquery) for subquery in query.subqueries]
        subqueries = [subquery for subquery in subqueries if subquery != ""]
        return type(query)(subqueries) if subqueries else ""
    if isinstance(query, Not):
        subquery = japanese_query(query.subquery)
        return Not(subquery) if subquery != "" else ""
    if isinstance(query, SearchQuery):
        return query
    return ""


# Queries whose matches are ranked once for both the count and the page of results.
RANKABLE = (And, Or, Phrase, PlainText)


def in_rank_order(queryset, ranked_pks):
    """The pages of `ranked_pks` (one page of results), in that order, in one query."""
    if not ranked_pks:
        return queryset.none()
    order = Case(*(When(pk=pk, then=position) for position, pk in enumerate(ranked_pks)))
    return queryset.filter(pk__in=ranked_pks).order_by(order)

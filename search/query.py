"""Queries as the bigram index reads them: a visitor's words turned into modelsearch query
nodes (search.backend hands every query through here), and the ranked page of results."""

import functools
import operator

from django.db.models import Case, Q, Value, When

from modelsearch.query import And, Not, Or, Phrase, PlainText, SearchQuery
from wagtail.models import Page

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
    """The query's match, carrying in `names` what the page the visitor named would be titled
    (`named_first()`), or None when nothing searchable is left."""
    tokens = query_tokens(query_string)
    if not tokens:
        return None
    groups = synonym_groups()
    # A group's word of several tokens ("host family") stands for the whole query.
    if len(tokens) > 1 and tuple(tokens) in groups:
        match = _any_word_of(groups[tuple(tokens)])
    else:
        terms = [
            _any_word_of(groups[(token,)]) if (token,) in groups else _term(token)
            for token in tokens
        ]
        combined = And(terms) if operator == "and" else Or(terms)
        match = terms[0] if len(terms) == 1 else combined
    match.names = {" ".join(tokens), *groups.get(tuple(tokens), [])}
    return match


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


def named_first(query, object_pk):
    """An ordering that puts first the pages titled as the visitor named them: トーランス for
    トーランス, とーらんす or Torrance (a word of its synonym group), ahead of the pages that
    mention it more often. `object_pk` is the index entry's expression for its page's key."""
    names = getattr(query, "names", ())
    if not names:
        return Value(1)
    titled = functools.reduce(operator.or_, (Q(title__iexact=name) for name in names))
    named = Page.objects.filter(titled).values("pk")
    return Case(When(Q(**{f"{object_pk}__in": named}), then=Value(0)), default=Value(1))


def in_rank_order(queryset, ranked_pks):
    """The pages of `ranked_pks` (one page of results), in that order, in one query."""
    if not ranked_pks:
        return queryset.none()
    order = Case(*(When(pk=pk, then=position) for position, pk in enumerate(ranked_pks)))
    return queryset.filter(pk__in=ranked_pks).order_by(order)

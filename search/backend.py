"""Wagtail's database search backend, made to understand Japanese queries.

Indexing is done by the fields in search.index; this backend turns each query the same way, so
the public search and the admin's page search both find 承徳 inside 承徳市青少年派遣.
Configure with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}``.
What it changes inside modelsearch's SQLite and PostgreSQL backends (ranking, one-character
prefixes) lives in search/upstream/, one module per workaround.
"""

from functools import cache

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from modelsearch.query import And, Not, Or, Phrase, PlainText, SearchQuery

from search.text import bigrams, is_japanese, query_tokens


class CharacterPrefix(PlainText):
    """A one-character Japanese term: it matches every indexed bigram that starts with it."""


def _term(token):
    if not is_japanese(token):
        return PlainText(token)
    if len(token) == 1:
        return CharacterPrefix(token)
    return Phrase(" ".join(bigrams(token)))


def _terms(query_string, operator="and"):
    terms = [_term(token) for token in query_tokens(query_string)]
    if not terms:
        return None
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
    from django.db.models import Case, When

    if not ranked_pks:
        return queryset.none()
    order = Case(*(When(pk=pk, then=position) for position, pk in enumerate(ranked_pks)))
    return queryset.filter(pk__in=ranked_pks).order_by(order)


class JapaneseQueryMixin:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(japanese_query(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(japanese_query(query), model_or_queryset, *args, **kwargs)


# Built on first use: each upstream module imports its database's own modelsearch backend.
@cache
def _sqlite_backend_class():
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteSearchBackend,
    )

    from search.upstream.character_prefix import SQLiteCharacterPrefix
    from search.upstream.sqlite_ranking import RankedSQLiteQueryCompiler, RankedSQLiteResults

    class QueryCompiler(SQLiteCharacterPrefix, RankedSQLiteQueryCompiler):
        pass

    class AutocompleteQueryCompiler(SQLiteCharacterPrefix, SQLiteAutocompleteQueryCompiler):
        pass

    class Backend(JapaneseQueryMixin, SQLiteSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler
        results_class = RankedSQLiteResults

    return Backend


@cache
def _postgres_backend_class():
    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
    )

    from search.upstream.character_prefix import PostgresCharacterPrefix
    from search.upstream.postgres_ranking import RankedPostgresQueryCompiler, RankedPostgresResults

    class QueryCompiler(PostgresCharacterPrefix, RankedPostgresQueryCompiler):
        pass

    class AutocompleteQueryCompiler(PostgresCharacterPrefix, PostgresAutocompleteQueryCompiler):
        pass

    class Backend(JapaneseQueryMixin, PostgresSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler
        results_class = RankedPostgresResults

    return Backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "sqlite":
        return _sqlite_backend_class()(params)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    raise ImproperlyConfigured(
        f"search.backend supports SQLite and PostgreSQL, not {connection.vendor}."
    )

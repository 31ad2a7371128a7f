"""Wagtail's database search backend, made to understand Japanese queries.

Indexing is done by the fields in search.index; this backend turns each query the same way, so
the public search and the admin's page search both find 承徳 inside 承徳市青少年派遣.
Configure with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}``.
"""

from functools import cache

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from modelsearch.query import And, Not, Or, Phrase, PlainText, SearchQuery

from search.text import bigrams, is_japanese, query_tokens

# How much more a match in a title counts than one in the body (SQLite; PostgreSQL ranks the
# title by Wagtail's boost, which already puts it first in our measurements).
TITLE_WEIGHT = 10.0


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


# Built on first use: each module imports its database's own libraries.
@cache
def _sqlite_backend_class():
    from django.db.models import FloatField, Func

    from modelsearch.backends.database.sqlite.query import (
        Lexeme,
        MatchExpression,
        SearchQueryExpression,
        normalize,
    )
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteAutocompleteQueryCompiler,
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
        SQLiteSearchQueryCompiler,
        SQLiteSearchResults,
    )
    from modelsearch.utils import get_descendants_content_types_pks

    table = SQLiteFTSIndexEntry._meta.db_table

    class WeightedBM25(Func):
        """FTS5's bm25 with the title column weighted well above the body.

        Stock Wagtail scores the whole row alike; a page titled 姉妹都市・友好都市 should come
        before a page that mentions 姉妹都市 in passing. Columns: autocomplete, body, title.
        """

        output_field = FloatField()

        def as_sql(self, compiler, connection, **extra):
            return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []

    class PrefixMixin:
        def build_search_query_content(self, query, config=None):
            if isinstance(query, CharacterPrefix):
                lexeme = Lexeme(query.query_string, prefix=True)
                return SearchQueryExpression(lexeme, config=config)
            return super().build_search_query_content(query, config=config)

    class QueryCompiler(PrefixMixin, SQLiteSearchQueryCompiler):
        def _build_rank_expression(self, vectors, config):
            return WeightedBM25()

        def search(self, config, start, stop, score_field=None):
            """Ranks every match in one pass over the index, then fetches only the page shown.

            Wagtail scores each result row with its own correlated FTS query: 1.2 s for a
            word on 730 of 2,000 pages in bench/search_benchmark.py. Here the index is read
            once, ordered by score, and the results are the visible pages in that order.
            """
            query = normalize(self.query)
            if score_field or not self._ranks(query):
                return super().search(config, start, stop, score_field=score_field)
            return in_rank_order(self.queryset, self._ranked_visible_pks(query, config)[start:stop])

        def ranked_count(self, config):
            """The number of results when ranked here (no query), or None for Wagtail's path."""
            query = normalize(self.query)
            return len(self._ranked_visible_pks(query, config)) if self._ranks(query) else None

        def _ranks(self, query):
            return self.order_by_relevance and isinstance(query, RANKABLE)

        def _ranked_visible_pks(self, query, config):
            # Counting and fetching a page of results share this compiler: rank once.
            if not hasattr(self, "_ranked_visible"):
                match = MatchExpression(
                    self.fields or self.FTS_TABLE_FIELDS,
                    self.build_search_query(query, config=config),
                )
                content_types = get_descendants_content_types_pks(self.queryset.model)
                matches = (
                    SQLiteFTSIndexEntry.objects.filter(match)
                    .filter(index_entry__content_type__in=content_types)
                    .annotate(score=WeightedBM25())
                    .order_by("score")
                    .values_list("index_entry__object_id", flat=True)
                )
                ranked = [int(object_id) for object_id in matches]
                visible = set(self.queryset.filter(pk__in=ranked).values_list("pk", flat=True))
                self._ranked_visible = [pk for pk in ranked if pk in visible]
            return self._ranked_visible

    class AutocompleteQueryCompiler(PrefixMixin, SQLiteAutocompleteQueryCompiler):
        pass

    class Results(SQLiteSearchResults):
        def _do_count(self):
            compiler = self.query_compiler
            if isinstance(compiler, QueryCompiler):  # not autocomplete
                count = compiler.ranked_count(compiler.get_config(self.backend))
                if count is not None:
                    return count
            return super()._do_count()

    class Backend(JapaneseQueryMixin, SQLiteSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler
        results_class = Results

    return Backend


@cache
def _postgres_backend_class():
    from django.contrib.postgres.search import SearchQuery as TextSearchQuery

    from modelsearch.backends.database.postgres.postgres import (
        PostgresAutocompleteQueryCompiler,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )
    from modelsearch.backends.database.postgres.query import Lexeme

    class PrefixMixin:
        def build_tsquery_content(self, query, config=None, invert=False):
            if isinstance(query, CharacterPrefix):
                lexeme = Lexeme(query.query_string, invert=invert, prefix=True)
                return TextSearchQuery(lexeme, search_type="raw", config=config)
            return super().build_tsquery_content(query, config=config, invert=invert)

    class QueryCompiler(PrefixMixin, PostgresSearchQueryCompiler):
        def search(self, config, start, stop, score_field=None, backend=None):
            """Ranks the matches once for both the count and the page shown.

            Wagtail scans and scores the index twice per search view, once to count and once
            for the page of results (about 10 ms each for a word on 800 of 2,400 pages).
            """
            if score_field or not self.ranks():
                return super().search(config, start, stop, score_field, backend)
            return in_rank_order(self.queryset, self.ranked_pks(config, backend)[start:stop])

        def ranks(self):
            return self.order_by_relevance and isinstance(self.query, RANKABLE)

        def ranked_pks(self, config, backend):
            if not hasattr(self, "_ranked_pks"):
                ranked = super().search(config, None, None, backend=backend)
                self._ranked_pks = list(ranked.values_list("pk", flat=True))
            return self._ranked_pks

    class AutocompleteQueryCompiler(PrefixMixin, PostgresAutocompleteQueryCompiler):
        pass

    class Results(PostgresSearchResults):
        def _do_count(self):
            compiler = self.query_compiler
            if isinstance(compiler, QueryCompiler) and compiler.ranks():
                return len(compiler.ranked_pks(compiler.get_config(self.backend), self.backend))
            return super()._do_count()

    class Backend(JapaneseQueryMixin, PostgresSearchBackend):
        query_compiler_class = QueryCompiler
        autocomplete_query_compiler_class = AutocompleteQueryCompiler
        results_class = Results

    return Backend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    if connection.vendor == "sqlite":
        return _sqlite_backend_class()(params)
    if connection.vendor == "postgresql":
        return _postgres_backend_class()(params)
    raise ImproperlyConfigured(
        f"search.backend supports SQLite and PostgreSQL, not {connection.vendor}."
    )

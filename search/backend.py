"""Wagtail's database search backend, made to understand Japanese queries.

Indexing is done by the fields in search.index; this backend turns each query the same way, so
the public search and the admin's page search both find 承徳 inside 承徳市青少年派遣
(search/query.py).
Configure with ``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}``.
What it changes inside modelsearch's SQLite and PostgreSQL backends (ranking, one-character
prefixes) lives in search/upstream/, one module per workaround.
"""

from functools import cache

from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from search.query import japanese_query


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

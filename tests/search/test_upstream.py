"""What search/upstream/ works around in modelsearch is still so.

Each test fails when modelsearch changes the behaviour or the private methods a workaround
relies on; the workaround's docstring says what to do then. They run on SQLite by default and
on PostgreSQL when DATABASE_URL is set (CI runs both), each checking that database's backend.
"""

import inspect

import pytest

from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from modelsearch import query as search_query
from wagtail.models import Page

from search.backend import SearchBackend

SQLITE = connection.vendor == "sqlite"
only_sqlite = pytest.mark.skipif(not SQLITE, reason="modelsearch's SQLite backend")


def stock_backend():
    if SQLITE:
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend({})
    from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

    return PostgresSearchBackend({})


def reads_the_index(sql):
    """Whether a query matches against the full-text index (FTS5 MATCH, tsquery @@)."""
    return " MATCH " in sql if SQLITE else " @@ " in sql


@pytest.fixture
def zanzibar_pages(db):
    """Three indexed pages with a word no other test content has."""
    root = Page.get_first_root_node()
    return [
        root.add_child(instance=Page(title=f"Zanzibar {number}", slug=f"zanzibar-{number}"))
        for number in range(3)
    ]


def index_reads_for_a_page_of_results(backend):
    """How a search view reads results: the count for the paginator, then one page."""
    results = backend.search("zanzibar", Page.objects.all())
    with CaptureQueriesContext(connection) as captured:
        count = results.count()
        shown = list(results[:2])
    assert count == 3 and len(shown) == 2
    return sum(reads_the_index(query["sql"]) for query in captured)


def test_modelsearch_still_reads_the_index_again_for_count_and_page(zanzibar_pages):
    """sqlite_ranking and postgres_ranking: modelsearch matches (and on SQLite scores, row by
    row) once to count and again for the page shown; ours reads the index once."""
    assert index_reads_for_a_page_of_results(stock_backend()) >= 2
    assert index_reads_for_a_page_of_results(SearchBackend({})) == 1


@only_sqlite
def test_the_fts5_columns_are_still_autocomplete_body_title(db):
    """sqlite_ranking: WeightedBM25 gives bm25() one weight per column, in this order."""
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry

    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA table_info({SQLiteFTSIndexEntry._meta.db_table})")
        columns = [row[1] for row in cursor.fetchall()]

    assert columns == ["autocomplete", "body", "title"]


@only_sqlite
def test_modelsearch_still_scores_every_fts5_column_alike(db):
    """sqlite_ranking: stock bm25() has no column weights, so a title counts as the body does."""
    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchQueryCompiler,
    )

    compiler = SQLiteSearchQueryCompiler(Page.objects.all(), search_query.PlainText("zanzibar"))
    score = compiler._build_rank_expression(compiler.get_search_vectors(), config=None)
    sql = str(SQLiteFTSIndexEntry.objects.annotate(score=score).values("score").query)

    table = SQLiteFTSIndexEntry._meta.db_table
    assert f"bm25({table})" in sql
    assert f"bm25({table}," not in sql


def test_modelsearch_still_has_no_prefix_query_for_a_search(zanzibar_pages):
    """character_prefix: only autocomplete matches the start of a word; a search needs the
    whole word, and modelsearch.query has no node that asks for a prefix."""
    backend = stock_backend()
    query_classes = {
        name
        for name, value in vars(search_query).items()
        if isinstance(value, type) and issubclass(value, search_query.SearchQuery)
    }

    assert list(backend.search("zanzib", Page.objects.all())) == []
    assert len(backend.autocomplete("zanzib", Page.objects.all())) == 3
    assert query_classes == {
        "SearchQuery",
        "PlainText",
        "Phrase",
        "Fuzzy",
        "MatchAll",
        "Boost",
        "And",
        "Or",
        "Not",
    }


def overridden_methods():
    """(modelsearch class, our class, method) for each method search/upstream/ overrides."""
    if SQLITE:
        from modelsearch.backends.database.sqlite.sqlite import (
            SQLiteSearchQueryCompiler,
            SQLiteSearchResults,
        )

        from search.upstream.character_prefix import SQLiteCharacterPrefix
        from search.upstream.sqlite_ranking import RankedSQLiteQueryCompiler, RankedSQLiteResults

        return [
            (SQLiteSearchQueryCompiler, RankedSQLiteQueryCompiler, "_build_rank_expression"),
            (SQLiteSearchQueryCompiler, RankedSQLiteQueryCompiler, "search"),
            (SQLiteSearchResults, RankedSQLiteResults, "_do_count"),
            (SQLiteSearchQueryCompiler, SQLiteCharacterPrefix, "build_search_query_content"),
        ]
    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )

    from search.upstream.character_prefix import PostgresCharacterPrefix
    from search.upstream.postgres_ranking import RankedPostgresQueryCompiler, RankedPostgresResults

    return [
        (PostgresSearchQueryCompiler, RankedPostgresQueryCompiler, "search"),
        (PostgresSearchResults, RankedPostgresResults, "_do_count"),
        (PostgresSearchQueryCompiler, PostgresCharacterPrefix, "build_tsquery_content"),
    ]


def test_the_methods_we_override_keep_their_signatures():
    for stock, ours, name in overridden_methods():
        stock_method = getattr(stock, name)
        assert stock_method.__qualname__ == f"{stock.__name__}.{name}", (
            f"{stock.__name__}.{name} is no longer defined there"
        )
        assert inspect.signature(stock_method) == inspect.signature(getattr(ours, name)), (
            f"{stock.__name__}.{name} changed its signature"
        )


def test_the_methods_we_call_keep_their_signatures():
    """The ranking compilers call these from their overrides."""
    stock = overridden_methods()[0][0]

    assert list(inspect.signature(stock.get_config).parameters) == ["self", "backend"]
    if SQLITE:
        assert list(inspect.signature(stock.build_search_query).parameters) == [
            "self",
            "query",
            "config",
        ]
        assert stock.FTS_TABLE_FIELDS == ["title", "body"]
    else:
        assert list(inspect.signature(stock.build_tsquery).parameters) == [
            "self",
            "query",
            "config",
        ]
        assert list(inspect.signature(stock._build_rank_expression).parameters) == [
            "self",
            "vectors",
            "config",
        ]
        assert stock.get_index_vectors(None, None)[1][0] == F("index_entries__body")


def test_our_backend_is_built_from_the_workarounds():
    backend = SearchBackend({})
    for _stock, ours, name in overridden_methods():
        used_by = backend.results_class if name == "_do_count" else backend.query_compiler_class
        assert issubclass(used_by, ours), f"{ours.__name__} is not part of the backend"

"""A one-character Japanese query matches every indexed bigram that starts with it.

Upstream: modelsearch 1.3.2 builds the database query from each query node in
`backends/database/sqlite/sqlite.py`, `SQLiteSearchQueryCompiler.build_search_query_content()`,
and `backends/database/postgres/postgres.py`,
`PostgresSearchQueryCompiler.build_tsquery_content()`. Neither offers a prefix query for a
search (only autocomplete makes its last term a prefix, `LAST_TERM_IS_PREFIX`), and
`modelsearch.query` has no query class for one. Text is indexed as character bigrams
(search/text.py), so the 柏 of 柏市 is indexed only inside the pair 柏市:
`search.query.japanese_query` turns a one-character term into a `CharacterPrefix` node,
which these mixins build as the prefix lexeme 柏* (SQLite FTS5) or 柏:* (PostgreSQL); every
other node goes to modelsearch unchanged.
By design upstream (a search matches whole words): https://github.com/wagtail/wagtail/pull/9591

Written for modelsearch 1.3.2 under Wagtail 8.0.1. Delete this module, and build the query
with modelsearch's own node, if modelsearch gains a prefix query for searches;
`tests/search/test_upstream.py::test_modelsearch_still_has_no_prefix_query_for_a_search`
fails when it does, and
`tests/search/test_upstream.py::test_the_methods_we_override_keep_their_signatures`
when the methods change.
"""

from search.query import CharacterPrefix

# Each mixin imports its database's modelsearch module inside the method: the SQLite one can
# only be imported on SQLite, where modelsearch defines the model of its full-text table.


class SQLiteCharacterPrefix:
    """Mixed into the SQLite search and autocomplete query compilers."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, CharacterPrefix):
            from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression

            lexeme = Lexeme(query.query_string, prefix=True)
            return SearchQueryExpression(lexeme, config=config)
        return super().build_search_query_content(query, config=config)


class PostgresCharacterPrefix:
    """Mixed into the PostgreSQL search and autocomplete query compilers."""

    def build_tsquery_content(self, query, config=None, invert=False):
        if isinstance(query, CharacterPrefix):
            from django.contrib.postgres.search import SearchQuery

            from modelsearch.backends.database.postgres.query import Lexeme

            lexeme = Lexeme(query.query_string, invert=invert, prefix=True)
            return SearchQuery(lexeme, search_type="raw", config=config)
        return super().build_tsquery_content(query, config=config, invert=invert)

"""PostgreSQL search results ranked once for both the count and the page shown.

Upstream: modelsearch 1.3.2, `backends/database/postgres/postgres.py`:
`PostgresSearchResults._do_count()` counts by running `PostgresSearchQueryCompiler.search()`'s
query again, so a search view scans and scores the index twice, once to count and once for the
page of results (about 10 ms each for a word on 800 of 2,400 pages in bench/search_benchmark.py).
Here the compiler ranks the matches once and keeps their ids; the count is their number and the
page shown is fetched by id in that order. Queries that are not ranked (negated, match-all,
fuzzy, autocomplete, or with a score field asked for) go to modelsearch unchanged.

Written for modelsearch 1.3.2 under Wagtail 8.0.1. Delete this module if modelsearch counts
and fetches a page of ranked results from one scan;
`tests/search/test_upstream.py::test_modelsearch_still_reads_the_index_again_for_count_and_page`
fails when it does, and
`tests/search/test_upstream.py::test_the_methods_we_override_keep_their_signatures` when the
methods change.
"""

from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)

from search.backend import RANKABLE, in_rank_order


class RankedPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
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


class RankedPostgresResults(PostgresSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if isinstance(compiler, RankedPostgresQueryCompiler) and compiler.ranks():
            return len(compiler.ranked_pks(compiler.get_config(self.backend), self.backend))
        return super()._do_count()

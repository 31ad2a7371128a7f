"""SQLite search results ranked once, in one pass over the full-text index, title first.

Upstream: modelsearch 1.3.2, `backends/database/sqlite/sqlite.py`:

- `SQLiteSearchQueryCompiler._build_rank_expression()` scores a row with FTS5's `bm25()` over
  all its columns alike (the title's boost multiplies the same score), so a page that mentions
  姉妹都市 in passing ranks with one titled 姉妹都市・友好都市. `WeightedBM25` weighs the title
  column `TITLE_WEIGHT` times the body.
- `SQLiteSearchQueryCompiler.search()` orders by relevance through a correlated subquery that
  runs the FTS query again for every result row (added in
  https://github.com/wagtail/django-modelsearch/pull/85), and `SQLiteSearchResults._do_count()`
  runs the whole search once more to count: 1.2 s for a word on 730 of 2,000 pages in
  bench/search_benchmark.py. Here the index is read once, ordered by score; the count and the
  page shown both come from that list.

Queries that are not ranked (negated, match-all, autocomplete, or with a score field asked
for) go to modelsearch unchanged, with the weighted score.

Written for modelsearch 1.3.2 under Wagtail 8.0.1. Delete this module if modelsearch weights
the FTS5 columns and ranks without a per-row subquery;
`tests/search/test_upstream.py::test_modelsearch_still_reads_the_index_again_for_count_and_page`
and `tests/search/test_upstream.py::test_the_fts5_columns_are_still_autocomplete_body_title`
fail when its behaviour changes,
`tests/search/test_upstream.py::test_the_methods_we_override_keep_their_signatures` when the
methods do.
"""

from django.db.models import FloatField, Func, IntegerField
from django.db.models.functions import Cast

from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
from modelsearch.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchQueryCompiler,
    SQLiteSearchResults,
)
from modelsearch.utils import get_descendants_content_types_pks

from search.query import RANKABLE, in_rank_order, named_first

# How much more a match in a title counts than one in the body (PostgreSQL ranks the title by
# Wagtail's boost, which already puts it first in our measurements).
TITLE_WEIGHT = 10.0


class WeightedBM25(Func):
    """FTS5's bm25 with the title column weighted well above the body.

    The weights follow the columns of modelsearch's FTS5 table: autocomplete, body, title.
    """

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        return f"bm25({SQLiteFTSIndexEntry._meta.db_table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class RankedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    def _build_rank_expression(self, vectors, config):
        return WeightedBM25()

    def search(self, config, start, stop, score_field=None):
        """Ranks every match in one pass over the index, then fetches only the page shown."""
        query = normalize(self.query)
        if score_field or not self._ranks(query):
            return super().search(config, start, stop, score_field=score_field)
        return in_rank_order(self.queryset, self._ranked_visible_pks(query, config)[start:stop])

    def ranked_count(self, config):
        """The number of results when ranked here (no query), or None for modelsearch's path."""
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
                .annotate(
                    score=WeightedBM25(),
                    object_pk=Cast("index_entry__object_id", IntegerField()),
                )
                .annotate(named=named_first(self.query, "object_pk"))
                .order_by("named", "score")
                .values_list("object_pk", flat=True)
            )
            ranked = list(matches)
            visible = set(self.queryset.filter(pk__in=ranked).values_list("pk", flat=True))
            self._ranked_visible = [pk for pk in ranked if pk in visible]
        return self._ranked_visible


class RankedSQLiteResults(SQLiteSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if isinstance(compiler, RankedSQLiteQueryCompiler):  # not autocomplete
            count = compiler.ranked_count(compiler.get_config(self.backend))
            if count is not None:
                return count
        return super()._do_count()

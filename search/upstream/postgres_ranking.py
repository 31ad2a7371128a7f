"""PostgreSQL search results ranked once for both the count and the page shown, matched
without a join no index serves.

Upstream: modelsearch 1.3.2, `backends/database/postgres/postgres.py`:
- `PostgresSearchResults._do_count()` counts by running `PostgresSearchQueryCompiler.search()`'s
  query again, so a search view scans and scores the index twice, once to count and once for
  the page of results. Here the compiler ranks the matches once and keeps their ids; the count
  is their number and the page shown is fetched by id in that order.
- `search()` joins each object to its index entry on `entry.object_id = object.pk::varchar` and
  matches `title || body`. No index serves that join: when the planner guesses that a phrase
  of several bigrams matches one row, it compares every match with every page (0.3 s for
  ホストファミリー on 730 of 2,000 pages in bench/search_benchmark.py). And the joined vector
  is built for every entry. Here the matching entries are found first, matched column by
  column with the same ranking, and each finds its page through the primary key.
Queries that are not ranked (negated, match-all, fuzzy, autocomplete, on named fields, or with
a score field asked for) go to modelsearch unchanged.

Written for modelsearch 1.3.2 under Wagtail 8.0.1. Delete this module if modelsearch counts
and fetches a page of ranked results from one scan, by a join on the object's own key;
`tests/search/test_upstream.py::test_modelsearch_still_reads_the_index_again_for_count_and_page`
fails when it does, and
`tests/search/test_upstream.py::test_the_methods_we_override_keep_their_signatures` and
`test_the_methods_we_call_keep_their_signatures` when the methods change.
"""

import functools
import operator

from django.db.models import F, IntegerField, Q
from django.db.models.functions import Cast

from modelsearch.backends.database.postgres.postgres import (
    IndexEntry,
    PostgresSearchQueryCompiler,
    PostgresSearchResults,
)
from modelsearch.query import And, Not, Or, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.query import RANKABLE, in_rank_order, named_first


class RankedPostgresQueryCompiler(PostgresSearchQueryCompiler):
    def search(self, config, start, stop, score_field=None, backend=None):
        if score_field or not self.ranks():
            return super().search(config, start, stop, score_field, backend)
        return in_rank_order(self.queryset, self.ranked_pks(config, backend)[start:stop])

    def ranks(self):
        # With `fields`, modelsearch matches the model's own columns, not the index entries.
        return (
            self.order_by_relevance
            and isinstance(self.query, RANKABLE)
            and self.fields is None
            and _has_integer_key(self.queryset.model)
        )

    def ranked_pks(self, config, backend):
        if not hasattr(self, "_ranked_pks"):
            ranked = self.ranked_entries(config).values_list("object_pk", flat=True)
            self._ranked_pks = list(ranked)
        return self._ranked_pks

    def ranked_entries(self, config):
        """The matching index entries of the queryset's objects, best first, each with its
        object's key as `object_pk`: the same match and ranking as modelsearch's search().

        modelsearch joins each object to its entry on `entry.object_id = object.pk::varchar`,
        which no index serves. The planner guesses that a phrase of several bigrams matches
        one row, picks a nested loop on that cast, and compares every match with every page
        (0.3 s for ホストファミリー on 730 of 2,000 pages). Here the entry's id is cast to the
        object's integer key, so each match finds its object through the primary key.
        """
        vectors = [(F("title"), F("title_norm")), (F("body"), 1.0)]
        rank = self._build_rank_expression(vectors, config)
        return (
            IndexEntry._default_manager.filter(
                self.matches(self.query, config),
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
            )
            .annotate(object_pk=Cast("object_id", IntegerField()))
            .filter(object_pk__in=self.queryset.order_by().values("pk"))
            .annotate(named=named_first(self.query, "object_pk"))
            .order_by("named", rank.desc(), "-object_pk")
        )

    def matches(self, query, config):
        """Entries whose title or body matches `query`, as modelsearch's match against the
        two joined into one vector (`title || body`), which has to be built for every entry
        (a third of the time of a search). A phrase must lie within the title or the body,
        rather than run from the end of one into the other."""
        if isinstance(query, (And, Or)):
            combine = operator.and_ if isinstance(query, And) else operator.or_
            return functools.reduce(combine, (self.matches(q, config) for q in query.subqueries))
        if isinstance(query, Not):
            return ~self.matches(query.subquery, config)
        if isinstance(query, PlainText) and len(query.query_string.split()) > 1:
            # Several words may be split between the title and the body.
            return Q(pk__in=self.entries_matching_joined(query, config))
        search_query = self.build_tsquery(query, config=config)
        return Q(title=search_query) | Q(body=search_query)

    def entries_matching_joined(self, query, config):
        return (
            IndexEntry._default_manager.annotate(
                _vector_=F("title")._combine(F("body"), "||", False)
            )
            .filter(_vector_=self.build_tsquery(query, config=config))
            .values("pk")
        )


def _has_integer_key(model):
    """Whether the model's key is an integer, its own or (a page type's) its parent's."""
    key = model._meta.pk
    while key.is_relation:
        key = key.target_field
    return isinstance(key, IntegerField)


class RankedPostgresResults(PostgresSearchResults):
    def _do_count(self):
        compiler = self.query_compiler
        if isinstance(compiler, RankedPostgresQueryCompiler) and compiler.ranks():
            return len(compiler.ranked_pks(compiler.get_config(self.backend), self.backend))
        return super()._do_count()

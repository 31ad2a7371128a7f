"""Search benchmark: index and query 2,000 extra pages with the Japanese-aware backend.

    .venv/bin/python bench/search_benchmark.py            # SQLite file in /tmp
    createdb -h 127.0.0.1 -U postgres kira_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kira_bench \
        .venv/bin/python bench/search_benchmark.py

It builds a fresh database (the demo content plus 1,000 news pages per language, with Japanese
and English text drawn from the association's vocabulary), analyses it as PostgreSQL's
autovacuum would, then reports: the time to rebuild the whole index, the time one page's save
spends indexing, the size of the index, and for each query the median and 95th-percentile time
of the public search view with the production settings, two ways: *a new query* (what a
visitor waits for when the results are not kept yet: the search address is renewed before each
request, as a publish renews it, so the results are searched and counted again, while the ten
shown come from the results kept per page, search/results.py, and the page around them from the
fragment cache), and *cold* (nothing cached at all).
"""

import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.render_cost import configure  # noqa: E402

DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:////tmp/kira-search-bench.sqlite3")

PAGES_PER_LANGUAGE = 1_000
FOUND = re.compile(r'id="search-results">(\d+)')
RUNS = 30
QUERIES = {
    "ja": ["承徳", "ホストファミリー", "派遣", "トーランス", "姉妹都市", "柏", "青少年派遣団 報告"],
    "en": ["Torrance", "host families", "delegation", "Chengde sister city"],
}
JAPANESE_WORDS = [
    *("柏市", "トーランス", "承徳", "グアム", "キャムデン", "姉妹都市", "友好都市", "青少年"),
    *("派遣団", "ホストファミリー", "募集", "説明会", "帰国報告会", "国際交流", "市民ツアー"),
    *("記念式典", "交流事業", "参加者", "引率者", "中学生", "高校生", "ホームステイ"),
]
ENGLISH_WORDS = [
    *("Kashiwa", "Torrance", "Chengde", "Guam", "Camden", "sister", "city", "friendship"),
    *("youth", "delegation", "host", "family", "briefing", "session", "return", "report"),
    *("exchange", "citizens", "tour", "ceremony", "students", "homestay", "leader"),
]


def sentence(words, rng, joiner):
    return joiner.join(rng.choice(words) for _ in range(rng.randint(6, 14)))


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def main():
    configure(Path(tempfile.mkdtemp(prefix="kira-search-")), DATABASE_URL)

    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings

    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    from home.models import HomePage
    from news.models import NewsPage

    database = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        Path(database["NAME"]).unlink(missing_ok=True)
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("load_demo_content", verbosity=0)
    rng = random.Random(2026)
    started = time.perf_counter()
    for home in HomePage.objects.all():
        language = home.locale.language_code
        words, joiner = (JAPANESE_WORDS, "") if language == "ja" else (ENGLISH_WORDS, " ")
        news_index = home.get_children().get(slug="news")
        for number in range(PAGES_PER_LANGUAGE):
            news_index.add_child(
                instance=NewsPage(
                    title=f"{sentence(words, rng, joiner)[:60]} {number}",
                    slug=f"bench-{number}",
                    date="2026-11-01",
                    category="announcement",
                    lead=sentence(words, rng, joiner),
                    body=[("paragraph", f"<p>{sentence(words, rng, joiner)}</p>")] * 3,
                )
            )
    created = time.perf_counter() - started
    pages = Page.objects.filter(depth__gt=1).count()

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    rebuild = time.perf_counter() - started
    if connection.vendor == "postgresql":
        # The planner's statistics, as autovacuum keeps them after a day of publishing.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    page = NewsPage.objects.filter(slug="bench-1").first()
    samples = []
    for _ in range(RUNS):
        begin = time.perf_counter()
        page.save()
        samples.append(time.perf_counter() - begin)
    save_with_index = statistics.median(samples)

    table = IndexEntry._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                f"SELECT SUM(LENGTH(title) + LENGTH(body) + LENGTH(autocomplete)) FROM {table}"
            )
        else:
            cursor.execute(f"SELECT pg_total_relation_size('{table}')")
        index_bytes = cursor.fetchone()[0]

    client = Client(HTTP_HOST="127.0.0.1")
    print(f"## Search benchmark ({connection.vendor}, {pages:,} pages)")
    print()
    size_kind = "text stored" if connection.vendor == "sqlite" else "table and indexes"
    print(f"- creating {2 * PAGES_PER_LANGUAGE:,} pages, indexed as saved: {created:.1f} s")
    print(f"- rebuilding the whole index (`update_index`): {rebuild:.1f} s")
    print(f"- one page save with its re-indexing, median: {save_with_index * 1000:.1f} ms")
    print(f"- index size ({size_kind}): {index_bytes / 1_000_000:.1f} MB")
    print()
    print(
        "| language | query | results | new query: median ms | p95 ms | cold: median ms | p95 ms |"
    )
    print("|---|---|---:|---:|---:|---:|---:|")
    for language, queries in QUERIES.items():
        for query in queries:
            url = f"/{language}/search/"
            # Never the page cache: a search it keeps costs what any cached page costs.
            with override_settings(PAGE_CACHE_TIMEOUT=0):
                found, new_query = timed(client, url, query, renew=url)
            with override_settings(PAGE_CACHE_TIMEOUT=0, FRAGMENT_CACHE_TIMEOUT=0):
                _found, cold = timed(client, url, query)
            print(
                f"| {language} | {query} | {found:,} | {statistics.median(new_query):.1f} "
                f"| {percentile(new_query, 0.95):.1f} | {statistics.median(cold):.1f} "
                f"| {percentile(cold, 0.95):.1f} |"
            )


def timed(client, url, query, renew=None):
    """The number of results, and the time of each of RUNS requests in ms; with `renew`, that
    address is renewed (not timed) before each request, as a publish renews it."""
    from caching.pages import invalidate_addresses

    client.get(url, {"q": query})
    samples = []
    for _ in range(RUNS):
        if renew:
            invalidate_addresses([renew])
        begin = time.perf_counter()
        response = client.get(url, {"q": query})
        samples.append((time.perf_counter() - begin) * 1000)
        assert response.status_code == 200
    return int(FOUND.search(response.content.decode()).group(1)), samples


if __name__ == "__main__":
    main()

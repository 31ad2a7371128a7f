"""What each public page costs to serve in CPU, in one process, and what one publish leaves
cached.

    .venv/bin/python bench/render_cost.py [--requests 200]

Builds a SQLite database with the demo content in a temporary directory and serves it through
Django's test client with `kirasite.settings.production` (caches in local memory, so that the
figures are Python's own and not Redis's). For the trivial /healthz view (the floor) and each
page type it counts SQL queries and takes the CPU time (`time.process_time`) of `--requests`
requests, in rounds that take every page in turn after a warm-up (the least of the rounds'
medians), in three modes: "cached" (a page-cache hit), "rendered" (page
cache off, fragments warm: what a missed page costs) and "cold" (nothing cached). It does so
with the demo content and again with ten times as many news pages and events. Then it warms
every page, publishes one news article, and counts how many pages are still served from the
page cache. Prints a Markdown report; `--write` also puts it in docs/render-cost.md, `--json`
the figures in a file (bench/performance.py).
"""

import argparse
import datetime
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGETS_MS = {"search": 10.0}
TARGET_MS = 5.0
MAX_QUERIES = 12
PAGES = {
    "home": "/ja/",
    "city": "/ja/cities/torrance/",
    "history": "/ja/cities/torrance/history/",
    "interview": "/ja/cities/torrance/2025-adult-leader-interview/",
    "delegation report": "/ja/cities/chengde/16th-kashiwa-delegation/",
    "news list": "/ja/news/",
    "news article": "/ja/news/torrance-50th-anniversary/",
    "recruitment notice": "/ja/news/16th-chengde-youth-delegates/",
    "events": "/ja/news/events/",
    "search": "/ja/search/?q=%E6%89%BF%E5%BE%B3",
    "feed": "/ja/news/feed/",
    "sitemap": "/sitemap.xml",
    "english city": "/en/cities/torrance/",
    "english article": "/en/news/torrance-50th-anniversary/",
}
FLOOR = "/healthz"
PUBLISHED = "torrance-50th-anniversary"
MODES = {"cached": (300, 3600), "rendered": (0, 3600), "cold": (0, 0)}


def configure(directory, database_url=None):
    """The production settings in one process, with files in `directory`, caches in local
    memory and the database at `database_url` (a SQLite file in `directory` by default)."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="kirasite.settings.production",
        SECRET_KEY="bench-" + uuid.uuid4().hex * 2,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url or f"sqlite:///{directory / 'db.sqlite3'}",
        EMAIL_URL="dummy://",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(directory / "static"),
        MEDIA_ROOT=str(directory / "media"),
        PAGE_CACHE_DIR=str(directory / "page-cache"),
        LOG_LEVEL="WARNING",
    )
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()


def build_site():
    from django.core.management import call_command

    for command, options in (
        ("migrate", {"interactive": False}),
        ("load_demo_content", {}),
        ("collectstatic", {"interactive": False}),
    ):
        call_command(command, verbosity=0, **options)


def grow_tenfold():
    """Nine more news pages and events for each one the demo has, in each language."""
    from django.utils import timezone

    from news.models import EventPage, NewsIndexPage, NewsPage

    words = [
        "柏市",
        "トーランス",
        "承徳",
        "グアム",
        "姉妹都市",
        "青少年",
        "派遣団",
        "ホストファミリー",
        "募集",
        "交流",
    ]
    for index in NewsIndexPage.objects.all():
        news = NewsPage.objects.child_of(index).count()
        events = EventPage.objects.child_of(index).count()
        for number in range(news * 9):
            text = " ".join(words[(number + k) % len(words)] for k in range(8))
            index.add_child(
                instance=NewsPage(
                    title=f"{text[:30]} {number}",
                    slug=f"bench-news-{number}",
                    date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
                    category="announcement",
                    lead=text,
                    body=[("paragraph", f"<p>{text}</p>")],
                )
            )
        for number in range(events * 9):
            index.add_child(
                instance=EventPage(
                    title=f"催し {number}",
                    slug=f"bench-event-{number}",
                    start=timezone.now() + datetime.timedelta(days=number - events * 4),
                    venue_name="パレット柏",
                    summary="交流会",
                )
            )


def clear_caches():
    from django.core.cache import caches

    from caching.fragments import _in_process

    for alias in ("default", "pages", "rendered"):
        caches[alias].clear()
    _in_process.clear()


ROUNDS = 10


def count_queries(client, path):
    from django.db import connection

    for _warm_up in range(5):
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(path)
    return len(queries)


def cpu_ms(client, path, requests):
    times = []
    for _request in range(requests):
        started = time.process_time()
        client.get(path)
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def measure(requests):
    """Each page's queries, and its CPU time in rounds that take every page in turn: the
    least of the rounds' medians, so that a stretch of time when the machine is busy with
    something else slows no page more than another."""
    from django.test import Client
    from django.test.utils import override_settings

    client = Client(HTTP_HOST="127.0.0.1")
    pages = {"floor": FLOOR, **PAGES}
    per_round = max(requests // ROUNDS, 1)
    results = {}
    for mode, (page_cache, fragments) in MODES.items():
        with override_settings(PAGE_CACHE_TIMEOUT=page_cache, FRAGMENT_CACHE_TIMEOUT=fragments):
            clear_caches()
            queries = {name: count_queries(client, path) for name, path in pages.items()}
            rounds = {name: [] for name in pages}
            for _round in range(ROUNDS):
                for name, path in pages.items():
                    rounds[name].append(cpu_ms(client, path, per_round))
            results[mode] = {
                name: {"ms": min(rounds[name]), "queries": queries[name]} for name in pages
            }
    return results


def hits_after_one_publish():
    from django.test import Client
    from django.test.utils import override_settings

    from news.models import NewsPage

    client = Client(HTTP_HOST="127.0.0.1")
    with override_settings(PAGE_CACHE_TIMEOUT=300, FRAGMENT_CACHE_TIMEOUT=3600):
        clear_caches()
        for path in PAGES.values():
            client.get(path)
        article = NewsPage.objects.get(slug=PUBLISHED, locale__language_code="ja")
        article.save_revision().publish()
        return {name: client.get(path).get("X-Page-Cache") == "hit" for name, path in PAGES.items()}


def meets_targets(name, small, large):
    """At most the target CPU and queries when rendered, neither growing with the content."""
    rendered, grown = small["rendered"][name], large["rendered"][name]
    return (
        max(rendered["ms"], grown["ms"]) <= TARGETS_MS.get(name, TARGET_MS)
        and grown["queries"] <= max(rendered["queries"], MAX_QUERIES)
        and grown["queries"] <= MAX_QUERIES
    )


def report(small, large, still_cached, requests):
    lines = [
        "# What a page costs to serve",
        "",
        f"Measured by `bench/render_cost.py` on {datetime.date.today():%Y-%m-%d}: Django's test "
        "client in one process, `kirasite.settings.production`, SQLite, caches in local memory, "
        f"the demo content; CPU milliseconds per request ({requests} requests in {ROUNDS} "
        "rounds that take every page in turn after a warm-up; the least of the rounds' medians), "
        "and SQL queries per request. *Rendered* is the page cache missed with the fragments warm; "
        "*cold* has nothing cached. The second figure in each rendered cell is with ten times the "
        "news pages and events.",
        "",
        "| page | cached ms | rendered ms (demo → ×10) | queries (demo → ×10) | cold ms "
        "| cold queries | meets targets |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name in ["floor", *PAGES]:
        cached, rendered, cold = (small[mode][name] for mode in MODES)
        grown = large["rendered"][name]
        ok = meets_targets(name, small, large)
        lines.append(
            f"| {name} | {cached['ms']:.1f} | {rendered['ms']:.1f} → {grown['ms']:.1f} "
            f"| {rendered['queries']} → {grown['queries']} | {cold['ms']:.1f} "
            f"| {cold['queries']} | {'yes' if ok else '**no**'} |"
        )
    kept = [name for name, hit in still_cached.items() if hit]
    renewed = [name for name, hit in still_cached.items() if not hit]
    lines += [
        "",
        f"Targets: rendered at most {TARGET_MS:g} ms (search {TARGETS_MS['search']:g} ms) and at "
        f"most {MAX_QUERIES} queries, neither growing with ten times the content.",
        "",
        f"After one news article is published, {len(kept)} of {len(still_cached)} pages are "
        f"still served from the page cache; renewed: {', '.join(renewed) or 'none'}.",
    ]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--write", action="store_true", help="also write docs/render-cost.md")
    parser.add_argument("--json", type=Path, help="also write the figures there, as JSON")
    arguments = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="kira-render-"))
    configure(directory)
    print("== building the demo site", flush=True)
    build_site()
    print("== measuring with the demo content", flush=True)
    small = measure(arguments.requests)
    still_cached = hits_after_one_publish()
    print("== measuring with ten times the news and events", flush=True)
    grow_tenfold()
    large = measure(arguments.requests)
    text = report(small, large, still_cached, arguments.requests)
    print(text)
    if arguments.write:
        (ROOT / "docs" / "render-cost.md").write_text(text)
    if arguments.json:
        figures = {"small": small, "large": large, "still_cached": still_cached}
        arguments.json.write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()

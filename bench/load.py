"""Load benchmark of the public pages under gunicorn with the production settings.

    .venv/bin/python bench/load.py            # needs PostgreSQL, Redis and Debian's wrk

Builds a fresh PostgreSQL database (the demo content plus a scaled data set), starts gunicorn
with kirasite.settings.production on 127.0.0.1 three times and measures each public page type
with wrk: "cold" with every cache off (each request renders everything from the database),
"uncached" with the whole-page cache off but the shared fragment cache on (routing, menus,
listings: what a page that is rendered actually costs in production), and "cached", each with
the trivial /healthz view under the same server and middleware as the floor. It does this at
two sizes, 100 news pages and 20 events per language, then ten times that (1,000 and 200), and
reports requests/s, p50 and p99 latency, SQL queries per request and peak memory per worker,
plus the admin's explorer, page editor and translation report. The Markdown report is written
to docs/load.md.
"""

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PYTHON = sys.executable
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
DATABASE = "kira_bench_load"
REDIS = os.environ.get("BENCH_REDIS", "redis://127.0.0.1:6379/13")
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = 32
SIZES = [(100, 20), (1_000, 200)]  # news pages and events per language
REPORT = ROOT / "docs" / "load.md"
PAGES = {
    "home": "/ja/",
    "city": "/ja/cities/torrance/",
    "history": "/ja/cities/torrance/history/",
    "interview": "/ja/cities/torrance/2025-adult-leader-interview/",
    "news list": "/ja/news/",
    "news article": "/ja/news/torrance-50th-anniversary/",
    "recruitment notice": "/ja/news/16th-chengde-youth-delegates/",
    "search": "/ja/search/?q=%E6%89%BF%E5%BE%B3",
    "sitemap": "/sitemap.xml",
    "feed": "/ja/news/feed/",
}
FLOOR = "/healthz"


def environment(tmp, database=DATABASE):
    values = {
        name: value for name, value in os.environ.items() if name != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    values.update(
        DJANGO_SETTINGS_MODULE="kirasite.settings.production",
        SECRET_KEY="bench-" + uuid.uuid4().hex * 2,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"{POSTGRES}/{database}",
        REDIS_URL=REDIS,
        # Production refuses to start without somewhere to send mail; the benchmark sends none.
        EMAIL_URL="dummy://",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        LOG_LEVEL="WARNING",
        GUNICORN_MAX_REQUESTS="0",
    )
    return values


def run(command, env, **kwargs):
    return subprocess.run(command, cwd=ROOT, env=env, check=True, **kwargs)


def manage(env, *arguments):
    run([PYTHON, "manage.py", *arguments], env, capture_output=True)


SCALE = """
import datetime
from django.utils import timezone
from news.models import EventPage, NewsIndexPage, NewsPage
words = "柏市 トーランス 承徳 グアム 姉妹都市 青少年 派遣団 ホストファミリー 募集 交流".split()
for index in NewsIndexPage.objects.all():
    have_news = NewsPage.objects.child_of(index).filter(slug__startswith="bench-").count()
    have_events = EventPage.objects.child_of(index).filter(slug__startswith="bench-").count()
    for number in range(have_news, {news}):
        text = " ".join(words[(number + k) % len(words)] for k in range(8))
        index.add_child(instance=NewsPage(
            title=f"{{text[:30]}} {{number}}", slug=f"bench-news-{{number}}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
            category="announcement", lead=text,
            body=[("paragraph", f"<p>{{text}}</p>")]))
    for number in range(have_events, {events}):
        start = timezone.now() + datetime.timedelta(days=number - {events} // 2)
        index.add_child(instance=EventPage(
            title=f"催し {{number}}", slug=f"bench-event-{{number}}", start=start,
            venue_name="パレット柏", summary="交流会"))
"""


def scale_to(env, news, events):
    run([PYTHON, "manage.py", "shell", "-c", SCALE.format(news=news, events=events)], env)
    # As autovacuum would soon after such a load on a live database.
    subprocess.run(["psql", f"{POSTGRES}/{DATABASE}", "-qc", "ANALYZE"], check=True)


QUERIES = """
import json, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.contrib.auth import get_user_model
from wagtail.models import Page
pages = {pages}
result = {{}}
client = Client(HTTP_HOST="127.0.0.1")
for name, url in pages.items():
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    result[name] = len(captured)
admin = get_user_model().objects.filter(is_superuser=True).first()
client.force_login(admin)
news_index = Page.objects.get(slug="news", locale__language_code="ja")
article = Page.objects.get(slug="torrance-50th-anniversary", locale__language_code="ja")
for name, url in {{
    "admin: page explorer (news)": f"/admin/pages/{{news_index.pk}}/",
    "admin: page editor": f"/admin/pages/{{article.pk}}/edit/",
    "admin: translation status": "/admin/reports/translation-status/",
}}.items():
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        began = time.perf_counter()
        response = client.get(url, secure=True)
        elapsed = time.perf_counter() - began
    assert response.status_code == 200, (url, response.status_code)
    result[name] = [len(captured), round(elapsed * 1000)]
print(json.dumps(result))
"""


def query_counts(env):
    output = run(
        [PYTHON, "manage.py", "shell", "-c", QUERIES.format(pages={**PAGES, "floor": FLOOR})],
        {**env, "PAGE_CACHE_TIMEOUT": "0"},
        capture_output=True,
        text=True,
    ).stdout
    import json

    return json.loads(output.strip().splitlines()[-1])


MODES = {  # page cache, fragment cache (seconds; 0 is off)
    "cold": ("0", "0"),
    "uncached": ("0", "3600"),
    "cached": ("300", "3600"),
}


class Server:
    def __init__(self, env, mode):
        self.port = 18000 + list(MODES).index(mode)
        page_cache, fragment_cache = MODES[mode]
        self.env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{self.port}",
            "PAGE_CACHE_TIMEOUT": page_cache,
            "FRAGMENT_CACHE_TIMEOUT": fragment_cache,
        }

    def __enter__(self):
        self.process = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "kirasite.wsgi"],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}{FLOOR}", timeout=1)
                return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("gunicorn did not start")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=15)

    def worker_peak_memory_mb(self):
        children = subprocess.run(
            ["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True
        ).stdout.split()
        peaks = []
        for pid in children:
            peak = re.search(r"VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
            if peak:
                peaks.append(int(peak.group(1)) / 1024)
        return max(peaks, default=0)

    def wrk(self, path):
        url = f"http://127.0.0.1:{self.port}{path}"
        urllib.request.urlopen(url, timeout=10).read()
        return wrk(url)


def wrk(url, connections=CONNECTIONS, duration=DURATION, script=None):
    """Requests/s, p50 and p99 in ms, and the errors of one wrk run."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}", "--latency"]
    output = subprocess.run(
        [*command, *(["-s", str(script)] if script else []), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50": milliseconds(re.search(r"50%\s+([\d.]+\w+)", output).group(1)),
        "p99": milliseconds(re.search(r"99%\s+([\d.]+\w+)", output).group(1)),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def mix_script(paths):
    """A wrk script that asks for each of `paths` in turn."""
    script = Path(tempfile.mkstemp(suffix=".lua")[1])
    quoted = ", ".join(f'"{path}"' for path in paths)
    script.write_text(
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = i % #paths + 1\n"
        "  return wrk.format('GET', paths[i])\n"
        "end\n"
    )
    return script


def milliseconds(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def measure(env):
    results = {"queries": query_counts(env)}
    for mode in MODES:
        with Server(env, mode) as server:
            results[mode] = {name: server.wrk(path) for name, path in PAGES.items()}
            results[mode]["floor"] = server.wrk(FLOOR)
            results[mode]["memory"] = server.worker_peak_memory_mb()
    return results


def verdict(ok):
    return "yes" if ok else "**no**"


def report(results_by_size):
    small, large = results_by_size
    floor = large["uncached"]["floor"]["rps"]
    lines = [
        "# Load under gunicorn",
        "",
        f"Measured by `bench/load.py` on {datetime.date.today():%Y-%m-%d}: gunicorn with "
        "`kirasite.settings.production` on 127.0.0.1 (workers from `gunicorn.conf.py`), "
        f"PostgreSQL and Redis on the same 2-core machine, `wrk -t2 -c{CONNECTIONS} "
        f"-d{DURATION}` per URL. The floor is `/healthz`, a trivial view through the same "
        f"middleware and server: {floor:,.0f} requests/s uncached.",
        "",
        f"Data: demo content plus {SIZES[1][0]:,} news pages and {SIZES[1][1]} events per "
        f'language; "small" is {SIZES[0][0]} and {SIZES[0][1]}. Figures are for the large set.',
        "",
        '"Uncached" is the whole-page cache off with the shared fragment cache on (routing, '
        "menus, trails, listings of other pages; what a page that is rendered costs in "
        'production, and what the targets are measured on). "Cold" has every cache off: each '
        "request renders everything from the database. Queries are counted uncached.",
        "",
        "| page | queries (small → large) | uncached req/s | % of floor | p50 ms | p99 ms "
        "| cached req/s | % of floor | p50 ms | p99 ms | cold req/s | % of floor | meets targets |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name in PAGES:
        uncached, cached, cold = (large[mode][name] for mode in ("uncached", "cached", "cold"))
        cold_share = cold["rps"] / large["cold"]["floor"]["rps"] * 100
        share = uncached["rps"] / floor * 100
        cached_share = cached["rps"] / large["cached"]["floor"]["rps"] * 100
        queries_small, queries_large = small["queries"][name], large["queries"][name]
        minimum = 3 if name in ("search", "sitemap") else 8
        p50_grew = uncached["p50"] > small["uncached"][name]["p50"] * 1.5 + 1
        ok = (
            share >= minimum
            and cached_share >= 60
            and queries_large <= 12
            and queries_large <= queries_small
            and not p50_grew
            and uncached["p99"] < 250
            and cached["p99"] < 250
        )
        lines.append(
            f"| {name} | {queries_small} → {queries_large} | {uncached['rps']:,.0f} "
            f"| {share:.1f} % | {uncached['p50']:.1f} | {uncached['p99']:.1f} "
            f"| {cached['rps']:,.0f} | {cached_share:.0f} % | {cached['p50']:.1f} "
            f"| {cached['p99']:.1f} | {cold['rps']:,.0f} | {cold_share:.1f} % | {verdict(ok)} |"
        )
    errors = sum(
        result["errors"]
        for results in results_by_size
        for mode in MODES
        for result in results[mode].values()
        if isinstance(result, dict)
    )
    lines += [
        "",
        "Peak memory per worker: "
        + ", ".join(f"{large[mode]['memory']:.0f} MB {mode}" for mode in MODES)
        + " (target under 250 MB). "
        f"Non-2xx/3xx responses during all runs: {errors}.",
        "",
        "Targets: every uncached page at least 8 % of the floor (search and sitemap 3 %), every "
        "cached page at least 60 %, at most 12 queries uncached, no growth in queries or p50 "
        "(more than 1.5×) from small to large, p99 under 250 ms at 32 connections.",
        "",
        "| admin view (large data set) | queries | time ms |",
        "|---|---:|---:|",
    ]
    for name, value in large["queries"].items():
        if name.startswith("admin:"):
            lines.append(f"| {name.removeprefix('admin: ')} | {value[0]} | {value[1]} |")
    return "\n".join(lines) + "\n"


def prepare_database(env, database):
    """A fresh PostgreSQL database with the demo content, static files collected, an empty
    Redis database and a superuser `bench`."""
    subprocess.run(["psql", POSTGRES + "/postgres", "-qc", f"DROP DATABASE IF EXISTS {database}"])
    subprocess.run(["psql", POSTGRES + "/postgres", "-qc", f"CREATE DATABASE {database}"])
    subprocess.run(["redis-cli", "-u", REDIS, "flushdb"], capture_output=True)
    for arguments in (
        ["migrate", "--noinput"],
        ["load_demo_content"],
        ["collectstatic", "--noinput"],
    ):
        manage(env, *arguments)
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth.models import User; "
        "User.objects.create_superuser('bench', 'bench@example.jp', 'bench-password-kira')",
    )


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    tmp = Path(tempfile.mkdtemp(prefix="kira-bench-"))
    env = environment(tmp)
    prepare_database(env, DATABASE)
    results = []
    for news, events in SIZES:
        print(f"== {news} news pages and {events} events per language", flush=True)
        scale_to(env, news, events)
        manage(env, "update_index")
        results.append(measure(env))
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(report(results))
    print(REPORT.read_text())


if __name__ == "__main__":
    main()

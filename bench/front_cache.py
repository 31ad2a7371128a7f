"""The front cache (ops/nginx/kira.conf) against the physical limit of the same web server.

    .venv/bin/python bench/front_cache.py      # needs PostgreSQL, Redis, nginx and Debian's wrk

Builds the demo site on PostgreSQL with the production settings, starts gunicorn with its page
and fragment caches on and the shipped nginx in front (tests/support/web_server.py runs it as
the tests do, on free ports of 127.0.0.1), and measures with wrk over HTTPS, for each page type:
the page from the front cache, and a static file of the same bytes served by the same nginx
(the limit). Then a mix of every page at 64 connections, the floor (/healthz, which always
reaches Python), and how many pages are still served from the front cache after one news
article is published through Wagtail (which purges what it changed). Writes
docs/front-cache.md; `--json` also writes the figures to a file (bench/performance.py).
"""

import argparse
import datetime
import json
import os
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# tests/support/ reads the project's directory from the settings; it runs nothing of Django.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kirasite.settings.test")

from bench.load import (  # noqa: E402
    PAGES,
    Server,
    environment,
    manage,
    mix_script,
    prepare_database,
    wrk,
)
from tests.support.web_server import fetch, front_cache_purge_url, nginx  # noqa: E402

DATABASE = "kira_bench_front"
MIX_CONNECTIONS = 64
REPORT = ROOT / "docs" / "front-cache.md"
FLOOR = "/healthz"
PUBLISH_ONE_ARTICLE = (
    "from news.models import NewsPage; "
    "page = NewsPage.objects.get(slug='torrance-50th-anniversary', locale__language_code='ja'); "
    "page.title = page.title + '（更新）'; page.save_revision().publish()"
)


def cache_status(site, tls, path):
    return fetch(site + path, tls)[1].get("X-Front-Cache")


def measure(env, directory):
    env = {**env, "FRONTEND_CACHE_PURGE_URL": front_cache_purge_url()}
    static_copies = Path(env["STATIC_ROOT"]) / "bench"
    static_copies.mkdir(exist_ok=True)
    (directory / "nginx").mkdir()
    results = {"pages": {}}
    with (
        Server(env, "cached") as server,
        nginx(env, f"http://127.0.0.1:{server.port}", directory / "nginx") as (site, _http, tls),
    ):
        for name, path in PAGES.items():
            _status, _headers, body = fetch(site + path, tls)
            assert cache_status(site, tls, path) == "HIT", f"{name} is not served from the cache"
            copy = static_copies / f"{re.sub(r'[^a-z]+', '-', name)}.html"
            copy.write_bytes(body)
            results["pages"][name] = {
                "bytes": len(body),
                "front cache": wrk(site + path),
                "static file": wrk(f"{site}/static/bench/{copy.name}"),
            }
            print(f"   {name}: {results['pages'][name]}", flush=True)
        results["floor"] = wrk(site + FLOOR)
        results["mix"] = wrk(site, MIX_CONNECTIONS, script=mix_script(PAGES.values()))
        for path in PAGES.values():
            fetch(site + path, tls)
        manage(server.env, "shell", "-c", PUBLISH_ONE_ARTICLE)
        results["after publish"] = {
            name: cache_status(site, tls, path) for name, path in PAGES.items()
        }
    return results


def report(results):
    pages = results["pages"]
    lines = [
        "# The front cache",
        "",
        f"Measured by `bench/front_cache.py` on {datetime.date.today():%Y-%m-%d}: the shipped "
        "nginx (`ops/nginx/kira.conf`, one worker process) in front of gunicorn with "
        "`kirasite.settings.production`, PostgreSQL and Redis, all on the same 2-core machine, "
        "over HTTPS with keep-alive, `wrk -t2 -c32 -d10s` per URL (as `bench/load.py`), no "
        "compression asked for. *Static file* is the same bytes as the page, served by the "
        "same nginx from `/static/`: the limit of this web server on this machine. The floor, "
        f"`/healthz`, always reaches Python: {results['floor']['rps']:,.0f} requests/s, "
        f"p99 {results['floor']['p99']:.1f} ms.",
        "",
        "| page | bytes | front cache req/s | p50 ms | p99 ms | static file req/s | p99 ms "
        "| share of the limit | meets target (half) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for name, measured in pages.items():
        front, static = measured["front cache"], measured["static file"]
        share = front["rps"] / static["rps"] * 100
        lines.append(
            f"| {name} | {measured['bytes']:,} | {front['rps']:,.0f} | {front['p50']:.2f} "
            f"| {front['p99']:.2f} | {static['rps']:,.0f} | {static['p99']:.2f} | {share:.0f} % "
            f"| {'yes' if share >= 50 else '**no**'} |"
        )
    mix = results["mix"]
    after = results["after publish"]
    still = [name for name, status in after.items() if status == "HIT"]
    errors = mix["errors"] + sum(
        measured[kind]["errors"]
        for measured in pages.values()
        for kind in measured
        if kind != "bytes"
    )
    shares = [m["front cache"]["rps"] / m["static file"]["rps"] * 100 for m in pages.values()]
    lines += [
        "",
        f"Median share of the limit: {statistics.median(shares):.0f} %. A mix of every page "
        f"above at {MIX_CONNECTIONS} connections: {mix['rps']:,.0f} requests/s, p50 "
        f"{mix['p50']:.2f} ms, p99 {mix['p99']:.2f} ms (target under 250 ms: "
        f"{'yes' if mix['p99'] < 250 else '**no**'}). Non-2xx/3xx responses: {errors}.",
        "",
        f"After one news article is published, {len(still)} of {len(after)} pages are still "
        "served from the front cache; purged: "
        + ", ".join(f"{name} ({status})" for name, status in after.items() if status != "HIT")
        + ".",
    ]
    return "\n".join(lines) + "\n"


def main():
    for program in ("wrk", "/usr/sbin/nginx"):
        if not shutil.which(program):
            sys.exit(f"{program} is missing: apt-get install wrk, then ops/prepare-test-machine.sh")
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, help="also write the figures there, as JSON")
    arguments = parser.parse_args()
    directory = Path(tempfile.mkdtemp(prefix="kira-front-"))
    env = environment(directory, DATABASE)
    prepare_database(env, DATABASE)
    results = measure(env, directory)
    REPORT.write_text(report(results))
    print(REPORT.read_text())
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()

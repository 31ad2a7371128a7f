"""Every page type side by side, from one run on one machine: what the web server reaches with a
static file of the page's bytes, what the front cache reaches with the page, and what the page
costs in Python when it comes from the page cache, when it is rendered (page cache missed,
fragments warm) and when nothing is cached, against the floor (/healthz).

    .venv/bin/python bench/performance.py   # needs PostgreSQL, Redis, nginx and wrk; ~15 min

It runs bench/render_cost.py (CPU per request in one process) and then bench/front_cache.py
(requests/s through nginx), one after the other so that neither slows the other, and writes
docs/performance.md, with the detail of each in docs/render-cost.md and docs/front-cache.md.
"""

import datetime
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.render_cost import MAX_QUERIES, PAGES, TARGET_MS, TARGETS_MS, meets_targets  # noqa: E402

REPORT = ROOT / "docs" / "performance.md"
FRONT_SHARE_TARGET = 50  # per cent of the static file


def run(script, *arguments):
    figures = Path(tempfile.mkstemp(suffix=".json")[1])
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / script), *arguments, "--json", str(figures)],
        check=True,
    )
    return json.loads(figures.read_text())


def report(render, front):
    small, large = render["small"], render["large"]
    pages = front["pages"]
    lines = [
        "# Performance",
        "",
        f"Measured by `bench/performance.py` on {datetime.date.today():%Y-%m-%d}, on one 2-core "
        "machine, in one run:",
        "",
        "- *Static file* and *front cache*: requests/s with `wrk -t2 -c32 -d10s` over HTTPS "
        "with keep-alive, through the shipped nginx (`ops/nginx/kira.conf`) in front of "
        "gunicorn, PostgreSQL and Redis; the static file is the page's own bytes served by the "
        "same nginx, the limit of this web server here ([detail](front-cache.md)).",
        "- *Page cache*, *rendered* and *cold*: CPU milliseconds per request in Python "
        "(Django's test client in one process, `kirasite.settings.production`, SQLite, the "
        "demo content; the least of ten rounds' medians). *Rendered* is the page cache missed "
        "with the fragments warm, what a page costs after its cache entry expires or a publish "
        "renews it; the second figure is with ten times the news pages and events. *Cold* has "
        "nothing cached ([detail](render-cost.md)).",
        "",
        "| page | static file req/s | front cache req/s | share of the static file "
        "| page cache ms | rendered ms (demo → ×10) | rendered queries (demo → ×10) | cold ms "
        "| meets targets |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    floor = front["floor"]
    cached, rendered, cold = (small[mode]["floor"] for mode in ("cached", "rendered", "cold"))
    lines.append(
        f"| floor (`/healthz`, always Python) | — | {floor['rps']:,.0f} | — "
        f"| {cached['ms']:.1f} | {rendered['ms']:.1f} → {large['rendered']['floor']['ms']:.1f} "
        f"| {rendered['queries']} → {large['rendered']['floor']['queries']} | {cold['ms']:.1f} "
        "| — |"
    )
    shares = []
    for name in PAGES:
        cached, rendered, cold = (small[mode][name] for mode in ("cached", "rendered", "cold"))
        grown = large["rendered"][name]
        ok = meets_targets(name, small, large)
        if name in pages:
            static, through = pages[name]["static file"]["rps"], pages[name]["front cache"]["rps"]
            share = through / static * 100
            shares.append(share)
            ok = ok and share >= FRONT_SHARE_TARGET
            front_cells = f"{static:,.0f} | {through:,.0f} | {share:.0f} %"
        else:
            front_cells = "— | — | —"
        lines.append(
            f"| {name} | {front_cells} | {cached['ms']:.1f} "
            f"| {rendered['ms']:.1f} → {grown['ms']:.1f} "
            f"| {rendered['queries']} → {grown['queries']} | {cold['ms']:.1f} "
            f"| {'yes' if ok else '**no**'} |"
        )
    mix = front["mix"]
    render_kept = [name for name, hit in render["still_cached"].items() if hit]
    front_kept = [name for name, status in front["after publish"].items() if status == "HIT"]
    lines += [
        "",
        f"Targets: the front cache at least {FRONT_SHARE_TARGET} % of the static file; rendered "
        f"at most {TARGET_MS:g} ms (search {TARGETS_MS['search']:g} ms) and at most "
        f"{MAX_QUERIES} queries, neither growing with ten times the content; p99 under 250 ms "
        "for a mix of pages at 64 connections.",
        "",
        f"- Front cache: median {statistics.median(shares):.0f} % of the static file. A mix of "
        f"every page at 64 connections: {mix['rps']:,.0f} requests/s, p50 {mix['p50']:.2f} ms, "
        f"p99 {mix['p99']:.2f} ms ({'meets' if mix['p99'] < 250 else '**misses**'} the target).",
        f"- After one news article is published: {len(render_kept)} of "
        f"{len(render['still_cached'])} pages still come from the page cache "
        f"({', '.join(render_kept)}), and {len(front_kept)} of {len(front['after publish'])} "
        f"from the front cache ({', '.join(front_kept)}); the rest were renewed because they "
        "show the article.",
        "- Search on PostgreSQL with 2,000 extra pages is measured by `bench/search_benchmark.py`"
        " ([search.md](search.md#how-search-works)); throughput under gunicorn by mode and at "
        "two data sizes by `bench/load.py` ([load.md](load.md)).",
    ]
    return "\n".join(lines) + "\n"


def main():
    render = run("render_cost.py", "--write")
    front = run("front_cache.py")
    REPORT.write_text(report(render, front))
    print(REPORT.read_text())


if __name__ == "__main__":
    main()

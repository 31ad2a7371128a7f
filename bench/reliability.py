"""Reliability checks against the production server, run by .ci/run after the tests.

    .venv/bin/python bench/reliability.py

1. Load: 60 s of wrk at 64 connections over a mix of public pages: no errors, no 5xx, and the
   workers' memory at the end is within 25 % (or 30 MB) of what it was after warming up.
2. Database restart: PostgreSQL is restarted while a client keeps requesting uncached pages;
   failures may last a few seconds, then every request succeeds again without any restart of
   the app. An editor's save that is in flight during the restart is either saved whole or
   reported as failed, never half-saved.

Exits non-zero, saying why, if any check fails.
"""

import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import Server, environment, manage, mix_script  # noqa: E402

DATABASE = "kira_reliability"
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgres://postgres@127.0.0.1:5432")
MIX = [
    "/ja/",
    "/en/",
    "/ja/cities/",
    "/ja/cities/torrance/",
    "/en/cities/chengde/history/",
    "/ja/news/",
    "/en/news/torrance-50th-anniversary/",
    "/ja/news/16th-chengde-youth-delegates/",
    "/ja/search/?q=%E6%89%BF%E5%BE%B3",
    "/ja/news/feed/",
    "/sitemap.xml",
]
LONGEST_OUTAGE = 15.0  # seconds of failed requests tolerated around a database restart
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message, flush=True)
    if not condition:
        failures.append(message)


def worker_memory_mb(server):
    pids = subprocess.run(
        ["pgrep", "-P", str(server.process.pid)], capture_output=True, text=True
    ).stdout.split()
    total = 0.0
    for pid in pids:
        found = re.search(r"VmRSS:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text())
        total = max(total, int(found.group(1)) / 1024 if found else 0)
    return total


def load_check(server):
    script = mix_script(MIX)
    base = f"http://127.0.0.1:{server.port}"
    subprocess.run(["wrk", "-t2", "-c64", "-d10s", "-s", script, base], capture_output=True)
    warmed = worker_memory_mb(server)
    output = subprocess.run(
        ["wrk", "-t2", "-c64", "-d60s", "-s", script, base],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    after = worker_memory_mb(server)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)
    check(
        not bad,
        f"60 s at 64 connections: {rate} requests/s, non-2xx/3xx: {bad.group(1) if bad else 0}",
    )
    check(
        not socket_errors, f"socket errors: {socket_errors.group(1) if socket_errors else 'none'}"
    )
    check(
        after <= max(warmed * 1.25, warmed + 30),
        f"largest worker {warmed:.0f} MB after warm-up, {after:.0f} MB after 60 s",
    )


def restart_check(server, env):
    url = f"http://127.0.0.1:{server.port}/ja/cities/torrance/"
    results = []
    stop = threading.Event()

    def client():
        while not stop.is_set():
            began = time.monotonic()
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    results.append((began, response.status))
            except urllib.error.HTTPError as error:
                results.append((began, error.code))
            except OSError:
                results.append((began, 0))
            time.sleep(0.05)

    saving = subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "import time\n"
            "from django.db import transaction\n"
            "from news.models import NewsPage\n"
            "page = NewsPage.objects.get(slug='torrance-50th-anniversary', "
            "locale__language_code='ja')\n"
            "with transaction.atomic():\n"
            "    page.title = 'HALF-SAVED?'\n"
            "    page.save_revision()\n"
            "    time.sleep(6)\n"
            "    page.lead = 'SECOND HALF'\n"
            "    page.save_revision().publish()\n",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    thread = threading.Thread(target=client)
    thread.start()
    time.sleep(3)
    cluster = subprocess.run(["ls", "/etc/postgresql"], capture_output=True, text=True)
    restarted_at = time.monotonic()
    subprocess.run(
        [
            "pg_ctlcluster",
            "--skip-systemctl-redirect",
            cluster.stdout.split()[0],
            "main",
            "restart",
        ],
        check=True,
    )
    time.sleep(12)
    stop.set()
    thread.join()
    saved_whole = saving.wait(timeout=60) == 0

    failed = [began for began, status in results if status != 200]
    outage = (max(failed) - min(failed)) if failed else 0.0
    last_failure = max(failed, default=restarted_at)
    after = [status for began, status in results if began > last_failure]
    check(outage <= LONGEST_OUTAGE, f"requests failed for {outage:.1f} s around the restart")
    check(
        len(after) > 20 and all(status == 200 for status in after),
        f"{len(after)} requests after recovery, all served",
    )
    state = (
        subprocess.run(
            [
                sys.executable,
                "manage.py",
                "shell",
                "-c",
                "from news.models import NewsPage\n"
                "from wagtail.models import Revision\n"
                "page = NewsPage.objects.get(slug='torrance-50th-anniversary', "
                "locale__language_code='ja')\n"
                "half = Revision.objects.filter(object_id=str(page.pk), "
                "content__title='HALF-SAVED?').count()\n"
                "print(page.title, '|', page.lead == 'SECOND HALF', '|', half)\n",
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    title, second_half, revisions = (part.strip() for part in state.split("|"))
    if saved_whole:
        check(
            title == "HALF-SAVED?" and second_half == "True",
            "the in-flight save succeeded and is complete",
        )
    else:
        check(
            title != "HALF-SAVED?" and second_half == "False" and revisions == "0",
            "the in-flight save failed and left nothing of itself behind",
        )


def main():
    tmp = Path(tempfile.mkdtemp(prefix="kira-reliability-"))
    env = environment(tmp)
    env["DATABASE_URL"] = f"{POSTGRES}/{DATABASE}"
    subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"])
    subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", f"CREATE DATABASE {DATABASE}"])
    for arguments in (
        ["migrate", "--noinput"],
        ["load_demo_content"],
        ["collectstatic", "--noinput"],
    ):
        manage(env, *arguments)

    print("== load", flush=True)
    with Server(env, "cached") as server:
        load_check(server)
    print("== database restart", flush=True)
    with Server(env, "uncached") as server:
        restart_check(server, env)

    subprocess.run(["psql", f"{POSTGRES}/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE}"])
    if failures:
        sys.exit(f"{len(failures)} reliability check(s) failed")


if __name__ == "__main__":
    main()

"""Lighthouse scores of the public pages, on mobile emulation, in both languages.

    .venv/bin/python bench/lighthouse.py

Installs Lighthouse from the npm registry into bench/node_modules (version pinned in
bench/package.json), builds a fresh demo database in /tmp, serves it on 127.0.0.1 and runs
Lighthouse against Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) for the home
page, a city, a news article and a recruitment notice. Prints a Markdown table of the four
category scores; the full reports are written to .ci/artifacts/lighthouse/.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
REPORTS = ROOT / ".ci" / "artifacts" / "lighthouse"
PORT = 8765
PAGES = {
    "home": "",
    "city": "cities/torrance/",
    "news article": "news/torrance-50th-anniversary/",
    "recruitment notice": "news/16th-chengde-youth-delegates/",
}
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]


def install_lighthouse():
    binary = BENCH / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=BENCH, check=True)
    return binary


def serve_demo_site():
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kirasite.settings.dev",
        "DATABASE_URL": "sqlite:////tmp/kira-lighthouse.sqlite3",
    }
    Path("/tmp/kira-lighthouse.sqlite3").unlink(missing_ok=True)
    for command in (["migrate", "--noinput"], ["load_demo_content"]):
        subprocess.run(
            [PYTHON, "manage.py", *command],
            cwd=ROOT,
            env=environment,
            check=True,
            capture_output=True,
        )
    server = subprocess.Popen(
        [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(60):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/ja/", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.kill()
    sys.exit("The demo site did not start.")


def scores(lighthouse, url, report):
    subprocess.run(
        [
            lighthouse,
            url,
            "--quiet",
            "--form-factor=mobile",
            "--output=json",
            f"--output-path={report}",
            "--chrome-flags=--headless=new --no-sandbox",
        ],
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        check=True,
    )
    categories = json.loads(report.read_text())["categories"]
    return [round(categories[name]["score"] * 100) for name in CATEGORIES]


def main():
    lighthouse = install_lighthouse()
    REPORTS.mkdir(parents=True, exist_ok=True)
    server = serve_demo_site()
    try:
        print("| page | language | performance | accessibility | best practices | SEO |")
        print("|---|---|---:|---:|---:|---:|")
        for name, path in PAGES.items():
            for language in ("ja", "en"):
                report = REPORTS / f"{name.replace(' ', '-')}-{language}.json"
                url = f"http://127.0.0.1:{PORT}/{language}/{path}"
                row = scores(lighthouse, url, report)
                print(f"| {name} | {language} | " + " | ".join(map(str, row)) + " |", flush=True)
    finally:
        server.terminate()


if __name__ == "__main__":
    main()

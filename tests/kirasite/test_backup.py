"""The documented backup and restore (ops/backup.sh, ops/restore.sh) give back the same site."""

import json
import subprocess
import sys

import pytest

from tests.support.processes import ROOT, manage, production_environment, scratch_database

pytestmark = [pytest.mark.service, pytest.mark.xdist_group("production_demo_on_postgres")]

PAGES = [
    f"/{language}/{path}"
    for language in ("ja", "en")
    for path in (
        "",
        "cities/",
        "cities/torrance/",
        "cities/torrance/history/",
        "cities/torrance/2025-adult-leader-interview/",
        "news/",
        "news/torrance-50th-anniversary/",
        "news/16th-chengde-youth-delegates/",
        "news/torrance-host-families-2025/apply/",
        "search/?q=承徳",
    )
]
RENDER = f"""
import json
from django.test import Client
client = Client(HTTP_HOST="127.0.0.1")
pages = {{}}
for url in {PAGES!r}:
    response = client.get(url)
    pages[url] = [response.status_code, response.content.decode()]
print(json.dumps(pages))
"""


def rendered_pages(environment):
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", RENDER],
        cwd=ROOT,
        env={**environment, "PAGE_CACHE_TIMEOUT": "0"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_a_restored_backup_serves_identical_pages_in_both_languages(
    tmp_path, production_demo_on_postgres
):
    # A whole site to back up, in both languages, with its images.
    original = production_demo_on_postgres
    backup = tmp_path / "backup"
    with scratch_database() as restored_url:
        before = rendered_pages(original)

        subprocess.run([ROOT / "ops" / "backup.sh", backup], env=original, check=True)
        restored = production_environment(restored_url, tmp_path / "restored")
        restored["STATIC_ROOT"] = original["STATIC_ROOT"]
        subprocess.run([ROOT / "ops" / "restore.sh", backup], env=restored, check=True)
        manage(restored, "migrate", "--noinput")
        after = rendered_pages(restored)

    assert all(status == 200 for status, _html in before.values())
    assert after == before
    assert (tmp_path / "restored" / "media" / "original_images").is_dir()

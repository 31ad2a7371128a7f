"""The Nu Html Checker (the W3C's validator, run locally) finds no error on any page we serve.

Every live page of the sitemap in both languages, the events list, search results, the 404
page and the application form showing its errors are checked in one run of vnu.jar (one JVM:
it takes seconds to start). The checker is not a Python package: `make test` installs
Debian's `default-jre-headless` and `npm install --prefix .tools vnu-jar`; `VNU_JAR` points
elsewhere if the jar lives elsewhere.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.demo.validators.pages import rendered_pages

REPO = Path(__file__).resolve().parents[3]
DEFAULT_JAR = REPO / ".tools/node_modules/vnu-jar/build/dist/vnu.jar"
INSTALL = (
    "apt-get install -y default-jre-headless && npm install --prefix .tools vnu-jar "
    "(or set VNU_JAR to vnu.jar)"
)


def vnu_command():
    jar = Path(os.environ.get("VNU_JAR", DEFAULT_JAR))
    java = shutil.which("java")
    if not java or not jar.is_file():
        # Never a skip: a missing checker would silently stop checking every page.
        missing = "java" if not java else str(jar)
        pytest.fail(f"Nu Html Checker not runnable ({missing} missing); install: {INSTALL}")
    return [java, "-jar", str(jar), "--format", "json", "--errors-only"]


def nu_errors(pages, directory):
    """{label: [message, ...]} for every page with an error, from a single run of the checker."""
    files = {}
    for number, (label, html) in enumerate(pages.items()):
        path = directory / f"page-{number}.html"
        path.write_text(html, encoding="utf-8")
        files[path.name] = label
    result = subprocess.run(
        [*vnu_command(), *(str(directory / name) for name in files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    # The checker writes its JSON report on stderr, and exits 1 when it found errors.
    report = json.loads(result.stderr)
    errors = {}
    for message in report["messages"]:
        url = message.get("url", "")
        label = files.get(url.rpartition("/")[2], url)
        line = message.get("lastLine", "?")
        errors.setdefault(label, []).append(f"line {line}: {message['message']}")
    return errors


@pytest.mark.java
def test_no_page_has_an_html_error(client, demo, tmp_path):
    pages = rendered_pages(client, demo)
    statuses = {label: status for label, (status, _html) in pages.items()}
    assert all(status in (200, 404) for status in statuses.values()), statuses
    assert sum(status == 404 for status in statuses.values()) == 2  # the 404 page, twice

    errors = nu_errors({label: html for label, (_status, html) in pages.items()}, tmp_path)

    assert not errors, "\n".join(
        f"{label}: {message}" for label, messages in errors.items() for message in messages
    )

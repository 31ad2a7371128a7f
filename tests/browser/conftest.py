"""Real-browser tests: Debian's Chromium driven by Playwright against a live server on 127.0.0.1.

There is no browser download: Chromium comes from the system package. If it is missing the
tests fail loudly rather than skip, so CI never passes without having run them.
"""

import os
from pathlib import Path

import pytest

from django.conf import settings
from django.core.management import call_command

from home.models import HomePage

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(settings.BASE_DIR) / ".ci" / "artifacts"
PHONE = {"width": 375, "height": 812}

# Playwright's synchronous API runs an event loop in this thread; Django would otherwise
# refuse ORM calls from the test body (they are not made from async code).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: install Debian's chromium package.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-background-networking", "--disable-gpu"],
        )
        yield browser
        browser.close()


@pytest.fixture
def live_site(live_server):
    """The demo site behind a live server. Browser tests flush the database when they end."""
    if not HomePage.objects.exists():
        call_command("load_demo_content", verbosity=0)
    return live_server


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport=PHONE, locale="ja-JP", is_mobile=True)
    yield context.new_page()
    context.close()


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def screenshot(page, name):
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)

    return screenshot

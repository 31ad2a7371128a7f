"""Real-browser tests: Debian's Chromium driven by Playwright against a live server on 127.0.0.1.

There is no browser download: Chromium comes from the system package. If it is missing the
tests fail loudly rather than skip, so CI never passes without having run them.
"""

import os
from importlib import import_module
from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage
from home.roles import create_roles

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


# Permissions that Wagtail's and wagtail-localize's migrations create on model-less content types.
MIGRATION_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]


def restore_migration_data():
    """What migrations put into an empty database, for after a browser test's flush."""
    # Content types were emptied too; the cached ones point at rows that are gone.
    ContentType.objects.clear_cache()
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for app_label, model, codename, name in MIGRATION_PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
    create_roles()
    import_module("home.migrations.0004_moderation_workflow").configure_workflow(apps, None)


@pytest.fixture
def live_site(live_server):
    """The demo site behind a live server.

    Browser tests commit for real, so each ends by emptying the database; the next one
    puts back the migrations' data and the demo content.
    """
    if not Locale.objects.exists():
        restore_migration_data()
    if not HomePage.objects.exists():
        call_command("load_demo_content", verbosity=0)
    Site.clear_site_root_paths_cache()
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

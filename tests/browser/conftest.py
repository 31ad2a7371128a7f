"""Real-browser tests: Debian's Chromium driven by Playwright against a live server on 127.0.0.1.

There is no browser download: Chromium comes from the system package. If it is missing the
tests fail loudly rather than skip, so CI never passes without having run them.
"""

import datetime
import os
import sqlite3
from importlib import import_module
from pathlib import Path

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.contrib.forms.utils import get_form_types
from wagtail.models import Collection, Locale, Page, Site
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from accounts.roles import create_roles
from cities.models import CityPage
from core.models import GlossaryTerm
from news.models import NewsIndexPage, RecruitmentPage
from tests.browser.helpers import english_on_screen
from tests.support.demo import has_demo_content, replace_with_demo_content

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


ROOT_TITLE = import_module("adminsite.migrations.0001_root_page_title").ROOT_TITLE
# Permissions that Wagtail's and wagtail-localize's migrations create on model-less content types.
MIGRATION_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]


def restore_migration_data():
    """What migrations put into an empty database, for after a browser test's flush."""
    # Content types were emptied too; the cached ones point at rows that are gone (Wagtail
    # keeps the form pages' own in an lru_cache: the forms listing would find none).
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title=ROOT_TITLE, slug="root"))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for app_label, model, codename, name in MIGRATION_PERMISSIONS:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
    create_roles()
    import_module("home.migrations.0004_moderation_workflow").configure_workflow(apps, None)
    import_module("home.migrations.0008_staff_names_in_japanese").rename_for_staff(apps, None)
    import_module("core.migrations.0004_glossary_terms").add_terms(apps, None)


class DemoSnapshot:
    """The whole database with the demo content, kept aside on SQLite with its backup API
    (copying it back takes milliseconds; building the demo again takes ten seconds)."""

    def __init__(self):
        self.copy = None

    def available(self):
        return connection.vendor == "sqlite" and self.copy is not None

    def take(self):
        if connection.vendor == "sqlite":
            connection.ensure_connection()
            self.copy = sqlite3.connect(":memory:", check_same_thread=False)
            connection.connection.backup(self.copy)

    def put_back(self):
        self.copy.backup(connection.connection)


@pytest.fixture(scope="session")
def demo_snapshot():
    return DemoSnapshot()


@pytest.fixture
def live_site(live_server, demo_snapshot):
    """The demo site behind a live server.

    Browser tests commit for real, so each ends by emptying the database; the next one
    puts back the migrations' data and the demo content.
    """
    if not has_demo_content():
        if demo_snapshot.available():
            demo_snapshot.put_back()
        else:
            # After the other tests the database holds the small shared site; after a browser
            # test, nothing.
            if not Locale.objects.exists():
                restore_migration_data()
            replace_with_demo_content()
            demo_snapshot.take()
    # Content types and form types were emptied and put back; cached ones may be stale.
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()
    Site.clear_site_root_paths_cache()
    return live_server


@pytest.fixture
def phone(chromium):
    context = chromium.new_context(viewport=PHONE, locale="ja-JP", is_mobile=True)
    yield context.new_page()
    context.close()


# Latin letters a Japanese admin screen may show besides what people wrote: the association's
# and the file formats' names.
NAMES = {"KIRA", "ZIP", "PO", "PDF", "CSV", "URL"}


def written_content():
    """What people wrote, in any language: page titles and addresses, translated text, user
    names, the glossary, what visitors sent through forms. A Latin word among these is
    content, not an untranslated part of the admin."""
    answers = [
        str(value)
        for form_data in FormSubmission.objects.values_list("form_data", flat=True)
        for value in form_data.values()
    ]
    return [
        *answers,
        *Page.objects.values_list("title", flat=True),
        *Page.objects.values_list("slug", flat=True),
        *StringTranslation.objects.values_list("data", flat=True),
        *get_user_model().objects.values_list("username", flat=True),
        *get_user_model().objects.values_list("email", flat=True),
        *GlossaryTerm.objects.values_list("english", flat=True),
    ]


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def screenshot(page, name):
        # Messages fade in: finished, not halfway, is what a person reads.
        page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True, animations="disabled")
        # Every admin screen a journey looks at is checked for untranslated words.
        if "/admin/" in page.url and page.evaluate("document.documentElement.lang") == "ja":
            untranslated = set(english_on_screen(page, written_content())) - NAMES
            assert not untranslated, f"{name} shows English: {sorted(untranslated)}"

    return screenshot


DESKTOP = {"width": 1280, "height": 1000}


@pytest.fixture
def person(django_user_model):
    """A Japanese-speaking member of one of the roles, with password "pw"."""

    def person(username, role):
        user = django_user_model.objects.create_user(
            username, email=f"{username}@example.com", password="pw"
        )
        user.groups.add(Group.objects.get(name=role))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ja"
        profile.save()
        return user

    return person


@pytest.fixture
def log_in(chromium, live_site):
    """A desktop browser signed in to the admin as the given user."""

    def log_in(username):
        context = chromium.new_context(viewport=DESKTOP, locale="ja-JP")
        context.set_default_timeout(10_000)
        page = context.new_page()
        page.goto(f"{live_site.url}/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "pw")
        page.locator("button[type=submit]").click()
        page.wait_for_url("**/admin/")
        return page

    return log_in


@pytest.fixture
def japanese_notice(live_site):
    """A published Japanese call for applicants, open today."""
    today = timezone.localdate()
    news = NewsIndexPage.objects.get(locale__language_code="ja")
    notice = RecruitmentPage(
        title="第17回 承徳市派遣青少年募集",
        slug="chengde-17",
        city=CityPage.objects.get(slug="chengde", locale__language_code="ja"),
        kind="youth_delegate",
        summary="承徳でホームステイをしながら交流します。",
        application_opens=today - datetime.timedelta(days=1),
        application_closes=today + datetime.timedelta(days=30),
    )
    news.add_child(instance=notice)
    notice.save_revision().publish()
    return notice

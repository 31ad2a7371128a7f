"""The site every test starts from, and the demo content for the few tests that need it.

`site` is the small bilingual site (tests/support/bilingual.py), built once into the test
database; each test runs in a transaction that is rolled back and builds its own content with
the factories (tests/factories/). `demo` is the whole demo content, loaded once, on top, for
the tests of the demo itself: those tests run after the others, inside one transaction that is
rolled back before the tests that need a real, committed database (browser journeys, servers).
"""

import socket

import pytest

from django.core.cache import caches
from django.db import transaction

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.models import HomePage
from tests.support.bilingual import BilingualSite, build_bilingual_site
from tests.support.demo import replace_with_demo_content
from tests.support.pages import build_page_of_each_type

LOOPBACK = ("127.", "::1", "localhost")


@pytest.fixture(autouse=True)
def no_outside_network(monkeypatch):
    """The site must make no calls to outside hosts; any attempt fails the test."""
    real_connect = socket.socket.connect

    def guarded_connect(sock, address):
        if sock.family in (socket.AF_INET, socket.AF_INET6):
            host = str(address[0])
            if not host.startswith(LOOPBACK):
                raise AssertionError(f"Test tried to reach an outside host: {address!r}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: rolled-back rows give their ids to the next test's,
    and a rendition or fragment cached for the old row would be served for the new one."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_bilingual_site()


@pytest.fixture
def site(db):
    return BilingualSite()


@pytest.fixture(scope="module")
def _module_page_tree(django_db_setup, django_db_blocker):
    """Built once per test module, inside a transaction rolled back after the module's last
    test; each test's own transaction nests inside it."""
    with django_db_blocker.unblock(), transaction.atomic():
        tree = build_page_of_each_type(BilingualSite())
        yield tree
        transaction.set_rollback(True)


@pytest.fixture
def page_tree(_module_page_tree, site):
    """A page of every type in both languages (tests/support/pages.py)."""
    return _module_page_tree


# The demo content: entered once, ended before the first test that needs committed data.
_demo_transaction = []


def _needs_committed_data(item):
    marker = item.get_closest_marker("django_db")
    return bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
        or (marker and marker.kwargs.get("transaction"))
    )


def pytest_collection_modifyitems(items):
    """Tests on the small site first, then the demo's, then those that need committed data;
    within a module, the tests that share its page tree come last, so the others never see it."""
    modules = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], len(modules))

    def order(item):
        if _needs_committed_data(item):
            return 2, 0, False
        group = 1 if "demo" in item.fixturenames else 0
        module = modules[item.nodeid.split("::")[0]]
        return group, module, "page_tree" in item.fixturenames

    items.sort(key=order)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    if _needs_committed_data(item):
        _end_demo_content()


def _end_demo_content():
    while _demo_transaction:
        atomic, blocker = _demo_transaction.pop()
        with blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        _demo_transaction.append((atomic, django_db_blocker))
        replace_with_demo_content()
    yield
    _end_demo_content()


class DemoSite:
    """Finds demo pages by their path below the home page, in either language."""

    def __init__(self):
        self.ja = Locale.objects.get(language_code="ja")
        self.en = Locale.objects.get(language_code="en")
        self.homes = {home.locale.language_code: home for home in HomePage.objects.all()}

    def page(self, path, language="ja"):
        home = self.homes[language]
        return Page.objects.get(url_path=home.url_path + path.lstrip("/")).specific

    def url(self, path, language="ja"):
        return f"/{language}/{path.lstrip('/')}"


@pytest.fixture
def demo(demo_content, db):
    return DemoSite()


@pytest.fixture
def admin_user_ja(django_user_model):
    user = django_user_model.objects.create_superuser("kanri", "kanri@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    return user

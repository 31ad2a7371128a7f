"""The site every test starts from, and the demo content for the few tests that need it.

`site` is the small bilingual site (tests/support/bilingual.py), built once into the test
database; each test runs in a transaction that is rolled back and builds its own content with
the factories (tests/factories/). `page_tree` adds a page of every type and `demo` the whole
demo content, each built once for the tests that ask for it (see "layers" below).
"""

import socket

import pytest

from django.core.cache import caches
from django.db import transaction

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from accounts.roles import EDITORS, MODERATORS
from home.models import HomePage
from tests.support.bilingual import BilingualSite, build_bilingual_site
from tests.support.demo import replace_with_demo_content
from tests.support.news import news_section, programme_city
from tests.support.pages import build_page_of_each_type
from tests.support.processes import DemoSiteTemplate, scratch_database
from tests.support.staff import person

LOOPBACK = ("127.", "::1", "localhost")
pytest_plugins = ["tests.support.xdist_groups"]


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


@pytest.fixture
def editor(django_user_model):
    """An editor: writes Japanese pages and submits them for approval."""
    return person(django_user_model, "henshu", EDITORS)


@pytest.fixture
def moderator(django_user_model):
    """A moderator: approves, publishes and unpublishes in every language."""
    return person(django_user_model, "shonin", MODERATORS)


@pytest.fixture
def news(site):
    """The Japanese news index."""
    return news_section(site)


@pytest.fixture
def city(site):
    """A partner city whose programme notices belong to."""
    return programme_city(site)


# Content shared by many tests is built once, inside a transaction ("layer") that each test's own
# transaction nests in, and rolled back when the tests that share it are over. The tests are
# ordered so that each layer's tests run together: the small site alone, then the page tree,
# then the demo content, then the tests that need committed data (browser journeys, servers).
_open_layers = {}
LAYERS = ["_shared_page_tree", "demo_content"]


def _needs_committed_data(item):
    marker = item.get_closest_marker("django_db")
    return bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
        or (marker and marker.kwargs.get("transaction"))
    )


def pytest_collection_modifyitems(items):
    modules = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], len(modules))

    def order(item):
        if _needs_committed_data(item):
            group = len(LAYERS) + 1
        else:
            group = next(
                (rank for rank, layer in enumerate(LAYERS, 1) if layer in item.fixturenames), 0
            )
        return group, modules[item.nodeid.split("::")[0]]

    items.sort(key=order)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    for layer in list(_open_layers):
        if layer not in item.fixturenames or _needs_committed_data(item):
            _close_layer(layer)


def _open_layer(layer, blocker):
    atomic = transaction.atomic()
    with blocker.unblock():
        atomic.__enter__()
    _open_layers[layer] = (atomic, blocker)


def _close_layer(layer):
    atomic, blocker = _open_layers.pop(layer)
    with blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)


@pytest.fixture(scope="session")
def _shared_page_tree(django_db_setup, django_db_blocker):
    _open_layer("_shared_page_tree", django_db_blocker)
    with django_db_blocker.unblock():
        tree = build_page_of_each_type(BilingualSite())
    yield tree
    if "_shared_page_tree" in _open_layers:
        _close_layer("_shared_page_tree")


@pytest.fixture
def page_tree(_shared_page_tree, site):
    """A page of every type in both languages (tests/support/pages.py), built once for all the
    tests that ask for it; each gets its pages fresh from the database."""
    return _shared_page_tree


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    _open_layer("demo_content", django_db_blocker)
    with django_db_blocker.unblock():
        replace_with_demo_content()
    yield
    if "demo_content" in _open_layers:
        _close_layer("demo_content")


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


# The demo site with the production settings, for the tests that run it as separate processes
# (tests/support/processes.py): made once per database, each test gets a copy of its own and
# may change its environment before starting a server. Modules that use one are marked
# `xdist_group("<fixture name>")`, so that one pytest-xdist worker prepares it, once.
@pytest.fixture(scope="session")
def _production_demo_on_sqlite(tmp_path_factory):
    directory = tmp_path_factory.mktemp("production-demo-sqlite")
    return DemoSiteTemplate(f"sqlite:///{directory / 'db.sqlite3'}", directory)


@pytest.fixture(scope="session")
def _production_demo_on_postgres(tmp_path_factory):
    directory = tmp_path_factory.mktemp("production-demo-postgres")
    with scratch_database() as database_url:
        yield DemoSiteTemplate(database_url, directory)


@pytest.fixture
def production_demo_on_sqlite(_production_demo_on_sqlite, tmp_path):
    with _production_demo_on_sqlite.copy(tmp_path / "site") as environment:
        yield environment


@pytest.fixture
def production_demo_on_postgres(_production_demo_on_postgres, tmp_path):
    with _production_demo_on_postgres.copy(tmp_path / "site") as environment:
        yield environment

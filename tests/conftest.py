"""One bilingual site for the whole suite: the demo content, loaded once into the test database.

Each test runs in a transaction that is rolled back, so tests may add or change pages freely.
"""

import socket

import pytest

from django.core.management import call_command

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

from home.models import HomePage

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


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


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
def site(db):
    return DemoSite()


@pytest.fixture
def admin_user_ja(django_user_model):
    user = django_user_model.objects.create_superuser("kanri", "kanri@example.com", "pw")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    return user

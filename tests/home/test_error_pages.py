"""Error pages speak the visitor's language and keep the header, so a visitor is never stuck."""

import pytest
from bs4 import BeautifulSoup

from django.db.utils import OperationalError

from cities.models import CityIndexPage
from home.models import ContactDetails


def broken(*args, **kwargs):
    raise RuntimeError("something broke")


@pytest.fixture
def failing_client(client, monkeypatch):
    monkeypatch.setattr(CityIndexPage, "serve", broken)
    client.raise_request_exception = False
    return client


@pytest.mark.parametrize(
    ("language", "heading", "other"),
    [
        ("ja", "申し訳ありません。問題が発生しました", "English"),
        ("en", "Sorry, something went wrong", "日本語"),
    ],
)
def test_a_server_error_keeps_the_header_and_language_switcher(
    failing_client, demo, language, heading, other
):
    response = failing_client.get(f"/{language}/cities/")

    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == heading
    assert soup.select_one("header .site-nav a")
    assert soup.select_one(".language-switcher").get_text(" ", strip=True).count(other) == 1


@pytest.mark.parametrize("language", ["ja", "en"])
def test_the_404_page_keeps_the_header_and_language_switcher(client, demo, language):
    soup = BeautifulSoup(client.get(f"/{language}/no-such-page/").content, "html.parser")

    assert soup.select_one("header .site-nav a")
    assert soup.select_one(".language-switcher a")


def test_when_the_header_cannot_be_built_a_plain_bilingual_page_is_served(
    failing_client, demo, monkeypatch
):
    def database_down(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(ContactDetails.objects, "filter", database_down)

    response = failing_client.get("/ja/cities/")

    assert response.status_code == 500
    text = response.content.decode()
    assert "サーバーエラー" in text and "Server error" in text

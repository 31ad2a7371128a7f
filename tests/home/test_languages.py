import pytest
from bs4 import BeautifulSoup

from tests.factories.news import NewsPageFactory


def html(response):
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("accept_language", "destination"),
    [
        ("en-US,en;q=0.9", "/en/"),
        ("ja,en;q=0.5", "/ja/"),
        ("fr-FR,fr;q=0.9", "/ja/"),
        (None, "/ja/"),
    ],
)
def test_root_redirects_to_the_preferred_language(client, demo, accept_language, destination):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == destination


@pytest.mark.parametrize(
    "path",
    [
        "",
        "about/",
        "cities/",
        "cities/camden/",
        "cities/camden/history/",
        "cities/chengde/16th-kashiwa-delegation/",
        "cities/torrance/2025-adult-leader-interview/",
        "news/",
        "news/torrance-50th-anniversary/",
        "news/torrance-delegates-return-report/",
        "news/16th-chengde-youth-delegates/",
    ],
)
def test_switcher_and_hreflang_point_at_the_same_page_in_the_other_language(client, demo, path):
    for language, other in (("ja", "en"), ("en", "ja")):
        soup = html(client.get(demo.url(path, language)))
        assert soup.html["lang"] == language
        switch = soup.select_one(f'.language-switcher a[hreflang="{other}"]')
        assert switch["href"] == demo.url(path, other)
        languages = soup.select('link[rel="alternate"][hreflang]')
        alternates = {link["hreflang"]: link["href"] for link in languages}
        assert alternates == {
            "ja": f"http://127.0.0.1:8000{demo.url(path, 'ja')}",
            "en": f"http://127.0.0.1:8000{demo.url(path, 'en')}",
            "x-default": f"http://127.0.0.1:8000{demo.url(path, 'ja')}",
        }


def test_untranslated_page_switches_to_the_other_home_and_claims_no_alternate(client, demo):
    NewsPageFactory(parent=demo.page("news/"), title="日本語だけの記事", slug="ja-only")

    soup = html(client.get("/ja/news/ja-only/"))

    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/"
    alternates = [link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')]
    assert alternates == ["ja", "x-default"]


def test_a_draft_translation_is_not_offered(client, demo):
    english = demo.page("news/torrance-50th-anniversary/", "en")
    english.unpublish()

    soup = html(client.get(demo.url("news/torrance-50th-anniversary/", "ja")))

    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/"
    assert client.get(demo.url("news/torrance-50th-anniversary/", "en")).status_code == 404


@pytest.mark.parametrize(
    ("language", "heading"), [("ja", "ページが見つかりません"), ("en", "Page not found")]
)
def test_unknown_url_gives_a_localized_404(client, demo, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    soup = html(response)
    assert soup.html["lang"] == language
    assert soup.h1.get_text() == heading


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", ["柏市国際交流協会（KIRA）", "日曜日・祝日・年末年始", "電話"]),
        ("en", ["Kashiwa International Relations Association (KIRA)", "Sundays", "Telephone"]),
    ],
)
def test_footer_shows_contact_details_in_the_visitors_language(client, demo, language, expected):
    footer = html(client.get(demo.url("cities/", language))).footer
    text = footer.get_text()
    for fragment in expected:
        assert fragment in text
    assert footer.select_one('a[href="tel:+81471570281"]').get_text() == "04-7157-0281"
    assert footer.select_one('a[href="mailto:kcc@kira-kira.jp"]')


def test_navigation_lists_the_menu_pages_of_the_visitors_language(client, demo):
    nav = html(client.get(demo.url("", "en"))).select_one(".site-nav")
    links = {link.get_text(): link["href"] for link in nav.select("a")}
    assert links == {
        "About the association": "/en/about/",
        "Sister and friendship cities": "/en/cities/",
        "News": "/en/news/",
    }


def test_english_url_of_a_japanese_only_page_explains_and_links_it(client, demo):
    NewsPageFactory(parent=demo.page("news/"), title="日本語だけの記事", slug="ja-only")

    response = client.get("/en/news/ja-only/")

    assert response.status_code == 404
    soup = html(response)
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "This page is not available in this language yet"
    link = soup.select_one('main a[hreflang="ja"]')
    assert link["href"] == "/ja/news/ja-only/"
    assert link.get_text() == "日本語だけの記事"
    assert soup.find("a", string="Go to the home page")["href"] == "/en/"


def test_japanese_only_page_never_appears_in_english_listings(client, demo):
    NewsPageFactory(parent=demo.page("news/"), title="日本語だけの記事", slug="ja-only")
    for url in ("/en/", "/en/news/"):
        assert "日本語だけの記事" not in client.get(url).content.decode()

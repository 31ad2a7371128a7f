import pytest

from tests.factories.cities import CityIndexPageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.bilingual import CONTACT
from tests.support.html import html
from tests.support.pages import PAGE_OF_EACH_TYPE
from tests.support.translation import translate


@pytest.fixture
def news_index(site):
    news = NewsIndexPageFactory(parent=site.home("ja"))
    translate(news, {"お知らせ": "News"})
    return news


@pytest.fixture
def japanese_only_article(news_index):
    return NewsPageFactory(parent=news_index, title="日本語だけの記事", slug="ja-only")


@pytest.mark.parametrize(
    ("accept_language", "destination"),
    [
        ("en-US,en;q=0.9", "/en/"),
        ("ja,en;q=0.5", "/ja/"),
        ("fr-FR,fr;q=0.9", "/ja/"),
        (None, "/ja/"),
    ],
)
def test_root_redirects_to_the_preferred_language(client, site, accept_language, destination):
    headers = {"Accept-Language": accept_language} if accept_language else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response["Location"] == destination


@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE)
def test_switcher_and_hreflang_point_at_the_same_page_in_the_other_language(
    client, page_tree, path
):
    for language, other in (("ja", "en"), ("en", "ja")):
        soup = html(client.get(page_tree.url(path, language)))
        assert soup.html["lang"] == language
        switch = soup.select_one(f'.language-switcher a[hreflang="{other}"]')
        assert switch["href"] == page_tree.url(path, other)
        languages = soup.select('link[rel="alternate"][hreflang]')
        alternates = {link["hreflang"]: link["href"] for link in languages}
        assert alternates == {
            "ja": f"http://127.0.0.1:8000{page_tree.url(path, 'ja')}",
            "en": f"http://127.0.0.1:8000{page_tree.url(path, 'en')}",
            "x-default": f"http://127.0.0.1:8000{page_tree.url(path, 'ja')}",
        }


def test_untranslated_page_switches_to_the_other_home_and_claims_no_alternate(
    client, japanese_only_article
):
    soup = html(client.get("/ja/news/ja-only/"))

    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/"
    alternates = [link["hreflang"] for link in soup.select('link[rel="alternate"][hreflang]')]
    assert alternates == ["ja", "x-default"]


def test_a_draft_translation_is_not_offered(client, news_index):
    article = NewsPageFactory(parent=news_index, title="周年記念", slug="anniversary")
    english = translate(article, {"周年記念": "Anniversary"})
    english.refresh_from_db()  # the copy translate() returns predates its publication
    english.unpublish()

    soup = html(client.get("/ja/news/anniversary/"))

    assert soup.select_one('.language-switcher a[hreflang="en"]')["href"] == "/en/"
    assert client.get("/en/news/anniversary/").status_code == 404


@pytest.mark.parametrize(
    ("language", "heading"), [("ja", "ページが見つかりません"), ("en", "Page not found")]
)
def test_unknown_url_gives_a_localized_404(client, site, language, heading):
    response = client.get(f"/{language}/no-such-page/")
    soup = html(response, status=404)
    assert soup.html["lang"] == language
    assert soup.h1.get_text() == heading


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", [CONTACT["name"][0], CONTACT["closed_days"][0], "電話"]),
        ("en", [CONTACT["name"][1], CONTACT["closed_days"][1], "Telephone"]),
    ],
)
def test_footer_shows_contact_details_in_the_visitors_language(client, site, language, expected):
    cities = CityIndexPageFactory(parent=site.home("ja"))
    translate(cities)

    footer = html(client.get(f"/{language}/cities/")).footer

    text = footer.get_text()
    for fragment in expected:
        assert fragment in text
    assert footer.select_one('a[href="tel:+81471570281"]')
    assert footer.select_one('a[href="mailto:kcc@kira-kira.jp"]')


def test_the_japanese_footer_writes_the_address_as_japanese_post_does(client, site):
    address = html(client.get("/ja/")).footer.address

    assert "〒277-0005 千葉県柏市柏1-7-1-301" in address.get_text()
    assert address.select_one('a[href^="tel:"]').get_text() == "04-7157-0281"


def test_the_english_footer_writes_the_address_for_a_reader_abroad(client, site):
    address = html(client.get("/en/")).footer.address

    lines = [line.strip() for line in address.p.get_text("\n").splitlines() if line.strip()]
    assert lines == ["DayOne Tower 3F", "1-7-1-301 Kashiwa, Kashiwa City, Chiba 277-0005", "Japan"]
    assert address.select_one('a[href^="tel:"]').get_text() == "+81-4-7157-0281"
    assert "〒" not in address.get_text()


def test_navigation_lists_the_menu_pages_of_the_visitors_language(client, site):
    home = site.home("ja")
    sections = {
        "協会について": "About the association",
        "姉妹都市・友好都市": "Sister and friendship cities",
        "お知らせ": "News",
    }
    about = StandardPageFactory(parent=home, title="協会について", slug="about", show_in_menus=True)
    cities = CityIndexPageFactory(parent=home, title="姉妹都市・友好都市", show_in_menus=True)
    news = NewsIndexPageFactory(parent=home, title="お知らせ", show_in_menus=True)
    for section in (about, cities, news):
        translate(section, sections)
    StandardPageFactory(parent=home, title="日本語だけの案内", slug="ja-only", show_in_menus=True)
    access = StandardPageFactory(parent=home, title="アクセス", slug="access", show_in_menus=False)
    translate(access, {"アクセス": "Access"})

    nav = html(client.get("/en/")).select_one(".site-nav")

    links = {link.get_text(): link["href"] for link in nav.select("a")}
    assert links == {
        "About the association": "/en/about/",
        "Sister and friendship cities": "/en/cities/",
        "News": "/en/news/",
    }


def test_english_url_of_a_japanese_only_page_explains_and_links_it(client, japanese_only_article):
    response = client.get("/en/news/ja-only/")

    soup = html(response, status=404)
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text() == "This page is not available in this language yet"
    link = soup.select_one('main a[hreflang="ja"]')
    assert link["href"] == "/ja/news/ja-only/"
    assert link.get_text() == "日本語だけの記事"
    assert soup.find("a", string="Go to the home page")["href"] == "/en/"


def test_japanese_only_page_never_appears_in_english_listings(
    client, news_index, japanese_only_article
):
    translated = NewsPageFactory(parent=news_index, title="両方の言語の記事")
    translate(translated, {"両方の言語の記事": "An article in both languages"})

    for url in ("/en/", "/en/news/"):
        text = client.get(url).content.decode()
        assert "An article in both languages" in text
        assert "日本語だけの記事" not in text

"""What search engines and link previews read: descriptions, canonical URLs, cards, JSON-LD."""

import json

import pytest
from bs4 import BeautifulSoup

from home.models import ContactDetails
from tests.factories.core import ImageFactory
from tests.support.pages import PAGE_OF_EACH_TYPE

PAGE_PATHS = PAGE_OF_EACH_TYPE


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def json_ld(soup):
    return [
        json.loads(script.string) for script in soup.select("script[type='application/ld+json']")
    ]


def meta(soup, name):
    tag = soup.select_one(f"meta[property='{name}']") or soup.select_one(f"meta[name='{name}']")
    return tag["content"] if tag else None


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("path", PAGE_PATHS)
def test_every_page_describes_itself(client, demo, path, language):
    soup = soup_of(client, demo.url(path, language))
    page = demo.page(path, language)
    full_url = f"http://127.0.0.1:8000/{language}/{path}"

    assert soup.select_one("link[rel=canonical]")["href"] == full_url
    assert meta(soup, "og:url") == full_url
    assert meta(soup, "og:title") == page.title
    assert meta(soup, "description")
    assert meta(soup, "og:description") == meta(soup, "description")
    assert meta(soup, "og:locale") == {"ja": "ja_JP", "en": "en_US"}[language]
    assert meta(soup, "twitter:card") in {"summary", "summary_large_image"}


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("path", PAGE_PATHS[1:])
def test_pages_below_home_show_breadcrumbs_and_describe_them(client, demo, path, language):
    soup = soup_of(client, demo.url(path, language))
    page = demo.page(path, language)
    ancestors = [a.specific for a in page.get_ancestors().filter(depth__gte=2)]

    trail = soup.select(".breadcrumbs li")
    assert [item.get_text(strip=True) for item in trail] == [a.title for a in ancestors] + [
        page.title
    ]
    assert trail[-1].select_one("[aria-current=page]")
    assert [link["href"] for link in soup.select(".breadcrumbs a")] == [a.url for a in ancestors]

    (breadcrumb_list,) = [item for item in json_ld(soup) if item["@type"] == "BreadcrumbList"]
    assert [element["name"] for element in breadcrumb_list["itemListElement"]] == [
        a.title for a in ancestors
    ] + [page.title]
    assert breadcrumb_list["itemListElement"][-1]["item"].endswith(f"/{language}/{path}")


def test_home_page_has_no_breadcrumbs_but_names_the_organisation(client, demo):
    soup = soup_of(client, "/ja/")

    assert soup.select_one(".breadcrumbs") is None
    (organization,) = json_ld(soup)
    assert organization["@context"] == "https://schema.org"
    assert organization["@type"] == "Organization"
    assert organization["name"] == "柏市国際交流協会"
    assert organization["url"] == "http://127.0.0.1:8000/ja/"
    assert organization["telephone"] == "+81-4-7157-0281"
    assert organization["email"]
    assert organization["logo"] == "http://testserver/static/logo.png"
    assert organization["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "千葉県柏市柏1-7-1-301 DayOneタワー3階 パレット柏",
        "postalCode": "277-0005",
        "addressCountry": "JP",
    }


@pytest.mark.parametrize(
    ("written", "international"),
    [
        ("04-7157-0281", "+81-4-7157-0281"),
        ("090 1234 5678", "+81-90-1234-5678"),
        ("０４－７１５７－０２８１", "+81-4-7157-0281"),
        ("+1 310 618 5880", "+1-310-618-5880"),
    ],
)
def test_telephone_numbers_are_given_as_dialled_from_abroad(written, international):
    assert ContactDetails.international(written, "-") == international
    assert ContactDetails.international(written) == international.replace("-", "")


def test_news_is_a_news_article(client, demo):
    soup = soup_of(client, "/en/news/torrance-50th-anniversary/")

    article = json_ld(soup)[0]
    assert article["@type"] == "NewsArticle"
    assert article["headline"] == "50th anniversary of the sister city affiliation with Torrance"
    assert article["datePublished"] == "2023-02-01"
    assert article["inLanguage"] == "en"
    assert article["dateModified"].endswith("+09:00")
    assert meta(soup, "og:type") == "article"


def test_an_event_is_an_event_in_japan_time(client, demo):
    soup = soup_of(client, "/ja/news/torrance-delegates-return-report/")

    event = json_ld(soup)[0]
    assert event["@type"] == "Event"
    assert event["name"] == "トーランス派遣生 帰国報告会"
    assert event["startDate"].endswith("+09:00")
    assert event["location"]["name"]
    assert event["location"]["address"]["@type"] == "PostalAddress"
    assert event["location"]["address"]["streetAddress"] == "千葉県柏市柏1-7-1-301"


def test_each_briefing_session_is_an_event(client, demo):
    notice = demo.page("news/16th-chengde-youth-delegates/", "en")
    soup = soup_of(client, notice.url)

    events = [item for item in json_ld(soup) if item["@type"] == "Event"]
    assert len(events) == len(notice.briefing_sessions)
    assert events[0]["name"] == f"Briefing session: {notice.title}"
    first = notice.briefing_sessions[0].value
    assert (
        events[0]["startDate"] == f"{first['date']:%Y-%m-%d}T{first['start_time']:%H:%M}:00+09:00"
    )
    # The session names its venue only; the Association's centre gives the address.
    assert events[0]["location"]["address"]["streetAddress"].startswith("1-7-1-301 Kashiwa")


def test_a_session_held_elsewhere_gives_its_own_address(client, demo):
    notice = demo.page("news/16th-chengde-youth-delegates/")
    session = notice.briefing_sessions[0]
    session.value["venue"] = "アミュゼ柏"
    session.value["venue_address"] = "〒277-0005\n千葉県柏市柏6-2-22"
    notice.save_revision().publish()

    soup = soup_of(client, notice.url)

    (event, *_others) = [item for item in json_ld(soup) if item["@type"] == "Event"]
    assert event["location"]["name"] == "アミュゼ柏"
    assert event["location"]["address"]["streetAddress"] == "〒277-0005 千葉県柏市柏6-2-22"
    assert "千葉県柏市柏6-2-22" in soup.select_one(".session").get_text()


def test_a_page_with_an_image_offers_a_large_card(client, demo):
    page = demo.page("cities/chengde/")
    page.image = ImageFactory()
    page.image_alt = "承徳の避暑山荘"
    page.save_revision().publish()

    soup = soup_of(client, "/ja/cities/chengde/")

    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "og:image").startswith("http://testserver/")
    assert meta(soup, "og:image:alt") == "承徳の避暑山荘"


def test_the_editors_search_description_wins(client, demo):
    page = demo.page("about/")
    page.search_description = "柏市と4つの姉妹都市・友好都市の交流を支える協会です。"
    page.save_revision().publish()

    soup = soup_of(client, "/ja/about/")

    assert meta(soup, "description") == "柏市と4つの姉妹都市・友好都市の交流を支える協会です。"


def test_json_ld_cannot_close_its_script_element(client, demo):
    page = demo.page("news/torrance-50th-anniversary/")
    page.title = "</script><script>alert(1)</script>"
    page.save_revision().publish()

    response = client.get("/ja/news/torrance-50th-anniversary/")

    assert b"<script>alert(1)" not in response.content
    assert json_ld(BeautifulSoup(response.content, "html.parser"))[0]["headline"] == page.title

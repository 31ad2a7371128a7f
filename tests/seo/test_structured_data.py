"""What search engines and link previews read: descriptions, canonical URLs, cards, JSON-LD.

Each page type gives its own schema.org objects (`structured_data(schema)` on the model):
Organization on the home page, NewsArticle for news, an Event for each event and briefing
session, with a BreadcrumbList on every page below home.
"""

import datetime
import json

import pytest

from django.utils import timezone

from home.models import ContactDetails
from seo.structured_data import postal_address
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.core import ImageFactory
from tests.factories.home import StandardPageFactory
from tests.factories.news import (
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    RecruitmentPageFactory,
)
from tests.support.html import html
from tests.support.pages import PAGE_OF_EACH_TYPE
from tests.support.translation import translate


def json_ld(soup):
    return [
        json.loads(script.string) for script in soup.select("script[type='application/ld+json']")
    ]


def meta(soup, name):
    tag = soup.select_one(f"meta[property='{name}']") or soup.select_one(f"meta[name='{name}']")
    return tag["content"] if tag else None


def session(date, venue, venue_address=""):
    return (
        "session",
        {
            "date": date,
            "start_time": datetime.time(10),
            "end_time": datetime.time(11, 30),
            "venue": venue,
            "venue_address": venue_address,
            "notes": "",
        },
    )


@pytest.fixture
def news_index(site):
    return NewsIndexPageFactory(parent=site.home("ja"))


@pytest.fixture
def chengde(site):
    """The programme a recruitment notice belongs to."""
    cities = CityIndexPageFactory(parent=site.home("ja"))
    return CityPageFactory(parent=cities, title="承徳", slug="chengde")


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE)
def test_every_page_describes_itself(client, page_tree, path, language):
    soup = html(client.get(page_tree.url(path, language)))
    page = page_tree.page(path, language)
    full_url = f"http://127.0.0.1:8000/{language}/{path}"

    assert soup.select_one("link[rel=canonical]")["href"] == full_url
    assert meta(soup, "og:url") == full_url
    assert meta(soup, "og:title") == page.title
    assert meta(soup, "description")
    assert meta(soup, "og:description") == meta(soup, "description")
    assert meta(soup, "og:locale") == {"ja": "ja_JP", "en": "en_US"}[language]
    assert meta(soup, "twitter:card") in {"summary", "summary_large_image"}


@pytest.mark.parametrize("language", ["ja", "en"])
@pytest.mark.parametrize("path", PAGE_OF_EACH_TYPE[1:])
def test_pages_below_home_show_breadcrumbs_and_describe_them(client, page_tree, path, language):
    soup = html(client.get(page_tree.url(path, language)))
    page = page_tree.page(path, language)
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


@pytest.mark.parametrize(
    ("language", "name", "street", "locality", "region"),
    [
        ("ja", "柏市国際交流協会", "柏1-7-1-301 DayOneタワー3階", "柏市", "千葉県"),
        (
            "en",
            "Kashiwa International Relations Association",
            "1-7-1-301 Kashiwa, DayOne Tower 3F",
            "Kashiwa City",
            "Chiba",
        ),
    ],
)
def test_home_page_has_no_breadcrumbs_but_names_the_organisation(
    client, site, language, name, street, locality, region
):
    soup = html(client.get(f"/{language}/"))

    assert soup.select_one(".breadcrumbs") is None
    (organization,) = json_ld(soup)
    assert organization["@context"] == "https://schema.org"
    assert organization["@type"] == "Organization"
    assert organization["name"] == name
    assert organization["url"] == f"http://127.0.0.1:8000/{language}/"
    assert organization["telephone"] == "+81-4-7157-0281"
    assert organization["email"] == "kcc@kira-kira.jp"
    assert organization["logo"] == "http://testserver/static/logo.png"
    assert organization["address"] == {
        "@type": "PostalAddress",
        "streetAddress": street,
        "addressLocality": locality,
        "addressRegion": region,
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


def test_news_is_a_news_article(client, news_index):
    article = NewsPageFactory(
        parent=news_index,
        title="トーランス市との姉妹都市提携50周年",
        slug="torrance-50th-anniversary",
        date=datetime.date(2023, 2, 1),
    )
    translate(news_index)
    translate(
        article,
        {"トーランス市との姉妹都市提携50周年": "50th anniversary of the sister city affiliation"},
    )

    soup = html(client.get("/en/news/torrance-50th-anniversary/"))

    (news_article, _breadcrumbs) = json_ld(soup)
    assert news_article["@type"] == "NewsArticle"
    assert news_article["headline"] == "50th anniversary of the sister city affiliation"
    assert news_article["datePublished"] == "2023-02-01"
    assert news_article["inLanguage"] == "en"
    assert news_article["dateModified"].endswith("+09:00")
    assert news_article["publisher"]["name"] == "Kashiwa International Relations Association"
    assert news_article["publisher"]["logo"] == "http://testserver/static/logo.png"
    assert meta(soup, "og:type") == "article"


def test_an_event_is_an_event_in_japan_time_at_its_venue(client, news_index):
    EventPageFactory(
        parent=news_index,
        title="トーランス派遣生 帰国報告会",
        slug="return-report",
        start=timezone.make_aware(datetime.datetime(2026, 9, 12, 14)),
        end=timezone.make_aware(datetime.datetime(2026, 9, 12, 16)),
        venue_name="アミュゼ柏",
        venue_address="〒277-0005\n千葉県柏市柏6-2-22",
    )

    soup = html(client.get("/ja/news/return-report/"))

    event = json_ld(soup)[0]
    assert event["@type"] == "Event"
    assert event["name"] == "トーランス派遣生 帰国報告会"
    assert event["startDate"] == "2026-09-12T14:00:00+09:00"
    assert event["endDate"] == "2026-09-12T16:00:00+09:00"
    assert event["location"] == {
        "@type": "Place",
        "name": "アミュゼ柏",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "柏6-2-22",
            "addressLocality": "柏市",
            "addressRegion": "千葉県",
            "postalCode": "277-0005",
            "addressCountry": "JP",
        },
    }


def test_an_event_at_the_associations_office_gives_its_address(client, news_index):
    EventPageFactory(parent=news_index, slug="open-day", venue_name="協会事務所", venue_address="")

    soup = html(client.get("/ja/news/open-day/"))

    event = json_ld(soup)[0]
    assert event["location"]["name"] == "協会事務所"
    assert event["location"]["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "柏1-7-1-301 DayOneタワー3階",
        "addressLocality": "柏市",
        "addressRegion": "千葉県",
        "postalCode": "277-0005",
        "addressCountry": "JP",
    }


def test_each_briefing_session_is_an_event(client, news_index, chengde):
    first_date = timezone.localdate() + datetime.timedelta(days=7)
    notice = RecruitmentPageFactory(
        parent=news_index,
        city=chengde,
        title="第16回承徳市青少年派遣団員募集",
        briefing_sessions=[
            session(first_date, "パレット柏"),
            session(first_date + datetime.timedelta(days=3), "パレット柏"),
        ],
    )
    translate(news_index)
    notice = translate(notice, {"第16回承徳市青少年派遣団員募集": "16th Chengde youth delegates"})

    soup = html(client.get(notice.url))

    events = [item for item in json_ld(soup) if item["@type"] == "Event"]
    assert len(events) == 2
    assert events[0]["name"] == "Briefing session: 16th Chengde youth delegates"
    assert events[0]["startDate"] == f"{first_date:%Y-%m-%d}T10:00:00+09:00"
    assert events[0]["endDate"] == f"{first_date:%Y-%m-%d}T11:30:00+09:00"
    # The session names its venue only; the Association's centre gives the address.
    address = events[0]["location"]["address"]
    assert address["streetAddress"] == "1-7-1-301 Kashiwa, DayOne Tower 3F"
    assert (address["addressLocality"], address["addressRegion"]) == ("Kashiwa City", "Chiba")


def test_a_session_held_elsewhere_gives_its_own_address(client, news_index, chengde):
    notice = RecruitmentPageFactory(
        parent=news_index,
        city=chengde,
        briefing_sessions=[
            session(
                timezone.localdate() + datetime.timedelta(days=7),
                "アミュゼ柏",
                "〒277-0005\n千葉県柏市柏6-2-22",
            )
        ],
    )

    soup = html(client.get(notice.url))

    (event,) = [item for item in json_ld(soup) if item["@type"] == "Event"]
    assert event["location"]["name"] == "アミュゼ柏"
    assert event["location"]["address"]["streetAddress"] == "柏6-2-22"
    assert event["location"]["address"]["postalCode"] == "277-0005"
    assert "千葉県柏市柏6-2-22" in soup.select_one(".session").get_text()


def test_a_page_with_an_image_offers_a_large_card(client, chengde):
    chengde.image = ImageFactory()
    chengde.image_alt = "承徳の避暑山荘"
    chengde.save_revision().publish()

    soup = html(client.get("/ja/cities/chengde/"))

    assert meta(soup, "twitter:card") == "summary_large_image"
    assert meta(soup, "og:image").startswith("http://testserver/")
    assert meta(soup, "og:image:alt") == "承徳の避暑山荘"


def test_the_editors_search_description_wins(client, site):
    StandardPageFactory(
        parent=site.home("ja"),
        slug="about",
        introduction="協会のご案内です。",
        search_description="柏市と4つの姉妹都市・友好都市の交流を支える協会です。",
    )

    soup = html(client.get("/ja/about/"))

    assert meta(soup, "description") == "柏市と4つの姉妹都市・友好都市の交流を支える協会です。"


def test_json_ld_cannot_close_its_script_element(client, news_index):
    page = NewsPageFactory(
        parent=news_index, title="</script><script>alert(1)</script>", slug="anniversary"
    )

    response = client.get("/ja/news/anniversary/")

    assert b"<script>alert(1)" not in response.content
    assert json_ld(html(response))[0]["headline"] == page.title


@pytest.mark.parametrize(
    ("written", "street", "locality", "region", "postal_code"),
    [
        (
            "〒277-0005\n千葉県柏市柏6-2-22\nアミュゼ柏",
            "柏6-2-22 アミュゼ柏",
            "柏市",
            "千葉県",
            "277-0005",
        ),
        ("千葉県東葛飾郡沼南町大津ケ丘1-1", "大津ケ丘1-1", "東葛飾郡沼南町", "千葉県", None),
        (
            "Amuse Kashiwa, 6-2-22 Kashiwa, Kashiwa City, Chiba 277-0005, Japan",
            "Amuse Kashiwa, 6-2-22 Kashiwa",
            "Kashiwa City",
            "Chiba",
            "277-0005",
        ),
        ("パレット柏", "パレット柏", None, None, None),
    ],
)
def test_a_venue_address_is_given_in_its_parts(written, street, locality, region, postal_code):
    address = postal_address(written)

    assert address["streetAddress"] == street
    assert address.get("addressLocality") == locality
    assert address.get("addressRegion") == region
    assert address.get("postalCode") == postal_code
    assert address["addressCountry"] == "JP"

"""Search engines get every published page in both languages, with its translations."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

from tests.factories.home import StandardPageFactory
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.translation import translate

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
BASE = "http://127.0.0.1:8000"


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def test_every_live_page_in_both_languages_with_alternates(client, page_tree):
    urls = sitemap(client)

    assert len(urls) == Page.objects.filter(depth__gt=1).live().count()
    assert urls[f"{BASE}/en/cities/torrance/"] == {
        "ja": f"{BASE}/ja/cities/torrance/",
        "en": f"{BASE}/en/cities/torrance/",
        "x-default": f"{BASE}/ja/cities/torrance/",
    }


def test_drafts_and_private_pages_are_left_out(client, site):
    news_index = NewsIndexPageFactory(parent=site.home("ja"))
    article = NewsPageFactory(parent=news_index, slug="torrance-50th-anniversary")
    translate(news_index)
    translate(article)
    article.get_translation(site.en).unpublish()
    PageViewRestriction.objects.create(
        page=StandardPageFactory(parent=site.home("ja"), slug="about"), restriction_type="login"
    )

    urls = sitemap(client)

    assert f"{BASE}/en/news/torrance-50th-anniversary/" not in urls
    assert "en" not in urls[f"{BASE}/ja/news/torrance-50th-anniversary/"]
    assert f"{BASE}/ja/about/" not in urls


def test_sitemap_queries_do_not_grow_with_pages(client, site):
    def queries():
        # The first request may fill Wagtail's cache of site root paths (another test may have
        # emptied it); visitors then reuse it.
        client.get("/sitemap.xml")
        with CaptureQueriesContext(connection) as captured:
            client.get("/sitemap.xml")
        return len(captured)

    news_index = NewsIndexPageFactory(parent=site.home("ja"))
    NewsPageFactory.create_batch(3, parent=news_index)
    with_three = queries()
    NewsPageFactory.create_batch(27, parent=news_index)
    assert queries() == with_three


def test_robots_txt_points_at_the_sitemap(client, site):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_every_address_is_the_one_wagtail_gives_the_page(client, page_tree, rf):
    request = rf.get("/sitemap.xml", HTTP_HOST="127.0.0.1:8000")
    expected = {
        page.get_full_url(request) for page in Page.objects.filter(depth__gt=1).live().specific()
    }

    assert set(sitemap(client)) == expected

"""Every page the sitemap lists can be reached by following links from a home page.

A page linked from nowhere exists only for search engines: visitors who browse never find it
(the access page and the events list once were such pages). The crawl reads plain HTML with
Django's test client, starting at each home page and following same-site links under /ja/ and
/en/, as a visitor without JavaScript would.
"""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from tests.demo.validators.pages import sitemap_paths

START = ["/ja/", "/en/"]
# Enough for the demo and the pages tests add; a crawl that needs more is going in circles.
MOST_VISITS = 500


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and (href := dict(attrs).get("href")):
            self.hrefs.append(href)


def same_site_links(base, html):
    parser = Links()
    parser.feed(html)
    for href in parser.hrefs:
        url = urlsplit(urljoin(base, href))
        if url.netloc in ("", "testserver") and url.path.startswith(("/ja/", "/en/")):
            yield url.path + (f"?{url.query}" if url.query else "")


def crawl(client):
    """Every path reached from the home pages, and the pages each was first linked from."""
    seen = dict.fromkeys(START)
    queue = list(START)
    while queue and len(seen) < MOST_VISITS:
        path = queue.pop(0)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response["Content-Type"]:
            continue
        for link in same_site_links(path, response.content.decode()):
            if link not in seen:
                seen[link] = path
                queue.append(link)
    return seen


def test_a_visitor_can_reach_every_page_in_the_sitemap(client, demo):
    reached = {path.partition("?")[0] for path in crawl(client)}

    listed = sitemap_paths(client)
    assert listed
    assert [path for path in listed if path not in reached] == []


def test_the_events_list_and_the_feeds_are_linked(client, demo):
    reached = crawl(client)

    for language in ["ja", "en"]:
        for path in ["news/events/", "news/feed/", "news/events.ics", "access/"]:
            assert f"/{language}/{path}" in reached

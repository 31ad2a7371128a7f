"""What a visitor can be shown, rendered through Django's test client for outside validators."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from news.models import RecruitmentKind
from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.news import RecruitmentPageFactory
from tests.support.pages import PAGE_OF_EACH_TYPE

LANGUAGES = ["ja", "en"]
SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
# Pages the sitemap does not list (they are not pages of the tree) but a visitor sees.
EXTRA_PATHS = ["news/events/", "search/?q=トーランス", "search/?q=zzzz", "no-such-page/"]
# A mistake on every kind of input: text, email, number, radio, checkbox, textarea.
MISTAKES = {
    "household_name": "",
    "email": "hanako@",
    "phone": "電話して",
    "postal_code": "277",
    "household_members": "abc",
    "smoking": "sometimes",
    "message": "長" * 2001,
    "consent": "",
}


def sitemap_paths(client):
    """The path of every page the sitemap lists, in every language."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    return [urlsplit(loc.text).path for loc in root.iterfind("s:url/s:loc", SITEMAP)]


def open_application_form(demo, language):
    """An open host-family notice with its form (the demo's own notice has closed)."""
    notice = RecruitmentPageFactory(
        parent=demo.page("news/", language),
        kind=RecruitmentKind.HOST_FAMILY,
        city=demo.page("cities/torrance/", language),
    )
    return HostFamilyApplicationPageFactory(parent=notice)


def rendered_pages(client, demo):
    """{label: (status, html)} for every live page, the extra views and the form with errors."""
    paths = dict.fromkeys(sitemap_paths(client))
    for language in LANGUAGES:
        for path in [*PAGE_OF_EACH_TYPE, *EXTRA_PATHS]:
            paths[f"/{language}/{path}"] = None
    pages = {}
    for path in paths:
        response = client.get(path)
        pages[path] = (response.status_code, response.content.decode())
    for language in LANGUAGES:
        form = open_application_form(demo, language)
        response = client.post(form.url, MISTAKES)
        pages[f"POST {form.url} (with errors)"] = (response.status_code, response.content.decode())
    return pages

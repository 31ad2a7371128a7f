"""A Japanese editor meets no English on the create form of any page type."""

import re

import pytest
from bs4 import BeautifulSoup

from wagtail.models import Page

PARENT_OF = {
    "home.StandardPage": "",
    "cities.CityPage": "cities/",
    "cities.DelegationPage": "cities/torrance/",
    "cities.InterviewPage": "cities/torrance/",
    "cities.HistoryPage": "cities/torrance/",
    "news.NewsPage": "news/",
    "news.EventPage": "news/",
    "news.RecruitmentPage": "news/",
}
LATIN_WORDS = re.compile(r"[A-Za-z]{3,}")
JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
# Names, not words to translate.
ALLOWED = {"Wagtail", "URL", "YouTube", "PDF", "ID", "SEO", "HTML", "ascii_snake_case"}
LABELS = "label, legend, h2, h3, .w-field__help, .help, button, [role=tab], .w-panel__heading"


def english_labels(html):
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript"]):
        hidden.decompose()
    found = set()
    for element in soup.select(LABELS):
        text = element.get_text(" ", strip=True)
        words = set(LATIN_WORDS.findall(text)) - ALLOWED
        if words and not JAPANESE.search(text):
            found.add(text)
    return found


@pytest.mark.parametrize("page_type", sorted(PARENT_OF))
def test_create_form_has_no_english_labels(client, demo, admin_user_ja, page_type):
    app_label, model_name = page_type.lower().split(".")
    parent = demo.page(PARENT_OF[page_type])
    if page_type == "cities.HistoryPage":
        # A city has one history; remove it so the form can be opened.
        Page.objects.filter(pk=demo.page("cities/torrance/history/").pk).delete()
    client.force_login(admin_user_ja)

    response = client.get(f"/admin/pages/add/{app_label}/{model_name}/{parent.pk}/")

    assert response.status_code == 200
    assert english_labels(response.content.decode()) == set()


def test_an_english_editor_sees_english(client, demo, admin_user_ja):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user_ja)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user_ja)

    response = client.get(f"/admin/pages/add/news/recruitmentpage/{demo.page('news/').pk}/")

    assert "applications close" in response.content.decode().lower()

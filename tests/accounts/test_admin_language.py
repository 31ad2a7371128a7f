"""A Japanese editor meets no English on the create form of any page type."""

import re

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail.users.models import UserProfile

from news.models import RecruitmentKind
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory


def home(site):
    return site.home("ja")


def city_index(site):
    return CityIndexPageFactory(parent=home(site))


def city(site):
    return CityPageFactory(parent=city_index(site), slug="torrance")


def news_index(site):
    return NewsIndexPageFactory(parent=home(site))


def host_family_notice(site):
    return RecruitmentPageFactory(
        parent=news_index(site), city=city(site), kind=RecruitmentKind.HOST_FAMILY
    )


# Every page type an editor creates, and the page it is created below (built as it is needed).
PARENT_OF = {
    "home.StandardPage": home,
    "cities.CityIndexPage": home,
    "cities.CityPage": city_index,
    "cities.DelegationPage": city,
    "cities.InterviewPage": city,
    "cities.HistoryPage": city,
    "news.NewsIndexPage": home,
    "news.NewsPage": news_index,
    "news.EventPage": news_index,
    "news.RecruitmentPage": news_index,
    "applications.HostFamilyApplicationPage": host_family_notice,
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


def add_url(page_type, parent):
    app_label, model_name = page_type.lower().split(".")
    return reverse("wagtailadmin_pages:add", args=[app_label, model_name, parent.pk])


@pytest.mark.parametrize("page_type", sorted(PARENT_OF))
def test_create_form_has_no_english_labels(client, site, admin_user_ja, page_type):
    client.force_login(admin_user_ja)

    response = client.get(add_url(page_type, PARENT_OF[page_type](site)))

    assert response.status_code == 200
    assert english_labels(response.content.decode()) == set()


def test_an_english_editor_sees_english(client, site, admin_user_ja):
    profile = UserProfile.get_for_user(admin_user_ja)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user_ja)

    response = client.get(add_url("news.RecruitmentPage", news_index(site)))

    assert "applications close" in response.content.decode().lower()

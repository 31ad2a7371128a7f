"""A translation kept after its source changed is reviewed in one step: the translator sees
what changed in the source, old and new with the difference marked, and accepts it."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from wagtail_localize.models import Translation

from accounts.roles import EDITORS, TRANSLATORS
from tests.factories.news import NewsPageFactory
from tests.support.applications import staff_member
from tests.support.translation import translate
from translations.models import SegmentReview

BEFORE = "式典は2月20日に開きます。"
BEFORE_EN = "The ceremony is on 20 February."
AFTER = "式典は2月21日に開きます。"


@pytest.fixture
def changed_lead(news_index, publish):
    """An article whose lead changed in Japanese after it was translated."""
    page = NewsPageFactory(parent=news_index, title="提携記念式典", lead=BEFORE, image=None)
    translate(page, {"提携記念式典": "Anniversary ceremony", BEFORE: BEFORE_EN})
    page.lead = AFTER
    publish(page)
    return Translation.objects.get(source__object_id=page.translation_key)


@pytest.fixture
def translator(client, django_user_model):
    client.force_login(staff_member(django_user_model, TRANSLATORS))


def review_url(translation):
    return reverse("translation_review", args=[translation.pk])


def test_the_review_shows_the_change_in_the_source_beside_the_kept_translation(
    client, translator, changed_lead
):
    html = BeautifulSoup(client.get(review_url(changed_lead)).content, "html.parser")

    [item] = html.select(".translation-review > li")
    change = item.select_one(".translation-review__source")
    assert change.get_text() == "式典は2月201日に開きます。"
    assert [mark.get_text() for mark in change.select("del")] == ["0"]
    assert [mark.get_text() for mark in change.select("ins")] == ["1"]
    assert BEFORE in item.get_text()
    assert BEFORE_EN in item.get_text()


def test_accepting_clears_the_review_and_keeps_the_translation(client, translator, changed_lead):
    review = SegmentReview.objects.get()

    response = client.post(review_url(changed_lead), {"accept": review.pk}, follow=True)

    assert not SegmentReview.objects.exists()
    assert "1 か所の訳を採用しました。" in [str(m) for m in response.context["messages"]]
    english = changed_lead.get_target_instance()
    assert english.lead == BEFORE_EN


def test_the_translation_editor_points_to_the_review(client, translator, changed_lead):
    english = changed_lead.get_target_instance()

    response = client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))

    page = response.content.decode()
    assert "原文が変わったため、確認が必要な訳が 1 か所あります。" in page
    assert review_url(changed_lead) in page


def test_an_editor_of_japanese_pages_cannot_review_english(client, django_user_model, changed_lead):
    client.force_login(staff_member(django_user_model, EDITORS))

    response = client.post(review_url(changed_lead), {"accept": "all"})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
    assert SegmentReview.objects.exists()

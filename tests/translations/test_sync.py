"""Publishing a source brings its translations up to date, and no translator's work is lost."""

import datetime
import json

import pytest

from django.urls import reverse

from wagtail.rich_text import RichText
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from tests.factories.core import ImageFactory
from tests.factories.news import NewsPageFactory
from tests.support.bilingual import CONTACT
from tests.support.translation import translate
from translations.models import SegmentReview
from translations.sync import sync_translations, untranslated_segments

DATE = datetime.date(2025, 6, 28)
TITLE_EN = "Events for the 50th anniversary of the sister city agreement with Torrance"
OLD_LEAD = "提携50周年を記念して式典を開きました。"
OLD_LEAD_EN = "A ceremony marked fifty years of the agreement."
PARAGRAPH_EN = "Both cities' representatives planted a tree."
NEW_LEAD = "新しいリード文です。"


@pytest.fixture
def article(news_index):
    """A news article published in Japanese and fully translated into English."""
    page = NewsPageFactory(
        parent=news_index,
        title="トーランス市との姉妹都市提携50周年記念事業",
        date=DATE,
        lead=OLD_LEAD,
        body=[("paragraph", RichText("<p>両市の代表が記念植樹をしました。</p>"))],
        image=None,
        image_alt="",
    )
    translate(
        page,
        {
            page.title: TITLE_EN,
            OLD_LEAD: OLD_LEAD_EN,
            "両市の代表が記念植樹をしました。": PARAGRAPH_EN,
        },
    )
    return page


@pytest.fixture
def english(site, article):
    def english():
        return article.get_translation(site.en)

    return english


@pytest.fixture
def new_lead_published(article, publish):
    article.lead = NEW_LEAD
    publish(article)
    return article


def test_synchronised_date_reaches_the_live_translation_at_once(article, english, publish):
    article.date = datetime.date(2025, 7, 5)

    publish(article)

    assert english().date == datetime.date(2025, 7, 5)
    assert english().live


def test_unchanged_segments_keep_their_translations(new_lead_published, english):
    updated = english()
    assert updated.title == TITLE_EN
    assert str(updated.body[0].value) == f"<p>{PARAGRAPH_EN}</p>"


def test_changed_segment_keeps_previous_translation_flagged_for_review(
    site, new_lead_published, english
):
    assert english().lead == OLD_LEAD_EN
    suggestion = StringTranslation.objects.get(translation_of__data=NEW_LEAD, locale=site.en)
    assert suggestion.data == OLD_LEAD_EN
    assert suggestion.review.reason == SegmentReview.Reason.SOURCE_CHANGED
    assert suggestion.review.previous_source == OLD_LEAD


def test_editor_shows_the_kept_translation_needs_review(
    client, new_lead_published, english, admin_user_ja
):
    client.force_login(admin_user_ja)

    response = client.get(f"/admin/pages/{english().pk}/edit/")

    # The editor's data is JSON with non-ASCII characters escaped.
    page = response.content.decode()
    assert json.dumps(f"要確認：原文が「{OLD_LEAD}」から変更されました。")[1:-1] in page


def test_translator_replacing_the_suggestion_clears_the_flag(
    client, new_lead_published, admin_user_ja
):
    translation = Translation.objects.get(source__object_id=new_lead_published.translation_key)
    segment = StringSegment.objects.get(source=translation.source, string__data=NEW_LEAD)
    client.force_login(admin_user_ja)

    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        data="value=A+new+lead.",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not SegmentReview.objects.exists()


def test_source_draft_never_reaches_the_live_translation(article, english):
    article.date = datetime.date(2030, 1, 1)
    article.save_revision()

    assert english().date == DATE


def test_new_text_without_translation_waits_but_dates_still_update(article, english, publish):
    article.date = datetime.date(2023, 3, 1)
    article.body.append(("paragraph", RichText("<p>追加の段落です。</p>")))

    publish(article)

    translated = english()
    assert translated.date == datetime.date(2023, 3, 1)
    assert "追加の段落" not in str(translated.body)
    assert PARAGRAPH_EN in str(translated.body)


def test_syncing_twice_changes_nothing(new_lead_published, english):
    def state():
        return (
            StringTranslation.objects.count(),
            SegmentReview.objects.count(),
            english().latest_revision_id,
        )

    before = state()

    sync_translations(new_lead_published)
    sync_translations(new_lead_published)

    assert state() == before


def test_contact_details_changes_reach_the_english_footer(
    client, site, django_capture_on_commit_callbacks
):
    japanese = site.contact("ja")
    japanese.telephone = "04-7157-0000"
    with django_capture_on_commit_callbacks(execute=True):
        japanese.save()

    english_contact = site.contact("en")
    assert english_contact.telephone == "04-7157-0000"
    assert english_contact.name == CONTACT["name"][1]
    footer = client.get("/en/").content.decode().split("<footer", 1)[1]
    assert "+81-4-7157-0000" in footer
    assert CONTACT["name"][1] in footer


def test_an_image_added_to_a_translated_source_publishes_with_the_source_alt_text_waiting(
    article, english, publish, site
):
    article.image = ImageFactory()
    article.image_alt = "植樹をする両市の代表"

    publish(article)

    translated = english()
    assert translated.live and translated.image == article.image
    # Until the translator translates it, the English page reads the Japanese description.
    assert translated.image_alt == "植樹をする両市の代表"
    assert untranslated_segments(
        TranslationSource.objects.get_for_instance(article), site.en
    ).exists()


def test_editor_dates_each_translation_in_japanese_on_japan_s_calendar(
    client, article, english, admin_user_ja
):
    # 20:00 UTC on 30 November is already 1 December in Kashiwa.
    StringTranslation.objects.filter(data=OLD_LEAD_EN).update(
        updated_at=datetime.datetime(2026, 11, 30, 20, 0, tzinfo=datetime.UTC)
    )
    client.force_login(admin_user_ja)

    page = client.get(f"/admin/pages/{english().pk}/edit/").content.decode()

    assert json.dumps("2026年12月1日に手動で翻訳")[1:-1] in page
    assert "November 2026に" not in page and "December 2026に" not in page

"""Publishing a source brings its translations up to date, and no translator's work is lost."""

import datetime
import json

import pytest

from django.urls import reverse

from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translations.models import SegmentReview
from translations.sync import sync_translations

NOTICE = "news/16th-chengde-youth-delegates/"
OLD_SUMMARY_EN = (
    "Live with a family in Chengde, discover Chinese history and culture, and meet "
    "local high school students."
)


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return publish


def english(demo, path=NOTICE):
    return demo.page(path, "en")


def test_synchronised_date_reaches_the_live_translation_at_once(demo, publish):
    japanese = demo.page(NOTICE)
    japanese.application_closes = datetime.date(2025, 7, 5)

    publish(japanese)

    assert english(demo).application_closes == datetime.date(2025, 7, 5)
    assert english(demo).live


def test_unchanged_segments_keep_their_translations(demo, publish):
    japanese = demo.page(NOTICE)
    japanese.summary = "新しい概要です。"

    publish(japanese)

    updated = english(demo)
    assert updated.title == "16th Chengde youth delegation: call for applicants"
    assert updated.eligibility == "People who live or study in Kashiwa."
    assert updated.how_to_apply.startswith("Fill in the application form")


def test_changed_segment_keeps_previous_translation_flagged_for_review(demo, publish):
    japanese = demo.page(NOTICE)
    old_summary = japanese.summary
    japanese.summary = "新しい概要です。"

    publish(japanese)

    assert english(demo).summary == OLD_SUMMARY_EN
    suggestion = StringTranslation.objects.get(
        translation_of__data="新しい概要です。", locale=demo.en
    )
    assert suggestion.data == OLD_SUMMARY_EN
    assert suggestion.review.reason == SegmentReview.Reason.SOURCE_CHANGED
    assert suggestion.review.previous_source == old_summary


def test_editor_shows_the_kept_translation_needs_review(client, demo, publish, admin_user_ja):
    japanese = demo.page(NOTICE)
    japanese.summary = "新しい概要です。"
    publish(japanese)
    client.force_login(admin_user_ja)

    response = client.get(f"/admin/pages/{english(demo).pk}/edit/")

    # The editor's data is JSON with non-ASCII characters escaped.
    page = response.content.decode()
    assert json.dumps("要確認：原文が「ホームステイをしながら")[1:-1] in page


def test_translator_replacing_the_suggestion_clears_the_flag(client, demo, publish, admin_user_ja):
    japanese = demo.page(NOTICE)
    japanese.summary = "新しい概要です。"
    publish(japanese)
    translation = Translation.objects.get(source__object_id=japanese.translation_key)
    segment = StringSegment.objects.get(source=translation.source, string__data="新しい概要です。")
    client.force_login(admin_user_ja)

    response = client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        data="value=A+new+summary.",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    assert not SegmentReview.objects.exists()


def test_source_draft_never_reaches_the_live_translation(demo, publish):
    japanese = demo.page(NOTICE)
    japanese.application_closes = datetime.date(2030, 1, 1)
    japanese.save_revision()

    assert english(demo).application_closes == datetime.date(2025, 6, 28)


def test_new_text_without_translation_waits_but_dates_still_update(demo, publish):
    japanese = demo.page("news/torrance-50th-anniversary/")
    japanese.date = datetime.date(2023, 3, 1)
    japanese.body.append(("paragraph", "<p>追加の段落です。</p>"))

    publish(japanese)

    translated = english(demo, "news/torrance-50th-anniversary/")
    assert translated.date == datetime.date(2023, 3, 1)
    assert "追加の段落" not in str(translated.body)


def test_syncing_twice_changes_nothing(demo, publish):
    japanese = demo.page(NOTICE)
    japanese.summary = "新しい概要です。"
    publish(japanese)
    state = (
        StringTranslation.objects.count(),
        SegmentReview.objects.count(),
        english(demo).latest_revision_id,
    )

    sync_translations(demo.page(NOTICE))
    sync_translations(demo.page(NOTICE))

    assert (
        StringTranslation.objects.count(),
        SegmentReview.objects.count(),
        english(demo).latest_revision_id,
    ) == state


def test_contact_details_changes_reach_the_english_footer(client, demo):
    from home.models import ContactDetails

    japanese = ContactDetails.objects.get(locale=demo.ja)
    japanese.telephone = "04-7157-0000"
    japanese.save()

    english_contact = ContactDetails.objects.get(locale=demo.en)
    assert english_contact.telephone == "04-7157-0000"
    assert english_contact.name == "Kashiwa International Relations Association (KIRA)"

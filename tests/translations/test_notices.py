"""Translators hear of work without opening a report: an email, in their own language, when a
page nobody has translated yet is published (once), and for every change to the source of a
page they translate, a second change the same day included; and the report shows their own."""

import logging

import pytest
from bs4 import BeautifulSoup

from django.core import mail
from django.urls import reverse

from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from accounts.roles import EDITORS, MODERATORS, TRANSLATORS
from tests.factories.news import NewsPageFactory
from tests.support.applications import staff_member
from tests.support.tasks import run_notification_worker
from tests.support.translation import translate
from translations.models import TranslatorNotice
from translations.notices import tell_translators

TITLE = "承徳市との友好都市提携記念式典"


@pytest.fixture
def staff(django_user_model):
    people = {}
    for role in (EDITORS, MODERATORS, TRANSLATORS):
        person = staff_member(django_user_model, role)
        person.email = f"{role.encode().hex()}@example.com"
        person.save()
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = "ja"
        profile.save()
        people[role] = person
    return people


def new_article(news_index, publish, **fields):
    page = NewsPageFactory(parent=news_index, title=TITLE, live=False, **fields)
    publish(page)
    run_notification_worker()
    return page


def test_a_new_source_page_is_announced_to_translators_only(news_index, publish, staff):
    new_article(news_index, publish)

    [email] = mail.outbox
    assert email.to == [staff[TRANSLATORS].email]
    assert email.subject == f"翻訳のお願い：「{TITLE}」（英語）"
    assert "英語のページはまだありません" in email.body
    assert reverse("translation_status") in email.body


def test_a_page_nobody_translated_yet_is_announced_once(news_index, publish, staff):
    page = new_article(news_index, publish)

    page.lead = "式典の日程を変更しました。"
    publish(page)
    run_notification_worker()

    assert len(mail.outbox) == 1


def test_every_change_to_a_translated_page_is_told_a_second_one_the_same_day_too(
    news_index, publish, staff
):
    page = new_article(news_index, publish, lead="式典を開きます。")
    translate(page)
    mail.outbox.clear()

    for lead in ("式典の日程を変更しました。", "式典の会場を変更しました。"):
        page.lead = lead
        publish(page)
        run_notification_worker()

    assert [email.subject for email in mail.outbox] == [
        f"「{TITLE}」の原文が変わりました（英語の訳が古くなっています）"
    ] * 2


def test_publishing_again_without_a_change_tells_nobody(news_index, publish, staff):
    page = new_article(news_index, publish, lead="式典を開きます。")
    translate(page)
    mail.outbox.clear()

    publish(page)
    run_notification_worker()

    assert mail.outbox == []


def test_a_change_while_the_translation_is_a_draft_is_told_too(news_index, publish, staff, site):
    page = new_article(news_index, publish, lead="式典を開きます。")
    translate(page).unpublish()
    mail.outbox.clear()

    page.lead = "式典の日程を変更しました。"
    publish(page)
    run_notification_worker()

    [email] = mail.outbox
    assert "原文が変わりました" in email.subject


def test_nothing_is_queued_where_no_one_translates(news_index, publish):
    new_article(news_index, publish)

    assert mail.outbox == []
    assert not TranslatorNotice.objects.exists()


def test_the_report_shows_a_translator_what_they_translated(
    client, news_index, publish, staff, site
):
    mine = new_article(news_index, publish)
    NewsPageFactory(parent=news_index, title="ほかの人の記事")
    translate(mine)
    StringTranslation.objects.filter(locale=site.en).update(last_translated_by=staff[TRANSLATORS])
    client.force_login(staff[TRANSLATORS])

    html = client.get(reverse("translation_status"), {"mine": "1"}).content
    titles = [
        cell.get_text(strip=True)
        for cell in BeautifulSoup(html, "html.parser").select("tbody th, tbody td:first-child")
    ]

    assert any(TITLE in title for title in titles)
    assert not any("ほかの人の記事" in title for title in titles)


def test_an_email_that_cannot_be_sent_is_tried_again_until_mail_is_back(
    news_index, publish, staff, settings, monkeypatch, caplog
):
    settings.NOTIFICATION_RETRY_DELAYS = [0, 0]
    refusals = []

    def refuse(self, messages):
        refusals.append(len(messages))
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", refuse)
    with caplog.at_level(logging.WARNING, logger="translations.notices"):
        new_article(news_index, publish)

    notice = TranslatorNotice.objects.get()
    assert notice.sent_at is None and notice.attempts == 3
    assert "ConnectionRefusedError" in notice.last_error
    assert len(refusals) == 3 and "Gave up" in caplog.text

    settings.NOTIFICATION_RETRY_DELAYS = [0]
    monkeypatch.undo()
    TranslatorNotice.objects.filter(pk=notice.pk).update(attempts=0)
    tell_translators.enqueue(notice.pk)
    run_notification_worker()

    notice.refresh_from_db()
    assert notice.sent_at is not None and notice.last_error == ""
    assert [email.to for email in mail.outbox] == [[staff[TRANSLATORS].email]]

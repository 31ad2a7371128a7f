"""Cron's `publish_scheduled` puts every due page live, whatever happens to one of them."""

import datetime

import pytest

from django.core.management import CommandError, call_command
from django.utils import timezone

from wagtail.models import PageLogEntry, Revision

from publishing.models import PublishingProblem
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.support.tasks import run_notification_worker
from tests.support.translation import translate
from translations import sync
from translations.sync import REFRESH_LOG_ACTION

EARLIER = datetime.timedelta(minutes=5)


@pytest.fixture
def due_pages(site, editor):
    """Three live Japanese articles, each with a translated English copy and an edit by the
    editor that a moderator approved for a time that has now passed."""
    index = NewsIndexPageFactory(parent=site.home("ja"))
    translate(index)
    pages = []
    for number in range(3):
        page = NewsPageFactory(parent=index, title=f"予約した記事{number}", lead="元のリード文")
        translate(page, {page.title: f"Scheduled article {number}"})
        page.lead = f"新しいリード文{number}"
        page.body = []
        page.save_revision(user=editor, approved_go_live_at=timezone.now() - EARLIER)
        pages.append(page)
    return pages


def publish_scheduled(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("publish_scheduled")


def test_every_due_page_goes_live_with_its_english_copy_as_the_association(
    site, due_pages, django_capture_on_commit_callbacks
):
    publish_scheduled(django_capture_on_commit_callbacks)

    for number, page in enumerate(due_pages):
        page.refresh_from_db()
        assert page.lead == f"新しいリード文{number}"
        english = page.get_translation(site.en)
        assert english.live
        assert PageLogEntry.objects.filter(page=english, action=REFRESH_LOG_ACTION).exists()
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    assert not PublishingProblem.objects.exists()


def test_a_page_that_fails_stops_none_of_the_others_and_staff_are_told(
    client, site, due_pages, moderator, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    failing = due_pages[1]
    real_publish = Revision.publish

    def publish(revision, *args, **kwargs):
        if revision.object_id == str(failing.pk):
            raise ValueError("a block is broken")
        return real_publish(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", publish)

    with pytest.raises(CommandError, match="1 scheduled change"):
        publish_scheduled(django_capture_on_commit_callbacks)

    leads = [type(page).objects.get(pk=page.pk).lead for page in due_pages]
    assert leads == ["新しいリード文0", "元のリード文", "新しいリード文2"]
    problem = PublishingProblem.objects.get()
    assert problem.page_id == failing.pk
    assert problem.kind == PublishingProblem.Kind.SCHEDULED_PUBLISH

    client.force_login(moderator)
    dashboard = client.get("/admin/").content.decode()
    assert "公開できなかったページ" in dashboard and "予約した公開" in dashboard
    assert "予約した記事1" in dashboard
    run_notification_worker()
    assert [mail.subject for mail in mailoutbox if "shonin@example.com" in mail.to] == [
        "「予約した記事1」（日本語）を公開できませんでした"
    ]


def test_the_next_run_tries_again_tells_no_one_twice_and_clears_the_problem(
    site, due_pages, moderator, mailoutbox, monkeypatch, django_capture_on_commit_callbacks
):
    failing = due_pages[0]
    real_publish = Revision.publish

    def publish(revision, *args, **kwargs):
        if revision.object_id == str(failing.pk):
            raise ValueError("a block is broken")
        return real_publish(revision, *args, **kwargs)

    monkeypatch.setattr(Revision, "publish", publish)
    for _run in range(2):
        with pytest.raises(CommandError):
            publish_scheduled(django_capture_on_commit_callbacks)
    run_notification_worker()
    assert PublishingProblem.objects.get().occurrences == 2
    assert len([mail for mail in mailoutbox if "shonin@example.com" in mail.to]) == 1

    monkeypatch.setattr(Revision, "publish", real_publish)
    publish_scheduled(django_capture_on_commit_callbacks)

    failing.refresh_from_db()
    assert failing.lead == "新しいリード文0"
    assert not PublishingProblem.objects.filter(resolved_at__isnull=True).exists()


def test_an_english_refresh_that_fails_leaves_every_japanese_page_live(
    site, due_pages, monkeypatch, django_capture_on_commit_callbacks
):
    real_republish = sync._republish_whole
    broken_english = due_pages[0].get_translation(site.en)

    def republish(translation, target):
        if target.pk == broken_english.pk:
            raise RuntimeError("the disk is full")
        return real_republish(translation, target)

    monkeypatch.setattr(sync, "_republish_whole", republish)

    publish_scheduled(django_capture_on_commit_callbacks)

    assert all(type(page).objects.get(pk=page.pk).lead.startswith("新しい") for page in due_pages)
    problem = PublishingProblem.objects.get()
    assert problem.page_id == broken_english.pk
    assert problem.kind == PublishingProblem.Kind.TRANSLATION_REFRESH

"""A draft saves with its required fields empty; publishing and submitting need them, and so does
every draft saved while the page awaits a moderator (approving publishes the latest draft).

The matrix: an editor and a moderator, creating and editing a recruitment notice (a deadline) and
an event (a start), saving a draft, submitting and publishing, with the page free or awaiting
moderation (only a moderator edits it then: Wagtail locks it for its editor; an editor has no
publish action). Each case asserts what the person sees: where the form lands, the messages in
Japanese, and that what was typed is still there.
"""

import pytest

from django.test import RequestFactory
from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from accounts.roles import EDITORS, MODERATORS
from news.models import EventPage, RecruitmentKind, RecruitmentPage
from tests.factories.news import EventPageFactory, RecruitmentPageFactory
from tests.support.html import html
from tests.support.staff import person

SUMMARY = "ホストファミリーを募集します。締切日は調整中です。"
REQUIRED = "この項目は必須です"
AWAITING = "このページは承認待ちです"


@pytest.fixture(params=[EDITORS, MODERATORS], ids=["editor", "moderator"])
def staff(request, client, django_user_model):
    user = person(django_user_model, "staff", request.param)
    client.force_login(user)
    return user


def notice_form(city, **changes):
    """A notice as an editor types it before the deadline is known."""
    return nested_form_data(
        {
            "title": "ホストファミリー募集",
            "slug": "",
            "city": city.pk,
            "kind": RecruitmentKind.HOST_FAMILY,
            "summary": SUMMARY,
            "application_opens": "",
            "application_closes": "",
            "documents": streamfield([]),
            "briefing_sessions": streamfield([]),
            "body": streamfield([]),
            **changes,
        }
    )


def event_form(**changes):
    """An event as an editor types it before the date is fixed."""
    return nested_form_data(
        {
            "title": "国際交流フェスタ",
            "slug": "",
            "start": "",
            "end": "",
            "reception_opens": "",
            "venue_name": "パレット柏",
            "venue_address": "",
            "summary": SUMMARY,
            "registration_details": "",
            "body": streamfield([("paragraph", rich_text("<p>詳細は後日お知らせします。</p>"))]),
            **changes,
        }
    )


def add(client, news, model, data, action=None):
    url = reverse("wagtailadmin_pages:add", args=["news", model._meta.model_name, news.pk])
    if action:
        data = {**data, action: action}
    return client.post(url, data)


def edit(client, page, data, action=None):
    if action:
        data = {**data, action: action}
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def shown(response):
    return html(response).get_text(" ", strip=True)


def messages(response):
    return " ".join(str(message) for message in response.context["messages"])


@pytest.mark.parametrize(
    ("model", "form", "missing"),
    [(RecruitmentPage, "notice", "application_closes"), (EventPage, "event", "start")],
    ids=["notice without a deadline", "event without a start"],
)
def test_a_first_draft_saves_without_its_date(client, staff, news, city, model, form, missing):
    data = notice_form(city) if form == "notice" else event_form()

    response = add(client, news, model, data)

    assert response.status_code == 302
    saved = model.objects.child_of(news).get()
    assert not saved.live
    draft = saved.get_latest_revision_as_object()
    assert getattr(draft, missing) is None
    assert draft.summary == SUMMARY
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[saved.pk]))
    assert editor_page.status_code == 200
    assert SUMMARY in editor_page.content.decode()


@pytest.mark.parametrize(
    ("role", "action"),
    [(EDITORS, "action-submit"), (MODERATORS, "action-submit"), (MODERATORS, "action-publish")],
    ids=["editor submits", "moderator submits", "moderator publishes"],
)
def test_submitting_or_publishing_needs_the_deadline_and_keeps_what_was_typed(
    client, django_user_model, news, city, role, action
):
    client.force_login(person(django_user_model, "staff", role))

    response = add(client, news, RecruitmentPage, notice_form(city), action)

    assert response.status_code == 200
    assert "ページを作成できませんでした" in messages(response)
    assert "application_closes" in response.context["form"].errors
    assert REQUIRED in shown(response)
    assert SUMMARY in response.content.decode()
    assert not RecruitmentPage.objects.child_of(news).exists()


def test_a_draft_missing_its_deadline_can_be_completed_and_published(client, moderator, news, city):
    add(client, news, RecruitmentPage, notice_form(city))
    notice = RecruitmentPage.objects.child_of(news).get()

    response = edit(
        client,
        notice,
        notice_form(city, slug=notice.slug, application_closes="2027-01-31"),
        "action-publish",
    )

    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.live and notice.application_closes.isoformat() == "2027-01-31"
    visitor_page = client.get(notice.url)
    assert "2027年1月31日" in visitor_page.content.decode()


@pytest.fixture
def awaiting_moderation(site, news, city, editor):
    """A notice the editor submitted; approving it would publish its latest draft."""
    notice = RecruitmentPageFactory(parent=news, city=city, summary=SUMMARY)
    notice.save_revision(user=editor)
    notice.get_workflow().start(notice, editor)
    notice.refresh_from_db()
    return notice


@pytest.fixture
def moderator(client, moderator):
    """The moderator, signed in."""
    client.force_login(moderator)
    return moderator


def test_while_awaiting_moderation_a_draft_must_keep_its_deadline(
    client, moderator, city, awaiting_moderation
):
    notice = awaiting_moderation
    before = notice.get_latest_revision()

    response = edit(client, notice, notice_form(city, slug=notice.slug))

    assert response.status_code == 200
    assert "application_closes" in response.context["form"].errors
    assert AWAITING in messages(response)
    assert SUMMARY in response.content.decode()
    notice.refresh_from_db()
    assert notice.get_latest_revision() == before


def test_while_awaiting_moderation_a_complete_draft_still_saves(
    client, moderator, city, awaiting_moderation
):
    notice = awaiting_moderation

    response = edit(
        client, notice, notice_form(city, slug=notice.slug, application_closes="2027-02-28")
    )

    assert response.status_code == 302
    notice.refresh_from_db()
    draft = notice.get_latest_revision_as_object()
    assert draft.application_closes.isoformat() == "2027-02-28"


def test_an_event_draft_without_its_start_previews_as_a_visitor_would_see_it(client, staff, news):
    event = EventPageFactory(parent=news)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[event.pk])

    client.post(preview_url, event_form(slug=event.slug))
    response = client.get(preview_url, {"in_preview_panel": "true"})

    assert response.status_code == 200
    text = shown(response)
    assert "国際交流フェスタ" in text
    assert "このイベントは終了しました" not in text


# Every page type with a date it needs only once published, and those dates.
UNDATED = [
    ("cities/torrance/", ["agreement_date"]),
    ("cities/torrance/51st-kashiwa-delegation/", ["year", "departure_date", "return_date"]),
    ("cities/torrance/2025-adult-leader-interview/", ["delegation_year"]),
    ("news/torrance-50th-anniversary/", ["date"]),
    ("news/torrance-delegates-return-report/", ["start", "end"]),
    ("news/16th-chengde-youth-delegates/", ["application_opens", "application_closes"]),
]


@pytest.mark.parametrize(("path", "fields"), UNDATED, ids=[path for path, _ in UNDATED])
def test_every_draft_without_its_dates_previews(page_tree, admin_user_ja, path, fields):
    page = page_tree.page(path)
    page.title = "日付未定の下書き"
    for name in fields:
        setattr(page, name, None)
    request = RequestFactory().get("/")
    request.user = admin_user_ja

    response = page.make_preview_request(original_request=request)

    response.render()
    assert response.status_code == 200
    assert "日付未定の下書き" in response.content.decode()


def bulk_publish(client, pages, parent, include_descendants=False):
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + "?"
        + "&".join(f"id={page.pk}" for page in pages)
        + f"&next=/admin/pages/{parent.pk}/"
    )
    data = {"include_descendants": "on"} if include_descendants else {}
    return client.post(url, data, follow=True)


def test_bulk_publish_refuses_an_undated_draft_and_publishes_nothing_of_the_batch(
    client, moderator, news, city
):
    add(client, news, RecruitmentPage, notice_form(city))
    undated = RecruitmentPage.objects.child_of(news).get()
    dated = RecruitmentPageFactory(parent=news, city=city, live=False)

    response = bulk_publish(client, [dated, undated], news)

    assert response.status_code == 200
    assert "「ホストファミリー募集」は「締切日」がまだ入力されていないため" in messages(response)
    undated.refresh_from_db()
    dated.refresh_from_db()
    assert not undated.live and not dated.live


def test_publishing_a_section_with_its_drafts_refuses_an_undated_one_below(
    client, moderator, news, city
):
    add(client, news, RecruitmentPage, notice_form(city))
    news.unpublish()

    response = bulk_publish(client, [news], news.get_parent(), include_descendants=True)

    assert "「締切日」がまだ入力されていない" in messages(response)
    news.refresh_from_db()
    assert not news.live

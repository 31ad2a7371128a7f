"""The page editor never answers 500, whatever an editor leaves empty or types wrong.

For every page type, the create and edit forms get what the editor of a page with written
blocks in its StreamFields would submit (the form's own inputs, StreamFields built with
Wagtail's form-data helpers), with any subset of the fields an editor fills in (StreamField
block children included) emptied or malformed. Saving a draft, publishing, autosave (Wagtail 8
posts the same form with ``Accept: application/json``) and the preview panel answer with a form
and its messages, a saved page, or a JSON error: never a 500.
"""

import datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from django.db import transaction
from django.utils import timezone

from wagtail.fields import StreamField

from core.dates import DatePrecision
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory, briefing_session
from tests.support.page_editor import EMPTY_RICH_TEXT, Editor
from tests.support.pages import PAGE_OF_EACH_TYPE

fuzz = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


# A block of each kind an editor writes without choosing a file, an image or a video: the
# fuzzing reaches into their fields as well.
WRITTEN_BLOCKS = {
    "paragraph": "<p>提携50周年の記念式典を開きました。</p>",
    "heading": {"text": "式典の様子", "level": "h2"},
    "quote": {"quote": "友情はこれからも続きます。", "attribution": "トーランス市長"},
    "milestone": {
        "date": "1973-02-20",
        "precision": DatePrecision.DAY,
        "title": "姉妹都市提携の調印",
        "description": "柏市役所で調印式が行われました。",
    },
    "question_answer": {"question": "派遣で学んだことは？", "answer": "<p>言葉より笑顔です。</p>"},
}


def with_written_blocks(page):
    """The page, saved with every block of WRITTEN_BLOCKS its StreamFields offer."""
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            setattr(
                page,
                field.name,
                [
                    *getattr(page, field.name).raw_data,
                    *(
                        {"type": name, "value": WRITTEN_BLOCKS[name]}
                        for name in field.stream_block.child_blocks
                        if name in WRITTEN_BLOCKS
                    ),
                ],
            )
    page.save_revision().publish()
    return page


@pytest.fixture(params=PAGE_OF_EACH_TYPE, ids=lambda path: path.strip("/") or "home")
def editor(request, client, page_tree, admin_user_ja):
    # An exception inside a view fails the test with its traceback, which says more than a 500.
    client.force_login(admin_user_ja)
    return Editor(client, with_written_blocks(page_tree.page(request.param)))


def check(response, action):
    """A form with messages, a saved page, or a JSON answer; never a 500."""
    assert response.status_code < 500, response.content[:2000]
    if action == "autosave":
        assert response.status_code in (200, 400)
        assert response.headers["Content-Type"] == "application/json"
    elif action == "preview":
        assert response.status_code == 200
    else:
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert list(response.context["messages"]), "a refused form says why"


@fuzz
@given(data=st.data())
def test_page_editor_never_fails(editor, data):
    form = data.draw(st.sampled_from(["create", "edit"]), label="form")
    action = data.draw(st.sampled_from(["draft", "publish", "autosave", "preview"]), label="action")
    changes = {}
    for key in data.draw(
        st.lists(st.sampled_from(editor.fields), unique=True, max_size=len(editor.fields)),
        label="fields",
    ):
        changes[key] = data.draw(editor.strategy_for(key), label=key)

    response = sent_and_undone(editor, form, action, changes)

    event(f"{form} {action} {response.status_code}")
    check(response, action)


FORMS = ["create", "edit"]


def sent_and_undone(editor, form, action, changes):
    """What the editor's submission answers, with what it saved undone (the next subtest starts
    from the same page; preparing the page's editor takes longer than a submission)."""
    with transaction.atomic():
        response = editor.send(form, action, changes)
        transaction.set_rollback(True)
    return response


def test_the_unchanged_form_is_saved(editor, subtests):
    # The baseline the generated input starts from is a valid page of its type.
    for form in FORMS:
        for action in ("draft", "publish"):
            with subtests.test(form=form, action=action):
                response = sent_and_undone(editor, form, action, {})
                assert response.status_code == 302, response.context["form"].errors


def test_every_field_left_empty(editor, subtests):
    empty = {key: EMPTY_RICH_TEXT if key in editor.rich_fields else "" for key in editor.fields}
    for form in FORMS:
        for action in ("draft", "publish", "autosave", "preview"):
            with subtests.test(form=form, action=action):
                check(sent_and_undone(editor, form, action, empty), action)


def test_the_unchanged_form_previews(editor, subtests):
    for form in FORMS:
        with subtests.test(form=form):
            assert sent_and_undone(editor, form, "preview", {}).status_code == 200


HALF_FILLED_SESSION = {
    "briefing_sessions-0-value-start_time": "",
    "briefing_sessions-0-value-end_time": "",
}


@pytest.fixture
def notice_editor(client, site, admin_user_ja):
    home = site.home("ja")
    notice = RecruitmentPageFactory(
        parent=NewsIndexPageFactory(parent=home),
        title="第16回 承徳市派遣青少年募集",
        city=CityPageFactory(parent=CityIndexPageFactory(parent=home)),
        briefing_sessions=[briefing_session(timezone.localdate() + datetime.timedelta(days=7))],
    )
    client.force_login(admin_user_ja)
    return Editor(client, notice)


@pytest.mark.parametrize("form", ["create", "edit"])
def test_a_notice_with_a_half_filled_briefing_session_is_saved_as_a_draft(notice_editor, form):
    response = notice_editor.send(form, "draft", HALF_FILLED_SESSION)

    assert response.status_code == 302


@pytest.mark.parametrize("form", ["create", "edit"])
def test_a_notice_with_a_half_filled_briefing_session_is_autosaved(notice_editor, form):
    response = notice_editor.send(form, "autosave", HALF_FILLED_SESSION)

    assert response.status_code == 200
    assert response.json()["success"] is True


@pytest.mark.parametrize("form", ["create", "edit"])
def test_a_notice_with_a_half_filled_briefing_session_previews(notice_editor, form):
    response = notice_editor.send(form, "preview", HALF_FILLED_SESSION)

    assert response.status_code == 200
    assert notice_editor.page.title in response.content.decode()


def test_a_notice_with_a_half_filled_briefing_session_is_not_published(notice_editor):
    response = notice_editor.send("edit", "publish", HALF_FILLED_SESSION)

    assert response.status_code == 200
    assert "briefing_sessions" in response.context["form"].errors

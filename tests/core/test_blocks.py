"""Every block's cross-field clean() accepts missing values and reports what it compares.

A draft is saved half-filled (Wagtail defers "required" until publishing), so clean() sees None
wherever the editor has not typed yet. Saying a field is required is the field's job; clean()
only compares values that are there, and never fails with anything but a ValidationError.
(Page types' own clean(): tests/core/test_pages.py and tests/news/test_recruitment_validation.py.)
"""

import datetime
import itertools

import pytest

from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse

from wagtail import blocks

from core import blocks as site_blocks
from core.blocks import BriefingSessionBlock, MilestoneBlock
from core.dates import DatePrecision
from tests.support.html import html

DATE = datetime.date(2026, 5, 10)
SESSION = {
    "date": DATE,
    "start_time": datetime.time(10, 0),
    "end_time": datetime.time(11, 30),
    "reception_time": datetime.time(9, 30),
    "venue": "パレット柏",
    "notes": "",
}


def clean_or_refuse(clean, value):
    """Runs clean(); a ValidationError is a fine answer, any other exception is the bug."""
    try:
        clean(value)
    except ValidationError as error:
        return error
    return None


def session_with(missing):
    block = BriefingSessionBlock()
    return block, block.to_python({**SESSION, **dict.fromkeys(missing)})


SESSION_FIELDS = ["date", "start_time", "end_time", "reception_time", "venue"]
MISSING_SUBSETS = [
    subset
    for size in range(1, len(SESSION_FIELDS) + 1)
    for subset in itertools.combinations(SESSION_FIELDS, size)
]


@pytest.mark.parametrize("missing", MISSING_SUBSETS, ids="+".join)
def test_a_half_filled_briefing_session_saves_as_a_draft(missing):
    block, value = session_with(missing)

    assert clean_or_refuse(block.clean_deferred, value) is None


@pytest.mark.parametrize("missing", MISSING_SUBSETS, ids="+".join)
def test_a_half_filled_briefing_session_is_refused_for_publishing_field_by_field(missing):
    block, value = session_with(missing)

    error = clean_or_refuse(block.clean, value)

    required = set(missing) - {"reception_time"}
    if required:
        assert set(error.block_errors) == required
    else:
        assert error is None


def test_briefing_session_still_compares_the_times_it_has():
    block = BriefingSessionBlock()
    late_end = block.to_python({**SESSION, "end_time": datetime.time(9, 0)})
    late_reception = block.to_python({**SESSION, "end_time": None, "reception_time": "10:30"})

    assert set(clean_or_refuse(block.clean_deferred, late_end).block_errors) == {"end_time"}
    assert set(clean_or_refuse(block.clean_deferred, late_reception).block_errors) == {
        "reception_time"
    }


@pytest.mark.parametrize("missing", [("date",), ("start_time",), ("date", "end_time")])
def test_a_half_filled_briefing_session_renders_in_the_preview(missing):
    block, value = session_with(missing)

    html = block.render(value)

    assert "パレット柏" in html


def test_a_milestone_without_a_date_renders_in_the_preview():
    block = MilestoneBlock()
    value = block.to_python(
        {"date": None, "precision": DatePrecision.MONTH, "title": "姉妹都市提携"}
    )

    assert clean_or_refuse(block.clean_deferred, value) is None
    assert "姉妹都市提携" in block.render(value)


STRUCT_BLOCKS = [
    cls
    for cls in vars(site_blocks).values()
    if isinstance(cls, type)
    and issubclass(cls, blocks.StructBlock)
    and cls.__module__ == site_blocks.__name__
]


@pytest.mark.parametrize("block_class", STRUCT_BLOCKS, ids=lambda cls: cls.__name__)
def test_every_struct_block_cleans_an_empty_value(block_class):
    block = block_class()
    # What a form gives for an untouched child: None, or no items for a list.
    value = block.to_python(
        {
            name: [] if isinstance(child, blocks.ListBlock) else None
            for name, child in block.child_blocks.items()
        }
    )

    assert clean_or_refuse(block.clean_deferred, value) is None
    # Publishing refuses it field by field, never with a TypeError.
    clean_or_refuse(block.clean, value)


# The block chooser shows editors what a block looks like before they add it. A preview
# given as a block's argument (the paragraph's) would be written into every StreamField's
# migration; Meta's is not, so the blocks with a Meta of their own carry one.
PREVIEWED = [
    ("cities.HistoryPage", "milestones", "milestone", "トーランス市と姉妹都市提携"),
    ("cities.InterviewPage", "questions", "question_answer", "柏の印象を教えてください。"),
    ("news.RecruitmentPage", "briefing_sessions", "session", "パレット柏 3階"),
]


@pytest.mark.parametrize(
    ("model", "field", "name", "shown"), PREVIEWED, ids=[row[2] for row in PREVIEWED]
)
def test_the_block_chooser_previews_a_block_in_the_site_s_own_styles(
    client, admin_user_ja, model, field, name, shown
):
    block = apps.get_model(model)._meta.get_field(field).stream_block.child_blocks[name]
    client.force_login(admin_user_ja)

    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})

    page = html(response)
    assert shown in page.main.get_text()
    assert page.select_one('link[rel=stylesheet][href*="css/site"]')

"""A notice's clean() compares its briefing sessions with its deadline only where both are there:
a draft may have neither yet (tests/core/test_blocks.py says why)."""

import datetime

import pytest

from django.core.exceptions import ValidationError

from tests.factories.news import RecruitmentPageFactory, briefing_session
from tests.support.cleaning import clean_with_something_missing
from tests.support.news import news_section, programme_city

DATE = datetime.date(2026, 5, 10)
SESSION = briefing_session(DATE, reception_time=datetime.time(9, 30))[1]


@pytest.fixture
def notice(site):
    return RecruitmentPageFactory(
        parent=news_section(site),
        city=programme_city(site),
        application_opens=DATE - datetime.timedelta(days=30),
        application_closes=DATE + datetime.timedelta(days=30),
    )


def test_recruitment_clean_with_a_session_missing_its_date(notice):
    notice.briefing_sessions = [("session", {**SESSION, "date": None})]

    clean_with_something_missing(notice, "a session date")


def test_recruitment_clean_without_a_deadline_keeps_the_sessions(notice):
    notice.application_closes = None
    notice.briefing_sessions = [("session", SESSION)]

    clean_with_something_missing(notice, "the deadline")


def test_recruitment_clean_still_refuses_a_session_after_the_deadline(notice):
    notice.application_closes = DATE - datetime.timedelta(days=1)
    notice.briefing_sessions = [("session", {**SESSION, "date": None}), ("session", SESSION)]

    with pytest.raises(ValidationError) as refused:
        notice.clean()

    assert "briefing_sessions" in refused.value.message_dict

"""Days, times and periods read as each language writes them: the weekday, 〜 between the ends
of a period in Japanese, a day never run together with its time."""

import datetime

import pytest

from django.template import Context, Template
from django.utils import timezone, translation

JST = datetime.timezone(datetime.timedelta(hours=9))


def render(source, language, **context):
    with translation.override(language):
        return Template("{% load schedule_tags %}" + source).render(Context(context))


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", '<time datetime="2025-06-01">2025年6月1日（日）</time>'),
        ("en", '<time datetime="2025-06-01">Sun, June 1, 2025</time>'),
    ],
)
def test_a_day_has_its_weekday(language, expected):
    assert render("{% day value %}", language, value=datetime.date(2025, 6, 1)) == expected


def test_a_period_of_days_is_joined_with_a_wave_dash_in_japanese():
    html = render(
        "{% days start end %}",
        "ja",
        start=datetime.date(2025, 8, 21),
        end=datetime.date(2025, 8, 26),
    )

    assert html == (
        '<time datetime="2025-08-21">2025年8月21日（木）</time>〜'
        '<time datetime="2025-08-26">2025年8月26日（火）</time>'
    )


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ja", "2023年11月19日（日）14:00〜16:00"),
        ("en", "Sun, November 19, 2023, 2 p.m.–4 p.m."),
    ],
)
def test_an_event_gives_its_day_then_its_hours(language, text):
    start = datetime.datetime(2023, 11, 19, 5, 0, tzinfo=datetime.UTC)  # 14:00 in Japan

    html = render(
        "{% moment start end %}", language, start=start, end=start + datetime.timedelta(hours=2)
    )

    assert html.startswith('<time datetime="2023-11-19T14:00:00+09:00">')
    assert '<time datetime="2023-11-19T16:00:00+09:00">' in html
    assert text == "".join(Template("{{ html|striptags }}").render(Context({"html": html})))


def test_hours_alone_point_at_their_exact_moment():
    starts_at = timezone.make_aware(datetime.datetime(2025, 6, 1, 12, 0), JST)

    html = render(
        "{% moment start end starts_at=starts_at ends_at=ends_at %}",
        "ja",
        start=datetime.time(12, 0),
        end=datetime.time(13, 30),
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(minutes=90),
    )

    assert html == (
        '<time datetime="2025-06-01T12:00:00+09:00">12:00</time>〜'
        '<time datetime="2025-06-01T13:30:00+09:00">13:30</time>'
    )


def test_an_english_period_of_days_is_spaced_around_its_dash():
    html = render(
        "{% days start end %}",
        "en",
        start=datetime.date(2025, 8, 21),
        end=datetime.date(2025, 8, 26),
    )

    assert html.endswith(
        'Thu, August 21, 2025</time> – <time datetime="2025-08-26">Tue, August 26, 2025</time>'
    )

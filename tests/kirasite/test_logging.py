"""What the logs look like: short readable lines in development, one JSON object per line in
production, Japanese as itself in both."""

import importlib
import json
import logging
import logging.config

import pytest

from django.conf import settings

from tests.factories.news import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def logging_from():
    """Applies a settings module's LOGGING, and the test settings' own again afterwards."""

    def apply(module):
        logging.config.dictConfig(importlib.import_module(module).LOGGING)

    yield apply
    logging.config.dictConfig(settings.LOGGING)


def test_development_logs_are_short_readable_lines(logging_from, capsys, site):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=site.home("ja")))
    logging_from("kirasite.settings.dev")
    news.title = "姉妹都市提携50周年（改訂）"

    # Publishing logs the page action and runs Wagtail's background tasks, each of whose
    # states django-tasks reports: the newcomer's first `make run` printed a thousand of them.
    news.save_revision().publish()
    logging.getLogger("kirasite").warning("承徳市への送信に失敗しました")

    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].endswith(" WARNING kirasite: 承徳市への送信に失敗しました")


def test_production_logs_are_one_json_object_per_line_in_real_characters(logging_from, capsys):
    logging_from("kirasite.settings.base")

    logging.getLogger("kirasite").warning("承徳市への送信に失敗しました\n二行目")

    [line] = capsys.readouterr().err.splitlines()
    assert "承徳市" in line
    record = json.loads(line)
    assert record["level"] == "WARNING"
    assert record["logger"] == "kirasite"
    assert record["message"] == "承徳市への送信に失敗しました\n二行目"

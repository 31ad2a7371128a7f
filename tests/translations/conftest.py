import pytest

from tests.factories.news import NewsIndexPageFactory
from tests.support.translation import translate


@pytest.fixture
def news_index(site):
    """The Japanese news index, translated into English."""
    index = NewsIndexPageFactory(parent=site.home("ja"))
    translate(index, {"お知らせ": "News", "協会からのお知らせです。": "News from the association."})
    return index


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publishes a page as an editor does; translations follow on commit."""

    def publish(page):
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()

    return publish

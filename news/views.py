from django.http import Http404
from django.utils.translation import get_language

from news.models import NewsIndexPage


def events_calendar(request):
    """/<lang>/news/events.ics: Wagtail's page URLs cannot end in a file name."""
    index = (
        NewsIndexPage.objects.live()
        .public()
        .filter(locale__language_code=get_language())
        .order_by("path")
        .first()
    )
    if index is None:
        raise Http404
    return index.calendar(request)

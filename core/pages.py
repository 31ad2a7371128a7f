"""What each page type tells the rest of the site about itself.

Search results, listings, link previews, structured data and calendars ask a page for these
instead of switching on its type; page types override what differs.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import TitleFieldPanel
from wagtail.models import PageViewRestriction

from core.dates import DatePrecision
from core.forms import SitePageForm
from core.permissions import SitePagePermissionTester
from core.text import teaser
from core.upstream.private_sections import in_private_section

DESCRIPTION_LENGTH = 160


@dataclass(frozen=True)
class Occurrence:
    """One dated happening a page announces (an event, a briefing session), in calendar apps
    and to search engines alike."""

    uid: str
    name: str
    starts: datetime.datetime
    ends: datetime.datetime | None
    venue: str
    address: str
    description: str


class SitePage:
    """Mixed into every page type, before Wagtail's `Page`."""

    # The title does not write the slug as the editor types (Wagtail's would keep Japanese
    # characters); the form makes a Latin one from the title if the slug is left empty.
    content_panels = [TitleFieldPanel("title", targets=[])]
    base_form_class = SitePageForm

    # The field whose text stands for the page on lists, in search results and in link
    # previews when the editor wrote no search description.
    summary_field = ""
    # Open Graph's type for link previews.
    og_type = "website"
    # What visitors read beside the page in search results: words of theirs, not the
    # admin's name for the page type. Each page type names itself.
    search_label = ""

    @property
    def summary_text(self):
        """The page's own short description: the editor's search description, else its
        summary field, as one line of plain text."""
        text = self.search_description or (
            getattr(self, self.summary_field) if self.summary_field else ""
        )
        return teaser(strip_tags(text), DESCRIPTION_LENGTH)

    def permissions_for_user(self, user):
        return SitePagePermissionTester(user, self)

    def get_view_restrictions(self):
        """Wagtail's check for every page served: two queries, skipped outside the private
        sections (core/upstream/private_sections.py)."""
        if not in_private_section(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def dated_as(self):
        """(label, date, its DatePrecision) for the date a search result shows: when the page
        was updated, unless the page type has a date that says more."""
        if self.last_published_at:
            updated = timezone.localdate(self.last_published_at)
            return pgettext_lazy("date label", "Updated"), updated, DatePrecision.DAY
        return "", None, DatePrecision.DAY

    def occurrences(self):
        return []

    def structured_data(self, schema):
        """The page's own schema.org objects; `schema` (seo/structured_data.py) builds the
        shared parts. By default, an Event for each occurrence."""
        return [schema.event(occurrence) for occurrence in self.occurrences()]

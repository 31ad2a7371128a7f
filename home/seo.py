"""What search engines and link previews read about a page: description, image, JSON-LD.

Types follow schema.org as Google documents them: Organization on the home page, NewsArticle
for news, Event for events and for each briefing session of a recruitment notice, and a
BreadcrumbList on every page below home.
"""

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from home.navigation import cached_for_site

DESCRIPTION_LENGTH = 160
_SUMMARY_FIELDS = ["summary", "lead", "introduction"]


def page_summary(page):
    """The page's own short description: the editor's search description, else its summary."""
    text = page.search_description or next(
        (getattr(page, name) for name in _SUMMARY_FIELDS if getattr(page, name, "")), ""
    )
    return Truncator(" ".join(strip_tags(text).split())).chars(DESCRIPTION_LENGTH)


def page_description(page):
    """A description for every page, even one whose editor wrote no summary."""
    return page_summary(page) or _("%(title)s: Kashiwa International Relations Association") % {
        "title": page.title
    }


def share_image_url(page, request):
    image = getattr(page, "image", None)
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition("fill-1200x630|format-jpeg").url)


def _organization(home, request, contact):
    organization = {
        "@type": "Organization",
        "name": _("Kashiwa International Relations Association"),
        "url": home.get_full_url(request=request),
    }
    if contact:
        organization.update(
            {
                "email": contact.email,
                "telephone": contact.telephone,
                "address": {
                    "@type": "PostalAddress",
                    "postalCode": contact.postal_code,
                    "streetAddress": " ".join(filter(None, [contact.address, contact.building])),
                    "addressCountry": "JP",
                },
            }
        )
    return organization


def _place(name, address=""):
    place = {"@type": "Place", "name": name}
    if address:
        place["address"] = address
    return place


def _event(name, url, starts, ends, location, description, organizer):
    event = {
        "@type": "Event",
        "name": name,
        "url": url,
        "startDate": timezone.localtime(starts).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": location,
        "description": description,
        "organizer": organizer,
    }
    if ends:
        event["endDate"] = timezone.localtime(ends).isoformat()
    return event


def structured_data(page, request, home, contact=None):
    """The page's JSON-LD objects (each with its @context), breadcrumbs last."""
    from home.models import HomePage
    from news.models import EventPage, NewsPage, RecruitmentPage

    url = page.get_full_url(request=request)
    organizer = {"@type": "Organization", "name": _("Kashiwa International Relations Association")}
    items = []
    if isinstance(page, HomePage):
        items.append(_organization(page, request, contact))
    elif isinstance(page, NewsPage):
        article = {
            "@type": "NewsArticle",
            "headline": page.title,
            "datePublished": page.date.isoformat(),
            "inLanguage": page.locale.language_code,
            "url": url,
            "publisher": organizer,
            "description": page_summary(page),
        }
        if page.last_published_at:
            article["dateModified"] = timezone.localtime(page.last_published_at).isoformat()
        if image := share_image_url(page, request):
            article["image"] = [image]
        items.append(article)
    elif isinstance(page, EventPage):
        items.append(
            _event(
                page.title,
                url,
                page.start,
                page.end,
                _place(page.venue_name, page.venue_address),
                page_summary(page),
                organizer,
            )
        )
    elif isinstance(page, RecruitmentPage):
        for session in page.briefing_sessions:
            value = session.value
            items.append(
                _event(
                    _("Briefing session: %(title)s") % {"title": page.title},
                    url,
                    value.starts_at,
                    value.ends_at,
                    _place(value["venue"]),
                    value["notes"] or page_summary(page),
                    organizer,
                )
            )

    crumbs = breadcrumb_pages(page, home, request)
    if crumbs:
        items.append(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {
                        "@type": "ListItem",
                        "position": position,
                        "name": crumb.title,
                        "item": crumb.get_full_url(request=request),
                    }
                    for position, crumb in enumerate([*crumbs, page], start=1)
                ],
            }
        )
    return [{"@context": "https://schema.org", **item} for item in items]


def breadcrumb_pages(page, home, request=None):
    """Home and every page between it and `page` (empty on the home page itself)."""
    if home is None or page.depth <= home.depth or not page.path.startswith(home.path):
        return []

    def ancestors():
        return list(page.get_ancestors().filter(depth__gte=home.depth).specific(defer=True))

    # Asked for by both the visible trail and the JSON-LD; shared between requests when there
    # is one.
    if not hasattr(page, "_breadcrumb_pages"):
        page._breadcrumb_pages = (
            cached_for_site(request, f"ancestors:{page.pk}", ancestors) if request else ancestors()
        )
    return page._breadcrumb_pages


def open_graph_locale(language_code):
    return {"ja": "ja_JP", "en": "en_US"}.get(language_code, language_code.replace("-", "_"))

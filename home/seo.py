"""What search engines and link previews read about a page: description, image, JSON-LD.

Types follow schema.org as Google documents them: Organization on the home page, NewsArticle
for news, Event for events and for each briefing session of a recruitment notice, and a
BreadcrumbList on every page below home.
"""

from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from home.navigation import cached_for_site

DESCRIPTION_LENGTH = 160
LOGO = "logo.png"  # 512 × 512: Google wants a logo of at least 112 × 112 pixels
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


def _postal_address(street, postal_code=""):
    """A PostalAddress (Google wants one, not text) for an address written on one line."""
    address = {"@type": "PostalAddress", "streetAddress": street, "addressCountry": "JP"}
    if postal_code:
        address["postalCode"] = postal_code
    return address


def _contact_address(contact):
    return _postal_address(
        " ".join(filter(None, [contact.address, contact.building])), contact.postal_code
    )


def _organization(request, home, contact):
    """The Association as publisher, organiser and author, with what Google asks of one."""
    organization = {
        "@type": "Organization",
        "name": _("Kashiwa International Relations Association"),
        "url": home.get_full_url(request=request) if home else request.build_absolute_uri("/"),
        "logo": request.build_absolute_uri(static(LOGO)),
    }
    if contact:
        organization.update(
            {
                "email": contact.email,
                # Google asks for the international form (+81-4-…), as dialled from abroad.
                "telephone": contact.telephone_international,
                "address": _contact_address(contact),
            }
        )
    return organization


def _address_or_office(address, organization):
    """A venue's own address (written on one or more lines), or, left blank, the Association's:
    the venue is its office, as the help texts of the address fields say."""
    if address:
        return _postal_address(" ".join(address.split()))
    return organization.get("address")


def _place(name, address):
    # A site without contact details yet has no address to give; null is not an address.
    return {"@type": "Place", "name": name, **({"address": address} if address else {})}


def _event(name, url, starts, ends, location, description, organizer, image):
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
        "image": [image],
    }
    if ends:
        event["endDate"] = timezone.localtime(ends).isoformat()
    return event


def structured_data(page, request, home, contact=None):
    """The page's JSON-LD objects (each with its @context), breadcrumbs last."""
    from home.models import HomePage
    from news.models import EventPage, NewsPage, RecruitmentPage

    url = page.get_full_url(request=request)
    organization = _organization(request, home, contact)
    organizer = {key: organization[key] for key in ("@type", "name", "url")}
    # Pages without a photo of their own are shown with the Association's logo.
    image = share_image_url(page, request) or organization["logo"]
    items = []
    if isinstance(page, HomePage):
        items.append(organization)
    elif isinstance(page, NewsPage):
        article = {
            "@type": "NewsArticle",
            "headline": page.title,
            "image": [image],
            "datePublished": page.date.isoformat(),
            "dateModified": timezone.localtime(
                page.last_published_at or timezone.now()
            ).isoformat(),
            "inLanguage": page.locale.language_code,
            "url": url,
            "author": organizer,
            "publisher": {**organizer, "logo": organization["logo"]},
            "description": page_summary(page),
        }
        items.append(article)
    elif isinstance(page, EventPage):
        items.append(
            _event(
                page.title,
                url,
                page.start,
                page.end,
                _place(page.venue_name, _address_or_office(page.venue_address, organization)),
                page_summary(page),
                organizer,
                image,
            )
        )
    elif isinstance(page, RecruitmentPage):
        for session in page.briefing_sessions:
            value = session.value
            address = _address_or_office(value.get("venue_address"), organization)
            items.append(
                _event(
                    _("Briefing session: %(title)s") % {"title": page.title},
                    url,
                    value.starts_at,
                    value.ends_at,
                    _place(value["venue"], address),
                    value["notes"] or page_summary(page),
                    organizer,
                    image,
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

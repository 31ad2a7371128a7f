"""What search engines and link previews read about a page: description, image, JSON-LD.

Types follow schema.org as Google documents them: Organization on the home page, NewsArticle
for news, Event for each occurrence a page announces (an event, a notice's briefing sessions),
and a BreadcrumbList on every page below home. Each page type says which of its own objects it
has (`structured_data()`, core/pages.py); this module builds the parts they share.
"""

import re

from django.templatetags.static import static
from django.utils import timezone
from django.utils.translation import gettext as _

from caching.fragments import cached_for_page
from core.text import has_japanese

LOGO = "logo.png"  # 512 × 512: Google wants a logo of at least 112 × 112 pixels


def page_description(page):
    """A description for every page, even one whose editor wrote no summary."""
    return page.summary_text or _("%(title)s: Kashiwa International Relations Association") % {
        "title": page.title
    }


def share_image_url(page, request):
    image = getattr(page, "image", None)
    if image is None:
        return ""
    return request.build_absolute_uri(image.get_rendition("fill-1200x630|format-jpeg").url)


POSTAL_CODE = re.compile(r"〒?\s*(\d{3})-?(\d{4})")
# 千葉県 / 柏市 / 柏1-7-1-301: prefecture, then the city, ward, town or village (a town or
# village may follow its district, 郡), then the rest.
JAPANESE_ADDRESS = re.compile(
    r"^(?P<region>東京都|北海道|(?:京都|大阪)府|\S{2,3}県)"
    r"(?P<locality>\S+?郡\S+?[町村]|\S+?[市区町村])(?P<street>\S.*)$"
)
# 1-7-1-301 Kashiwa, Kashiwa City, Chiba: the street, the city, the prefecture.
ENGLISH_ADDRESS = re.compile(r"^(?P<street>.+),\s*(?P<locality>[^,]+),\s*(?P<region>[^,]+)$")


def postal_address(address, building="", postal_code=""):
    """A PostalAddress with each part in its own field, as Google reads it, from an address
    written as staff write one, in Japanese or in English order; what cannot be told apart
    stays in the street."""
    address = " ".join(address.split())
    if found := POSTAL_CODE.search(address):
        postal_code = postal_code or f"{found[1]}-{found[2]}"
        address = f"{address[: found.start()]} {address[found.end() :]}".strip(" ,")
    address = re.sub(r",?\s*Japan$", "", address)
    parts = JAPANESE_ADDRESS.match(address) or ENGLISH_ADDRESS.match(address)
    street = parts["street"].strip() if parts else address
    fields = {
        "@type": "PostalAddress",
        "streetAddress": (" " if has_japanese(street) else ", ").join(
            filter(None, [street, building])
        ),
    }
    if parts:
        fields["addressLocality"] = parts["locality"].strip()
        fields["addressRegion"] = parts["region"].strip()
    if postal_code:
        fields["postalCode"] = postal_code
    fields["addressCountry"] = "JP"
    return fields


class Schema:
    """The shared parts of one page's structured data: its address, its image, the Association
    as publisher and organiser."""

    def __init__(self, page, request, home, contact):
        self.page = page
        self.request = request
        self.url = page.get_full_url(request=request)
        self.organization = self._organization(home, contact)
        self.organizer = {key: self.organization[key] for key in ("@type", "name", "url")}
        # Pages without a photo of their own are shown with the Association's logo.
        self.image = share_image_url(page, request) or self.organization["logo"]

    def _organization(self, home, contact):
        """The Association as publisher, organiser and author, with what Google asks of one."""
        request = self.request
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
                    "address": postal_address(
                        contact.address, contact.building, contact.postal_code
                    ),
                }
            )
        return organization

    def address_or_office(self, address):
        """A venue's own address (written on one or more lines), or, left blank, the
        Association's: the venue is its office, as the help texts of the address fields say."""
        if address:
            return postal_address(address)
        return self.organization.get("address")

    def event(self, occurrence):
        address = self.address_or_office(occurrence.address)
        event = {
            "@type": "Event",
            "name": occurrence.name,
            "url": self.url,
            "startDate": timezone.localtime(occurrence.starts).isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            # A site without contact details yet has no address to give; null is not one.
            "location": {
                "@type": "Place",
                "name": occurrence.venue,
                **({"address": address} if address else {}),
            },
            "description": occurrence.description,
            "organizer": self.organizer,
            "image": [self.image],
        }
        if occurrence.ends:
            event["endDate"] = timezone.localtime(occurrence.ends).isoformat()
        return event


def structured_data(page, request, home, contact=None):
    """The page's JSON-LD objects (each with its @context), breadcrumbs last."""
    items = page.structured_data(Schema(page, request, home, contact))
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
            cached_for_page(request, f"ancestors:{page.pk}", ancestors) if request else ancestors()
        )
    return page._breadcrumb_pages


def open_graph_locale(language_code):
    return {"ja": "ja_JP", "en": "en_US"}.get(language_code, language_code.replace("-", "_"))

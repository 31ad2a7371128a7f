"""JSON-LD read back by extruct (the structured-data extractor Scrapinghub maintains) from every
page, and held to what Google documents as required and recommended for each type.

From Google Search Central's structured-data reference: Event
(developers.google.com/search/docs/appearance/structured-data/event), Article
(…/article), Organization (…/organization) and Breadcrumb (…/breadcrumb). Every type a page
carries must be one listed here, so a new type cannot slip past unchecked.
"""

import re

import extruct

from tests.demo.validators.pages import rendered_pages

PERSON_OR_ORGANIZATION = {"required": ["@type", "name", "url"]}
POSTAL_ADDRESS = {"required": ["streetAddress", "addressCountry"]}
RULES = {
    "Event": {
        "required": ["name", "startDate", "location"],
        "recommended": [
            "description",
            "endDate",
            "eventAttendanceMode",
            "eventStatus",
            "image",
            "organizer",
        ],
        # `offers` is recommended for ticketed events; ours are free and ask no booking.
    },
    "NewsArticle": {
        "required": [],
        "recommended": ["headline", "image", "datePublished", "dateModified", "author"],
    },
    "Organization": {
        "required": [],
        "recommended": ["name", "url", "logo", "address", "telephone", "email"],
    },
    "BreadcrumbList": {"required": ["itemListElement"]},
}
# Google: "telephone ... include the country code and area code", e.g. +81-4-7157-0281.
INTERNATIONAL_TELEPHONE = re.compile(r"^\+[1-9][0-9]{0,2}(-[0-9]+)+$")


def missing(item, rule, where):
    for name in [*rule.get("required", []), *rule.get("recommended", [])]:
        if item.get(name) in (None, "", []):
            yield f"{where}: no {name}"


def problems(item):
    kind = item.get("@type")
    where = kind
    if kind not in RULES:
        yield f"unchecked type {kind!r}"
        return
    yield from missing(item, RULES[kind], where)
    if kind == "Event":
        location = item.get("location") or {}
        if location.get("@type") != "Place":
            yield "Event: location is not a Place"
        yield from missing(location, {"required": ["name"]}, "Event location")
        address = location.get("address")
        if not isinstance(address, dict) or address.get("@type") != "PostalAddress":
            yield f"Event location: address is not a PostalAddress: {address!r}"
        else:
            yield from missing(address, POSTAL_ADDRESS, "Event location address")
        yield from missing(item.get("organizer") or {}, PERSON_OR_ORGANIZATION, "Event organizer")
    if kind == "NewsArticle":
        yield from missing(item.get("author") or {}, PERSON_OR_ORGANIZATION, "NewsArticle author")
    if kind == "Organization":
        address = item.get("address") or {}
        if address.get("@type") != "PostalAddress":
            yield "Organization: address is not a PostalAddress"
        yield from missing(address, POSTAL_ADDRESS, "Organization address")
        if not INTERNATIONAL_TELEPHONE.match(item.get("telephone", "")):
            yield f"Organization: telephone {item.get('telephone')!r} is not international"
    if kind == "BreadcrumbList":
        for element in item.get("itemListElement", []):
            yield from missing(
                element, {"required": ["position", "name", "item"]}, "BreadcrumbList item"
            )


def test_every_page_gives_what_google_asks_of_its_types(client, demo):
    pages = rendered_pages(client, demo)
    found = {}
    failures = []
    for label, (status, html) in pages.items():
        if status != 200:
            continue
        items = extruct.extract(html, base_url="http://testserver/", syntaxes=["json-ld"])
        for item in items["json-ld"]:
            found[item.get("@type")] = found.get(item.get("@type"), 0) + 1
            failures += [f"{label}: {problem}" for problem in problems(item)]

    # Guards the check itself: the demo has pages of every type we describe.
    assert set(found) == set(RULES), found
    assert not failures, "\n".join(failures)

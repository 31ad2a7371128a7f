"""Template tags every page uses: contact details, navigation, language switcher."""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from caching.fragments import cached_for_site
from caching.lookups import home_pages, live_translations
from core.querysets import listing_pages
from home.models import ContactDetails

register = template.Library()


@register.simple_tag(takes_context=True)
def contact_details(context):
    """The contact details in the visitor's language."""
    language = translation.get_language()

    def in_language():
        return ContactDetails.objects.filter(locale__language_code=language).first()

    request = context.get("request")
    if request is None:  # a template rendered outside a request
        return in_language()
    return cached_for_site(request, f"contact:{language}", in_language)


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page of the visitor's language, its children marked 'show in menus' (items)
    and all its children (every_section, for the footer, so that a page kept out of the menu,
    such as the access page, is still linked from every page)."""
    request = context["request"]
    language = translation.get_language()
    home = home_pages(request).get(language)
    if home is None:
        return {"home": None, "items": [], "every_section": []}
    sections = cached_for_site(
        request,
        f"sections:{language}",
        lambda: list(listing_pages().child_of(home).live().public()),
    )
    items = [section for section in sections if section.show_in_menus]
    return {"home": home, "items": items, "every_section": sections}


@register.simple_tag(takes_context=True)
def language_versions(context):
    """One entry per site language: where that language's version of this page lives.

    A page with no translation in a language links to that language's home page instead,
    and only real translations are offered to search engines as hreflang alternates.
    """
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = live_translations(request, page)
    homes = home_pages(request)
    # Views that are not pages (search) say where they live in each language.
    alternate_urls = context.get("alternate_urls", {})

    versions = []
    for code, name in settings.LANGUAGES:
        if code in alternate_urls:
            url = alternate_urls[code]
            full_url = request.build_absolute_uri(url)
        elif target := translations.get(code) or homes.get(code):
            url = target.get_url(request=request)
            full_url = target.get_full_url(request=request)
        else:
            continue
        versions.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "full_url": full_url,
                "is_translation": code in translations,
                "is_current": code == translation.get_language(),
                "is_default": code == settings.LANGUAGE_CODE,
            }
        )
    return versions

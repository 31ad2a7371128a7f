"""Template tags every page uses: the footer's contact details and the language switcher."""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Page

from home.models import ContactDetails
from home.navigation import home_pages

register = template.Library()


@register.simple_tag
def contact_details():
    return ContactDetails.objects.filter(locale__language_code=translation.get_language()).first()


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The home page of the visitor's language and its children marked 'show in menus'."""
    home = home_pages(context["request"]).get(translation.get_language())
    if home is None:
        return {"home": None, "items": []}
    return {"home": home, "items": home.get_children().live().public().in_menu()}


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
        pages = page.get_translations(inclusive=True).live().public().select_related("locale")
        translations = {p.locale.language_code: p for p in pages}
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

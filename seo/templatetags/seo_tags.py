"""The tags in every page's head and above its content: SEO tags, JSON-LD, breadcrumbs."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail.models import Page

from caching.fragments import cached_for_page
from caching.lookups import home_pages
from seo import structured_data as seo

register = template.Library()


def _json_ld(items):
    """JSON-LD blocks, safe inside <script>: "<", ">" and "&" are escaped as JSON allows."""
    escapes = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
    return [
        mark_safe(json.dumps(item, cls=DjangoJSONEncoder, ensure_ascii=False).translate(escapes))
        for item in items
    ]


@register.simple_tag(takes_context=True)
def seo_tags(context, contact=None):
    """Description, canonical URL, Open Graph and Twitter cards, and JSON-LD for a page;
    `contact` is the Association's contact details in the page's language. Shared between
    requests until the page, its image or what every page shows changes."""
    request = context.get("request")
    page = context.get("page")
    if request is None or not isinstance(page, Page) or not page.pk:
        return ""
    language = translation.get_language()

    def build():
        return render_to_string(
            "components/seo.html", _seo_context(request, page, language, contact)
        )

    return mark_safe(cached_for_page(request, f"seo:{request.scheme}:{page.pk}:{language}", build))


def _seo_context(request, page, language, contact):
    home = home_pages(request).get(language)
    return {
        "page": page,
        "description": seo.page_description(page),
        "canonical_url": page.get_full_url(request=request),
        "image_url": seo.share_image_url(page, request),
        "image_alt": getattr(page, "image_alt", ""),
        "og_type": page.og_type,
        "og_locale": seo.open_graph_locale(language),
        "og_alternate_locales": [
            seo.open_graph_locale(code) for code, _name in settings.LANGUAGES if code != language
        ],
        "structured_data": _json_ld(seo.structured_data(page, request, home, contact)),
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current=None):
    """The trail to the page; with `current`, to a view inside the page (its events list)."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return {}
    request = context["request"]
    home = home_pages(request).get(translation.get_language())
    ancestors = seo.breadcrumb_pages(page, home, request)
    # The request lets {% pageurl %} reuse the site's root paths it has already read.
    if current:
        return {"request": request, "ancestors": [*ancestors, page], "current": current}
    return {"request": request, "ancestors": ancestors, "current": page.title}

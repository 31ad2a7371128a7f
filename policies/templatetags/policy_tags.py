from django import template
from django.utils import translation

from caching.fragments import cached_for_site
from policies.models import PolicyPage

register = template.Library()


@register.simple_tag(takes_context=True)
def policy_page(context, kind):
    """The live policy of this kind in the visitor's language, or None."""
    language = translation.get_language()

    def in_language():
        return (
            PolicyPage.objects.live()
            .public()
            .filter(kind=kind, locale__language_code=language)
            .first()
        )

    request = context.get("request")
    if request is None:
        return in_language()
    return cached_for_site(request, f"policy:{kind}:{language}", in_language)

from django import template
from django.utils import translation

from caching.fragments import cached_for_site
from policies.models import PrivacyPolicyPage

register = template.Library()


@register.simple_tag(takes_context=True)
def privacy_policy(context):
    """The live privacy policy in the visitor's language, or None."""
    language = translation.get_language()

    def in_language():
        return (
            PrivacyPolicyPage.objects.live().public().filter(locale__language_code=language).first()
        )

    request = context.get("request")
    if request is None:
        return in_language()
    return cached_for_site(request, f"privacy-policy:{language}", in_language)

"""What other apps' templates show from the news app."""

from django import template

from news.models import RecruitmentPage

register = template.Library()


@register.simple_tag
def city_notices(city):
    """The recruitment notices of a partner city's programme, in the city page's language."""
    return (
        RecruitmentPage.objects.in_locale_of(city)
        .for_city(city)
        .latest_deadline_first()
        .with_programmes()
    )

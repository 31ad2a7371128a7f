from django import template
from django.apps import apps

register = template.Library()


@register.filter
def app_name(content_type):
    """The name staff read for the app a content type belongs to ("姉妹都市・友好都市"), not its
    code name."""
    return apps.get_app_config(content_type.app_label).verbose_name

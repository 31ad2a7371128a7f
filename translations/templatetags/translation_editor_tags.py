from django import template

from translations.upstream import synchronisation_actions as actions

register = template.Library()


@register.simple_tag(takes_context=True)
def editor_props(context, props):
    return actions.editor_props(props, context["request"].user)

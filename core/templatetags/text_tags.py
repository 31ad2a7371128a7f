from django import template

from core.text import teaser as cut_between_words

register = template.Library()


@register.filter
def teaser(text, length):
    """{{ item.summary|teaser:140 }}: cut between words or Japanese phrases, never inside."""
    return cut_between_words(text or "", int(length))

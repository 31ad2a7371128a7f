"""The staff's synonym groups as the query reads them, and what a change to them renews.

Read with one query per search that is not kept yet (the results are kept, search/views.py),
so every worker sees a change at once."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation

from caching.pages import invalidate_addresses
from search.models import SynonymGroup
from search.text import query_tokens


def synonym_groups():
    """{the tokens of a word: every word of its groups}."""
    groups = {}
    for group in SynonymGroup.objects.all():
        words = group.word_list()
        for word in words:
            key = tuple(query_tokens(word))
            if key:
                known = groups.setdefault(key, [])
                known.extend(other for other in words if other not in known)
    return groups


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def renew_kept_searches(**kwargs):
    """Searches answered before the change were kept under the search page's address."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("search"))
    transaction.on_commit(lambda: invalidate_addresses(paths))

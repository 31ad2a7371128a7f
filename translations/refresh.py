"""When translations follow their source: after the source's publish has committed, as a job.

The job runs on the "default" task backend: at once, right after the commit, unless a queue is
configured there. Either way the person who published is already done: whatever happens to the
translations, their publish, their comment and their workflow step stand.
"""

import functools

from django_tasks import task

from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.log_actions import LogContext
from wagtail.models import Page

from translations.notices import notice_translators
from translations.sync import sync_translations


def refresh_after_commit(instance):
    content_type = ContentType.objects.get_for_model(instance, for_concrete_model=False)
    transaction.on_commit(
        functools.partial(refresh_translations.enqueue, content_type.pk, instance.pk)
    )


# The job beside what it does; workers find it by this module's path.
@task()
def refresh_translations(content_type_id, object_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    instance = model._default_manager.filter(pk=object_id).first()
    if instance is None:
        return
    if isinstance(instance, Page):
        instance = instance.specific
        if not instance.live:
            return
    # Run inside the publisher's request, Wagtail's history would name the publisher.
    with LogContext(user=None):
        updated = sync_translations(instance)
    if isinstance(instance, Page):
        notice_translators(instance, source_changed=bool(updated))

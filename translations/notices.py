"""Translators hear of work without opening a report: an email in their own admin language
when a page nobody has translated into their language yet is published (once), and whenever a
publish changes the source of a translation they keep (every time, a second change the same
day included). The dashboard's "translations to do" panel shows the same work.

The translators of a language are the people who may edit its pages and not the source
language's (Wagtail's page permissions, so a moderator, who edits both, is not one); people
without an email address are skipped. The email waits in the notification queue, committed
with the publish, for `manage.py db_worker --backend notifications`.
"""

import functools
import logging

from django_tasks import task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import GroupPagePermission, Locale, Page
from wagtail.users.models import UserProfile

from core.retries import next_attempt_at
from translations.models import TranslatorNotice
from translations.publishing import language_name
from translations.status import State, translation_status

logger = logging.getLogger(__name__)

# The states in which a translation's translators may have news after its source is published.
NEEDS_TRANSLATOR = {State.MISSING, State.OUTDATED, State.IN_PROGRESS}


def _groups_editing(language_homes):
    return GroupPagePermission.objects.filter(
        page__in=language_homes, permission__codename="change_page"
    ).values("group")


def translators_of(locale):
    homes = Page.objects.filter(depth=2)
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=_groups_editing(homes.filter(locale=locale)))
        .exclude(
            groups__in=_groups_editing(homes.filter(locale__language_code=settings.LANGUAGE_CODE))
        )
        .exclude(email="")
        .distinct()
    )


def notice_translators(page, source_changed):
    """After `page` (a source) is published: one notice per language whose translators have
    news. `source_changed` says whether this publish changed what translations are made from."""
    staffed = {
        locale.language_code: locale
        for locale in Locale.objects.exclude(pk=page.locale_id)
        if translators_of(locale).exists()
    }
    if not staffed:
        return
    for row in translation_status():
        if (
            row.translation_key != str(page.translation_key)
            or row.source_locale != page.locale.language_code
            or row.target_locale not in staffed
            or row.state not in NEEDS_TRANSLATOR
        ):
            continue
        locale = staffed[row.target_locale]
        never_translated = not page.get_translations().filter(locale=locale).exists()
        if row.state == State.MISSING and never_translated:
            notice, created = TranslatorNotice.objects.get_or_create(
                translation_key=page.translation_key,
                locale=locale,
                reason=TranslatorNotice.Reason.NEW,
            )
        elif source_changed:
            notice, created = TranslatorNotice.objects.get_or_create(
                translation_key=page.translation_key,
                locale=locale,
                reason=TranslatorNotice.Reason.CHANGED,
                revision_id=page.live_revision_id,
            )
        else:
            continue
        if created:
            transaction.on_commit(functools.partial(tell_translators.enqueue, notice.pk))


def _message(user, notice, title):
    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        report = settings.WAGTAILADMIN_BASE_URL + reverse("translation_status")
        target = language_name(notice.locale)
        if notice.reason == TranslatorNotice.Reason.NEW:
            subject = _("Please translate “%(title)s” into %(language)s")
            body = _("A new page, “%(title)s”, is published and has no %(language)s version yet.")
        else:
            subject = _("“%(title)s” changed: its %(language)s translation is out of date")
            body = _("The source of “%(title)s” changed; its %(language)s translation needs you.")
        values = {"title": title, "language": target}
        text = "\n\n".join(
            [
                body % values,
                _("See what is left to translate in the translation status report:\n%(url)s")
                % {"url": report},
            ]
        )
        return EmailMessage(subject % values, text, settings.DEFAULT_FROM_EMAIL, [user.email])


# The job beside what it sends; workers find it by this module's path.
@task(backend="notifications")
def tell_translators(notice_id):
    notice = TranslatorNotice.objects.select_related("locale").filter(pk=notice_id).first()
    if notice is None or notice.sent_at:
        return
    source = (
        Page.objects.filter(translation_key=notice.translation_key)
        .exclude(locale=notice.locale)
        .order_by("pk")
        .first()
    )
    if source is None:
        return
    messages = [_message(user, notice, source.title) for user in translators_of(notice.locale)]
    notice.attempts += 1
    try:
        get_connection().send_messages(messages)
    # Whatever the mail backend raises, the work stays on the dashboard and in the report; the
    # email is tried again later, as staff's application emails are.
    except Exception as error:
        notice.last_error = f"{type(error).__name__}: {error}"[:500]
        notice.save(update_fields=["attempts", "last_error"])
        try_again_later(notice)
        return
    notice.sent_at = timezone.now()
    notice.last_error = ""
    notice.save(update_fields=["sent_at", "attempts", "last_error"])


def try_again_later(notice):
    retry_at = next_attempt_at(notice.attempts)
    if retry_at is None:
        logger.error(
            "Gave up telling translators of %s after %s attempts: %s",
            notice,
            notice.attempts,
            notice.last_error,
        )
        return
    tell_translators.using(run_after=retry_at).enqueue(notice.pk)
    logger.warning("Could not tell translators of %s, trying again at %s", notice, retry_at)

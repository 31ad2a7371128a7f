"""Staff hear of what the site could not publish for them: on the dashboard at once, and by
email once per problem (to everyone who may publish), in each person's admin language. The log
has the traceback for whoever maintains the site."""

import functools
import logging

from django_tasks import task

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import GroupPagePermission, Page
from wagtail.users.models import UserProfile

from publishing.models import PublishingProblem

logger = logging.getLogger(__name__)


def report_problem(kind, page, error):
    """Records that `kind` of work on `page` failed with `error` (an exception)."""
    text = f"{type(error).__name__}: {error}"
    logger.error("%s failed for page %s", kind, page.pk, exc_info=error)
    updated = PublishingProblem.objects.filter(
        kind=kind, page=page, resolved_at__isnull=True
    ).update(error=text, occurrences=F("occurrences") + 1, last_seen_at=timezone.now())
    if updated:
        return
    problem = PublishingProblem.objects.create(kind=kind, page=page, error=text)
    transaction.on_commit(functools.partial(tell_staff.enqueue, problem.pk))


def resolve_problems(kind, page):
    PublishingProblem.objects.filter(kind=kind, page=page, resolved_at__isnull=True).update(
        resolved_at=timezone.now()
    )


def open_problems():
    return PublishingProblem.objects.filter(resolved_at__isnull=True).select_related(
        "page", "page__locale"
    )


def publishers():
    """Everyone who may publish some page: the people who can put a problem right."""
    publishing_groups = GroupPagePermission.objects.filter(
        permission__codename="publish_page"
    ).values("group")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__in=publishing_groups))
        .exclude(email="")
        .distinct()
    )


def _message(user, problem):
    language = UserProfile.get_for_user(user).get_preferred_language()
    with translation.override(language):
        page = problem.page.specific_deferred
        values = {
            "title": page.get_admin_display_title(),
            "what": problem.get_kind_display(),
            "language": problem.page.locale.get_display_name(),
        }
        subject = _("Could not publish “%(title)s” (%(language)s)") % values
        body = "\n\n".join(
            [
                _(
                    "The site could not finish this for you: %(what)s of “%(title)s” "
                    "(%(language)s). The page is unchanged; nothing you saved is lost."
                )
                % values,
                _("Open the page, check it and publish it again:\n%(url)s")
                % {
                    "url": settings.WAGTAILADMIN_BASE_URL
                    + reverse("wagtailadmin_pages:edit", args=[page.pk])
                },
                _("The dashboard lists every open problem until it is put right."),
            ]
        )
        return EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])


# The job beside what it sends; workers find it by this module's path.
@task(backend="notifications")
def tell_staff(problem_id):
    problem = (
        PublishingProblem.objects.select_related("page", "page__locale")
        .filter(pk=problem_id, resolved_at__isnull=True, staff_told_at__isnull=True)
        .first()
    )
    if problem is None:
        return
    messages = [_message(user, problem) for user in publishers()]
    try:
        get_connection().send_messages(messages)
    # Whatever the mail backend raises, the problem stays on the dashboard.
    except Exception:
        logger.exception("Could not email staff about %s", problem)
        return
    problem.staff_told_at = timezone.now()
    problem.save(update_fields=["staff_told_at"])


def attempt(kind, obj, work):
    """Runs `work()` for `obj` in a transaction of its own. A failure is rolled back and reported
    (on the dashboard for a page, in the log for a snippet) and does not reach the caller, which
    goes on with the next one. Returns whether it worked."""
    try:
        with transaction.atomic():
            work()
    except Exception as error:
        if isinstance(obj, Page):
            report_problem(kind, obj, error)
        else:
            logger.exception("%s failed for %r", kind, obj)
        return False
    if isinstance(obj, Page):
        resolve_problems(kind, obj)
    return True

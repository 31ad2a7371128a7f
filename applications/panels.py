"""On the admin dashboard: applications whose email to staff has not got through."""

import datetime

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.utils import get_forms_for_user

from applications.models import StaffNotification


class UndeliveredNotificationsPanel(Component):
    """Shown only while some email failed, or has waited longer than a worker ever takes (no
    worker running): staff who never got it would not know otherwise."""

    WAITING_TOO_LONG = datetime.timedelta(minutes=15)

    name = "undelivered_notifications"
    order = 40
    template_name = "applications/panels/undelivered_notifications.html"

    def __init__(self, notifications):
        self.notifications = notifications

    @classmethod
    def for_user(cls, user):
        notifications = list(
            StaffNotification.objects.filter(
                Q(attempts__gt=0)
                | Q(submission__submit_time__lt=timezone.now() - cls.WAITING_TOO_LONG),
                submission__page__in=get_forms_for_user(user),
            )
            .exclude(status=StaffNotification.Status.SENT)
            .select_related("submission__page")
            .order_by("-submission__submit_time")[:20]
        )
        return cls(notifications) if notifications else None

    def get_context_data(self, parent_context):
        return {
            "notifications": self.notifications,
            "title": _("Emails to staff that have not got through"),
        }

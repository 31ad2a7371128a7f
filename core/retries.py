"""When a failed email is tried again: after each of NOTIFICATION_RETRY_DELAYS in turn, then
never (staff's application emails and translators' notices alike)."""

import datetime

from django.conf import settings
from django.utils import timezone


def next_attempt_at(attempts, now=None):
    """The time of the next try after `attempts` failed ones, or None once they are used up."""
    delays = settings.NOTIFICATION_RETRY_DELAYS
    if attempts > len(delays):
        return None
    return (now or timezone.now()) + datetime.timedelta(seconds=delays[attempts - 1])

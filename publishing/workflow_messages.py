"""A moderator's decision says what happened, where the moderator is.

Wagtail's workflow actions say nothing of the decision: approving from the dashboard's dialog
lands back on the dashboard with the page simply gone from the list, and asking for changes from
the page editor says only that the page was updated. This middleware watches the two views that
take those decisions and, when a task was decided in that request, says what it means. A
middleware because Wagtail offers no hook around workflow actions.
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import TaskState

DECIDING_VIEWS = {"wagtailadmin_pages:workflow_action", "wagtailadmin_pages:edit"}


class WorkflowDecisionMessageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = timezone.now()
        response = self.get_response(request)
        match = request.resolver_match
        if request.method == "POST" and match and match.view_name in DECIDING_VIEWS:
            for task_state in TaskState.objects.filter(
                finished_by=request.user.pk, finished_at__gte=started
            ).select_related("revision"):
                self.say_what_happened(request, task_state)
        return response

    def say_what_happened(self, request, task_state):
        page = task_state.revision.content_object
        title = {"title": page.get_admin_display_title()}
        if task_state.status == TaskState.STATUS_REJECTED:
            messages.success(
                request,
                _(
                    "You asked for changes to “%(title)s”. Its editor is told by email; the "
                    "page stays as visitors see it now."
                )
                % title,
            )
        elif task_state.status == TaskState.STATUS_APPROVED:
            if page.live and page.live_revision_id == task_state.revision_id:
                text = _("“%(title)s” is approved and published.")
            elif page.go_live_at and page.go_live_at > timezone.now():
                text = _("“%(title)s” is approved and will be published at the time set.")
            else:
                text = _("“%(title)s” is approved.")
            messages.success(request, text % title)

"""The dashboard panel that says what the site could not publish, to the people who can fix it."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from core.dates import format_moment
from publishing.problems import open_problems


class PublishingProblemsPanel(Component):
    name = "publishing_problems"
    # Above everything else on the dashboard: a page that should be live is not.
    order = 10
    template_name = "publishing/panels/publishing_problems.html"

    def __init__(self, problems):
        self.problems = problems

    def get_context_data(self, parent_context):
        for problem in self.problems:
            problem.last_seen = format_moment(timezone.localtime(problem.last_seen_at))
        return {"problems": self.problems, "title": _("Could not be published")}


def panel_for(user):
    """The panel, for someone who may publish, when there is something to show."""
    problems = [
        problem
        for problem in open_problems()
        if problem.page.permissions_for_user(user).can_publish()
    ]
    return PublishingProblemsPanel(problems) if problems else None

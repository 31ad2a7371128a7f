from wagtail import hooks

from publishing.completeness import refuse_bulk_publish_of_incomplete_drafts
from publishing.panels import panel_for


@hooks.register("construct_homepage_panels")
def add_publishing_problems_panel(request, panels):
    panel = panel_for(request.user)
    if panel is not None:
        panels.append(panel)


hooks.register("before_bulk_action", refuse_bulk_publish_of_incomplete_drafts)

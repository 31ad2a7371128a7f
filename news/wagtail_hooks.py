from wagtail import hooks

from news.panels import OpenRecruitmentPanel


@hooks.register("construct_homepage_panels")
def add_open_recruitment_panel(request, panels):
    panels.append(OpenRecruitmentPanel())

"""axe-core (bundled by axe-playwright-python) finds no WCAG 2.2 A/AA violation on any page type.

Each page is checked in both languages on a 320 px phone, where it must also fit without
sideways scrolling, and the application form is checked again showing its error messages.
ARIA rules axe can only mark "needs review" fail the test too.
"""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.utils import timezone

from applications.models import HostFamilyApplicationPage
from cities.models import CityPage
from news.models import NewsIndexPage, RecruitmentPage
from tests.support.pages import PAGE_OF_EACH_TYPE

pytestmark = pytest.mark.browser

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
SMALLEST_PHONE = {"width": 320, "height": 640}
PAGES = [
    *PAGE_OF_EACH_TYPE,
    "news/?category=announcement&page=abc",
    "news/host-families-now/apply/",
    "search/?q=トーランス",
    "search/?q=zzzz",
    "no-such-page/",
]


@pytest.fixture
def open_application_form(live_site):
    """An open host-family notice with its form, in both languages."""
    today = timezone.localdate()
    for language in ["ja", "en"]:
        notice = RecruitmentPage(
            title={"ja": "ホストファミリー募集（受付中）", "en": "Host families wanted (open)"}[
                language
            ],
            slug="host-families-now",
            city=CityPage.objects.get(slug="torrance", locale__language_code=language),
            kind="host_family",
            summary={"ja": "受け入れ家庭を募集しています。", "en": "We are looking for hosts."}[
                language
            ],
            application_opens=today - datetime.timedelta(days=1),
            application_closes=today + datetime.timedelta(days=30),
        )
        NewsIndexPage.objects.get(locale__language_code=language).add_child(instance=notice)
        notice.save_revision().publish()
        form = HostFamilyApplicationPage(
            title={"ja": "申し込みフォーム", "en": "Application form"}[language],
            slug="apply",
            privacy_notice={
                "ja": "<p>個人情報は選考にのみ使います。</p>",
                "en": "<p>Used only to choose hosts.</p>",
            }[language],
        )
        notice.add_child(instance=form)
        form.save_revision().publish()


@pytest.fixture
def smallest_phone(chromium):
    context = chromium.new_context(viewport=SMALLEST_PHONE, is_mobile=True)
    yield context.new_page()
    context.close()


def aria_needing_review(results):
    """ARIA checks axe could not decide ("needs review"), with the elements and the reasons.

    A broken reference such as aria-describedby pointing at a missing id lands here, not among
    the violations, and a screen reader then silently reads nothing.
    """
    return [
        f"{rule['id']}: {node['target']} {[check['message'] for check in node['any']]}"
        for rule in results.response["incomplete"]
        if rule["id"].startswith("aria-")
        for node in rule["nodes"]
    ]


def assert_accessible(page, label):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    assert results.violations_count == 0, f"{label}\n{results.generate_report()}"
    needing_review = aria_needing_review(results)
    assert not needing_review, f"{label}\n" + "\n".join(needing_review)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{label} scrolls sideways by {overflow}px at 320px"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_page_type_has_no_wcag_violations(
    live_site, open_application_form, smallest_phone, screenshot, language
):
    for path in PAGES:
        smallest_phone.goto(f"{live_site.url}/{language}/{path}")
        assert_accessible(smallest_phone, f"/{language}/{path}")
    screenshot(smallest_phone, f"accessibility-{language}-404-320px")


def test_the_application_form_with_errors_has_no_wcag_violations(
    live_site, open_application_form, smallest_phone, screenshot
):
    page = smallest_phone
    page.goto(f"{live_site.url}/ja/news/host-families-now/apply/")
    page.fill("#id_email", "hanako@")
    page.get_by_role("button", name="申し込みを送信する").click()
    page.wait_for_selector(".form-errors")

    assert_accessible(page, "application form with errors")
    assert page.locator("#id_email").input_value() == "hanako@"
    screenshot(page, "accessibility-application-form-errors-320px")

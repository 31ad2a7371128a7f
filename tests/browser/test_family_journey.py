"""A family applies on a phone; an editor reads the application in the admin, on a desktop."""

import datetime

import pytest

from django.utils import timezone

from accounts.roles import EDITORS
from news.models import RecruitmentPage

pytestmark = pytest.mark.browser

LONG_ADDRESS = "〒277-0005 千葉県柏市柏5丁目8番12号 柏市教育福祉会館3階"


@pytest.fixture
def open_host_family_call(live_site):
    notice = RecruitmentPage.objects.get(
        slug="torrance-host-families-2025", locale__language_code="ja"
    )
    notice.application_closes = timezone.localdate() + datetime.timedelta(days=30)
    notice.save_revision().publish()
    return notice


def test_a_family_applies_and_an_editor_reads_every_answer(
    live_site, open_host_family_call, phone, person, log_in, screenshot
):
    phone.goto(f"{live_site.url}{open_host_family_call.url}apply/")
    phone.fill("input[name=household_name]", "田中家")
    phone.fill("input[name=contact_person]", "田中 一郎")
    phone.fill("input[name=email]", "ichiro@example.jp")
    phone.fill("input[name=phone]", "０９０ー１２３４ー５６７８")
    phone.fill("input[name=postal_code]", "〒２７７－０００５")
    phone.fill("textarea[name=address]", LONG_ADDRESS)
    phone.fill("input[name=household_members]", "4")
    phone.fill("input[name=languages]", "日本語、英語")
    phone.check("input[name=smoking][value=outside]")
    phone.fill("input[name=preferred_period]", "全期間")
    assert phone.locator("input[name=phone]").get_attribute("type") == "tel"
    # Targets a thumb can hit: the boxes at least 24 px, each row of choices at least 44 px.
    for choice in ("input[name=consent]", "input[name=smoking][value=outside]"):
        box = phone.locator(choice).bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, choice
        row = phone.locator(".form-field__check", has=phone.locator(choice)).bounding_box()
        assert row["height"] >= 44, choice

    # Sent without the consent: the page starts at the error summary, which has the focus.
    phone.locator("form.application-form button[type=submit]").click()
    summary = phone.locator("#form-errors")
    summary.wait_for()
    assert phone.evaluate("document.activeElement.id") == "form-errors"
    assert (
        phone.evaluate("document.getElementById('form-errors').getBoundingClientRect().top") < 200
    )
    assert "プライバシーに関するお知らせに同意" in summary.inner_text()
    assert phone.locator("textarea[name=address]").input_value() == LONG_ADDRESS
    screenshot(phone, "family-refused-375")
    summary.locator("a").first.click()
    assert phone.evaluate("document.activeElement.name") == "consent"

    phone.check("input[name=consent]")
    phone.locator("form.application-form button[type=submit]").click()
    phone.get_by_role("heading", name="お申し込みありがとうございました").wait_for()
    reference = phone.locator(".reference dd").inner_text()
    screenshot(phone, "family-applied-375")
    # A reload (or the back-and-forward a worried parent tries) sends nothing again.
    phone.reload()
    assert phone.locator(".reference dd").inner_text() == reference

    person("jimukyoku", EDITORS)
    admin = log_in("jimukyoku")
    admin.goto(f"{live_site.url}/admin/forms/")
    admin.locator("a[href*='/admin/forms/submissions/']").first.click()
    address = admin.get_by_role("cell", name=LONG_ADDRESS)
    address.wait_for()
    screenshot(admin, "editor-reads-applications-1280")

    # Long answers get room to be read, not one character per line.
    assert address.bounding_box()["width"] > 200
    assert admin.get_by_role("cell", name="喫煙者がいる（屋外のみで喫煙）").is_visible()
    assert admin.get_by_role("cell", name="はい", exact=True).is_visible()
    assert admin.get_by_role("cell", name=reference).count() == 1
    assert admin.get_by_role("cell", name="090-1234-5678", exact=True).is_visible()
    assert admin.get_by_role("cell", name="277-0005", exact=True).is_visible()

"""The privacy and accessibility policies: one of each per language, linked from notices and
application forms, and a privacy policy that lists what the site really keeps."""

import datetime

import pytest

from django.test import override_settings

from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.news import RecruitmentPageFactory
from tests.factories.policies import AccessibilityPolicyPageFactory, PrivacyPolicyPageFactory
from tests.support.html import html
from tests.support.translation import translate

pytestmark = pytest.mark.django_db


def kept_data(soup):
    section = soup.find(id="personal-data").parent
    return {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in section.select("dl.facts dt")
    }


@override_settings(APPLICATION_RETENTION=datetime.timedelta(days=30))
def test_the_privacy_policy_lists_what_the_form_keeps_and_the_deletion_the_site_carries_out(
    client, site
):
    policy = PrivacyPolicyPageFactory(parent=site.home("ja"))

    facts = kept_data(html(client.get(policy.url)))

    assert facts["保存期間"] == "受け付けてから30日後に自動で削除します。"
    for item in ("世帯名", "メールアドレス", "住所", "喫煙", "申し込みを受け付けた日時"):
        assert item in facts["預かる項目"]
    assert "ご記入ください" not in facts["預かる項目"]  # the spam trap is not kept


def test_the_english_privacy_policy_lists_the_same_in_english(client, site):
    english = translate(PrivacyPolicyPageFactory(parent=site.home("ja")))

    facts = kept_data(html(client.get(english.url)))

    assert facts["How long"] == "Deleted automatically 365 days after it was received."
    assert "Household name" in facts["What is kept"]


def test_the_accessibility_policy_lists_no_personal_data(client, site):
    policy = AccessibilityPolicyPageFactory(parent=site.home("ja"))

    soup = html(client.get(policy.url))

    assert soup.find(id="personal-data") is None
    assert soup.find(id="inquiries") is not None


def page_types_offered(client, parent):
    chooser = html(client.get(f"/admin/pages/{parent.pk}/add_subpage/"))
    return {link.get_text(" ", strip=True) for link in chooser.select("main a[href*='/add/']")}


def test_the_editor_is_offered_only_the_policy_not_written_yet_in_that_language(
    client, site, admin_user_ja
):
    PrivacyPolicyPageFactory(parent=site.home("ja"))
    client.force_login(admin_user_ja)

    japanese = page_types_offered(client, site.home("ja"))
    english = page_types_offered(client, site.home("en"))

    assert any("アクセシビリティ方針" in name for name in japanese)
    assert not any("プライバシーポリシー" in name for name in japanese)
    assert any("プライバシーポリシー" in name for name in english)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("ja", "個人情報の取り扱いについては「個人情報の取り扱い」をご覧ください。"),
        ("en", "How the association handles personal data: [en] 個人情報の取り扱い"),
    ],
)
def test_a_notice_links_to_the_privacy_policy_in_the_visitors_language(
    client, site, news, city, language, expected
):
    policy = PrivacyPolicyPageFactory(parent=site.home("ja"))
    notice = RecruitmentPageFactory(parent=news, city=city)
    if language == "en":
        translate(news)
        policy, notice = translate(policy), translate(notice)

    link = html(client.get(notice.url)).select_one(".inquiries .privacy-link")

    assert " ".join(link.get_text().split()) == expected
    assert link.a["href"] == policy.url


def test_a_notice_links_to_no_policy_while_it_is_a_draft(client, site, news, city):
    policy = PrivacyPolicyPageFactory(parent=site.home("ja"))
    policy.unpublish()
    notice = RecruitmentPageFactory(parent=news, city=city)

    assert html(client.get(notice.url)).select_one(".privacy-link") is None


def test_the_application_form_links_its_short_notice_to_the_whole_policy(client, site, news, city):
    policy = PrivacyPolicyPageFactory(parent=site.home("ja"))
    notice = RecruitmentPageFactory(parent=news, city=city, kind="host_family")
    form = HostFamilyApplicationPageFactory(parent=notice)

    link = html(client.get(form.url)).select_one(".privacy-notice .privacy-link a")

    assert link["href"] == policy.url


def test_policies_are_linked_from_every_footer(client, site, news):
    policy = PrivacyPolicyPageFactory(parent=site.home("ja"))

    footer = html(client.get(news.url)).select_one(".site-footer__nav")

    assert policy.url in [a["href"] for a in footer.select("a")]

"""A host family applies online under its recruitment notice, in Japanese or English."""

import datetime
import io

import pytest
from openpyxl import load_workbook

from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text

from accounts.roles import EDITORS, MODERATORS, TRANSLATORS
from applications.models import HostFamilyApplicationPage
from news.models import RecruitmentKind
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory
from tests.support.applications import APPLICATION, notice_with_form, staff_member
from tests.support.bilingual import BilingualSite
from tests.support.html import html
from tests.support.tasks import run_notification_worker


def test_an_open_form_asks_every_question_in_japanese(client, site):
    notice, form_page = notice_with_form(site)

    soup = html(client.get(form_page.url))

    labels = [label.get_text(" ", strip=True) for label in soup.select("form label, form legend")]
    for expected in [
        "世帯名",
        "担当者",
        "メールアドレス",
        "電話",
        "住所",
        "世帯の人数",
        "ペット",
        "喫煙",
    ]:
        assert any(label.startswith(expected) for label in labels), expected
    assert "お預かりした個人情報" in soup.select_one(".privacy-notice").get_text()
    assert soup.select_one("input[name=consent]")
    assert soup.select_one("html")["lang"] == "ja"


def test_a_phone_offers_its_keypad_and_autofill_for_the_family_s_details(client, site):
    notice, form_page = notice_with_form(site)

    form = html(client.get(form_page.url)).select_one("form.application-form")

    phone = form.select_one("input[name=phone]")
    assert phone["type"] == "tel" and phone["autocomplete"] == "tel"
    assert form.select_one("input[name=email]")["autocomplete"] == "email"
    assert form.select_one("input[name=contact_person]")["autocomplete"] == "name"
    assert form.select_one("textarea[name=address]")["autocomplete"] == "street-address"


def test_the_notice_links_to_its_open_form(client, site):
    notice, form_page = notice_with_form(site)

    soup = html(client.get(notice.url))

    assert soup.select_one(".call-to-action a")["href"] == form_page.url


def test_a_family_applies_and_staff_are_told_without_the_personal_data(client, site):
    notice, form_page = notice_with_form(site)

    response = client.post(form_page.url, APPLICATION, follow=True)

    assert response.status_code == 200
    assert "お申し込みありがとうございました" in response.content.decode()
    assert "説明会のご案内をお送りします。" in response.content.decode()
    (submission,) = FormSubmission.objects.filter(page=form_page)
    assert submission.get_data()["household_name"] == "鈴木家"
    assert submission.get_data()["household_members"] == 4
    assert "website" not in submission.get_data()
    run_notification_worker()
    (email,) = [email for email in mail.outbox if email.to == ["staff@kira-kira.jp"]]
    assert "鈴木家" in email.body
    assert f"/admin/forms/submissions/{form_page.pk}/" in email.body
    assert "hanako@example.jp" not in email.body and "090-1234-5678" not in email.body


def test_an_english_speaking_family_applies_in_english(client, site):
    notice, form_page = notice_with_form(site, "en")

    form = html(client.get(form_page.url))
    assert (
        form.select_one("label[for=id_household_name]")
        .get_text(strip=True)
        .startswith("Household name")
    )

    response = client.post(
        form_page.url, {**APPLICATION, "household_name": "The Smiths"}, follow=True
    )

    assert "Thank you for applying" in response.content.decode()
    assert FormSubmission.objects.get(page=form_page).get_data()["household_name"] == "The Smiths"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"consent": ""}, "consent", "プライバシーに関するお知らせに同意"),
        ({"email": "hanako@"}, "email", "有効なメールアドレス"),
        ({"phone": "電話して"}, "phone", "電話番号は数字で"),
        ({"household_members": "0"}, "household_members", "1 以上"),
        ({"household_members": "abc"}, "household_members", "整数"),
        ({"smoking": "sometimes"}, "smoking", "正しく選択"),
        ({"household_name": ""}, "household_name", "この項目は必須です"),
        ({"message": "長" * 2001}, "message", "2000 文字以下"),
    ],
)
def test_mistakes_are_explained_and_what_was_typed_is_kept(client, site, changes, field, message):
    notice, form_page = notice_with_form(site)

    response = client.post(form_page.url, {**APPLICATION, **changes})

    assert response.status_code == 200
    soup = html(response)
    summary = soup.select_one("#form-errors[role=alert][autofocus]")
    assert soup.select_one("form.application-form")["action"].endswith("#form-errors")
    [link] = summary.select(".form-errors__list a")
    assert message in link.get_text()
    # The link leads to the field itself (a radio group: its first button).
    assert soup.select_one(link["href"])["name"] == field
    errors = soup.select_one(f"[id='id_{field}_error']")
    assert message in errors.get_text()
    assert soup.select_one("textarea[name=address]").get_text(strip=True) == APPLICATION["address"]
    assert soup.select_one("textarea[name=message]").get_text(strip=True) == (
        changes.get("message", APPLICATION["message"])
    )
    assert not FormSubmission.objects.filter(page=form_page).exists()
    assert not mail.outbox


def test_a_bot_that_fills_the_hidden_field_is_thanked_and_ignored(client, site):
    notice, form_page = notice_with_form(site)

    response = client.post(
        form_page.url, {**APPLICATION, "website": "http://spam.example"}, follow=True
    )

    assert "お申し込みありがとうございました" in response.content.decode()
    assert not FormSubmission.objects.filter(page=form_page).exists()
    assert not mail.outbox


def test_one_address_can_send_only_a_few_applications_an_hour(client, site):
    notice, form_page = notice_with_form(site)
    for _ in range(3):
        assert client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.5").status_code == 302

    blocked = client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.5")

    assert blocked.status_code == 429
    assert "1時間ほど" in blocked.content.decode()
    assert html(blocked, status=429).select_one("input[name=household_name]")["value"] == "鈴木家"
    assert FormSubmission.objects.filter(page=form_page).count() == 3
    other = client.post(form_page.url, APPLICATION, REMOTE_ADDR="203.0.113.6")
    assert other.status_code == 302


@pytest.mark.parametrize(
    ("opens", "closes", "text"),
    [
        (-30, -1, "締め切りました"),
        (5, 30, "から受付を開始します"),
    ],
)
def test_outside_its_period_the_form_says_so_and_accepts_nothing(client, site, opens, closes, text):
    today = timezone.localdate()
    notice, form_page = notice_with_form(
        site,
        application_opens=today + datetime.timedelta(days=opens),
        application_closes=today + datetime.timedelta(days=closes),
    )

    page = client.get(form_page.url)
    posted = client.post(form_page.url, APPLICATION)

    assert page.status_code == 200
    assert text in page.content.decode()
    assert html(page).select_one("form.application-form") is None
    assert posted.status_code == 403
    assert not FormSubmission.objects.exists()
    assert html(client.get(notice.url)).select_one(".call-to-action") is None


def notices(site):
    """A news section with a host-family notice and a youth-delegate notice for one city."""
    city = CityPageFactory(parent=CityIndexPageFactory(parent=site.home()))
    news = NewsIndexPageFactory(parent=site.home())
    host_family = RecruitmentPageFactory(parent=news, kind=RecruitmentKind.HOST_FAMILY, city=city)
    youth = RecruitmentPageFactory(parent=news, kind=RecruitmentKind.YOUTH_DELEGATE, city=city)
    return news, host_family, youth


def test_a_form_can_only_be_added_under_a_host_family_notice(site):
    news, host_notice, youth_notice = notices(site)

    assert HostFamilyApplicationPage.can_create_at(host_notice)
    assert not HostFamilyApplicationPage.can_create_at(youth_notice)
    assert not HostFamilyApplicationPage.can_create_at(news)


def admin_form_data():
    """What a moderator fills in on the admin's form for a new application form."""
    return nested_form_data(
        {
            "title": "受け入れ家庭の申込",
            "slug": "apply",
            "introduction": "ご家庭の様子を教えてください。",
            "privacy_notice": rich_text("<p>選考と連絡にのみ使います。</p>"),
            "thank_you_text": rich_text("<p>担当者からご連絡します。</p>"),
            "from_address": "noreply@kira-kira.jp",
            "to_address": "staff@kira-kira.jp",
            "subject": "ホストファミリーの申込",
        }
    )


def add_form_url(notice):
    return reverse(
        "wagtailadmin_pages:add", args=["applications", "hostfamilyapplicationpage", notice.pk]
    )


class TestAModeratorAddsTheFormInTheAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        _news, cls.host_notice, cls.youth_notice = notices(BilingualSite())
        cls.moderator = staff_member(get_user_model(), MODERATORS)

    def setUp(self):
        self.client.force_login(self.moderator)

    def test_under_a_host_family_notice_the_form_is_published_and_takes_applications(self):
        choosing = self.client.get(
            reverse("wagtailadmin_pages:add_subpage", args=[self.host_notice.pk])
        )

        # The form is the only page a host-family notice takes: no choice to make.
        self.assertRedirects(choosing, add_form_url(self.host_notice))
        self.assertCanCreate(self.host_notice, HostFamilyApplicationPage, admin_form_data())
        form_page = HostFamilyApplicationPage.objects.get(slug="apply")
        page = self.client.get(form_page.url)
        assert "ご家庭の様子を教えてください。" in page.content.decode()
        assert "選考と連絡にのみ使います。" in page.content.decode()
        assert html(page).select_one("form.application-form input[name=consent]")

    def test_under_another_kind_of_notice_the_admin_offers_no_form(self):
        choosing = self.client.get(
            reverse("wagtailadmin_pages:add_subpage", args=[self.youth_notice.pk])
        )
        refused = self.client.post(add_form_url(self.youth_notice), admin_form_data())

        # Nothing can be added under it, so the admin sends the moderator back to the dashboard.
        self.assertRedirects(choosing, reverse("wagtailadmin_home"))
        self.assertRedirects(refused, reverse("wagtailadmin_home"))
        assert not HostFamilyApplicationPage.objects.exists()


def test_staff_read_and_export_applications(client, site, django_user_model):
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)
    client.force_login(staff_member(django_user_model, EDITORS))

    listing = client.get(f"/admin/forms/submissions/{form_page.pk}/")
    csv = client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "csv"})
    xlsx = client.get(f"/admin/forms/submissions/{form_page.pk}/", {"export": "xlsx"})

    assert listing.status_code == 200
    assert "鈴木家" in listing.content.decode()
    text = b"".join(csv.streaming_content).decode("utf-8-sig")
    header, row = text.splitlines()[:2]
    assert "世帯名" in header and "同意します" in header
    assert "鈴木家" in row and "hanako@example.jp" in row
    sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
    assert "鈴木家" in [cell.value for cell in sheet[2]]


def test_translators_cannot_read_applications(client, site, django_user_model):
    notice, form_page = notice_with_form(site, "en")
    client.post(form_page.url, APPLICATION)
    client.force_login(staff_member(django_user_model, TRANSLATORS))

    response = client.get(f"/admin/forms/submissions/{form_page.pk}/")

    assert response.status_code in (302, 403)
    assert "鈴木家" not in response.content.decode()


def test_old_applications_are_deleted_after_the_retention_period(client, site, settings):
    settings.APPLICATION_RETENTION = datetime.timedelta(days=365)
    notice, form_page = notice_with_form(site)
    client.post(form_page.url, APPLICATION)
    client.post(form_page.url, {**APPLICATION, "household_name": "佐藤家"})
    old, recent = FormSubmission.objects.filter(page=form_page).order_by("pk")
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=366)
    )
    out = io.StringIO()

    call_command("delete_expired_applications", "--dry-run", stdout=out)
    assert FormSubmission.objects.filter(page=form_page).count() == 2
    call_command("delete_expired_applications", stdout=out)

    assert list(FormSubmission.objects.filter(page=form_page)) == [recent]
    assert "1" in out.getvalue().splitlines()[-1]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ja", "お申し込みの内容は、受け付けから90日後にこのサイトから削除されます。"),
        ("en", "This site deletes an application 90 days after it is received."),
    ],
)
def test_the_form_tells_families_when_the_site_deletes_their_application(
    client, site, settings, language, sentence
):
    settings.APPLICATION_RETENTION = datetime.timedelta(days=90)
    notice, form_page = notice_with_form(site, language=language)

    privacy = html(client.get(form_page.url)).select_one(".privacy-notice")

    assert sentence in privacy.get_text(" ", strip=True)

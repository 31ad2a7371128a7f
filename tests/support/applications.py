"""What the host-family tests share: a family's answers and a notice with its form."""

from django.contrib.auth.models import Group

from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.news import RecruitmentPageFactory

APPLICATION = {
    "household_name": "鈴木家",
    "contact_person": "鈴木 花子",
    "email": "hanako@example.jp",
    "phone": "090-1234-5678",
    "address": "千葉県柏市柏1-1-1",
    "household_members": "4",
    "languages": "日本語、少し英語",
    "pets": "",
    "smoking": "none",
    "preferred_period": "全期間",
    "message": "初めての受け入れです。",
    "consent": "on",
    "website": "",
}


def notice_with_form(demo, language="ja", **notice_fields):
    notice_fields.setdefault("kind", "host_family")
    notice_fields.setdefault("city", demo.page("cities/torrance/", language))
    notice = RecruitmentPageFactory(parent=demo.page("news/", language), **notice_fields)
    form_page = HostFamilyApplicationPageFactory(parent=notice)
    return notice, form_page


def staff_member(django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.lower(), password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


# The demo's host-family form, for tests that run the site as separate processes; its call
# closed in 2025, so they open it again first (`manage.py shell -c REOPEN_THE_DEMO_CALL`).
FORM = "/ja/news/torrance-host-families-2025/apply/"
REOPEN_THE_DEMO_CALL = (
    "import datetime; from django.utils import timezone; from news.models import RecruitmentPage; "
    "RecruitmentPage.objects.filter(slug='torrance-host-families-2025').update("
    "application_closes=timezone.localdate() + datetime.timedelta(days=30))"
)

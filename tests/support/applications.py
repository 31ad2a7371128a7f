"""What the host-family tests share: a family's answers and a notice with its form."""

from django.contrib.auth.models import Group

from news.models import RecruitmentKind
from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.news import NewsIndexPageFactory, RecruitmentPageFactory
from tests.support.translation import translate

APPLICATION = {
    "household_name": "鈴木家",
    "contact_person": "鈴木 花子",
    "email": "hanako@example.jp",
    "phone": "090-1234-5678",
    "postal_code": "277-0005",
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


def notice_with_form(site, language="ja", **notice_fields):
    """A host-family notice for a partner city (open, unless `notice_fields` say otherwise) with
    its form, under a news section of the shared site; in English, the translations a
    translator made of the section, the notice and the form (the notice's city is
    synchronised, so it stays the Japanese page, as the site stores it)."""
    notice_fields.setdefault("kind", RecruitmentKind.HOST_FAMILY)
    if "city" not in notice_fields:
        cities = CityIndexPageFactory(parent=site.home("ja"))
        notice_fields["city"] = CityPageFactory(parent=cities, title="トーランス")
    news = NewsIndexPageFactory(parent=site.home("ja"))
    notice = RecruitmentPageFactory(parent=news, **notice_fields)
    form_page = HostFamilyApplicationPageFactory(parent=notice)
    if language == "ja":
        return notice, form_page
    translate(news, language=language)
    return translate(notice, language=language), translate(form_page, language=language)


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

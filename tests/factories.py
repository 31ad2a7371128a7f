import datetime

import factory
import wagtail_factories

from django.utils import timezone

from applications.models import HostFamilyApplicationPage
from cities.models import CityPage, DelegationPage
from core.models import SiteImage
from news.models import EventPage, NewsPage, RecruitmentPage


class ImageFactory(wagtail_factories.ImageFactory):
    description = factory.Sequence(lambda n: f"写真{n}の説明")

    class Meta:
        model = SiteImage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"都市{n}")
    country = "アメリカ合衆国"
    relationship = "sister"
    agreement_date = datetime.date(1973, 2, 20)
    summary = "テスト用の都市です。"
    image = factory.SubFactory(ImageFactory)
    image_alt = "都市の写真"

    class Meta:
        model = CityPage


class DelegationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"第{n}回派遣団")
    year = 2025
    direction = "outbound"
    departure_date = datetime.date(2025, 8, 4)
    return_date = datetime.date(2025, 8, 22)
    summary = "派遣団の概要"

    class Meta:
        model = DelegationPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"お知らせ{n}")
    date = datetime.date(2026, 11, 1)
    category = "announcement"
    lead = "お知らせのリード文"
    image = factory.SubFactory(ImageFactory)
    image_alt = "記事の写真"

    class Meta:
        model = NewsPage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"イベント{n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=10))
    venue_name = "パレット柏"
    summary = "イベントの概要"

    class Meta:
        model = EventPage


class RecruitmentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"募集{n}")
    kind = "youth_delegate"
    summary = "募集の概要"
    application_opens = factory.LazyFunction(
        lambda: timezone.localdate() - datetime.timedelta(days=1)
    )
    application_closes = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=30)
    )

    class Meta:
        model = RecruitmentPage


class HostFamilyApplicationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ホストファミリー申込フォーム{n}")
    introduction = "受け入れをご検討のご家庭は、こちらからお申し込みください。"
    privacy_notice = "<p>お預かりした個人情報は受け入れ家庭の選考と連絡にのみ使用します。</p>"
    thank_you_text = "<p>説明会のご案内をお送りします。</p>"
    to_address = "staff@kira-kira.jp"
    from_address = "noreply@kira-kira.jp"

    class Meta:
        model = HostFamilyApplicationPage

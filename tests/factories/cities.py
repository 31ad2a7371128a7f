import datetime

import factory
import wagtail_factories

from cities.models import (
    CityIndexPage,
    CityPage,
    DelegationPage,
    Direction,
    HistoryPage,
    InterviewPage,
    Relationship,
)
from core.dates import DatePrecision
from tests.factories.core import ImageFactory


class CityIndexPageFactory(wagtail_factories.PageFactory):
    title = "姉妹都市・友好都市"
    slug = "cities"
    introduction = "柏市の姉妹都市と友好都市です。"

    class Meta:
        model = CityIndexPage


class CityPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"都市{n}")
    country = "アメリカ合衆国"
    relationship = Relationship.SISTER
    agreement_date = datetime.date(1973, 2, 20)
    agreement_date_precision = DatePrecision.DAY
    summary = "テスト用の都市です。"
    image = factory.SubFactory(ImageFactory)
    image_alt = "都市の写真"

    class Meta:
        model = CityPage


class HistoryPageFactory(wagtail_factories.PageFactory):
    title = "交流の歩み"
    slug = "history"
    introduction = "提携からの歩みです。"

    class Meta:
        model = HistoryPage


class DelegationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"第{n}回派遣団")
    year = 2025
    direction = Direction.OUTBOUND
    departure_date = datetime.date(2025, 8, 4)
    return_date = datetime.date(2025, 8, 22)
    summary = "派遣団の概要"
    image = factory.SubFactory(ImageFactory)
    image_alt = "派遣団の集合写真"

    class Meta:
        model = DelegationPage


class InterviewPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"インタビュー{n}")
    interviewee_name = "山田 花子"
    interviewee_role = "2025年度 団長"
    delegation_year = 2025
    introduction = "派遣を終えた団長に聞きました。"

    class Meta:
        model = InterviewPage

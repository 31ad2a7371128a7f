import factory
import wagtail_factories

from home.models import AccessPage, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ご案内{n}")
    introduction = "協会のご案内です。"

    class Meta:
        model = StandardPage


class AccessPageFactory(wagtail_factories.PageFactory):
    title = "アクセス"
    slug = "access"
    introduction = "事務局への行き方です。"

    class Meta:
        model = AccessPage

import factory
import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"ご案内{n}")
    introduction = "協会のご案内です。"

    class Meta:
        model = StandardPage

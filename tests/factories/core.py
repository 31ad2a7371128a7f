import factory
import wagtail_factories

from core.models import SiteImage


class ImageFactory(wagtail_factories.ImageFactory):
    description = factory.Sequence(lambda n: f"写真{n}の説明")

    class Meta:
        model = SiteImage

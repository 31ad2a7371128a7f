import factory
import wagtail_factories

from core.models import SiteImage


class ImageFactory(wagtail_factories.ImageFactory):
    description = factory.Sequence(lambda n: f"写真{n}の説明")

    class Meta:
        model = SiteImage


def photo(caption="", credit="", image=None):
    """The value of an image block (core.blocks.ImageWithCaptionBlock) with a new image."""
    image = image or ImageFactory()
    return {
        "image": image,
        "decorative": False,
        "alt_text": image.description,
        "caption": caption,
        "credit": credit,
    }

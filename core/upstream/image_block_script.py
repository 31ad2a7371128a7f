"""The page editor offers the image library's alternative text when an image is chosen.

Upstream: Wagtail's own `ImageBlock` (`wagtail/images/blocks.py`, `ImageBlockAdapter`, and
`wagtailimages/js/image-block.js`, Wagtail 6.3 to 8.0) fills its `alt_text` field with the
chosen image's `default_alt_text` and disables it while `decorative` is ticked. The script
looks up the block's `image`, `decorative` and `alt_text` children by name only, so the
site's `ImageWithCaptionBlock`, which has those three and a caption, uses Wagtail's adapter
as it is. (`ImageBlock` itself turns its value into an image object, which leaves no room
for a caption.)

Written for Wagtail 8.0. If Wagtail's `ImageBlock` gains a caption, use it in
`core/blocks.py` and delete this module (its stream data would need a data migration);
`tests/core/test_upstream.py::test_wagtail_image_block_script_still_works_by_child_names`
fails when the script stops finding the children by name.
"""

from wagtail.admin.telepath import register as register_adapter
from wagtail.images.blocks import ImageBlockAdapter

from core.blocks import ImageWithCaptionBlock


def register():
    register_adapter(ImageBlockAdapter(), ImageWithCaptionBlock)

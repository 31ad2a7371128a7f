"""The validators see the site as a visitor does: a page of every page type in both languages,
besides whatever the sitemap lists, so a new page type cannot go unchecked."""

from wagtail.models import Page, get_page_models

from tests.demo.validators.pages import LANGUAGES
from tests.support.pages import PAGE_OF_EACH_TYPE


def test_the_validators_see_a_page_of_every_type_in_both_languages(demo):
    every_type = {model for model in get_page_models() if model is not Page}

    for language in LANGUAGES:
        pages = [demo.page(path, language) for path in PAGE_OF_EACH_TYPE]
        assert {page.specific_class for page in pages} == every_type, language
        assert all(page.live and page.locale.language_code == language for page in pages)

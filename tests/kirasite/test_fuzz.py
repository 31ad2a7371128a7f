"""Generated input over a page of every type, the extra views and their query parameters, and
over addresses that do not exist, in both languages: never a 500."""

from hypothesis import given
from hypothesis import strategies as st

from tests.support.fuzzing import fuzz, values
from tests.support.pages import PAGE_OF_EACH_TYPE

PATHS = [
    *PAGE_OF_EACH_TYPE,
    "news/feed/",
    "news/events.ics",
    "news/torrance-delegates-return-report/ics/",
    "search/",
]
PARAMETERS = ["q", "page", "category", "city", "format", "lang", "utm_source"]


@fuzz
@given(
    language=st.sampled_from(["ja", "en"]),
    path=st.sampled_from(PATHS),
    query=st.dictionaries(st.sampled_from(PARAMETERS), values, max_size=4),
)
def test_public_urls_never_fail(client, page_tree, language, path, query):
    client.raise_request_exception = False

    response = client.get(f"/{language}/{path}", query)

    assert response.status_code < 500, (path, query)


@fuzz
@given(suffix=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="?#"), max_size=80))
def test_unknown_addresses_never_fail(client, site, suffix):
    client.raise_request_exception = False

    response = client.get("/ja/" + suffix)

    assert response.status_code < 500, suffix

"""Generated input over every public URL, query parameter and the host-family form: never a 500."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.core.cache import cache

from tests.factories.applications import HostFamilyApplicationPageFactory
from tests.factories.news import RecruitmentPageFactory
from tests.support.pages import PAGE_OF_EACH_TYPE

PATHS = [
    *PAGE_OF_EACH_TYPE,
    "news/feed/",
    "news/events.ics",
    "news/torrance-delegates-return-report/ics/",
    "search/",
]
PARAMETERS = ["q", "page", "category", "city", "format", "lang", "utm_source"]

# Any Unicode a browser could send, including NUL, lone combining marks and very long values.
values = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=5000),
    st.sampled_from(["-1", "0", "99999999999999999999", "1e9", "abc", "%00", "\x00", "'", '"']),
    st.integers().map(str),
)
fuzz = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@fuzz
@given(
    language=st.sampled_from(["ja", "en"]),
    path=st.sampled_from(PATHS),
    query=st.dictionaries(st.sampled_from(PARAMETERS), values, max_size=4),
)
def test_public_urls_never_fail(client, demo, language, path, query):
    client.raise_request_exception = False

    response = client.get(f"/{language}/{path}", query)

    assert response.status_code < 500, (path, query)


@fuzz
@given(suffix=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="?#"), max_size=80))
def test_unknown_addresses_never_fail(client, demo, suffix):
    client.raise_request_exception = False

    response = client.get("/ja/" + suffix)

    assert response.status_code < 500, suffix


FIELDS = [
    "household_name",
    "contact_person",
    "email",
    "phone",
    "address",
    "household_members",
    "languages",
    "pets",
    "smoking",
    "preferred_period",
    "message",
    "consent",
    "website",
]


@pytest.fixture
def open_form(demo):
    notice = RecruitmentPageFactory(
        parent=demo.page("news/"), kind="host_family", city=demo.page("cities/torrance/")
    )
    return HostFamilyApplicationPageFactory(parent=notice)


@fuzz
@given(data=st.dictionaries(st.sampled_from(FIELDS), values, max_size=len(FIELDS)))
def test_the_application_form_never_fails(client, demo, open_form, data):
    cache.clear()
    client.raise_request_exception = False

    response = client.post(open_form.url, data)

    assert response.status_code in (200, 429), data

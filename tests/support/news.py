"""The news section and a partner city for its notices' programmes, in both languages."""

from cities.models import CityIndexPage
from tests.factories.cities import CityIndexPageFactory, CityPageFactory
from tests.factories.news import NewsIndexPageFactory
from tests.support.translation import translate


def news_section(site):
    """The news index at /ja/news/ and /en/news/, called "News" in English."""
    index = NewsIndexPageFactory(parent=site.home("ja"))
    translate(index, {index.title: "News"})
    return index


def programme_city(site, title="承徳", english="Chengde", slug="chengde"):
    """A partner city at /<language>/cities/<slug>/, for notices to name as their programme
    (a published notice must name one); the city index is made with the first city."""
    cities = CityIndexPage.objects.child_of(site.home("ja")).first()
    if cities is None:
        cities = CityIndexPageFactory(parent=site.home("ja"))
        translate(cities, {cities.title: "Sister and friendship cities"})
    city = CityPageFactory(parent=cities, title=title, slug=slug)
    translate(city, {title: english})
    return city

"""Where each language's home page is, for menus, the language switcher and helpful 404s."""

from wagtail.models import Page, Site


def home_pages(request):
    """The site's home page in each language, looked up once per request."""
    if not hasattr(request, "_home_pages"):
        site = Site.find_for_request(request)
        homes = Page.objects.none()
        if site is not None:
            homes = Page.objects.filter(
                translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
                    "translation_key"
                )
            ).live()
        request._home_pages = {
            home.locale.language_code: home for home in homes.select_related("locale")
        }
    return request._home_pages

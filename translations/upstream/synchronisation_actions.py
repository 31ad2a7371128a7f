"""Stopping a translation's synchronisation, or turning it into an alias of its source, throws
away the translator's work on the next sync: only people with the permission below may.

wagtail-localize 1.14 offers both to everyone who may edit the translation, in its editor's
footer menu ("Stop Synced translation" always, without a condition in its bundle). Here the
editor's template (templates/wagtail_localize/admin/edit_translation.html, a copy of
wagtail-localize's with `editor_props`) leaves both links out for others, the editor's CSS
(translations/static/translations/admin.css) hides the button left without its link, and
`TranslationActionsMiddleware` refuses the two views themselves. Upstream would need a
permission check around both in edit_translation.py and the bundle; remove this module, the
template copy and the CSS rule when a release has one.
"""

import json

from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from wagtail.admin import messages

STOP_SYNCHRONISED_TRANSLATION = "translations.stop_synchronised_translation"
GUARDED_VIEWS = {"wagtail_localize:stop_translation", "wagtail_localize:convert_to_alias"}


def editor_props(props, user):
    """The translation editor's properties (JSON) without the links `user` may not follow."""
    if user.has_perm(STOP_SYNCHRONISED_TRANSLATION):
        return props
    data = json.loads(props)
    data["links"]["stopTranslationUrl"] = None
    data["links"]["convertToAliasUrl"] = None
    return json.dumps(data)


class TranslationActionsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or match.view_name not in GUARDED_VIEWS:
            return None
        if request.user.has_perm(STOP_SYNCHRONISED_TRANSLATION):
            return None
        messages.error(
            request,
            _(
                "Only moderators may stop a translation following its source or replace it "
                "with the source. Ask a moderator."
            ),
        )
        back = request.GET.get("next") or request.headers.get("referer", "")
        if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
            back = ""
        return redirect(back or "wagtailadmin_home")

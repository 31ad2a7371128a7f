"""Who may delete a page: Wagtail lets anyone who may change a page delete it; here that also
needs Django's "delete page" permission, which the roles give editors and moderators and not
translators (accounts/roles.py). Menus, the translation editor and the delete view all ask
this one tester, so a button is offered exactly when the action would be allowed."""

from wagtail.models import PagePermissionTester

DELETE_PAGES = "wagtailcore.delete_page"


class SitePagePermissionTester(PagePermissionTester):
    def can_delete(self, ignore_bulk=False):
        if not (self.user.is_superuser or self.user.has_perm(DELETE_PAGES)):
            return False
        return super().can_delete(ignore_bulk=ignore_bulk)

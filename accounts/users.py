"""The staff list as the office reads it: each person's role, not only whether they are an
administrator."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column
from wagtail.users.views.users import IndexView, UserViewSet


def roles_of(user):
    if user.is_superuser:
        return _("Admin")
    return "、".join(sorted(group.name for group in user.groups.all())) or _("No role")


class StaffIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            Column(
                "roles",
                accessor=roles_of,
                label=_("Role"),
                classname="level",
                width="15%",
            )
            if column.name == "is_superuser"
            else column
            for column in super().columns
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().prefetch_related("groups")


class StaffUserViewSet(UserViewSet):
    index_view_class = StaffIndexView

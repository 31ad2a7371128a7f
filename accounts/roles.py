"""The three roles of the editorial team and what each may do.

Editors create and edit Japanese (source) pages and submit them for moderation. Moderators
publish and unpublish in every language. Translators translate into the other languages and
publish those translations; they cannot touch source pages and cannot delete pages.

Page permissions in Wagtail hang on a page and its subtree, so they are granted on each
language's home page: source-language homes for Editors and Moderators, the others for
Translators and Moderators. New home pages (a new language) get them when they are created.
"""

from django.apps import apps as global_apps
from django.conf import settings

from accounts.upstream.permissions_in_migrations import create_all_permissions

# Group names are data, shown as they are stored wherever staff manage people, so they are
# in the office's language. Wagtail's installer names its two groups in English; the roles
# take those groups over under these names (LEGACY_NAMES).
EDITORS = "編集者"
MODERATORS = "承認者"
TRANSLATORS = "翻訳者"
LEGACY_NAMES = {"Editors": EDITORS, "Moderators": MODERATORS, "Translators": TRANSLATORS}

PAGE_PERMISSIONS_ON_SOURCE = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
PAGE_PERMISSIONS_ON_TRANSLATIONS = {
    TRANSLATORS: ["add_page", "change_page", "publish_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
MODEL_PERMISSIONS = {
    EDITORS: [
        ("wagtailadmin", "access_admin"),
        ("home", "add_contactdetails"),
        ("home", "change_contactdetails"),
        ("core", "add_glossaryterm"),
        ("core", "change_glossaryterm"),
        ("search", "add_synonymgroup"),
        ("search", "change_synonymgroup"),
        ("search", "delete_synonymgroup"),
        # Wagtail lets whoever may change a page delete it; this is the rest (core/permissions.py).
        ("wagtailcore", "delete_page"),
    ],
    MODERATORS: [
        ("wagtailadmin", "access_admin"),
        ("home", "add_contactdetails"),
        ("home", "change_contactdetails"),
        ("wagtail_localize", "submit_translation"),
        ("core", "add_glossaryterm"),
        ("core", "change_glossaryterm"),
        ("core", "delete_glossaryterm"),
        ("search", "add_synonymgroup"),
        ("search", "change_synonymgroup"),
        ("search", "delete_synonymgroup"),
        # On purpose only, after a confirmation page (translations/publishing.py).
        ("translations", "publish_incomplete_translation"),
        ("wagtailcore", "delete_page"),
        ("translations", "stop_synchronised_translation"),
    ],
    TRANSLATORS: [
        ("wagtailadmin", "access_admin"),
        ("wagtail_localize", "submit_translation"),
        ("home", "change_contactdetails"),
        ("core", "view_glossaryterm"),
        ("search", "view_synonymgroup"),
    ],
}
MEDIA_LIBRARY = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
COLLECTION_PERMISSIONS = {
    EDITORS: MEDIA_LIBRARY,
    MODERATORS: MEDIA_LIBRARY,
    TRANSLATORS: [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")],
}


def _permission(apps, app_label, codename):
    permission_model = apps.get_model("auth", "Permission")
    return permission_model.objects.get(content_type__app_label=app_label, codename=codename)


def grant_home_page_permissions(home, apps=global_apps):
    """Gives each role its permissions below ``home``, according to the home's language."""
    group_model = apps.get_model("auth", "Group")
    group_page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    locale = apps.get_model("wagtailcore", "Locale").objects.get(pk=home.locale_id)
    is_source = locale.language_code == settings.LANGUAGE_CODE
    grants = PAGE_PERMISSIONS_ON_SOURCE if is_source else PAGE_PERMISSIONS_ON_TRANSLATIONS
    for group_name, codenames in grants.items():
        group, _created = group_model.objects.get_or_create(name=group_name)
        for codename in codenames:
            group_page_permission.objects.get_or_create(
                group=group, page_id=home.pk, permission=_permission(apps, "wagtailcore", codename)
            )


def _permissions_so_far(apps, permissions):
    """Migrations run `create_roles` with the models of their point in history, so a permission
    that a later migration adds does not exist yet: it is granted when that migration runs
    `create_roles` again (home/0008). tests/accounts/test_roles.py checks each role's final set."""
    permission_model = apps.get_model("auth", "Permission")
    found = (
        permission_model.objects.filter(content_type__app_label=app_label, codename=codename)
        for app_label, codename in permissions
    )
    return [permission for matches in found for permission in matches]


def create_roles(apps=global_apps):
    """Creates the groups with their permissions; safe to run again."""
    # Django creates permissions after all migrations; a fresh database needs them now.
    create_all_permissions(apps)
    group_model = apps.get_model("auth", "Group")
    collection_model = apps.get_model("wagtailcore", "Collection")
    group_collection_permission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    group_page_permission = apps.get_model("wagtailcore", "GroupPagePermission")
    root_collection = collection_model.objects.filter(depth=1).first()
    for legacy_name, group_name in LEGACY_NAMES.items():
        if not group_model.objects.filter(name=group_name).exists():
            group_model.objects.filter(name=legacy_name).update(name=group_name)
    for group_name, permissions in MODEL_PERMISSIONS.items():
        group, _created = group_model.objects.get_or_create(name=group_name)
        # Wagtail's installer gives its own Editors and Moderators rights on the whole tree,
        # every language included; these roles replace them with exactly what is listed here.
        group.permissions.set(_permissions_so_far(apps, permissions))
        group_page_permission.objects.filter(group=group).delete()
        group_collection_permission.objects.filter(group=group).delete()
        if root_collection is not None:
            for permission in COLLECTION_PERMISSIONS[group_name]:
                group_collection_permission.objects.create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, *permission),
                )
    for home in apps.get_model("home", "HomePage").objects.all():
        grant_home_page_permissions(home, apps)

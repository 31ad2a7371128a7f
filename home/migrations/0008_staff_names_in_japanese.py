"""The roles' groups and the approval workflow get the names the office uses (accounts/roles.py),
and Moderators may publish a translation with untranslated text on purpose."""

from django.db import migrations

WORKFLOW_NAME = "公開前の承認"
TASK_NAME = "承認者の確認"


def rename_for_staff(apps, schema_editor):
    from accounts.roles import MODERATORS, create_roles

    create_roles(apps)
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    for task in task_model.objects.filter(groups__name=MODERATORS):
        task.name = TASK_NAME
        task.save(update_fields=["name"])
        workflow_model.objects.filter(workflow_tasks__task=task).update(name=WORKFLOW_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0007_fax_example"),
        ("translations", "0002_publish_incomplete_permission"),
    ]

    operations = [migrations.RunPython(rename_for_staff, migrations.RunPython.noop)]

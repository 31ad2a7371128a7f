"""Japanese pages go live only after a Moderator approves them (Editors cannot publish).

Wagtail's installer creates a "Moderators approval" workflow on the whole tree; this makes
the site's rule explicit and repairs it if it was removed: one task, approved by the
Moderators group, on every page.
"""

from django.db import migrations

from accounts.roles import MODERATORS

WORKFLOW_NAME = "公開前の承認 / Approval before publishing"
TASK_NAME = "モデレーターの承認 / Moderator approval"


def configure_workflow(apps, schema_editor):
    content_type_model = apps.get_model("contenttypes", "ContentType")
    group_model = apps.get_model("auth", "Group")
    page_model = apps.get_model("wagtailcore", "Page")
    workflow_model = apps.get_model("wagtailcore", "Workflow")
    workflow_task_model = apps.get_model("wagtailcore", "WorkflowTask")
    workflow_page_model = apps.get_model("wagtailcore", "WorkflowPage")
    task_model = apps.get_model("wagtailcore", "GroupApprovalTask")

    moderators, _created = group_model.objects.get_or_create(name=MODERATORS)
    task_content_type, _created = content_type_model.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = task_model.objects.filter(groups=moderators).first()
    if task is None:
        task = task_model.objects.create(
            name=TASK_NAME, content_type=task_content_type, active=True
        )
    task.name = TASK_NAME
    task.active = True
    task.save()
    task.groups.set([moderators])

    workflow = workflow_model.objects.filter(workflow_tasks__task=task).first()
    if workflow is None:
        workflow = workflow_model.objects.create(name=WORKFLOW_NAME, active=True)
        workflow_task_model.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.name = WORKFLOW_NAME
    workflow.active = True
    workflow.save()

    root = page_model.objects.filter(depth=1).first()
    if root is not None:
        workflow_page_model.objects.update_or_create(page=root, defaults={"workflow": workflow})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_roles"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(configure_workflow, migrations.RunPython.noop)]

"""The site's image model, moved here from the home app with its tables (home/0005)."""

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


MOVED_MODELS = ["siteimage", "siterendition"]


def take_over_content_types(apps, schema_editor):
    # Same rows, so tags, permissions and the reference index that point at them still do.
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label="home", model__in=MOVED_MODELS).update(app_label="core")


def give_back_content_types(apps, schema_editor):
    content_type = apps.get_model("contenttypes", "ContentType")
    content_type.objects.filter(app_label="core", model__in=MOVED_MODELS).update(app_label="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('home', '0004_moderation_workflow'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # The tables stay where they are: only Django's idea of which app owns them changes.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='SiteImage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=255, verbose_name='title')),
                        ('file', wagtail.images.models.WagtailImageField(height_field='height', upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width')),
                        ('width', models.IntegerField(editable=False, verbose_name='width')),
                        ('height', models.IntegerField(editable=False, verbose_name='height')),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created at')),
                        ('focal_point_x', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_y', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_width', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_height', models.PositiveIntegerField(blank=True, null=True)),
                        ('file_size', models.PositiveIntegerField(editable=False, null=True)),
                        ('file_hash', models.CharField(blank=True, db_index=True, editable=False, max_length=40)),
                        ('description', models.CharField(help_text='What the image shows, for visitors who cannot see it.', max_length=255, verbose_name='alternative text')),
                        ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                        ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                        ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
                    ],
                    options={
                        'verbose_name': 'image',
                        'verbose_name_plural': 'images',
                        'db_table': 'home_siteimage',
                        'abstract': False,
                    },
                    bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='SiteRendition',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('filter_spec', models.CharField(db_index=True, max_length=255)),
                        ('file', wagtail.images.models.WagtailImageField(height_field='height', storage=wagtail.images.models.get_rendition_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width')),
                        ('width', models.IntegerField(editable=False)),
                        ('height', models.IntegerField(editable=False)),
                        ('focal_point_key', models.CharField(blank=True, default='', editable=False, max_length=16)),
                        ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='renditions', to='core.siteimage')),
                    ],
                    options={
                        'db_table': 'home_siterendition',
                        'unique_together': {('image', 'filter_spec', 'focal_point_key')},
                    },
                    bases=(wagtail.images.models.ImageFileMixin, models.Model),
                ),
            ],
            database_operations=[migrations.RunPython(take_over_content_types, give_back_content_types)],
        ),
    ]

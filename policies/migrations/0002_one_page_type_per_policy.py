# The one policy page type with a "kind" field becomes one page type per policy, so that
# Wagtail's max_count_per_parent keeps one of each per language. Existing policy pages keep
# their ids, revisions and translations: only their specific type changes.

import core.pages
import django.db.models.deletion
import search.index
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


NEW_TYPES = {"privacy": "privacypolicypage", "accessibility": "accessibilitypolicypage"}
MODELS = {"privacy": "PrivacyPolicyPage", "accessibility": "AccessibilityPolicyPage"}


def one_page_type_per_policy(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    old_type = ContentType.objects.filter(app_label="policies", model="policypage").first()
    if old_type is None:
        return
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    for old in apps.get_model("policies", "PolicyPage").objects.all():
        new_type, _created = ContentType.objects.get_or_create(
            app_label="policies", model=NEW_TYPES[old.kind]
        )
        # raw: the page row is there already; only the specific row is added.
        apps.get_model("policies", MODELS[old.kind])(
            page_ptr_id=old.pk,
            introduction=old.introduction,
            body=old.body,
            revised_on=old.revised_on,
        ).save_base(raw=True)
        Page.objects.filter(pk=old.pk).update(content_type=new_type)
        for revision in Revision.objects.filter(content_type=old_type, object_id=str(old.pk)):
            revision.content_type = new_type
            revision.content = {**revision.content, "content_type": new_type.pk}
            revision.save(update_fields=["content_type", "content"])
        TranslationSource.objects.filter(
            specific_content_type=old_type, object_id=old.translation_key
        ).update(specific_content_type=new_type)


class Migration(migrations.Migration):

    dependencies = [
        ('policies', '0001_initial'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.CreateModel(
            name='AccessibilityPolicyPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('introduction', models.TextField(blank=True, help_text='A short paragraph shown in larger type above the body.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('quote', 6), ('image', 11), ('gallery', 15), ('video', 18)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with links and lists.', 'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'group': 'Text', 'help_text': 'The text visitors read. Use the toolbar for bold, links and lists; add headings and images as blocks of their own.', 'icon': 'pilcrow', 'label': 'Paragraph'}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'Keep it short: a few words that say what the section is about.', 'label': 'Heading text', 'max_length': 120}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'help_text': 'Use a section heading for a new topic, and a sub-heading only inside a section that already has one. Screen readers use these levels to find their way.', 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {'group': 'Text'}), 4: ('wagtail.blocks.TextBlock', (), {'help_text': 'The words as they were said or written, without quotation marks.', 'label': 'Quotation'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': "Shown under the quotation, for example 'Delegation leader'.", 'label': 'Who said it', 'max_length': 120, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {'group': 'Text'}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': 'Choose a photo from the image library, or upload a new one.', 'label': 'Image'}), 8: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only when the image adds nothing to the text (a pattern, an ornament): screen readers then skip it.', 'label': 'Decorative image', 'required': False}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows here, for visitors who cannot see it; read aloud by screen readers. Filled in from the image library: reword it if this page needs other words.', 'label': 'Alternative text', 'max_length': 255, 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown under the image.', 'label': 'Caption', 'max_length': 255, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('image', 7), ('decorative', 8), ('alt_text', 9), ('caption', 10)]], {'group': 'Media'}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown above the photos. Leave blank if the heading before says enough.', 'label': 'Gallery title', 'max_length': 120, 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('image', 7), ('decorative', 8), ('alt_text', 9), ('caption', 10)]], {}), 14: ('wagtail.blocks.ListBlock', (13,), {'help_text': 'Visitors see the photos in this order.', 'label': 'Images', 'min_num': 1}), 15: ('wagtail.blocks.StructBlock', [[('title', 12), ('images', 14)]], {'group': 'Media'}), 16: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'The address of the video page, for example on YouTube.', 'label': 'Video URL'}), 17: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown under the video: what it shows, and when it was filmed.', 'label': 'Caption', 'max_length': 255, 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('video', 16), ('caption', 17)]], {'group': 'Media'})}, help_text='The policy itself, in headings and paragraphs.', verbose_name='body')),
                ('revised_on', models.DateField(blank=True, help_text='The day this policy was last changed in substance; shown on the page.', null=True, verbose_name='last revised')),
            ],
            options={
                'verbose_name': 'accessibility policy',
                'verbose_name_plural': 'accessibility policies',
            },
            bases=(search.index.JapaneseSearchMixin, core.pages.SitePage, 'wagtailcore.page'),
        ),
        migrations.CreateModel(
            name='PrivacyPolicyPage',
            fields=[
                ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                ('introduction', models.TextField(blank=True, help_text='A short paragraph shown in larger type above the body.', verbose_name='introduction')),
                ('body', wagtail.fields.StreamField([('paragraph', 0), ('heading', 3), ('quote', 6), ('image', 11), ('gallery', 15), ('video', 18)], blank=True, block_lookup={0: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with links and lists.', 'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'group': 'Text', 'help_text': 'The text visitors read. Use the toolbar for bold, links and lists; add headings and images as blocks of their own.', 'icon': 'pilcrow', 'label': 'Paragraph'}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'Keep it short: a few words that say what the section is about.', 'label': 'Heading text', 'max_length': 120}), 2: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section heading'), ('h3', 'Sub-heading')], 'help_text': 'Use a section heading for a new topic, and a sub-heading only inside a section that already has one. Screen readers use these levels to find their way.', 'label': 'Level'}), 3: ('wagtail.blocks.StructBlock', [[('text', 1), ('level', 2)]], {'group': 'Text'}), 4: ('wagtail.blocks.TextBlock', (), {'help_text': 'The words as they were said or written, without quotation marks.', 'label': 'Quotation'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': "Shown under the quotation, for example 'Delegation leader'.", 'label': 'Who said it', 'max_length': 120, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('quote', 4), ('attribution', 5)]], {'group': 'Text'}), 7: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': 'Choose a photo from the image library, or upload a new one.', 'label': 'Image'}), 8: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Tick only when the image adds nothing to the text (a pattern, an ornament): screen readers then skip it.', 'label': 'Decorative image', 'required': False}), 9: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows here, for visitors who cannot see it; read aloud by screen readers. Filled in from the image library: reword it if this page needs other words.', 'label': 'Alternative text', 'max_length': 255, 'required': False}), 10: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown under the image.', 'label': 'Caption', 'max_length': 255, 'required': False}), 11: ('wagtail.blocks.StructBlock', [[('image', 7), ('decorative', 8), ('alt_text', 9), ('caption', 10)]], {'group': 'Media'}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown above the photos. Leave blank if the heading before says enough.', 'label': 'Gallery title', 'max_length': 120, 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('image', 7), ('decorative', 8), ('alt_text', 9), ('caption', 10)]], {}), 14: ('wagtail.blocks.ListBlock', (13,), {'help_text': 'Visitors see the photos in this order.', 'label': 'Images', 'min_num': 1}), 15: ('wagtail.blocks.StructBlock', [[('title', 12), ('images', 14)]], {'group': 'Media'}), 16: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'The address of the video page, for example on YouTube.', 'label': 'Video URL'}), 17: ('wagtail.blocks.CharBlock', (), {'help_text': 'Shown under the video: what it shows, and when it was filmed.', 'label': 'Caption', 'max_length': 255, 'required': False}), 18: ('wagtail.blocks.StructBlock', [[('video', 16), ('caption', 17)]], {'group': 'Media'})}, help_text='The policy itself, in headings and paragraphs.', verbose_name='body')),
                ('revised_on', models.DateField(blank=True, help_text='The day this policy was last changed in substance; shown on the page.', null=True, verbose_name='last revised')),
            ],
            options={
                'verbose_name': 'privacy policy',
                'verbose_name_plural': 'privacy policies',
            },
            bases=(search.index.JapaneseSearchMixin, core.pages.SitePage, 'wagtailcore.page'),
        ),
        migrations.RunPython(one_page_type_per_policy, migrations.RunPython.noop),
        migrations.DeleteModel(
            name='PolicyPage',
        ),
    ]

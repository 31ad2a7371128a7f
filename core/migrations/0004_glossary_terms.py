"""The glossary starts with the names the site has always known (they were a list in the code,
core/names.py), spelt as the association's own pages spell them."""

from django.db import migrations

TERMS = {
    "柏市国際交流協会": "KIRA",
    "トーランス": "Torrance",
    "承徳": "Chengde",
    "グアム": "Guam",
    "キャムデン": "Camden",
    "柏市": "Kashiwa City",
    "沼南": "Shonan",
    "沼南町": "Shonan Town",
    "パレット柏": "Palette Kashiwa",
}


def add_terms(apps, schema_editor):
    term_model = apps.get_model("core", "GlossaryTerm")
    for japanese, english in TERMS.items():
        term_model.objects.get_or_create(japanese=japanese, defaults={"english": english})


class Migration(migrations.Migration):
    dependencies = [("core", "0003_glossary")]

    operations = [migrations.RunPython(add_terms, migrations.RunPython.noop)]

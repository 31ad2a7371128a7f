"""Factories for each app's models, one module per app (wagtail-factories for pages).

Page factories need a parent: `NewsPageFactory(parent=site.news_index("ja"))`, or build the
sections first with the index factories. Values come from the apps' own choices, never raw
strings.
"""

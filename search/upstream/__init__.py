"""Workarounds for modelsearch internals behind the site search, one module each.

Each module says which upstream code it overrides, the versions it was written for and when it
can go; tests/search/test_upstream.py fails when the upstream behaviour changes.
"""

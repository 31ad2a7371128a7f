"""Workarounds for Wagtail's admin internals as staff meet them, one module each.

Each module says which upstream code it works around, the versions it was written for and
when it can go; tests/adminsite/test_upstream.py fails when the upstream behaviour changes.
"""

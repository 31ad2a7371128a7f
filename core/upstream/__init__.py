"""Workarounds for Wagtail internals that the shared page parts rely on, one module each.

Each module says which upstream code it works around, the versions it was written for and
when it can go; tests/core/test_upstream.py fails when the upstream behaviour changes.
"""

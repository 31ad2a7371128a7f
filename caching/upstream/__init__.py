"""Workarounds for Wagtail internals behind the caches, one module each.

Each module says which upstream code it relies on, the versions it was written for and when it
can go; tests/caching/test_upstream.py fails when the upstream behaviour changes.
"""

"""Workarounds for Django and Wagtail internals behind the staff roles, one module each."""

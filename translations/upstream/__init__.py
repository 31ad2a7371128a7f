"""Workarounds for wagtail-localize internals, one module each, with the versions they cover and
when they can go."""

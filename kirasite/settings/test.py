from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# Fast hashing keeps the suite quick; nothing here protects a real password.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Tests never call DeepL, even where a key is set.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = LOCAL_MACHINE_TRANSLATOR  # noqa: F405

# Most tests change pages without publishing and then look at them; the cache tests turn the
# page and fragment caches on themselves.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
    "rendered": CACHES["rendered"],  # noqa: F405
}
PAGE_CACHE_TIMEOUT = 0
FRAGMENT_CACHE_TIMEOUT = 0

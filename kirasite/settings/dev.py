from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", default=True)
# A fixed key is fine on a developer's machine only; production refuses to start without its own.
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-kira"  # noqa: F405
if not MAIL_FROM_ENVIRONMENT:  # noqa: F405
    # Mail is printed where the worker runs (`make run` starts one) unless a server is named.
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

if not os.environ.get("DEEPL_API_KEY"):  # noqa: F405
    # A stand-in that never leaves this machine, so the translation editor's button works.
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = LOCAL_MACHINE_TRANSLATOR  # noqa: F405

# Template and code changes show at once; set PAGE_CACHE_TIMEOUT to try the page cache locally.
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "0"))  # noqa: F405
FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("FRAGMENT_CACHE_TIMEOUT", "0"))  # noqa: F405

# Short lines a person reads in the terminal, in real characters; production keeps JSON (base.py).
# django-tasks reports every state of every task at INFO (Wagtail's indexing and reference jobs
# are about a thousand lines while the demo content loads), and Wagtail every page created,
# edited or published (its admin keeps that history itself), so only their problems are shown.
LOGGING = {
    **LOGGING,  # noqa: F405
    "formatters": {
        "console": {
            "format": "%(asctime)s %(levelname)s %(name)s: %(message)s",
            "datefmt": "%H:%M:%S",
        }
    },
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "console"}},
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

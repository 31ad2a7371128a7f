"""Settings shared by every environment; what differs per deployment comes from the environment."""

import datetime
import ipaddress
import os
from pathlib import Path

import dj_database_url
import dj_email_url

from django.conf.locale import LANG_INFO
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")

# The site's own apps, from the top of the house to its foundation (docs/development.md,
# "Where things live"): each imports only apps below it.
INSTALLED_APPS = [
    "home",
    "demo",
    "applications",
    "news",
    "cities",
    "policies",
    "seo",
    "search",
    "translations",
    "accounts",
    "adminsite",
    "caching",
    # Before Wagtail: its publish_scheduled command replaces Wagtail's.
    "publishing",
    "core",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    # Wagtail's users app, with the staff list showing each person's role (accounts/users.py).
    "accounts.apps.StaffUsersConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    # Wagtail's workflow status says "2 minutes ago" with humanize's naturaltime; without the
    # app, humanize's Japanese catalogue is not loaded and staff read English.
    "django.contrib.humanize",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "kirasite.security.RejectNullCharactersMiddleware",
    "kirasite.security.SitePartCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Before sessions and everything else, so that a cached page costs no database query.
    "caching.pages.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Optional two-factor sign-in (accounts/two_factor.py): whether this session entered a code,
    # then a code asked of anyone who turned it on.
    "django_otp.middleware.OTPMiddleware",
    "accounts.two_factor.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "publishing.workflow_messages.WorkflowDecisionMessageMiddleware",
    "translations.upstream.synchronisation_actions.TranslationActionsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "caching.upstream.route_memo.RouteCacheMiddleware",
    # Last, so that it sees the login attempts the views above handle.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    # Locks out an address and username after repeated failed logins (AXES_* below).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "kirasite.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "caching.context_processors.listing_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "kirasite.wsgi.application"

# An empty DATABASE_URL means the embedded default, so a newcomer needs no server.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        # A connection kept between requests is tested before reuse, so a database restart
        # costs one failed check, not a failed request.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Japanese is the default and usually the source; English is translated from it.
LANGUAGE_CODE = "ja"
LANGUAGES = [
    ("ja", "日本語"),
    ("en", "English"),
]
# This site's strings first; then complete Japanese catalogues for upstream packages whose own
# are partial (Wagtail, wagtail-localize), kept in each package's own folder layout under
# locale-upstream/ so they can be offered back as they are.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *sorted(
        path.parent.parent for path in (BASE_DIR / "locale-upstream").glob("**/ja/LC_MESSAGES")
    ),
]
USE_I18N = True
# English dates in one style (kirasite/formats/en/formats.py); Japanese keeps Django's own.
FORMAT_MODULE_PATH = ["kirasite.formats"]
USE_TZ = True
TIME_ZONE = "Asia/Tokyo"

WAGTAIL_I18N_ENABLED = True
# Visitors' language switcher names each language in itself (LANGUAGES); staff read the content
# languages in their own ("英語" in the translation editor and reports).
# Django's own catalogue translates these English names.
WAGTAIL_CONTENT_LANGUAGES = [(code, _(LANG_INFO[code]["name"])) for code, _name in LANGUAGES]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "kirasite" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded images and documents go to S3-compatible object storage when a bucket is named
# (AWS S3, Cloudflare R2, MinIO, Sakura...). Credentials come from the usual AWS_ACCESS_KEY_ID
# and AWS_SECRET_ACCESS_KEY variables, or the machine's role.
if os.environ.get("MEDIA_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["MEDIA_S3_BUCKET"],
            "endpoint_url": os.environ.get("MEDIA_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("MEDIA_S3_REGION") or None,
            "custom_domain": os.environ.get("MEDIA_S3_CUSTOM_DOMAIN") or None,
            "location": "media",
            # Images and documents are public; private pages' documents are served through
            # Wagtail's document view, which checks privacy before redirecting.
            "default_acl": None,
            "querystring_auth": env_bool("MEDIA_S3_SIGNED_URLS", default=False),
            "file_overwrite": False,
        },
    }

# Wagtail's page editor posts many fields on complex pages.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Kashiwa International Relations Association")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.SiteImage"
# Wagtail's database backend with Japanese-aware indexing and queries (search/text.py says how).
# On PostgreSQL, English words are stemmed with the named configuration rather than the
# server's default_text_search_config, which depends on the locale the cluster was created
# with. Named, `phraseto_tsquery('english', ...)` is immutable and PostgreSQL folds it once
# per query; unnamed, it is only stable and is parsed again for every row it is matched
# against, which was half the time of a search (bench/search_benchmark.py). SQLite ignores it.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "english"}}
# Uploads editors may make: common photo formats, sizes a phone camera produces, and
# documents that open safely (no HTML or SVG, which could carry scripts).
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "csv"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# A page sent for translation starts as a draft in the other language, published once it is
# translated (translations/publishing.py). wagtail-localize's default would publish it at once,
# in the source language, whenever the source is live.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation: DeepL when a key is given, with glossaries it makes from the site's own.
# Development and tests use a local glossary translator instead (see dev.py and test.py);
# production without a key offers no machine translation.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "translations.machine.GlossaryDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
LOCAL_MACHINE_TRANSLATOR = {"CLASS": "translations.machine.GlossaryTranslator"}

# The admin must make no calls to outside hosts.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.upstream.login_password_label.TranslatedLoginForm"
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Host-family applications (applications app): personal data is deleted after this many days
# by `manage.py delete_expired_applications` (cron line in docs/operations.md), and one address
# may send at most APPLICATION_RATE_LIMIT applications per APPLICATION_RATE_PERIOD seconds.
APPLICATION_RETENTION = datetime.timedelta(
    days=int(os.environ.get("APPLICATION_RETENTION_DAYS", "365"))
)
APPLICATION_RATE_LIMIT = 3
APPLICATION_RATE_PERIOD = 60 * 60
# Staff are told of each application, and translators of work, by email from a queue
# (applications.StaffNotification, translations.TranslatorNotice); a failed send is tried again
# after each of these delays, in seconds, then given up on.
NOTIFICATION_RETRY_DELAYS = [
    int(delay) for delay in env_list("NOTIFICATION_RETRY_DELAYS", "60,300,900,3600,10800,21600")
]

# The addresses of proxies in front of the site (addresses or networks, comma-separated). Only
# a request that comes from one of them has its visitor's address read from X-Forwarded-For
# (core/client_address.py); without any, the connection's own address is the visitor's.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as _error:
        # At start-up, not on the first application or sign-in.
        raise ImproperlyConfigured(f"TRUSTED_PROXIES: {_error}") from None

# Background jobs (django-tasks). Wagtail's own jobs run at once, inside the request, as they
# always have; staff notifications wait in the database, committed with the application they
# announce, until `manage.py db_worker --backend notifications` sends them.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "notifications": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}


def mail_from_environment():
    """Outgoing mail from EMAIL_URL (smtp://user:password@host:587?tls=True, dj-email-url) or
    from the usual EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS
    and EMAIL_USE_SSL; empty when neither is set."""
    if os.environ.get("EMAIL_URL"):
        return dj_email_url.parse(os.environ["EMAIL_URL"])
    if os.environ.get("EMAIL_HOST"):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": os.environ["EMAIL_HOST"],
            "EMAIL_PORT": int(os.environ.get("EMAIL_PORT", "25")),
            "EMAIL_HOST_USER": os.environ.get("EMAIL_HOST_USER", ""),
            "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "EMAIL_USE_TLS": env_bool("EMAIL_USE_TLS"),
            "EMAIL_USE_SSL": env_bool("EMAIL_USE_SSL"),
        }
    return {}


MAIL_FROM_ENVIRONMENT = mail_from_environment()
EMAIL_BACKEND = MAIL_FROM_ENVIRONMENT.get(
    "EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend"
)
EMAIL_HOST = MAIL_FROM_ENVIRONMENT.get("EMAIL_HOST", "localhost")
EMAIL_PORT = MAIL_FROM_ENVIRONMENT.get("EMAIL_PORT", 25)
EMAIL_HOST_USER = MAIL_FROM_ENVIRONMENT.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = MAIL_FROM_ENVIRONMENT.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = MAIL_FROM_ENVIRONMENT.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = MAIL_FROM_ENVIRONMENT.get("EMAIL_USE_SSL", False)
# A mail server that does not answer holds up the queue's worker, never a visitor.
EMAIL_TIMEOUT = MAIL_FROM_ENVIRONMENT.get("EMAIL_TIMEOUT") or int(
    os.environ.get("EMAIL_TIMEOUT", "10")
)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "KIRA website <noreply@kira-kira.jp>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

# Cache: Redis when REDIS_URL is set (shared by every app server), memory otherwise. If Redis
# is unreachable the site keeps serving from the database (django-redis IGNORE_EXCEPTIONS),
# slower but never with an error.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Sites (or test runs) sharing one Redis keep apart by their prefixes.
CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "kira")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    CACHES["pages"] = {**CACHES["default"], "KEY_PREFIX": f"{CACHE_KEY_PREFIX}-pages"}
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        # Files, so that every worker process of this server sees the same pages.
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "page-cache")),
            "OPTIONS": {"MAX_ENTRIES": 10_000},
        },
    }
# Rendered HTML that every page or one page shows around its content (header, footer, trail),
# kept by each worker: its keys carry the content's versions (caching/pages.py), so an entry
# can never be stale, and reading one costs no round trip to Redis.
CACHES["rendered"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "rendered-fragments",
    "OPTIONS": {"MAX_ENTRIES": 5_000},
}
# Anonymous visitors' pages (caching/pages.py); 0 turns the page cache off.
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "300"))
# What surrounds every page (menu, homes, contact details, translations; caching/fragments.py),
# shared between requests until content changes; 0 turns it off.
FRAGMENT_CACHE_TIMEOUT = int(os.environ.get("FRAGMENT_CACHE_TIMEOUT", "3600"))

# Security headers on every response (HSTS and secure cookies are added in production).
# The public site allows no inline script or style; Wagtail's admin needs both (and its preview
# iframe), so /admin/ gets its own policy (kirasite/security.py) instead of weakening this one.
# Previews keep this policy, except that the admin's preview panel on this origin may frame them.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "frame-src": ["'self'"],
        # The page editor shows its preview in a same-origin iframe.
        "frame-ancestors": ["'self'"],
    }
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nothing is framed, except previews by this origin (kirasite/security.py).
X_FRAME_OPTIONS = "DENY"
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    ]
}
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# Admin sign-in: 5 failed attempts for a username from one address lock it for an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(hours=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_locked_out.html"
# The same visitor's address as the application form's limit, so that behind a proxy one
# person's failures lock only that person out.
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_address"

# The name authenticator apps show next to the codes (accounts/two_factor.py).
OTP_TOTP_ISSUER = "KIRA"

# One line of JSON per log record on stdout, for whatever collects the server's output.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            # Japanese as itself, not \u escapes, so the logs can be read and searched.
            "json_ensure_ascii": False,
        }
    },
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# A CDN or caching proxy in front of the site, purged on publish (caching/frontend.py):
# Cloudflare with CLOUDFLARE_ZONE_ID and CLOUDFLARE_API_TOKEN, or any proxy that accepts HTTP
# PURGE requests (Varnish, nginx) at FRONTEND_CACHE_PURGE_URL.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("CLOUDFLARE_ZONE_ID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
        "BEARER_TOKEN": os.environ.get("CLOUDFLARE_API_TOKEN", ""),
    }
# Several, comma-separated, when each app server has its own nginx in front (ops/nginx/kira.conf).
for number, location in enumerate(
    url.strip() for url in os.environ.get("FRONTEND_CACHE_PURGE_URL", "").split(",") if url.strip()
):
    WAGTAILFRONTENDCACHE[f"proxy-{number}"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
WAGTAILFRONTENDCACHE_LANGUAGES = [code for code, _name in LANGUAGES]

"""Django settings. Everything that differs between machines comes from the environment.

- ``SAKIP_DATA_DIR``: where the SQLite database, uploaded evidence and the generated secret live
  (default: the user data folder, e.g. ``~/.local/share/sakip``).
- ``DATABASE_URL``: use this database (PostgreSQL) instead of SQLite.
- ``SAKIP_SECRET_KEY``: the secret key (otherwise generated once and kept in the data folder).
- ``SAKIP_DEBUG=1``: debug pages (never in production).
- ``SAKIP_ALLOWED_HOSTS``: comma-separated host names (default ``127.0.0.1,localhost``).
- ``SAKIP_HTTPS=1``: the site is served over HTTPS (secure cookies, HSTS, redirect); ``sakip serve`` sets it.
- ``SAKIP_DOKUMEN_SIMPAN_JAM``: hours a produced document is kept for download (default 24).
- Security (login lockout, two-step login, session expiry, rate limits, CSP): see docs/keamanan.md.
"""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import dj_database_url
from platformdirs import user_data_dir


def _ya(nama: str, bawaan: str = "0") -> bool:
    return os.environ.get(nama, bawaan).strip().lower() in ("1", "ya", "true", "yes", "on")


BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SAKIP_DATA_DIR") or user_data_dir("sakip", appauthor=False))
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _kunci_rahasia() -> str:
    dari_env = os.environ.get("SAKIP_SECRET_KEY")
    if dari_env:
        return dari_env
    berkas = DATA_DIR / "secret_key"
    if not berkas.exists():
        berkas.write_text(secrets.token_urlsafe(64), encoding="utf-8")
        berkas.chmod(0o600)
    return berkas.read_text(encoding="utf-8").strip()


SECRET_KEY = _kunci_rahasia()
DEBUG = _ya("SAKIP_DEBUG")
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("SAKIP_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h]

# The web apps, one per bounded context. A new app (documents, reviu, survei …) is added here; its
# AppConfig declares its URL prefix and menu entries (see docs/web.md), nothing else needs editing.
SAKIP_APPS = [
    "sakip.web.inti",
    "sakip.web.organisasi",
    "sakip.web.riwayat",
    "sakip.web.perencanaan",
    "sakip.web.daerah",
    "sakip.web.pengukuran",
    "sakip.web.anggaran",
    "sakip.web.pertukaran",
    "sakip.web.dasbor",
    "sakip.web.publik",
    "sakip.web.survei",
    "sakip.web.register",
    "sakip.web.dokumen",
    "sakip.web.reviu",
    "sakip.web.keamanan",
    "sakip.web.api",
    "sakip.web.evaluasi",
    "sakip.web.operasi",
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "ninja",  # serves the API docs page's scripts locally (no CDN)
    "django_tasks",  # background work: Django's tasks API (built into Django 6), docs/web.md
    "django_tasks_db",
    *SAKIP_APPS,
]

MIDDLEWARE = [
    # First: a request id for every log line, and the health probes answered before host checks and redirects
    # (docs/operasi.md).
    "sakip.web.operasi.middleware.IdPermintaan",
    "sakip.web.operasi.middleware.Kesehatan",
    "django.middleware.security.SecurityMiddleware",
    "sakip.web.keamanan.middleware.HeaderKeamanan",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "sakip.web.keamanan.middleware.SesiBerbatas",
    "sakip.web.keamanan.middleware.WajibDuaLangkah",
    "sakip.web.keamanan.middleware.BatasAkses",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "sakip.web.inti.middleware.TanpaTraceback",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sakip.web.urls"
WSGI_APPLICATION = "sakip.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sakip.web.inti.konteks.navigasi",
            ],
        },
    }
]

# --- database -------------------------------------------------------------------------------------------------
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
    # Several developers run the suite at once against one server: every run gets its own test database,
    # which the test runner drops at the end.
    DATABASES["default"]["TEST"] = {"NAME": f"test_sakip_{os.getpid()}"}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "sakip.sqlite3",
            "OPTIONS": {"timeout": 20, "init_command": "PRAGMA journal_mode=WAL;"},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Password policy (messages in Indonesian from Django's own translations): long enough, not like the user's
# name, not a common password, not only digits.
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": int(os.environ.get("SAKIP_SANDI_MIN", "10"))},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a locked account before the password is even checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
LOGIN_URL = "inti:masuk"
LOGIN_REDIRECT_URL = "inti:beranda"
LOGOUT_REDIRECT_URL = "inti:beranda"

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = os.environ.get("SAKIP_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Served by WhiteNoise straight from the apps' static folders: no collectstatic step to forget.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
MEDIA_ROOT = DATA_DIR / "bukti"
# Stored files go through Django's storage API only, never a path: "default" holds uploads (evidence, LKE
# evidence), "dokumen" the documents the worker makes. With SAKIP_S3_BUCKET both live in one S3-compatible bucket
# (MinIO, Ceph, AWS…) under their own prefixes, so web nodes and workers need no shared disk (docs/operasi.md).
SAKIP_DOKUMEN_DIR = DATA_DIR / "dokumen"
SAKIP_S3_BUCKET = os.environ.get("SAKIP_S3_BUCKET", "")


def _penyimpanan(folder: Path, awalan: str) -> dict:
    if not SAKIP_S3_BUCKET:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": folder}}
    opsi = {
        "bucket_name": SAKIP_S3_BUCKET,
        "location": awalan,
        "file_overwrite": False,
        "default_acl": None,
        "querystring_auth": True,
    }
    for kunci, env in (("endpoint_url", "SAKIP_S3_ENDPOINT"), ("region_name", "SAKIP_S3_REGION")):
        if os.environ.get(env):
            opsi[kunci] = os.environ[env]
    if os.environ.get("SAKIP_S3_ADDRESSING_STYLE"):  # "path" for MinIO and most self-hosted servers
        opsi["addressing_style"] = os.environ["SAKIP_S3_ADDRESSING_STYLE"]
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": opsi}


STORAGES = {
    "default": _penyimpanan(MEDIA_ROOT, "bukti"),
    "dokumen": _penyimpanan(SAKIP_DOKUMEN_DIR, "dokumen"),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Background work (documents) through Django's tasks API on its database backend: the same database on SQLite and
# PostgreSQL, so no broker to run; any number of `sakip pekerja` on any machine take tasks from it (docs/web.md).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["dokumen", "ringkasan"]}}
# Recaps across pemda read each agency's kept headline figures (pengukuran.RingkasanCapaian): every worker looks
# for stale ones this often (seconds); a recap page with at most this many stale ones recomputes them itself.
SAKIP_RINGKASAN_SELANG = float(os.environ.get("SAKIP_RINGKASAN_SELANG", "10"))
SAKIP_RINGKASAN_SINKRON = int(os.environ.get("SAKIP_RINGKASAN_SINKRON", "30"))

# Evidence uploads: what a quarter's proof may be, and how big.
SAKIP_BUKTI_MAKS_BYTE = int(os.environ.get("SAKIP_BUKTI_MAKS_BYTE", str(10 * 1024 * 1024)))
# Documents made by the background worker (sakip pekerja): kept this many hours, then removed with their jobs.
SAKIP_DOKUMEN_SIMPAN_JAM = int(os.environ.get("SAKIP_DOKUMEN_SIMPAN_JAM", "24"))
# A running job whose worker has not beaten for this many seconds has lost its worker and is handed out again.
SAKIP_DOKUMEN_BATAS_DETAK = int(os.environ.get("SAKIP_DOKUMEN_BATAS_DETAK", "120"))
# Public document requests waiting at once (an identical request shares the job already queued).
SAKIP_DOKUMEN_ANTRIAN_PUBLIK = int(os.environ.get("SAKIP_DOKUMEN_ANTRIAN_PUBLIK", "20"))
# A printed report uploaded for the reviu may be this big.
SAKIP_REVIU_MAKS_BYTE = int(os.environ.get("SAKIP_REVIU_MAKS_BYTE", str(20 * 1024 * 1024)))
# SIPD import in the web app: header names per field, the same shape as `sakip sipd --pemetaan` (docs/pertukaran.md).
# Set here as a dict, or point SAKIP_SIPD_PEMETAAN at a YAML/JSON file; only the fields given replace the defaults.
SAKIP_SIPD_PEMETAAN: dict = {}
if os.environ.get("SAKIP_SIPD_PEMETAAN"):
    from sakip.berkas.yaml_desimal import muat_yaml as _muat_yaml

    SAKIP_SIPD_PEMETAAN = _muat_yaml(Path(os.environ["SAKIP_SIPD_PEMETAAN"]).read_text(encoding="utf-8")) or {}
# REST API (sakip.web.api): requests per token and, for the open-data part, per address ("count/seconds").
SAKIP_API_BATAS_TOKEN = os.environ.get("SAKIP_API_BATAS_TOKEN", "1200/60")
SAKIP_API_BATAS_ANONIM = os.environ.get("SAKIP_API_BATAS_ANONIM", "120/60")
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# Measurement results shared by the server's worker processes (keys carry each agency-year's write mark, so
# entries never go stale; old ones simply age out).
# With SAKIP_REDIS_URL (several machines) both caches live in that Redis, shared by every web node and worker; the
# demo keeps a per-process cache and a file cache in the data folder (docs/operasi.md).
SAKIP_REDIS_URL = os.environ.get("SAKIP_REDIS_URL", "")
if SAKIP_REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": SAKIP_REDIS_URL},
        "hasil": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": SAKIP_REDIS_URL,
            "KEY_PREFIX": "hasil",
            "TIMEOUT": 7 * 24 * 3600,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "hasil": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": DATA_DIR / "cache" / "hasil",
            "TIMEOUT": 7 * 24 * 3600,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }

CSRF_FAILURE_VIEW = "sakip.web.inti.views.gagal_csrf"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True
if _ya("SAKIP_HTTPS"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _ya("SAKIP_SSL_REDIRECT", "1")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("SAKIP_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

# --- login and session hardening (docs/keamanan.md) ----------------------------------------------------------
# Lockout per user name after failed logins (records in the database: shared by every process); the login page
# says why; the admin unlocks on /akun/. Addresses are throttled separately (sakip.web.keamanan.batas).
AXES_FAILURE_LIMIT = int(os.environ.get("SAKIP_MASUK_GAGAL_MAKS", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("SAKIP_MASUK_KUNCI_MENIT", "30")))
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 asks to lock by address too: we lock the account by name (an attacker rotating addresses still meets
# the lock) and limit each address separately (SAKIP_BATAS_MASUK), so a shared office address (NAT) is not
# locked out for everyone because of one person's typos.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "sakip.web.keamanan.views.terkunci"
AXES_CLIENT_IP_CALLABLE = "sakip.web.keamanan.batas.alamat_ip"
AXES_VERBOSE = False
# Two-step login (TOTP): optional for admin, kepala and reviewer unless required here.
SAKIP_WAJIB_DUA_LANGKAH = _ya("SAKIP_WAJIB_DUA_LANGKAH")
OTP_TOTP_ISSUER = os.environ.get("SAKIP_OTP_PENERBIT", "SAKIP")
# Sessions end after this long without a request, and this long after the login whatever the activity.
SAKIP_SESI_DIAM_MENIT = int(os.environ.get("SAKIP_SESI_DIAM_MENIT", "30"))
SAKIP_SESI_MAKS_JAM = int(os.environ.get("SAKIP_SESI_MAKS_JAM", "10"))
SESSION_COOKIE_AGE = SAKIP_SESI_MAKS_JAM * 3600
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("SAKIP_CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# Logs on stderr, each line with its request id; JSON lines (SAKIP_LOG_JSON=1, `sakip serve`'s default) for a log
# collector, plain text otherwise (docs/operasi.md).
from sakip.web.operasi.log import konfigurasi as _log  # noqa: E402

SAKIP_LOG_JSON = _ya("SAKIP_LOG_JSON")
LOGGING = _log(
    json_log=SAKIP_LOG_JSON,
    tingkat=os.environ.get("SAKIP_LOG_LEVEL", "WARNING"),
    tingkat_sakip=os.environ.get("SAKIP_LOG_LEVEL_SAKIP", "INFO" if SAKIP_LOG_JSON else "WARNING"),
)
# Backups keep times to the microsecond (sakip.web.operasi.serial).
SERIALIZATION_MODULES = {"sakipjson": "sakip.web.operasi.serial"}
# /siap/ answers 503 without a living worker only when asked (a node that only serves pages is ready without one).
SAKIP_SIAP_WAJIB_PEKERJA = _ya("SAKIP_SIAP_WAJIB_PEKERJA")

"""Settings for the test suite: the normal settings with a throw-away data folder and a fast password hash."""

import os
import tempfile

os.environ.setdefault("SAKIP_DATA_DIR", tempfile.mkdtemp(prefix="sakip-uji-"))

from .settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

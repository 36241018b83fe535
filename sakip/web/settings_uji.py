"""Settings for the test suite: the normal settings with a throw-away data folder (removed when the test process
ends) and a fast password hash."""

import atexit
import os
import shutil
import tempfile

if "SAKIP_DATA_DIR" not in os.environ:
    _folder = tempfile.mkdtemp(prefix="sakip-uji-")
    os.environ["SAKIP_DATA_DIR"] = _folder
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)

# The suite sends thousands of anonymous requests from one address (access walks, fuzzing): the public rate limits
# stay out of its way; tests/keamanan sets its own limits to check them.
for _nama in ("SAKIP_BATAS_PUBLIK", "SAKIP_BATAS_KIRIM_PUBLIK", "SAKIP_BATAS_MASUK"):
    os.environ.setdefault(_nama, "1000000/60")

from .settings import *  # noqa: F403, E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]

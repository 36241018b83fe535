"""Structured logs: one JSON object per line on stderr, each carrying the id of the request it belongs to, so the
lines of one request can be found across web nodes, the worker and the reverse proxy (X-Request-ID)."""

from __future__ import annotations

import contextvars
import json
import logging
import re
from datetime import UTC, datetime

# The id of the request (or job) being handled by this thread / task; "-" outside any.
ID_PERMINTAAN: contextvars.ContextVar[str] = contextvars.ContextVar("id_permintaan", default="-")

# An id from the proxy is kept only if it is harmless to write into a log line and a header.
POLA_ID = re.compile(r"^[A-Za-z0-9._:@-]{1,128}$")

_BAKU = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "id_permintaan"}


class SaringIdPermintaan(logging.Filter):
    """Adds ``record.id_permintaan`` to every record, for the JSON and for plain text formats alike."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.id_permintaan = ID_PERMINTAAN.get()
        return True


class FormatJSON(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "waktu": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "tingkat": record.levelname,
            "logger": record.name,
            "pesan": record.getMessage(),
            "id_permintaan": getattr(record, "id_permintaan", ID_PERMINTAAN.get()),
            "proses": record.process,
        }
        # Fields passed with extra={...} (method, path, status, ms) go in as they are.
        for k, v in vars(record).items():
            if k not in _BAKU and not k.startswith("_"):
                data[k] = v if isinstance(v, str | int | float | bool | type(None)) else str(v)
        if record.exc_info:
            data["galat"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def konfigurasi(*, json_log: bool, tingkat: str, tingkat_sakip: str) -> dict:
    """The LOGGING dict for settings.py."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"id_permintaan": {"()": "sakip.web.operasi.log.SaringIdPermintaan"}},
        "formatters": {
            "json": {"()": "sakip.web.operasi.log.FormatJSON"},
            "teks": {"format": "%(asctime)s %(levelname)s %(name)s [%(id_permintaan)s] %(message)s"},
        },
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "json" if json_log else "teks",
                "filters": ["id_permintaan"],
            }
        },
        "loggers": {
            "django": {"handlers": ["stderr"], "level": tingkat},
            "sakip": {"handlers": ["stderr"], "level": tingkat_sakip},
        },
    }

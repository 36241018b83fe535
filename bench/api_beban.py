"""Locust load test of the REST API's reads (run it with bench/api_beban.sh, which prepares the database, the
tokens and the server). Each simulated client holds one operator's token and reads its own agency-year: per ten
calls, three capaian (the engine's result), three realisasi lists, two plans, one budget list, one period list.
Only 127.0.0.1 is targeted."""

from __future__ import annotations

import itertools
import os
import re

from locust import HttpUser, between, events, task

_nomor = itertools.count(0)
_TOKEN = []
with open(os.environ.get("SAKIP_BEBAN_PETA", "/dev/null"), encoding="utf-8") as _f:
    _TOKEN = [tuple(b.split()) for b in _f if b.strip()]


@events.test_start.add_listener
def _periksa(environment, **_):
    if not re.match(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/?$", environment.host or ""):
        raise SystemExit(f"uji beban hanya boleh ke 127.0.0.1, bukan {environment.host!r}")


class Klien(HttpUser):
    # An integration polling the API: a call every 0.5–1.5 s per client.
    wait_time = between(0.5, 1.5)

    def on_start(self):
        token, self.slug = _TOKEN[next(_nomor) % len(_TOKEN)]
        self.client.headers["Authorization"] = f"Bearer {token}"
        self.awal = f"/api/v1/pd/{self.slug}/tahun/2023"

    def _get(self, akhir: str, nama: str):
        with self.client.get(self.awal + akhir, name=nama, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"{r.status_code}: {r.text[:200]}")

    @task(3)
    def capaian(self):
        self._get("/capaian", "/api/v1/pd/[pd]/tahun/2023/capaian")

    @task(3)
    def realisasi(self):
        self._get("/realisasi", "/api/v1/pd/[pd]/tahun/2023/realisasi")

    @task(2)
    def rencana(self):
        self._get("/rencana", "/api/v1/pd/[pd]/tahun/2023/rencana")

    @task(1)
    def anggaran(self):
        self._get("/anggaran", "/api/v1/pd/[pd]/tahun/2023/anggaran")

    @task(1)
    def periode(self):
        self._get("/periode", "/api/v1/pd/[pd]/tahun/2023/periode")

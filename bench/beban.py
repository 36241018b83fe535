"""Locust load test of the web app (run it with bench/beban.sh, which prepares the database and the server).

Each simulated user is the operator of one agency (bench/beban_data.py). Per ten actions: six dashboard reads,
two plan reads, and two saves of its triwulan IV realisation (open the form to read its version, then post it,
as a browser does). Only 127.0.0.1 is targeted.
"""

from __future__ import annotations

import itertools
import os
import random
import re

from locust import HttpUser, between, events, task

_nomor = itertools.count(1)
_PETA = {}  # username → agency slug, from the file written by beban_data.py
with open(os.environ.get("SAKIP_BEBAN_PETA", "/dev/null"), encoding="utf-8") as _f:
    for baris in _f:
        if baris.strip():
            u, slug, sesi = baris.split()
            _PETA[u] = (slug, sesi)


@events.test_start.add_listener
def _periksa(environment, **_):
    host = environment.host or ""
    if not re.match(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/?$", host):
        raise SystemExit(f"uji beban hanya boleh ke 127.0.0.1, bukan {host!r}")


class Operator(HttpUser):
    # A planning officer reads a page, then acts: 1–3 s between requests.
    wait_time = between(1.0, 3.0)

    def on_start(self):
        n = next(_nomor)
        self.username = f"beban{((n - 1) % max(len(_PETA), 1)) + 1:02d}"
        self.slug, sesi = _PETA[self.username]
        # Already logged in (bench/beban_data.py made the session): the test measures the work, not log-ins.
        self.client.cookies.set("sessionid", sesi)
        self.url_isi = f"/pd/{self.slug}/2023/realisasi/4/"

    @task(6)
    def dasbor(self):
        self.client.get(f"/pd/{self.slug}/2023/", name="/pd/[pd]/2023/ (dasbor)")

    @task(2)
    def rencana(self):
        self.client.get(f"/pd/{self.slug}/2023/rencana/", name="/pd/[pd]/2023/rencana/")

    @task(2)
    def simpan_realisasi(self):
        r = self.client.get(self.url_isi, name="/pd/[pd]/2023/realisasi/4/ (buka)")
        teks = r.text
        versi = re.search(r'name="versi" value="(\d+)"', teks)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', teks)
        medan = re.findall(r'name="(n_\d+)"', teks)
        if not (versi and token and medan):
            r.failure("formulir realisasi tidak lengkap")
            return
        data = {"versi": versi.group(1), "csrfmiddlewaretoken": token.group(1), "lanjut": "simpan"}
        for m in medan:
            data[m] = f"{random.randint(85, 100)},{random.randint(0, 9)}"
        with self.client.post(
            self.url_isi,
            data,
            headers={"Referer": self.host + self.url_isi},
            name="/pd/[pd]/2023/realisasi/4/ (simpan)",
            allow_redirects=False,
            catch_response=True,
        ) as jawab:
            if jawab.status_code != 302:
                jawab.failure(f"simpan gagal: {jawab.status_code}")

"""Soak test (issue 9 item 6): operators of many agencies mixing reads, saves, imports and document jobs for a long
time. Run it with bench/soak.sh, which prepares the database, the server and the worker, samples memory, and checks
afterwards that every acknowledged write is in the database and every accepted job was produced.

Per twelve actions of a user: six dashboard reads, two plan reads, two saves of its triwulan IV realisation (each a
value that user has never written before), one register import (a CSV of fresh aduan numbers) and one document job
(the LKjIP as DOCX). Every acknowledged save and import is logged (SAKIP_SOAK_LOG) so that the check can compare
what the server confirmed with what it kept. Only 127.0.0.1 is targeted.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import threading

from locust import HttpUser, between, events, task

_nomor = itertools.count(1)
_urut = itertools.count(1)
_kunci_log = threading.Lock()
_PETA = {}
with open(os.environ.get("SAKIP_BEBAN_PETA", "/dev/null"), encoding="utf-8") as _f:
    for baris in _f:
        if baris.strip():
            u, slug, sesi = baris.split()
            _PETA[u] = (slug, sesi)
_LOG = open(os.environ.get("SAKIP_SOAK_LOG", os.devnull), "a", encoding="utf-8")  # noqa: SIM115 - whole run


def _catat(**isi) -> None:
    with _kunci_log:
        _LOG.write(json.dumps(isi) + "\n")
        _LOG.flush()


@events.test_start.add_listener
def _periksa(environment, **_):
    if not re.match(r"^https?://(127\.0\.0\.1|localhost)(:\d+)?/?$", environment.host or ""):
        raise SystemExit(f"uji soak hanya boleh ke 127.0.0.1, bukan {environment.host!r}")


def _token(teks: str) -> str | None:
    m = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', teks)
    return m.group(1) if m else None


class Operator(HttpUser):
    wait_time = between(1.0, 3.0)

    def on_start(self):
        n = next(_nomor)
        self.username = f"beban{((n - 1) % max(len(_PETA), 1)) + 1:02d}"
        self.slug, sesi = _PETA[self.username]
        self.client.cookies.set("sessionid", sesi)
        self.dasar = f"/pd/{self.slug}/2023/"

    @task(6)
    def dasbor(self):
        self.client.get(self.dasar, name="/pd/[pd]/2023/ (dasbor)")

    @task(2)
    def rencana(self):
        self.client.get(f"{self.dasar}rencana/", name="/pd/[pd]/2023/rencana/")

    @task(2)
    def simpan_realisasi(self):
        url = f"{self.dasar}realisasi/4/"
        r = self.client.get(url, name="/pd/[pd]/2023/realisasi/4/ (buka)")
        versi = re.search(r'name="versi" value="(\d+)"', r.text)
        medan = re.findall(r'name="(n_\d+)"', r.text)
        token = _token(r.text)
        if not (versi and token and medan):
            r.failure("formulir realisasi tidak lengkap")
            return
        # A value this run has never written (91,00001 … ): a lost write cannot hide behind an equal old value.
        nilai = f"91,{next(_urut):05d}"
        m = medan[0]
        data = {"versi": versi.group(1), "csrfmiddlewaretoken": token, m: nilai, "lanjut": "simpan"}
        # Logged before sending: a save still in flight when the run stops may land without its answer being read.
        _catat(jenis="dikirim", slug=self.slug, medan=m, nilai=nilai)
        with self.client.post(
            url,
            data,
            headers={"Referer": self.host + url},
            name="/pd/[pd]/2023/realisasi/4/ (simpan)",
            allow_redirects=False,
            catch_response=True,
        ) as jawab:
            if jawab.status_code == 302:
                _catat(jenis="realisasi", slug=self.slug, medan=m, nilai=nilai, ke=jawab.headers.get("Location", ""))
            elif jawab.status_code == 409 or "diubah oleh" in jawab.text:
                jawab.success()  # another tab of the same operator saved first: refused cleanly, nothing lost
            else:
                jawab.failure(f"simpan gagal: {jawab.status_code}")

    @task(1)
    def impor_register(self):
        url = f"{self.dasar}register/impor/"
        r = self.client.get(url, name="/pd/[pd]/2023/register/impor/ (buka)")
        token = _token(r.text)
        if not token:
            r.failure("formulir impor tidak lengkap")
            return
        n = next(_urut)
        judul = "nomor,tanggal diterima,kanal,kategori,ringkasan,penanganan,status,tanggal selesai"
        baris = [
            f"S{n}-{i}/ADU/2023,2023-10-0{i},WhatsApp,pelayanan,Uji soak {n},Ditangani,selesai,2023-10-1{i}"
            for i in range(1, 4)
        ]
        berkas = ("aduan.csv", ("\n".join([judul, *baris]) + "\n").encode(), "text/csv")
        with self.client.post(
            url,
            {"csrfmiddlewaretoken": token, "jenis": "aduan"},
            files={"berkas": berkas},
            headers={"Referer": self.host + url},
            name="/pd/[pd]/2023/register/impor/ (kirim)",
            allow_redirects=False,
            catch_response=True,
        ) as jawab:
            if jawab.status_code == 302:
                _catat(jenis="aduan", slug=self.slug, nomor=[b.split(",")[0] for b in baris])
            else:
                jawab.failure(f"impor gagal: {jawab.status_code}")

    @task(1)
    def dokumen(self):
        url = f"{self.dasar}dokumen/"
        r = self.client.get(url, name="/pd/[pd]/2023/dokumen/")
        token = _token(r.text)
        if not token:
            r.failure("halaman dokumen tidak lengkap")
            return
        with self.client.post(
            f"{url}buat/",
            {"csrfmiddlewaretoken": token, "dokumen": "lkjip", "format": "docx"},
            headers={"Referer": self.host + url},
            name="/pd/[pd]/2023/dokumen/buat/",
            allow_redirects=False,
            catch_response=True,
        ) as jawab:
            if jawab.status_code in (302, 303):
                _catat(jenis="dokumen", slug=self.slug, lokasi=jawab.headers.get("Location", ""))
            else:
                jawab.failure(f"permintaan dokumen gagal: {jawab.status_code}")

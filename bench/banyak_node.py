"""Several nodes on one PostgreSQL and one Redis (issue 14 item 3): two `sakip serve` web instances on two ports and
two `sakip pekerja` workers, operators' saves and document requests spread across both instances, and, halfway, one
web instance and one worker killed (SIGKILL, no clean-up) and started again.

Counted and checked afterwards (bench/soak_periksa.py, the soak's own check): every acknowledged save is in the
database and in the history, every accepted document job is produced; failed requests are counted per instance and
must all be on the killed instance, inside the window it was down. Exit 1 otherwise.

Usage: .venv/bin/python bench/banyak_node.py [--pd 6] [--detik 40] [--pg postgres://postgres@127.0.0.1:5432]
       [--redis redis://127.0.0.1:6379/9]
Creates its own database and drops it at the end; only 127.0.0.1 is used. tests/operasi/test_banyak_node.py runs
it small in the PostgreSQL pass of the suite.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
PY = sys.executable


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _siap(port: int, batas: float = 120) -> None:
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/sehat/", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.3)
    raise SystemExit(f"instans web :{port} tidak siap")


class Node:
    """One process group (a web instance with its gunicorn workers, or a document worker)."""

    def __init__(self, nama: str, perintah: list[str], env: dict, log: Path):
        self.nama, self.perintah, self.env, self.log = nama, perintah, env, log
        self.proses: subprocess.Popen | None = None

    def mulai(self) -> None:
        with self.log.open("a") as f:
            self.proses = subprocess.Popen(
                self.perintah, env=self.env, stdout=f, stderr=subprocess.STDOUT, start_new_session=True, cwd=AKAR
            )

    def bunuh(self) -> None:
        os.killpg(self.proses.pid, signal.SIGKILL)
        self.proses.wait(10)

    def hentikan(self) -> None:
        if self.proses and self.proses.poll() is None:
            os.killpg(self.proses.pid, signal.SIGTERM)
            try:
                self.proses.wait(20)
            except subprocess.TimeoutExpired:
                self.bunuh()


class Operator(threading.Thread):
    """One operator of one agency, saving its quarter IV and asking for its LKjIP, on the instances in turn; an
    instance that refuses the connection is left for the other one (what a load balancer does)."""

    def __init__(self, slug: str, sesi: str, port: list[int], log, kunci: threading.Lock, berhenti, galat, urut):
        super().__init__(daemon=True)
        self.slug, self.port, self.log, self.kunci, self.berhenti = slug, port, log, kunci, berhenti
        self.galat, self.urut = galat, urut
        self.kue = http.cookiejar.CookieJar()
        self.buka = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.kue), _TanpaAlih)
        self.kue.set_cookie(_kue("sessionid", sesi))
        self.giliran = 0
        self.jumlah = Counter()

    def _catat(self, **isi) -> None:
        with self.kunci:
            self.log.write(json.dumps(isi) + "\n")
            self.log.flush()

    def _minta(self, jalur: str, data: dict | None = None) -> tuple[int, str, str]:
        for _ in range(len(self.port)):
            port = self.port[self.giliran % len(self.port)]
            self.giliran += 1
            try:
                isi = urllib.parse.urlencode(data).encode() if data is not None else None
                r = self.buka.open(urllib.request.Request(f"http://127.0.0.1:{port}{jalur}", data=isi), timeout=60)
                return r.status, r.headers.get("Location", ""), r.read().decode()
            except urllib.error.HTTPError as e:
                return e.code, e.headers.get("Location", ""), e.read().decode(errors="replace")
            except OSError as e:
                # Refused: the instance is down and the request never reached it (a load balancer routes away);
                # anything else: a request in flight when the instance died.
                alasan = getattr(e, "reason", e)
                jenis = "ditolak" if isinstance(alasan, ConnectionRefusedError) else "terputus"
                self.galat.append((port, time.monotonic(), jenis, f"{type(e).__name__}: {e}"[:120]))
        return 0, "", ""

    def run(self) -> None:
        dasar = f"/pd/{self.slug}/2023/"
        while not self.berhenti.is_set():
            s, _, teks = self._minta(f"{dasar}realisasi/4/")
            versi = re.search(r'name="versi" value="(\d+)"', teks)
            medan = re.findall(r'name="(n_\d+)"', teks)
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', teks)
            if s != 200 or not (versi and medan and token):
                time.sleep(0.2)
                continue
            nilai = f"93,{next(self.urut):05d}"
            self._catat(jenis="dikirim", slug=self.slug, medan=medan[0], nilai=nilai)
            data = {"versi": versi.group(1), "csrfmiddlewaretoken": token.group(1), medan[0]: nilai, "lanjut": "simpan"}
            s, lokasi, _ = self._minta(f"{dasar}realisasi/4/", data)
            if s == 302:
                self._catat(jenis="realisasi", slug=self.slug, medan=medan[0], nilai=nilai, ke=lokasi)
                self.jumlah["simpan"] += 1
            self.jumlah["putaran"] += 1
            if self.jumlah["putaran"] % 3 == 0:
                s, lokasi, _ = self._minta(
                    f"{dasar}dokumen/buat/",
                    {"csrfmiddlewaretoken": token.group(1), "dokumen": "lkjip", "format": "docx"},
                )
                if s in (302, 303):
                    self._catat(jenis="dokumen", slug=self.slug, lokasi=lokasi)
                    self.jumlah["dokumen"] += 1


class _TanpaAlih(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def _kue(nama: str, nilai: str) -> http.cookiejar.Cookie:
    return http.cookiejar.Cookie(
        0, nama, nilai, None, False, "127.0.0.1", False, False, "/", True, False, None, False, None, None, {}
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pd", type=int, default=6, help="agencies (one operator each)")
    ap.add_argument("--detik", type=float, default=40, help="length of the load run")
    ap.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432")
    ap.add_argument("--redis", default="redis://127.0.0.1:6379/9")
    a = ap.parse_args()
    import psycopg
    import redis

    db = f"banyak_node_{os.getpid()}"
    kerja = Path(tempfile.mkdtemp(prefix="sakip-banyak-node-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SAKIP_", "DJANGO_"))}
    env |= {
        "DATABASE_URL": f"{a.pg}/{db}",
        "SAKIP_REDIS_URL": a.redis,
        "SAKIP_DATA_DIR": str(kerja / "data"),
        "SAKIP_ALLOWED_HOSTS": "127.0.0.1",
        "SAKIP_SECRET_KEY": "banyak-node-" + os.urandom(24).hex(),
        "DJANGO_SETTINGS_MODULE": "sakip.web.settings",
        "SAKIP_DOKUMEN_BATAS_DETAK": "5",
        "SAKIP_LOG_JSON": "0",
    }
    # Each node has a data folder of its own: nothing is shared but PostgreSQL, Redis and the stored files, which
    # live in an S3 bucket on a real S3 HTTP server in this process (moto's server mode).
    import logging

    import boto3
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the S3 server's access log
    s3 = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    s3.start()
    s3_url = "http://{}:{}".format(*s3.get_host_and_port())
    boto3.client(
        "s3", endpoint_url=s3_url, aws_access_key_id="uji", aws_secret_access_key="uji", region_name="us-east-1"
    ).create_bucket(Bucket="sakip-banyak-node")
    env |= {
        "SAKIP_S3_BUCKET": "sakip-banyak-node",
        "SAKIP_S3_ENDPOINT": s3_url,
        "SAKIP_S3_REGION": "us-east-1",
        "SAKIP_S3_ADDRESSING_STYLE": "path",
        "AWS_ACCESS_KEY_ID": "uji",
        "AWS_SECRET_ACCESS_KEY": "uji",
    }
    redis.Redis.from_url(a.redis).flushdb()
    with psycopg.connect(f"{a.pg}/postgres", autocommit=True) as c:
        c.execute(f"CREATE DATABASE {db}")
    node: list[Node] = []
    try:
        subprocess.run([PY, "-m", "sakip", "manage", "migrate", "-v0"], env=env, check=True, cwd=AKAR)
        peta = subprocess.run(
            [PY, "bench/beban_data.py", str(a.pd)], env=env, check=True, cwd=AKAR, capture_output=True, text=True
        ).stdout.split("\n")
        operator = [b.split() for b in peta if b.strip()]
        port = [_port_bebas(), _port_bebas()]
        for i, p in enumerate(port):
            node.append(
                Node(
                    f"web-{i + 1}",
                    [
                        PY,
                        "-m",
                        "sakip",
                        "serve",
                        "--http",
                        "--tanpa-migrasi",
                        "--tanpa-pekerja",
                        "--workers",
                        "1",
                        "--bind",
                        f"127.0.0.1:{p}",
                    ],
                    env | {"SAKIP_DATA_DIR": str(kerja / f"web-{i + 1}")},
                    kerja / f"web-{i + 1}.log",
                )
            )
        for i in range(2):
            env_pekerja = env | {"SAKIP_DATA_DIR": str(kerja / f"pekerja-{i + 1}")}
            node.append(
                Node(f"pekerja-{i + 1}", [PY, "-m", "sakip", "pekerja"], env_pekerja, kerja / f"pekerja-{i + 1}.log")
            )
        for n in node:
            n.mulai()
        for p in port:
            _siap(p)

        log_path = kerja / "konfirmasi.jsonl"
        log = log_path.open("a", encoding="utf-8")
        kunci, berhenti, galat = threading.Lock(), threading.Event(), []
        import itertools

        urut = itertools.count(1)
        op = [Operator(slug, sesi, port, log, kunci, berhenti, galat, urut) for _, slug, sesi in operator]
        mulai = time.monotonic()
        for o in op:
            o.start()
        time.sleep(a.detik / 3)
        # Kill web-1 and pekerja-1 at once, mid-run, and start them again a few seconds later; pekerja-1 preferably
        # while it is inside a job (waited for up to 10 s), so that a job has to be handed over.
        pid = node[2].proses.pid
        with psycopg.connect(f"{a.pg}/{db}", autocommit=True) as c:
            akhir = time.monotonic() + 10
            while time.monotonic() < akhir:
                q = "SELECT count(*) FROM dokumen_pekerjaan WHERE status = 'berjalan' AND pekerja LIKE %s"
                if c.execute(q, (f"%:{pid}:%",)).fetchone()[0]:
                    break
                time.sleep(0.05)
        mati = time.monotonic()
        node[0].bunuh()
        node[2].bunuh()
        time.sleep(max(3.0, a.detik / 6))
        node[0].mulai()
        node[2].mulai()
        _siap(port[0])
        hidup_lagi = time.monotonic()
        time.sleep(max(0.0, a.detik - (time.monotonic() - mulai)))
        berhenti.set()
        for o in op:
            o.join(90)
        log.close()
        jumlah = sum((o.jumlah for o in op), Counter())
        per_port = Counter(p for p, *_ in galat)
        jenis = Counter(j for _, _, j, _ in galat)
        di_luar = [g for g in galat if g[0] != port[0] or not (mati - 1 <= g[1] <= hidup_lagi + 1)]
        print(
            f"BEBAN: {len(op)} operator, {a.detik:.0f} s, 2 instans web + 2 pekerja; {jumlah['simpan']} simpan "
            f"dikonfirmasi, {jumlah['dokumen']} permintaan dokumen diterima; web-1 dan pekerja-1 mati "
            f"{hidup_lagi - mati:.1f} s (SIGKILL lalu mulai lagi)"
        )
        print(
            f"GALAT PERMINTAAN: {len(galat)} (web-1: {per_port[port[0]]}, web-2: {per_port[port[1]]}; "
            f"{jenis['terputus']} terputus di tengah jalan, {jenis['ditolak']} koneksi ditolak selama mati, lalu "
            f"dialihkan ke web-2); di luar instans dan jendela yang dimatikan: {len(di_luar)}"
        )
        with psycopg.connect(f"{a.pg}/{db}") as c:
            ulang = c.execute("SELECT count(*) FROM dokumen_pekerjaan WHERE percobaan > 1").fetchone()[0]
        print(f"PEKERJAAN DIULANG (pekerjanya mati di tengah): {ulang}")
        for g in di_luar[:10]:
            print("  -", g)
        periksa = subprocess.run(
            [PY, "bench/soak_periksa.py", str(log_path), "180"], env=env, cwd=AKAR, capture_output=True, text=True
        )
        print(periksa.stdout.strip())
        if periksa.returncode != 0:
            print(periksa.stderr[-2000:])
        ok = periksa.returncode == 0 and not di_luar and jumlah["simpan"] > 0 and jumlah["dokumen"] > 0
        print("HASIL:", "lulus" if ok else "GAGAL")
        return 0 if ok else 1
    finally:
        for n in node:
            n.hentikan()
        with psycopg.connect(f"{a.pg}/postgres", autocommit=True) as c:
            c.execute(f"DROP DATABASE IF EXISTS {db} WITH (FORCE)")
        redis.Redis.from_url(a.redis).flushdb()
        s3.stop()
        import shutil

        shutil.rmtree(kerja, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

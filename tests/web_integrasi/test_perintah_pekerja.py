"""One command each: `sakip demo` produces requested documents with the worker in its own process, and `sakip
serve` starts `sakip pekerja` beside gunicorn (and stops it with the server). Real processes, real HTTP."""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="the demo always runs on SQLite; one run of this test is enough"
)
PD = "dinas-komunikasi-dan-informatika"


def _port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tunggu_port(port: int, proses: subprocess.Popen, batas: float = 180) -> None:
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        if proses.poll() is not None:
            raise AssertionError(f"server berhenti: {proses.stdout.read() if proses.stdout else ''}")
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.3)
    raise AssertionError("server tidak siap")


class Klien:
    def __init__(self, dasar: str):
        self.dasar = dasar
        self.kue = http.cookiejar.CookieJar()
        self.buka = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.kue))

    def _csrf(self) -> str:
        return next(c.value for c in self.kue if c.name == "csrftoken")

    def get(self, jalur: str, **header) -> tuple[str, bytes]:
        r = self.buka.open(urllib.request.Request(self.dasar + jalur, headers=header), timeout=60)
        return r.geturl(), r.read()

    def post(self, jalur: str, data: dict) -> tuple[str, bytes]:
        isi = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self._csrf()}).encode()
        r = self.buka.open(urllib.request.Request(self.dasar + jalur, data=isi), timeout=60)
        return r.geturl(), r.read()

    def masuk(self, nama: str, sandi: str) -> None:
        self.get("/masuk/")
        url, _ = self.post("/masuk/", {"username": nama, "password": sandi})
        assert "/masuk/" not in url

    def dokumen(self, dokumen: str, format: str) -> bytes:
        """Ask for a document, follow its status until it is ready, download it."""
        status, _ = self.post(f"/pd/{PD}/2023/dokumen/buat/", {"dokumen": dokumen, "format": format})
        assert re.search(r"/dokumen/[0-9a-f-]{36}/$", status), status
        jalur = urllib.parse.urlparse(status).path
        akhir = time.monotonic() + 120
        while time.monotonic() < akhir:
            _, isi = self.get(jalur, **{"HX-Request": "true"})
            if b"Dokumen siap" in isi:
                return self.get(jalur + "unduh/")[1]
            assert b"tidak dapat dibuat" not in isi, isi.decode()
            time.sleep(0.5)
        raise AssertionError("dokumen tidak selesai")


def _anak(pid: int) -> list[tuple[int, str]]:
    hasil = []
    for p in Path("/proc").iterdir():
        if not p.name.isdigit():
            continue
        try:
            ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmd = (p / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == pid:
            hasil.append((int(p.name), cmd))
    return hasil


def _hentikan(proses: subprocess.Popen) -> None:
    proses.terminate()
    try:
        proses.wait(30)
    except subprocess.TimeoutExpired:
        proses.kill()
        proses.wait(10)


def test_demo_dan_serve_menjalankan_pekerja(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    port = _port_bebas()
    demo = subprocess.Popen(
        [sys.executable, "-m", "sakip", "demo", "--data-dir", str(tmp_path), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _tunggu_port(port, demo)
        k = Klien(f"http://127.0.0.1:{port}")
        k.masuk("operator", "sakip-demo-operator")
        assert k.dokumen("iku", "xlsx")[:2] == b"PK"
    finally:
        _hentikan(demo)
    assert "Pekerja dokumen berjalan di latar" in demo.stdout.read()

    port = _port_bebas()
    env_serve = env | {
        "SAKIP_DATA_DIR": str(tmp_path),
        "SAKIP_SECRET_KEY": "uji-" + "k" * 60,
        "SAKIP_ALLOWED_HOSTS": "127.0.0.1",
    }
    serve = subprocess.Popen(
        [sys.executable, "-m", "sakip", "serve", "--http", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
        env=env_serve,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        _tunggu_port(port, serve)
        k = Klien(f"http://127.0.0.1:{port}")
        k.masuk("operator", "sakip-demo-operator")
        assert k.dokumen("rkt", "docx")[:2] == b"PK"
        pekerja = [pid for pid, cmd in _anak(serve.pid) if " pekerja " in f"{cmd} "]
        assert len(pekerja) == 1
    finally:
        _hentikan(serve)
    # The worker ends with the server.
    akhir = time.monotonic() + 20
    while time.monotonic() < akhir and Path(f"/proc/{pekerja[0]}").exists():
        time.sleep(0.3)
    assert not Path(f"/proc/{pekerja[0]}/cmdline").exists() or not Path(f"/proc/{pekerja[0]}/cmdline").read_bytes()

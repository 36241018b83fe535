"""Open-loop load on the public questionnaire: submissions arrive at a fixed rate (default 100 per second) for a
bounded time, each one as a browser does it (GET the form, then POST the answers with its token and CSRF
cookie). Only 127.0.0.1 is targeted. Run through bench/survei_beban.sh, which prepares the database and server.

Reports: submissions sent and stored, errors by kind, the achieved rate, latency percentiles (GET + POST).
"""

from __future__ import annotations

import argparse
import http.client
import random
import re
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode, urlparse

UNSUR = [f"u{i}" for i in range(1, 10)]
_lokal = threading.local()


def _koneksi(host: str, port: int) -> http.client.HTTPConnection:
    c = getattr(_lokal, "c", None)
    if c is None:
        c = _lokal.c = http.client.HTTPConnection(host, port, timeout=30)
    return c


def _minta(host, port, metode, jalur, badan=None, header=None):
    for coba in range(2):
        c = _koneksi(host, port)
        try:
            c.request(metode, jalur, body=badan, headers=header or {})
            r = c.getresponse()
            return r.status, r.read(), r.getheader("Set-Cookie") or ""
        except (ConnectionError, http.client.HTTPException, TimeoutError):
            c.close()
            _lokal.c = None
            if coba:
                raise
    raise RuntimeError("tidak tercapai")  # pragma: no cover


def kirim(host: str, port: int, slug: str, layanan: str) -> tuple[str, float]:
    t = time.perf_counter()
    jalur = f"/skm/{slug}/?layanan={layanan}"
    try:
        status, isi, kuki = _minta(host, port, "GET", jalur)
        if status != 200:
            return f"GET {status}", time.perf_counter() - t
        teks = isi.decode()
        token = re.search(r'name="token" value="([^"]+)"', teks).group(1)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', teks).group(1)
        kuki_csrf = re.search(r"csrftoken=([^;]+)", kuki).group(1)
        data = {"token": token, "csrfmiddlewaretoken": csrf, **{u: str(random.choice((2, 3, 3, 4, 4))) for u in UNSUR}}
        if random.random() < 0.3:
            data["saran"] = "Antrean perlu diperbaiki"
        status, _, _ = _minta(
            host,
            port,
            "POST",
            jalur,
            urlencode(data),
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={kuki_csrf}",
                "Referer": f"http://{host}:{port}{jalur}",
            },
        )
        return ("ok" if status == 302 else f"POST {status}"), time.perf_counter() - t
    except Exception as exc:  # every failure is counted, none stops the run
        return f"galat {type(exc).__name__}", time.perf_counter() - t


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--host", default="http://127.0.0.1:8792")
    p.add_argument("--laju", type=float, default=100.0, help="kiriman per detik")
    p.add_argument("--detik", type=float, default=30.0)
    p.add_argument("--peta", required=True, help="berkas 'slug id_layanan' per baris")
    p.add_argument("--utas", type=int, default=48)
    a = p.parse_args()
    u = urlparse(a.host)
    if u.hostname not in ("127.0.0.1", "localhost"):
        raise SystemExit(f"uji beban hanya boleh ke 127.0.0.1, bukan {a.host!r}")
    with open(a.peta, encoding="utf-8") as f:
        unit = [baris.split() for baris in f if baris.strip()]
    total = int(a.laju * a.detik)
    hasil: list[tuple[str, float]] = []
    kunci = threading.Lock()

    def tugas(i: int) -> None:
        slug, lay = unit[i % len(unit)]
        r = kirim(u.hostname, u.port or 80, slug, lay)
        with kunci:
            hasil.append(r)

    mulai = time.perf_counter()
    terlambat = 0
    with ThreadPoolExecutor(max_workers=a.utas) as ex:
        for i in range(total):
            jadwal = mulai + i / a.laju
            tunggu = jadwal - time.perf_counter()
            if tunggu > 0:
                time.sleep(tunggu)
            elif tunggu < -0.5:
                terlambat += 1
            ex.submit(tugas, i)
        dikirim_dalam = time.perf_counter() - mulai
    selesai = time.perf_counter() - mulai
    jenis = Counter(s for s, _ in hasil)
    lat = sorted(d for s, d in hasil if s == "ok")

    def pc(q: float) -> float:
        return lat[min(len(lat) - 1, int(q * len(lat)))] * 1000 if lat else float("nan")

    print(
        f"kiriman: {total} dijadwalkan pada {a.laju:.0f}/detik selama {a.detik:.0f} s "
        f"(semua dikirim dalam {dikirim_dalam:.1f} s; {terlambat} terlambat > 0,5 s dari jadwal)"
    )
    print(f"hasil: {dict(jenis)}; selesai dalam {selesai:.1f} s → {jenis['ok'] / selesai:.1f} kiriman tersimpan/detik")
    print(
        f"latensi per kiriman (GET formulir + POST jawaban): median {pc(0.5):.0f} ms, p95 {pc(0.95):.0f} ms, "
        f"p99 {pc(0.99):.0f} ms, maks {pc(1.0):.0f} ms"
    )
    return 0 if jenis["ok"] == total else 1


if __name__ == "__main__":
    sys.exit(main())

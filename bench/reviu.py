"""Benchmark: the reviu of a printed report (read the file, recognise its tables, run every rule).

    .venv/bin/python bench/reviu.py              # the seed text, the Kencong LKjIP (DOCX) and a large synthetic one
    .venv/bin/python bench/reviu.py --kali 3     # fewer warm runs

Target on the 2-core reference machine: a 60-page report reviewed in < 2 s. Page counts are those of the same
document rendered to PDF (needs `pdfinfo` from poppler-utils; otherwise "?"). The seed is the real 2023 report of
Kecamatan Kencong (its table of contents runs to page 56 before the lampiran). "Dingin" includes the imports
of a fresh process; "hangat" is the median of the following runs (name comparisons are cached within a process).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "bench"))
SEED = AKAR.parent / "shared" / "seed" / "000_0f39aaca0575dd68.txt"
CONTOH = AKAR / "examples" / "kencong-2023.yaml"
TARGET_DETIK = 2.0


def _halaman(pdf: bytes) -> str:
    if shutil.which("pdfinfo") is None:
        return "?"
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        keluar = subprocess.run(["pdfinfo", f.name], capture_output=True, text=True, check=False).stdout
    for baris in keluar.splitlines():
        if baris.startswith("Pages:"):
            return baris.split()[1]
    return "?"


def _reviu(path: Path) -> int:
    from sakip.berkas.laporan_cetak import baca_laporan
    from sakip.core.reviu import reviu_laporan

    return len(reviu_laporan(baca_laporan(path)))


def _ukur(path: Path, kali: int) -> tuple[float, float, int]:
    t0 = time.perf_counter()
    n = _reviu(path)
    dingin = time.perf_counter() - t0
    waktu = []
    for _ in range(kali):
        t0 = time.perf_counter()
        _reviu(path)
        waktu.append(time.perf_counter() - t0)
    return dingin, statistics.median(waktu), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kali", type=int, default=5, help="jumlah pengulangan hangat")
    args = ap.parse_args(argv)

    from sintetis import buat_berkas

    from sakip.berkas.baca import baca_berkas
    from sakip.laporan.api import buat_dokumen

    kerja = Path(tempfile.mkdtemp(prefix="sakip-bench-reviu-"))
    laporan: list[tuple[str, Path, str]] = []
    if SEED.exists():
        laporan.append(("seed Kencong 2023 (teks)", SEED, "±60"))
    kencong = baca_berkas(CONTOH)
    besar = buat_berkas(0, indikator=16, sub_kegiatan=160)
    for nama, berkas in (("LKjIP Kencong 2023 (DOCX SAKIP)", kencong), ("LKjIP sintetis besar (DOCX SAKIP)", besar)):
        path = kerja / (nama.split()[1] + ".docx")
        path.write_bytes(buat_dokumen(berkas, format="docx"))
        laporan.append((nama, path, _halaman(buat_dokumen(berkas, format="pdf"))))

    gagal = False
    print(f"{'laporan':38} {'halaman':>8} {'ukuran':>9} {'dingin':>8} {'hangat':>8} {'temuan':>7}")
    for nama, path, halaman in laporan:
        # each report in a fresh process, so "dingin" includes the imports
        kode = (
            f"import sys, json, pathlib; sys.path.insert(0, {str(AKAR / 'bench')!r}); import reviu; "
            f"print(json.dumps(reviu._ukur(pathlib.Path({str(path)!r}), {args.kali})))"
        )
        keluar = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=True, cwd=AKAR)
        dingin, hangat, n = json.loads(keluar.stdout.strip().splitlines()[-1])
        ukuran = f"{path.stat().st_size // 1024} KB"
        print(f"{nama:38} {halaman:>8} {ukuran:>9} {dingin:7.2f}s {hangat:7.2f}s {n:>7}")
        gagal |= dingin > TARGET_DETIK
    print(f"target: < {TARGET_DETIK:.0f} s per laporan ±60 halaman (dingin, termasuk impor)")
    shutil.rmtree(kerja, ignore_errors=True)
    return 1 if gagal else 0


if __name__ == "__main__":
    sys.exit(main())

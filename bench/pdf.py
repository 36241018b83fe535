"""Benchmark: our PDF against LibreOffice's conversion of our own DOCX, side by side in one run.

    .venv/bin/python bench/pdf.py                  # everything (installs LibreOffice from Debian when missing, as root)
    .venv/bin/python bench/pdf.py --tanpa-batch    # without the 60-agency batch
    .venv/bin/python bench/pdf.py --kali 3         # fewer repetitions

For the Kencong 2023 LKjIP, each figure the median of `--kali` runs (default 5):

- LibreOffice: ``soffice --headless --convert-to pdf`` of the DOCX we write (a new process each time, as a user
  exporting the file would run it; its profile is created once before timing);
- ours, cold: ``sakip laporan … -o lkjip.pdf`` / ``.docx`` in a new process (imports included);
- ours, warm: the PDF / DOCX in a warm process, as the document worker produces them, each run on different data
  (a synthetic agency), so no cache of an earlier run helps;
- the import time of the PDF path (``python -X importtime``);
- the batch: 60 agencies × (DOCX + PDF) with 2 worker processes.

Targets (issue 15): ours ≥ 3× faster than LibreOffice; PDF < 1 s cold, < 0,5 s warm; DOCX < 0,5 s cold;
batch < 60 s.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
CONTOH = AKAR / "examples" / "kencong-2023.yaml"
sys.path.insert(0, str(AKAR / "bench"))


CPU_ANAK: list[float] = []  # the median CPU time (user + system) of the child processes of the last measurement


def _median_waktu(fungsi, kali: int) -> tuple[float, list[float]]:
    """Median wall time of `kali` runs; the median CPU time of the processes they start goes to CPU_ANAK (on a
    machine shared with other jobs the wall clock can be much longer than the work)."""
    import resource

    waktu, cpu = [], []
    for _ in range(kali):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        fungsi()
        waktu.append(time.perf_counter() - t)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
    CPU_ANAK[:] = [statistics.median(cpu)]
    return statistics.median(waktu), waktu


def pastikan_libreoffice() -> str | None:
    soffice = shutil.which("soffice")
    if soffice:
        return soffice
    if os.geteuid() != 0:
        print("LibreOffice tidak terpasang dan skrip ini bukan root: perbandingan dilewati.")
        return None
    print("Memasang LibreOffice (Debian: libreoffice-writer-nogui) …", flush=True)
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "libreoffice-writer-nogui"], check=True, env=env
    )
    return shutil.which("soffice")


def _halaman(pdf: Path) -> int:
    if shutil.which("pdfinfo") is None:
        return 0
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    m = re.search(r"Pages:\s+(\d+)", info)
    return int(m.group(1)) if m else 0


def libreoffice(soffice: str, docx: Path, folder: Path, kali: int) -> tuple[float, int]:
    profil = folder / "profil-lo"
    perintah = [
        soffice,
        f"-env:UserInstallation=file://{profil}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(folder / "lo"),
        str(docx),
    ]

    def jalan():
        subprocess.run(perintah, check=True, capture_output=True, timeout=300)

    jalan()  # creates the profile (a first start of LibreOffice is much slower than any later one)
    median, _ = _median_waktu(jalan, kali)
    return median, _halaman(folder / "lo" / (docx.stem + ".pdf"))


def cli(format: str, folder: Path, kali: int) -> float:
    keluaran = folder / f"cli.{format}"

    def jalan():
        subprocess.run(
            [sys.executable, "-m", "sakip", "laporan", str(CONTOH), "-o", str(keluaran)],
            check=True,
            capture_output=True,
            cwd=AKAR,
        )

    jalan()  # the OS file cache, as for LibreOffice
    median, _ = _median_waktu(jalan, kali)
    return median


def waktu_impor(folder: Path) -> tuple[float, list[tuple[str, float]]]:
    """Total import time of `sakip laporan … -o x.pdf` and its largest top-level imports (seconds)."""
    r = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "sakip", "laporan", str(CONTOH), "-o", str(folder / "imp.pdf")],
        check=True,
        capture_output=True,
        text=True,
        cwd=AKAR,
    )
    atas = []
    for baris in r.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\S.*)$", baris)
        if m and not m.group(3).startswith(" "):
            atas.append((m.group(3).strip(), int(m.group(2)) / 1e6))
    return sum(w for _, w in atas), sorted(atas, key=lambda x: -x[1])[:6]


def hangat(format: str, kali: int) -> tuple[float, float]:
    """(median wall, median CPU) of one document in a warm process, each run on another agency's data."""
    from laporan import varian

    from sakip.berkas.baca import baca_berkas
    from sakip.laporan import buat_dokumen

    dasar = baca_berkas(CONTOH)
    buat_dokumen(varian(dasar, 999), dokumen="lkjip", format=format)  # warm-up: imports, fonts
    waktu, cpu = [], []
    for n in range(1, kali + 1):
        b = varian(dasar, n)
        t, c = time.perf_counter(), time.process_time()
        buat_dokumen(b, dokumen="lkjip", format=format)
        waktu.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return statistics.median(waktu), statistics.median(cpu)


def batch(jumlah: int, pekerja: int) -> tuple[float, int]:
    from laporan import varian

    from sakip.berkas.baca import baca_berkas
    from sakip.laporan import Tugas, buat_banyak

    dasar = baca_berkas(CONTOH)
    tugas = [Tugas(varian(dasar, n), "lkjip", f) for n in range(1, jumlah + 1) for f in ("docx", "pdf")]
    gagal = 0
    t = time.perf_counter()
    for h in buat_banyak(tugas, pekerja=pekerja):
        gagal += not h.berhasil
    return time.perf_counter() - t, gagal


def _status(ok: bool) -> str:
    return "OK" if ok else "MELEBIHI TARGET"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kali", type=int, default=5, help="ulangan per ukuran (median; bawaan 5)")
    p.add_argument("--jumlah", type=int, default=60, help="instansi dalam batch (bawaan 60)")
    p.add_argument("--pekerja", type=int, default=2, help="proses pekerja batch (bawaan 2)")
    p.add_argument("--tanpa-batch", action="store_true")
    p.add_argument("--tanpa-libreoffice", action="store_true")
    args = p.parse_args(argv)
    print(f"Mesin: {os.cpu_count()} inti; beban rata-rata {os.getloadavg()[0]:.2f}; Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="bench-pdf-") as d:
        folder = Path(d)
        docx = folder / "lkjip-kencong.docx"
        subprocess.run([sys.executable, "-m", "sakip", "laporan", str(CONTOH), "-o", str(docx)], check=True, cwd=AKAR)
        lo = None
        if not args.tanpa_libreoffice:
            soffice = pastikan_libreoffice()
            if soffice:
                lo, hal_lo = libreoffice(soffice, docx, folder, args.kali)
                lo_cpu = CPU_ANAK[0]
                print(
                    f"LibreOffice DOCX → PDF (proses baru)         {lo:6.2f} s (CPU {lo_cpu:.2f} s)   ({hal_lo} halaman)"
                )
        pdf_dingin = cli("pdf", folder, args.kali)
        pdf_cpu = CPU_ANAK[0]
        hal = _halaman(folder / "cli.pdf")
        print(
            f"sakip laporan … -o lkjip.pdf (proses baru)   {pdf_dingin:6.2f} s (CPU {pdf_cpu:.2f} s)   ({hal} halaman)"
            f"   target < 1 s  {_status(pdf_dingin < 1)}"
        )
        docx_dingin = cli("docx", folder, args.kali)
        print(
            f"sakip laporan … -o lkjip.docx (proses baru)  {docx_dingin:6.2f} s (CPU {CPU_ANAK[0]:.2f} s)"
            f"   target < 0,5 s  {_status(docx_dingin < 0.5)}"
        )
        if lo:
            rasio = lo / pdf_dingin
            print(
                f"PDF kami {rasio:.1f}× lebih cepat dari LibreOffice (waktu dinding; CPU {lo_cpu / pdf_cpu:.1f}×)   "
                f"target ≥ 3×  {_status(rasio >= 3)}"
            )
        total, terbesar = waktu_impor(folder)
        print(
            f"impor jalur PDF (python -X importtime): {total:.2f} s; terbesar: "
            + ", ".join(f"{m} {w:.3f} s" for m, w in terbesar)
        )
        for fmt, target in (("pdf", 0.5), ("docx", 0.5)):
            w, c = hangat(fmt, args.kali)
            print(
                f"LKjIP → {fmt.upper():4} hangat (data berbeda tiap kali) {w:6.2f} s (CPU {c:.2f} s)   "
                f"target < {target} s  {_status(w < target)}"
                if fmt == "pdf"
                else f"LKjIP → {fmt.upper():4} hangat (data berbeda tiap kali) {w:6.2f} s (CPU {c:.2f} s)"
            )
    if not args.tanpa_batch:
        total, gagal = batch(args.jumlah, args.pekerja)
        print(
            f"{args.jumlah} instansi × (DOCX + PDF), {args.pekerja} proses: {total:6.1f} s   target < 60 s  "
            f"{_status(total < 60 and not gagal)}" + (f"  ({gagal} gagal)" if gagal else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

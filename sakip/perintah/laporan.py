"""`sakip laporan BERKAS -o FILE`: the LKjIP, the Perjanjian Kinerja and the Renstra, RKT and IKU matrices as
DOCX, PDF, HTML or XLSX; with several berkas and `--folder`, a batch in worker processes."""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from pathlib import Path

KELUAR_TIDAK_VALID = 2
AKHIRAN = {".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".html": "html", ".htm": "html"}
NAMA_DOKUMEN = {
    "lkjip": "Laporan Kinerja (LKjIP)",
    "pk": "Perjanjian Kinerja",
    "renstra": "Matriks Renstra",
    "rkt": "Rencana Kinerja Tahunan",
    "iku": "Indikator Kinerja Utama",
    "cascading": "Matriks Cascading Kinerja",
    "pk-jabatan": "Perjanjian Kinerja Eselon III/IV",
    "lkjip-daerah": "Laporan Kinerja Pemerintah Daerah (LKjIP)",
}


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "laporan",
        help="buat LKjIP, Perjanjian Kinerja, matriks Renstra/RKT/IKU (DOCX, PDF, XLSX)",
        description=(
            "Membuat dokumen dari berkas SAKIP: LKjIP (bawaan), Perjanjian Kinerja, matriks Renstra, RKT atau IKU. "
            "Format mengikuti akhiran berkas keluaran: .docx, .pdf, .xlsx atau .html. Dengan beberapa berkas dan "
            "--folder, dokumen semua instansi dibuat sekaligus."
        ),
    )
    p.add_argument(
        "berkas",
        nargs="+",
        help="berkas SAKIP (.yaml atau .json); beberapa berkas dengan --folder; atau folder daerah (daerah.yaml dan "
        "berkas PD) untuk LKjIP pemerintah daerah",
    )
    p.add_argument("-o", "--keluaran", metavar="FILE", help="berkas keluaran (.docx, .pdf, .xlsx, .html)")
    p.add_argument("--folder", metavar="FOLDER", help="folder keluaran untuk banyak berkas")
    p.add_argument(
        "--format",
        default="docx",
        metavar="FORMAT",
        help="format untuk --folder, dipisah koma: docx,pdf,xlsx,html (bawaan: docx)",
    )
    p.add_argument(
        "--dokumen",
        default="lkjip",
        help="lkjip (bawaan), pk, renstra, rkt, iku, cascading, pk-jabatan; untuk folder daerah: lkjip-daerah",
    )
    p.add_argument("--templat", metavar="FILE.docx", help="templat Word sendiri (gaya dan kop), hanya untuk .docx")
    p.add_argument("--logo", metavar="FILE", help="logo instansi/pemda (PNG atau JPEG) untuk sampul dan kop")
    p.add_argument("--pk", default="berlaku", help="PK yang dicetak: berlaku (bawaan), murni, perubahan, semua")
    p.add_argument("--tanpa-grafik", action="store_true", help="LKjIP tanpa grafik")
    p.add_argument("--tanpa-lampiran", action="store_true", help="LKjIP tanpa lampiran")
    p.add_argument(
        "--mesin-pdf",
        default="typst",
        help="penulis PDF: typst (bawaan, cepat) atau weasyprint (halaman HTML dicetak WeasyPrint)",
    )
    p.add_argument("--pekerja", type=int, default=None, help="jumlah proses untuk --folder (bawaan: jumlah inti)")
    p.set_defaults(jalankan=jalankan)
    p.error = _galat_indonesia(p)  # type: ignore[method-assign]


def _galat_indonesia(p: argparse.ArgumentParser):
    def galat(pesan: str):
        m = re.match(r"the following arguments are required: (.*)", pesan)
        if m:
            pesan = f"argumen wajib belum diisi: {m.group(1)}"
        m = re.match(r"argument (\S+): invalid (\w+) value: (.*)", pesan)
        if m:
            pesan = f"nilai {m.group(3)} tidak valid untuk {m.group(1)}"
        m = re.match(r"argument (\S+): expected one argument", pesan)
        if m:
            pesan = f"{m.group(1)} memerlukan satu nilai"
        m = re.match(r"unrecognized arguments: (.*)", pesan)
        if m:
            pesan = f"argumen tidak dikenal: {m.group(1)}"
        print(f"sakip laporan: {pesan}", file=sys.stderr)
        print("Gunakan 'sakip laporan --help' untuk petunjuk.", file=sys.stderr)
        sys.exit(KELUAR_TIDAK_VALID)

    return galat


def _gagal(pesan: str) -> int:
    print(f"sakip laporan: {pesan}", file=sys.stderr)
    return KELUAR_TIDAK_VALID


def _baca_gambar(path: str, apa: str) -> bytes | int:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        return _gagal(f"{apa} '{path}' tidak ditemukan")
    except OSError as exc:
        return _gagal(f"{apa} '{path}' tidak dapat dibaca: {exc.strerror}")


def _tulis_atomik(tujuan: Path, data: bytes) -> None:
    """Write to a temporary file next to the target, then rename: never a half-written document."""
    fd, sementara = tempfile.mkstemp(prefix=".sakip-", suffix=tujuan.suffix, dir=tujuan.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(sementara, tujuan)
    except BaseException:
        Path(sementara).unlink(missing_ok=True)
        raise


def _ukuran(n: int) -> str:
    return f"{n / 1024:.0f} KB".replace(".", ",") if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


def jalankan(args: argparse.Namespace) -> int:
    from sakip.laporan import DOKUMEN_DAERAH, JENIS_DOKUMEN, OpsiDokumen
    from sakip.laporan.umum import MESIN_PDF, PILIHAN_PK

    folder_daerah = len(args.berkas) == 1 and Path(args.berkas[0]).is_dir()
    if folder_daerah and args.dokumen == "lkjip":
        args.dokumen = "lkjip-daerah"  # a district folder's report is the Pemda's own LKjIP
    if args.dokumen in DOKUMEN_DAERAH and not folder_daerah:
        return _gagal(f"dokumen {args.dokumen} dibuat dari folder daerah (daerah.yaml dan berkas perangkat daerah)")
    if folder_daerah and args.dokumen not in DOKUMEN_DAERAH:
        return _gagal(
            f"'{args.berkas[0]}' adalah folder; dokumen {args.dokumen} dibuat dari satu berkas perangkat daerah "
            f"(untuk folder daerah: {', '.join(DOKUMEN_DAERAH)})"
        )
    if args.dokumen not in JENIS_DOKUMEN and args.dokumen not in DOKUMEN_DAERAH:
        return _gagal(
            f"dokumen '{args.dokumen}' tidak dikenal; pilihan: {', '.join((*JENIS_DOKUMEN, *DOKUMEN_DAERAH))}"
        )
    if args.pk not in PILIHAN_PK:
        return _gagal(f"pilihan --pk '{args.pk}' tidak dikenal; pilihan: {', '.join(PILIHAN_PK)}")
    if args.mesin_pdf not in MESIN_PDF:
        return _gagal(f"pilihan --mesin-pdf '{args.mesin_pdf}' tidak dikenal; pilihan: {', '.join(MESIN_PDF)}")
    opsi = OpsiDokumen(
        pk=args.pk, grafik=not args.tanpa_grafik, lampiran=not args.tanpa_lampiran, mesin_pdf=args.mesin_pdf
    )
    if args.logo:
        logo = _baca_gambar(args.logo, "logo")
        if isinstance(logo, int):
            return logo
        opsi.logo = logo
    if args.templat:
        if Path(args.templat).suffix.lower() != ".docx":
            return _gagal(f"templat '{args.templat}' harus berkas Word .docx")
        templat = _baca_gambar(args.templat, "templat")
        if isinstance(templat, int):
            return templat
        opsi.templat = templat

    if folder_daerah:
        return _daerah(args, opsi)
    if args.folder:
        if args.keluaran:
            return _gagal("gunakan -o untuk satu berkas atau --folder untuk banyak berkas, tidak keduanya")
        return _banyak(args, opsi)
    if not args.keluaran:
        return _gagal("sebutkan berkas keluaran dengan -o FILE (.docx, .pdf, .xlsx atau .html)")
    if len(args.berkas) > 1:
        return _gagal("untuk beberapa berkas gunakan --folder FOLDER")
    tujuan = Path(args.keluaran)
    format = AKHIRAN.get(tujuan.suffix.lower())
    if format is None:
        return _gagal(f"akhiran '{tujuan.suffix or tujuan.name}' tidak dikenal; gunakan .docx, .pdf, .xlsx atau .html")
    if opsi.templat is not None and format != "docx":
        return _gagal("--templat hanya berlaku untuk keluaran .docx")
    if not tujuan.parent.exists():
        return _gagal(f"folder '{tujuan.parent}' tidak ada")

    from sakip.laporan import buat_dokumen

    from .umum import muat_atau_keluar

    berkas = muat_atau_keluar(args.berkas[0])
    if isinstance(berkas, int):
        return berkas
    data = _buat_dan_tulis(tujuan, lambda: buat_dokumen(berkas, dokumen=args.dokumen, format=format, opsi=opsi))
    if isinstance(data, int):
        return data
    print(f"{NAMA_DOKUMEN[args.dokumen]} {berkas.instansi.nama} {berkas.tahun} → {tujuan} ({_ukuran(len(data))})")
    return 0


def _buat_dan_tulis(tujuan: Path, buat) -> bytes | int:
    """Builds the document and writes it atomically; an exit code with the message when either fails."""
    from sakip.laporan import DokumenTidakValid

    try:
        data = buat()
    except DokumenTidakValid as exc:
        return _gagal(str(exc))
    try:
        _tulis_atomik(tujuan, data)
    except OSError as exc:
        return _gagal(f"tidak dapat menulis '{tujuan}': {exc.strerror}")
    return data


def _tujuan(args: argparse.Namespace, boleh: tuple[str, ...]) -> tuple[Path, str] | int:
    if not args.keluaran:
        return _gagal(f"sebutkan berkas keluaran dengan -o FILE ({', '.join('.' + f for f in boleh)})")
    tujuan = Path(args.keluaran)
    format = AKHIRAN.get(tujuan.suffix.lower())
    if format is None or format not in boleh:
        return _gagal(
            f"akhiran '{tujuan.suffix or tujuan.name}' tidak tersedia untuk dokumen {args.dokumen}; gunakan "
            + ", ".join("." + f for f in boleh)
        )
    if not tujuan.parent.exists():
        return _gagal(f"folder '{tujuan.parent}' tidak ada")
    return tujuan, format


def _daerah(args: argparse.Namespace, opsi) -> int:
    """The Pemda LKjIP from a district folder (the district file and every agency berkas, all valid or nothing)."""
    from sakip.berkas.baca import BerkasTidakValid
    from sakip.berkas.daerah import baca_folder
    from sakip.laporan import DOKUMEN_DAERAH, buat_dokumen_daerah

    if args.folder:
        return _gagal("untuk folder daerah gunakan -o FILE, bukan --folder")
    hasil = _tujuan(args, DOKUMEN_DAERAH[args.dokumen])
    if isinstance(hasil, int):
        return hasil
    tujuan, format = hasil
    if opsi.templat is not None and format != "docx":
        return _gagal("--templat hanya berlaku untuk keluaran .docx")
    try:
        daerah = baca_folder(args.berkas[0])
    except BerkasTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return KELUAR_TIDAK_VALID
    data = _buat_dan_tulis(tujuan, lambda: buat_dokumen_daerah(daerah, dokumen=args.dokumen, format=format, opsi=opsi))
    if isinstance(data, int):
        return data
    bd = daerah.berkas
    print(
        f"{NAMA_DOKUMEN[args.dokumen]} {bd.pemda} {bd.tahun} ({len(daerah.perangkat_daerah)} perangkat daerah) → "
        f"{tujuan} ({_ukuran(len(data))})"
    )
    return 0


def _banyak(args: argparse.Namespace, opsi) -> int:
    from sakip.laporan import DOKUMEN_FORMAT, Tugas, buat_banyak, nama_berkas_keluaran

    folder = Path(args.folder)
    format_daftar = [f.strip().lower().lstrip(".") for f in args.format.split(",") if f.strip()]
    for f in format_daftar:
        if f not in DOKUMEN_FORMAT[args.dokumen]:
            return _gagal(f"format '{f}' tidak tersedia untuk dokumen {args.dokumen}")
    if opsi.templat is not None and format_daftar != ["docx"]:
        return _gagal("--templat hanya berlaku untuk keluaran .docx")
    for b in args.berkas:
        if not Path(b).exists():
            return _gagal(f"berkas '{b}' tidak ditemukan")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _gagal(f"folder '{folder}' tidak dapat dibuat: {exc.strerror}")
    tugas = [Tugas(b, args.dokumen, f, opsi) for b in args.berkas for f in format_daftar]
    gagal = 0

    def kemajuan(selesai: int, total: int, h) -> None:
        nonlocal gagal
        if h.berhasil:
            print(f"[{selesai}/{total}] {h.nama}: {h.format} selesai", flush=True)
        else:
            gagal += 1
            print(f"[{selesai}/{total}] {h.nama}: GAGAL — {h.galat}", file=sys.stderr, flush=True)

    dipakai: set[str] = set()
    for h in buat_banyak(tugas, pekerja=args.pekerja, kemajuan=kemajuan):
        if not h.berhasil or h.data is None:
            continue
        nama = nama_berkas_keluaran(h.nama, h.tahun or 0, h.dokumen, h.format)
        if nama in dipakai:  # two berkas of the same agency and year
            nama = nama.replace(f".{h.format}", f"-{h.urutan + 1}.{h.format}")
        dipakai.add(nama)
        _tulis_atomik(folder / nama, h.data)
    print(f"{len(tugas) - gagal} dokumen tersimpan di {folder}" + (f"; {gagal} gagal" if gagal else ""))
    return KELUAR_TIDAK_VALID if gagal else 0

"""`sakip reviu FILE`: the automatic review of a berkas (.yaml/.json) or a printed report (.docx/.pdf/.txt/.md).

Exit code 0 when there is no galat, 1 when there is, 2 when the input cannot be read.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import textwrap
from pathlib import Path

KELUAR_ADA_GALAT = 1
KELUAR_INPUT_TIDAK_VALID = 2

_AKHIRAN_BERKAS = (".yaml", ".yml", ".json")


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reviu",
        help="reviu otomatis atas berkas data atau laporan kinerja tercetak (DOCX, teks, Markdown)",
        description=(
            "Menghitung ulang angka, membandingkan tabel satu sama lain dan dengan rencana, serta memeriksa uraian "
            "terhadap tabel. Kode keluar: 0 tanpa galat, 1 ada galat, 2 masukan tidak dapat dibaca."
        ),
    )
    p.add_argument("berkas", help="berkas SAKIP (.yaml/.json) atau laporan (.docx, .pdf, .txt, .md)")
    p.add_argument("--berkas-data", "--data", dest="data", help="berkas SAKIP pembanding untuk laporan tercetak")
    p.add_argument("--tahun-lalu", help="berkas SAKIP tahun sebelumnya (memeriksa angka tahun lalu)")
    p.add_argument("--json", action="store_true", help="keluaran JSON: daftar temuan")
    p.add_argument(
        "--cakupan",
        metavar="FILE.json",
        help="laporan tercetak: tulis cakupan tabel baku (yang dikenali dan yang tidak ditemukan) sebagai JSON",
    )
    p.add_argument("--chr", metavar="FILE.docx", help="tulis Catatan Hasil Reviu (DOCX)")
    p.add_argument(
        "--tingkat",
        choices=("galat", "peringatan", "catatan"),
        default="catatan",
        help="tampilkan temuan sampai tingkat ini (bawaan: semua)",
    )
    p.add_argument("--lebar", type=int, default=None, help="lebar layar (kolom)")
    p.set_defaults(jalankan=jalankan)


def _muat_berkas(path: str):
    from sakip.berkas.baca import BerkasTidakValid, baca_berkas

    try:
        return baca_berkas(path)
    except BerkasTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return None


def _kemajuan(selesai: int, jumlah: int) -> None:
    """Pages read so far, on one terminal line (OCR of a long scan takes minutes)."""
    print(f"\rmembaca halaman {selesai}/{jumlah}", end="\n" if selesai == jumlah else "", file=sys.stderr, flush=True)


def jalankan(args: argparse.Namespace) -> int:
    from sakip.core.reviu import Tingkat, hitung_per_tingkat, reviu_berkas, reviu_laporan
    from sakip.core.reviu.temuan import URUTAN_TINGKAT

    path = Path(args.berkas)
    akhiran = path.suffix.lower()
    if akhiran in _AKHIRAN_BERKAS:
        berkas = _muat_berkas(args.berkas)
        if berkas is None:
            return KELUAR_INPUT_TIDAK_VALID
        lalu = None
        if args.tahun_lalu:
            lalu = _muat_berkas(args.tahun_lalu)
            if lalu is None:
                return KELUAR_INPUT_TIDAK_VALID
        temuan = reviu_berkas(berkas, tahun_lalu=lalu)
        laporan = None
        judul = f"Berkas data {path.name}"
        instansi, tahun = berkas.instansi.nama, berkas.tahun
    else:
        from sakip.berkas.laporan_cetak import LaporanTidakTerbaca, baca_laporan

        try:
            laporan = baca_laporan(path, _kemajuan if sys.stderr.isatty() else None)
        except LaporanTidakTerbaca as exc:
            print(f"{path}: laporan tidak dapat dibaca: {exc}", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID
        except Exception as exc:  # a layout the reader does not survive must not end in a traceback
            print(f"{path}: laporan tidak dapat dibaca ({exc.__class__.__name__}: {exc})", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID
        berkas = None
        if args.data:
            berkas = _muat_berkas(args.data)
            if berkas is None:
                return KELUAR_INPUT_TIDAK_VALID
        temuan = reviu_laporan(laporan, berkas)
        judul = f"Laporan kinerja {path.name}"
        instansi, tahun = laporan.instansi, laporan.tahun

    if args.chr:
        from sakip.laporan.catatan_reviu import tulis_catatan_reviu

        try:
            cakupan = []
            if laporan is not None:
                from sakip.core.reviu.cakupan import cakupan_tabel

                cakupan = [c.ke_dict() for c in cakupan_tabel(laporan)]
            isi = tulis_catatan_reviu(temuan, dokumen=judul, instansi=instansi, tahun=tahun, cakupan=cakupan)
            Path(args.chr).write_bytes(isi)
        except OSError as exc:
            print(f"Catatan Hasil Reviu tidak dapat ditulis ke '{args.chr}': {exc.strerror}", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID

    if args.cakupan and laporan is not None:
        import json

        from sakip.core.reviu.cakupan import cakupan_tabel, tabel_tak_dikenali

        isi = {"tabel": [c.ke_dict() for c in cakupan_tabel(laporan)], "tak_dikenali": tabel_tak_dikenali(laporan)}
        try:
            Path(args.cakupan).write_text(json.dumps(isi, ensure_ascii=False, indent=2), encoding="utf-8")
        except OSError as exc:
            print(f"Cakupan tidak dapat ditulis ke '{args.cakupan}': {exc.strerror}", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID

    batas = URUTAN_TINGKAT[Tingkat(args.tingkat)]
    tampil = [t for t in temuan if URUTAN_TINGKAT[t.tingkat] <= batas]
    if args.json:
        import json

        print(json.dumps([t.ke_dict() for t in tampil], ensure_ascii=False, indent=2))
    else:
        print(_teks(tampil, hitung_per_tingkat(temuan), judul, instansi, tahun, args.lebar, args.chr))
        if laporan is not None:
            from sakip.core.reviu.cakupan import teks_cakupan

            print("\n" + teks_cakupan(laporan))
    return KELUAR_ADA_GALAT if any(t.tingkat is Tingkat.GALAT for t in temuan) else 0


def _kelompok(lokasi: str) -> str:
    """Findings are grouped by the table or section they are in."""
    for pemisah in (", baris", ": \u201c"):
        if pemisah in lokasi:
            return lokasi.split(pemisah)[0]
    return lokasi


def _teks(temuan, jumlah, judul: str, instansi: str, tahun, lebar: int | None, chr_: str | None) -> str:
    from sakip.core.reviu.temuan import LABEL_TINGKAT, Tingkat

    w = lebar or min(shutil.get_terminal_size((120, 20)).columns, 140)
    baris = [f"Reviu {judul}" + (f" — {instansi}" if instansi else "") + (f", tahun {tahun}" if tahun else "")]
    baris.append(
        f"{jumlah[Tingkat.GALAT]} galat, {jumlah[Tingkat.PERINGATAN]} peringatan, {jumlah[Tingkat.CATATAN]} catatan."
    )
    if chr_:
        baris.append(f"Catatan Hasil Reviu ditulis ke {chr_}.")
    for tingkat in Tingkat:
        bagian = [t for t in temuan if t.tingkat is tingkat]
        if not bagian:
            continue
        judul_tingkat = f"{LABEL_TINGKAT[tingkat].upper()} ({len(bagian)})"
        baris += ["", judul_tingkat, "=" * min(w, 100)]
        kelompok_kini = None
        for t in bagian:
            kelompok = _kelompok(t.lokasi)
            if kelompok != kelompok_kini:
                baris += ["", kelompok]
                kelompok_kini = kelompok
            kepala = f"  [{t.kode}] "
            rinci = t.lokasi[len(kelompok) :].lstrip(", :")
            pesan = (f"({rinci}) " if rinci else "") + t.pesan
            baris += textwrap.wrap(pesan, w, initial_indent=kepala, subsequent_indent=" " * 6)
            if t.tercetak or t.seharusnya:
                baris += textwrap.wrap(
                    f"tercetak: {t.tercetak or '-'} · seharusnya: {t.seharusnya or '-'}",
                    w,
                    initial_indent=" " * 6,
                    subsequent_indent=" " * 8,
                )
            if t.lokasi_lain:
                baris += textwrap.wrap(
                    "juga di: " + "; ".join(t.lokasi_lain), w, initial_indent=" " * 6, subsequent_indent=" " * 8
                )
    if not temuan:
        baris += ["", "Tidak ada temuan yang ditampilkan."]
    return "\n".join(baris)

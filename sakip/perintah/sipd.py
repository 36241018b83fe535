"""`sakip sipd BERKAS FILE --jenis struktur|realisasi [--triwulan N] [--pemetaan PEMETAAN] -o BERKAS_BARU`:
apply a SIPD spreadsheet export (budget structure, or budget realisation per sub kegiatan) to a berkas. Prints
every change and every row not taken; exit 2 with the messages when the export cannot be read."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .umum import KELUAR_INPUT_TIDAK_VALID, muat_atau_keluar


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "sipd",
        help="impor ekspor SIPD (struktur anggaran atau realisasi per sub kegiatan) ke berkas",
        description="Menerapkan ekspor spreadsheet SIPD (.xlsx/.csv) ke berkas: struktur program/kegiatan/sub "
        "kegiatan dengan pagu, atau realisasi anggaran per sub kegiatan. Kolom dikenali dari judulnya "
        "(docs/pertukaran.md); pemetaan judul dapat diganti dengan --pemetaan.",
    )
    p.add_argument("berkas", help="berkas SAKIP (.yaml/.json)")
    p.add_argument("ekspor", help="ekspor SIPD (.xlsx atau .csv)")
    p.add_argument("--jenis", choices=["struktur", "realisasi"], required=True)
    p.add_argument("--triwulan", type=int, choices=[1, 2, 3, 4], help="realisasi: ekspor kumulatif s.d. triwulan ini")
    p.add_argument("--pemetaan", help="berkas YAML/JSON judul kolom per medan (menimpa bawaan)")
    p.add_argument("-o", "--keluaran", help="berkas baru hasil impor (tanpa -o: hanya pratinjau)")
    p.set_defaults(jalankan=jalankan)


def jalankan(args: argparse.Namespace) -> int:
    from sakip.berkas.excel import ExcelTidakValid
    from sakip.berkas.sipd import Pemetaan, impor_sipd
    from sakip.berkas.tulis import tulis_berkas
    from sakip.berkas.yaml_desimal import KesalahanSintaks, muat_yaml

    dasar = muat_atau_keluar(args.berkas)
    if isinstance(dasar, int):
        return dasar
    pemetaan = None
    if args.pemetaan:
        try:
            pemetaan = Pemetaan.dari_dict(muat_yaml(Path(args.pemetaan).read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError, KesalahanSintaks, ValueError) as exc:
            print(f"{args.pemetaan}: pemetaan tidak dapat dibaca: {exc}", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID
    try:
        data = Path(args.ekspor).read_bytes()
    except OSError as exc:
        print(f"{args.ekspor}: tidak dapat dibaca ({exc.strerror})", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    try:
        hasil = impor_sipd(
            data, dasar, jenis=args.jenis, triwulan=args.triwulan, pemetaan=pemetaan, nama_berkas=args.ekspor
        )
    except ExcelTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    print("Kolom: " + ", ".join(f"{m} = '{j}'" for m, j in hasil.kolom.items()))
    print(f"{len(hasil.perubahan)} perubahan:")
    for p in hasil.perubahan:
        print(f"  baris {p.baris} {p.label}: {p.lama} → {p.baru}")
    if hasil.catatan:
        print(f"{len(hasil.catatan)} baris tidak dibaca atau dengan catatan:")
        for c in hasil.catatan:
            print(f"  {c}")
    if args.keluaran:
        tulis_berkas(hasil.berkas, args.keluaran)
        print(f"Berkas ditulis: {args.keluaran}")
    return 0

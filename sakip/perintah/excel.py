"""`sakip excel`: the agency-year workbook.

``sakip excel BERKAS -o FILE.xlsx`` writes the workbook of a berkas;
``sakip excel FILE.xlsx --berkas BERKAS -o BERKAS_BARU`` applies an edited workbook to the berkas it was made
from, prints every change (old → new per cell) and writes the new berkas. Exit 2 with the messages when the
workbook or the berkas is invalid; nothing is written then.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .umum import KELUAR_INPUT_TIDAK_VALID, muat_atau_keluar


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "excel",
        help="workbook Excel satu perangkat daerah-tahun: unduh dari berkas, atau terapkan ke berkas",
        description="Menulis workbook Excel dari sebuah berkas (BERKAS -o FILE.xlsx), atau menerapkan workbook "
        "yang sudah diisi ke berkas asalnya (FILE.xlsx --berkas BERKAS -o BERKAS_BARU).",
    )
    p.add_argument("masukan", help="berkas SAKIP (.yaml/.json) untuk ditulis sebagai workbook, atau workbook .xlsx")
    p.add_argument("--berkas", help="berkas asal workbook (wajib saat menerapkan workbook)")
    p.add_argument("-o", "--keluaran", help="workbook .xlsx yang ditulis, atau berkas baru hasil penerapan")
    p.add_argument("--diam", action="store_true", help="jangan mencetak daftar perubahan")
    p.set_defaults(jalankan=jalankan)


def _adalah_xlsx(path: str) -> bool:
    return Path(path).suffix.lower() in (".xlsx", ".xlsm")


def jalankan(args: argparse.Namespace) -> int:
    if _adalah_xlsx(args.masukan) or args.berkas:
        return _terapkan(args)
    if not args.keluaran:
        print("sebutkan workbook yang ditulis: -o FILE.xlsx", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    from sakip.berkas.excel import tulis_excel

    b = muat_atau_keluar(args.masukan)
    if isinstance(b, int):
        return b
    Path(args.keluaran).write_bytes(tulis_excel(b))
    print(f"Workbook ditulis: {args.keluaran} ({b.instansi.nama}, tahun {b.tahun})")
    return 0


def _terapkan(args: argparse.Namespace) -> int:
    from sakip.berkas.excel import ExcelTidakValid, baca_excel
    from sakip.berkas.tulis import tulis_berkas

    if not args.berkas:
        print("sebutkan berkas asal workbook: --berkas BERKAS", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    dasar = muat_atau_keluar(args.berkas)
    if isinstance(dasar, int):
        return dasar
    try:
        data = Path(args.masukan).read_bytes()
    except OSError as exc:
        print(f"{args.masukan}: tidak dapat dibaca ({exc.strerror})", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    try:
        hasil = baca_excel(data, dasar, sumber=args.masukan)
    except ExcelTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    if not args.diam:
        print(f"{len(hasil.perubahan)} perubahan:")
        for p in hasil.perubahan:
            print(f"  {p.lembar}!{p.kolom}{p.baris} {p.label}: {p.lama} → {p.baru}")
    if args.keluaran:
        tulis_berkas(hasil.berkas, args.keluaran)
        print(f"Berkas ditulis: {args.keluaran}")
    return 0

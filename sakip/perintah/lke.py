"""`sakip lke`: the Evaluasi AKIP worksheet (LKE, PermenPANRB 88/2021).

`sakip lke --kriteria [--json]` lists the criteria; `sakip lke JAWABAN.csv [--json]` scores a CSV with the
header ``kode,jawaban`` (optional ``catatan``): nilai per sub-komponen, komponen, total and predikat.
Bad input (unknown code, missing criterion, answer off the scale) → every problem on stderr, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

KELUAR_INPUT_TIDAK_VALID = 2


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lke",
        help="Evaluasi AKIP: daftar kriteria LKE atau hitung Nilai Akuntabilitas Kinerja dari jawaban CSV",
        description=(
            "Lembar Kerja Evaluasi (LKE) Akuntabilitas Kinerja. Dengan --kriteria: daftar kriteria (kode, komponen, "
            "sub-komponen, teks). Dengan berkas CSV berjudul kolom kode,jawaban[,catatan]: nilai per sub-komponen, "
            "komponen, total dan predikat."
        ),
    )
    p.add_argument("jawaban", nargs="?", help="berkas jawaban .csv (kolom kode, jawaban, catatan)")
    p.add_argument("--kriteria", action="store_true", help="tampilkan daftar kriteria LKE")
    p.add_argument(
        "--lke",
        default=None,
        metavar="VERSI",
        help="versi LKE (permenpanrb-88-2021 bawaan, permenpanrb-12-2015) atau path berkas LKE .yaml",
    )
    p.add_argument(
        "--usulan",
        metavar="BERKAS",
        help="usulan jawaban dari data sebuah berkas SAKIP (.yaml/.json) beserta alasannya; sisanya perlu jawaban evaluator",
    )
    p.add_argument("--json", action="store_true", help="keluaran JSON (angka sebagai teks desimal)")
    p.add_argument("--lebar", type=int, default=None, help="lebar layar (kolom)")
    p.set_defaults(jalankan=jalankan)


def jalankan(args: argparse.Namespace) -> int:
    from sakip.core.lke import LKE_BAWAAN, JawabanTidakValid, LkeTidakValid, baca_jawaban_csv, hitung_lke, muat_lke
    from sakip.core.lke.keluaran import hasil_ke_dict, kriteria_ke_dict, ringkas, tabel_kriteria, tabel_nilai_lke
    from sakip.teks_tabel import gambar_tabel

    try:
        lke = muat_lke(args.lke or LKE_BAWAAN)
    except LkeTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID

    if args.kriteria:
        if args.jawaban:
            print("Pilih salah satu: --kriteria atau berkas jawaban, tidak keduanya.", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID
        if args.json:
            _json(kriteria_ke_dict(lke))
        else:
            print(gambar_tabel(tabel_kriteria(lke), args.lebar))
        return 0

    if args.usulan:
        return _usulan(args, lke)

    if not args.jawaban:
        print("Sebutkan berkas jawaban (.csv berjudul kolom kode,jawaban) atau gunakan --kriteria.", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    path = Path(args.jawaban)
    if path.suffix.lower() != ".csv":
        print(f"{path}: berkas jawaban harus .csv (berjudul kolom kode,jawaban[,catatan]).", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    try:
        teks = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        print(f"{path}: berkas tidak ditemukan.", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    except UnicodeDecodeError:
        print(f"{path}: berkas bukan teks UTF-8 (simpan sebagai CSV UTF-8).", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    except OSError as exc:
        print(f"{path}: berkas tidak dapat dibaca ({exc.strerror}).", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    try:
        lembar = baca_jawaban_csv(teks, lke)
    except JawabanTidakValid as exc:
        print(f"{path}: jawaban tidak dapat dihitung ({len(exc.masalah)} masalah):", file=sys.stderr)
        for m in exc.masalah:
            print(f"  - {m}", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    hasil = hitung_lke(lke, lembar.jawaban)
    if args.json:
        _json(hasil_ke_dict(hasil))
    else:
        print(gambar_tabel(tabel_nilai_lke(hasil), args.lebar))
        print()
        print(ringkas(hasil))
    return 0


def _usulan(args: argparse.Namespace, lke) -> int:
    from sakip.core.hitung import hitung
    from sakip.core.lke.bukti import KonteksBukti, usulkan
    from sakip.core.tabel import Baris, Tabel, teks
    from sakip.teks_tabel import gambar_tabel

    from .umum import muat_atau_keluar

    berkas = muat_atau_keluar(args.usulan)
    if isinstance(berkas, int):
        return berkas
    usulan = usulkan(lke, KonteksBukti(berkas=berkas, hasil=hitung(berkas)))
    if args.json:
        _json(
            [
                {"kode": u.kode, "jawaban": u.jawaban, "alasan": u.alasan, "rujukan": [r.label for r in u.rujukan]}
                for u in usulan.values()
            ]
        )
        return 0
    t = Tabel(
        kode="usulan",
        judul=f"Usulan jawaban LKE — {berkas.instansi.nama} {berkas.tahun}",
        kolom=["Kode", "Usulan", "Alasan"],
    )
    for u in usulan.values():
        t.baris.append(Baris([teks(u.kode), teks(u.jawaban or "-"), teks(u.alasan)]))
    teramati = sum(1 for u in usulan.values() if u.teramati)
    t.catatan.append(
        f"{teramati} dari {len(usulan)} kriteria dapat diusulkan dari data; sisanya perlu jawaban evaluator."
    )
    print(gambar_tabel(t, args.lebar))
    return 0


def _json(data) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))

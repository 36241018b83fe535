"""`sakip hitung BERKAS`: the measurement tables of an agency-year, in the terminal or as JSON."""

from __future__ import annotations

import argparse


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "hitung",
        help="hitung capaian, predikat, anggaran dan efisiensi dari sebuah berkas",
        description="Mencetak Tabel 3.1–3.5, 3.7, 3.8, komposisi belanja dan refocusing dari sebuah berkas SAKIP.",
    )
    p.add_argument("berkas", help="berkas SAKIP (.yaml atau .json), atau folder daerah (daerah.yaml dan berkas PD)")
    p.add_argument("--json", action="store_true", help="keluaran JSON (angka sebagai teks desimal)")
    p.add_argument("--lebar", type=int, default=None, help="lebar layar (kolom)")
    p.set_defaults(jalankan=jalankan)


def jalankan(args: argparse.Namespace) -> int:
    import textwrap
    from pathlib import Path

    from sakip.berkas.yaml_desimal import tulis_json
    from sakip.core.angka import format_persen, format_rupiah
    from sakip.core.hasil_json import hasil_ke_dict
    from sakip.core.hitung import hitung
    from sakip.core.sumber import rincian_semua
    from sakip.core.tabel import semua_tabel
    from sakip.teks_tabel import gambar_tabel

    from .umum import muat_atau_keluar

    if Path(args.berkas).is_dir():
        return _daerah(args)
    berkas = muat_atau_keluar(args.berkas)
    if isinstance(berkas, int):
        return berkas
    h = hitung(berkas)
    if args.json:
        print(tulis_json(hasil_ke_dict(h)))
        return 0
    print(f"{berkas.instansi.nama} — Tahun {h.tahun}")
    print(f"Skala predikat: {h.pengaturan.skala_predikat.nama}")
    j = h.jumlah
    print(
        f"{j.program} program, {j.kegiatan} kegiatan, {j.sub_kegiatan} sub kegiatan; "
        f"anggaran {format_rupiah(h.anggaran.pagu)}, realisasi {format_rupiah(h.anggaran.realisasi)} "
        f"({format_persen(h.anggaran.serapan)}); rata-rata capaian {format_persen(h.rata_rata)}"
        f"{' (' + h.predikat.kode + ' ' + h.predikat.interpretasi + ')' if h.predikat else ''}."
    )
    for t in semua_tabel(h):
        print()
        print(gambar_tabel(t, args.lebar))
    rincian = rincian_semua(berkas, h.pengaturan)
    if rincian:
        print()
        print("Realisasi yang dihitung dari catatan (survei, register)")
        print("=" * 56)
        for kode, r in rincian.items():
            print(textwrap.fill(f"{kode}: {r.teks()}", width=args.lebar or 110, subsequent_indent="    "))
    return 0


def _daerah(args: argparse.Namespace) -> int:
    """A district folder: the consolidation of the RPJMD over all agencies (sakip.core.konsolidasi)."""
    import sys

    from sakip.berkas.baca import BerkasTidakValid
    from sakip.berkas.daerah import baca_folder
    from sakip.core.angka import format_persen, format_rupiah
    from sakip.core.konsolidasi import hitung_daerah
    from sakip.core.tabel_daerah import semua_tabel_daerah
    from sakip.teks_tabel import gambar_tabel

    try:
        daerah = baca_folder(args.berkas)
    except BerkasTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return 2
    h = hitung_daerah(daerah)
    bd = daerah.berkas
    if args.json:
        import json

        print(json.dumps({"tabel": [t.ke_dict() for t in semua_tabel_daerah(h)]}, ensure_ascii=False, indent=2))
        return 0
    print(f"{bd.pemda} — Tahun {h.tahun}" + (" (DATA SINTETIS)" if bd.sintetis else ""))
    print(
        f"{len(daerah.perangkat_daerah)} perangkat daerah; anggaran {format_rupiah(h.pagu)}, realisasi "
        f"{format_rupiah(h.realisasi_anggaran)} ({format_persen(h.serapan)}); rata-rata capaian indikator sasaran RPJMD "
        f"{format_persen(h.rata_rata)}{' (' + h.predikat.kode + ')' if h.predikat else ''}."
    )
    for t in semua_tabel_daerah(h):
        print()
        print(gambar_tabel(t, args.lebar))
    return 0

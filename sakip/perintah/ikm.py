"""`sakip ikm FILE`: NRR per unsur, IKM and mutu pelayanan of a survey (PermenPANRB 14/2017).

FILE is a spreadsheet (CSV or XLSX: one row per respondent, one column per unsur headed U1 … U9, optional
profile columns), or a berkas SAKIP (.yaml/.json) whose surveys are computed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

KELUAR_INPUT_TIDAK_VALID = 2
PER = {
    "layanan": "jenis_layanan",
    "triwulan": "triwulan",
    "bulan": "bulan",
    "tahun": "tahun",
    "instansi": "instansi",
    "jenis_kelamin": "jenis_kelamin",
    "umur": "umur",
    "pendidikan": "pendidikan",
    "pekerjaan": "pekerjaan",
}

LABEL_PER = {
    "layanan": "Jenis layanan",
    "triwulan": "Triwulan",
    "bulan": "Bulan",
    "tahun": "Tahun",
    "instansi": "Instansi",
    "jenis_kelamin": "Jenis kelamin",
    "umur": "Umur",
    "pendidikan": "Pendidikan",
    "pekerjaan": "Pekerjaan",
}


def _populasi(teks: str) -> int:
    try:
        n = int(teks.replace(".", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{teks}' bukan bilangan bulat") from None
    if n < 1:
        raise argparse.ArgumentTypeError("populasi harus ≥ 1")
    return n


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "ikm",
        help="hitung Indeks Kepuasan Masyarakat (SKM) dari lembar jawaban CSV/XLSX atau sebuah berkas",
        description=(
            "Menghitung NRR per unsur, IKM (Σ NRR × 1/9 × 25) dan mutu pelayanan menurut PermenPANRB 14/2017. "
            "Lembar jawaban: satu baris per responden, kolom U1 … U9 berisi jawaban 1–4; kolom tanggal, "
            "jenis_layanan, instansi, jenis_kelamin, umur, pendidikan, pekerjaan dan saran boleh ada."
        ),
    )
    p.add_argument("berkas", help="lembar jawaban (.csv, .xlsx) atau berkas SAKIP (.yaml, .json)")
    p.add_argument("--populasi", type=_populasi, help="jumlah populasi penerima layanan: memeriksa sampel minimum")
    p.add_argument("--per", choices=sorted(PER), help="rincian IKM per kelompok")
    p.add_argument("--bobot", choices=["tepat", "0,111"], help="bobot unsur: tepat (1/9, bawaan) atau 0,111")
    p.add_argument("--laporan", metavar="KELUARAN", help="tulis laporan SKM (.docx atau .pdf)")
    p.add_argument("--instansi", default="", help="nama unit layanan untuk judul laporan")
    p.add_argument("--json", action="store_true", help="keluaran JSON (angka sebagai teks desimal)")
    p.add_argument("--lebar", type=int, default=None, help="lebar layar (kolom)")
    p.set_defaults(jalankan=jalankan)


def _kunci(per: str):
    from sakip.core.ikm import KUNCI_PERIODE, kunci_instansi, kunci_jenis_layanan, kunci_profil

    if per == "jenis_layanan":
        return kunci_jenis_layanan
    if per == "instansi":
        return kunci_instansi
    if per in KUNCI_PERIODE:
        return KUNCI_PERIODE[per]
    return kunci_profil(per)


def _d(x: Any) -> str | None:
    """An exact decimal string without padding zeros (84.5200 → "84.52", 1E+2 → "100")."""
    return None if x is None else format(x.normalize(), "f")


def hasil_ke_dict(h) -> dict[str, Any]:
    return {
        "jumlah_responden": h.jumlah_responden,
        "bobot": h.bobot,
        "unsur": [
            {
                "kode": u.kode,
                "nama": u.unsur.nama,
                "sebaran": {str(v): c for v, c in zip((1, 2, 3, 4), u.sebaran, strict=True)},
                "jumlah_nilai": u.jumlah_nilai,
                "nrr": _d(u.nrr),
                "nrr_tertimbang": _d(u.nrr_tertimbang),
                "nilai_konversi": _d(u.nilai_konversi),
                "mutu": u.mutu.huruf,
            }
            for u in h.unsur
        ],
        "nilai_interval": _d(h.nilai_interval),
        "ikm": _d(h.ikm),
        "ikm_bulat": _d(h.ikm_bulat),
        "mutu": {"huruf": h.mutu.huruf, "kinerja": h.mutu.kinerja},
        "unsur_terlemah": [u.kode for u in h.terlemah()],
        "sampel": None
        if h.sampel is None
        else {
            "populasi": h.sampel.populasi,
            "minimum": h.sampel.minimum,
            "jumlah": h.sampel.jumlah,
            "cukup": h.sampel.cukup,
            "pesan": h.sampel.pesan(),
        },
    }


def jalankan(args: argparse.Namespace) -> int:
    from sakip.berkas.survei_impor import ImporTidakValid, impor_respon
    from sakip.core.ikm import Survei

    path = Path(args.berkas)
    if path.suffix.lower() in (".yaml", ".yml", ".json"):
        return _dari_berkas(args)
    try:
        hasil = impor_respon(path)
    except ImporTidakValid as exc:
        print(exc.laporan(), file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    for p in hasil.peringatan:
        print(f"Peringatan: {p}", file=sys.stderr)
    survei = Survei(id=path.stem, nama=path.name, populasi=args.populasi, responden=hasil.data)
    return _cetak([survei], args, args.bobot or "tepat", judul=args.instansi or path.name)


def _dari_berkas(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from .umum import muat_atau_keluar

    berkas = muat_atau_keluar(args.berkas)
    if isinstance(berkas, int):
        return berkas
    if not berkas.survei:
        print(f"{args.berkas}: berkas tidak memuat survei (bagian 'survei').", file=sys.stderr)
        return KELUAR_INPUT_TIDAK_VALID
    daftar = [replace(s, populasi=args.populasi or s.populasi) for s in berkas.survei]
    return _cetak(
        daftar,
        args,
        args.bobot or berkas.pengaturan.bobot_ikm,
        judul=args.instansi or berkas.instansi.nama,
        berkas=berkas,
    )


def _cetak(daftar, args: argparse.Namespace, bobot: str, *, judul: str, berkas=None) -> int:
    from sakip.berkas.yaml_desimal import tulis_json
    from sakip.core.angka import format_angka
    from sakip.core.ikm import analisis_survei, ikm_per
    from sakip.core.sumber import rincian_semua
    from sakip.core.sumber_periode import tampil_periode
    from sakip.core.sumber_tabel import tabel_nrr, tabel_per_kelompok, tabel_realisasi_terhitung
    from sakip.teks_tabel import gambar_tabel

    semua = []
    for s in daftar:
        a = analisis_survei(s, bobot=bobot)
        if a.keseluruhan is None:
            print(f"{s.id}: belum ada responden.", file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID
        per = None
        if args.per:
            from sakip.core.ikm import data_survei

            per = ikm_per(data_survei(s), _kunci(PER[args.per]), bobot=bobot)
        semua.append((s, a, per))

    if args.laporan:
        from sakip.laporan.skm import LaporanTidakDapatDibuat, tulis_laporan_skm

        s, a, _ = semua[0]
        try:
            keluaran = tulis_laporan_skm(a, args.laporan, instansi=judul)
        except LaporanTidakDapatDibuat as exc:
            print(str(exc), file=sys.stderr)
            return KELUAR_INPUT_TIDAK_VALID
        print(f"Laporan SKM ditulis: {keluaran}", file=sys.stderr)

    if args.json:
        keluar = []
        for s, a, per in semua:
            d = {"survei": s.id, "sintetis": s.sintetis, **hasil_ke_dict(a.keseluruhan)}
            if per is not None:
                d["per"] = {"menurut": args.per, "kelompok": {k: hasil_ke_dict(h) for k, h in per.items()}}
            keluar.append(d)
        if berkas is not None:
            keluar_berkas = {
                "survei": keluar,
                "realisasi_terhitung": {
                    k: {
                        "sumber": r.terhitung.sumber.uraian(),
                        "nilai": _d(r.terhitung.tahunan.nilai),
                        "teks": r.terhitung.tahunan.teks,
                        "dipakai": r.dipakai.value,
                        "nilai_diketik": None if r.manual is None else r.manual.tampil(),
                        "alasan_manual": r.alasan_manual or None,
                    }
                    for k, r in rincian_semua(berkas).items()
                },
            }
            print(tulis_json(keluar_berkas))
        else:
            print(tulis_json(keluar[0]))
        return 0

    for s, a, per in semua:
        h = a.keseluruhan
        print(f"Survei Kepuasan Masyarakat — {judul}" + (f" — {s.nama or s.id}" if berkas is not None else ""))
        if s.sintetis:
            print("DATA SINTETIS (contoh): bukan hasil survei sebenarnya.")
        print()
        print(gambar_tabel(tabel_nrr(h), args.lebar))
        print()
        print(
            f"IKM {format_angka(h.ikm, 2)} — mutu pelayanan {h.mutu.huruf} ({h.mutu.kinerja}), "
            f"{format_angka(h.jumlah_responden, 0)} responden."
        )
        lemah = ", ".join(f"{u.kode} {u.unsur.nama} (NRR {format_angka(u.nrr, 3)})" for u in h.terlemah()[:3])
        print(f"Unsur terlemah: {lemah}.")
        if h.sampel is not None and not h.sampel.cukup:
            print(h.sampel.pesan(), file=sys.stderr)
        if per is not None:
            print()
            label = LABEL_PER[args.per]
            if PER[args.per] in ("triwulan", "bulan", "tahun"):
                per = {tampil_periode(k): v for k, v in per.items()}
            print(gambar_tabel(tabel_per_kelompok(per, "IKM", f"IKM per {label.lower()}", label), args.lebar))
        print()
    if berkas is not None:
        rincian = rincian_semua(berkas)
        if rincian:
            nama = {i.id: i.nama for i in berkas.renstra.semua_indikator()}
            print(gambar_tabel(tabel_realisasi_terhitung(rincian, nama), args.lebar))
    return 0

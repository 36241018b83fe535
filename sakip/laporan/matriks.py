"""Tables built from the primary data (plans, agreement, staff): Renstra, RKT and IKU matrices, the PK
tables, the staff tables of Bab I. The measurement tables (3.1–3.8) come from `sakip.core.tabel`.

Every builder returns an unnumbered `BlokTabel`; the document builder gives it its number. Amounts and
values are only formatted here; the one total a matrix prints (the RKT and PK budget) comes from the
core's budget tree.
"""

from __future__ import annotations

from decimal import Decimal

from sakip.core.angka import format_angka, format_rupiah
from sakip.core.hasil import HasilPengukuran
from sakip.core.model import (
    Berkas,
    Indikator,
    IndikatorKinerja,
    Kepegawaian,
    PerjanjianKinerja,
    Program,
    Sasaran,
    Tujuan,
    Wilayah,
)
from sakip.core.nilai import Nilai
from sakip.core.profil import RingkasanPegawai, RingkasanPenduduk, jumlah_anggaran_pk
from sakip.core.tabel import Baris, Sel, Tabel, rupiah_sel, tampil_satuan

from .isi import BlokTabel, SelKepala

# --- cells -------------------------------------------------------------------------------------------------


def t(teks: str) -> Sel:
    return Sel(teks)


def tengah(teks: str) -> Sel:
    return Sel(teks, None, "tengah")


def jumlah_sel(n: int | None) -> Sel:
    return Sel("" if n is None else str(n), None if n is None else Decimal(n), "tengah")


def nilai_sel(n: Nilai | None, satuan: str) -> Sel:
    from sakip.core.nilai import Angka

    return Sel(tampil_satuan(n, satuan), n.nilai if isinstance(n, Angka) else (n.tampil() if n else None), "tengah")


def rp_sel(d: Decimal | None, *, dengan_rp: bool = False) -> Sel:
    if dengan_rp:
        return Sel(format_rupiah(d), d, "kanan")
    return rupiah_sel(d)


def baris_daftar(isi: list[str]) -> str:
    """Several items in one cell: one per line, with a dash when there is more than one."""
    isi = [i for i in isi if i]
    if len(isi) <= 1:
        return isi[0] if isi else ""
    return "\n".join(f"- {i}" for i in isi)


def kepala(*baris: list[SelKepala]) -> list[list[SelKepala]]:
    return list(baris)


def k(teks: str, lebar: int = 1, tinggi: int = 1) -> SelKepala:
    return SelKepala(teks, lebar, tinggi)


# --- headers for the core tables, as the seed prints them ---------------------------------------------------


def kepala_seperti_laporan(b: BlokTabel) -> None:
    """Upper-case headers ("NO.", "SASARAN STRATEGIS", "TARGET 2023"), grouped where the seed groups them."""
    kolom = b.tabel.kolom
    kode = b.tabel.kode
    if kode == "3.5":
        n_pred = len(kolom) - 2
        b.kepala = [
            [k("SASARAN / INDIKATOR SASARAN", tinggi=2), k("% CAPAIAN", tinggi=2), k("PREDIKAT", lebar=n_pred)],
            [k(x.upper()) for x in kolom[2:]],
        ]
        return
    if kode == "3.2":
        b.kepala = _kepala_tahun(kolom)
        return
    # The predikat code column of Tabel 3.1 is headed as the seed's scale heads it ("Kategori").
    b.kepala = [[k("KATEGORI" if kode == "3.1" and x.strip().lower() == "predikat" else _besar(x)) for x in kolom]]


def lebar_seperti_laporan(b: BlokTabel) -> None:
    """Column widths that keep "NO.", percentages and amounts on one line in a portrait page."""
    kode = b.tabel.kode
    lebar = list(b.tabel.lebar)
    if kode == "3.5":
        n_pred = len(b.tabel.kolom) - 2
        b.lebar = [30, 11, *[8] * n_pred]
        return
    if kode == "3.6":
        b.lebar = [6, 48, 17, 17, 12]
        return
    if kode == "3.8":
        b.lebar = [5, 36, 19, 15, 15, 10]
        return
    if kode == "3.1":
        b.lebar = [6, 22, 24, 10, 11, 11, 9]
        return
    if lebar and b.tabel.kolom and b.tabel.kolom[0].strip().lower() == "no" and lebar[0] < 6:
        lebar[0] = 6
        b.lebar = lebar


def _besar(teks: str) -> str:
    if teks.strip().lower() == "no":
        return "NO."
    return teks.upper()


def _kepala_tahun(kolom: list[str]) -> list[list[SelKepala]]:
    """Group "Target 2021 … Target 2023" under one "TARGET" cell with the years below."""
    atas: list[SelKepala] = []
    bawah: list[SelKepala] = []
    i = 0
    while i < len(kolom):
        awal, _, th = kolom[i].rpartition(" ")
        if th.isdigit() and awal:
            j = i
            while j < len(kolom) and kolom[j].rpartition(" ")[0] == awal and kolom[j].rpartition(" ")[2].isdigit():
                j += 1
            atas.append(k(awal.upper(), lebar=j - i))
            bawah += [k(kolom[x].rpartition(" ")[2]) for x in range(i, j)]
            i = j
        else:
            atas.append(k(_besar(kolom[i]), tinggi=2))
            i += 1
    return [atas, bawah]


# --- Bab I: staff and region ----------------------------------------------------------------------------------


def _baris_jumlah(n_kolom: int, j_label: int, j_nilai: int, nilai: int | None) -> Baris:
    sel = [t("") for _ in range(n_kolom)]
    sel[j_label] = t("Jumlah")
    sel[j_nilai] = jumlah_sel(nilai)
    return Baris(sel, "jumlah")


def tabel_sdm_jabatan(kep: Kepegawaian, instansi: str, r: RingkasanPegawai | None = None) -> BlokTabel | None:
    if not kep.per_jabatan:
        return None
    tb = Tabel(
        "1.1",
        _judul_sdm("Jumlah ASN", instansi, "berdasarkan Jabatan", kep.periode),
        ["No", "Nama Jabatan", "Jumlah", "Keterangan"],
        lebar=[6, 56, 12, 26],
    )
    for i, b in enumerate(kep.per_jabatan, 1):
        ket = b.keterangan or b.kelompok.capitalize()
        tb.baris.append(Baris([tengah(str(i)), t(b.jabatan), jumlah_sel(b.jumlah), t(ket)]))
    if r is not None:
        tb.baris.append(_baris_jumlah(4, 1, 2, r.jabatan))
    return BlokTabel(tb, judul=tb.judul, kepala=[[k("NO."), k("NAMA JABATAN"), k("JUMLAH"), k("KETERANGAN")]])


def tabel_sdm_golongan(kep: Kepegawaian, instansi: str, r: RingkasanPegawai | None = None) -> BlokTabel | None:
    if not kep.per_golongan:
        return None
    tb = Tabel(
        "1.2",
        _judul_sdm("Jumlah ASN", instansi, "berdasarkan Pangkat/Golongan Ruang", kep.periode),
        ["No", "Pangkat", "Golongan", "Jumlah"],
        lebar=[6, 50, 22, 22],
    )
    for i, b in enumerate(kep.per_golongan, 1):
        tb.baris.append(Baris([tengah(str(i)), t(b.pangkat), tengah(b.golongan), jumlah_sel(b.jumlah)]))
    if r is not None:
        tb.baris.append(_baris_jumlah(4, 1, 3, r.golongan))
    return BlokTabel(tb, judul=tb.judul, kepala=[[k("NO."), k("PANGKAT"), k("GOLONGAN"), k("JUMLAH")]])


def tabel_sdm_pendidikan(kep: Kepegawaian, instansi: str, r: RingkasanPegawai | None = None) -> BlokTabel | None:
    if not kep.per_pendidikan:
        return None
    tb = Tabel(
        "1.3",
        _judul_sdm("Jumlah ASN dan Non ASN", instansi, "berdasarkan Latar Belakang Pendidikan", kep.periode),
        ["No", "Pendidikan", "Jumlah", "Status"],
        lebar=[6, 44, 20, 30],
    )
    for i, b in enumerate(kep.per_pendidikan, 1):
        tb.baris.append(Baris([tengah(str(i)), t(b.pendidikan), jumlah_sel(b.jumlah), t(b.status)]))
    if r is not None:
        tb.baris.append(_baris_jumlah(4, 1, 2, r.pendidikan))
    return BlokTabel(tb, judul=tb.judul, kepala=[[k("NO."), k("PENDIDIKAN"), k("JUMLAH"), k("STATUS KEPEGAWAIAN")]])


def _judul_sdm(apa: str, instansi: str, dasar: str, periode: str) -> str:
    return f"{apa} {instansi} {dasar}" + (f" Periode {periode}" if periode else "")


def tabel_pekerjaan(w: Wilayah, instansi: str, r: RingkasanPenduduk | None = None) -> BlokTabel | None:
    if not w.penduduk_per_pekerjaan:
        return None
    tb = Tabel("1.4", f"Penduduk {instansi} menurut Pekerjaan", ["No", "Pekerjaan", "Jumlah (jiwa)"], lebar=[8, 62, 30])
    for i, b in enumerate(w.penduduk_per_pekerjaan, 1):
        tb.baris.append(
            Baris([tengah(str(i)), t(b.uraian), Sel(format_angka(b.jumlah, 0), Decimal(b.jumlah), "kanan")])
        )
    if r is not None and r.per_pekerjaan is not None:
        tb.baris.append(
            Baris(
                [t(""), t("Jumlah"), Sel(format_angka(r.per_pekerjaan, 0), Decimal(r.per_pekerjaan), "kanan")], "jumlah"
            )
        )
        if r.selisih_pekerjaan:
            tb.catatan.append(
                f"Jumlah menurut pekerjaan ({format_angka(r.per_pekerjaan, 0)} jiwa) berbeda "
                f"{format_angka(abs(r.selisih_pekerjaan), 0)} jiwa dari jumlah penduduk "
                f"({format_angka(r.total, 0)} jiwa): pekerjaan sebagian penduduk tidak tercatat dalam sumber data."
            )
    return BlokTabel(tb, judul=tb.judul, kepala=[[k("NO."), k("PEKERJAAN"), k("JUMLAH (JIWA)")]])


# --- Renstra ------------------------------------------------------------------------------------------------


def _tahun_renstra(berkas: Berkas) -> list[int]:
    r = berkas.renstra
    return list(range(r.periode_awal, r.periode_akhir + 1))


def _program_sasaran(berkas: Berkas, sasaran_id: str) -> list[Program]:
    return [p for p in berkas.rkt.program if sasaran_id in p.sasaran]


def _target_tahun(ind: Indikator, tahun: list[int]) -> list[Sel]:
    return [nilai_sel(ind.target.get(th), ind.satuan) for th in tahun]


def tabel_renstra(
    berkas: Berkas,
    tujuan: list[Tujuan] | None = None,
    sasaran: list[Sasaran] | None = None,
    *,
    lengkap: bool = True,
    judul: str = "",
) -> BlokTabel:
    """The Renstra matrix. `lengkap`: the Lampiran 1 form with indikator tujuan, strategi, kebijakan and
    program; otherwise the Bab II.A form (tujuan, sasaran, indikator, yearly targets)."""
    tujuan = berkas.renstra.tujuan if tujuan is None else tujuan
    sasaran = berkas.renstra.sasaran if sasaran is None else sasaran
    tahun = _tahun_renstra(berkas)
    nt = len(tahun)
    if lengkap:
        kolom = [
            "No",
            "Tujuan",
            "Indikator Tujuan",
            "Sasaran",
            "Indikator Sasaran",
            *[str(x) for x in tahun],
            "Strategi",
            "Kebijakan",
            "Program",
        ]
        lebar = [3, 12, 10, 12, 12, *[5] * nt, 12, 11, 11]
        kp = [
            [
                k("NO.", tinggi=2),
                k("TUJUAN", tinggi=2),
                k("INDIKATOR TUJUAN", tinggi=2),
                k("SASARAN", tinggi=2),
                k("INDIKATOR SASARAN", tinggi=2),
                k("TARGET KINERJA PADA TAHUN", lebar=nt),
                k("STRATEGI", tinggi=2),
                k("KEBIJAKAN", tinggi=2),
                k("PROGRAM", tinggi=2),
            ],
            [k(str(x)) for x in tahun],
        ]
    else:
        kolom = ["No", "Tujuan", "Sasaran", "Indikator", *[str(x) for x in tahun]]
        lebar = [6, 18, 18, 18, *[7] * nt]
        kp = [
            [
                k("NO.", tinggi=2),
                k("TUJUAN", tinggi=2),
                k("SASARAN", tinggi=2),
                k("INDIKATOR", tinggi=2),
                k("TARGET KINERJA PADA TAHUN", lebar=nt),
            ],
            [k(str(x)) for x in tahun],
        ]
    tb = Tabel("renstra", judul, kolom, lebar=lebar)
    gabung: set[tuple[int, int]] = set()
    kosong = [t("") for _ in tahun]

    def tambah(sel: list[Sel], gabung_kolom: list[int]) -> None:
        r = len(tb.baris)
        tb.baris.append(Baris(sel))
        for c in gabung_kolom:
            gabung.add((r, c))

    dipakai: set[str] = set()
    for no, tj in enumerate(tujuan, 1):
        baris_awal = True
        milik = [s for s in sasaran if s.tujuan == tj.id]
        dipakai.update(s.id for s in milik)
        ind_tujuan = tj.indikator or [None]
        for ind in ind_tujuan:
            lanjut = [] if baris_awal else [0, 1]
            if lengkap:
                sel = [
                    tengah(f"{no}." if baris_awal else ""),
                    t(tj.uraian if baris_awal else ""),
                    t(ind.nama if ind else ""),
                    t(""),
                    t(""),
                    *(_target_tahun(ind, tahun) if ind else kosong),
                    t(""),
                    t(""),
                    t(""),
                ]
            else:
                sel = [
                    tengah(f"{no}." if baris_awal else ""),
                    t(tj.uraian if baris_awal else ""),
                    t(""),
                    t(ind.nama if ind else ""),
                    *(_target_tahun(ind, tahun) if ind else kosong),
                ]
            tambah(sel, lanjut)
            baris_awal = False
        satu_ind_tujuan = len(tj.indikator) == 1
        for s in milik:
            prog = baris_daftar([f"Program {p.nama}" for p in _program_sasaran(berkas, s.id)])
            for j, ind in enumerate(s.indikator or [None]):
                awal_s = j == 0
                lanjut = [0, 1]
                if lengkap:
                    if satu_ind_tujuan:
                        lanjut.append(2)
                    if not awal_s:
                        lanjut += [3, 5 + nt, 6 + nt, 7 + nt]
                    sel = [
                        tengah(""),
                        t(""),
                        t(""),
                        t(s.uraian if awal_s else ""),
                        t(ind.nama if ind else ""),
                        *(_target_tahun(ind, tahun) if ind else kosong),
                        t(baris_daftar(s.strategi) if awal_s else ""),
                        t(baris_daftar(s.kebijakan) if awal_s else ""),
                        t(prog if awal_s else ""),
                    ]
                else:
                    if not awal_s:
                        lanjut.append(2)
                    sel = [
                        tengah(""),
                        t(""),
                        t(s.uraian if awal_s else ""),
                        t(ind.nama if ind else ""),
                        *(_target_tahun(ind, tahun) if ind else kosong),
                    ]
                tambah(sel, lanjut)
    # Sasaran whose tujuan is not among the tujuan listed still belong in the matrix.
    yatim = [s for s in sasaran if s.id not in dipakai]
    for s in yatim:
        for j, ind in enumerate(s.indikator or [None]):
            awal_s = j == 0
            if lengkap:
                sel = [
                    tengah(""),
                    t(""),
                    t(""),
                    t(s.uraian if awal_s else ""),
                    t(ind.nama if ind else ""),
                    *(_target_tahun(ind, tahun) if ind else kosong),
                    t(baris_daftar(s.strategi) if awal_s else ""),
                    t(baris_daftar(s.kebijakan) if awal_s else ""),
                    t(""),
                ]
            else:
                sel = [
                    tengah(""),
                    t(""),
                    t(s.uraian if awal_s else ""),
                    t(ind.nama if ind else ""),
                    *(_target_tahun(ind, tahun) if ind else kosong),
                ]
            tambah(sel, [])
    return BlokTabel(tb, judul=judul, kepala=kp, gabung=gabung, ukuran_huruf=7.5 if lengkap else 8)


# --- the year's cascade (Bab II.B) ---------------------------------------------------------------------------


def tabel_keterkaitan(berkas: Berkas, h: HasilPengukuran) -> BlokTabel:
    """Sasaran → indikator → target of the year → supporting programs and their ceilings."""
    th = berkas.tahun
    tb = Tabel(
        "keterkaitan",
        f"Keterkaitan Sasaran, Indikator, Target dan Program Tahun {th}",
        ["No", "Sasaran Strategis", "Indikator Sasaran", f"Target {th}", "Program Pendukung", "Pagu (Rp)"],
        lebar=[6, 24, 22, 10, 23, 15],
    )
    gabung: set[tuple[int, int]] = set()
    for no, s in enumerate(berkas.renstra.sasaran, 1):
        progs = _program_sasaran(berkas, s.id)
        inds = s.indikator or [None]
        n = max(len(inds), len(progs), 1)
        for r in range(n):
            ind = inds[r] if r < len(inds) else None
            p = progs[r] if r < len(progs) else None
            node = h.program(p.kode) if p else None
            awal = r == 0
            baris = len(tb.baris)
            tb.baris.append(
                Baris(
                    [
                        tengah(f"{no}" if awal else ""),
                        t(s.uraian if awal else ""),
                        t(ind.nama if ind else ""),
                        nilai_sel(berkas.target_tahun(ind), ind.satuan) if ind else t(""),
                        t(f"Program {p.nama}" if p else ""),
                        rp_sel(node.pagu) if node else t(""),
                    ]
                )
            )
            if not awal:
                gabung.update({(baris, 0), (baris, 1)})
                if ind is None and len(inds) == 1:
                    gabung.update({(baris, 2), (baris, 3)})
    return BlokTabel(
        tb,
        judul=tb.judul,
        kepala=[
            [
                k("NO."),
                k("SASARAN STRATEGIS"),
                k("INDIKATOR SASARAN"),
                k(f"TARGET {th}"),
                k("PROGRAM PENDUKUNG"),
                k("PAGU (RP)"),
            ]
        ],
        gabung=gabung,
    )


# --- RKT -------------------------------------------------------------------------------------------------------


def _ik_nama(daftar: list[IndikatorKinerja]) -> str:
    return baris_daftar([i.nama for i in daftar])


def _ik_target(daftar: list[IndikatorKinerja]) -> str:
    return "\n".join(tampil_satuan(i.target, i.satuan) for i in daftar)


def tabel_rkt(berkas: Berkas, h: HasilPengukuran) -> BlokTabel:
    """The RKT cascade: tujuan → sasaran (RKT target) → program/kegiatan → sub kegiatan (output, target, pagu)."""
    th = berkas.tahun
    kolom = [
        "Uraian Tujuan",
        "Indikator Tujuan",
        "Uraian Sasaran",
        "Indikator Sasaran",
        "Target",
        "Program / Kegiatan",
        "Indikator",
        "Target",
        "Sub Kegiatan",
        "Indikator Output",
        "Target",
        "Anggaran (Rp)",
    ]
    tb = Tabel("rkt", f"Rencana Kinerja Tahunan Tahun {th}", kolom, lebar=[10, 8, 10, 9, 5, 11, 10, 5, 11, 10, 5, 8])
    kp = [
        [
            k("TUJUAN PD", lebar=2),
            k("SASARAN PD", lebar=3),
            k("PROGRAM / KEGIATAN", lebar=3),
            k("SUB KEGIATAN", lebar=4),
        ],
        [
            k("URAIAN"),
            k("INDIKATOR TUJUAN"),
            k("URAIAN"),
            k("INDIKATOR SASARAN"),
            k("TARGET"),
            k("NAMA PROGRAM / KEGIATAN"),
            k("INDIKATOR"),
            k("TARGET"),
            k("NAMA SUB KEGIATAN"),
            k("INDIKATOR OUTPUT"),
            k("TARGET"),
            k("ANGGARAN (RP)"),
        ],
    ]
    gabung: set[tuple[int, int]] = set()
    tujuan = {tj.id: tj for tj in berkas.renstra.tujuan}
    sudah: set[str] = set()
    tujuan_lalu: str | None = None

    def target_rkt(ind: Indikator) -> str:
        nilai = berkas.rkt.target.get(ind.id, ind.target.get(th))
        return tampil_satuan(nilai, ind.satuan)

    def tambah(sel: list[Sel], lanjut: list[int], jenis: str = "data") -> None:
        r = len(tb.baris)
        tb.baris.append(Baris(sel, jenis))
        for c in lanjut:
            gabung.add((r, c))

    def baris_sasaran(s: Sasaran | None, tj_baru: bool, awal_s: bool) -> tuple[list[Sel], list[int]]:
        if s is None:
            return [t("") for _ in range(5)], []
        tj = tujuan.get(s.tujuan)
        lanjut: list[int] = []
        if tj_baru and awal_s:
            kiri = [t(tj.uraian if tj else ""), t(baris_daftar([i.nama for i in tj.indikator]) if tj else "")]
        else:
            kiri = [t(""), t("")]
            lanjut += [0, 1]
        if awal_s:
            tengah_ = [
                t(s.uraian),
                t(baris_daftar([i.nama for i in s.indikator])),
                Sel("\n".join(target_rkt(i) for i in s.indikator), None, "tengah"),
            ]
        else:
            tengah_ = [t(""), t(""), t("")]
            lanjut += [2, 3, 4]
        return kiri + tengah_, lanjut

    def program_baris(p: Program, s: Sasaran | None, tj_baru: bool, awal_s: bool) -> None:
        kiri, lanjut = baris_sasaran(s, tj_baru, awal_s)
        if p.kode in sudah:
            tambah(
                [
                    *kiri,
                    t(f"Program {p.nama} (telah dicantumkan sebelumnya)"),
                    t(""),
                    t(""),
                    t(""),
                    t(""),
                    t(""),
                    t(""),
                ],
                lanjut,
                "program",
            )
            return
        sudah.add(p.kode)
        tambah(
            [
                *kiri,
                t(f"Program {p.nama}"),
                t(_ik_nama(p.indikator)),
                Sel(_ik_target(p.indikator), None, "tengah"),
                t(""),
                t(""),
                t(""),
                t(""),
            ],
            lanjut,
            "program",
        )
        for keg in p.kegiatan:
            subs = keg.sub_kegiatan
            n = max(len(subs), 1) + (1 if keg.tidak_dirinci else 0)
            for r in range(n):
                kiri, lanjut = baris_sasaran(s, False, False)
                awal_k = r == 0
                keg_sel = (
                    [t(keg.nama), t(_ik_nama(keg.indikator)), Sel(_ik_target(keg.indikator), None, "tengah")]
                    if awal_k
                    else [t(""), t(""), t("")]
                )
                if not awal_k:
                    lanjut += [5, 6, 7]
                if r < len(subs):
                    sk = subs[r]
                    sub_sel = [
                        t(sk.nama),
                        t(_ik_nama(sk.indikator)),
                        Sel(_ik_target(sk.indikator), None, "tengah"),
                        rp_sel(sk.pagu),
                    ]
                elif keg.tidak_dirinci and r == n - 1:
                    td = keg.tidak_dirinci
                    sub_sel = [t(f"{td.keterangan or 'Tidak dirinci'} (tidak dirinci)"), t(""), t(""), rp_sel(td.pagu)]
                else:
                    sub_sel = [t(""), t(""), t(""), t("")]
                tambah([*kiri, *keg_sel, *sub_sel], lanjut)
        if p.tidak_dirinci:
            kiri, lanjut = baris_sasaran(s, False, False)
            td = p.tidak_dirinci
            tambah(
                [
                    *kiri,
                    t(f"{td.keterangan or 'Tidak dirinci'} (tidak dirinci)"),
                    t(""),
                    t(""),
                    t(""),
                    t(""),
                    t(""),
                    rp_sel(td.pagu),
                ],
                lanjut,
            )

    for s in berkas.renstra.sasaran:
        tj_baru = s.tujuan != tujuan_lalu
        progs = _program_sasaran(berkas, s.id)
        if not progs:
            kiri, lanjut = baris_sasaran(s, tj_baru, True)
            tambah([*kiri, *[t("") for _ in range(7)]], lanjut)
        for j, p in enumerate(progs):
            program_baris(p, s, tj_baru and j == 0, j == 0)
        tujuan_lalu = s.tujuan
    lain = [p for p in berkas.rkt.program if p.kode not in sudah]
    for j, p in enumerate(lain):
        tujuan_lalu = None
        program_baris(p, None, True, j == 0)
    tambah([t("JUMLAH"), *[t("") for _ in range(10)], rp_sel(h.anggaran.pagu)], [], "jumlah")
    return BlokTabel(tb, judul=tb.judul, kepala=kp, gabung=gabung, ukuran_huruf=7)


def tabel_rpjmd(berkas: Berkas) -> BlokTabel | None:
    r = berkas.renstra.rpjmd
    if r is None or not (r.misi or r.tujuan or r.sasaran):
        return None
    tb = Tabel(
        "rpjmd",
        "Keterkaitan dengan RPJMD",
        ["Misi", "Tujuan RPJMD", "Indikator Tujuan", "Sasaran RPJMD", "Indikator Sasaran"],
        lebar=[24, 22, 16, 22, 16],
    )
    tb.baris.append(
        Baris(
            [
                t(baris_daftar(r.misi)),
                t(baris_daftar(r.tujuan)),
                t(baris_daftar(r.indikator_tujuan)),
                t(baris_daftar(r.sasaran)),
                t(baris_daftar(r.indikator_sasaran)),
            ]
        )
    )
    return BlokTabel(
        tb,
        judul="RPJMD",
        kepala=[[k("MISI"), k("TUJUAN RPJMD"), k("INDIKATOR TUJUAN"), k("SASARAN RPJMD"), k("INDIKATOR SASARAN")]],
        ukuran_huruf=8,
    )


# --- IKU ---------------------------------------------------------------------------------------------------------


def indikator_iku(berkas: Berkas) -> list[tuple[str, Indikator]]:
    """(kinerja utama, indikator) in the decree's order; every sasaran indicator when no decree lists them."""
    induk: dict[str, str] = {}
    for tj in berkas.renstra.tujuan:
        for i in tj.indikator:
            induk[i.id] = tj.uraian
    for s in berkas.renstra.sasaran:
        for i in s.indikator:
            induk[i.id] = s.uraian
    ids = berkas.iku.indikator or [i.id for s in berkas.renstra.sasaran for i in s.indikator]
    hasil = []
    for id_ in ids:
        ind = berkas.renstra.indikator(id_)
        if ind is not None:
            hasil.append((induk.get(id_, ""), ind))
    return hasil


def formula(ind: Indikator) -> str:
    if ind.formula:
        return ind.formula
    if ind.pembilang and ind.penyebut:
        return f"{ind.pembilang} ÷ {ind.penyebut} × 100%"
    return "-"


def tabel_iku(berkas: Berkas) -> BlokTabel:
    tb = Tabel(
        "iku",
        f"Indikator Kinerja Utama {berkas.instansi.nama}",
        [
            "No",
            "Kinerja Utama",
            "Indikator Kinerja Utama",
            "Formulasi Perhitungan dan Penjelasan",
            "Penanggung Jawab",
            "Sumber Data",
        ],
        lebar=[6, 19, 18, 27, 15, 15],
    )
    for i, (kinerja, ind) in enumerate(indikator_iku(berkas), 1):
        tb.baris.append(
            Baris(
                [
                    tengah(f"{i}."),
                    t(kinerja),
                    t(ind.nama),
                    t(formula(ind)),
                    t(baris_daftar(ind.penanggung_jawab) or "-"),
                    t(ind.sumber_data or "-"),
                ]
            )
        )
    kp = [
        [
            k("NO."),
            k("KINERJA UTAMA"),
            k("INDIKATOR KINERJA UTAMA"),
            k("FORMULASI PERHITUNGAN DAN PENJELASAN"),
            k("PENANGGUNG JAWAB"),
            k("SUMBER DATA"),
        ]
    ]
    return BlokTabel(tb, judul=tb.judul, kepala=kp, ukuran_huruf=8)


# --- PK ------------------------------------------------------------------------------------------------------------


def _indikator_pk(berkas: Berkas, pk: PerjanjianKinerja) -> list[tuple[str, Indikator]]:
    hasil = []
    for tj in berkas.renstra.tujuan:
        for i in tj.indikator:
            if i.id in pk.target:
                hasil.append((tj.uraian, i))
    for s in berkas.renstra.sasaran:
        for i in s.indikator:
            if i.id in pk.target:
                hasil.append((s.uraian, i))
    return hasil


def tabel_pk_sasaran(berkas: Berkas, pk: PerjanjianKinerja) -> BlokTabel:
    th = berkas.tahun
    tb = Tabel(
        "pk-sasaran",
        f"Sasaran, Indikator Kinerja dan Target Tahun {th}",
        ["No", "Sasaran Strategis", "Indikator Kinerja", f"Target {th}"],
        lebar=[6, 40, 40, 14],
    )
    gabung: set[tuple[int, int]] = set()
    lalu = None
    no = 0
    for uraian, ind in _indikator_pk(berkas, pk):
        baru = uraian != lalu
        if baru:
            no += 1
        r = len(tb.baris)
        tb.baris.append(
            Baris(
                [
                    tengah(f"{no}." if baru else ""),
                    t(uraian if baru else ""),
                    t(ind.nama),
                    nilai_sel(pk.target.get(ind.id), ind.satuan),
                ]
            )
        )
        if not baru:
            gabung.update({(r, 0), (r, 1)})
        lalu = uraian
    kp = [[k("NO."), k("SASARAN STRATEGIS"), k("INDIKATOR KINERJA"), k(f"TARGET {th}")]]
    return BlokTabel(tb, judul=tb.judul, kepala=kp, nomor_kolom=True, gabung=gabung, ukuran_huruf=10)


def total_anggaran_pk(pk: PerjanjianKinerja, h: HasilPengukuran | None = None) -> Decimal | None:
    """The total of the budgets the PK agrees (computed by the core; the renderer never adds up)."""
    return jumlah_anggaran_pk(pk)


def tabel_pk_anggaran(berkas: Berkas, pk: PerjanjianKinerja, h: HasilPengukuran) -> BlokTabel:
    tb = Tabel(
        "pk-anggaran", "Program dan Anggaran", ["No", "Program", "Anggaran", "Keterangan"], lebar=[6, 50, 26, 18]
    )
    nama = {p.kode: p.nama for p in berkas.rkt.program}
    for i, (kode, jumlah) in enumerate(pk.anggaran_program.items(), 1):
        tb.baris.append(
            Baris(
                [
                    tengah(f"{i}."),
                    t(nama.get(kode, kode)),
                    rp_sel(jumlah, dengan_rp=True),
                    tengah(pk.keterangan_anggaran),
                ]
            )
        )
    total = total_anggaran_pk(pk, h)
    if total is not None:
        tb.baris.append(Baris([t(""), t("Jumlah"), rp_sel(total, dengan_rp=True), t("")], "jumlah"))
    else:
        tb.catatan.append("Perjanjian ini tidak mencantumkan anggaran program.")
    kp = [[k("NO."), k("PROGRAM"), k("ANGGARAN"), k("KETERANGAN")]]
    return BlokTabel(tb, judul=tb.judul, kepala=kp, ukuran_huruf=10)


def tabel_pk_perbandingan(berkas: Berkas, murni: PerjanjianKinerja, ubah: PerjanjianKinerja) -> BlokTabel:
    th = berkas.tahun
    tb = Tabel(
        "pk-banding",
        f"Perbandingan Target Perjanjian Kinerja Murni dan Perubahan Tahun {th}",
        ["No", "Indikator Kinerja", "Target PK Murni", "Target PK Perubahan"],
        lebar=[6, 54, 20, 20],
    )
    daftar = _indikator_pk(berkas, ubah) or _indikator_pk(berkas, murni)
    for i, (_, ind) in enumerate(daftar, 1):
        tb.baris.append(
            Baris(
                [
                    tengah(f"{i}."),
                    t(ind.nama),
                    nilai_sel(murni.target.get(ind.id), ind.satuan),
                    nilai_sel(ubah.target.get(ind.id), ind.satuan),
                ]
            )
        )
    kp = [[k("NO."), k("INDIKATOR KINERJA"), k("TARGET PK MURNI"), k("TARGET PK PERUBAHAN")]]
    return BlokTabel(tb, judul=tb.judul, kepala=kp)


# --- awards ---------------------------------------------------------------------------------------------------------


def tabel_penghargaan(berkas: Berkas) -> BlokTabel | None:
    if not berkas.penghargaan:
        return None
    tb = Tabel(
        "penghargaan",
        f"Penghargaan Tahun {berkas.tahun}",
        ["No", "Penghargaan", "Tingkat", "Penyelenggara", "Tahun"],
        lebar=[6, 50, 14, 20, 10],
    )
    for i, p in enumerate(berkas.penghargaan, 1):
        tb.baris.append(
            Baris([tengah(f"{i}."), t(p.nama), t(p.tingkat or "-"), t(p.penyelenggara or "-"), tengah(str(p.tahun))])
        )
    kp = [[k("NO."), k("PENGHARGAAN"), k("TINGKAT"), k("PENYELENGGARA"), k("TAHUN")]]
    return BlokTabel(tb, judul=tb.judul, kepala=kp)


def rentang_skala(x, batas_atas: Decimal | None, batas_bawah: Decimal | None) -> str:
    """A level's interval as the report prints it. With a cap (and a floor) the open top and bottom levels are
    closed by it, as the seed prints them: "> 90 – 100", "0 – 30"."""
    from sakip.core.angka import format_bilangan

    if x.atas is None and x.bawah is not None and batas_atas is not None and batas_atas > x.bawah:
        awal = "" if x.bawah_inklusif else "> "
        return f"{awal}{format_bilangan(x.bawah)} – {format_bilangan(batas_atas)}"
    if x.bawah is None and x.atas is not None and batas_bawah is not None and batas_bawah < x.atas:
        akhir = "" if x.atas_inklusif else " (tidak termasuk)"
        return f"{format_bilangan(batas_bawah)} – {format_bilangan(x.atas)}{akhir}"
    return x.rentang_teks()


def tabel_skala_predikat(h: HasilPengukuran) -> BlokTabel:
    p = h.pengaturan
    skala = p.skala_predikat
    tb = Tabel("skala", skala.nama, ["No", "Kategori", "Nilai Capaian (%)", "Interpretasi"], lebar=[8, 20, 36, 36])
    for i, x in enumerate(skala.tingkat, 1):
        tb.baris.append(
            Baris(
                [
                    tengah(f"{i}."),
                    tengah(x.kode),
                    tengah(rentang_skala(x, p.batas_atas, p.batas_bawah)),
                    t(x.interpretasi),
                ]
            )
        )
    kp = [[k("NO."), k("KATEGORI"), k("NILAI CAPAIAN (%)"), k("INTERPRETASI")]]
    return BlokTabel(tb, judul="", kepala=kp, ukuran_huruf=10)

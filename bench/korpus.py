"""The reviu corpus (issue 12 item 3): synthetic LKjIP reports in many layouts, with known errors, scored.

    .venv/bin/python bench/korpus.py                      # 24 agency-years × every layout × DOCX and text PDF
    .venv/bin/python bench/korpus.py --laporan 6 --pindai 2   # fewer reports; 2 of them also as scans (slow: OCR)
    .venv/bin/python bench/korpus.py --json hasil.json

How a case is made:

1. An agency-year (kecamatan, dinas or badan; 1–8 sasaran, 1–3 indicators each, some of negative polarity, ranges
   and graded values; 3–60 sub kegiatan) is generated with bench/sintetis.py and made clean: spending never above
   the ceiling, a signed Perjanjian Kinerja. Our own writer prints its LKjIP; the blocks of that DOCX (headings,
   paragraphs, tables) are the clean report.
2. Its measurement table is re-laid out by one of the `TATA_PENGUKURAN` variants and its budget table by one of
   `TATA_ANGGARAN` (columns reordered, two-row and merged headers, several years side by side, capaian with or
   without "%", a unit column or the unit in the indicator name, "1.234,56" or "1,234.56", "Rp.", a Sisa column,
   without codes, …): the figures stay right, only the print changes.
3. One error of a class in `GALAT` is injected (or none: a clean control), and the blocks are printed as DOCX,
   as a text PDF (Typst: running header, page numbers, tables continued over pages) and, for `--pindai` reports,
   as a scan of that PDF (pages rasterised, slightly rotated, speckled; read back through OCR).

Scored: an error is found when the reviu of the report with the error has a finding of one of the codes its class
may be reported as, which the reviu of the same report without the error (same layout, same form) does not have.
A false alarm is a galat on a clean control (the agency-year's data are clean, so every galat there is false).
Reported: recall per error class and per form, false galat per 10 clean pages, seconds per page.

Targets (issue 12): recall >= 95 % on DOCX and text PDF, >= 85 % on scans; <= 1 false galat per 10 clean pages.
"""

from __future__ import annotations

import argparse
import copy
import io
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

AKAR = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(AKAR / "bench"))

from sakip.core.reviu.cetak import Blok  # noqa: E402

Baris = list[list[str]]

# --- numbers as printed --------------------------------------------------------------------------------------------


def _angka(teks: str) -> Decimal | None:
    """A printed number ("1.234,56", "91%", "Rp 604.248.000") → Decimal, read by the project's own parser; None
    when it is not one (a range, a grade, "-")."""
    from sakip.core.angka import AngkaTidakValid, parse_angka

    try:
        return parse_angka(teks.replace("Rp.", "").replace("Rp", "").strip())
    except (AngkaTidakValid, ValueError):
        return None


def _id(d: Decimal, desimal: int = 2, persen: bool = False) -> str:
    from sakip.core.angka import format_angka

    return format_angka(d, desimal) + ("%" if persen else "")


def _ke_inggris(teks: str) -> str:
    """ "1.234,56%" → "1,234.56%": the other notation agencies use."""
    return re.sub(
        r"\d[\d.]*(,\d+)?", lambda m: m.group(0).replace(".", "\0").replace(",", ".").replace("\0", ","), teks
    )


# --- finding the standard tables in our own print --------------------------------------------------------------------


def _kepala(t: Blok) -> str:
    return " ".join(" ".join(r) for r in t.baris[:2]).upper()


def tabel_pengukuran(blok: list[Blok]) -> int | None:
    for i, b in enumerate(blok):
        k = _kepala(b) if b.jenis == "tabel" else ""
        if "REALISASI" in k and "CAPAIAN" in k and "KATEGORI" in k and "TARGET" in k:
            return i
    return None


def tabel_anggaran(blok: list[Blok]) -> int | None:
    for i, b in enumerate(blok):
        k = _kepala(b) if b.jenis == "tabel" else ""
        if "KODE" in k and "ANGGARAN" in k and "REALISASI" in k:
            return i
    return None


# --- layouts of the measurement table ----------------------------------------------------------------------------
# Our table: NO. | SASARAN STRATEGIS | INDIKATOR SASARAN | TARGET 2023 | REALISASI 2023 | CAPAIAN 2023 | KATEGORI,
# a row of column numbers "(1)…(7)", then one row per indicator.


@dataclass
class Pengukuran:
    kepala: list[str]
    isi: Baris  # rows without the column-number row

    @staticmethod
    def dari(t: Blok) -> Pengukuran:
        isi = [r for r in t.baris[1:] if not _nomor_kolom(r)]
        return Pengukuran(list(t.baris[0]), [list(r) for r in isi])


def _tanpa_persen(c: str) -> str:
    return c.replace("%", "")


def _p_asli(p: Pengukuran, tahun: int) -> Baris:
    return [p.kepala, *p.isi]


def _p_nomor_kolom(p: Pengukuran, tahun: int) -> Baris:
    return [p.kepala, [f"({i + 1})" for i in range(len(p.kepala))], *p.isi]


def _p_realisasi_dulu(p: Pengukuran, tahun: int) -> Baris:
    urut = [0, 1, 2, 4, 3, 5, 6]
    return [[r[i] for i in urut] for r in [p.kepala, *p.isi]]


def _p_capaian_tanpa_persen(p: Pengukuran, tahun: int) -> Baris:
    kepala = [*p.kepala[:5], f"CAPAIAN {tahun} (%)", p.kepala[6]]
    return [kepala, *[[*r[:5], _tanpa_persen(r[5]), r[6]] for r in p.isi]]


def _p_inggris(p: Pengukuran, tahun: int) -> Baris:
    return [p.kepala, *[[*r[:3], *(_ke_inggris(c) for c in r[3:6]), r[6]] for r in p.isi]]


def _p_kolom_satuan(p: Pengukuran, tahun: int) -> Baris:
    kepala = [*p.kepala[:3], "SATUAN", *p.kepala[3:]]
    isi = [[*r[:3], "%" if "%" in r[3] else "", _tanpa_persen(r[3]), _tanpa_persen(r[4]), *r[5:]] for r in p.isi]
    return [kepala, *isi]


def _p_satuan_di_nama(p: Pengukuran, tahun: int) -> Baris:
    isi = [
        [r[0], r[1], r[2] + (" (%)" if "%" in r[3] else ""), _tanpa_persen(r[3]), _tanpa_persen(r[4]), *r[5:]]
        for r in p.isi
    ]
    return [p.kepala, *isi]


def _p_kepala_dua_baris(p: Pengukuran, tahun: int) -> Baris:
    atas = ["NO.", "SASARAN STRATEGIS", "INDIKATOR KINERJA", f"TAHUN {tahun}", "", "", "KATEGORI"]
    bawah = ["", "", "", "TARGET", "REALISASI", "CAPAIAN", ""]
    return [atas, bawah, *p.isi]


def _p_dua_tahun(p: Pengukuran, tahun: int) -> Baris:
    """Last year beside this year (last year's figures as printed in our comparison table: target = realisasi)."""
    atas = ["NO.", "SASARAN", "INDIKATOR", f"{tahun - 1}", "", "", f"{tahun}", "", "", "KATEGORI"]
    bawah = ["", "", "", "TARGET", "REALISASI", "CAPAIAN", "TARGET", "REALISASI", "CAPAIAN", ""]
    isi = []
    for r in p.isi:
        lalu = r[3] if _angka(r[3]) is not None else "-"
        isi.append([*r[:3], lalu, lalu, "100,00%" if lalu != "-" else "-", *r[3:]])
    return [atas, bawah, *isi]


def _p_predikat_keterangan(p: Pengukuran, tahun: int) -> Baris:
    kepala = [*p.kepala[:6], "PREDIKAT", "KETERANGAN"]
    isi = []
    for r in p.isi:
        c = _angka(r[5])
        ket = "-" if c is None else ("Tercapai" if c >= 100 else "Tidak tercapai")
        isi.append([*r, ket])
    return [kepala, *isi]


def _p_sasaran_baris_sendiri(p: Pengukuran, tahun: int) -> Baris:
    """The sasaran as a row of its own above its indicators (a merged cell across the table), no sasaran column."""
    keluar = [["NO.", "INDIKATOR KINERJA", "TARGET", "REALISASI", "% CAPAIAN", "KATEGORI"]]
    sebelum = None
    for r in p.isi:
        if r[1].lower().startswith("rata-rata"):  # the average row stays one row
            keluar.append(["", r[1], "", "", r[5], r[6]])
            continue
        if r[1] != sebelum:
            keluar.append([r[0], r[1], "", "", "", ""])
            sebelum = r[1]
        keluar.append(["", r[2], r[3], r[4], r[5], r[6]])
    return keluar


def _p_sinonim(p: Pengukuran, tahun: int) -> Baris:
    kepala = ["No", "Sasaran", "Indikator Kinerja", "Target", "Realisasi", "% Capaian", "Predikat"]
    return [kepala, *p.isi]


def _p_tanpa_nomor(p: Pengukuran, tahun: int) -> Baris:
    return [r[1:] for r in [p.kepala, *p.isi]]


TATA_PENGUKURAN: dict[str, Callable[[Pengukuran, int], Baris]] = {
    "asli": _p_asli,
    "nomor-kolom": _p_nomor_kolom,
    "realisasi-dulu": _p_realisasi_dulu,
    "capaian-tanpa-persen": _p_capaian_tanpa_persen,
    "angka-inggris": _p_inggris,
    "kolom-satuan": _p_kolom_satuan,
    "satuan-di-nama": _p_satuan_di_nama,
    "kepala-dua-baris": _p_kepala_dua_baris,
    "dua-tahun": _p_dua_tahun,
    "predikat-keterangan": _p_predikat_keterangan,
    "sasaran-baris-sendiri": _p_sasaran_baris_sendiri,
    "kepala-sinonim": _p_sinonim,
    "tanpa-nomor": _p_tanpa_nomor,
}

# --- layouts of the budget table -------------------------------------------------------------------------------------
# Ours: NO. | PROGRAM / KEGIATAN / SUB KEGIATAN | KODE | ANGGARAN (RP) | REALISASI (RP) | %


def _sisa(r: list[str]) -> str:
    a, b = _angka(r[3]), _angka(r[4])
    return _id(a - b, 0) if a is not None and b is not None else ""


def _a_asli(t: Baris) -> Baris:
    return t


def _a_tanpa_kode(t: Baris) -> Baris:
    return [[r[0], r[1], *r[3:]] for r in t]


def _a_sisa(t: Baris) -> Baris:
    return [[*t[0][:5], "SISA (RP)", t[0][5]], *[[*r[:5], _sisa(r), r[5]] for r in t[1:]]]


def _a_rp_pagu(t: Baris) -> Baris:
    kepala = ["NO", "URAIAN", "KODE REKENING", "PAGU", "REALISASI", "% REALISASI"]
    return [kepala, *[[*r[:3], "Rp. " + r[3] if r[3] else "", "Rp. " + r[4] if r[4] else "", r[5]] for r in t[1:]]]


def _a_kode_dulu(t: Baris) -> Baris:
    kepala = ["KODE", "PROGRAM / KEGIATAN / SUB KEGIATAN", "PAGU ANGGARAN", "REALISASI", "SISA", "CAPAIAN (%)"]
    return [kepala, *[[r[2], r[1], r[3], r[4], _sisa(r), r[5].replace("%", "")] for r in t[1:]]]


def _a_inggris(t: Baris) -> Baris:
    return [t[0], *[[*r[:3], *(_ke_inggris(c) for c in r[3:])] for r in t[1:]]]


TATA_ANGGARAN: dict[str, Callable[[Baris], Baris]] = {
    "asli": _a_asli,
    "tanpa-kode": _a_tanpa_kode,
    "kolom-sisa": _a_sisa,
    "rp-pagu": _a_rp_pagu,
    "kode-dulu": _a_kode_dulu,
    "angka-inggris": _a_inggris,
}

# --- errors -------------------------------------------------------------------------------------------------------
# Each injects one error into the clean blocks (measurement table at index `ip`, budget table at `ia`, both in
# our own layout, before re-layout) and returns the codes the reviu may report it as; None when the report has no
# place for that error (the case is skipped, not counted).


@dataclass
class Galat:
    nama: str
    kode: frozenset[str]
    suntik: Callable[[list[Blok], int, int, random.Random], bool]


def _nomor_kolom(r: list[str]) -> bool:
    """The "(1) (2) (3) …" row under a header ("(6)" would otherwise read as the accounting notation of -6)."""
    return all(re.fullmatch(r"\(\d+\)", c or "") for c in r)


def _baris_angka(t: Blok, kolom: int) -> list[int]:
    return [
        i
        for i, r in enumerate(t.baris)
        if i > 0 and len(r) > kolom and not _nomor_kolom(r) and _angka(r[kolom]) is not None
    ]


def _suntik_capaian(blok, ip, ia, rng) -> bool:
    t = blok[ip]
    calon = _baris_angka(t, 5)
    if not calon:
        return False
    i = rng.choice(calon)
    lama = _angka(t.baris[i][5])
    t.baris[i][5] = _id(lama + Decimal(rng.choice([-1, 1]) * rng.randint(6, 25)), 2, "%" in t.baris[i][5])
    return True


URUT_KATEGORI = ["AA", "A", "BB", "B", "CC", "C", "D"]


def _suntik_predikat(blok, ip, ia, rng) -> bool:
    t = blok[ip]
    calon = [i for i in range(1, len(t.baris)) if t.baris[i][6] in URUT_KATEGORI]
    if not calon:
        return False
    i = rng.choice(calon)
    lama = URUT_KATEGORI.index(t.baris[i][6])
    t.baris[i][6] = URUT_KATEGORI[(lama + rng.choice([2, 3, 4])) % len(URUT_KATEGORI)]
    return True


def _suntik_tertukar(blok, ip, ia, rng) -> bool:
    """Two indicators' realisations printed in each other's rows (their capaian left as they were)."""
    t = blok[ip]
    calon = _baris_angka(t, 4)
    pasangan = [(a, b) for a in calon for b in calon if a < b and t.baris[a][4] != t.baris[b][4]]
    if not pasangan:
        return False
    a, b = rng.choice(pasangan)
    t.baris[a][4], t.baris[b][4] = t.baris[b][4], t.baris[a][4]
    return True


def _suntik_persen(blok, ia_tidak, ia, rng) -> bool:
    t = blok[ia]
    calon = _baris_angka(t, 5)
    if not calon:
        return False
    i = rng.choice(calon)
    lama = _angka(t.baris[i][5])
    t.baris[i][5] = _id(lama + Decimal(rng.choice([-1, 1]) * rng.randint(3, 12)), 2, True)
    return True


def _suntik_jumlah(blok, ip, ia, rng) -> bool:
    """A program's realisation that is not the sum of its kegiatan (its percentage recomputed, so only the sum is
    wrong)."""
    t = blok[ia]
    calon = [i for i in _baris_angka(t, 4) if t.baris[i][1].lower().startswith("program")]
    if not calon:
        return False
    i = rng.choice(calon)
    pagu, real = _angka(t.baris[i][3]), _angka(t.baris[i][4])
    baru = real + Decimal(rng.randint(1, 40) * 1_000_000)
    t.baris[i][4] = _id(baru, 0)
    t.baris[i][5] = _id(baru / pagu * 100, 2, True)
    return True


def _suntik_tahun(blok, ip, ia, rng) -> bool:
    calon = [
        i for i, b in enumerate(blok) if b.jenis == "paragraf" and re.search(r"[Tt]ahun [Aa]nggaran \d{4}", b.teks)
    ]
    if not calon:
        return False
    i = rng.choice(calon)
    blok[i].teks = re.sub(
        r"([Tt]ahun [Aa]nggaran )(\d{4})", lambda m: m.group(1) + str(int(m.group(2)) - 2), blok[i].teks, count=1
    )
    return True


def _suntik_prosa(blok, ip, ia, rng) -> bool:
    """An indicator's capaian quoted in the narrative ("... sehingga capaiannya 83,31% ...") that is not the
    table's."""
    pola = re.compile(r"(capaian(?:nya)? (?:sebesar )?)(\d{1,3}(?:\.\d{3})*,\d+)(%)")
    calon = [i for i, b in enumerate(blok) if b.jenis == "paragraf" and pola.search(b.teks)]
    if not calon:
        return False
    i = rng.choice(calon)
    blok[i].teks = pola.sub(
        lambda m: m.group(1) + _id(_angka(m.group(2)) + Decimal(rng.randint(5, 20)), 2) + m.group(3),
        blok[i].teks,
        count=1,
    )
    return True


GALAT = [
    # the row may be the "Rata-rata capaian" row: its capaian is an average
    Galat("capaian", frozenset({"ARIT-CAPAIAN", "ARIT-RATA", "ARIT-RATA-BATAS"}), _suntik_capaian),
    Galat("predikat", frozenset({"ARIT-PREDIKAT"}), _suntik_predikat),
    Galat(
        "baris-tertukar", frozenset({"SILANG-BARIS-TERTUKAR", "ARIT-CAPAIAN", "SILANG-ANGKA-BEDA"}), _suntik_tertukar
    ),
    Galat("persen-anggaran", frozenset({"ARIT-PERSEN"}), _suntik_persen),
    Galat("jumlah-anggaran", frozenset({"ANGG-JUMLAH-ANAK", "ARIT-JUMLAH", "ANGG-JUMLAH-TOTAL"}), _suntik_jumlah),
    Galat("tahun-prosa", frozenset({"PROSA-TAHUN"}), _suntik_tahun),
    Galat(
        "prosa-angka",
        frozenset({"PROSA-ANGKA", "PROSA-TARGET", "PROSA-PREDIKAT", "SILANG-ANGKA-BEDA", "ARIT-CAPAIAN"}),
        _suntik_prosa,
    ),
]

# --- agency-years ---------------------------------------------------------------------------------------------------


def agency_year(nomor: int, rng: random.Random):
    """A clean synthetic agency-year: bench/sintetis.py's, with spending under the ceiling and a signed PK."""
    from sintetis import buat_berkas

    from sakip.core.model import JenisPk, Pejabat, PerjanjianKinerja

    n_sasaran = rng.randint(1, 8)
    indikator = min(24, n_sasaran * rng.randint(1, 3))
    b = buat_berkas(nomor, indikator=max(indikator, n_sasaran), sub_kegiatan=rng.randint(3, 60), tahun=5, seed=17)
    jenis = rng.choice(["kecamatan", "dinas", "badan"])
    b.instansi.jenis = jenis
    b.instansi.nama = {
        "kecamatan": f"Kecamatan Sintetis {nomor:03d}",
        "dinas": f"Dinas Sintetis {nomor:03d}",
        "badan": f"Badan Sintetis {nomor:03d}",
    }[jenis]
    for p in b.rkt.program:
        for k in p.kegiatan:
            for s in k.sub_kegiatan:
                r = b.realisasi.sub_kegiatan[s.kode]
                total = sum(r.anggaran_triwulan.values())
                if total > s.pagu:  # the synthetic spending may overshoot: scale it to 70–99 % of the ceiling
                    f = Decimal(rng.randint(70, 99)) / 100 * s.pagu / total
                    r.anggaran_triwulan = {tw: (v * f).quantize(Decimal(1)) for tw, v in r.anggaran_triwulan.items()}
    kepala = Pejabat(nama="Drs. Contoh Pejabat", jabatan=f"Kepala {b.instansi.nama}", nip="197001011990031001")
    atasan = Pejabat(nama="Bupati Contoh", jabatan="Bupati")
    b.pk = [
        PerjanjianKinerja(
            jenis=JenisPk.MURNI,
            tanggal=date(b.tahun, 1, 5),
            tempat="Contoh",
            pihak_pertama=kepala,
            pihak_kedua=atasan,
            target={i.id: i.target.get(b.tahun) for s in b.renstra.sasaran for i in s.indikator},
            anggaran_program={
                p.kode: sum((s.pagu for k in p.kegiatan for s in k.sub_kegiatan), Decimal(0)) for p in b.rkt.program
            },
        )
    ]
    return b


def blok_bersih(berkas) -> list[Blok]:
    from sakip.berkas.laporan_cetak.docx import baca_docx
    from sakip.laporan.api import buat_dokumen

    with tempfile.TemporaryDirectory() as t:
        p = Path(t) / "l.docx"
        p.write_bytes(buat_dokumen(berkas, dokumen="lkjip", format="docx"))
        return baca_docx(p)


# --- printing -------------------------------------------------------------------------------------------------------


def ke_docx(blok: list[Blok]) -> bytes:
    """Blocks → a Word document as an agency types it: headings with Word's heading styles, ruled tables."""
    import docx

    d = docx.Document()
    for b in blok:
        if b.jenis == "tabel":
            if not b.baris:
                continue
            lebar = max(len(r) for r in b.baris)
            t = d.add_table(rows=len(b.baris), cols=lebar)
            t.style = "Table Grid"
            for i, r in enumerate(b.baris):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif b.judul:
            d.add_heading(b.teks, level=min(b.judul, 4))
        else:
            p = d.add_paragraph(b.teks, style="List Bullet" if b.butir else None)
            if b.tebal:
                for run in p.runs:
                    run.bold = True
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def cetak(blok: list[Blok], bentuk: str, kepala: str, benih: int) -> bytes:
    from sakip.berkas.laporan_cetak.ke_pdf import ke_pdf_pindai, ke_pdf_teks

    if bentuk == "docx":
        return ke_docx(blok)
    pdf = ke_pdf_teks(blok, kepala=kepala)
    return pdf if bentuk == "pdf" else ke_pdf_pindai(pdf, benih=benih)


def reviu(data: bytes, akhiran: str) -> tuple[list, float]:
    """(findings, seconds to read and review)."""
    from sakip.berkas.laporan_cetak import baca_laporan
    from sakip.core.reviu import reviu_laporan

    with tempfile.TemporaryDirectory() as t:
        p = Path(t) / f"laporan{akhiran}"
        p.write_bytes(data)
        mulai = time.perf_counter()
        temuan = reviu_laporan(baca_laporan(p))
        return temuan, time.perf_counter() - mulai


def _jumlah_halaman(pdf: bytes) -> int:
    """Pages of the report as printed (for a DOCX: its text PDF, the same blocks)."""
    import pypdfium2 as pdfium

    d = pdfium.PdfDocument(pdf)
    try:
        return len(d)
    finally:
        d.close()


# --- the run --------------------------------------------------------------------------------------------------------


@dataclass
class Hasil:
    ditemukan: Counter  # (class, form) → found
    disuntik: Counter  # (class, form) → injected
    alarm_palsu: Counter  # form → false galat on clean controls
    halaman_bersih: Counter  # form → pages of clean controls
    detik: Counter  # form → seconds
    halaman: Counter  # form → pages reviewed
    luput: list  # examples of missed errors
    palsu: list  # examples of false galat


def _tata(blok: list[Blok], ip: int | None, ia: int | None, tp: str, ta: str, tahun: int) -> list[Blok]:
    keluar = copy.deepcopy(blok)
    if ip is not None:
        keluar[ip].baris = TATA_PENGUKURAN[tp](Pengukuran.dari(keluar[ip]), tahun)
    if ia is not None:
        keluar[ia].baris = TATA_ANGGARAN[ta](keluar[ia].baris)
    return keluar


def jalankan(laporan: int, pindai: int, bentuk_pilihan: list[str], benih: int = 2023, cetak_kemajuan=print) -> Hasil:
    h = Hasil(Counter(), Counter(), Counter(), Counter(), Counter(), Counter(), [], [])
    rng = random.Random(benih)
    tata_p, tata_a = list(TATA_PENGUKURAN), list(TATA_ANGGARAN)
    for n in range(laporan):
        berkas = agency_year(n + 1, rng)
        dasar = blok_bersih(berkas)
        ip, ia = tabel_pengukuran(dasar), tabel_anggaran(dasar)
        # every layout is met: report n takes the next layouts in turn
        tp, ta = tata_p[n % len(tata_p)], tata_a[n % len(tata_a)]
        bentuk = [b for b in bentuk_pilihan if b != "pindai"] + (["pindai"] if n < pindai else [])
        kepala = f"LKjIP {berkas.instansi.nama} {berkas.tahun}"
        halaman_cetak = _jumlah_halaman(cetak(_tata(dasar, ip, ia, tp, ta, berkas.tahun), "pdf", kepala, n))
        for f in bentuk:
            akhiran = ".docx" if f == "docx" else ".pdf"
            bersih = _tata(dasar, ip, ia, tp, ta, berkas.tahun)
            temuan_bersih, dt = reviu(cetak(bersih, f, kepala, n), akhiran)
            hal = halaman_cetak
            h.detik[f] += dt
            h.halaman[f] += hal
            h.halaman_bersih[f] += hal or 1
            kunci_bersih = {t.kunci for t in temuan_bersih}
            galat = [t for t in temuan_bersih if t.tingkat.value == "galat"]
            h.alarm_palsu[f] += len(galat)
            for t in galat[:3]:
                h.palsu.append(f"{berkas.instansi.nama} [{tp}/{ta}/{f}] {t.kode}: {t.pesan[:160]}")
            for g in GALAT:
                blok = copy.deepcopy(dasar)
                if ip is None or ia is None or not g.suntik(blok, ip, ia, random.Random(f"{benih}:{n}:{g.nama}")):
                    continue
                blok = _tata(blok, ip, ia, tp, ta, berkas.tahun)
                temuan, dt = reviu(cetak(blok, f, kepala, n), akhiran)
                h.detik[f] += dt
                h.halaman[f] += hal
                h.disuntik[g.nama, f] += 1
                baru = [t for t in temuan if t.kunci not in kunci_bersih and t.kode in g.kode]
                if baru:
                    h.ditemukan[g.nama, f] += 1
                elif len(h.luput) < 40:
                    h.luput.append(f"{berkas.instansi.nama} [{tp}/{ta}/{f}] {g.nama}")
        cetak_kemajuan(
            f"  laporan {n + 1}/{laporan}: {berkas.instansi.nama}, tata {tp}/{ta}, bentuk {', '.join(bentuk)}"
        )
    return h


def _persen(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "    -"


def ringkas(h: Hasil, bentuk: list[str]) -> dict:
    kelas = [g.nama for g in GALAT]
    return {
        "recall": {
            f: {k: {"ditemukan": h.ditemukan[k, f], "disuntik": h.disuntik[k, f]} for k in kelas if h.disuntik[k, f]}
            for f in bentuk
        },
        "recall_total": {
            f: {
                "ditemukan": sum(h.ditemukan[k, f] for k in kelas),
                "disuntik": sum(h.disuntik[k, f] for k in kelas),
            }
            for f in bentuk
        },
        "galat_palsu_per_10_halaman": {
            f: round(10 * h.alarm_palsu[f] / h.halaman_bersih[f], 2) if h.halaman_bersih[f] else None for f in bentuk
        },
        "detik_per_halaman": {f: round(h.detik[f] / h.halaman[f], 3) if h.halaman[f] else None for f in bentuk},
        "luput": h.luput,
        "palsu": h.palsu,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--laporan", type=int, default=26, help="jumlah perangkat daerah-tahun (bawaan 26: tiap tata dua kali)"
    )
    ap.add_argument("--pindai", type=int, default=0, help="berapa laporan pertama juga dicetak sebagai hasil pindai")
    ap.add_argument("--bentuk", default="docx,pdf", help="docx,pdf (pindai lewat --pindai)")
    ap.add_argument("--benih", type=int, default=2023)
    ap.add_argument("--json", help="tulis hasil sebagai JSON")
    args = ap.parse_args(argv)
    bentuk = [b.strip() for b in args.bentuk.split(",") if b.strip()] + (["pindai"] if args.pindai else [])
    mulai = time.perf_counter()
    h = jalankan(args.laporan, args.pindai, bentuk, args.benih, cetak_kemajuan=lambda s: print(s, file=sys.stderr))
    r = ringkas(h, bentuk)
    print(
        f"Korpus reviu: {args.laporan} laporan, {len(TATA_PENGUKURAN)} tata tabel pengukuran, {len(TATA_ANGGARAN)} tata tabel anggaran, benih {args.benih}"
    )
    print(f"{'kelas galat':<18}" + "".join(f"{f:>16}" for f in bentuk))
    for g in GALAT:
        print(
            f"{g.nama:<18}"
            + "".join(
                f"{h.ditemukan[g.nama, f]:>4}/{h.disuntik[g.nama, f]:<4} {_persen(h.ditemukan[g.nama, f], h.disuntik[g.nama, f])}"
                for f in bentuk
            )
        )
    print(
        f"{'SEMUA':<18}"
        + "".join(
            f"{r['recall_total'][f]['ditemukan']:>4}/{r['recall_total'][f]['disuntik']:<4} "
            f"{_persen(r['recall_total'][f]['ditemukan'], r['recall_total'][f]['disuntik'])}"
            for f in bentuk
        )
    )
    print(
        "galat palsu per 10 halaman laporan bersih: "
        + ", ".join(f"{f} {r['galat_palsu_per_10_halaman'][f]}" for f in bentuk)
    )
    print("detik per halaman: " + ", ".join(f"{f} {r['detik_per_halaman'][f]}" for f in bentuk))
    print(f"waktu total {time.perf_counter() - mulai:.0f} s")
    if h.luput:
        print("\nluput (contoh):")
        for x in h.luput[:25]:
            print("  ", x)
    if h.palsu:
        print("\ngalat palsu (contoh):")
        for x in h.palsu[:25]:
            print("  ", x)
    if args.json:
        Path(args.json).write_text(json.dumps(r, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

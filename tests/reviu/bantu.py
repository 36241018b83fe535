"""Shared test material: the seed report, the Kencong berkas, and a "clean" Kencong berkas with every known
inconsistency of the source repaired (so that a rule's finding on a mutation can only come from the mutation).
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from sakip.berkas.baca import baca_berkas
from sakip.core.model import (
    Berkas,
    Indikator,
    IndikatorKinerja,
    Kegiatan,
    RealisasiSubKegiatan,
    SubKegiatan,
)
from sakip.core.nilai import Angka
from sakip.core.register import Aduan, StatusAduan

AKAR = Path(__file__).resolve().parents[2]
SEED = AKAR.parent / "shared" / "seed" / "000_0f39aaca0575dd68.txt"
CONTOH = AKAR / "examples" / "kencong-2023.yaml"


@cache
def _kencong() -> Berkas:
    return baca_berkas(CONTOH)


def kencong() -> Berkas:
    return copy.deepcopy(_kencong())


def indikator(b: Berkas, id_: str) -> Indikator:
    ind = b.renstra.indikator(id_)
    assert ind is not None, id_
    return ind


def berkas_bersih() -> Berkas:
    """The Kencong berkas with the source's gaps and errors repaired."""
    b = kencong()
    b.refocusing.total_dinyatakan = sum((i.jumlah for i in b.refocusing.rincian), Decimal(0))
    b.rkt.target["IKU3"] = Angka(Decimal("96.5"))
    indikator(b, "IT2").sumber_data = "Dokumen penataan organisasi"
    indikator(b, "IT1").formula = "Nilai hasil evaluasi SAKIP oleh Inspektorat"
    indikator(b, "IKU4").realisasi_lalu[2022] = Angka(Decimal(100))
    for r in b.realisasi.sub_kegiatan.values():
        r.target_output = []
    prog0 = b.rkt.program[0]
    for keg in prog0.kegiatan:
        for ik in keg.indikator:
            if ik.target is None:
                ik.target = Angka(Decimal(12))
                b.realisasi.kegiatan.setdefault(keg.kode, [])
    prog1 = b.rkt.program[1]
    prog1.indikator[0].target = Angka(Decimal(100))
    # the undetailed capital expenditure of Program I becomes a kegiatan with its sub kegiatan
    td = prog0.tidak_dirinci
    prog0.tidak_dirinci = None
    sub = SubKegiatan(
        kode="7.01.01.2.07.0002",
        nama="Pengadaan Peralatan dan Mesin Lainnya",
        pagu=td.pagu,
        belanja_modal=td.belanja_modal,
        indikator=[
            IndikatorKinerja(
                nama="Jumlah Unit Peralatan dan Mesin Lainnya yang Disediakan", target=Angka(Decimal(2)), satuan="Unit"
            )
        ],
    )
    prog0.kegiatan.insert(
        3,
        Kegiatan(
            kode="7.01.01.2.07",
            nama="Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
            indikator=[IndikatorKinerja(nama="Jumlah paket pengadaan", target=Angka(Decimal(1)), satuan="Paket")],
            sub_kegiatan=[sub],
        ),
    )
    b.realisasi.sub_kegiatan[sub.kode] = RealisasiSubKegiatan(anggaran=td.realisasi, output=[Angka(Decimal(2))])
    for keg in b.rkt.program[2].kegiatan:
        for s in keg.sub_kegiatan:
            if not s.indikator:
                s.indikator = [
                    IndikatorKinerja(nama=f"Jumlah laporan {s.nama[:40]}", target=Angka(Decimal(1)), satuan="Laporan")
                ]
                b.realisasi.sub_kegiatan[s.kode].output = [Angka(Decimal(1))]
    # 2 of 4 program indicators reached before; with Program II's target set, 3 of 4: 75%
    ind = b.realisasi.indikator["IKU1"]
    ind.tahunan = Angka(Decimal(75))
    ind.sumber = "Jumlah indikator program yang tercapai ÷ jumlah indikator program"
    w = b.instansi.wilayah
    w.penduduk_per_pekerjaan[-1].jumlah += (w.penduduk_laki_laki + w.penduduk_perempuan) - sum(
        x.jumlah for x in w.penduduk_per_pekerjaan
    )
    for x in b.instansi.kepegawaian.per_jabatan:
        if x.jumlah is None:
            x.jumlah = 0
    analisis = b.realisasi.indikator["IKU4"].analisis
    analisis.penyebab = "Satu dari dua puluh aduan masih dalam proses penyelesaian pada akhir tahun."
    # ... and the register says so too: 20 complaints, 19 resolved = 95%, the typed realisation.
    for n in range(15):
        b.register.aduan.append(
            Aduan(
                id=f"ADU-2023-1{n:02d}",
                tanggal_diterima=date(2023, 9, 1 + n),
                kategori="Ketertiban umum",
                ringkasan=f"Aduan ketertiban umum {n + 1}",
                penanganan="" if n == 14 else "Ditangani Seksi Trantib sesuai SOP penanganan pengaduan",
                status=StatusAduan.DIPROSES if n == 14 else StatusAduan.SELESAI,
                tanggal_selesai=None if n == 14 else date(2023, 10, 1 + n),
            )
        )
    b.catatan_sumber = []
    return b


def blok_ke_teks(blok) -> str:
    """Blocks back to the extracted-text form (Markdown headings, tab-separated rows)."""
    baris = []
    for b in blok:
        if b.jenis == "tabel":
            baris += ["\t".join(sel) for sel in b.baris]
        elif b.judul:
            baris.append("#" * b.judul + " " + b.teks)
        else:
            baris.append(b.teks)
        baris.append("")
    return "\n".join(baris)

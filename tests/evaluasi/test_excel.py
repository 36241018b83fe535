"""Excel export and import of the worksheet: round trip, all-or-nothing, row and column in every message."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from sakip.web.evaluasi import services
from sakip.web.evaluasi.excel import lembar_ekspor, lembar_impor
from sakip.web.evaluasi.models import Evaluasi, Jawaban
from sakip.web.inti.galat import AlurDitolak
from sakip.web.inti.kunci_db import kunci_dibuka


@pytest.fixture
def ev(aktor, tk_dinas):
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk_dinas).delete()
    return services.evaluasi_mulai(aktor=aktor["operator"], tk=tk_dinas)


def _versi(tk):
    return Evaluasi.objects.get(tahun_kinerja=tk).versi


def _isi(data: bytes, ubah) -> bytes:
    wb = load_workbook(io.BytesIO(data))
    ws = wb["LKE"]
    judul = [c.value for c in ws[1]]
    for r in ws.iter_rows(min_row=2):
        ubah(r, judul)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_ekspor_impor_evaluator(aktor, tk_dinas, ev):
    data = lembar_ekspor(aktor=aktor["reviewer"], tk=tk_dinas)
    ws = load_workbook(io.BytesIO(data))["LKE"]
    assert ws["A1"].value == "Kode" and ws["A2"].value == "1.a.1"
    assert ws.max_row == 1 + 77

    def isi(r, judul):
        j = judul.index("Jawaban evaluator")
        r[j].value = "Y" if r[0].value.split(".")[1] == "a" else "b"
        if r[0].value == "1.b.1":
            r[judul.index("Rekomendasi")].value = "Tetapkan keputusan IKU."

    n = lembar_impor(
        aktor=aktor["reviewer"], tk=tk_dinas, data=_isi(data, isi), nama="lke.xlsx", versi=_versi(tk_dinas)
    )
    assert n == 78
    j = Jawaban.objects.get(evaluasi=ev, kode="1.b.1")
    assert (j.evaluator, j.rekomendasi) == ("B", "Tetapkan keputusan IKU.")
    services.evaluasi_finalkan(aktor=aktor["reviewer"], tk=tk_dinas, versi=_versi(tk_dinas))


def test_impor_salah_semua_atau_tidak(aktor, tk_dinas, ev):
    data = lembar_ekspor(aktor=aktor["reviewer"], tk=tk_dinas)

    def isi(r, judul):
        j = judul.index("Jawaban evaluator")
        r[j].value = "B" if r[0].value.split(".")[1] != "a" else "Y"
        if r[0].value == "1.a.2":
            r[j].value = "Ya"
        if r[0].value == "2.b.1":
            r[j].value = "F"
        if r[0].value == "3.a.1":
            r[0].value = "3.z.1"

    with pytest.raises(AlurDitolak) as e:
        lembar_impor(
            aktor=aktor["reviewer"], tk=tk_dinas, data=_isi(data, isi), nama="lke.xlsx", versi=_versi(tk_dinas)
        )
    m = str(e.value)
    assert "Impor dibatalkan, tidak ada yang disimpan (3 masalah)" in m
    assert "baris 3, kolom J (Jawaban evaluator): kriteria 1.a.2: jawaban 'Ya' tidak sah" in m
    assert "kolom J (Jawaban evaluator): kriteria 2.b.1: jawaban 'F' tidak sah" in m
    assert "kolom A (Kode): kode '3.z.1' tidak ada" in m
    assert not Jawaban.objects.filter(evaluasi=ev).exclude(evaluator="").exists()


def test_impor_bukan_excel(aktor, tk_dinas, ev):
    with pytest.raises(AlurDitolak, match="bukan lembar kerja Excel"):
        lembar_impor(aktor=aktor["reviewer"], tk=tk_dinas, data=b"x", nama="lke.csv", versi=_versi(tk_dinas))
    with pytest.raises(AlurDitolak, match="bukan berkas Excel yang sah"):
        lembar_impor(
            aktor=aktor["reviewer"], tk=tk_dinas, data=b"PK\x03\x04rusak", nama="lke.xlsx", versi=_versi(tk_dinas)
        )


def test_impor_mandiri_oleh_operator(aktor, tk_dinas, ev):
    data = lembar_ekspor(aktor=aktor["operator"], tk=tk_dinas)

    def isi(r, judul):
        if r[0].value == "1.a.1":
            r[judul.index("Jawaban mandiri")].value = "Y"
            r[judul.index("Jawaban evaluator")].value = "T"  # not the agency's column: ignored

    lembar_impor(aktor=aktor["operator"], tk=tk_dinas, data=_isi(data, isi), nama="lke.xlsx", versi=_versi(tk_dinas))
    j = Jawaban.objects.get(evaluasi=ev, kode="1.a.1")
    assert (j.mandiri, j.evaluator) == ("Y", "")


def test_ekspor_agensi_tanpa_nilai_evaluator_sebelum_final(aktor, tk_dinas, ev):
    services.nilai_simpan(
        aktor=aktor["reviewer"], tk=tk_dinas, isian={"1.a.1": {"evaluator": "T"}}, versi=_versi(tk_dinas)
    )
    ws = load_workbook(io.BytesIO(lembar_ekspor(aktor=aktor["operator"], tk=tk_dinas)))["LKE"]
    assert ws["J2"].value in (None, "")
    ws = load_workbook(io.BytesIO(lembar_ekspor(aktor=aktor["reviewer"], tk=tk_dinas)))["LKE"]
    assert ws["J2"].value == "T"

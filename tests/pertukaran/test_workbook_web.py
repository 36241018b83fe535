"""The workbook in the web app: download, preview, apply as one audited bulk change, locks, concurrency."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.berkas.excel import ExcelTidakValid, baca_excel
from sakip.core.nilai import Angka
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import TidakBerwenang
from sakip.web.pengukuran.models import AnggaranTriwulan, NilaiTriwulan
from sakip.web.perencanaan.models import SubKegiatan, TargetIndikator
from sakip.web.perencanaan.services import tahun_kinerja_sentuh
from sakip.web.pertukaran.excel import workbook_pratinjau, workbook_terapkan, workbook_unduh
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.pertukaran.models import UnggahanExcel
from sakip.web.riwayat.models import Perubahan

SUB = "2.16.01.2.02.0001"


def ubah(data: bytes, isian: dict[tuple[str, str, int], object]) -> bytes:
    """isian: (sheet, row key, column number) → value."""
    wb = openpyxl.load_workbook(BytesIO(data))
    for (lembar, kunci, kolom), nilai in isian.items():
        ws = wb[lembar]
        r = next(r for r in range(1, ws.max_row + 1) if ws.cell(row=r, column=1).value == kunci)
        ws.cell(row=r, column=kolom, value=nilai)
    keluar = BytesIO()
    wb.save(keluar)
    return keluar.getvalue()


# columns (A is the hidden key): Realisasi Indikator E..H = TW I..IV; Realisasi Anggaran E..H = TW I..IV;
# RKT F = pagu; Renstra J = target 2023 (period 2021-2026 → H=2021, I=2022, J=2023)
TW = {1: 5, 2: 6, 3: 7, 4: 8}


@pytest.fixture
def wb_dinas(tk_dinas, aktor):
    return workbook_unduh(aktor=aktor["operator"], tk=tk_dinas)


def test_download_round_trip_from_database_exact(tk_dinas, aktor, wb_dinas):
    u = workbook_pratinjau(aktor=aktor["operator"], tk=tk_dinas, data=wb_dinas, nama_berkas="dinas.xlsx")
    assert u.jumlah_perubahan == 0 and u.perubahan == []
    assert baca_excel(wb_dinas, berkas_dari_db(tk_dinas)).berkas == berkas_dari_db(tk_dinas)


def test_apply_writes_every_cell_as_one_audited_bulk_change(tk_dinas, aktor, wb_dinas, pengguna):
    data = ubah(
        wb_dinas,
        {
            ("Realisasi Indikator", "ind:IKU1", TW[4]): "97,5",
            ("Realisasi Anggaran", f"sub:{SUB}", TW[4]): 1234567.5,
            ("RKT", f"sub:{SUB}", 6): "Rp 999.000.000",
            ("Renstra", "ind:IKU1", 10): 91.475,
        },
    )
    op = aktor["operator"]
    u = workbook_pratinjau(aktor=op, tk=tk_dinas, data=data, nama_berkas="isian-tw4.xlsx")
    assert u.jumlah_perubahan == 4
    assert {p["label"]: (p["lama"], p["baru"]) for p in u.perubahan}["IKU1 · realisasi TW IV"][1] == "97,5"
    sebelum = Perubahan.objects.count()
    tk_dinas.refresh_from_db()
    n = workbook_terapkan(aktor=op, unggahan=u, alasan="rekap akhir tahun")
    assert n == 4
    nilai = NilaiTriwulan.objects.get(
        realisasi__tahun_kinerja=tk_dinas, realisasi__indikator__kode="IKU1", triwulan=4, jenis=NilaiTriwulan.REALISASI
    )
    assert nilai.nilai_angka == Decimal("97.5")
    assert AnggaranTriwulan.objects.get(realisasi__sub_kegiatan__kode=SUB, triwulan=4).jumlah == Decimal("1234567.50")
    assert SubKegiatan.objects.get(tahun_kinerja=tk_dinas, kode=SUB).pagu == Decimal("999000000")
    t = TargetIndikator.objects.get(indikator__renstra=tk_dinas.renstra, indikator__kode="IKU1", tahun=2023)
    assert t.nilai_angka == Decimal("91.475")
    b = berkas_dari_db(tk_dinas)
    assert b.realisasi.indikator["IKU1"].triwulan[4] == Angka(Decimal("97.5"))
    catatan = list(Perubahan.objects.order_by("id")[sebelum:])
    assert len(catatan) == 4
    assert {c.sumber for c in catatan} == {Perubahan.MASSAL}
    assert {c.pengguna_id for c in catatan} == {pengguna["operator"].pk}
    assert all("isian-tw4.xlsx" in c.alasan and "rekap akhir tahun" in c.alasan for c in catatan)
    pagu = next(c for c in catatan if c.medan == "pagu")
    assert (pagu.objek, pagu.nilai_baru) == (f"sub_kegiatan:{SUB}", "999.000.000")
    u.refresh_from_db()
    assert u.status == UnggahanExcel.DITERAPKAN and bytes(u.isi) == b""
    with pytest.raises(AlurDitolak):
        workbook_terapkan(aktor=op, unggahan=u)


def test_locked_quarter_and_signed_pk_refused_with_reason(tk_dinas, aktor, wb_dinas):
    wb = openpyxl.load_workbook(BytesIO(wb_dinas))
    judul_pk = [c.value for c in wb["IKU dan PK"][3] if c.value and str(c.value).startswith("Target PK")]
    assert judul_pk, "the synthetic year has a signed PK"
    kolom_pk = [c.value for c in wb["IKU dan PK"][3]].index(judul_pk[0]) + 1
    data = ubah(
        wb_dinas,
        {
            ("Realisasi Indikator", "ind:IKU1", TW[1]): 1,
            ("IKU dan PK", "ind:IKU1", kolom_pk): 50,
        },
    )
    with pytest.raises(ExcelTidakValid) as e:
        workbook_pratinjau(aktor=aktor["operator"], tk=tk_dinas, data=data, nama_berkas="w.xlsx")
    pesan = [str(m) for m in e.value.rinci]
    assert any("kolom E (Realisasi TW I): realisasi triwulan I berstatus 'Dikunci'" in m for m in pesan), pesan
    assert any("sudah ditandatangani; ubah target melalui PK perubahan" in m for m in pesan), pesan
    assert not UnggahanExcel.objects.filter(tahun_kinerja=tk_dinas).exists()


def test_closed_year_refuses_plan_changes(tk_kencong, aktor):
    admin = aktor["admin"]
    data = workbook_unduh(aktor=admin, tk=tk_kencong)
    data = ubah(data, {("RKT", "sub:7.01.01.2.02.0001", 6): 1})
    with pytest.raises(ExcelTidakValid) as e:
        workbook_pratinjau(aktor=admin, tk=tk_kencong, data=data, nama_berkas="k.xlsx")
    assert "tahun 2023 sudah dikunci" in str(e.value.rinci[0])


def test_data_changed_since_preview_refused(tk_dinas, aktor, wb_dinas):
    data = ubah(wb_dinas, {("Realisasi Indikator", "ind:IKU1", TW[4]): 80})
    u = workbook_pratinjau(aktor=aktor["operator"], tk=tk_dinas, data=data, nama_berkas="w.xlsx")
    tahun_kinerja_sentuh(tk=tk_dinas)  # someone saved a form in between
    with pytest.raises(AlurDitolak, match="telah berubah sejak pratinjau"):
        workbook_terapkan(aktor=aktor["operator"], unggahan=u)


def test_only_the_uploader_applies_and_only_editors_upload(tk_dinas, aktor, wb_dinas):
    data = ubah(wb_dinas, {("Realisasi Indikator", "ind:IKU1", TW[4]): 80})
    u = workbook_pratinjau(aktor=aktor["operator"], tk=tk_dinas, data=data, nama_berkas="w.xlsx")
    with pytest.raises(TidakBerwenang):
        workbook_terapkan(aktor=aktor["admin"], unggahan=u)
    for peran in ("kepala", "reviewer"):
        with pytest.raises(TidakBerwenang):
            workbook_pratinjau(aktor=aktor[peran], tk=tk_dinas, data=data, nama_berkas="w.xlsx")


def test_pages_upload_preview_apply(klien, tk_dinas, wb_dinas):
    c = klien("operator")
    pd, th = tk_dinas.perangkat_daerah.slug, tk_dinas.tahun
    r = c.get(reverse("pertukaran:workbook_unduh", kwargs={"pd": pd, "tahun": th}))
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxmlformats")
    url = reverse("pertukaran:workbook_unggah", kwargs={"pd": pd, "tahun": th})
    salah = ubah(r.content, {("Realisasi Anggaran", f"sub:{SUB}", TW[4]): "sejuta"})
    r = c.post(url, {"workbook": SimpleUploadedFile("salah.xlsx", salah)})
    assert r.status_code == 400
    teks = r.content.decode()
    assert "Realisasi Anggaran" in teks and "Realisasi TW IV (Rp)" in teks and "&#x27;sejuta&#x27; bukan angka" in teks
    r = c.post(url, {"workbook": SimpleUploadedFile("bukan.xlsx", b"halo")})
    # The upload's content check (sakip.berkas.jenis_isi) answers first: text named .xlsx.
    assert r.status_code == 400 and "berisi teks; yang diterima di sini" in r.content.decode()
    benar = ubah(wb_dinas, {("Realisasi Anggaran", f"sub:{SUB}", TW[4]): "1.500.000"})
    r = c.post(url, {"workbook": SimpleUploadedFile("benar.xlsx", benar)})
    assert r.status_code == 302
    r = c.get(r["Location"])
    teks = r.content.decode()
    assert r.status_code == 200 and "1 perubahan" in teks and "1.500.000" in teks and "(kosong)" in teks
    u = UnggahanExcel.objects.get(tahun_kinerja=tk_dinas, status=UnggahanExcel.PRATINJAU)
    assert AnggaranTriwulan.objects.filter(realisasi__sub_kegiatan__kode=SUB, triwulan=4).count() == 0
    url_p = reverse("pertukaran:workbook_pratinjau", kwargs={"pd": pd, "tahun": th, "id": u.pk})
    r = c.post(url_p, {"aksi": "terapkan", "alasan": ""})
    assert r.status_code == 302
    assert AnggaranTriwulan.objects.get(realisasi__sub_kegiatan__kode=SUB, triwulan=4).jumlah == Decimal(1500000)

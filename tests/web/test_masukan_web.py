"""Issue 9 through the web: a malformed or huge number typed in a form, a damaged spreadsheet or a hostile berkas
uploaded — each answered with HTTP 400 and an Indonesian message, and nothing stored."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.berkas.baca import BerkasTidakValid
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.models import Indikator, SubKegiatan
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.pertukaran.services import berkas_impor
from sakip.web.register.models import Aduan
from sakip.web.riwayat.models import Perubahan


@pytest.mark.parametrize(
    ("ketik", "sebab"),
    [
        ("--84.52", "lebih dari sekali"),
        ("1e400", "eksponen"),
        ("1,5e3", "eksponen"),
        ("0x10", "heksadesimal"),
        ("9" * 400, "terlalu panjang"),
        ("-" + "1" * 30, "melebihi batas"),
    ],
)
def test_realisasi_salah_diketik_ditolak_tanpa_mengubah(klien, tk_dinas, ketik, sebab):
    url = reverse("pengukuran:isi", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "triwulan": 4})
    iku1 = Indikator.objects.get(renstra=tk_dinas.renstra, kode="IKU1").pk
    versi = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4).versi
    sebelum, jumlah = berkas_dari_db(tk_dinas), Perubahan.objects.count()
    r = klien("operator").post(url, {"versi": versi, f"n_{iku1}": ketik})
    assert r.status_code == 400
    assert sebab in r.content.decode()
    assert Perubahan.objects.count() == jumlah
    assert berkas_dari_db(tk_dinas) == sebelum


@pytest.mark.parametrize(("ketik", "sebab"), [("1" * 25, "melebihi batas"), ("1.000,555", "lebih dari 2 angka")])
def test_anggaran_raksasa_ditolak(klien, tk_dinas, ketik, sebab):
    url = reverse("pengukuran:isi", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "triwulan": 4})
    sub = SubKegiatan.objects.filter(tahun_kinerja=tk_dinas).first().pk
    versi = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4).versi
    jumlah = Perubahan.objects.count()
    r = klien("operator").post(url, {"versi": versi, f"a_{sub}": ketik})
    assert r.status_code == 400
    assert sebab in r.content.decode()
    assert Perubahan.objects.count() == jumlah


def _xlsx_xml_rusak() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["nomor", "tanggal diterima"])
    buf = io.BytesIO()
    wb.save(buf)
    masuk = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    keluar = io.BytesIO()
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for info in masuk.infolist():
            isi = masuk.read(info.filename)
            if info.filename.startswith("xl/"):
                isi = isi[: len(isi) // 2]
            z.writestr(info.filename, isi)
    return keluar.getvalue()


def test_impor_register_xml_rusak_400(klien, tk_dinas):
    url = reverse("register:impor", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    jumlah = Aduan.objects.count()
    r = klien("operator").post(url, {"jenis": "aduan", "berkas": SimpleUploadedFile("aduan.xlsx", _xlsx_xml_rusak())})
    assert r.status_code == 400
    assert "rusak" in r.content.decode()
    assert Aduan.objects.count() == jumlah


def test_impor_survei_xml_rusak_400(klien, tk_dinas):
    url = reverse("survei:impor", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    r = klien("operator").post(url, {"berkas": SimpleUploadedFile("jawaban.xlsx", _xlsx_xml_rusak())})
    assert r.status_code == 400
    assert "rusak" in r.content.decode()


def test_impor_berkas_bom_alias_ditolak(aktor):
    from tests.berkas.test_masukan_berbahaya import BOM_ALIAS

    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=aktor["admin"], teks=BOM_ALIAS)
    assert "terlalu banyak nilai" in " ".join(str(m) for m in e.value.masalah)

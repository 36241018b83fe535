"""Uploads are checked by content, not by name: each kind recognised from real files, renamed files refused,
and every upload in the web app refuses a disguised file with an Indonesian message and changes nothing."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.berkas.jenis_isi import JenisTidakSesuai, kenali, periksa_jenis


def _xlsx() -> bytes:
    from openpyxl import Workbook

    buf = io.BytesIO()
    wb = Workbook()
    wb.active["A1"] = "nomor"
    wb.save(buf)
    return buf.getvalue()


def _docx() -> bytes:
    from docx import Document

    buf = io.BytesIO()
    d = Document()
    d.add_paragraph("Laporan Kinerja")
    d.save(buf)
    return buf.getvalue()


def _zip_biasa() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("isi.txt", "halo")
    return buf.getvalue()


PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(range(256)) * 4
CSV = b"nomor;tanggal;ringkasan\nA-1;2023-01-05;Jalan rusak di Desa Cakru\n"


@pytest.mark.parametrize(
    ("data", "jenis"),
    [
        (_xlsx(), "xlsx"),
        (_docx(), "docx"),
        (PDF, "pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "png"),
        (b"\xff\xd8\xff\xe0" + b"\x00" * 20, "jpg"),
        (CSV, "teks"),
        ("kode: 1\nnama: Kecamatan Kencong — 2023\n".encode(), "teks"),
        ("Kecamatan;Nilai\nKencong;ñ 80\n".encode("cp1252"), "teks"),
        (_zip_biasa(), "zip"),
        (b"PK\x03\x04rusak", "zip-rusak"),
        (EXE, "biner"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 20, "xls"),
        (b"", "kosong"),
    ],
)
def test_kenali(data, jenis):
    assert kenali(data) == jenis
    assert kenali(io.BytesIO(data)) == jenis


def test_sampel_terpotong_di_tengah_huruf_tetap_teks():
    data = ("é" * 40000).encode()  # the 64 KiB sample ends inside a two-byte character
    assert kenali(data) == "teks"


def test_objek_berkas_kembali_ke_posisinya():
    f = io.BytesIO(_xlsx())
    f.seek(3)
    assert kenali(f) == "xlsx" and f.tell() == 3


@pytest.mark.parametrize(
    ("nama", "data", "boleh", "pesan"),
    [
        ("data.xlsx", PDF, ("xlsx",), "berisi dokumen PDF"),
        ("laporan.pdf", _docx(), ("pdf", "docx"), "tidak sesuai dengan namanya"),
        ("aduan.xlsx", _docx(), ("xlsx", "teks"), "berisi dokumen Word"),
        ("bukti.docx", _xlsx(), ("docx", "xlsx"), r"sebagai dokumen Word \(\.docx\): isinya workbook Excel"),
        ("foto.jpg", EXE, ("jpg", "png"), "data biner yang tidak dikenali"),
        ("berkas.yaml", _xlsx(), ("teks",), "berisi workbook Excel"),
        ("kosong.csv", b"", ("teks",), "kosong"),
    ],
)
def test_periksa_jenis_menolak(nama, data, boleh, pesan):
    with pytest.raises(JenisTidakSesuai, match=pesan) as e:
        periksa_jenis(data, nama=nama, boleh=boleh)
    assert nama in str(e.value)


def test_periksa_jenis_menerima_tanpa_akhiran_dikenal():
    assert periksa_jenis(_xlsx(), nama="unduhan", boleh=("xlsx",)) == "xlsx"
    assert periksa_jenis(CSV, nama="aduan.csv", boleh=("xlsx", "teks")) == "teks"


# --- every upload in the web app ---------------------------------------------------------------------------------


def _hitung():
    from sakip.web.pengukuran.models import Bukti
    from sakip.web.pertukaran.models import UnggahanExcel
    from sakip.web.register.models import Aduan
    from sakip.web.reviu.models import ReviuJalan
    from sakip.web.riwayat.models import Perubahan
    from sakip.web.survei.models import Respon

    return [m.objects.count() for m in (Bukti, UnggahanExcel, Aduan, ReviuJalan, Perubahan, Respon)]


@pytest.mark.django_db
def test_setiap_unggahan_menolak_isi_menyamar(klien, tk_dinas):
    pd, th = tk_dinas.perangkat_daerah.slug, tk_dinas.tahun
    sebelum = _hitung()
    kasus = [
        (
            "operator",
            reverse("pertukaran:workbook_unggah", kwargs={"pd": pd, "tahun": th}),
            {"workbook": SimpleUploadedFile("workbook.xlsx", PDF)},
            "berisi dokumen PDF",
        ),
        (
            "operator",
            reverse("register:impor", kwargs={"pd": pd, "tahun": th}),
            {"jenis": "aduan", "berkas": SimpleUploadedFile("aduan.xlsx", _docx())},
            "berisi dokumen Word",
        ),
        (
            "operator",
            reverse("survei:impor", kwargs={"pd": pd, "tahun": th}),
            {"berkas": SimpleUploadedFile("jawaban.csv", EXE)},
            "data biner",
        ),
        (
            "operator",
            reverse("pertukaran:impor"),
            {"berkas": SimpleUploadedFile("dinas.yaml", _xlsx()), "pd": pd, "alasan": "uji"},
            "Workbook Excel diunggah lewat halaman Workbook Excel",
        ),
    ]
    for peran, url, data, pesan in kasus:
        r = klien(peran).post(url, data)
        teks = r.content.decode()
        assert r.status_code in (200, 400, 422), (url, r.status_code)
        assert pesan in teks, (url, teks[-1500:])
    # Evidence and the reviu answer with a message on the page they return to.
    r = klien("operator").post(
        reverse("pengukuran:bukti_unggah", kwargs={"pd": pd, "tahun": th, "triwulan": 4}),
        {"berkas": SimpleUploadedFile("bukti.docx", _xlsx())},
        follow=True,
    )
    assert "tidak sesuai dengan namanya" in r.content.decode()
    r = klien("reviewer").post(
        reverse("reviu:jalankan", kwargs={"pd": pd, "tahun": th}),
        {"laporan": SimpleUploadedFile("lkjip.pdf", _xlsx())},
        follow=True,
    )
    assert "berisi workbook Excel (.xlsx); yang diterima di sini: Word (.docx), PDF atau teks" in r.content.decode()
    r = klien("reviewer").post(
        reverse("reviu:jalankan", kwargs={"pd": pd, "tahun": th}),
        {"laporan": SimpleUploadedFile("lkjip.pdf", _docx())},
        follow=True,
    )
    assert "tidak sesuai dengan namanya" in r.content.decode()
    assert _hitung() == sebelum


@pytest.mark.django_db
def test_unggahan_sah_tetap_diterima(klien, tk_dinas):
    from sakip.web.pengukuran.models import Bukti

    pd, th = tk_dinas.perangkat_daerah.slug, tk_dinas.tahun
    n = Bukti.objects.count()
    r = klien("operator").post(
        reverse("pengukuran:bukti_unggah", kwargs={"pd": pd, "tahun": th, "triwulan": 4}),
        {"berkas": SimpleUploadedFile("bukti.pdf", PDF)},
        follow=True,
    )
    assert "Bukti diunggah" in r.content.decode()
    assert Bukti.objects.count() == n + 1

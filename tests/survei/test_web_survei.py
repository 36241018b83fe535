"""The web survey: public questionnaire (no login, flood guard, duplicates), results and imports per role."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest
from django.urls import reverse

from sakip.core.ikm import UNSUR
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.survei.batas import token_buat
from sakip.web.survei.models import BatasKirim, ImporSurvei, LayananSurvei, Respon
from sakip.web.survei.services import pengaturan_ambil_atau_buat

pytestmark = pytest.mark.django_db

AKAR_CSV = "\n".join([",".join(UNSUR), "4,4,4,4,4,4,4,4,4", "3,3,3,3,3,3,3,3,3"]) + "\n"


def _token(html: str) -> str:
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


def _isi(token: str, nilai: int = 4, **lain) -> dict:
    return {"token": token, **{u.lower(): str(nilai) for u in UNSUR}, **lain}


def _kirim(c, pd, nilai=4, url=None, **lain):
    url = url or reverse("survei:formulir", kwargs={"pd": pd.slug})
    r = c.get(url)
    assert r.status_code == 200
    return c.post(url, _isi(_token(r.content.decode()), nilai, **lain))


def test_publik_mengisi_tanpa_masuk(klien, dinas):
    c = klien(None)
    r = c.get(reverse("survei:formulir", kwargs={"pd": dinas.slug}))
    html = r.content.decode()
    # Nine questions, the form's order (sarana before pengaduan), four answers each, no login link needed.
    assert html.count('type="radio"') == 36
    assert html.index('name="u9"') < html.index('name="u8"')
    assert "Survei Kepuasan Masyarakat" in html and dinas.nama in html
    r = c.post(
        reverse("survei:formulir", kwargs={"pd": dinas.slug}),
        _isi(_token(html), 3, jenis_kelamin="P", umur="30-39", saran="Antrean perlu nomor"),
    )
    assert r.status_code == 302 and r["Location"].endswith(f"/skm/{dinas.slug}/terima-kasih/")
    resp = Respon.objects.get(perangkat_daerah=dinas)
    assert resp.jawaban() == {u: 3 for u in UNSUR}
    assert (resp.jenis_kelamin, resp.umur, resp.pendidikan, resp.saran) == ("P", "30-39", "", "Antrean perlu nomor")
    assert resp.sumber == Respon.WEB
    assert "Terima kasih" in c.get(r["Location"]).content.decode()


def test_publik_tidak_dapat_membaca_jawaban(klien, dinas):
    _kirim(klien(None), dinas)
    c = klien(None)
    for nama in ("survei:hasil", "survei:impor", "survei:pengaturan", "survei:poster"):
        r = c.get(reverse(nama, kwargs={"pd": dinas.slug, "tahun": date.today().year}))
        assert r.status_code == 302 and "/masuk" in r["Location"], nama
    r = c.get(reverse("survei:laporan", kwargs={"pd": dinas.slug, "tahun": date.today().year, "format": "pdf"}))
    assert r.status_code == 302 and "/masuk" in r["Location"]
    # The thank-you page shows nothing of anybody's answers.
    assert "Antrean" not in c.get(reverse("survei:terima_kasih", kwargs={"pd": dinas.slug})).content.decode()
    assert c.get(reverse("survei:kabupaten")).status_code == 302


def test_operator_hanya_melihat_pd_sendiri(klien, dinas, kencong):
    tahun = date.today().year
    _kirim(klien(None), dinas, 4)
    _kirim(klien(None), kencong, 1)
    op = klien("operator")
    r = op.get(reverse("survei:hasil", kwargs={"pd": dinas.slug, "tahun": tahun}))
    assert r.status_code == 200 and "100,00" in r.content.decode()
    r = op.get(reverse("survei:hasil", kwargs={"pd": kencong.slug, "tahun": tahun}))
    assert r.status_code == 403 and "25,00" not in r.content.decode()
    assert op.get(reverse("survei:kabupaten")).status_code == 403
    r = klien("reviewer").get(reverse("survei:hasil", kwargs={"pd": kencong.slug, "tahun": tahun}))
    assert r.status_code == 200 and "25,00" in r.content.decode()
    r = klien("admin").get(reverse("survei:kabupaten") + f"?tahun={tahun}")
    teks = r.content.decode()
    assert r.status_code == 200 and dinas.nama in teks and kencong.nama in teks
    assert "62,50" in teks  # pooled: (100 + 25) / 2


def test_kiriman_ganda_tidak_tersimpan_dua_kali(klien, dinas):
    c = klien(None)
    url = reverse("survei:formulir", kwargs={"pd": dinas.slug})
    token = _token(c.get(url).content.decode())
    assert c.post(url, _isi(token)).status_code == 302
    assert c.post(url, _isi(token)).status_code == 302  # double tap / resend: thanked, not stored again
    assert Respon.objects.filter(perangkat_daerah=dinas).count() == 1


def test_jawaban_kurang_atau_salah_ditolak_dengan_pesan(klien, dinas):
    c = klien(None)
    url = reverse("survei:formulir", kwargs={"pd": dinas.slug})
    data = _isi(_token(c.get(url).content.decode()))
    del data["u8"]
    data["u3"] = "5"
    r = c.post(url, data)
    html = r.content.decode()
    assert r.status_code == 400
    assert "Pilih salah satu jawaban untuk pertanyaan ini." in html
    assert "Jawaban harus salah satu dari empat pilihan." in html
    assert not Respon.objects.filter(perangkat_daerah=dinas).exists()


def test_token_palsu_kedaluwarsa_dan_terlalu_cepat(klien, dinas, monkeypatch):
    c = klien(None)
    url = reverse("survei:formulir", kwargs={"pd": dinas.slug})
    r = c.post(url, _isi("palsu"))
    assert r.status_code == 400 and "Formulir tidak sah" in r.content.decode()
    lain = token_buat(pd_id=dinas.pk + 1000, layanan_id=None, kios=False)
    assert "milik unit layanan lain" in c.post(url, _isi(lain)).content.decode()
    monkeypatch.setenv("SAKIP_SKM_MIN_DETIK", "3")
    r = c.post(url, _isi(_token(c.get(url).content.decode())))
    assert r.status_code == 400 and "terlalu cepat" in r.content.decode()
    monkeypatch.setenv("SAKIP_SKM_MIN_DETIK", "0")
    sekarang = time.time()
    monkeypatch.setattr(time, "time", lambda: sekarang - 5 * 3600)
    lama = token_buat(pd_id=dinas.pk, layanan_id=None, kios=False)
    monkeypatch.setattr(time, "time", lambda: sekarang)
    r = c.post(url, _isi(lama))
    assert r.status_code == 400 and "terlalu lama dibuka" in r.content.decode()
    assert not Respon.objects.filter(perangkat_daerah=dinas).exists()


def test_umpan_bot_tidak_disimpan(klien, dinas):
    r = _kirim(klien(None), dinas, situs="http://spam.example")
    assert r.status_code == 302
    assert not Respon.objects.filter(perangkat_daerah=dinas).exists()


def test_batas_banjir_per_jaringan_dan_per_pd(klien, dinas, kencong, monkeypatch):
    monkeypatch.setenv("SAKIP_SKM_BATAS_IP", "3/600")
    c = klien(None)
    for _ in range(3):
        assert _kirim(c, dinas).status_code == 302
    r = _kirim(c, dinas)
    assert r.status_code == 429 and "Terlalu banyak kiriman" in r.content.decode()
    assert Respon.objects.filter(perangkat_daerah=dinas).count() == 3
    # Another agency's form from the same network has its own count.
    assert _kirim(c, kencong).status_code == 302
    # Only keyed hashes are kept, never the address.
    assert all("127.0.0.1" not in k for k in BatasKirim.objects.values_list("kunci", flat=True))
    monkeypatch.setenv("SAKIP_SKM_BATAS_PD", "1/60")
    assert _kirim(c, kencong).status_code == 429


def test_kios_dihitung_per_perangkat_dan_kembali_ke_formulir(klien, dinas, monkeypatch):
    monkeypatch.setenv("SAKIP_SKM_BATAS_IP", "1/600")
    token = pengaturan_ambil_atau_buat(pd=dinas).token_kios
    c = klien(None)
    url = reverse("survei:kios", kwargs={"token": token})
    for _ in range(3):  # more than the network limit: the kiosk has its own
        r = _kirim(c, dinas, url=url)
        assert r.status_code == 302 and f"kios={token}" in r["Location"]
    terima = c.get(r["Location"]).content.decode()
    assert 'http-equiv="refresh"' in terima and url in terima
    assert Respon.objects.filter(perangkat_daerah=dinas, sumber=Respon.KIOS).count() == 3
    assert c.get(reverse("survei:kios", kwargs={"token": "salah"})).status_code == 404


def test_tautan_pendek_qr_dan_jenis_layanan(klien, dinas):
    p = pengaturan_ambil_atau_buat(pd=dinas)
    c = klien(None)
    r = c.get(reverse("survei:pendek", kwargs={"kode": p.kode_pendek}))
    assert r.status_code == 302 and r["Location"] == reverse("survei:formulir", kwargs={"pd": dinas.slug})
    svg = c.get(reverse("survei:qr", kwargs={"pd": dinas.slug}))
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content
    ktp = LayananSurvei.objects.create(perangkat_daerah=dinas, nama="KTP")
    LayananSurvei.objects.create(perangkat_daerah=dinas, nama="KK")
    pilih = c.get(reverse("survei:formulir", kwargs={"pd": dinas.slug})).content.decode()
    assert f"?layanan={ktp.pk}" in pilih and "Layanan apa" in pilih
    r = _kirim(c, dinas, url=reverse("survei:formulir", kwargs={"pd": dinas.slug}) + f"?layanan={ktp.pk}")
    assert r.status_code == 302
    assert Respon.objects.get(perangkat_daerah=dinas).layanan_nama == "KTP"
    poster = klien("operator").get(reverse("survei:poster", kwargs={"pd": dinas.slug, "tahun": 2023})).content.decode()
    assert p.kode_pendek in poster and "<svg" in poster and p.token_kios in poster
    # The kiosk link is for the agency's operator, not for everyone who can read the page.
    assert (
        p.token_kios
        not in klien("reviewer")
        .get(reverse("survei:poster", kwargs={"pd": dinas.slug, "tahun": 2023}))
        .content.decode()
    )


def test_formulir_ditutup(klien, dinas):
    p = pengaturan_ambil_atau_buat(pd=dinas)
    p.terbuka = False
    p.save()
    r = klien(None).get(reverse("survei:formulir", kwargs={"pd": dinas.slug}))
    assert r.status_code == 403 and "ditutup" in r.content.decode()


def test_impor_formulir_kertas(klien, dinas):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = reverse("survei:impor", kwargs={"pd": dinas.slug, "tahun": 2023})
    teks = ",".join(UNSUR) + ",tanggal\n4,4,4,4,4,4,4,4,4,2023-12-05\n3,3,3,3,3,3,3,3,3,\n"
    berkas = SimpleUploadedFile("kertas.csv", teks.encode())
    r = klien("operator").post(url, {"berkas": berkas, "layanan": "Surat keterangan", "tanggal": "2023-12-06"})
    assert r.status_code == 302, r.content.decode()[:2000]
    batch = ImporSurvei.objects.get(perangkat_daerah=dinas)
    assert batch.jumlah == 2
    assert sorted(Respon.objects.filter(impor=batch).values_list("tanggal", flat=True)) == [
        date(2023, 12, 5),
        date(2023, 12, 6),
    ]
    assert set(Respon.objects.filter(impor=batch).values_list("layanan_nama", flat=True)) == {"Surat keterangan"}
    hasil = klien("operator").get(reverse("survei:hasil", kwargs={"pd": dinas.slug, "tahun": 2023})).content.decode()
    assert "87,50" in hasil  # (36 + 27) / 2 / 9 × 25
    # Undo the whole batch.
    r = klien("operator").post(reverse("survei:impor_batal", kwargs={"pd": dinas.slug, "tahun": 2023, "id": batch.pk}))
    assert r.status_code == 302 and not Respon.objects.filter(perangkat_daerah=dinas).exists()


def test_impor_salah_tidak_menyimpan_apa_pun(klien, dinas):
    from django.core.files.uploadedfile import SimpleUploadedFile

    url = reverse("survei:impor", kwargs={"pd": dinas.slug, "tahun": 2023})
    teks = ",".join(UNSUR) + "\n4,4,4,4,4,4,4,4,4\n4,4,4,4,4,4,4,9,4\n"
    r = klien("operator").post(url, {"berkas": SimpleUploadedFile("salah.csv", teks.encode())})
    html = r.content.decode()
    assert r.status_code == 400 and "baris 3, kolom U8: jawaban 9 di luar 1–4" in html
    assert not Respon.objects.filter(perangkat_daerah=dinas).exists()
    rusak = SimpleUploadedFile("rusak.xlsx", b"PK\x03\x04bukan")
    r = klien("operator").post(url, {"berkas": rusak})
    assert r.status_code == 400 and "XLSX rusak" in r.content.decode()


def test_impor_ke_triwulan_terkunci_ditolak(klien, dinas):
    from django.core.files.uploadedfile import SimpleUploadedFile

    assert PeriodeRealisasi.objects.filter(
        tahun_kinerja__perangkat_daerah=dinas, tahun_kinerja__tahun=2023, triwulan=1, status="dikunci"
    ).exists()
    teks = ",".join(UNSUR) + ",tanggal\n4,4,4,4,4,4,4,4,4,2023-02-01\n"
    url = reverse("survei:impor", kwargs={"pd": dinas.slug, "tahun": 2023})
    r = klien("operator").post(url, {"berkas": SimpleUploadedFile("a.csv", teks.encode())})
    assert r.status_code == 400 and "Triwulan I 2023 sudah dikunci" in r.content.decode()
    assert not Respon.objects.filter(perangkat_daerah=dinas).exists()


def test_impor_oleh_reviewer_dan_operator_asing_ditolak(klien, dinas, kencong):
    from django.core.files.uploadedfile import SimpleUploadedFile

    for nama, pd in (("reviewer", dinas), ("operator", kencong), ("kepala", dinas)):
        url = reverse("survei:impor", kwargs={"pd": pd.slug, "tahun": 2023})
        r = klien(nama).post(url, {"berkas": SimpleUploadedFile("a.csv", AKAR_CSV.encode())})
        assert r.status_code == 403, nama
    assert not Respon.objects.exists()


def test_laporan_skm_diunduh(klien, dinas):
    c = klien(None)
    for n in (4, 3, 2):
        _kirim(c, dinas, n)
    tahun = date.today().year
    r = klien("operator").get(reverse("survei:laporan", kwargs={"pd": dinas.slug, "tahun": tahun, "format": "docx"}))
    assert r.status_code == 200 and r.content[:2] == b"PK"
    assert "attachment" in r["Content-Disposition"]


def test_pengaturan_layanan_populasi_dan_riwayat(klien, dinas):
    from sakip.web.riwayat.models import Perubahan

    op = klien("operator")
    tahun = date.today().year
    url = reverse("survei:pengaturan", kwargs={"pd": dinas.slug, "tahun": tahun})
    assert op.post(url, {"aksi": "layanan", "nama": "KTP elektronik", "aktif": "on"}).status_code == 302
    assert op.post(url, {"aksi": "layanan", "nama": "ktp  elektronik", "aktif": "on"}).status_code == 400
    assert (
        op.post(url, {"aksi": "pengaturan", "terbuka": "on", "tampil_profil": "on", "populasi": "1000"}).status_code
        == 302
    )
    assert op.post(url, {"aksi": "pengaturan", "terbuka": "on", "populasi": "0"}).status_code == 400
    assert Perubahan.objects.filter(perangkat_daerah=dinas, objek="survei:populasi").exists()
    assert Perubahan.objects.filter(perangkat_daerah=dinas, objek__startswith="layanan_survei:").exists()
    for _ in range(3):
        _kirim(klien(None), dinas)
    hasil = op.get(reverse("survei:hasil", kwargs={"pd": dinas.slug, "tahun": tahun})).content.decode()
    assert "PERINGATAN: sampel kurang 275 responden" in hasil  # 3 of the 278 that 1.000 users require

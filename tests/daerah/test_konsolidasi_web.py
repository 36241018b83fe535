"""Issue 11 in the web: the district file of a pemda-year uploaded by Bappeda (checked by the CLI's loader, all or
nothing, every value in the history), the consolidation page from the database equal to `sakip hitung FOLDER` on the
same data, drill-down to the agencies, and the Pemda LKjIP through the document queue."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from sakip.berkas.baca import BerkasTidakValid, baca_teks
from sakip.berkas.daerah import baca_folder
from sakip.core.konsolidasi import hitung_daerah
from sakip.web.daerah.models import BerkasDaerahTahun
from sakip.web.daerah.selectors import daerah_dari_db
from sakip.web.daerah.services import berkas_daerah_simpan
from sakip.web.dokumen.models import Pekerjaan
from sakip.web.dokumen.pekerja import jalankan_satu
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.organisasi.akses import Aktor, TidakBerwenang
from sakip.web.organisasi.models import Pemda, Peran, PerangkatDaerah
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.pertukaran.services import berkas_impor
from sakip.web.riwayat.models import Perubahan

JEMBER = Path(__file__).resolve().parents[2] / "examples" / "jember-2023-sintetis"
DAERAH = (JEMBER / "daerah.yaml").read_bytes()


@pytest.fixture
def admin(db) -> Aktor:
    # Another suite may have loaded the demo (Kencong 2023 with its quarters locked): reopened for the re-import.
    with kunci_dibuka():
        PeriodeRealisasi.objects.update(status=PeriodeRealisasi.DRAFT)
    u = get_user_model().objects.create(username="bappeda-daerah", is_staff=True, is_superuser=True)
    Peran.objects.create(pengguna=u, peran=Peran.ADMIN)
    return Aktor(u, Peran.ADMIN)


def _klien(aktor: Aktor) -> Client:
    c = Client()
    c.force_login(aktor.pengguna)
    return c


@pytest.fixture
def jember(admin) -> Pemda:
    for p in sorted(JEMBER.glob("*.yaml")):
        if p.name != "daerah.yaml":
            berkas_impor(aktor=admin, teks=p.read_text(encoding="utf-8"), nama_berkas=p.name)
    return Pemda.objects.get(nama="Kabupaten Jember")


def test_konsolidasi_dari_basis_data_sama_dengan_folder(admin, jember):
    berkas_daerah_simpan(aktor=admin, pemda=jember, isi=DAERAH, nama_berkas="daerah.yaml", alasan="RPJMD")
    folder = baca_folder(JEMBER)
    a = hitung_daerah(folder)
    k = daerah_dari_db(jember, 2023)
    nama_folder = {b.instansi.nama for b in folder.perangkat_daerah}
    # The demo's other agency (Diskominfo, no RPJMD links) may be in the same pemda: it changes no RPJMD indicator.
    assert nama_folder <= {r.nama for r in k.hasil.perangkat_daerah}
    assert [(h.indikator.id, h.realisasi, h.capaian.nilai, h.asal) for h in k.hasil.semua_indikator_sasaran()] == [
        (h.indikator.id, h.realisasi, h.capaian.nilai, h.asal) for h in a.semua_indikator_sasaran()
    ]
    assert any(h.kontributor for h in k.hasil.semua_indikator_sasaran())
    assert not [m for m in k.masalah if "Kencong" in m]


def test_halaman_unggah_riwayat_unduh_dan_penelusuran(admin, jember):
    c = _klien(admin)
    r = c.post("/daerah/2023/", {"berkas": SimpleUploadedFile("daerah.yaml", DAERAH), "alasan": "RPJMD 2021-2026"})
    assert r.status_code == 302, r.content.decode()[:2000]
    h = c.get("/daerah/2023/").content.decode()
    assert "Capaian Indikator Sasaran RPJMD Kabupaten Jember Tahun 2023" in h
    assert "DATA SINTETIS" in h and 'id="pd-daerah"' in h
    kencong = PerangkatDaerah.objects.get(nama="Kecamatan Kencong")
    assert f'href="/pd/{kencong.slug}/2023/"' in h  # drill-down to the agency's dashboard
    p = Perubahan.objects.filter(objek=f"daerah:{jember.pk}", tahun=2023)
    assert p.count() > 50 and all(x.alasan == "RPJMD 2021-2026" and x.nilai_lama == "" for x in p)
    unduh = c.get("/daerah/2023/daerah.yaml")
    assert unduh.status_code == 200 and baca_teks  # the stored text reads back through the loader
    from sakip.berkas.daerah import baca_teks_daerah

    assert baca_teks_daerah(unduh.content.decode()) == baca_teks_daerah(DAERAH.decode())
    # A second upload that changes one target records exactly that value; the version moves.
    ubah = DAERAH.decode().replace("Wes Wayahe Mbangun Jember (SINTETIS)", "Visi baru (SINTETIS)", 1).encode()
    v = BerkasDaerahTahun.objects.get(pemda=jember, tahun=2023).versi
    c.post("/daerah/2023/", {"berkas": SimpleUploadedFile("d.yaml", ubah), "alasan": "ralat", "versi": v})
    baru = Perubahan.objects.filter(objek=f"daerah:{jember.pk}", alasan="ralat")
    assert [(x.medan, x.nilai_baru) for x in baru] == [("rpjmd.visi", "Visi baru (SINTETIS)")]
    assert BerkasDaerahTahun.objects.get(pemda=jember, tahun=2023).versi == v + 1


def test_berkas_salah_ditolak_tanpa_perubahan(admin, jember):
    with pytest.raises(BerkasTidakValid) as e:
        berkas_daerah_simpan(
            aktor=admin,
            pemda=jember,
            isi=DAERAH.replace(b"        2023: 65\n", b"        2023: enam puluh\n", 1),
            nama_berkas="x",
            alasan="",
        )
    assert e.value.masalah
    with pytest.raises(AlurDitolak, match="milik 'Kabupaten Lain'"):
        berkas_daerah_simpan(
            aktor=admin,
            pemda=jember,
            isi=DAERAH.replace(b"pemda: Kabupaten Jember", b"pemda: Kabupaten Lain", 1),
            nama_berkas="x",
            alasan="",
        )
    assert not BerkasDaerahTahun.objects.exists() and not Perubahan.objects.filter(objek__startswith="daerah:").exists()
    r = _klien(admin).post("/daerah/2023/", {"berkas": SimpleUploadedFile("d.yaml", b"rpjmd: [")})
    assert r.status_code == 400 and "Belum diunggah" in r.content.decode()
    berkas_daerah_simpan(aktor=admin, pemda=jember, isi=DAERAH, nama_berkas="d.yaml", alasan="")
    with pytest.raises(KonflikVersi):
        berkas_daerah_simpan(aktor=admin, pemda=jember, isi=DAERAH, nama_berkas="d.yaml", alasan="", versi=99)


def test_hanya_admin_pemda_yang_mengunggah(admin, jember):
    pd = PerangkatDaerah.objects.get(nama="Kecamatan Kencong")
    u = get_user_model().objects.create(username="operator-kencong-uji")
    Peran.objects.create(pengguna=u, peran=Peran.OPERATOR, perangkat_daerah=pd)
    with pytest.raises(TidakBerwenang):
        berkas_daerah_simpan(aktor=Aktor(u, Peran.OPERATOR), pemda=jember, isi=DAERAH, nama_berkas="d", alasan="")
    assert _klien(Aktor(u, Peran.OPERATOR)).get("/daerah/2023/").status_code == 403
    lain = Pemda.objects.create(nama="Kabupaten Lain")
    ua = get_user_model().objects.create(username="admin-lain-uji")
    Peran.objects.create(pengguna=ua, peran=Peran.ADMIN, pemda=lain)
    with pytest.raises(AlurDitolak):
        berkas_daerah_simpan(
            aktor=Aktor(ua, Peran.ADMIN, pemda_id=lain.pk), pemda=jember, isi=DAERAH, nama_berkas="d", alasan=""
        )
    assert not BerkasDaerahTahun.objects.exists()


def test_lkjip_pemda_lewat_antrean(admin, jember):
    c = _klien(admin)
    r = c.post("/daerah/2023/lkjip/", {"format": "docx"}, follow=True)
    assert "belum diunggah" in r.content.decode()  # no district file yet: refused with the reason
    berkas_daerah_simpan(aktor=admin, pemda=jember, isi=DAERAH, nama_berkas="daerah.yaml", alasan="")
    r = c.post("/daerah/2023/lkjip/", {"format": "docx"})
    assert r.status_code == 302
    p = Pekerjaan.objects.get(jenis=Pekerjaan.DAERAH)
    assert r["Location"] == f"/dokumen/{p.kode}/"
    jalankan_satu()
    p.refresh_from_db()
    assert p.status == Pekerjaan.SELESAI, p.galat
    assert p.nama_berkas == "lkjip-pemda-2023-kabupaten-jember.docx"
    unduh = c.get(f"/dokumen/{p.kode}/unduh/")
    isi = b"".join(unduh.streaming_content)
    dok = zipfile.ZipFile(io.BytesIO(isi)).read("word/document.xml").decode()
    assert "Kabupaten Jember" in dok and "SINTETIS" in dok.upper()


def test_demo_memuat_kabupaten_sintetis(db):
    """`sakip demo` loads the synthetic district: its district file and agencies; the admin's district page shows the
    consolidation. Idempotent."""
    from sakip.web.pertukaran.demo import siapkan_demo

    siapkan_demo(daerah=True)
    siapkan_demo(daerah=True)
    pemda = Pemda.objects.get(nama="Kabupaten Jember")
    assert BerkasDaerahTahun.objects.filter(pemda=pemda, tahun=2023).count() == 1
    assert PerangkatDaerah.objects.filter(pemda=pemda).count() >= 11
    k = daerah_dari_db(pemda, 2023)
    assert k.hasil is not None and len(k.hasil.perangkat_daerah) >= 11
    assert any(h.kontributor for h in k.hasil.semua_indikator_sasaran())
    c = Client()
    c.force_login(get_user_model().objects.get(username="admin"))
    h = c.get(c.get("/daerah/").url).content.decode()
    assert "Dinas Kesehatan" in h
    # The district's early warning lists the agencies' indicators under their rencana aksi in the last quarter.
    assert "Peringatan dini rencana aksi — TW IV" in h and 'id="belum-lapor"' in h

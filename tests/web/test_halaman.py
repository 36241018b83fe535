"""Pages show the engine's figures (with how they were computed), public pages only locked data, errors never
show a traceback."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from sakip.core.angka import format_persen
from sakip.core.hitung import hitung
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.pertukaran.ke_berkas import berkas_dari_db, hasil_dari_db, triwulan_terkunci


def _url(nama, tk, **kw):
    return reverse(nama, kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, **kw})


def test_dasbor_menampilkan_angka_mesin_dan_rumus(klien, tk_kencong):
    h = hitung(berkas_dari_db(tk_kencong))
    teks = klien("admin").get(_url("dasbor:dasbor", tk_kencong)).content.decode()
    iku2 = h.hasil_indikator("IKU2")
    assert iku2.capaian.tampil() == "92,37%"  # 84,52 ÷ 91,5 × 100, the seed's IKM
    assert iku2.capaian.tampil() in teks
    assert iku2.capaian.jelaskan() in teks.replace("&quot;", '"')
    assert format_persen(h.rata_rata) in teks
    assert format_persen(h.anggaran.serapan) in teks
    assert "<svg" in teks and "Capaian indikator 2023" in teks
    assert iku2.predikat.warna in teks  # predikat colour from the scale


def test_ikhtisar_pemda_status_dan_urutan(klien, tk_dinas, tk_kencong):
    c = klien("reviewer")
    teks = c.get(reverse("dasbor:ikhtisar") + "?tahun=2023").content.decode()
    assert "TW IV · Terlambat" in teks  # Diskominfo TW IV is open and past its deadline
    assert "TW IV · Dikunci" in teks
    urut = c.get(reverse("dasbor:ikhtisar") + "?tahun=2023&urut=capaian&arah=turun").content.decode()
    assert urut.index("Kecamatan Kencong") < urut.index("Dinas Komunikasi")  # 96,84% before 89,38%
    urut = c.get(reverse("dasbor:ikhtisar") + "?tahun=2023&urut=capaian").content.decode()
    assert urut.index("Dinas Komunikasi") < urut.index("Kecamatan Kencong")
    data = c.get(reverse("dasbor:api_ikhtisar", kwargs={"tahun": 2023})).json()
    baris = {b["slug"]: b for b in data["perangkat_daerah"]}
    assert Decimal(baris[tk_kencong.perangkat_daerah.slug]["rata_rata_capaian"]) == hasil_dari_db(tk_kencong).rata_rata
    assert baris[tk_dinas.perangkat_daerah.slug]["status_triwulan"]["4"] == "terlambat"


def test_publik_hanya_triwulan_terkunci(klien, tk_dinas):
    assert triwulan_terkunci(tk_dinas) == frozenset({1, 2, 3})
    c = klien(None)
    teks = c.get(_url("publik:pd", tk_dinas)).content.decode()
    h = hasil_dari_db(tk_dinas, triwulan=frozenset({1, 2, 3}))
    assert format_persen(h.rata_rata) in teks
    assert "Berdasarkan realisasi triwulan I, II, III yang telah dikunci" in teks
    # A draft TW IV value never reaches the public page.
    from sakip.core.nilai import Angka
    from sakip.web.pengukuran import services as s
    from sakip.web.perencanaan.models import Indikator

    ind = Indikator.objects.get(renstra=tk_dinas.renstra, kode="IKU1")
    p = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4)
    from django.contrib.auth import get_user_model

    from sakip.web.organisasi.akses import aktor_dari

    op = aktor_dari(get_user_model().objects.get(username="operator"))
    s.realisasi_simpan(
        aktor=op, tk=tk_dinas, triwulan=4, versi=p.versi, isian=s.IsianRealisasi(nilai={ind.pk: Angka(Decimal(10))})
    )
    assert c.get(_url("publik:pd", tk_dinas)).content.decode().count("11,11%") == 0  # 10 ÷ 90 would show
    assert format_persen(h.rata_rata) in c.get(_url("publik:pd", tk_dinas)).content.decode()


def test_publik_belum_terbit_404(klien, tk_dinas):
    tk_dinas.diterbitkan = False
    tk_dinas.save()
    r = klien(None).get(_url("publik:pd", tk_dinas))
    assert r.status_code == 404
    assert "belum diterbitkan" in r.content.decode()


def test_csv_publik(klien, tk_kencong):
    r = klien(None).get(_url("publik:csv", tk_kencong))
    assert r["Content-Type"].startswith("text/csv")
    baris = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert baris[0][0] == "Tabel 3.1"
    iku2 = next(b for b in baris if len(b) > 5 and "Indeks Kepuasan Masyarakat" in b[4])
    assert "92,37%" in iku2
    exact = hasil_dari_db(tk_kencong, triwulan=triwulan_terkunci(tk_kencong)).hasil_indikator("IKU2").capaian.nilai
    assert format(exact, "f") in iku2


def test_api_publik_json(klien, tk_kencong):
    data = klien(None).get(_url("publik:api", tk_kencong)).json()
    assert data["triwulan_terkunci"] == [1, 2, 3, 4]
    assert "sasaran" in data


def test_halaman_indikator_riwayat_dan_rumus(klien, tk_kencong):
    teks = klien("admin").get(_url("dasbor:indikator", tk_kencong, kode="IKU2")).content.decode()
    assert "Riwayat perubahan" in teks
    assert "R ÷ T × 100" in teks
    assert "impor berkas" in teks  # the import that set its values is in its history


@pytest.mark.parametrize("url", ["/tidak-ada/", "/pd/kecamatan-kencong/1999/", "/publik/x/2023/"])
def test_404_halaman_sendiri(url, klien):
    r = klien("admin").get(url)
    assert r.status_code == 404
    assert "Traceback" not in r.content.decode() and "<!doctype html>" in r.content.decode().lower()


def test_500_tanpa_traceback(db, settings):
    from django.urls import path

    from sakip.web import urls as akar

    def rusak(request):
        raise RuntimeError("rahasia internal")

    settings.ROOT_URLCONF = type("U", (), {"urlpatterns": [path("rusak/", rusak)], "handler500": akar.handler500})
    c = Client(raise_request_exception=False)
    r = c.get("/rusak/")
    assert r.status_code == 500
    teks = r.content.decode()
    assert "Terjadi kesalahan" in teks and "rahasia internal" not in teks and "Traceback" not in teks


def test_csrf_gagal_halaman_indonesia(pengguna, tk_dinas):
    c = Client(enforce_csrf_checks=True)
    c.force_login(pengguna["operator"])
    r = c.post(_url("pengukuran:ajukan", tk_dinas, triwulan=4), {})
    assert r.status_code == 403
    assert "kedaluwarsa" in r.content.decode()


def test_debug_mati_bawaan():
    from django.conf import settings

    assert settings.DEBUG is False


def test_ringkasan_anggaran_tabel_mesin(klien, tk_kencong):
    from sakip.core.tabel import tabel_anggaran

    teks = klien("reviewer").get(_url("anggaran:ringkasan", tk_kencong)).content.decode()
    t = tabel_anggaran(hasil_dari_db(tk_kencong))
    assert t.baris[-1].sel[3].teks in teks  # JUMLAH pagu as the engine sums it


def test_rencana_menampilkan_versi_renstra_dan_iku(klien, tk_kencong):
    teks = klien("reviewer").get(_url("perencanaan:rencana", tk_kencong)).content.decode()
    assert "Versi Renstra sebelumnya" in teks and "Sebelum Perubahan" in teks and "SKM Aparatur" in teks
    assert "065/85/35.09.02/2023" in teks  # the IKU decree
    assert "7.01.01.2.02.0001" in teks and "Rp 1.941.874.135" in teks  # RKT with its ceilings


def test_ganti_kata_sandi(klien, pengguna):
    c = klien("reviewer")
    r = c.post(reverse("inti:sandi"), {"old_password": "salah", "new_password1": "x", "new_password2": "y"})
    assert r.status_code == 200 and "galat-medan" in r.content.decode()  # refused, the reason next to the field
    pengguna["reviewer"].refresh_from_db()
    assert pengguna["reviewer"].check_password("sakip-demo-reviewer")
    r = c.post(
        reverse("inti:sandi"),
        {
            "old_password": "sakip-demo-reviewer",
            "new_password1": "Kebun-Kopi-Jember-2024!",
            "new_password2": "Kebun-Kopi-Jember-2024!",
        },
    )
    assert r.status_code == 302
    pengguna["reviewer"].refresh_from_db()
    assert pengguna["reviewer"].check_password("Kebun-Kopi-Jember-2024!")


def test_halaman_tolak_tanpa_tab_pd_asing(klien, tk_kencong, tk_dinas):
    r = klien("kepala").get(_url("dasbor:dasbor", tk_kencong))
    assert r.status_code == 403 and 'aria-label="Menu perangkat daerah"' not in r.content.decode()
    r = klien("kepala").get(_url("dasbor:dasbor", tk_dinas))
    assert r.status_code == 200 and 'aria-label="Menu perangkat daerah"' in r.content.decode()

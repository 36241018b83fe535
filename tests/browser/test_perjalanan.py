"""The main journey in a real browser: an operator enters triwulan IV with an analysis for an indicator under
target and submits; the kepala verifies and locks; the dashboard and the public page show the new capaian;
an operator of another agency is refused."""

from __future__ import annotations

import re

import pytest

from sakip.web.perencanaan.models import Indikator, TahunKinerja
from sakip.web.pertukaran.demo import LOGIN, siapkan_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SANDI = {x.username: x.password for x in LOGIN}
PD = "dinas-komunikasi-dan-informatika"


def _masuk(peramban, live_server, nama: str, lebar: int = 1366, tinggi: int = 768):
    konteks = peramban.new_context(viewport={"width": lebar, "height": tinggi}, locale="id-ID")
    hal = konteks.new_page()
    hal.goto(f"{live_server.url}/masuk/")
    hal.fill("#id_username", nama)
    hal.fill("#id_password", SANDI[nama])
    hal.click("button[type=submit]")
    hal.wait_for_load_state()
    assert "/masuk/" not in hal.url, f"{nama} gagal masuk"
    return konteks, hal


def test_perjalanan_realisasi_tw4(peramban, live_server):
    siapkan_demo()
    tk = TahunKinerja.objects.get(perangkat_daerah__slug=PD, tahun=2023)
    pk = {i.kode: i.pk for i in Indikator.objects.filter(renstra=tk.renstra)}
    url_tw4 = f"{live_server.url}/pd/{PD}/2023/realisasi/4/"

    # Before: the public page knows triwulan I–III only (IKU3: 3 + 5 + 4 = 12 of 20 → 60,00%).
    publik = peramban.new_page()
    publik.goto(f"{live_server.url}/publik/{PD}/2023/")
    assert "60,00%" in publik.inner_text("#publik-IKU3")

    # The operator enters triwulan IV on a phone-sized screen.
    konteks, hal = _masuk(peramban, live_server, "operator", 390, 844)
    hal.goto(url_tw4)
    hal.fill(f"#id_n_{pk['IKU1']}", "92")
    hal.fill(f"#id_n_{pk['IKU2']}", "7")
    hal.fill(f"#id_n_{pk['IKU3']}", "5")
    hal.fill(f"#id_n_{pk['IKU4']}", "99,3")
    # IKU3 ends at 17 of 20: under target. Submitting without the analysis is refused.
    hal.click("button[value=ajukan]")
    hal.wait_for_load_state()
    assert "wajib dilengkapi analisis" in hal.content()
    assert "IKU3" in hal.inner_text(".pesan")
    hal.click("text=Analisis dan sumber data IKU3")
    hal.fill(f"#id_penyebab_{pk['IKU3']}", "Integrasi dua layanan kependudukan tertunda")
    hal.fill(f"#id_kendala_{pk['IKU3']}", "Penyedia aplikasi terlambat menyerahkan modul")
    hal.fill(f"#id_solusi_{pk['IKU3']}", "Percepatan integrasi pada triwulan I 2024")
    hal.click("button[value=ajukan]")
    hal.wait_for_load_state()
    assert "diajukan untuk diverifikasi" in hal.content()
    assert "Diajukan" in hal.inner_text("main")
    konteks.close()

    # The kepala verifies, then locks.
    konteks, hal = _masuk(peramban, live_server, "kepala")
    hal.goto(url_tw4)
    hal.click("button:has-text('Verifikasi')")
    hal.wait_for_load_state()
    assert "Realisasi diverifikasi." in hal.content()
    hal.click("button:has-text('Kunci')")
    hal.wait_for_load_state()
    assert "Realisasi dikunci." in hal.content()

    # The dashboard shows the engine's new capaian: 17 ÷ 20 × 100 = 85,00%.
    hal.goto(f"{live_server.url}/pd/{PD}/2023/")
    baris = hal.locator("tr", has_text="IKU3").first.inner_text()
    assert "85,00%" in baris and "17 Layanan" in baris
    hal.locator("tr", has_text="IKU3").first.locator("summary").click()
    assert re.search(
        r"R ÷ T × 100 dengan T = 20, R = 17 = 85,00%", hal.locator("tr", has_text="IKU3").first.inner_text()
    )
    assert "TW IV · Dikunci" in hal.inner_text("main")
    konteks.close()

    # The public page now includes triwulan IV.
    publik.goto(f"{live_server.url}/publik/{PD}/2023/")
    assert "85,00%" in publik.inner_text("#publik-IKU3")
    assert "I, II, III, IV" in publik.inner_text("main")
    publik.close()

    # An operator of another agency is refused, and sees none of its figures.
    konteks, hal = _masuk(peramban, live_server, "operator-kencong")
    jawab = hal.goto(url_tw4)
    assert jawab.status == 403
    assert "Akses ditolak" in hal.inner_text("main")
    assert "85,00%" not in hal.content()
    konteks.close()


def test_ikhtisar_urut_dengan_htmx_dan_tanpa_js(peramban, live_server):
    siapkan_demo()
    konteks, hal = _masuk(peramban, live_server, "admin")
    hal.goto(f"{live_server.url}/ikhtisar/?tahun=2023")
    hal.click("th >> text=Rata-rata capaian")
    hal.wait_for_url(re.compile(r"urut=capaian"))
    isi = hal.inner_text("#tabel-ikhtisar tbody")
    assert isi.index("Dinas Komunikasi") < isi.index("Kecamatan Kencong")
    konteks.close()
    # Without JavaScript the same links work as plain links.
    konteks = peramban.new_context(java_script_enabled=False)
    hal = konteks.new_page()
    hal.goto(f"{live_server.url}/masuk/")
    hal.fill("#id_username", "admin")
    hal.fill("#id_password", SANDI["admin"])
    hal.click("button[type=submit]")
    hal.goto(f"{live_server.url}/ikhtisar/?tahun=2023&urut=capaian&arah=turun")
    isi = hal.inner_text("#tabel-ikhtisar tbody")
    assert isi.index("Kecamatan Kencong") < isi.index("Dinas Komunikasi")
    konteks.close()

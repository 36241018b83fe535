"""What a new user trips over (issue 16): each finding as a journey in a real browser, on a desktop (1366×900)
and on a phone (390×844). Each test fails without its fix."""

from __future__ import annotations

import re

import pytest

from sakip.web.pertukaran.demo import LOGIN, siapkan_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SANDI = {x.username: x.password for x in LOGIN}
PD = "dinas-komunikasi-dan-informatika"
KENCONG = "kecamatan-kencong"
LAYAR = {"desktop": (1366, 900), "ponsel": (390, 844)}


def _konteks(peramban, layar: str):
    lebar, tinggi = LAYAR[layar]
    return peramban.new_context(viewport={"width": lebar, "height": tinggi}, locale="id-ID")


def _masuk(peramban, live_server, nama: str, layar: str = "desktop"):
    konteks = _konteks(peramban, layar)
    hal = konteks.new_page()
    hal.goto(f"{live_server.url}/masuk/")
    hal.fill("#id_username", nama)
    hal.fill("#id_password", SANDI[nama])
    hal.click("button[type=submit]")
    hal.wait_for_load_state()
    assert "/masuk/" not in hal.url, f"{nama} gagal masuk"
    return konteks, hal


@pytest.fixture
def demo(live_server):
    siapkan_demo()
    return live_server


def test_favicon_ada(peramban, demo):
    """Item 9: /favicon.ico answers with an icon, and every page links one."""
    for layar in LAYAR:
        konteks = _konteks(peramban, layar)
        hal = konteks.new_page()
        jawab = hal.goto(f"{demo.url}/favicon.ico")
        assert jawab.status == 200
        assert jawab.headers["content-type"] == "image/x-icon"
        assert jawab.body()[:4] == b"\x00\x00\x01\x00"  # the ICO signature
        hal.goto(f"{demo.url}/publik/")
        ikon = hal.locator("link[rel=icon]").first.get_attribute("href")
        assert ikon and ikon != "data:,"
        assert hal.request.get(f"{demo.url}{ikon}").status == 200
        konteks.close()


def test_kuartal_dibuka_admin_dapat_dikunci_lagi_oleh_kepala_kencong(peramban, demo):
    """Item 8: every demo agency has its kepala; a quarter the admin reopens is filled, verified and locked again."""
    url = f"{demo.url}/pd/{KENCONG}/2023/realisasi/4/"
    konteks, hal = _masuk(peramban, demo, "admin")
    hal.goto(url)
    hal.fill("#alasan-buka", "Koreksi data TW IV")
    hal.click("button:has-text('Buka kembali')")
    hal.wait_for_load_state()
    assert "dibuka kembali" in hal.inner_text(".pesan")
    konteks.close()

    konteks, hal = _masuk(peramban, demo, "operator-kencong", "ponsel")
    hal.goto(url)
    hal.click("button:has-text('Ajukan tanpa mengubah')")
    hal.wait_for_load_state()
    assert "diajukan untuk diverifikasi" in hal.inner_text(".pesan")
    konteks.close()

    konteks, hal = _masuk(peramban, demo, "kepala-kencong", "ponsel")
    hal.goto(url)
    hal.click("button:has-text('Verifikasi')")
    hal.wait_for_load_state()
    assert "Realisasi diverifikasi." in hal.inner_text(".pesan")
    hal.click("button:has-text('Kunci')")
    hal.wait_for_load_state()
    assert "Realisasi dikunci." in hal.inner_text(".pesan")
    assert "Triwulan ini dikunci" in hal.inner_text("#keterangan-kunci")
    assert "Camat Kencong" in hal.inner_text("#keterangan-kunci")
    konteks.close()


def test_kuartal_terkunci_menjelaskan_sebabnya_dan_tautan_lihat_isi(peramban, demo):
    """Item 3: a locked quarter says it is locked, since when, by whom and who can reopen it; the list links
    read "Lihat" (locked) and "Isi" (open), never "Buka" next to "Buka kembali"."""
    for layar in LAYAR:
        konteks, hal = _masuk(peramban, demo, "operator", layar)
        hal.goto(f"{demo.url}/pd/{PD}/2023/realisasi/")
        tautan = {
            tw: hal.locator("tr", has_text=f"Triwulan {tw}").first.locator("a").inner_text()
            for tw in ("I ", "II ", "III", "IV")
        }
        assert [t.split()[0] for t in tautan.values()] == ["Lihat", "Lihat", "Lihat", "Isi"], tautan
        assert "Buka" not in hal.inner_text("main")
        hal.locator("tr", has_text="Triwulan II ").first.locator("a").click()
        hal.wait_for_load_state()
        assert hal.locator("input[name^=n_]").first.is_disabled()
        kotak = hal.inner_text("#keterangan-kunci")
        assert re.search(r"Triwulan ini dikunci sejak \d{1,2} \w+ \d{4} oleh \S", kotak), kotak
        assert "admin pemda" in kotak and "membukanya kembali" in kotak
        assert hal.locator("#keterangan-kunci").is_visible()
        konteks.close()
    # The kepala of the agency sees on an open quarter that only the operator fills it.
    konteks, hal = _masuk(peramban, demo, "kepala")
    hal.goto(f"{demo.url}/pd/{PD}/2023/realisasi/")
    assert hal.locator("tr", has_text="Triwulan IV").first.locator("a").inner_text().startswith("Lihat")
    hal.goto(f"{demo.url}/pd/{PD}/2023/realisasi/4/")
    assert "diisi oleh operator" in hal.inner_text("#keterangan-kunci")
    konteks.close()

"""The public questionnaire in a real browser (Debian's Chromium through Playwright): a phone-sized screen
without login, then a kiosk tablet that returns to a blank form."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The `peramban` fixture (Debian's Chromium through Playwright) is in tests/conftest.py.


@pytest.fixture
def unit(transactional_db):
    from sakip.web.organisasi.models import Pemda, PerangkatDaerah
    from sakip.web.survei.models import LayananSurvei

    pemda = Pemda.objects.create(nama="Kabupaten Uji")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Uji", slug="kecamatan-uji")
    LayananSurvei.objects.create(perangkat_daerah=pd, nama="KTP", urutan=1)
    LayananSurvei.objects.create(perangkat_daerah=pd, nama="Surat keterangan", urutan=2)
    return pd


def _jawab(hal, unsur: str, nomor_pilihan: int) -> None:
    hal.locator(f"input[name={unsur.lower()}]").nth(nomor_pilihan - 1).locator("xpath=..").click()


def test_mengisi_kuesioner_di_ponsel(peramban, live_server, unit):
    from sakip.web.survei.models import Respon

    konteks = peramban.new_context(
        viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True, locale="id-ID", device_scale_factor=2
    )
    hal = konteks.new_page()
    hal.goto(f"{live_server.url}/skm/{unit.slug}/")
    assert "Layanan apa" in hal.inner_text("main")
    hal.click("text=KTP")
    hal.wait_for_load_state()
    assert "Layanan: KTP" in hal.inner_text("main")
    # Fits a small phone: no sideways scrolling; every answer is a big touch target.
    assert hal.evaluate("document.documentElement.scrollWidth") <= 360
    tinggi = hal.eval_on_selector_all(".pilihan", "els => els.map(e => e.getBoundingClientRect().height)")
    assert len(tinggi) == 36 and min(tinggi) >= 44
    # Sending without answers stays on the form (the browser asks for the first unanswered question).
    hal.click("button[type=submit]")
    assert "/terima-kasih/" not in hal.url
    assert Respon.objects.count() == 0
    # The form asks sarana (U9) eighth and pengaduan (U8) ninth; answers are stored by unsur.
    legend = hal.locator("legend").all_inner_texts()
    assert "sarana dan prasarana" in legend[7] and "penanganan pengaduan" in legend[8]
    for u, n in {"U1": 4, "U2": 3, "U3": 3, "U4": 4, "U5": 3, "U6": 4, "U7": 4, "U8": 4, "U9": 2}.items():
        _jawab(hal, u, n)
    hal.select_option("#id_jenis_kelamin", "P")
    hal.select_option("#id_umur", "30-39")
    hal.fill("#id_saran", "Kursi ruang tunggu kurang")
    hal.click("button[type=submit]")
    hal.wait_for_url("**/terima-kasih/")
    assert "Terima kasih" in hal.inner_text("main")
    r = Respon.objects.get()
    assert r.jawaban() == {"U1": 4, "U2": 3, "U3": 3, "U4": 4, "U5": 3, "U6": 4, "U7": 4, "U8": 4, "U9": 2}
    assert (r.layanan_nama, r.jenis_kelamin, r.umur, r.saran, r.sumber) == (
        "KTP",
        "P",
        "30-39",
        "Kursi ruang tunggu kurang",
        "web",
    )
    konteks.close()


def test_kios_kembali_ke_formulir_kosong(peramban, live_server, unit):
    from sakip.web.survei.models import Respon
    from sakip.web.survei.services import pengaturan_ambil_atau_buat

    token = pengaturan_ambil_atau_buat(pd=unit).token_kios
    konteks = peramban.new_context(viewport={"width": 800, "height": 1280}, has_touch=True, locale="id-ID")
    hal = konteks.new_page()
    url = f"{live_server.url}/skm/kios/{token}/"
    hal.goto(url)
    hal.click("text=Surat keterangan")
    for u in ("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"):
        _jawab(hal, u, 3)
    hal.click("button[type=submit]")
    hal.wait_for_url("**/terima-kasih/**")
    # The thank-you page returns by itself to a blank form for the next respondent.
    hal.wait_for_url(url, timeout=15000)
    assert "Layanan apa" in hal.inner_text("main")  # back at the start, nothing of the last respondent
    r = Respon.objects.get()
    assert r.sumber == "kios" and r.layanan_nama == "Surat keterangan" and r.jawaban()["U5"] == 3
    konteks.close()

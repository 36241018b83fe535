"""In a real browser under the strict Content-Security-Policy: the pages still work (htmx sorting swaps the
table, predikat badges keep their colours, the QR poster prints through its script) and the browser reports no
violation on any of them."""

from __future__ import annotations

import pytest

from sakip.web.pertukaran.demo import LOGIN, siapkan_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SANDI = {x.username: x.password for x in LOGIN}
PD = "dinas-komunikasi-dan-informatika"


def _halaman(peramban):
    konteks = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    hal = konteks.new_page()
    pelanggaran: list[str] = []
    hal.on("console", lambda m: pelanggaran.append(m.text) if "Content Security Policy" in m.text else None)
    # Violations are also delivered as DOM events; count those too (console wording differs between versions).
    hal.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => "
        "console.error('Content Security Policy: ' + e.violatedDirective + ' ' + e.blockedURI));"
    )
    return konteks, hal, pelanggaran


def _masuk(hal, live_server, nama: str) -> None:
    hal.goto(f"{live_server.url}/masuk/")
    hal.fill("#id_username", nama)
    hal.fill("#id_password", SANDI[nama])
    hal.click("button[type=submit]")
    hal.wait_for_load_state()
    assert "/masuk/" not in hal.url


def test_halaman_berjalan_tanpa_pelanggaran_csp(peramban, live_server):
    siapkan_demo()
    konteks, hal, pelanggaran = _halaman(peramban)
    hal.goto(f"{live_server.url}/publik/")
    hal.goto(f"{live_server.url}/publik/{PD}/2023/")
    latar = hal.eval_on_selector(".predikat", "e => getComputedStyle(e).backgroundColor")
    assert latar not in ("rgba(0, 0, 0, 0)", "transparent"), "warna predikat diblokir CSP"
    hal.goto(f"{live_server.url}/skm/{PD}/")
    _masuk(hal, live_server, "admin")
    hal.goto(f"{live_server.url}/ikhtisar/?tahun=2023")
    baris_awal = hal.inner_text("#tabel-ikhtisar tbody tr:first-child")
    hal.click("#tabel-ikhtisar th a:has-text('Perangkat daerah')")
    hal.wait_for_url("**urut=nama**")
    hal.wait_for_function("document.querySelector('#tabel-ikhtisar') !== null")
    assert hal.inner_text("#tabel-ikhtisar tbody tr:first-child") != "" and baris_awal != ""
    hal.goto(f"{live_server.url}/pd/{PD}/2023/")
    hal.goto(f"{live_server.url}/pd/{PD}/2023/survei/poster/")
    hal.evaluate("window.print = () => { window.__dicetak = true; }")
    hal.click("[data-cetak]")
    assert hal.evaluate("window.__dicetak === true")
    hal.goto(f"{live_server.url}/akun/dua-langkah/")
    assert hal.locator("svg.segno").count() == 1
    hal.goto(f"{live_server.url}/admin/")
    hal.goto(f"{live_server.url}/admin/auth/user/")
    assert pelanggaran == []
    konteks.close()

"""In a real browser (Debian's Chromium through Playwright, the shared `peramban` fixture):

- the reviewer runs the reviu, records a follow-up on one galat; the kepala cannot declare the PK final while the
  other galat is open, and is told which one;
- the operator asks for the LKjIP as PDF, watches its progress, and downloads it.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from django.db import connections

from sakip.web.dokumen import pekerja
from sakip.web.dokumen.models import Pekerjaan
from sakip.web.pertukaran.demo import LOGIN, siapkan_demo
from sakip.web.reviu.models import Penetapan, TindakLanjut

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SANDI = {x.username: x.password for x in LOGIN}
PD = "dinas-komunikasi-dan-informatika"


def _masuk(peramban, live_server, nama: str):
    konteks = peramban.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID", accept_downloads=True)
    hal = konteks.new_page()
    hal.goto(f"{live_server.url}/masuk/")
    hal.fill("#id_username", nama)
    hal.fill("#id_password", SANDI[nama])
    hal.click("button[type=submit]")
    hal.wait_for_load_state()
    assert "/masuk/" not in hal.url, f"{nama} gagal masuk"
    return konteks, hal


def test_reviu_tindak_lanjut_dan_pk_tidak_dapat_final(peramban, live_server):
    siapkan_demo()
    konteks, hal = _masuk(peramban, live_server, "reviewer")
    hal.goto(f"{live_server.url}/pd/{PD}/2023/reviu/")
    hal.click("#jalankan-reviu")
    hal.wait_for_load_state()
    assert "Reviu selesai: 2 galat" in hal.inner_text(".pesan")
    galat = hal.locator("#tingkat-galat article")
    assert galat.count() == 2
    pertama = galat.nth(0)
    program_ditutup = "2.16.01" if "2.16.01" in pertama.inner_text() else "2.16.02"
    program_terbuka = {"2.16.01": "2.16.02", "2.16.02": "2.16.01"}[program_ditutup]
    pertama.locator("select[name=status]").select_option("ditindaklanjuti")
    pertama.locator("textarea[name=catatan]").fill("Selisih pagu dijelaskan dalam berita acara pergeseran anggaran.")
    pertama.locator("button:has-text('Simpan tindak lanjut')").click()
    hal.wait_for_load_state()
    assert "Tindak lanjut temuan disimpan." in hal.inner_text(".pesan")
    assert "Galat (2, 1 terbuka)" in hal.inner_text("#tingkat-galat h3")
    assert TindakLanjut.objects.filter(status="ditindaklanjuti").count() == 1
    konteks.close()

    konteks, hal = _masuk(peramban, live_server, "kepala")
    hal.goto(f"{live_server.url}/pd/{PD}/2023/rencana/pk/")
    assert "Temuan reviu" in hal.inner_text("main")
    hal.click("button:has-text('Tetapkan final')")
    hal.wait_for_load_state()
    pesan = hal.inner_text(".pesan")
    assert "belum dapat ditetapkan final: 1 galat reviu belum ditindaklanjuti" in pesan
    assert program_terbuka in pesan and program_ditutup not in pesan
    assert not Penetapan.objects.exists()
    konteks.close()


def test_operator_mengunduh_lkjip_pdf_dengan_kemajuan(peramban, live_server, tmp_path, monkeypatch):
    siapkan_demo()
    # The PDF may be written faster than the page polls: the worker holds at the "Menyusun" stage until the page has
    # shown it, so the test sees the progress whatever the machine's speed.
    terlihat = threading.Event()
    import sakip.laporan

    asli = sakip.laporan.buat_dokumen

    def buat_dokumen_ditahan(*args, **kwargs):
        terlihat.wait(60)
        return asli(*args, **kwargs)

    monkeypatch.setattr(sakip.laporan, "buat_dokumen", buat_dokumen_ditahan)
    konteks, hal = _masuk(peramban, live_server, "operator")
    hal.goto(f"{live_server.url}/pd/{PD}/2023/")
    hal.click("nav.tab >> text=Dokumen")
    hal.wait_for_load_state()
    hal.click("#dokumen-lkjip button[data-format=pdf]")
    hal.wait_for_load_state()
    # Queued: the page shows its progress and keeps asking (htmx).
    assert "Menunggu giliran" in hal.inner_text("#pekerjaan")
    assert hal.locator("#pekerjaan progress").count() == 1

    # The worker picks it up, as `sakip pekerja` (or the demo's thread) would. An in-memory SQLite test database is
    # one connection shared by the test and the live server: the worker thread uses it too.
    sambungan = connections["default"]
    galat: list[BaseException] = []

    bersama = sambungan.vendor == "sqlite"
    if bersama:
        sambungan.inc_thread_sharing()

    def kerja() -> None:
        if bersama:
            connections["default"] = sambungan
        try:
            pekerja.jalankan_satu()
        except BaseException as exc:  # reported by the test thread
            galat.append(exc)
        finally:
            if not bersama:
                connections["default"].close()

    t = threading.Thread(target=kerja)
    t.start()
    try:
        hal.wait_for_selector("#pekerjaan .tahap:has-text('Menyusun Laporan Kinerja')", timeout=30_000)
    finally:
        terlihat.set()
    hal.wait_for_selector("#unduh-dokumen", timeout=120_000)
    t.join(60)
    if bersama:
        sambungan.dec_thread_sharing()
    assert not galat, galat
    assert "Dokumen siap" in hal.inner_text("#pekerjaan")
    with hal.expect_download() as unduhan:
        hal.click("#unduh-dokumen")
    assert unduhan.value.suggested_filename == f"lkjip-2023-{PD}.pdf"
    berkas = Path(unduhan.value.path())
    assert berkas.read_bytes()[:5] == b"%PDF-" and berkas.stat().st_size > 50_000
    assert Pekerjaan.objects.get().status == Pekerjaan.SELESAI
    konteks.close()

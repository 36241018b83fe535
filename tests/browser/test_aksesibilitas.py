"""Accessibility of the main pages (issue 16): axe-core, shipped inside axe-playwright-python (no network), run in
Debian's Chromium on a desktop and a phone viewport. No serious or critical violation is allowed."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from sakip.web.pertukaran.demo import LOGIN, siapkan_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SANDI = {x.username: x.password for x in LOGIN}
PD = "dinas-komunikasi-dan-informatika"
LAYAR = {"desktop": (1366, 900), "ponsel": (390, 844)}

HALAMAN_PUBLIK = [
    "/masuk/",
    "/publik/",
    f"/publik/{PD}/2023/",
    f"/publik/{PD}/2023/ikm/",
    f"/publik/{PD}/2023/dokumen/",
    f"/skm/{PD}/",
]
HALAMAN = {
    "admin": [
        "/ikhtisar/",
        f"/pd/{PD}/2023/anggaran/",
        "/pemda/pengguna/",
        "/pemda/pengaturan/",
        "/survei/kabupaten/",
        "/dokumen/",
        "/berkas/impor/",
    ],
    "operator": [
        f"/pd/{PD}/2023/",
        f"/pd/{PD}/2023/realisasi/",
        f"/pd/{PD}/2023/realisasi/4/",
        f"/pd/{PD}/2023/realisasi/1/",
        f"/pd/{PD}/2023/rencana/",
        f"/pd/{PD}/2023/survei/",
        f"/pd/{PD}/2023/dokumen/",
        f"/pd/{PD}/2023/indikator/IKU1/",
        f"/pd/{PD}/2023/riwayat/",
        f"/pd/{PD}/2023/rencana/pk/",
        f"/pd/{PD}/2023/register/",
        f"/pd/{PD}/2023/register/aduan/",
    ],
    "reviewer": [f"/pd/{PD}/2023/reviu/", "/reviu/"],
}


def _pelanggaran(axe: Axe, hal) -> list[str]:
    hasil = axe.run(hal)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in hasil.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("layar", list(LAYAR))
def test_halaman_utama_tanpa_pelanggaran_serius(peramban, live_server, layar):
    siapkan_demo()
    axe = Axe()
    lebar, tinggi = LAYAR[layar]
    temuan: dict[str, list[str]] = {}
    for nama in [None, *HALAMAN]:
        konteks = peramban.new_context(viewport={"width": lebar, "height": tinggi}, locale="id-ID")
        hal = konteks.new_page()
        if nama:
            hal.goto(f"{live_server.url}/masuk/")
            hal.fill("#id_username", nama)
            hal.fill("#id_password", SANDI[nama])
            hal.click("button[type=submit]")
            hal.wait_for_load_state()
        for url in HALAMAN[nama] if nama else HALAMAN_PUBLIK:
            jawab = hal.goto(f"{live_server.url}{url}")
            assert jawab.status == 200, url
            masalah = _pelanggaran(axe, hal)
            if masalah:
                temuan[f"{nama or 'publik'} {url}"] = masalah
        konteks.close()
    assert not temuan, "\n".join(f"{u}:\n  " + "\n  ".join(m) for u, m in temuan.items())

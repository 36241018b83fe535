"""The evaluation pages in Debian's Chromium: a reviewer scores in the worksheet and saves; no serious or critical
accessibility violation (axe-core) on the worksheet, the recap and the public page, desktop and phone."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from sakip.web.pertukaran.demo import LOGIN, siapkan_demo

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SANDI = {x.username: x.password for x in LOGIN}
KENCONG = "kecamatan-kencong"
PD = "dinas-komunikasi-dan-informatika"
LAYAR = {"desktop": (1366, 900), "ponsel": (390, 844)}


def _masuk(hal, url: str, nama: str) -> None:
    hal.goto(f"{url}/masuk/")
    hal.fill("#id_username", nama)
    hal.fill("#id_password", SANDI[nama])
    hal.click("button[type=submit]")
    hal.wait_for_load_state()


def _pelanggaran(axe: Axe, hal) -> list[str]:
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in axe.run(hal).response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("layar", list(LAYAR))
def test_halaman_evaluasi_tanpa_pelanggaran_serius(peramban, live_server, layar):
    siapkan_demo()
    axe = Axe()
    lebar, tinggi = LAYAR[layar]
    temuan = {}
    for nama, halaman in (
        ("reviewer", [f"/pd/{KENCONG}/2023/evaluasi/", "/evaluasi/2023/"]),
        (None, ["/nilai-sakip/2023/"]),
    ):
        konteks = peramban.new_context(viewport={"width": lebar, "height": tinggi}, locale="id-ID")
        hal = konteks.new_page()
        if nama:
            _masuk(hal, live_server.url, nama)
        for url in halaman:
            assert hal.goto(f"{live_server.url}{url}").status == 200, url
            masalah = _pelanggaran(axe, hal)
            if masalah:
                temuan[f"{nama or 'publik'} {url}"] = masalah
        konteks.close()
    assert not temuan, "\n".join(f"{u}:\n  " + "\n  ".join(m) for u, m in temuan.items())


def test_reviewer_menilai_di_lembar(peramban, live_server):
    siapkan_demo()
    konteks = peramban.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
    hal = konteks.new_page()
    _masuk(hal, live_server.url, "reviewer")
    hal.goto(f"{live_server.url}/pd/{PD}/2023/evaluasi/")
    hal.click("#mulai-evaluasi")
    hal.wait_for_load_state()
    hal.select_option("select[name='evaluator:1.a.3']", "Y")
    hal.fill("textarea[name='catatan:1.a.3']", "Renstra ada dan ditetapkan.")
    hal.fill("#alasan-nilai", "telaah dokumen")
    hal.click("#simpan-nilai")
    hal.wait_for_load_state()
    assert "Penilaian evaluator disimpan." in hal.content()
    assert hal.input_value("select[name='evaluator:1.a.3']") == "Y"
    assert hal.text_content("#status-evaluasi").strip() == "Dievaluasi Inspektorat"
    konteks.close()

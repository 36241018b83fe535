"""An indicator whose realisasi can be computed from records shows both values in the report."""

from .conftest import teks_docx


def test_lkjip_menyebut_nilai_terhitung_dan_yang_diketik(docx_kencong):
    teks = teks_docx(docx_kencong)
    baris = [b for b in teks.splitlines() if b.startswith("Realisasi dari catatan.")]
    # IKU1 (program indicators), IKU2 (survey), IKU3 (activity register), IKU4 (complaint register)
    assert len(baris) == 4
    assert "2 dari 4 indikator program tercapai = 50,00%" in baris[0]
    iku4 = baris[3]
    assert "5 dari 5 aduan terselesaikan = 100,00%" in iku4
    assert "Dipakai nilai yang diketik: 95" in iku4 and "Selisih dengan nilai terhitung: -5,00" in iku4

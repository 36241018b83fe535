"""Requirement 5 of the reviu issue: the LKjIP our own system writes reviews without a single galat."""

from __future__ import annotations

from sakip.berkas.laporan_cetak import baca_laporan
from sakip.cli import main
from sakip.core.reviu import reviu_laporan

from .bantu import CONTOH, berkas_bersih


def test_lkjip_kencong_buatan_sakip_tanpa_galat(tmp_path, capsys):
    keluaran = tmp_path / "lkjip.docx"
    assert main(["laporan", str(CONTOH), "-o", str(keluaran)]) == 0
    capsys.readouterr()
    temuan = reviu_laporan(baca_laporan(keluaran))
    assert [(t.kode, t.lokasi, t.pesan) for t in temuan if t.tingkat.value == "galat"] == []
    # what remains are the Kencong data's own inconsistencies (warnings the berkas reviu reports too)
    assert {t.kode for t in temuan} <= {
        "RENC-OUTPUT-BEDA",
        "RENC-TARGET-BEDA",
        "RENC-IKU-KOSONG",
        "PROSA-SELURUH",
        "LENGKAP-ANALISIS",
        "LENGKAP-SEL-KOSONG",
    }
    assert main(["reviu", str(keluaran)]) == 0


def test_lkjip_dari_data_yang_bersih_tanpa_temuan(tmp_path):
    from sakip.berkas.tulis import tulis_berkas

    berkas = tmp_path / "bersih.yaml"
    tulis_berkas(berkas_bersih(), berkas)
    keluaran = tmp_path / "lkjip.docx"
    assert main(["laporan", str(berkas), "-o", str(keluaran)]) == 0
    assert reviu_laporan(baca_laporan(keluaran)) == []


def test_dokumen_pk_bukan_laporan_kinerja(tmp_path, capsys):
    """A PK on its own is not an LKjIP: one finding says so, and its signing date is no report date."""
    keluaran = tmp_path / "pk.docx"
    assert main(["laporan", str(CONTOH), "--dokumen", "pk", "-o", str(keluaran)]) == 0
    capsys.readouterr()
    temuan = reviu_laporan(baca_laporan(keluaran))
    assert [t.kode for t in temuan] == ["LENGKAP-BAGIAN"]

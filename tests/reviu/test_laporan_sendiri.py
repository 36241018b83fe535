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


def test_lkjip_diskominfo_galatnya_hanya_galat_datanya(tmp_path, capsys):
    """A second agency whose data disagree with its PK: the printed report carries exactly the data's galat, and
    an indicator named "Rata-rata waktu …" is read as an indicator, not as an average row or an average claim."""
    from sakip.berkas.baca import baca_berkas
    from sakip.core.reviu import reviu_berkas

    contoh = CONTOH.parent / "diskominfo-jember-2023-sintetis.yaml"
    keluaran = tmp_path / "lkjip.docx"
    assert main(["laporan", str(contoh), "-o", str(keluaran)]) == 0
    capsys.readouterr()
    dari_laporan = sorted(t.kode for t in reviu_laporan(baca_laporan(keluaran)) if t.tingkat.value == "galat")
    dari_data = sorted(t.kode for t in reviu_berkas(baca_berkas(contoh)) if t.tingkat.value == "galat")
    assert dari_laporan == dari_data == ["ANGG-PK", "ANGG-PK"]

from pathlib import Path

from sakip.berkas.baca import baca_berkas, baca_teks
from sakip.berkas.tulis import tulis_berkas

CONTOH = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"


def test_tulis_lalu_baca_sama_persis():
    asli = baca_berkas(CONTOH)
    teks = tulis_berkas(asli)
    kembali = baca_teks(teks)
    assert kembali == asli
    # And a second round trip writes the same text.
    assert tulis_berkas(kembali) == teks


def test_tulis_ke_berkas(tmp_path):
    asli = baca_berkas(CONTOH)
    path = tmp_path / "ekspor.yaml"
    tulis_berkas(asli, path)
    assert baca_berkas(path) == asli


def test_tanggal_dpa_bolak_balik_dan_tanggal_salah_ditolak():
    import pytest

    from sakip.berkas.baca import BerkasTidakValid

    teks = CONTOH.read_text(encoding="utf-8").replace("\nrkt:\n", "\nrkt:\n  tanggal_dpa: 2022-12-30\n", 1)
    b = baca_teks(teks)
    assert str(b.rkt.tanggal_dpa) == "2022-12-30"
    assert baca_teks(tulis_berkas(b)) == b
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(teks.replace("tanggal_dpa: 2022-12-30", "tanggal_dpa: 2022-13-45"))
    assert any("'2022-13-45' bukan tanggal yang sah" in str(m) for m in e.value.masalah)

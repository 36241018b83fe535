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

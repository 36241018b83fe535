"""Evaluasi AKIP: the LKE worksheet as data (`data/*.yaml`), its loader and the scoring engine.

Framework-free like the rest of `sakip.core`: the CLI scores a CSV of answers with it, the web app scores
the evaluator's worksheet with the same functions.
"""

from .hitung import (
    HasilKomponen,
    HasilKriteria,
    HasilLke,
    HasilSubKomponen,
    JawabanTidakValid,
    hitung_lke,
    nilai_jawaban,
    normalisasi_jawaban,
    periksa_jawaban,
    predikat_lke,
)
from .jawaban_csv import LembarJawaban, baca_jawaban_csv
from .model import JenisJawaban, Komponen, Kriteria, Lke, SubKomponen
from .muat import LKE_BAWAAN, LkeTidakValid, daftar_lke, muat_lke, muat_lke_teks

__all__ = [
    "LKE_BAWAAN",
    "HasilKomponen",
    "HasilKriteria",
    "HasilLke",
    "HasilSubKomponen",
    "JawabanTidakValid",
    "JenisJawaban",
    "Komponen",
    "Kriteria",
    "LembarJawaban",
    "Lke",
    "LkeTidakValid",
    "SubKomponen",
    "baca_jawaban_csv",
    "daftar_lke",
    "hitung_lke",
    "muat_lke",
    "muat_lke_teks",
    "nilai_jawaban",
    "normalisasi_jawaban",
    "periksa_jawaban",
    "predikat_lke",
]

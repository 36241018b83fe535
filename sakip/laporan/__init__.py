"""Documents from the measurement results: the LKjIP, the Perjanjian Kinerja and the Renstra, RKT and IKU
matrices, as DOCX, PDF (HTML → WeasyPrint) and XLSX.

One renderer serves the command line (a berkas file) and the web app (the database, turned into the same
core `Berkas`):

    from sakip.laporan import buat_dokumen, OpsiDokumen
    data = buat_dokumen(berkas, dokumen="lkjip", format="pdf", opsi=OpsiDokumen(logo=png))

`buat_banyak` produces documents for many agencies in worker processes, outside any web request.
"""

from __future__ import annotations

from .api import (
    DOKUMEN_DAERAH,
    DOKUMEN_FORMAT,
    HasilTugas,
    Tugas,
    buat_banyak,
    buat_dokumen,
    buat_dokumen_daerah,
    nama_berkas_keluaran,
    susun_dokumen,
)
from .umum import FORMAT, JENIS_DOKUMEN, DokumenTidakValid, OpsiDokumen

__all__ = [
    "DOKUMEN_DAERAH",
    "DOKUMEN_FORMAT",
    "FORMAT",
    "JENIS_DOKUMEN",
    "DokumenTidakValid",
    "HasilTugas",
    "OpsiDokumen",
    "Tugas",
    "buat_banyak",
    "buat_dokumen",
    "buat_dokumen_daerah",
    "nama_berkas_keluaran",
    "susun_dokumen",
]

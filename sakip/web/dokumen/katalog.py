"""Which documents an agency-year offers, in which formats, under which file names."""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from sakip.core.model import Berkas, JenisPk

JENIS_ISI = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "zip": "application/zip",
}
LABEL_FORMAT = {"docx": "Word (DOCX)", "pdf": "PDF", "xlsx": "Excel (XLSX)", "zip": "ZIP"}

# The documents the web app offers and their formats: reports as Word and PDF, matrices as Word and Excel.
FORMAT_DOKUMEN: dict[str, tuple[str, ...]] = {
    "lkjip": ("docx", "pdf"),
    "pk": ("docx", "pdf"),
    "renstra": ("docx", "xlsx"),
    "rkt": ("docx", "xlsx"),
    "iku": ("docx", "xlsx"),
}
JUDUL_DOKUMEN = {
    "lkjip": "Laporan Kinerja (LKjIP)",
    "pk": "Perjanjian Kinerja",
    "renstra": "Matriks Renstra",
    "rkt": "Rencana Kinerja Tahunan (RKT)",
    "iku": "Indikator Kinerja Utama (IKU)",
    "lhe": "Laporan Hasil Evaluasi (LHE)",
}


@dataclass(frozen=True)
class PilihanDokumen:
    dokumen: str
    pk: str  # "murni" | "perubahan" for a PK version, "" otherwise
    judul: str
    keterangan: str
    format: tuple[str, ...]


def pilihan_dokumen(berkas: Berkas) -> list[PilihanDokumen]:
    """The documents of an agency-year: the LKjIP, each recorded (signed) PK version, the three matrices."""
    hasil = [
        PilihanDokumen(
            "lkjip",
            "",
            JUDUL_DOKUMEN["lkjip"],
            "Laporan tahunan lengkap: Bab I–IV, tabel, grafik dan lampiran, disusun dari data dan hasil pengukuran.",
            FORMAT_DOKUMEN["lkjip"],
        )
    ]
    jenis_ada = {p.jenis for p in berkas.pk}
    for jenis, uraian in ((JenisPk.MURNI, "murni"), (JenisPk.PERUBAHAN, "perubahan")):
        if jenis in jenis_ada:
            hasil.append(
                PilihanDokumen(
                    "pk",
                    jenis,
                    f"Perjanjian Kinerja {uraian}",
                    "Pernyataan perjanjian dan lampirannya (sasaran, indikator, target, program dan anggaran)"
                    + (" — versi perubahan terakhir." if jenis == JenisPk.PERUBAHAN else "."),
                    FORMAT_DOKUMEN["pk"],
                )
            )
    for dok, ket in (
        ("renstra", "Tujuan, sasaran, indikator dan target per tahun, strategi, kebijakan dan program."),
        ("rkt", "Sasaran → program → kegiatan → sub kegiatan dengan indikator, target dan anggaran."),
        ("iku", "Indikator kinerja utama, formulasi, penanggung jawab dan sumber data."),
    ):
        hasil.append(PilihanDokumen(dok, "", JUDUL_DOKUMEN[dok], ket, FORMAT_DOKUMEN[dok]))
    return hasil


def cari_pilihan(berkas: Berkas, dokumen: str, pk: str) -> PilihanDokumen | None:
    return next((p for p in pilihan_dokumen(berkas) if p.dokumen == dokumen and p.pk == pk), None)


def _aman(teks: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", teks.lower()).strip("-") or "instansi"


def nama_berkas(nama: str, tahun: int, dokumen: str, format: str, pk: str = "") -> str:
    """``lkjip-2023-kecamatan-kencong.pdf``, ``pk-perubahan-2023-kecamatan-kencong.docx``."""
    jenis = f"{dokumen}-{pk}" if pk else dokumen
    return f"{jenis}-{tahun}-{_aman(nama)}.{format}"


@functools.cache
def versi_laporan() -> str:
    """A fingerprint of the document renderer (code, templates, fonts): a new release makes new documents."""
    import sakip.laporan

    akar = Path(sakip.laporan.__file__).resolve().parent
    h = hashlib.sha256()
    for f in sorted(akar.rglob("*")):
        if f.is_file() and "__pycache__" not in f.parts:
            h.update(f.relative_to(akar).as_posix().encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]

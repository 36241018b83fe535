"""Printed performance reports (DOCX, PDF — text or scanned —, extracted text, Markdown) → `sakip.core.reviu.cetak.LaporanTercetak`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sakip.core.reviu.cetak import LaporanTercetak

from .kenali import kenali

AKHIRAN_TEKS = (".txt", ".md", ".markdown", ".text")
AKHIRAN_DOCX = (".docx",)
AKHIRAN_PDF = (".pdf",)


class LaporanTidakTerbaca(Exception):
    """The file cannot be read as a report. The message is Indonesian, for users."""


def baca_laporan(path: str | Path, kemajuan: Callable[[int, int], None] | None = None) -> LaporanTercetak:
    """Read a report. For a PDF, `kemajuan(halaman_selesai, jumlah_halaman)` is called after every page."""
    p = Path(path)
    akhiran = p.suffix.lower()
    if not p.exists():
        raise LaporanTidakTerbaca(f"berkas '{p}' tidak ditemukan")
    _periksa_ukuran(p, akhiran)
    if akhiran in AKHIRAN_DOCX:
        from .docx import baca_docx

        blok = baca_docx(p)
    elif akhiran in AKHIRAN_PDF:
        from .pdf import baca_pdf

        blok = baca_pdf(p, kemajuan)
    elif akhiran in AKHIRAN_TEKS:
        from .teks import baca_teks

        try:
            teks = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            try:
                teks = p.read_text(encoding="cp1252")
            except UnicodeDecodeError:
                raise LaporanTidakTerbaca(f"'{p}' bukan teks UTF-8") from None
        except OSError as exc:
            raise LaporanTidakTerbaca(f"'{p}' tidak dapat dibaca: {exc.strerror}") from None
        blok = baca_teks(teks)
    else:
        raise LaporanTidakTerbaca(
            f"jenis berkas '{akhiran or p.name}' tidak dikenal; gunakan .docx, .pdf, .txt atau .md (laporan) "
            "atau .yaml/.json (berkas data)"
        )
    if not any(b.teks or b.baris for b in blok):
        raise LaporanTidakTerbaca(f"'{p}' kosong: tidak ada teks maupun tabel yang dapat dibaca")
    return kenali(blok, str(p))


def _periksa_ukuran(p: Path, akhiran: str) -> None:
    """Size before anything is read: a PDF may be a large scan, every other kind is a few megabytes."""
    from sakip.berkas.aman import MasukanBerbahaya, periksa_ukuran
    from sakip.core.batas import MAKS_UKURAN_BERKAS, MAKS_UKURAN_LAPORAN

    try:
        periksa_ukuran(p.stat().st_size, batas=MAKS_UKURAN_LAPORAN if akhiran in AKHIRAN_PDF else MAKS_UKURAN_BERKAS)
    except MasukanBerbahaya as exc:
        raise LaporanTidakTerbaca(f"'{p.name}': {exc}") from None
    except OSError as exc:
        raise LaporanTidakTerbaca(f"'{p}' tidak dapat dibaca: {exc.strerror}") from None


def baca_laporan_teks(teks: str, sumber: str = "laporan") -> LaporanTercetak:
    from .teks import baca_teks

    return kenali(baca_teks(teks), sumber)


__all__ = ["LaporanTidakTerbaca", "baca_laporan", "baca_laporan_teks"]

"""What the reviu of a printed report covered: which standard tables it recognised (and where), which it did not
find, and how many tables it could not place. "No findings" on a table that was never recognised is not "clean":
every reviu result carries this list beside its findings (CLI, web, Catatan Hasil Reviu)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from .aturan_lengkap import TABEL_WAJIB
from .cetak import LaporanTercetak


@dataclass(frozen=True, slots=True)
class CakupanTabel:
    jenis: str
    nama: str  # the standard table, as the rules name it
    lokasi: tuple[str, ...]  # where it was found ("Tabel 3.1 (hlm. 12)"); empty: not found
    kolom: tuple[str, ...]  # the column labels read from the first table of the kind
    baris: int  # data rows read, over every table of the kind
    keyakinan: float | None = None  # read through OCR: the lowest table confidence 0–100 (None: text layer)

    @property
    def ditemukan(self) -> bool:
        return bool(self.lokasi)

    def ke_dict(self) -> dict:
        return {**asdict(self), "lokasi": list(self.lokasi), "kolom": list(self.kolom), "ditemukan": self.ditemukan}


def cakupan_tabel(lap: LaporanTercetak) -> list[CakupanTabel]:
    hasil = []
    for jenis, nama in TABEL_WAJIB:
        tabel = [t for t in lap.tabel if t.jenis == jenis]
        hasil.append(
            CakupanTabel(
                jenis=jenis,
                nama=nama,
                lokasi=tuple(dict.fromkeys(t.nama + (f" ({t.halaman})" if t.halaman else "") for t in tabel)),
                kolom=tuple(tabel[0].kolom) if tabel else (),
                baris=sum(len(t.baris) for t in tabel),
                keyakinan=min((t.keyakinan for t in tabel if t.keyakinan is not None), default=None),
            )
        )
    return hasil


def tabel_tak_dikenali(lap: LaporanTercetak) -> int:
    """Tables read but not recognised as any kind the rules know (charts' bars, letterheads, free tables)."""
    return sum(1 for t in lap.tabel if t.jenis == "lain")


def teks_cakupan(lap: LaporanTercetak) -> str:
    """The coverage as lines of text (CLI)."""
    baris = ["CAKUPAN TABEL BAKU"]
    for c in cakupan_tabel(lap):
        if c.ditemukan:
            ocr = f"; dibaca OCR, keyakinan {c.keyakinan:.0f}%" if c.keyakinan is not None else ""
            baris.append(f"  [v] {c.nama}: {', '.join(c.lokasi)}; {c.baris} baris{ocr}; kolom: {' | '.join(c.kolom)}")
        else:
            baris.append(f"  [ ] {c.nama}: TIDAK DITEMUKAN — aturannya tidak diperiksa pada laporan ini")
    lain = tabel_tak_dikenali(lap)
    if lain:
        baris.append(f"  {lain} tabel lain terbaca tetapi tidak dikenali jenisnya (tidak diperiksa).")
    return "\n".join(baris)

"""Pieces every document shares: options, caption numbering, letterhead, signature blocks, dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sakip.core.model import Berkas, Instansi, Pejabat
from sakip.core.tanggal import format_tanggal

from .isi import Daftar, Isi, Judul, Kop, Paragraf, Penandatangan, Teks, isi

JENIS_DOKUMEN = ("lkjip", "pk", "renstra", "rkt", "iku", "cascading", "pk-jabatan")
FORMAT = ("docx", "pdf", "xlsx", "html")
PILIHAN_PK = ("berlaku", "murni", "perubahan", "semua")
MESIN_PDF = ("typst", "weasyprint")


class DokumenTidakValid(ValueError):
    """The document cannot be produced from these inputs; the message is Indonesian, for users."""


@dataclass(slots=True)
class OpsiDokumen:
    """How a document is produced. Everything has a sensible default.

    - `logo`: the agency or district emblem (PNG/JPEG bytes) for the cover and the letterhead.
    - `templat`: the user's own Word template (.docx, bytes or a path) for styles and letterhead (DOCX only).
    - `pk`: which agreement the PK document prints: "berlaku" (the valid one), "murni", "perubahan", "semua".
    - `grafik`: include the charts in the LKjIP.
    - `lampiran`: include the appendices in the LKjIP.
    - `mesin_pdf`: the PDF writer: "typst" (default, fast) or "weasyprint" (the HTML page rendered by WeasyPrint).
    """

    logo: bytes | None = None
    templat: bytes | str | Path | None = None
    pk: str = "berlaku"
    grafik: bool = True
    lampiran: bool = True
    mesin_pdf: str = "typst"


class Penomor:
    """Caption numbers per chapter: "Tabel 3.1", "Tabel 3.2" …; "Grafik 3.1" …, in document order."""

    def __init__(self) -> None:
        self._n: dict[tuple[str, str], int] = {}

    def berikut(self, jenis: str, bab: str) -> str:
        kunci = (jenis, bab)
        self._n[kunci] = self._n.get(kunci, 0) + 1
        return f"{bab}.{self._n[kunci]}"


def tempat_tanggal(tempat: str, tanggal: date | None) -> str:
    if tanggal is None:
        return f"{tempat}," if tempat else ""
    return f"{tempat}, {format_tanggal(tanggal)}" if tempat else format_tanggal(tanggal)


def baris_pangkat(p: Pejabat) -> list[str]:
    bawah = []
    if p.pangkat or p.golongan:
        bawah.append(" – ".join(x for x in (p.pangkat, p.golongan) if x))
    if p.nip:
        bawah.append(f"NIP. {p.nip}")
    return bawah


def penandatangan(p: Pejabat | None, atas: list[str], *, jabatan_besar: bool = True) -> Penandatangan:
    if p is None:
        return Penandatangan(atas=[*atas, ""], nama="", bawah=[])
    jabatan = (p.jabatan.upper() if jabatan_besar else p.jabatan) + ("," if p.jabatan else "")
    return Penandatangan(atas=[*atas, jabatan], nama=p.nama, bawah=baris_pangkat(p))


def kop(instansi: Instansi, logo: bytes | None) -> Kop:
    besar = [x for x in (f"PEMERINTAH {instansi.pemda.upper()}" if instansi.pemda else "", instansi.nama.upper()) if x]
    alamat = instansi.alamat
    if instansi.telepon:
        alamat += f" Telp. {instansi.telepon}"
    if instansi.kode_pos:
        alamat += f" Kode Pos {instansi.kode_pos}"
    kontak = " · ".join(x for x in (instansi.email, instansi.laman) if x)
    return Kop(baris_besar=besar, baris_kecil=[x for x in (alamat.strip(), kontak) if x], logo=logo)


def tempat(berkas: Berkas, *pilihan: str) -> str:
    for p in pilihan:
        if p:
            return p
    return berkas.instansi.ibu_kota or berkas.instansi.pemda.removeprefix("Kabupaten ").removeprefix("Kota ")


# --- short block makers ----------------------------------------------------------------------------------------


def P(
    *bagian: str | Teks, rata: str = "justify", gaya: str = "biasa", menjorok: bool = True, lanjut: bool = False
) -> Paragraf:
    return Paragraf(isi(*bagian), rata=rata, gaya=gaya, menjorok=menjorok, tetap_dengan_berikut=lanjut)


def B(teks: str) -> Teks:
    return Teks(teks, tebal=True)


def I(teks: str) -> Teks:  # noqa: E743
    return Teks(teks, miring=True)


def J(teks: str, tingkat: int = 2, **kw) -> Judul:
    return Judul(teks, tingkat, **kw)


def L(butir: list[str] | list[Isi], penanda: str = "angka", tingkat: int = 0) -> Daftar | None:
    butir = [b for b in butir if b]
    if not butir:
        return None
    return Daftar([b if isinstance(b, list) else isi(b) for b in butir], penanda, tingkat)


def kalimat(teks: str) -> str:
    """Make sure a human-written item ends like a sentence."""
    teks = teks.strip()
    if teks and teks[-1] not in ".!?:;":
        teks += "."
    return teks

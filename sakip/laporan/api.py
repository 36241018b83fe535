"""The public entry points: one document (`buat_dokumen`) and a batch (`buat_banyak`)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sakip.core.hasil import HasilPengukuran
from sakip.core.hitung import hitung
from sakip.core.model import Berkas

from .isi import Dokumen
from .umum import FORMAT, JENIS_DOKUMEN, MESIN_PDF, PILIHAN_PK, DokumenTidakValid, OpsiDokumen

if TYPE_CHECKING:  # one agency's document never needs the district level nor the worker pool (cold start)
    from sakip.core.konsolidasi import HasilDaerah
    from sakip.core.model_daerah import Daerah

# Which formats each document has. The LKjIP and the PK are reports; the matrices are also spreadsheets.
DOKUMEN_FORMAT: dict[str, tuple[str, ...]] = {
    "lkjip": ("docx", "pdf", "html", "xlsx"),
    "pk": ("docx", "pdf", "html", "xlsx"),
    "renstra": ("docx", "pdf", "html", "xlsx"),
    "rkt": ("docx", "pdf", "html", "xlsx"),
    "iku": ("docx", "pdf", "html", "xlsx"),
    "cascading": ("docx", "pdf", "html", "xlsx"),
    "pk-jabatan": ("docx", "pdf", "html", "xlsx"),
}

_PEMBANGUN = {
    "lkjip": ("sakip.laporan.lkjip", "buat_lkjip"),
    "pk": ("sakip.laporan.dokumen", "buat_pk"),
    "renstra": ("sakip.laporan.dokumen", "buat_renstra"),
    "rkt": ("sakip.laporan.dokumen", "buat_rkt"),
    "iku": ("sakip.laporan.dokumen", "buat_iku"),
    "cascading": ("sakip.laporan.cascading", "buat_cascading"),
    "pk-jabatan": ("sakip.laporan.cascading", "buat_pk_jabatan"),
}


def _periksa(dokumen: str, format: str, opsi: OpsiDokumen) -> None:
    if dokumen not in JENIS_DOKUMEN:
        raise DokumenTidakValid(f"jenis dokumen '{dokumen}' tidak dikenal; pilihan: {', '.join(JENIS_DOKUMEN)}")
    if format not in FORMAT:
        raise DokumenTidakValid(f"format '{format}' tidak dikenal; pilihan: {', '.join(FORMAT)}")
    if format not in DOKUMEN_FORMAT[dokumen]:
        raise DokumenTidakValid(f"dokumen {dokumen} tidak tersedia dalam format {format}")
    if opsi.pk not in PILIHAN_PK:
        raise DokumenTidakValid(f"pilihan PK '{opsi.pk}' tidak dikenal; pilihan: {', '.join(PILIHAN_PK)}")
    if opsi.mesin_pdf not in MESIN_PDF:
        raise DokumenTidakValid(f"mesin PDF '{opsi.mesin_pdf}' tidak dikenal; pilihan: {', '.join(MESIN_PDF)}")
    if opsi.logo is not None:
        _periksa_logo(opsi.logo)


def _periksa_logo(data: bytes) -> None:
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            img.verify()
            jenis = img.format
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise DokumenTidakValid("logo bukan gambar yang dapat dibaca (gunakan PNG atau JPEG)") from None
    if jenis not in ("PNG", "JPEG", "GIF", "BMP"):
        raise DokumenTidakValid(f"logo berformat {jenis}; gunakan PNG atau JPEG")


def susun_dokumen(
    berkas: Berkas, *, dokumen: str = "lkjip", opsi: OpsiDokumen | None = None, hasil: HasilPengukuran | None = None
) -> Dokumen:
    """The document's content (format-independent blocks). `hasil` saves a second `hitung` when the caller has it."""
    import importlib

    opsi = opsi or OpsiDokumen()
    if dokumen not in _PEMBANGUN:
        raise DokumenTidakValid(f"jenis dokumen '{dokumen}' tidak dikenal; pilihan: {', '.join(JENIS_DOKUMEN)}")
    h = hasil if hasil is not None else hitung(berkas)
    modul, fungsi = _PEMBANGUN[dokumen]
    return getattr(importlib.import_module(modul), fungsi)(berkas, h, opsi)


def buat_dokumen(
    berkas: Berkas,
    *,
    dokumen: str = "lkjip",
    format: str = "docx",
    opsi: OpsiDokumen | None = None,
    hasil: HasilPengukuran | None = None,
) -> bytes:
    """One document of one agency-year, as the bytes of a .docx, .pdf, .html or .xlsx file.

    Raises `DokumenTidakValid` (Indonesian message) for an unknown document or format, an unreadable logo
    or template, or a document the berkas cannot supply (e.g. a PK that is not recorded).
    """
    opsi = opsi or OpsiDokumen()
    _periksa(dokumen, format, opsi)
    return tulis(susun_dokumen(berkas, dokumen=dokumen, opsi=opsi, hasil=hasil), format, opsi)


def tulis(dok: Dokumen, format: str, opsi: OpsiDokumen) -> bytes:
    """A document's blocks written as the bytes of a .docx, .pdf, .html or .xlsx file."""
    if format == "docx":
        from .tulis_docx import tulis_docx

        return tulis_docx(dok, opsi)
    if format == "pdf" and opsi.mesin_pdf == "typst":
        from .tulis_typst import tulis_pdf

        return tulis_pdf(dok, opsi)
    if format in ("pdf", "html"):
        from .tulis_html import tulis_html, tulis_pdf

        return tulis_pdf(dok, opsi) if format == "pdf" else tulis_html(dok, opsi).encode("utf-8")
    from .tulis_xlsx import tulis_xlsx

    return tulis_xlsx(dok, opsi)


# --- the district level (a folder: the district file and the agency berkas) -----------------------------------

# Documents of a district-year (`Daerah`), not of one agency.
DOKUMEN_DAERAH: dict[str, tuple[str, ...]] = {"lkjip-daerah": ("docx", "pdf", "html")}


def buat_dokumen_daerah(
    daerah: Daerah,
    *,
    dokumen: str = "lkjip-daerah",
    format: str = "docx",
    opsi: OpsiDokumen | None = None,
    hasil: HasilDaerah | None = None,
) -> bytes:
    """The Pemda LKjIP of a district-year as DOCX, PDF or HTML; `hasil` saves a second consolidation."""
    from sakip.core.konsolidasi import hitung_daerah

    from .lkjip_daerah import buat_lkjip_daerah

    opsi = opsi or OpsiDokumen()
    if dokumen not in DOKUMEN_DAERAH:
        raise DokumenTidakValid(f"dokumen daerah '{dokumen}' tidak dikenal; pilihan: {', '.join(DOKUMEN_DAERAH)}")
    if format not in DOKUMEN_DAERAH[dokumen]:
        raise DokumenTidakValid(
            f"dokumen {dokumen} tidak tersedia dalam format {format}; pilihan: {', '.join(DOKUMEN_DAERAH[dokumen])}"
        )
    if opsi.mesin_pdf not in MESIN_PDF:
        raise DokumenTidakValid(f"mesin PDF '{opsi.mesin_pdf}' tidak dikenal; pilihan: {', '.join(MESIN_PDF)}")
    if opsi.logo is not None:
        _periksa_logo(opsi.logo)
    h = hasil if hasil is not None else hitung_daerah(daerah)
    return tulis(buat_lkjip_daerah(daerah, h, opsi), format, opsi)


# --- batch -----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Tugas:
    """One document to produce. `berkas` is a core Berkas or a path to a berkas file (read in the worker)."""

    berkas: Berkas | str
    dokumen: str = "lkjip"
    format: str = "docx"
    opsi: OpsiDokumen = field(default_factory=OpsiDokumen)
    nama: str = ""  # a label for progress and errors (the agency's name, by default)


@dataclass(slots=True)
class HasilTugas:
    urutan: int
    nama: str
    dokumen: str
    format: str
    data: bytes | None = None
    galat: str | None = None  # Indonesian message when the document could not be produced
    tahun: int | None = None

    @property
    def berhasil(self) -> bool:
        return self.galat is None


def _kerjakan(urutan: int, tugas: Tugas) -> HasilTugas:
    nama = tugas.nama
    try:
        berkas = tugas.berkas
        if isinstance(berkas, str):
            from sakip.berkas.baca import BerkasTidakValid, baca_berkas

            try:
                berkas = baca_berkas(berkas)
            except BerkasTidakValid as exc:
                return HasilTugas(urutan, nama or str(tugas.berkas), tugas.dokumen, tugas.format, galat=exc.laporan())
        nama = nama or berkas.instansi.nama
        data = buat_dokumen(berkas, dokumen=tugas.dokumen, format=tugas.format, opsi=tugas.opsi)
        return HasilTugas(urutan, nama, tugas.dokumen, tugas.format, data=data, tahun=berkas.tahun)
    except DokumenTidakValid as exc:
        return HasilTugas(urutan, nama, tugas.dokumen, tugas.format, galat=str(exc))


def buat_banyak(
    tugas: Iterable[Tugas],
    *,
    pekerja: int | None = None,
    kemajuan: Callable[[int, int, HasilTugas], None] | None = None,
) -> Iterator[HasilTugas]:
    """Produce many documents in `pekerja` worker processes (default: the machine's cores), yielding each
    result as it completes; `kemajuan(selesai, total, hasil)` is called after each one.

    Meant for batches (every agency of a district) run by a command or a background worker, never inside a
    web request. One agency's bad data does not stop the batch: its result carries `galat`.
    """
    daftar = list(tugas)
    total = len(daftar)
    pekerja = pekerja or min(os.cpu_count() or 1, max(total, 1))
    selesai = 0
    if pekerja <= 1 or total <= 1:
        for i, t in enumerate(daftar):
            hasil = _kerjakan(i, t)
            selesai += 1
            if kemajuan:
                kemajuan(selesai, total, hasil)
            yield hasil
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    # Workers start from a fresh "forkserver" process, never forked from this one: a process that has compiled a
    # document holds Typst's thread pool, and a fork of it would wait forever for threads it does not have.
    konteks = multiprocessing.get_context(
        "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    )
    with ProcessPoolExecutor(
        max_workers=pekerja, mp_context=konteks, initializer=_siapkan_pekerja, initargs=(_kebutuhan(daftar),)
    ) as ex:
        futures = [ex.submit(_kerjakan, i, t) for i, t in enumerate(daftar)]
        for f in as_completed(futures):
            hasil = f.result()
            selesai += 1
            if kemajuan:
                kemajuan(selesai, total, hasil)
            yield hasil


def _siapkan_pekerja(perlu: frozenset[str] = frozenset({"docx", "pdf:typst"})) -> None:
    """Warm, once per worker process, only what the batch's documents need: `perlu` holds "docx", "xlsx",
    "html", "pdf:typst" or "pdf:weasyprint". Every format's charts are drawn by Typst."""
    from . import tulis_typst

    tulis_typst._kompilator()
    if "docx" in perlu:
        from . import tulis_docx  # noqa: F401
    if perlu & {"pdf:weasyprint", "html"}:
        from . import tulis_html

        tulis_html._kelas_html()


def _kebutuhan(daftar: list[Tugas]) -> frozenset[str]:
    return frozenset(f"pdf:{t.opsi.mesin_pdf}" if t.format == "pdf" else t.format for t in daftar)


def nama_berkas_keluaran(nama: str, tahun: int, dokumen: str, format: str) -> str:
    """A file name for a produced document: ``lkjip-2023-kecamatan-kencong.pdf``."""
    aman = re.sub(r"[^a-z0-9]+", "-", nama.lower()).strip("-") or "instansi"
    return f"{dokumen}-{tahun}-{aman}.{format}"

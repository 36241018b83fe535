"""Fuzzing every input kind (issue 9 item 2): generated hostile inputs, counted outcomes.

    .venv/bin/python bench/fuzz.py                      # every kind, 1.000 cases each (the full run)
    .venv/bin/python bench/fuzz.py --kasus 50 --jenis berkas-yaml,formulir
    .venv/bin/python bench/fuzz.py --json hasil.json    # figures as JSON as well

Each case is made from a valid input (the Kencong 2023 berkas and what is derived from it: its JSON, its Excel
workbook, the survey answers, a register sheet, an SIPD export, its LKjIP as DOCX and text) by one of two kinds of
mutation, chosen by a seeded generator so that a run can be repeated exactly:

- structure-aware: a value replaced by a hostile one (signs twice, exponents, hex, 400 digits, 10^30, very long
  texts, YAML aliases and nesting, dates where numbers go, formulas, control characters), a key removed or doubled,
  a subtree nested a thousand deep, an alias bomb;
- byte-level: bytes flipped, inserted, deleted, the input cut short, a zip member truncated.

Every case runs under a time limit (`--batas-waktu`, default 20 s) in a process whose address space is capped
(`--batas-memori`, default 3 GiB). Counted per kind: accepted, refused (the expected clean refusal), traceback (any
exception that is not our refusal), hang (time limit), memory (MemoryError), exit codes outside 0/1/2, partial
writes (an output file left behind by a refused command, or the database changed by a refused form), and values
stored differently from what was typed (an accepted number that is not the number written). The kind ``halaman``
posts hostile values to every form of the web app, found by crawling it as each role (bench/fuzz_halaman.py); ``api``
calls every operation of the OpenAPI schema with hostile parameters and bodies (bench/fuzz_api.py); ``reviu-pdf``
feeds the reviu hand-written hostile PDFs and damaged excerpts of our Kencong PDF. Target: every count
except accepted/refused is 0. tests/fuzz runs a fixed sample of each kind in CI.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import random
import resource
import signal
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

AKAR = Path(__file__).resolve().parents[1]
CONTOH = AKAR / "examples"
KENCONG = CONTOH / "kencong-2023.yaml"
SKM = CONTOH / "kencong-2023-skm-sintetis.csv"

# Values a careless or hostile user types. (text, the number it must be stored as, or None: must be refused)
NILAI_BERMUSUH: list[tuple[str, Decimal | None]] = [
    ("--84.52", None),
    ("(-5)", None),
    ("- -3", None),
    ("1e400", None),
    ("1,5e3", None),
    ("1 e5", None),
    ("2.5E-3", None),
    ("0x10", None),
    ("0b11", None),
    ("9" * 400, None),
    ("1" + "0" * 30, None),
    ("-" + "1" * 300, None),
    ("1.2.3", None),
    ("91,12345678901", None),
    ("NaN", None),
    ("Infinity", None),
    ("-inf", None),
    ("½", None),
    ("٣", None),  # an Arabic-Indic digit: Python's Decimal would read it
    ("１２", None),  # full-width digits
    ("\x00", None),
    ("12\x00", None),
    ("1_000", None),
    ("+-5", None),
    ("-84,52", Decimal("-84.52")),
    ("(5)", Decimal("-5")),
    ("3.739.669.394,00", Decimal("3739669394")),
    ("91,5%", Decimal("91.5")),
    ("999.999.999.999.999.999", Decimal("999999999999999999")),
    ("0,0000000001", Decimal("0.0000000001")),
    ("1.500", Decimal("1500")),
    ("97.5", Decimal("97.5")),
]
TEKS_BERMUSUH = [
    "A" * 300,
    "x" * 30_000,
    "<script>alert(1)</script>",
    '=HYPERLINK("http://x")',
    "\u202e\u0000\ufeff",
    "'; DROP TABLE x; --",
    "{{ 7*7 }}",
    "\ud800" if False else "\U0001f600" * 50,
]
YAML_BERMUSUH = [
    "0x10",
    "010",
    "1:20",
    "1_000",
    ".inf",
    ".nan",
    "1.0e+400",
    "&a [*a]",
    "[" * 1000 + "]" * 1000,
    "- " * 500 + "x",
    "!!python/object/apply:os.system ['true']",
    "!!binary aGVsbG8=",
    "2023-13-45",
    "~",
    "yes",
    "{a: 1, a: 2}",
    "*tidak_ada",
]
BOM_ALIAS = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


class Macet(Exception):
    """The case ran past the time limit."""


@dataclass
class Kasus:
    nama: str
    data: bytes
    akhiran: str
    # For a structure-aware number mutation: the number it must be stored as (None: must be refused).
    harap: Decimal | str | None = "tidak diperiksa"
    catatan: str = ""
    konteks: dict = field(default_factory=dict)  # what a runner needs beyond the bytes (the web form kinds)


@dataclass
class Rekap:
    jenis: str
    kasus: int = 0
    hasil: Counter = field(default_factory=Counter)
    contoh: dict[str, list[str]] = field(default_factory=dict)
    detik: float = 0.0

    def catat(self, hasil: str, kasus: Kasus, rinci: str = "") -> None:
        self.hasil[hasil] += 1
        if hasil not in ("diterima", "ditolak") and len(self.contoh.setdefault(hasil, [])) < 5:
            self.contoh[hasil].append(f"{kasus.nama}: {rinci[-600:]}")

    @property
    def masalah(self) -> int:
        return sum(n for k, n in self.hasil.items() if k not in ("diterima", "ditolak"))


# --- mutations -------------------------------------------------------------------------------------------------


def mutasi_byte(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    b = bytearray(data)
    cara = rng.choice(["balik", "sisip", "hapus", "potong", "ulang"])
    for _ in range(rng.randint(1, 8)):
        if not b:
            break
        i = rng.randrange(len(b))
        if cara == "balik":
            b[i] ^= 1 << rng.randrange(8)
        elif cara == "sisip":
            b[i:i] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif cara == "hapus":
            del b[i : i + rng.randint(1, 64)]
        elif cara == "ulang":
            j = min(len(b), i + rng.randint(1, 256))
            b[i:i] = b[i:j] * rng.randint(2, 50)
    if cara == "potong":
        b = b[: rng.randrange(max(1, len(b)))]
    return bytes(b), f"byte:{cara}"


def mutasi_zip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """Mutate one member of an XLSX/DOCX (its XML bytes) and zip it again: reaches the XML parsers."""
    try:
        masuk = zipfile.ZipFile(io.BytesIO(data))
        anggota = masuk.infolist()
    except zipfile.BadZipFile:
        return mutasi_byte(rng, data)
    sasaran = rng.choice([a for a in anggota if a.filename.endswith(".xml")] or anggota)
    keluar = io.BytesIO()
    cara = ""
    with zipfile.ZipFile(keluar, "w", zipfile.ZIP_DEFLATED) as z:
        for a in anggota:
            isi = masuk.read(a.filename)
            if a.filename == sasaran.filename:
                pilihan = rng.random()
                if pilihan < 0.2:
                    # Entity expansion ("billion laughs") inside the XML.
                    isi = (
                        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
                        + b"".join(
                            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'.encode()
                            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
                        )
                        + b"]><x>&i;</x>"
                    )
                    cara = "zip:entitas"
                elif pilihan < 0.3:
                    isi = b"<a>" * 100_000
                    cara = "zip:sarang"
                else:
                    isi, cara = mutasi_byte(rng, isi)
                    cara = "zip:" + cara
            z.writestr(a.filename, isi)
    return keluar.getvalue(), f"{cara}:{sasaran.filename}"


def _jalan_skalar(data: Any, jalur: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    if isinstance(data, dict):
        for k, v in data.items():
            yield from _jalan_skalar(v, (*jalur, k))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            yield from _jalan_skalar(v, (*jalur, i))
    else:
        yield jalur, data


def _ganti(data: Any, jalur: tuple, nilai: Any) -> None:
    for k in jalur[:-1]:
        data = data[k]
    data[jalur[-1]] = nilai


def mutasi_struktur(rng: random.Random, data: Any) -> tuple[Any, str, Decimal | str | None]:
    """Replace one scalar of the parsed berkas by a hostile value (or remove a key, or nest deeply)."""
    skalar = list(_jalan_skalar(data))
    jalur, lama = rng.choice(skalar)
    pilihan = rng.random()
    angka_lama = isinstance(lama, (int, Decimal)) and not isinstance(lama, bool)
    if pilihan < 0.55 or (angka_lama and pilihan < 0.8):
        teks, harap = rng.choice(NILAI_BERMUSUH)
        _ganti(data, jalur, teks)
        return data, f"nilai:{'.'.join(map(str, jalur))}={teks[:20]!r}", harap if angka_lama else "tidak diperiksa"
    if pilihan < 0.75:
        _ganti(data, jalur, rng.choice(TEKS_BERMUSUH))
        return data, f"teks:{'.'.join(map(str, jalur))}", "tidak diperiksa"
    if pilihan < 0.85 and len(jalur) > 1:
        induk = data
        for k in jalur[:-1]:
            induk = induk[k]
        if isinstance(induk, dict):
            del induk[jalur[-1]]
            return data, f"hapus:{'.'.join(map(str, jalur))}", "tidak diperiksa"
    dalam: Any = "x"
    for _ in range(rng.choice([50, 1000, 5000])):
        dalam = [dalam]
    _ganti(data, jalur, dalam)
    return data, f"sarang:{'.'.join(map(str, jalur))}", "tidak diperiksa"


# --- the inputs ---------------------------------------------------------------------------------------------------


@dataclass
class Dasar:
    yaml: bytes
    data: Any
    json: bytes
    xlsx: bytes
    skm_csv: bytes
    skm_xlsx: bytes
    aduan_csv: bytes
    aduan_xlsx: bytes
    sipd_csv: bytes
    docx: bytes
    teks: bytes
    pdf: bytes


def _xlsx_dari_baris(baris: list[list[Any]]) -> bytes:
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = openpyxl.Workbook()
    for r in baris:
        # Excel itself cannot hold control characters: a real workbook never carries them.
        wb.active.append([ILLEGAL_CHARACTERS_RE.sub("", x) if isinstance(x, str) else x for x in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _teks_docx(docx_b: bytes) -> str:
    """The report as plain text (what a reviewer pastes): paragraphs and table rows, tab-separated."""
    import docx

    d = docx.Document(io.BytesIO(docx_b))
    baris = [p.text for p in d.paragraphs]
    for t in d.tables:
        baris += ["\t".join(c.text for c in r.cells) for r in t.rows]
    return "\n".join(baris)


def siapkan_dasar() -> Dasar:
    from sakip.berkas.baca import baca_berkas
    from sakip.berkas.excel import tulis_excel
    from sakip.berkas.survei_impor import SINONIM_ADUAN
    from sakip.berkas.yaml_desimal import muat_yaml, tulis_json
    from sakip.laporan import buat_dokumen

    yaml_b = KENCONG.read_bytes()
    data = muat_yaml(yaml_b.decode())
    berkas = baca_berkas(KENCONG)
    skm = SKM.read_bytes()
    skm_baris = list(csv.reader(io.StringIO(skm.decode("utf-8-sig"))))
    judul = list(SINONIM_ADUAN)
    contoh_aduan = {
        "kanal": "WhatsApp",
        "kategori": "pelayanan",
        "ringkasan": "Antrean KTP terlalu lama",
        "lokasi": "Kencong",
        "penanganan": "Jadwal layanan ditambah",
        "unit": "Seksi Pelayanan",
        "status": "selesai",
        "bukti": "",
        "keterangan": "",
    }
    aduan = [judul] + [
        [
            f"{i}/ADU/2023"
            if k == "id"
            else f"2023-0{1 + i % 9}-1{i % 9}"
            if k.startswith("tanggal")
            else contoh_aduan[k]
            for k in judul
        ]
        for i in range(1, 21)
    ]
    buf = io.StringIO()
    csv.writer(buf).writerows(aduan)
    # An SIPD realisation export over the berkas's own sub kegiatan codes.
    import re

    kode = sorted(set(re.findall(r"\b\d\.\d\d\.\d\d\.\d\.\d\d\.\d{4}\b", yaml_b.decode())))
    sipd = "Kode Sub Kegiatan,Nama Sub Kegiatan,Pagu,Realisasi\n" + "".join(
        f"{k},Sub {i},{1000000 * (i + 1)},{900000 * (i + 1)}\n" for i, k in enumerate(kode)
    )
    docx = buat_dokumen(berkas, dokumen="lkjip", format="docx")
    teks = _teks_docx(docx)
    return Dasar(
        yaml=yaml_b,
        data=data,
        json=tulis_json(data).encode(),
        xlsx=tulis_excel(berkas),
        skm_csv=skm,
        skm_xlsx=_xlsx_dari_baris(skm_baris),
        aduan_csv=buf.getvalue().encode(),
        aduan_xlsx=_xlsx_dari_baris(aduan),
        sipd_csv=sipd.encode(),
        docx=docx,
        teks=teks.encode(),
        pdf=buat_dokumen(berkas, dokumen="lkjip", format="pdf"),
    )


# --- the kinds ------------------------------------------------------------------------------------------------------


def _cli(argv: list[str]) -> int:
    from sakip.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        try:
            kode = main(argv)
        except SystemExit as e:  # argparse
            kode = e.code if isinstance(e.code, int) else 2
    _cli.stderr = err.getvalue()  # type: ignore[attr-defined]
    return kode


def _hasil_cli(kode: int, keluaran: Path | None = None) -> tuple[str, str]:
    stderr = getattr(_cli, "stderr", "")
    if "Traceback" in stderr:
        return "traceback", stderr
    if kode not in (0, 1, 2):
        return "kode keluar lain", f"kode {kode}: {stderr}"
    if kode == 2 and keluaran is not None and keluaran.exists():
        return "tulis sebagian", f"{keluaran.name} tertinggal setelah ditolak"
    return ("ditolak" if kode == 2 else "diterima"), stderr


def _buat_kasus_berkas(jenis: str, dasar: Dasar, rng: random.Random, i: int) -> Kasus:
    import copy

    from sakip.berkas.yaml_desimal import tulis_json, tulis_yaml

    if i % 50 == 0 and jenis == "berkas-yaml":
        return Kasus("bom-alias", BOM_ALIAS.encode(), ".yaml")
    if rng.random() < 0.6:
        data, nama, harap = mutasi_struktur(rng, copy.deepcopy(dasar.data))
        try:
            teks = tulis_yaml(data) if jenis == "berkas-yaml" else tulis_json(data)
        except RecursionError:
            teks = ("[" * 5000 + "]" * 5000) if jenis == "berkas-json" else BOM_ALIAS
        if jenis == "berkas-yaml" and rng.random() < 0.3:
            # A YAML-only notation, unquoted, in place of a number.
            teks = teks.replace(": 2023\n", f": {rng.choice(YAML_BERMUSUH)}\n", 1)
            nama += "+yaml"
            harap = "tidak diperiksa"
        return Kasus(nama, teks.encode("utf-8", "surrogatepass"), ".yaml" if jenis == "berkas-yaml" else ".json", harap)
    data, nama = mutasi_byte(rng, dasar.yaml if jenis == "berkas-yaml" else dasar.json)
    return Kasus(nama, data, ".yaml" if jenis == "berkas-yaml" else ".json")


def _periksa_nilai(kasus: Kasus, path: Path) -> tuple[str, str] | None:
    """An accepted berkas whose mutated number was read as another number: "stored differently"."""
    if kasus.harap == "tidak diperiksa":
        return None
    from sakip.berkas.baca import baca_berkas

    _ = baca_berkas(path)  # accepted, so it loads
    if kasus.harap is None:
        return "tersimpan berbeda", f"{kasus.nama}: diterima, padahal harus ditolak"
    return None


def jalankan_berkas(jenis: str) -> Callable[[Kasus, Path], tuple[str, str]]:
    def jalan(kasus: Kasus, tmp: Path) -> tuple[str, str]:
        p = tmp / f"masukan{kasus.akhiran}"
        p.write_bytes(kasus.data)
        hasil = _hasil_cli(_cli(["hitung", str(p), "--json"]))
        if hasil[0] == "diterima":
            beda = _periksa_nilai(kasus, p)
            if beda:
                return beda
        return hasil

    return jalan


def jalankan_excel(kasus: Kasus, tmp: Path) -> tuple[str, str]:
    p = tmp / "workbook.xlsx"
    p.write_bytes(kasus.data)
    keluar = tmp / "baru.yaml"
    keluar.unlink(missing_ok=True)
    return _hasil_cli(_cli(["excel", str(p), "--berkas", str(KENCONG), "-o", str(keluar), "--diam"]), keluar)


def jalankan_sipd(kasus: Kasus, tmp: Path) -> tuple[str, str]:
    p = tmp / f"sipd{kasus.akhiran}"
    p.write_bytes(kasus.data)
    keluar = tmp / "baru.yaml"
    keluar.unlink(missing_ok=True)
    return _hasil_cli(_cli(["sipd", str(KENCONG), str(p), "--jenis", "realisasi", "-o", str(keluar)]), keluar)


def jalankan_survei(kasus: Kasus, tmp: Path) -> tuple[str, str]:
    p = tmp / f"jawaban{kasus.akhiran}"
    p.write_bytes(kasus.data)
    return _hasil_cli(_cli(["ikm", str(p)]))


def jalankan_register(kasus: Kasus, tmp: Path) -> tuple[str, str]:
    from sakip.berkas.survei_impor import ImporTidakValid, impor_aduan

    p = tmp / f"aduan{kasus.akhiran}"
    p.write_bytes(kasus.data)
    try:
        impor_aduan(p)
    except ImporTidakValid:
        return "ditolak", ""
    return "diterima", ""


def jalankan_reviu(kasus: Kasus, tmp: Path) -> tuple[str, str]:
    p = tmp / f"laporan{kasus.akhiran}"
    p.write_bytes(kasus.data)
    return _hasil_cli(_cli(["reviu", str(p), "--data", str(KENCONG), "--json"]))


def _kasus_lembar(rng: random.Random, csv_b: bytes, xlsx_b: bytes, nama: str) -> Kasus:
    """A sheet: hostile cell values (CSV or XLSX), or byte/zip-level damage."""
    r = rng.random()
    if r < 0.4:
        baris = list(csv.reader(io.StringIO(csv_b.decode("utf-8-sig"))))
        for _ in range(rng.randint(1, 5)):
            i, j = rng.randrange(len(baris)), rng.randrange(max(1, len(baris[0])))
            if j < len(baris[i]):
                baris[i][j] = rng.choice([t for t, _ in NILAI_BERMUSUH] + TEKS_BERMUSUH + ["2023-02-30", "=1/0"])
        if rng.random() < 0.5:
            buf = io.StringIO()
            csv.writer(buf).writerows(baris)
            return Kasus(f"{nama}:sel-csv", buf.getvalue().encode("utf-8", "surrogatepass"), ".csv")
        return Kasus(f"{nama}:sel-xlsx", _xlsx_dari_baris(baris), ".xlsx")
    if r < 0.7:
        data, cara = mutasi_zip(rng, xlsx_b)
        return Kasus(f"{nama}:{cara}", data, ".xlsx")
    data, cara = mutasi_byte(rng, csv_b)
    return Kasus(f"{nama}:{cara}", data, ".csv")


# --- PDF reports ------------------------------------------------------------------------------------------------


def _pdf_buatan(
    halaman: list[tuple[bytes, bytes]],
    *,
    ekstra: bytes = b"",
    kids: bytes | None = None,
    count: int | None = None,
    trailer: bytes = b"",
) -> bytes:
    """A PDF written by hand, so that its structure can be anything: pages as (page dictionary entries, content
    stream bytes). Object 1 is the catalog, 2 the page tree, 3 the font, pages from 4 (page, content, page, …)."""
    objek = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        None,  # the page tree, once the pages are numbered
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    ref = []
    for kamus, isi in halaman:
        n = len(objek) + 1
        ref.append(f"{n} 0 R".encode())
        objek.append(
            b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents "
            + f"{n + 1} 0 R ".encode()
            + (kamus or b"/MediaBox [0 0 595 842]")
            + b" >>"
        )
        stream_dict, data = isi if isinstance(isi, tuple) else (b"", isi)
        objek.append(
            b"<< /Length " + str(len(data)).encode() + b" " + stream_dict + b" >>\nstream\n" + data + b"\nendstream"
        )
    objek[1] = (
        b"<< /Type /Pages /Kids ["
        + (kids if kids is not None else b" ".join(ref))
        + b"] /Count "
        + str(count if count is not None else len(ref)).encode()
        + b" "
        + ekstra
        + b" >>"
    )
    keluar = io.BytesIO()
    keluar.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    letak = []
    for i, o in enumerate(objek, 1):
        letak.append(keluar.tell())
        keluar.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    xref = keluar.tell()
    keluar.write(f"xref\n0 {len(objek) + 1}\n0000000000 65535 f \n".encode())
    for x in letak:
        keluar.write(f"{x:010d} 00000 n \n".encode())
    keluar.write(
        f"trailer\n<< /Size {len(objek) + 1} /Root 1 0 R ".encode()
        + trailer
        + f">>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return keluar.getvalue()


def _isi_tabel_pdf(rng: random.Random, baris: list[list[str]], *, ukuran: str = "9") -> bytes:
    """A content stream: a heading and a ruled table whose cells are the given texts (PDF string-escaped)."""

    def esc(t: str) -> bytes:
        b = t.encode("cp1252", "replace")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    keluar = [b"BT /F1 12 Tf 72 780 Td (Tabel 3.1 Capaian Kinerja Tahun 2023) Tj ET"]
    y = 750
    lebar = 450 / max(1, len(baris[0]))
    for r in baris:
        for j, sel in enumerate(r):
            keluar.append(f"BT /F1 {ukuran} Tf {72 + j * lebar + 2:.1f} {y - 12} Td (".encode() + esc(sel) + b") Tj ET")
        keluar.append(f"72 {y} m 522 {y} l S".encode())
        y -= 16
    keluar.append(f"72 {y} m 522 {y} l S".encode())
    for j in range(len(baris[0]) + 1):
        keluar.append(f"{72 + j * lebar:.1f} {y} m {72 + j * lebar:.1f} 750 l S".encode())
    return b"\n".join(keluar)


_BOM_FLATE: list[bytes] = []


def _bom_flate() -> bytes:
    """A content stream of 400 MB of spaces that compresses to about 400 KB (made once)."""
    if not _BOM_FLATE:
        import zlib

        z = zlib.compressobj(9)
        potong = b" " * (1 << 20)
        _BOM_FLATE.append(b"".join(z.compress(potong) for _ in range(400)) + z.flush())
    return _BOM_FLATE[0]


def _kasus_pdf_struktur(rng: random.Random) -> Kasus:
    """A hand-written PDF with a hostile structure or hostile table contents."""
    baris = [["Indikator", "Target", "Realisasi", "Capaian"]] + [
        [f"Indikator {i}", "90", rng.choice([t for t, _ in NILAI_BERMUSUH] + TEKS_BERMUSUH), "101,28%"]
        for i in range(rng.randint(1, 12))
    ]
    tabel = _isi_tabel_pdf(rng, baris)
    cara = rng.choice(
        [
            "tabel",
            "kids-lingkar",
            "sarang",
            "flate-bom",
            "mediabox-raksasa",
            "halaman-banyak",
            "count-bohong",
            "enkripsi",
            "matriks",
            "huruf-raksasa",
            "tanpa-halaman",
            "stream-panjang-bohong",
            "xref-rusak",
        ]
    )
    if cara == "tabel":
        data = _pdf_buatan([(b"", tabel)] * rng.randint(1, 3))
    elif cara == "kids-lingkar":
        data = _pdf_buatan([(b"", tabel)], kids=b"2 0 R 4 0 R")
    elif cara == "sarang":
        data = _pdf_buatan([(b"/MediaBox [0 0 595 842] /Annots " + b"[" * 5000 + b"]" * 5000, tabel)])
    elif cara == "flate-bom":
        data = _pdf_buatan([(b"", (b"/Filter /FlateDecode", _bom_flate()))])
    elif cara == "mediabox-raksasa":
        # 200 × 200 inches (the largest a PDF allows), no text: the page goes to OCR
        data = _pdf_buatan([(b"/MediaBox [0 0 14400 14400] /UserUnit 75", b"0 0 m 14400 14400 l S")])
    elif cara == "halaman-banyak":
        n = rng.choice([200, 2000, 20000])
        # one page object referred to n times: a small file that claims n pages
        data = _pdf_buatan([(b"", b"BT /F1 9 Tf 72 700 Td (x) Tj ET")], kids=b" ".join([b"4 0 R"] * n), count=n)
    elif cara == "count-bohong":
        data = _pdf_buatan([(b"", tabel)], count=rng.choice([0, -1, 10**9, 2**31]))
    elif cara == "enkripsi":
        data = _pdf_buatan([(b"", tabel)], trailer=b"/Encrypt << /Filter /Standard /V 9 /R 9 /O (x) /U (y) /P -1 >> ")
    elif cara == "matriks":
        nilai = rng.choice(["1e38", "-1e38", "0", "3.4e38", "99999999999999999999"])
        data = _pdf_buatan([(b"", f"{nilai} 0 0 {nilai} 0 0 cm\n".encode() + tabel)])
    elif cara == "huruf-raksasa":
        data = _pdf_buatan([(b"", _isi_tabel_pdf(rng, baris, ukuran=rng.choice(["1e30", "-5", "0", "100000"])))])
    elif cara == "tanpa-halaman":
        data = _pdf_buatan([])
    elif cara == "stream-panjang-bohong":
        data = _pdf_buatan([(b"", tabel)]).replace(b"/Length " + str(len(tabel)).encode(), b"/Length 999999999", 1)
    else:
        data = _pdf_buatan([(b"", tabel)])
        data = data[: data.rfind(b"xref")] + b"xref\n0 99\nrusak\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return Kasus(f"pdf:{cara}", data, ".pdf")


def _cuplikan_pdf(rng: random.Random, pdf: bytes) -> bytes:
    """A few pages of the real report (the reviu of a whole 49-page report takes seconds: the mutations are
    spread over short excerpts, as a user may upload a chapter)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(pdf)
    try:
        n = len(src)
        awal = rng.randrange(n)
        halaman = list(range(awal, min(n, awal + rng.randint(1, 6))))
        baru = pdfium.PdfDocument.new()
        baru.import_pages(src, halaman)
        buf = io.BytesIO()
        baru.save(buf)
        baru.close()
        return buf.getvalue()
    finally:
        src.close()


def _kasus_reviu_pdf(dasar: Dasar, rng: random.Random, i: int) -> Kasus:
    if i % 100 == 0:
        data, cara = mutasi_byte(rng, dasar.pdf)  # now and then the whole report, damaged
        return Kasus(f"pdf-utuh:{cara}", data, ".pdf")
    r = rng.random()
    if r < 0.4:
        return _kasus_pdf_struktur(rng)
    data, cara = mutasi_byte(rng, _cuplikan_pdf(rng, dasar.pdf))
    return Kasus(f"pdf-cuplikan:{cara}", data, ".pdf")


def jenis_jenis(
    dasar: Dasar,
) -> dict[str, tuple[Callable[[random.Random, int], Kasus], Callable[..., tuple[str, str]]]]:
    return {
        "berkas-yaml": (lambda rng, i: _buat_kasus_berkas("berkas-yaml", dasar, rng, i), jalankan_berkas("yaml")),
        "berkas-json": (lambda rng, i: _buat_kasus_berkas("berkas-json", dasar, rng, i), jalankan_berkas("json")),
        "excel": (
            lambda rng, i: (
                Kasus(*reversed(mutasi_zip(rng, dasar.xlsx)), ".xlsx")
                if rng.random() < 0.7
                else Kasus(*reversed(mutasi_byte(rng, dasar.xlsx)), ".xlsx")
            ),
            jalankan_excel,
        ),
        "sipd": (
            lambda rng, i: _kasus_lembar(
                rng, dasar.sipd_csv, _xlsx_dari_baris(list(csv.reader(io.StringIO(dasar.sipd_csv.decode())))), "sipd"
            ),
            jalankan_sipd,
        ),
        "survei": (lambda rng, i: _kasus_lembar(rng, dasar.skm_csv, dasar.skm_xlsx, "survei"), jalankan_survei),
        "register": (
            lambda rng, i: _kasus_lembar(rng, dasar.aduan_csv, dasar.aduan_xlsx, "register"),
            jalankan_register,
        ),
        "reviu": (
            lambda rng, i: (
                Kasus(*reversed(mutasi_zip(rng, dasar.docx)), ".docx")
                if i % 2
                else Kasus(*reversed(mutasi_byte(rng, dasar.teks)), ".txt")
            ),
            jalankan_reviu,
        ),
        "reviu-pdf": (lambda rng, i: _kasus_reviu_pdf(dasar, rng, i), jalankan_reviu),
    }


# --- the web forms ------------------------------------------------------------------------------------------------


def jenis_formulir(rng_awal: random.Random):
    """Hostile values typed into the quarter form (realisasi and budget): HTTP 500s, partial writes (the agency's
    berkas before and after a refused post) and values stored differently from what was typed."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    os.environ.pop("DATABASE_URL", None)
    folder = Path(tempfile.mkdtemp(prefix="sakip-fuzz-"))
    os.environ["SAKIP_DATA"] = str(folder)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    settings.DATABASES["default"]["NAME"] = str(folder / "fuzz.sqlite3")
    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model
    from django.urls import reverse

    from sakip.web.pengukuran.models import PeriodeRealisasi
    from sakip.web.perencanaan.models import Indikator, SubKegiatan, TahunKinerja
    from sakip.web.pertukaran.demo import siapkan_demo
    from sakip.web.pertukaran.ke_berkas import berkas_dari_db, cache_kosongkan

    siapkan_demo()
    tk = TahunKinerja.objects.select_related("perangkat_daerah", "renstra").get(
        perangkat_daerah__nama="Dinas Komunikasi dan Informatika", tahun=2023
    )
    # Open quarter IV for the fuzz run (the demo may have it locked).
    PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=4).update(status=PeriodeRealisasi.DRAFT)
    klien = Client(raise_request_exception=False)
    klien.force_login(get_user_model().objects.get(username="operator"))
    url = reverse("pengukuran:isi", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": 2023, "triwulan": 4})
    indikator = list(Indikator.objects.filter(renstra=tk.renstra).values_list("pk", flat=True))
    subs = list(SubKegiatan.objects.filter(tahun_kinerja=tk).values_list("pk", flat=True))

    def buat(rng: random.Random, i: int) -> Kasus:
        teks, harap = rng.choice(NILAI_BERMUSUH)
        if rng.random() < 0.5:
            medan = f"n_{rng.choice(indikator)}"
        else:
            medan = f"a_{rng.choice(subs)}"
            # Money: the budget field takes 2 decimals and no negatives.
            if harap is not None and (harap < 0 or harap != harap.quantize(Decimal("0.01"))):
                harap = None
        return Kasus(f"{medan}={teks[:20]!r}", json.dumps({"medan": medan, "teks": teks}).encode(), "", harap)

    def jalan(kasus: Kasus, tmp: Path) -> tuple[str, str]:
        isi = json.loads(kasus.data)
        cache_kosongkan()
        sebelum = berkas_dari_db(tk)
        versi = PeriodeRealisasi.objects.get(tahun_kinerja=tk, triwulan=4).versi
        r = klien.post(url, {"versi": versi, isi["medan"]: isi["teks"]})
        if r.status_code >= 500:
            return "http 500", f"{kasus.nama}: {r.status_code}"
        cache_kosongkan()
        sesudah = berkas_dari_db(tk)
        if r.status_code == 302:
            if kasus.harap is None:
                return "tersimpan berbeda", f"{kasus.nama}: diterima, padahal harus ditolak"
            if not _tersimpan(tk, isi["medan"], kasus.harap):
                return "tersimpan berbeda", f"{kasus.nama}: tersimpan bukan {kasus.harap}"
            return "diterima", ""
        if sesudah != sebelum:
            return "tulis sebagian", f"{kasus.nama}: ditolak ({r.status_code}) tetapi data berubah"
        return "ditolak", ""

    def _tersimpan(tk, medan: str, harap: Decimal) -> bool:
        from sakip.web.pengukuran.models import AnggaranTriwulan, NilaiTriwulan

        jenis, pk = medan.split("_", 1)
        if jenis == "n":
            r = NilaiTriwulan.objects.filter(
                realisasi__indikator_id=int(pk), realisasi__tahun_kinerja=tk, triwulan=4, jenis="realisasi"
            ).first()
            return r is not None and r.nilai_angka == harap
        r = AnggaranTriwulan.objects.filter(realisasi__sub_kegiatan_id=int(pk), triwulan=4).first()
        return r is not None and r.jumlah == harap

    return buat, jalan


def jenis_halaman(rng_awal: random.Random):
    """Every POST form of the web app, found by crawling as each role (bench/fuzz_halaman.py)."""
    import fuzz_halaman as fh

    klien, tk = fh.siapkan_klien(Path(tempfile.mkdtemp(prefix="sakip-fuzz-halaman-")))
    formulir = sorted(fh.temukan_formulir(klien), key=lambda f: (f.peran, f.aksi))
    print(f"halaman: {len(formulir)} formulir ditemukan", file=sys.stderr)
    angka = [t for t, _ in NILAI_BERMUSUH]

    def buat(rng: random.Random, i: int) -> Kasus:
        f = formulir[i % len(formulir)]
        data, diganti = fh.isi_bermusuh(rng, f, angka, TEKS_BERMUSUH)
        return Kasus(f"{f.peran} POST {f.aksi} {', '.join(diganti)}", b"", "", konteks={"f": f, "data": data})

    def jalan(kasus: Kasus, tmp: Path) -> tuple[str, str]:
        f, data = kasus.konteks["f"], kasus.konteks["data"]
        sebelum = fh.potret(tk)
        r = klien[f.peran].post(f.aksi, data)
        if r.status_code >= 500:
            return "http 500", f"{kasus.nama}: {r.status_code}"
        if r.status_code in (301, 302, 303):
            return "diterima", ""
        if fh.potret(tk) != sebelum:
            return "tulis sebagian", f"{kasus.nama}: ditolak ({r.status_code}) tetapi data berubah"
        return "ditolak", ""

    return buat, jalan


def jenis_api(rng_awal: random.Random):
    """Every operation of the OpenAPI schema with hostile parameters and bodies (bench/fuzz_api.py)."""
    import fuzz_api as fa
    import fuzz_halaman as fh
    from django.conf import settings

    _, tk = fh.siapkan_klien(Path(tempfile.mkdtemp(prefix="sakip-fuzz-api-")))
    from django.test import Client

    # A thousand calls in a minute: the rate limits have their own tests, here they would only answer 429.
    settings.SAKIP_API_BATAS_TOKEN = settings.SAKIP_API_BATAS_ANONIM = "1000000/60"
    operasi, _ = fa.daftar_operasi()
    tulis = [o for o in operasi if o.metode != "GET"]
    konteks = fa.konteks_dari(tk)
    token = fa.token_per_peran()
    c = Client(raise_request_exception=False)
    print(f"api: {len(operasi)} operasi dari skema OpenAPI", file=sys.stderr)

    def buat(rng: random.Random, i: int) -> Kasus:
        # Half of the cases write (4 of the 23 operations change data: they are where corruption can happen).
        daftar = tulis if i % 2 == 0 and tulis else operasi
        op = daftar[(i // 2) % len(daftar)]
        peran = rng.choices(fa.PERAN, fa.BOBOT_PERAN)[0]
        url = op.jalur
        query = {}
        for nama, tempat in op.parameter:
            v = fa._parameter(rng, nama, konteks, [t for t, _ in NILAI_BERMUSUH])
            if tempat == "path":
                url = url.replace("{" + nama + "}", v)
            elif rng.random() < 0.7:
                query[nama] = v
        isi, diganti, periksa = fa.isi_bermusuh(rng, op, konteks, fa._versi_periode(tk), NILAI_BERMUSUH, TEKS_BERMUSUH)
        nama = f"{peran} {op.metode} {url} {query or ''} {', '.join(diganti)}"
        return Kasus(
            nama, isi or b"", "", konteks={"op": op, "url": url, "query": query, "peran": peran, "periksa": periksa}
        )

    def jalan(kasus: Kasus, tmp: Path) -> tuple[str, str]:
        k = kasus.konteks
        h = {"HTTP_AUTHORIZATION": f"Bearer {token[k['peran']]}"} if token[k["peran"]] else {}
        if k["op"].metode == "GET":
            r = c.get(k["url"], k["query"], **h)
            return (
                ("http 500", f"{kasus.nama}: {r.status_code}")
                if r.status_code >= 500
                else (
                    "diterima" if r.status_code < 300 else "ditolak",
                    "",
                )
            )
        sebelum = fh.potret(tk)
        r = c.generic(k["op"].metode, k["url"], kasus.data, content_type="application/json", **h)
        if r.status_code >= 500:
            return "http 500", f"{kasus.nama}: {r.status_code}"
        if r.status_code >= 300:
            if fh.potret(tk) != sebelum:
                return "tulis sebagian", f"{kasus.nama}: ditolak ({r.status_code}) tetapi data berubah"
            return "ditolak", ""
        periksa = k["periksa"]
        if periksa is not None:
            harap = periksa[3]
            if harap is None:
                return "tersimpan berbeda", f"{kasus.nama}: diterima ({r.status_code}), padahal harus ditolak"
            if fa.tersimpan(tk, periksa) != harap:
                return "tersimpan berbeda", f"{kasus.nama}: tersimpan {fa.tersimpan(tk, periksa)}, bukan {harap}"
        return "diterima", ""

    return buat, jalan


# --- running ----------------------------------------------------------------------------------------------------------


def _alarm(_signum, _frame):
    raise Macet


def jalankan(jenis: str, buat, jalan, kasus: int, seed: int, batas_waktu: float, rekap: Rekap) -> None:
    from sakip.berkas.baca import BerkasTidakValid

    rng = random.Random(f"{seed}:{jenis}")
    signal.signal(signal.SIGALRM, _alarm)
    mulai = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sakip-fuzz-") as t:
        tmp = Path(t)
        for i in range(kasus):
            k = buat(rng, i)
            rekap.kasus += 1
            signal.setitimer(signal.ITIMER_REAL, batas_waktu)
            try:
                hasil, rinci = jalan(k, tmp)
            except Macet:
                hasil, rinci = "macet", f"> {batas_waktu} s"
            except MemoryError:
                hasil, rinci = "memori", ""
            except BerkasTidakValid:  # a refusal raised past the CLI (register, forms): clean
                hasil, rinci = "ditolak", ""
            except RecursionError:
                hasil, rinci = "traceback", traceback.format_exc()
            except Exception:
                hasil, rinci = "traceback", traceback.format_exc()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            rekap.catat(hasil, k, rinci)
    rekap.detik = time.perf_counter() - mulai


SEMUA = [
    "berkas-yaml",
    "berkas-json",
    "excel",
    "sipd",
    "survei",
    "register",
    "reviu",
    "reviu-pdf",
    "formulir",
    "halaman",
    "api",
]


def fuzz(jenis: list[str], kasus: int, seed: int = 2023, batas_waktu: float = 20.0) -> list[Rekap]:
    dasar = siapkan_dasar()
    tersedia = jenis_jenis(dasar)
    hasil = []
    for j in jenis:
        rekap = Rekap(j)
        if j == "formulir":
            buat, jalan = jenis_formulir(random.Random(seed))
        elif j == "halaman":
            buat, jalan = jenis_halaman(random.Random(seed))
        elif j == "api":
            buat, jalan = jenis_api(random.Random(seed))
        else:
            buat, jalan = tersedia[j]
        jalankan(j, buat, jalan, kasus, seed, batas_waktu, rekap)
        hasil.append(rekap)
    return hasil


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kasus", type=int, default=1000, help="kasus per jenis (bawaan 1000)")
    ap.add_argument("--jenis", default=",".join(SEMUA), help=f"jenis masukan, dipisah koma: {','.join(SEMUA)}")
    ap.add_argument("--seed", type=int, default=2023)
    ap.add_argument("--batas-waktu", type=float, default=20.0, help="detik per kasus")
    ap.add_argument("--batas-memori", type=float, default=3.0, help="GiB ruang alamat proses")
    ap.add_argument("--json", help="tulis rekap sebagai JSON ke berkas ini")
    args = ap.parse_args(argv)
    batas = int(args.batas_memori * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (batas, batas))
    sys.setrecursionlimit(5000)
    jenis = [j.strip() for j in args.jenis.split(",") if j.strip()]
    tidak_dikenal = set(jenis) - set(SEMUA)
    if tidak_dikenal:
        ap.error(f"jenis tidak dikenal: {', '.join(sorted(tidak_dikenal))}")
    rekap = fuzz(jenis, args.kasus, args.seed, args.batas_waktu)
    kolom = [
        "diterima",
        "ditolak",
        "traceback",
        "macet",
        "memori",
        "http 500",
        "kode keluar lain",
        "tulis sebagian",
        "tersimpan berbeda",
    ]
    print(f"{'jenis':<12} {'kasus':>6} " + " ".join(f"{k:>10}" for k in kolom) + "   detik")
    for r in rekap:
        print(
            f"{r.jenis:<12} {r.kasus:>6} " + " ".join(f"{r.hasil.get(k, 0):>10}" for k in kolom) + f"  {r.detik:6.1f}"
        )
    for r in rekap:
        for k, contoh in r.contoh.items():
            print(f"\n[{r.jenis}] {k}:")
            for c in contoh:
                print("   ", c.replace("\n", "\n    ")[-1200:])
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                [
                    {
                        "jenis": r.jenis,
                        "kasus": r.kasus,
                        "hasil": dict(r.hasil),
                        "detik": round(r.detik, 1),
                        "contoh": r.contoh,
                    }
                    for r in rekap
                ],
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
    return 1 if any(r.masalah for r in rekap) else 0


if __name__ == "__main__":
    sys.exit(main())

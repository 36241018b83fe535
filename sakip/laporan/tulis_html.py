"""`Dokumen` → HTML (Jinja2) → PDF (WeasyPrint).

The HTML is a paged-media document: named pages for the cover (no number), the front matter (roman
numbers) and the body (arabic from BAB I), landscape pages for wide matrices, table headers repeated on
every page, a table of contents with page numbers (`target-counter`), and charts as SVG so they stay
vector in the PDF.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .isi import Bagian, BlokTabel, DaftarIsi, Dokumen, Grafik, Judul, Kop, Paragraf, Sampul
from .umum import OpsiDokumen


@cache
def _lingkungan():
    from jinja2 import Environment, select_autoescape

    templat = resources.files("sakip.laporan") / "templat"
    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True), trim_blocks=False)
    env.globals["css"] = (templat / "gaya.css").read_text(encoding="utf-8")
    return env, env.from_string((templat / "dokumen.html").read_text(encoding="utf-8"))


def _data_uri(data: bytes, mime: str | None = None) -> str:
    if mime is None:
        mime = _mime(data)
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _mime(data: bytes) -> str:
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "image/png"
    if data[:3] == b"\xff\xd8\xff":
        return "image/jpeg"
    if data[:4] == b"GIF8":
        return "image/gif"
    if data[:2] == b"BM":
        return "image/bmp"
    return "application/octet-stream"


@dataclass(slots=True)
class _Sel:
    teks: str
    kelas: str = ""
    kolom: int = 1
    baris: int = 1


@dataclass(slots=True)
class _Baris:
    jenis: str
    sel: list[_Sel] = field(default_factory=list)


def _tabel(b: BlokTabel) -> dict:
    rel = b.lebar_kolom()
    total = sum(rel) or 1
    lebar = [round(100 * r / total, 3) for r in rel]
    n = len(rel)
    baris_html: list[_Baris] = []
    gabung = b.gabung
    for r, baris in enumerate(b.baris):
        sel = list(baris.sel) + [None] * (n - len(baris.sel))
        if baris.jenis == "grup" and all(s is None or not s.teks for s in sel[1:]):
            baris_html.append(_Baris(baris.jenis, [_Sel(sel[0].teks if sel[0] else "", "", n)]))
            continue
        keluaran = []
        for c in range(n):
            s = sel[c]
            teks = s.teks if s is not None else ""
            kelas = s.rata if s is not None and s.rata in ("kanan", "tengah") else ""
            # A cell spanning rows is drawn as in the DOCX: text in its first row, the rule to the empty cells
            # below hidden. Real rowspans would keep the whole group on one page and leave pages half empty.
            if (r, c) in gabung:
                teks = ""
                kelas += " lanjut-atas"
            if (r + 1, c) in gabung:
                kelas += " lanjut-bawah"
            if baris.jenis == "rincian" and c == 1 and teks.startswith(("Input", "Output", "Outcome")):
                kelas += " rincian"
            keluaran.append(_Sel(teks, kelas.strip(), 1, 1))
        baris_html.append(_Baris(baris.jenis, keluaran))
    return {"lebar": lebar, "kepala": b.baris_kepala(), "baris": baris_html, "catatan": b.semua_catatan()}


def _halaman(penomoran: str, orientasi: str, mulai: int | None, sampul: bool) -> str:
    if sampul:
        return "sampul"
    if orientasi == "lanskap":
        return "lanskap-mulai" if mulai == 1 else "lanskap"
    if penomoran == "tanpa":
        return "tanpa"
    if penomoran == "romawi":
        return "romawi"
    # A named page resets its counter at the first page of each run of that name, so a section that continues
    # the numbering after a landscape run gets a name of its own.
    return "arab" if mulai == 1 else "arab-lanjut"


def konteks(dok: Dokumen, opsi: OpsiDokumen) -> dict:
    """The view the template draws: sections (named pages) of block views."""
    ids: dict[int, str] = {}
    for n, blok in enumerate(dok.blok):
        if isinstance(blok, (Judul, BlokTabel, Grafik)):
            ids[id(blok)] = f"b{n}"
    bagian_bagian: list[dict] = []
    awal_sampul = dok.penomoran == "tanpa" and any(isinstance(b, Sampul) for b in dok.blok[:1])
    kini = {"halaman": _halaman(dok.penomoran, dok.orientasi, 1, awal_sampul), "blok": []}
    # Romawi pages must restart too; "romawi" always restarts at its first page (only one run of them).
    bagian_bagian.append(kini)
    romawi_ids: set[str] = set()
    for blok in dok.blok:
        if isinstance(blok, Bagian):
            kini = {"halaman": _halaman(blok.penomoran, blok.orientasi, blok.mulai, False), "blok": []}
            bagian_bagian.append(kini)
            continue
        if kini["halaman"] == "romawi" and id(blok) in ids:
            romawi_ids.add(ids[id(blok)])
        kini["blok"].append(blok)
    # Block views need the contents (which needs the romawi flags), so they are built in a second pass.
    for bagian in bagian_bagian:
        bagian["blok"] = [_pandang(b, dok, ids, romawi_ids) for b in bagian["blok"]]
    return {"dok": dok, "bagian_bagian": [b for b in bagian_bagian if b["blok"]]}


def _pandang(blok, dok: Dokumen, ids: dict[int, str], romawi_ids: set[str]) -> dict:
    v: dict = {"jenis": type(blok).__name__, "blok": blok, "id": ids.get(id(blok), "")}
    if isinstance(blok, Judul):
        v["tingkat"] = min(blok.tingkat, 4)
    elif isinstance(blok, Paragraf):
        kelas = [{"justify": "", "kiri": "kiri", "tengah": "tengah", "kanan": "kanan"}.get(blok.rata, "")]
        if blok.menjorok and blok.rata == "justify" and blok.gaya == "biasa":
            kelas.append("menjorok")
        if blok.gaya in ("catatan", "kecil"):
            kelas.append("catatan")
        if blok.gaya == "judul-dokumen":
            kelas.append("judul-dokumen")
        if blok.tetap_dengan_berikut:
            kelas.append("lanjut")
        v["kelas"] = " ".join(k for k in kelas if k)
    elif isinstance(blok, BlokTabel):
        v.update(_tabel(blok))
    elif isinstance(blok, Grafik):
        v["svg"] = (
            f'<img src="{_data_uri(blok.gambar("svg"), "image/svg+xml")}" alt="{_escape(blok.keterangan or blok.judul)}" style="width: 100%">'
        )
    elif isinstance(blok, (Kop, Sampul)):
        v["logo"] = _data_uri(blok.logo) if blok.logo else None
    elif isinstance(blok, DaftarIsi):
        v["entri"] = _entri(blok, dok, ids, romawi_ids)
    return v


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _entri(b: DaftarIsi, dok: Dokumen, ids: dict[int, str], romawi_ids: set[str]) -> list[dict]:
    hasil = []
    for blok in dok.blok:
        if b.jenis == "isi" and isinstance(blok, Judul) and blok.daftar_isi and blok.tingkat <= 3:
            teks = f"{blok.teks} {blok.baris_kedua}".strip()
            hasil.append(
                {"id": ids[id(blok)], "tingkat": blok.tingkat, "teks": teks, "romawi": ids[id(blok)] in romawi_ids}
            )
        elif b.jenis == "tabel" and isinstance(blok, BlokTabel) and blok.didaftar:
            hasil.append(
                {"id": ids[id(blok)], "tingkat": 1, "teks": f"Tabel {blok.nomor} {blok.judul}", "romawi": False}
            )
        elif b.jenis == "grafik" and isinstance(blok, Grafik) and blok.nomor:
            hasil.append(
                {"id": ids[id(blok)], "tingkat": 1, "teks": f"Grafik {blok.nomor} {blok.judul}", "romawi": False}
            )
    return hasil


def tulis_html(dok: Dokumen, opsi: OpsiDokumen) -> str:
    _env, templat = _lingkungan()
    return templat.render(**konteks(dok, opsi))


@cache
def _kelas_html():
    """WeasyPrint's HTML with the lean user-agent stylesheet of templat/ua.css.

    `_ua_stylesheets` is WeasyPrint's own (unprefixed in spirit, underscored in name) hook for the user-agent
    sheet; if a future version drops it, the override is simply never called and the full sheet is used.
    """
    from weasyprint import CSS, HTML

    ua = CSS(string=(resources.files("sakip.laporan") / "templat" / "ua.css").read_text(encoding="utf-8"))

    class HtmlDokumen(HTML):
        def _ua_stylesheets(self, forms: bool = False):
            return [ua]

    return HtmlDokumen


def tulis_pdf(dok: Dokumen, opsi: OpsiDokumen) -> bytes:
    html = tulis_html(dok, opsi)
    buf = io.BytesIO()
    _kelas_html()(string=html, base_url=".").write_pdf(buf)
    return buf.getvalue()


__all__ = ["konteks", "tulis_html", "tulis_pdf"]

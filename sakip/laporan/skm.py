"""The SKM report (Laporan Hasil Survei Kepuasan Masyarakat) as DOCX, PDF or HTML.

Structure after the report PermenPANRB 14/2017 asks for: I Pendahuluan · II Pengumpulan data (method,
time, sample size) · III Hasil pengolahan data (respondent profile, NRR per unsur, IKM and mutu, per
service type) · IV Analisis (priorities with the weakest unsur first, follow-up plan to fill in, trend,
suggestions) · V Kesimpulan · Lampiran (the questionnaire). Every figure comes from
`sakip.core.ikm.analisis_survei` and the tables from `sakip.core.sumber_tabel`; nothing is recomputed here.

The document is first assembled as a list of simple blocks, then drawn by python-docx or by HTML →
WeasyPrint, so the DOCX and the PDF say the same thing.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sakip.core.angka import format_angka
from sakip.core.ikm import SKALA_MUTU, UNSUR_PER_KODE, URUTAN_KUESIONER, AnalisisSurvei
from sakip.core.sumber_periode import tampil_periode
from sakip.core.sumber_tabel import (
    tabel_jenis_layanan,
    tabel_nrr,
    tabel_prioritas,
    tabel_profil,
    tabel_saran,
    tabel_tren,
)
from sakip.core.tabel import Baris, Sel, Tabel
from sakip.core.tanggal import format_tanggal

FORMAT = ("docx", "pdf", "html")


class LaporanTidakDapatDibuat(ValueError):
    """The report cannot be produced (no respondent, unknown format). Message in Indonesian."""


# --- blocks ----------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Judul:
    teks: str
    tingkat: int = 1


@dataclass(slots=True)
class _Paragraf:
    teks: str
    gaya: str = "biasa"  # "biasa" | "tengah" | "peringatan" | "catatan"


@dataclass(slots=True)
class _Tabel:
    tabel: Tabel
    nomor: str


@dataclass(slots=True)
class _Gambar:
    buat: object  # callable(format) -> bytes
    judul: str


@dataclass(slots=True)
class _HalamanBaru:
    pass


def _grafik_unsur(a: AnalisisSurvei, format: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    h = a.keseluruhan
    assert h is not None
    nilai = [float(u.nilai_konversi) for u in h.unsur]  # drawing only: the figures printed are Decimal
    fig, ax = plt.subplots(figsize=(7, 3.4), dpi=150)
    warna = ["#c0392b" if u.kode in {x.kode for x in h.terlemah()[:3]} else "#2e86c1" for u in h.unsur]
    ax.bar([u.kode for u in h.unsur], nilai, color=warna)
    for i, v in enumerate(nilai):
        ax.text(i, v + 0.8, format_angka(h.unsur[i].nilai_konversi, 2), ha="center", fontsize=7)
    ax.axhline(float(h.ikm), color="#555555", linestyle="--", linewidth=1)
    ax.text(len(nilai) - 0.5, float(h.ikm) + 1, f"IKM {format_angka(h.ikm, 2)}", ha="right", fontsize=7)
    ax.set_ylim(min(60.0, min(nilai) - 5), 100)
    ax.set_ylabel("Nilai unsur (NRR × 25)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=format)
    plt.close(fig)
    return buf.getvalue()


def _grafik_tren(a: AnalisisSurvei, format: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    label = [tampil_periode(k) for k in a.per_periode]
    nilai = [float(h.ikm) for h in a.per_periode.values()]
    fig, ax = plt.subplots(figsize=(7, 3), dpi=150)
    ax.plot(label, nilai, marker="o", color="#2e86c1")
    for i, h in enumerate(a.per_periode.values()):
        ax.text(i, float(h.ikm) + 0.6, format_angka(h.ikm, 2), ha="center", fontsize=7)
    ax.set_ylim(min(60.0, min(nilai) - 5), 100)
    ax.set_ylabel("IKM")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=format)
    plt.close(fig)
    return buf.getvalue()


def _tabel_kuesioner() -> Tabel:
    t = Tabel(
        "L.1",
        "Kuesioner",
        ["No", "Unsur", "Pertanyaan", "a (1)", "b (2)", "c (3)", "d (4)"],
        lebar=[4, 14, 30, 10, 10, 10, 10],
    )
    for i, kode in enumerate(URUTAN_KUESIONER, 1):
        u = UNSUR_PER_KODE[kode]
        t.baris.append(Baris([Sel(str(i)), Sel(f"{u.kode} {u.nama}"), Sel(u.pertanyaan), *[Sel(p) for p in u.pilihan]]))
    return t


def _tabel_mutu() -> Tabel:
    t = Tabel(
        "L.2",
        "Nilai Persepsi, Interval, Interval Konversi dan Mutu Pelayanan",
        ["Nilai interval (NI)", "Nilai interval konversi (IKM)", "Mutu pelayanan", "Kinerja unit pelayanan"],
        lebar=[14, 16, 10, 16],
    )
    for m in SKALA_MUTU:
        t.baris.append(
            Baris(
                [
                    Sel(f"{format_angka(m.ni_bawah, 4)} – {format_angka(m.ni_atas, 4)}"),
                    Sel(f"{format_angka(m.bawah, 2)} – {format_angka(m.atas, 2)}"),
                    Sel(m.huruf),
                    Sel(m.kinerja),
                ]
            )
        )
    return t


def _tabel_rtl(a: AnalisisSurvei) -> Tabel:
    h = a.keseluruhan
    assert h is not None
    t = Tabel(
        "SKM.7",
        "Rencana Tindak Lanjut (diisi unit layanan)",
        ["No", "Prioritas unsur", "Program/kegiatan perbaikan", "Waktu", "Penanggung jawab"],
        lebar=[4, 22, 30, 10, 14],
    )
    for i, u in enumerate(h.terlemah()[:3], 1):
        t.baris.append(
            Baris(
                [Sel(str(i)), Sel(f"{u.kode} {u.unsur.nama} (NRR {format_angka(u.nrr, 3)})"), Sel(""), Sel(""), Sel("")]
            )
        )
    return t


def susun(a: AnalisisSurvei, *, instansi: str, tanggal: date | None = None) -> list[object]:
    h = a.keseluruhan
    if h is None:
        raise LaporanTidakDapatDibuat("survei belum memiliki responden: laporan SKM tidak dapat dibuat")
    s = a.survei
    periode = tampil_periode(s.periode) if s.periode else "periode survei"
    terlemah = h.terlemah()
    terkuat = terlemah[-1]
    b: list[object] = [
        _Paragraf("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", "judul-sampul"),
        _Paragraf(instansi.upper(), "tengah"),
        _Paragraf(periode, "tengah"),
    ]
    if s.sintetis:
        b.append(_Paragraf("DATA SINTETIS (contoh) — bukan hasil survei sebenarnya.", "peringatan"))
    if tanggal:
        b.append(_Paragraf(f"Disusun {format_tanggal(tanggal)}", "tengah"))
    b += [
        _HalamanBaru(),
        _Judul("BAB I PENDAHULUAN"),
        _Judul("A. Latar Belakang", 2),
        _Paragraf(
            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan penyelenggara pelayanan "
            "melakukan penilaian kinerja pelayanan secara berkala. Peraturan Menteri PANRB Nomor 14 Tahun 2017 "
            "menetapkan pedoman Survei Kepuasan Masyarakat (SKM) sebagai pengukuran menyeluruh atas pendapat "
            "masyarakat terhadap kualitas layanan, yang hasilnya dinyatakan sebagai Indeks Kepuasan Masyarakat (IKM)."
        ),
        _Judul("B. Tujuan", 2),
        _Paragraf(
            f"Survei ini mengukur tingkat kepuasan masyarakat terhadap pelayanan {instansi} pada {periode}, "
            "mengetahui unsur pelayanan yang perlu diperbaiki, dan menjadi dasar rencana tindak lanjut."
        ),
        _Judul("BAB II PENGUMPULAN DATA"),
        _Judul("A. Metode dan Waktu", 2),
        _Paragraf(
            f"Data dikumpulkan melalui {s.metode or 'kuesioner'} pada {periode}, dengan kuesioner sembilan unsur "
            "pelayanan (lampiran). Setiap unsur dijawab dengan nilai 1 sampai 4."
        ),
        _Judul("B. Penentuan Jumlah Responden", 2),
    ]
    if h.sampel is not None:
        b.append(
            _Paragraf(
                f"Populasi penerima layanan {format_angka(h.sampel.populasi, 0)} orang. Menurut tabel Krejcie dan "
                f"Morgan sampel minimum adalah {h.sampel.minimum} responden; survei ini memperoleh "
                f"{format_angka(h.jumlah_responden, 0)} responden. {h.sampel.pesan()}"
            )
        )
    else:
        b.append(
            _Paragraf(
                f"Survei ini memperoleh {format_angka(h.jumlah_responden, 0)} responden. Populasi penerima layanan "
                "tidak dicatat, sehingga kecukupan sampel menurut tabel Krejcie dan Morgan tidak dapat diperiksa."
            )
        )
    b += [
        _Judul("BAB III HASIL PENGOLAHAN DATA"),
        _Judul("A. Profil Responden", 2),
        _Tabel(tabel_profil(a), "3.1"),
        _Judul("B. Nilai per Unsur dan Indeks Kepuasan Masyarakat", 2),
        _Paragraf(
            "Nilai rata-rata (NRR) setiap unsur adalah rata-rata jawabannya. IKM = Σ(NRR × 1/9) × 25 "
            f"{'(bobot 1/9 tepat)' if h.bobot == 'tepat' else '(bobot 0,111 sebagaimana tercetak dalam PermenPANRB 14/2017)'}. "
            f"IKM {instansi} adalah {format_angka(h.ikm, 2)} dengan mutu pelayanan {h.mutu.huruf} "
            f"({h.mutu.kinerja})."
        ),
        _Tabel(tabel_nrr(h), "3.2"),
        _Gambar(lambda f: _grafik_unsur(a, f), "Grafik 3.1 Nilai per unsur (merah: tiga unsur terendah)"),
    ]
    if len(a.per_jenis_layanan) > 1:
        b += [_Judul("C. IKM per Jenis Layanan", 2), _Tabel(tabel_jenis_layanan(a), "3.3")]
    b += [
        _Judul("BAB IV ANALISIS HASIL"),
        _Judul("A. Prioritas Perbaikan", 2),
        _Paragraf(
            "Unsur dengan nilai terendah: "
            + "; ".join(
                f"{u.kode} {u.unsur.nama} (NRR {format_angka(u.nrr, 3)}, mutu {u.mutu.huruf})" for u in terlemah[:3]
            )
            + f". Unsur dengan nilai tertinggi: {terkuat.kode} {terkuat.unsur.nama} "
            f"(NRR {format_angka(terkuat.nrr, 3)})."
        ),
        _Tabel(tabel_prioritas(h), "4.1"),
        _Judul("B. Rencana Tindak Lanjut", 2),
        _Paragraf("Rencana tindak lanjut untuk tiga unsur terendah diisi oleh unit layanan.", "catatan"),
        _Tabel(_tabel_rtl(a), "4.2"),
    ]
    if len(a.per_periode) > 1:
        b += [
            _Judul("C. Tren Nilai IKM", 2),
            _Tabel(tabel_tren(a), "4.3"),
            _Gambar(lambda f: _grafik_tren(a, f), "Grafik 4.1 Tren IKM per periode"),
        ]
    b += [_Judul("D. Saran dan Masukan", 2), _Tabel(tabel_saran(a), "4.4")]
    b += [
        _Judul("BAB V KESIMPULAN"),
        _Paragraf(
            f"Berdasarkan {format_angka(h.jumlah_responden, 0)} responden, IKM {instansi} pada {periode} adalah "
            f"{format_angka(h.ikm, 2)} (mutu {h.mutu.huruf}, {h.mutu.kinerja}). Perbaikan diprioritaskan pada "
            f"unsur {terlemah[0].unsur.nama.lower()} dan {terlemah[1].unsur.nama.lower()}."
        ),
        _HalamanBaru(),
        _Judul("LAMPIRAN"),
        _Tabel(_tabel_kuesioner(), "L.1"),
        _Paragraf(
            "Pertanyaan dicetak dalam urutan formulir (sarana sebelum pengaduan); jawaban diolah menurut kode unsur.",
            "catatan",
        ),
        _Tabel(_tabel_mutu(), "L.2"),
    ]
    return b


# --- drawing: DOCX ---------------------------------------------------------------------------------------------


def _docx(blok: list[object]) -> bytes:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2)
    gaya = doc.styles["Normal"]
    gaya.font.name = "Arial"
    gaya.font.size = Pt(11)
    lebar_isi = 16.0
    for b in blok:
        if isinstance(b, _Judul):
            doc.add_heading(b.teks, level=b.tingkat)
        elif isinstance(b, _Paragraf):
            p = doc.add_paragraph()
            r = p.add_run(b.teks)
            if b.gaya == "judul-sampul":
                r.bold, r.font.size = True, Pt(18)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.gaya == "tengah":
                r.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.gaya == "peringatan":
                r.bold = True
                r.font.color.rgb = RGBColor(0xC0, 0x39, 0x2B)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif b.gaya == "catatan":
                r.italic, r.font.size = True, Pt(9)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif isinstance(b, _HalamanBaru):
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(b, _Gambar):
            doc.add_picture(io.BytesIO(b.buat("png")), width=Cm(15))
            cap = doc.add_paragraph(b.judul)
            cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
            cap.runs[0].italic = True
        elif isinstance(b, _Tabel):
            t = b.tabel
            cap = doc.add_paragraph()
            cap.add_run(f"Tabel {b.nomor} {t.judul}").bold = True
            tbl = doc.add_table(rows=1, cols=len(t.kolom))
            tbl.style = "Table Grid"
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            total = sum(t.lebar) or len(t.kolom)
            lebar = [Cm(lebar_isi * w / total) for w in (t.lebar or [1] * len(t.kolom))]
            for i, k in enumerate(t.kolom):
                c = tbl.rows[0].cells[i]
                c.text = ""
                run = c.paragraphs[0].add_run(k)
                run.bold, run.font.size = True, Pt(8.5)
                c.width = lebar[i]
            for baris in t.baris:
                sel = tbl.add_row().cells
                for i, s in enumerate(baris.sel):
                    sel[i].text = ""
                    para = sel[i].paragraphs[0]
                    run = para.add_run(s.teks)
                    run.font.size = Pt(8.5)
                    run.bold = baris.jenis == "jumlah"
                    if s.rata == "kanan":
                        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    elif s.rata == "tengah":
                        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    sel[i].width = lebar[i]
            for c in t.catatan:
                p = doc.add_paragraph()
                r = p.add_run(c)
                r.italic, r.font.size = True, Pt(8.5)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


# --- drawing: HTML → PDF -----------------------------------------------------------------------------------------

_CSS = """
@page { size: A4; margin: 2cm 2.2cm; @bottom-center { content: counter(page); font-size: 9pt; } }
body { font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; }
h1 { font-size: 13pt; margin: 1.4em 0 .6em; } h2 { font-size: 11.5pt; margin: 1em 0 .4em; }
p { text-align: justify; margin: .3em 0 .6em; }
p.judul-sampul { text-align: center; font-size: 18pt; font-weight: bold; margin-top: 6cm; }
p.tengah { text-align: center; font-weight: bold; }
p.peringatan { text-align: center; font-weight: bold; color: #c0392b; border: 1px solid #c0392b; padding: 4pt; }
p.catatan { font-style: italic; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: .3em 0 .2em; page-break-inside: auto; }
th, td { border: 1px solid #444; padding: 2pt 4pt; vertical-align: top; }
th { background: #e8eef4; }
tr.jumlah td { font-weight: bold; }
td.kanan { text-align: right; } td.tengah { text-align: center; }
.keterangan { font-weight: bold; margin-top: .8em; } .catatan-tabel { font-size: 8.5pt; font-style: italic; }
figure { text-align: center; margin: .6em 0; } figcaption { font-style: italic; font-size: 9pt; }
.halaman-baru { page-break-after: always; }
"""


def _html(blok: list[object], judul: str) -> str:
    e = html.escape
    bagian = [
        f"<!doctype html><html lang='id'><head><meta charset='utf-8'><title>{e(judul)}</title>"
        f"<style>{_CSS}</style></head><body>"
    ]
    for b in blok:
        if isinstance(b, _Judul):
            bagian.append(f"<h{b.tingkat}>{e(b.teks)}</h{b.tingkat}>")
        elif isinstance(b, _Paragraf):
            bagian.append(f"<p class='{b.gaya}'>{e(b.teks)}</p>")
        elif isinstance(b, _HalamanBaru):
            bagian.append("<div class='halaman-baru'></div>")
        elif isinstance(b, _Gambar):
            svg = b.buat("svg").decode("utf-8")
            svg = svg[svg.find("<svg") :]
            bagian.append(f"<figure>{svg}<figcaption>{e(b.judul)}</figcaption></figure>")
        elif isinstance(b, _Tabel):
            t = b.tabel
            bagian.append(f"<p class='keterangan'>Tabel {e(b.nomor)} {e(t.judul)}</p><table><thead><tr>")
            bagian += [f"<th>{e(k)}</th>" for k in t.kolom]
            bagian.append("</tr></thead><tbody>")
            for baris in t.baris:
                bagian.append(f"<tr class='{baris.jenis}'>")
                bagian += [f"<td class='{s.rata}'>{e(s.teks)}</td>" for s in baris.sel]
                bagian.append("</tr>")
            bagian.append("</tbody></table>")
            bagian += [f"<p class='catatan-tabel'>{e(c)}</p>" for c in t.catatan]
    bagian.append("</body></html>")
    return "".join(bagian)


def buat_laporan_skm(
    a: AnalisisSurvei, *, format: str = "pdf", instansi: str = "", tanggal: date | None = None
) -> bytes:
    """The SKM report of an analysed survey, as bytes of the given format."""
    if format not in FORMAT:
        raise LaporanTidakDapatDibuat(f"format '{format}' tidak dikenal; pilihan: {', '.join(FORMAT)}")
    nama = instansi or a.survei.nama or a.survei.id
    blok = susun(a, instansi=nama, tanggal=tanggal)
    if format == "docx":
        return _docx(blok)
    teks = _html(blok, f"Laporan SKM {nama}")
    if format == "html":
        return teks.encode("utf-8")
    from weasyprint import HTML

    return HTML(string=teks).write_pdf()


def tulis_laporan_skm(a: AnalisisSurvei, path: str | Path, *, instansi: str = "", tanggal: date | None = None) -> Path:
    p = Path(path)
    format = p.suffix.lower().lstrip(".")
    if format not in FORMAT:
        raise LaporanTidakDapatDibuat(f"akhiran '{p.suffix}' tidak dikenal; gunakan .docx, .pdf atau .html")
    data = buat_laporan_skm(a, format=format, instansi=instansi, tanggal=tanggal)
    try:
        p.write_bytes(data)
    except OSError as exc:
        raise LaporanTidakDapatDibuat(f"laporan tidak dapat ditulis ke '{p}': {exc.strerror}") from None
    return p


__all__ = ["FORMAT", "LaporanTidakDapatDibuat", "buat_laporan_skm", "susun", "tulis_laporan_skm"]

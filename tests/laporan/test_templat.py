"""The user's own Word template: its styles, page setup and letterhead (header) are kept."""

from __future__ import annotations

import io

import docx
import pytest
from docx.shared import Cm, Pt

from sakip.laporan import DokumenTidakValid, OpsiDokumen, buat_dokumen

from .conftest import teks_docx


def _templat() -> bytes:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    s = d.sections[0]
    s.left_margin = Cm(4)
    header = s.header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "KOP DARI TEMPLAT PEMERINTAH KABUPATEN"
    d.add_paragraph("isi contoh templat yang harus hilang")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_pk_dengan_templat_memakai_kop_dan_gaya_pengguna(kencong_asli):
    data = buat_dokumen(kencong_asli, dokumen="pk", format="docx", opsi=OpsiDokumen(templat=_templat()))
    d = docx.Document(io.BytesIO(data))
    assert d.sections[0].header.paragraphs[0].text == "KOP DARI TEMPLAT PEMERINTAH KABUPATEN"
    assert d.styles["Normal"].font.name == "Times New Roman"
    assert abs(d.sections[0].left_margin - Cm(4)) < Cm(0.01)
    teks = teks_docx(data)
    assert "isi contoh templat" not in teks
    # The template's header is the letterhead: no second, generated one in the body.
    assert "Kode Pos 68167" not in teks
    assert "PERJANJIAN KINERJA – PERUBAHAN TAHUN 2023" in teks


def test_lkjip_dengan_templat(kencong_asli):
    data = buat_dokumen(kencong_asli, format="docx", opsi=OpsiDokumen(templat=_templat(), grafik=False))
    d = docx.Document(io.BytesIO(data))
    gaya = {p.style.name for p in d.paragraphs}
    assert {"Heading 1", "Heading 2", "Caption", "toc 1"} <= gaya
    assert "Tabel 3.8 Realisasi Anggaran per Program Tahun 2023" in teks_docx(data)


def test_templat_rusak():
    with pytest.raises(DokumenTidakValid, match="templat Word tidak dapat dibuka"):
        from sakip.berkas.baca import baca_berkas

        from .conftest import CONTOH

        buat_dokumen(baca_berkas(CONTOH), dokumen="pk", format="docx", opsi=OpsiDokumen(templat=b"bukan docx"))

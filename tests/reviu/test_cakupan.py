"""Issue 12 item 4: every reviu of a printed report says which standard tables it recognised and which it did
not find, so that "no findings" on a table never read is not taken for "clean"."""

from __future__ import annotations

import json

from sakip.berkas.laporan_cetak import baca_laporan_teks
from sakip.cli import main
from sakip.core.reviu.aturan_lengkap import TABEL_WAJIB
from sakip.core.reviu.cakupan import cakupan_tabel, tabel_tak_dikenali, teks_cakupan

from .bantu import SEED


def test_seed_semua_tabel_baku_ditemukan_dengan_lokasi_dan_kolom():
    lap = baca_laporan_teks(SEED.read_text(encoding="utf-8"))
    c = {x.jenis: x for x in cakupan_tabel(lap)}
    assert list(c) == [j for j, _ in TABEL_WAJIB]
    assert all(x.ditemukan for x in c.values())
    assert c["pengukuran"].lokasi == ("Tabel 3.1",)
    assert any("REALISASI" in k.upper() for k in c["pengukuran"].kolom)
    assert c["pengukuran"].baris == 4


def test_tabel_yang_tidak_ada_disebut_tidak_ditemukan(tmp_path, capsys):
    teks = SEED.read_text(encoding="utf-8")
    # the report without its Tabel 3.7 (efficiency): cut from its caption to the next caption
    awal = teks.index("Tabel 3.7")
    akhir = teks.index("Tabel 3.8")
    tanpa = teks[:awal] + teks[akhir:]
    lap = baca_laporan_teks(tanpa)
    c = {x.jenis: x for x in cakupan_tabel(lap)}
    assert not c["efisiensi"].ditemukan and c["efisiensi"].lokasi == ()
    assert "TIDAK DITEMUKAN" in teks_cakupan(lap)
    assert tabel_tak_dikenali(lap) >= 0
    p = tmp_path / "lap.txt"
    p.write_text(tanpa, encoding="utf-8")
    keluar = tmp_path / "cakupan.json"
    main(["reviu", str(p), "--cakupan", str(keluar)])
    cetak = capsys.readouterr().out
    assert "CAKUPAN TABEL BAKU" in cetak and "efisiensi penggunaan sumber daya (Tabel 3.7): TIDAK DITEMUKAN" in cetak
    isi = json.loads(keluar.read_text(encoding="utf-8"))
    ef = next(x for x in isi["tabel"] if x["jenis"] == "efisiensi")
    assert ef["ditemukan"] is False
    assert next(x for x in isi["tabel"] if x["jenis"] == "pengukuran")["ditemukan"] is True


def test_catatan_hasil_reviu_memuat_cakupan(tmp_path, capsys):
    import docx

    chr_ = tmp_path / "chr.docx"
    main(["reviu", str(SEED), "--chr", str(chr_)])
    capsys.readouterr()
    d = docx.Document(str(chr_))
    sel = [c.text for t in d.tables for r in t.rows for c in r.cells]
    assert "Kolom yang terbaca" in sel
    assert any(s.startswith("Tabel pengukuran kinerja") for s in sel)

"""Loading a berkas: every problem reported with its path, in Indonesian; nothing half-loads."""

from pathlib import Path

import pytest
import yaml

from sakip.berkas.baca import BerkasTidakValid, baca_berkas, baca_teks
from sakip.core.capaian import Polaritas

CONTOH = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"


def teks_contoh() -> str:
    return CONTOH.read_text(encoding="utf-8")


def ubah(fungsi) -> str:
    """The example with one change applied to its parsed form, dumped back as YAML."""
    from sakip.berkas.yaml_desimal import muat_yaml, tulis_yaml

    data = muat_yaml(teks_contoh())
    fungsi(data)
    return tulis_yaml(data)


def masalah(teks: str) -> list[str]:
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(teks, sumber="uji.yaml")
    return [str(m) for m in e.value.masalah]


def test_contoh_kencong_termuat():
    b = baca_berkas(CONTOH)
    assert b.tahun == 2023 and b.instansi.nama == "Kecamatan Kencong"
    assert [s.id for s in b.renstra.sasaran] == ["S1", "S2", "S3", "S4"]
    assert len(b.rkt.semua_sub_kegiatan()) == 34
    assert b.pk_berlaku().jenis == "perubahan"


def test_jenis_salah_polaritas_tidak_dikenal_dan_target_bukan_angka_sekaligus():
    def rusak(d):
        d["tahun"] = "dua ribu"
        d["renstra"]["sasaran"][2]["indikator"][0]["polaritas"] = "naik"
        d["renstra"]["sasaran"][2]["indikator"][0]["target"][2023] = "sembilan puluh"

    pesan = masalah(ubah(rusak))
    assert any(p.startswith("tahun: harus berupa bilangan bulat") for p in pesan)
    assert any("renstra.sasaran[2].indikator[0].polaritas: nilai 'naik' tidak dikenal" in p for p in pesan)


def test_target_bukan_angka_dengan_jalur_tahun():
    def rusak(d):
        d["renstra"]["sasaran"][2]["indikator"][0]["target"][2023] = "sembilan puluh"

    pesan = masalah(ubah(rusak))
    assert len(pesan) == 1
    assert pesan[0].startswith("renstra.sasaran[2].indikator[0].target.2023: 'sembilan puluh' bukan nilai")


def test_kode_yang_tidak_sesuai_induknya():
    def rusak(d):
        d["rkt"]["program"][1]["kegiatan"][0]["sub_kegiatan"][0]["kode"] = "7.01.03.2.01.0002"

    pesan = masalah(ubah(rusak))
    assert any(
        "rkt.program[1].kegiatan[0].sub_kegiatan[0].kode: kode '7.01.03.2.01.0002' tidak berada di bawah induknya" in p
        for p in pesan
    )


def test_pola_kode_salah():
    def rusak(d):
        d["rkt"]["program"][0]["kode"] = "7.1.01"

    pesan = masalah(ubah(rusak))
    assert any("rkt.program[0].kode: kode '7.1.01' tidak sesuai pola nomenklatur" in p for p in pesan)


def test_id_ganda():
    def rusak(d):
        d["renstra"]["sasaran"][1]["indikator"][0]["id"] = "IKU1"

    pesan = masalah(ubah(rusak))
    assert any("renstra.sasaran[1].indikator[0].id: indikator 'IKU1' sudah dipakai" in p for p in pesan)


def test_rujukan_yang_tidak_ada():
    def rusak(d):
        d["pk"][0]["target"]["IKU9"] = 50
        d["rkt"]["program"][0]["sasaran"] = ["S9"]
        d["realisasi"]["sub_kegiatan"]["7.01.01.2.02.0099"] = {"anggaran": 1}

    pesan = masalah(ubah(rusak))
    assert any("pk[0].target.IKU9: indikator 'IKU9' tidak ada di Renstra" in p for p in pesan)
    assert any("rkt.program[0].sasaran: sasaran 'S9' tidak ada" in p for p in pesan)
    assert any("realisasi.sub_kegiatan.7.01.01.2.02.0099: sub kegiatan" in p for p in pesan)


def test_kolom_wajib_dan_kolom_asing():
    def rusak(d):
        del d["renstra"]["sasaran"][0]["uraian"]
        d["instansi"]["warna"] = "biru"

    pesan = masalah(ubah(rusak))
    assert "renstra.sasaran[0]: kolom 'uraian' wajib diisi" in pesan
    assert any(p.startswith("instansi.warna: kolom 'warna' tidak dikenal") for p in pesan)


def test_rupiah_negatif_dan_bukan_angka():
    def rusak(d):
        d["rkt"]["program"][0]["kegiatan"][0]["sub_kegiatan"][0]["pagu"] = -5
        d["rkt"]["program"][0]["kegiatan"][0]["sub_kegiatan"][1]["pagu"] = "banyak"

    pesan = masalah(ubah(rusak))
    assert any("sub_kegiatan[0].pagu: jumlah rupiah tidak boleh negatif" in p for p in pesan)
    assert any("sub_kegiatan[1].pagu: 'banyak' bukan angka" in p for p in pesan)


def test_pengaturan_yang_salah():
    def rusak(d):
        d["pengaturan"] = {"rumus_negatif": "R/T"}

    assert any(p.startswith("pengaturan.rumus_negatif: 'R/T' tidak dikenal") for p in masalah(ubah(rusak)))


def test_pengaturan_berkas_menimpa_bawaan():
    def atur(d):
        d["pengaturan"] = {"batas_atas": "tanpa", "skala_predikat": "permendagri-86-2017"}

    from sakip.berkas.baca import baca_teks as baca

    b = baca(ubah(atur))
    assert b.pengaturan.batas_atas is None
    assert b.pengaturan.skala_predikat.kode == "permendagri-86-2017"


def test_kunci_yaml_ganda_dan_sintaks_dengan_baris_kolom():
    pesan = masalah("format: sakip-berkas\nversi: 1\nversi: 1\n")
    assert pesan == ["baris 3, kolom 1: kunci 'versi' ditulis dua kali"]
    pesan = masalah("format: sakip-berkas\n  versi: [1\n")
    assert pesan[0].startswith("baris ")


def test_bukan_berkas_sama_sekali():
    assert masalah("- satu\n- dua\n") == ["harus berupa objek (pasangan kunci: nilai), bukan daftar"]
    with pytest.raises(BerkasTidakValid) as e:
        baca_berkas("/tidak/ada.yaml")
    assert "tidak ditemukan" in str(e.value.masalah[0])


def test_json_juga_diterima():
    import json
    from decimal import Decimal

    from sakip.berkas.yaml_desimal import muat_yaml

    data = muat_yaml(teks_contoh())
    teks = json.dumps(data, default=lambda o: str(o) if isinstance(o, Decimal) else o.isoformat())
    b = baca_teks(teks, jenis="json")
    assert b.instansi.nama == "Kecamatan Kencong"


def test_polaritas_tidak_diisi_tetap_termuat_tetapi_kosong():
    def hapus(d):
        del d["renstra"]["sasaran"][0]["indikator"][0]["polaritas"]

    b = baca_teks(ubah(hapus))
    assert b.renstra.sasaran[0].indikator[0].polaritas is None
    assert Polaritas.POSITIF is not None


def test_desimal_tidak_pernah_float():
    b = baca_berkas(CONTOH)
    assert type(b.renstra.sasaran[1].indikator[0].target[2023].nilai).__name__ == "Decimal"
    # YAML would have made 91.5 a float; the berkas loader keeps the text exactly.
    assert str(b.renstra.sasaran[1].indikator[0].target[2023].nilai) == "91.5"
    assert isinstance(yaml.safe_load("x: 91.5")["x"], float)

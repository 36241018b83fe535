import importlib.util
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from sakip.berkas.baca import BerkasTidakValid, baca_berkas, baca_teks
from sakip.berkas.daerah import baca_folder, baca_teks_daerah, daerah_ke_dict, skema, tulis_daerah
from sakip.berkas.tulis import tulis_berkas

AKAR = Path(__file__).resolve().parents[2]
CONTOH = AKAR / "examples" / "jember-2023-sintetis"


def test_skema_daerah_sah_dan_sesuai_sumbernya():
    Draft202012Validator.check_schema(skema())
    spec = importlib.util.spec_from_file_location("buat_skema_daerah", AKAR / "scripts" / "buat_skema_daerah.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    tersimpan = (AKAR / "sakip/berkas/skema/daerah-v1.schema.json").read_text(encoding="utf-8")
    assert tersimpan == modul.teks_skema(), "jalankan scripts/buat_skema_daerah.py"


def test_folder_contoh_dimuat():
    d = baca_folder(CONTOH)
    assert d.berkas.pemda == "Kabupaten Jember" and d.berkas.sintetis
    assert len(d.perangkat_daerah) >= 9
    jenis = {b.instansi.jenis for b in d.perangkat_daerah}
    assert {"dinas", "badan", "kecamatan"} <= jenis
    kencong = next(b for b in d.perangkat_daerah if b.instansi.nama == "Kecamatan Kencong")
    assert kencong.renstra.sasaran[1].rpjmd[0].sasaran == "SR2.1"
    assert kencong.instansi.cari_jabatan("kasi-trantib").atasan == "camat"


def test_bolak_balik_berkas_daerah():
    teks = (CONTOH / "daerah.yaml").read_text(encoding="utf-8")
    b = baca_teks_daerah(teks)
    b2 = baca_teks_daerah(tulis_daerah(b))
    assert daerah_ke_dict(b2) == daerah_ke_dict(b)
    assert b2 == b


def test_bolak_balik_berkas_pd_dengan_cascading():
    b = baca_berkas(CONTOH / "kencong-2023.yaml")
    b2 = baca_teks(tulis_berkas(b))
    assert b2 == b
    assert b2.rkt.program[0].indikator[0].pemilik == "sekcam"


def _ganti(path: Path, lama: str, baru: str) -> None:
    teks = path.read_text(encoding="utf-8")
    assert lama in teks
    path.write_text(teks.replace(lama, baru, 1), encoding="utf-8")


@pytest.fixture
def salinan(tmp_path):
    tujuan = tmp_path / "jember"
    shutil.copytree(CONTOH, tujuan)
    return tujuan


def _pesan(folder) -> list[str]:
    with pytest.raises(BerkasTidakValid) as e:
        baca_folder(folder)
    return [str(m) for m in e.value.masalah]


def test_tautan_ke_sasaran_rpjmd_yang_tidak_ada(salinan):
    _ganti(salinan / "dinas-kesehatan-2023-sintetis.yaml", "sasaran: SR1.1", "sasaran: SR9.9")
    pesan = _pesan(salinan)
    assert any(
        p.startswith("dinas-kesehatan-2023-sintetis.yaml: renstra.sasaran[0].rpjmd[0].sasaran: sasaran RPJMD 'SR9.9'")
        for p in pesan
    ), pesan


def test_pemilik_di_luar_instansi(salinan):
    _ganti(salinan / "dinas-pendidikan-2023-sintetis.yaml", "pemilik: kasi-1", "pemilik: camat-lain")
    pesan = _pesan(salinan)
    assert any("pemilik 'camat-lain' bukan jabatan di Dinas Pendidikan" in p and "rkt.program[1]" in p for p in pesan)


def test_siklus_atasan(salinan):
    _ganti(salinan / "inspektorat-daerah-2023-sintetis.yaml", "eselon: II\n", "eselon: II\n    atasan: kasi-1\n")
    pesan = _pesan(salinan)
    assert any("rantai atasan berputar" in p for p in pesan), pesan


def test_kontribusi_tidak_berjumlah_100(salinan):
    _ganti(salinan / "badan-pendapatan-daerah-2023-sintetis.yaml", "kontribusi: 80", "kontribusi: 70")
    pesan = _pesan(salinan)
    assert any("kontribusi perangkat daerah berjumlah 90" in p and "harus 100%" in p for p in pesan), pesan


def test_kontribusi_wajib_untuk_tertimbang(salinan):
    _ganti(salinan / "badan-pendapatan-daerah-2023-sintetis.yaml", "      kontribusi: 80\n", "")
    pesan = _pesan(salinan)
    assert any("kontribusi wajib diisi" in p for p in pesan), pesan


def test_berkas_daerah_salah_skema_dan_rujukan(salinan):
    _ganti(salinan / "daerah.yaml", "tujuan: T2.1", "tujuan: T7")
    pesan = _pesan(salinan)
    assert any(p.startswith("daerah.yaml: rpjmd.sasaran[2].tujuan: tujuan 'T7' tidak ada") for p in pesan), pesan


def test_folder_tanpa_berkas_daerah(tmp_path):
    (tmp_path / "a.yaml").write_text("format: sakip-berkas\n", encoding="utf-8")
    assert "tidak memuat berkas daerah" in _pesan(tmp_path)[0]


def test_kontribusi_di_luar_batas():
    teks = (CONTOH / "badan-pendapatan-daerah-2023-sintetis.yaml").read_text(encoding="utf-8")
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(teks.replace("kontribusi: 80", "kontribusi: 180"))
    assert any("kontribusi 180" in str(m) for m in e.value.masalah)
    assert Decimal(80) == baca_teks(teks).renstra.sasaran[0].rpjmd[0].kontribusi

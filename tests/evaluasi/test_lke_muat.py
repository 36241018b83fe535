"""Loader: another LKE is a data file; a broken one is refused with every problem named in Indonesian."""

import pytest

from sakip.core.lke import LkeTidakValid, hitung_lke, muat_lke, muat_lke_teks

DASAR = """\
kode: uji
nama: LKE Uji
jawaban:
  yt: {nama: Ya/Tidak, nilai: {Y: 100, T: 0}}
  skala: {nama: Skala, nilai: {A: 100, B: 50, C: 0}}
predikat:
  tingkat:
    - {kode: BAIK, interpretasi: Baik, bawah: 50}
    - {kode: KURANG, interpretasi: Kurang, bawah: 0}
komponen:
  - nama: Satu
    bobot: 40
    sub_komponen:
      - {nama: Ada, persen: 25, jawaban: yt, kriteria: [Ada pedoman.]}
      - {nama: Mutu, persen: 75, jawaban: skala, kriteria: [Baik., {teks: Terbit., jawaban: yt}]}
  - nama: Dua
    bobot: 60
    sub_komponen:
      - {nama: Hasil, bobot: 60, jawaban: skala, kriteria: [Tercapai.]}
"""


def masalah(teks: str) -> list[str]:
    with pytest.raises(LkeTidakValid) as e:
        muat_lke_teks(teks, sumber="uji.yaml")
    return e.value.masalah


def test_berkas_lain_dimuat_dan_dihitung():
    lke = muat_lke_teks(DASAR)
    assert [k.kode for k in lke.semua_kriteria()] == ["1.a.1", "1.b.1", "1.b.2", "2.a.1"]
    assert lke.kriteria("1.b.2").jenis.kode == "yt"
    h = hitung_lke(lke, {"1.a.1": "Y", "1.b.1": "B", "1.b.2": "T", "2.a.1": "A"})
    # 10 + (50 + 0)/2 × 30/100 + 60 = 77,5
    assert str(h.nilai) == "77.5" and h.predikat.kode == "BAIK"


def test_muat_dari_path(tmp_path):
    p = tmp_path / "lke-pemda.yaml"
    p.write_text(DASAR, encoding="utf-8")
    assert muat_lke(str(p)).kode == "uji"


def test_versi_tidak_ada():
    with pytest.raises(LkeTidakValid) as e:
        muat_lke("permenpanrb-99-2099")
    assert "bukan versi LKE yang tersedia (permenpanrb-88-2021, permenpanrb-12-2015)" in e.value.masalah[0]


def test_yaml_rusak_dengan_baris_dan_kolom():
    m = masalah("kode: [x\nnama: y\n")
    assert len(m) == 1 and m[0].startswith("baris ") and "YAML tidak sah" in m[0]


def test_bobot_komponen_harus_100():
    # Sub-komponen given as a share follow their komponen; the total then falls short.
    assert masalah(DASAR.replace("bobot: 40", "bobot: 30")) == ["jumlah bobot komponen harus 100, tertulis 90"]


def test_bobot_poin_sub_komponen_tidak_sama_dengan_komponen():
    assert masalah(DASAR.replace("{nama: Hasil, bobot: 60", "{nama: Hasil, bobot: 57.5")) == [
        "komponen 2 (Dua): bobot sub-komponen berjumlah 57,5, harus sama dengan bobot komponen 60",
    ]


def test_jumlah_bobot_total_salah():
    teks = DASAR.replace("bobot: 60\n    sub", "bobot: 50\n    sub").replace(
        "{nama: Hasil, bobot: 60", "{nama: Hasil, bobot: 50"
    )
    assert masalah(teks) == ["jumlah bobot komponen harus 100, tertulis 90"]


def test_persen_sub_komponen_tidak_100():
    assert masalah(DASAR.replace("persen: 75", "persen: 70")) == [
        "komponen 1 (Satu): bobot sub-komponen berjumlah 38, harus sama dengan bobot komponen 40",
    ]


def test_banyak_masalah_sekaligus():
    teks = (
        DASAR.replace("kode: uji\n", "")
        .replace("persen: 25, ", "")
        .replace("jawaban: skala, kriteria: [Tercapai.]", "jawaban: pilihan, kriteria: []")
        .replace("bawah: 0}", "bawah: 60}")
        .replace("nama: Dua\n", "nama: Dua\n    warna: merah\n")
    )
    m = masalah(teks)
    assert "LKE: 'kode' wajib diisi dengan teks" in m
    assert "sub-komponen 1.a (Ada): tulis tepat satu dari 'persen' (bagian dari komponen) atau 'bobot' (poin)" in m
    assert "sub-komponen 2.a (Hasil): jenis jawaban 'pilihan' tidak ada di bagian 'jawaban' (yt, skala)" in m
    assert "sub-komponen 2.a (Hasil): 'kriteria' wajib berupa daftar teks kriteria" in m
    assert "predikat tingkat 2 (KURANG): batas bawah 60 harus lebih kecil dari tingkat sebelumnya (50)" in m
    assert any(x.startswith("komponen 2: kunci 'warna' tidak dikenal") for x in m)


def test_nilai_jawaban_di_luar_0_100():
    m = masalah(DASAR.replace("B: 50", "B: 150"))
    assert m == ["jawaban 'skala': 'B' harus di antara 0 dan 100, tertulis 150"]


def test_bukan_pemetaan():
    assert masalah("- a\n- b\n") == ["isi berkas harus berupa pemetaan (kode, nama, jawaban, predikat, komponen)"]


def test_laporan_menyebut_sumber():
    with pytest.raises(LkeTidakValid) as e:
        muat_lke_teks("- a\n", sumber="lke-pemda.yaml")
    assert e.value.laporan().startswith("lke-pemda.yaml: LKE tidak dapat dimuat (1 masalah):")

"""Golden figures: the Kencong 2023 example against the seed's correct values."""

from decimal import Decimal
from pathlib import Path

import pytest

from sakip.berkas.baca import baca_berkas
from sakip.core.angka import bulatkan, format_persen, format_rupiah
from sakip.core.hitung import hitung

D = Decimal
CONTOH = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"


@pytest.fixture(scope="module")
def hasil():
    return hitung(baca_berkas(CONTOH))


def r2(x):
    return bulatkan(x, 2)


def test_capaian_per_indikator(hasil):
    # Half-up: 102,1978 → 102,20 and 103,6269 → 103,63 (the seed truncates to 102,19 and 103,62).
    assert [r2(h.capaian.nilai) for h in hasil.semua_indikator_sasaran()] == [
        D("102.20"),
        D("92.37"),
        D("103.63"),
        D("95.00"),
    ]
    assert [h.predikat.kode for h in hasil.semua_indikator_sasaran()] == ["AA", "AA", "AA", "AA"]


def test_rata_rata_menurut_aturan_laporan_sendiri(hasil):
    # Rule 2 of Bab III.A: above 100 % counts as 100 % → (100 + 92,37 + 100 + 95) / 4.
    assert r2(hasil.rata_rata) == D("96.84")
    assert hasil.predikat.kode == "AA"
    assert [r2(s.rata_rata) for s in hasil.sasaran] == [D(100), D("92.37"), D(100), D(95)]


def test_serapan_per_program_dan_total(hasil):
    assert [format_persen(n.serapan) for n in hasil.anggaran.anak] == ["76,91%", "99,10%", "86,25%", "91,60%"]
    assert format_rupiah(hasil.anggaran.pagu) == "Rp 3.739.669.394,00"
    assert format_rupiah(hasil.anggaran.realisasi) == "Rp 3.114.077.597,00"
    assert format_persen(hasil.anggaran.serapan) == "83,27%"


def test_setiap_induk_anggaran_sama_dengan_jumlah_anaknya(hasil):
    for node in hasil.anggaran.telusuri():
        if node.anak:
            assert node.pagu == sum(a.pagu for a in node.anak)
            assert node.realisasi == sum(a.realisasi for a in node.anak)


def test_efisiensi_tabel_3_7(hasil):
    assert [s.efisiensi.kelas for s in hasil.sasaran] == ["Efisien", "Tidak Efisien", "Efisien", "Efisien"]


def test_komposisi_dan_jumlah(hasil):
    k = hasil.komposisi
    assert k.operasi == D(3695629794) and k.modal == D(44039600)
    assert (format_persen(k.persen_operasi), format_persen(k.persen_modal)) == ("98,82%", "1,18%")
    j = hasil.jumlah
    assert (j.program, j.kegiatan, j.sub_kegiatan) == (4, 11, 36)


def test_refocusing_rincian_tidak_sama_dengan_yang_dinyatakan(hasil):
    assert hasil.refocusing.total == D(509937950)
    assert hasil.refocusing.total_dinyatakan == D(333627175)


def test_perbandingan_tahun_lalu_dan_renstra(hasil):
    iku = {h.indikator.id: h for h in hasil.semua_indikator_sasaran()}
    assert iku["IKU1"].banding_tahun_lalu.arah == "lebih tinggi"  # 93 vs 91
    assert iku["IKU2"].banding_tahun_lalu.arah == "lebih rendah"  # 84,52 vs 91
    assert iku["IKU3"].banding_tahun_lalu.arah == "sama"
    assert iku["IKU4"].banding_tahun_lalu is None  # no 2022 figure
    assert [r2(h.capaian_akhir_renstra.nilai) for h in iku.values()] == [
        D("100.54"),
        D("90.88"),
        D("102.04"),
        D("95.00"),
    ]
    jember = iku["IKU2"].pembanding[0]
    assert jember.perbandingan.arah == "lebih rendah" and jember.perbandingan.selisih == D("-1.82")


def test_anggaran_tahun_lalu(hasil):
    lalu = hasil.anggaran_lalu[0]
    assert format_persen(lalu.serapan) == "92,96%"
    assert r2(lalu.selisih_poin) == D("-9.68")


def test_indikator_program(hasil):
    prog = hasil.indikator_program
    assert r2(prog[0].realisasi.nilai) == D("76.91")  # computed from the budget, not typed
    assert [p.tercapai for p in prog] == [False, None, True, True]
    assert r2(hasil.persen_indikator_program_tercapai) == D("50.00")  # 2 of 4: Program II has no target


def test_indikator_tujuan_belum_diisi(hasil):
    assert [h.capaian.status.value for h in hasil.indikator_tujuan] == ["belum_diisi", "belum_diisi"]


def test_setiap_angka_dapat_dijelaskan(hasil):
    assert hasil.jelaskan_rata_rata() == (
        "Rata-rata = (100,00 + 92,37 + 100,00 + 95,00) ÷ 4 = 96,84%; 2 capaian dibatasi sesuai kerangka pengukuran."
    )
    assert "1.909.122.597 ÷ 2.482.163.194 × 100 = 76,91%" in hasil.anggaran.anak[0].jelaskan()
    assert "bukan rata-rata" in hasil.anggaran.jelaskan()
    assert hasil.sasaran[1].jelaskan_rata_rata() == "Rata-rata = (92,37) ÷ 1 = 92,37%."


def test_pengaturan_desimal_dipakai_tabel():
    from dataclasses import replace

    from sakip.core.tabel import tabel_pengukuran

    b = baca_berkas(CONTOH)
    b.pengaturan = replace(b.pengaturan, desimal=1)
    baris = tabel_pengukuran(hitung(b)).baris[0]
    assert [s.teks for s in baris.sel][5] == "102,2%"


def test_jumlah_profil(hasil):
    p = hasil.pegawai
    assert (p.jabatan, p.golongan, p.pendidikan, p.ringkasan) == (11, 11, 28, 28)
    assert (p.struktural, p.pelaksana, p.jabatan_kosong) == (6, 5, 1)
    assert p.pendidikan_per_status == {"ASN": 11, "ASN/BKO": 2, "Non ASN": 15}
    assert (hasil.penduduk.total, hasil.penduduk.per_pekerjaan, hasil.penduduk.selisih_pekerjaan) == (72067, 71282, 785)
    from sakip.core.profil import jumlah_anggaran_pk

    assert jumlah_anggaran_pk(hasil.berkas.pk[0]) == D(3739669394)

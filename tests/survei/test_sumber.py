"""Formula-driven indicators: realisasi computed from a survey or a register, inside hitung()."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from sakip.core.agregasi import CaraAgregasi
from sakip.core.hitung import hitung
from sakip.core.ikm import UNSUR, RekapJawaban, Survei
from sakip.core.model import (
    Berkas,
    Indikator,
    Instansi,
    Realisasi,
    RealisasiIndikator,
    Renstra,
    Sasaran,
    Tujuan,
)
from sakip.core.nilai import Angka
from sakip.core.pengaturan import Pengaturan
from sakip.core.register import Aduan, KegiatanRegister, Register, Saring, StatusAduan, StatusKegiatan
from sakip.core.sumber import Dipakai, JenisSumber, SumberRealisasi, rincian_realisasi, rincian_semua

from .pabrik import respon


def _ind(id_, sumber, target=100, satuan="%"):
    return Indikator(
        id=id_,
        nama=f"Indikator {id_}",
        satuan=satuan,
        target={2023: Angka(D(target))},
        agregasi=CaraAgregasi.POSISI_AKHIR,
        sumber_realisasi=sumber,
    )


def berkas(realisasi=None, pengaturan=None) -> Berkas:
    ikm = _ind("IKM", SumberRealisasi(JenisSumber.IKM, survei="SKM"), target=80, satuan="Indeks")
    aduan = _ind("ADU", SumberRealisasi(JenisSumber.RASIO_ADUAN, penyebut=Saring(kategori=("Trantib",))))
    keg = _ind("KEG", SumberRealisasi(JenisSumber.RASIO_KEGIATAN, penyebut=Saring(direncanakan=True)))
    survei = Survei(
        id="SKM",
        responden=[
            respon(4, tanggal=date(2023, 2, 1)),
            respon(3, tanggal=date(2023, 8, 1)),
            respon(1, tanggal=date(2022, 12, 31)),  # another year: not counted
        ],
        rekap=[RekapJawaban(2, {u: (0, 0, 0, 2) for u in UNSUR}, periode="2023-TW4")],
    )
    reg = Register(
        aduan=[
            Aduan(
                "A1",
                date(2023, 1, 10),
                kategori="Trantib",
                status=StatusAduan.SELESAI,
                tanggal_selesai=date(2023, 1, 11),
                penanganan="SOP",
            ),
            Aduan(
                "A2",
                date(2023, 3, 10),
                kategori="Trantib",
                status=StatusAduan.SELESAI,
                tanggal_selesai=date(2023, 4, 2),
                penanganan="SOP",
            ),
            Aduan("A3", date(2023, 5, 10), kategori="Lain", status=StatusAduan.DIPROSES),
        ],
        kegiatan=[
            KegiatanRegister(
                "K1",
                "Sosialisasi",
                2023,
                indikator="KEG",
                triwulan_rencana=2,
                status=StatusKegiatan.TERLAKSANA,
                tanggal_pelaksanaan=date(2023, 5, 1),
            ),
            KegiatanRegister("K2", "Rapat", 2023, indikator="KEG", triwulan_rencana=3),
            KegiatanRegister("K3", "Lain", 2023, indikator="LAIN", triwulan_rencana=3),
        ],
    )
    return Berkas(
        tahun=2023,
        instansi=Instansi(nama="Uji"),
        renstra=Renstra(
            2021, 2026, tujuan=[Tujuan("T1", "T")], sasaran=[Sasaran("S1", "S", "T1", indikator=[ikm, aduan, keg])]
        ),
        realisasi=Realisasi(indikator=realisasi or {}),
        survei=[survei],
        register=reg,
        pengaturan=pengaturan or Pengaturan(),
    )


def test_realisasi_dihitung_dari_catatan():
    h = hitung(berkas())
    per = {x.indikator.id: x for x in h.semua_indikator_sasaran()}
    # IKM: 4 respondents in 2023: totals 36, 27, 2×36 → 135/4 per respondent → 93,75.
    assert per["IKM"].realisasi == Angka(D("93.75"))
    assert per["IKM"].capaian.nilai.quantize(D("0.01")) == D("117.19")
    assert per["ADU"].realisasi == Angka(D(100))
    assert per["KEG"].realisasi == Angka(D(50))
    # Quarterly values are "s.d. triwulan n".
    assert per["ADU"].realisasi_triwulan == {1: Angka(D(50)), 2: Angka(D(100)), 3: Angka(D(100)), 4: Angka(D(100))}
    assert per["KEG"].realisasi_triwulan[2] == Angka(D(100))
    assert per["KEG"].realisasi_triwulan[3] == Angka(D(50))
    assert per["IKM"].realisasi_triwulan[1] == Angka(D(100))
    assert per["IKM"].realisasi_triwulan[3] == Angka(D("87.50"))


def test_rincian_menunjukkan_masukan():
    b = berkas()
    r = rincian_semua(b)
    assert r["ADU"].terhitung.tahunan.teks == "2 dari 2 aduan terselesaikan = 100,00%"
    assert r["ADU"].terhitung.triwulan[1].teks == "1 dari 2 aduan terselesaikan = 50,00%"
    assert r["KEG"].terhitung.tahunan.teks == "1 dari 2 kegiatan terlaksana = 50,00%"
    assert r["KEG"].terhitung.tahunan.rasio.id_penyebut == ("K1", "K2")
    assert r["IKM"].terhitung.tahunan.teks.startswith("IKM 93,75 (mutu A, Sangat Baik) dari 4 responden survei SKM")
    assert r["ADU"].dipakai is Dipakai.TERHITUNG
    assert "dipakai dalam pengukuran" in r["ADU"].teks()


def test_bobot_ikm_dari_pengaturan():
    b = berkas(pengaturan=Pengaturan(bobot_ikm="0,111"))
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    # 93,75 × 9 × 0,111 = 93,65625 → published 93,66
    assert per["IKM"].realisasi == Angka(D("93.66"))


def test_nilai_diketik_dengan_alasan_dipakai_dan_keduanya_tampil():
    b = berkas(realisasi={"ADU": RealisasiIndikator(tahunan=Angka(D(95)), alasan_manual="sebagaimana dilaporkan")})
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    assert per["ADU"].realisasi == Angka(D(95))
    r = rincian_realisasi(b, b.renstra.indikator("ADU"))
    assert r.dipakai is Dipakai.MANUAL
    assert r.terhitung.tahunan.nilai == 100
    assert r.selisih == -5
    assert "Dipakai nilai yang diketik: 95 (alasan: sebagaimana dilaporkan)" in r.teks()
    assert "Selisih dengan nilai terhitung: -5,00" in r.teks()


def test_nilai_diketik_tanpa_alasan_tidak_menimpa_catatan():
    b = berkas(realisasi={"ADU": RealisasiIndikator(tahunan=Angka(D(95)))})
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    assert per["ADU"].realisasi == Angka(D(100))


def test_tanpa_catatan_belum_diisi():
    b = berkas()
    b.register = Register()
    b.survei = []
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    assert per["ADU"].realisasi is None
    assert per["ADU"].capaian.status.value == "belum_diisi"
    assert per["IKM"].realisasi is None
    assert per["ADU"].realisasi_triwulan == {}


def test_jika_kosong():
    b = berkas()
    b.register = Register()
    ind = b.renstra.sasaran[0].indikator[1]
    b.renstra.sasaran[0].indikator[1] = replace(ind, sumber_realisasi=replace(ind.sumber_realisasi, jika_kosong=D(100)))
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    assert per["ADU"].realisasi == Angka(D(100))


def test_filter_jenis_layanan_survei():
    b = berkas()
    b.survei[0].responden[0].jenis_layanan = "KTP"
    ind = b.renstra.sasaran[0].indikator[0]
    b.renstra.sasaran[0].indikator[0] = replace(
        ind, sumber_realisasi=replace(ind.sumber_realisasi, jenis_layanan=("ktp",))
    )
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    assert per["IKM"].realisasi == Angka(D(100))


def test_nilai_terkunci_tidak_berubah_oleh_catatan_baru():
    from sakip.core.sumber import NilaiTerkunci

    b = berkas(
        realisasi={
            "ADU": RealisasiIndikator(
                terkunci={1: NilaiTerkunci(D(100), "1 dari 1 aduan terselesaikan = 100,00%", date(2023, 4, 10))}
            )
        }
    )
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    # Live computation says 1 of 2 for TW I (A2 came in March, resolved in April); the locked value stands.
    assert per["ADU"].realisasi_triwulan[1] == Angka(D(100))
    r = rincian_realisasi(b, b.renstra.indikator("ADU"))
    tw1 = r.terhitung.triwulan[1]
    assert tw1.terkunci and tw1.teks == "1 dari 1 aduan terselesaikan = 100,00% (terkunci 10 April 2023)"
    assert not r.terhitung.triwulan[2].terkunci
    assert r.dipakai is Dipakai.TERHITUNG  # frozen computed values are not typed values: no reason needed


def test_triwulan_iv_terkunci_menetapkan_nilai_tahunan():
    from sakip.core.sumber import NilaiTerkunci

    b = berkas(realisasi={"KEG": RealisasiIndikator(terkunci={4: NilaiTerkunci(D(75), "3 dari 4 kegiatan")})})
    per = {x.indikator.id: x for x in hitung(b).semua_indikator_sasaran()}
    assert per["KEG"].realisasi == Angka(D(75))
    assert per["KEG"].capaian.nilai == 75


def test_triwulan_dipaksa_walau_tanpa_catatan():
    from sakip.core.sumber import realisasi_terhitung

    b = berkas()
    ind = b.renstra.indikator("KEG")
    assert 1 not in realisasi_terhitung(b, ind).triwulan  # the first activity is planned for TW II
    r = realisasi_terhitung(b, ind, triwulan=frozenset({1}))
    assert r.triwulan[1].nilai is None and "tidak dapat dihitung" in r.triwulan[1].teks

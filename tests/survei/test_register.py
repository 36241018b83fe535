"""Complaint and activity registers: status as of a date, filters, ratios."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from sakip.core.register import (
    Aduan,
    KegiatanRegister,
    Saring,
    StatusAduan,
    StatusKegiatan,
    periksa_aduan,
    periksa_kegiatan,
    rasio_aduan,
    rasio_kegiatan,
    rekap_aduan,
)
from sakip.core.sumber_periode import parse_periode, periode_tahun, sampai_triwulan


def aduan(id_, diterima, status="selesai", selesai=None, kategori="Ketertiban umum", kanal="", penanganan="SOP"):
    return Aduan(
        id=id_,
        tanggal_diterima=date.fromisoformat(diterima),
        kategori=kategori,
        kanal=kanal,
        penanganan=penanganan,
        status=StatusAduan(status),
        tanggal_selesai=date.fromisoformat(selesai) if selesai else None,
    )


ADUAN = [
    aduan("A1", "2023-02-10", selesai="2023-02-12"),
    aduan("A2", "2023-05-02", selesai="2023-08-01", kategori="Ketentraman masyarakat"),
    aduan("A3", "2023-06-20", status="diproses"),
    aduan("A4", "2023-11-01", status="diteruskan", selesai="2023-11-03", kanal="WhatsApp"),
    aduan("A5", "2022-12-30", selesai="2023-01-03"),  # received last year
    aduan("A6", "2023-09-09", kategori="Lain-lain", selesai="2023-09-10"),
]


def test_status_pada_tanggal():
    a = ADUAN[1]
    assert a.status_pada(date(2023, 5, 1)) is None
    assert a.status_pada(date(2023, 6, 30)) is StatusAduan.DIPROSES
    assert a.status_pada(date(2023, 8, 1)) is StatusAduan.SELESAI


def test_rasio_tahunan_dan_sd_triwulan():
    kat = Saring(kategori=("ketertiban umum", "Ketentraman Masyarakat"))
    th = rasio_aduan(ADUAN, periode=periode_tahun(2023), penyebut=kat)
    assert (th.pembilang, th.penyebut) == (2, 4)
    assert th.nilai == 50
    assert th.id_penyebut == ("A1", "A2", "A3", "A4") and th.id_pembilang == ("A1", "A2")
    assert th.teks() == "2 dari 4 aduan terselesaikan = 50,00%"
    tw2 = rasio_aduan(ADUAN, periode=sampai_triwulan(2023, 2), penyebut=kat)
    # A2 was resolved in August: not yet at the end of June.
    assert (tw2.pembilang, tw2.penyebut) == (1, 3)
    assert tw2.teks() == "1 dari 3 aduan terselesaikan = 33,33%"


def test_pembilang_lain_dan_kanal():
    th = rasio_aduan(
        ADUAN,
        periode=periode_tahun(2023),
        pembilang=Saring(status=("selesai", "diteruskan")),
    )
    assert (th.pembilang, th.penyebut) == (4, 5)
    wa = rasio_aduan(ADUAN, periode=periode_tahun(2023), penyebut=Saring(kanal=("whatsapp",)))
    assert (wa.pembilang, wa.penyebut) == (0, 1)


def test_penyebut_nol():
    r = rasio_aduan(ADUAN, periode=parse_periode("2021"))
    assert r.nilai is None
    assert "tidak dapat dihitung" in r.teks()
    r = rasio_aduan(ADUAN, periode=parse_periode("2021"), jika_kosong=D(100))
    assert r.nilai == 100 and "dinilai 100,00%" in r.teks()


def test_rekap_aduan():
    r = rekap_aduan(ADUAN, periode=sampai_triwulan(2023, 2))
    assert r == {"Ketentraman masyarakat": {"diproses": 1}, "Ketertiban umum": {"selesai": 1, "diproses": 1}}


@pytest.mark.parametrize(
    ("a", "kolom"),
    [
        (aduan("X", "2023-01-01", status="selesai"), "tanggal_selesai"),
        (aduan("X", "2023-01-01", status="diproses", selesai="2023-01-02"), "status"),
        (aduan("X", "2023-01-05", selesai="2023-01-02"), "tanggal_selesai"),
        (aduan("X", "2023-01-01", selesai="2023-01-02", penanganan=" "), "penanganan"),
    ],
)
def test_periksa_aduan(a, kolom):
    assert kolom in dict(periksa_aduan(a))


def kegiatan(id_, tw=None, status="terlaksana", tgl=None, direncanakan=True, indikator="IKU3"):
    return KegiatanRegister(
        id=id_,
        uraian=f"Kegiatan {id_}",
        tahun=2023,
        indikator=indikator,
        triwulan_rencana=tw,
        status=StatusKegiatan(status),
        tanggal_pelaksanaan=date.fromisoformat(tgl) if tgl else None,
        direncanakan=direncanakan,
    )


KEGIATAN = [
    kegiatan("K1", 1, tgl="2023-03-01"),
    kegiatan("K2", 2, tgl="2023-07-15"),  # planned for TW II, done in TW III
    kegiatan("K3", 3, status="direncanakan"),
    kegiatan("K4", None, tgl="2023-12-01"),  # planned for the year
    kegiatan("K5", None, tgl="2023-04-01", direncanakan=False),  # beyond the plan
    kegiatan("K6", 2, status="dibatalkan"),
    kegiatan("K7", 1, tgl="2023-02-01", indikator="IKU9"),
]


def test_rasio_kegiatan():
    p = Saring(indikator=("IKU3",), direncanakan=True)
    th = rasio_kegiatan(KEGIATAN, periode=periode_tahun(2023), penyebut=p)
    assert (th.pembilang, th.penyebut) == (3, 5)
    assert th.teks() == "3 dari 5 kegiatan terlaksana = 60,00%"
    tw2 = rasio_kegiatan(KEGIATAN, periode=sampai_triwulan(2023, 2), penyebut=p)
    assert (tw2.pembilang, tw2.penyebut) == (1, 3)  # K1 done; K2 not yet; K6 cancelled
    semua = rasio_kegiatan(KEGIATAN, periode=periode_tahun(2023), penyebut=Saring(indikator=("IKU3",)))
    assert (semua.pembilang, semua.penyebut) == (4, 6)  # the unplanned K5 counts when asked to


@pytest.mark.parametrize(
    ("k", "kolom"),
    [
        (kegiatan("X", 1, tgl=None), "tanggal_pelaksanaan"),
        (kegiatan("X", 1, status="direncanakan", tgl="2023-01-01"), "status"),
        (kegiatan("X", 5, tgl="2023-01-01"), "triwulan_rencana"),
        (kegiatan("X", None, status="direncanakan", direncanakan=False), "direncanakan"),
    ],
)
def test_periksa_kegiatan(k, kolom):
    assert kolom in dict(periksa_kegiatan(k))

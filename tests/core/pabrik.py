"""Small builders for berkas dataclasses in tests (no file needed)."""

from decimal import Decimal

from sakip.core.capaian import Polaritas
from sakip.core.model import (
    Berkas,
    Indikator,
    Instansi,
    Kegiatan,
    Program,
    Realisasi,
    RealisasiIndikator,
    RealisasiSubKegiatan,
    Renstra,
    Rkt,
    Sasaran,
    SubKegiatan,
    Tujuan,
)
from sakip.core.nilai import Angka


def a(x) -> Angka:
    return Angka(Decimal(str(x)))


def berkas_mini(
    target=91, realisasi=93, polaritas=Polaritas.POSITIF, subs=(("7.01.01.2.02.0001", 1000, 800),), sasaran_lain=None
) -> Berkas:
    """One tujuan, one sasaran with one indicator, one program → one kegiatan → the given sub kegiatan."""
    ind = Indikator(id="I1", nama="Indikator satu", satuan="%", polaritas=polaritas, target={2023: a(target)})
    sas = [Sasaran(id="S1", uraian="Sasaran satu", tujuan="T1", indikator=[ind])]
    if sasaran_lain:
        sas += sasaran_lain
    kegiatan: dict[str, list[SubKegiatan]] = {}
    real = {}
    for kode, pagu, r in subs:
        kegiatan.setdefault(kode.rsplit(".", 1)[0], []).append(
            SubKegiatan(kode=kode, nama=f"Sub {kode}", pagu=Decimal(pagu))
        )
        if r is not None:
            real[kode] = RealisasiSubKegiatan(anggaran=Decimal(r))
    program = Program(
        kode="7.01.01",
        nama="Program satu",
        sasaran=["S1"],
        kegiatan=[Kegiatan(kode=k, nama=f"Kegiatan {k}", sub_kegiatan=v) for k, v in kegiatan.items()],
    )
    return Berkas(
        tahun=2023,
        instansi=Instansi(nama="Instansi Uji"),
        renstra=Renstra(2021, 2026, tujuan=[Tujuan("T1", "Tujuan satu")], sasaran=sas),
        rkt=Rkt(program=[program]),
        realisasi=Realisasi(
            indikator={"I1": RealisasiIndikator(tahunan=None if realisasi is None else a(realisasi))},
            sub_kegiatan=real,
        ),
    )

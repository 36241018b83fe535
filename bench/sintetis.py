"""Synthetic agencies for benchmarks: realistic shapes, random but reproducible figures.

`buat_berkas(nomor, indikator=10, tahun=6, sub_kegiatan=40)` builds one agency-year in memory the way the
berkas loader would: Renstra indicators with yearly targets (mixed polarities, some graded or range
targets), a Program → Kegiatan → Sub Kegiatan budget tree, quarterly realisations and budget spending.
"""

from __future__ import annotations

import random
from decimal import Decimal

from sakip.core.agregasi import CaraAgregasi
from sakip.core.capaian import Polaritas
from sakip.core.model import (
    AnggaranTahunLalu,
    Berkas,
    Indikator,
    IndikatorKinerja,
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
from sakip.core.nilai import Angka, Mutu, Rentang

TAHUN = 2023


def _d(x: float | int | str) -> Decimal:
    return Decimal(str(x))


def buat_berkas(nomor: int, indikator: int = 10, tahun: int = 6, sub_kegiatan: int = 40, seed: int = 0) -> Berkas:
    rng = random.Random(nomor * 7919 + seed)
    awal = TAHUN - (tahun - 3)
    akhir = awal + tahun - 1
    n_sasaran = max(1, indikator // 3)
    sasaran = [Sasaran(id=f"S{i + 1}", uraian=f"Sasaran strategis {i + 1}", tujuan="T1") for i in range(n_sasaran)]
    realisasi = Realisasi()
    for i in range(indikator):
        jenis = rng.random()
        pol = Polaritas.NEGATIF if jenis < 0.15 else Polaritas.POSITIF
        if jenis > 0.95:
            target = {th: Mutu("B", _d(60 + th - awal)) for th in range(awal, akhir + 1)}
            real_tw = {4: Mutu("B", _d(58 + rng.randint(0, 8)))}
            cara = CaraAgregasi.POSISI_AKHIR
        elif jenis > 0.9:
            target = {th: Rentang(_d(80), _d(90)) for th in range(awal, akhir + 1)}
            real_tw = {tw: Angka(_d(rng.randint(70, 99))) for tw in range(1, 5)}
            cara = CaraAgregasi.POSISI_AKHIR
        else:
            dasar = rng.randint(50, 100)
            target = {th: Angka(_d(dasar + (th - awal) * rng.choice((0, 0.5, 1)))) for th in range(awal, akhir + 1)}
            cara = CaraAgregasi.KUMULATIF if jenis < 0.5 else CaraAgregasi.POSISI_AKHIR
            if cara is CaraAgregasi.KUMULATIF:
                real_tw = {tw: Angka(_d(round(dasar / 4 * rng.uniform(0.6, 1.3), 2))) for tw in range(1, 5)}
            else:
                real_tw = {tw: Angka(_d(round(dasar * rng.uniform(0.7, 1.15), 2))) for tw in range(1, 5)}
        ind = Indikator(
            id=f"IK{i + 1}",
            nama=f"Indikator kinerja {i + 1}",
            satuan="%",
            polaritas=pol,
            target=target,
            agregasi=cara,
            realisasi_lalu={th: target[th] for th in range(awal, TAHUN)},
        )
        sasaran[i % n_sasaran].indikator.append(ind)
        # Over-achievement above 100 % happens and must stay measurable; the loader asks why, as it would of a user.
        lebih = any(isinstance(v, Angka) and v.nilai > 100 for v in [*real_tw.values(), *target.values()])
        realisasi.indikator[ind.id] = RealisasiIndikator(
            triwulan=real_tw, alasan_tidak_lazim="capaian melampaui 100% (data sintetis)" if lebih else ""
        )

    program: list[Program] = []
    for p in range(4):
        kode_p = f"7.01.{p + 1:02d}"
        kegiatan = []
        sisa = sub_kegiatan * (p + 1) // 4 - sub_kegiatan * p // 4  # spread exactly `sub_kegiatan` over 4 programs
        k = 0
        while sisa > 0:
            kode_k = f"{kode_p}.2.{k + 1:02d}"
            k += 1
            subs = []
            for s in range(min(4, sisa)):
                kode_s = f"{kode_k}.{s + 1:04d}"
                pagu = _d(rng.randint(1_000, 900_000) * 1000)
                subs.append(
                    SubKegiatan(
                        kode=kode_s,
                        nama=f"Sub kegiatan {kode_s}",
                        pagu=pagu,
                        belanja_modal=pagu if rng.random() < 0.05 else Decimal(0),
                        indikator=[IndikatorKinerja(nama="Jumlah laporan", target=Angka(_d(12)), satuan="Laporan")],
                    )
                )
                spent = [_d(int(pagu * _d(rng.uniform(0.1, 0.3)))) for _ in range(4)]
                realisasi.sub_kegiatan[kode_s] = RealisasiSubKegiatan(
                    anggaran_triwulan=dict(zip(range(1, 5), spent, strict=True)),
                    output=[Angka(_d(rng.randint(8, 12)))],
                )
            sisa -= len(subs)
            kegiatan.append(Kegiatan(kode=kode_k, nama=f"Kegiatan {kode_k}", sub_kegiatan=subs))
        program.append(
            Program(
                kode=kode_p,
                nama=f"Program {p + 1}",
                sasaran=[sasaran[p % n_sasaran].id],
                kegiatan=kegiatan,
                indikator=[
                    IndikatorKinerja(
                        nama="Persentase realisasi anggaran",
                        target=Angka(_d(100)),
                        satuan="%",
                        hitung_dari="serapan_anggaran",
                    )
                ],
            )
        )
    return Berkas(
        tahun=TAHUN,
        instansi=Instansi(nama=f"Perangkat Daerah Sintetis {nomor:05d}", jenis="dinas"),
        renstra=Renstra(awal, akhir, tujuan=[Tujuan("T1", "Tujuan")], sasaran=sasaran),
        rkt=Rkt(program=program),
        realisasi=realisasi,
        anggaran_lalu=[AnggaranTahunLalu(TAHUN - 1, _d(3_000_000_000), _d(2_700_000_000))],
    )

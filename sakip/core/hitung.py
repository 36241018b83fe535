"""Measure one agency-year: the single entry point every page, document and review uses.

``hitung(berkas)`` turns primary data into `HasilPengukuran`: capaian and predikat per indicator (with
quarterly progress, previous years, the Renstra end target and national comparisons), averages per
sasaran and overall, the budget tree with absorption at every level, budget composition, refocusing,
efficiency per sasaran, and program/kegiatan/output indicators.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from .agregasi import TRIWULAN, agregasi, target_sampai, triwulan_terakhir_terisi
from .anggaran import NodeAnggaran, hitung_jumlah, hitung_refocusing, komposisi, pohon_anggaran
from .angka import persen, rata_rata
from .capaian import Capaian, Polaritas, hitung_capaian, nilai_untuk_rata_rata, tercapai
from .efisiensi import nilai_efisiensi
from .hasil import (
    LEBIH_RENDAH,
    LEBIH_TINGGI,
    SAMA,
    HasilAnggaranLalu,
    HasilIndikator,
    HasilIndikatorKinerja,
    HasilPembanding,
    HasilPengukuran,
    HasilSasaran,
    Perbandingan,
    TahunIndikator,
)
from .indikator_kinerja import hitung_indikator_kinerja, indikator_tercapai
from .model import Berkas, Indikator
from .nilai import Angka, Mutu, Nilai, Rentang
from .pengaturan import NilaiEfisiensi, Pengaturan, RataRata
from .profil import ringkas_pegawai, ringkas_penduduk
from .sumber import realisasi_terpakai


def angka_banding(n: Nilai | None) -> Decimal | None:
    """The number a value is compared by (a graded value's score or rank; a range has none)."""
    if n is None or isinstance(n, Rentang):
        return None
    if isinstance(n, Angka):
        return n.nilai
    if n.skor is not None:
        return n.skor
    return None if n.peringkat is None else Decimal(n.peringkat)


def bandingkan(ini: Nilai | Decimal | None, lain: Nilai | Decimal | None, polaritas: Polaritas | None) -> Perbandingan:
    a = ini if isinstance(ini, Decimal) or ini is None else angka_banding(ini)
    b = lain if isinstance(lain, Decimal) or lain is None else angka_banding(lain)
    if isinstance(ini, Mutu) and isinstance(lain, Mutu) and (ini.skor is None) != (lain.skor is None):
        a = None if ini.peringkat is None else Decimal(ini.peringkat)
        b = None if lain.peringkat is None else Decimal(lain.peringkat)
    if a is None or b is None:
        return Perbandingan(None, None, None)
    selisih = a - b
    arah = LEBIH_TINGGI if selisih > 0 else LEBIH_RENDAH if selisih < 0 else SAMA
    if arah == SAMA:
        membaik = None
    elif polaritas is Polaritas.NEGATIF:
        membaik = selisih < 0
    elif polaritas is Polaritas.RENTANG:
        membaik = None
    else:
        membaik = selisih > 0
    return Perbandingan(arah, membaik, selisih)


def realisasi_tahunan(
    berkas: Berkas, ind: Indikator, pengaturan: Pengaturan | None = None
) -> tuple[Nilai | None, dict[int, Nilai | None]]:
    """The indicator's value for the year and its quarterly values (as recorded, not aggregated).

    An indicator with `sumber_realisasi` gets them computed from records (sakip.core.sumber): the quarterly
    values are then "s.d. triwulan n", which `posisi_akhir` aggregation keeps as they are.
    """
    terhitung = realisasi_terpakai(berkas, ind, pengaturan)
    if terhitung is not None:
        return terhitung
    r = berkas.realisasi.indikator.get(ind.id)
    if r is None:
        return None, {}
    if r.tahunan is not None:
        return r.tahunan, dict(r.triwulan)
    return agregasi(r.triwulan, ind.agregasi, 4), dict(r.triwulan)


def _hasil_indikator(berkas: Berkas, ind: Indikator, sasaran_id: str | None, p: Pengaturan) -> HasilIndikator:
    tahun = berkas.tahun
    target = berkas.target_tahun(ind)
    realisasi, per_tw = realisasi_tahunan(berkas, ind, p)
    pol = ind.polaritas or Polaritas.POSITIF
    cap = hitung_capaian(target, realisasi, pol, p)

    rec = berkas.realisasi.indikator.get(ind.id)
    target_tw_rencana = rec.target_triwulan if rec is not None else {}
    target_tw: dict[int, Nilai | None] = {}
    real_tw: dict[int, Nilai | None] = {}
    cap_tw: dict[int, Capaian] = {}
    for tw in TRIWULAN:
        if not any(per_tw.get(t) is not None for t in TRIWULAN if t <= tw) and not (tw == 4 and realisasi is not None):
            continue
        nilai = realisasi if tw == 4 else agregasi(per_tw, ind.agregasi, tw)
        tgt = target_sampai(target, target_tw_rencana, ind.agregasi, tw)
        target_tw[tw], real_tw[tw] = tgt, nilai
        cap_tw[tw] = hitung_capaian(tgt, nilai, pol, p)

    riwayat = []
    for th in range(berkas.renstra.periode_awal, tahun):
        t_lalu = ind.target.get(th)
        r_lalu = ind.realisasi_lalu.get(th)
        riwayat.append(TahunIndikator(th, t_lalu, r_lalu, hitung_capaian(t_lalu, r_lalu, pol, p)))
    riwayat.append(TahunIndikator(tahun, target, realisasi, cap))

    lalu = ind.realisasi_lalu.get(tahun - 1)
    banding = bandingkan(realisasi, lalu, pol) if lalu is not None else None
    cap_lalu = riwayat[-2].capaian if len(riwayat) >= 2 else None
    banding_cap = None
    if cap_lalu is not None and cap_lalu.dihitung and cap.dihitung:
        banding_cap = bandingkan(cap.nilai, cap_lalu.nilai, Polaritas.POSITIF)

    akhir = ind.target.get(berkas.renstra.periode_akhir)
    cap_akhir = hitung_capaian(akhir, realisasi, pol, p) if akhir is not None else None

    pembanding = [
        HasilPembanding(pb, bandingkan(realisasi, pb.nilai, pol)) for pb in ind.pembanding if pb.tahun == tahun
    ]
    ok = tercapai(cap, p)
    return HasilIndikator(
        indikator=ind,
        sasaran_id=sasaran_id,
        target=target,
        realisasi=realisasi,
        capaian=cap,
        predikat=p.skala_predikat.klasifikasi(cap.nilai_olah) if cap.dihitung else None,
        tercapai=ok,
        target_triwulan=target_tw,
        realisasi_triwulan=real_tw,
        capaian_triwulan=cap_tw,
        riwayat=riwayat,
        banding_tahun_lalu=banding,
        banding_capaian_tahun_lalu=banding_cap,
        target_akhir_renstra=akhir,
        capaian_akhir_renstra=cap_akhir,
        pembanding=pembanding,
        perlu_analisis=ok is False,
    )


def hitung(berkas: Berkas, pengaturan: Pengaturan | None = None) -> HasilPengukuran:
    """Measure the agency-year. `pengaturan` defaults to the berkas's own settings."""
    p = pengaturan or berkas.pengaturan
    pohon = pohon_anggaran(berkas)
    per_program = {n.kode: n for n in pohon.anak}

    indikator_tujuan = [_hasil_indikator(berkas, i, None, p) for t in berkas.renstra.tujuan for i in t.indikator]

    program_sasaran: dict[str, list[str]] = {}
    for prog in berkas.rkt.program:
        for sid in prog.sasaran:
            program_sasaran.setdefault(sid, []).append(prog.kode)

    hasil_sasaran = []
    for s in berkas.renstra.sasaran:
        daftar = [_hasil_indikator(berkas, i, s.id, p) for i in s.indikator]
        caps = [h.capaian for h in daftar]
        rata = rata_rata(nilai_untuk_rata_rata(caps))
        rata_mentah = rata_rata([c.nilai for c in caps if c.dihitung and c.nilai is not None])
        kode_prog = program_sasaran.get(s.id, [])
        node = NodeAnggaran(tingkat="sasaran", kode=s.id, nama=s.uraian)
        for k in kode_prog:
            node._tambah(per_program[k])
        nilai_cap = rata_mentah if p.efisiensi.nilai is NilaiEfisiensi.MENTAH else rata
        serapan = node.serapan if kode_prog and not node.realisasi_belum_diisi else None
        hasil_sasaran.append(
            HasilSasaran(
                sasaran=s,
                indikator=daftar,
                rata_rata=rata,
                rata_rata_mentah=rata_mentah,
                predikat=p.skala_predikat.klasifikasi(rata),
                program=kode_prog,
                anggaran=node,
                efisiensi=nilai_efisiensi(nilai_cap, serapan, p.efisiensi),
            )
        )

    semua = [h for s in hasil_sasaran for h in s.indikator]
    if p.rata_rata is RataRata.SASARAN:
        rata = rata_rata([s.rata_rata for s in hasil_sasaran if s.rata_rata is not None])
        rata_mentah = rata_rata([s.rata_rata_mentah for s in hasil_sasaran if s.rata_rata_mentah is not None])
    else:
        rata = rata_rata(nilai_untuk_rata_rata([h.capaian for h in semua]))
        rata_mentah = rata_rata([h.capaian.nilai for h in semua if h.capaian.dihitung and h.capaian.nilai is not None])
    sebaran = Counter(h.predikat.kode for h in semua if h.predikat is not None)

    ind_program: list[HasilIndikatorKinerja] = []
    ind_kegiatan: list[HasilIndikatorKinerja] = []
    output: dict[str, list[HasilIndikatorKinerja]] = {}
    node_kegiatan = {n.kode: n for n in pohon.telusuri() if n.tingkat == "kegiatan"}
    node_sub = {n.kode: n for n in pohon.telusuri() if n.tingkat == "sub_kegiatan"}
    for prog in berkas.rkt.program:
        ind_program += hitung_indikator_kinerja(
            prog.kode,
            prog.nama,
            prog.indikator,
            berkas.realisasi.program.get(prog.kode, []),
            per_program.get(prog.kode),
            p,
        )
        for keg in prog.kegiatan:
            ind_kegiatan += hitung_indikator_kinerja(
                keg.kode,
                keg.nama,
                keg.indikator,
                berkas.realisasi.kegiatan.get(keg.kode, []),
                node_kegiatan.get(keg.kode),
                p,
            )
            for sub in keg.sub_kegiatan:
                r = berkas.realisasi.sub_kegiatan.get(sub.kode)
                output[sub.kode] = hitung_indikator_kinerja(
                    sub.kode,
                    sub.nama,
                    sub.indikator,
                    r.output if r else [],
                    node_sub.get(sub.kode),
                    p,
                    r.target_output if r else None,
                )
    persen_tercapai = indikator_tercapai(ind_program).persen

    lalu = []
    for a in sorted(berkas.anggaran_lalu, key=lambda a: a.tahun):
        serapan_lalu = persen(a.realisasi, a.pagu)
        selisih = None
        if serapan_lalu is not None and pohon.serapan is not None:
            selisih = pohon.serapan - serapan_lalu
        lalu.append(HasilAnggaranLalu(a.tahun, a.pagu, a.realisasi, serapan_lalu, selisih))

    tw_terakhir = None
    for rec in berkas.realisasi.indikator.values():
        tw = triwulan_terakhir_terisi(rec.triwulan)
        if tw is not None and (tw_terakhir is None or tw > tw_terakhir):
            tw_terakhir = tw

    return HasilPengukuran(
        berkas=berkas,
        pengaturan=p,
        tahun=berkas.tahun,
        indikator_tujuan=indikator_tujuan,
        sasaran=hasil_sasaran,
        rata_rata=rata,
        rata_rata_mentah=rata_mentah,
        predikat=p.skala_predikat.klasifikasi(rata),
        sebaran_predikat=dict(sebaran),
        anggaran=pohon,
        jumlah=hitung_jumlah(berkas),
        komposisi=komposisi(pohon),
        refocusing=hitung_refocusing(berkas),
        anggaran_lalu=lalu,
        indikator_program=ind_program,
        indikator_kegiatan=ind_kegiatan,
        output=output,
        persen_indikator_program_tercapai=persen_tercapai,
        triwulan_terakhir=tw_terakhir,
        pegawai=ringkas_pegawai(berkas.instansi.kepegawaian),
        penduduk=ringkas_penduduk(berkas.instansi.wilayah),
    )


__all__ = ["bandingkan", "hitung", "realisasi_tahunan"]

"""`HasilPengukuran` as plain JSON-ready data: decimals as exact decimal strings, never floats."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .anggaran import NodeAnggaran
from .capaian import Capaian
from .hasil import HasilIndikator, HasilIndikatorKinerja, HasilPengukuran, Perbandingan
from .nilai import Nilai
from .sumber import RincianRealisasi, rincian_semua
from .tabel import semua_tabel


def d(x: Decimal | None) -> str | None:
    return None if x is None else format(x, "f")


def nilai(n: Nilai | None) -> str | None:
    if n is None:
        return None
    if hasattr(n, "nilai") and isinstance(n.nilai, Decimal):
        return format(n.nilai, "f")
    return n.tampil()


def capaian(c: Capaian | None) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "status": c.status.value,
        "nilai": d(c.nilai),
        "nilai_olah": d(c.nilai_olah),
        "rumus": c.rumus,
        "masukan": c.masukan,
        "alasan": c.alasan or None,
        "penjelasan": c.jelaskan(),
    }


def banding(b: Perbandingan | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return {"arah": b.arah, "membaik": b.membaik, "selisih": d(b.selisih)}


def rincian_sumber(r: RincianRealisasi | None) -> dict[str, Any] | None:
    """Both values of an indicator computed from records, and which one is measured."""
    if r is None:
        return None
    return {
        "sumber": r.terhitung.sumber.uraian(),
        "terhitung": d(r.terhitung.tahunan.nilai),
        "terhitung_uraian": r.terhitung.tahunan.teks,
        "terhitung_triwulan": {str(tw): d(n.nilai) for tw, n in sorted(r.terhitung.triwulan.items())},
        "manual": nilai(r.manual),
        "alasan_manual": r.alasan_manual or None,
        "dipakai": r.dipakai.value,
        "selisih": d(r.selisih),
        "penjelasan": r.teks(),
    }


def indikator(h: HasilIndikator, sumber: RincianRealisasi | None = None) -> dict[str, Any]:
    i = h.indikator
    return {
        "id": i.id,
        "nama": i.nama,
        "satuan": i.satuan,
        "polaritas": i.polaritas.value if i.polaritas else None,
        "sasaran": h.sasaran_id,
        "target": nilai(h.target),
        "realisasi": nilai(h.realisasi),
        "capaian": capaian(h.capaian),
        "predikat": h.predikat.kode if h.predikat else None,
        "predikat_uraian": h.predikat.interpretasi if h.predikat else None,
        "tercapai": h.tercapai,
        "triwulan": {
            str(tw): {
                "target": nilai(h.target_triwulan.get(tw)),
                "realisasi": nilai(h.realisasi_triwulan.get(tw)),
                "capaian": capaian(h.capaian_triwulan.get(tw)),
            }
            for tw in sorted(h.capaian_triwulan)
        },
        "riwayat": [
            {
                "tahun": r.tahun,
                "target": nilai(r.target),
                "realisasi": nilai(r.realisasi),
                "capaian": capaian(r.capaian),
            }
            for r in h.riwayat
        ],
        "dibanding_tahun_lalu": banding(h.banding_tahun_lalu),
        "target_akhir_renstra": nilai(h.target_akhir_renstra),
        "capaian_akhir_renstra": capaian(h.capaian_akhir_renstra),
        "sumber_realisasi": rincian_sumber(sumber),
        "pembanding": [
            {
                "tingkat": p.pembanding.tingkat,
                "nama": p.pembanding.nama,
                "tahun": p.pembanding.tahun,
                "nilai": nilai(p.pembanding.nilai),
                "perbandingan": banding(p.perbandingan),
            }
            for p in h.pembanding
        ],
    }


def indikator_kinerja(x: HasilIndikatorKinerja) -> dict[str, Any]:
    return {
        "kode": x.kode,
        "indikator": x.indikator.nama,
        "satuan": x.indikator.satuan,
        "target": nilai(x.target),
        "target_rkt": nilai(x.target_rkt),
        "realisasi": nilai(x.realisasi),
        "capaian": capaian(x.capaian),
        "tercapai": x.tercapai,
        "dihitung_dari": x.dihitung_dari or None,
    }


def node(n: NodeAnggaran) -> dict[str, Any]:
    return {
        "tingkat": n.tingkat,
        "kode": n.kode,
        "nama": n.nama,
        "pagu": d(n.pagu),
        "realisasi": d(n.realisasi),
        "serapan": d(n.serapan),
        "belanja_modal": d(n.belanja_modal),
        "realisasi_belum_diisi": n.realisasi_belum_diisi,
        "anak": [node(a) for a in n.anak],
    }


def hasil_ke_dict(h: HasilPengukuran, *, dengan_tabel: bool = True) -> dict[str, Any]:
    k = h.komposisi
    sumber = rincian_semua(h.berkas, h.pengaturan)
    data: dict[str, Any] = {
        "instansi": h.berkas.instansi.nama,
        "tahun": h.tahun,
        "skala_predikat": h.pengaturan.skala_predikat.kode,
        "indikator_tujuan": [indikator(x, sumber.get(x.indikator.id)) for x in h.indikator_tujuan],
        "sasaran": [
            {
                "id": s.sasaran.id,
                "uraian": s.sasaran.uraian,
                "indikator": [indikator(x, sumber.get(x.indikator.id)) for x in s.indikator],
                "rata_rata": d(s.rata_rata),
                "rata_rata_mentah": d(s.rata_rata_mentah),
                "predikat": s.predikat.kode if s.predikat else None,
                "program": s.program,
                "pagu": d(s.anggaran.pagu),
                "realisasi_anggaran": d(s.anggaran.realisasi),
                "serapan": d(s.serapan),
                "efisiensi": {
                    "kelas": s.efisiensi.kelas,
                    "capaian": d(s.efisiensi.capaian),
                    "serapan": d(s.efisiensi.serapan),
                    "penjelasan": s.efisiensi.penjelasan,
                },
            }
            for s in h.sasaran
        ],
        "rata_rata": d(h.rata_rata),
        "rata_rata_mentah": d(h.rata_rata_mentah),
        "predikat": h.predikat.kode if h.predikat else None,
        "sebaran_predikat": h.sebaran_predikat,
        "jumlah": {
            "program": h.jumlah.program,
            "kegiatan": h.jumlah.kegiatan,
            "sub_kegiatan": h.jumlah.sub_kegiatan,
            "kegiatan_tidak_dirinci": h.jumlah.kegiatan_tidak_dirinci,
            "sub_kegiatan_tidak_dirinci": h.jumlah.sub_kegiatan_tidak_dirinci,
        },
        "anggaran": node(h.anggaran),
        "komposisi": {
            "operasi": d(k.operasi),
            "modal": d(k.modal),
            "total": d(k.total),
            "persen_operasi": d(k.persen_operasi),
            "persen_modal": d(k.persen_modal),
        },
        "refocusing": None
        if h.refocusing is None
        else {
            "total": d(h.refocusing.total),
            "total_dinyatakan": d(h.refocusing.total_dinyatakan),
            "rincian": [{"sub_kegiatan": kd, "nama": nm, "jumlah": d(j)} for kd, nm, j in h.refocusing.rincian],
        },
        "anggaran_lalu": [
            {
                "tahun": a.tahun,
                "pagu": d(a.pagu),
                "realisasi": d(a.realisasi),
                "serapan": d(a.serapan),
                "selisih_poin": d(a.selisih_poin),
            }
            for a in h.anggaran_lalu
        ],
        "indikator_program": [indikator_kinerja(x) for x in h.indikator_program],
        "persen_indikator_program_tercapai": d(h.persen_indikator_program_tercapai),
        "output": {kode: [indikator_kinerja(x) for x in v] for kode, v in h.output.items()},
    }
    if dengan_tabel:
        data["tabel"] = [t.ke_dict() for t in semua_tabel(h)]
    return data

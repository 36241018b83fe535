"""Writing a berkas: `Berkas` → the documented file format (YAML), the inverse of `baca`.

``baca_data(berkas_ke_dict(b)) == b`` for every valid berkas: export and import round-trip without
difference. Empty optional fields are left out so an exported file stays readable.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sakip.core.agregasi import agregasi_bawaan
from sakip.core.model import (
    BagianTidakDirinci,
    Berkas,
    Indikator,
    IndikatorKinerja,
    Jabatan,
    Pejabat,
    Sasaran,
    TautanRpjmd,
    Tujuan,
)
from sakip.core.nilai import Nilai, ke_teks_berkas
from sakip.core.pengaturan import pengaturan_ke_dict

from .baca import FORMAT, VERSI
from .survei_register import register_ke_dict, sumber_ke_dict, survei_ke_dict, terkunci_ke_dict
from .yaml_desimal import tulis_yaml


def _bersih(d: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values ("", [], {}, None) so the file only says what is known."""
    return {k: v for k, v in d.items() if v not in ("", None, [], {})}


def _nilai(n: Nilai | None) -> Any:
    return ke_teks_berkas(n)


def _per(d: dict[int, Nilai | None]) -> dict[int, Any]:
    return {k: _nilai(v) for k, v in d.items()}


def _tgl(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _pejabat(p: Pejabat | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return _bersih({"nama": p.nama, "jabatan": p.jabatan, "pangkat": p.pangkat, "golongan": p.golongan, "nip": p.nip})


def _indikator(i: Indikator) -> dict[str, Any]:
    d = _bersih(
        {
            "id": i.id,
            "nama": i.nama,
            "satuan": i.satuan,
            "polaritas": i.polaritas.value if i.polaritas else None,
            "target": _per(i.target),
            "formula": i.formula,
            "pembilang": i.pembilang,
            "penyebut": i.penyebut,
            "penanggung_jawab": list(i.penanggung_jawab),
            "sumber_data": i.sumber_data,
            "agregasi": i.agregasi.value if i.agregasi != agregasi_bawaan(i.satuan) else None,
            "realisasi_lalu": _per(i.realisasi_lalu),
            "pembanding": [
                _bersih(
                    {
                        "tingkat": p.tingkat,
                        "nama": p.nama,
                        "tahun": p.tahun,
                        "nilai": _nilai(p.nilai),
                        "sumber": p.sumber,
                    }
                )
                for p in i.pembanding
            ],
            "catatan": i.catatan,
            "sumber_realisasi": sumber_ke_dict(i.sumber_realisasi),
            "pemilik": i.pemilik,
        }
    )
    # A target map with explicit empty years ("-") must survive the round trip.
    if i.target:
        d["target"] = _per(i.target)
    if i.realisasi_lalu:
        d["realisasi_lalu"] = _per(i.realisasi_lalu)
    return d


def _tautan(daftar: list[TautanRpjmd]) -> list[dict[str, Any]]:
    return [
        _bersih(
            {
                "sasaran": t.sasaran,
                "indikator": t.indikator,
                "indikator_opd": t.indikator_opd,
                "kontribusi": t.kontribusi,
            }
        )
        for t in daftar
    ]


def _jabatan(j: Jabatan) -> dict[str, Any]:
    return _bersih({"id": j.id, "nama": j.nama, "eselon": j.eselon, "atasan": j.atasan, "pejabat": _pejabat(j.pejabat)})


def _tujuan(t: Tujuan) -> dict[str, Any]:
    return _bersih(
        {
            "id": t.id,
            "uraian": t.uraian,
            "indikator": [_indikator(i) for i in t.indikator],
            "rpjmd": _tautan(t.rpjmd),
        }
    )


def _sasaran(s: Sasaran) -> dict[str, Any]:
    return _bersih(
        {
            "id": s.id,
            "uraian": s.uraian,
            "tujuan": s.tujuan,
            "indikator": [_indikator(i) for i in s.indikator],
            "strategi": s.strategi,
            "kebijakan": s.kebijakan,
            "rpjmd": _tautan(s.rpjmd),
        }
    )


def _ik(i: IndikatorKinerja) -> dict[str, Any]:
    d = _bersih(
        {
            "nama": i.nama,
            "target": _nilai(i.target),
            "satuan": i.satuan,
            "polaritas": i.polaritas.value if i.polaritas.value != "positif" else None,
            "hitung_dari": i.hitung_dari,
            "pemilik": i.pemilik,
        }
    )
    return d


def _td(b: BagianTidakDirinci | None) -> dict[str, Any] | None:
    if b is None:
        return None
    return _bersih(
        {
            "pagu": b.pagu,
            "realisasi": b.realisasi,
            "belanja_modal": b.belanja_modal or None,
            "jumlah_kegiatan": b.jumlah_kegiatan or None,
            "jumlah_sub_kegiatan": b.jumlah_sub_kegiatan or None,
            "keterangan": b.keterangan,
        }
    )


def berkas_ke_dict(b: Berkas) -> dict[str, Any]:
    ins = b.instansi
    kp = ins.kepegawaian
    w = ins.wilayah
    wilayah = None
    if w is not None:
        wilayah = _bersih(
            {
                "luas_km2": w.luas_km2,
                "batas": dict(w.batas),
                "desa": w.desa,
                "kelurahan": w.kelurahan,
                "uraian": w.uraian,
                "penduduk": _bersih({"laki_laki": w.penduduk_laki_laki, "perempuan": w.penduduk_perempuan}),
                "penduduk_per_pekerjaan": [{"uraian": x.uraian, "jumlah": x.jumlah} for x in w.penduduk_per_pekerjaan],
            }
        )
    instansi = _bersih(
        {
            "nama": ins.nama,
            "jenis": ins.jenis,
            "kode": ins.kode,
            "pemda": ins.pemda,
            "provinsi": ins.provinsi,
            "ibu_kota": ins.ibu_kota,
            "alamat": ins.alamat,
            "telepon": ins.telepon,
            "kode_pos": ins.kode_pos,
            "email": ins.email,
            "laman": ins.laman,
            "kepala": _pejabat(ins.kepala),
            "atasan": _pejabat(ins.atasan),
            "dasar_hukum": ins.dasar_hukum,
            "kedudukan": ins.kedudukan,
            "tugas": ins.tugas,
            "fungsi": ins.fungsi,
            "susunan_organisasi": ins.susunan_organisasi,
            "kepegawaian": _bersih(
                {
                    "periode": kp.periode,
                    "ringkasan": dict(kp.ringkasan),
                    "per_jabatan": [
                        _bersih({"jabatan": x.jabatan, "kelompok": x.kelompok, "keterangan": x.keterangan})
                        | {"jumlah": x.jumlah}
                        for x in kp.per_jabatan
                    ],
                    "per_golongan": [
                        _bersih({"pangkat": x.pangkat, "golongan": x.golongan}) | {"jumlah": x.jumlah}
                        for x in kp.per_golongan
                    ],
                    "per_pendidikan": [
                        _bersih({"pendidikan": x.pendidikan, "status": x.status}) | {"jumlah": x.jumlah}
                        for x in kp.per_pendidikan
                    ],
                }
            ),
            "wilayah": wilayah,
            "jabatan": [_jabatan(j) for j in ins.jabatan],
        }
    )
    r = b.renstra
    renstra = _bersih(
        {
            "periode": {"awal": r.periode_awal, "akhir": r.periode_akhir},
            "dokumen": r.dokumen,
            "rpjmd": _bersih(vars_(r.rpjmd)) if r.rpjmd else None,
            "tujuan": [_tujuan(t) for t in r.tujuan],
            "sasaran": [_sasaran(s) for s in r.sasaran],
            "versi_sebelumnya": [
                _bersih(
                    {
                        "label": v.label,
                        "keterangan": v.keterangan,
                        "tujuan": [_tujuan(t) for t in v.tujuan],
                        "sasaran": [_sasaran(s) for s in v.sasaran],
                    }
                )
                for v in r.versi_sebelumnya
            ],
        }
    )
    k = b.iku.keputusan
    iku = _bersih(
        {
            "keputusan": _bersih(
                {
                    "nomor": k.nomor,
                    "tanggal": _tgl(k.tanggal),
                    "tempat": k.tempat,
                    "tentang": k.tentang,
                    "penandatangan": _pejabat(k.penandatangan),
                }
            ),
            "indikator": list(b.iku.indikator),
            "tujuan": b.iku.tujuan_iku,
            "indikator_tujuan": b.iku.indikator_tujuan_iku,
        }
    )
    rkt = _bersih(
        {
            "dokumen": b.rkt.dokumen,
            "tanggal": _tgl(b.rkt.tanggal),
            "tanggal_dpa": _tgl(b.rkt.tanggal_dpa),
            "tempat": b.rkt.tempat,
            "penandatangan": _pejabat(b.rkt.penandatangan),
            "target": {k: _nilai(v) for k, v in b.rkt.target.items()},
            "program": [
                _bersih(
                    {
                        "kode": p.kode,
                        "nama": p.nama,
                        "sasaran": p.sasaran,
                        "indikator": [_ik(i) for i in p.indikator],
                        "kegiatan": [
                            _bersih(
                                {
                                    "kode": kg.kode,
                                    "nama": kg.nama,
                                    "indikator": [_ik(i) for i in kg.indikator],
                                    "sub_kegiatan": [
                                        _bersih(
                                            {
                                                "kode": s.kode,
                                                "nama": s.nama,
                                                "pagu": s.pagu,
                                                "pagu_murni": s.pagu_murni,
                                                "belanja_modal": s.belanja_modal or None,
                                                "indikator": [_ik(i) for i in s.indikator],
                                                "outcome": s.outcome,
                                                "sumber_dana": s.sumber_dana,
                                                "lokasi": s.lokasi,
                                            }
                                        )
                                        for s in kg.sub_kegiatan
                                    ],
                                    "tidak_dirinci": _td(kg.tidak_dirinci),
                                }
                            )
                            for kg in p.kegiatan
                        ],
                        "tidak_dirinci": _td(p.tidak_dirinci),
                    }
                )
                for p in b.rkt.program
            ],
        }
    )
    pk = [
        _bersih(
            {
                "jenis": x.jenis,
                "tanggal": _tgl(x.tanggal),
                "tempat": x.tempat,
                "nomor": x.nomor,
                "pihak_pertama": _pejabat(x.pihak_pertama),
                "pihak_kedua": _pejabat(x.pihak_kedua),
                "alasan_perubahan": x.alasan_perubahan,
                "target": {k: _nilai(v) for k, v in x.target.items()},
                "anggaran_program": dict(x.anggaran_program),
                "keterangan_anggaran": x.keterangan_anggaran,
            }
        )
        for x in b.pk
    ]
    re = b.realisasi
    realisasi = _bersih(
        {
            "indikator": {
                k: _bersih(
                    {
                        "triwulan": _per(v.triwulan),
                        "tahunan": _nilai(v.tahunan),
                        "target_triwulan": _per(v.target_triwulan),
                        "analisis": _bersih(
                            {
                                "penyebab": v.analisis.penyebab,
                                "kendala": v.analisis.kendala,
                                "solusi": v.analisis.solusi,
                            }
                        ),
                        "sumber": v.sumber,
                        "alasan_manual": v.alasan_manual,
                        "alasan_tidak_lazim": v.alasan_tidak_lazim,
                        "terkunci": terkunci_ke_dict(v.terkunci),
                    }
                )
                for k, v in re.indikator.items()
            },
            "program": {k: [_nilai(x) for x in v] for k, v in re.program.items()},
            "kegiatan": {k: [_nilai(x) for x in v] for k, v in re.kegiatan.items()},
            "sub_kegiatan": {
                k: _bersih(
                    {
                        "anggaran": v.anggaran,
                        "anggaran_triwulan": dict(v.anggaran_triwulan),
                        "output": [_nilai(x) for x in v.output],
                        "target_output": [_nilai(x) for x in v.target_output],
                        "keterangan": v.keterangan,
                    }
                )
                for k, v in re.sub_kegiatan.items()
            },
        }
    )
    n = b.narasi
    narasi = _bersih(
        {
            "kata_pengantar": n.kata_pengantar,
            "latar_belakang": n.latar_belakang,
            "maksud": n.maksud,
            "tujuan_laporan": n.tujuan_laporan,
            "isu_strategis": n.isu_strategis,
            "faktor_keberhasilan": n.faktor_keberhasilan,
            "kendala": n.kendala,
            "rekomendasi": n.rekomendasi,
            "penjelasan_anggaran": n.penjelasan_anggaran,
            "sumber_daya": n.sumber_daya,
            "per_sasaran": {k: _bersih(vars_(v)) for k, v in n.per_sasaran.items()},
            "per_sub_kegiatan": dict(n.per_sub_kegiatan),
        }
    )
    ref = None
    if b.refocusing is not None:
        ref = _bersih(
            {
                "keterangan": b.refocusing.keterangan,
                "total_dinyatakan": b.refocusing.total_dinyatakan,
                "rincian": [{"sub_kegiatan": i.sub_kegiatan, "jumlah": i.jumlah} for i in b.refocusing.rincian],
            }
        )
    return _bersih(
        {
            "format": FORMAT,
            "versi": VERSI,
            "tahun": b.tahun,
            "pengaturan": pengaturan_ke_dict(b.pengaturan),
            "instansi": instansi,
            "laporan": _bersih(
                {"tanggal": _tgl(b.laporan.tanggal), "tempat": b.laporan.tempat, "judul": b.laporan.judul}
            ),
            "renstra": renstra,
            "iku": iku,
            "rkt": rkt,
            "pk": pk,
            "realisasi": realisasi,
            "survei": survei_ke_dict(b.survei),
            "register": register_ke_dict(b.register, b.tahun),
            "anggaran_lalu": [{"tahun": a.tahun, "pagu": a.pagu, "realisasi": a.realisasi} for a in b.anggaran_lalu],
            "refocusing": ref,
            "narasi": narasi,
            "penghargaan": [
                _bersih({"nama": p.nama, "tahun": p.tahun, "tingkat": p.tingkat, "penyelenggara": p.penyelenggara})
                for p in b.penghargaan
            ],
            "catatan_sumber": [
                _bersih({"lokasi": c.lokasi, "catatan": c.catatan, "tercetak": c.tercetak}) for c in b.catatan_sumber
            ],
        }
    )


def vars_(obj: Any) -> dict[str, Any]:
    """Fields of a slotted dataclass as a dict (``vars()`` does not work with slots)."""
    return {f: getattr(obj, f) for f in obj.__dataclass_fields__}


def tulis_berkas(b: Berkas, path: str | Path | None = None) -> str:
    """The berkas as YAML text (the canonical form); written to `path` when given."""
    kepala = (
        f"# Berkas SAKIP v{VERSI}: {b.instansi.nama}, tahun {b.tahun}.\n"
        "# Format: docs/berkas.md. Angka turunan (capaian, jumlah, serapan, predikat) tidak disimpan.\n"
    )
    teks = kepala + tulis_yaml(berkas_ke_dict(b))
    if path is not None:
        Path(path).write_text(teks, encoding="utf-8")
    return teks

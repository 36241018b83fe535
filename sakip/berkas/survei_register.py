"""The berkas sections of issue 6: ``survei``, ``register`` and an indicator's ``sumber_realisasi``.

Reading (called from `sakip.berkas.baca`) and writing (called from `sakip.berkas.tulis`) live together so the
round trip is checked in one place. The reader receives baca's builder and reports every problem through
``salah(jalur, pesan)`` with the path of the offending field, in Indonesian.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from sakip.core.agregasi import CaraAgregasi
from sakip.core.angka import AngkaTidakValid, ke_decimal
from sakip.core.ikm import (
    PROFIL,
    UNSUR,
    RekapJawaban,
    Respon,
    Survei,
    normalkan_profil,
    periksa_rekap,
)
from sakip.core.register import (
    Aduan,
    KegiatanRegister,
    Register,
    Saring,
    StatusAduan,
    StatusKegiatan,
    periksa_aduan,
    periksa_kegiatan,
)
from sakip.core.sumber import JenisSumber, NilaiTerkunci, SumberRealisasi
from sakip.core.sumber_periode import PeriodeTidakValid, parse_periode

if TYPE_CHECKING:
    from sakip.core.model import Berkas


class _Pelapor(Protocol):
    def salah(self, jalur: str, pesan: str) -> None: ...

    def tanggal(self, x: Any, jalur: str) -> date | None: ...


# --- reading ------------------------------------------------------------------------------------------------


def _periode(p: _Pelapor, x: Any, jalur: str) -> str:
    if x in (None, ""):
        return ""
    try:
        return parse_periode(str(x)).label
    except PeriodeTidakValid as exc:
        p.salah(jalur, str(exc))
        return str(x)


def baca_respon(p: _Pelapor, d: dict[str, Any], jalur: str) -> Respon:
    profil: dict[str, str] = {}
    for aspek, nilai in (d.get("profil") or {}).items():
        try:
            kode = normalkan_profil(aspek, nilai)
        except ValueError as exc:
            p.salah(f"{jalur}.profil.{aspek}", str(exc))
            continue
        if kode is not None:
            profil[aspek] = kode
    return Respon(
        jawaban={u: d["jawaban"][u] for u in UNSUR},
        tanggal=p.tanggal(d.get("tanggal"), f"{jalur}.tanggal"),
        jenis_layanan=d.get("jenis_layanan", ""),
        instansi=d.get("instansi", ""),
        profil=profil,
        saran=d.get("saran", ""),
    )


def baca_rekap(p: _Pelapor, d: dict[str, Any], jalur: str) -> RekapJawaban:
    sebaran: dict[str, tuple[int, int, int, int]] = {}
    for u in UNSUR:
        c = d["sebaran"][u]
        if len(c) != 4:
            p.salah(f"{jalur}.sebaran.{u}", f"harus 4 angka (jumlah jawaban 1, 2, 3, 4), bukan {len(c)}")
            c = [*c, 0, 0, 0, 0][:4]
        sebaran[u] = (c[0], c[1], c[2], c[3])
    r = RekapJawaban(
        jumlah_responden=d["jumlah_responden"],
        sebaran=sebaran,
        periode=_periode(p, d.get("periode"), f"{jalur}.periode"),
        jenis_layanan=d.get("jenis_layanan", ""),
        instansi=d.get("instansi", ""),
    )
    for kolom, pesan in periksa_rekap(r):
        if kolom != "periode" and not pesan.startswith("harus 4"):
            p.salah(f"{jalur}.{kolom}", pesan)
    return r


def baca_survei(p: _Pelapor, daftar: list[dict[str, Any]]) -> list[Survei]:
    hasil = []
    for i, d in enumerate(daftar):
        j = f"survei[{i}]"
        profil: dict[str, dict[str, int]] = {}
        for aspek, per in (d.get("profil") or {}).items():
            if aspek not in PROFIL:
                p.salah(f"{j}.profil.{aspek}", f"aspek profil '{aspek}' tidak dikenal ({', '.join(PROFIL)})")
                continue
            for nilai, n in per.items():
                try:
                    kode = normalkan_profil(aspek, nilai) or ""
                except ValueError as exc:
                    p.salah(f"{j}.profil.{aspek}.{nilai}", str(exc))
                    continue
                profil.setdefault(aspek, {})
                profil[aspek][kode] = profil[aspek].get(kode, 0) + n
        hasil.append(
            Survei(
                id=d["id"],
                nama=d.get("nama", ""),
                periode=_periode(p, d.get("periode"), f"{j}.periode"),
                populasi=d.get("populasi"),
                metode=d.get("metode", ""),
                jenis_layanan=list(d.get("jenis_layanan", [])),
                responden=[baca_respon(p, x, f"{j}.responden[{k}]") for k, x in enumerate(d.get("responden", []))],
                rekap=[baca_rekap(p, x, f"{j}.rekap[{k}]") for k, x in enumerate(d.get("rekap", []))],
                profil=profil,
                saran=list(d.get("saran", [])),
                sintetis=bool(d.get("sintetis", False)),
                keterangan=d.get("keterangan", ""),
            )
        )
    return hasil


def baca_register(p: _Pelapor, d: dict[str, Any], tahun: int) -> Register:
    aduan = []
    for i, x in enumerate(d.get("aduan", [])):
        j = f"register.aduan[{i}]"
        diterima = p.tanggal(x["tanggal_diterima"], f"{j}.tanggal_diterima")
        a = Aduan(
            id=x["id"],
            tanggal_diterima=diterima or date(tahun, 1, 1),
            kanal=x.get("kanal", ""),
            kategori=x.get("kategori", ""),
            ringkasan=x.get("ringkasan", ""),
            lokasi=x.get("lokasi", ""),
            penanganan=x.get("penanganan", ""),
            unit=x.get("unit", ""),
            status=StatusAduan(x.get("status", "diterima")),
            tanggal_selesai=p.tanggal(x.get("tanggal_selesai"), f"{j}.tanggal_selesai"),
            bukti=list(x.get("bukti", [])),
            keterangan=x.get("keterangan", ""),
        )
        if diterima is not None:
            for kolom, pesan in periksa_aduan(a):
                p.salah(f"{j}.{kolom}", pesan)
        aduan.append(a)
    kegiatan = []
    for i, x in enumerate(d.get("kegiatan", [])):
        j = f"register.kegiatan[{i}]"
        k = KegiatanRegister(
            id=x["id"],
            uraian=x["uraian"],
            tahun=x.get("tahun", tahun),
            indikator=x.get("indikator", ""),
            kategori=x.get("kategori", ""),
            direncanakan=x.get("direncanakan", True),
            triwulan_rencana=x.get("triwulan_rencana"),
            status=StatusKegiatan(x.get("status", "direncanakan")),
            tanggal_pelaksanaan=p.tanggal(x.get("tanggal_pelaksanaan"), f"{j}.tanggal_pelaksanaan"),
            volume=x.get("volume", ""),
            lokasi=x.get("lokasi", ""),
            pelaksana=x.get("pelaksana", ""),
            bukti=list(x.get("bukti", [])),
            keterangan=x.get("keterangan", ""),
        )
        for kolom, pesan in periksa_kegiatan(k):
            p.salah(f"{j}.{kolom}", pesan)
        kegiatan.append(k)
    return Register(aduan=aduan, kegiatan=kegiatan)


def saring_dari_dict(d: dict[str, Any] | None) -> Saring | None:
    """A filter in berkas form ({kategori, status, kanal, indikator, direncanakan}) as a core `Saring`."""
    if d is None:
        return None
    return Saring(
        kategori=tuple(d.get("kategori", ())),
        status=tuple(d.get("status", ())),
        kanal=tuple(d.get("kanal", ())),
        indikator=tuple(d.get("indikator", ())),
        direncanakan=d.get("direncanakan"),
    )


def baca_sumber(p: _Pelapor, d: dict[str, Any] | None, jalur: str) -> SumberRealisasi | None:
    if d is None:
        return None
    jenis = JenisSumber(d["jenis"])
    jika_kosong = None
    if d.get("jika_kosong") is not None:
        try:
            jika_kosong = ke_decimal(d["jika_kosong"])
        except AngkaTidakValid as exc:
            p.salah(f"{jalur}.jika_kosong", str(exc))
    if not jenis.rasio:
        for k in ("penyebut", "pembilang", "jika_kosong"):
            if k in d:
                p.salah(f"{jalur}.{k}", f"'{k}' hanya untuk sumber rasio, bukan {jenis.value}")
    if jenis is JenisSumber.INDIKATOR_PROGRAM:
        for k in ("survei", "jenis_layanan"):
            if k in d:
                p.salah(f"{jalur}.{k}", f"'{k}' hanya untuk sumber ikm")
    elif jenis.rasio:
        for k in ("survei", "jenis_layanan"):
            if k in d:
                p.salah(f"{jalur}.{k}", f"'{k}' hanya untuk sumber ikm")
        sah = {s.value for s in (StatusAduan if jenis is JenisSumber.RASIO_ADUAN else StatusKegiatan)}
        for bagian in ("penyebut", "pembilang"):
            for st in (d.get(bagian) or {}).get("status", []):
                if st not in sah:
                    p.salah(
                        f"{jalur}.{bagian}.status",
                        f"status '{st}' tidak dikenal untuk {jenis.value}; pilihan: {', '.join(sorted(sah))}",
                    )
        if jenis is JenisSumber.RASIO_ADUAN:
            for bagian in ("penyebut", "pembilang"):
                for k in ("indikator", "direncanakan"):
                    if k in (d.get(bagian) or {}):
                        p.salah(f"{jalur}.{bagian}.{k}", f"'{k}' hanya berlaku untuk register kegiatan")
        else:
            for bagian in ("penyebut", "pembilang"):
                if "kanal" in (d.get(bagian) or {}):
                    p.salah(f"{jalur}.{bagian}.kanal", "'kanal' hanya berlaku untuk register aduan")
    return SumberRealisasi(
        jenis=jenis,
        survei=d.get("survei", ""),
        jenis_layanan=tuple(d.get("jenis_layanan", ())),
        penyebut=saring_dari_dict(d.get("penyebut")) or Saring(),
        pembilang=saring_dari_dict(d.get("pembilang")),
        jika_kosong=jika_kosong,
        keterangan=d.get("keterangan", ""),
    )


def baca_terkunci(p: _Pelapor, d: dict[str, Any] | None, jalur: str) -> dict[int, NilaiTerkunci]:
    hasil = {}
    for tw, x in (d or {}).items():
        nilai = None
        if x.get("nilai") is not None:
            try:
                nilai = ke_decimal(x["nilai"])
            except AngkaTidakValid as exc:
                p.salah(f"{jalur}.{tw}.nilai", str(exc))
        hasil[int(tw)] = NilaiTerkunci(nilai, x["teks"], p.tanggal(x.get("dikunci_pada"), f"{jalur}.{tw}.dikunci_pada"))
    return dict(sorted(hasil.items()))


def periksa_rujukan(p: _Pelapor, b: Berkas) -> None:
    """Cross-section checks: unique ids, references that resolve, typed values beside a source."""
    indikator: dict[str, str] = {}
    for i, t in enumerate(b.renstra.tujuan):
        for j, ind in enumerate(t.indikator):
            indikator.setdefault(ind.id, f"renstra.tujuan[{i}].indikator[{j}]")
    for i, s in enumerate(b.renstra.sasaran):
        for j, ind in enumerate(s.indikator):
            indikator.setdefault(ind.id, f"renstra.sasaran[{i}].indikator[{j}]")

    survei: set[str] = set()
    for i, s in enumerate(b.survei):
        if s.id in survei:
            p.salah(f"survei[{i}].id", f"survei '{s.id}' sudah dipakai")
        survei.add(s.id)
    for nama, daftar in (("aduan", b.register.aduan), ("kegiatan", b.register.kegiatan)):
        dipakai: set[str] = set()
        for i, r in enumerate(daftar):
            if r.id in dipakai:
                p.salah(f"register.{nama}[{i}].id", f"nomor {nama} '{r.id}' sudah dipakai")
            dipakai.add(r.id)
    for i, k in enumerate(b.register.kegiatan):
        if k.indikator and k.indikator not in indikator:
            p.salah(f"register.kegiatan[{i}].indikator", f"indikator '{k.indikator}' tidak ada di Renstra")

    for ind in b.renstra.semua_indikator():
        s = ind.sumber_realisasi
        rec = b.realisasi.indikator.get(ind.id)
        if s is None:
            if rec is not None and rec.terkunci:
                p.salah(
                    f"realisasi.indikator.{ind.id}.terkunci",
                    "nilai terkunci hanya untuk indikator yang realisasinya dihitung dari catatan (sumber_realisasi)",
                )
            continue
        jalur = indikator[ind.id] + ".sumber_realisasi"
        if s.survei and s.survei not in survei:
            p.salah(f"{jalur}.survei", f"survei '{s.survei}' tidak ada di bagian survei")
        for bagian, saring in (("penyebut", s.penyebut), ("pembilang", s.pembilang)):
            for x in saring.indikator if saring else ():
                if x not in indikator:
                    p.salah(f"{jalur}.{bagian}.indikator", f"indikator '{x}' tidak ada di Renstra")
        if ind.agregasi is not CaraAgregasi.POSISI_AKHIR:
            p.salah(
                jalur.removesuffix(".sumber_realisasi") + ".agregasi",
                "indikator yang dihitung dari catatan memakai agregasi posisi_akhir "
                "(nilai terhitung sudah 's.d. triwulan')",
            )
        if rec is None:
            continue
        diketik = rec.tahunan is not None or any(v is not None for v in rec.triwulan.values())
        if diketik and not rec.alasan_manual.strip():
            p.salah(
                f"realisasi.indikator.{ind.id}.alasan_manual",
                f"indikator {ind.id} dihitung dari {s.uraian()}; nilai yang diketik wajib disertai alasan",
            )


# --- writing ------------------------------------------------------------------------------------------------


def _bersih(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", None, [], {}, ())}


def _tgl(d: date | None) -> str | None:
    return d.isoformat() if d else None


def survei_ke_dict(daftar: list[Survei]) -> list[dict[str, Any]]:
    return [
        _bersih(
            {
                "id": s.id,
                "nama": s.nama,
                "periode": s.periode,
                "populasi": s.populasi,
                "metode": s.metode,
                "sintetis": s.sintetis or None,
                "keterangan": s.keterangan,
                "jenis_layanan": list(s.jenis_layanan),
                "profil": {a: dict(per) for a, per in s.profil.items()},
                "rekap": [
                    _bersih(
                        {
                            "periode": r.periode,
                            "jenis_layanan": r.jenis_layanan,
                            "instansi": r.instansi,
                            "jumlah_responden": r.jumlah_responden,
                            "sebaran": {u: list(r.sebaran[u]) for u in UNSUR},
                        }
                    )
                    for r in s.rekap
                ],
                "responden": [
                    _bersih(
                        {
                            "tanggal": _tgl(r.tanggal),
                            "jenis_layanan": r.jenis_layanan,
                            "instansi": r.instansi,
                            "jawaban": {u: r.jawaban[u] for u in UNSUR},
                            "profil": dict(r.profil),
                            "saran": r.saran,
                        }
                    )
                    for r in s.responden
                ],
                "saran": list(s.saran),
            }
        )
        for s in daftar
    ]


def register_ke_dict(r: Register, tahun: int) -> dict[str, Any]:
    return _bersih(
        {
            "aduan": [
                _bersih(
                    {
                        "id": a.id,
                        "tanggal_diterima": _tgl(a.tanggal_diterima),
                        "kanal": a.kanal,
                        "kategori": a.kategori,
                        "ringkasan": a.ringkasan,
                        "lokasi": a.lokasi,
                        "penanganan": a.penanganan,
                        "unit": a.unit,
                        "status": a.status.value,
                        "tanggal_selesai": _tgl(a.tanggal_selesai),
                        "bukti": list(a.bukti),
                        "keterangan": a.keterangan,
                    }
                )
                for a in r.aduan
            ],
            "kegiatan": [
                _bersih(
                    {
                        "id": k.id,
                        "uraian": k.uraian,
                        "tahun": k.tahun if k.tahun != tahun else None,
                        "indikator": k.indikator,
                        "kategori": k.kategori,
                        "direncanakan": None if k.direncanakan else False,
                        "triwulan_rencana": k.triwulan_rencana,
                        "status": k.status.value,
                        "tanggal_pelaksanaan": _tgl(k.tanggal_pelaksanaan),
                        "volume": k.volume,
                        "lokasi": k.lokasi,
                        "pelaksana": k.pelaksana,
                        "bukti": list(k.bukti),
                        "keterangan": k.keterangan,
                    }
                )
                for k in r.kegiatan
            ],
        }
    )


def saring_ke_dict(s: Saring) -> dict[str, Any]:
    return _bersih(
        {
            "kategori": list(s.kategori),
            "status": list(s.status),
            "kanal": list(s.kanal),
            "indikator": list(s.indikator),
        }
    ) | ({} if s.direncanakan is None else {"direncanakan": s.direncanakan})


def terkunci_ke_dict(t: dict[int, NilaiTerkunci]) -> dict[int, Any]:
    return {
        tw: _bersih({"nilai": n.nilai, "teks": n.teks, "dikunci_pada": _tgl(n.dikunci_pada)}) for tw, n in t.items()
    }


def sumber_ke_dict(s: SumberRealisasi | None) -> dict[str, Any] | None:
    if s is None:
        return None
    d = _bersih(
        {
            "jenis": s.jenis.value,
            "survei": s.survei,
            "jenis_layanan": list(s.jenis_layanan),
            "penyebut": saring_ke_dict(s.penyebut),
            "pembilang": None if s.pembilang is None else saring_ke_dict(s.pembilang),
            "jika_kosong": s.jika_kosong,
            "keterangan": s.keterangan,
        }
    )
    if s.pembilang is not None and s.pembilang.kosong():
        d["pembilang"] = {}  # an explicit "every record counts" differs from the default numerator
    return d


__all__ = [
    "baca_register",
    "baca_sumber",
    "baca_survei",
    "baca_terkunci",
    "periksa_rujukan",
    "register_ke_dict",
    "saring_dari_dict",
    "saring_ke_dict",
    "sumber_ke_dict",
    "survei_ke_dict",
    "terkunci_ke_dict",
]

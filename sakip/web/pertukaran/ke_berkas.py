"""The ONE place where database rows become a berkas (`sakip.core.model.Berkas`).

Rows → berkas data (the documented file format) → `sakip.berkas.baca.baca_data`, which validates them with
the same rules as a file and builds the core dataclasses. Every page, CSV, API answer and export computes
from the result with `sakip.core.hitung.hitung`. Results are cached per agency-year *version*: every
service that writes bumps `TahunKinerja.versi`, so a cached result can never be stale.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.utils.module_loading import import_string

import sakip
from sakip.berkas.baca import FORMAT, VERSI, baca_data
from sakip.berkas.yaml_desimal import muat_yaml, tulis_yaml
from sakip.core.hasil import HasilPengukuran
from sakip.core.hitung import hitung
from sakip.core.model import BagianTidakDirinci, Berkas
from sakip.web.inti.nilai import gabung_nilai, rapikan
from sakip.web.pengukuran.models import (
    NilaiIndikatorKinerja,
    NilaiTriwulan,
    PeriodeRealisasi,
    RealisasiIndikator,
)
from sakip.web.perencanaan.models import (
    IkuIndikator,
    Indikator,
    IndikatorKinerja,
    Kegiatan,
    PerjanjianKinerja,
    Program,
    TahunKinerja,
    TargetRkt,
)

SEMUA = frozenset({1, 2, 3, 4})

# Top-level berkas sections kept in rows (the rest of a berkas — narasi, laporan, survei, register … — is
# kept as read in `TahunKinerja.lampiran`, so a berkas round-trips even as the format grows).
BAGIAN_TERSTRUKTUR = ("format", "versi", "tahun", "pengaturan", "instansi", "renstra", "iku", "rkt", "pk", "realisasi")
KUNCI_INDIKATOR = (
    "id",
    "nama",
    "satuan",
    "polaritas",
    "target",
    "formula",
    "pembilang",
    "penyebut",
    "penanggung_jawab",
    "sumber_data",
    "agregasi",
    "realisasi_lalu",
    "catatan",
)
KUNCI_RENSTRA = ("periode", "dokumen", "tujuan", "sasaran")
KUNCI_REALISASI_INDIKATOR = (
    "triwulan",
    "tahunan",
    "target_triwulan",
    "analisis",
    "sumber",
    "alasan_manual",
    "alasan_tidak_lazim",
)
KUNCI_INSTANSI_BARIS = (
    "nama",
    "jenis",
    "kode",
    "pemda",
    "provinsi",
    "ibu_kota",
    "alamat",
    "telepon",
    "kode_pos",
    "email",
    "laman",
    "kepala",
)


def _bersih(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v not in ("", None, [], {})}


def muat_lampiran(teks: str) -> dict[str, Any]:
    if not teks:
        return {}
    data = muat_yaml(teks)
    return data if isinstance(data, dict) else {}


def tulis_lampiran(data: Any) -> str:
    if not data:
        return ""
    return tulis_yaml(data)


def _uang(d: Decimal | None) -> Decimal | None:
    return rapikan(d)


def _pejabat(nama: str, jabatan: str = "", pangkat: str = "", golongan: str = "", nip: str = "") -> dict | None:
    if not nama:
        return None
    return _bersih({"nama": nama, "jabatan": jabatan, "pangkat": pangkat, "golongan": golongan, "nip": nip})


def _indikator(i: Indikator) -> dict[str, Any]:
    d = _bersih(
        {
            "id": i.kode,
            "nama": i.nama,
            "satuan": i.satuan,
            "polaritas": i.polaritas or None,
            "formula": i.formula,
            "pembilang": i.pembilang,
            "penyebut": i.penyebut,
            "penanggung_jawab": list(i.penanggung_jawab),
            "sumber_data": i.sumber_data,
            "agregasi": i.agregasi,
            "catatan": i.catatan,
        }
    ) | muat_lampiran(i.tambahan)
    target = {t.tahun: gabung_nilai(t.nilai_angka, t.nilai_teks) for t in i.target.all()}
    if target:
        d["target"] = target
    lalu = {t.tahun: gabung_nilai(t.nilai_angka, t.nilai_teks) for t in i.realisasi_lalu.all()}
    if lalu:
        d["realisasi_lalu"] = lalu
    return d


def _ik(ik: IndikatorKinerja) -> dict[str, Any]:
    return _bersih(
        {
            "nama": ik.nama,
            "target": gabung_nilai(ik.target_angka, ik.target_teks),
            "satuan": ik.satuan,
            "polaritas": ik.polaritas if ik.polaritas != "positif" else None,
            "hitung_dari": ik.hitung_dari,
            "pemilik": _pemilik(ik),
        }
    )


def _pemilik(ik: IndikatorKinerja) -> str | None:
    try:
        return ik.pemilik_jabatan.jabatan
    except ObjectDoesNotExist:
        return None


def _td(x: Program | Kegiatan, *, dengan_realisasi: bool = True) -> dict[str, Any] | None:
    """An amount printed without its items. Its realisation is a whole-year figure: it counts as triwulan IV."""
    if x.td_pagu is None:
        return None
    return _bersih(
        {
            "pagu": _uang(x.td_pagu),
            "realisasi": _uang(x.td_realisasi) if dengan_realisasi else None,
            "belanja_modal": _uang(x.td_belanja_modal) or None,
            "jumlah_kegiatan": x.td_jumlah_kegiatan or None,
            "jumlah_sub_kegiatan": x.td_jumlah_sub_kegiatan or None,
            "keterangan": x.td_keterangan,
        }
    )


def _daftar_nilai(indikator: Iterable[IndikatorKinerja], jenis: str) -> list[Any] | None:
    """Values of a node's indicators in order, up to the last one recorded (None for gaps); None if none."""
    nilai: dict[int, Any] = {}
    for i, ik in enumerate(indikator):
        for n in ik.nilai.all():
            if n.jenis == jenis:
                nilai[i] = gabung_nilai(n.nilai_angka, n.nilai_teks)
    if not nilai:
        return None
    return [nilai.get(i) for i in range(max(nilai) + 1)]


def _tautan_rpjmd(renstra) -> tuple[dict[int, list], dict[int, list]]:
    """The RPJMD links of a Renstra's tujuan and sasaran, in berkas form, keyed by the row's pk."""
    from sakip.web.daerah.models import TautanRpjmd

    per_tujuan: dict[int, list] = {}
    per_sasaran: dict[int, list] = {}
    qs = TautanRpjmd.objects.filter(Q(tujuan__renstra=renstra) | Q(sasaran__renstra=renstra)).order_by("urutan", "id")
    for t in qs:
        d = _bersih(
            {
                "sasaran": t.sasaran_rpjmd,
                "indikator": t.indikator_rpjmd,
                "indikator_opd": t.indikator_opd,
                "kontribusi": rapikan(t.kontribusi),
            }
        )
        (per_tujuan.setdefault(t.tujuan_id, []) if t.tujuan_id else per_sasaran.setdefault(t.sasaran_id, [])).append(d)
    return per_tujuan, per_sasaran


def berkas_dict(tk: TahunKinerja, *, triwulan: frozenset[int] = SEMUA) -> dict[str, Any]:
    """The agency-year as berkas data. `triwulan`: the quarters whose realisation is included (values that
    belong to the whole year — annual value, outputs, program and kegiatan realisations, an annual budget
    total — count as triwulan IV)."""
    pd = tk.perangkat_daerah
    pemda = pd.pemda
    lamp = muat_lampiran(tk.lampiran)
    renstra = tk.renstra
    tahunan = 4 in triwulan

    instansi = _bersih(
        {
            "nama": pd.nama,
            "jenis": pd.jenis,
            "kode": pd.kode,
            "pemda": pemda.nama,
            "provinsi": pemda.provinsi,
            "ibu_kota": pemda.ibu_kota,
            "alamat": pd.alamat,
            "telepon": pd.telepon,
            "kode_pos": pd.kode_pos,
            "email": pd.email,
            "laman": pd.laman,
            "kepala": _pejabat(pd.kepala_nama, pd.kepala_jabatan, pd.kepala_pangkat, pd.kepala_golongan, pd.kepala_nip),
        }
    ) | dict(lamp.get("instansi") or {})

    indikator_qs = (
        Indikator.objects.filter(renstra=renstra).prefetch_related("target", "realisasi_lalu").order_by("urutan", "id")
    )
    per_tujuan: dict[int, list] = {}
    per_sasaran: dict[int, list] = {}
    for i in indikator_qs:
        if i.tujuan_id:
            per_tujuan.setdefault(i.tujuan_id, []).append(_indikator(i))
        else:
            per_sasaran.setdefault(i.sasaran_id, []).append(_indikator(i))
    tautan_tujuan, tautan_sasaran = _tautan_rpjmd(renstra)
    tujuan = [
        _bersih(
            {
                "id": t.kode,
                "uraian": t.uraian,
                "indikator": per_tujuan.get(t.pk, []),
                "rpjmd": tautan_tujuan.get(t.pk, []),
            }
        )
        for t in renstra.tujuan.all()
    ]
    sasaran = [
        _bersih(
            {
                "id": s.kode,
                "uraian": s.uraian,
                "tujuan": s.tujuan.kode,
                "indikator": per_sasaran.get(s.pk, []),
                "strategi": list(s.strategi),
                "kebijakan": list(s.kebijakan),
                "rpjmd": tautan_sasaran.get(s.pk, []),
            }
        )
        for s in renstra.sasaran.select_related("tujuan")
    ]
    renstra_d = _bersih(
        {
            "periode": {"awal": renstra.periode_awal, "akhir": renstra.periode_akhir},
            "dokumen": renstra.dokumen,
            "tujuan": tujuan,
            "sasaran": sasaran,
        }
    ) | muat_lampiran(renstra.tambahan)
    renstra_d.setdefault("tujuan", [])
    renstra_d.setdefault("sasaran", [])

    iku_l = lamp.get("iku") or {}
    iku = _bersih(
        {
            "keputusan": iku_l.get("keputusan"),
            "indikator": [
                x.indikator.kode for x in IkuIndikator.objects.filter(tahun_kinerja=tk).select_related("indikator")
            ],
            "tujuan": iku_l.get("tujuan"),
            "indikator_tujuan": iku_l.get("indikator_tujuan"),
        }
    )

    program_qs = (
        Program.objects.filter(tahun_kinerja=tk)
        .prefetch_related(
            "indikator__nilai",
            "indikator__pemilik_jabatan",
            "kegiatan__indikator__nilai",
            "kegiatan__indikator__pemilik_jabatan",
            "kegiatan__sub_kegiatan__indikator__nilai",
            "kegiatan__sub_kegiatan__indikator__pemilik_jabatan",
            "kegiatan__sub_kegiatan__realisasi__triwulan",
        )
        .order_by("urutan", "id")
    )
    program = []
    real_program: dict[str, list] = {}
    real_kegiatan: dict[str, list] = {}
    real_sub: list[tuple[int, str, dict[str, Any]]] = []
    for p in program_qs:
        kegiatan = []
        ind_p = list(p.indikator.all())
        if tahunan and (v := _daftar_nilai(ind_p, NilaiIndikatorKinerja.REALISASI)) is not None:
            real_program[p.kode] = v
        for k in p.kegiatan.all():
            ind_k = list(k.indikator.all())
            if tahunan and (v := _daftar_nilai(ind_k, NilaiIndikatorKinerja.REALISASI)) is not None:
                real_kegiatan[k.kode] = v
            subs = []
            for s in k.sub_kegiatan.all():
                ind_s = list(s.indikator.all())
                subs.append(
                    _bersih(
                        {
                            "kode": s.kode,
                            "nama": s.nama,
                            "pagu": _uang(s.pagu),
                            "pagu_murni": _uang(s.pagu_murni),
                            "belanja_modal": _uang(s.belanja_modal) or None,
                            "indikator": [_ik(x) for x in ind_s],
                            "outcome": s.outcome,
                            "sumber_dana": s.sumber_dana,
                            "lokasi": s.lokasi,
                        }
                    )
                )
                r = getattr(s, "realisasi", None)
                if r is not None:
                    per_tw = {t.triwulan: _uang(t.jumlah) for t in r.triwulan.all() if t.triwulan in triwulan}
                    real_sub.append(
                        (
                            r.urutan,
                            s.kode,
                            _bersih(
                                {
                                    "anggaran": _uang(r.anggaran) if tahunan else None,
                                    "anggaran_triwulan": per_tw,
                                    "output": (
                                        _daftar_nilai(ind_s, NilaiIndikatorKinerja.REALISASI) if tahunan else None
                                    ),
                                    "target_output": _daftar_nilai(ind_s, NilaiIndikatorKinerja.TARGET),
                                    "keterangan": r.keterangan,
                                }
                            ),
                        )
                    )
            kegiatan.append(
                _bersih(
                    {
                        "kode": k.kode,
                        "nama": k.nama,
                        "indikator": [_ik(x) for x in ind_k],
                        "sub_kegiatan": subs,
                        "tidak_dirinci": _td(k, dengan_realisasi=4 in triwulan),
                    }
                )
            )
        program.append(
            _bersih(
                {
                    "kode": p.kode,
                    "nama": p.nama,
                    "sasaran": list(p.sasaran),
                    "indikator": [_ik(x) for x in ind_p],
                    "kegiatan": kegiatan,
                    "tidak_dirinci": _td(p, dengan_realisasi=4 in triwulan),
                }
            )
        )
    rkt_l = lamp.get("rkt") or {}
    rkt = _bersih(
        {
            "dokumen": rkt_l.get("dokumen"),
            "tanggal": rkt_l.get("tanggal"),
            "tanggal_dpa": rkt_l.get("tanggal_dpa"),
            "tempat": rkt_l.get("tempat"),
            "penandatangan": rkt_l.get("penandatangan"),
            "target": {
                t.indikator.kode: gabung_nilai(t.nilai_angka, t.nilai_teks)
                for t in TargetRkt.objects.filter(tahun_kinerja=tk).select_related("indikator")
            },
            "program": program,
        }
    )

    pk = []
    for v in (
        PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DITANDATANGANI)
        .prefetch_related("target__indikator", "anggaran")
        .order_by("urutan", "id")
    ):
        pk.append(
            _bersih(
                {
                    "jenis": v.jenis,
                    "tanggal": v.tanggal.isoformat() if v.tanggal else None,
                    "tempat": v.tempat,
                    "nomor": v.nomor,
                    "pihak_pertama": v.pihak_pertama,
                    "pihak_kedua": v.pihak_kedua,
                    "alasan_perubahan": v.alasan_perubahan,
                    "target": {t.indikator.kode: gabung_nilai(t.nilai_angka, t.nilai_teks) for t in v.target.all()},
                    "anggaran_program": {a.kode_program: _uang(a.jumlah) for a in v.anggaran.all()},
                    "keterangan_anggaran": v.keterangan_anggaran,
                }
            )
        )

    real_ind = {}
    for r in (
        RealisasiIndikator.objects.filter(tahun_kinerja=tk)
        .select_related("indikator")
        .prefetch_related("nilai_triwulan")
        .order_by("urutan", "id")
    ):
        tw_r = {
            n.triwulan: gabung_nilai(n.nilai_angka, n.nilai_teks)
            for n in r.nilai_triwulan.all()
            if n.jenis == NilaiTriwulan.REALISASI and n.triwulan in triwulan
        }
        tw_t = {
            n.triwulan: gabung_nilai(n.nilai_angka, n.nilai_teks)
            for n in r.nilai_triwulan.all()
            if n.jenis == NilaiTriwulan.TARGET
        }
        real_ind[r.indikator.kode] = _bersih(
            {
                "triwulan": tw_r,
                "tahunan": gabung_nilai(r.tahunan_angka, r.tahunan_teks) if tahunan else None,
                "target_triwulan": tw_t,
                "analisis": _bersih({"penyebab": r.penyebab, "kendala": r.kendala, "solusi": r.solusi}),
                "sumber": r.sumber,
                "alasan_manual": r.alasan_manual,
                "alasan_tidak_lazim": r.alasan_tidak_lazim,
            }
        ) | muat_lampiran(r.tambahan)
    realisasi = _bersih(
        {
            "indikator": real_ind,
            "program": real_program,
            "kegiatan": real_kegiatan,
            "sub_kegiatan": {kode: d for _, kode, d in sorted(real_sub, key=lambda x: x[0])},
        }
    )

    pengaturan = dict(pemda.pengaturan or {}) | dict(tk.pengaturan or {})
    lain = {k: v for k, v in lamp.items() if k not in BAGIAN_TERSTRUKTUR}
    return _bersih(
        lain
        | {
            "format": FORMAT,
            "versi": VERSI,
            "tahun": tk.tahun,
            "pengaturan": pengaturan,
            "instansi": instansi,
            "laporan": lamp.get("laporan"),
            "renstra": renstra_d,
            "iku": iku,
            "rkt": rkt,
            "pk": pk,
            "realisasi": realisasi,
        }
    )


# --- cached results ---------------------------------------------------------------------------------------------

_CACHE: OrderedDict[tuple, Any] = OrderedDict()


def _sidik_kode() -> str:
    """A fingerprint of the code whose objects are cached (engine, berkas reader, this conversion)."""
    h = hashlib.sha256(sakip.__version__.encode())
    akar = Path(sakip.__file__).resolve().parent
    for folder in ("core", "berkas"):
        for f in sorted((akar / folder).rglob("*.py")):
            h.update(f.read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


_VERSI_KODE = _sidik_kode()
_KUNCI = threading.Lock()
_MAKS = 512


def _l2():
    """The cache shared by the server's worker processes (settings CACHES["hasil"]), when configured."""
    from django.conf import settings
    from django.core.cache import caches

    return caches["hasil"] if "hasil" in settings.CACHES else None


def cache_kosongkan() -> None:
    with _KUNCI:
        _CACHE.clear()
        _TANDA.clear()
    l2 = _l2()
    if l2 is not None:
        l2.clear()


def _cache(kunci: tuple, buat, *, bersama: bool = True):
    """Per-process memory first, then (for `bersama`) the cache shared by the workers, then compute. Keys carry
    the agency-year's write mark, so an entry is never stale and needs no invalidation."""
    with _KUNCI:
        if kunci in _CACHE:
            _CACHE.move_to_end(kunci)
            return _CACHE[kunci]
    l2 = _l2() if bersama else None
    # The code version is part of the shared key: an entry pickled by an older release is never read back.
    nama = "sakip:" + hashlib.sha256(repr((_versi_kode(), kunci)).encode()).hexdigest() if l2 is not None else ""
    try:
        nilai = l2.get(nama) if l2 is not None else None
    except Exception:  # an unreadable entry is recomputed, never an error page
        nilai = None
    if nilai is None:
        nilai = buat()
        if l2 is not None:
            l2.set(nama, nilai)
    with _KUNCI:
        _buang_versi_lama(kunci)
        _CACHE[kunci] = nilai
        while len(_CACHE) > _MAKS:
            _CACHE.popitem(last=False)
    return nilai


# (kind, agency-year pk) → the mark of its entries held here: everything in the key but the quarter selection
# (write mark, agency and district versions, for results also the versions of what other apps add)
_TANDA: dict[tuple, tuple] = {}


def _tanda(kunci: tuple) -> tuple:
    return tuple(x for x in kunci[2:] if not isinstance(x, frozenset))


def _buang_versi_lama(kunci: tuple) -> None:
    """An agency-year written to has a new mark: its entries under the old mark can never be read again (every
    read takes the current mark), so they go now instead of ageing out of the LRU. Memory then stays at one
    version per agency-year; under steady saves it would otherwise climb to the LRU bound (soak: +70 MB per
    worker in 10 minutes). Called under _KUNCI."""
    jenis, tanda = kunci[:2], _tanda(kunci)
    lama = _TANDA.get(jenis)
    if lama == tanda:
        return
    _TANDA[jenis] = tanda
    if lama is not None:
        for k in [k for k in _CACHE if k[:2] == jenis and _tanda(k) == lama]:
            del _CACHE[k]


def _segar(tk: TahunKinerja) -> TahunKinerja:
    """The row with its current version (a caller's copy may be older than the last write)."""
    return TahunKinerja.objects.select_related("perangkat_daerah__pemda", "renstra").get(pk=tk.pk)


def batasi_triwulan(b: Berkas, triwulan: frozenset[int]) -> Berkas:
    """The same berkas with only the realisation of the given quarters (whole-year values count as triwulan IV),
    as `berkas_dict(tk, triwulan=...)` would build it — but from memory, without another trip to the database."""
    if triwulan == SEMUA:
        return b
    tahunan = 4 in triwulan
    re = b.realisasi
    indikator = {
        k: replace(
            v, triwulan={t: x for t, x in v.triwulan.items() if t in triwulan}, tahunan=v.tahunan if tahunan else None
        )
        for k, v in re.indikator.items()
    }
    sub = {
        k: replace(
            v,
            anggaran_triwulan={t: x for t, x in v.anggaran_triwulan.items() if t in triwulan},
            anggaran=v.anggaran if tahunan else None,
            output=list(v.output) if tahunan else [],
        )
        for k, v in re.sub_kegiatan.items()
    }
    rkt = b.rkt
    if not tahunan:

        def tanpa_realisasi(td: BagianTidakDirinci | None) -> BagianTidakDirinci | None:
            return None if td is None else replace(td, realisasi=None)

        rkt = replace(
            rkt,
            program=[
                replace(
                    p,
                    tidak_dirinci=tanpa_realisasi(p.tidak_dirinci),
                    kegiatan=[replace(k, tidak_dirinci=tanpa_realisasi(k.tidak_dirinci)) for k in p.kegiatan],
                )
                for p in rkt.program
            ],
        )
    return replace(
        b,
        rkt=rkt,
        realisasi=replace(
            re,
            indikator=indikator,
            program=dict(re.program) if tahunan else {},
            kegiatan=dict(re.kegiatan) if tahunan else {},
            sub_kegiatan=sub,
        ),
    )


def berkas_dari_db(tk: TahunKinerja, *, triwulan: frozenset[int] = SEMUA) -> Berkas:
    """The agency-year as a validated core Berkas. Raises `BerkasTidakValid` (Indonesian messages) when the
    stored data do not make a valid berkas."""
    return _berkas(_segar(tk), triwulan)


def _berkas(tk: TahunKinerja, triwulan: frozenset[int]) -> Berkas:
    kunci = (tk.pk, tk.tanda, tk.perangkat_daerah.versi, tk.perangkat_daerah.pemda.versi)
    penuh = _cache(
        ("berkas", *kunci),
        lambda: baca_data(berkas_dict(tk), sumber=f"{tk.perangkat_daerah.nama} {tk.tahun}"),
    )
    if triwulan == SEMUA:
        return penuh
    return _cache(("berkas", *kunci, triwulan), lambda: batasi_triwulan(penuh, triwulan), bersama=False)


@functools.cache
def _pelengkap() -> tuple[tuple[Callable[..., Berkas], Callable[[int, int], Any] | None, bool], ...]:
    """Apps may add data kept in their own tables to the berkas before it is measured (survey responses,
    registers …): an AppConfig declares ``pelengkap_berkas = "module.function"`` — called as
    ``f(berkas, pd=..., tahun=...)`` and returning a new Berkas — and ``versi_pelengkap = "module.function"`` —
    ``v(pd_id, tahun)``, a value that changes whenever those data change (part of the cache key).

    A function that also takes ``triwulan`` is told the quarter selection of a restricted measurement (the public
    page measures locked quarters only): it must then add nothing the selected quarters do not hold."""
    hasil = []
    for konfig in apps.get_app_configs():
        f = getattr(konfig, "pelengkap_berkas", None)
        if f:
            v = getattr(konfig, "versi_pelengkap", None)
            fungsi = import_string(f)
            hasil.append((fungsi, import_string(v) if v else None, "triwulan" in inspect.signature(fungsi).parameters))
    return tuple(hasil)


@functools.cache
def _versi_kode() -> str:
    """The code fingerprint with the apps that add to the berkas (their folders' code)."""
    h = hashlib.sha256(_VERSI_KODE.encode())
    for f, v, _ in _pelengkap():
        for fungsi in (f, v):
            if fungsi is not None:
                for berkas in sorted(Path(inspect.getfile(fungsi)).parent.glob("*.py")):
                    h.update(berkas.read_bytes())
    return h.hexdigest()[:16]


def _kunci_hasil(tk: TahunKinerja) -> tuple:
    """What a measurement of the agency-year depends on: its write mark, the agency's and district's versions,
    and the versions of the data other apps add (`versi_pelengkap`)."""
    versi_lain = tuple(v(tk.perangkat_daerah_id, tk.tahun) if v else None for _, v, _ in _pelengkap())
    return (tk.pk, tk.tanda, tk.perangkat_daerah.versi, tk.perangkat_daerah.pemda.versi, versi_lain)


def sidik_data(tk: TahunKinerja, *, triwulan: frozenset[int] = SEMUA) -> str:
    """A fingerprint of everything a measurement (and so a document) of the agency-year is made from, with the
    code that makes it: equal fingerprints, equal berkas. Documents reuse an output made from the same data."""
    tk = _segar(tk)
    return hashlib.sha256(repr((_versi_kode(), _kunci_hasil(tk), sorted(triwulan))).encode()).hexdigest()


def hasil_dari_db(tk: TahunKinerja, *, triwulan: frozenset[int] = SEMUA) -> HasilPengukuran:
    """`sakip.core.hitung.hitung` of the agency-year (cached per version), with what other apps add."""
    return hasil_dari_db_banyak(tk, [triwulan])[0]


def hasil_dari_db_banyak(tk: TahunKinerja, daftar_triwulan: list[frozenset[int]]) -> list[HasilPengukuran]:
    """`hasil_dari_db` for several quarter selections at once (one look at the current version)."""
    tk = _segar(tk)
    pelengkap = _pelengkap()
    kunci = _kunci_hasil(tk)

    def satu(triwulan: frozenset[int]) -> HasilPengukuran:
        def buat() -> HasilPengukuran:
            b = _berkas(tk, triwulan)
            for f, _, pakai_triwulan in pelengkap:
                kw = {"triwulan": triwulan} if pakai_triwulan else {}
                b = f(b, pd=tk.perangkat_daerah, tahun=tk.tahun, **kw)
            return hitung(b)

        # Restricted selections derive from the full berkas in memory: cheap, so kept per process only.
        return _cache(("hasil", *kunci, triwulan), buat, bersama=triwulan == SEMUA)

    return [satu(tw) for tw in daftar_triwulan]


def triwulan_terkunci(tk: TahunKinerja) -> frozenset[int]:
    """The quarters whose realisation is locked: what the public sees."""
    return frozenset(
        PeriodeRealisasi.objects.filter(tahun_kinerja=tk, status=PeriodeRealisasi.DIKUNCI).values_list(
            "triwulan", flat=True
        )
    )

"""The layout of the agency-year workbook, built from a berkas.

Writer and reader share this one description: every sheet, column and row, and for each cell its value in
the berkas, whether a person may change it, and how a new value is put back into the berkas. Rows are
identified by a key in the hidden column A ("ind:IKU1", "sub:7.01.01.2.02.0001"), never by position, so the
reader recognises every row the writer made and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sakip.core.capaian import Polaritas
from sakip.core.kode import kode_untuk_tahun
from sakip.core.model import (
    Berkas,
    Indikator,
    IndikatorKinerja,
    JenisPk,
    RealisasiIndikator,
    RealisasiSubKegiatan,
)
from sakip.core.nilai import Nilai
from sakip.core.tanggal import format_tanggal

FORMAT = "sakip-excel"
VERSI = 1
LEMBAR_IDENTITAS = "_sakip"
LEMBAR_DAFTAR = "_daftar"
BARIS_JUDUL = 3  # the header row; data start below it
SATUAN_UMUM = ("%", "Dokumen", "Laporan", "Indeks", "Nilai", "Orang", "Kegiatan", "Persen", "Predikat", "Unit")
TRIWULAN = {1: "TW I", 2: "TW II", 3: "TW III", 4: "TW IV"}


class Jenis:
    """What a cell holds and how it is read back."""

    TETAP = "tetap"  # structure: must come back unchanged
    RUMUS = "rumus"  # an Excel formula for the reader's convenience; ignored when read
    NILAI = "nilai"  # target / realisation: number, range, grade or empty
    UANG = "uang"  # amount, empty allowed
    UANG_WAJIB = "uang_wajib"  # amount that must be filled
    TEKS = "teks"
    TEKS_WAJIB = "teks_wajib"
    POLARITAS = "polaritas"
    SATUAN = "satuan"

    BOLEH_DIUBAH = frozenset({NILAI, UANG, UANG_WAJIB, TEKS, TEKS_WAJIB, POLARITAS, SATUAN})


@dataclass(slots=True)
class Kolom:
    judul: str
    lebar: int = 14


@dataclass(slots=True)
class Sel:
    nilai: Any = None  # value in the berkas: Nilai | Decimal | str | None
    jenis: str = Jenis.TETAP
    pasang: Callable[[Any], None] | None = None  # puts a new value into the berkas the layout was built from
    label: str = ""  # what the value is, for the preview ("IKU1 · Target 2023")
    triwulan: int | None = None  # a realisation quarter (the web refuses changes in locked quarters)
    rumus: Callable[[dict[str, int], int], str] | None = None  # (row of each key, this row) → "=SUM(…)"
    objek: str = ""  # the history's object name ("indikator:IKU1")
    medan: str = ""  # which value of the row ("target:2023", "tw:2", "pagu"): (row key, medan) names it
    rencana: bool = False  # a plan value (refused once the year is closed) rather than a realisation
    alasan_kunci: str = ""  # why an otherwise editable cell is locked (a locked quarter, a signed PK)

    @property
    def boleh_diubah(self) -> bool:
        return self.jenis in Jenis.BOLEH_DIUBAH


@dataclass(slots=True)
class Baris:
    kunci: str
    sel: list[Sel]
    gaya: str = ""  # "program" | "kegiatan" | "" (bold rows of the cascade)


@dataclass(slots=True)
class Lembar:
    nama: str
    judul: str
    kolom: list[Kolom]
    baris: list[Baris] = field(default_factory=list)
    keterangan: str = ""


@dataclass(frozen=True, slots=True)
class Kunci:
    """Values the workflow has closed (known to the web app, not to a berkas): locked in the workbook and
    refused, with the reason, when an uploaded workbook changes them."""

    triwulan: dict[int, str] = field(default_factory=dict)  # quarter → why its realisation is closed
    rencana: str = ""  # why the plan (targets, ceilings) is closed; "" = open
    pk: dict[int, str] = field(default_factory=dict)  # PK index (berkas order) → why its targets are closed

    def uraian(self) -> list[str]:
        teks = [self.rencana] if self.rencana else []
        return teks + [self.triwulan[t] for t in sorted(self.triwulan)] + [self.pk[n] for n in sorted(self.pk)]


def _terapkan_kunci(lembar: list[Lembar], kunci: Kunci) -> None:
    semua_tw = all(tw in kunci.triwulan for tw in TRIWULAN)
    for lem in lembar:
        for br in lem.baris:
            for sel in br.sel:
                if not sel.boleh_diubah:
                    continue
                alasan = ""
                if sel.rencana:
                    alasan = kunci.rencana
                    if not alasan and sel.medan.startswith("pk:"):
                        alasan = kunci.pk.get(int(sel.medan[3:]), "")
                elif sel.triwulan is not None:
                    alasan = kunci.triwulan.get(sel.triwulan, "")
                elif semua_tw:
                    alasan = kunci.triwulan[4]
                if alasan:
                    sel.jenis = Jenis.TETAP
                    sel.alasan_kunci = alasan


def _tetap(x: Any) -> Sel:
    return Sel(nilai=x if x not in ("", None) else None)


# --- setters ---------------------------------------------------------------------------------------------


def _atur_dict(d: dict, kunci: Any, nilai: Any, *, urut: bool = False) -> None:
    """Set or (for an empty value) remove a key; year/quarter dicts stay in key order."""
    if nilai is None:
        d.pop(kunci, None)
    else:
        d[kunci] = nilai
    if urut:
        isi = sorted(d.items())
        d.clear()
        d.update(isi)


def _atur_daftar(d: dict[str, list], kunci: str, i: int, nilai: Any) -> None:
    """One position of a per-indicator list (program/kegiatan realisation), trimmed of trailing blanks."""
    daftar = list(d.get(kunci, []))
    while len(daftar) <= i:
        daftar.append(None)
    daftar[i] = nilai
    while daftar and daftar[-1] is None:
        daftar.pop()
    if daftar:
        d[kunci] = daftar
    else:
        d.pop(kunci, None)


def _atur_attr(obj: Any, nama: str) -> Callable[[Any], None]:
    def pasang(v: Any) -> None:
        setattr(obj, nama, v)

    return pasang


def _atur_teks(obj: Any, nama: str) -> Callable[[Any], None]:
    def pasang(v: Any) -> None:
        setattr(obj, nama, v or "")

    return pasang


# --- sheets ----------------------------------------------------------------------------------------------


def _indikator_renstra(b: Berkas) -> list[tuple[str, str, Indikator]]:
    """(level, owner "T1 — uraian", indicator) for every Renstra indicator, tujuan first."""
    hasil = []
    for t in b.renstra.tujuan:
        for i in t.indikator:
            hasil.append(("Tujuan", f"{t.id} — {t.uraian}", i))
    for s in b.renstra.sasaran:
        for i in s.indikator:
            hasil.append(("Sasaran", f"{s.id} — {s.uraian}", i))
    return hasil


def _lembar_renstra(b: Berkas) -> Lembar:
    tahun = list(range(b.renstra.periode_awal, b.renstra.periode_akhir + 1))
    kolom = [
        Kolom("Kode", 8),
        Kolom("Tingkat", 9),
        Kolom("Tujuan / Sasaran", 36),
        Kolom("Indikator", 40),
        Kolom("Satuan", 11),
        Kolom("Polaritas", 11),
    ] + [Kolom(f"Target {th}", 11) for th in tahun]
    lembar = Lembar(
        "Renstra",
        "Target Renstra per tahun",
        kolom,
        keterangan="Nama indikator, satuan, polaritas dan target tahunan Renstra dapat diubah.",
    )
    for tingkat, pemilik, ind in _indikator_renstra(b):
        objek = f"indikator:{ind.id}"

        def pasang_polaritas(v: Any, ind: Indikator = ind) -> None:
            ind.polaritas = Polaritas(v) if v else None

        sel = [
            _tetap(ind.id),
            _tetap(tingkat),
            _tetap(pemilik),
            Sel(
                ind.nama,
                Jenis.TEKS_WAJIB,
                _atur_attr(ind, "nama"),
                f"{ind.id} · nama",
                objek=objek,
                medan="nama",
                rencana=True,
            ),
            Sel(
                ind.satuan or None,
                Jenis.SATUAN,
                _atur_teks(ind, "satuan"),
                f"{ind.id} · satuan",
                objek=objek,
                medan="satuan",
                rencana=True,
            ),
            Sel(
                ind.polaritas.value if ind.polaritas else None,
                Jenis.POLARITAS,
                pasang_polaritas,
                f"{ind.id} · polaritas",
                objek=objek,
                medan="polaritas",
                rencana=True,
            ),
        ]
        for th in tahun:

            def pasang(v: Any, ind: Indikator = ind, th: int = th) -> None:
                _atur_dict(ind.target, th, v, urut=True)

            sel.append(
                Sel(
                    ind.target.get(th),
                    Jenis.NILAI,
                    pasang,
                    f"{ind.id} · target Renstra {th}",
                    objek=objek,
                    medan=f"target:{th}",
                    rencana=True,
                )
            )
        lembar.baris.append(Baris(f"ind:{ind.id}", sel))
    return lembar


def _judul_pk(b: Berkas) -> list[str]:
    judul = []
    n_perubahan = sum(1 for p in b.pk if p.jenis == JenisPk.PERUBAHAN)
    ke = 0
    for p in b.pk:
        if p.jenis == JenisPk.PERUBAHAN:
            ke += 1
            nomor = f" {ke}" if n_perubahan > 1 else ""
            tgl = f" ({format_tanggal(p.tanggal)})" if p.tanggal else ""
            judul.append(f"Target PK Perubahan{nomor}{tgl}")
        else:
            judul.append("Target PK Murni")
    return judul


def _lembar_iku_pk(b: Berkas) -> Lembar:
    judul_pk = _judul_pk(b)
    kolom = [
        Kolom("Kode", 8),
        Kolom("Indikator", 44),
        Kolom("Satuan", 11),
        Kolom("IKU", 6),
        Kolom(f"Target RKT {b.tahun}", 13),
    ] + [Kolom(j, 16) for j in judul_pk]
    lembar = Lembar(
        "IKU dan PK",
        f"Indikator Kinerja Utama, target RKT dan Perjanjian Kinerja {b.tahun}",
        kolom,
        keterangan="Target RKT dan target setiap versi Perjanjian Kinerja dapat diubah; kosong berarti tidak ditetapkan.",
    )
    iku = set(b.iku.indikator)
    for _, _, ind in _indikator_renstra(b):
        objek = f"indikator:{ind.id}"

        def pasang_rkt(v: Any, id_: str = ind.id) -> None:
            _atur_dict(b.rkt.target, id_, v)

        sel = [
            _tetap(ind.id),
            _tetap(ind.nama),
            _tetap(ind.satuan),
            _tetap("Ya" if ind.id in iku else None),
            Sel(
                b.rkt.target.get(ind.id),
                Jenis.NILAI,
                pasang_rkt,
                f"{ind.id} · target RKT {b.tahun}",
                objek=objek,
                medan="rkt",
                rencana=True,
            ),
        ]
        for n, pk in enumerate(b.pk):

            def pasang_pk(v: Any, pk=pk, id_: str = ind.id) -> None:
                _atur_dict(pk.target, id_, v)

            sel.append(
                Sel(
                    pk.target.get(ind.id),
                    Jenis.NILAI,
                    pasang_pk,
                    f"{ind.id} · {judul_pk[n]}",
                    objek=objek,
                    medan=f"pk:{n}",
                    rencana=True,
                )
            )
        lembar.baris.append(Baris(f"ind:{ind.id}", sel))
    return lembar


def _jumlah_anak(kunci_anak: list[str], huruf: str) -> Callable[[dict[str, int], int], str]:
    def rumus(posisi: dict[str, int], _baris: int) -> str:
        sel = [f"{huruf}{posisi[k]}" for k in kunci_anak if k in posisi]
        return f"=SUM({','.join(sel)})" if sel else "=0"

    return rumus


def _lembar_rkt(b: Berkas) -> Lembar:
    kolom = [
        Kolom("Tingkat", 13),
        Kolom("Kode", 20),
        Kolom("Nama", 50),
        Kolom("Pagu Murni (Rp)", 18),
        Kolom("Pagu (Rp)", 18),
        Kolom("Belanja Modal (Rp)", 18),
        Kolom("Sumber Dana", 14),
        Kolom("Lokasi", 14),
    ]
    lembar = Lembar(
        "RKT",
        f"Rencana Kerja Tahunan {b.tahun}: program, kegiatan, sub kegiatan dan pagu",
        kolom,
        keterangan="Pagu murni, pagu (setelah perubahan) dan belanja modal sub kegiatan dapat diubah; "
        "jumlah program dan kegiatan dihitung dengan rumus.",
    )
    kode = lambda k: kode_untuk_tahun(k, b.tahun)  # noqa: E731

    def td_baris(kunci: str, td) -> Baris:
        return Baris(
            kunci,
            [
                _tetap("Tidak dirinci"),
                _tetap(None),
                _tetap(td.keterangan or "Bagian yang tidak dirinci sumbernya"),
                _tetap(None),
                _tetap(td.pagu),
                _tetap(td.belanja_modal or None),
                _tetap(None),
                _tetap(None),
            ],
        )

    for p in b.rkt.program:
        anak_p: list[str] = []
        baris_p = Baris(f"prog:{p.kode}", [], "program")
        lembar.baris.append(baris_p)
        for k in p.kegiatan:
            anak_k: list[str] = []
            baris_k = Baris(f"keg:{k.kode}", [], "kegiatan")
            lembar.baris.append(baris_k)
            anak_p.append(baris_k.kunci)
            for s in k.sub_kegiatan:
                objek = f"sub_kegiatan:{s.kode}"

                def pasang_modal(v: Any, s=s) -> None:
                    s.belanja_modal = v if v is not None else Decimal(0)

                lembar.baris.append(
                    Baris(
                        f"sub:{s.kode}",
                        [
                            _tetap("Sub Kegiatan"),
                            _tetap(kode(s.kode)),
                            _tetap(s.nama),
                            Sel(
                                s.pagu_murni,
                                Jenis.UANG,
                                _atur_attr(s, "pagu_murni"),
                                f"{s.kode} · pagu murni",
                                objek=objek,
                                medan="pagu_murni",
                                rencana=True,
                            ),
                            Sel(
                                s.pagu,
                                Jenis.UANG_WAJIB,
                                _atur_attr(s, "pagu"),
                                f"{s.kode} · pagu",
                                objek=objek,
                                medan="pagu",
                                rencana=True,
                            ),
                            Sel(
                                s.belanja_modal or None,
                                Jenis.UANG,
                                pasang_modal,
                                f"{s.kode} · belanja modal",
                                objek=objek,
                                medan="belanja_modal",
                                rencana=True,
                            ),
                            Sel(
                                s.sumber_dana or None,
                                Jenis.TEKS,
                                _atur_teks(s, "sumber_dana"),
                                f"{s.kode} · sumber dana",
                                objek=objek,
                                medan="sumber_dana",
                                rencana=True,
                            ),
                            Sel(
                                s.lokasi or None,
                                Jenis.TEKS,
                                _atur_teks(s, "lokasi"),
                                f"{s.kode} · lokasi",
                                objek=objek,
                                medan="lokasi",
                                rencana=True,
                            ),
                        ],
                    )
                )
                anak_k.append(f"sub:{s.kode}")
            if k.tidak_dirinci is not None:
                lembar.baris.append(td_baris(f"td:{k.kode}", k.tidak_dirinci))
                anak_k.append(f"td:{k.kode}")
            baris_k.sel = [
                _tetap("Kegiatan"),
                _tetap(kode(k.kode)),
                _tetap(k.nama),
                Sel(jenis=Jenis.RUMUS, rumus=_jumlah_anak(anak_k, "E")),
                Sel(jenis=Jenis.RUMUS, rumus=_jumlah_anak(anak_k, "F")),
                Sel(jenis=Jenis.RUMUS, rumus=_jumlah_anak(anak_k, "G")),
                _tetap(None),
                _tetap(None),
            ]
        if p.tidak_dirinci is not None:
            lembar.baris.append(td_baris(f"td:{p.kode}", p.tidak_dirinci))
            anak_p.append(f"td:{p.kode}")
        baris_p.sel = [
            _tetap("Program"),
            _tetap(p.kode),
            _tetap(p.nama),
            Sel(jenis=Jenis.RUMUS, rumus=_jumlah_anak(anak_p, "E")),
            Sel(jenis=Jenis.RUMUS, rumus=_jumlah_anak(anak_p, "F")),
            Sel(jenis=Jenis.RUMUS, rumus=_jumlah_anak(anak_p, "G")),
            _tetap(None),
            _tetap(None),
        ]
    return lembar


def _lembar_indikator_rkt(b: Berkas) -> Lembar:
    kolom = [
        Kolom("Tingkat", 13),
        Kolom("Kode", 20),
        Kolom("No", 5),
        Kolom("Indikator", 50),
        Kolom("Satuan", 11),
        Kolom(f"Target {b.tahun}", 12),
        Kolom(f"Realisasi {b.tahun}", 12),
    ]
    lembar = Lembar(
        "Indikator RKT",
        f"Indikator program, kegiatan dan sub kegiatan (output) {b.tahun}",
        kolom,
        keterangan="Target dan realisasi setahun setiap indikator dapat diubah.",
    )
    re_ = b.realisasi
    kode = lambda k: kode_untuk_tahun(k, b.tahun)  # noqa: E731

    def baris(tingkat: str, kode_node: str, i: int, ik: IndikatorKinerja, realisasi: Any, pasang_r) -> Baris:
        objek = f"{tingkat.lower().replace(' ', '_')}:{kode_node}"
        return Baris(
            f"ik:{kode_node}:{i}",
            [
                _tetap(tingkat),
                _tetap(kode(kode_node)),
                _tetap(i + 1),
                _tetap(ik.nama),
                _tetap(ik.satuan),
                Sel(
                    ik.target,
                    Jenis.NILAI,
                    _atur_attr(ik, "target"),
                    f"{kode_node} · indikator {i + 1} · target",
                    objek=objek,
                    medan="target",
                    rencana=True,
                ),
                Sel(
                    realisasi,
                    Jenis.TETAP if ik.hitung_dari else Jenis.NILAI,
                    None if ik.hitung_dari else pasang_r,
                    f"{kode_node} · indikator {i + 1} · realisasi",
                    triwulan=4,
                    objek=objek,
                    medan="realisasi",
                ),
            ],
        )

    def dari_daftar(d: dict[str, list], kunci: str, i: int) -> Any:
        daftar = d.get(kunci, [])
        return daftar[i] if i < len(daftar) else None

    for p in b.rkt.program:
        for i, ik in enumerate(p.indikator):

            def pasang(v: Any, kode_=p.kode, i=i) -> None:
                _atur_daftar(re_.program, kode_, i, v)

            lembar.baris.append(baris("Program", p.kode, i, ik, dari_daftar(re_.program, p.kode, i), pasang))
        for k in p.kegiatan:
            for i, ik in enumerate(k.indikator):

                def pasang(v: Any, kode_=k.kode, i=i) -> None:
                    _atur_daftar(re_.kegiatan, kode_, i, v)

                lembar.baris.append(baris("Kegiatan", k.kode, i, ik, dari_daftar(re_.kegiatan, k.kode, i), pasang))
            for s in k.sub_kegiatan:
                r = re_.sub_kegiatan.get(s.kode)
                for i, ik in enumerate(s.indikator):

                    def pasang(v: Any, kode_=s.kode, i=i) -> None:
                        rs = re_.sub_kegiatan.setdefault(kode_, RealisasiSubKegiatan())
                        tmp = {"x": rs.output}
                        _atur_daftar(tmp, "x", i, v)
                        rs.output = tmp.get("x", [])

                    nilai = r.output[i] if r is not None and i < len(r.output) else None
                    lembar.baris.append(baris("Sub Kegiatan", s.kode, i, ik, nilai, pasang))
    return lembar


def _realisasi_indikator(b: Berkas, id_: str) -> RealisasiIndikator:
    return b.realisasi.indikator.setdefault(id_, RealisasiIndikator())


def _lembar_rencana_aksi(b: Berkas) -> Lembar:
    kolom = [Kolom("Kode", 8), Kolom("Indikator", 48), Kolom("Satuan", 11)] + [
        Kolom(f"Target {t}", 11) for t in TRIWULAN.values()
    ]
    lembar = Lembar(
        "Rencana Aksi",
        f"Rencana Aksi {b.tahun}: target triwulanan",
        kolom,
        keterangan="Target triwulanan dapat diisi atau diubah; kosong berarti tidak ada target triwulan.",
    )
    for _, _, ind in _indikator_renstra(b):
        r = b.realisasi.indikator.get(ind.id)
        sel = [_tetap(ind.id), _tetap(ind.nama), _tetap(ind.satuan)]
        for tw, nama_tw in TRIWULAN.items():

            def pasang(v: Any, id_=ind.id, tw=tw) -> None:
                _atur_dict(_realisasi_indikator(b, id_).target_triwulan, tw, v, urut=True)

            sel.append(
                Sel(
                    r.target_triwulan.get(tw) if r else None,
                    Jenis.NILAI,
                    pasang,
                    f"{ind.id} · target {nama_tw}",
                    objek=f"indikator:{ind.id}",
                    medan=f"ra:{tw}",
                    rencana=True,
                )
            )
        lembar.baris.append(Baris(f"ind:{ind.id}", sel))
    return lembar


def _lembar_realisasi_indikator(b: Berkas) -> Lembar:
    kolom = (
        [Kolom("Kode", 8), Kolom("Indikator", 44), Kolom("Satuan", 11)]
        + [Kolom(f"Realisasi {t}", 12) for t in TRIWULAN.values()]
        + [Kolom("Realisasi Setahun", 12), Kolom("Penyebab", 30), Kolom("Kendala", 30), Kolom("Solusi", 30)]
    )
    lembar = Lembar(
        "Realisasi Indikator",
        f"Realisasi indikator kinerja {b.tahun} per triwulan",
        kolom,
        keterangan="Isi realisasi per triwulan, atau 'Realisasi Setahun' bila hanya nilai tahunan yang diketahui "
        "(nilai setahun menggantikan triwulan). Indikator yang dihitung dari survei atau register tidak diisi di sini.",
    )
    for _, _, ind in _indikator_renstra(b):
        r = b.realisasi.indikator.get(ind.id)
        dihitung = ind.sumber_realisasi is not None and not (r and r.alasan_manual)
        objek = f"indikator:{ind.id}"
        sel = [_tetap(ind.id), _tetap(ind.nama), _tetap(ind.satuan)]
        for tw, nama_tw in TRIWULAN.items():

            def pasang(v: Any, id_=ind.id, tw=tw) -> None:
                _atur_dict(_realisasi_indikator(b, id_).triwulan, tw, v, urut=True)

            nilai = r.triwulan.get(tw) if r else None
            if dihitung:
                sel.append(_tetap(nilai))
            else:
                sel.append(
                    Sel(
                        nilai, Jenis.NILAI, pasang, f"{ind.id} · realisasi {nama_tw}", tw, objek=objek, medan=f"tw:{tw}"
                    )
                )

        def pasang_tahunan(v: Any, id_=ind.id) -> None:
            _realisasi_indikator(b, id_).tahunan = v

        tahunan = r.tahunan if r else None
        if dihitung:
            sel.append(_tetap(tahunan))
        else:
            sel.append(
                Sel(
                    tahunan,
                    Jenis.NILAI,
                    pasang_tahunan,
                    f"{ind.id} · realisasi setahun",
                    4,
                    objek=objek,
                    medan="tahunan",
                )
            )
        for medan in ("penyebab", "kendala", "solusi"):

            def pasang_analisis(v: Any, id_=ind.id, medan=medan) -> None:
                setattr(_realisasi_indikator(b, id_).analisis, medan, v or "")

            sel.append(
                Sel(
                    (getattr(r.analisis, medan) if r else "") or None,
                    Jenis.TEKS,
                    pasang_analisis,
                    f"{ind.id} · {medan}",
                    objek=objek,
                    medan=medan,
                )
            )
        lembar.baris.append(Baris(f"ind:{ind.id}", sel))
    return lembar


def _lembar_realisasi_anggaran(b: Berkas) -> Lembar:
    kolom = (
        [Kolom("Kode", 20), Kolom("Sub Kegiatan", 44), Kolom("Pagu (Rp)", 17)]
        + [Kolom(f"Realisasi {t} (Rp)", 17) for t in TRIWULAN.values()]
        + [Kolom("Realisasi Setahun (Rp)", 17), Kolom("Jumlah (Rp)", 17), Kolom("Keterangan", 24)]
    )
    lembar = Lembar(
        "Realisasi Anggaran",
        f"Realisasi anggaran per sub kegiatan {b.tahun}",
        kolom,
        keterangan="Isi belanja setiap triwulan (bukan kumulatif), atau 'Realisasi Setahun' bila rincian triwulan "
        "tidak ada — tidak keduanya. Pagu diubah di lembar RKT.",
    )

    def jumlah(_posisi: dict[str, int], r: int) -> str:
        return f"=SUM(E{r}:I{r})"

    for s in b.rkt.semua_sub_kegiatan():
        r = b.realisasi.sub_kegiatan.get(s.kode)
        objek = f"sub_kegiatan:{s.kode}"

        def rs(kode_=s.kode) -> RealisasiSubKegiatan:
            return b.realisasi.sub_kegiatan.setdefault(kode_, RealisasiSubKegiatan())

        sel = [_tetap(kode_untuk_tahun(s.kode, b.tahun)), _tetap(s.nama), _tetap(s.pagu)]
        for tw, nama_tw in TRIWULAN.items():

            def pasang(v: Any, rs=rs, tw=tw) -> None:
                _atur_dict(rs().anggaran_triwulan, tw, v, urut=True)

            sel.append(
                Sel(
                    r.anggaran_triwulan.get(tw) if r else None,
                    Jenis.UANG,
                    pasang,
                    f"{s.kode} · realisasi anggaran {nama_tw}",
                    tw,
                    objek=objek,
                    medan=f"anggaran_tw:{tw}",
                )
            )

        def pasang_setahun(v: Any, rs=rs) -> None:
            rs().anggaran = v

        def pasang_ket(v: Any, rs=rs) -> None:
            rs().keterangan = v or ""

        sel += [
            Sel(
                r.anggaran if r else None,
                Jenis.UANG,
                pasang_setahun,
                f"{s.kode} · realisasi anggaran setahun",
                4,
                objek=objek,
                medan="anggaran",
            ),
            Sel(jenis=Jenis.RUMUS, rumus=jumlah),
            Sel(
                (r.keterangan if r else "") or None,
                Jenis.TEKS,
                pasang_ket,
                f"{s.kode} · keterangan",
                objek=objek,
                medan="keterangan",
            ),
        ]
        lembar.baris.append(Baris(f"sub:{s.kode}", sel))
    return lembar


def susun(b: Berkas, kunci: Kunci | None = None) -> list[Lembar]:
    """Every data sheet of the workbook for `b`, with setters bound to `b`'s own objects; `kunci` locks what the
    workflow has closed."""
    lembar = [
        _lembar_renstra(b),
        _lembar_iku_pk(b),
        _lembar_rkt(b),
        _lembar_indikator_rkt(b),
        _lembar_rencana_aksi(b),
        _lembar_realisasi_indikator(b),
        _lembar_realisasi_anggaran(b),
    ]
    if kunci is not None:
        _terapkan_kunci(lembar, kunci)
    return lembar


def daftar_satuan(b: Berkas) -> list[str]:
    dipakai = {i.satuan for i in b.renstra.semua_indikator() if i.satuan}
    return sorted(dipakai | set(SATUAN_UMUM), key=str.lower)


def identitas(b: Berkas) -> dict[str, Any]:
    return {"format": FORMAT, "versi": VERSI, "instansi": b.instansi.nama, "tahun": b.tahun}


def is_nilai(x: Any) -> bool:
    return isinstance(x, Nilai.__args__)  # type: ignore[attr-defined]

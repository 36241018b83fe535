"""Evidence: answers the agency's own data can support, proposed with their reason and the records behind them.

A rule looks at the berkas (Renstra, IKU, RKT, PK, realisasi, narrative), at the computed measurement and at
facts only the web app holds (when the LKjIP was reviewed and published, whether last year's
recommendations were followed up: `KonteksBukti`). It proposes an answer only when the data can show it;
otherwise the criterion stays "perlu jawaban evaluator". The evaluator always decides: a proposal is never
a score until someone takes it.

Graded proposals follow one explicit rule (`jawaban_dari_rasio`): the best answer whose value does not exceed
the observed share, so a proposal can never score more than the data shows (7 of 8 indicators = 87,5 % →
BB, worth 80).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ..angka import format_angka, persen
from ..hasil import HasilIndikator, HasilPengukuran
from ..model import Berkas, JenisPk
from .model import Kriteria, Lke

PERLU_EVALUATOR = "perlu jawaban evaluator"


@dataclass(frozen=True, slots=True)
class Rujukan:
    """A record the reason points at; the web app turns (jenis, kunci) into a link."""

    jenis: str  # "renstra" | "iku" | "rkt" | "pk" | "indikator" | "realisasi" | "anggaran" | "laporan" | "reviu" | "evaluasi" | "survei" | "register"
    label: str
    kunci: str = ""  # the record's id within its kind (indicator id, program code, …)


@dataclass(frozen=True, slots=True)
class Usulan:
    kode: str
    jawaban: str | None  # None: the data cannot show it → the evaluator answers
    alasan: str
    rujukan: tuple[Rujukan, ...] = ()
    persen: Decimal | None = None  # the observed share behind a graded proposal

    @property
    def teramati(self) -> bool:
        return self.jawaban is not None


@dataclass(frozen=True, slots=True)
class LaporanKinerja:
    """The year's LKjIP as the system knows it."""

    dibuat_sistem: bool = False  # a document written by SAKIP (it always holds Tabel 3.1–3.8)
    tanggal: date | None = None  # signed
    batas: date | None = None  # the district's deadline
    direviu: bool = False
    galat_terbuka: int = 0
    galat_total: int = 0
    diterbitkan_pada: date | None = None


@dataclass(frozen=True, slots=True)
class RekomendasiLalu:
    teks: str
    ditindaklanjuti: bool
    tindak_lanjut: str = ""


@dataclass(frozen=True, slots=True)
class PengisianTriwulan:
    triwulan: int
    diisi: bool
    tepat_waktu: bool | None = None  # None: no deadline known
    diverifikasi: bool | None = None  # None: the system does not verify


@dataclass(slots=True)
class KonteksBukti:
    berkas: Berkas
    hasil: HasilPengukuran
    tanggal_dpa: date | None = None  # overrides berkas.rkt.tanggal_dpa (the DPA approval date)
    # IKU indicator names of earlier years of the same Renstra period (year → names); empty: unknown.
    iku_sebelumnya: dict[int, tuple[str, ...]] = field(default_factory=dict)
    pengisian: tuple[PengisianTriwulan, ...] = ()
    laporan: LaporanKinerja | None = None
    rekomendasi_lalu: tuple[RekomendasiLalu, ...] | None = None  # None: no earlier evaluation known
    dari_aplikasi: bool = False  # the data were entered in the SAKIP web app (not a file)


def jawaban_dari_rasio(k: Kriteria, bagian: int, jumlah: int) -> str | None:
    """The answer a share supports: Y/T needs all; a graded scale gives the best answer worth ≤ the share."""
    if jumlah == 0:
        return None
    nilai = persen(Decimal(bagian), Decimal(jumlah))
    assert nilai is not None
    if k.jenis.nilai.get("Y") is not None and set(k.jenis.nilai) == {"Y", "T"}:
        return "Y" if bagian == jumlah else "T"
    layak = [(v, j) for j, v in k.jenis.nilai.items() if v <= nilai]
    return max(layak)[1] if layak else min((v, j) for j, v in k.jenis.nilai.items())[1]


def _rasio(
    k: Kriteria,
    bagian: int,
    jumlah: int,
    benda: str,
    rujukan: tuple[Rujukan, ...] = (),
    kurang: list[str] | None = None,
) -> Usulan:
    j = jawaban_dari_rasio(k, bagian, jumlah)
    if j is None:
        return Usulan(k.kode, None, f"{PERLU_EVALUATOR}: tidak ada {benda} untuk dinilai", rujukan)
    p = persen(Decimal(bagian), Decimal(jumlah))
    alasan = f"{bagian} dari {jumlah} {benda} ({format_angka(p, 2)}%)"
    if kurang:
        contoh = ", ".join(kurang[:5]) + (f", dan {len(kurang) - 5} lainnya" if len(kurang) > 5 else "")
        alasan += f"; belum: {contoh}"
    return Usulan(k.kode, j, alasan + f" → {j} ({format_angka(k.jenis.nilai[j], 0)})", rujukan, p)


def _ya(k: Kriteria, ada: bool, alasan_ya: str, alasan_tidak: str, rujukan: tuple[Rujukan, ...] = ()) -> Usulan:
    """A yes/no fact on either answer type (Y/T, or the top and bottom of a graded scale)."""
    if set(k.jenis.nilai) == {"Y", "T"}:
        j = "Y" if ada else "T"
    else:
        urut = sorted(k.jenis.nilai.items(), key=lambda x: x[1], reverse=True)
        j = urut[0][0] if ada else urut[-1][0]
    return Usulan(k.kode, j, (alasan_ya if ada else alasan_tidak) + f" → {j}", rujukan)


def _tidak_teramati(k: Kriteria, sebab: str) -> Usulan:
    return Usulan(k.kode, None, f"{PERLU_EVALUATOR}: {sebab}")


# --- the rules of PermenPANRB 88/2021 ---------------------------------------------------------------------

Aturan = Callable[[Kriteria, KonteksBukti], Usulan]


def _indikator(kb: KonteksBukti) -> list[HasilIndikator]:
    return list(kb.hasil.indikator_tujuan) + [i for s in kb.hasil.sasaran for i in s.indikator]


def _r_renstra(k: Kriteria, kb: KonteksBukti) -> Usulan:
    r = kb.berkas.renstra
    ada = (
        bool(r.sasaran) and any(s.indikator for s in r.sasaran) and r.periode_awal <= kb.berkas.tahun <= r.periode_akhir
    )
    return _ya(
        k,
        ada,
        f"Renstra {r.periode_awal}–{r.periode_akhir} memuat {len(r.tujuan)} tujuan dan {len(r.sasaran)} sasaran berindikator",
        f"tidak ada Renstra berindikator yang meliputi tahun {kb.berkas.tahun}",
        (Rujukan("renstra", r.dokumen or "Renstra"),),
    )


def _r_jangka_pendek(k: Kriteria, kb: KonteksBukti) -> Usulan:
    b = kb.berkas
    bagian = [n for n, ada in (("RKT", bool(b.rkt.program)), ("Perjanjian Kinerja", bool(b.pk))) if ada]
    return _ya(
        k,
        len(bagian) == 2,
        f"RKT ({len(b.rkt.program)} program) dan Perjanjian Kinerja tahun {b.tahun} ada",
        "belum ada: " + ", ".join(n for n in ("RKT", "Perjanjian Kinerja") if n not in bagian),
        (Rujukan("rkt", "RKT"), Rujukan("pk", "Perjanjian Kinerja")),
    )


def _r_rencana_aksi(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ada = [
        i
        for i in ind
        if any(
            v is not None
            for v in (kb.berkas.realisasi.indikator.get(i.indikator.id) or _kosong()).target_triwulan.values()
        )
    ]
    kurang = [i.indikator.nama for i in ind if i not in ada]
    if not ada and not kb.dari_aplikasi:
        # A report file often carries annual figures only: absence in the file is not absence of a plan.
        return _tidak_teramati(k, "berkas tidak memuat target triwulan; rencana aksi mungkin ada di luar aplikasi")
    return _rasio(
        k,
        len(ada),
        len(ind),
        "indikator dengan target triwulan (rencana aksi)",
        (Rujukan("realisasi", "Rencana aksi"),),
        kurang,
    )


def _kosong():
    from ..model import RealisasiIndikator

    return RealisasiIndikator()


def _r_anggaran_ada(k: Kriteria, kb: KonteksBukti) -> Usulan:
    sub = kb.berkas.rkt.semua_sub_kegiatan()
    ada = [s for s in sub if s.pagu > 0]
    return _ya(
        k,
        bool(sub) and len(ada) == len(sub),
        f"{len(sub)} sub kegiatan dengan pagu, jumlah Rp {format_angka(sum((s.pagu for s in sub), Decimal(0)), 0)}",
        "RKT belum memuat sub kegiatan dengan pagu" if not sub else f"{len(sub) - len(ada)} sub kegiatan tanpa pagu",
        (Rujukan("anggaran", "Anggaran"),),
    )


def _r_formal(k: Kriteria, kb: KonteksBukti) -> Usulan:
    b = kb.berkas
    pk = b.pk_berlaku()
    syarat = [
        ("dokumen Renstra", bool(b.renstra.dokumen)),
        ("keputusan IKU (nomor dan tanggal)", bool(b.iku.keputusan.nomor and b.iku.keputusan.tanggal)),
        ("RKT bertanggal", b.rkt.tanggal is not None),
        (
            "Perjanjian Kinerja ditandatangani (tanggal, pihak pertama dan kedua)",
            pk is not None and pk.tanggal is not None and pk.pihak_pertama is not None and pk.pihak_kedua is not None,
        ),
    ]
    ok = [n for n, v in syarat if v]
    return _rasio(
        k,
        len(ok),
        len(syarat),
        "dokumen perencanaan diformalkan",
        (
            Rujukan("renstra", "Renstra"),
            Rujukan("iku", "Keputusan IKU"),
            Rujukan("rkt", "RKT"),
            Rujukan("pk", "Perjanjian Kinerja"),
        ),
        [n for n, v in syarat if not v],
    )


def _r_pk_tepat_waktu(k: Kriteria, kb: KonteksBukti) -> Usulan:
    murni = [p for p in kb.berkas.pk if p.jenis == JenisPk.MURNI]
    dpa = kb.tanggal_dpa or kb.berkas.rkt.tanggal_dpa
    if dpa is None:
        return _tidak_teramati(
            k, "tanggal pengesahan DPA belum dicatat (rkt.tanggal_dpa), ketepatan waktu PK tidak dapat dinilai"
        )
    if not murni and kb.berkas.pk:
        return _tidak_teramati(k, "hanya PK Perubahan yang tercatat; tanggal PK murni tidak diketahui")
    if not murni or murni[0].tanggal is None:
        return _ya(k, False, "", "Perjanjian Kinerja murni belum bertanggal", (Rujukan("pk", "Perjanjian Kinerja"),))
    t = murni[0].tanggal
    selisih = (t - dpa).days
    batas = batas_pk_murni(dpa)
    return _ya(
        k,
        t <= batas,
        f"PK ditandatangani {t.isoformat()}, {selisih} hari setelah DPA ({dpa.isoformat()}), dalam batas satu bulan",
        f"PK ditandatangani {t.isoformat()}, melewati batas satu bulan setelah DPA ({batas.isoformat()})",
        (Rujukan("pk", "Perjanjian Kinerja murni"),),
    )


def batas_pk_murni(d: date) -> date:
    """The last day the PK murni may be signed: one calendar month after the DPA approval (31 Jan → 28/29 Feb)."""
    import calendar

    tahun, bulan = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
    return date(tahun, bulan, min(d.day, calendar.monthrange(tahun, bulan)[1]))


def _lengkap_smart(i) -> list[str]:
    kurang = []
    if not i.indikator.satuan:
        kurang.append("satuan")
    if not i.indikator.formula:
        kurang.append("formula")
    if i.indikator.polaritas is None:
        kurang.append("polaritas")
    if i.target is None:
        kurang.append("target")
    if not i.indikator.penanggung_jawab:
        kurang.append("penanggung jawab")
    if not i.indikator.sumber_data:
        kurang.append("sumber data")
    return kurang


def _r_smart(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    kurang = {i.indikator.nama: _lengkap_smart(i) for i in ind}
    ok = [n for n, v in kurang.items() if not v]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator lengkap (satuan, formula, polaritas, target, penanggung jawab, sumber data)",
        tuple(Rujukan("indikator", i.indikator.nama, i.indikator.id) for i in ind if _lengkap_smart(i))[:10],
        [f"{n} ({', '.join(v)})" for n, v in kurang.items() if v],
    )


def _r_iku_berkelanjutan(k: Kriteria, kb: KonteksBukti) -> Usulan:
    if not kb.iku_sebelumnya:
        return _tidak_teramati(k, "IKU tahun-tahun sebelumnya dalam periode Renstra tidak tercatat")
    nama = {i.id: i.nama for i in kb.berkas.renstra.semua_indikator()}
    kini = {nama.get(x, x) for x in kb.berkas.iku.indikator}
    if not kini:
        return _ya(k, False, "", "IKU tahun ini belum ditetapkan", (Rujukan("iku", "IKU"),))
    tetap = [n for n in kini if all(n in set(v) for v in kb.iku_sebelumnya.values())]
    tahun = ", ".join(str(t) for t in sorted(kb.iku_sebelumnya))
    u = _rasio(
        k,
        len(tetap),
        len(kini),
        f"IKU tidak berubah sejak {tahun}",
        (Rujukan("iku", "IKU"),),
        sorted(kini - set(tetap)),
    )
    return u


def _r_cascading(k: Kriteria, kb: KonteksBukti) -> Usulan:
    prog = kb.berkas.rkt.program
    ok = [p for p in prog if p.sasaran]
    return _rasio(
        k,
        len(ok),
        len(prog),
        "program terhubung ke sasaran Renstra",
        (Rujukan("rkt", "RKT"),),
        [f"{p.kode} {p.nama}" for p in prog if not p.sasaran],
    )


def _r_anggaran_kinerja(k: Kriteria, kb: KonteksBukti) -> Usulan:
    prog = kb.berkas.rkt.program
    pagu = {p.kode: sum((s.pagu for kg in p.kegiatan for s in kg.sub_kegiatan), Decimal(0)) for p in prog}
    total = sum(pagu.values(), Decimal(0))
    if total == 0:
        return _tidak_teramati(k, "RKT belum memuat pagu sub kegiatan")
    terkait = sum((pagu[p.kode] for p in prog if p.sasaran), Decimal(0))
    p = persen(terkait, total)
    assert p is not None
    layak = [(v, j) for j, v in k.jenis.nilai.items() if v <= p]
    j = max(layak)[1] if layak else min((v, j) for j, v in k.jenis.nilai.items())[1]
    return Usulan(
        k.kode,
        j,
        f"Rp {format_angka(terkait, 0)} dari Rp {format_angka(total, 0)} pagu ({format_angka(p, 2)}%) berada pada "
        f"program yang mendukung sasaran → {j} ({format_angka(k.jenis.nilai[j], 0)})",
        (Rujukan("anggaran", "Anggaran per program"),),
        p,
    )


def _r_aktivitas(k: Kriteria, kb: KonteksBukti) -> Usulan:
    sub = kb.berkas.rkt.semua_sub_kegiatan()
    ok = [s for s in sub if s.indikator and all(i.target is not None for i in s.indikator)]
    return _rasio(
        k,
        len(ok),
        len(sub),
        "sub kegiatan dengan indikator keluaran bertarget",
        (Rujukan("rkt", "RKT"),),
        [f"{s.kode} {s.nama}" for s in sub if s not in ok],
    )


def _r_target_tercapai(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = [i for i in _indikator(kb) if i.tercapai is not None]
    ok = [i for i in ind if i.tercapai]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator mencapai target",
        tuple(Rujukan("indikator", i.indikator.nama, i.indikator.id) for i in ind if not i.tercapai),
        [f"{i.indikator.nama} ({i.capaian.tampil()})" for i in ind if not i.tercapai],
    )


def _r_pemantauan(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    n_tw = 4
    terisi = 0
    for i in ind:
        r = kb.berkas.realisasi.indikator.get(i.indikator.id)
        if r is not None:
            terisi += sum(1 for t in range(1, n_tw + 1) if r.triwulan.get(t) is not None)
    if terisi == 0 and not kb.dari_aplikasi:
        return _tidak_teramati(k, "berkas hanya memuat realisasi tahunan; pemantauan triwulanan tidak tercatat")
    return _rasio(
        k,
        terisi,
        len(ind) * n_tw,
        "isian realisasi triwulanan (indikator × triwulan)",
        (Rujukan("realisasi", "Realisasi triwulanan"),),
    )


def _r_definisi(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.indikator.formula]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator dengan formula (definisi operasional)",
        (Rujukan("iku", "IKU"),),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_sumber_data(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.indikator.sumber_data and i.indikator.penanggung_jawab]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator dengan sumber data dan penanggung jawab",
        (Rujukan("iku", "IKU"),),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_berkala(k: Kriteria, kb: KonteksBukti) -> Usulan:
    if kb.pengisian:
        ok = [p for p in kb.pengisian if p.diisi and p.tepat_waktu is not False and p.diverifikasi is not False]
        kurang = [
            f"TW {p.triwulan} ({'belum diisi' if not p.diisi else 'terlambat' if p.tepat_waktu is False else 'belum diverifikasi'})"
            for p in kb.pengisian
            if p not in ok
        ]
        return _rasio(
            k,
            len(ok),
            len(kb.pengisian),
            "triwulan diisi tepat waktu dan diverifikasi",
            (Rujukan("realisasi", "Realisasi triwulanan"),),
            kurang,
        )
    return _r_pemantauan(k, kb)


def _r_data_sistem(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.indikator.sumber_realisasi is not None]
    rujukan = []
    if kb.berkas.survei:
        rujukan.append(Rujukan("survei", "Survei Kepuasan Masyarakat"))
    if kb.berkas.register.aduan or kb.berkas.register.kegiatan:
        rujukan.append(Rujukan("register", "Register aduan dan kegiatan"))
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator yang realisasinya dihimpun aplikasi (register, survei)",
        tuple(rujukan),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_ukur_aplikasi(k: Kriteria, kb: KonteksBukti) -> Usulan:
    if not kb.dari_aplikasi:
        return _tidak_teramati(k, "data berasal dari berkas, bukan dari aplikasi")
    ind = [i for i in _indikator(kb) if i.realisasi is not None]
    return _rasio(
        k,
        len(ind),
        len(_indikator(kb)),
        "indikator yang capaiannya dihitung aplikasi dari realisasi tercatat",
        (Rujukan("realisasi", "Pengukuran"),),
    )


def _r_efisiensi(k: Kriteria, kb: KonteksBukti) -> Usulan:
    dinilai = [s for s in kb.hasil.sasaran if s.efisiensi.efisien is not None]
    ok = [s for s in dinilai if s.efisiensi.efisien]
    return _rasio(
        k,
        len(ok),
        len(dinilai),
        "sasaran efisien (capaian kinerja dibanding serapan anggaran)",
        (Rujukan("laporan", "Tabel 3.7 efisiensi"),),
        [s.sasaran.uraian for s in dinilai if s not in ok],
    )


def _r_laporan_ada(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ada = (
        kb.laporan is not None and (kb.laporan.dibuat_sistem or kb.laporan.tanggal is not None)
    ) or kb.berkas.laporan.tanggal is not None
    return _ya(
        k,
        ada,
        f"LKjIP tahun {kb.berkas.tahun} ada",
        f"LKjIP tahun {kb.berkas.tahun} belum dibuat",
        (Rujukan("laporan", "LKjIP"),),
    )


def _tanggal_laporan(kb: KonteksBukti) -> date | None:
    return (kb.laporan.tanggal if kb.laporan else None) or kb.berkas.laporan.tanggal


def _r_laporan_formal(k: Kriteria, kb: KonteksBukti) -> Usulan:
    t = _tanggal_laporan(kb)
    kepala = kb.berkas.instansi.kepala
    return _ya(
        k,
        t is not None and kepala is not None,
        f"LKjIP bertanggal {t} dan ditandatangani {kepala.nama if kepala else ''}",
        "LKjIP belum bertanggal atau belum ada kepala perangkat daerah yang menandatangani",
        (Rujukan("laporan", "LKjIP"),),
    )


def _r_laporan_reviu(k: Kriteria, kb: KonteksBukti) -> Usulan:
    if kb.laporan is None:
        return _tidak_teramati(k, "catatan reviu LKjIP tidak tersedia di berkas")
    lp = kb.laporan
    if not lp.direviu:
        return _ya(k, False, "", "LKjIP belum direviu", (Rujukan("reviu", "Reviu"),))
    if lp.galat_total == 0:
        return _ya(k, True, "LKjIP telah direviu tanpa galat", "", (Rujukan("reviu", "Reviu"),))
    return _rasio(
        k, lp.galat_total - lp.galat_terbuka, lp.galat_total, "galat reviu telah ditutup", (Rujukan("reviu", "Reviu"),)
    )


def _r_laporan_terbit(k: Kriteria, kb: KonteksBukti) -> Usulan:
    if kb.laporan is None:
        return _tidak_teramati(k, "catatan penerbitan LKjIP tidak tersedia di berkas")
    t = kb.laporan.diterbitkan_pada
    return _ya(
        k,
        t is not None,
        f"LKjIP diterbitkan di portal publik {t}",
        "LKjIP belum diterbitkan di portal publik",
        (Rujukan("laporan", "LKjIP"),),
    )


def _r_laporan_tepat(k: Kriteria, kb: KonteksBukti) -> Usulan:
    t = _tanggal_laporan(kb)
    batas = kb.laporan.batas if kb.laporan else None
    if batas is None:
        return _tidak_teramati(k, "batas waktu penyampaian LKjIP belum ditetapkan")
    if t is None:
        return _ya(k, False, "", "LKjIP belum bertanggal", (Rujukan("laporan", "LKjIP"),))
    return _ya(
        k,
        t <= batas,
        f"LKjIP bertanggal {t}, sebelum batas {batas}",
        f"LKjIP bertanggal {t}, melewati batas {batas}",
        (Rujukan("laporan", "LKjIP"),),
    )


def _r_banding_target(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.target is not None and i.realisasi is not None]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator dengan target dan realisasi tahun ini (Tabel 3.1)",
        (Rujukan("laporan", "Tabel 3.1"),),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_banding_renstra(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.target_akhir_renstra is not None and i.realisasi is not None]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator dibandingkan dengan target akhir Renstra (Tabel 3.3)",
        (Rujukan("laporan", "Tabel 3.3"),),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_banding_lalu(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.banding_tahun_lalu is not None and i.banding_tahun_lalu.arah is not None]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator dibandingkan dengan realisasi tahun lalu (Tabel 3.2)",
        (Rujukan("laporan", "Tabel 3.2"),),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_banding_nasional(k: Kriteria, kb: KonteksBukti) -> Usulan:
    ind = _indikator(kb)
    ok = [i for i in ind if i.pembanding]
    return _rasio(
        k,
        len(ok),
        len(ind),
        "indikator dengan pembanding nasional/provinsi (Tabel 3.4)",
        (Rujukan("laporan", "Tabel 3.4"),),
        [i.indikator.nama for i in ind if i not in ok],
    )


def _r_analisis(k: Kriteria, kb: KonteksBukti) -> Usulan:
    sas = kb.hasil.sasaran
    per = kb.berkas.narasi.per_sasaran

    def ada(s) -> bool:
        n = per.get(s.sasaran.id)
        return n is not None and bool(n.keberhasilan or n.permasalahan) and bool(n.solusi or n.keberhasilan)

    ok = [s for s in sas if ada(s)]
    return _rasio(
        k,
        len(ok),
        len(sas),
        "sasaran dengan uraian penyebab keberhasilan/permasalahan dan upaya",
        (Rujukan("laporan", "Bab III.B"),),
        [s.sasaran.uraian for s in sas if s not in ok],
    )


def _r_efisiensi_laporan(k: Kriteria, kb: KonteksBukti) -> Usulan:
    sas = kb.hasil.sasaran
    ok = [s for s in sas if s.efisiensi.kelas is not None]
    return _rasio(
        k,
        len(ok),
        len(sas),
        "sasaran dengan analisis efisiensi (Tabel 3.7)",
        (Rujukan("laporan", "Tabel 3.7"),),
        [s.sasaran.uraian for s in sas if s not in ok],
    )


def _r_rekomendasi(k: Kriteria, kb: KonteksBukti) -> Usulan:
    n = len(kb.berkas.narasi.rekomendasi)
    return _ya(
        k,
        n > 0,
        f"Bab IV memuat {n} rekomendasi perbaikan kinerja",
        "Bab IV belum memuat rekomendasi perbaikan kinerja",
        (Rujukan("laporan", "Bab IV"),),
    )


def _r_tindak_lanjut(k: Kriteria, kb: KonteksBukti) -> Usulan:
    if kb.rekomendasi_lalu is None:
        return _tidak_teramati(k, "tidak ada evaluasi tahun lalu di aplikasi")
    r = kb.rekomendasi_lalu
    ok = [x for x in r if x.ditindaklanjuti]
    return _rasio(
        k,
        len(ok),
        len(r),
        "rekomendasi evaluasi tahun lalu ditindaklanjuti",
        (Rujukan("evaluasi", "Evaluasi tahun lalu"),),
        [x.teks for x in r if not x.ditindaklanjuti],
    )


ATURAN_88_2021: dict[str, Aturan] = {
    "1.a.3": _r_renstra,
    "1.a.4": _r_jangka_pendek,
    "1.a.5": _r_rencana_aksi,
    "1.a.6": _r_anggaran_ada,
    "1.b.1": _r_formal,
    "1.b.2": _r_pk_tepat_waktu,
    "1.b.5": _r_smart,
    "1.b.6": _r_iku_berkelanjutan,
    "1.b.8": _r_cascading,
    "1.c.1": _r_anggaran_kinerja,
    "1.c.2": _r_aktivitas,
    "1.c.3": _r_target_tercapai,
    "1.c.4": _r_pemantauan,
    "2.a.2": _r_definisi,
    "2.a.3": _r_sumber_data,
    "2.b.4": _r_berkala,
    "2.b.6": _r_data_sistem,
    "2.b.7": _r_ukur_aplikasi,
    "2.c.7": _r_efisiensi,
    "3.a.1": _r_laporan_ada,
    "3.b.2": _r_laporan_formal,
    "3.b.3": _r_laporan_reviu,
    "3.b.4": _r_laporan_terbit,
    "3.b.5": _r_laporan_tepat,
    "3.b.8": _r_banding_target,
    "3.b.9": _r_banding_renstra,
    "3.b.10": _r_banding_lalu,
    "3.b.11": _r_banding_nasional,
    "3.b.12": _r_analisis,
    "3.b.13": _r_efisiensi_laporan,
    "3.b.14": _r_rekomendasi,
    "4.c.1": _r_tindak_lanjut,
}

# Rules are tied to the meaning of a criterion in one LKE version; another version has none until written.
ATURAN: dict[str, dict[str, Aturan]] = {"permenpanrb-88-2021": ATURAN_88_2021}


def usulkan(lke: Lke, kb: KonteksBukti) -> dict[str, Usulan]:
    """A proposal for every criterion of the worksheet (unobservable ones say so)."""
    aturan = ATURAN.get(lke.kode, {})
    keluar = {}
    for k in lke.semua_kriteria():
        f = aturan.get(k.kode)
        keluar[k.kode] = (
            f(k, kb) if f else Usulan(k.kode, None, f"{PERLU_EVALUATOR}: tidak dapat diamati dari data aplikasi")
        )
    return keluar

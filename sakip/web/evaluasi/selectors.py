"""Reads of the evaluation: the worksheet page (criteria, proposals with evidence, both answers side by side,
scores computed by sakip.core.lke), last year's recommendations, and the district recap."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sakip.berkas.baca import BerkasTidakValid
from sakip.core.lke import LKE_BAWAAN, HasilLke, Lke, hitung_lke, muat_lke
from sakip.core.lke.bukti import Usulan, usulkan
from sakip.core.lke.model import Kriteria
from sakip.web.organisasi.akses import Aktor, boleh_baca_pd, pastikan_baca_pd, pastikan_pemda
from sakip.web.organisasi.models import Pemda, PerangkatDaerah
from sakip.web.perencanaan.models import TahunKinerja

from .konteks import konteks_bukti, tautan
from .models import Evaluasi, Jawaban, RekapTerbit


def evaluasi_ambil(tk: TahunKinerja) -> Evaluasi | None:
    return Evaluasi.objects.filter(tahun_kinerja=tk).first()


def jawaban_peta(ev: Evaluasi | None) -> dict[str, Jawaban]:
    if ev is None:
        return {}
    return {j.kode: j for j in ev.jawaban.all()}


def hasil_evaluasi(ev: Evaluasi, peta: dict[str, Jawaban] | None = None, *, mandiri: bool = False) -> HasilLke:
    peta = jawaban_peta(ev) if peta is None else peta
    lke = muat_lke(ev.lke)
    jawaban = {k: (j.mandiri if mandiri else j.evaluator) for k, j in peta.items() if lke.kriteria(k) is not None}
    return hitung_lke(lke, jawaban)


@dataclass
class BarisKriteria:
    kriteria: Kriteria
    usulan: Usulan | None
    tautan: list[tuple[str, str]]
    jawaban: Jawaban | None
    lalu: Jawaban | None  # last year's answer with its recommendation and follow-up


@dataclass
class BarisSub:
    kode: str
    nama: str
    bobot: Decimal
    nilai_mandiri: Decimal | None
    nilai_evaluator: Decimal | None
    kriteria: list[BarisKriteria]


@dataclass
class HalamanEvaluasi:
    tk: TahunKinerja
    evaluasi: Evaluasi | None
    lke: Lke
    hasil: HasilLke | None
    hasil_mandiri: HasilLke | None
    komponen: list[tuple[object, list[BarisSub], Decimal | None, Decimal | None]]
    rekomendasi_lalu: list[Jawaban]
    evaluasi_lalu: Evaluasi | None
    galat_data: str = ""
    jumlah_usulan: int = 0


def halaman_evaluasi(*, aktor: Aktor, tk: TahunKinerja) -> HalamanEvaluasi:
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    ev = evaluasi_ambil(tk)
    lke = muat_lke(ev.lke if ev else LKE_BAWAAN)
    peta = jawaban_peta(ev)
    galat = ""
    try:
        usulan = usulkan(lke, konteks_bukti(tk))
    except BerkasTidakValid as exc:
        usulan = {}
        galat = f"Data tahun ini belum membentuk berkas yang sah ({len(exc.masalah)} masalah); usulan dari data tidak dapat dibuat."
    lalu_ev = Evaluasi.objects.filter(
        tahun_kinerja__perangkat_daerah_id=tk.perangkat_daerah_id, tahun_kinerja__tahun=tk.tahun - 1
    ).first()
    lalu = jawaban_peta(lalu_ev) if lalu_ev and lalu_ev.status == Evaluasi.FINAL else {}
    h = hasil_evaluasi(ev, peta) if ev else None
    hm = hasil_evaluasi(ev, peta, mandiri=True) if ev else None
    komponen = []
    for i, kom in enumerate(lke.komponen):
        subs = []
        for j, s in enumerate(kom.sub_komponen):
            baris = []
            for k in s.kriteria:
                u = usulan.get(k.kode)
                link = []
                if u is not None:
                    link = [(r.label, tautan(r, tk)) for r in u.rujukan]
                baris.append(BarisKriteria(k, u, link, peta.get(k.kode), lalu.get(k.kode)))
            subs.append(
                BarisSub(
                    s.kode,
                    s.nama,
                    s.bobot,
                    hm.komponen[i].sub[j].nilai if hm else None,
                    h.komponen[i].sub[j].nilai if h else None,
                    baris,
                )
            )
        komponen.append((kom, subs, hm.komponen[i].nilai if hm else None, h.komponen[i].nilai if h else None))
    return HalamanEvaluasi(
        tk=tk,
        evaluasi=ev,
        lke=lke,
        hasil=h,
        hasil_mandiri=hm,
        komponen=komponen,
        rekomendasi_lalu=[j for j in lalu.values() if j.rekomendasi],
        evaluasi_lalu=lalu_ev,
        galat_data=galat,
        jumlah_usulan=sum(1 for u in usulan.values() if u.teramati),
    )


# --- district recap -------------------------------------------------------------------------------------------


@dataclass
class BarisRekap:
    pd: PerangkatDaerah
    evaluasi: Evaluasi | None
    hasil: HasilLke | None
    peringkat: int | None = None
    nilai_lalu: Decimal | None = None
    lke_lain: bool = False  # scored on another LKE version: its komponen do not fit the recap's columns

    @property
    def nilai(self) -> Decimal | None:
        return None if self.hasil is None else self.hasil.nilai

    @property
    def perubahan(self) -> Decimal | None:
        if self.nilai is None or self.nilai_lalu is None:
            return None
        return self.nilai - self.nilai_lalu


@dataclass
class Rekap:
    pemda: Pemda
    tahun: int
    baris: list[BarisRekap] = field(default_factory=list)
    komponen: list[str] = field(default_factory=list)
    terbit: RekapTerbit | None = None
    sintetis: bool = False


def _final(pemda: Pemda, tahun: int) -> tuple[dict[int, Evaluasi], dict[int, dict[str, str]]]:
    """The year's evaluations by agency, and their evaluator answers as plain tuples (one query, no model
    instances: a recap reads about 9.000 answers)."""
    q = Evaluasi.objects.filter(
        tahun_kinerja__perangkat_daerah__pemda=pemda, tahun_kinerja__tahun=tahun
    ).select_related("tahun_kinerja")
    ev = {e.tahun_kinerja.perangkat_daerah_id: e for e in q}
    jawaban: dict[int, dict[str, str]] = {e.pk: {} for e in ev.values()}
    for ev_id, kode, j in Jawaban.objects.filter(evaluasi__in=[e.pk for e in ev.values()]).values_list(
        "evaluasi_id", "kode", "evaluator"
    ):
        jawaban[ev_id][kode] = j
    return ev, jawaban


def _hasil(ev: Evaluasi, jawaban: dict[str, str]) -> HasilLke:
    lke = muat_lke(ev.lke)
    return hitung_lke(lke, {k: j for k, j in jawaban.items() if lke.kriteria(k) is not None})


def rekap_hitung(pemda: Pemda, tahun: int, *, hanya_final: bool) -> Rekap:
    """Every active agency: Nilai per komponen from its final evaluation (or its evaluation in progress, for the
    Inspektorat's own view), rank among the final ones, change from last year's final Nilai."""
    ini, jawaban_ini = _final(pemda, tahun)
    lalu, jawaban_lalu = _final(pemda, tahun - 1)
    rekap = Rekap(pemda=pemda, tahun=tahun, terbit=RekapTerbit.objects.filter(pemda=pemda, tahun=tahun).first())
    for pd in PerangkatDaerah.objects.filter(pemda=pemda, aktif=True).order_by("nama"):
        ev = ini.get(pd.pk)
        if ev is not None and hanya_final and ev.status != Evaluasi.FINAL:
            ev = None
        h = _hasil(ev, jawaban_ini[ev.pk]) if ev else None
        ev_lalu = lalu.get(pd.pk)
        nilai_lalu = None
        if ev_lalu is not None and ev_lalu.status == Evaluasi.FINAL:
            nilai_lalu = _hasil(ev_lalu, jawaban_lalu[ev_lalu.pk]).nilai
        if hanya_final and ev is None:
            continue
        rekap.baris.append(BarisRekap(pd, ev, h, nilai_lalu=nilai_lalu))
        rekap.sintetis = rekap.sintetis or bool(ev and ev.sintetis)
    final = [b for b in rekap.baris if b.evaluasi and b.evaluasi.status == Evaluasi.FINAL and b.nilai is not None]
    # Competition ranking on the displayed value (two agencies shown 72,35 share a rank).
    from sakip.core.angka import bulatkan

    urut = sorted(final, key=lambda b: bulatkan(b.nilai, 2), reverse=True)  # type: ignore[arg-type]
    for i, b in enumerate(urut):
        sebelum = urut[i - 1] if i else None
        b.peringkat = sebelum.peringkat if sebelum and bulatkan(sebelum.nilai, 2) == bulatkan(b.nilai, 2) else i + 1  # type: ignore[arg-type]
    rekap.baris.sort(key=lambda b: (b.peringkat is None, b.peringkat or 0, b.pd.nama))
    rekap.komponen = [k.nama for k in muat_lke().komponen]
    for b in rekap.baris:
        b.lke_lain = b.hasil is not None and b.hasil.lke.kode != LKE_BAWAAN
    return rekap


def rekap_pemda(*, aktor: Aktor, pemda: Pemda, tahun: int) -> Rekap:
    pastikan_pemda(aktor)
    return rekap_hitung(pemda, tahun, hanya_final=False)


def rekap_publik(*, pemda: Pemda, tahun: int) -> Rekap | None:
    """The public recap: None until the district has published that year's."""
    if not RekapTerbit.objects.filter(pemda=pemda, tahun=tahun).exists():
        return None
    return rekap_hitung(pemda, tahun, hanya_final=True)


def boleh_lihat(aktor: Aktor, pd: PerangkatDaerah) -> bool:
    return boleh_baca_pd(aktor, pd)


# --- the LHE --------------------------------------------------------------------------------------------------


def lhe_boleh(*, aktor: Aktor, tk: TahunKinerja) -> Evaluasi:
    """The evaluation whose LHE this person may have: the agency once it is final; the Inspektorat and the admin
    also as a draft. Raises `AlurDitolak` otherwise."""
    from sakip.web.inti.galat import AlurDitolak

    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    ev = evaluasi_ambil(tk)
    if ev is None:
        raise AlurDitolak("Evaluasi tahun ini belum dimulai: belum ada Laporan Hasil Evaluasi.")
    if not ev.terkunci and not (aktor.reviewer or aktor.admin):
        raise AlurDitolak("Laporan Hasil Evaluasi tersedia setelah evaluasi ditetapkan final oleh Inspektorat.")
    return ev


def sidik_lhe(tk: TahunKinerja) -> str:
    """What the LHE is made from: the evaluation (state, answers, notes, responses) and the agency's head."""
    import hashlib

    ev = evaluasi_ambil(tk)
    pd = tk.perangkat_daerah
    jawaban = list(
        Jawaban.objects.filter(evaluasi=ev)
        .order_by("kode")
        .values_list("kode", "mandiri", "evaluator", "catatan", "rekomendasi", "tanggapan")
    )
    bagian = (
        ev and (ev.pk, ev.status, ev.lke, ev.sintetis, ev.nama_evaluator, ev.difinalkan_oleh, str(ev.difinalkan_pada)),
        jawaban,
        (pd.nama, pd.kepala_nama, pd.kepala_jabatan, pd.kepala_pangkat, pd.kepala_golongan, pd.kepala_nip),
        (pd.pemda.nama, pd.pemda.ibu_kota),
    )
    return hashlib.sha256(repr(bagian).encode()).hexdigest()


def data_lhe(*, aktor: Aktor, tk: TahunKinerja):
    """The Laporan Hasil Evaluasi's content, for a person allowed to have it (`lhe_boleh`)."""
    lhe_boleh(aktor=aktor, tk=tk)
    return isi_lhe(tk)


def isi_lhe(tk: TahunKinerja):
    """The LHE's content from the database, without a permission check: for the document worker, which runs a job
    its requester was allowed to ask for."""
    from sakip.core.angka import format_angka
    from sakip.core.model import Pejabat
    from sakip.laporan.lhe import DataLhe, Temuan

    ev = evaluasi_ambil(tk)
    peta = jawaban_peta(ev)
    h = hasil_evaluasi(ev, peta)
    hm = hasil_evaluasi(ev, peta, mandiri=True)
    lke = h.lke
    temuan = [
        Temuan(
            k.kode,
            k.teks,
            peta[k.kode].evaluator or "-",
            peta[k.kode].catatan,
            peta[k.kode].rekomendasi,
            peta[k.kode].tanggapan,
        )
        for k in lke.semua_kriteria()
        if k.kode in peta
    ]
    pd = tk.perangkat_daerah
    kepala = (
        Pejabat(pd.kepala_nama, pd.kepala_jabatan, pd.kepala_pangkat, pd.kepala_golongan, pd.kepala_nip)
        if pd.kepala_nama
        else None
    )
    evaluator = (
        Pejabat(ev.nama_evaluator or ev.difinalkan_oleh, "Evaluator Inspektorat")
        if (ev.nama_evaluator or ev.difinalkan_oleh)
        else None
    )
    return DataLhe(
        instansi=pd.nama,
        pemda=pd.pemda.nama,
        tahun=tk.tahun,
        hasil=h,
        temuan=temuan,
        evaluator=evaluator,
        kepala=kepala,
        tempat=pd.pemda.ibu_kota,
        tanggal=ev.difinalkan_pada.date() if ev.difinalkan_pada else None,
        sintetis=ev.sintetis,
        nilai_mandiri="" if hm.nilai is None else format_angka(hm.nilai, 2),
    )

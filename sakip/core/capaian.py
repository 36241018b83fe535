"""Capaian (achievement %) of one indicator: target vs realisasi, by polarity.

Three outcomes are kept apart and never confused with zero:
- ``dihitung``: a value was computed (it may be 0);
- ``tidak_dapat_dihitung``: both values exist but no meaningful percentage does (positive target 0);
- ``belum_diisi``: the realisation (or the target) has not been entered.

The raw value is kept; `nilai_olah` applies the district's cap and floor for classification and averages.
Every result carries its formula and inputs so a page or a report can show how it was computed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .angka import SERATUS, bagi, format_bilangan, format_persen
from .nilai import Angka, Mutu, Nilai, Rentang
from .pengaturan import PENGATURAN_BAWAAN, Pengaturan, RumusNegatif


class Polaritas(StrEnum):
    POSITIF = "positif"  # higher is better
    NEGATIF = "negatif"  # lower is better
    RENTANG = "rentang"  # inside the target range is best; any deviation is worse


class StatusCapaian(StrEnum):
    DIHITUNG = "dihitung"
    TIDAK_DAPAT_DIHITUNG = "tidak_dapat_dihitung"
    BELUM_DIISI = "belum_diisi"


LABEL_STATUS = {
    StatusCapaian.DIHITUNG: "dihitung",
    StatusCapaian.TIDAK_DAPAT_DIHITUNG: "tidak dapat dihitung",
    StatusCapaian.BELUM_DIISI: "belum diisi",
}


@dataclass(frozen=True, slots=True)
class Capaian:
    status: StatusCapaian
    nilai: Decimal | None = None  # raw, full precision
    nilai_olah: Decimal | None = None  # capped/floored per settings: used for predikat and averages
    rumus: str = ""  # symbolic, e.g. "R ÷ T × 100"
    masukan: dict[str, str] = field(default_factory=dict)  # symbol → value as shown, e.g. {"T": "91"}
    alasan: str = ""  # why not computed, in Indonesian

    @property
    def dihitung(self) -> bool:
        return self.status is StatusCapaian.DIHITUNG

    def tampil(self, desimal: int = 2) -> str:
        if self.status is StatusCapaian.DIHITUNG:
            return format_persen(self.nilai, desimal)
        return LABEL_STATUS[self.status]

    def jelaskan(self, desimal: int = 2) -> str:
        """One sentence a user or an auditor can check by hand."""
        if self.status is not StatusCapaian.DIHITUNG:
            return f"Capaian {LABEL_STATUS[self.status]}: {self.alasan}"
        rinci = ", ".join(f"{k} = {v}" for k, v in self.masukan.items())
        teks = f"Capaian = {self.rumus} dengan {rinci} = {format_persen(self.nilai, desimal)}"
        if self.nilai_olah is not None and self.nilai_olah != self.nilai:
            teks += (
                f"; untuk predikat dan rata-rata dihitung {format_persen(self.nilai_olah, desimal)} (batas pengukuran)"
            )
        return teks


def _belum(alasan: str) -> Capaian:
    return Capaian(StatusCapaian.BELUM_DIISI, alasan=alasan)


def _tdh(alasan: str, rumus: str = "", masukan: dict[str, str] | None = None) -> Capaian:
    return Capaian(StatusCapaian.TIDAK_DAPAT_DIHITUNG, rumus=rumus, masukan=masukan or {}, alasan=alasan)


def olah(nilai: Decimal, p: Pengaturan) -> Decimal:
    """Apply the cap and the floor (the seed's rule 2: above 100 counts as 100, below 0 as 0)."""
    if p.batas_atas is not None and nilai > p.batas_atas:
        nilai = p.batas_atas
    if p.batas_bawah is not None and nilai < p.batas_bawah:
        nilai = p.batas_bawah
    return nilai


def _jadi(nilai: Decimal, rumus: str, masukan: dict[str, str], p: Pengaturan) -> Capaian:
    return Capaian(StatusCapaian.DIHITUNG, nilai=nilai, nilai_olah=olah(nilai, p), rumus=rumus, masukan=masukan)


def _positif(t: Decimal, r: Decimal, p: Pengaturan, masukan: dict[str, str]) -> Capaian:
    rumus = "R ÷ T × 100"
    if t == 0:
        return _tdh("target 0 pada indikator positif tidak dapat dijadikan pembagi", rumus, masukan)
    if t < 0:
        return _tdh("target negatif pada indikator positif: rasio R ÷ T tidak bermakna", rumus, masukan)
    return _jadi(bagi(r * SERATUS, t), rumus, masukan, p)


def _negatif(t: Decimal, r: Decimal, p: Pengaturan, masukan: dict[str, str]) -> Capaian:
    if p.rumus_negatif is RumusNegatif.SELISIH:
        rumus = "(T − (R − T)) ÷ T × 100"
        if t == 0:
            if r == 0:
                return _jadi(SERATUS, rumus + " (target 0 dan realisasi 0: tercapai penuh)", masukan, p)
            return _tdh("target 0 pada indikator negatif dengan realisasi di atas 0", rumus, masukan)
        return _jadi(bagi((t - (r - t)) * SERATUS, t), rumus, masukan, p)
    rumus = "T ÷ R × 100"
    if r == 0:
        if t == 0:
            return _jadi(SERATUS, rumus + " (target 0 dan realisasi 0: tercapai penuh)", masukan, p)
        return _tdh("realisasi 0 pada rumus T ÷ R tidak dapat dijadikan pembagi", rumus, masukan)
    return _jadi(bagi(t * SERATUS, r), rumus, masukan, p)


def _rentang(rg: Rentang, r: Decimal, pol: Polaritas, p: Pengaturan) -> Capaian:
    masukan = {"T": rg.tampil(), "R": format_bilangan(r)}
    if rg.bawah <= r <= rg.atas:
        return _jadi(SERATUS, "R di dalam rentang T → 100", masukan, p)
    if r > rg.atas:
        batas = {"T atas": format_bilangan(rg.atas), "R": format_bilangan(r)}
        if pol is Polaritas.POSITIF:
            return _positif(rg.atas, r, p, batas)
        return _negatif(rg.atas, r, p, batas)
    batas = {"T bawah": format_bilangan(rg.bawah), "R": format_bilangan(r)}
    if pol is Polaritas.NEGATIF:
        return _negatif(rg.bawah, r, p, batas)
    return _positif(rg.bawah, r, p, batas)


def _angka_mutu(target: Mutu, realisasi: Nilai) -> tuple[Decimal, Decimal, str] | str:
    """The two numbers a graded comparison uses, or the reason none exists."""
    if isinstance(realisasi, Mutu):
        if target.skor is not None and realisasi.skor is not None:
            return target.skor, realisasi.skor, "skor"
        kel = target.keluarga()
        if kel is not None and kel is realisasi.keluarga():
            return Decimal(kel[target.label]), Decimal(kel[realisasi.label]), "peringkat"
        return f"predikat '{realisasi.tampil()}' tidak sebanding dengan target '{target.tampil()}'"
    if isinstance(realisasi, Angka) and target.skor is not None:
        return target.skor, realisasi.nilai, "skor"
    return f"realisasi '{realisasi.tampil()}' tidak sebanding dengan target '{target.tampil()}'"


def hitung_capaian(
    target: Nilai | None,
    realisasi: Nilai | None,
    polaritas: Polaritas = Polaritas.POSITIF,
    pengaturan: Pengaturan = PENGATURAN_BAWAAN,
) -> Capaian:
    """Capaian of `realisasi` against `target` for an indicator of the given polarity."""
    if realisasi is None:
        return _belum("realisasi belum diisi")
    if target is None:
        return _belum("target belum ditetapkan")
    p = pengaturan

    if isinstance(target, Rentang):
        if not isinstance(realisasi, Angka):
            return _tdh(f"realisasi '{realisasi.tampil()}' tidak dapat dibandingkan dengan rentang")
        return _rentang(target, realisasi.nilai, polaritas, p)

    if isinstance(target, Mutu):
        pasangan = _angka_mutu(target, realisasi)
        if isinstance(pasangan, str):
            return _tdh(pasangan)
        t, r, dasar = pasangan
        masukan = {
            "T": f"{target.tampil()} ({dasar} {format_bilangan(t)})",
            "R": f"{realisasi.tampil()} ({dasar} {format_bilangan(r)})",
        }
        if polaritas is Polaritas.NEGATIF:
            return _negatif(t, r, p, masukan)
        return _positif(t, r, p, masukan)

    if isinstance(realisasi, Rentang):
        return _tdh("realisasi tidak boleh berupa rentang")
    if isinstance(realisasi, Mutu):
        if realisasi.skor is None:
            return _tdh(f"realisasi '{realisasi.tampil()}' tidak sebanding dengan target angka")
        r = realisasi.skor
    else:
        r = realisasi.nilai
    t = target.nilai
    masukan = {"T": format_bilangan(t), "R": format_bilangan(r)}
    if polaritas is Polaritas.NEGATIF:
        return _negatif(t, r, p, masukan)
    if polaritas is Polaritas.RENTANG:
        # A single-number target on a range indicator: the target is both bounds.
        return _rentang(Rentang(t, t), r, polaritas, p)
    return _positif(t, r, p, masukan)


def tercapai(c: Capaian, p: Pengaturan = PENGATURAN_BAWAAN) -> bool | None:
    """Whether the target was met (capaian ≥ the threshold); None when no capaian exists."""
    if not c.dihitung or c.nilai is None:
        return None
    return c.nilai >= p.ambang_tercapai


def nilai_untuk_rata_rata(daftar: list[Capaian]) -> list[Decimal]:
    """The processed values that enter an average: computed ones only ("tidak dapat dihitung" and
    "belum diisi" are excluded, never counted as 0)."""
    return [c.nilai_olah for c in daftar if c.dihitung and c.nilai_olah is not None]


__all__ = [
    "Capaian",
    "Polaritas",
    "StatusCapaian",
    "hitung_capaian",
    "nilai_untuk_rata_rata",
    "olah",
    "tercapai",
]

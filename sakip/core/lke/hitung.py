"""Nilai Akuntabilitas Kinerja from LKE answers: pure functions over `Decimal`.

nilai sub-komponen = mean of its criteria's values × its weight ÷ 100; nilai komponen = Σ its
sub-komponen; Nilai Akuntabilitas Kinerja = Σ komponen (PermenPANRB 88/2021). Values are exact; they
are rounded half-up only for display (`bulat`) and — as the file's ``desimal_predikat`` says — for the
predikat, so the category always matches the figure printed next to it.

A worksheet may be incomplete while it is being filled: a sub-komponen with an unanswered criterion has
no nilai (None), and neither have its komponen and the total. A score is never guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, localcontext

from ..angka import KONTEKS, bulatkan, rata_rata
from ..predikat import Tingkat
from .model import Komponen, Kriteria, Lke, SubKomponen

SERATUS = Decimal(100)


class JawabanTidakValid(ValueError):
    """Answers that cannot be scored; `masalah` holds one Indonesian message per problem."""

    def __init__(self, masalah: list[str]):
        self.masalah = masalah
        super().__init__("\n".join(masalah))


@dataclass(frozen=True, slots=True)
class HasilKriteria:
    kriteria: Kriteria
    jawaban: str | None
    nilai: Decimal | None


@dataclass(frozen=True, slots=True)
class HasilSubKomponen:
    sub: SubKomponen
    kriteria: tuple[HasilKriteria, ...]
    rata_rata: Decimal | None  # mean of the criteria values (0–100); None until every criterion is answered
    nilai: Decimal | None  # rata_rata × bobot ÷ 100

    @property
    def terjawab(self) -> int:
        return sum(1 for k in self.kriteria if k.nilai is not None)


@dataclass(frozen=True, slots=True)
class HasilKomponen:
    komponen: Komponen
    sub: tuple[HasilSubKomponen, ...]
    nilai: Decimal | None

    @property
    def persen(self) -> Decimal | None:
        """The komponen's score as a share of its weight (for comparing komponen of unequal weight)."""
        if self.nilai is None or self.komponen.bobot == 0:
            return None
        with localcontext(KONTEKS):
            return self.nilai * SERATUS / self.komponen.bobot


@dataclass(frozen=True, slots=True)
class HasilLke:
    lke: Lke
    komponen: tuple[HasilKomponen, ...]
    nilai: Decimal | None
    predikat: Tingkat | None

    @property
    def lengkap(self) -> bool:
        return self.nilai is not None

    @property
    def belum_dijawab(self) -> list[str]:
        return [k.kriteria.kode for kom in self.komponen for s in kom.sub for k in s.kriteria if k.nilai is None]

    def sub_komponen(self) -> list[HasilSubKomponen]:
        return [s for kom in self.komponen for s in kom.sub]


def normalisasi_jawaban(teks: str) -> str:
    """How an answer is compared: trimmed, upper case ("bb " → "BB")."""
    return teks.strip().upper()


def nilai_jawaban(kriteria: Kriteria, jawaban: str) -> Decimal:
    """The 0–100 value of one answer; `JawabanTidakValid` when it is not on the criterion's scale."""
    j = normalisasi_jawaban(jawaban)
    if j not in kriteria.jenis.nilai:
        raise JawabanTidakValid([pesan_jawaban_salah(kriteria, jawaban)])
    return kriteria.jenis.nilai[j]


def pesan_jawaban_salah(kriteria: Kriteria, jawaban: str) -> str:
    return (
        f"kriteria {kriteria.kode}: jawaban '{jawaban.strip()}' tidak sah; "
        f"{kriteria.jenis.nama} hanya menerima {kriteria.jenis.pilihan_teks()}"
    )


def periksa_jawaban(lke: Lke, jawaban: Mapping[str, str | None], *, wajib_lengkap: bool) -> list[str]:
    """Every problem with a set of answers (code → answer), in Indonesian; [] when they can be scored."""
    masalah = []
    for kode, j in jawaban.items():
        k = lke.kriteria(kode)
        if k is None:
            masalah.append(f"kode '{kode}' tidak ada dalam {lke.nama}")
        elif j is not None and j.strip() and normalisasi_jawaban(j) not in k.jenis.nilai:
            masalah.append(pesan_jawaban_salah(k, j))
    if wajib_lengkap:
        kosong = [k.kode for k in lke.semua_kriteria() if not (jawaban.get(k.kode) or "").strip()]
        if kosong:
            masalah.append(f"{len(kosong)} kriteria belum dijawab: {', '.join(kosong)}")
    return masalah


def hitung_lke(lke: Lke, jawaban: Mapping[str, str | None]) -> HasilLke:
    """Score a worksheet. Unknown codes and answers off the scale raise `JawabanTidakValid`; blanks stay blank."""
    masalah = periksa_jawaban(lke, jawaban, wajib_lengkap=False)
    if masalah:
        raise JawabanTidakValid(masalah)
    hasil_komponen = []
    with localcontext(KONTEKS):
        for kom in lke.komponen:
            subs = tuple(_hitung_sub(s, jawaban) for s in kom.sub_komponen)
            nilai_kom = None if any(s.nilai is None for s in subs) else sum((s.nilai for s in subs), Decimal(0))  # type: ignore[misc]
            hasil_komponen.append(HasilKomponen(komponen=kom, sub=subs, nilai=nilai_kom))
        total = (
            None if any(k.nilai is None for k in hasil_komponen) else sum((k.nilai for k in hasil_komponen), Decimal(0))  # type: ignore[misc]
        )
    return HasilLke(lke=lke, komponen=tuple(hasil_komponen), nilai=total, predikat=predikat_lke(lke, total))


def predikat_lke(lke: Lke, nilai: Decimal | None) -> Tingkat | None:
    if nilai is None:
        return None
    dasar = nilai if lke.desimal_predikat is None else bulatkan(nilai, lke.desimal_predikat)
    return lke.skala_predikat.klasifikasi(dasar)


def _hitung_sub(sub: SubKomponen, jawaban: Mapping[str, str | None]) -> HasilSubKomponen:
    hasil = []
    for k in sub.kriteria:
        j = jawaban.get(k.kode)
        j = j if j is not None and j.strip() else None
        hasil.append(
            HasilKriteria(
                kriteria=k,
                jawaban=None if j is None else normalisasi_jawaban(j),
                nilai=None if j is None else nilai_jawaban(k, j),
            )
        )
    if any(h.nilai is None for h in hasil):
        return HasilSubKomponen(sub=sub, kriteria=tuple(hasil), rata_rata=None, nilai=None)
    jumlah = sum((h.nilai for h in hasil), Decimal(0))  # type: ignore[misc]
    rata = rata_rata([h.nilai for h in hasil])  # type: ignore[misc]
    # One division (Σ × bobot ÷ (n × 100)) rather than mean × bobot ÷ 100: the score is exact whenever it
    # terminates (9 criteria averaging 65,5… at weight 9 give exactly 5,9, not 5,8999…).
    nilai = jumlah * sub.bobot / (len(hasil) * SERATUS)
    return HasilSubKomponen(sub=sub, kriteria=tuple(hasil), rata_rata=rata, nilai=nilai)

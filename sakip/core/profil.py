"""Totals of the agency profile: staff tables (Tabel 1.1–1.3), population, and the PK's agreed budget.

Reports print these totals and the reviu checks the printed ones; neither adds up on its own.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from .model import Kepegawaian, PerjanjianKinerja, Wilayah


@dataclass(frozen=True, slots=True)
class RingkasanPegawai:
    jabatan: int | None  # Σ Tabel 1.1 (blank rows count as 0 and are counted in `jabatan_kosong`)
    jabatan_kosong: int
    per_kelompok: dict[str, int] = field(default_factory=dict)  # "struktural" / "pelaksana" / "fungsional" → Σ
    golongan: int | None = None  # Σ Tabel 1.2
    pendidikan: int | None = None  # Σ Tabel 1.3
    pendidikan_per_status: dict[str, int] = field(default_factory=dict)  # "ASN" / "Non ASN" / … → Σ
    ringkasan: int | None = None  # Σ of the stated headcount by status ("11 ASN dan 15 Non ASN …")

    @property
    def struktural(self) -> int:
        return self.per_kelompok.get("struktural", 0)

    @property
    def pelaksana(self) -> int:
        return self.per_kelompok.get("pelaksana", 0)


def ringkas_pegawai(k: Kepegawaian) -> RingkasanPegawai:
    kelompok: Counter[str] = Counter()
    for b in k.per_jabatan:
        if b.kelompok and b.jumlah:
            kelompok[b.kelompok] += b.jumlah
    status: Counter[str] = Counter()
    for b in k.per_pendidikan:
        status[b.status or "(tanpa keterangan)"] += b.jumlah
    return RingkasanPegawai(
        jabatan=sum(b.jumlah or 0 for b in k.per_jabatan) if k.per_jabatan else None,
        jabatan_kosong=sum(1 for b in k.per_jabatan if b.jumlah is None),
        per_kelompok=dict(kelompok),
        golongan=sum(b.jumlah for b in k.per_golongan) if k.per_golongan else None,
        pendidikan=sum(b.jumlah for b in k.per_pendidikan) if k.per_pendidikan else None,
        pendidikan_per_status=dict(status),
        ringkasan=sum(k.ringkasan.values()) if k.ringkasan else None,
    )


@dataclass(frozen=True, slots=True)
class RingkasanPenduduk:
    total: int | None  # laki-laki + perempuan
    per_pekerjaan: int | None  # Σ of the occupation table

    @property
    def selisih_pekerjaan(self) -> int | None:
        """Residents the occupation table does not account for (0 when it covers everyone)."""
        if self.total is None or self.per_pekerjaan is None:
            return None
        return self.total - self.per_pekerjaan


def ringkas_penduduk(w: Wilayah | None) -> RingkasanPenduduk | None:
    if w is None:
        return None
    total = None
    if w.penduduk_laki_laki is not None and w.penduduk_perempuan is not None:
        total = w.penduduk_laki_laki + w.penduduk_perempuan
    pekerjaan = sum(b.jumlah for b in w.penduduk_per_pekerjaan) if w.penduduk_per_pekerjaan else None
    return RingkasanPenduduk(total, pekerjaan)


def jumlah_anggaran_pk(pk: PerjanjianKinerja) -> Decimal | None:
    """The total of the program budgets agreed in a PK (None when it lists none)."""
    if not pk.anggaran_program:
        return None
    return sum(pk.anggaran_program.values(), Decimal(0))

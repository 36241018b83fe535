"""Rules that differ between districts, as data with the seed's choices as defaults.

Every field here is documented for users in docs/aturan-perhitungan.md. A pemda sets them once; a berkas
may override them (``pengaturan:`` block); the web app stores them per pemda.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .angka import AngkaTidakValid, ke_decimal
from .predikat import SKALA_AKIP, SKALA_BAWAAN, SkalaPredikat, Tingkat


class RumusNegatif(StrEnum):
    """Capaian of a negative-polarity indicator (lower is better)."""

    SELISIH = "2T-R"  # (T − (R − T)) / T × 100 = (2T − R) / T × 100 — the seed's formula, Bab III.A
    RASIO = "T/R"  # T / R × 100 — used by some districts


class RataRata(StrEnum):
    """What the overall average capaian averages."""

    INDIKATOR = "indikator"  # every indicator counts once (the seed: "capaian 4 indikator ... rata-rata")
    SASARAN = "sasaran"  # the mean of the sasaran averages


class JenisEfisiensi(StrEnum):
    BANDING = "banding"  # capaian > serapan → Efisien, otherwise Tidak Efisien (the seed, Tabel 3.7)
    TOLERANSI = "toleransi"  # within ± toleransi points → Cukup Efisien; above → Efisien; below → Tidak
    RASIO = "rasio"  # capaian / serapan ≥ 1 → Efisien


class NilaiEfisiensi(StrEnum):
    """Which capaian is compared with budget absorption."""

    MENTAH = "mentah"  # the computed value, above 100 kept (the seed's Tabel 3.7 prints 102,19 %)
    OLAH = "olah"  # capped and floored as for classification


@dataclass(frozen=True, slots=True)
class AturanEfisiensi:
    jenis: JenisEfisiensi = JenisEfisiensi.BANDING
    toleransi: Decimal = Decimal(5)
    nilai: NilaiEfisiensi = NilaiEfisiensi.MENTAH


@dataclass(frozen=True, slots=True)
class Pengaturan:
    skala_predikat: SkalaPredikat = SKALA_AKIP
    rumus_negatif: RumusNegatif = RumusNegatif.SELISIH
    # Capaian above this counts as this value when classifying and averaging (the raw value is kept).
    # None: no cap. The seed's rule 2 (Bab III.A): above 100 % counts as 100 %.
    batas_atas: Decimal | None = Decimal(100)
    # Capaian below this counts as this value (the seed: below 0 counts as 0). None: no floor.
    batas_bawah: Decimal | None = Decimal(0)
    rata_rata: RataRata = RataRata.INDIKATOR
    efisiensi: AturanEfisiensi = field(default_factory=AturanEfisiensi)
    # An indicator (e.g. a program indicator) counts as "tercapai" when its capaian reaches this.
    ambang_tercapai: Decimal = Decimal(100)
    # "miliar" is the standard spelling; the seed writes "Milyar".
    ejaan_miliar: str = "milyar"
    desimal: int = 2
    # Survei Kepuasan Masyarakat: exact 1/9 weight, or the 0,111 printed in PermenPANRB 14/2017.
    bobot_ikm: str = "tepat"


PENGATURAN_BAWAAN = Pengaturan()

# What each setting accepts, for validation messages.
PILIHAN_BATAS_ATAS = ("tanpa", "100", "120")


class PengaturanTidakValid(ValueError):
    def __init__(self, masalah: list[tuple[str, str]]):
        self.masalah = masalah
        super().__init__("; ".join(f"{p}: {m}" for p, m in masalah))


def pengaturan_dari_dict(data: dict[str, Any] | None, dasar: Pengaturan = PENGATURAN_BAWAAN) -> Pengaturan:
    """Apply overrides (as found in a berkas or the web settings) on top of `dasar`.

    Raises `PengaturanTidakValid` listing every bad key with its path, in Indonesian.
    """
    if not data:
        return dasar
    masalah: list[tuple[str, str]] = []
    ubah: dict[str, Any] = {}
    dikenal = {f.name for f in fields(Pengaturan)}
    for kunci, nilai in data.items():
        jalur = f"pengaturan.{kunci}"
        if kunci not in dikenal:
            masalah.append((jalur, f"pengaturan '{kunci}' tidak dikenal"))
            continue
        try:
            ubah[kunci] = _baca(kunci, nilai)
        except (ValueError, AngkaTidakValid, TypeError) as exc:
            masalah.append((jalur, str(exc)))
    if masalah:
        raise PengaturanTidakValid(masalah)
    return replace(dasar, **ubah)


def _pilih(enum: type[StrEnum], nilai: Any) -> Any:
    try:
        return enum(str(nilai))
    except ValueError:
        pilihan = ", ".join(e.value for e in enum)  # type: ignore[attr-defined]
        raise ValueError(f"'{nilai}' tidak dikenal; pilihan: {pilihan}") from None


def _baca(kunci: str, nilai: Any) -> Any:
    if kunci == "skala_predikat":
        return _baca_skala(nilai)
    if kunci == "rumus_negatif":
        return _pilih(RumusNegatif, nilai)
    if kunci == "rata_rata":
        return _pilih(RataRata, nilai)
    if kunci in ("batas_atas", "batas_bawah"):
        if nilai is None or str(nilai).lower() in ("tanpa", "none", "tidak ada"):
            return None
        return ke_decimal(nilai if not isinstance(nilai, float) else str(nilai))
    if kunci == "efisiensi":
        if not isinstance(nilai, dict):
            raise ValueError("harus berupa objek {jenis, toleransi, nilai}")
        aturan = AturanEfisiensi()
        for k, v in nilai.items():
            if k == "jenis":
                aturan = replace(aturan, jenis=_pilih(JenisEfisiensi, v))
            elif k == "toleransi":
                aturan = replace(aturan, toleransi=ke_decimal(v))
            elif k == "nilai":
                aturan = replace(aturan, nilai=_pilih(NilaiEfisiensi, v))
            else:
                raise ValueError(f"kunci '{k}' tidak dikenal dalam aturan efisiensi")
        return aturan
    if kunci == "ambang_tercapai":
        return ke_decimal(nilai)
    if kunci == "ejaan_miliar":
        if nilai not in ("miliar", "milyar"):
            raise ValueError("pilihan: miliar, milyar")
        return nilai
    if kunci == "desimal":
        if not isinstance(nilai, int) or not 0 <= nilai <= 4:
            raise ValueError("harus bilangan bulat 0–4")
        return nilai
    if kunci == "bobot_ikm":
        if nilai not in ("tepat", "0,111"):
            raise ValueError("pilihan: tepat, 0,111")
        return nilai
    raise ValueError(f"pengaturan '{kunci}' tidak dikenal")  # pragma: no cover


def _baca_skala(nilai: Any) -> SkalaPredikat:
    """A built-in scale by code, or a custom one: ``{kode, nama, tingkat: [{kode, interpretasi, bawah, ...}]}``."""
    if isinstance(nilai, str):
        if nilai not in SKALA_BAWAAN:
            raise ValueError(f"skala '{nilai}' tidak dikenal; pilihan: {', '.join(SKALA_BAWAAN)}")
        return SKALA_BAWAAN[nilai]
    if not isinstance(nilai, dict) or not isinstance(nilai.get("tingkat"), list) or not nilai["tingkat"]:
        raise ValueError("skala harus berupa kode skala bawaan atau objek {kode, nama, tingkat: [...]}")
    tingkat = []
    for i, t in enumerate(nilai["tingkat"]):
        if not isinstance(t, dict) or "kode" not in t:
            raise ValueError(f"tingkat[{i}] harus berupa objek dengan 'kode'")
        tingkat.append(
            Tingkat(
                kode=str(t["kode"]),
                interpretasi=str(t.get("interpretasi", t["kode"])),
                bawah=None if t.get("bawah") is None else ke_decimal(t["bawah"]),
                atas=None if t.get("atas") is None else ke_decimal(t["atas"]),
                bawah_inklusif=bool(t.get("bawah_inklusif", False)),
                atas_inklusif=bool(t.get("atas_inklusif", True)),
                warna=str(t.get("warna", "#777777")),
            )
        )
    skala = SkalaPredikat(
        kode=str(nilai.get("kode", "khusus")), nama=str(nilai.get("nama", "Skala khusus")), tingkat=tuple(tingkat)
    )
    masalah = skala.periksa()
    if masalah:
        raise ValueError("skala tidak konsisten: " + "; ".join(masalah))
    return skala


def pengaturan_ke_dict(p: Pengaturan) -> dict[str, Any]:
    """Only the settings that differ from the defaults, in berkas form."""
    hasil: dict[str, Any] = {}
    for f in fields(Pengaturan):
        nilai = getattr(p, f.name)
        if nilai == getattr(PENGATURAN_BAWAAN, f.name):
            continue
        if isinstance(nilai, SkalaPredikat):
            hasil[f.name] = nilai.kode if SKALA_BAWAAN.get(nilai.kode) == nilai else _skala_ke_dict(nilai)
        elif isinstance(nilai, AturanEfisiensi):
            hasil[f.name] = {"jenis": nilai.jenis.value, "toleransi": nilai.toleransi, "nilai": nilai.nilai.value}
        elif isinstance(nilai, StrEnum):
            hasil[f.name] = nilai.value
        elif nilai is None:
            hasil[f.name] = "tanpa"
        else:
            hasil[f.name] = nilai
    return hasil


def _skala_ke_dict(s: SkalaPredikat) -> dict[str, Any]:
    return {
        "kode": s.kode,
        "nama": s.nama,
        "tingkat": [
            {
                "kode": t.kode,
                "interpretasi": t.interpretasi,
                "bawah": t.bawah,
                "atas": t.atas,
                "bawah_inklusif": t.bawah_inklusif,
                "atas_inklusif": t.atas_inklusif,
                "warna": t.warna,
            }
            for t in s.tingkat
        ],
    }

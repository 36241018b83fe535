"""Permendagri 90/2019 nomenclature codes: ``urusan.bidang.program.kegiatan.sub_kegiatan``.

Program ``7.01.01``, kegiatan ``7.01.01.2.02``, sub kegiatan ``7.01.01.2.02.0001``. Sub kegiatan codes had
two digits up to budget year 2023 (``7.01.01.2.02.01``) and four from 2024; both are accepted and stored
in the four-digit form, so one sub kegiatan keeps one identity across years.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Tingkat(StrEnum):
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"


# urusan (1 digit or X), bidang (2 digits or XX), program (2 digits)
_PROGRAM = r"[0-9X]\.(?:\d{2}|XX)\.\d{2}"
_KEGIATAN = _PROGRAM + r"\.\d\.\d{2}"
_POLA = re.compile(rf"^(?P<kegiatan>(?P<program>{_PROGRAM})(?:\.\d\.\d{{2}})?)(?:\.(?P<sub>\d{{2}}|\d{{4}}))?$")


class KodeTidakValid(ValueError):
    pass


def normalkan_kode(kode: str) -> str:
    """``'7.01.01.2.02.01'`` → ``'7.01.01.2.02.0001'``; program and kegiatan codes are returned as is."""
    s = kode.strip()
    m = _POLA.match(s)
    if not m or (m.group("sub") and m.group("kegiatan") == m.group("program")):
        raise KodeTidakValid(
            f"kode '{kode}' tidak sesuai pola nomenklatur (contoh: 7.01.01, 7.01.01.2.02, 7.01.01.2.02.0001)"
        )
    sub = m.group("sub")
    if sub:
        return f"{m.group('kegiatan')}.{int(sub):04d}"
    return s


def tingkat_kode(kode: str) -> Tingkat:
    k = normalkan_kode(kode)
    n = k.count(".")
    return {2: Tingkat.PROGRAM, 4: Tingkat.KEGIATAN, 5: Tingkat.SUB_KEGIATAN}[n]


def kode_induk(kode: str) -> str | None:
    """The parent code: sub kegiatan → kegiatan → program → None."""
    k = normalkan_kode(kode)
    t = tingkat_kode(k)
    if t is Tingkat.SUB_KEGIATAN:
        return k.rsplit(".", 1)[0]
    if t is Tingkat.KEGIATAN:
        return k.rsplit(".", 2)[0]
    return None


def kode_untuk_tahun(kode: str, tahun: int) -> str:
    """The form printed in a given budget year (two-digit sub kegiatan up to 2023)."""
    k = normalkan_kode(kode)
    if tingkat_kode(k) is Tingkat.SUB_KEGIATAN and tahun <= 2023:
        induk, sub = k.rsplit(".", 1)
        return f"{induk}.{int(sub):02d}"
    return k

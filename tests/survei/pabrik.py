"""Builders for survey and register data in tests."""

from __future__ import annotations

from datetime import date

from sakip.core.ikm import UNSUR, Respon


def respon(nilai: int | dict[str, int] = 4, **kw) -> Respon:
    """A respondent answering `nilai` on every unsur (or the given per-unsur answers)."""
    jawaban = {u: nilai for u in UNSUR} if isinstance(nilai, int) else dict(nilai)
    return Respon(jawaban=jawaban, **kw)


def responden_dengan_jumlah(n: int, total: int, **kw) -> list[Respon]:
    """`n` respondents whose answers add up to `total` (9n ≤ total ≤ 36n), spread as evenly as possible."""
    assert 9 * n <= total <= 36 * n
    sel = [1] * (9 * n)
    sisa = total - 9 * n
    i = 0
    while sisa:
        tambah = min(3 - (sel[i] - 1), sisa)
        sel[i] += tambah
        sisa -= tambah
        i += 1
    # Interleave so every unsur gets a share.
    hasil = []
    for r in range(n):
        hasil.append(Respon(jawaban={u: sel[k * n + r] for k, u in enumerate(UNSUR)}, **kw))
    return hasil


def tgl(s: str) -> date:
    return date.fromisoformat(s)

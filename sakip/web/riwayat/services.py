"""Recording changes. Services call `perubahan_catat` for every value they change; imports and bulk edits
call `perubahan_catat_selisih` with the before/after berkas data."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sakip.web.organisasi.akses import Aktor

from .models import Perubahan


def teks_nilai(x: Any) -> str:
    if x is None:
        return ""
    if isinstance(x, Decimal):
        return format(x, "f")
    if hasattr(x, "persis"):  # a target/realisation value: every decimal, so that 91 → 91,00119 is a change
        return x.persis()
    if isinstance(x, bool):
        return "ya" if x else "tidak"
    if isinstance(x, (list, tuple)):
        return "; ".join(teks_nilai(v) for v in x)
    return str(x)


def perubahan_catat(
    *,
    aktor: Aktor,
    pd_id: int | None,
    tahun: int | None,
    objek: str,
    medan: str,
    lama: Any,
    baru: Any,
    alasan: str = "",
    label: str = "",
    sumber: str = Perubahan.FORMULIR,
) -> Perubahan | None:
    """Record one change; nothing when the value did not change."""
    a, b = teks_nilai(lama), teks_nilai(baru)
    if a == b:
        return None
    if pd_id is not None:
        _usangkan([pd_id])
    return Perubahan.objects.create(
        pengguna=aktor.pengguna,
        nama_pengguna=aktor.nama,
        perangkat_daerah_id=pd_id,
        tahun=tahun,
        objek=objek[:120],
        label=label[:300],
        medan=medan[:200],
        nilai_lama=a,
        nilai_baru=b,
        alasan=alasan,
        sumber=sumber,
    )


def perubahan_catat_banyak(
    *,
    aktor: Aktor,
    baris: list[tuple[int | None, int | None, str, str, Any, Any]],
    alasan: str,
    sumber: str,
) -> int:
    """Record many changes at once (pd id, year, objek, kolom, old, new), unchanged values skipped; for imports
    of many rows, which would otherwise make one query per value."""
    catat = [
        Perubahan(
            pengguna=aktor.pengguna,
            nama_pengguna=aktor.nama,
            perangkat_daerah_id=pd_id,
            tahun=tahun,
            objek=objek[:120],
            medan=medan[:200],
            nilai_lama=a,
            nilai_baru=b,
            alasan=alasan,
            sumber=sumber,
        )
        for pd_id, tahun, objek, medan, lama, baru in baris
        if (a := teks_nilai(lama)) != (b := teks_nilai(baru))
    ]
    Perubahan.objects.bulk_create(catat, batch_size=500)
    _usangkan({c.perangkat_daerah_id for c in catat if c.perangkat_daerah_id is not None})
    return len(catat)


def _usangkan(pd_daftar) -> None:
    """Every recorded change to an agency's data may change what it measures (also data other apps add, which
    leave the agency-year's version alone): its kept headline figures are recomputed."""
    from sakip.web.pengukuran.ringkasan import usangkan

    for pd_id in pd_daftar:
        usangkan(pd_id)


def ratakan(data: Any, jalur: str = "", objek: str = "berkas") -> dict[str, tuple[str, str]]:
    """Berkas data → {path: (objek, value text)}. List items with an ``id`` or ``kode`` are keyed by it, so
    reordering is not a change and a record's history follows the record."""
    hasil: dict[str, tuple[str, str]] = {}
    if isinstance(data, dict):
        for k, v in data.items():
            hasil.update(ratakan(v, f"{jalur}.{k}" if jalur else str(k), objek))
    elif isinstance(data, list) and data and all(isinstance(x, dict) and ("id" in x or "kode" in x) for x in data):
        jenis = jalur.rsplit(".", 1)[-1].split("[")[0] or "butir"
        for x in data:
            kunci = x.get("id") or x.get("kode")
            hasil.update(ratakan(x, f"{jalur}[{kunci}]", f"{jenis}:{kunci}"))
    elif isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
        for i, x in enumerate(data):
            hasil.update(ratakan(x, f"{jalur}[{i}]", objek))
    else:
        hasil[jalur] = (objek, teks_nilai(data))
    return hasil


def perubahan_catat_selisih(
    *,
    aktor: Aktor,
    pd_id: int,
    tahun: int,
    sebelum: dict[str, Any] | None,
    sesudah: dict[str, Any],
    alasan: str,
    sumber: str,
) -> int:
    """Record every value that differs between two berkas dicts (an import, a bulk edit). Returns the count."""
    a = ratakan(sebelum or {})
    b = ratakan(sesudah)
    baris = []
    for jalur in sorted(set(a) | set(b)):
        lama = a.get(jalur, ("", ""))
        baru = b.get(jalur, ("", ""))
        if lama[1] == baru[1]:
            continue
        objek = baru[0] or lama[0]
        baris.append(
            Perubahan(
                pengguna=aktor.pengguna,
                nama_pengguna=aktor.nama,
                perangkat_daerah_id=pd_id,
                tahun=tahun,
                objek=objek[:120],
                medan=jalur[:200],
                nilai_lama=lama[1],
                nilai_baru=baru[1],
                alasan=alasan,
                sumber=sumber,
            )
        )
    Perubahan.objects.bulk_create(baris, batch_size=500)
    return len(baris)

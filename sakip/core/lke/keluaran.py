"""An LKE result as a table (terminal, documents, web) and as JSON-ready data (numbers as decimal strings)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..angka import bulatkan, format_angka
from ..tabel import Baris, Sel, Tabel, teks
from .hitung import HasilLke
from .model import Lke

DESIMAL = 2


def _bulat(d: Decimal | None) -> str | None:
    """2 decimals half-up as a JSON string ("72.35"); None stays None."""
    return None if d is None else format(bulatkan(d, DESIMAL), "f")


def _tepat(d: Decimal | None) -> str | None:
    return None if d is None else format(d.normalize(), "f")


def _angka(d: Decimal | None) -> Sel:
    return Sel("-" if d is None else format_angka(d, DESIMAL), d, "kanan")


def tabel_nilai_lke(h: HasilLke) -> Tabel:
    """Nilai per komponen and sub-komponen, the total and the predikat (the LHE's first table)."""
    t = Tabel(
        kode="lke",
        judul=f"Nilai Evaluasi Akuntabilitas Kinerja — {h.lke.nama}",
        kolom=["Kode", "Komponen / Sub-komponen", "Bobot", "Rata-rata kriteria", "Nilai"],
        lebar=[8, 52, 10, 14, 12],
    )
    for kom in h.komponen:
        t.baris.append(
            Baris(
                [
                    teks(kom.komponen.kode),
                    teks(kom.komponen.nama),
                    _angka(kom.komponen.bobot),
                    teks(""),
                    _angka(kom.nilai),
                ],
                "grup",
            )
        )
        for s in kom.sub:
            t.baris.append(
                Baris([teks(s.sub.kode), teks(s.sub.nama), _angka(s.sub.bobot), _angka(s.rata_rata), _angka(s.nilai)])
            )
    predikat = "-" if h.predikat is None else f"{h.predikat.kode} ({h.predikat.interpretasi})"
    t.baris.append(
        Baris(
            [teks(""), teks("Nilai Akuntabilitas Kinerja"), _angka(Decimal(100)), teks(""), _angka(h.nilai)], "jumlah"
        )
    )
    t.baris.append(
        Baris(
            [
                teks(""),
                teks("Predikat"),
                teks(""),
                teks(""),
                Sel(predikat, None if h.predikat is None else h.predikat.kode, "kanan"),
            ]
        )
    )
    if not h.lengkap:
        t.catatan.append(
            f"{len(h.belum_dijawab)} kriteria belum dijawab: nilai tidak dihitung untuk sub-komponen yang belum lengkap."
        )
    t.catatan.append(
        "Nilai sub-komponen = rata-rata nilai kriteria × bobot ÷ 100; nilai komponen = Σ sub-komponen; "
        "ditampilkan 2 desimal (pembulatan setengah ke atas)."
    )
    return t


def tabel_kriteria(lke: Lke) -> Tabel:
    t = Tabel(
        kode="kriteria",
        judul=f"Kriteria {lke.nama}",
        kolom=["Kode", "Komponen", "Sub-komponen", "Jawaban", "Kriteria"],
        lebar=[8, 20, 14, 10, 60],
    )
    for kom in lke.komponen:
        for s in kom.sub_komponen:
            for k in s.kriteria:
                t.baris.append(
                    Baris([teks(k.kode), teks(kom.nama), teks(s.nama), teks("/".join(k.jenis.nilai)), teks(k.teks)])
                )
    return t


def kriteria_ke_dict(lke: Lke) -> dict[str, Any]:
    return {
        "lke": lke.kode,
        "nama": lke.nama,
        "versi": lke.versi,
        "sumber": lke.sumber,
        "jawaban": {
            j.kode: {"nama": j.nama, "nilai": {k: _tepat(v) for k, v in j.nilai.items()}}
            for j in lke.jenis_jawaban.values()
        },
        "predikat": [
            {"kode": t.kode, "interpretasi": t.interpretasi, "rentang": t.rentang_teks()}
            for t in lke.skala_predikat.tingkat
        ],
        "kriteria": [
            {
                "kode": k.kode,
                "komponen": kom.nama,
                "sub_komponen": s.nama,
                "jenis_jawaban": k.jenis.kode,
                "teks": k.teks,
            }
            for kom in lke.komponen
            for s in kom.sub_komponen
            for k in s.kriteria
        ],
    }


def hasil_ke_dict(h: HasilLke) -> dict[str, Any]:
    """`nilai` and `predikat` at the top level; every number a decimal string (2 decimals, half-up), with the
    exact value beside it as `nilai_tepat`."""
    return {
        "lke": h.lke.kode,
        "nilai": _bulat(h.nilai),
        "nilai_tepat": _tepat(h.nilai),
        "predikat": None if h.predikat is None else h.predikat.kode,
        "interpretasi": None if h.predikat is None else h.predikat.interpretasi,
        "lengkap": h.lengkap,
        "belum_dijawab": h.belum_dijawab,
        "komponen": [
            {
                "kode": kom.komponen.kode,
                "nama": kom.komponen.nama,
                "bobot": _tepat(kom.komponen.bobot),
                "nilai": _bulat(kom.nilai),
                "nilai_tepat": _tepat(kom.nilai),
                "sub_komponen": [
                    {
                        "kode": s.sub.kode,
                        "nama": s.sub.nama,
                        "bobot": _tepat(s.sub.bobot),
                        "rata_rata": _bulat(s.rata_rata),
                        "nilai": _bulat(s.nilai),
                        "nilai_tepat": _tepat(s.nilai),
                        "kriteria": [
                            {"kode": k.kriteria.kode, "jawaban": k.jawaban, "nilai": _tepat(k.nilai)}
                            for k in s.kriteria
                        ],
                    }
                    for s in kom.sub
                ],
            }
            for kom in h.komponen
        ],
    }


def ringkas(h: HasilLke) -> str:
    """One line: "Nilai Akuntabilitas Kinerja 72,35 — predikat BB (Sangat Baik)"."""
    if h.nilai is None:
        return f"Nilai belum dapat dihitung: {len(h.belum_dijawab)} kriteria belum dijawab."
    assert h.predikat is not None
    return f"Nilai Akuntabilitas Kinerja {format_angka(h.nilai, DESIMAL)} — predikat {h.predikat.kode} ({h.predikat.interpretasi})"


__all__ = ["hasil_ke_dict", "kriteria_ke_dict", "ringkas", "tabel_kriteria", "tabel_nilai_lke"]

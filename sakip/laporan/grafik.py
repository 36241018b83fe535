"""The LKjIP's charts: data from the core's results, drawn once by Typst (`grafik_typst`) — as Typst code
inside the PDF ("typ"), as a PNG for the DOCX and as an SVG for the HTML, so every format shows the same chart.

Values are the core's results, converted to float only to be plotted; labels are formatted the Indonesian
way with `sakip.core.angka`.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sakip.core.angka import format_angka, format_persen
from sakip.core.hasil import HasilPengukuran
from sakip.core.nilai import Angka, Mutu, Nilai

from .isi import Grafik

LEBAR_TYPST = 15.5  # cm: the portrait text width


def _gambar(kode: Callable[[], str], format: str) -> bytes:
    """The chart in `format`: its Typst code ("typ"), or rendered by Typst ("png", "svg")."""
    teks = kode()
    if format == "typ":
        return teks.encode("utf-8")
    from .tulis_typst import gambar_tersendiri

    return gambar_tersendiri(teks, format)


def _angka(n: Nilai | None) -> float | None:
    if isinstance(n, Angka):
        return float(n.nilai)
    if isinstance(n, Mutu) and n.skor is not None:
        return float(n.skor)
    return None


def _persen_label(d: Decimal | None) -> str:
    return format_persen(d)


def _tik_persen(v: float) -> str:
    return f"{format_angka(Decimal(str(v)), 0)}%"


def _tik_angka(v: float) -> str:
    return format_angka(Decimal(str(v)), 0)


def _label_nilai(v: float) -> str:
    """A bar's value: two decimals, trailing zeros dropped ("95", "91,6")."""
    return format_angka(Decimal(str(v)), 2).rstrip("0").rstrip(",")


def _potong(teks: str, lebar: int = 38, maks: int = 3) -> str:
    """Wrap a long label onto lines of at most `lebar` characters (at most `maks` lines)."""
    kata = teks.split()
    baris: list[str] = []
    kini = ""
    for w in kata:
        if kini and len(kini) + 1 + len(w) > lebar:
            baris.append(kini)
            kini = w
        else:
            kini = f"{kini} {w}".strip()
    if kini:
        baris.append(kini)
    if len(baris) > maks:
        baris = [*baris[: maks - 1], baris[maks - 1] + " …"]
    return "\n".join(baris)


# --- capaian per sasaran ------------------------------------------------------------------------------------


def grafik_capaian(h: HasilPengukuran) -> Grafik | None:
    data = []
    for i, s in enumerate(h.sasaran, 1):
        for j, x in enumerate(s.indikator, 1):
            if x.capaian.dihitung and x.capaian.nilai is not None:
                label = f"Sasaran {i}" + (f".{j}" if len(s.indikator) > 1 else "")
                warna = x.predikat.warna if x.predikat else "#777777"
                data.append((f"{label}\n{_potong(x.indikator.nama, 34)}", x.capaian.nilai, warna))
    return grafik_batang_capaian(
        data,
        judul=f"Capaian Kinerja per Indikator Sasaran Tahun {h.tahun}",
        keterangan="Diagram batang capaian tiap indikator sasaran dibandingkan target 100%.",
    )


def grafik_batang_capaian(data: list[tuple[str, Decimal, str]], judul: str, keterangan: str) -> Grafik | None:
    """A horizontal bar per (label, capaian, colour) against the 100 % line; None when there is nothing to draw."""
    if not data:
        return None

    def typst() -> str:
        from . import grafik_typst as gt

        batang = [gt.BatangCapaian(label, float(v), _persen_label(v), warna) for label, v, warna in data]
        return gt.capaian(batang, LEBAR_TYPST, _tik_persen)

    return Grafik(
        lambda f: _gambar(typst, f),
        judul=judul,
        lebar_cm=16,
        tinggi_cm=max(5.5, 1.6 * len(data) + 2.3),
        keterangan=keterangan,
    )


# --- multi-year trend per indicator -------------------------------------------------------------------------


def grafik_tren(h: HasilPengukuran) -> Grafik | None:
    berkas = h.berkas
    tahun_semua = list(range(berkas.renstra.periode_awal, berkas.renstra.periode_akhir + 1))
    panel = []
    for i, s in enumerate(h.sasaran, 1):
        for x in s.indikator:
            target = {th: _angka(x.indikator.target.get(th)) for th in tahun_semua}
            target[h.tahun] = _angka(x.target) if x.target is not None else target.get(h.tahun)
            realisasi = {r.tahun: _angka(r.realisasi) for r in x.riwayat}
            if not any(v is not None for v in realisasi.values()):
                continue
            panel.append((f"Sasaran {i}: {x.indikator.nama}", x.indikator.satuan, target, realisasi))
    if not panel:
        return None

    def typst() -> str:
        from . import grafik_typst as gt

        daftar = []
        for judul, satuan, target, realisasi in panel:
            rv = [realisasi.get(th) for th in tahun_semua]
            daftar.append(
                gt.PanelTren(
                    judul=_potong(judul, 44, 2),
                    satuan=satuan,
                    tahun=[str(th) for th in tahun_semua],
                    realisasi=rv,
                    teks_realisasi=[_label_nilai(v) if v is not None else "" for v in rv],
                    target=[target.get(th) for th in tahun_semua],
                )
            )
        return gt.tren(daftar, LEBAR_TYPST, _tik_angka)

    return Grafik(
        lambda f: _gambar(typst, f),
        judul=f"Perkembangan Target dan Realisasi Indikator Sasaran {tahun_semua[0]}–{tahun_semua[-1]}",
        lebar_cm=16,
        tinggi_cm=5.4 * ((len(panel) + 1) // 2) + 0.8,
        keterangan="Realisasi (batang) dan target Renstra (garis) tiap indikator sasaran per tahun.",
    )


# --- budget absorption per program --------------------------------------------------------------------------


def grafik_serapan(h: HasilPengukuran) -> Grafik | None:
    prog = [n for n in h.anggaran.anak if n.pagu]
    if not prog:
        return None

    def typst() -> str:
        from . import grafik_typst as gt

        batang = [
            gt.BatangSerapan(
                _potong(f"Program {n.nama}", 34),
                float(n.serapan) if n.serapan is not None else 0.0,
                f"{_persen_label(n.serapan)}\nRp {format_angka(n.realisasi, 0)}\ndari Rp {format_angka(n.pagu, 0)}",
            )
            for n in prog
        ]
        return gt.serapan(batang, LEBAR_TYPST, _tik_persen)

    return Grafik(
        lambda f: _gambar(typst, f),
        judul=f"Serapan Anggaran per Program Tahun {h.tahun}",
        lebar_cm=16,
        tinggi_cm=max(5.5, 1.6 * len(prog) + 2.3),
        keterangan="Persentase serapan anggaran tiap program beserta realisasi dan pagunya.",
    )

"""Charts: drawn by Typst for the PDF (`grafik_typst`, format "typ"), by matplotlib as PNG for the DOCX and
as SVG for the HTML (and the WeasyPrint PDF).

Values are the core's results, converted to float only to be plotted; labels are formatted the Indonesian
way with `sakip.core.angka`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal
from functools import cache

from sakip.core.angka import format_angka, format_persen
from sakip.core.hasil import HasilPengukuran
from sakip.core.nilai import Angka, Mutu, Nilai

from .isi import Grafik

CM = 1 / 2.54
LEBAR_TYPST = 15.5  # cm: the portrait text width
WARNA_TARGET = "#37474f"
WARNA_REALISASI = "#1565c0"
WARNA_SERAPAN = "#2e7d32"


@cache
def _plt():
    """Import matplotlib once, headless, with fonts every Debian machine has."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib import font_manager

    tersedia = {f.name for f in font_manager.fontManager.ttflist}
    huruf = [f for f in ("Liberation Sans", "DejaVu Sans") if f in tersedia] or ["sans-serif"]
    matplotlib.rcParams.update(
        {
            "font.family": huruf,
            "font.size": 8,
            "svg.fonttype": "none",  # text stays text in the SVG (searchable in the PDF)
            "svg.hashsalt": "sakip",  # stable ids
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 8.5,
            "axes.titleweight": "bold",
            "figure.dpi": 100,
        }
    )
    return plt


def _simpan(gambar: Callable[[], object], format: str) -> bytes:
    plt = _plt()
    fig = gambar()
    buf = io.BytesIO()
    # Layouts are fixed by each chart (tight_layout or subplots_adjust), so no second "tight" pass is needed.
    if format == "svg":
        fig.savefig(buf, format="svg", metadata={"Date": None})
    else:
        fig.savefig(buf, format="png", dpi=140)
    plt.close(fig)
    return buf.getvalue()


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
                data.append((label, _potong(x.indikator.nama, 34), x.capaian.nilai, warna))
    if not data:
        return None

    def gambar():
        plt = _plt()
        tinggi = max(2.2, 0.62 * len(data) + 0.9)
        fig, ax = plt.subplots(figsize=(16 * CM, tinggi))
        y = list(range(len(data)))[::-1]
        nilai = [float(d[2]) for d in data]
        ax.barh(y, nilai, color=[d[3] for d in data], height=0.55)
        ax.axvline(100, color=WARNA_TARGET, linestyle="--", linewidth=0.9)
        ax.text(100, len(data) - 0.45, " target 100%", fontsize=7, color=WARNA_TARGET, va="bottom")
        ax.set_yticks(y, [f"{d[0]}\n{d[1]}" for d in data], fontsize=7)
        batas = max([*nilai, 100]) * 1.15
        for yy, d in zip(y, data, strict=True):
            # The value at the end of its bar, inside it (clear of the dashed target line).
            dalam = float(d[2]) > batas * 0.25
            ax.text(
                float(d[2]) - 1 if dalam else float(d[2]) + 1,
                yy,
                _persen_label(d[2]),
                va="center",
                ha="right" if dalam else "left",
                fontsize=7.5,
                fontweight="bold",
                color="white" if dalam else "black",
            )
        ax.set_xlim(0, batas)
        ax.xaxis.set_major_formatter(lambda v, _p: f"{format_angka(Decimal(str(v)), 0)}%")
        ax.set_xlabel("Capaian kinerja (%)")
        ax.set_ylim(-0.6, len(data) - 0.2)
        fig.tight_layout()
        return fig

    def typst() -> bytes:
        from . import grafik_typst as gt

        batang = [gt.BatangCapaian(f"{d[0]}\n{d[1]}", float(d[2]), _persen_label(d[2]), d[3]) for d in data]
        return gt.capaian(batang, LEBAR_TYPST, _tik_persen).encode("utf-8")

    return Grafik(
        lambda f: typst() if f == "typ" else _simpan(gambar, f),
        judul=f"Capaian Kinerja per Indikator Sasaran Tahun {h.tahun}",
        lebar_cm=16,
        tinggi_cm=max(5.5, 1.6 * len(data) + 2.3),
        keterangan="Diagram batang capaian tiap indikator sasaran dibandingkan target 100%.",
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
    kolom = 2 if len(panel) > 1 else 1
    baris = (len(panel) + kolom - 1) // kolom

    def gambar():
        plt = _plt()
        fig, axes = plt.subplots(baris, kolom, figsize=(16 * CM, 5.2 * CM * baris + 0.6), squeeze=False)
        for n, (judul, satuan, target, realisasi) in enumerate(panel):
            ax = axes[n // kolom][n % kolom]
            xs = [str(th) for th in tahun_semua]
            rv = [realisasi.get(th) for th in tahun_semua]
            tv = [target.get(th) for th in tahun_semua]
            ax.bar(xs, [v if v is not None else 0 for v in rv], color=WARNA_REALISASI, width=0.55, label="Realisasi")
            semua = [v for v in rv + tv if v is not None]
            atas = max(semua) if semua else 1
            for xx, v in zip(xs, rv, strict=True):
                if v is not None:
                    # The value inside the top of its bar, clear of the target line above it.
                    label = format_angka(Decimal(str(v)), 2).rstrip("0").rstrip(",")
                    dalam = v > atas * 0.2
                    ax.text(
                        xx,
                        v - atas * 0.03 if dalam else v,
                        label,
                        ha="center",
                        va="top" if dalam else "bottom",
                        fontsize=6.5,
                        color="white" if dalam else "black",
                        fontweight="bold",
                    )
            tx = [xx for xx, v in zip(xs, tv, strict=True) if v is not None]
            ty = [v for v in tv if v is not None]
            ax.plot(tx, ty, color=WARNA_TARGET, marker="o", markersize=3, linestyle="--", linewidth=1, label="Target")
            ax.set_title(_potong(judul, 44, 2), loc="left")
            ax.set_ylim(0, atas * 1.22)
            ax.tick_params(axis="both", labelsize=6.5)
            if satuan.strip():
                ax.set_ylabel(satuan, fontsize=6.5)
            ax.yaxis.set_major_formatter(lambda v, _p: format_angka(Decimal(str(v)), 0))
            if n == 0:
                ax.legend(fontsize=6.5, frameon=False, loc="lower right")
        for n in range(len(panel), baris * kolom):
            axes[n // kolom][n % kolom].axis("off")
        # Fixed margins: tight_layout on a grid of panels costs a full extra draw.
        fig.subplots_adjust(
            left=0.08,
            right=0.98,
            top=1 - 0.42 / (5.2 * CM * baris + 0.6),
            bottom=0.28 / (5.2 * CM * baris + 0.6),
            hspace=0.55,
            wspace=0.22,
        )
        return fig

    def typst() -> bytes:
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
        return gt.tren(daftar, LEBAR_TYPST, _tik_angka).encode("utf-8")

    return Grafik(
        lambda f: typst() if f == "typ" else _simpan(gambar, f),
        judul=f"Perkembangan Target dan Realisasi Indikator Sasaran {tahun_semua[0]}–{tahun_semua[-1]}",
        lebar_cm=16,
        tinggi_cm=5.4 * baris + 0.8,
        keterangan="Realisasi (batang) dan target Renstra (garis) tiap indikator sasaran per tahun.",
    )


# --- budget absorption per program --------------------------------------------------------------------------


def grafik_serapan(h: HasilPengukuran) -> Grafik | None:
    prog = [n for n in h.anggaran.anak if n.pagu]
    if not prog:
        return None

    def gambar():
        plt = _plt()
        tinggi = max(2.2, 0.62 * len(prog) + 0.9)
        fig, ax = plt.subplots(figsize=(16 * CM, tinggi))
        y = list(range(len(prog)))[::-1]
        serapan = [float(n.serapan) if n.serapan is not None else 0.0 for n in prog]
        ax.barh(y, [100] * len(prog), height=0.55, color="#eceff1")
        ax.barh(y, serapan, height=0.55, color=WARNA_SERAPAN)
        for yy, n, s in zip(y, prog, serapan, strict=True):
            ax.text(
                max(s, 100) + 1.5,
                yy,
                f"{_persen_label(n.serapan)}\nRp {format_angka(n.realisasi, 0)}\ndari Rp {format_angka(n.pagu, 0)}",
                va="center",
                fontsize=6.5,
                linespacing=1.15,
            )
        ax.set_yticks(y, [_potong(f"Program {n.nama}", 34) for n in prog], fontsize=7)
        ax.set_xlim(0, 150)
        ax.set_xticks([0, 20, 40, 60, 80, 100])
        ax.xaxis.set_major_formatter(lambda v, _p: f"{format_angka(Decimal(str(v)), 0)}%")
        ax.set_xlabel("Serapan anggaran (%)")
        ax.set_ylim(-0.6, len(prog) - 0.4)
        fig.tight_layout()
        return fig

    def typst() -> bytes:
        from . import grafik_typst as gt

        batang = [
            gt.BatangSerapan(
                _potong(f"Program {n.nama}", 34),
                float(n.serapan) if n.serapan is not None else 0.0,
                f"{_persen_label(n.serapan)}\nRp {format_angka(n.realisasi, 0)}\ndari Rp {format_angka(n.pagu, 0)}",
            )
            for n in prog
        ]
        return gt.serapan(batang, LEBAR_TYPST, _tik_persen).encode("utf-8")

    return Grafik(
        lambda f: typst() if f == "typ" else _simpan(gambar, f),
        judul=f"Serapan Anggaran per Program Tahun {h.tahun}",
        lebar_cm=16,
        tinggi_cm=max(5.5, 1.6 * len(prog) + 2.3),
        keterangan="Persentase serapan anggaran tiap program beserta realisasi dan pagunya.",
    )

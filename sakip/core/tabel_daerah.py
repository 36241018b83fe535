"""The district's consolidation as tables (terminal, documents and web draw the same cells)."""

from __future__ import annotations

from .angka import format_angka, format_persen
from .konsolidasi import HasilDaerah
from .tabel import Baris, Sel, Tabel, capaian_sel, persen_sel, rupiah_sel


def tabel_indikator_rpjmd(h: HasilDaerah) -> Tabel:
    t = Tabel(
        "D.1",
        f"Capaian Indikator Sasaran RPJMD {h.daerah.berkas.pemda} Tahun {h.tahun}",
        ["Sasaran RPJMD", "Indikator", "Target", "Realisasi", "Capaian", "Predikat", "Asal", "Perangkat Daerah"],
        lebar=[5, 5, 2, 2, 2, 2, 2, 5],
    )
    for s in h.sasaran:
        for n, i in enumerate(s.indikator):
            t.baris.append(
                Baris(
                    [
                        Sel(f"{s.sasaran.id} {s.sasaran.uraian}" if n == 0 else ""),
                        Sel(i.indikator.nama),
                        Sel(i.target.tampil() if i.target else "-"),
                        Sel(i.realisasi.tampil() if i.realisasi else "-"),
                        capaian_sel(i.capaian),
                        Sel(i.predikat.kode if i.predikat else "-", rata="tengah"),
                        Sel({"bappeda": "Bappeda", "konsolidasi": "konsolidasi", "belum": "belum ada"}[i.asal]),
                        Sel(", ".join(k.instansi for k in i.kontributor) or "-"),
                    ]
                )
            )
    t.catatan = [f"{i.indikator.id}: {i.penjelasan}" for s in h.sasaran for i in s.indikator]
    return t


def tabel_anggaran_sasaran(h: HasilDaerah) -> Tabel:
    t = Tabel(
        "D.2",
        f"Anggaran Seluruh Perangkat Daerah per Sasaran RPJMD Tahun {h.tahun}",
        ["Sasaran RPJMD", "Jumlah PD", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"],
        lebar=[6, 2, 3, 3, 2],
    )
    for s in h.sasaran:
        t.baris.append(
            Baris(
                [
                    Sel(f"{s.sasaran.id} {s.sasaran.uraian}"),
                    Sel(str(len(s.perangkat_daerah)), rata="kanan"),
                    rupiah_sel(s.pagu),
                    rupiah_sel(s.realisasi_anggaran),
                    persen_sel(s.serapan),
                ]
            )
        )
    t.catatan = [
        "Program yang mendukung sasaran PD yang tertaut ke lebih dari satu sasaran RPJMD dihitung pada setiap sasaran itu."
    ]
    return t


def tabel_anggaran_urusan(h: HasilDaerah) -> Tabel:
    t = Tabel(
        "D.3",
        f"Anggaran per Urusan Tahun {h.tahun}",
        ["Kode", "Urusan", "Pagu (Rp)", "Realisasi (Rp)", "Serapan"],
        lebar=[2, 6, 3, 3, 2],
    )
    for u in h.anggaran_urusan:
        t.baris.append(
            Baris([Sel(u.kode), Sel(u.nama), rupiah_sel(u.pagu), rupiah_sel(u.realisasi), persen_sel(u.serapan)])
        )
    t.baris.append(
        Baris(
            [Sel(""), Sel("Jumlah"), rupiah_sel(h.pagu), rupiah_sel(h.realisasi_anggaran), persen_sel(h.serapan)],
            "jumlah",
        )
    )
    return t


def tabel_perangkat_daerah(h: HasilDaerah) -> Tabel:
    t = Tabel(
        "D.4",
        f"Capaian Kinerja Perangkat Daerah Tahun {h.tahun}",
        ["Perangkat Daerah", "Jenis", "Rata-rata Capaian", "Predikat", "Pagu (Rp)", "Serapan", "Sasaran RPJMD"],
        lebar=[5, 2, 2, 2, 3, 2, 3],
    )
    for r in h.perangkat_daerah:
        t.baris.append(
            Baris(
                [
                    Sel(r.nama),
                    Sel(r.jenis),
                    persen_sel(r.rata_rata),
                    Sel(r.predikat.kode if r.predikat else "-", rata="tengah"),
                    rupiah_sel(r.pagu),
                    persen_sel(r.hasil.anggaran.serapan),
                    Sel(", ".join(r.sasaran_rpjmd) or "-"),
                ]
            )
        )
    sebaran = ", ".join(f"{k}: {format_angka(v, 0)}" for k, v in sorted(h.sebaran_predikat.items()))
    t.catatan = [
        f"Jumlah perangkat daerah per predikat: {sebaran or '-'}; rata-rata capaian RPJMD {format_persen(h.rata_rata)}."
    ]
    return t


def semua_tabel_daerah(h: HasilDaerah) -> list[Tabel]:
    return [tabel_indikator_rpjmd(h), tabel_anggaran_sasaran(h), tabel_anggaran_urusan(h), tabel_perangkat_daerah(h)]

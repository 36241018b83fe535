"""The district's consolidation as tables (terminal, documents and web draw the same cells)."""

from __future__ import annotations

from .angka import format_angka, format_persen
from .konsolidasi import HasilDaerah
from .tabel import Baris, Sel, Tabel, capaian_sel, persen_sel, rupiah_sel, tampil_satuan


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


# --- the RPJMD and the links behind the consolidation (the Pemda LKjIP's BAB II and appendix, the web pages) ---


def tabel_rpjmd(h: HasilDaerah) -> Tabel:
    """Tujuan and sasaran RPJMD with their indicators and the target of every year of the period."""
    r = h.daerah.berkas.rpjmd
    tahun = list(range(r.periode_awal, r.periode_akhir + 1))
    t = Tabel(
        "D.5",
        f"Tujuan, Sasaran, Indikator dan Target RPJMD {h.daerah.berkas.pemda} {r.periode_awal}–{r.periode_akhir}",
        ["Tujuan / Sasaran", "Indikator", "Satuan", *[str(x) for x in tahun]],
        lebar=[6, 5, 2, *[2] * len(tahun)],
    )

    def baris(label: str, indikator: list, jenis: str) -> None:
        if not indikator:
            t.baris.append(Baris([Sel(label), Sel("-"), Sel(""), *[Sel("") for _ in tahun]], jenis))
        for n, i in enumerate(indikator):
            target = [Sel(i.target[x].tampil() if i.target.get(x) else "-", rata="kanan") for x in tahun]
            t.baris.append(Baris([Sel(label if n == 0 else ""), Sel(i.nama), Sel(i.satuan), *target], jenis))

    for tj in r.tujuan:
        baris(f"Tujuan {tj.id}: {tj.uraian}", tj.indikator, "grup")
        for s in (s for s in r.sasaran if s.tujuan == tj.id):
            baris(f"Sasaran {s.id}: {s.uraian}", s.indikator, "data")
    return t


def tabel_pk_kepala_daerah(h: HasilDaerah) -> Tabel:
    """The year's targets of the RPJMD sasaran indicators: what the regional head is accountable for."""
    t = Tabel(
        "D.6",
        f"Sasaran, Indikator Kinerja dan Target {h.daerah.berkas.pemda} Tahun {h.tahun}",
        ["No", "Sasaran Strategis", "Indikator Kinerja", "Target"],
        lebar=[1, 7, 7, 3],
    )
    for n, s in enumerate(h.sasaran, 1):
        for k, i in enumerate(s.indikator):
            t.baris.append(
                Baris(
                    [
                        Sel(str(n) if k == 0 else "", rata="tengah"),
                        Sel(s.sasaran.uraian if k == 0 else ""),
                        Sel(i.indikator.nama),
                        Sel(tampil_satuan(i.target, i.indikator.satuan), rata="kanan"),
                    ]
                )
            )
    return t


def tabel_kontributor(h: HasilDaerah) -> Tabel:
    """Every agency indicator behind every RPJMD indicator, with its own target, realisasi and capaian."""
    t = Tabel(
        "D.7",
        f"Indikator Perangkat Daerah yang Membentuk Capaian Indikator RPJMD Tahun {h.tahun}",
        [
            "Indikator RPJMD",
            "Perangkat Daerah",
            "Indikator Perangkat Daerah",
            "Target",
            "Realisasi",
            "Capaian",
            "Kontribusi",
        ],
        lebar=[5, 4, 5, 2, 2, 2, 2],
    )
    for i in h.indikator_tujuan + h.semua_indikator_sasaran():
        if not i.kontributor:
            asal = "realisasi dicatat Bappeda" if i.asal == "bappeda" else "belum ada indikator perangkat daerah"
            t.baris.append(
                Baris(
                    [
                        Sel(f"{i.indikator.id} {i.indikator.nama}"),
                        Sel(asal),
                        Sel(""),
                        Sel(""),
                        Sel(""),
                        Sel(""),
                        Sel(""),
                    ]
                )
            )
            continue
        for n, k in enumerate(i.kontributor):
            t.baris.append(
                Baris(
                    [
                        Sel(f"{i.indikator.id} {i.indikator.nama}" if n == 0 else ""),
                        Sel(k.instansi),
                        Sel(k.indikator_opd or "(indikator tidak ditemukan)"),
                        Sel(k.target.tampil() if k.target else "-", rata="kanan"),
                        Sel(k.realisasi.tampil() if k.realisasi else "-", rata="kanan"),
                        capaian_sel(k.capaian),
                        persen_sel(k.kontribusi) if k.kontribusi is not None else Sel("-", rata="kanan"),
                    ]
                )
            )
    return t


def tabel_celah_daerah(celah: list, celah_pd: list) -> Tabel:
    """The district's cascading gaps and, per agency, the number of its own gaps."""
    t = Tabel("D.8", "Hasil Pemeriksaan Cascading Kinerja", ["No", "Lokasi", "Celah"], lebar=[1, 5, 11])
    n = 0
    for c in celah:
        n += 1
        t.baris.append(Baris([Sel(str(n), rata="tengah"), Sel(c.lokasi), Sel(c.pesan)]))
    for b, daftar in celah_pd:
        if daftar:
            n += 1
            jenis = sorted({c.jenis.value.replace("_", " ") for c in daftar})
            t.baris.append(
                Baris(
                    [
                        Sel(str(n), rata="tengah"),
                        Sel(b.instansi.nama),
                        Sel(f"{len(daftar)} celah cascading di dalam perangkat daerah: " + ", ".join(jenis)),
                    ]
                )
            )
    return t

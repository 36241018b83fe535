"""Tables of the survey (SKM) and the registers, as core `Tabel`s: the terminal, the SKM report document and
the web pages draw these same tables, so a figure cannot differ between them.

Layout follows the report PermenPANRB 14/2017 asks for: respondent profile, NRR per unsur with the
answer distribution, IKM and mutu, per service type, the trend per period, priorities (weakest unsur
first) and the suggestions.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from .angka import format_angka
from .ikm import PROFIL, AnalisisSurvei, HasilIkm
from .register import LABEL_STATUS_ADUAN, LABEL_STATUS_KEGIATAN, Aduan, KegiatanRegister
from .sumber import Dipakai, RincianRealisasi
from .sumber_periode import tampil_periode
from .tabel import Baris, Sel, Tabel
from .tanggal import format_tanggal


def _angka(d: Decimal | None, desimal: int = 2) -> Sel:
    return Sel("-" if d is None else format_angka(d, desimal), d, "kanan")


def _bulat(n: int) -> Sel:
    return Sel(format_angka(n, 0), Decimal(n), "kanan")


def _ikm_sel(h: HasilIkm) -> list[Sel]:
    return [_bulat(h.jumlah_responden), _angka(h.ikm), Sel(h.mutu.huruf, None, "tengah"), Sel(h.mutu.kinerja)]


def tabel_profil(a: AnalisisSurvei) -> Tabel:
    t = Tabel(
        "SKM.1", "Profil Responden", ["Karakteristik", "Kategori", "Jumlah", "Persentase"], lebar=[20, 24, 10, 12]
    )
    for aspek, baris in a.profil.items():
        if not any(b.jumlah for b in baris):
            continue
        for i, b in enumerate(baris):
            t.baris.append(
                Baris(
                    [
                        Sel(PROFIL[aspek].judul if i == 0 else ""),
                        Sel(b.label),
                        _bulat(b.jumlah),
                        Sel("-" if b.persen is None else f"{format_angka(b.persen, 2)}%", b.persen, "kanan"),
                    ]
                )
            )
    if not t.baris:
        t.catatan.append("Profil responden tidak dicatat.")
    return t


def tabel_nrr(h: HasilIkm, judul: str = "Nilai Rata-rata per Unsur dan Indeks Kepuasan Masyarakat") -> Tabel:
    w = "1/9" if h.bobot == "tepat" else "0,111"
    t = Tabel(
        "SKM.2",
        judul,
        [
            "No",
            "Unsur",
            "Jawaban 1",
            "Jawaban 2",
            "Jawaban 3",
            "Jawaban 4",
            "Σ nilai",
            "NRR",
            f"NRR × {w}",
            "Nilai (×25)",
            "Mutu",
        ],
        lebar=[4, 26, 7, 7, 7, 7, 8, 7, 8, 8, 5],
    )
    for u in h.unsur:
        t.baris.append(
            Baris(
                [
                    Sel(u.kode, None, "tengah"),
                    Sel(u.unsur.nama),
                    *[_bulat(c) for c in u.sebaran],
                    _bulat(u.jumlah_nilai),
                    _angka(u.nrr, 3),
                    _angka(u.nrr_tertimbang, 3),
                    _angka(u.nilai_konversi),
                    Sel(u.mutu.huruf, None, "tengah"),
                ]
            )
        )
    kosong = [Sel("")] * 6
    t.baris.append(
        Baris(
            [Sel(""), Sel("Nilai indeks (Σ NRR tertimbang)"), *kosong, _angka(h.nilai_interval, 3), Sel(""), Sel("")],
            "jumlah",
        )
    )
    t.baris.append(
        Baris(
            [
                Sel(""),
                Sel("IKM (nilai indeks × 25)"),
                *kosong,
                Sel(""),
                _angka(h.ikm),
                Sel(h.mutu.huruf, None, "tengah"),
            ],
            "jumlah",
        )
    )
    t.catatan.append(f"{h.jumlah_responden} responden. {h.rumus()}.")
    t.catatan.append(
        f"Mutu pelayanan {h.mutu.huruf} ({h.mutu.kinerja}): IKM {format_angka(h.mutu.bawah, 2)}–"
        f"{format_angka(h.mutu.atas, 2)} (dibaca pada nilai yang dibulatkan ke 2 desimal)."
    )
    if h.sampel is not None:
        t.catatan.append(h.sampel.pesan())
    return t


def tabel_per_kelompok(per: dict[str, HasilIkm], kode: str, judul: str, kolom: str) -> Tabel:
    t = Tabel(kode, judul, [kolom, "Responden", "IKM", "Mutu", "Kinerja"], lebar=[30, 10, 8, 6, 14])
    for k, h in per.items():
        t.baris.append(Baris([Sel(k), *_ikm_sel(h)]))
    return t


def tabel_jenis_layanan(a: AnalisisSurvei) -> Tabel:
    return tabel_per_kelompok(a.per_jenis_layanan, "SKM.3", "IKM per Jenis Layanan", "Jenis layanan")


def tabel_tren(a: AnalisisSurvei) -> Tabel:
    t = Tabel(
        "SKM.4",
        "Tren IKM per Periode",
        ["Periode", "Responden", "IKM", "Mutu", "Kinerja", "Perubahan"],
        lebar=[22, 10, 8, 6, 14, 10],
    )
    sebelum: Decimal | None = None
    for k, h in a.per_periode.items():
        ubah = None if sebelum is None else h.ikm_bulat - sebelum
        teks_ubah = "-" if ubah is None else (("+" if ubah > 0 else "") + format_angka(ubah, 2))
        t.baris.append(Baris([Sel(tampil_periode(k)), *_ikm_sel(h), Sel(teks_ubah, ubah, "kanan")]))
        sebelum = h.ikm_bulat
    return t


def tabel_prioritas(h: HasilIkm) -> Tabel:
    t = Tabel(
        "SKM.5",
        "Prioritas Perbaikan (unsur dengan nilai terendah lebih dahulu)",
        ["Peringkat", "Unsur", "NRR", "Nilai (×25)", "Mutu"],
        lebar=[8, 34, 8, 10, 6],
    )
    for i, u in enumerate(h.terlemah(), 1):
        t.baris.append(
            Baris(
                [
                    Sel(str(i), Decimal(i), "tengah"),
                    Sel(f"{u.kode} {u.unsur.nama}"),
                    _angka(u.nrr, 3),
                    _angka(u.nilai_konversi),
                    Sel(u.mutu.huruf, None, "tengah"),
                ]
            )
        )
    return t


def tabel_saran(a: AnalisisSurvei) -> Tabel:
    """Suggestions grouped when identical (case and spacing ignored), the most frequent first."""
    t = Tabel("SKM.6", "Saran dan Masukan Responden", ["No", "Saran/masukan", "Jumlah"], lebar=[4, 50, 8])
    hitung: Counter[str] = Counter()
    contoh: dict[str, str] = {}
    for s in a.saran:
        k = " ".join(s.casefold().split())
        hitung[k] += 1
        contoh.setdefault(k, s)
    for i, (k, n) in enumerate(sorted(hitung.items(), key=lambda x: (-x[1], x[0])), 1):
        t.baris.append(Baris([Sel(str(i), None, "tengah"), Sel(contoh[k]), _bulat(n)]))
    if not t.baris:
        t.catatan.append("Tidak ada saran yang tercatat.")
    return t


def tabel_survei(a: AnalisisSurvei) -> list[Tabel]:
    """Every table of a survey report, in the report's order."""
    if a.keseluruhan is None:
        return []
    return [
        tabel_profil(a),
        tabel_nrr(a.keseluruhan),
        tabel_jenis_layanan(a),
        tabel_tren(a),
        tabel_prioritas(a.keseluruhan),
        tabel_saran(a),
    ]


# --- registers and computed realisations --------------------------------------------------------------------


def _tgl(d) -> str:
    return "-" if d is None else format_tanggal(d)


def tabel_register_aduan(aduan: list[Aduan]) -> Tabel:
    t = Tabel(
        "REG.1",
        "Register Aduan",
        ["Nomor", "Diterima", "Kanal", "Kategori", "Ringkasan", "Penanganan", "Status", "Selesai"],
        lebar=[12, 12, 10, 14, 28, 28, 10, 12],
    )
    for a in aduan:
        t.baris.append(
            Baris(
                [
                    Sel(a.id),
                    Sel(_tgl(a.tanggal_diterima)),
                    Sel(a.kanal or "-"),
                    Sel(a.kategori or "-"),
                    Sel(a.ringkasan),
                    Sel(a.penanganan or "-"),
                    Sel(LABEL_STATUS_ADUAN[a.status]),
                    Sel(_tgl(a.tanggal_selesai)),
                ]
            )
        )
    return t


def tabel_register_kegiatan(kegiatan: list[KegiatanRegister]) -> Tabel:
    t = Tabel(
        "REG.2",
        "Register Kegiatan",
        ["Nomor", "Kegiatan", "Indikator", "Rencana", "Volume", "Status", "Dilaksanakan", "Bukti"],
        lebar=[12, 32, 8, 12, 18, 10, 12, 18],
    )
    for k in kegiatan:
        rencana = ("TW " + str(k.triwulan_rencana) if k.triwulan_rencana else "Tahun") + f" {k.tahun}"
        t.baris.append(
            Baris(
                [
                    Sel(k.id),
                    Sel(k.uraian),
                    Sel(k.indikator or "-"),
                    Sel(rencana if k.direncanakan else "di luar rencana"),
                    Sel(k.volume or "-"),
                    Sel(LABEL_STATUS_KEGIATAN[k.status]),
                    Sel(_tgl(k.tanggal_pelaksanaan)),
                    Sel("; ".join(k.bukti) or "-"),
                ]
            )
        )
    return t


def tabel_realisasi_terhitung(rincian: dict[str, RincianRealisasi], nama: dict[str, str] | None = None) -> Tabel:
    """Per indicator with a source: the computed value with its inputs, the typed value, which one counts."""
    t = Tabel(
        "REG.3",
        "Realisasi Terhitung dari Catatan",
        ["Indikator", "Sumber", "Nilai terhitung", "Nilai diketik", "Dipakai", "Keterangan"],
        lebar=[22, 22, 28, 10, 10, 24],
    )
    for k, r in rincian.items():
        manual = r.manual.tampil() if r.manual is not None else "-"
        ket = f"alasan: {r.alasan_manual.rstrip('.')}" if r.dipakai is Dipakai.MANUAL else ""
        if r.selisih:
            ket += f"; selisih {format_angka(r.selisih, 2)}"
        t.baris.append(
            Baris(
                [
                    Sel(f"{k} {nama.get(k, '') if nama else ''}".strip()),
                    Sel(r.terhitung.sumber.uraian()),
                    Sel(r.terhitung.tahunan.teks, r.terhitung.tahunan.nilai),
                    Sel(manual, getattr(r.manual, "nilai", None), "kanan"),
                    Sel("terhitung" if r.dipakai is Dipakai.TERHITUNG else "diketik"),
                    Sel(ket.strip("; ") or "-"),
                ]
            )
        )
    return t


__all__ = [
    "tabel_jenis_layanan",
    "tabel_nrr",
    "tabel_per_kelompok",
    "tabel_prioritas",
    "tabel_profil",
    "tabel_realisasi_terhitung",
    "tabel_register_aduan",
    "tabel_register_kegiatan",
    "tabel_saran",
    "tabel_survei",
    "tabel_tren",
]

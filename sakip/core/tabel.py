"""The measurement tables of a performance report, as data.

Each function turns `HasilPengukuran` into a `Tabel` (columns, rows of cells carrying both the text a
person reads and the exact value behind it). The terminal (`sakip hitung`), the documents (LKjIP DOCX/PDF)
and the web pages all draw these same tables, so a figure cannot differ between them. Numbering follows
the seed report (Tabel 3.1 … 3.8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .anggaran import NodeAnggaran
from .angka import format_angka, format_bilangan, format_persen
from .capaian import Capaian
from .hasil import HasilIndikator, HasilPengukuran
from .nilai import Angka, Nilai


@dataclass(slots=True)
class Sel:
    teks: str
    nilai: Decimal | str | None = None  # the exact value behind the text, when there is one
    rata: str = "kiri"  # "kiri" | "kanan" | "tengah"


@dataclass(slots=True)
class Baris:
    sel: list[Sel]
    jenis: str = "data"  # "data" | "grup" | "program" | "kegiatan" | "sub_kegiatan" | "rincian" | "jumlah"


@dataclass(slots=True)
class Tabel:
    kode: str  # "3.1"
    judul: str
    kolom: list[str]
    baris: list[Baris] = field(default_factory=list)
    catatan: list[str] = field(default_factory=list)
    lebar: list[int] = field(default_factory=list)  # relative column widths (for documents)

    def ke_dict(self) -> dict:
        return {
            "kode": self.kode,
            "judul": self.judul,
            "kolom": self.kolom,
            "baris": [
                {"jenis": b.jenis, "sel": [{"teks": s.teks, "nilai": _json(s.nilai)} for s in b.sel]}
                for b in self.baris
            ],
            "catatan": self.catatan,
        }


def _json(v: Decimal | str | None) -> str | None:
    if isinstance(v, Decimal):
        return format(v, "f")
    return v


def teks(t: str) -> Sel:
    return Sel(t)


def angka_sel(d: Decimal | None, desimal: int = 2, kosong: str = "-") -> Sel:
    return Sel(kosong if d is None else format_angka(d, desimal), d, "kanan")


def rupiah_sel(d: Decimal | None) -> Sel:
    return Sel("-" if d is None else format_angka(d, 0), d, "kanan")


def persen_sel(d: Decimal | None, desimal: int = 2) -> Sel:
    return Sel(format_persen(d, desimal), d, "kanan")


def capaian_sel(c: Capaian | None, desimal: int = 2) -> Sel:
    if c is None:
        return Sel("-", None, "kanan")
    return Sel(c.tampil(desimal), c.nilai, "kanan")


def tampil_satuan(n: Nilai | None, satuan: str) -> str:
    """A target or realisation as reports print it: ``91%``, ``91,5``, ``4 Dokumen``, ``B (65)``."""
    if n is None:
        return "-"
    if not isinstance(n, Angka):
        return n.tampil()
    s = satuan.strip()
    angka = format_bilangan(n.nilai)
    if s == "%":
        return f"{angka}%"
    if not s or s.lower() in ("indeks", "nilai", "skor", "angka"):
        return angka
    return f"{angka} {s}"


def nilai_sel(n: Nilai | None, satuan: str) -> Sel:
    return Sel(tampil_satuan(n, satuan), n.nilai if isinstance(n, Angka) else (n.tampil() if n else None), "kanan")


def _baris_indikator(no: str, sasaran: str, h: HasilIndikator, kolom: list[Sel]) -> Baris:
    return Baris([Sel(no, None, "tengah"), teks(sasaran), teks(h.indikator.nama), *kolom])


def _semua(h: HasilPengukuran) -> list[tuple[int, str, HasilIndikator]]:
    hasil = []
    for i, s in enumerate(h.sasaran, 1):
        for ind in s.indikator:
            hasil.append((i, s.sasaran.uraian, ind))
    return hasil


def tabel_pengukuran(h: HasilPengukuran) -> Tabel:
    """Tabel 3.1: target, realisasi and capaian of every sasaran indicator."""
    d = h.pengaturan.desimal
    t = Tabel(
        "3.1",
        f"Pengukuran Realisasi Kinerja Tahun {h.tahun}",
        [
            "No",
            "Sasaran Strategis",
            "Indikator Sasaran",
            f"Target {h.tahun}",
            f"Realisasi {h.tahun}",
            f"Capaian {h.tahun}",
            "Predikat",
        ],
        lebar=[4, 22, 26, 10, 10, 10, 8],
    )
    for no, sas, ind in _semua(h):
        satuan = ind.indikator.satuan
        t.baris.append(
            _baris_indikator(
                str(no),
                sas,
                ind,
                [
                    nilai_sel(ind.target, satuan),
                    nilai_sel(ind.realisasi, satuan),
                    capaian_sel(ind.capaian, d),
                    Sel(
                        ind.predikat.kode if ind.predikat else "-",
                        ind.predikat.kode if ind.predikat else None,
                        "tengah",
                    ),
                ],
            )
        )
    t.baris.append(
        Baris(
            [
                Sel(""),
                teks("Rata-rata capaian"),
                teks(""),
                teks(""),
                teks(""),
                persen_sel(h.rata_rata, d),
                Sel(h.predikat.kode if h.predikat else "-", None, "tengah"),
            ],
            "jumlah",
        )
    )
    p = h.pengaturan
    if p.batas_atas is not None and h.rata_rata_mentah != h.rata_rata:
        t.catatan.append(
            f"Rata-rata dihitung dengan capaian di atas {format_bilangan(p.batas_atas)}% dihitung "
            f"{format_bilangan(p.batas_atas)}% (kerangka pengukuran); tanpa batas rata-ratanya "
            f"{format_persen(h.rata_rata_mentah)}."
        )
    return t


def tabel_perbandingan_tahun(h: HasilPengukuran) -> Tabel:
    """Tabel 3.2: targets and realisations of every Renstra year up to this one."""
    tahun = list(range(h.berkas.renstra.periode_awal, h.tahun + 1))
    t = Tabel(
        "3.2",
        f"Perbandingan Capaian Kinerja Sasaran Tahun {h.tahun} dengan Tahun Sebelumnya",
        [
            "Sasaran Strategis",
            "Indikator Sasaran",
            *[f"Target {th}" for th in tahun],
            *[f"Realisasi {th}" for th in tahun],
            "Dibanding tahun lalu",
        ],
        lebar=[20, 22, *[7] * len(tahun), *[7] * len(tahun), 12],
    )
    for _, sas, ind in _semua(h):
        per = {r.tahun: r for r in ind.riwayat}
        satuan = ind.indikator.satuan
        b = ind.banding_tahun_lalu
        ket = "-" if b is None or b.arah is None else b.arah
        t.baris.append(
            Baris(
                [
                    teks(sas),
                    teks(ind.indikator.nama),
                    *[nilai_sel(per[th].target if th in per else None, satuan) for th in tahun],
                    *[nilai_sel(per[th].realisasi if th in per else None, satuan) for th in tahun],
                    Sel(ket, ket, "tengah"),
                ]
            )
        )
    return t


def tabel_renstra(h: HasilPengukuran) -> Tabel:
    """Tabel 3.3: this year's realisation against the Renstra end-of-period target."""
    d = h.pengaturan.desimal
    akhir = h.berkas.renstra.periode_akhir
    t = Tabel(
        "3.3",
        f"Perbandingan Realisasi Kinerja Tahun {h.tahun} dengan Target Jangka Menengah Renstra {akhir}",
        ["No", "Sasaran Strategis", "Indikator Sasaran", f"Target Renstra {akhir}", f"Realisasi {h.tahun}", "Capaian"],
        lebar=[4, 24, 28, 12, 12, 10],
    )
    for no, sas, ind in _semua(h):
        satuan = ind.indikator.satuan
        t.baris.append(
            _baris_indikator(
                str(no),
                sas,
                ind,
                [
                    nilai_sel(ind.target_akhir_renstra, satuan),
                    nilai_sel(ind.realisasi, satuan),
                    capaian_sel(ind.capaian_akhir_renstra, d),
                ],
            )
        )
    return t


def tabel_nasional(h: HasilPengukuran) -> Tabel:
    """Tabel 3.4: this year's realisation against the national realisation (others as notes)."""
    t = Tabel(
        "3.4",
        "Perbandingan Realisasi Kinerja dengan Realisasi Nasional",
        ["No", "Sasaran Strategis", "Indikator Sasaran", f"Realisasi {h.tahun}", "Realisasi Nasional", "Ket. (+/-)"],
        lebar=[4, 24, 28, 12, 12, 10],
    )
    for no, sas, ind in _semua(h):
        satuan = ind.indikator.satuan
        nas = [p for p in ind.pembanding if p.pembanding.tingkat == "nasional"]
        if nas:
            pb = nas[0]
            sel = [nilai_sel(pb.pembanding.nilai, satuan), angka_sel(pb.perbandingan.selisih)]
        else:
            sel = [Sel("-", None, "kanan"), Sel("-", None, "kanan")]
        t.baris.append(_baris_indikator(str(no), sas, ind, [nilai_sel(ind.realisasi, satuan), *sel]))
        for pb in ind.pembanding:
            if pb.pembanding.tingkat == "nasional":
                continue
            arah = pb.perbandingan.arah or "tidak dapat dibandingkan"
            selisih = pb.perbandingan.selisih
            rinci = f" ({format_angka(abs(selisih))} poin)" if selisih else ""
            t.catatan.append(
                f"{ind.indikator.nama}: realisasi {tampil_satuan(ind.realisasi, satuan)} {arah} dari realisasi "
                f"{pb.pembanding.nama or pb.pembanding.tingkat} {pb.pembanding.tahun} sebesar "
                f"{tampil_satuan(pb.pembanding.nilai, satuan)}{rinci}."
            )
    return t


def tabel_ikhtisar(h: HasilPengukuran) -> Tabel:
    """Tabel 3.5: capaian per indicator and sasaran with the predikat ticked on the scale in force."""
    d = h.pengaturan.desimal
    tingkat = h.pengaturan.skala_predikat.tingkat
    t = Tabel(
        "3.5",
        f"Ikhtisar Capaian Kinerja Tahun {h.tahun}",
        ["Sasaran / Indikator Sasaran", "% Capaian", *[x.interpretasi for x in tingkat]],
        lebar=[40, 10, *[6] * len(tingkat)],
    )

    def centang(kode: str | None) -> list[Sel]:
        return [Sel("✓" if kode == x.kode else "", x.kode if kode == x.kode else None, "tengah") for x in tingkat]

    for i, s in enumerate(h.sasaran, 1):
        t.baris.append(
            Baris([teks(f"Sasaran {i}: {s.sasaran.uraian}"), teks(""), *[teks("") for _ in tingkat]], "grup")
        )
        for j, ind in enumerate(s.indikator, 1):
            t.baris.append(
                Baris(
                    [
                        teks(f"Indikator {i}.{j}: {ind.indikator.nama}"),
                        capaian_sel(ind.capaian, d),
                        *centang(ind.predikat.kode if ind.predikat else None),
                    ]
                )
            )
        t.baris.append(
            Baris(
                [
                    teks("Rata-rata capaian"),
                    persen_sel(s.rata_rata, d),
                    *centang(s.predikat.kode if s.predikat else None),
                ],
                "jumlah",
            )
        )
    return t


def tabel_efisiensi(h: HasilPengukuran) -> Tabel:
    """Tabel 3.7: capaian kinerja against budget absorption per sasaran."""
    d = h.pengaturan.desimal
    aturan = h.pengaturan.efisiensi
    t = Tabel(
        "3.7",
        "Efisiensi Penggunaan Sumber Daya",
        ["Sasaran", "% Capaian Kinerja", "% Serapan Anggaran", "Tingkat Efisiensi"],
        lebar=[40, 14, 14, 14],
    )
    for s in h.sasaran:
        e = s.efisiensi
        t.baris.append(
            Baris(
                [
                    teks(s.sasaran.uraian),
                    persen_sel(e.capaian, d),
                    persen_sel(e.serapan, d),
                    Sel(e.kelas or "-", e.kelas, "tengah"),
                ]
            )
        )
    t.catatan.append(f"Aturan efisiensi: {_uraian_aturan(aturan)}.")
    return t


def _uraian_aturan(aturan) -> str:
    from .pengaturan import JenisEfisiensi

    if aturan.jenis is JenisEfisiensi.BANDING:
        return "capaian kinerja lebih besar dari serapan anggaran → Efisien, selain itu Tidak Efisien"
    if aturan.jenis is JenisEfisiensi.TOLERANSI:
        return (
            f"selisih capaian dan serapan dalam ±{format_bilangan(aturan.toleransi)} poin → Cukup Efisien, "
            "di atasnya Efisien, di bawahnya Tidak Efisien"
        )
    return "rasio capaian ÷ serapan ≥ 1 → Efisien, selain itu Tidak Efisien"


_LABEL = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan", "tidak_dirinci": ""}
_ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def romawi(n: int) -> str:
    return _ROMAWI[n - 1] if 0 < n <= len(_ROMAWI) else str(n)


def _nama_node(n: NodeAnggaran) -> str:
    if n.tingkat == "tidak_dirinci":
        return f"{n.nama} (tidak dirinci)"
    label = _LABEL.get(n.tingkat, "")
    nama = n.nama.upper() if n.tingkat == "program" else n.nama
    return f"{label}: {nama}" if label else nama


def tabel_anggaran(h: HasilPengukuran) -> Tabel:
    """Tabel 3.8: budget and realisation per program, kegiatan and sub kegiatan, with the total."""
    d = h.pengaturan.desimal
    t = Tabel(
        "3.8",
        f"Realisasi Anggaran per Program Tahun {h.tahun}",
        ["No", "Program / Kegiatan / Sub Kegiatan", "Kode", "Anggaran (Rp)", "Realisasi (Rp)", "%"],
        lebar=[5, 44, 14, 15, 15, 7],
    )
    for i, prog in enumerate(h.anggaran.anak, 1):
        for n in prog.telusuri():
            no = romawi(i) if n is prog else ""
            kode = "" if n.tingkat == "tidak_dirinci" else n.kode
            t.baris.append(
                Baris(
                    [
                        Sel(no, None, "tengah"),
                        teks(_nama_node(n)),
                        teks(kode),
                        rupiah_sel(n.pagu),
                        rupiah_sel(n.realisasi),
                        persen_sel(n.serapan, d),
                    ],
                    n.tingkat,
                )
            )
            if n.realisasi_belum_diisi and n.tingkat == "sub_kegiatan":
                t.catatan.append(f"Realisasi {n.nama} belum diisi (dihitung 0).")
    total = h.anggaran
    t.baris.append(
        Baris(
            [
                teks(""),
                teks("JUMLAH"),
                teks(""),
                rupiah_sel(total.pagu),
                rupiah_sel(total.realisasi),
                persen_sel(total.serapan, d),
            ],
            "jumlah",
        )
    )
    for n in total.telusuri():
        if n.tingkat == "tidak_dirinci":
            t.catatan.append(
                f"Baris '(tidak dirinci)' adalah jumlah yang tercetak di tingkat induknya tanpa rincian di sumber data: "
                f"{n.nama}."
            )
    return t


def tabel_komposisi(h: HasilPengukuran) -> Tabel:
    d = h.pengaturan.desimal
    k = h.komposisi
    t = Tabel(
        "komposisi",
        f"Komposisi Anggaran Belanja Tahun {h.tahun}",
        ["Jenis Belanja", "Anggaran (Rp)", "%"],
        lebar=[30, 18, 10],
    )
    t.baris.append(Baris([teks("Belanja Operasi"), rupiah_sel(k.operasi), persen_sel(k.persen_operasi, d)]))
    t.baris.append(Baris([teks("Belanja Modal"), rupiah_sel(k.modal), persen_sel(k.persen_modal, d)]))
    t.baris.append(
        Baris([teks("Jumlah"), rupiah_sel(k.total), persen_sel(Decimal(100) if k.total else None, d)], "jumlah")
    )
    return t


def tabel_refocusing(h: HasilPengukuran) -> Tabel | None:
    r = h.refocusing
    if r is None:
        return None
    t = Tabel(
        "refocusing",
        f"Refocusing Anggaran Tahun {h.tahun}",
        ["No", "Sub Kegiatan", "Pengurangan (Rp)"],
        lebar=[5, 60, 18],
    )
    for i, (_, nama, jumlah) in enumerate(r.rincian, 1):
        t.baris.append(Baris([Sel(str(i), None, "tengah"), teks(nama), rupiah_sel(jumlah)]))
    t.baris.append(Baris([teks(""), teks("Jumlah"), rupiah_sel(r.total)], "jumlah"))
    if r.selisih_dinyatakan:
        t.catatan.append(
            f"Jumlah yang dinyatakan sumber ({format_angka(r.total_dinyatakan, 0)}) berbeda "
            f"{format_angka(abs(r.selisih_dinyatakan), 0)} dari jumlah rinciannya ({format_angka(r.total, 0)})."
        )
    return t


def tabel_indikator_tujuan(h: HasilPengukuran) -> Tabel:
    d = h.pengaturan.desimal
    t = Tabel(
        "tujuan",
        f"Capaian Indikator Tujuan Tahun {h.tahun}",
        ["Tujuan", "Indikator Tujuan", f"Target {h.tahun}", f"Realisasi {h.tahun}", "Capaian"],
        lebar=[30, 30, 12, 12, 12],
    )
    uraian = {i.id: tj.uraian for tj in h.berkas.renstra.tujuan for i in tj.indikator}
    for ind in h.indikator_tujuan:
        s = ind.indikator.satuan
        t.baris.append(
            Baris(
                [
                    teks(uraian.get(ind.indikator.id, "")),
                    teks(ind.indikator.nama),
                    nilai_sel(ind.target, s),
                    nilai_sel(ind.realisasi, s),
                    capaian_sel(ind.capaian, d),
                ]
            )
        )
    return t


def tabel_indikator_program(h: HasilPengukuran) -> Tabel:
    d = h.pengaturan.desimal
    t = Tabel(
        "program",
        f"Capaian Indikator Program Tahun {h.tahun}",
        ["Program", "Indikator Program", "Target", "Realisasi", "Capaian", "Tercapai"],
        lebar=[28, 30, 10, 10, 10, 9],
    )
    for x in h.indikator_program:
        s = x.indikator.satuan
        ok = "-" if x.tercapai is None else ("Ya" if x.tercapai else "Tidak")
        t.baris.append(
            Baris(
                [
                    teks(x.nama_induk),
                    teks(x.indikator.nama),
                    nilai_sel(x.target, s),
                    nilai_sel(x.realisasi, s),
                    capaian_sel(x.capaian, d),
                    Sel(ok, ok, "tengah"),
                ]
            )
        )
    if h.indikator_program:
        from .indikator_kinerja import indikator_tercapai

        t.catatan.append(f"Indikator program yang tercapai: {indikator_tercapai(h.indikator_program).teks()}.")
    return t


def tabel_program_kegiatan(h: HasilPengukuran, sasaran_id: str) -> Tabel:
    """Tabel 3.6 for one sasaran: program → kegiatan → sub kegiatan with input (dana), output and outcome."""
    d = h.pengaturan.desimal
    hs = next(s for s in h.sasaran if s.sasaran.id == sasaran_id)
    t = Tabel(
        "3.6",
        f"Target dan Realisasi Program dan Kegiatan Pendukung Sasaran: {hs.sasaran.uraian}",
        ["No", "Program / Kegiatan / Sub Kegiatan", "Target", "Realisasi", "%"],
        lebar=[5, 55, 16, 16, 8],
    )
    sub_plan = {s.kode: s for s in h.berkas.rkt.semua_sub_kegiatan()}
    for i, kode in enumerate(hs.program, 1):
        prog = h.program(kode)
        if prog is None:
            continue
        for n in prog.telusuri():
            no = str(i) if n is prog else ""
            t.baris.append(
                Baris(
                    [
                        Sel(no, None, "tengah"),
                        teks(_nama_node(n)),
                        rupiah_sel(n.pagu),
                        rupiah_sel(n.realisasi),
                        persen_sel(n.serapan, d),
                    ],
                    n.tingkat,
                )
            )
            if n.tingkat != "sub_kegiatan":
                continue
            t.baris.append(
                Baris(
                    [
                        teks(""),
                        teks("Input: Dana"),
                        rupiah_sel(n.pagu),
                        rupiah_sel(n.realisasi),
                        persen_sel(n.serapan, d),
                    ],
                    "rincian",
                )
            )
            for o in h.output.get(n.kode, []):
                s = o.indikator.satuan or ""
                t.baris.append(
                    Baris(
                        [
                            teks(""),
                            teks(f"Output: {o.indikator.nama}"),
                            nilai_sel(o.target, s),
                            nilai_sel(o.realisasi, s),
                            capaian_sel(o.capaian, d),
                        ],
                        "rincian",
                    )
                )
            plan = sub_plan.get(n.kode)
            if plan is not None and plan.outcome:
                t.baris.append(
                    Baris([teks(""), teks(f"Outcome: {plan.outcome}"), teks(""), teks(""), teks("")], "rincian")
                )
    return t


def semua_tabel(h: HasilPengukuran) -> list[Tabel]:
    """The tables `sakip hitung` prints, in report order."""
    daftar = [
        tabel_indikator_tujuan(h),
        tabel_pengukuran(h),
        tabel_perbandingan_tahun(h),
        tabel_renstra(h),
        tabel_nasional(h),
        tabel_ikhtisar(h),
        tabel_indikator_program(h),
        tabel_efisiensi(h),
        tabel_anggaran(h),
        tabel_komposisi(h),
    ]
    ref = tabel_refocusing(h)
    if ref is not None:
        daftar.append(ref)
    return daftar

"""Generated prose: every sentence that states a figure, a count, a predikat, a comparison, an efficiency
verdict or a conclusion is written here from `HasilPengukuran`, so it varies with the results and cannot
contradict a table.

Nothing is computed here. Figures come from `sakip.core.hitung` (and are only formatted); the few
comparisons a sentence needs (above or below the target, higher or lower than last year) use the core's
`bandingkan` and the capaian as it is displayed (rounded half-up), so the words always agree with the
number a reader sees next to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from sakip.core.angka import bulatkan, format_bilangan, format_persen, format_rupiah
from sakip.core.capaian import Capaian, Polaritas, StatusCapaian
from sakip.core.efisiensi import CUKUP_EFISIEN, EFISIEN, TIDAK_EFISIEN
from sakip.core.hasil import LEBIH_RENDAH, LEBIH_TINGGI, SAMA, HasilIndikator, HasilPengukuran, HasilSasaran
from sakip.core.hitung import bandingkan
from sakip.core.nilai import Nilai
from sakip.core.pengaturan import JenisEfisiensi, NilaiEfisiensi, RataRata
from sakip.core.predikat import SkalaPredikat, Tingkat
from sakip.core.tabel import tampil_satuan
from sakip.core.terbilang import terbilang

SERATUS = Decimal(100)

MELAMPAUI = "melampaui"
TEPAT = "tepat"
DI_BAWAH = "di_bawah"
TIDAK_TERUKUR = "tidak_terukur"

# --- small words ---------------------------------------------------------------------------------------------


def bilangan(n: int) -> str:
    """``4`` → ``'4 (empat)'``, as Indonesian official prose writes counts."""
    return f"{n} ({terbilang(n)})"


def gabung(bagian: Sequence[str], kata: str = "dan") -> str:
    """``['a', 'b', 'c']`` → ``'a, b dan c'``."""
    bagian = [b for b in bagian if b]
    if not bagian:
        return ""
    if len(bagian) == 1:
        return bagian[0]
    return f"{', '.join(bagian[:-1])} {kata} {bagian[-1]}"


def predikat(t: Tingkat | None) -> str:
    """``'AA (Sangat Memuaskan)'``; the code and its interpretation always travel together."""
    if t is None:
        return "-"
    return f"{t.kode} ({t.interpretasi})"


def predikat_tinggi(t: Tingkat | None, skala: SkalaPredikat | None) -> bool:
    """One of the two best levels of the scale in force (AA and A on the AKIP scale): only then is it worth
    saying that a result below its target still earns its predikat."""
    return t is not None and skala is not None and t in skala.tingkat[:2]


def nilai(n: Nilai | None, satuan: str) -> str:
    return tampil_satuan(n, satuan)


def persen(d: Decimal | None) -> str:
    return format_persen(d)


def rupiah(d: Decimal | None) -> str:
    return format_rupiah(d)


def satuan_selisih(satuan: str) -> str:
    s = satuan.strip()
    if s in ("%",) or s.lower() in ("", "indeks", "nilai", "skor", "angka"):
        return "poin"
    return s


def selisih_teks(selisih: Decimal | None, satuan: str) -> str:
    if selisih is None:
        return ""
    return f"{format_bilangan(abs(selisih))} {satuan_selisih(satuan)}"


def status_target(c: Capaian | None) -> str:
    """Above, at or below the target, judged on the capaian as displayed (two decimals, half-up)."""
    if c is None or not c.dihitung or c.nilai is None:
        return TIDAK_TERUKUR
    v = bulatkan(c.nilai, 2)
    if v > SERATUS:
        return MELAMPAUI
    if v == SERATUS:
        return TEPAT
    return DI_BAWAH


def frasa_status(status: str) -> str:
    return {
        MELAMPAUI: "melampaui target",
        TEPAT: "tepat mencapai target",
        DI_BAWAH: "belum mencapai target",
        TIDAK_TERUKUR: "belum dapat diukur",
    }[status]


def alasan_tidak_terukur(c: Capaian) -> str:
    if c.status is StatusCapaian.BELUM_DIISI:
        if "target" in c.alasan:
            return "targetnya belum ditetapkan"
        return "realisasinya belum diisi"
    return f"capaiannya tidak dapat dihitung ({c.alasan})"


def nama_sasaran(i: int) -> str:
    return f"Sasaran {i}"


def _polaritas(h: HasilIndikator) -> Polaritas:
    return h.indikator.polaritas or Polaritas.POSITIF


# --- one indicator -------------------------------------------------------------------------------------------


def kalimat_capaian(h: HasilIndikator, tahun: int, skala: SkalaPredikat | None = None) -> str:
    """Analysis (1): target against realisation, capaian, predikat, and how far from the target."""
    ind = h.indikator
    s = ind.satuan
    c = h.capaian
    if not c.dihitung:
        target = f"ditargetkan {nilai(h.target, s)} pada tahun {tahun}" if h.target is not None else "belum bertarget"
        return (
            f"Indikator {ind.nama} {target}, tetapi {alasan_tidak_terukur(c)}, sehingga capaiannya belum dapat diukur."
        )
    st = status_target(c)
    kal = (
        f"Indikator {ind.nama} ditargetkan {nilai(h.target, s)} pada tahun {tahun} dan terealisasi "
        f"{nilai(h.realisasi, s)}, sehingga capaiannya {c.tampil()} dengan predikat {predikat(h.predikat)}."
    )
    b = bandingkan(h.realisasi, h.target, _polaritas(h))
    jarak = selisih_teks(b.selisih, s) if b.selisih else ""
    if st == MELAMPAUI:
        kal += " Realisasi ini melampaui target" + (f" sebesar {jarak}." if jarak else ".")
    elif st == TEPAT:
        kal += " Realisasi ini tepat memenuhi target."
    else:
        kal += " Realisasi ini belum mencapai target" + (f"; selisihnya {jarak}." if jarak else ".")
        if predikat_tinggi(h.predikat, skala):
            kal += (
                f" Meskipun demikian, capaian {c.tampil()} masih berada pada predikat {predikat(h.predikat)} "
                "menurut skala pengukuran yang berlaku."
            )
    if c.nilai_olah is not None and c.nilai is not None and c.nilai_olah != c.nilai:
        kal += (
            f" Sesuai kerangka pengukuran, capaian {c.tampil()} dihitung {format_persen(c.nilai_olah)} "
            "dalam penentuan predikat dan rata-rata."
        )
    return kal


def kalimat_tahun_lalu(h: HasilIndikator, tahun: int) -> str:
    """Analysis (2): this year's realisation and capaian against earlier years."""
    s = h.indikator.satuan
    lalu = [r for r in h.riwayat if r.tahun < tahun]
    terisi = [r for r in lalu if r.realisasi is not None]
    if not terisi:
        return (
            f"Realisasi indikator {h.indikator.nama} pada tahun-tahun sebelumnya belum tersedia, sehingga "
            "perbandingan dengan tahun sebelumnya belum dapat dilakukan."
        )
    r0 = terisi[-1]
    pol = _polaritas(h)
    b = h.banding_tahun_lalu if r0.tahun == tahun - 1 else bandingkan(h.realisasi, r0.realisasi, pol)
    bagian = []
    # "tingkat pencapaian": a figure of another year, kept apart from this year's capaian in the wording.
    cap0 = f" (tingkat pencapaian {r0.capaian.tampil()})" if r0.capaian.dihitung else ""
    target0 = f" dari target {nilai(r0.target, s)}" if r0.target is not None else ""
    bagian.append(
        f"Pada tahun {r0.tahun}, realisasi indikator {h.indikator.nama} sebesar {nilai(r0.realisasi, s)}"
        f"{target0}{cap0}."
    )
    if h.realisasi is None or b is None or b.arah is None:
        bagian.append(f"Realisasi tahun {tahun} belum dapat dibandingkan dengan tahun {r0.tahun}.")
        return " ".join(bagian)
    if b.arah == SAMA:
        bagian.append(f"Realisasi tahun {tahun} sama dengan tahun {r0.tahun}, yaitu {nilai(h.realisasi, s)}.")
    else:
        arah = "lebih tinggi" if b.arah == LEBIH_TINGGI else "lebih rendah"
        akibat = ""
        if b.membaik is True:
            akibat = ", yang menunjukkan peningkatan kinerja"
        elif b.membaik is False:
            akibat = ", yang menunjukkan penurunan kinerja"
        bagian.append(
            f"Realisasi tahun {tahun} sebesar {nilai(h.realisasi, s)} {arah} {selisih_teks(b.selisih, s)} "
            f"dibandingkan tahun {r0.tahun}{akibat}."
        )
    c = h.capaian
    if r0.capaian.dihitung and c.dihitung:
        bc = bandingkan(c.nilai, r0.capaian.nilai, Polaritas.POSITIF)
        if bc.arah == SAMA or bulatkan(c.nilai, 2) == bulatkan(r0.capaian.nilai, 2):
            bagian.append(f"Capaiannya sama dengan tahun {r0.tahun}, yaitu {c.tampil()}.")
        else:
            naik = bc.arah == LEBIH_TINGGI
            gerak = "naik" if naik else "turun"
            bt = bandingkan(h.target, r0.target, Polaritas.POSITIF)
            alasan = ""
            realisasi_searah = b.arah == SAMA or (b.membaik is True) == naik
            if not realisasi_searah or b.arah == SAMA:
                if bt.arah in (LEBIH_TINGGI, LEBIH_RENDAH):
                    kata = "naik" if bt.arah == LEBIH_TINGGI else "turun"
                    alasan = (
                        f" karena target {kata} dari {nilai(r0.target, s)} menjadi {nilai(h.target, s)}"
                        if b.arah == SAMA
                        else f"; perubahan ini juga dipengaruhi target yang {kata} dari {nilai(r0.target, s)} "
                        f"menjadi {nilai(h.target, s)}"
                    )
            bagian.append(f"Capaiannya {gerak} dari {r0.capaian.tampil()} menjadi {c.tampil()}{alasan}.")
    return " ".join(bagian)


def kalimat_renstra(h: HasilIndikator, tahun: int, akhir: int) -> str:
    """Analysis (3): realisation against the Renstra end-of-period target."""
    s = h.indikator.satuan
    if h.target_akhir_renstra is None:
        return f"Target akhir periode Renstra (tahun {akhir}) untuk indikator {h.indikator.nama} belum ditetapkan."
    c = h.capaian_akhir_renstra
    t_akhir = nilai(h.target_akhir_renstra, s)
    if c is None or not c.dihitung:
        return (
            f"Target akhir periode Renstra tahun {akhir} untuk indikator {h.indikator.nama} adalah {t_akhir}; "
            f"perbandingan belum dapat dilakukan karena {alasan_tidak_terukur(c) if c else 'realisasinya belum diisi'}."
        )
    st = status_target(c)
    r = nilai(h.realisasi, s)
    if st == MELAMPAUI:
        return (
            f"Realisasi tahun {tahun} sebesar {r} telah melampaui target akhir periode Renstra tahun {akhir} "
            f"sebesar {t_akhir}, atau {c.tampil()} dari target akhir tersebut."
        )
    if st == TEPAT:
        return (
            f"Realisasi tahun {tahun} sebesar {r} telah memenuhi target akhir periode Renstra tahun {akhir} "
            f"sebesar {t_akhir} ({c.tampil()} dari target akhir tersebut)."
        )
    b = bandingkan(h.target_akhir_renstra, h.realisasi, _polaritas(h))
    jarak = f" Masih diperlukan peningkatan kinerja sebesar {selisih_teks(b.selisih, s)}" if b.selisih else ""
    return (
        f"Dibandingkan target akhir periode Renstra tahun {akhir} sebesar {t_akhir}, realisasi tahun {tahun} "
        f"sebesar {r} baru setara {c.tampil()} dari target akhir tersebut."
        + (f"{jarak} untuk memenuhi target tersebut pada akhir periode Renstra." if jarak else "")
    )


def kalimat_pembanding(h: HasilIndikator, tahun: int, instansi: str) -> str:
    """Analysis (4): against the national realisation, and any other reference value recorded."""
    s = h.indikator.satuan
    bagian = []
    nasional = [p for p in h.pembanding if p.pembanding.tingkat == "nasional"]
    if nasional:
        p = nasional[0]
        bagian.append(_kalimat_satu_pembanding(h, p, instansi, "realisasi nasional"))
    else:
        bagian.append(
            f"Tidak tersedia data realisasi nasional tahun {tahun} untuk indikator {h.indikator.nama}, sehingga "
            "perbandingan dengan realisasi nasional tidak dapat dilakukan."
        )
    lain = [p for p in h.pembanding if p.pembanding.tingkat != "nasional"]
    for p in lain:
        label = f"realisasi {p.pembanding.nama or p.pembanding.tingkat}"
        bagian.append("Sebagai pembanding, " + _kalimat_satu_pembanding(h, p, instansi, label, awal_kecil=True))
    del s
    return " ".join(bagian)


def _kalimat_satu_pembanding(h: HasilIndikator, p, instansi: str, label: str, *, awal_kecil: bool = False) -> str:
    s = h.indikator.satuan
    pb = p.pembanding
    b = p.perbandingan
    kal = f"{label} tahun {pb.tahun} sebesar {nilai(pb.nilai, s)}"
    if b.arah is None or h.realisasi is None:
        kal += "; realisasi tidak dapat dibandingkan dengannya."
    elif b.arah == SAMA:
        kal += f", sama dengan realisasi {instansi} ({nilai(h.realisasi, s)})."
    else:
        arah = "lebih tinggi" if b.arah == LEBIH_TINGGI else "lebih rendah"
        nilai_kinerja = ""
        if b.membaik is True:
            nilai_kinerja = f", sehingga kinerja {instansi} pada indikator ini lebih baik"
        elif b.membaik is False:
            nilai_kinerja = f", sehingga kinerja {instansi} pada indikator ini belum sebaik pembandingnya"
        kal += (
            f", sedangkan realisasi {instansi} sebesar {nilai(h.realisasi, s)}, {arah} "
            f"{selisih_teks(b.selisih, s)}{nilai_kinerja}."
        )
    if not awal_kecil:
        kal = kal[0].upper() + kal[1:]
    return kal


# --- one sasaran ---------------------------------------------------------------------------------------------


def seluruh(n: int, benda: str) -> str:
    """``4, "indikator"`` → ``'keempat indikator'``; 1 → ``'satu-satunya indikator'``; above ten: ``'seluruh 12 indikator'``."""
    if n == 1:
        return f"satu-satunya {benda}"
    if n <= 10:
        return f"ke{terbilang(n)} {benda}"
    return f"seluruh {n} {benda}"


def kalimat_rata_sasaran(i: int, hs: HasilSasaran, subjek: str | None = None) -> str:
    """How a sasaran scored: its one indicator, or the average of several."""
    n = len(hs.indikator)
    subjek = subjek or nama_sasaran(i)
    if n == 0:
        return f"{subjek} belum memiliki indikator sehingga capaiannya tidak dapat diukur."
    if hs.rata_rata is None:
        return f"Capaian {subjek.lower() if subjek == 'Sasaran ini' else subjek} belum dapat diukur karena capaian indikatornya belum tersedia."
    if n == 1:
        h = hs.indikator[0]
        kal = (
            f"{subjek} diukur dengan 1 (satu) indikator, yaitu {h.indikator.nama}, dengan capaian "
            f"{h.capaian.tampil()} ({frasa_status(status_target(h.capaian))}), sehingga memperoleh predikat "
            f"{predikat(hs.predikat)}."
        )
        if hs.rata_rata != h.capaian.nilai:
            kal += f" Sesuai kerangka pengukuran, capaian sasaran dihitung {persen(hs.rata_rata)} untuk predikat dan rata-rata."
        return kal
    return (
        f"{subjek} diukur dengan {bilangan(n)} indikator dengan rata-rata capaian {persen(hs.rata_rata)}, "
        f"sehingga memperoleh predikat {predikat(hs.predikat)}."
    )


def kalimat_efisiensi(i: int, hs: HasilSasaran, h: HasilPengukuran) -> str:
    """Analysis (6): the sasaran's budget and the efficiency verdict, in the district's rule."""
    e = hs.efisiensi
    node = hs.anggaran
    aturan = h.pengaturan.efisiensi
    if not hs.program:
        return (
            f"{nama_sasaran(i)} tidak dikaitkan dengan program yang beranggaran, sehingga efisiensi penggunaan "
            "sumber dayanya tidak dapat dinilai."
        )
    nama_prog = [_nama_program(h, k) for k in hs.program]
    kal = (
        f"{nama_sasaran(i)} didukung anggaran sebesar {rupiah(node.pagu)} melalui "
        f"{gabung(nama_prog)}, dengan realisasi {rupiah(node.realisasi)} atau serapan {persen(node.serapan)}."
    )
    if e.kelas is None:
        return kal + f" Efisiensinya belum dapat dinilai karena {e.penjelasan.removeprefix('tidak dapat dinilai: ')}."
    if aturan.jenis is JenisEfisiensi.BANDING:
        b = bandingkan(e.capaian, e.serapan, Polaritas.POSITIF)
        if e.kelas == EFISIEN:
            kal += (
                f" Capaian kinerja sasaran sebesar {persen(e.capaian)} lebih tinggi daripada serapan anggaran "
                f"{persen(e.serapan)}, sehingga penggunaan sumber daya pada sasaran ini dinilai efisien: hasil yang "
                "dicapai lebih besar daripada proporsi anggaran yang digunakan."
            )
        else:
            kata = "sama dengan" if b.arah == SAMA else "lebih rendah daripada"
            kal += (
                f" Capaian kinerja sasaran sebesar {persen(e.capaian)} {kata} serapan anggaran {persen(e.serapan)}, "
                "sehingga penggunaan sumber daya pada sasaran ini dinilai tidak efisien: proporsi anggaran yang "
                "digunakan belum diimbangi hasil kinerja yang sepadan."
            )
    else:
        nama_aturan = "toleransi" if aturan.jenis is JenisEfisiensi.TOLERANSI else "rasio"
        kal += (
            f" Menurut aturan efisiensi ({nama_aturan}), {e.penjelasan}; penggunaan sumber daya pada sasaran ini "
            f"dinilai {e.kelas.lower()}."
        )
    if aturan.nilai is NilaiEfisiensi.MENTAH and hs.rata_rata is not None and hs.rata_rata != hs.rata_rata_mentah:
        kal += (
            f" Perbandingan ini memakai capaian tanpa pembatasan ({persen(e.capaian)}), sedangkan untuk predikat "
            f"capaian sasaran dihitung {persen(hs.rata_rata)}."
        )
    return kal


def _nama_program(h: HasilPengukuran, kode: str) -> str:
    n = h.program(kode)
    return f"Program {n.nama}" if n is not None else f"program {kode}"


# --- the whole year ------------------------------------------------------------------------------------------


def kalimat_rata_rata(h: HasilPengukuran) -> str:
    semua = h.semua_indikator_sasaran()
    n = len(semua)
    if h.rata_rata is None:
        return f"Rata-rata capaian belum dapat dihitung karena capaian {bilangan(n)} indikator sasaran belum tersedia."
    p = h.pengaturan
    if p.rata_rata is RataRata.SASARAN:
        dasar = f"rata-rata capaian {bilangan(len(h.sasaran))} sasaran"
    else:
        terukur = [x for x in semua if x.capaian.dihitung]
        dasar = f"rata-rata capaian {bilangan(len(terukur))} indikator sasaran"
        if len(terukur) != n:
            dasar += f" yang dapat diukur (dari {n} indikator)"
    kal = f"Secara keseluruhan, {dasar} adalah {persen(h.rata_rata)} dengan predikat {predikat(h.predikat)}."
    if h.rata_rata_mentah is not None and h.rata_rata_mentah != h.rata_rata and p.batas_atas is not None:
        kal += (
            f" Sesuai kerangka pengukuran, capaian di atas {format_bilangan(p.batas_atas)}% dihitung "
            f"{format_bilangan(p.batas_atas)}% dalam rata-rata; tanpa pembatasan tersebut rata-ratanya "
            f"{persen(h.rata_rata_mentah)}."
        )
    return kal


def kalimat_sebaran(h: HasilPengukuran) -> str:
    """How many indicators fall in each predikat, best level first."""
    semua = h.semua_indikator_sasaran()
    bagian = []
    for t in h.pengaturan.skala_predikat.tingkat:
        n = h.sebaran_predikat.get(t.kode, 0)
        if n:
            bagian.append(f"{bilangan(n)} indikator berpredikat {predikat(t)}")
    if not bagian:
        return "Belum ada indikator sasaran yang dapat diberi predikat."
    jumlah_berpredikat = sum(1 for x in semua if x.predikat is not None)
    if len(bagian) == 1 and jumlah_berpredikat == len(semua):
        t = next(x for x in h.pengaturan.skala_predikat.tingkat if h.sebaran_predikat.get(x.kode))
        return f"Berdasarkan skala predikat, {seluruh(len(semua), 'indikator sasaran')} berpredikat {predikat(t)}."
    kal = f"Berdasarkan skala predikat, {gabung(bagian)}."
    tanpa = len(semua) - jumlah_berpredikat
    if tanpa:
        kal += f" Sebanyak {bilangan(tanpa)} indikator belum dapat diberi predikat karena capaiannya belum terukur."
    return kal


def kelompok_status(h: HasilPengukuran) -> dict[str, list[tuple[int, HasilIndikator]]]:
    hasil: dict[str, list[tuple[int, HasilIndikator]]] = {MELAMPAUI: [], TEPAT: [], DI_BAWAH: [], TIDAK_TERUKUR: []}
    for i, s in enumerate(h.sasaran, 1):
        for x in s.indikator:
            hasil[status_target(x.capaian)].append((i, x))
    return hasil


def sebut_indikator(daftar: list[tuple[int, HasilIndikator]], dengan_capaian: bool = False) -> str:
    bagian = []
    for i, x in daftar:
        cap = f", capaian {x.capaian.tampil()}" if dengan_capaian and x.capaian.dihitung else ""
        bagian.append(f"{x.indikator.nama} ({nama_sasaran(i)}{cap})")
    return gabung(bagian)


def kalimat_target(h: HasilPengukuran) -> str:
    """How many indicators are above, at and below their target, naming them."""
    k = kelompok_status(h)
    n = len(h.semua_indikator_sasaran())
    if n == 0:
        return "Belum ada indikator sasaran yang ditetapkan."
    bagian = []
    if k[MELAMPAUI]:
        bagian.append(
            f"{bilangan(len(k[MELAMPAUI]))} indikator melampaui target, yaitu {sebut_indikator(k[MELAMPAUI])}"
        )
    if k[TEPAT]:
        bagian.append(f"{bilangan(len(k[TEPAT]))} indikator tepat mencapai target, yaitu {sebut_indikator(k[TEPAT])}")
    if k[DI_BAWAH]:
        bagian.append(
            f"{bilangan(len(k[DI_BAWAH]))} indikator belum mencapai target, yaitu {sebut_indikator(k[DI_BAWAH], True)}"
        )
    if k[TIDAK_TERUKUR]:
        bagian.append(
            f"{bilangan(len(k[TIDAK_TERUKUR]))} indikator belum dapat diukur, yaitu {sebut_indikator(k[TIDAK_TERUKUR])}"
        )
    if len(bagian) == 1 and not k[TIDAK_TERUKUR]:
        kata = {
            MELAMPAUI: "melampaui target",
            TEPAT: "tepat mencapai target",
            DI_BAWAH: "belum mencapai target",
        }[next(s for s in (MELAMPAUI, TEPAT, DI_BAWAH) if k[s])]
        kal = seluruh(n, "indikator sasaran")
        return f"{kal[0].upper()}{kal[1:]} {kata}."
    return f"Dari {bilangan(n)} indikator sasaran, " + "; ".join(bagian) + "."


def kalimat_di_bawah_tetap_predikat(h: HasilPengukuran) -> str:
    """When an indicator below target still earns a high predikat, say so, so the two never look contradictory."""
    k = kelompok_status(h)
    if not k[DI_BAWAH]:
        return ""
    per_predikat: dict[str, list[tuple[int, HasilIndikator]]] = {}
    for i, x in k[DI_BAWAH]:
        if predikat_tinggi(x.predikat, h.pengaturan.skala_predikat):
            per_predikat.setdefault(predikat(x.predikat), []).append((i, x))
    bagian = [f"{sebut_indikator(d)} berpredikat {p}" for p, d in per_predikat.items()]
    if not bagian:
        return ""
    return (
        "Predikat ditentukan oleh besarnya capaian menurut skala pengukuran, sehingga indikator yang belum "
        f"mencapai target tetap dapat memperoleh predikat tinggi: {gabung(bagian)}."
    )


def kalimat_efisiensi_ringkas(h: HasilPengukuran) -> str:
    """The efficiency verdicts of all sasaran, naming the sasaran in each class."""
    kelas: dict[str, list[int]] = {}
    for i, s in enumerate(h.sasaran, 1):
        kelas.setdefault(s.efisiensi.kelas or "", []).append(i)
    n = len(h.sasaran)
    if not n:
        return ""
    urutan = [EFISIEN, CUKUP_EFISIEN, TIDAK_EFISIEN, ""]
    ada = [k for k in urutan if kelas.get(k)]
    if len(ada) == 1:
        k = ada[0]
        if k == "":
            return "Efisiensi penggunaan sumber daya belum dapat dinilai pada sasaran mana pun."
        return f"Hasil analisis efisiensi menunjukkan {seluruh(n, 'sasaran')} dinilai {k.lower()}."
    bagian = []
    for k in ada:
        daftar = "Sasaran " + gabung([str(i) for i in kelas[k]])
        if k == "":
            bagian.append(f"efisiensi {daftar} belum dapat dinilai")
        else:
            bagian.append(f"{daftar} dinilai {k.lower()}")
    kal = ", ".join(bagian[:-1]) + ", sedangkan " + bagian[-1]
    return f"Hasil analisis efisiensi menunjukkan bahwa {kal}."


def kalimat_jumlah(h: HasilPengukuran, instansi: str) -> str:
    j = h.jumlah
    kal = (
        f"Dalam rangka mewujudkan tujuan dan sasaran tahun {h.tahun}, {instansi} melaksanakan "
        f"{bilangan(j.program)} program, {bilangan(j.kegiatan)} kegiatan dan {bilangan(j.sub_kegiatan)} sub kegiatan"
    )
    if j.kegiatan_tidak_dirinci or j.sub_kegiatan_tidak_dirinci:
        # Written in words only: these are parts of the counts above, not counts of their own.
        rinci = []
        if j.kegiatan_tidak_dirinci:
            rinci.append(f"{terbilang(j.kegiatan_tidak_dirinci)} kegiatan")
        if j.sub_kegiatan_tidak_dirinci:
            rinci.append(f"{terbilang(j.sub_kegiatan_tidak_dirinci)} sub kegiatan")
        kal += (
            f'; anggaran {gabung(rinci)} di antaranya tercatat tanpa rincian (baris "tidak dirinci" pada '
            "tabel anggaran)"
        )
    return kal + "."


def kalimat_anggaran(h: HasilPengukuran) -> str:
    a = h.anggaran
    return (
        f"Realisasi anggaran tahun {h.tahun} sebesar {rupiah(a.realisasi)} dari pagu {rupiah(a.pagu)}, "
        f"atau serapan {persen(a.serapan)}."
    )


def kalimat_komposisi(h: HasilPengukuran) -> str:
    k = h.komposisi
    return (
        f"Anggaran tersebut terdiri atas Belanja Operasi sebesar {rupiah(k.operasi)} ({persen(k.persen_operasi)}) "
        f"dan Belanja Modal sebesar {rupiah(k.modal)} ({persen(k.persen_modal)})."
    )


def kalimat_anggaran_lalu(h: HasilPengukuran) -> list[str]:
    hasil = []
    for a in h.anggaran_lalu:
        kal = (
            f"Pada tahun {a.tahun}, dari anggaran {rupiah(a.pagu)} terealisasi {rupiah(a.realisasi)} "
            f"atau {persen(a.serapan)}."
        )
        if a.selisih_poin is not None and h.anggaran.serapan is not None:
            d = bulatkan(a.selisih_poin, 2)
            if d > 0:
                kal += f" Serapan tahun {h.tahun} naik {format_bilangan(abs(a.selisih_poin))} poin persentase."
            elif d < 0:
                kal += f" Serapan tahun {h.tahun} turun {format_bilangan(abs(a.selisih_poin))} poin persentase."
            else:
                kal += f" Serapan tahun {h.tahun} sama dengan tahun {a.tahun}."
        hasil.append(kal)
    return hasil


def kalimat_serapan_program(h: HasilPengukuran) -> str:
    prog = [n for n in h.anggaran.anak if n.serapan is not None]
    if len(prog) < 2:
        return ""
    tinggi = max(prog, key=lambda n: n.serapan)
    rendah = min(prog, key=lambda n: n.serapan)
    if bulatkan(tinggi.serapan, 2) == bulatkan(rendah.serapan, 2):
        return f"Serapan anggaran seluruh program sama, yaitu {persen(tinggi.serapan)}."
    return (
        f"Serapan tertinggi terdapat pada Program {tinggi.nama} ({persen(tinggi.serapan)}), sedangkan serapan "
        f"terendah pada Program {rendah.nama} ({persen(rendah.serapan)})."
    )


__all__ = [
    "DI_BAWAH",
    "MELAMPAUI",
    "TEPAT",
    "TIDAK_TERUKUR",
    "bilangan",
    "frasa_status",
    "gabung",
    "kalimat_anggaran",
    "kalimat_anggaran_lalu",
    "kalimat_capaian",
    "kalimat_di_bawah_tetap_predikat",
    "kalimat_efisiensi",
    "kalimat_efisiensi_ringkas",
    "kalimat_jumlah",
    "kalimat_komposisi",
    "kalimat_pembanding",
    "kalimat_rata_rata",
    "kalimat_rata_sasaran",
    "kalimat_renstra",
    "kalimat_sebaran",
    "kalimat_serapan_program",
    "kalimat_tahun_lalu",
    "kalimat_target",
    "kelompok_status",
    "predikat",
    "sebut_indikator",
    "status_target",
]

"""Survei Kepuasan Masyarakat (SKM) and its index (IKM), PermenPANRB 14/2017.

Nine elements (unsur) U1–U9, each answered 1–4. Per unsur the NRR (nilai rata-rata) is the mean of its
answers; the index is ``IKM = Σ(NRR × 1/9) × 25`` on a 25–100 scale. The regulation prints the weight as
0,111, which makes a perfect survey 99,90: the exact 1/9 is used unless the district's setting
``bobot_ikm`` says ``"0,111"``. Mutu pelayanan (A–D) is read from the IKM rounded half-up to 2 decimals.

Answers are always keyed by unsur (``{"U1": 4, ..., "U9": 3}``), never by their position on a form: many
questionnaires ask about sarana (U9) before pengaduan (U8).

Counting first, arithmetic last: answers are tallied per unsur and value (`Tally`), then NRR and IKM are
computed once from the tallies with exact decimals, so 100.000 responses cost one pass of integer additions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, localcontext
from typing import Any

from .angka import KONTEKS, bagi, bulatkan, format_angka, persen
from .sumber_periode import Periode, PeriodeTidakValid, parse_periode, periode_bulan, periode_triwulan, triwulan_dari

# --- the nine unsur and the standard questionnaire ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Unsur:
    kode: str
    nama: str
    pertanyaan: str
    pilihan: tuple[str, str, str, str]  # the labels of answers 1, 2, 3, 4


DAFTAR_UNSUR: tuple[Unsur, ...] = (
    Unsur(
        "U1",
        "Persyaratan",
        "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Unsur(
        "U2",
        "Sistem, mekanisme dan prosedur",
        "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
    ),
    Unsur(
        "U3",
        "Waktu penyelesaian",
        "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
    ),
    Unsur(
        "U4",
        "Biaya/tarif",
        "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
    ),
    Unsur(
        "U5",
        "Produk spesifikasi jenis pelayanan",
        "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar "
        "pelayanan dengan hasil yang diberikan?",
        ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"),
    ),
    Unsur(
        "U6",
        "Kompetensi pelaksana",
        "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
    ),
    Unsur(
        "U7",
        "Perilaku pelaksana",
        "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"),
    ),
    Unsur(
        "U8",
        "Penanganan pengaduan, saran dan masukan",
        "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"),
    ),
    Unsur(
        "U9",
        "Sarana dan prasarana",
        "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        ("Buruk", "Cukup", "Baik", "Sangat baik"),
    ),
)
UNSUR: tuple[str, ...] = tuple(u.kode for u in DAFTAR_UNSUR)
UNSUR_PER_KODE: dict[str, Unsur] = {u.kode: u for u in DAFTAR_UNSUR}
# The order of the questions on the regulation's sample form (sarana before pengaduan).
URUTAN_KUESIONER: tuple[str, ...] = ("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U9", "U8")
NILAI_JAWABAN = (1, 2, 3, 4)
_HURUF_JAWABAN = {"a": 1, "b": 2, "c": 3, "d": 4}


class JawabanTidakValid(ValueError):
    """An answer that is not 1–4. The message is Indonesian."""


def baca_jawaban(nilai: Any) -> int:
    """One answer as written on a form or in a spreadsheet cell: 1–4 (also ``"4"``, ``4.0``, or the form's
    letters a–d). Anything else raises `JawabanTidakValid`."""
    if isinstance(nilai, bool):
        raise JawabanTidakValid(f"'{nilai}' bukan jawaban 1–4")
    if isinstance(nilai, int):
        angka = nilai
    elif isinstance(nilai, (float, Decimal)):
        if nilai != int(nilai):
            raise JawabanTidakValid(f"'{nilai}' bukan bilangan bulat 1–4")
        angka = int(nilai)
    elif isinstance(nilai, str):
        s = nilai.strip()
        if not s:
            raise JawabanTidakValid("jawaban kosong (isi 1–4)")
        if s.lower() in _HURUF_JAWABAN:
            return _HURUF_JAWABAN[s.lower()]
        if s.endswith((".0", ",0")):
            s = s[:-2]
        if not s.lstrip("-").isascii() or not s.lstrip("-").isdigit():  # "³".isdigit() is True
            raise JawabanTidakValid(f"'{nilai}' bukan jawaban 1–4")
        angka = int(s)
    elif nilai is None:
        raise JawabanTidakValid("jawaban kosong (isi 1–4)")
    else:
        raise JawabanTidakValid(f"'{nilai}' bukan jawaban 1–4")
    if angka not in NILAI_JAWABAN:
        raise JawabanTidakValid(f"jawaban {angka} di luar 1–4")
    return angka


def periksa_jawaban(jawaban: Mapping[str, Any]) -> list[tuple[str, str]]:
    """Every problem of one respondent's answers as (unsur, message); empty when all nine are 1–4."""
    masalah: list[tuple[str, str]] = []
    for u in UNSUR:
        if u not in jawaban:
            masalah.append((u, f"jawaban unsur {u} ({UNSUR_PER_KODE[u].nama}) tidak ada"))
            continue
        try:
            baca_jawaban(jawaban[u])
        except JawabanTidakValid as exc:
            masalah.append((u, str(exc)))
    for k in jawaban:
        if k not in UNSUR_PER_KODE:
            masalah.append((str(k), f"unsur '{k}' tidak dikenal (U1–U9)"))
    return masalah


# --- respondent profile -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AspekProfil:
    kode: str
    judul: str
    pilihan: tuple[tuple[str, str], ...]  # (kode, label)

    def label(self, kode: str) -> str:
        return dict(self.pilihan).get(kode, kode)


PROFIL: dict[str, AspekProfil] = {
    a.kode: a
    for a in (
        AspekProfil("jenis_kelamin", "Jenis kelamin", (("L", "Laki-laki"), ("P", "Perempuan"))),
        AspekProfil(
            "umur",
            "Umur",
            (
                ("<20", "Di bawah 20 tahun"),
                ("20-29", "20–29 tahun"),
                ("30-39", "30–39 tahun"),
                ("40-49", "40–49 tahun"),
                ("50-59", "50–59 tahun"),
                ("60+", "60 tahun ke atas"),
            ),
        ),
        AspekProfil(
            "pendidikan",
            "Pendidikan terakhir",
            (
                ("SD", "SD ke bawah"),
                ("SMP", "SMP/sederajat"),
                ("SMA", "SMA/sederajat"),
                ("D1-D3", "D1–D3"),
                ("D4-S1", "D4/S1"),
                ("S2+", "S2 ke atas"),
            ),
        ),
        AspekProfil(
            "pekerjaan",
            "Pekerjaan utama",
            (
                ("PNS", "PNS"),
                ("TNI", "TNI"),
                ("POLRI", "POLRI"),
                ("SWASTA", "Pegawai swasta"),
                ("WIRAUSAHA", "Wirausaha"),
                ("LAINNYA", "Lainnya"),
            ),
        ),
    )
}

_SINONIM_PROFIL = {
    "jenis_kelamin": {"laki-laki": "L", "laki laki": "L", "pria": "L", "perempuan": "P", "wanita": "P"},
    "pendidikan": {
        "sd ke bawah": "SD",
        "sltp": "SMP",
        "slta": "SMA",
        "smk": "SMA",
        "d1": "D1-D3",
        "d2": "D1-D3",
        "d3": "D1-D3",
        "d4": "D4-S1",
        "s1": "D4-S1",
        "d4/s1": "D4-S1",
        "s2": "S2+",
        "s3": "S2+",
    },
    "pekerjaan": {"swasta": "SWASTA", "pegawai swasta": "SWASTA", "wiraswasta": "WIRAUSAHA", "asn": "PNS"},
}


def kelompok_umur(umur: int) -> str:
    if umur < 20:
        return "<20"
    if umur >= 60:
        return "60+"
    awal = umur // 10 * 10
    return f"{awal}-{awal + 9}"


def normalkan_profil(aspek: str, nilai: Any) -> str | None:
    """A profile answer as its code (``"perempuan"`` → ``"P"``, umur ``34`` → ``"30-39"``); None when empty.

    Raises ValueError (Indonesian) for a value the aspect does not know.
    """
    if aspek not in PROFIL:
        raise ValueError(f"aspek profil '{aspek}' tidak dikenal ({', '.join(PROFIL)})")
    if nilai is None:
        return None
    if isinstance(nilai, (int, float, Decimal)) and not isinstance(nilai, bool) and aspek == "umur":
        umur = int(nilai)
        if not 5 <= umur <= 120:
            raise ValueError(f"umur {nilai} tidak wajar")
        return kelompok_umur(umur)
    s = str(nilai).strip()
    if not s or s == "-":
        return None
    if aspek == "umur" and s.isdigit():
        return normalkan_profil(aspek, int(s))
    a = PROFIL[aspek]
    for kode, label in a.pilihan:
        if s.upper() == kode.upper() or s.lower() == label.lower():
            return kode
    sinonim = _SINONIM_PROFIL.get(aspek, {}).get(s.lower())
    if sinonim:
        return sinonim
    pilihan = ", ".join(k for k, _ in a.pilihan)
    raise ValueError(f"'{s}' bukan pilihan {a.judul.lower()} ({pilihan})")


# --- primary data ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class Respon:
    """One respondent's questionnaire."""

    jawaban: dict[str, int]  # "U1".."U9" → 1..4
    tanggal: date | None = None
    jenis_layanan: str = ""
    instansi: str = ""  # set when responses of several agencies are pooled (district level)
    profil: dict[str, str] = field(default_factory=dict)  # aspek → kode (see PROFIL)
    saran: str = ""


@dataclass(slots=True)
class RekapJawaban:
    """A tally of answers for a group of respondents: how many answered 1, 2, 3 and 4 on each unsur.

    For paper surveys kept as tallies, exports from other systems (SUKMA-e), and compact examples.
    """

    jumlah_responden: int
    sebaran: dict[str, tuple[int, int, int, int]]  # unsur → (count of 1, of 2, of 3, of 4)
    periode: str = ""  # "2023-TW1", "2023-S1", "2023-07", "2023"; "" = the survey's own period
    jenis_layanan: str = ""
    instansi: str = ""


def periksa_rekap(r: RekapJawaban) -> list[tuple[str, str]]:
    masalah: list[tuple[str, str]] = []
    if r.jumlah_responden < 0:
        masalah.append(("jumlah_responden", "jumlah responden tidak boleh negatif"))
    for u in UNSUR:
        if u not in r.sebaran:
            masalah.append((f"sebaran.{u}", f"sebaran jawaban unsur {u} tidak ada"))
            continue
        c = r.sebaran[u]
        if len(c) != 4 or any((not isinstance(x, int)) or x < 0 for x in c):
            masalah.append((f"sebaran.{u}", "harus 4 bilangan bulat ≥ 0: jumlah jawaban 1, 2, 3 dan 4"))
        elif sum(c) != r.jumlah_responden:
            masalah.append(
                (
                    f"sebaran.{u}",
                    f"jumlah jawaban unsur {u} ({sum(c)}) tidak sama dengan jumlah responden ({r.jumlah_responden})",
                )
            )
    for k in r.sebaran:
        if k not in UNSUR_PER_KODE:
            masalah.append((f"sebaran.{k}", f"unsur '{k}' tidak dikenal (U1–U9)"))
    if r.periode:
        try:
            parse_periode(r.periode)
        except PeriodeTidakValid as exc:
            masalah.append(("periode", str(exc)))
    return masalah


@dataclass(slots=True)
class Survei:
    """One survey of one agency: its responses (individual or tallied), profile tallies and suggestions."""

    id: str
    nama: str = ""
    periode: str = ""  # the period surveyed, e.g. "2023"
    populasi: int | None = None  # service users in the period, for the sample-size check
    metode: str = ""  # how answers were collected (kios, tautan/QR, formulir kertas, SUKMA-e)
    jenis_layanan: list[str] = field(default_factory=list)
    responden: list[Respon] = field(default_factory=list)
    rekap: list[RekapJawaban] = field(default_factory=list)
    # Profile tallies kept alongside `rekap` (aspek → kode → count); individual responses carry their own.
    profil: dict[str, dict[str, int]] = field(default_factory=dict)
    saran: list[str] = field(default_factory=list)  # suggestions not attached to an individual response
    sintetis: bool = False  # generated data (examples, tests): documents say so
    keterangan: str = ""


# --- counting ------------------------------------------------------------------------------------------------


class Tally:
    """Answer counts per unsur and value. Adding is integer work only; `hitung_ikm` does the arithmetic."""

    __slots__ = ("jumlah", "n")

    def __init__(self) -> None:
        self.n = 0
        self.jumlah = [[0, 0, 0, 0, 0] for _ in UNSUR]  # [unsur][answer], index 0 unused

    def tambah(self, jawaban: Mapping[str, int]) -> None:
        j = self.jumlah
        j[0][jawaban["U1"]] += 1
        j[1][jawaban["U2"]] += 1
        j[2][jawaban["U3"]] += 1
        j[3][jawaban["U4"]] += 1
        j[4][jawaban["U5"]] += 1
        j[5][jawaban["U6"]] += 1
        j[6][jawaban["U7"]] += 1
        j[7][jawaban["U8"]] += 1
        j[8][jawaban["U9"]] += 1
        self.n += 1

    def tambah_rekap(self, r: RekapJawaban) -> None:
        for i, u in enumerate(UNSUR):
            c = r.sebaran[u]
            baris = self.jumlah[i]
            for v in NILAI_JAWABAN:
                baris[v] += c[v - 1]
        self.n += r.jumlah_responden

    def tambah_data(self, x: Respon | RekapJawaban) -> None:
        if isinstance(x, RekapJawaban):
            self.tambah_rekap(x)
        else:
            self.tambah(x.jawaban)

    def gabung(self, lain: Tally) -> None:
        for a, b in zip(self.jumlah, lain.jumlah, strict=True):
            for v in NILAI_JAWABAN:
                a[v] += b[v]
        self.n += lain.n

    @classmethod
    def dari(cls, data: Iterable[Respon | RekapJawaban]) -> Tally:
        t = cls()
        for x in data:
            t.tambah_data(x)
        return t

    def sebaran(self, unsur: str) -> tuple[int, int, int, int]:
        b = self.jumlah[UNSUR.index(unsur)]
        return b[1], b[2], b[3], b[4]


# --- mutu pelayanan and sample size ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MutuPelayanan:
    huruf: str
    kinerja: str  # "Sangat Baik" ...
    bawah: Decimal  # IKM range, on the value rounded to 2 decimals
    atas: Decimal
    ni_bawah: Decimal  # the same range on the 1–4 interval scale (nilai interval)
    ni_atas: Decimal

    def tampil(self) -> str:
        return f"{self.huruf} ({self.kinerja})"


SKALA_MUTU: tuple[MutuPelayanan, ...] = (
    MutuPelayanan("A", "Sangat Baik", Decimal("88.31"), Decimal(100), Decimal("3.5324"), Decimal(4)),
    MutuPelayanan("B", "Baik", Decimal("76.61"), Decimal("88.30"), Decimal("3.0644"), Decimal("3.532")),
    MutuPelayanan("C", "Kurang Baik", Decimal("65.00"), Decimal("76.60"), Decimal("2.60"), Decimal("3.064")),
    MutuPelayanan("D", "Tidak Baik", Decimal("25.00"), Decimal("64.99"), Decimal(1), Decimal("2.5996")),
)


def mutu_pelayanan(ikm: Decimal) -> MutuPelayanan:
    """Mutu of an IKM, read on the value rounded half-up to 2 decimals (88,305 → 88,31 → A)."""
    b = bulatkan(ikm, 2)
    for m in SKALA_MUTU[:-1]:
        if b >= m.bawah:
            return m
    return SKALA_MUTU[-1]  # D also takes the 24,98 that the 0,111 weight gives an all-1 survey


_Z2P = Decimal("3.841") * Decimal("0.25")  # χ²(1, 0,05) × P(1−P) with P = 0,5
_D2 = Decimal("0.0025")  # margin of error 5 %, squared


def sampel_minimum(populasi: int) -> int:
    """Krejcie–Morgan: ``S = 3,841·N·0,25 / (0,0025·(N−1) + 3,841·0,25)``, rounded half-up.

    N = 100 → 80, 1.000 → 278, 10.000 → 370.
    """
    if isinstance(populasi, bool) or not isinstance(populasi, int) or populasi < 1:
        raise ValueError("populasi harus bilangan bulat ≥ 1")
    n = Decimal(populasi)
    s = bagi(_Z2P * n, _D2 * (n - 1) + _Z2P)
    return int(bulatkan(s, 0))


@dataclass(frozen=True, slots=True)
class PemeriksaanSampel:
    populasi: int
    minimum: int
    jumlah: int

    @property
    def cukup(self) -> bool:
        return self.jumlah >= self.minimum

    def pesan(self) -> str:
        dasar = (
            f"{self.jumlah} responden; sampel minimum untuk populasi {format_angka(self.populasi, 0)} "
            f"adalah {self.minimum} (Krejcie–Morgan)"
        )
        if self.cukup:
            return f"Sampel mencukupi: {dasar}."
        return f"PERINGATAN: sampel kurang {self.minimum - self.jumlah} responden: {dasar}."


def periksa_sampel(jumlah: int, populasi: int) -> PemeriksaanSampel:
    return PemeriksaanSampel(populasi=populasi, minimum=sampel_minimum(populasi), jumlah=jumlah)


# --- the index ----------------------------------------------------------------------------------------------

BOBOT_TEPAT = "tepat"
BOBOT_0111 = "0,111"
_EMPAT_LIMA = Decimal(25)
_SEMBILAN = Decimal(9)


def bobot_unsur(bobot: str) -> Decimal:
    """The weight of one unsur as a number (1/9 to 34 digits, or 0,111)."""
    if bobot == BOBOT_0111:
        return Decimal("0.111")
    if bobot == BOBOT_TEPAT:
        return bagi(Decimal(1), _SEMBILAN)
    raise ValueError(f"bobot IKM '{bobot}' tidak dikenal; pilihan: tepat, 0,111")


@dataclass(frozen=True, slots=True)
class NrrUnsur:
    unsur: Unsur
    sebaran: tuple[int, int, int, int]  # how many answered 1, 2, 3, 4
    jumlah_jawaban: int
    jumlah_nilai: int  # Σ answers
    nrr: Decimal  # mean answer, 1–4
    nrr_tertimbang: Decimal  # NRR × weight
    nilai_konversi: Decimal  # NRR × 25, the unsur on the IKM scale
    mutu: MutuPelayanan

    @property
    def kode(self) -> str:
        return self.unsur.kode


@dataclass(frozen=True, slots=True)
class HasilIkm:
    jumlah_responden: int
    unsur: tuple[NrrUnsur, ...]  # U1..U9
    bobot: str  # "tepat" | "0,111"
    nilai_interval: Decimal  # Σ(NRR × weight), on 1–4
    ikm: Decimal  # × 25, full precision
    mutu: MutuPelayanan
    sampel: PemeriksaanSampel | None = None

    @property
    def ikm_bulat(self) -> Decimal:
        return bulatkan(self.ikm, 2)

    def nrr(self, unsur: str) -> NrrUnsur:
        return self.unsur[UNSUR.index(unsur)]

    def terlemah(self) -> list[NrrUnsur]:
        """Unsur from the weakest NRR up: the order improvement plans and the results page use."""
        return sorted(self.unsur, key=lambda x: (x.nrr, x.kode))

    def tampil(self) -> str:
        return f"{format_angka(self.ikm, 2)} ({self.mutu.huruf}, {self.mutu.kinerja})"

    def rumus(self) -> str:
        w = "1/9" if self.bobot == BOBOT_TEPAT else "0,111"
        return (
            f"IKM = Σ(NRR × {w}) × 25 = {format_angka(self.nilai_interval, 4)} × 25 = {format_angka(self.ikm, 2)}; "
            f"{self.jumlah_responden} responden; mutu {self.mutu.huruf} ({self.mutu.kinerja})"
        )


def hitung_ikm(
    data: Tally | Iterable[Respon | RekapJawaban],
    *,
    bobot: str = BOBOT_TEPAT,
    populasi: int | None = None,
) -> HasilIkm | None:
    """NRR per unsur, IKM and mutu from responses or tallies; None when there is no respondent."""
    t = data if isinstance(data, Tally) else Tally.dari(data)
    if t.n == 0:
        return None
    w = bobot_unsur(bobot)
    with localcontext(KONTEKS):
        return _hasil(t, w, bobot, populasi)


def _hasil(t: Tally, w: Decimal, bobot: str, populasi: int | None) -> HasilIkm:
    daftar = []
    jumlah_nrr = Decimal(0)
    for i, u in enumerate(DAFTAR_UNSUR):
        b = t.jumlah[i]
        total = b[1] + 2 * b[2] + 3 * b[3] + 4 * b[4]
        dijawab = b[1] + b[2] + b[3] + b[4]
        nrr = bagi(Decimal(total), Decimal(dijawab)) if dijawab else Decimal(0)
        jumlah_nrr += nrr
        konversi = nrr * _EMPAT_LIMA
        daftar.append(
            NrrUnsur(
                unsur=u,
                sebaran=(b[1], b[2], b[3], b[4]),
                jumlah_jawaban=dijawab,
                jumlah_nilai=total,
                nrr=nrr,
                nrr_tertimbang=nrr * w,
                nilai_konversi=konversi,
                mutu=mutu_pelayanan(konversi),
            )
        )
    if bobot == BOBOT_TEPAT:
        # Divide last, so a survey whose answers total 30,4272 per respondent gives exactly 84,52.
        interval = bagi(jumlah_nrr, _SEMBILAN)
        ikm = bagi(jumlah_nrr * _EMPAT_LIMA, _SEMBILAN)
    else:
        interval = jumlah_nrr * w
        ikm = interval * _EMPAT_LIMA
    return HasilIkm(
        jumlah_responden=t.n,
        unsur=tuple(daftar),
        bobot=bobot,
        nilai_interval=interval,
        ikm=ikm,
        mutu=mutu_pelayanan(ikm),
        sampel=None if populasi is None else periksa_sampel(t.n, populasi),
    )


# --- grouping: per service type, period, agency, profile ---------------------------------------------------------

Kunci = Callable[[Any], "str | None"]


def kunci_jenis_layanan(x: Respon | RekapJawaban) -> str:
    return x.jenis_layanan or "(tanpa jenis layanan)"


def kunci_instansi(x: Respon | RekapJawaban) -> str:
    return x.instansi or "(tanpa instansi)"


def kunci_triwulan(x: Respon | RekapJawaban) -> str | None:
    if isinstance(x, Respon):
        return None if x.tanggal is None else periode_triwulan(x.tanggal.year, triwulan_dari(x.tanggal)).label
    return _label_rekap(x, "triwulan")


def kunci_bulan(x: Respon | RekapJawaban) -> str | None:
    if isinstance(x, Respon):
        return None if x.tanggal is None else periode_bulan(x.tanggal.year, x.tanggal.month).label
    return _label_rekap(x, "bulan")


def kunci_tahun(x: Respon | RekapJawaban) -> str | None:
    if isinstance(x, Respon):
        return None if x.tanggal is None else str(x.tanggal.year)
    return None if not x.periode else str(parse_periode(x.periode).awal.year)


def _label_rekap(r: RekapJawaban, granularitas: str) -> str | None:
    """A tally's period at the asked granularity; a tally kept for a longer period keeps its own label."""
    if not r.periode:
        return None
    p = parse_periode(r.periode)
    if granularitas == "triwulan":
        q = periode_triwulan(p.awal.year, triwulan_dari(p.awal))
    else:
        q = periode_bulan(p.awal.year, p.awal.month)
    return q.label if p.di_dalam(q) else p.label


KUNCI_PERIODE: dict[str, Kunci] = {"triwulan": kunci_triwulan, "bulan": kunci_bulan, "tahun": kunci_tahun}


def kunci_profil(aspek: str) -> Kunci:
    def kunci(x: Respon | RekapJawaban) -> str | None:
        return x.profil.get(aspek) if isinstance(x, Respon) else None

    return kunci


def ikm_per(
    data: Iterable[Respon | RekapJawaban],
    kunci: Kunci,
    *,
    bobot: str = BOBOT_TEPAT,
) -> dict[str, HasilIkm]:
    """IKM per group (sorted by key); items whose key is None are left out."""
    tally: dict[str, Tally] = {}
    for x in data:
        k = kunci(x)
        if k is None:
            continue
        t = tally.get(k)
        if t is None:
            t = tally[k] = Tally()
        t.tambah_data(x)
    hasil = {}
    for k in sorted(tally):
        h = hitung_ikm(tally[k], bobot=bobot)
        if h is not None:
            hasil[k] = h
    return hasil


@dataclass(frozen=True, slots=True)
class IkmWilayah:
    """A district's IKM from its agencies: both readings practice uses, so a report says which it prints."""

    per_instansi: dict[str, HasilIkm]
    gabungan: HasilIkm | None  # every respondent of the district pooled
    rata_rata_unit: Decimal | None  # the mean of the agencies' IKM (each agency counts once)
    mutu_rata_rata_unit: MutuPelayanan | None


def ikm_wilayah(data: Iterable[Respon | RekapJawaban], *, bobot: str = BOBOT_TEPAT) -> IkmWilayah:
    semua = Tally()
    per: dict[str, Tally] = {}
    for x in data:
        k = kunci_instansi(x)
        t = per.get(k)
        if t is None:
            t = per[k] = Tally()
        t.tambah_data(x)
    per_instansi = {}
    for k in sorted(per):
        semua.gabung(per[k])
        h = hitung_ikm(per[k], bobot=bobot)
        if h is not None:
            per_instansi[k] = h
    rata = (
        bagi(sum((h.ikm for h in per_instansi.values()), Decimal(0)), Decimal(len(per_instansi)))
        if per_instansi
        else None
    )
    return IkmWilayah(
        per_instansi=per_instansi,
        gabungan=hitung_ikm(semua, bobot=bobot),
        rata_rata_unit=rata,
        mutu_rata_rata_unit=None if rata is None else mutu_pelayanan(rata),
    )


# --- a survey: everything its report and results page show --------------------------------------------------


@dataclass(frozen=True, slots=True)
class BarisProfil:
    kode: str
    label: str
    jumlah: int
    persen: Decimal | None  # of the respondents who answered this aspect


@dataclass(frozen=True, slots=True)
class AnalisisSurvei:
    survei: Survei
    periode: Periode | None
    keseluruhan: HasilIkm | None
    per_jenis_layanan: dict[str, HasilIkm]
    per_periode: dict[str, HasilIkm]  # the trend, in time order
    profil: dict[str, list[BarisProfil]]  # aspek → rows (including "Tidak diisi" when some left it blank)
    saran: list[str]


def data_survei(s: Survei, periode: Periode | None = None) -> list[Respon | RekapJawaban]:
    """The survey's responses and tallies, limited to `periode` when given (a tally counts when its whole
    period lies inside; an undated response or tally counts only without a limit)."""
    if periode is None:
        return [*s.responden, *s.rekap]
    hasil: list[Respon | RekapJawaban] = [r for r in s.responden if r.tanggal is not None and periode.memuat(r.tanggal)]
    for r in s.rekap:
        label = r.periode or s.periode
        if label and parse_periode(label).di_dalam(periode):
            hasil.append(r)
    return hasil


def rekap_profil(
    s: Survei,
    data: Iterable[Respon | RekapJawaban] | None = None,
    *,
    dengan_tally: bool = True,
) -> dict[str, list[BarisProfil]]:
    """Counts and shares per profile answer, from individual responses plus (with `dengan_tally`) the survey's
    profile tallies, which are kept for the whole survey period."""
    hitungan: dict[str, dict[str, int]] = {a: {} for a in PROFIL}
    for x in data if data is not None else data_survei(s):
        if isinstance(x, Respon):
            for a in PROFIL:
                k = x.profil.get(a) or ""
                hitungan[a][k] = hitungan[a].get(k, 0) + 1
    for a, per in (s.profil if dengan_tally else {}).items():
        for k, n in per.items():
            hitungan.setdefault(a, {})
            hitungan[a][k] = hitungan[a].get(k, 0) + n
    hasil: dict[str, list[BarisProfil]] = {}
    for a, aspek in PROFIL.items():
        per = hitungan.get(a, {})
        diisi = sum(n for k, n in per.items() if k)
        baris = [
            BarisProfil(kode, label, per.get(kode, 0), persen(Decimal(per.get(kode, 0)), Decimal(diisi)))
            for kode, label in aspek.pilihan
        ]
        lain = sorted(k for k in per if k and k not in dict(aspek.pilihan))
        baris += [BarisProfil(k, k, per[k], persen(Decimal(per[k]), Decimal(diisi))) for k in lain]
        if per.get(""):
            baris.append(BarisProfil("", "Tidak diisi", per[""], None))
        hasil[a] = baris
    return hasil


def analisis_survei(
    s: Survei,
    *,
    bobot: str = BOBOT_TEPAT,
    periode: Periode | None = None,
    granularitas: str = "triwulan",
) -> AnalisisSurvei:
    data = data_survei(s, periode)
    saran = [r.saran.strip() for r in data if isinstance(r, Respon) and r.saran.strip()]
    if periode is None:
        saran += [x.strip() for x in s.saran if x.strip()]
    return AnalisisSurvei(
        survei=s,
        periode=periode,
        keseluruhan=hitung_ikm(data, bobot=bobot, populasi=s.populasi),
        per_jenis_layanan=ikm_per(data, kunci_jenis_layanan, bobot=bobot),
        per_periode=ikm_per(data, KUNCI_PERIODE[granularitas], bobot=bobot),
        profil=rekap_profil(s, data, dengan_tally=periode is None),
        saran=saran,
    )


__all__ = [
    "DAFTAR_UNSUR",
    "PROFIL",
    "SKALA_MUTU",
    "UNSUR",
    "URUTAN_KUESIONER",
    "AnalisisSurvei",
    "HasilIkm",
    "IkmWilayah",
    "JawabanTidakValid",
    "MutuPelayanan",
    "NrrUnsur",
    "PemeriksaanSampel",
    "RekapJawaban",
    "Respon",
    "Survei",
    "Tally",
    "analisis_survei",
    "baca_jawaban",
    "hitung_ikm",
    "ikm_per",
    "ikm_wilayah",
    "mutu_pelayanan",
    "normalkan_profil",
    "periksa_jawaban",
    "periksa_rekap",
    "periksa_sampel",
    "sampel_minimum",
]

"""Plausible values per unit of measure: which realisasi a unit cannot take (refused) and which it rarely takes
(accepted only when confirmed with a reason).

The rule table is data: `ATURAN_SATUAN` lists each unit family with the unit names that belong to it, as they are
written in Renstra matrices ("%", "Persen", "Orang", "Dokumen", "Indeks", …). A unit is matched on its whole name
first, then on its first word ("Dokumen Renstra" → Dokumen); a unit in no family has no rule. Ranges ("80–90")
are checked at both ends, graded values ("B (65)") by their score; grades without a score are not numbers.

Examples (docs/aturan-perhitungan.md, "Nilai yang wajar per satuan"):

    -5 with unit "%"           → konfirmasi: a percentage below 0 is unusual (a decline may be negative)
    150 with unit "%"          → konfirmasi: above 100
    9100 with unit "%"         → tolak: above 1.000 (typically "91.00" typed with a dot)
    -3 with unit "Orang"       → tolak: a count is never negative
    2,5 with unit "Dokumen"    → konfirmasi: a count is normally a whole number
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .angka import format_bilangan
from .nilai import Angka, Mutu, Nilai, Rentang

TOLAK = "tolak"
KONFIRMASI = "konfirmasi"


@dataclass(frozen=True, slots=True)
class AturanSatuan:
    """One unit family. Outside [bawah, atas] a value is impossible (refused); outside [wajar_bawah,
    wajar_atas], or a fraction where `bulat`, it is unusual (needs a reason). None = no bound."""

    nama: str
    satuan: tuple[str, ...]
    bawah: Decimal | None = None
    atas: Decimal | None = None
    wajar_bawah: Decimal | None = None
    wajar_atas: Decimal | None = None
    bulat: bool = False
    keterangan: str = ""


_NOL = Decimal(0)
_SERATUS = Decimal(100)

# Units that count things: never negative, normally whole.
_SATUAN_JUMLAH = tuple(
    [
        "orang",
        "jiwa",
        "ob",
        "orang-bulan",
        "pegawai",
        "asn",
        "peserta",
        "responden",
        "pengunjung",
        "layanan",
        "dokumen",
        "laporan",
        "kegiatan",
        "paket",
        "unit",
        "buah",
        "kali",
        "desa",
        "kelurahan",
        "kecamatan",
        "lembaga",
        "opd",
        "pd",
        "perangkat",
        "instansi",
        "aplikasi",
        "sistem",
        "konten",
        "permohonan",
        "berkas",
        "kasus",
        "aduan",
        "pengaduan",
        "titik",
        "lokasi",
        "kelompok",
        "keluarga",
        "kk",
        "rumah",
        "sekolah",
        "perda",
        "perbup",
        "regulasi",
        "produk",
        "usaha",
        "umkm",
        "event",
        "jenis",
        "inovasi",
        "rekomendasi",
        "temuan",
        "data",
        "dataset",
        "sertifikat",
        "izin",
        "perizinan",
        "koperasi",
        "pasar",
        "ekor",
        "rombongan",
        "siswa",
        "pasien",
        "tenaga",
        "kampung",
        "rt",
        "rw",
        "set",
        "eksemplar",
        "judul",
        "media",
        "website",
        "situs",
        "menara",
        "jaringan",
        "ruas",
        "bidang",
        "sarana",
        "prasarana",
    ]
)

ATURAN_SATUAN: tuple[AturanSatuan, ...] = (
    AturanSatuan(
        "persen",
        ("%", "persen", "persentase", "prosen"),
        bawah=Decimal(-100),
        atas=Decimal(1000),
        wajar_bawah=_NOL,
        wajar_atas=_SERATUS,
        keterangan="persentase: biasanya 0–100; turun lebih dari 100% atau di atas 1.000% tidak mungkin",
    ),
    AturanSatuan(
        "nilai",
        ("nilai", "skor", "poin", "point"),
        bawah=_NOL,
        wajar_atas=_SERATUS,
        keterangan="nilai/skor: tidak negatif, biasanya paling tinggi 100",
    ),
    AturanSatuan(
        "indeks",
        ("indeks", "index"),
        wajar_bawah=_NOL,
        keterangan="indeks: biasanya tidak negatif",
    ),
    AturanSatuan(
        "rupiah",
        ("rp", "rupiah", "rp.", "juta rupiah", "miliar rupiah", "milyar rupiah", "ribu rupiah"),
        bawah=_NOL,
        keterangan="uang: tidak negatif",
    ),
    AturanSatuan(
        "waktu",
        ("hari", "jam", "menit", "bulan", "minggu", "tahun", "detik", "hari kerja"),
        bawah=_NOL,
        keterangan="lama waktu: tidak negatif",
    ),
    AturanSatuan(
        "jumlah",
        _SATUAN_JUMLAH,
        bawah=_NOL,
        bulat=True,
        keterangan="banyaknya (orang, dokumen, layanan, …): tidak negatif, biasanya bilangan bulat",
    ),
)


def _kunci(satuan: str) -> str:
    return " ".join(satuan.strip().lower().split())


_INDEKS: dict[str, AturanSatuan] = {_kunci(s): a for a in ATURAN_SATUAN for s in a.satuan}


def aturan_untuk(satuan: str | None) -> AturanSatuan | None:
    """The rule for a unit as written ("Persen", "Dokumen Renstra", "%"), or None when the unit has none."""
    if not satuan:
        return None
    k = _kunci(satuan)
    if k in _INDEKS:
        return _INDEKS[k]
    pertama = k.replace("(", " ").split()[0] if k.replace("(", " ").split() else ""
    return _INDEKS.get(pertama)


@dataclass(frozen=True, slots=True)
class TemuanSatuan:
    """A value outside what its unit allows: `tingkat` is TOLAK (impossible) or KONFIRMASI (unusual)."""

    tingkat: str
    pesan: str

    @property
    def ditolak(self) -> bool:
        return self.tingkat == TOLAK


def _angka_dari(nilai: Nilai) -> list[Decimal]:
    if isinstance(nilai, Angka):
        return [nilai.nilai]
    if isinstance(nilai, Rentang):
        return [nilai.bawah, nilai.atas]
    if isinstance(nilai, Mutu) and nilai.skor is not None:
        return [nilai.skor]
    return []


def periksa_nilai(nilai: Nilai | None, satuan: str | None) -> TemuanSatuan | None:
    """Check a value against its unit's rule: None when plausible (or no rule), else the most serious finding."""
    aturan = aturan_untuk(satuan)
    if nilai is None or aturan is None:
        return None
    s = satuan.strip()
    tidak_lazim: str | None = None
    for d in _angka_dari(nilai):
        t = format_bilangan(d)
        if aturan.bawah is not None and d < aturan.bawah:
            return TemuanSatuan(
                TOLAK, f"{t} tidak mungkin untuk satuan {s}: paling rendah {format_bilangan(aturan.bawah)}"
            )
        if aturan.atas is not None and d > aturan.atas:
            return TemuanSatuan(
                TOLAK, f"{t} tidak mungkin untuk satuan {s}: paling tinggi {format_bilangan(aturan.atas)}"
            )
        if tidak_lazim is None:
            if aturan.wajar_bawah is not None and d < aturan.wajar_bawah:
                tidak_lazim = f"{t} tidak lazim untuk satuan {s} (biasanya tidak kurang dari {format_bilangan(aturan.wajar_bawah)})"
            elif aturan.wajar_atas is not None and d > aturan.wajar_atas:
                tidak_lazim = (
                    f"{t} tidak lazim untuk satuan {s} (biasanya paling tinggi {format_bilangan(aturan.wajar_atas)})"
                )
            elif aturan.bulat and d != d.to_integral_value():
                tidak_lazim = f"{t} tidak lazim untuk satuan {s} (biasanya bilangan bulat)"
    return TemuanSatuan(KONFIRMASI, tidak_lazim) if tidak_lazim else None

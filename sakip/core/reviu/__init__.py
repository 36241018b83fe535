"""Reviu: the automatic review of an agency's data (a berkas) and of a printed performance report.

    reviu_berkas(berkas, tahun_lalu=None) -> list[Temuan]
    reviu_laporan(laporan, berkas=None) -> list[Temuan]
    galat_terbuka(temuan, tindak_lanjut) -> list[Temuan]

Both reviews return findings ordered by severity (galat, peringatan, catatan), then by their place in the
document. Each finding carries a stable `kunci` so a follow-up status can be attached to it across runs, and a
berkas finding carries `jalur`, the data path it belongs to (``realisasi.indikator.IKU1``), so a page can show
it next to that record. `Temuan.ke_dict()` is the JSON form.
"""

from __future__ import annotations

from sakip.core.model import Berkas
from sakip.core.pengaturan import Pengaturan

from .cetak import LaporanTercetak
from .katalog import KATALOG, Aturan
from .temuan import Temuan, Tingkat, gabungkan, hitung_per_tingkat, urutkan

# Follow-up statuses that close a finding (the web app records one per `kunci`, with a note).
DITINDAKLANJUTI = "ditindaklanjuti"
TIDAK_RELEVAN = "tidak relevan"
STATUS_TINDAK_LANJUT = (DITINDAKLANJUTI, TIDAK_RELEVAN)


def galat_terbuka(temuan: list[Temuan], tindak_lanjut: dict[str, str]) -> list[Temuan]:
    """The galat findings without a closing follow-up status: while any is left, a PK or a report is not final.

    `tindak_lanjut` maps a finding's `kunci` to its status. A finding that no longer appears in a new reviu is
    resolved by the correction itself; one whose status is recorded but which still appears stays closed.
    """
    return [t for t in temuan if t.tingkat is Tingkat.GALAT and tindak_lanjut.get(t.kunci) not in STATUS_TINDAK_LANJUT]


def reviu_berkas(berkas: Berkas, *, tahun_lalu: Berkas | None = None) -> list[Temuan]:
    """Review an agency-year's data; with last year's berkas, also its previous-year figures."""
    from . import aturan_berkas

    return urutkan(gabungkan(aturan_berkas.jalankan(berkas, tahun_lalu)))


def reviu_laporan(
    laporan: LaporanTercetak, berkas: Berkas | None = None, pengaturan: Pengaturan | None = None
) -> list[Temuan]:
    """Review a printed report; with its berkas, also check the report against the data."""
    from . import aturan_lengkap, aturan_prosa, aturan_prosa_capaian, aturan_silang, aturan_tabel
    from .konteks import bangun_konteks

    k = bangun_konteks(laporan, berkas, pengaturan)
    daftar: list[Temuan] = []
    daftar += aturan_tabel.jalankan(k)
    daftar += aturan_silang.jalankan(k)
    daftar += aturan_prosa.jalankan(k)
    # the same figure already reported by a table-based rule is not reported twice
    disebut = {(t.lokasi, t.tercetak) for t in daftar if t.tercetak}
    daftar += [t for t in aturan_prosa_capaian.jalankan(k) if (t.lokasi, t.tercetak) not in disebut]
    daftar += aturan_lengkap.jalankan(k)
    if berkas is not None:
        from sakip.core.hitung import hitung

        from . import aturan_data

        daftar += aturan_data.jalankan(k, hitung(berkas, pengaturan))
    daftar.sort(key=lambda t: k.posisi(t.lokasi))
    return urutkan(gabungkan(daftar))


__all__ = [
    "DITINDAKLANJUTI",
    "KATALOG",
    "STATUS_TINDAK_LANJUT",
    "TIDAK_RELEVAN",
    "Aturan",
    "LaporanTercetak",
    "Temuan",
    "Tingkat",
    "galat_terbuka",
    "hitung_per_tingkat",
    "reviu_berkas",
    "reviu_laporan",
]

"""URL arguments and access policy of the workbook pages (read by tests/web/test_akses.py)."""

from __future__ import annotations


def _unggahan(tk) -> int:
    from django.contrib.auth import get_user_model

    from sakip.web.pertukaran.models import UnggahanExcel

    u = get_user_model().objects.get(username="operator")
    return UnggahanExcel.objects.create(
        tahun_kinerja=tk, pengguna=u, nama_pengguna="operator", nama_berkas="w.xlsx", isi=b"", versi_data=tk.versi
    ).pk


def _sipd(tk) -> int:
    from django.contrib.auth import get_user_model

    from sakip.web.pertukaran.models import UnggahanSipd

    u = get_user_model().objects.get(username="operator")
    return UnggahanSipd.objects.create(
        tahun_kinerja=tk,
        pengguna=u,
        nama_pengguna="operator",
        nama_berkas="s.xlsx",
        jenis="realisasi",
        versi_data=tk.versi,
    ).pk


ARGUMEN_PERTUKARAN = {
    "pertukaran:workbook_unduh": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "pertukaran:workbook_unggah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "pertukaran:workbook_pratinjau": lambda tk: {
        "pd": tk.perangkat_daerah.slug,
        "tahun": tk.tahun,
        "id": _unggahan(tk),
    },
}
ARGUMEN_SIPD = {
    "pertukaran:sipd_unggah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "pertukaran:sipd_pratinjau": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "id": _sipd(tk)},
}
LEVEL_SIPD = {
    "pertukaran:sipd_unggah": ("ubah_pd", "ubah_pd"),
    "pertukaran:sipd_pratinjau": ("ubah_pd", "ubah_pd"),
}
LEVEL_PERTUKARAN = {
    "pertukaran:workbook_unduh": ("baca_pd", "baca_pd"),
    "pertukaran:workbook_unggah": ("ubah_pd", "ubah_pd"),
    "pertukaran:workbook_pratinjau": ("ubah_pd", "ubah_pd"),
}

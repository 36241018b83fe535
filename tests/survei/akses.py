"""URL arguments for the survey and register pages, for the access tests that walk every URL for every role
(tests/web/test_akses.py merges these into its ARGUMEN; tests/survei/test_akses_survei.py checks them here)."""

from __future__ import annotations

from datetime import date


def _impor(tk) -> int:
    from sakip.web.survei.models import ImporSurvei

    return ImporSurvei.objects.create(perangkat_daerah=tk.perangkat_daerah, nama_berkas="uji.csv", jumlah=0).pk


def _aduan(tk) -> int:
    from sakip.web.register.models import Aduan

    a, _ = Aduan.objects.get_or_create(
        perangkat_daerah=tk.perangkat_daerah,
        nomor="UJI-AKSES",
        defaults={"tanggal_diterima": date(tk.tahun, 12, 1), "ringkasan": "uji akses"},
    )
    return a.pk


def _kegiatan(tk) -> int:
    from sakip.web.register.models import KegiatanRegister

    k, _ = KegiatanRegister.objects.get_or_create(
        perangkat_daerah=tk.perangkat_daerah, tahun=tk.tahun, nomor="UJI-AKSES", defaults={"uraian": "uji akses"}
    )
    return k.pk


def _kios(tk) -> str:
    from sakip.web.survei.services import pengaturan_ambil_atau_buat

    return pengaturan_ambil_atau_buat(pd=tk.perangkat_daerah).token_kios


def _pendek(tk) -> str:
    from sakip.web.survei.services import pengaturan_ambil_atau_buat

    return pengaturan_ambil_atau_buat(pd=tk.perangkat_daerah).kode_pendek


def _pd(tk) -> dict:
    return {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun}


ARGUMEN_SURVEI = {
    "survei:formulir": lambda tk: {"pd": tk.perangkat_daerah.slug},
    "survei:terima_kasih": lambda tk: {"pd": tk.perangkat_daerah.slug},
    "survei:qr": lambda tk: {"pd": tk.perangkat_daerah.slug},
    "survei:kios": lambda tk: {"token": _kios(tk)},
    "survei:pendek": lambda tk: {"kode": _pendek(tk)},
    "survei:hasil": _pd,
    "survei:poster": _pd,
    "survei:pengaturan": _pd,
    "survei:impor": _pd,
    "survei:impor_batal": lambda tk: _pd(tk) | {"id": _impor(tk)},
    "survei:laporan": lambda tk: _pd(tk) | {"format": "docx"},
    "survei:kabupaten": lambda tk: {},
    "register:ringkasan": _pd,
    "register:aduan": _pd,
    "register:aduan_ubah": lambda tk: _pd(tk) | {"id": _aduan(tk)},
    "register:aduan_hapus": lambda tk: _pd(tk) | {"id": _aduan(tk)},
    "register:kegiatan": _pd,
    "register:kegiatan_ubah": lambda tk: _pd(tk) | {"id": _kegiatan(tk)},
    "register:kegiatan_hapus": lambda tk: _pd(tk) | {"id": _kegiatan(tk)},
    "register:impor": _pd,
    "register:templat": lambda tk: _pd(tk) | {"jenis": "aduan"},
    "register:sumber": lambda tk: _pd(tk) | {"kode": "IKU1"},
}

# The survey and register pages' access policy (GET level, POST level), written down independently of the views.
LEVEL_SURVEI = {
    "survei:formulir": ("publik", "publik"),
    "survei:terima_kasih": ("publik", "publik"),
    "survei:qr": ("publik", "publik"),
    "survei:kios": ("publik", "publik"),
    "survei:pendek": ("publik", "publik"),
    "survei:hasil": ("baca_pd", "baca_pd"),
    "survei:poster": ("baca_pd", "baca_pd"),
    "survei:pengaturan": ("baca_pd", "ubah_pd"),
    "survei:impor": ("baca_pd", "ubah_pd"),
    "survei:impor_batal": ("ubah_pd", "ubah_pd"),
    "survei:laporan": ("baca_pd", "baca_pd"),
    "survei:kabupaten": ("pemda", "pemda"),
    "register:ringkasan": ("baca_pd", "baca_pd"),
    "register:aduan": ("baca_pd", "ubah_pd"),
    "register:aduan_ubah": ("baca_pd", "ubah_pd"),
    "register:aduan_hapus": ("ubah_pd", "ubah_pd"),
    "register:kegiatan": ("baca_pd", "ubah_pd"),
    "register:kegiatan_ubah": ("baca_pd", "ubah_pd"),
    "register:kegiatan_hapus": ("ubah_pd", "ubah_pd"),
    "register:impor": ("baca_pd", "ubah_pd"),
    "register:templat": ("baca_pd", "baca_pd"),
    "register:sumber": ("baca_pd", "ubah_pd"),
}

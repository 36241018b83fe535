"""URL arguments and the access policy of the document and reviu pages, for the walk over every URL for every role
(tests/web/test_akses.py merges ARGUMEN_* and LEVEL_* of every tests/<area>/akses.py)."""

from __future__ import annotations


def _pd(tk) -> dict:
    return {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun}


def _pekerjaan(tk, *, publik: bool = False) -> str:
    from sakip.web.dokumen.models import Pekerjaan

    p = Pekerjaan.objects.create(
        tahun_kinerja=tk, tahun=tk.tahun, dokumen="lkjip", format="docx", publik=publik, sidik="uji-akses"
    )
    return str(p.kode)


def _kumpulan(tk) -> str:
    from sakip.web.dokumen.models import Pekerjaan

    p = Pekerjaan.objects.create(
        jenis=Pekerjaan.KUMPULAN,
        pemda=tk.perangkat_daerah.pemda,
        tahun=tk.tahun,
        dokumen="lkjip",
        format="pdf",
        sidik="uji-akses",
    )
    return str(p.kode)


def jalan_uji(tk):
    """A stored reviu run with one finding (the walk needs a finding to address)."""
    from sakip.web.reviu.models import ReviuJalan

    temuan = {
        "kode": "ANGG-PK",
        "tingkat": "galat",
        "lokasi": "RKT · Program 1",
        "pesan": "Pagu program berbeda dengan PK.",
        "tercetak": "1",
        "seharusnya": "2",
        "subjek": "pk[0].anggaran_program.1",
        "jalur": "pk[0].anggaran_program.1",
        "sumber": "berkas",
        "lokasi_lain": [],
    }
    return ReviuJalan.objects.create(
        tahun_kinerja=tk, nama_pereviu="uji", sidik_data="-", temuan=[temuan], jumlah_galat=1
    )


def _kunci(tk) -> str:
    from sakip.web.reviu.selectors import temuan_dari_dict

    return temuan_dari_dict(jalan_uji(tk).temuan[0]).kunci


def _pk(tk) -> int:
    from sakip.web.perencanaan.models import PerjanjianKinerja

    return PerjanjianKinerja.objects.filter(tahun_kinerja=tk).first().pk


ARGUMEN_INTEGRASI = {
    "dokumen:daftar": _pd,
    "dokumen:buat": _pd,
    "dokumen:status": lambda tk: _pd(tk) | {"kode": _pekerjaan(tk)},
    "dokumen:unduh": lambda tk: _pd(tk) | {"kode": _pekerjaan(tk)},
    "dokumen:publik": _pd,
    "dokumen:publik_buat": _pd,
    "dokumen:publik_status": lambda tk: _pd(tk) | {"kode": _pekerjaan(tk, publik=True)},
    "dokumen:publik_unduh": lambda tk: _pd(tk) | {"kode": _pekerjaan(tk, publik=True)},
    "dokumen:pemda": lambda tk: {},
    "dokumen:pemda_status": lambda tk: {"kode": _kumpulan(tk)},
    "dokumen:pemda_unduh": lambda tk: {"kode": _kumpulan(tk)},
    "reviu:ringkasan": _pd,
    "reviu:jalankan": _pd,
    "reviu:temuan": lambda tk: _pd(tk) | {"kunci": _kunci(tk)},
    "reviu:tanggapan": lambda tk: _pd(tk) | {"kunci": _kunci(tk)},
    "reviu:chr": lambda tk: (jalan_uji(tk), _pd(tk))[1],
    "reviu:final_lkjip": _pd,
    "reviu:final_pk": lambda tk: _pd(tk) | {"id": _pk(tk)},
    "reviu:pemda": lambda tk: {},
    "publik:ikm": _pd,
}

# The policy (GET level, POST level), written down independently of the views.
LEVEL_INTEGRASI = {
    "dokumen:daftar": ("baca_pd", "baca_pd"),
    "dokumen:buat": ("baca_pd", "baca_pd"),
    "dokumen:status": ("baca_pd", "baca_pd"),
    "dokumen:unduh": ("baca_pd", "baca_pd"),
    "dokumen:publik": ("publik", "publik"),
    "dokumen:publik_buat": ("publik", "publik"),
    "dokumen:publik_status": ("publik", "publik"),
    "dokumen:publik_unduh": ("publik", "publik"),
    "dokumen:pemda": ("admin", "admin"),
    "dokumen:pemda_status": ("admin", "admin"),
    "dokumen:pemda_unduh": ("admin", "admin"),
    "reviu:ringkasan": ("baca_pd", "baca_pd"),
    "reviu:jalankan": ("reviewer", "reviewer"),
    "reviu:temuan": ("baca_pd", "reviewer"),
    "reviu:tanggapan": ("ubah_pd", "ubah_pd"),
    "reviu:chr": ("baca_pd", "baca_pd"),
    "reviu:final_lkjip": ("kepala_pd", "kepala_pd"),
    "reviu:final_pk": ("kepala_pd", "kepala_pd"),
    "reviu:pemda": ("pemda", "pemda"),
    "publik:ikm": ("publik", "publik"),
}

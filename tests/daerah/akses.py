"""URL arguments and access policy of the district pages, for the walk over every URL for every role
(tests/web/test_akses.py merges ARGUMEN_* and LEVEL_* of every tests/<area>/akses.py)."""

from __future__ import annotations


def _tahun(tk) -> dict:
    return {"tahun": tk.tahun}


ARGUMEN_DAERAH = {
    "daerah:kini": lambda tk: {},
    "daerah:konsolidasi": _tahun,
    "daerah:unduh": _tahun,
    "daerah:lkjip": _tahun,
}

LEVEL_DAERAH = {
    "daerah:kini": ("pemda", "pemda"),
    "daerah:konsolidasi": ("pemda", "admin"),
    "daerah:unduh": ("pemda", "pemda"),
    "daerah:lkjip": ("admin", "admin"),
}

ARGUMEN_TAUTAN = {
    "daerah:tautan": lambda tk: {
        "pd": tk.perangkat_daerah.slug,
        "tahun": tk.tahun,
        "jenis": "sasaran",
        "kode": tk.renstra.sasaran.order_by("urutan", "id").first().kode,
    },
}
LEVEL_TAUTAN = {"daerah:tautan": ("baca_pd", "ubah_pd")}

"""Every URL and API endpoint, for every role, on the role's own agency and on a foreign one.

The list of URLs is read from the resolver: a new URL without an entry in ARGUMEN fails `test_setiap_url_terdaftar`,
and every view must declare its access level (sakip.web.organisasi.akses.akses), which decides the expected outcome.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from sakip.web.organisasi.models import PerangkatDaerah
from sakip.web.pengukuran.models import Bukti, PeriodeRealisasi
from sakip.web.perencanaan.models import PerjanjianKinerja, SubKegiatan
from tests.survei.akses import ARGUMEN_SURVEI, LEVEL_SURVEI

from .conftest import PD_ASING, PD_SENDIRI

PERAN = [None, "admin", "reviewer", "operator", "kepala"]


def _pola(resolver: URLResolver | None = None, ns: str = "", awal: str = "") -> list[tuple[str, object, str]]:
    """(namespaced name, view, full route) of every named URL outside Django's admin."""
    hasil = []
    for p in (resolver or get_resolver()).url_patterns:
        if isinstance(p, URLResolver):
            if p.namespace == "admin":
                continue
            hasil += _pola(p, f"{ns}{p.namespace}:" if p.namespace else ns, awal + str(p.pattern))
        elif isinstance(p, URLPattern) and p.name:
            hasil.append((ns + p.name, p.callback, awal + str(p.pattern)))
    return hasil


def _bukti(tk) -> int:
    from django.core.files.base import ContentFile

    periode = PeriodeRealisasi.objects.get(tahun_kinerja=tk, triwulan=1)
    b = Bukti(periode=periode, nama_asli="bukti.pdf", jenis_isi="application/pdf", ukuran=9)
    b.berkas.save("bukti.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    b.save()
    return b.pk


def _pk(tk) -> int:
    return PerjanjianKinerja.objects.filter(tahun_kinerja=tk).first().pk


# URL name → kwargs for an agency-year (tk). Every named URL must be here.
ARGUMEN = {
    "inti:beranda": lambda tk: {},
    "inti:masuk": lambda tk: {},
    "inti:keluar": lambda tk: {},
    "inti:sandi": lambda tk: {},
    "inti:favicon": lambda tk: {},
    "organisasi:pengguna": lambda tk: {},
    "organisasi:pengaturan": lambda tk: {},
    "dasbor:ikhtisar": lambda tk: {},
    "dasbor:pd_saya": lambda tk: {},
    "dasbor:pd": lambda tk: {"pd": tk.perangkat_daerah.slug},
    "dasbor:dasbor": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "dasbor:indikator": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "kode": "IKU1"},
    "dasbor:riwayat": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "dasbor:terbitkan": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "dasbor:reviu": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "dasbor:api_hasil": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "dasbor:api_ikhtisar": lambda tk: {"tahun": tk.tahun},
    "perencanaan:rencana": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "perencanaan:indikator_ubah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "kode": "IKU1"},
    "perencanaan:sasaran_ubah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "kode": "S1"},
    "perencanaan:indikator_tambah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "kode": "S1"},
    "perencanaan:sub_kegiatan": lambda tk: {
        "pd": tk.perangkat_daerah.slug,
        "tahun": tk.tahun,
        "kode": SubKegiatan.objects.filter(tahun_kinerja=tk).first().kode,
    },
    "perencanaan:sub_tambah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "perencanaan:pk": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "perencanaan:pk_baru": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "perencanaan:tanggal_dpa": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "perencanaan:pk_ubah": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "id": _pk(tk)},
    "perencanaan:pk_tandatangani": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "id": _pk(tk)},
    "perencanaan:pk_hapus": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "id": _pk(tk)},
    "perencanaan:lanjutkan": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "pengukuran:daftar": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    **{
        f"pengukuran:{n}": (lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "triwulan": 4})
        for n in ("isi", "ajukan", "verifikasi", "kembalikan", "kunci", "buka", "bukti_unggah")
    },
    "pengukuran:bukti_unduh": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "id": _bukti(tk)},
    "anggaran:ringkasan": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "anggaran:pagu": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "pertukaran:impor": lambda tk: {},
    "pertukaran:ekspor": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "publik:indeks": lambda tk: {},
    "publik:pd": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "publik:csv": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
    "publik:api": lambda tk: {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun},
}


# The policy, written down once more (GET level, POST level): changing a view's level must change this table.
LEVEL_DIHARAPKAN = {
    "inti:beranda": ("publik", "publik"),
    "inti:masuk": ("publik", "publik"),
    "inti:keluar": ("publik", "publik"),
    "inti:sandi": ("masuk", "masuk"),
    "inti:favicon": ("publik", "publik"),
    "organisasi:pengguna": ("admin", "admin"),
    "organisasi:pengaturan": ("admin", "admin"),
    "dasbor:ikhtisar": ("pemda", "pemda"),
    "dasbor:pd_saya": ("masuk", "masuk"),
    "dasbor:pd": ("baca_pd", "baca_pd"),
    "dasbor:dasbor": ("baca_pd", "baca_pd"),
    "dasbor:indikator": ("baca_pd", "baca_pd"),
    "dasbor:riwayat": ("baca_pd", "baca_pd"),
    "dasbor:terbitkan": ("kepala_atau_admin", "kepala_atau_admin"),
    "dasbor:reviu": ("reviewer", "reviewer"),
    "dasbor:api_hasil": ("baca_pd", "baca_pd"),
    "dasbor:api_ikhtisar": ("pemda", "pemda"),
    "perencanaan:rencana": ("baca_pd", "baca_pd"),
    "perencanaan:indikator_ubah": ("ubah_pd", "ubah_pd"),
    "perencanaan:sasaran_ubah": ("ubah_pd", "ubah_pd"),
    "perencanaan:indikator_tambah": ("ubah_pd", "ubah_pd"),
    "perencanaan:sub_kegiatan": ("baca_pd", "ubah_pd"),
    "perencanaan:sub_tambah": ("ubah_pd", "ubah_pd"),
    "perencanaan:pk": ("baca_pd", "baca_pd"),
    "perencanaan:pk_baru": ("ubah_pd", "ubah_pd"),
    "perencanaan:tanggal_dpa": ("ubah_pd", "ubah_pd"),
    "perencanaan:pk_ubah": ("ubah_pd", "ubah_pd"),
    "perencanaan:pk_tandatangani": ("kepala_pd", "kepala_pd"),
    "perencanaan:pk_hapus": ("ubah_pd", "ubah_pd"),
    "perencanaan:lanjutkan": ("ubah_pd", "ubah_pd"),
    "pengukuran:daftar": ("baca_pd", "baca_pd"),
    "pengukuran:isi": ("baca_pd", "ubah_pd"),
    "pengukuran:ajukan": ("ubah_pd", "ubah_pd"),
    "pengukuran:verifikasi": ("kepala_pd", "kepala_pd"),
    "pengukuran:kembalikan": ("kepala_pd", "kepala_pd"),
    "pengukuran:kunci": ("kepala_pd", "kepala_pd"),
    "pengukuran:buka": ("admin", "admin"),
    "pengukuran:bukti_unggah": ("ubah_pd", "ubah_pd"),
    "pengukuran:bukti_unduh": ("baca_pd", "baca_pd"),
    "anggaran:ringkasan": ("baca_pd", "baca_pd"),
    "anggaran:pagu": ("ubah_pd", "ubah_pd"),
    "pertukaran:impor": ("admin_atau_operator", "admin_atau_operator"),
    "pertukaran:ekspor": ("baca_pd", "baca_pd"),
    "publik:indeks": ("publik", "publik"),
    "publik:pd": ("publik", "publik"),
    "publik:csv": ("publik", "publik"),
    "publik:api": ("publik", "publik"),
}

# The survey and register apps keep their URL arguments and policy with their own tests.
ARGUMEN |= ARGUMEN_SURVEI
LEVEL_DIHARAPKAN |= LEVEL_SURVEI


def _tabel_tambahan() -> None:
    """Other areas' URL tables: every tests/<area>/akses.py may define ARGUMEN_* and LEVEL_* dicts in the same
    form as ARGUMEN and LEVEL_DIHARAPKAN (docs/web.md, "Adding a web app")."""
    import importlib
    from pathlib import Path

    for berkas in sorted(Path(__file__).resolve().parents[1].glob("*/akses.py")):
        modul = importlib.import_module(f"tests.{berkas.parent.name}.akses")
        for nama, nilai in vars(modul).items():
            if nama.startswith("ARGUMEN_") and isinstance(nilai, dict):
                ARGUMEN.update(nilai)
            elif nama.startswith("LEVEL_") and isinstance(nilai, dict):
                LEVEL_DIHARAPKAN.update(nilai)


_tabel_tambahan()


def boleh(level: str, peran: str | None, sendiri: bool) -> bool:
    """The access rules of sakip.web.organisasi.akses, restated independently."""
    if level == "publik":
        return True
    if peran is None:
        return False
    return {
        "masuk": True,
        "pemda": peran in ("admin", "reviewer"),
        "admin": peran == "admin",
        "reviewer": peran == "reviewer",
        "admin_atau_operator": peran in ("admin", "operator"),
        "baca_pd": peran in ("admin", "reviewer") or (peran in ("operator", "kepala") and sendiri),
        "ubah_pd": peran == "admin" or (peran == "operator" and sendiri),
        "kepala_pd": peran == "kepala" and sendiri,
        "kepala_atau_admin": peran == "admin" or (peran == "kepala" and sendiri),
    }[level]


SEMUA = _pola()


def test_setiap_url_terdaftar():
    nama = {n for n, _, _ in SEMUA}
    assert nama == set(ARGUMEN), (
        f"URL tanpa uji akses: {sorted(nama - set(ARGUMEN))}; usang: {sorted(set(ARGUMEN) - nama)}"
    )
    for n, view, _ in SEMUA:
        assert hasattr(view, "akses"), f"{n} tidak menyatakan level akses (@akses)"
        assert (view.akses, view.akses_post) == LEVEL_DIHARAPKAN[n], (
            f"{n}: level akses berubah tanpa memperbarui kebijakan"
        )


def _periksa(status: int, izin: bool, anonim: bool, metode_ok: bool, konteks: str) -> None:
    assert status < 500, f"{konteks}: {status}"
    if not izin:
        if anonim:
            assert status == 302, f"{konteks}: anonim harus diarahkan ke halaman masuk, dapat {status}"
        else:
            assert status == 403, f"{konteks}: harus ditolak (403), dapat {status}"
    elif not metode_ok:
        assert status == 405, f"{konteks}: metode tidak didukung harus 405, dapat {status}"
    else:
        assert status in (200, 302, 400, 409), f"{konteks}: harus diizinkan, dapat {status}"


def _kasus():
    for nama, view, rute in SEMUA:
        # URLs without an agency are walked once; agency URLs on the own and on a foreign agency.
        per_pd = ":pd>" in rute
        for sasaran in ("sendiri", "asing") if per_pd else ("sendiri",):
            for peran in PERAN:
                yield pytest.param(nama, view, peran, sasaran, id=f"{sasaran}-{peran or 'publik'}-{nama}")


@pytest.mark.parametrize("nama,view,peran,sasaran", list(_kasus()))
def test_akses(klien, peran, sasaran, nama, view, tk_dinas, tk_kencong):
    tk = tk_dinas if sasaran == "sendiri" else tk_kencong
    assert tk.perangkat_daerah.nama == (PD_SENDIRI if sasaran == "sendiri" else PD_ASING)
    kw = ARGUMEN[nama](tk)
    punya_pd = "pd" in kw
    url = reverse(nama, kwargs=kw)
    c = klien(peran)
    sendiri = (sasaran == "sendiri" and punya_pd) or not punya_pd
    metode = view.metode
    izin_get = boleh(view.akses, peran, sendiri)
    r = c.get(url)
    _periksa(r.status_code, izin_get, peran is None, "GET" in metode, f"GET {url} sebagai {peran or 'publik'}")
    if "POST" in metode:
        izin_post = boleh(view.akses_post, peran, sendiri)
        r = c.post(url, {})
        _periksa(r.status_code, izin_post, peran is None, True, f"POST {url} sebagai {peran or 'publik'}")


def test_admin_django_hanya_untuk_admin(klien):
    assert klien("admin").get("/admin/").status_code == 200
    for peran in ("operator", "kepala", "reviewer"):
        assert klien(peran).get("/admin/").status_code == 302
    assert klien(None).get("/admin/").status_code == 302


def test_pd_asing_data_tidak_bocor(klien, tk_kencong):
    """A foreign operator sees neither the page nor the figures of another agency."""
    r = klien("operator").get(reverse("dasbor:dasbor", kwargs={"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023}))
    assert r.status_code == 403
    assert "Kencong" not in r.content.decode().split("<main")[1] or "tidak berwenang" in r.content.decode()


def test_pd_tidak_ada_404(klien):
    assert not PerangkatDaerah.objects.filter(slug="tidak-ada").exists()
    r = klien("admin").get("/pd/tidak-ada/2023/")
    assert r.status_code == 404
    assert "Halaman tidak ditemukan" in r.content.decode()

"""Many pemda in one installation: the admin and the reviewer of another pemda never reach Jember's agencies.

Every agency URL of the walk (tests/web/test_akses.py) is tried by both on a Jember agency (refused, whatever the
level says for a reviewer or an admin in general); the district pages they may open list only their own pemda; the
services refuse to create users, change settings or import berkas across the border; the national roles (a role
bound to no pemda) see the recap per pemda.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from sakip.web.api.token import token_buat
from sakip.web.inti.galat import AlurDitolak
from sakip.web.organisasi.akses import TidakBerwenang, aktor_dari, pd_terlihat, pemda_pilih
from sakip.web.organisasi.models import Pemda, Peran, PerangkatDaerah
from sakip.web.organisasi.services import pemda_pengaturan_ubah, pengguna_buat
from sakip.web.pertukaran.services import berkas_impor

from .conftest import PD_ASING, PD_SENDIRI
from .test_akses import ARGUMEN, SEMUA

AKAR = Path(__file__).resolve().parents[2]
PERAN_LAIN = ("admin-lain", "reviewer-lain")


@pytest.fixture
def lain(db):
    """Kabupaten Lain with one agency (no performance year yet), its admin and its reviewer."""
    pemda = Pemda.objects.create(nama="Kabupaten Lain", provinsi="Jawa Timur")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Dinas Lain", slug="dinas-lain")
    User = get_user_model()
    orang = {}
    for nama, peran in (("admin-lain", Peran.ADMIN), ("reviewer-lain", Peran.REVIEWER)):
        u = User.objects.create_user(username=nama, password="sandi-uji-panjang-sekali")
        Peran.objects.create(pengguna=u, peran=peran, pemda=pemda)
        orang[nama] = u
    return {"pemda": pemda, "pd": pd, **orang}


def _klien(u) -> Client:
    c = Client()
    c.force_login(u)
    return c


def _kasus():
    for nama, view, rute in SEMUA:
        if ":pd>" in rute and view.akses != "publik":
            for peran in PERAN_LAIN:
                yield pytest.param(nama, view, peran, id=f"{peran}-{nama}")


@pytest.mark.parametrize("nama,view,peran", list(_kasus()))
def test_pd_pemda_lain_ditolak(lain, tk_kencong, nama, view, peran):
    url = reverse(nama, kwargs=ARGUMEN[nama](tk_kencong))
    c = _klien(lain[peran])
    for metode in ("GET", "POST"):
        if metode == "GET" and "GET" not in view.metode and view.akses == view.akses_post:
            continue
        r = c.get(url) if metode == "GET" else c.post(url, {})
        if metode == "GET" and "GET" not in view.metode:
            assert r.status_code in (403, 405), f"GET {url} sebagai {peran}: {r.status_code}"
            continue
        assert r.status_code == 403, f"{metode} {url} sebagai {peran}: harus 403, dapat {r.status_code}"


HALAMAN_PEMDA = [
    ("dasbor:ikhtisar", {}),
    ("dasbor:api_ikhtisar", {"tahun": 2023}),
    ("reviu:pemda", {}),
    ("survei:kabupaten", {}),
    ("dokumen:pemda", {}),
    ("organisasi:pengguna", {}),
    ("organisasi:pengaturan", {}),
    ("evaluasi:rekap", {"tahun": 2023}),
    ("daerah:konsolidasi", {"tahun": 2023}),
    ("daerah:unduh", {"tahun": 2023}),
]


@pytest.mark.parametrize("peran", PERAN_LAIN)
@pytest.mark.parametrize("nama,kw", HALAMAN_PEMDA, ids=[h[0] for h in HALAMAN_PEMDA])
def test_halaman_pemda_hanya_pemdanya(lain, nama, kw, peran):
    url = reverse(nama, kwargs=kw)
    r = _klien(lain[peran]).get(url + ("?tahun=2023" if not kw else ""))
    assert r.status_code in (200, 302, 403), f"{url} sebagai {peran}: {r.status_code}"
    isi = r.content.decode()
    for asing in (PD_ASING, PD_SENDIRI, "Kabupaten Jember"):
        assert asing not in isi, f"{url} sebagai {peran} memuat '{asing}'"


def test_lingkup_aktor(lain, tk_kencong):
    a = aktor_dari(lain["admin-lain"])
    assert a.pemda_id == lain["pemda"].pk and not a.nasional
    assert list(pd_terlihat(a)) == [lain["pd"]]
    # Asking for Jember with ?pemda= gives one's own pemda, never the other.
    assert pemda_pilih(a, tk_kencong.perangkat_daerah.pemda_id) == lain["pemda"]


def test_pengguna_tidak_lintas_pemda(lain, tk_kencong):
    a = aktor_dari(lain["admin-lain"])
    with pytest.raises(AlurDitolak, match="di luar pemda"):
        pengguna_buat(
            aktor=a, username="op-susup", password="sandi-uji-panjang-sekali", peran=Peran.OPERATOR,
            pd=tk_kencong.perangkat_daerah,
        )  # fmt: skip
    jember = tk_kencong.perangkat_daerah.pemda
    with pytest.raises(AlurDitolak, match="pemda Anda sendiri"):
        pengguna_buat(
            aktor=a, username="adm-susup", password="sandi-uji-panjang-sekali", peran=Peran.ADMIN, pd=None,
            pemda=jember,
        )  # fmt: skip
    u = pengguna_buat(aktor=a, username="rev-baru", password="sandi-uji-panjang-sekali", peran=Peran.REVIEWER, pd=None)
    assert u.peran.pemda == lain["pemda"]
    # An admin of one pemda makes admins of that pemda, without Django's site-wide admin.
    u = pengguna_buat(aktor=a, username="adm-baru", password="sandi-uji-panjang-sekali", peran=Peran.ADMIN, pd=None)
    assert u.peran.pemda == lain["pemda"] and not u.is_superuser and not u.is_staff
    assert get_user_model().objects.filter(username="op-susup").count() == 0


def test_pengaturan_tidak_lintas_pemda(lain, tk_kencong):
    jember = tk_kencong.perangkat_daerah.pemda
    with pytest.raises(AlurDitolak, match="pemda Anda sendiri"):
        pemda_pengaturan_ubah(
            aktor=aktor_dari(lain["admin-lain"]), pemda=jember, versi=jember.versi, pengaturan={}, batas_hari=5,
            alasan="uji",
        )  # fmt: skip
    jember.refresh_from_db()
    assert jember.batas_hari_pelaporan != 5


def test_impor_berkas_pemda_lain_ditolak(lain, tk_kencong):
    from sakip.berkas.baca import BerkasTidakValid

    teks = (AKAR / "examples" / "kencong-2023.yaml").read_text(encoding="utf-8")
    a = aktor_dari(lain["admin-lain"])
    with pytest.raises(BerkasTidakValid) as e:
        berkas_impor(aktor=a, teks=teks)
    assert "Kabupaten Lain" in e.value.laporan()
    with pytest.raises(TidakBerwenang):
        berkas_impor(aktor=a, teks=teks, pd=tk_kencong.perangkat_daerah)
    assert not PerangkatDaerah.objects.filter(pemda=lain["pemda"], nama=PD_ASING).exists()


def test_api_pd_hanya_pemdanya(lain):
    t = token_buat(aktor=aktor_dari(lain["admin-lain"]), nama="uji", hari=1).token
    r = Client().get("/api/v1/pd", HTTP_AUTHORIZATION=f"Bearer {t}")
    assert r.status_code == 200
    assert [x["slug"] for x in r.json()["items"]] == ["dinas-lain"]


def test_peran_nasional_melihat_rekap_per_pemda(lain, klien):
    # The demo's admin is bound to no pemda: the province's or the ministry's view.
    r = klien("admin").get(reverse("dasbor:ikhtisar") + "?tahun=2023")
    isi = r.content.decode()
    assert r.status_code == 200
    assert "Rekap per pemda" in isi and "Kabupaten Lain" in isi and "Kabupaten Jember" in isi
    r = klien("admin").get(reverse("dasbor:ikhtisar") + f"?tahun=2023&pemda={lain['pemda'].pk}")
    isi = r.content.decode().split('id="tabel-ikhtisar"')[1]
    assert "Dinas Lain" in isi and PD_ASING not in isi

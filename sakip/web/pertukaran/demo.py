"""Demo data: the Kencong 2023 example (real, finished year) and a synthetic Diskominfo 2023 (quarters I–III
locked, IV open), one login per role. Used by `sakip demo`, the browser tests and the load test."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction

from sakip.web.organisasi.akses import Aktor
from sakip.web.organisasi.models import Peran, PerangkatDaerah
from sakip.web.pengukuran.services import tahun_terbitkan
from sakip.web.perencanaan.models import TahunKinerja

from .services import berkas_impor

CONTOH = [
    # (file, lock quarters up to, publish)
    ("kencong-2023.yaml", 4, True),
    ("diskominfo-jember-2023-sintetis.yaml", 3, True),
]


@dataclass(frozen=True)
class LoginDemo:
    username: str
    password: str
    peran: str
    pd_nama: str | None
    keterangan: str


LOGIN = [
    LoginDemo("admin", "sakip-demo-admin", Peran.ADMIN, None, "Admin pemda / Bappeda"),
    LoginDemo(
        "operator", "sakip-demo-operator", Peran.OPERATOR, "Dinas Komunikasi dan Informatika", "Operator Diskominfo"
    ),
    LoginDemo("kepala", "sakip-demo-kepala", Peran.KEPALA, "Dinas Komunikasi dan Informatika", "Kepala Diskominfo"),
    LoginDemo("reviewer", "sakip-demo-reviewer", Peran.REVIEWER, None, "Reviewer Inspektorat"),
    LoginDemo(
        "operator-kencong", "sakip-demo-kencong", Peran.OPERATOR, "Kecamatan Kencong", "Operator Kecamatan Kencong"
    ),
    # Every demo agency has its operator and its kepala: a quarter the admin reopens can be verified and locked again.
    LoginDemo(
        "kepala-kencong", "sakip-demo-kepala-kencong", Peran.KEPALA, "Kecamatan Kencong", "Camat Kencong (kepala)"
    ),
]


def folder_contoh() -> Path:
    dari_env = os.environ.get("SAKIP_CONTOH_DIR")
    if dari_env:
        return Path(dari_env)
    return Path(__file__).resolve().parents[3] / "examples"


DAERAH = "jember-2023-sintetis"  # the synthetic district: its district file and agencies (Kencong is the real one)


def siapkan_demo(*, daerah: bool = False) -> list[LoginDemo]:
    """Idempotent: loads what is missing, (re)sets the demo passwords. `daerah`: also the synthetic Kabupaten
    Jember 2023 — its district file (RPJMD) and its other agencies — so the district pages and the Pemda LKjIP have
    a real structure (`sakip demo` does; the test suites keep the two agencies)."""
    User = get_user_model()
    sistem, _ = User.objects.get_or_create(
        username="sistem-demo", defaults={"is_active": False, "first_name": "Pemuat demo"}
    )
    aktor = Aktor(sistem, Peran.ADMIN)
    folder = folder_contoh()
    for nama, kunci, terbit in CONTOH:
        path = folder / nama
        if not path.exists():
            raise FileNotFoundError(f"Contoh berkas tidak ditemukan: {path} (atur SAKIP_CONTOH_DIR)")
        teks = path.read_text(encoding="utf-8")
        from sakip.berkas.baca import baca_teks

        b = baca_teks(teks, sumber=nama)
        if TahunKinerja.objects.filter(perangkat_daerah__nama=b.instansi.nama, tahun=b.tahun).exists():
            continue
        hasil = berkas_impor(aktor=aktor, teks=teks, kunci_sampai=kunci, alasan="data demo", nama_berkas=nama)
        if terbit:
            tahun_terbitkan(aktor=aktor, tk=hasil.tahun_kinerja, terbit=True)
    _evaluasi_demo()
    if daerah:
        _daerah_demo(aktor, folder / DAERAH)
    with transaction.atomic():
        for login in LOGIN:
            u, _ = User.objects.get_or_create(username=login.username, defaults={"first_name": login.keterangan})
            u.set_password(login.password)
            u.is_active = True
            u.is_staff = u.is_superuser = login.peran == Peran.ADMIN
            u.save()
            pd = PerangkatDaerah.objects.get(nama=login.pd_nama) if login.pd_nama else None
            Peran.objects.update_or_create(pengguna=u, defaults={"peran": login.peran, "perangkat_daerah": pd})
    return LOGIN


def _evaluasi_demo() -> None:
    """Kencong 2023: a synthetic final Evaluasi AKIP (self-assessment and evaluator's scores) for the recap and LHE."""
    from sakip.web.evaluasi.demo import siapkan_evaluasi_demo

    tk = TahunKinerja.objects.filter(perangkat_daerah__nama="Kecamatan Kencong", tahun=2023).first()
    if tk is not None:
        siapkan_evaluasi_demo(tk)


def _daerah_demo(aktor: Aktor, folder: Path) -> None:
    """The district file and every agency of the synthetic district not loaded yet. The real Kencong 2023 stays as
    printed (its RPJMD links exist only in the district folder's copy), so it serves no RPJMD sasaran here."""
    from sakip.berkas.baca import baca_teks
    from sakip.berkas.daerah import baca_teks_daerah
    from sakip.web.daerah.models import BerkasDaerahTahun
    from sakip.web.daerah.services import berkas_daerah_simpan
    from sakip.web.organisasi.models import Pemda

    for path in sorted(folder.glob("*.yaml")):
        if path.name == "daerah.yaml":
            continue
        teks = path.read_text(encoding="utf-8")
        b = baca_teks(teks, sumber=path.name)
        if TahunKinerja.objects.filter(perangkat_daerah__nama=b.instansi.nama, tahun=b.tahun).exists():
            continue
        hasil = berkas_impor(aktor=aktor, teks=teks, kunci_sampai=3, alasan="data demo", nama_berkas=path.name)
        tahun_terbitkan(aktor=aktor, tk=hasil.tahun_kinerja, terbit=True)
    isi = (folder / "daerah.yaml").read_bytes()
    pemda = Pemda.objects.get(nama=baca_teks_daerah(isi.decode("utf-8"), sumber="daerah.yaml").pemda)
    if not BerkasDaerahTahun.objects.filter(pemda=pemda).exists():
        berkas_daerah_simpan(aktor=aktor, pemda=pemda, isi=isi, nama_berkas="daerah.yaml", alasan="data demo")

"""Prepares the load test's database: the demo data plus N synthetic agencies (copies of the Diskominfo example
under other names), each with its own operator, so concurrent saves exercise different records.

Run by bench/beban.sh; expects DATABASE_URL and DJANGO_SETTINGS_MODULE in the environment.
"""

from __future__ import annotations

import sys
from pathlib import Path

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402

from sakip.web.organisasi.akses import Aktor  # noqa: E402
from sakip.web.organisasi.models import Peran, PerangkatDaerah  # noqa: E402
from sakip.web.pertukaran.demo import siapkan_demo  # noqa: E402
from sakip.web.pertukaran.services import berkas_impor  # noqa: E402

CONTOH = Path(__file__).resolve().parents[1] / "examples" / "diskominfo-jember-2023-sintetis.yaml"
SANDI = "beban-sakip-2023"


def main(jumlah: int) -> None:
    siapkan_demo()
    User = get_user_model()
    admin = Aktor(User.objects.get(username="admin"), Peran.ADMIN)
    teks = CONTOH.read_text(encoding="utf-8")
    for i in range(1, jumlah + 1):
        nama = f"Dinas Uji Beban {i:02d}"
        if not PerangkatDaerah.objects.filter(nama=nama).exists():
            berkas_impor(
                aktor=admin,
                teks=teks.replace("nama: Dinas Komunikasi dan Informatika\n", f"nama: {nama}\n", 1),
                kunci_sampai=3,
                alasan="data uji beban",
            )
        pd = PerangkatDaerah.objects.get(nama=nama)
        u, _ = User.objects.get_or_create(username=f"beban{i:02d}")
        u.set_password(SANDI)
        u.save()
        Peran.objects.update_or_create(pengguna=u, defaults={"peran": Peran.OPERATOR, "perangkat_daerah": pd})
        print(f"{u.username} {pd.slug} {sesi(u)}", flush=True)


def sesi(u) -> str:
    """A logged-in session for the user, as the login page would create it (password hashing is deliberately
    slow and is not what this test measures)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    s = SessionStore()
    s[SESSION_KEY] = str(u.pk)
    s[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    s[HASH_SESSION_KEY] = u.get_session_auth_hash()
    s.create()
    return s.session_key


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)

"""Prepares the API load test's database: bench/beban_data.py's agencies and operators, plus one API token per
operator (and one for the reviewer, who reads every agency). Prints "token slug" lines for bench/api_beban.py.

Run by bench/api_beban.sh; expects DATABASE_URL and DJANGO_SETTINGS_MODULE in the environment.
"""

from __future__ import annotations

import contextlib
import io
import sys

import beban_data
from django.contrib.auth import get_user_model

from sakip.web.api.token import token_buat
from sakip.web.organisasi.akses import aktor_dari


def main(jumlah: int) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        beban_data.main(jumlah)
    User = get_user_model()
    for i in range(1, jumlah + 1):
        u = User.objects.get(username=f"beban{i:02d}")
        t = token_buat(aktor=aktor_dari(u), nama="uji beban API", hari=1)
        print(f"{t.token} {u.peran.perangkat_daerah.slug}", flush=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)

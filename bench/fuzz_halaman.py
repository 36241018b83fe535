"""Fuzzing every form of the web app (bench/fuzz.py kind ``halaman``).

The forms are found, not listed: as each role (operator, kepala, admin, reviewer) the crawler follows the links
of the app from the home page (only inside the site, never logout), reads every ``<form method="post">`` with its
fields and their current values, and each case posts one of them with one to three fields replaced by a hostile
value (the number and text lists of bench/fuzz.py, impossible dates, a stale or missing version, bytes for a file
field), the others left as the page filled them. Counted: HTTP 500 and partial writes — a post that was refused
(any answer but a redirect) while the database changed (row counts of every model of the app and the agency's
berkas as the engine reads it, before and after). Forms that end the session or delete are left out (they are
tested by the access walk and the workflow tests), so the corpus stays the same during a run.
"""

from __future__ import annotations

import contextlib
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlparse

PERAN = ("operator", "kepala", "admin", "reviewer")
LEWATI = ("keluar", "hapus", "/admin/", "/static/", ".pdf", ".docx", ".xlsx", ".csv", ".json", ".zip", "unduh")
TANGGAL_BERMUSUH = ["2023-02-30", "9999-99-99", "0000-00-00", "31/12/2023", "2023-12-31T25:61", "-1"]


@dataclass(frozen=True)
class Formulir:
    peran: str
    halaman: str
    aksi: str
    medan: tuple[tuple[str, str, str, tuple[str, ...]], ...]  # (name, kind, value, options)


def _boleh_ikuti(href: str) -> bool:
    u = urlparse(href)
    if u.scheme or u.netloc or not u.path.startswith("/"):
        return False
    return not any(x in u.path for x in LEWATI)


def temukan_formulir(klien_per_peran: dict[str, Any], batas_halaman: int = 120) -> list[Formulir]:
    """Crawl as each role from ``/`` and return every POST form seen (one per role, page and action)."""
    import lxml.html

    hasil: dict[tuple[str, str, tuple[str, ...]], Formulir] = {}
    for peran, klien in klien_per_peran.items():
        antre, dilihat = ["/"], set()
        while antre and len(dilihat) < batas_halaman:
            url = antre.pop(0)
            if url in dilihat:
                continue
            dilihat.add(url)
            r = klien.get(url)
            if r.status_code in (301, 302, 303) and _boleh_ikuti(urljoin(url, r["Location"])):
                antre.append(urljoin(url, r["Location"]))
                continue
            if r.status_code != 200 or "html" not in r.get("Content-Type", ""):
                continue
            doc = lxml.html.fromstring(r.content)
            for a in doc.iterlinks():
                href = urljoin(url, a[2]).split("#")[0]
                if a[1] == "href" and _boleh_ikuti(href) and href not in dilihat:
                    antre.append(href)
            for f in doc.forms:
                if (f.method or "GET").upper() != "POST":
                    continue
                aksi = urljoin(url, f.action or url)
                if not _boleh_ikuti(aksi):
                    continue
                medan = []
                for el in f.inputs:
                    nama = el.get("name")
                    if not nama or nama == "csrfmiddlewaretoken":
                        continue
                    jenis = el.tag if el.tag != "input" else (el.get("type") or "text").lower()
                    if jenis in ("submit", "button", "image", "reset"):
                        continue
                    pilihan = (
                        tuple(o.get("value", o.text or "") for o in el.iter("option")) if el.tag == "select" else ()
                    )
                    nilai = el.value if el.tag != "select" or not el.multiple else ""
                    if jenis in ("checkbox", "radio") and not el.checked:
                        nilai = ""
                    medan.append((nama, jenis, nilai if isinstance(nilai, str) else "", pilihan))
                kunci = (peran, aksi, tuple(m[0] for m in medan))
                hasil.setdefault(kunci, Formulir(peran, url, aksi, tuple(medan)))
    return list(hasil.values())


def isi_bermusuh(rng: random.Random, f: Formulir, nilai_angka: list[str], teks: list[str]) -> tuple[dict, list[str]]:
    """The form's own values with one to three fields replaced; returns (data, what was replaced)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    data: dict[str, Any] = {}
    for nama, jenis, nilai, _ in f.medan:
        if jenis == "file":
            continue
        if nilai != "" or jenis not in ("checkbox", "radio"):
            data.setdefault(nama, nilai)
    diganti = []
    calon = [m for m in f.medan] or []
    for nama, jenis, _, pilihan in rng.sample(calon, min(len(calon), rng.randint(1, 3))) if calon else []:
        if jenis == "file":
            isi = rng.choice([b"", b"%PDF-1.4\n" + bytes(rng.randrange(256) for _ in range(200)), b"PK\x03\x04" * 50])
            data[nama] = SimpleUploadedFile(rng.choice(["x.pdf", "x.xlsx", "x.yaml", "../../x.csv"]), isi)
            diganti.append(f"{nama}=<berkas {len(isi)} byte>")
            continue
        if nama == "versi":
            v = rng.choice(["", "0", "-1", "999999", "abc", "1e9"])
        elif jenis == "date" or "tanggal" in nama:
            v = rng.choice(TANGGAL_BERMUSUH)
        elif pilihan and rng.random() < 0.5:
            v = rng.choice(["tidak-ada", "", *(p + "x" for p in pilihan[:3])])
        else:
            v = rng.choice(nilai_angka + teks)
        data[nama] = v
        diganti.append(f"{nama}={v[:24]!r}")
    return data, diganti


def potret(tk) -> tuple:
    """What a refused post must leave unchanged: the agency's berkas and the number of rows of every model."""
    from django.apps import apps

    from sakip.web.pertukaran.ke_berkas import berkas_dari_db, cache_kosongkan

    cache_kosongkan()
    jumlah = tuple(
        (m._meta.label, m.objects.count())
        for m in apps.get_models()
        if m._meta.app_label not in ("sessions", "axes", "admin", "contenttypes")
        and not m._meta.label.endswith(("Pekerjaan", "Token", "TokenApi", "Heartbeat", "Detak", "HitunganAkses"))
    )
    return berkas_dari_db(tk), jumlah


def siapkan_klien(folder: Path):
    """The demo on its own SQLite in `folder`, one test client per role, and the Diskominfo agency-year."""
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    os.environ.pop("DATABASE_URL", None)
    os.environ["SAKIP_DATA"] = str(folder)
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client
    from django.test.utils import setup_test_environment

    # The quarter-form kind may have run first in this process on its own database: start on a fresh one.
    connections.close_all()
    settings.DATABASES["default"]["NAME"] = str(folder / "fuzz.sqlite3")
    connections["default"].settings_dict["NAME"] = settings.DATABASES["default"]["NAME"]
    with contextlib.suppress(RuntimeError):  # already set up by the other web kind
        setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    import logging

    from django.contrib.auth import get_user_model

    from sakip.web.perencanaan.models import TahunKinerja
    from sakip.web.pertukaran.demo import siapkan_demo

    logging.getLogger("django.request").setLevel(logging.ERROR)  # every refused post would log a warning line
    siapkan_demo()
    tk = TahunKinerja.objects.select_related("perangkat_daerah", "renstra").get(
        perangkat_daerah__nama="Dinas Komunikasi dan Informatika", tahun=2023
    )
    User = get_user_model()
    klien = {}
    for peran in PERAN:
        c = Client(raise_request_exception=False)
        c.force_login(User.objects.get(username=peran))
        klien[peran] = c
    return klien, tk

"""A worker killed mid-job (SIGKILL: no clean-up of any kind) loses nothing: another worker process notices the
silent heartbeat, hands the job to a new task and produces the document once. Real processes on a real database
file (the demo's SQLite; the same code runs on PostgreSQL, where tests/web_integrasi/test_dokumen.py covers the
hand-over in-process)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")), reason="real processes on the demo's SQLite file; one run is enough"
)


def _django(env: dict, kode: str) -> str:
    """Run a snippet against the data folder's database in a fresh interpreter; its last printed line."""
    skrip = "import django; django.setup()\n" + textwrap.dedent(kode)
    r = subprocess.run([sys.executable, "-c", skrip], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout.strip().splitlines()[-1] if r.stdout.strip() else ""


MINTA = """
from django.contrib.auth import get_user_model
from sakip.web.dokumen.services import kumpulan_minta
from sakip.web.organisasi.akses import Aktor
from sakip.web.organisasi.models import Peran, Pemda
admin = Aktor(get_user_model().objects.get(username="admin"), Peran.ADMIN)
from sakip.web.perencanaan.models import TahunKinerja
pemda = Pemda.objects.get(pk=TahunKinerja.objects.filter(tahun=2023).values_list("perangkat_daerah__pemda", flat=True)[0])
print(kumpulan_minta(aktor=admin, pemda=pemda, tahun=2023, dokumen="lkjip", format="pdf").pk)
"""


def _keadaan(env: dict, pk: str) -> list[str]:
    return _django(
        env,
        f"""
        from sakip.web.dokumen.models import Pekerjaan
        p = Pekerjaan.objects.get(pk={pk})
        print(p.status, p.percobaan, p.kemajuan, p.tugas)
        """,
    ).split()


def _pekerja(env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "sakip", "pekerja"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def _tunggu(env: dict, pk: str, syarat, batas: float) -> list[str]:
    akhir = time.monotonic() + batas
    while time.monotonic() < akhir:
        k = _keadaan(env, pk)
        if syarat(k):
            return k
        time.sleep(0.3)
    raise AssertionError(f"pekerjaan {pk} tidak sampai keadaan yang ditunggu: {k}")


def test_pekerja_dibunuh_di_tengah_pekerjaan(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env |= {"SAKIP_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "sakip.web.settings"}
    env |= {"SAKIP_DOKUMEN_BATAS_DETAK": "4", "SAKIP_LOG_JSON": "0"}
    subprocess.run(
        [sys.executable, "-m", "sakip", "demo", "--tanpa-server", "--data-dir", str(tmp_path)],
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    # Catch the first worker inside the job: freeze it (SIGSTOP) while it is running, then kill it. A job that
    # finished before the freeze does not count; ask again (at most three times).
    for _ in range(3):
        pk = _django(env, MINTA)
        pertama = _pekerja(env)
        _tunggu(env, pk, lambda k: k[0] != "antri", 120)
        pertama.send_signal(signal.SIGSTOP)
        sebelum = _keadaan(env, pk)
        pertama.kill()
        pertama.wait(10)
        if sebelum[0] == "berjalan":
            break
    else:
        pytest.fail("pekerja pertama selalu selesai sebelum dapat dihentikan")
    assert sebelum[1] == "1"

    kedua = _pekerja(env)
    try:
        akhir = _tunggu(env, pk, lambda k: k[0] in ("selesai", "gagal"), 240)
    finally:
        kedua.terminate()
        kedua.wait(30)
    assert akhir[0] == "selesai" and akhir[1] == "2" and akhir[3] != sebelum[3]
    hasil = _django(
        env,
        f"""
        from django.core.files.storage import storages
        from django_tasks_db.models import DBTaskResult
        from sakip.web.dokumen.models import Pekerjaan
        p = Pekerjaan.objects.get(pk={pk})
        lama = DBTaskResult.objects.get(id="{sebelum[3]}")
        nama = storages["dokumen"].listdir("")[1]
        print(lama.status, lama.exception_class_path.rsplit(".", 1)[-1], p.berkas_hasil in nama,
              storages["dokumen"].size(p.berkas_hasil) == p.ukuran, "GAGAL" not in p.pesan)
        """,
    )
    assert hasil.split() == ["FAILED", "PekerjaTerhenti", "True", "True", "True"], hasil

"""Two web instances and two workers on one PostgreSQL, one Redis and one S3 bucket, no shared disk; one instance
and one worker killed (SIGKILL) mid-run and started again: 0 lost writes, 0 lost jobs, every document produced,
failed requests only on the killed instance while it was down (bench/banyak_node.py, run small)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL"), reason="several nodes need PostgreSQL: run in the PostgreSQL pass"
)
AKAR = Path(__file__).resolve().parents[2]


def _redis_ada() -> bool:
    import redis

    try:
        return bool(redis.Redis.from_url("redis://127.0.0.1:6379/9", socket_timeout=2).ping())
    except redis.RedisError:
        return False


def test_dua_web_dua_pekerja_satu_dibunuh():
    if not _redis_ada():
        pytest.fail(
            "Redis 127.0.0.1:6379 tidak berjalan (mesin CI menyediakannya; jalankan `redis-server --daemonize yes`)"
        )
    pg = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
    r = subprocess.run(
        [sys.executable, "bench/banyak_node.py", "--pd", "4", "--detik", "30", "--pg", pg],
        cwd=AKAR,
        capture_output=True,
        text=True,
        timeout=600,
    )
    keluar = r.stdout + r.stderr[-3000:]
    assert r.returncode == 0, keluar
    assert "HASIL: lulus" in r.stdout and "hilang: 0" in r.stdout, keluar
    simpan = int(re.search(r"(\d+) simpan dikonfirmasi", r.stdout).group(1))
    dokumen = re.search(r"(\d+) pekerjaan dokumen diterima \((\d+) selesai\)", r.stdout)
    assert simpan > 20 and int(dokumen.group(1)) > 5 and dokumen.group(1) == dokumen.group(2), keluar

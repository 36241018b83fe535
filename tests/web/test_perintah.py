"""The command line entry points of the web app: `sakip demo`, `sakip serve`'s deploy check."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

AKAR = Path(__file__).resolve().parents[2]


def _env(**tambahan) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(tambahan)
    return env


def test_check_deploy_bersih(tmp_path):
    env = _env(
        SAKIP_DATA_DIR=str(tmp_path),
        SAKIP_HTTPS="1",
        SAKIP_ALLOWED_HOSTS="sakip.jemberkab.go.id",
        SAKIP_SECRET_KEY="k" * 10 + "Xy9#mQ2!vL7@pR4$wT8%zN1^bH6&cJ3*fD5(gS0)aK" + "e" * 10,
        DJANGO_SETTINGS_MODULE="sakip.web.settings",
    )
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "manage", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        cwd=AKAR,
        timeout=120,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "no issues" in r.stdout


def test_demo_menyiapkan_data_dan_login(tmp_path):
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "demo", "--data-dir", str(tmp_path), "--tanpa-server"],
        env=_env(),
        capture_output=True,
        text=True,
        cwd=AKAR,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    for login in ("admin", "operator", "kepala", "reviewer"):
        assert login in r.stdout
    assert "http://127.0.0.1:8000/" in r.stdout
    assert (tmp_path / "sakip.sqlite3").exists()
    # Idempotent: a second start opens the same database.
    r2 = subprocess.run(
        [sys.executable, "-m", "sakip", "demo", "--data-dir", str(tmp_path), "--tanpa-server"],
        env=_env(),
        capture_output=True,
        text=True,
        cwd=AKAR,
        timeout=300,
    )
    assert r2.returncode == 0, r2.stderr


@pytest.mark.parametrize("port", ["0", "70000"])
def test_demo_port_salah(tmp_path, port):
    r = subprocess.run(
        [sys.executable, "-m", "sakip", "demo", "--data-dir", str(tmp_path), "--port", port],
        env=_env(),
        capture_output=True,
        text=True,
        cwd=AKAR,
        timeout=60,
    )
    assert r.returncode == 2 and "Port" in r.stdout

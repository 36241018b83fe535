"""deploy/Containerfile and deploy/compose.yaml, checked without a container runtime (none is installed here): they
parse, every file they copy exists, every command they run is a real `sakip` command line, every SAKIP_* variable
they set is one the code reads, and every health check asks a probe the app answers."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest
import yaml

from sakip.cli import buat_parser

AKAR = Path(__file__).resolve().parents[2]
CONTAINERFILE = AKAR / "deploy" / "Containerfile"
COMPOSE = AKAR / "deploy" / "compose.yaml"


def _instruksi() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Containerfile, with continuation lines joined and comments dropped."""
    teks = re.sub(r"\\\n", " ", CONTAINERFILE.read_text(encoding="utf-8"))
    hasil = []
    for baris in teks.splitlines():
        baris = baris.strip()
        if baris and not baris.startswith("#"):
            kata, _, sisa = baris.partition(" ")
            hasil.append((kata.upper(), sisa.strip()))
    return hasil


def _variabel_dibaca() -> set[str]:
    """Every environment variable name the code mentions in a string literal."""
    nama = set()
    for f in (AKAR / "sakip").rglob("*.py"):
        nama |= set(re.findall(r"[\"']((?:SAKIP|DATABASE)_[A-Z0-9_]+)[\"']", f.read_text(encoding="utf-8")))
    return nama


def _perintah_sah(argv: list[str]) -> None:
    """argparse exits on an unknown subcommand or option: that fails the test."""
    args = buat_parser().parse_args(argv)
    assert callable(args.jalankan)


def _probe(uji: list[str] | str) -> str:
    teks = uji if isinstance(uji, str) else " ".join(uji)
    m = re.search(r"http://127\.0\.0\.1:8000(/[a-z]+/)", teks)
    assert m, f"pemeriksaan kesehatan tanpa URL probe: {teks}"
    return m.group(1)


def test_containerfile():
    ins = _instruksi()
    assert ins[0][0] == "FROM" and "python:3.11" in ins[0][1], "Python 3.11 seperti requirements-python"
    assert {k for k, _ in ins} <= {
        "FROM",
        "RUN",
        "ENV",
        "WORKDIR",
        "COPY",
        "USER",
        "EXPOSE",
        "HEALTHCHECK",
        "ENTRYPOINT",
        "CMD",
    }
    for k, arg in ins:
        if k == "COPY":
            *sumber, _tujuan = shlex.split(arg)
            for s in sumber:
                assert (AKAR / s).exists(), f"COPY {s}: tidak ada di repositori"
    env = " ".join(a for k, a in ins if k == "ENV")
    for v in re.findall(r"\b(SAKIP_[A-Z0-9_]+)=", env):
        assert v in _variabel_dibaca(), f"ENV {v} tidak dibaca kode mana pun"
    entry = json.loads(next(a for k, a in ins if k == "ENTRYPOINT"))
    cmd = json.loads(next(a for k, a in ins if k == "CMD"))
    assert entry == ["sakip"]
    _perintah_sah(cmd)
    # The lock is installed as the project installs it (hashes, no resolution).
    assert any("--require-hashes" in a and "requirements.lock" in a for k, a in ins if k == "RUN")
    periksa = next(a for k, a in ins if k == "HEALTHCHECK")
    assert _probe(periksa) in ("/sehat/", "/siap/")


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


def test_compose_layanan(compose):
    layanan = compose["services"]
    assert set(layanan) == {"web", "worker", "postgres", "redis"}
    for nama, s in layanan.items():
        for dep in s.get("depends_on", {}):
            assert dep in layanan, f"{nama} bergantung pada layanan tak dikenal {dep}"
        for v in s.get("volumes", []):
            assert v.split(":")[0] in compose["volumes"], f"{nama}: volume {v} tidak dinyatakan"
    assert layanan["web"]["build"]["dockerfile"] == "deploy/Containerfile"
    assert (COMPOSE.parent / layanan["web"]["build"]["context"] / layanan["web"]["build"]["dockerfile"]).is_file()


def test_compose_perintah_dan_lingkungan(compose):
    dibaca = _variabel_dibaca()
    for nama in ("web", "worker"):
        s = compose["services"][nama]
        _perintah_sah(s["command"])
        for v in s["environment"]:
            assert v in dibaca, f"{nama}: {v} tidak dibaca kode mana pun"
        # Web nodes leave the documents to the worker service; workers are scaled on their own.
    assert "--tanpa-pekerja" in compose["services"]["web"]["command"]
    assert compose["services"]["worker"]["command"][0] == "pekerja"
    env = compose["services"]["web"]["environment"]
    assert env["DATABASE_URL"].startswith("postgres://") and "@postgres:5432/" in env["DATABASE_URL"]
    assert env["SAKIP_REDIS_URL"].startswith("redis://redis:6379")
    assert _probe(compose["services"]["web"]["healthcheck"]["test"]) == "/siap/"

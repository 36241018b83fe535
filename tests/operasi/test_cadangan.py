"""`sakip cadangkan` / `sakip pulihkan`: an exact round trip of the database and the stored files (run on SQLite and,
by bin/test, on PostgreSQL), and a damaged archive that changes nothing."""

from __future__ import annotations

import io
import json
import tarfile
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command

from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.operasi.cadangan import CadanganTidakValid, _semua_berkas, cadangkan, pulihkan
from sakip.web.operasi.kesehatan import alias_penyimpanan
from sakip.web.pengukuran.models import Bukti, PeriodeRealisasi, RealisasiSubKegiatan


def _potret() -> tuple[str, dict[str, bytes]]:
    """Everything the installation holds: every row of every table (times to the microsecond) and every file."""
    out = io.StringIO()
    call_command("dumpdata", format="sakipjson", all=True, stdout=out, verbosity=0)
    berkas = {}
    for alias in alias_penyimpanan():
        s = storages[alias]
        for nama in _semua_berkas(s):
            with s.open(nama, "rb") as f:
                berkas[f"{alias}/{nama}"] = f.read()
    return out.getvalue(), berkas


def _bukti(tk, isi: bytes) -> Bukti:
    periode = PeriodeRealisasi.objects.get(tahun_kinerja=tk, triwulan=1)
    b = Bukti(periode=periode, nama_asli="bukti.pdf", jenis_isi="application/pdf", ukuran=len(isi))
    b.berkas.save("bukti-cadangan.pdf", ContentFile(isi), save=False)
    b.save()
    return b


def test_pulihkan_mengembalikan_semuanya_persis(db, tk_dinas, tmp_path):
    b = _bukti(tk_dinas, b"%PDF-1.4\nisi bukti asli\n")
    sebelum = _potret()
    assert any(n.endswith(b.berkas.name) for n in sebelum[1]), "berkas bukti harus ikut dalam potret"
    arsip = tmp_path / "cadangan.tar.gz"
    r = cadangkan(arsip)
    assert r.objek == len(json.loads(sebelum[0])) and r.berkas == len(sebelum[1])

    # Everything changes after the backup: a value, a deleted row, a new file, a changed file, a deleted file.
    realisasi = RealisasiSubKegiatan.objects.filter(anggaran__isnull=False).first()
    realisasi.anggaran += Decimal("1.25")
    with kunci_dibuka():  # the year is locked: a shortcut past the database triggers
        realisasi.save()
    Bukti.objects.filter(pk=b.pk).delete()
    s = storages["default"]
    s.delete(b.berkas.name)
    s.save("sisa/baru.txt", ContentFile(b"tidak ada di cadangan"))
    assert _potret() != sebelum

    pulihkan(arsip)
    assert _potret() == sebelum


def test_cadangan_rusak_tidak_mengubah_apa_pun(db, tk_dinas, tmp_path):
    _bukti(tk_dinas, b"%PDF-1.4\nisi\n")
    arsip = tmp_path / "cadangan.tar.gz"
    cadangkan(arsip)
    # Change one byte of the database dump: its checksum no longer matches the manifest.
    rusak = tmp_path / "rusak.tar.gz"
    with tarfile.open(arsip, "r:gz") as src, tarfile.open(rusak, "w:gz") as dst:
        for m in src.getmembers():
            data = src.extractfile(m).read()
            if m.name == "basis-data.json":
                data = data.replace(b'"', b"'", 1)
            m.size = len(data)
            dst.addfile(m, io.BytesIO(data))
    sebelum = _potret()
    with pytest.raises(CadanganTidakValid, match=r"Checksum basis-data\.json"):
        pulihkan(rusak)
    (tmp_path / "bukan.tar.gz").write_bytes(b"bukan arsip")
    with pytest.raises(CadanganTidakValid, match="bukan arsip cadangan"):
        pulihkan(tmp_path / "bukan.tar.gz")
    assert _potret() == sebelum


def test_perintah_pulihkan_meminta_kepastian(tmp_path, capsys):
    from sakip.cli import main

    (tmp_path / "x.tar.gz").write_bytes(b"x")
    assert main(["pulihkan", str(tmp_path / "x.tar.gz")]) == 2
    assert "--ya" in capsys.readouterr().err

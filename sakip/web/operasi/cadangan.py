"""Backup and restore of one installation: the database (every table, through Django's serialization) and every
stored file (through the storage API, so a filesystem and an S3 bucket are backed up alike), in one .tar.gz with
a manifest listing each member's SHA-256.

Django's serialization rather than pg_dump: one format for SQLite and PostgreSQL (a demo's backup restores into
a production PostgreSQL), no server-version match between pg_dump and the server, and the restore goes through
the same migrations as the code that reads it. Restoring checks the whole archive first (checksums, format,
migrations) and changes nothing when anything is wrong; the database part runs in one transaction.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.recorder import MigrationRecorder

import sakip
from sakip.web.inti.kunci_db import kunci_dibuka

from .kesehatan import alias_penyimpanan

FORMAT = "sakip-cadangan"
VERSI_FORMAT = 1
BASIS_DATA = "basis-data.json"
MANIFEST = "manifest.json"
# Probe files of /siap/ are never worth keeping.
LEWATI = ("siap/",)


class CadanganTidakValid(Exception):
    """The archive cannot be restored; the message says why, in Indonesian."""


@dataclass
class Ringkasan:
    objek: int
    berkas: int
    byte: int


def _sha256(f) -> str:
    h = hashlib.sha256()
    for blok in iter(lambda: f.read(1 << 20), b""):
        h.update(blok)
    return h.hexdigest()


def _semua_berkas(s, awal: str = "") -> list[str]:
    """Every file name in a storage, walked through the storage API (listdir), sorted."""
    try:
        folder, berkas = s.listdir(awal)
    except FileNotFoundError:
        return []
    hasil = [f"{awal}{b}" for b in berkas]
    for d in folder:
        hasil += _semua_berkas(s, f"{awal}{d}/")
    return sorted(h for h in hasil if not h.startswith(LEWATI))


def _migrasi() -> list[list[str]]:
    return sorted([a, n] for a, n in MigrationRecorder(connections[DEFAULT_DB_ALIAS]).applied_migrations())


def _tambah(tar: tarfile.TarFile, nama: str, f, ukuran: int) -> None:
    info = tarfile.TarInfo(nama)
    info.size = ukuran
    info.mtime = 0  # the archive's bytes depend on the content only
    tar.addfile(info, f)


def cadangkan(tujuan: Path) -> Ringkasan:
    """Write the backup of the database and stored files to `tujuan` (.tar.gz), atomically (a temporary name, then
    a rename: a half-written backup never carries the final name)."""
    tujuan = Path(tujuan)
    isi: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="sakip-cadangan-") as tmp:
        dump = Path(tmp) / BASIS_DATA
        # One consistent snapshot: inside a transaction PostgreSQL reads every table at one point in time
        # (REPEATABLE READ below), SQLite holds its read lock.
        koneksi = connections[DEFAULT_DB_ALIAS]
        baru = not koneksi.in_atomic_block  # only a transaction of our own can still choose its isolation
        with transaction.atomic():
            if koneksi.vendor == "postgresql" and baru:
                with connections[DEFAULT_DB_ALIAS].cursor() as c:
                    c.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            call_command("dumpdata", format="sakipjson", all=True, output=str(dump), verbosity=0)
            migrasi = _migrasi()
        objek = len(json.loads(dump.read_bytes()))
        fd, sementara = tempfile.mkstemp(dir=tujuan.parent, prefix=f".{tujuan.name}.", suffix=".sementara")
        os.close(fd)
        try:
            with tarfile.open(sementara, "w:gz") as tar:
                with dump.open("rb") as f:
                    isi.append({"nama": BASIS_DATA, "sha256": _sha256(f), "ukuran": dump.stat().st_size})
                    f.seek(0)
                    _tambah(tar, BASIS_DATA, f, dump.stat().st_size)
                for alias in alias_penyimpanan():
                    s = storages[alias]
                    for nama in _semua_berkas(s):
                        with s.open(nama, "rb") as f:
                            data = f.read()
                        anggota = f"berkas/{alias}/{nama}"
                        isi.append({"nama": anggota, "sha256": hashlib.sha256(data).hexdigest(), "ukuran": len(data)})
                        _tambah(tar, anggota, io.BytesIO(data), len(data))
                manifest = {
                    "format": FORMAT,
                    "versi_format": VERSI_FORMAT,
                    "versi_sakip": sakip.__version__,
                    "dibuat_pada": datetime.now(UTC).isoformat(),
                    "mesin_basis_data": connections[DEFAULT_DB_ALIAS].vendor,
                    "jumlah_objek": objek,
                    "migrasi": migrasi,
                    "penyimpanan": alias_penyimpanan(),
                    "isi": isi,
                }
                m = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                _tambah(tar, MANIFEST, io.BytesIO(m), len(m))
            os.replace(sementara, tujuan)
        except BaseException:
            Path(sementara).unlink(missing_ok=True)
            raise
    berkas = [x for x in isi if x["nama"] != BASIS_DATA]
    return Ringkasan(objek, len(berkas), sum(x["ukuran"] for x in berkas))


def _baca_dan_periksa(sumber: Path, tmp: Path) -> dict:
    """Unpack into `tmp` and check everything against the manifest; raise CadanganTidakValid otherwise."""
    try:
        with tarfile.open(sumber, "r:gz") as tar:
            tar.extractall(tmp, filter="data")  # "data" refuses absolute paths, "..", links out of the folder
    except (OSError, EOFError, tarfile.TarError) as exc:
        raise CadanganTidakValid(
            f"{sumber} bukan arsip cadangan SAKIP (.tar.gz) yang dapat dibaca, atau arsipnya rusak: {exc}"
        ) from exc
    try:
        manifest = json.loads((tmp / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CadanganTidakValid(f"Arsip tidak memuat {MANIFEST} yang sah: bukan cadangan SAKIP.") from exc
    if manifest.get("format") != FORMAT:
        raise CadanganTidakValid("Arsip ini bukan cadangan SAKIP (format manifest tidak dikenal).")
    if manifest.get("versi_format") != VERSI_FORMAT:
        raise CadanganTidakValid(
            f"Versi format cadangan {manifest.get('versi_format')} tidak didukung (versi ini membaca {VERSI_FORMAT})."
        )
    tercatat = {x["nama"] for x in manifest["isi"]}
    ada = {str(p.relative_to(tmp)) for p in tmp.rglob("*") if p.is_file()} - {MANIFEST}
    if ada - tercatat:
        raise CadanganTidakValid(f"Arsip memuat berkas yang tidak tercatat di manifest: {sorted(ada - tercatat)[:5]}")
    for x in manifest["isi"]:
        p = tmp / x["nama"]
        if not p.is_file():
            raise CadanganTidakValid(f"Berkas {x['nama']} tercatat di manifest tetapi tidak ada di arsip.")
        with p.open("rb") as f:
            if _sha256(f) != x["sha256"]:
                raise CadanganTidakValid(f"Checksum {x['nama']} tidak cocok: arsip rusak atau diubah.")
    return manifest


def pulihkan(sumber: Path) -> Ringkasan:
    """Replace the database content and every stored file with the backup's. Checks first; then the database in one
    transaction (emptied, then loaded with the same primary keys); then the files (every file not in the backup is
    removed, every file in it written under its own name)."""
    sumber = Path(sumber)
    with tempfile.TemporaryDirectory(prefix="sakip-pulihkan-") as t:
        tmp = Path(t)
        manifest = _baca_dan_periksa(sumber, tmp)
        call_command("migrate", interactive=False, verbosity=0)
        sekarang = _migrasi()
        if sorted(map(list, manifest["migrasi"])) != sekarang:
            lebih = {tuple(m) for m in manifest["migrasi"]} - {tuple(m) for m in sekarang}
            kurang = {tuple(m) for m in sekarang} - {tuple(m) for m in manifest["migrasi"]}
            raise CadanganTidakValid(
                "Cadangan dibuat dengan versi skema basis data yang lain; pulihkan dengan versi SAKIP yang membuatnya "
                f"({manifest.get('versi_sakip')}). Migrasi hanya di cadangan: {sorted(lebih)[:5]}; hanya di sini: "
                f"{sorted(kurang)[:5]}."
            )
        tidak_dikenal = [a for a in manifest["penyimpanan"] if a not in storages.backends]
        if tidak_dikenal:
            raise CadanganTidakValid(f"Penyimpanan {tidak_dikenal} dari cadangan tidak ada di pengaturan ini.")
        koneksi = connections[DEFAULT_DB_ALIAS]
        # Emptying and reloading passes the locked-data triggers (sakip.web.inti.kunci_db): the backup's rows are
        # put back as they were, locked ones included.
        with transaction.atomic(), kunci_dibuka():
            pg = koneksi.vendor == "postgresql"
            if pg:
                # PostgreSQL refuses to TRUNCATE a table with deferred foreign-key checks still pending (writes
                # earlier in an enclosing transaction): run them now, and defer again for the load.
                with koneksi.cursor() as c:
                    c.execute("SET CONSTRAINTS ALL IMMEDIATE")
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            if pg:
                with koneksi.cursor() as c:
                    c.execute("SET CONSTRAINTS ALL DEFERRED")
            call_command("loaddata", str(tmp / BASIS_DATA), verbosity=0)
        berkas = [x for x in manifest["isi"] if x["nama"].startswith("berkas/")]
        for alias in manifest["penyimpanan"]:
            s = storages[alias]
            for nama in _semua_berkas(s):
                s.delete(nama)
        for x in berkas:
            _, alias, nama = x["nama"].split("/", 2)
            with (tmp / x["nama"]).open("rb") as f:
                disimpan = storages[alias].save(nama, ContentFile(f.read()))
            if disimpan != nama:  # a storage that renames would break the references in the database
                raise CadanganTidakValid(f"Penyimpanan {alias} menyimpan {nama} sebagai {disimpan}.")
    return Ringkasan(manifest["jumlah_objek"], len(berkas), sum(x["ukuran"] for x in berkas))

"""Worker heartbeats in the database: the one store every web node and every worker already shares."""

from __future__ import annotations

import os
import socket
from datetime import timedelta

from django.utils import timezone

from .models import DetakPekerja

# A worker beats at least this often; the readiness probe calls one silent for BATAS_DIAM gone.
SELANG = 30
BATAS_DIAM = timedelta(minutes=2)


def nama_proses() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def catat(nama: str | None = None) -> None:
    sekarang = timezone.now()
    nama = nama or nama_proses()
    if not DetakPekerja.objects.filter(nama=nama).update(detak=sekarang):
        DetakPekerja.objects.get_or_create(nama=nama, defaults={"detak": sekarang, "mulai_pada": sekarang})
    # Rows of workers long gone (a restarted container gets a new host name) are dropped by the living.
    DetakPekerja.objects.filter(detak__lt=sekarang - timedelta(days=1)).delete()


def hapus(nama: str | None = None) -> None:
    """A worker stopping cleanly says so, so the probe does not wait for its heartbeat to age out."""
    DetakPekerja.objects.filter(nama=nama or nama_proses()).delete()


def hidup() -> list[DetakPekerja]:
    return list(DetakPekerja.objects.filter(detak__gte=timezone.now() - BATAS_DIAM).order_by("nama"))

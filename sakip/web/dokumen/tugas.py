"""The document task on Django's tasks API (the django-tasks backport; Django 6 ships the same API as
``django.tasks``, so moving up changes only the import below).

A task carries one job (models.Pekerjaan) to a worker; everything about the job itself — what to make, progress,
the file, reuse of an equal document — stays on the job row. `antrekan` is called inside the transaction that
writes the job, so the job and its task are stored together or not at all.
"""

from __future__ import annotations

try:
    from django.tasks import task  # Django >= 6
except ImportError:
    from django_tasks import task

ANTRIAN = "dokumen"


@task(queue_name=ANTRIAN)
def susun_dokumen(pekerjaan_id: int) -> str:
    from .pekerja import jalankan_pekerjaan

    return jalankan_pekerjaan(pekerjaan_id)


def antrekan(pekerjaan_id: int) -> None:
    """Give a job a new task (a first attempt, or again after its worker stopped) and remember which one."""
    from .models import Pekerjaan

    hasil = susun_dokumen.enqueue(pekerjaan_id)
    Pekerjaan.objects.filter(pk=pekerjaan_id).update(tugas=hasil.id)

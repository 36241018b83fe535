"""The background task that recomputes kept headline figures (ringkasan.py) on the workers, on its own queue
and below documents in priority: a person waiting for a PDF goes first."""

from __future__ import annotations

try:
    from django.tasks import task  # Django >= 6
except ImportError:
    from django_tasks import task

ANTRIAN = "ringkasan"


@task(queue_name=ANTRIAN, priority=-10)
def ringkas_capaian(pk_daftar: list[int]) -> int:
    from .ringkasan import perbarui

    return perbarui(pk_daftar)


def antrekan(pk_daftar: list[int]) -> None:
    ringkas_capaian.enqueue(list(pk_daftar))

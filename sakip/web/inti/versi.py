"""Optimistic concurrency: a form carries the record's version; saving claims version → version + 1 in one
UPDATE. If someone saved in between, nothing matches and the save is refused (`KonflikVersi`)."""

from __future__ import annotations

from django.db.models import F, Model

from .galat import KonflikVersi


def klaim_versi(model: type[Model], pk: int, versi: int | None, apa: str) -> None:
    if versi is None:
        raise KonflikVersi(apa)
    if model.objects.filter(pk=pk, versi=versi).update(versi=F("versi") + 1) == 0:
        raise KonflikVersi(apa)

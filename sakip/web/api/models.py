"""Per-user API tokens. Only a SHA-256 of the token is stored: the token itself is shown once, when made."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class TokenApi(models.Model):
    pengguna = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="token_api")
    nama = models.CharField("nama token", max_length=100)  # what it is for: "dasbor bupati", "skrip SIPD"
    # The first characters of the token, to tell tokens apart in lists; not enough to use it.
    awalan = models.CharField(max_length=16)
    sidik = models.CharField(max_length=64, unique=True)  # sha256 hex of the whole token
    dibuat_pada = models.DateTimeField(auto_now_add=True)
    dibuat_oleh = models.CharField(max_length=150, blank=True)
    kedaluwarsa = models.DateTimeField()
    terakhir_dipakai = models.DateTimeField(null=True, blank=True)
    dicabut_pada = models.DateTimeField(null=True, blank=True)
    dicabut_oleh = models.CharField(max_length=150, blank=True)

    class Meta:
        verbose_name = "token API"
        verbose_name_plural = "token API"
        ordering = ["-dibuat_pada", "-id"]

    def __str__(self) -> str:
        return f"{self.nama} ({self.awalan}…)"

    def berlaku(self, sekarang) -> bool:
        return self.dicabut_pada is None and self.kedaluwarsa > sekarang

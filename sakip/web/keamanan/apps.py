from django.apps import AppConfig


class KeamananConfig(AppConfig):
    """Login hardening (lockout, two-step login, session expiry), security headers and request limits.

    What is protected and how: docs/keamanan.md."""

    name = "sakip.web.keamanan"
    label = "keamanan"
    verbose_name = "Keamanan"
    prefix_url = "akun/"
    menu: list = []
    menu_pd: list = []

    def ready(self) -> None:
        from . import sesi

        sesi.sambungkan()

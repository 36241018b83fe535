from django.apps import AppConfig


class RiwayatConfig(AppConfig):
    """Change history: who, when, old value, new value, reason — for every write, imports included."""

    name = "sakip.web.riwayat"
    label = "riwayat"
    verbose_name = "Riwayat perubahan"
    prefix_url = None
    menu: list = []
    menu_pd: list = []

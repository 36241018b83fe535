from django.apps import AppConfig

from .menu import ItemMenu


class IntiConfig(AppConfig):
    """The shell: base template, navigation, login, error pages, number fields, charts."""

    name = "sakip.web.inti"
    label = "inti"
    verbose_name = "Inti"
    prefix_url = ""
    menu = [ItemMenu("Beranda", "inti:beranda", urutan=0)]
    menu_pd: list = []

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from .kunci_db import daftarkan_sqlite

        connection_created.connect(daftarkan_sqlite, dispatch_uid="sakip_buka")

from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class PengukuranConfig(AppConfig):
    """Quarterly realisations, their approval workflow, evidence and reviu notes."""

    name = "sakip.web.pengukuran"
    label = "pengukuran"
    verbose_name = "Pengukuran"
    prefix_url = "pd/<slug:pd>/<int:tahun>/realisasi/"
    menu: list = []
    menu_pd = [ItemMenu("Realisasi", "pengukuran:daftar", urutan=20)]

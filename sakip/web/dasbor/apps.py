from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class DasborConfig(AppConfig):
    """Agency dashboards, the district overview, the change log and the JSON API."""

    name = "sakip.web.dasbor"
    label = "dasbor"
    verbose_name = "Dasbor"
    prefix_url = ""
    menu = [
        ItemMenu("Ikhtisar pemda", "dasbor:ikhtisar", peran=("admin", "reviewer"), urutan=10),
        ItemMenu("Perangkat daerah saya", "dasbor:pd_saya", peran=("operator", "kepala"), urutan=10),
    ]
    menu_pd = [
        ItemMenu("Dasbor", "dasbor:dasbor", urutan=10),
        ItemMenu("Riwayat", "dasbor:riwayat", urutan=90),
    ]

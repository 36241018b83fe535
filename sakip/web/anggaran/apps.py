from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class AnggaranConfig(AppConfig):
    """Budget: ceilings per sub kegiatan (bulk edit) and absorption per program, kegiatan, sub kegiatan."""

    name = "sakip.web.anggaran"
    label = "anggaran"
    verbose_name = "Anggaran"
    prefix_url = "pd/<slug:pd>/<int:tahun>/anggaran/"
    menu: list = []
    menu_pd = [ItemMenu("Anggaran", "anggaran:ringkasan", urutan=50)]

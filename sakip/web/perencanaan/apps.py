from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class PerencanaanConfig(AppConfig):
    """Renstra, RKT with budget ceilings, IKU and the performance agreement (PK)."""

    name = "sakip.web.perencanaan"
    label = "perencanaan"
    verbose_name = "Perencanaan"
    prefix_url = "pd/<slug:pd>/<int:tahun>/rencana/"
    menu: list = []
    menu_pd = [
        ItemMenu("Rencana", "perencanaan:rencana", urutan=30),
        ItemMenu("Perjanjian Kinerja", "perencanaan:pk", urutan=40),
    ]

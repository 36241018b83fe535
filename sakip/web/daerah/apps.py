from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class DaerahConfig(AppConfig):
    """The district level (issue 11): the agencies' Renstra links to the RPJMD and indicator owners, kept with
    their data; the district file (RPJMD, Bappeda's realisasi) of each pemda-year; the consolidation page and the
    Pemda LKjIP."""

    name = "sakip.web.daerah"
    label = "daerah"
    verbose_name = "Tingkat daerah (RPJMD)"
    prefix_url = ""
    menu = [ItemMenu("Kinerja daerah", "daerah:kini", peran=("admin", "reviewer"), urutan=66)]

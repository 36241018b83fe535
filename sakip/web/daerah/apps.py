from django.apps import AppConfig


class DaerahConfig(AppConfig):
    """The district level (issue 11). So far the agencies' Renstra links to the RPJMD, kept with their data."""

    name = "sakip.web.daerah"
    label = "daerah"
    verbose_name = "Tingkat daerah (RPJMD)"

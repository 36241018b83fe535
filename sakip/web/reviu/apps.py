from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class ReviuConfig(AppConfig):
    """The Inspektorat's reviu of an agency-year on the web: automatic findings (sakip.core.reviu) on the data and
    optionally on an uploaded printed report, a follow-up status per finding, the agency's responses, the Catatan
    Hasil Reviu, and the kepala's finalisation of the PK and the LKjIP (refused while a galat is open)."""

    name = "sakip.web.reviu"
    label = "reviu"
    verbose_name = "Reviu"
    # Agency pages under /pd/<pd>/<tahun>/reviu/, the district list under /reviu/ (see urls.py).
    prefix_url = ""
    menu = [ItemMenu("Reviu", "reviu:pemda", peran=("admin", "reviewer"), urutan=65)]
    menu_pd = [ItemMenu("Reviu", "reviu:ringkasan", urutan=85)]

from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class PertukaranConfig(AppConfig):
    """Import and export of berkas files and workbooks; the ORM → core conversion (ke_berkas)."""

    name = "sakip.web.pertukaran"
    label = "pertukaran"
    verbose_name = "Impor dan ekspor berkas"
    prefix_url = "berkas/"
    menu = [ItemMenu("Impor berkas", "pertukaran:impor", peran=("admin", "operator"), urutan=70)]
    menu_pd: list = []

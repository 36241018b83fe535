from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class PublikConfig(AppConfig):
    """What the public sees without a login: published (locked) results per agency, CSV downloads."""

    name = "sakip.web.publik"
    label = "publik"
    verbose_name = "Publik"
    prefix_url = "publik/"
    menu = [ItemMenu("Kinerja publik", "publik:indeks", urutan=60)]
    menu_pd: list = []

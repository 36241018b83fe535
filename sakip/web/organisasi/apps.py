from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class OrganisasiConfig(AppConfig):
    name = "sakip.web.organisasi"
    label = "organisasi"
    verbose_name = "Organisasi"
    prefix_url = "pemda/"
    menu = [
        ItemMenu("Pengguna", "organisasi:pengguna", peran=("admin",), urutan=80),
        ItemMenu("Pengaturan", "organisasi:pengaturan", peran=("admin",), urutan=85),
    ]
    menu_pd: list = []

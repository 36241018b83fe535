from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class RegisterConfig(AppConfig):
    """Complaint and activity registers, and indicators whose realisasi is computed from records."""

    name = "sakip.web.register"
    label = "register"
    verbose_name = "Register dan realisasi terhitung"
    prefix_url = "pd/<slug:pd>/<int:tahun>/register/"
    menu: list = []
    menu_pd = [ItemMenu("Register", "register:ringkasan", urutan=65)]
    # Every measurement (dashboard, public page, documents, reviu) includes this app's records: see pelengkap.py.
    pelengkap_berkas = "sakip.web.register.pelengkap.berkas_pelengkap"
    versi_pelengkap = "sakip.web.register.pelengkap.versi_catatan"

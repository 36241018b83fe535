from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class ApiConfig(AppConfig):
    """The REST API (django-ninja, /api/v1/), its per-user tokens and the open-data downloads."""

    name = "sakip.web.api"
    label = "api"
    verbose_name = "API"
    prefix_url = "api/"
    menu = [ItemMenu("Token API", "api:token", peran=("admin", "operator", "kepala", "reviewer"), urutan=90)]
    menu_pd: list = []

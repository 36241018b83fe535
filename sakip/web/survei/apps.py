from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class SurveiConfig(AppConfig):
    """Survei Kepuasan Masyarakat: the public questionnaire (phone, kiosk, QR), results, imports, the report."""

    name = "sakip.web.survei"
    label = "survei"
    verbose_name = "Survei Kepuasan Masyarakat"
    # Public pages live under /skm/ and /s/, the agency's pages under /pd/<pd>/<tahun>/survei/ (see urls.py).
    prefix_url = ""
    menu = [ItemMenu("SKM kabupaten", "survei:kabupaten", peran=("admin", "reviewer"), urutan=60)]
    menu_pd = [ItemMenu("Survei (SKM)", "survei:hasil", urutan=60)]

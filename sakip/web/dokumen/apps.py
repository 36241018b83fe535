from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class DokumenConfig(AppConfig):
    """Documents from the database (LKjIP, PK, Renstra/RKT/IKU matrices) through the same renderer as the command
    line, produced by a background worker from a durable job queue (models.Pekerjaan, pekerja.py)."""

    name = "sakip.web.dokumen"
    label = "dokumen"
    verbose_name = "Dokumen"
    # Agency pages under /pd/<pd>/<tahun>/dokumen/, the public ones under /publik/<pd>/<tahun>/dokumen/, the
    # district batch under /dokumen/ (see urls.py).
    prefix_url = ""
    menu = [ItemMenu("Dokumen pemda", "dokumen:pemda", peran=("admin",), urutan=75)]
    menu_pd = [ItemMenu("Dokumen", "dokumen:daftar", urutan=80)]

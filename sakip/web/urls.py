"""URL layout. Each SAKIP app whose AppConfig sets ``prefix_url`` is included under that prefix with its
own namespace (the app label), so a new app needs no edit here (docs/web.md)."""

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import include, path

from sakip.web.inti import views as inti_views

admin.site.site_header = "SAKIP — Administrasi Pemda"
admin.site.site_title = "SAKIP"

urlpatterns = [path("admin/", admin.site.urls)]
for nama in settings.SAKIP_APPS:
    konfigurasi = next(c for c in apps.get_app_configs() if c.name == nama)
    prefix = getattr(konfigurasi, "prefix_url", None)
    if prefix is not None:
        urlpatterns.append(path(prefix, include((f"{nama}.urls", konfigurasi.label), namespace=konfigurasi.label)))

handler400 = inti_views.galat_400
handler403 = inti_views.galat_403
handler404 = inti_views.galat_404
handler500 = inti_views.galat_500

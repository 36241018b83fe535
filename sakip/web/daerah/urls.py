from django.urls import path

from . import views

app_name = "daerah"
urlpatterns = [
    path("daerah/", views.kini, name="kini"),
    path("daerah/<int:tahun>/", views.konsolidasi, name="konsolidasi"),
    path("daerah/<int:tahun>/daerah.yaml", views.unduh, name="unduh"),
    path("daerah/<int:tahun>/lkjip/", views.lkjip, name="lkjip"),
    path("pd/<slug:pd>/<int:tahun>/rpjmd/<str:jenis>/<str:kode>/", views.tautan, name="tautan"),
]

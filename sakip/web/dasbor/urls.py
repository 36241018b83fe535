from django.urls import path

from . import views

app_name = "dasbor"
urlpatterns = [
    path("ikhtisar/", views.ikhtisar, name="ikhtisar"),
    path("saya/", views.pd_saya, name="pd_saya"),
    path("pd/<slug:pd>/", views.pd_beranda, name="pd"),
    path("pd/<slug:pd>/<int:tahun>/", views.dasbor, name="dasbor"),
    path("pd/<slug:pd>/<int:tahun>/indikator/<str:kode>/", views.indikator, name="indikator"),
    path("pd/<slug:pd>/<int:tahun>/riwayat/", views.riwayat, name="riwayat"),
    path("pd/<slug:pd>/<int:tahun>/terbitkan/", views.terbitkan, name="terbitkan"),
    path("pd/<slug:pd>/<int:tahun>/reviu/catatan/", views.reviu, name="reviu"),
    path("api/v1/pd/<slug:pd>/<int:tahun>/hasil.json", views.api_hasil, name="api_hasil"),
    path("api/v1/ikhtisar/<int:tahun>.json", views.api_ikhtisar, name="api_ikhtisar"),
]

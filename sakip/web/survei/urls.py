from django.urls import path

from . import views

app_name = "survei"
urlpatterns = [
    # Public: no login.
    path("skm/<slug:pd>/", views.formulir, name="formulir"),
    path("skm/<slug:pd>/terima-kasih/", views.terima_kasih, name="terima_kasih"),
    path("skm/<slug:pd>/qr.svg", views.qr, name="qr"),
    path("skm/kios/<str:token>/", views.kios, name="kios"),
    path("s/<str:kode>/", views.pendek, name="pendek"),
    # The agency's pages.
    path("pd/<slug:pd>/<int:tahun>/survei/", views.hasil, name="hasil"),
    path("pd/<slug:pd>/<int:tahun>/survei/poster/", views.poster, name="poster"),
    path("pd/<slug:pd>/<int:tahun>/survei/pengaturan/", views.pengaturan, name="pengaturan"),
    path("pd/<slug:pd>/<int:tahun>/survei/impor/", views.impor, name="impor"),
    path("pd/<slug:pd>/<int:tahun>/survei/impor/<int:id>/batal/", views.impor_batal, name="impor_batal"),
    path("pd/<slug:pd>/<int:tahun>/survei/laporan.<str:format>", views.laporan, name="laporan"),
    # District.
    path("survei/kabupaten/", views.kabupaten, name="kabupaten"),
]

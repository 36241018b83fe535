from django.urls import path

from . import views

app_name = "register"
urlpatterns = [
    path("", views.ringkasan, name="ringkasan"),
    path("aduan/", views.aduan, name="aduan"),
    path("aduan/<int:id>/", views.aduan_ubah, name="aduan_ubah"),
    path("aduan/<int:id>/hapus/", views.aduan_hapus, name="aduan_hapus"),
    path("kegiatan/", views.kegiatan, name="kegiatan"),
    path("kegiatan/<int:id>/", views.kegiatan_ubah, name="kegiatan_ubah"),
    path("kegiatan/<int:id>/hapus/", views.kegiatan_hapus, name="kegiatan_hapus"),
    path("impor/", views.impor, name="impor"),
    path("templat-<str:jenis>.csv", views.templat, name="templat"),
    path("sumber/<str:kode>/", views.sumber, name="sumber"),
]

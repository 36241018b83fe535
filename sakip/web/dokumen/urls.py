from django.urls import path

from . import views

app_name = "dokumen"
PD = "pd/<slug:pd>/<int:tahun>/dokumen/"
PUBLIK = "publik/<slug:pd>/<int:tahun>/dokumen/"
urlpatterns = [
    path(PD, views.daftar, name="daftar"),
    path(f"{PD}buat/", views.buat, name="buat"),
    path(f"{PD}<str:kode>/", views.status, name="status"),
    path(f"{PD}<str:kode>/unduh/", views.unduh, name="unduh"),
    path(PUBLIK, views.publik, name="publik"),
    path(f"{PUBLIK}buat/", views.publik_buat, name="publik_buat"),
    path(f"{PUBLIK}<str:kode>/", views.publik_status, name="publik_status"),
    path(f"{PUBLIK}<str:kode>/unduh/", views.publik_unduh, name="publik_unduh"),
    path("dokumen/", views.pemda, name="pemda"),
    path("dokumen/<str:kode>/", views.pemda_status, name="pemda_status"),
    path("dokumen/<str:kode>/unduh/", views.pemda_unduh, name="pemda_unduh"),
]

from django.urls import path

from . import views

app_name = "pengukuran"
urlpatterns = [
    path("", views.daftar, name="daftar"),
    path("<int:triwulan>/", views.isi, name="isi"),
    path("<int:triwulan>/ajukan/", views.ajukan, name="ajukan"),
    path("<int:triwulan>/verifikasi/", views.verifikasi, name="verifikasi"),
    path("<int:triwulan>/kembalikan/", views.kembalikan, name="kembalikan"),
    path("<int:triwulan>/kunci/", views.kunci, name="kunci"),
    path("<int:triwulan>/buka/", views.buka, name="buka"),
    path("<int:triwulan>/bukti/", views.bukti_unggah, name="bukti_unggah"),
    path("bukti/<int:id>/", views.bukti_unduh, name="bukti_unduh"),
]

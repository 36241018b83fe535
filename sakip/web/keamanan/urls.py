from django.urls import path

from . import views

app_name = "keamanan"
urlpatterns = [
    path("", views.akun, name="akun"),
    path("dua-langkah/", views.dua_langkah_daftar, name="dua_langkah"),
    path("verifikasi/", views.verifikasi, name="verifikasi"),
]

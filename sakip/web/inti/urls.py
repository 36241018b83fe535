from django.urls import path

from . import views

app_name = "inti"
urlpatterns = [
    path("", views.beranda, name="beranda"),
    path("masuk/", views.masuk, name="masuk"),
    path("keluar/", views.keluar, name="keluar"),
    path("sandi/", views.sandi, name="sandi"),
    path("favicon.ico", views.favicon, name="favicon"),
]

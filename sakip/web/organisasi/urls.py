from django.urls import path

from . import views

app_name = "organisasi"
urlpatterns = [
    path("pengguna/", views.pengguna, name="pengguna"),
    path("pengaturan/", views.pengaturan, name="pengaturan"),
]

from django.urls import path

from . import views

app_name = "publik"
urlpatterns = [
    path("", views.indeks, name="indeks"),
    path("<slug:pd>/<int:tahun>/", views.pd, name="pd"),
    path("<slug:pd>/<int:tahun>/capaian.csv", views.csv_capaian, name="csv"),
    path("<slug:pd>/<int:tahun>/hasil.json", views.api, name="api"),
    path("<slug:pd>/<int:tahun>/ikm/", views.ikm, name="ikm"),
]

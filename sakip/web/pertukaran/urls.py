from django.urls import path

from . import views

app_name = "pertukaran"
urlpatterns = [
    path("impor/", views.impor, name="impor"),
    path("<slug:pd>/<int:tahun>/ekspor.yaml", views.ekspor, name="ekspor"),
]

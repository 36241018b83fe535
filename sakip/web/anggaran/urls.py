from django.urls import path

from . import views

app_name = "anggaran"
urlpatterns = [
    path("", views.ringkasan, name="ringkasan"),
    path("pagu/", views.pagu, name="pagu"),
]

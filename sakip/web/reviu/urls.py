from django.urls import path

from . import views

app_name = "reviu"
PD = "pd/<slug:pd>/<int:tahun>/reviu/"
urlpatterns = [
    path(PD, views.ringkasan, name="ringkasan"),
    path(f"{PD}jalankan/", views.jalankan, name="jalankan"),
    path(f"{PD}temuan/<str:kunci>/", views.temuan, name="temuan"),
    path(f"{PD}temuan/<str:kunci>/tanggapan/", views.tanggapan, name="tanggapan"),
    path(f"{PD}catatan-hasil-reviu.docx", views.chr, name="chr"),
    path(f"{PD}final/lkjip/", views.final_lkjip, name="final_lkjip"),
    path(f"{PD}final/pk/<int:id>/", views.final_pk, name="final_pk"),
    path("reviu/", views.pemda, name="pemda"),
]

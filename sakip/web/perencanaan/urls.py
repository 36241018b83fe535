from django.urls import path

from . import views

app_name = "perencanaan"
urlpatterns = [
    path("", views.rencana, name="rencana"),
    path("indikator/<str:kode>/ubah/", views.indikator_ubah, name="indikator_ubah"),
    path("sasaran/<str:kode>/ubah/", views.sasaran_ubah, name="sasaran_ubah"),
    path("sasaran/<str:kode>/indikator-baru/", views.indikator_tambah, name="indikator_tambah"),
    path("sub/<str:kode>/", views.sub_kegiatan, name="sub_kegiatan"),
    path("sub-baru/", views.sub_tambah, name="sub_tambah"),
    path("pk/", views.pk, name="pk"),
    path("pk/baru/", views.pk_baru, name="pk_baru"),
    path("pk/tanggal-dpa/", views.tanggal_dpa, name="tanggal_dpa"),
    path("pk/<int:id>/ubah/", views.pk_ubah, name="pk_ubah"),
    path("pk/<int:id>/tandatangani/", views.pk_tandatangani, name="pk_tandatangani"),
    path("pk/<int:id>/hapus/", views.pk_hapus, name="pk_hapus"),
    path("lanjutkan/", views.lanjutkan, name="lanjutkan"),
]

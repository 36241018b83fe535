from django.urls import path

from . import views

app_name = "evaluasi"
PD = "pd/<slug:pd>/<int:tahun>/evaluasi/"
urlpatterns = [
    path(PD, views.lembar, name="lembar"),
    path(f"{PD}mulai/", views.mulai, name="mulai"),
    path(f"{PD}mulai-evaluator/", views.mulai_evaluator, name="mulai_evaluator"),
    path(f"{PD}mandiri/", views.mandiri, name="mandiri"),
    path(f"{PD}ajukan/", views.ajukan, name="ajukan"),
    path(f"{PD}nilai/", views.nilai, name="nilai"),
    path(f"{PD}final/", views.final, name="final"),
    path(f"{PD}buka/", views.buka, name="buka"),
    path(f"{PD}tanggapan/", views.tanggapan, name="tanggapan"),
    path(f"{PD}bukti/", views.bukti_unggah, name="bukti_unggah"),
    path(f"{PD}bukti/<int:id>/", views.bukti_unduh, name="bukti_unduh"),
    path(f"{PD}lhe.<str:format>", views.lhe, name="lhe"),
    path(f"{PD}lke.xlsx", views.excel_ekspor, name="excel_ekspor"),
    path(f"{PD}impor-excel/nilai/", views.excel_impor_nilai, name="excel_impor_nilai"),
    path(f"{PD}impor-excel/mandiri/", views.excel_impor_mandiri, name="excel_impor_mandiri"),
    path("evaluasi/", views.rekap_kini, name="rekap_kini"),
    path("evaluasi/<int:tahun>/", views.rekap, name="rekap"),
    path("evaluasi/<int:tahun>/rekap.csv", views.rekap_csv, name="rekap_csv"),
    path("evaluasi/<int:tahun>/rekap.<str:format>", views.rekap_dokumen, name="rekap_dokumen"),
    path("nilai-sakip/", views.publik_kini, name="publik_kini"),
    path("nilai-sakip/<int:tahun>/", views.publik, name="publik"),
]

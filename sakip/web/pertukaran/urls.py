from django.urls import path

from . import views, views_excel, views_sipd

app_name = "pertukaran"
urlpatterns = [
    path("impor/", views.impor, name="impor"),
    path("<slug:pd>/<int:tahun>/ekspor.yaml", views.ekspor, name="ekspor"),
    path("<slug:pd>/<int:tahun>/workbook.xlsx", views_excel.unduh, name="workbook_unduh"),
    path("<slug:pd>/<int:tahun>/workbook/", views_excel.unggah, name="workbook_unggah"),
    path("<slug:pd>/<int:tahun>/workbook/<int:id>/", views_excel.pratinjau, name="workbook_pratinjau"),
    path("<slug:pd>/<int:tahun>/sipd/", views_sipd.unggah, name="sipd_unggah"),
    path("<slug:pd>/<int:tahun>/sipd/<int:id>/", views_sipd.pratinjau, name="sipd_pratinjau"),
]

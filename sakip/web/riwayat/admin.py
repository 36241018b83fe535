from django.contrib import admin

from .models import Perubahan


@admin.register(Perubahan)
class PerubahanAdmin(admin.ModelAdmin):
    """Read-only: history is written by the services, never edited."""

    list_display = ("waktu", "nama_pengguna", "perangkat_daerah", "tahun", "objek", "medan", "sumber")
    list_filter = ("sumber", "perangkat_daerah")
    search_fields = ("objek", "medan", "alasan")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

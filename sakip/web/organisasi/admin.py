"""Master data for the admin pemda: districts, agencies, users and roles. Plans and realisations are edited
only through the application (its services keep the history and the rules)."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from .models import Pemda, Peran, PerangkatDaerah


@admin.register(Pemda)
class PemdaAdmin(admin.ModelAdmin):
    list_display = ("nama", "provinsi", "kepala_nama")
    exclude = ("pengaturan", "versi")


@admin.register(PerangkatDaerah)
class PerangkatDaerahAdmin(admin.ModelAdmin):
    list_display = ("nama", "jenis", "kode", "kepala_nama", "aktif")
    list_filter = ("jenis", "aktif")
    search_fields = ("nama", "kode")
    prepopulated_fields = {"slug": ("nama",)}
    exclude = ("versi",)


class PeranInline(admin.StackedInline):
    model = Peran
    can_delete = False


User = get_user_model()
admin.site.unregister(User)


@admin.register(User)
class PenggunaAdmin(UserAdmin):
    inlines = [PeranInline]

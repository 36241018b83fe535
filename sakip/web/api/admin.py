from django.contrib import admin

from .models import TokenApi


@admin.register(TokenApi)
class TokenApiAdmin(admin.ModelAdmin):
    """Read-only list (tokens are made and revoked on the token page, where the token is shown once)."""

    list_display = ("nama", "pengguna", "awalan", "dibuat_pada", "kedaluwarsa", "terakhir_dipakai", "dicabut_pada")
    list_filter = ("dicabut_pada",)
    search_fields = ("nama", "pengguna__username", "awalan")
    readonly_fields = [f.name for f in TokenApi._meta.fields]

    def has_add_permission(self, request):
        return False

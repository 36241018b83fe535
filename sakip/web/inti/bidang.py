"""Form fields for Indonesian numbers: "3.739.669.394,00", "91,5", "80-90", "B (65)"."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html

from sakip.core.angka import AngkaTidakValid, format_bilangan, parse_angka, periksa_besaran
from sakip.core.batas import MAKS_DESIMAL, MAKS_DESIMAL_UANG, ringkas
from sakip.core.nilai import Angka, Nilai, NilaiTidakValid, parse_nilai


class _RenderCepat:
    """Renders the plain <input>/<textarea> in Python instead of through a template per widget: the quarter
    form has dozens of fields, and template rendering was most of its cost. Same markup and attributes."""

    def render(self, name, value, attrs=None, renderer=None):
        w = self.get_context(name, value, attrs)["widget"]
        atribut = {k: v for k, v in w["attrs"].items() if v is not False and v is not None}
        if isinstance(self, forms.Textarea):
            return format_html('<textarea name="{}"{}>\n{}</textarea>', w["name"], flatatt(atribut), w["value"] or "")
        if w["value"] is not None:
            atribut["value"] = w["value"]
        return format_html('<input type="{}" name="{}"{}>', w["type"], w["name"], flatatt(atribut))


class MasukanTeks(_RenderCepat, forms.TextInput):
    pass


class AreaTeks(_RenderCepat, forms.Textarea):
    pass


class Tersembunyi(_RenderCepat, forms.HiddenInput):
    pass


class BidangAngka(forms.CharField):
    """A number as Indonesians write it; the cleaned value is a Decimal (or None when empty)."""

    widget = MasukanTeks

    def __init__(self, *args, minimum: Decimal | None = None, desimal: int = MAKS_DESIMAL, **kwargs):
        self.minimum, self.desimal = minimum, desimal
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("inputmode", "decimal")
        self.widget.attrs.setdefault("class", "angka")

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return format_bilangan(value)
        return value

    def to_python(self, value):
        teks = super().to_python(value)
        if teks in ("", None):
            return None
        try:
            d = periksa_besaran(parse_angka(teks), teks, desimal=self.desimal)
        except AngkaTidakValid as exc:
            raise forms.ValidationError(pesan_angka(exc, teks), code="angka") from None
        if self.minimum is not None and d < self.minimum:
            raise forms.ValidationError(f"Nilai tidak boleh kurang dari {format_bilangan(self.minimum)}.", code="min")
        return d


def pesan_angka(exc: AngkaTidakValid, teks: str) -> str:
    """The message "'x' bukan angka yang sah", with the parser's own reason when it has one (sign twice, too large, too many
    decimals, irregular grouping), and an example."""
    pesan = str(exc)
    if pesan.startswith("'") and "'" in pesan[1:]:
        pesan = pesan[pesan.index("'", 1) + 1 :].lstrip(": ").strip()
    sebab = "" if pesan in ("", "bukan angka") else f": {pesan}"
    return f"'{ringkas(teks)}' bukan angka yang sah{sebab}. Tulis seperti 3.739.669.394,00 atau 91,5."


class BidangUang(BidangAngka):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("minimum", Decimal(0))
        kwargs.setdefault("desimal", MAKS_DESIMAL_UANG)
        super().__init__(*args, **kwargs)


class BidangNilai(forms.CharField):
    """A target or realisation: a number, a range (80-90) or a grade (B (65), WTP). Cleaned: Nilai | None."""

    widget = MasukanTeks

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("class", "angka")
        self.widget.attrs.setdefault("inputmode", "decimal")

    def prepare_value(self, value):
        if isinstance(value, (Angka,)) or hasattr(value, "tampil"):
            return value.tampil()
        return value

    def to_python(self, value) -> Nilai | None:
        teks = super().to_python(value)
        if teks in ("", None):
            return None
        try:
            return parse_nilai(teks)
        except (NilaiTidakValid, AngkaTidakValid) as exc:
            raise forms.ValidationError(str(exc), code="nilai") from None


class FormDasar(forms.Form):
    """Marks invalid fields with aria-invalid so the message next to the field is announced."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)

    def full_clean(self):
        super().full_clean()
        for nama in self.errors:
            if nama in self.fields:
                self.fields[nama].widget.attrs["aria-invalid"] = "true"

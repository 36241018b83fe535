from __future__ import annotations

from django import forms

from sakip.core.satuan import periksa_nilai
from sakip.web.inti.bidang import AreaTeks, BidangNilai, BidangUang, FormDasar, MasukanTeks, Tersembunyi

from .services import ROMAWI, IsianRealisasi


class FormRealisasi(FormDasar):
    """The quarter form, built from the agency-year's indicators and sub kegiatan."""

    versi = forms.IntegerField(widget=Tersembunyi)
    alasan = forms.CharField(label="Catatan perubahan (opsional)", required=False, max_length=500, widget=MasukanTeks)

    def __init__(self, *args, baris, triwulan: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.baris = baris
        self.triwulan = triwulan
        for b in baris["indikator"]:
            i = b["obj"].pk
            self.fields[f"n_{i}"] = BidangNilai(label=f"Realisasi TW {triwulan}", initial=b["nilai"])
            if triwulan == 4:
                self.fields[f"t_{i}"] = BidangNilai(
                    label="Nilai tahunan (bila tidak dari triwulan)", initial=b["tahunan"]
                )
            for k, label in (("penyebab", "Penyebab"), ("kendala", "Kendala"), ("solusi", "Solusi")):
                self.fields[f"{k}_{i}"] = forms.CharField(
                    label=label, required=False, widget=AreaTeks(attrs={"rows": 2}), initial=b[k]
                )
            self.fields[f"sumber_{i}"] = forms.CharField(
                label="Sumber data", required=False, initial=b["sumber"], max_length=500, widget=MasukanTeks
            )
        for b in baris["sub"]:
            s = b["obj"].pk
            if b["tahunan"] is None:
                self.fields[f"a_{s}"] = BidangUang(label=f"Realisasi anggaran TW {triwulan}", initial=b["nilai"])
            elif triwulan == 4:
                self.fields[f"at_{s}"] = BidangUang(label="Realisasi anggaran tahunan", initial=b["tahunan"])
        if triwulan == 4:
            for b in baris["ik"]:
                self.fields[f"ik_{b['obj'].pk}"] = BidangNilai(label="Realisasi", initial=b["nilai"])
        # Inputs sit in table cells without a <label>: name each one for screen readers (and axe).
        for b in baris["indikator"]:
            i, kode = b["obj"].pk, b["obj"].kode
            for nama, teks in (
                (f"n_{i}", f"Realisasi TW {ROMAWI[triwulan]} {kode}"),
                (f"t_{i}", f"Nilai tahunan {kode}"),
            ):
                if nama in self.fields:
                    self.fields[nama].widget.attrs["aria-label"] = teks
        for b in baris["sub"]:
            for nama in (f"a_{b['obj'].pk}", f"at_{b['obj'].pk}"):
                if nama in self.fields:
                    self.fields[nama].widget.attrs["aria-label"] = f"{self.fields[nama].label} {b['obj'].kode}"
        for b in baris["ik"]:
            if f"ik_{b['obj'].pk}" in self.fields:
                self.fields[f"ik_{b['obj'].pk}"].widget.attrs["aria-label"] = f"Realisasi {b['obj'].nama}"

    def _awal(self, nama: str):
        b = self.fields[nama].initial
        return b.persis() if b is not None and hasattr(b, "persis") else None

    def clean(self):
        """Values outside what the indicator's unit allows (sakip.core.satuan): impossible ones are refused at
        their field; unusual ones need the "nilai ini benar" box ticked and a reason. A value not changed since
        it was saved is not asked again."""
        c = super().clean()
        self.tidak_lazim: dict[str, str] = {}
        dikonfirmasi = False
        medan = []
        for b in self.baris["indikator"]:
            i = b["obj"].pk
            medan += [(f"n_{i}", b["obj"].satuan), (f"t_{i}", b["obj"].satuan)]
        for b in self.baris["ik"]:
            medan.append((f"ik_{b['obj'].pk}", b["obj"].satuan))
        for nama, satuan in medan:
            x = c.get(nama)
            if nama not in self.fields or x is None or x.persis() == self._awal(nama):
                continue
            temuan = periksa_nilai(x, satuan)
            if temuan is None:
                continue
            self.fields[nama].yakin = self.data.get(f"yakin_{nama}") == "1"
            if temuan.ditolak:
                self.add_error(nama, f"{temuan.pesan}. Periksa kembali angkanya.")
            elif not self.fields[nama].yakin:
                self.fields[nama].tidak_lazim = temuan.pesan
                self.add_error(nama, f"{temuan.pesan}. Bila benar, centang “nilai ini benar” dan tulis alasannya.")
            else:
                self.fields[nama].tidak_lazim = temuan.pesan
                dikonfirmasi = True
        if dikonfirmasi and not (c.get("alasan") or "").strip():
            self.add_error("alasan", "Tulis alasan nilai yang tidak lazim (tercatat di riwayat).")
        self.alasan_tidak_lazim = (c.get("alasan") or "").strip() if dikonfirmasi else ""
        return c

    def kunci(self) -> None:
        for f in self.fields.values():
            f.disabled = True

    def medan(self, nama: str):
        return self[nama] if nama in self.fields else None

    def isian(self) -> IsianRealisasi:
        c = self.cleaned_data
        isi = IsianRealisasi()
        for b in self.baris["indikator"]:
            i = b["obj"].pk
            isi.nilai[i] = c.get(f"n_{i}")
            if f"t_{i}" in c:
                isi.tahunan[i] = c.get(f"t_{i}")
            isi.analisis[i] = (c.get(f"penyebab_{i}", ""), c.get(f"kendala_{i}", ""), c.get(f"solusi_{i}", ""))
            isi.sumber[i] = c.get(f"sumber_{i}", "")
        isi.alasan_tidak_lazim = getattr(self, "alasan_tidak_lazim", "")
        for b in self.baris["sub"]:
            s = b["obj"].pk
            if f"a_{s}" in c:
                isi.anggaran[s] = c.get(f"a_{s}")
            if f"at_{s}" in c:
                isi.anggaran_tahunan[s] = c.get(f"at_{s}")
        for b in self.baris["ik"]:
            k = f"ik_{b['obj'].pk}"
            if k in c:
                isi.indikator_kinerja[b["obj"].pk] = c.get(k)
        return isi


class FormBukti(FormDasar):
    berkas = forms.FileField(label="Berkas bukti (PDF, JPG, PNG, XLSX, DOCX, CSV)")
    keterangan = forms.CharField(label="Keterangan", required=False, max_length=300)
    indikator = forms.CharField(label="Indikator (kode, opsional)", required=False, max_length=40)

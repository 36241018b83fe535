from __future__ import annotations

from django import forms

from sakip.core.agregasi import CaraAgregasi
from sakip.core.capaian import Polaritas
from sakip.web.inti.bidang import BidangNilai, BidangUang, FormDasar

POLARITAS = [("", "— tidak dinyatakan —")] + [(p.value, p.value) for p in Polaritas]
AGREGASI = [(a.value, a.value.replace("_", " ")) for a in CaraAgregasi]


def _baris(teks: str) -> list[str]:
    return [x.strip() for x in (teks or "").splitlines() if x.strip()]


class _Beralasan(FormDasar):
    versi = forms.IntegerField(widget=forms.HiddenInput, required=False)
    alasan = forms.CharField(
        label="Alasan perubahan", max_length=500, error_messages={"required": "Alasan perubahan wajib diisi."}
    )


class FormIndikator(_Beralasan):
    nama = forms.CharField(label="Nama indikator", widget=forms.Textarea(attrs={"rows": 2}))
    satuan = forms.CharField(label="Satuan", required=False, max_length=40)
    polaritas = forms.ChoiceField(label="Polaritas", choices=POLARITAS, required=False)
    agregasi = forms.ChoiceField(label="Agregasi triwulan", choices=AGREGASI)
    formula = forms.CharField(label="Formula", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    pembilang = forms.CharField(label="Pembilang", required=False)
    penyebut = forms.CharField(label="Penyebut", required=False)
    penanggung_jawab = forms.CharField(
        label="Penanggung jawab (satu per baris)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    sumber_data = forms.CharField(label="Sumber data", required=False)
    catatan = forms.CharField(label="Catatan", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    target_rkt = BidangNilai(label="Target RKT tahun ini")

    def __init__(self, *args, tahun_renstra: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.tahun_renstra = tahun_renstra
        for th in tahun_renstra:
            self.fields[f"target_{th}"] = BidangNilai(label=f"Target {th}")
        # The reason last, after the values it explains.
        self.order_fields([f for f in self.fields if f not in ("alasan", "versi")] + ["alasan", "versi"])

    def data_indikator(self) -> dict:
        c = self.cleaned_data
        return {
            "nama": c["nama"].strip(),
            "satuan": c["satuan"].strip(),
            "polaritas": c["polaritas"],
            "agregasi": c["agregasi"],
            "formula": c["formula"],
            "pembilang": c["pembilang"],
            "penyebut": c["penyebut"],
            "penanggung_jawab": _baris(c["penanggung_jawab"]),
            "sumber_data": c["sumber_data"],
            "catatan": c["catatan"],
        }

    def target(self) -> dict:
        return {th: self.cleaned_data.get(f"target_{th}") for th in self.tahun_renstra}

    def medan_target(self):
        return [self[f"target_{th}"] for th in self.tahun_renstra]


class FormSasaran(_Beralasan):
    uraian = forms.CharField(label="Uraian sasaran", widget=forms.Textarea(attrs={"rows": 2}))
    strategi = forms.CharField(
        label="Strategi (satu per baris)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    kebijakan = forms.CharField(
        label="Kebijakan (satu per baris)", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class FormIndikatorBaru(FormDasar):
    kode = forms.CharField(label="Kode indikator", max_length=40)
    nama = forms.CharField(label="Nama indikator", widget=forms.Textarea(attrs={"rows": 2}))
    satuan = forms.CharField(label="Satuan", required=False, max_length=40)
    polaritas = forms.ChoiceField(label="Polaritas", choices=POLARITAS[1:], initial="positif")
    alasan = forms.CharField(label="Alasan", required=False, max_length=500)


class FormSubKegiatan(_Beralasan):
    nama = forms.CharField(label="Nama sub kegiatan", widget=forms.Textarea(attrs={"rows": 2}))
    pagu = BidangUang(label="Pagu (perubahan)", required=True, error_messages={"required": "Pagu wajib diisi."})
    pagu_murni = BidangUang(label="Pagu murni")
    belanja_modal = BidangUang(label="Belanja modal (bagian dari pagu)")
    outcome = forms.CharField(label="Outcome", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    sumber_dana = forms.CharField(label="Sumber dana", required=False, max_length=120)
    lokasi = forms.CharField(label="Lokasi", required=False, max_length=200)

    def __init__(self, *args, output: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.output = output
        for ik in output:
            self.fields[f"o_{ik.pk}"] = BidangNilai(label=f"Target output: {ik.nama} ({ik.satuan})")
        self.order_fields([f for f in self.fields if f not in ("alasan", "versi")] + ["alasan", "versi"])

    def clean(self):
        c = super().clean()
        pagu, modal = c.get("pagu"), c.get("belanja_modal")
        if pagu is not None and modal is not None and modal > pagu:
            self.add_error("belanja_modal", "Belanja modal tidak boleh melebihi pagu.")
        return c

    def data_sub(self) -> dict:
        c = self.cleaned_data
        from decimal import Decimal

        return {
            "nama": c["nama"].strip(),
            "pagu": c["pagu"],
            "pagu_murni": c["pagu_murni"],
            "belanja_modal": c["belanja_modal"] or Decimal(0),
            "outcome": c["outcome"],
            "sumber_dana": c["sumber_dana"],
            "lokasi": c["lokasi"],
        }

    def target_output(self) -> dict:
        return {ik.pk: self.cleaned_data.get(f"o_{ik.pk}") for ik in self.output}


class FormSubBaru(FormDasar):
    kegiatan = forms.ChoiceField(label="Kegiatan")
    kode = forms.CharField(label="Kode sub kegiatan", max_length=40, help_text="contoh 7.01.02.2.01.0003")
    nama = forms.CharField(label="Nama sub kegiatan")
    pagu = BidangUang(label="Pagu", required=True, error_messages={"required": "Pagu wajib diisi."})
    pagu_murni = BidangUang(label="Pagu murni")
    belanja_modal = BidangUang(label="Belanja modal")
    output_nama = forms.CharField(label="Indikator output", required=False)
    output_target = BidangNilai(label="Target output")
    output_satuan = forms.CharField(label="Satuan output", required=False, max_length=40)
    alasan = forms.CharField(label="Alasan", required=False, max_length=500)

    def __init__(self, *args, kegiatan: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kegiatan"].choices = [(k.kode, f"{k.kode} {k.nama}") for k in kegiatan]


class FormTanggalDpa(_Beralasan):
    tanggal_dpa = forms.DateField(
        label="Tanggal pengesahan DPA",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Tanggal tidak sah (contoh 2022-12-30)."},
    )


class FormPk(_Beralasan):
    nomor = forms.CharField(label="Nomor", required=False, max_length=120)
    tempat = forms.CharField(label="Tempat", required=False, max_length=120)
    tanggal = forms.DateField(
        label="Tanggal",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Tanggal tidak sah (contoh 2023-11-21)."},
    )
    alasan_perubahan = forms.CharField(
        label="Alasan perubahan PK", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    keterangan_anggaran = forms.CharField(label="Keterangan anggaran", required=False, max_length=60)

    def __init__(self, *args, target: list, anggaran: list, **kwargs):
        super().__init__(*args, **kwargs)
        self.target_baris, self.anggaran_baris = target, anggaran
        for t in target:
            self.fields[f"t_{t.pk}"] = BidangNilai(label=f"Target {t.indikator.kode} {t.indikator.nama}")
        for a in anggaran:
            self.fields[f"a_{a.pk}"] = BidangUang(label=f"Anggaran program {a.kode_program}")
        self.order_fields([f for f in self.fields if f not in ("alasan", "versi")] + ["alasan", "versi"])

    def target(self) -> dict:
        return {t.pk: self.cleaned_data.get(f"t_{t.pk}") for t in self.target_baris}

    def anggaran(self) -> dict:
        return {a.kode_program: self.cleaned_data.get(f"a_{a.pk}") for a in self.anggaran_baris}


def baris_teks(daftar: list[str]) -> str:
    return "\n".join(daftar)


def baris_daftar(teks: str) -> list[str]:
    return _baris(teks)

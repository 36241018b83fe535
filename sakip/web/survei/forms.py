from __future__ import annotations

from django import forms

from sakip.core.ikm import PROFIL, UNSUR_PER_KODE, URUTAN_KUESIONER
from sakip.web.inti.bidang import FormDasar

WAJIB = "Pilih salah satu jawaban untuk pertanyaan ini."


class FormKuesioner(FormDasar):
    """The nine questions in the regulation's form order (sarana before pengaduan), keyed by unsur."""

    token = forms.CharField(widget=forms.HiddenInput)
    # Never shown to people (hidden by CSS and aria-hidden); a bot that fills every field fills this one too.
    situs = forms.CharField(required=False, widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}))
    saran = forms.CharField(
        label="Saran dan masukan (boleh dikosongkan)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        error_messages={"max_length": "Saran paling banyak 1.000 huruf."},
    )

    def __init__(self, *args, tampil_profil: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        for kode in URUTAN_KUESIONER:
            u = UNSUR_PER_KODE[kode]
            self.fields[kode.lower()] = forms.TypedChoiceField(
                label=u.pertanyaan,
                choices=[(i, p) for i, p in enumerate(u.pilihan, 1)],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": WAJIB, "invalid_choice": "Jawaban harus salah satu dari empat pilihan."},
            )
        if tampil_profil:
            for aspek, a in PROFIL.items():
                self.fields[aspek] = forms.ChoiceField(
                    label=a.judul,
                    required=False,
                    choices=[("", "— tidak diisi —"), *a.pilihan],
                    error_messages={"invalid_choice": "Pilihan tidak dikenal."},
                )
        self.order_fields([k.lower() for k in URUTAN_KUESIONER] + list(PROFIL) + ["saran", "situs", "token"])

    def pertanyaan(self) -> list[tuple[int, str, forms.BoundField]]:
        return [(i, k, self[k.lower()]) for i, k in enumerate(URUTAN_KUESIONER, 1)]

    def profil(self) -> list[forms.BoundField]:
        return [self[a] for a in PROFIL if a in self.fields]

    def jawaban(self) -> dict[str, int]:
        return {k: self.cleaned_data[k.lower()] for k in URUTAN_KUESIONER}

    def data_profil(self) -> dict[str, str]:
        return {a: self.cleaned_data.get(a) or "" for a in PROFIL if a in self.fields}


class FormLayanan(FormDasar):
    nama = forms.CharField(label="Jenis layanan", max_length=120)
    aktif = forms.BooleanField(label="Aktif (tampil di formulir)", required=False, initial=True)


class FormPengaturan(FormDasar):
    terbuka = forms.BooleanField(label="Formulir menerima jawaban", required=False)
    tampil_profil = forms.BooleanField(label="Tanyakan profil responden (opsional bagi responden)", required=False)
    populasi = forms.IntegerField(
        label="Populasi penerima layanan tahun ini (untuk memeriksa jumlah sampel)",
        required=False,
        min_value=1,
        error_messages={"min_value": "Populasi paling kecil 1.", "invalid": "Isi bilangan bulat."},
    )


class FormImpor(FormDasar):
    berkas = forms.FileField(
        label="Lembar jawaban (.xlsx atau .csv): satu baris per responden, kolom U1 … U9 berisi 1–4",
        error_messages={"required": "Pilih berkas lembar jawaban."},
    )
    layanan = forms.CharField(label="Jenis layanan untuk baris yang kolom layanannya kosong", required=False)
    tanggal = forms.DateField(
        label="Tanggal pengisian untuk baris tanpa tanggal",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": "Tanggal tidak sah."},
    )

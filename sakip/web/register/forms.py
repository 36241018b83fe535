from __future__ import annotations

from django import forms

from sakip.core.register import KANAL_ADUAN, StatusAduan, StatusKegiatan
from sakip.core.sumber import LABEL_JENIS_SUMBER, JenisSumber
from sakip.web.inti.bidang import BidangAngka, FormDasar

from .models import STATUS_ADUAN, STATUS_KEGIATAN

TANGGAL = {"widget": forms.DateInput(attrs={"type": "date"}), "error_messages": {"invalid": "Tanggal tidak sah."}}


def _baris(teks: str) -> list[str]:
    return [x.strip() for x in (teks or "").splitlines() if x.strip()]


class _Beralasan(FormDasar):
    versi = forms.IntegerField(widget=forms.HiddenInput, required=False)
    alasan = forms.CharField(label="Alasan perubahan (dicatat di riwayat)", required=False, max_length=500)


class FormAduan(_Beralasan):
    nomor = forms.CharField(label="Nomor register", max_length=40)
    tanggal_diterima = forms.DateField(label="Tanggal diterima", **TANGGAL)
    kanal = forms.CharField(
        label="Kanal", required=False, max_length=60, widget=forms.TextInput(attrs={"list": "kanal-aduan"})
    )
    kategori = forms.CharField(
        label="Kategori", required=False, max_length=120, widget=forms.TextInput(attrs={"list": "kategori-aduan"})
    )
    ringkasan = forms.CharField(label="Ringkasan aduan", widget=forms.Textarea(attrs={"rows": 2}))
    lokasi = forms.CharField(label="Lokasi", required=False, max_length=200)
    penanganan = forms.CharField(
        label="Penanganan / tindak lanjut", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    unit = forms.CharField(label="Unit penanganan", required=False, max_length=120)
    status = forms.ChoiceField(label="Status", choices=STATUS_ADUAN, initial=StatusAduan.DITERIMA.value)
    tanggal_selesai = forms.DateField(label="Tanggal selesai / ditutup", required=False, **TANGGAL)
    bukti = forms.CharField(
        label="Bukti (satu per baris: nomor berita acara, foto, laporan)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    keterangan = forms.CharField(label="Keterangan", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    kanal_pilihan = KANAL_ADUAN

    def rekaman(self) -> dict:
        c = dict(self.cleaned_data)
        c["bukti"] = _baris(c["bukti"])
        return {k: v for k, v in c.items() if k not in ("versi", "alasan")}


class FormKegiatan(_Beralasan):
    nomor = forms.CharField(label="Nomor", max_length=40)
    uraian = forms.CharField(label="Kegiatan", widget=forms.Textarea(attrs={"rows": 2}))
    indikator = forms.ChoiceField(label="Indikator yang didukung", required=False)
    kategori = forms.CharField(label="Kategori", required=False, max_length=120)
    direncanakan = forms.BooleanField(
        label="Direncanakan (tidak dicentang: dilaksanakan di luar rencana)", required=False, initial=True
    )
    triwulan_rencana = forms.TypedChoiceField(
        label="Triwulan rencana",
        required=False,
        coerce=int,
        empty_value=None,
        choices=[
            ("", "sepanjang tahun"),
            (1, "Triwulan I"),
            (2, "Triwulan II"),
            (3, "Triwulan III"),
            (4, "Triwulan IV"),
        ],
    )
    status = forms.ChoiceField(label="Status", choices=STATUS_KEGIATAN, initial=StatusKegiatan.DIRENCANAKAN.value)
    tanggal_pelaksanaan = forms.DateField(label="Tanggal pelaksanaan", required=False, **TANGGAL)
    volume = forms.CharField(label="Volume / sasaran", required=False, max_length=200)
    lokasi = forms.CharField(label="Lokasi", required=False, max_length=200)
    pelaksana = forms.CharField(label="Pelaksana", required=False, max_length=200)
    bukti = forms.CharField(label="Bukti (satu per baris)", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    keterangan = forms.CharField(label="Keterangan", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, indikator: list[tuple[str, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indikator"].choices = [("", "—"), *indikator]

    def rekaman(self) -> dict:
        c = dict(self.cleaned_data)
        c["bukti"] = _baris(c["bukti"])
        return {k: v for k, v in c.items() if k not in ("versi", "alasan")}


class FormImporRegister(FormDasar):
    jenis = forms.ChoiceField(
        label="Register", choices=[("aduan", "Register aduan"), ("kegiatan", "Register kegiatan")]
    )
    berkas = forms.FileField(label="Lembar kerja (.xlsx atau .csv)", error_messages={"required": "Pilih berkas."})


class FormSumber(FormDasar):
    jenis = forms.ChoiceField(
        label="Realisasi dihitung dari",
        required=False,
        choices=[("", "— diketik (tanpa sumber) —")] + [(j.value, LABEL_JENIS_SUMBER[j]) for j in JenisSumber],
    )
    survei = forms.CharField(label="Survei (kosong: semua survei perangkat daerah)", required=False, max_length=60)
    jenis_layanan = forms.CharField(
        label="Hanya jenis layanan (satu per baris; kosong: semua)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    kategori = forms.CharField(
        label="Penyebut: kategori (satu per baris; kosong: semua)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    kanal = forms.CharField(
        label="Penyebut: kanal aduan (satu per baris; kosong: semua)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    direncanakan = forms.ChoiceField(
        label="Penyebut: kegiatan",
        required=False,
        choices=[
            ("ya", "yang direncanakan saja"),
            ("", "semua, termasuk di luar rencana"),
            ("tidak", "di luar rencana saja"),
        ],
    )
    pembilang_status = forms.MultipleChoiceField(
        label="Pembilang: status yang dihitung selesai (kosong: selesai / terlaksana)",
        required=False,
        choices=[(s.value, f"aduan: {s.value}") for s in StatusAduan]
        + [(s.value, f"kegiatan: {s.value}") for s in StatusKegiatan if s.value not in {x.value for x in StatusAduan}],
        widget=forms.CheckboxSelectMultiple,
    )
    jika_kosong = BidangAngka(label="Nilai bila tidak ada catatan sama sekali (kosong: tidak dapat dihitung)")
    keterangan = forms.CharField(label="Keterangan", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    alasan_manual = forms.CharField(
        label="Alasan bila realisasi tahun ini tetap diketik (wajib agar nilai diketik dipakai)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    alasan = forms.CharField(label="Alasan perubahan (dicatat di riwayat)", required=False, max_length=500)

    def isi(self) -> dict:
        c = self.cleaned_data
        penyebut: dict = {}
        if _baris(c["kategori"]):
            penyebut["kategori"] = _baris(c["kategori"])
        if c["jenis"] == JenisSumber.RASIO_ADUAN.value and _baris(c["kanal"]):
            penyebut["kanal"] = _baris(c["kanal"])
        if c["jenis"] == JenisSumber.RASIO_KEGIATAN.value and c["direncanakan"]:
            penyebut["direncanakan"] = c["direncanakan"] == "ya"
        pembilang = {"status": list(c["pembilang_status"])} if c["pembilang_status"] else None
        # Filters and the empty-value rule belong to register ratios only; survey fields to the IKM only.
        rasio = bool(c["jenis"]) and JenisSumber(c["jenis"]).rasio
        return {
            "jenis": c["jenis"],
            "survei": c["survei"] if c["jenis"] == JenisSumber.IKM.value else "",
            "jenis_layanan": _baris(c["jenis_layanan"]) if c["jenis"] == JenisSumber.IKM.value else [],
            "penyebut": penyebut if rasio else {},
            "pembilang": pembilang if rasio else None,
            "jika_kosong": c["jika_kosong"] if rasio else None,
            "keterangan": c["keterangan"],
            "alasan_manual": c["alasan_manual"],
            "alasan": c["alasan"],
        }

    def clean(self):
        c = super().clean()
        jenis = c.get("jenis")
        salah = {
            "rasio_aduan": {"terlaksana", "direncanakan", "dibatalkan"},
            "rasio_kegiatan": {s.value for s in StatusAduan},
        }
        if jenis in salah:
            asing = set(c.get("pembilang_status") or []) & salah[jenis]
            if jenis == "rasio_kegiatan":
                asing -= {s.value for s in StatusKegiatan}
            if asing:
                self.add_error("pembilang_status", f"Status {', '.join(sorted(asing))} tidak berlaku untuk sumber ini.")
        return c

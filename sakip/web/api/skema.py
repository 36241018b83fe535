"""Request and response shapes of the API (OpenAPI components). Numbers are decimal strings ("91.475",
"1500000.00"): JSON numbers are binary floats in most clients, and SAKIP figures must stay exact."""

from __future__ import annotations

from datetime import date
from typing import Literal

from ninja import Field, Schema

from sakip.core.batas import MAKS_PANJANG_NILAI

TEKS_NILAI = Field(
    None,
    max_length=MAKS_PANJANG_NILAI,
    description="angka sebagai teks ('91,5', '91.5', '1.500.000,00'), rentang ('80-90'), predikat ('B (65)', 'WTP'); "
    "null mengosongkan",
)


class Galat(Schema):
    detail: str


class Masalah(Schema):
    butir: int | None = Field(None, description="nomor urut butir dalam permintaan (mulai 1); null: seluruh permintaan")
    medan: str | None = None
    pesan: str


class GalatBatch(Schema):
    detail: str
    masalah: list[Masalah]


class PerangkatDaerahKeluar(Schema):
    slug: str
    nama: str
    jenis: str
    kode: str
    aktif: bool


class TahunKeluar(Schema):
    tahun: int
    diterbitkan: bool
    versi: int


class TargetKeluar(Schema):
    tahun: int
    target: str | None


class TargetPkKeluar(Schema):
    pk_id: int
    jenis: str
    status: str
    target: str | None


class IndikatorKeluar(Schema):
    kode: str
    nama: str
    induk: str = Field(description="kode tujuan atau sasaran")
    jenis: str = Field(description="'tujuan' atau 'sasaran'")
    satuan: str
    polaritas: str
    iku: bool
    target_renstra: list[TargetKeluar]
    target_rkt: str | None
    target_pk: list[TargetPkKeluar]


class SasaranKeluar(Schema):
    kode: str
    uraian: str
    tujuan: str


class RencanaKeluar(Schema):
    pd: str
    tahun: int
    renstra: str
    sasaran: list[SasaranKeluar]
    indikator: list[IndikatorKeluar]


class PeriodeKeluar(Schema):
    triwulan: int
    status: str
    versi: int = Field(description="kirim kembali pada penulisan (konkurensi optimistis)")


class RealisasiKeluar(Schema):
    kode: str
    nama: str
    satuan: str
    triwulan: dict[str, str | None] = Field(description="'1'…'4' → realisasi triwulan itu")
    target_triwulan: dict[str, str | None]
    tahunan: str | None
    penyebab: str
    kendala: str
    solusi: str


class AnggaranKeluar(Schema):
    kode: str
    nama: str
    program: str
    kegiatan: str
    pagu: str
    pagu_murni: str | None
    belanja_modal: str
    realisasi_triwulan: dict[str, str | None]
    realisasi_tahunan: str | None


class ButirRealisasi(Schema):
    indikator: str = Field(max_length=40, description="kode indikator, mis. 'IKU1'")
    triwulan: int = Field(ge=1, le=4)
    nilai: str | None = TEKS_NILAI
    penyebab: str | None = Field(None, max_length=5000)
    kendala: str | None = Field(None, max_length=5000)
    solusi: str | None = Field(None, max_length=5000)


class ButirAnggaran(Schema):
    sub_kegiatan: str = Field(max_length=40, description="kode sub kegiatan")
    triwulan: int = Field(ge=1, le=4)
    jumlah: str | None = Field(
        None, max_length=40, description="rupiah dibelanjakan pada triwulan itu; null mengosongkan"
    )


class _Batch(Schema):
    versi: dict[int, int] = Field(
        description="triwulan → versi periode seperti dibaca dari …/periode; wajib untuk setiap triwulan yang diubah"
    )
    alasan: str = Field("", max_length=500, description="alasan perubahan, tercatat di riwayat")
    alasan_tidak_lazim: str = Field(
        "", max_length=500, description="mengapa nilai yang tidak lazim untuk satuannya benar"
    )


class BatchRealisasi(_Batch):
    butir: list[ButirRealisasi] = Field(min_length=1, max_length=2000)


class BatchAnggaran(_Batch):
    butir: list[ButirAnggaran] = Field(min_length=1, max_length=5000)


class HasilTulis(Schema):
    diubah: int = Field(description="jumlah nilai yang berubah (tercatat di riwayat)")
    versi: dict[int, int] = Field(description="versi baru periode yang ditulis")


class TerbitKeluar(Schema):
    pd: str
    nama: str
    tahun: int
    triwulan_terkunci: list[int]


# --- documents' status ------------------------------------------------------------------------------------------


class PenetapanKeluar(Schema):
    nama_penetap: str
    ditetapkan_pada: str = Field(description="waktu penetapan final (ISO 8601)")
    data_berubah: bool = Field(description="data berubah sejak ditetapkan: dokumen final tidak lagi sama dengan data")


class PekerjaanKeluar(Schema):
    kode: str
    format: str
    status: str = Field(description="antri | berjalan | selesai | gagal")
    status_label: str
    kemajuan: int
    total: int
    tahap: str
    galat: str = Field(description="pesan bila gagal (bahasa Indonesia)")
    dibuat_pada: str
    selesai_pada: str | None
    nama_berkas: str
    ukuran: int | None
    unduh: str | None = Field(
        description="alamat unduhan di aplikasi web (sesi masuk), bila selesai dan masih disimpan"
    )


class DokumenKeluar(Schema):
    dokumen: str = Field(description="lkjip | pk | renstra | rkt | iku")
    pk: str = Field(description="murni | perubahan untuk PK, kosong untuk lainnya")
    judul: str
    format: list[str]
    penetapan: PenetapanKeluar | None = Field(description="penetapan final oleh kepala (LKjIP dan PK); null: belum")
    pekerjaan: list[PekerjaanKeluar] = Field(description="permintaan terakhir per format, terbaru dulu")


class ReviuKeluar(Schema):
    dijalankan_pada: str
    nama_pereviu: str
    jumlah_galat: int
    jumlah_peringatan: int
    jumlah_catatan: int
    galat_terbuka: int = Field(description="galat yang belum ditindaklanjuti: menghalangi penetapan final")
    data_berubah: bool = Field(description="data berubah sejak reviu dijalankan")


class StatusDokumenKeluar(Schema):
    dapat_dibuat: bool = Field(description="data cukup untuk membuat dokumen")
    masalah: list[str] = Field(description="mengapa dokumen belum dapat dibuat (kosong bila dapat)")
    dokumen: list[DokumenKeluar]
    reviu: ReviuKeluar | None = Field(description="reviu otomatis terakhir; null: belum pernah")


# --- registers (complaints, activities) ---------------------------------------------------------------------------

StatusAduanApi = Literal["diterima", "diproses", "selesai", "diteruskan", "tidak_valid"]
StatusKegiatanApi = Literal["direncanakan", "terlaksana", "dibatalkan"]
VERSI_BUTIR = Field(None, ge=1, description="versi seperti dibaca; wajib untuk mengubah butir yang sudah ada")
BUKTI = Field(None, max_length=50, description="nama berkas bukti")


class ButirAduan(Schema):
    nomor: str = Field(
        min_length=1, max_length=40, description="nomor register; yang sudah ada diubah, yang baru dibuat"
    )
    versi: int | None = VERSI_BUTIR
    tanggal_diterima: date | None = Field(None, description="wajib untuk aduan baru; tahunnya = tahun di alamat")
    kanal: str | None = Field(None, max_length=60)
    kategori: str | None = Field(None, max_length=120)
    ringkasan: str | None = Field(None, max_length=5000)
    lokasi: str | None = Field(None, max_length=200)
    penanganan: str | None = Field(None, max_length=5000)
    unit: str | None = Field(None, max_length=120)
    status: StatusAduanApi | None = None
    tanggal_selesai: date | None = None
    bukti: list[str] | None = BUKTI
    keterangan: str | None = Field(None, max_length=5000)


class ButirKegiatan(Schema):
    nomor: str = Field(
        min_length=1, max_length=40, description="nomor kegiatan; yang sudah ada diubah, yang baru dibuat"
    )
    versi: int | None = VERSI_BUTIR
    uraian: str | None = Field(None, max_length=5000)
    indikator: str | None = Field(None, max_length=40, description="kode indikator yang didukung")
    kategori: str | None = Field(None, max_length=120)
    direncanakan: bool | None = None
    triwulan_rencana: int | None = Field(None, ge=1, le=4)
    status: StatusKegiatanApi | None = None
    tanggal_pelaksanaan: date | None = None
    volume: str | None = Field(None, max_length=200)
    lokasi: str | None = Field(None, max_length=200)
    pelaksana: str | None = Field(None, max_length=200)
    bukti: list[str] | None = BUKTI
    keterangan: str | None = Field(None, max_length=5000)


class BatchAduan(Schema):
    alasan: str = Field("", max_length=500, description="alasan perubahan, tercatat di riwayat")
    butir: list[ButirAduan] = Field(min_length=1, max_length=2000)


class BatchKegiatan(Schema):
    alasan: str = Field("", max_length=500, description="alasan perubahan, tercatat di riwayat")
    butir: list[ButirKegiatan] = Field(min_length=1, max_length=2000)


class AduanKeluar(Schema):
    nomor: str
    versi: int
    tanggal_diterima: date
    kanal: str
    kategori: str
    ringkasan: str
    lokasi: str
    penanganan: str
    unit: str
    status: str
    tanggal_selesai: date | None
    bukti: list[str]
    keterangan: str


class KegiatanKeluar(Schema):
    nomor: str
    versi: int
    uraian: str
    indikator: str
    kategori: str
    direncanakan: bool
    triwulan_rencana: int | None
    status: str
    tanggal_pelaksanaan: date | None
    volume: str
    lokasi: str
    pelaksana: str
    bukti: list[str]
    keterangan: str


class HasilRegister(Schema):
    dibuat: int
    diubah: int
    versi: dict[str, int] = Field(description="nomor → versi baru setiap butir yang ditulis")

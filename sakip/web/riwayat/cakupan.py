"""What the change history covers, model by model.

Every model of the project is in exactly one of two lists, and tests/keamanan/test_riwayat_lengkap.py fails when
a model is in neither — so a new table of plans, targets, realisasi, budgets, registers, evaluations or settings
cannot be added without saying how its changes reach the history.

``DICATAT``: the model holds data a user plans, enters or sets; every change to it is written to
`riwayat.Perubahan` (who, when, old value, new value, why) by the service that makes it. The value is a pattern
matched against ``"<objek> <kolom>"`` of the history rows: a change to the model is accounted for only when the same
operation recorded a history row of that shape. ``METADATA`` names columns that change as a side effect (version
counters, timestamps) and so are not themselves data.

``BEBAS``: the model is not user data, or is its own record of who did what; the reason is the documentation.
"""

from __future__ import annotations

import re

# "<objek> <kolom>" patterns. Imports record with the berkas paths (renstra.sasaran[SS1]…, rkt.program[…]…),
# forms and bulk edits with named objects (indikator:IKU1, sub_kegiatan:…, periode:4, pk:12, aduan:…).
_RENSTRA = r"(^|\s)renstra\.|^(tujuan|sasaran|indikator):"
_RKT = r"(^|\s)rkt\.|^(program|kegiatan|sub_kegiatan):"
_REALISASI = r"(^|\s)realisasi|^(indikator|periode|sub_kegiatan):"

DICATAT: dict[str, str] = {
    # organisation and its settings
    "organisasi.Pemda": r"^pemda:",
    "organisasi.PerangkatDaerah": r"^pd:|(^|\s)instansi\.",
    "organisasi.Peran": r"^pengguna:",
    # plans and targets
    "perencanaan.Renstra": _RENSTRA,
    "perencanaan.Tujuan": _RENSTRA,
    "perencanaan.Sasaran": _RENSTRA,
    "perencanaan.Indikator": _RENSTRA,
    "perencanaan.TargetIndikator": _RENSTRA,
    "perencanaan.RealisasiLalu": _RENSTRA,
    "perencanaan.TahunKinerja": r"(^|\s)(pengaturan|lampiran|tahun|iku|rkt|renstra|pk|realisasi|laporan)\b|^(tahun|terbit)",
    "perencanaan.TargetRkt": r"(^|\s)rkt\.|^indikator:",
    "perencanaan.IkuIndikator": r"(^|\s)iku\.|^indikator:",
    "perencanaan.Program": _RKT,
    "perencanaan.Kegiatan": _RKT,
    "perencanaan.SubKegiatan": _RKT,
    "perencanaan.IndikatorKinerja": _RKT,
    "perencanaan.PerjanjianKinerja": r"(^|\s)pk\b|^pk:",
    "perencanaan.TargetPk": r"(^|\s)pk\b|^pk:",
    "perencanaan.AnggaranPk": r"(^|\s)pk\b|^pk:",
    "daerah.TautanRpjmd": r"(^|\s)renstra\.(tujuan|sasaran)\[[^]]*\]\.rpjmd|^(tujuan|sasaran):\S+ tautan_rpjmd$",
    "daerah.PemilikIndikatorKinerja": r"(^|\s)rkt\..*pemilik",
    # realisasi and budgets
    "pengukuran.PeriodeRealisasi": r"^periode:|(^|\s)realisasi",
    "pengukuran.RealisasiIndikator": _REALISASI,
    "pengukuran.NilaiTriwulan": _REALISASI,
    "pengukuran.NilaiIndikatorKinerja": _RKT + r"|(^|\s)realisasi",
    "pengukuran.RealisasiSubKegiatan": _RKT + r"|(^|\s)realisasi",
    "pengukuran.AnggaranTriwulan": _RKT + r"|(^|\s)realisasi",
    "pengukuran.Bukti": r"^periode:|^indikator:",
    "pengukuran.CatatanReviu": r"^periode:",
    # registers and the survey's settings
    "register.Aduan": r"^aduan:",
    "register.KegiatanRegister": r"^kegiatan_register:",
    "register.SumberRealisasi": r"^indikator:",
    "register.AlasanManual": r"^indikator:",
    "register.NilaiTerkunci": r"^periode:|^indikator:",
    "survei.LayananSurvei": r"^layanan_survei:",
    "survei.PengaturanSurvei": r"^survei",
    "survei.PopulasiSurvei": r"^survei",
    # reviu follow-up and evaluation
    "reviu.TindakLanjut": r"^temuan:|^reviu",
    "evaluasi.Evaluasi": r"^evaluasi",
    "evaluasi.Jawaban": r"^evaluasi",
    "evaluasi.Bukti": r"^evaluasi",
    "evaluasi.RekapTerbit": r"^rekap_evaluasi",
    # the district file (RPJMD, Bappeda's realisasi): every value under one object per pemda
    "daerah.BerkasDaerahTahun": r"^daerah:",
}

METADATA: frozenset[str] = frozenset(
    {
        "versi",
        "tanda",
        "dibuat_pada",
        "diubah_pada",
        "diisi_pada",
        "diajukan_pada",
        "diverifikasi_pada",
        "dikunci_pada",
        "diterbitkan_pada",
        "diunggah_pada",
        "dibuat",
        "terakhir_dipakai",
    }
)

BEBAS: dict[str, str] = {
    "admin.LogEntry": "catatan admin Django sendiri (siapa, kapan, apa)",
    "auth.Permission": "daftar izin bawaan Django, dibuat oleh migrasi",
    "auth.Group": "tidak dipakai: wewenang ada di organisasi.Peran",
    "auth.User": "akun; sandi disimpan sebagai hash, masuk/keluar dicatat oleh axes",
    "contenttypes.ContentType": "daftar model bawaan Django, dibuat oleh migrasi",
    "sessions.Session": "sesi masuk, bukan data kinerja",
    "axes.AccessFailureLog": "catatan percobaan masuk yang gagal (jejak keamanan sendiri)",
    "axes.AccessAttempt": "penghitung percobaan masuk untuk penguncian akun",
    "axes.AccessAttemptExpiration": "masa berlaku penguncian akun",
    "axes.AccessLog": "catatan masuk/keluar (jejak keamanan sendiri)",
    "otp_totp.TOTPDevice": "perangkat dua langkah pengguna; rahasia, bukan data kinerja",
    "riwayat.Perubahan": "riwayat itu sendiri; tidak diubah, hanya ditambah",
    "survei.Respon": "jawaban responden: tidak pernah diubah; impor tercatat di survei.ImporSurvei",
    "survei.ImporSurvei": "catatan impor survei itu sendiri (siapa, kapan, berkas, jumlah) dan riwayat 'survei:impor'",
    "survei.BatasKirim": "penghitung batas kirim kuesioner publik",
    "pertukaran.UnggahanExcel": "pratinjau unggahan; penerapannya dicatat per sel di riwayat",
    "pertukaran.UnggahanSipd": "pratinjau unggahan SIPD; penerapannya dicatat per baris di riwayat",
    "dokumen.Pekerjaan": "antrean pembuatan dokumen: hasil turunan dari data, bukan data",
    "reviu.ReviuJalan": "catatan setiap reviu yang dijalankan (siapa, kapan, sidik data, temuan)",
    "reviu.Penetapan": "catatan penetapan dokumen (siapa, kapan, sidik data); juga di riwayat 'penetapan'",
    "keamanan.HitunganAkses": "penghitung batas laju permintaan",
    "api.TokenApi": "token API: dibuat dan dicabut dengan nama pembuat/pencabut dan waktunya di barisnya",
    "operasi.DetakPekerja": "detak pekerja antrean dokumen",
    "pengukuran.RingkasanCapaian": "ringkasan hasil mesin hitung per tahun kinerja: turunan, dihitung ulang, bukan data",
    "django_tasks_database.DBTaskResult": "tugas latar (pembawa pekerjaan dokumen ke pekerja): turunan, bukan data",
}


def pola(label: str) -> re.Pattern[str]:
    return re.compile(DICATAT[label])

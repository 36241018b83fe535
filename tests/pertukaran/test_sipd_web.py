"""The SIPD import page: upload → preview of every change and every row not taken → apply (all or nothing, in the
history with the file's name), the workflow's locks, and the header mapping from the SAKIP_SIPD_PEMETAAN setting."""

from __future__ import annotations

from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile

from sakip.web.pengukuran.models import AnggaranTriwulan
from sakip.web.perencanaan.models import SubKegiatan
from sakip.web.pertukaran.models import UnggahanSipd
from sakip.web.riwayat.models import Perubahan
from tests.berkas.test_sipd import xlsx

SUB = "2.16.01.2.02.0001"


def _url(tk, id_=None) -> str:
    awal = f"/berkas/{tk.perangkat_daerah.slug}/{tk.tahun}/sipd/"
    return awal if id_ is None else f"{awal}{id_}/"


def _unggah(c, tk, data: bytes, jenis: str, triwulan: str = "", nama: str = "lra.xlsx"):
    return c.post(_url(tk), {"ekspor": SimpleUploadedFile(nama, data), "jenis": jenis, "triwulan": triwulan})


def test_realisasi_kumulatif_pratinjau_lalu_terapkan(klien, tk_dinas):
    c = klien("operator")
    data = xlsx(
        [
            ["Laporan Realisasi"],
            ["Kode", "Uraian", "Realisasi s.d. Triwulan (Rp)"],
            [SUB, "Gaji", 4100000000],
            ["9.99", "x", 1],
        ]
    )
    r = _unggah(c, tk_dinas, data, "realisasi", "4")
    assert r.status_code == 302, r.content.decode()[:2000]
    u = UnggahanSipd.objects.get(tahun_kinerja=tk_dinas)
    assert (
        u.jumlah_perubahan == 1
        and not AnggaranTriwulan.objects.filter(
            realisasi__sub_kegiatan__kode=SUB,
            realisasi__sub_kegiatan__tahun_kinerja=tk_dinas,
            triwulan=4,
            jumlah=Decimal(1004000000),
        ).exists()
    )
    halaman = c.get(r["Location"]).content.decode()
    assert "realisasi anggaran" in halaman and "1.004.000.000" in halaman
    assert "9.99" in halaman  # the row not taken is listed
    # Another operator of the same rights cannot apply someone else's preview.
    assert klien("admin").post(r["Location"], {"aksi": "terapkan"}).status_code == 302
    u.refresh_from_db()
    assert u.status == UnggahanSipd.PRATINJAU
    ok = c.post(r["Location"], {"aksi": "terapkan", "alasan": "LRA TW IV"})
    assert ok.status_code == 302
    at = AnggaranTriwulan.objects.get(
        realisasi__sub_kegiatan__kode=SUB, realisasi__sub_kegiatan__tahun_kinerja=tk_dinas, triwulan=4
    )
    assert at.jumlah == Decimal(1004000000)
    p = Perubahan.objects.get(objek=f"sub_kegiatan:{SUB}", sumber=Perubahan.IMPOR, alasan__contains="lra.xlsx")
    assert "impor SIPD realisasi 'lra.xlsx'" in p.alasan and "LRA TW IV" in p.alasan and p.nama_pengguna
    u.refresh_from_db()
    assert u.status == UnggahanSipd.DITERAPKAN and bytes(u.isi) == b""


def test_struktur_pagu_diperbarui(klien, tk_dinas):
    sub = SubKegiatan.objects.get(tahun_kinerja=tk_dinas, kode=SUB)
    data = xlsx([["Kode", "Uraian", "Pagu Perubahan (Rp)"], [SUB, sub.nama, str(sub.pagu + 1000).replace(".", ",")]])
    lama = sub.pagu
    c = klien("operator")
    r = _unggah(c, tk_dinas, data, "struktur", nama="apbd.xlsx")
    assert r.status_code == 302, r.content.decode()[:2000]
    assert c.post(r["Location"], {"aksi": "terapkan"}).status_code == 302
    sub.refresh_from_db()
    assert sub.pagu == lama + 1000
    assert Perubahan.objects.filter(objek=f"sub_kegiatan:{SUB}", alasan__contains="apbd.xlsx").exists()


def test_ditolak_tidak_ada_yang_tersimpan(klien, tk_dinas, tk_kencong):
    c = klien("operator")
    jejak = Perubahan.objects.count()
    # Annual total for a sub kegiatan recorded per quarter: the reader refuses, with row and message.
    r = _unggah(c, tk_dinas, xlsx([["Kode", "Uraian", "Realisasi"], [SUB, "Gaji", 1]]), "realisasi")
    assert r.status_code == 400 and "dicatat per triwulan" in r.content.decode()
    assert "tidak ada yang tersimpan" in r.content.decode()
    r = _unggah(c, tk_dinas, b"bukan spreadsheet", "realisasi", nama="x.xlsx")
    assert r.status_code == 400
    # Kencong's quarters are all locked: the admin's annual import is refused with the lock's reason.
    kode = SubKegiatan.objects.filter(tahun_kinerja=tk_kencong).first().kode
    r = _unggah(
        klien("admin"),
        tk_kencong,
        xlsx([["Kode", "Uraian", "Realisasi"], [kode, "x", 10**9]]),
        "realisasi",
    )
    assert r.status_code == 400 and "Dikunci" in r.content.decode()
    assert Perubahan.objects.count() == jejak
    assert not UnggahanSipd.objects.exists()


def test_pemetaan_dari_setelan(klien, tk_dinas, settings):
    data = xlsx([["No Rek", "Nama", "Nilai Realisasi"], [SUB, "Gaji", 4100000000]])
    c = klien("operator")
    assert _unggah(c, tk_dinas, data, "realisasi", "4").status_code == 400
    settings.SAKIP_SIPD_PEMETAAN = {"realisasi": {"kode": ["No Rek"], "realisasi": ["Nilai Realisasi"]}}
    r = _unggah(c, tk_dinas, data, "realisasi", "4")
    assert r.status_code == 302
    assert "Nilai Realisasi" in c.get(_url(tk_dinas)).content.decode()
    settings.SAKIP_SIPD_PEMETAAN = {"realisasi": {"tanggal": ["x"]}}
    salah = c.get(_url(tk_dinas))
    assert "SAKIP_SIPD_PEMETAAN tidak sah" in salah.content.decode()

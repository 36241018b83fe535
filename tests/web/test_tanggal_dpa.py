"""The DPA approval date on the PK page: kept with the year's RKT, audited, exported in the berkas, and used by the
evaluation's PK-timeliness criterion (LKE 1.b.2)."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from sakip.web.evaluasi.konteks import konteks_bukti
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.riwayat.models import Perubahan


def _url(tk) -> str:
    return reverse("perencanaan:tanggal_dpa", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun})


def _halaman(c, tk) -> str:
    return c.get(reverse("perencanaan:pk", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun})).content.decode()


def test_operator_mencatat_tanggal_dpa_tercatat_dan_dipakai_evaluasi(klien, tk_dinas):
    c = klien("operator")
    assert "Belum dicatat" in _halaman(c, tk_dinas)
    r = c.post(_url(tk_dinas), {"tanggal_dpa": "2022-12-30", "alasan": "DPA disahkan"})
    assert r.status_code == 302
    tk_dinas.refresh_from_db()
    assert berkas_dari_db(tk_dinas).rkt.tanggal_dpa == date(2022, 12, 30)
    h = _halaman(c, tk_dinas)
    assert "30 Desember 2022" in h and "30 Januari 2023" in h  # the deadline, one month later
    p = Perubahan.objects.get(objek="rkt", medan="tanggal_dpa", perangkat_daerah=tk_dinas.perangkat_daerah)
    assert (p.nilai_lama, p.nilai_baru, p.alasan) == ("", "2022-12-30", "DPA disahkan") and p.nama_pengguna
    assert konteks_bukti(tk_dinas).berkas.rkt.tanggal_dpa == date(2022, 12, 30)
    # Cleared again: recorded too.
    c.post(_url(tk_dinas), {"tanggal_dpa": "", "alasan": "salah tahun"})
    tk_dinas.refresh_from_db()
    assert berkas_dari_db(tk_dinas).rkt.tanggal_dpa is None
    assert Perubahan.objects.filter(objek="rkt", medan="tanggal_dpa", nilai_baru="").exists()


def test_tanggal_salah_atau_tahun_lain_ditolak_tanpa_perubahan(klien, tk_dinas):
    c = klien("operator")
    for isian, pesan in (
        ({"tanggal_dpa": "30-13-2022", "alasan": "x"}, "Tanggal tidak sah"),
        ({"tanggal_dpa": "2019-12-30", "alasan": "x"}, "disahkan pada tahun 2022 atau 2023"),
        ({"tanggal_dpa": "2022-12-30", "alasan": ""}, "Alasan perubahan wajib diisi"),
    ):
        r = c.post(_url(tk_dinas), isian, follow=True)
        assert pesan in r.content.decode()
    tk_dinas.refresh_from_db()
    assert berkas_dari_db(tk_dinas).rkt.tanggal_dpa is None
    assert not Perubahan.objects.filter(objek="rkt", medan="tanggal_dpa").exists()


def test_hanya_operator_instansinya_yang_mengubah(klien, tk_dinas, tk_kencong):
    # Another agency's operator, the reviewer and the public: no change.
    for nama, tk in (("operator", tk_kencong), ("reviewer", tk_dinas), (None, tk_dinas)):
        r = klien(nama).post(_url(tk), {"tanggal_dpa": "2022-12-30", "alasan": "x"})
        assert r.status_code in (302, 403, 404), (nama, r.status_code)
        tk.refresh_from_db()
        assert berkas_dari_db(tk).rkt.tanggal_dpa is None, nama


def test_tahun_terkunci_menolak(klien, tk_kencong):
    # Kencong 2023 has triwulan IV locked: its plans, this date included, are closed, even to the admin.
    r = klien("admin").post(_url(tk_kencong), {"tanggal_dpa": "2022-12-30", "alasan": "x"}, follow=True)
    assert "sudah dikunci" in r.content.decode()
    tk_kencong.refresh_from_db()
    assert berkas_dari_db(tk_kencong).rkt.tanggal_dpa is None

"""The realisation workflow: draft → diajukan → diverifikasi | dikembalikan → dikunci, buka kembali by the admin,
analysis required under target, history of every step, and concurrent edits refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from sakip.core.nilai import Angka
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.organisasi.akses import TidakBerwenang
from sakip.web.pengukuran import services as s
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.models import Indikator, SubKegiatan
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.riwayat.models import Perubahan


def _periode(tk, tw=4) -> PeriodeRealisasi:
    return PeriodeRealisasi.objects.get(tahun_kinerja=tk, triwulan=tw)


def _ind(tk, kode) -> Indikator:
    return Indikator.objects.get(renstra=tk.renstra, kode=kode)


def _isi_tw4(aktor, tk, analisis: bool = True):
    """IKU3 (kumulatif, target 20) ends at 17 → under target; IKU2 (negatif, rata-rata of 8,6 8,1 7,9 7) → on target."""
    isian = s.IsianRealisasi()
    for kode, nilai in (("IKU1", "92"), ("IKU2", "7"), ("IKU3", "5"), ("IKU4", "99.3")):
        isian.nilai[_ind(tk, kode).pk] = Angka(Decimal(nilai))
    if analisis:
        isian.analisis[_ind(tk, "IKU3").pk] = (
            "Integrasi dua layanan tertunda",
            "Vendor terlambat",
            "Percepatan di TW I 2024",
        )
    return s.realisasi_simpan(aktor=aktor, tk=tk, triwulan=4, versi=_periode(tk).versi, isian=isian)


def test_alur_lengkap_dan_riwayat(aktor, tk_dinas):
    op, kp = aktor["operator"], aktor["kepala"]
    assert _isi_tw4(op, tk_dinas) >= 4
    h = hasil_dari_db(tk_dinas)
    iku3 = h.hasil_indikator("IKU3")
    assert iku3.realisasi == Angka(Decimal(17))  # kumulatif 3 + 5 + 4 + 5, computed by the engine
    assert iku3.perlu_analisis
    s.realisasi_ajukan(aktor=op, tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    assert _periode(tk_dinas).status == "diajukan"
    s.realisasi_verifikasi(aktor=kp, tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    s.realisasi_kunci(aktor=kp, tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    assert _periode(tk_dinas).status == "dikunci"
    langkah = list(
        Perubahan.objects.filter(perangkat_daerah=tk_dinas.perangkat_daerah, objek="periode:4", sumber="alur")
        .order_by("id")
        .values_list("nilai_baru", flat=True)
    )
    assert langkah[-3:] == ["diajukan", "diverifikasi", "dikunci"]
    r = Perubahan.objects.filter(objek="indikator:IKU3", medan="realisasi TW IV").latest("id")
    assert (r.nilai_lama, r.nilai_baru, r.pengguna.username) == ("", "5", "operator")


def test_analisis_wajib_bila_di_bawah_target(aktor, tk_dinas):
    _isi_tw4(aktor["operator"], tk_dinas, analisis=False)
    with pytest.raises(AlurDitolak) as e:
        s.realisasi_ajukan(aktor=aktor["operator"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    assert "IKU3" in str(e.value) and "analisis" in str(e.value)
    assert _periode(tk_dinas).status == "draft"


def test_terkunci_tidak_dapat_diubah_kecuali_dibuka_admin(aktor, tk_dinas):
    tw3 = _periode(tk_dinas, 3)
    assert tw3.status == "dikunci"
    isian = s.IsianRealisasi(nilai={_ind(tk_dinas, "IKU1").pk: Angka(Decimal(50))})
    with pytest.raises(AlurDitolak):
        s.realisasi_simpan(aktor=aktor["operator"], tk=tk_dinas, triwulan=3, versi=tw3.versi, isian=isian)
    with pytest.raises(TidakBerwenang):
        s.realisasi_buka_kembali(aktor=aktor["kepala"], tk=tk_dinas, triwulan=3, versi=tw3.versi, alasan="x")
    with pytest.raises(AlurDitolak):
        s.realisasi_buka_kembali(aktor=aktor["admin"], tk=tk_dinas, triwulan=3, versi=tw3.versi, alasan=" ")
    s.realisasi_buka_kembali(
        aktor=aktor["admin"], tk=tk_dinas, triwulan=3, versi=tw3.versi, alasan="koreksi data uptime"
    )
    assert _periode(tk_dinas, 3).status == "draft"
    log = Perubahan.objects.filter(objek="periode:3", medan="status").latest("id")
    assert log.nilai_lama == "dikunci" and "koreksi data uptime" in log.alasan and log.pengguna.username == "admin"
    s.realisasi_simpan(aktor=aktor["operator"], tk=tk_dinas, triwulan=3, versi=_periode(tk_dinas, 3).versi, isian=isian)


def test_kembalikan_wajib_alasan(aktor, tk_dinas):
    _isi_tw4(aktor["operator"], tk_dinas)
    s.realisasi_ajukan(aktor=aktor["operator"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    with pytest.raises(AlurDitolak):
        s.realisasi_kembalikan(
            aktor=aktor["kepala"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi, alasan=""
        )
    s.realisasi_kembalikan(
        aktor=aktor["kepala"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi, alasan="Bukti IKU3 belum ada"
    )
    p = _periode(tk_dinas)
    assert p.status == "dikembalikan" and p.alasan_dikembalikan == "Bukti IKU3 belum ada"
    # Returned: the operator may edit again.
    _isi_tw4(aktor["operator"], tk_dinas)


def test_urutan_alur_dijaga(aktor, tk_dinas):
    with pytest.raises(AlurDitolak):
        s.realisasi_kunci(aktor=aktor["kepala"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    with pytest.raises(AlurDitolak):
        s.realisasi_verifikasi(aktor=aktor["kepala"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    with pytest.raises(TidakBerwenang):
        s.realisasi_ajukan(aktor=aktor["kepala"], tk=tk_dinas, triwulan=4, versi=_periode(tk_dinas).versi)
    with pytest.raises(TidakBerwenang):
        _isi_tw4(aktor["reviewer"], tk_dinas)


def test_simpanan_kedua_ditolak(aktor, tk_dinas):
    """Two people opened the same quarter form; the second save is refused, the first value stays."""
    versi_dibuka = _periode(tk_dinas).versi
    iku1 = _ind(tk_dinas, "IKU1").pk
    s.realisasi_simpan(
        aktor=aktor["operator"],
        tk=tk_dinas,
        triwulan=4,
        versi=versi_dibuka,
        isian=s.IsianRealisasi(nilai={iku1: Angka(Decimal(93))}),
    )
    with pytest.raises(KonflikVersi) as e:
        s.realisasi_simpan(
            aktor=aktor["admin"],
            tk=tk_dinas,
            triwulan=4,
            versi=versi_dibuka,
            isian=s.IsianRealisasi(nilai={iku1: Angka(Decimal(10))}),
        )
    assert "diubah oleh pengguna lain" in str(e.value)
    assert hasil_dari_db(tk_dinas).hasil_indikator("IKU1").realisasi_triwulan[4] == Angka(Decimal(93))


def test_isian_tidak_boleh_milik_tahun_lain(aktor, tk_dinas, tk_kencong):
    asing = Indikator.objects.filter(renstra=tk_kencong.renstra).first().pk
    with pytest.raises(TidakBerwenang):
        s.realisasi_simpan(
            aktor=aktor["operator"],
            tk=tk_dinas,
            triwulan=4,
            versi=_periode(tk_dinas).versi,
            isian=s.IsianRealisasi(nilai={asing: Angka(Decimal(1))}),
        )


def test_anggaran_triwulan_dan_serapan_dari_mesin(aktor, tk_dinas):
    sub = SubKegiatan.objects.get(tahun_kinerja=tk_dinas, kode="2.16.02.2.01.0004")
    sebelum = hasil_dari_db(tk_dinas).anggaran.realisasi
    s.realisasi_simpan(
        aktor=aktor["operator"],
        tk=tk_dinas,
        triwulan=4,
        versi=_periode(tk_dinas).versi,
        isian=s.IsianRealisasi(anggaran={sub.pk: Decimal("60000000")}),
    )
    h = hasil_dari_db(tk_dinas)
    assert h.anggaran.realisasi - sebelum == Decimal("60000000")
    node = next(n for n in h.anggaran.telusuri() if n.kode == sub.kode)
    assert node.realisasi == Decimal("41800000") + Decimal("52300000") + Decimal("55900000") + Decimal("60000000")
    with pytest.raises(AlurDitolak):
        s.realisasi_simpan(
            aktor=aktor["operator"],
            tk=tk_dinas,
            triwulan=4,
            versi=_periode(tk_dinas).versi,
            isian=s.IsianRealisasi(anggaran={sub.pk: Decimal("-1")}),
        )


def test_formulir_triwulan_menolak_angka_salah(klien, tk_dinas):
    url = reverse("pengukuran:isi", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "triwulan": 4})
    c = klien("operator")
    r = c.get(url)
    assert r.status_code == 200
    iku1 = _ind(tk_dinas, "IKU1").pk
    sub = SubKegiatan.objects.filter(tahun_kinerja=tk_dinas).first().pk
    r = c.post(url, {"versi": _periode(tk_dinas).versi, f"n_{iku1}": "sembilan puluh", f"a_{sub}": "1.2.3"})
    assert r.status_code == 400
    teks = r.content.decode()
    assert "bukan nilai yang dikenal" in teks
    assert "bukan angka yang sah" in teks
    assert 'aria-invalid="true"' in teks
    assert not Perubahan.objects.filter(objek="indikator:IKU1", medan="realisasi TW IV").exists()
    # Indonesian formats are accepted.
    r = c.post(url, {"versi": _periode(tk_dinas).versi, f"n_{iku1}": "91,5", f"a_{sub}": "1.020.000.000,00"})
    assert r.status_code == 302
    assert hasil_dari_db(tk_dinas).hasil_indikator("IKU1").realisasi_triwulan[4] == Angka(Decimal("91.5"))


def test_bukti_diperiksa_jenis_dan_ukuran(aktor, tk_dinas, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    op = aktor["operator"]
    ok = s.bukti_unggah(
        aktor=op, tk=tk_dinas, triwulan=4, berkas=SimpleUploadedFile("laporan.pdf", b"%PDF-1.7\n...", "application/pdf")
    )
    assert ok.ukuran > 0
    with pytest.raises(AlurDitolak, match="tidak diterima"):
        s.bukti_unggah(
            aktor=op,
            tk=tk_dinas,
            triwulan=4,
            berkas=SimpleUploadedFile("skrip.exe", b"MZ...", "application/octet-stream"),
        )
    with pytest.raises(AlurDitolak, match="tidak sesuai"):
        s.bukti_unggah(
            aktor=op, tk=tk_dinas, triwulan=4, berkas=SimpleUploadedFile("palsu.pdf", b"<html>", "application/pdf")
        )
    settings.SAKIP_BUKTI_MAKS_BYTE = 10
    with pytest.raises(AlurDitolak, match="melebihi"):
        s.bukti_unggah(
            aktor=op,
            tk=tk_dinas,
            triwulan=4,
            berkas=SimpleUploadedFile("besar.pdf", b"%PDF-" + b"x" * 50, "application/pdf"),
        )
    with pytest.raises(AlurDitolak, match="draf atau dikembalikan"):
        s.bukti_unggah(
            aktor=op, tk=tk_dinas, triwulan=1, berkas=SimpleUploadedFile("l.pdf", b"%PDF-1", "application/pdf")
        )


def test_simpan_tanpa_perubahan_tidak_mengubah_apa_pun(klien, tk_dinas):
    """Posting the quarter form untouched adds no record, no history and leaves the berkas as it was."""
    from sakip.web.pertukaran.ke_berkas import berkas_dari_db

    sebelum = berkas_dari_db(tk_dinas)
    jumlah = Perubahan.objects.count()
    url = reverse("pengukuran:isi", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "triwulan": 4})
    c = klien("operator")
    form = c.get(url).context["form"]
    data = {k: ("" if v is None else (v.tampil() if hasattr(v, "tampil") else v)) for k, v in form.initial.items()}
    for nama, f in form.fields.items():
        awal = form.get_initial_for_field(f, nama)
        data.setdefault(
            nama, "" if awal is None else (awal.tampil() if hasattr(awal, "tampil") else f.prepare_value(awal))
        )
    r = c.post(url, data)
    assert r.status_code == 302
    assert Perubahan.objects.count() == jumlah
    assert berkas_dari_db(tk_dinas) == sebelum


@pytest.mark.parametrize("tw", [frozenset({1}), frozenset({1, 2, 3}), frozenset({2, 4}), frozenset()])
def test_batasi_triwulan_sama_dengan_dari_basis_data(tk_dinas, tk_kencong, tw):
    from sakip.berkas.baca import baca_data
    from sakip.web.pertukaran.ke_berkas import batasi_triwulan, berkas_dari_db, berkas_dict

    for tk in (tk_dinas, tk_kencong):
        assert batasi_triwulan(berkas_dari_db(tk), tw) == baca_data(berkas_dict(tk, triwulan=tw))


def test_catatan_reviu_hanya_inspektorat(aktor, klien, tk_kencong):
    from sakip.web.pengukuran.models import CatatanReviu

    url = reverse("dasbor:reviu", kwargs={"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023})
    r = klien("reviewer").post(
        url, {"teks": "Tabel 3.8 Program II tidak sama dengan jumlah kegiatannya.", "triwulan": "4"}
    )
    assert r.status_code == 302
    c = CatatanReviu.objects.get(tahun_kinerja=tk_kencong)
    assert c.nama_penulis and c.triwulan == 4
    assert (
        "Tabel 3.8 Program II"
        in klien("kepala-kencong")
        .get(reverse("dasbor:dasbor", kwargs={"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023}))
        .content.decode()
    )
    with pytest.raises(TidakBerwenang):
        s.catatan_reviu_tambah(aktor=aktor["admin"], tk=tk_kencong, teks="x")
    with pytest.raises(AlurDitolak):
        s.catatan_reviu_tambah(aktor=aktor["reviewer"], tk=tk_kencong, teks="  ")

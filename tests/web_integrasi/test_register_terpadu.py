"""Registers and the survey in every measurement (issue 6 integration): the dashboard, the documents and the reviu
measure the records through ke_berkas's hook; the public (locked quarters only) never sees a record of an open
quarter, and cached results follow the records."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from django.urls import reverse
from django.utils import timezone

from sakip.core.model import Berkas
from sakip.core.nilai import Angka
from sakip.core.register import Aduan as AduanCore
from sakip.core.register import Register, StatusAduan
from sakip.core.sumber import Dipakai, JenisSumber, SumberRealisasi, rincian_semua
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.services import tahun_kinerja_sentuh
from sakip.web.pertukaran.ke_berkas import hasil_dari_db, sidik_data, triwulan_terkunci
from sakip.web.register import services as reg
from sakip.web.register.pelengkap import batasi_catatan

pytestmark = pytest.mark.django_db


def _publik(klien, tk, kode: str) -> tuple[str | None, str | None]:
    """(realisasi, capaian) of an indicator on the public JSON."""
    r = klien(None).get(reverse("publik:api", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun}))
    assert r.status_code == 200
    for s in r.json()["sasaran"]:
        for i in s["indikator"]:
            if i["id"] == kode:
                return i["realisasi"], i["capaian"]["nilai"]
    raise AssertionError(kode)


def _aduan(aktor, pd, nomor: str, diterima: date, selesai: date | None) -> None:
    reg.aduan_simpan(
        aktor=aktor,
        pd=pd,
        data={
            "nomor": nomor,
            "tanggal_diterima": diterima,
            "tanggal_selesai": selesai,
            "status": "selesai" if selesai else "diproses",
            "kategori": "Informasi publik",
            "ringkasan": "Permohonan informasi terlambat dijawab",
            "penanganan": "Dijawab dan dipublikasikan" if selesai else "",
        },
    )


def test_aduan_triwulan_terbuka_tidak_mengubah_capaian_publik(aktor, klien, tk_dinas):
    """Diskominfo: TW I–III locked. IKU1 computed from the complaint register. A complaint received and resolved
    in the open TW IV changes the agency's own figures at once, the public ones only once TW IV is locked."""
    pd = tk_dinas.perangkat_daerah
    reg.sumber_simpan(
        aktor=aktor["operator"], pd=pd, tahun=2023, kode="IKU1", jenis=JenisSumber.RASIO_ADUAN.value, alasan="uji"
    )
    assert triwulan_terkunci(tk_dinas) == {1, 2, 3}
    sebelum_publik = _publik(klien, tk_dinas, "IKU1")
    assert sebelum_publik == (None, None)
    sebelum_sidik = sidik_data(tk_dinas)
    assert hasil_dari_db(tk_dinas).hasil_indikator("IKU1").realisasi is None  # 0 ÷ 0: not computable

    _aduan(aktor["operator"], pd, "PPID-1", date(2023, 10, 3), date(2023, 10, 6))
    _aduan(aktor["operator"], pd, "PPID-2", date(2023, 11, 3), None)
    # The agency's own view follows the records at once (the cache key carries the register's version) …
    assert sidik_data(tk_dinas) != sebelum_sidik
    hi = hasil_dari_db(tk_dinas).hasil_indikator("IKU1")
    assert hi.realisasi == Angka(D(50))
    # … the public one does not: TW IV is open.
    assert _publik(klien, tk_dinas, "IKU1") == sebelum_publik
    publik = hasil_dari_db(tk_dinas, triwulan=frozenset({1, 2, 3}))
    assert publik.berkas.register.aduan == []
    assert publik.hasil_indikator("IKU1").realisasi is None

    # Locking TW IV publishes the year: now the public measures the complaints too.
    PeriodeRealisasi.objects.update_or_create(
        tahun_kinerja=tk_dinas,
        triwulan=4,
        defaults={"status": PeriodeRealisasi.DIKUNCI, "dikunci_pada": timezone.now()},
    )
    tahun_kinerja_sentuh(tk=tk_dinas)
    realisasi, capaian = _publik(klien, tk_dinas, "IKU1")
    assert D(realisasi) == 50 and capaian is not None
    # The value was frozen with the lock: a later record of TW IV would be refused anyway, and the public keeps it.
    with pytest.raises(Exception, match="sudah dikunci"):
        _aduan(aktor["operator"], pd, "PPID-3", date(2023, 12, 1), None)


def test_dasbor_register_dan_dokumen_melihat_berkas_yang_sama(aktor, klien, tk_kencong):
    """Kencong: IKU2/IKU3/IKU4 have sources and typed values with a reason. The dashboard shows the computed value
    beside the typed one with the reason; the register page and `hasil_dari_db` measure the same berkas."""
    h = hasil_dari_db(tk_kencong)
    rincian = rincian_semua(h.berkas)
    assert set(rincian) >= {"IKU2", "IKU3", "IKU4"}
    assert rincian["IKU4"].dipakai is Dipakai.MANUAL
    assert rincian["IKU4"].terhitung.tahunan.nilai == D(100)
    assert rincian["IKU4"].selisih == D(-5)

    html = klien("admin").get(reverse("dasbor:dasbor", kwargs={"pd": "kecamatan-kencong", "tahun": 2023}))
    teks = html.content.decode()
    assert "5 dari 5 aduan terselesaikan" in teks
    assert "Sebagaimana dilaporkan" in teks and "selisih dengan nilai terhitung -5,00" in teks
    assert "7 dari 7 kegiatan terlaksana" in teks
    assert "IKM 84,52" in teks

    # A complaint entered on the web is measured by the dashboard's berkas too (not only by the register page).
    from sakip.web.register.selectors import hasil_lengkap

    lengkap = hasil_lengkap(aktor=aktor["admin"], pd=tk_kencong.perangkat_daerah, tahun=2023)
    assert lengkap.berkas is hasil_dari_db(tk_kencong).berkas


def _berkas_uji() -> Berkas:
    from sakip.berkas.baca import baca_berkas

    b = baca_berkas("examples/kencong-2023.yaml")
    b.register = Register(
        aduan=[
            AduanCore("A1", date(2023, 2, 1), status=StatusAduan.SELESAI, tanggal_selesai=date(2023, 2, 3)),
            # received in TW III, resolved in TW IV: s.d. TW III it was still being handled
            AduanCore("A2", date(2023, 9, 20), status=StatusAduan.SELESAI, tanggal_selesai=date(2023, 10, 2)),
            AduanCore("A3", date(2023, 11, 20), status=StatusAduan.DIPROSES),
        ],
        kegiatan=list(b.register.kegiatan),
    )
    ind = b.renstra.indikator("IKU4")
    ind.sumber_realisasi = SumberRealisasi(JenisSumber.RASIO_ADUAN)
    b.realisasi.indikator["IKU4"].alasan_manual = ""
    b.realisasi.indikator["IKU4"].tahunan = None
    return b


def test_batasi_catatan_hanya_triwulan_terpilih():
    b = batasi_catatan(_berkas_uji(), frozenset({1, 2, 3}), diketik=set())
    assert [a.id for a in b.register.aduan] == ["A1", "A2"]
    a2 = b.register.aduan[1]
    assert a2.status is StatusAduan.DIPROSES and a2.tanggal_selesai is None
    rec = b.realisasi.indikator["IKU4"]
    # s.d. TW I: 1 of 1; s.d. TW III: 1 of 2 (A2 not yet resolved on 30 September); no annual value without TW IV.
    assert rec.triwulan[1] == Angka(D(100)) and rec.triwulan[3] == Angka(D(50))
    assert rec.tahunan is None
    assert b.renstra.indikator("IKU4").sumber_realisasi is None
    # The survey keeps only tallies of the selected quarters; Kencong's are per quarter.
    assert all(r.periode.endswith(("TW1", "TW2", "TW3")) for s in b.survei for r in s.rekap)


def test_batasi_catatan_nilai_diketik_beralasan_tetap():
    b = _berkas_uji()
    b.realisasi.indikator["IKU4"].alasan_manual = "Sebagaimana dilaporkan"
    b = batasi_catatan(b, frozenset({1, 2}), diketik={"IKU4"})
    # The typed values stand (none in TW I–II here), the records of TW III–IV are gone.
    assert b.realisasi.indikator["IKU4"].triwulan == {}
    assert [a.id for a in b.register.aduan] == ["A1"]


def _respon(pd, tanggal: date, nilai: int):
    from sakip.web.survei.models import Respon

    return Respon.objects.create(perangkat_daerah=pd, tanggal=tanggal, **{f"u{i}": nilai for i in range(1, 10)})


def test_ikm_publik_hanya_triwulan_terkunci(klien, tk_dinas, tk_kencong):
    kencong = klien(None).get(reverse("publik:ikm", kwargs={"pd": "kecamatan-kencong", "tahun": 2023})).content.decode()
    assert "84,52" in kencong and "625" in kencong and "(data sintetis)" in kencong
    assert (
        "Indeks Kepuasan Masyarakat"
        in klien(None).get(reverse("publik:pd", kwargs={"pd": "kecamatan-kencong", "tahun": 2023})).content.decode()
    )

    # Diskominfo (TW I–III locked): a respondent of May counts, one of November does not, until TW IV is locked.
    pd = tk_dinas.perangkat_daerah
    _respon(pd, date(2023, 5, 10), 4)
    _respon(pd, date(2023, 11, 10), 1)
    url = reverse("publik:ikm", kwargs={"pd": pd.slug, "tahun": 2023})
    teks = klien(None).get(url).content.decode()
    assert "100,00" in teks and "Sangat Baik" in teks
    dalam = [s for s in hasil_dari_db(tk_dinas).berkas.survei if s.id.startswith("SKM-WEB")]
    assert sum(r.jumlah_responden for r in dalam[0].rekap) == 2  # the agency's own pages count both

    tk_dinas.diterbitkan = False
    tk_dinas.save()
    assert klien(None).get(url).status_code == 404

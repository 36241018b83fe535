"""The operator's RPJMD links form: one Renstra tujuan/sasaran's links replaced all at once, checked against the
district file when there is one, contributions as Indonesian numbers, every problem with its row, nothing half-saved,
audited; only the agency's operator (or the admin) writes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from django.urls import reverse

from sakip.web.daerah.models import TautanRpjmd
from sakip.web.daerah.services import berkas_daerah_simpan
from sakip.web.organisasi.models import Pemda
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.riwayat.models import Perubahan

DAERAH = (Path(__file__).resolve().parents[2] / "examples" / "jember-2023-sintetis" / "daerah.yaml").read_bytes()


def _url(tk, kode: str, jenis: str = "sasaran") -> str:
    return reverse(
        "daerah:tautan", kwargs={"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun, "jenis": jenis, "kode": kode}
    )


def _isian(baris: list[tuple[str, str, str, str]], alasan: str = "penyelarasan RPJMD") -> dict:
    d = {"jumlah": str(len(baris)), "alasan": alasan}
    for i, (s, ind, opd, k) in enumerate(baris):
        d |= {f"sasaran_{i}": s, f"indikator_{i}": ind, f"opd_{i}": opd, f"kontribusi_{i}": k}
    return d


def _sasaran(tk):
    s = tk.renstra.sasaran.order_by("urutan", "id").first()
    return s, s.indikator.order_by("urutan", "id").first().kode


def test_tanpa_rpjmd_disimpan_seperti_ditulis_dan_tercatat(klien, tk_dinas):
    s, ind = _sasaran(tk_dinas)
    r = klien("operator").post(
        _url(tk_dinas, s.kode), _isian([("SR2.1", "ISR2.1", ind, "12,5"), ("SR2.4", "", "", "")])
    )
    assert r.status_code == 302, r.content.decode()[:3000]
    t = list(TautanRpjmd.objects.filter(sasaran=s).order_by("urutan"))
    assert [(x.sasaran_rpjmd, x.indikator_rpjmd, x.indikator_opd, x.kontribusi) for x in t] == [
        ("SR2.1", "ISR2.1", ind, Decimal("12.5")),
        ("SR2.4", "", "", None),
    ]
    tk_dinas.refresh_from_db()
    b = berkas_dari_db(tk_dinas)
    assert [x.sasaran for x in next(y for y in b.renstra.sasaran if y.id == s.kode).rpjmd] == ["SR2.1", "SR2.4"]
    p = Perubahan.objects.get(objek=f"sasaran:{s.kode}", medan="tautan_rpjmd")
    assert (
        p.nilai_lama == ""
        and p.nilai_baru == f"SR2.1/ISR2.1 ({ind}, 12.5%); SR2.4"
        and p.alasan == "penyelarasan RPJMD"
    )
    halaman = klien("operator").get(_url(tk_dinas, s.kode)).content.decode()
    assert 'value="12,5"' in halaman and "belum diunggah Bappeda" in halaman


def test_diperiksa_terhadap_rpjmd_dan_tidak_ada_yang_setengah_tersimpan(klien, aktor, tk_dinas):
    berkas_daerah_simpan(
        aktor=aktor["admin"],
        pemda=Pemda.objects.get(nama="Kabupaten Jember"),
        isi=DAERAH,
        nama_berkas="d.yaml",
        alasan="",
    )
    s, ind = _sasaran(tk_dinas)
    salah = [
        ("SR2.1", "", "", ""),  # fine, but the batch fails as a whole
        ("SR9.9", "", "", ""),
        ("SR2.1", "ISR1.1", "", ""),
        ("SR2.2", "", "BUKAN", ""),
        ("SR2.3", "", "", "lima"),
        ("SR2.4", "", "", "150"),
        ("", "ISR2.1", "", ""),
        ("SR2.1", "", "", ""),
    ]
    r = klien("operator").post(_url(tk_dinas, s.kode), _isian(salah), follow=True)
    pesan = r.content.decode()
    for bagian in (
        "baris 2: sasaran RPJMD &#x27;SR9.9&#x27; tidak ada",
        "baris 3: indikator &#x27;ISR1.1&#x27; bukan indikator sasaran RPJMD &#x27;SR2.1&#x27;",
        "baris 4: indikator &#x27;BUKAN&#x27; bukan indikator sasaran",
        "baris 5: kontribusi &#x27;lima&#x27;",
        "baris 6: kontribusi harus lebih dari 0",
        "baris 7: sasaran RPJMD wajib diisi",
        "baris 8: tautan ke SR2.1 sudah ada",
    ):
        assert bagian in pesan, bagian
    assert not TautanRpjmd.objects.filter(sasaran=s).exists()
    assert not Perubahan.objects.filter(medan="tautan_rpjmd").exists()
    ok = klien("operator").post(_url(tk_dinas, s.kode), _isian([("SR2.1", "ISR2.1", ind, "")]))
    assert ok.status_code == 302 and TautanRpjmd.objects.filter(sasaran=s).count() == 1


def test_menghapus_dengan_mengosongkan_baris(klien, tk_dinas):
    s, _ = _sasaran(tk_dinas)
    klien("operator").post(_url(tk_dinas, s.kode), _isian([("SR2.1", "", "", "")]))
    klien("operator").post(_url(tk_dinas, s.kode), _isian([("", "", "", "")], alasan="tidak lagi mendukung"))
    assert not TautanRpjmd.objects.filter(sasaran=s).exists()
    assert Perubahan.objects.filter(medan="tautan_rpjmd", nilai_baru="", alasan="tidak lagi mendukung").exists()


def test_tujuan_dan_hak_ubah(klien, tk_dinas, tk_kencong):
    t = tk_dinas.renstra.tujuan.order_by("urutan", "id").first()
    assert klien("operator").post(_url(tk_dinas, t.kode, "tujuan"), _isian([("SR2.4", "", "", "")])).status_code == 302
    assert TautanRpjmd.objects.filter(tujuan=t).count() == 1
    s, _ = _sasaran(tk_kencong)
    for nama in ("operator", "reviewer", "kepala"):
        assert klien(nama).post(_url(tk_kencong, s.kode), _isian([("SR2.4", "", "", "")])).status_code == 403, nama
    assert klien("reviewer").get(_url(tk_kencong, s.kode)).status_code == 200
    tanpa_alasan = klien("operator").post(_url(tk_dinas, t.kode, "tujuan"), _isian([("SR2.1", "", "", "")], alasan=""))
    assert tanpa_alasan.status_code == 400
    assert klien("operator").get(_url(tk_dinas, "ZZ", "tujuan")).status_code == 404
    assert klien("operator").get(_url(tk_dinas, t.kode, "misi")).status_code == 404

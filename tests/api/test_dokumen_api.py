"""Documents' status through the API: what the data can make, the latest request per format (with its download
once done), the kepala's final declaration and whether the data changed since, the last reviu."""

from __future__ import annotations

from sakip.web.dokumen.models import Pekerjaan
from sakip.web.dokumen.pekerja import jalankan_satu
from sakip.web.dokumen.services import dokumen_minta
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.reviu.services import reviu_jalankan


def _url(tk) -> str:
    return f"/api/v1/pd/{tk.perangkat_daerah.slug}/tahun/{tk.tahun}/dokumen"


def test_status_tanpa_permintaan(api, tk_dinas):
    r = api("operator").get(_url(tk_dinas))
    assert r.status_code == 200, r.content
    d = r.json()
    assert d["dapat_dibuat"] and d["masalah"] == []
    lkjip = next(x for x in d["dokumen"] if x["dokumen"] == "lkjip")
    assert lkjip["format"] == ["docx", "pdf"] and lkjip["pekerjaan"] == [] and lkjip["penetapan"] is None
    assert {x["dokumen"] for x in d["dokumen"]} >= {"lkjip", "renstra", "rkt", "iku"}


def test_permintaan_antri_lalu_selesai_dengan_unduhan(api, aktor, tk_dinas, tmp_path, settings):
    settings.SAKIP_DATA_DIR = tmp_path
    p = dokumen_minta(aktor=aktor["operator"], tk=tk_dinas, dokumen="iku", format="xlsx", pk="")
    x = next(x for x in api("operator").get(_url(tk_dinas)).json()["dokumen"] if x["dokumen"] == "iku")
    assert [(j["kode"], j["status"], j["unduh"]) for j in x["pekerjaan"]] == [(str(p.kode), "antri", None)]
    belum = api("operator").get(f"{_url(tk_dinas)}/{p.kode}/unduh")
    assert belum.status_code == 409 and "belum dapat diunduh" in belum.json()["detail"]
    jalankan_satu()
    p.refresh_from_db()
    assert p.status == Pekerjaan.SELESAI, p.galat
    j = next(x for x in api("operator").get(_url(tk_dinas)).json()["dokumen"] if x["dokumen"] == "iku")["pekerjaan"][0]
    assert j["status"] == "selesai" and j["ukuran"] > 0 and j["nama_berkas"].endswith(".xlsx")
    assert j["unduh"] == f"{_url(tk_dinas)}/{p.kode}/unduh"
    r = api("operator").get(j["unduh"])
    isi = b"".join(r.streaming_content)
    assert r.status_code == 200 and isi[:2] == b"PK" and len(isi) == j["ukuran"]
    assert api("kepala").get(j["unduh"]).status_code == 200  # the same agency's kepala, not only the requester
    assert api("operator").get(f"{_url(tk_dinas)}/00000000-0000-0000-0000-000000000000/unduh").status_code == 404


def test_reviu_dan_data_berubah(api, aktor, tk_dinas):
    reviu_jalankan(aktor=aktor["reviewer"], tk=tk_dinas)
    rv = api("kepala").get(_url(tk_dinas)).json()["reviu"]
    assert rv["data_berubah"] is False and rv["jumlah_galat"] >= rv["galat_terbuka"] >= 0
    versi = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4).versi
    r = api("operator").post(
        f"/api/v1/pd/{tk_dinas.perangkat_daerah.slug}/tahun/2023/realisasi",
        {"versi": {"4": versi}, "butir": [{"indikator": "IKU1", "triwulan": 4, "nilai": "77"}]},
    )
    assert r.status_code == 200, r.content
    assert api("kepala").get(_url(tk_dinas)).json()["reviu"]["data_berubah"] is True


def test_instansi_lain_dan_publik_ditolak(api, tk_kencong, tk_dinas):
    assert api("operator").get(_url(tk_kencong)).status_code == 403
    assert api(None).get(_url(tk_dinas)).status_code == 401
    assert api("reviewer").get(_url(tk_kencong)).status_code == 200
    assert api("operator").get(f"{_url(tk_kencong)}/00000000-0000-0000-0000-000000000000/unduh").status_code == 403

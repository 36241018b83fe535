"""Open data: published agency-years only, locked quarters only, stable columns; no token needed."""

from __future__ import annotations

import csv
import io

from sakip.web.api.publik import KOLOM_ANGGARAN, KOLOM_CAPAIAN
from sakip.web.perencanaan.models import TahunKinerja


def test_hanya_yang_terbit(api, tk_dinas, tk_kencong):
    TahunKinerja.objects.filter(pk=tk_kencong.pk).update(diterbitkan=True)
    TahunKinerja.objects.filter(pk=tk_dinas.pk).update(diterbitkan=False)
    c = api(None)
    daftar = c.get("/api/v1/publik/terbit").json()["items"]
    assert [(x["pd"], x["tahun"]) for x in daftar] == [(tk_kencong.perangkat_daerah.slug, 2023)]
    assert c.get(f"/api/v1/publik/pd/{tk_dinas.perangkat_daerah.slug}/tahun/2023/capaian").status_code == 404
    r = c.get(f"/api/v1/publik/pd/{tk_kencong.perangkat_daerah.slug}/tahun/2023/capaian")
    assert r.status_code == 200 and r.json()["triwulan_terkunci"] == [1, 2, 3, 4]
    baris = c.get("/api/v1/publik/capaian.json").json()
    assert baris and {b["pd"] for b in baris} == {tk_kencong.perangkat_daerah.slug}
    assert all(b["capaian"] is None or isinstance(b["capaian"], str) for b in baris)


def test_csv_kolom_tetap(api, tk_kencong, tk_dinas):
    TahunKinerja.objects.filter(pk__in=[tk_kencong.pk, tk_dinas.pk]).update(diterbitkan=True)
    for jalur, kolom in (("capaian", KOLOM_CAPAIAN), ("anggaran", KOLOM_ANGGARAN)):
        r = api(None).get(f"/api/v1/publik/{jalur}.csv?tahun=2023")
        assert r.status_code == 200 and r["Content-Type"].startswith("text/csv")
        baris = list(csv.reader(io.StringIO(r.content.decode("utf-8-sig"))))
        assert baris[0] == kolom
        assert len(baris) > 2
        j = api(None).get(f"/api/v1/publik/{jalur}.json?tahun=2023").json()
        assert len(j) == len(baris) - 1
    # Diskominfo has TW IV open: the public figures leave it out.
    dinas = [
        b for b in api(None).get("/api/v1/publik/capaian.json").json() if b["pd"] == tk_dinas.perangkat_daerah.slug
    ]
    assert dinas and {b["triwulan_terkunci"] for b in dinas} == {"1 2 3"}


def test_batas_laju_anonim(api, settings):
    settings.SAKIP_API_BATAS_ANONIM = "3/60"
    c = api(None)
    kode = [c.get("/api/v1/publik/terbit").status_code for _ in range(4)]
    assert kode == [200, 200, 200, 429]
    r = c.get("/api/v1/publik/terbit")
    assert "Terlalu banyak permintaan" in r.json()["detail"] and int(r["Retry-After"]) >= 1


def test_skema_dan_halaman_dokumentasi(client, db):
    s = client.get("/api/v1/openapi.json")
    assert s.status_code == 200 and s.json()["openapi"].startswith("3.")
    assert "TokenAuth" in s.json()["components"]["securitySchemes"]
    d = client.get("/api/v1/docs")
    assert d.status_code == 200 and b"swagger" in d.content.lower()
    assert b"cdn.jsdelivr" not in d.content  # served from our static files


def test_batas_laju_per_token(api, settings):
    settings.SAKIP_API_BATAS_TOKEN = "2/60"
    kode = [api("reviewer").get("/api/v1/pd").status_code for _ in range(3)]
    assert kode == [200, 200, 429]
    # Another token has its own count.
    assert api("admin").get("/api/v1/pd").status_code == 200


def test_ikm(api, tk_kencong):
    """The engine's IKM (decimal strings); the public one only for a published year."""
    url = f"/api/v1/pd/{tk_kencong.perangkat_daerah.slug}/tahun/2023/ikm"
    r = api("reviewer").get(url)
    assert r.status_code == 200
    survei = r.json()
    assert survei and survei[0]["keseluruhan"]["ikm"].replace(".", "").isdigit()
    assert len(survei[0]["keseluruhan"]["unsur"]) == 9
    assert "saran" not in survei[0]
    publik = f"/api/v1/publik/pd/{tk_kencong.perangkat_daerah.slug}/tahun/2023/ikm"
    TahunKinerja.objects.filter(pk=tk_kencong.pk).update(diterbitkan=False)
    assert api(None).get(publik).status_code == 404
    TahunKinerja.objects.filter(pk=tk_kencong.pk).update(diterbitkan=True)
    # Every quarter of Kencong is locked: the public figure equals the reader's.
    assert api(None).get(publik).json()[0]["keseluruhan"] == survei[0]["keseluruhan"]

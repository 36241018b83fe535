"""Registers through the API: read with versions, batch writes all or nothing through the form's service (rules,
locked quarters, audit of every field), optimistic concurrency, messages naming the item and field."""

from __future__ import annotations

from sakip.web.register.models import Aduan, KegiatanRegister
from sakip.web.riwayat.models import Perubahan


def _url(tk, jenis: str) -> str:
    return f"/api/v1/pd/{tk.perangkat_daerah.slug}/tahun/{tk.tahun}/register/{jenis}"


def test_aduan_dibuat_dibaca_lalu_diubah_dengan_versi(api, tk_dinas):
    c = api("operator")
    baru = {
        "alasan": "dari aplikasi pengaduan",
        "butir": [
            {"nomor": "A-901", "tanggal_diterima": "2023-10-03", "kanal": "WhatsApp", "ringkasan": "Layanan lambat"},
            {"nomor": "A-902", "tanggal_diterima": "2023-11-20", "ringkasan": "Laman tidak dapat dibuka"},
        ],
    }
    r = c.post(_url(tk_dinas, "aduan"), baru)
    assert r.status_code == 200, r.content
    assert r.json() == {"dibuat": 2, "diubah": 0, "versi": {"A-901": 1, "A-902": 1}}
    daftar = {x["nomor"]: x for x in c.get(_url(tk_dinas, "aduan")).json()}
    assert daftar["A-901"]["kanal"] == "WhatsApp" and daftar["A-901"]["status"] == "diterima"
    p = Perubahan.objects.get(objek="aduan:A-901", medan="ringkasan")
    assert p.nilai_baru == "Layanan lambat" and p.alasan.startswith("dari aplikasi pengaduan (lewat API, token #")
    # Update: only the fields sent change; the version is required and checked.
    ubah = {"nomor": "A-901", "versi": 1, "status": "selesai", "tanggal_selesai": "2023-10-05", "penanganan": "Dibalas"}
    r = c.post(_url(tk_dinas, "aduan"), {"butir": [ubah]})
    assert r.status_code == 200, r.content
    a = Aduan.objects.get(perangkat_daerah=tk_dinas.perangkat_daerah, nomor="A-901")
    assert (a.status, a.kanal, a.versi) == ("selesai", "WhatsApp", 2)
    usang = c.post(_url(tk_dinas, "aduan"), {"butir": [ubah | {"penanganan": "lain"}]})
    assert usang.status_code == 409 and "A-901" in usang.json()["masalah"][0]["pesan"]
    tanpa = c.post(_url(tk_dinas, "aduan"), {"butir": [{"nomor": "A-902", "status": "diproses"}]})
    assert tanpa.status_code == 400 and tanpa.json()["masalah"][0]["medan"] == "versi"


def test_satu_butir_salah_tidak_ada_yang_disimpan(api, tk_dinas):
    c = api("operator")
    sebelum = (Aduan.objects.count(), Perubahan.objects.count())
    r = c.post(
        _url(tk_dinas, "aduan"),
        {
            "butir": [
                {"nomor": "B-1", "tanggal_diterima": "2023-10-03", "ringkasan": "baik"},
                # The register's own rule (a finished complaint records its handling), found by the service.
                {"nomor": "B-2", "tanggal_diterima": "2023-10-04", "ringkasan": "x", "status": "selesai"},
            ]
        },
    )
    assert r.status_code == 409, r.content
    assert r.json()["masalah"][0]["butir"] == 2
    assert (Aduan.objects.count(), Perubahan.objects.count()) == sebelum
    for butir, medan in (
        ({"nomor": "B-3", "ringkasan": "tanpa tanggal"}, "tanggal_diterima"),
        ({"nomor": "B-4", "tanggal_diterima": "2022-12-30", "ringkasan": "tahun lain"}, "tanggal_diterima"),
        ({"nomor": "B-5", "tanggal_diterima": "2023-10-04"}, "ringkasan"),
    ):
        r = c.post(_url(tk_dinas, "aduan"), {"butir": [butir]})
        assert r.status_code == 400 and r.json()["masalah"][0]["medan"] == medan, r.content
    ganda = c.post(
        _url(tk_dinas, "aduan"), {"butir": [{"nomor": "C", "tanggal_diterima": "2023-10-01", "ringkasan": "a"}] * 2}
    )
    assert ganda.status_code == 400 and "sudah ada pada butir 1" in ganda.json()["masalah"][0]["pesan"]
    salah = c.post(_url(tk_dinas, "aduan"), {"butir": [{"nomor": "D", "status": "beres"}]})
    assert salah.status_code == 422 and "status" in salah.json()["detail"]
    assert (Aduan.objects.count(), Perubahan.objects.count()) == sebelum


def test_triwulan_terkunci_menolak(api, tk_dinas):
    # Diskominfo 2023 has quarters I–III locked: a complaint received in March cannot be added now.
    r = api("operator").post(
        _url(tk_dinas, "aduan"), {"butir": [{"nomor": "E-1", "tanggal_diterima": "2023-03-01", "ringkasan": "lama"}]}
    )
    assert r.status_code == 409 and "dikunci" in r.json()["masalah"][0]["pesan"]
    assert not Aduan.objects.filter(nomor="E-1").exists()


def test_kegiatan_dibuat_dan_diubah(api, tk_dinas):
    c = api("operator")
    r = c.post(
        _url(tk_dinas, "kegiatan"),
        {"butir": [{"nomor": "K-901", "uraian": "Sosialisasi", "indikator": "IKU1", "triwulan_rencana": 4}]},
    )
    assert r.status_code == 200, r.content
    k = next(x for x in c.get(_url(tk_dinas, "kegiatan")).json() if x["nomor"] == "K-901")
    assert (k["status"], k["direncanakan"], k["versi"]) == ("direncanakan", True, 1)
    r = c.post(
        _url(tk_dinas, "kegiatan"),
        {"butir": [{"nomor": "K-901", "versi": 1, "status": "terlaksana", "tanggal_pelaksanaan": "2023-11-02"}]},
    )
    assert r.status_code == 200 and r.json()["diubah"] == 1, r.content
    x = KegiatanRegister.objects.get(perangkat_daerah=tk_dinas.perangkat_daerah, tahun=2023, nomor="K-901")
    assert (x.status, x.uraian, x.indikator) == ("terlaksana", "Sosialisasi", "IKU1")
    tak_dikenal = c.post(_url(tk_dinas, "kegiatan"), {"butir": [{"nomor": "K-902", "uraian": "x", "indikator": "ZZ9"}]})
    assert tak_dikenal.status_code == 409 and "ZZ9" in tak_dikenal.json()["masalah"][0]["pesan"]


def test_hanya_instansinya_yang_menulis(api, tk_kencong, tk_dinas):
    badan = {"butir": [{"nomor": "X-1", "tanggal_diterima": "2023-11-01", "ringkasan": "x"}]}
    assert api("operator").post(_url(tk_kencong, "aduan"), badan).status_code == 403
    assert api("reviewer").post(_url(tk_dinas, "aduan"), badan).status_code == 403
    assert api(None).post(_url(tk_dinas, "aduan"), badan).status_code == 401
    assert not Aduan.objects.filter(nomor="X-1").exists()

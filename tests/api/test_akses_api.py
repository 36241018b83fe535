"""Every API operation, for every role (with its token) and without a token, on the role's own agency and on a
foreign one: no refused call succeeds, no call fails with a server error, a refused write changes nothing.

The operations are read from the OpenAPI schema: a new operation without a level in LEVEL_OPERASI fails
`test_setiap_operasi_terdaftar`."""

from __future__ import annotations

import pytest

from sakip.web.api.api import api as ninja_api
from sakip.web.pengukuran.models import AnggaranTriwulan, NilaiTriwulan, PeriodeRealisasi
from sakip.web.perencanaan.models import Indikator, SubKegiatan
from sakip.web.riwayat.models import Perubahan
from tests.web.test_akses import boleh

from .conftest import PD_ASING, PD_SENDIRI, PERAN

# operationId → access level (sakip.web.organisasi.akses levels), written down independently of the code.
LEVEL_OPERASI = {
    "pd_daftar": "masuk",
    "tahun_daftar": "baca_pd",
    "rencana": "baca_pd",
    "periode": "baca_pd",
    "realisasi": "baca_pd",
    "capaian": "baca_pd",
    "anggaran": "baca_pd",
    "ikm": "baca_pd",
    "dokumen_status": "baca_pd",
    "aduan_daftar": "baca_pd",
    "kegiatan_daftar": "baca_pd",
    "aduan_tulis": "ubah_pd",
    "kegiatan_tulis": "ubah_pd",
    "dokumen_unduh": "baca_pd",
    "realisasi_tulis": "ubah_pd",
    "anggaran_tulis": "ubah_pd",
    "terbit": "publik",
    "terbit_capaian": "publik",
    "terbit_ikm": "publik",
    "capaian_json": "publik",
    "capaian_csv": "publik",
    "anggaran_json": "publik",
    "anggaran_csv": "publik",
}


def _operasi() -> list[tuple[str, str, str]]:
    skema = ninja_api.get_openapi_schema(path_prefix="/api/v1")
    return [(o["operationId"], m.upper(), p) for p, ops in skema["paths"].items() for m, o in ops.items()]


def test_setiap_operasi_terdaftar(db):
    ada = {op for op, _, _ in _operasi()}
    assert ada == set(LEVEL_OPERASI), (
        f"tanpa level: {sorted(ada - set(LEVEL_OPERASI))}; usang: {sorted(set(LEVEL_OPERASI) - ada)}"
    )


def _badan(op: str, tk) -> dict:
    """A valid batch for the agency-year that leaves the values as they are (TW IV)."""
    versi = PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=4).values_list("versi", flat=True).first() or 1
    if op == "aduan_tulis":
        return {"butir": [{"nomor": "API-1", "tanggal_diterima": "2023-11-02", "ringkasan": "uji akses"}]}
    if op == "kegiatan_tulis":
        return {"butir": [{"nomor": "API-K1", "uraian": "uji akses", "triwulan_rencana": 4}]}
    if op == "realisasi_tulis":
        ind = Indikator.objects.filter(renstra=tk.renstra).order_by("urutan", "id").first()
        n = NilaiTriwulan.objects.filter(
            realisasi__indikator=ind, realisasi__tahun_kinerja=tk, triwulan=4, jenis="realisasi"
        ).first()
        from sakip.web.inti.nilai import tampil

        nilai = tampil(n.nilai_angka, n.nilai_teks) if n else None
        return {"versi": {"4": versi}, "butir": [{"indikator": ind.kode, "triwulan": 4, "nilai": nilai}]}
    s = SubKegiatan.objects.filter(tahun_kinerja=tk).order_by("id").first()
    a = AnggaranTriwulan.objects.filter(realisasi__sub_kegiatan=s, triwulan=4).first()
    jumlah = format(a.jumlah, "f") if a and a.jumlah is not None else None
    return {"versi": {"4": versi}, "butir": [{"sub_kegiatan": s.kode, "triwulan": 4, "jumlah": jumlah}]}


def _pekerjaan_selesai(tk) -> str:
    """A finished document of the agency-year, for the operations that take a job's kode."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import storages

    from sakip.web.dokumen.models import Pekerjaan

    nama = storages["dokumen"].save("uji.xlsx", ContentFile(b"PK\x03\x04 uji"))
    p = Pekerjaan.objects.create(
        tahun_kinerja=tk,
        tahun=tk.tahun,
        dokumen="iku",
        format="xlsx",
        sidik="uji",
        status=Pekerjaan.SELESAI,
        berkas_hasil=nama,
        nama_berkas="iku.xlsx",
        jenis_isi="application/octet-stream",
        ukuran=9,
    )
    return str(p.kode)


def _kasus():
    for op, metode, rute in _operasi():
        for sasaran in ("sendiri", "asing") if "{pd}" in rute else ("sendiri",):
            for peran in PERAN:
                yield pytest.param(op, metode, rute, peran, sasaran, id=f"{sasaran}-{peran or 'anonim'}-{op}")


@pytest.mark.parametrize("op,metode,rute,peran,sasaran", list(_kasus()))
def test_akses_api(api, op, metode, rute, peran, sasaran, tk_dinas, tk_kencong, tmp_path, settings):
    tk = tk_dinas if sasaran == "sendiri" else tk_kencong
    assert tk.perangkat_daerah.nama == (PD_SENDIRI if sasaran == "sendiri" else PD_ASING)
    # The open-data part shows published years only: publish the agency-year under test.
    type(tk).objects.filter(pk=tk.pk).update(diterbitkan=True)
    url = rute.replace("{pd}", tk.perangkat_daerah.slug).replace("{tahun}", str(tk.tahun))
    if "{kode}" in url:
        url = url.replace("{kode}", _pekerjaan_selesai(tk))
    level = LEVEL_OPERASI[op]
    izin = boleh(level, peran, sasaran == "sendiri" or "{pd}" not in rute)
    c = api(peran)
    sebelum = Perubahan.objects.count()
    r = c.get(url) if metode == "GET" else c.post(url, _badan(op, tk))
    isi = b"".join(r.streaming_content) if r.streaming else r.content
    konteks = f"{metode} {url} sebagai {peran or 'anonim'}: {r.status_code} {isi[:300]!r}"
    assert r.status_code < 500, konteks
    if not izin:
        assert r.status_code == (401 if peran is None else 403), konteks
        assert "detail" in r.json(), konteks
        assert Perubahan.objects.count() == sebelum, konteks
    elif metode == "GET":
        assert r.status_code == 200, konteks
    else:
        # Allowed to try: saved, or refused by the workflow (a locked quarter of the foreign agency).
        assert r.status_code in (200, 409), konteks
        if r.status_code != 200:
            assert Perubahan.objects.count() == sebelum, konteks


def test_operator_hanya_melihat_pd_sendiri(api, tk_dinas):
    r = api("operator").get("/api/v1/pd")
    assert r.status_code == 200
    assert [x["nama"] for x in r.json()["items"]] == [PD_SENDIRI]
    semua = api("reviewer").get("/api/v1/pd").json()
    assert semua["count"] >= 2


def test_token_dicabut_atau_kedaluwarsa_ditolak(api, token, aktor, pengguna):
    from datetime import timedelta

    from django.utils import timezone

    from sakip.web.api.models import TokenApi
    from sakip.web.api.token import sidik, token_cabut

    assert api("admin").get("/api/v1/pd").status_code == 200
    t = TokenApi.objects.get(sidik=sidik(token["admin"]))
    assert t.terakhir_dipakai is not None
    token_cabut(aktor=aktor["admin"], id_=t.pk)
    r = api("admin").get("/api/v1/pd")
    assert r.status_code == 401 and "dicabut" in r.json()["detail"]
    TokenApi.objects.filter(sidik=sidik(token["operator"])).update(kedaluwarsa=timezone.now() - timedelta(seconds=1))
    assert api("operator").get("/api/v1/pd").status_code == 401
    pengguna["kepala"].is_active = False
    pengguna["kepala"].save()
    assert api("kepala").get("/api/v1/pd").status_code == 401


def test_token_disimpan_sebagai_sidik(token):
    from sakip.web.api.models import TokenApi

    for t in token.values():
        assert not TokenApi.objects.filter(sidik=t).exists()
        assert not TokenApi.objects.filter(awalan=t).exists()
        assert TokenApi.objects.filter(sidik__regex=r"^[0-9a-f]{64}$").count() >= len(token)

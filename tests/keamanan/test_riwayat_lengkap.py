"""Issue 9 item 5: the change history is complete.

1. Every model is either covered by the history or listed as exempt with a reason (sakip.web.riwayat.cakupan), so a
   new model cannot escape.
2. Every bulk path — berkas import (new agency and re-import), the Excel workbook, the SIPD export, the API batch,
   the register and survey imports, creating a user — is run against the demo database; the tables of every covered
   model are compared before and after, and each model that changed must have history rows of its kind written by
   the same operation, each with who, when, old value, new value and why.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from django.apps import apps

from sakip.berkas.baca import BerkasTidakValid
from sakip.berkas.yaml_desimal import muat_yaml, tulis_yaml
from sakip.web.organisasi.services import pengguna_buat
from sakip.web.pertukaran.excel import workbook_pratinjau, workbook_terapkan, workbook_unduh
from sakip.web.pertukaran.services import berkas_impor
from sakip.web.pertukaran.sipd import sipd_pratinjau, sipd_terapkan
from sakip.web.register.services import register_impor
from sakip.web.riwayat.cakupan import BEBAS, DICATAT, METADATA, pola
from sakip.web.riwayat.models import Perubahan
from sakip.web.survei.services import respon_impor
from tests.api.conftest import KlienApi
from tests.berkas.test_sipd import xlsx
from tests.pertukaran.test_workbook_web import TW, ubah

AKAR = Path(__file__).resolve().parents[2]
KENCONG = AKAR / "examples" / "kencong-2023.yaml"
NAMA_BARU = "Kecamatan Uji Riwayat"


def test_setiap_model_tercakup_atau_dibebaskan_dengan_alasan():
    semua = {m._meta.label for m in apps.get_models()}
    assert not set(DICATAT) & set(BEBAS)
    lepas = sorted(semua - set(DICATAT) - set(BEBAS))
    assert not lepas, f"model tanpa keputusan riwayat (tambahkan ke sakip/web/riwayat/cakupan.py): {lepas}"
    assert not sorted((set(DICATAT) | set(BEBAS)) - semua), "cakupan menyebut model yang tidak ada"
    assert all(len(alasan) > 15 for alasan in BEBAS.values())


# --- the bulk paths ---------------------------------------------------------------------------------------------


def _potret() -> dict[str, Counter]:
    """Each covered table as a multiset of its rows' values. Keys and links are left out: a re-import may write a
    row again under a new id, which is not a change of data."""
    hasil = {}
    for label in DICATAT:
        m = apps.get_model(label)
        kolom = [
            f.attname
            for f in m._meta.concrete_fields
            if f.attname not in METADATA and not (f.primary_key or f.is_relation)
        ]
        hasil[label] = Counter(json.dumps(r, default=str, sort_keys=True) for r in m.objects.values_list(*kolom))
    return hasil


def _berubah(a: dict[str, Counter], b: dict[str, Counter]) -> dict[str, int]:
    """Model → how many rows are gone or new."""
    n = {label: (a[label] - b[label]).total() + (b[label] - a[label]).total() for label in DICATAT}
    return {k: v for k, v in n.items() if v}


def _jalankan(operasi: Callable[[], object], pengguna) -> tuple[dict[str, int], list[Perubahan]]:
    awal = Perubahan.objects.order_by("-id").values_list("id", flat=True).first() or 0
    sebelum = _potret()
    try:
        operasi()
    except BerkasTidakValid as e:  # show what was refused, not only how many
        raise AssertionError([str(m) for m in e.masalah]) from e
    berubah = _berubah(sebelum, _potret())
    catatan = list(Perubahan.objects.filter(id__gt=awal))
    assert berubah, "operasi uji tidak mengubah apa pun: ujinya tidak menguji"
    tanpa = [
        f"{label} ({n} baris)"
        for label, n in berubah.items()
        if not any(pola(label).search(f"{c.objek} {c.medan}") for c in catatan)
    ]
    assert not tanpa, f"berubah tanpa riwayat: {tanpa}; riwayat yang ada: {sorted({c.objek for c in catatan})[:30]}"
    for c in catatan:
        assert c.pengguna_id == pengguna.pk and c.nama_pengguna, c  # who
        assert c.waktu is not None  # when
        assert c.nilai_lama != c.nilai_baru, c  # old and new
        assert c.alasan.strip(), f"tanpa alasan: {c.objek} {c.medan}"  # why
    return berubah, catatan


def _berkas_baru() -> dict:
    d = muat_yaml(KENCONG.read_text(encoding="utf-8"))
    d["instansi"]["nama"] = NAMA_BARU
    d["renstra"]["sasaran"][0]["rpjmd"] = [{"sasaran": "SR2.1", "indikator": "ISR2.1", "kontribusi": Decimal("10")}]
    return d


# Paths whose numbers are not measured values: periods, years, order, survey tallies (which must add up), weights.
_TETAP = r"(^|\.)(tahun|periode|triwulan|urutan|kontribusi|bobot|versi|skala|desimal)\b|survei|jumlah_"


def _ubah_angka(x, jalur: str = ""):
    """Every measured value, target, budget and realisation changed by one; periods, years and tallies untouched."""
    if isinstance(x, dict):
        return {k: _ubah_angka(v, f"{jalur}.{k}") for k, v in x.items()}
    if isinstance(x, list):
        return [_ubah_angka(v, f"{jalur}[]") for v in x]
    if (
        isinstance(x, (Decimal, int))
        and not isinstance(x, bool)
        and not re.search(_TETAP, re.sub(r"\.\d{4}$", "", jalur))
    ):
        return x - 1 if x >= 1 else x + 1  # down, so a percentage stays within 0–100
    return x


@pytest.fixture
def pd_baru(aktor):
    return berkas_impor(aktor=aktor["admin"], teks=tulis_yaml(_berkas_baru()), nama_berkas="uji.yaml", alasan="uji")


def test_impor_berkas_instansi_baru_tercatat(aktor, pengguna):
    berubah, catatan = _jalankan(
        lambda: berkas_impor(aktor=aktor["admin"], teks=tulis_yaml(_berkas_baru()), nama_berkas="baru.yaml"),
        pengguna["admin"],
    )
    assert {"perencanaan.TargetRkt", "pengukuran.RealisasiIndikator", "perencanaan.SubKegiatan"} <= set(berubah), (
        berubah
    )
    assert "daerah.TautanRpjmd" in berubah and all(c.sumber == Perubahan.IMPOR for c in catatan)


def test_impor_ulang_berkas_tercatat(aktor, pengguna, pd_baru):
    d = _berkas_baru()
    d = {k: (v if k == "pk" else _ubah_angka(v, k)) for k, v in d.items()}  # signed PK versions stay as they are
    d["renstra"]["sasaran"][0]["rpjmd"] = []
    berubah, catatan = _jalankan(
        lambda: berkas_impor(aktor=aktor["admin"], teks=tulis_yaml(d), pd=pd_baru.tahun_kinerja.perangkat_daerah),
        pengguna["admin"],
    )
    assert {"perencanaan.TargetIndikator", "pengukuran.RealisasiIndikator", "daerah.TautanRpjmd"} <= set(berubah), (
        berubah
    )
    # A changed row is counted twice (old gone, new there) and has at least one value changed.
    assert len(catatan) >= sum(berubah.values()) // 2


def test_workbook_tercatat(aktor, pengguna, tk_dinas):
    op = aktor["operator"]
    data = ubah(
        workbook_unduh(aktor=op, tk=tk_dinas),
        {("Realisasi Indikator", "ind:IKU1", TW[4]): "97,5", ("RKT", "sub:2.16.01.2.02.0001", 6): 999000000},
    )

    def terapkan():
        u = workbook_pratinjau(aktor=op, tk=tk_dinas, data=data, nama_berkas="isian.xlsx")
        workbook_terapkan(aktor=op, unggahan=u, alasan="rekap")

    berubah, _ = _jalankan(terapkan, pengguna["operator"])
    assert {"pengukuran.NilaiTriwulan", "perencanaan.SubKegiatan"} <= set(berubah)


def test_sipd_tercatat(aktor, pengguna, tk_dinas):
    op = aktor["operator"]
    data = xlsx([["Kode", "Uraian", "Realisasi s.d. Triwulan (Rp)"], ["2.16.01.2.02.0001", "Gaji", 4100000000]])

    def terapkan():
        u = sipd_pratinjau(aktor=op, tk=tk_dinas, data=data, nama_berkas="lra.xlsx", jenis="realisasi", triwulan=4)
        sipd_terapkan(aktor=op, unggahan=u, alasan="LRA")

    berubah, _ = _jalankan(terapkan, pengguna["operator"])
    assert "pengukuran.AnggaranTriwulan" in berubah


def test_api_tercatat(aktor, pengguna, tk_dinas):
    from sakip.web.api.token import token_buat
    from sakip.web.pengukuran.models import PeriodeRealisasi

    api = KlienApi(token_buat(aktor=aktor["operator"], nama="uji", hari=1).token)
    url = f"/api/v1/pd/{tk_dinas.perangkat_daerah.slug}/tahun/2023/"
    versi = PeriodeRealisasi.objects.get(tahun_kinerja=tk_dinas, triwulan=4).versi

    def kirim():
        r = api.post(
            url + "realisasi", {"versi": {"4": versi}, "butir": [{"indikator": "IKU1", "triwulan": 4, "nilai": "88"}]}
        )
        assert r.status_code == 200, r.content
        r = api.post(
            url + "anggaran/realisasi",
            {
                "versi": {"4": versi + 1},
                "butir": [{"sub_kegiatan": "2.16.01.2.02.0001", "triwulan": 4, "jumlah": "1000"}],
            },
        )
        assert r.status_code == 200, r.content
        aduan = {"butir": [{"nomor": "API-9", "tanggal_diterima": "2023-11-03", "ringkasan": "uji riwayat"}]}
        kegiatan = {"butir": [{"nomor": "API-K9", "uraian": "uji riwayat", "triwulan_rencana": 4}]}
        for jenis, badan in (("aduan", aduan), ("kegiatan", kegiatan)):
            r = api.post(url + f"register/{jenis}", badan)
            assert r.status_code == 200, r.content

    berubah, _ = _jalankan(kirim, pengguna["operator"])
    assert {"pengukuran.NilaiTriwulan", "pengukuran.AnggaranTriwulan"} <= set(berubah)
    assert {"register.Aduan", "register.KegiatanRegister"} <= set(berubah)


def test_impor_register_tercatat(aktor, pengguna, tk_dinas):
    op, pd = aktor["operator"], tk_dinas.perangkat_daerah
    aduan = "id,tanggal_diterima,kanal,kategori,ringkasan\nR-1,2023-11-14,WhatsApp,Pelayanan,Antrean lama\n"
    kegiatan = "id,uraian,indikator,direncanakan,triwulan_rencana\nRK-1,Sosialisasi,IKU1,ya,IV\n"
    berubah, _ = _jalankan(
        lambda: (
            register_impor(aktor=op, pd=pd, tahun=2023, jenis="aduan", isi=aduan.encode(), nama_berkas="aduan.csv"),
            register_impor(aktor=op, pd=pd, tahun=2023, jenis="kegiatan", isi=kegiatan.encode(), nama_berkas="k.csv"),
        ),
        pengguna["operator"],
    )
    assert {"register.Aduan", "register.KegiatanRegister"} <= set(berubah)


def test_impor_survei_tercatat(aktor, pengguna, tk_dinas):
    from sakip.web.survei.models import ImporSurvei

    op, pd = aktor["operator"], tk_dinas.perangkat_daerah
    teks = "tanggal,jenis_layanan,U1,U2,U3,U4,U5,U6,U7,U8,U9\n2023-11-02,Informasi,3,3,3,4,2,3,3,3,3\n"
    berubah, catatan = _jalankan(
        lambda: respon_impor(aktor=op, pd=pd, isi=teks.encode(), nama_berkas="kertas.csv"), pengguna["operator"]
    )
    # Responses are exempt (never edited), but the import itself is in the history and in its own log; a kind of
    # service first seen in the file is a new setting, recorded as such.
    assert set(berubah) == {"survei.LayananSurvei"}
    assert any(c.objek.startswith("survei:impor:") for c in catatan)
    assert ImporSurvei.objects.filter(perangkat_daerah=pd, nama_berkas="kertas.csv", jumlah=1).exists()


def test_pengguna_baru_tercatat(aktor, pengguna, tk_dinas):
    berubah, catatan = _jalankan(
        lambda: pengguna_buat(
            aktor=aktor["admin"],
            username="operator-baru",
            password="Sandi-Panjang-Sekali-91",
            peran="operator",
            pd=tk_dinas.perangkat_daerah,
        ),
        pengguna["admin"],
    )
    assert set(berubah) == {"organisasi.Peran"}
    assert [(c.objek, c.medan) for c in catatan] == [("pengguna:operator-baru", "peran")]

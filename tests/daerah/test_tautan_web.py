"""Issue 11, item 1 in the web: an agency's Renstra links to the RPJMD (berkas key ``rpjmd`` on a tujuan/sasaran)
are kept by the database, so an import reads back equal to its file and an export writes them again."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from sakip.berkas.baca import baca_teks
from sakip.berkas.tulis import berkas_ke_dict
from sakip.berkas.yaml_desimal import muat_yaml, tulis_yaml
from sakip.web.daerah.models import TautanRpjmd
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.organisasi.akses import Aktor
from sakip.web.organisasi.models import Peran
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.pertukaran.ke_berkas import berkas_dari_db
from sakip.web.pertukaran.services import berkas_impor

KENCONG = Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml"


def _dengan_tautan() -> str:
    d = muat_yaml(KENCONG.read_text(encoding="utf-8"))
    d["renstra"]["tujuan"][0]["rpjmd"] = [{"sasaran": "SR2.4"}]
    s = d["renstra"]["sasaran"][0]
    s["rpjmd"] = [
        {"sasaran": "SR2.1", "indikator": "ISR2.1", "kontribusi": Decimal("12.5")},
        {"sasaran": "SR2.3"},
    ]
    return tulis_yaml(d)


@pytest.fixture
def admin(db) -> Aktor:
    # Another suite of the same session may have loaded the demo, whose Kencong 2023 has every quarter locked;
    # these tests re-import Kencong as Bappeda would, so its quarters are reopened first (rolled back after).
    with kunci_dibuka():
        PeriodeRealisasi.objects.update(status=PeriodeRealisasi.DRAFT)
    u = get_user_model().objects.create(username="bappeda-uji")
    return Aktor(u, Peran.ADMIN)


def test_tautan_rpjmd_tersimpan_dan_kembali_sama(admin):
    teks = _dengan_tautan()
    hasil = berkas_impor(aktor=admin, teks=teks, nama_berkas="kencong-tautan.yaml")
    assert TautanRpjmd.objects.filter(sasaran__renstra=hasil.tahun_kinerja.renstra).count() == 2
    assert TautanRpjmd.objects.filter(tujuan__renstra=hasil.tahun_kinerja.renstra).count() == 1
    b = berkas_dari_db(hasil.tahun_kinerja)
    assert b == baca_teks(teks)
    t = b.renstra.sasaran[0].rpjmd
    assert [(x.sasaran, x.indikator, x.kontribusi) for x in t] == [
        ("SR2.1", "ISR2.1", Decimal("12.5")),
        ("SR2.3", "", None),
    ]
    assert berkas_ke_dict(b)["renstra"]["tujuan"][0]["rpjmd"] == [{"sasaran": "SR2.4"}]


def test_impor_ulang_mengganti_tautan(admin):
    berkas_impor(aktor=admin, teks=_dengan_tautan(), nama_berkas="kencong-tautan.yaml")
    hasil = berkas_impor(aktor=admin, teks=KENCONG.read_text(encoding="utf-8"), nama_berkas="kencong-2023.yaml")
    assert not TautanRpjmd.objects.filter(sasaran__renstra=hasil.tahun_kinerja.renstra).exists()
    assert berkas_dari_db(hasil.tahun_kinerja).renstra.sasaran[0].rpjmd == []


JEMBER = KENCONG.parent / "jember-2023-sintetis"


def test_contoh_jember_masuk_web_dan_konsolidasinya_sama(admin):
    """Every agency of the synthetic Jember district imports (links and indicator owners kept), and the engine's
    consolidation from the database's berkas equals the one from the folder."""
    from sakip.berkas.daerah import baca_daerah, baca_folder
    from sakip.core.konsolidasi import hitung_daerah
    from sakip.core.model_daerah import Daerah

    dari_folder = baca_folder(JEMBER)
    dari_db = []
    for b in dari_folder.perangkat_daerah:
        path = next(
            p
            for p in sorted(JEMBER.glob("*.yaml"))
            if p.name != "daerah.yaml" and baca_teks(p.read_text(encoding="utf-8")).instansi.nama == b.instansi.nama
        )
        hasil = berkas_impor(aktor=admin, teks=path.read_text(encoding="utf-8"), nama_berkas=path.name)
        dari_db.append(berkas_dari_db(hasil.tahun_kinerja))
    assert dari_db == dari_folder.perangkat_daerah
    assert any(i.pemilik for b in dari_db for p in b.rkt.program for i in p.indikator)
    a = hitung_daerah(dari_folder)
    b = hitung_daerah(Daerah(baca_daerah(JEMBER / "daerah.yaml"), dari_db))
    assert [(h.indikator.id, h.realisasi, h.capaian.nilai, h.asal) for h in b.semua_indikator_sasaran()] == [
        (h.indikator.id, h.realisasi, h.capaian.nilai, h.asal) for h in a.semua_indikator_sasaran()
    ]
    assert any(h.kontributor for h in b.semua_indikator_sasaran())
    assert (b.pagu, b.sebaran_predikat) == (a.pagu, a.sebaran_predikat)

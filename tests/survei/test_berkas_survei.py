"""The berkas format's survey, register and sumber_realisasi sections; the Kencong example's records."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest

from sakip.berkas.baca import BerkasTidakValid, baca_berkas, baca_data, baca_teks
from sakip.berkas.tulis import berkas_ke_dict, tulis_berkas
from sakip.berkas.yaml_desimal import muat_yaml, tulis_yaml
from sakip.core.hitung import hitung
from sakip.core.ikm import UNSUR, Tally, analisis_survei
from sakip.core.sumber import Dipakai, rincian_semua
from sakip.core.sumber_periode import triwulan_dari

AKAR = Path(__file__).resolve().parents[2]
CONTOH = AKAR / "examples" / "kencong-2023.yaml"
CSV_CONTOH = AKAR / "examples" / "kencong-2023-skm-sintetis.csv"


def data_contoh() -> dict:
    return muat_yaml(CONTOH.read_text(encoding="utf-8"))


def masalah(data: dict) -> list[str]:
    with pytest.raises(BerkasTidakValid) as e:
        baca_teks(tulis_yaml(data), sumber="uji.yaml")
    return [str(m) for m in e.value.masalah]


# --- the Kencong example --------------------------------------------------------------------------------------


def test_kencong_iku2_iku3_iku4_terhitung_dari_catatan():
    b = baca_berkas(CONTOH)
    r = rincian_semua(b)
    assert set(r) == {"IKU1", "IKU2", "IKU3", "IKU4"}
    # IKU1 is computed by its own formula over the program indicators (sakip.core.indikator_kinerja).
    assert r["IKU1"].terhitung.tahunan.teks.startswith("2 dari 4 indikator program tercapai = 50,00% (")
    assert r["IKU1"].selisih == 43
    ikm = r["IKU2"].terhitung.tahunan
    assert ikm.nilai == D("84.52")
    assert ikm.ikm.ikm == D("84.52")  # exactly, not just after rounding
    assert ikm.ikm.jumlah_responden == 625
    assert ikm.ikm.mutu.huruf == "B"
    assert ikm.teks == "IKM 84,52 (mutu B, Baik) dari 625 responden survei SKM-2023"
    assert r["IKU3"].terhitung.tahunan.teks == "7 dari 7 kegiatan terlaksana = 100,00%"
    assert r["IKU4"].terhitung.tahunan.teks == "5 dari 5 aduan terselesaikan = 100,00%"
    # The printed values stay the measured ones, with their reasons; the difference is visible.
    assert all(x.dipakai is Dipakai.MANUAL for x in r.values())
    assert r["IKU2"].selisih == 0 and r["IKU3"].selisih == 0
    assert r["IKU4"].selisih == -5
    assert "Selisih dengan nilai terhitung: -5,00" in r["IKU4"].teks()


def test_kencong_angka_emas_tetap():
    h = hitung(baca_berkas(CONTOH))
    cap = {x.indikator.id: x.capaian.tampil() for x in h.semua_indikator_sasaran()}
    assert cap == {"IKU1": "102,20%", "IKU2": "92,37%", "IKU3": "103,63%", "IKU4": "95,00%"}


def test_kencong_tanpa_nilai_diketik_memakai_catatan():
    d = data_contoh()
    for k in ("IKU2", "IKU3", "IKU4"):
        del d["realisasi"]["indikator"][k]["tahunan"]
        del d["realisasi"]["indikator"][k]["alasan_manual"]
    h = hitung(baca_data(d))
    per = {x.indikator.id: x for x in h.semua_indikator_sasaran()}
    assert per["IKU2"].capaian.tampil() == "92,37%"
    assert per["IKU3"].capaian.tampil() == "103,63%"
    assert per["IKU4"].capaian.tampil() == "100,00%"
    # Quarterly progress "s.d. triwulan": the fires and the lesehan complaint arrive through the year.
    assert {tw: n.tampil() for tw, n in per["IKU4"].realisasi_triwulan.items()} == {
        1: "100",
        2: "100",
        3: "100",
        4: "100",
    }
    assert per["IKU2"].realisasi_triwulan[1].nilai < per["IKU2"].realisasi_triwulan[4].nilai


def test_kencong_kegiatan_di_luar_rencana_tidak_masuk_penyebut():
    r = rincian_semua(baca_berkas(CONTOH))["IKU3"].terhitung.tahunan.rasio
    assert r.penyebut == 7
    assert "KEG-2023-08" not in r.id_penyebut


def test_csv_sintetis_sama_dengan_rekap_berkas():
    b = baca_berkas(CONTOH)
    s = b.survei[0]
    assert s.sintetis
    per: dict[tuple[str, str], Tally] = {}
    profil: dict[str, dict[str, int]] = {}
    saran = []
    with CSV_CONTOH.open(encoding="utf-8") as f:
        for baris in csv.DictReader(f):
            t = date.fromisoformat(baris["tanggal"])
            kunci = (f"{t.year}-TW{triwulan_dari(t)}", baris["jenis_layanan"])
            per.setdefault(kunci, Tally()).tambah({u: int(baris[u]) for u in UNSUR})
            for a in ("jenis_kelamin", "umur", "pendidikan", "pekerjaan"):
                profil.setdefault(a, {})
                profil[a][baris[a]] = profil[a].get(baris[a], 0) + 1
            if baris["saran"]:
                saran.append(baris["saran"])
    rekap = {(r.periode, r.jenis_layanan): r for r in s.rekap}
    assert set(rekap) == set(per)
    for k, t in per.items():
        assert rekap[k].jumlah_responden == t.n
        assert rekap[k].sebaran == {u: t.sebaran(u) for u in UNSUR}
    assert s.profil == profil
    assert s.saran == saran


def test_analisis_survei_kencong():
    a = analisis_survei(baca_berkas(CONTOH).survei[0])
    assert a.keseluruhan.ikm_bulat == D("84.52")
    assert a.keseluruhan.sampel.minimum == 331 and a.keseluruhan.sampel.cukup
    assert [u.kode for u in a.keseluruhan.terlemah()[:2]] == ["U9", "U8"]
    assert list(a.per_periode) == ["2023-TW1", "2023-TW2", "2023-TW3", "2023-TW4"]
    assert set(a.per_jenis_layanan) == {
        "Administrasi kependudukan",
        "Akta kelahiran dan kematian",
        "Legalisir",
        "Surat keterangan",
    }
    assert {b.kode: b.jumlah for b in a.profil["jenis_kelamin"]} == {"L": 316, "P": 290, "": 19}


# --- backwards compatibility and round trip ---------------------------------------------------------------------


def test_berkas_lama_tanpa_bagian_baru_tetap_termuat():
    d = data_contoh()
    del d["survei"], d["register"]
    for s in d["renstra"]["sasaran"]:
        for i in s["indikator"]:
            i.pop("sumber_realisasi", None)
    for v in d["realisasi"]["indikator"].values():
        v.pop("alasan_manual", None)
    b = baca_data(d)
    assert b.survei == [] and b.register.aduan == [] and b.register.kegiatan == []
    assert rincian_semua(b) == {}
    assert baca_teks(tulis_berkas(b)) == b
    assert "survei" not in berkas_ke_dict(b) and "register" not in berkas_ke_dict(b)


def test_round_trip_responden_individu_dan_register_lengkap():
    d = data_contoh()
    d["survei"].append(
        {
            "id": "KIOS-2023",
            "periode": "2023-s2",
            "responden": [
                {
                    "tanggal": "2023-07-03",
                    "jenis_layanan": "KTP",
                    "jawaban": {u: 3 for u in reversed(UNSUR)},
                    "profil": {"jenis_kelamin": "Perempuan", "umur": 41, "pendidikan": "s1", "pekerjaan": None},
                    "saran": "Tambah kursi",
                },
                {"jawaban": {u: 4 for u in UNSUR}},
            ],
        }
    )
    d["register"]["aduan"].append(
        {
            "id": "ADU-X",
            "tanggal_diterima": "2 Januari 2023",
            "kanal": "WhatsApp",
            "status": "diproses",
            "bukti": ["foto.jpg"],
        }
    )
    d["register"]["kegiatan"].append(
        {"id": "KEG-X", "uraian": "Rapat", "tahun": 2024, "triwulan_rencana": 2, "status": "dibatalkan"}
    )
    d["renstra"]["sasaran"][1]["indikator"][0]["sumber_realisasi"] = {
        "jenis": "ikm",
        "survei": "KIOS-2023",
        "jenis_layanan": ["KTP"],
    }
    d["renstra"]["sasaran"][3]["indikator"][0]["sumber_realisasi"]["pembilang"] = {"status": ["selesai", "diteruskan"]}
    d["renstra"]["sasaran"][3]["indikator"][0]["sumber_realisasi"]["jika_kosong"] = 100
    b = baca_data(d)
    kios = b.survei[1]
    assert kios.periode == "2023-S2"
    assert kios.responden[0].profil == {"jenis_kelamin": "P", "umur": "40-49", "pendidikan": "D4-S1"}
    assert list(kios.responden[0].jawaban) == list(UNSUR)
    assert b.register.kegiatan[-1].tahun == 2024 and b.register.kegiatan[0].tahun == 2023
    assert b.register.aduan[-1].tanggal_diterima == date(2023, 1, 2)
    teks = tulis_berkas(b)
    assert baca_teks(teks) == b
    assert tulis_berkas(baca_teks(teks)) == teks


# --- validation messages ----------------------------------------------------------------------------------------


def _respon(d: dict, **jawaban) -> None:
    j = {u: 4 for u in UNSUR} | jawaban
    d["survei"][0]["responden"] = [{"jawaban": {k: v for k, v in j.items() if v is not None}}]


def test_jawaban_di_luar_1_4_dan_unsur_hilang():
    d = data_contoh()
    _respon(d, U3=5, U8=None)
    pesan = masalah(d)
    assert "survei[0].responden[0].jawaban: kolom 'U8' wajib diisi" in pesan
    assert "survei[0].responden[0].jawaban.U3: nilai 5 di luar batas (paling besar 4)" in pesan


def test_unsur_asing_dan_jawaban_teks():
    d = data_contoh()
    _respon(d, U10=1, U1="empat")
    pesan = masalah(d)
    assert any(p.startswith("survei[0].responden[0].jawaban.U10: kolom 'U10' tidak dikenal") for p in pesan)
    assert any(p.startswith("survei[0].responden[0].jawaban.U1: harus berupa bilangan bulat") for p in pesan)


def test_rekap_tidak_konsisten_dan_profil_asing():
    d = data_contoh()
    d["survei"][0]["rekap"][0]["sebaran"]["U2"] = [1, 5, 37, 18]
    d["survei"][0]["rekap"][1]["sebaran"]["U4"] = [1, 5, 37]
    d["survei"][0]["rekap"][2]["periode"] = "2023-TW5"
    d["survei"][0]["profil"]["pendidikan"]["TK"] = 3
    pesan = masalah(d)
    assert (
        "survei[0].rekap[0].sebaran.U2: jumlah jawaban unsur U2 (61) tidak sama dengan jumlah responden (62)" in pesan
    )
    assert any(p.startswith("survei[0].rekap[1].sebaran.U4: harus 4 angka") for p in pesan)
    assert any(p.startswith("survei[0].rekap[2].periode: periode '2023-TW5' tidak dikenal") for p in pesan)
    assert any(p.startswith("survei[0].profil.pendidikan.TK: 'TK' bukan pilihan") for p in pesan)


def test_register_tidak_sah():
    d = data_contoh()
    d["register"]["aduan"][0].pop("tanggal_selesai")
    d["register"]["aduan"][1]["id"] = "ADU-2023-003"
    d["register"]["aduan"][2]["status"] = "beres"
    d["register"]["kegiatan"][0]["indikator"] = "IKU9"
    d["register"]["kegiatan"][1].pop("tanggal_pelaksanaan")
    pesan = masalah(d)
    assert any(p.startswith("register.aduan[2].status: nilai 'beres' tidak dikenal") for p in pesan)
    d["register"]["aduan"][2]["status"] = "selesai"
    pesan = masalah(d)
    assert "register.aduan[0].tanggal_selesai: aduan berstatus 'selesai' wajib mencatat tanggal selesai" in pesan
    assert "register.aduan[2].id: nomor aduan 'ADU-2023-003' sudah dipakai" in pesan
    assert "register.kegiatan[0].indikator: indikator 'IKU9' tidak ada di Renstra" in pesan
    assert "register.kegiatan[1].tanggal_pelaksanaan: kegiatan terlaksana wajib mencatat tanggal pelaksanaan" in pesan


def test_nilai_diketik_tanpa_alasan_ditolak():
    d = data_contoh()
    del d["realisasi"]["indikator"]["IKU4"]["alasan_manual"]
    pesan = masalah(d)
    assert len(pesan) == 1
    assert pesan[0].startswith("realisasi.indikator.IKU4.alasan_manual: indikator IKU4 dihitung dari aduan")
    assert "wajib disertai alasan" in pesan[0]


def test_sumber_tidak_sah():
    d = data_contoh()
    s2 = d["renstra"]["sasaran"][1]["indikator"][0]
    s2["sumber_realisasi"] = {"jenis": "ikm", "survei": "SKM-2099", "penyebut": {"status": ["selesai"]}}
    s4 = d["renstra"]["sasaran"][3]["indikator"][0]
    s4["sumber_realisasi"]["pembilang"] = {"status": ["terlaksana"], "direncanakan": True}
    s4["agregasi"] = "kumulatif"
    s3 = d["renstra"]["sasaran"][2]["indikator"][0]
    s3["sumber_realisasi"]["jenis"] = "rasio_lain"
    pesan = masalah(d)
    assert any(
        p.startswith("renstra.sasaran[2].indikator[0].sumber_realisasi.jenis: nilai 'rasio_lain'") for p in pesan
    )
    s3["sumber_realisasi"]["jenis"] = "rasio_kegiatan"
    pesan = masalah(d)
    assert (
        "renstra.sasaran[1].indikator[0].sumber_realisasi.penyebut: 'penyebut' hanya untuk sumber rasio, bukan ikm"
        in pesan
    )
    assert (
        "renstra.sasaran[1].indikator[0].sumber_realisasi.survei: survei 'SKM-2099' tidak ada di bagian survei" in pesan
    )
    assert any(
        p.startswith(
            "renstra.sasaran[3].indikator[0].sumber_realisasi.pembilang.status: status 'terlaksana' tidak dikenal"
        )
        for p in pesan
    )
    assert (
        "renstra.sasaran[3].indikator[0].sumber_realisasi.pembilang.direncanakan: "
        "'direncanakan' hanya berlaku untuk register kegiatan" in pesan
    )
    assert any(
        p.startswith("renstra.sasaran[3].indikator[0].agregasi: indikator yang dihitung dari catatan") for p in pesan
    )


def test_terkunci_round_trip_dan_validasi():
    d = data_contoh()
    d["realisasi"]["indikator"]["IKU4"]["terkunci"] = {
        "1": {"nilai": 100, "teks": "1 dari 1 aduan terselesaikan = 100,00%", "dikunci_pada": "2023-04-10"}
    }
    b = baca_data(d)
    assert b.realisasi.indikator["IKU4"].terkunci[1].dikunci_pada == date(2023, 4, 10)
    assert baca_teks(tulis_berkas(b)) == b
    d["realisasi"]["indikator"]["IT1"] = {"terkunci": {"2": {"nilai": "x", "teks": "?"}}}
    pesan = masalah(d)
    assert "realisasi.indikator.IT1.terkunci.2.nilai: 'x' bukan angka" in pesan
    assert any(p.startswith("realisasi.indikator.IT1.terkunci: nilai terkunci hanya untuk indikator") for p in pesan)

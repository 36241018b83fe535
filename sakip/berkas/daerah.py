"""The district file (`daerah.yaml`: the RPJMD and Bappeda's year) and a district folder (the district file
and the agency berkas files next to it).

Same three passes and the same messages as the agency berkas (`baca`): syntax with line and column, the JSON
Schema (`skema/daerah-v1.schema.json`), then meaning. A folder is loaded only when every file is valid and
every agency's RPJMD link resolves: nothing half-loads.
"""

from __future__ import annotations

import json
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from sakip.core.capaian import Polaritas
from sakip.core.model import Berkas
from sakip.core.model_daerah import (
    AturanKonsolidasi,
    BerkasDaerah,
    Daerah,
    IndikatorRpjmd,
    MisiRpjmd,
    ProgramPrioritas,
    RealisasiRpjmd,
    RpjmdDaerah,
    SasaranRpjmd,
    TujuanRpjmd,
)
from sakip.core.pengaturan import PengaturanTidakValid, pengaturan_dari_dict, pengaturan_ke_dict

from .baca import BerkasTidakValid, Masalah, _normalkan, _Pembangun, _terjemah, _urutan, baca_berkas
from .tulis import _bersih, _nilai, _pejabat, _per
from .yaml_desimal import KesalahanSintaks, muat_json, muat_yaml, tulis_yaml

FORMAT = "sakip-daerah"
VERSI = 1
NAMA_BERKAS = ("daerah.yaml", "daerah.yml", "daerah.json")


@cache
def skema() -> dict[str, Any]:
    teks = resources.files("sakip.berkas").joinpath("skema/daerah-v1.schema.json").read_text(encoding="utf-8")
    return json.loads(teks)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(skema())


def baca_daerah(path: str | Path) -> BerkasDaerah:
    p = Path(path)
    try:
        teks = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BerkasTidakValid([Masalah("", f"berkas daerah '{p}' tidak ditemukan")], str(p)) from None
    except UnicodeDecodeError:
        raise BerkasTidakValid([Masalah("", "berkas bukan teks UTF-8")], str(p)) from None
    return baca_teks_daerah(teks, sumber=str(p), jenis="json" if p.suffix.lower() == ".json" else "yaml")


def baca_teks_daerah(teks: str, *, sumber: str = "daerah", jenis: str = "yaml") -> BerkasDaerah:
    try:
        data = muat_json(teks) if jenis == "json" else muat_yaml(teks)
    except KesalahanSintaks as exc:
        raise BerkasTidakValid([Masalah("", str(exc))], sumber) from None
    return baca_data_daerah(data, sumber=sumber)


def baca_data_daerah(data: Any, *, sumber: str = "daerah") -> BerkasDaerah:
    data = _normalkan(data)
    masalah: list[Masalah] = []
    for e in sorted(_validator().iter_errors(data), key=_urutan):
        masalah.extend(_terjemah(e))
    if masalah:
        raise BerkasTidakValid(masalah, sumber)
    p = _PembangunDaerah()
    hasil = p.daerah(data)
    if p.masalah:
        raise BerkasTidakValid(p.masalah, sumber)
    return hasil


class _PembangunDaerah(_Pembangun):
    def indikator_rpjmd(self, d: dict[str, Any], jalur: str, periode: tuple[int, int]) -> IndikatorRpjmd:
        awal, akhir = periode
        for th in d.get("target", {}):
            if not awal <= int(th) <= akhir:
                self.salah(f"{jalur}.target.{th}", f"tahun {th} di luar periode RPJMD {awal}–{akhir}")
        return IndikatorRpjmd(
            id=d["id"],
            nama=d["nama"],
            satuan=d.get("satuan", ""),
            polaritas=Polaritas(d.get("polaritas", "positif")),
            formula=d.get("formula", ""),
            target=self.per_tahun(d.get("target"), f"{jalur}.target"),
            konsolidasi=AturanKonsolidasi(d.get("konsolidasi", "rata_rata")),
            sumber_data=d.get("sumber_data", ""),
        )

    def daerah(self, d: dict[str, Any]) -> BerkasDaerah:
        try:
            pengaturan = pengaturan_dari_dict(d.get("pengaturan"))
        except PengaturanTidakValid as exc:
            for jalur, pesan in exc.masalah:
                self.salah(jalur, pesan)
            pengaturan = pengaturan_dari_dict(None)
        r = d["rpjmd"]
        periode = (r["periode"]["awal"], r["periode"]["akhir"])
        if periode[0] > periode[1]:
            self.salah("rpjmd.periode", f"tahun awal {periode[0]} sesudah tahun akhir {periode[1]}")
        elif not periode[0] <= d["tahun"] <= periode[1]:
            self.salah("tahun", f"tahun {d['tahun']} di luar periode RPJMD {periode[0]}–{periode[1]}")
        rpjmd = RpjmdDaerah(
            periode_awal=periode[0],
            periode_akhir=periode[1],
            visi=r.get("visi", ""),
            dokumen=r.get("dokumen", ""),
            misi=[MisiRpjmd(x["id"], x["uraian"]) for x in r["misi"]],
            tujuan=[
                TujuanRpjmd(
                    t["id"],
                    t["misi"],
                    t["uraian"],
                    [
                        self.indikator_rpjmd(x, f"rpjmd.tujuan[{i}].indikator[{j}]", periode)
                        for j, x in enumerate(t.get("indikator", []))
                    ],
                )
                for i, t in enumerate(r["tujuan"])
            ],
            sasaran=[
                SasaranRpjmd(
                    s["id"],
                    s["tujuan"],
                    s["uraian"],
                    [
                        self.indikator_rpjmd(x, f"rpjmd.sasaran[{i}].indikator[{j}]", periode)
                        for j, x in enumerate(s.get("indikator", []))
                    ],
                    list(s.get("strategi", [])),
                    list(s.get("kebijakan", [])),
                )
                for i, s in enumerate(r["sasaran"])
            ],
            program_prioritas=[
                ProgramPrioritas(
                    x["nama"], list(x.get("sasaran", [])), x.get("kode", ""), list(x.get("perangkat_daerah", []))
                )
                for x in r.get("program_prioritas", [])
            ],
        )
        hasil = BerkasDaerah(
            tahun=d["tahun"],
            pemda=d["pemda"],
            rpjmd=rpjmd,
            provinsi=d.get("provinsi", ""),
            ibu_kota=d.get("ibu_kota", ""),
            kepala=self.pejabat(d.get("kepala")),
            sekretaris=self.pejabat(d.get("sekretaris")),
            realisasi={
                k: RealisasiRpjmd(self.nilai(v["nilai"], f"realisasi.{k}.nilai"), v.get("sumber", ""))
                for k, v in d.get("realisasi", {}).items()
            },
            pengaturan=pengaturan,
            sintetis=bool(d.get("sintetis", False)),
            catatan=d.get("catatan", ""),
        )
        self.rujukan_daerah(hasil)
        return hasil

    def rujukan_daerah(self, b: BerkasDaerah) -> None:
        r = b.rpjmd
        misi = self._ids([m.id for m in r.misi], "rpjmd.misi", "misi")
        tujuan = self._ids([t.id for t in r.tujuan], "rpjmd.tujuan", "tujuan")
        self._ids([s.id for s in r.sasaran], "rpjmd.sasaran", "sasaran")
        self._ids([i.id for i in r.semua_indikator()], "rpjmd", "indikator")
        for i, t in enumerate(r.tujuan):
            if t.misi not in misi:
                self.salah(f"rpjmd.tujuan[{i}].misi", f"misi '{t.misi}' tidak ada di rpjmd.misi")
        for i, s in enumerate(r.sasaran):
            if s.tujuan not in tujuan:
                self.salah(f"rpjmd.sasaran[{i}].tujuan", f"tujuan '{s.tujuan}' tidak ada di rpjmd.tujuan")
        sasaran = {s.id for s in r.sasaran}
        for i, p in enumerate(r.program_prioritas):
            for sid in p.sasaran:
                if sid not in sasaran:
                    self.salah(f"rpjmd.program_prioritas[{i}].sasaran", f"sasaran '{sid}' tidak ada di rpjmd.sasaran")
        indikator = {i.id for i in r.semua_indikator()}
        for k in b.realisasi:
            if k not in indikator:
                self.salah(f"realisasi.{k}", f"indikator '{k}' tidak ada di RPJMD")

    def _ids(self, ids: list[str], jalur: str, apa: str) -> set[str]:
        dilihat: set[str] = set()
        for i in ids:
            if i in dilihat:
                self.salah(jalur, f"id {apa} '{i}' dipakai lebih dari sekali")
            dilihat.add(i)
        return dilihat


# --- writing ----------------------------------------------------------------------------------------------------


def _ind(i: IndikatorRpjmd) -> dict[str, Any]:
    d = _bersih(
        {
            "id": i.id,
            "nama": i.nama,
            "satuan": i.satuan,
            "polaritas": i.polaritas.value if i.polaritas is not Polaritas.POSITIF else None,
            "formula": i.formula,
            "konsolidasi": i.konsolidasi.value if i.konsolidasi is not AturanKonsolidasi.RATA_RATA else None,
            "sumber_data": i.sumber_data,
        }
    )
    if i.target:
        d["target"] = _per(i.target)
    return d


def daerah_ke_dict(b: BerkasDaerah) -> dict[str, Any]:
    r = b.rpjmd
    pengaturan = pengaturan_ke_dict(b.pengaturan)
    return _bersih(
        {
            "format": FORMAT,
            "versi": VERSI,
            "tahun": b.tahun,
            "pemda": b.pemda,
            "provinsi": b.provinsi,
            "ibu_kota": b.ibu_kota,
            "kepala": _pejabat(b.kepala),
            "sekretaris": _pejabat(b.sekretaris),
            "sintetis": b.sintetis or None,
            "catatan": b.catatan,
            "pengaturan": pengaturan,
            "rpjmd": _bersih(
                {
                    "periode": {"awal": r.periode_awal, "akhir": r.periode_akhir},
                    "dokumen": r.dokumen,
                    "visi": r.visi,
                    "misi": [{"id": m.id, "uraian": m.uraian} for m in r.misi],
                    "tujuan": [
                        _bersih(
                            {
                                "id": t.id,
                                "misi": t.misi,
                                "uraian": t.uraian,
                                "indikator": [_ind(i) for i in t.indikator],
                            }
                        )
                        for t in r.tujuan
                    ],
                    "sasaran": [
                        _bersih(
                            {
                                "id": s.id,
                                "tujuan": s.tujuan,
                                "uraian": s.uraian,
                                "indikator": [_ind(i) for i in s.indikator],
                                "strategi": s.strategi,
                                "kebijakan": s.kebijakan,
                            }
                        )
                        for s in r.sasaran
                    ],
                    "program_prioritas": [
                        _bersih(
                            {
                                "nama": p.nama,
                                "kode": p.kode,
                                "sasaran": p.sasaran,
                                "perangkat_daerah": p.perangkat_daerah,
                            }
                        )
                        for p in r.program_prioritas
                    ],
                }
            ),
            "realisasi": {k: _bersih({"nilai": _nilai(v.nilai), "sumber": v.sumber}) for k, v in b.realisasi.items()},
        }
    )


def tulis_daerah(b: BerkasDaerah, path: str | Path | None = None) -> str:
    kepala = (
        f"# Berkas daerah SAKIP v{VERSI}: {b.pemda}, tahun {b.tahun}"
        + (" (DATA SINTETIS)" if b.sintetis else "")
        + ".\n"
    )
    teks = kepala + tulis_yaml(daerah_ke_dict(b))
    if path is not None:
        Path(path).write_text(teks, encoding="utf-8")
    return teks


# --- a district folder ----------------------------------------------------------------------------------------


def berkas_daerah_di(folder: str | Path) -> Path | None:
    f = Path(folder)
    return next((f / n for n in NAMA_BERKAS if (f / n).is_file()), None)


def periksa_tautan(daerah: BerkasDaerah, berkas: Berkas) -> list[Masalah]:
    """Every RPJMD link of an agency must name a sasaran (and indicator) of the district's RPJMD."""
    r = daerah.rpjmd
    masalah = []
    for nama, daftar in [(f"renstra.tujuan[{i}]", t.rpjmd) for i, t in enumerate(berkas.renstra.tujuan)] + [
        (f"renstra.sasaran[{i}]", s.rpjmd) for i, s in enumerate(berkas.renstra.sasaran)
    ]:
        for j, t in enumerate(daftar):
            jalur = f"{nama}.rpjmd[{j}]"
            s = r.cari_sasaran(t.sasaran)
            if s is None:
                ada = ", ".join(x.id for x in r.sasaran)
                masalah.append(
                    Masalah(
                        f"{jalur}.sasaran",
                        f"sasaran RPJMD '{t.sasaran}' tidak ada di RPJMD {daerah.pemda} (yang ada: {ada})",
                    )
                )
            elif t.indikator and t.indikator not in {i.id for i in s.indikator}:
                ada = ", ".join(i.id for i in s.indikator) or "-"
                masalah.append(
                    Masalah(
                        f"{jalur}.indikator",
                        f"indikator '{t.indikator}' bukan indikator sasaran RPJMD '{s.id}' (yang ada: {ada})",
                    )
                )
    return masalah


def periksa_kontribusi(daerah: BerkasDaerah, semua: list[tuple[str, Berkas]]) -> list[Masalah]:
    """Where an RPJMD indicator weighs agencies by contribution, every link needs one and they add up to 100%."""
    masalah = []
    for ind in daerah.rpjmd.semua_indikator():
        if ind.konsolidasi is not AturanKonsolidasi.TERTIMBANG:
            continue
        total = Decimal(0)
        ada = False
        kurang = False
        for sumber, b in semua:
            for i, s in enumerate(b.renstra.sasaran):
                for j, t in enumerate(s.rpjmd):
                    if t.indikator != ind.id:
                        continue
                    ada = True
                    if t.kontribusi is None:
                        kurang = True
                        masalah.append(
                            Masalah(
                                f"{sumber}: renstra.sasaran[{i}].rpjmd[{j}].kontribusi",
                                f"indikator RPJMD '{ind.id}' dihitung tertimbang: kontribusi wajib diisi",
                            )
                        )
                    else:
                        total += t.kontribusi
        if ada and not kurang and total != 100:
            masalah.append(
                Masalah(
                    f"indikator RPJMD {ind.id}",
                    f"kontribusi perangkat daerah berjumlah {total}%, harus 100% untuk aturan tertimbang",
                )
            )
    return masalah


def baca_folder(folder: str | Path) -> Daerah:
    """The district file and every agency berkas (*.yaml, *.yml, *.json) in the folder, all valid or nothing."""
    f = Path(folder)
    if not f.is_dir():
        raise BerkasTidakValid([Masalah("", f"folder '{f}' tidak ditemukan")], str(f))
    utama = berkas_daerah_di(f)
    if utama is None:
        raise BerkasTidakValid(
            [Masalah("", f"folder '{f}' tidak memuat berkas daerah ({' atau '.join(NAMA_BERKAS)})")], str(f)
        )
    masalah: list[Masalah] = []
    try:
        bd = baca_daerah(utama)
    except BerkasTidakValid as exc:
        raise BerkasTidakValid([Masalah(f"{utama.name}: {m.jalur}", m.pesan) for m in exc.masalah], str(f)) from None
    semua: list[tuple[str, Berkas]] = []
    for p in sorted(f.iterdir()):
        if p == utama or p.suffix.lower() not in (".yaml", ".yml", ".json") or not p.is_file():
            continue
        try:
            b = baca_berkas(p)
        except BerkasTidakValid as exc:
            masalah += [Masalah(f"{p.name}: {m.jalur}".rstrip(": "), m.pesan) for m in exc.masalah]
            continue
        if b.tahun != bd.tahun:
            masalah.append(
                Masalah(f"{p.name}: tahun", f"tahun {b.tahun} berbeda dengan tahun berkas daerah {bd.tahun}")
            )
        masalah += [Masalah(f"{p.name}: {m.jalur}", m.pesan) for m in periksa_tautan(bd, b)]
        semua.append((p.name, b))
    if not semua and not masalah:
        masalah.append(Masalah("", f"folder '{f}' tidak memuat berkas perangkat daerah"))
    masalah += periksa_kontribusi(bd, semua)
    if masalah:
        raise BerkasTidakValid(masalah, str(f))
    return Daerah(bd, [b for _, b in semua])

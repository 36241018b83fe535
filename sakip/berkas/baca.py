"""Reading a berkas: file → validated `sakip.core.model.Berkas`, or every problem with its path.

Three passes, and nothing is returned unless all pass (an invalid file never half-loads):
1. syntax (YAML/JSON, duplicate keys) — with line and column;
2. the JSON Schema (types, required fields, known keys, code patterns);
3. meaning (numbers and values that parse, codes that fit their parent, unique ids, references that
   resolve, settings that exist).
Messages are Indonesian and carry a path such as ``renstra.sasaran[2].indikator[0].target.2023``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from sakip.core.agregasi import CaraAgregasi, agregasi_bawaan
from sakip.core.angka import AngkaTidakValid, parse_angka, periksa_besaran
from sakip.core.batas import MAKS_DESIMAL_UANG, MAKS_PANJANG_NAMA, MAKS_PANJANG_URAIAN
from sakip.core.capaian import Polaritas
from sakip.core.kode import KodeTidakValid, kode_induk, normalkan_kode
from sakip.core.model import (
    Analisis,
    AnggaranTahunLalu,
    BagianTidakDirinci,
    BarisGolongan,
    BarisJabatan,
    BarisJumlah,
    BarisPendidikan,
    Berkas,
    CatatanSumber,
    Iku,
    Indikator,
    IndikatorKinerja,
    InfoLaporan,
    Instansi,
    ItemRefocusing,
    Jabatan,
    Kegiatan,
    Kepegawaian,
    Keputusan,
    Narasi,
    NarasiSasaran,
    Pejabat,
    Pembanding,
    Penghargaan,
    PerjanjianKinerja,
    Program,
    Realisasi,
    RealisasiIndikator,
    RealisasiSubKegiatan,
    Refocusing,
    Renstra,
    Rkt,
    Rpjmd,
    Sasaran,
    SubKegiatan,
    TautanRpjmd,
    Tujuan,
    VersiRenstra,
    Wilayah,
)
from sakip.core.nilai import Nilai, NilaiTidakValid, parse_nilai
from sakip.core.pengaturan import PengaturanTidakValid, pengaturan_dari_dict
from sakip.core.satuan import periksa_nilai
from sakip.core.tanggal import TanggalTidakValid, parse_tanggal

from . import cascading, survei_register
from .yaml_desimal import KesalahanSintaks, muat_json, muat_yaml

FORMAT = "sakip-berkas"
VERSI = 1


@dataclass(frozen=True, slots=True)
class Masalah:
    jalur: str
    pesan: str

    def __str__(self) -> str:
        return f"{self.jalur}: {self.pesan}" if self.jalur else self.pesan


class BerkasTidakValid(Exception):
    """The berkas cannot be loaded; `masalah` lists every problem found."""

    def __init__(self, masalah: list[Masalah], sumber: str = "berkas"):
        self.masalah = masalah
        self.sumber = sumber
        super().__init__(f"{sumber}: {len(masalah)} masalah")

    def laporan(self) -> str:
        baris = [f"{self.sumber} tidak dapat dimuat ({len(self.masalah)} masalah):"]
        baris += [f"  - {m}" for m in self.masalah]
        return "\n".join(baris)


# --- pass 1: syntax ---------------------------------------------------------------------------------------


def baca_berkas(path: str | Path) -> Berkas:
    p = Path(path)
    try:
        teks = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BerkasTidakValid([Masalah("", f"berkas '{p}' tidak ditemukan")], str(p)) from None
    except UnicodeDecodeError:
        raise BerkasTidakValid([Masalah("", "berkas bukan teks UTF-8")], str(p)) from None
    except OSError as exc:
        raise BerkasTidakValid([Masalah("", f"berkas tidak dapat dibaca: {exc.strerror}")], str(p)) from None
    return baca_teks(teks, sumber=str(p), jenis="json" if p.suffix.lower() == ".json" else "yaml")


def baca_teks(teks: str, *, sumber: str = "berkas", jenis: str = "yaml") -> Berkas:
    try:
        data = muat_json(teks) if jenis == "json" else muat_yaml(teks)
    except KesalahanSintaks as exc:
        raise BerkasTidakValid([Masalah("", str(exc))], sumber) from None
    return baca_data(data, sumber=sumber)


def baca_data(data: Any, *, sumber: str = "berkas") -> Berkas:
    """Validate and build from already-parsed data (dicts and lists with Decimal numbers)."""
    data = _normalkan(data)
    masalah = periksa_panjang(data) or periksa_skema(data)
    if masalah:
        raise BerkasTidakValid(masalah, sumber)
    pembangun = _Pembangun()
    berkas = pembangun.berkas(data)
    if pembangun.masalah:
        raise BerkasTidakValid(pembangun.masalah, sumber)
    return berkas


def _normalkan(data: Any) -> Any:
    """YAML gives int keys for years and date objects for ISO dates; the schema speaks JSON."""
    if isinstance(data, dict):
        return {str(k) if isinstance(k, (int, Decimal)) else k: _normalkan(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_normalkan(v) for v in data]
    if isinstance(data, datetime):
        return data.date().isoformat()
    if isinstance(data, date):
        return data.isoformat()
    return data


# Fields that are names or short labels: they go into database columns and document metadata of 255.
_MEDAN_NAMA = frozenset({"nama", "jabatan", "nip", "pangkat", "golongan", "satuan", "kode", "unit_kerja", "kecamatan"})


def periksa_panjang(data: Any) -> list[Masalah]:
    """Bound every text before anything is built: names to 255 characters, any text to 20.000."""
    masalah: list[Masalah] = []
    tumpukan: list[tuple[Any, tuple]] = [(data, ())]
    while tumpukan:
        x, jalur = tumpukan.pop()
        if isinstance(x, dict):
            tumpukan.extend((v, (*jalur, k)) for k, v in x.items())
        elif isinstance(x, list):
            tumpukan.extend((v, (*jalur, i)) for i, v in enumerate(x))
        elif isinstance(x, str):
            kunci = jalur[-1] if jalur else ""
            batas = MAKS_PANJANG_NAMA if kunci in _MEDAN_NAMA else MAKS_PANJANG_URAIAN
            if len(x) > batas:
                masalah.append(
                    Masalah(
                        jalur_dari(jalur),
                        f"teks terlalu panjang ({len(x):,} karakter; paling banyak {batas:,})".replace(",", "."),
                    )
                )
    return sorted(masalah, key=lambda m: m.jalur)


# --- pass 2: schema -------------------------------------------------------------------------------------------


@cache
def skema() -> dict[str, Any]:
    teks = resources.files("sakip.berkas").joinpath("skema/berkas-v1.schema.json").read_text(encoding="utf-8")
    return json.loads(teks)


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(skema())


def jalur_dari(bagian: Any) -> str:
    teks = ""
    for b in bagian:
        if isinstance(b, int):
            teks += f"[{b}]"
        else:
            teks += f".{b}" if teks else str(b)
    return teks


_JENIS = {
    "string": "teks",
    "number": "angka",
    "integer": "bilangan bulat",
    "object": "objek (pasangan kunci: nilai)",
    "array": "daftar",
    "null": "kosong",
    "boolean": "ya/tidak",
}


def _jenis_teks(t: Any) -> str:
    if isinstance(t, list):
        return " atau ".join(_JENIS.get(x, x) for x in t)
    return _JENIS.get(t, str(t))


def _terjemah(e: ValidationError) -> list[Masalah]:
    jalur = jalur_dari(e.absolute_path)
    v = e.validator
    if v == "required":
        hilang = [k for k in e.validator_value if isinstance(e.instance, dict) and k not in e.instance]
        return [Masalah(jalur, f"kolom '{k}' wajib diisi") for k in hilang]
    if v == "additionalProperties":
        dikenal = set(e.schema.get("properties", {}))
        asing = [k for k in e.instance if k not in dikenal] if isinstance(e.instance, dict) else []
        saran = ", ".join(sorted(dikenal))
        return [
            Masalah(jalur_dari([*e.absolute_path, k]), f"kolom '{k}' tidak dikenal (yang dikenal: {saran})")
            for k in asing
        ]
    if v == "type":
        return [Masalah(jalur, f"harus berupa {_jenis_teks(e.validator_value)}, bukan {_uraian(e.instance)}")]
    if v == "enum":
        pilihan = ", ".join(str(x) for x in e.validator_value if x != "")
        return [Masalah(jalur, f"nilai '{e.instance}' tidak dikenal; pilihan: {pilihan}")]
    if v == "const":
        return [Masalah(jalur, f"harus '{e.validator_value}', bukan '{e.instance}'")]
    if v == "pattern":
        if "kode" in jalur or "sub_kegiatan" in jalur or jalur.endswith(("program", "kegiatan")):
            return [
                Masalah(
                    jalur,
                    f"kode '{e.instance}' tidak sesuai pola nomenklatur "
                    "(contoh: 7.01.01, 7.01.01.2.02, 7.01.01.2.02.0001)",
                )
            ]
        return [Masalah(jalur, f"'{e.instance}' tidak sesuai format (huruf, angka, titik, garis bawah, tanda hubung)")]
    if v == "propertyNames":
        return [Masalah(jalur, f"kunci '{e.instance}' tidak sah di sini (tahun 4 angka, atau triwulan 1–4)")]
    if v in ("minimum", "maximum"):
        arah = "paling kecil" if v == "minimum" else "paling besar"
        return [Masalah(jalur, f"nilai {e.instance} di luar batas ({arah} {e.validator_value})")]
    if v == "minItems":
        return [Masalah(jalur, f"harus berisi sedikitnya {e.validator_value} butir")]
    if v == "oneOf":
        return [Masalah(jalur, "harus berupa teks atau daftar teks")]
    return [Masalah(jalur, e.message)]


def _uraian(x: Any) -> str:
    if x is None:
        return "kosong"
    if isinstance(x, bool):
        return "ya/tidak"
    if isinstance(x, (int, Decimal)):
        return f"angka {x}"
    if isinstance(x, str):
        return f"teks '{x}'"
    if isinstance(x, list):
        return "daftar"
    if isinstance(x, dict):
        return "objek"
    return type(x).__name__


def _urutan(e: ValidationError) -> tuple:
    return tuple(str(p) for p in e.absolute_path)


def periksa_skema(data: Any) -> list[Masalah]:
    masalah: list[Masalah] = []
    for e in sorted(_validator().iter_errors(data), key=_urutan):
        masalah.extend(_terjemah(e))
    return masalah


# --- pass 3: meaning --------------------------------------------------------------------------------------------


class _Pembangun:
    """Builds the dataclasses, collecting every semantic problem instead of stopping at the first."""

    def __init__(self) -> None:
        self.masalah: list[Masalah] = []
        self.periode: tuple[int, int] | None = None

    def salah(self, jalur: str, pesan: str) -> None:
        self.masalah.append(Masalah(jalur, pesan))

    # -- scalars

    def nilai(self, x: Any, jalur: str) -> Nilai | None:
        try:
            return parse_nilai(x)
        except (NilaiTidakValid, AngkaTidakValid) as exc:
            self.salah(jalur, str(exc))
            return None

    def uang(self, x: Any, jalur: str, *, boleh_kosong: bool = False) -> Decimal | None:
        if x is None:
            if not boleh_kosong:
                self.salah(jalur, "jumlah rupiah wajib diisi")
            return None
        try:
            d = x if isinstance(x, Decimal) else parse_angka(str(x)) if isinstance(x, str) else Decimal(x)
            periksa_besaran(d, x, desimal=MAKS_DESIMAL_UANG)
        except AngkaTidakValid as exc:
            self.salah(jalur, f"{exc} (contoh: 3739669394 atau '3.739.669.394,00')")
            return None
        if d < 0:
            self.salah(jalur, "jumlah rupiah tidak boleh negatif")
        return d

    def tanggal(self, x: Any, jalur: str) -> date | None:
        if x in (None, ""):
            return None
        try:
            return parse_tanggal(str(x))
        except TanggalTidakValid as exc:
            self.salah(jalur, str(exc))
            return None

    def kode(self, x: str, jalur: str, induk: str | None = None) -> str:
        try:
            k = normalkan_kode(x)
        except KodeTidakValid as exc:
            self.salah(jalur, str(exc))
            return x
        if induk is not None:
            try:
                if kode_induk(k) != normalkan_kode(induk):
                    self.salah(jalur, f"kode '{x}' tidak berada di bawah induknya '{induk}'")
            except KodeTidakValid:
                pass
        return k

    def per_tahun(self, d: dict[str, Any] | None, jalur: str) -> dict[int, Nilai | None]:
        return {int(k): self.nilai(v, f"{jalur}.{k}") for k, v in (d or {}).items()}

    def per_tw(self, d: dict[str, Any] | None, jalur: str) -> dict[int, Nilai | None]:
        return {int(k): self.nilai(v, f"{jalur}.{k}") for k, v in (d or {}).items()}

    @staticmethod
    def pejabat(d: dict[str, Any] | None) -> Pejabat | None:
        if not d:
            return None
        return Pejabat(
            nama=d["nama"],
            jabatan=d.get("jabatan", ""),
            pangkat=d.get("pangkat", ""),
            golongan=d.get("golongan", ""),
            nip=str(d.get("nip", "")),
        )

    # -- sections

    def berkas(self, d: dict[str, Any]) -> Berkas:
        try:
            pengaturan = pengaturan_dari_dict(d.get("pengaturan"))
        except PengaturanTidakValid as exc:
            for jalur, pesan in exc.masalah:
                self.salah(jalur, pesan)
            pengaturan = pengaturan_dari_dict(None)
        tahun = d["tahun"]
        renstra = self.renstra(d["renstra"], tahun)
        rkt = self.rkt(d.get("rkt", {}))
        b = Berkas(
            tahun=tahun,
            instansi=self.instansi(d["instansi"]),
            renstra=renstra,
            rkt=rkt,
            iku=self.iku(d.get("iku", {})),
            pk=[self.pk(x, f"pk[{i}]") for i, x in enumerate(d.get("pk", []))],
            realisasi=self.realisasi(d.get("realisasi", {})),
            anggaran_lalu=[
                AnggaranTahunLalu(
                    tahun=x["tahun"],
                    pagu=self.uang(x["pagu"], f"anggaran_lalu[{i}].pagu") or Decimal(0),
                    realisasi=self.uang(x["realisasi"], f"anggaran_lalu[{i}].realisasi") or Decimal(0),
                )
                for i, x in enumerate(d.get("anggaran_lalu", []))
            ],
            refocusing=self.refocusing(d.get("refocusing")),
            narasi=self.narasi(d.get("narasi", {})),
            penghargaan=[
                Penghargaan(x["nama"], x["tahun"], x.get("tingkat", ""), x.get("penyelenggara", ""))
                for x in d.get("penghargaan", [])
            ],
            laporan=InfoLaporan(
                tanggal=self.tanggal(d.get("laporan", {}).get("tanggal"), "laporan.tanggal"),
                tempat=d.get("laporan", {}).get("tempat", ""),
                judul=d.get("laporan", {}).get("judul", ""),
            ),
            pengaturan=pengaturan,
            catatan_sumber=[
                CatatanSumber(x["lokasi"], x["catatan"], x.get("tercetak", "")) for x in d.get("catatan_sumber", [])
            ],
            survei=survei_register.baca_survei(self, d.get("survei", [])),
            register=survei_register.baca_register(self, d.get("register", {}), tahun),
        )
        self.periksa_rujukan(b)
        survei_register.periksa_rujukan(self, b)
        cascading.periksa_rujukan(self, b)
        self.periksa_satuan(b)
        return b

    def periksa_satuan(self, b: Berkas) -> None:
        """Realisasi outside what the indicator's unit allows (sakip.core.satuan): impossible values are refused,
        unusual ones need `alasan_tidak_lazim`."""
        satuan = {ind.id: ind.satuan for t in b.renstra.tujuan for ind in t.indikator}
        satuan |= {ind.id: ind.satuan for s in b.renstra.sasaran for ind in s.indikator}
        for kode, r in b.realisasi.indikator.items():
            j = f"realisasi.indikator.{kode}"
            nilai = [(f"{j}.triwulan.{tw}", x) for tw, x in sorted(r.triwulan.items())]
            nilai.append((f"{j}.tahunan", r.tahunan))
            for jalur, x in nilai:
                temuan = periksa_nilai(x, satuan.get(kode))
                if temuan is None:
                    continue
                if temuan.ditolak:
                    self.salah(jalur, temuan.pesan)
                elif not r.alasan_tidak_lazim.strip():
                    self.salah(jalur, f"{temuan.pesan}; bila benar, tulis alasannya di {j}.alasan_tidak_lazim")

    def instansi(self, d: dict[str, Any]) -> Instansi:
        kp = d.get("kepegawaian", {})
        w = d.get("wilayah")
        wilayah = None
        if w is not None:
            wilayah = Wilayah(
                luas_km2=self.uang(w.get("luas_km2"), "instansi.wilayah.luas_km2", boleh_kosong=True),
                batas=dict(w.get("batas", {})),
                desa=list(w.get("desa", [])),
                kelurahan=list(w.get("kelurahan", [])),
                penduduk_laki_laki=w.get("penduduk", {}).get("laki_laki"),
                penduduk_perempuan=w.get("penduduk", {}).get("perempuan"),
                penduduk_per_pekerjaan=[
                    BarisJumlah(x["uraian"], x["jumlah"]) for x in w.get("penduduk_per_pekerjaan", [])
                ],
                uraian=w.get("uraian", ""),
            )
        return Instansi(
            nama=d["nama"],
            jenis=d.get("jenis", ""),
            kode=d.get("kode", ""),
            pemda=d.get("pemda", ""),
            provinsi=d.get("provinsi", ""),
            ibu_kota=d.get("ibu_kota", ""),
            alamat=d.get("alamat", ""),
            telepon=d.get("telepon", ""),
            kode_pos=d.get("kode_pos", ""),
            email=d.get("email", ""),
            laman=d.get("laman", ""),
            kepala=self.pejabat(d.get("kepala")),
            atasan=self.pejabat(d.get("atasan")),
            dasar_hukum=d.get("dasar_hukum", ""),
            kedudukan=list(d.get("kedudukan", [])),
            tugas=list(d.get("tugas", [])),
            fungsi=list(d.get("fungsi", [])),
            susunan_organisasi=list(d.get("susunan_organisasi", [])),
            kepegawaian=Kepegawaian(
                ringkasan=dict(kp.get("ringkasan", {})),
                per_jabatan=[
                    BarisJabatan(x["jabatan"], x.get("jumlah"), x.get("kelompok", ""), x.get("keterangan", ""))
                    for x in kp.get("per_jabatan", [])
                ],
                per_golongan=[
                    BarisGolongan(x.get("pangkat", ""), x["golongan"], x["jumlah"]) for x in kp.get("per_golongan", [])
                ],
                per_pendidikan=[
                    BarisPendidikan(x["pendidikan"], x["jumlah"], x.get("status", ""))
                    for x in kp.get("per_pendidikan", [])
                ],
                periode=kp.get("periode", ""),
            ),
            wilayah=wilayah,
            jabatan=[
                Jabatan(x["id"], x["nama"], x.get("eselon", ""), x.get("atasan", ""), self.pejabat(x.get("pejabat")))
                for x in d.get("jabatan", [])
            ],
        )

    def indikator(self, d: dict[str, Any], jalur: str) -> Indikator:
        satuan = d.get("satuan", "")
        pj = d.get("penanggung_jawab", [])
        if self.periode is not None:
            awal, akhir = self.periode
            for th in d.get("target", {}):
                if not awal <= int(th) <= akhir:
                    self.salah(f"{jalur}.target.{th}", f"tahun {th} di luar periode Renstra {awal}–{akhir}")
        return Indikator(
            id=d["id"],
            nama=d["nama"],
            satuan=satuan,
            polaritas=Polaritas(d["polaritas"]) if "polaritas" in d else None,
            target=self.per_tahun(d.get("target"), f"{jalur}.target"),
            formula=d.get("formula", ""),
            pembilang=d.get("pembilang", ""),
            penyebut=d.get("penyebut", ""),
            penanggung_jawab=[pj] if isinstance(pj, str) else list(pj),
            sumber_data=d.get("sumber_data", ""),
            agregasi=CaraAgregasi(d["agregasi"]) if "agregasi" in d else agregasi_bawaan(satuan),
            realisasi_lalu=self.per_tahun(d.get("realisasi_lalu"), f"{jalur}.realisasi_lalu"),
            pembanding=[
                Pembanding(
                    x["tingkat"],
                    x.get("nama", ""),
                    x["tahun"],
                    self.nilai(x["nilai"], f"{jalur}.pembanding[{i}].nilai"),
                    x.get("sumber", ""),
                )  # type: ignore[arg-type]
                for i, x in enumerate(d.get("pembanding", []))
            ],
            catatan=d.get("catatan", ""),
            sumber_realisasi=survei_register.baca_sumber(self, d.get("sumber_realisasi"), f"{jalur}.sumber_realisasi"),
            pemilik=d.get("pemilik", ""),
        )

    def tautan_rpjmd(self, daftar: list[dict[str, Any]], jalur: str) -> list[TautanRpjmd]:
        hasil = []
        for i, x in enumerate(daftar):
            k = x.get("kontribusi")
            kontribusi = None
            if k is not None:
                try:
                    kontribusi = periksa_besaran(parse_angka(str(k)) if isinstance(k, str) else Decimal(k), k)
                except AngkaTidakValid as exc:
                    self.salah(f"{jalur}[{i}].kontribusi", str(exc))
                else:
                    if not Decimal(0) < kontribusi <= Decimal(100):
                        self.salah(
                            f"{jalur}[{i}].kontribusi",
                            f"kontribusi {k} harus lebih dari 0 dan paling besar 100 (persen)",
                        )
            hasil.append(TautanRpjmd(x["sasaran"], x.get("indikator", ""), x.get("indikator_opd", ""), kontribusi))
        return hasil

    def tujuan_sasaran(self, d: dict[str, Any], jalur: str) -> tuple[list[Tujuan], list[Sasaran]]:
        tujuan = [
            Tujuan(
                t["id"],
                t["uraian"],
                [
                    self.indikator(x, f"{jalur}.tujuan[{i}].indikator[{j}]")
                    for j, x in enumerate(t.get("indikator", []))
                ],
                self.tautan_rpjmd(t.get("rpjmd", []), f"{jalur}.tujuan[{i}].rpjmd"),
            )
            for i, t in enumerate(d.get("tujuan", []))
        ]
        sasaran = [
            Sasaran(
                s["id"],
                s["uraian"],
                s["tujuan"],
                [
                    self.indikator(x, f"{jalur}.sasaran[{i}].indikator[{j}]")
                    for j, x in enumerate(s.get("indikator", []))
                ],
                list(s.get("strategi", [])),
                list(s.get("kebijakan", [])),
                self.tautan_rpjmd(s.get("rpjmd", []), f"{jalur}.sasaran[{i}].rpjmd"),
            )
            for i, s in enumerate(d.get("sasaran", []))
        ]
        return tujuan, sasaran

    def renstra(self, d: dict[str, Any], tahun: int) -> Renstra:
        awal, akhir = d["periode"]["awal"], d["periode"]["akhir"]
        self.periode = (awal, akhir)
        if awal > akhir:
            self.salah("renstra.periode", f"tahun awal {awal} sesudah tahun akhir {akhir}")
        elif not awal <= tahun <= akhir:
            self.salah("tahun", f"tahun {tahun} di luar periode Renstra {awal}–{akhir}")
        tujuan, sasaran = self.tujuan_sasaran(d, "renstra")
        r = d.get("rpjmd")
        versi = []
        for i, v in enumerate(d.get("versi_sebelumnya", [])):
            t, s = self.tujuan_sasaran(v, f"renstra.versi_sebelumnya[{i}]")
            versi.append(VersiRenstra(v["label"], t, s, v.get("keterangan", "")))
        return Renstra(
            periode_awal=awal,
            periode_akhir=akhir,
            dokumen=d.get("dokumen", ""),
            tujuan=tujuan,
            sasaran=sasaran,
            versi_sebelumnya=versi,
            rpjmd=Rpjmd(**{k: list(r.get(k, [])) for k in Rpjmd.__dataclass_fields__}) if r else None,
        )

    def iku(self, d: dict[str, Any]) -> Iku:
        k = d.get("keputusan", {})
        return Iku(
            keputusan=Keputusan(
                nomor=k.get("nomor", ""),
                tanggal=self.tanggal(k.get("tanggal"), "iku.keputusan.tanggal"),
                tempat=k.get("tempat", ""),
                penandatangan=self.pejabat(k.get("penandatangan")),
                tentang=k.get("tentang", ""),
            ),
            indikator=list(d.get("indikator", [])),
            tujuan_iku=d.get("tujuan", ""),
            indikator_tujuan_iku=d.get("indikator_tujuan", ""),
        )

    def ik(self, d: dict[str, Any], jalur: str) -> IndikatorKinerja:
        return IndikatorKinerja(
            nama=d["nama"],
            target=self.nilai(d.get("target"), f"{jalur}.target"),
            satuan=d.get("satuan", ""),
            polaritas=Polaritas(d.get("polaritas", "positif")),
            hitung_dari=d.get("hitung_dari", ""),
            pemilik=d.get("pemilik", ""),
        )

    def tidak_dirinci(self, d: dict[str, Any] | None, jalur: str) -> BagianTidakDirinci | None:
        if d is None:
            return None
        pagu = self.uang(d["pagu"], f"{jalur}.pagu") or Decimal(0)
        modal = self.uang(d.get("belanja_modal", 0), f"{jalur}.belanja_modal") or Decimal(0)
        if modal > pagu:
            self.salah(f"{jalur}.belanja_modal", "belanja modal melebihi pagu")
        return BagianTidakDirinci(
            pagu=pagu,
            realisasi=self.uang(d.get("realisasi"), f"{jalur}.realisasi", boleh_kosong=True),
            belanja_modal=modal,
            jumlah_kegiatan=d.get("jumlah_kegiatan", 0),
            jumlah_sub_kegiatan=d.get("jumlah_sub_kegiatan", 0),
            keterangan=d["keterangan"],
        )

    def rkt(self, d: dict[str, Any]) -> Rkt:
        program = []
        for i, p in enumerate(d.get("program", [])):
            jp = f"rkt.program[{i}]"
            kode_p = self.kode(p["kode"], f"{jp}.kode")
            kegiatan = []
            for j, k in enumerate(p.get("kegiatan", [])):
                jk = f"{jp}.kegiatan[{j}]"
                kode_k = self.kode(k["kode"], f"{jk}.kode", induk=kode_p)
                subs = []
                for m, s in enumerate(k.get("sub_kegiatan", [])):
                    js = f"{jk}.sub_kegiatan[{m}]"
                    pagu = self.uang(s["pagu"], f"{js}.pagu") or Decimal(0)
                    modal = self.uang(s.get("belanja_modal", 0), f"{js}.belanja_modal") or Decimal(0)
                    if modal > pagu:
                        self.salah(f"{js}.belanja_modal", "belanja modal melebihi pagu")
                    subs.append(
                        SubKegiatan(
                            kode=self.kode(s["kode"], f"{js}.kode", induk=kode_k),
                            nama=s["nama"],
                            pagu=pagu,
                            pagu_murni=self.uang(s.get("pagu_murni"), f"{js}.pagu_murni", boleh_kosong=True),
                            belanja_modal=modal,
                            indikator=[
                                self.ik(x, f"{js}.indikator[{n}]") for n, x in enumerate(s.get("indikator", []))
                            ],
                            outcome=s.get("outcome", ""),
                            sumber_dana=s.get("sumber_dana", ""),
                            lokasi=s.get("lokasi", ""),
                        )
                    )
                kegiatan.append(
                    Kegiatan(
                        kode=kode_k,
                        nama=k["nama"],
                        indikator=[self.ik(x, f"{jk}.indikator[{n}]") for n, x in enumerate(k.get("indikator", []))],
                        sub_kegiatan=subs,
                        tidak_dirinci=self.tidak_dirinci(k.get("tidak_dirinci"), f"{jk}.tidak_dirinci"),
                    )
                )
            program.append(
                Program(
                    kode=kode_p,
                    nama=p["nama"],
                    sasaran=list(p.get("sasaran", [])),
                    indikator=[self.ik(x, f"{jp}.indikator[{n}]") for n, x in enumerate(p.get("indikator", []))],
                    kegiatan=kegiatan,
                    tidak_dirinci=self.tidak_dirinci(p.get("tidak_dirinci"), f"{jp}.tidak_dirinci"),
                )
            )
        return Rkt(
            dokumen=d.get("dokumen", ""),
            tanggal=self.tanggal(d.get("tanggal"), "rkt.tanggal"),
            target={k: self.nilai(v, f"rkt.target.{k}") for k, v in d.get("target", {}).items()},
            program=program,
            penandatangan=self.pejabat(d.get("penandatangan")),
            tempat=d.get("tempat", ""),
            tanggal_dpa=self.tanggal(d.get("tanggal_dpa"), "rkt.tanggal_dpa"),
        )

    def pk(self, d: dict[str, Any], jalur: str) -> PerjanjianKinerja:
        anggaran = {}
        for k, v in d.get("anggaran_program", {}).items():
            kode = self.kode(k, f"{jalur}.anggaran_program.{k}")
            anggaran[kode] = self.uang(v, f"{jalur}.anggaran_program.{k}") or Decimal(0)
        if d["jenis"] == "perubahan" and not d.get("alasan_perubahan"):
            self.salah(f"{jalur}.alasan_perubahan", "PK perubahan wajib mencatat alasan perubahan")
        return PerjanjianKinerja(
            jenis=d["jenis"],
            tanggal=self.tanggal(d.get("tanggal"), f"{jalur}.tanggal"),
            tempat=d.get("tempat", ""),
            nomor=d.get("nomor", ""),
            pihak_pertama=self.pejabat(d.get("pihak_pertama")),
            pihak_kedua=self.pejabat(d.get("pihak_kedua")),
            alasan_perubahan=d.get("alasan_perubahan", ""),
            target={k: self.nilai(v, f"{jalur}.target.{k}") for k, v in d.get("target", {}).items()},
            anggaran_program=anggaran,
            keterangan_anggaran=d.get("keterangan_anggaran", ""),
        )

    def realisasi(self, d: dict[str, Any]) -> Realisasi:
        ind = {}
        for k, v in d.get("indikator", {}).items():
            j = f"realisasi.indikator.{k}"
            a = v.get("analisis", {})
            ind[k] = RealisasiIndikator(
                triwulan=self.per_tw(v.get("triwulan"), f"{j}.triwulan"),
                tahunan=self.nilai(v.get("tahunan"), f"{j}.tahunan"),
                target_triwulan=self.per_tw(v.get("target_triwulan"), f"{j}.target_triwulan"),
                analisis=Analisis(a.get("penyebab", ""), a.get("kendala", ""), a.get("solusi", "")),
                sumber=v.get("sumber", ""),
                alasan_manual=v.get("alasan_manual", ""),
                alasan_tidak_lazim=v.get("alasan_tidak_lazim", ""),
                terkunci=survei_register.baca_terkunci(self, v.get("terkunci"), f"{j}.terkunci"),
            )
        subs = {}
        for k, v in d.get("sub_kegiatan", {}).items():
            j = f"realisasi.sub_kegiatan.{k}"
            kode = self.kode(k, j)
            subs[kode] = RealisasiSubKegiatan(
                anggaran_triwulan={
                    int(t): self.uang(x, f"{j}.anggaran_triwulan.{t}", boleh_kosong=True)
                    for t, x in v.get("anggaran_triwulan", {}).items()
                },
                anggaran=self.uang(v.get("anggaran"), f"{j}.anggaran", boleh_kosong=True),
                output=[self.nilai(x, f"{j}.output[{i}]") for i, x in enumerate(v.get("output", []))],
                target_output=[
                    self.nilai(x, f"{j}.target_output[{i}]") for i, x in enumerate(v.get("target_output", []))
                ],
                keterangan=v.get("keterangan", ""),
            )
            if v.get("anggaran") is not None and v.get("anggaran_triwulan"):
                per_tw = subs[kode].anggaran_triwulan
                jumlah = sum((x for x in per_tw.values() if x is not None), Decimal(0))
                if subs[kode].anggaran is not None and jumlah != subs[kode].anggaran:
                    self.salah(
                        j,
                        f"jumlah anggaran per triwulan ({jumlah}) tidak sama dengan anggaran tahunan "
                        f"({subs[kode].anggaran})",
                    )
        return Realisasi(
            indikator=ind,
            program={
                self.kode(k, f"realisasi.program.{k}"): [
                    self.nilai(x, f"realisasi.program.{k}[{i}]") for i, x in enumerate(v)
                ]
                for k, v in d.get("program", {}).items()
            },
            kegiatan={
                self.kode(k, f"realisasi.kegiatan.{k}"): [
                    self.nilai(x, f"realisasi.kegiatan.{k}[{i}]") for i, x in enumerate(v)
                ]
                for k, v in d.get("kegiatan", {}).items()
            },
            sub_kegiatan=subs,
        )

    def refocusing(self, d: dict[str, Any] | None) -> Refocusing | None:
        if d is None:
            return None
        return Refocusing(
            keterangan=d.get("keterangan", ""),
            rincian=[
                ItemRefocusing(
                    self.kode(x["sub_kegiatan"], f"refocusing.rincian[{i}].sub_kegiatan"),
                    self.uang(x["jumlah"], f"refocusing.rincian[{i}].jumlah") or Decimal(0),
                )
                for i, x in enumerate(d.get("rincian", []))
            ],
            total_dinyatakan=self.uang(d.get("total_dinyatakan"), "refocusing.total_dinyatakan", boleh_kosong=True),
        )

    def narasi(self, d: dict[str, Any]) -> Narasi:
        return Narasi(
            kata_pengantar=d.get("kata_pengantar", ""),
            latar_belakang=list(d.get("latar_belakang", [])),
            maksud=d.get("maksud", ""),
            tujuan_laporan=list(d.get("tujuan_laporan", [])),
            isu_strategis=list(d.get("isu_strategis", [])),
            faktor_keberhasilan=list(d.get("faktor_keberhasilan", [])),
            kendala=list(d.get("kendala", [])),
            rekomendasi=list(d.get("rekomendasi", [])),
            penjelasan_anggaran=d.get("penjelasan_anggaran", ""),
            sumber_daya=d.get("sumber_daya", ""),
            per_sasaran={
                k: NarasiSasaran(
                    **{
                        f: (list(v.get(f, [])) if f != "uraian" else v.get(f, ""))
                        for f in NarasiSasaran.__dataclass_fields__
                    }
                )
                for k, v in d.get("per_sasaran", {}).items()
            },
            per_sub_kegiatan={
                self.kode(k, f"narasi.per_sub_kegiatan.{k}"): v for k, v in d.get("per_sub_kegiatan", {}).items()
            },
        )

    # -- references across sections

    def periksa_rujukan(self, b: Berkas) -> None:
        id_indikator: dict[str, str] = {}
        for i, t in enumerate(b.renstra.tujuan):
            for j, ind in enumerate(t.indikator):
                self._unik(id_indikator, ind.id, f"renstra.tujuan[{i}].indikator[{j}].id", "indikator")
        for i, s in enumerate(b.renstra.sasaran):
            for j, ind in enumerate(s.indikator):
                self._unik(id_indikator, ind.id, f"renstra.sasaran[{i}].indikator[{j}].id", "indikator")
        id_tujuan: dict[str, str] = {}
        for i, t in enumerate(b.renstra.tujuan):
            self._unik(id_tujuan, t.id, f"renstra.tujuan[{i}].id", "tujuan")
        id_sasaran: dict[str, str] = {}
        for i, s in enumerate(b.renstra.sasaran):
            self._unik(id_sasaran, s.id, f"renstra.sasaran[{i}].id", "sasaran")
            if s.tujuan not in id_tujuan:
                self.salah(f"renstra.sasaran[{i}].tujuan", f"tujuan '{s.tujuan}' tidak ada di renstra.tujuan")

        kode: dict[str, str] = {}
        for i, p in enumerate(b.rkt.program):
            self._unik(kode, p.kode, f"rkt.program[{i}].kode", "kode")
            for sid in p.sasaran:
                if sid not in id_sasaran:
                    self.salah(f"rkt.program[{i}].sasaran", f"sasaran '{sid}' tidak ada di renstra.sasaran")
            for j, k in enumerate(p.kegiatan):
                self._unik(kode, k.kode, f"rkt.program[{i}].kegiatan[{j}].kode", "kode")
                for m, s in enumerate(k.sub_kegiatan):
                    self._unik(kode, s.kode, f"rkt.program[{i}].kegiatan[{j}].sub_kegiatan[{m}].kode", "kode")

        for k in b.rkt.target:
            if k not in id_indikator:
                self.salah(f"rkt.target.{k}", f"indikator '{k}' tidak ada di Renstra")
        for i, pk in enumerate(b.pk):
            for k in pk.target:
                if k not in id_indikator:
                    self.salah(f"pk[{i}].target.{k}", f"indikator '{k}' tidak ada di Renstra")
            for k in pk.anggaran_program:
                if k not in kode:
                    self.salah(f"pk[{i}].anggaran_program.{k}", f"program '{k}' tidak ada di RKT")
        for i, k in enumerate(b.iku.indikator):
            if k not in id_indikator:
                self.salah(f"iku.indikator[{i}]", f"indikator '{k}' tidak ada di Renstra")
        for k in b.realisasi.indikator:
            if k not in id_indikator:
                self.salah(f"realisasi.indikator.{k}", f"indikator '{k}' tidak ada di Renstra")
        sub_kode = {s.kode: s for s in b.rkt.semua_sub_kegiatan()}
        for k, r in b.realisasi.sub_kegiatan.items():
            if k not in sub_kode:
                self.salah(f"realisasi.sub_kegiatan.{k}", f"sub kegiatan '{k}' tidak ada di RKT")
                continue
            n = len(sub_kode[k].indikator)
            if len(r.output) > n:
                self.salah(
                    f"realisasi.sub_kegiatan.{k}.output",
                    f"{len(r.output)} nilai output untuk {n} indikator output di RKT",
                )
        prog_kode = {p.kode: p for p in b.rkt.program}
        for k, v in b.realisasi.program.items():
            if k not in prog_kode:
                self.salah(f"realisasi.program.{k}", f"program '{k}' tidak ada di RKT")
            elif len(v) > len(prog_kode[k].indikator):
                self.salah(
                    f"realisasi.program.{k}", f"{len(v)} nilai untuk {len(prog_kode[k].indikator)} indikator program"
                )
        keg_kode = {k.kode for k in b.rkt.semua_kegiatan()}
        for k in b.realisasi.kegiatan:
            if k not in keg_kode:
                self.salah(f"realisasi.kegiatan.{k}", f"kegiatan '{k}' tidak ada di RKT")
        if b.refocusing is not None:
            for i, item in enumerate(b.refocusing.rincian):
                if item.sub_kegiatan not in sub_kode:
                    self.salah(
                        f"refocusing.rincian[{i}].sub_kegiatan", f"sub kegiatan '{item.sub_kegiatan}' tidak ada di RKT"
                    )
        for k in b.narasi.per_sasaran:
            if k not in id_sasaran:
                self.salah(f"narasi.per_sasaran.{k}", f"sasaran '{k}' tidak ada di Renstra")
        for k in b.narasi.per_sub_kegiatan:
            if k not in sub_kode:
                self.salah(f"narasi.per_sub_kegiatan.{k}", f"sub kegiatan '{k}' tidak ada di RKT")

    def _unik(self, terpakai: dict[str, str], nilai: str, jalur: str, jenis: str) -> None:
        if nilai in terpakai:
            self.salah(jalur, f"{jenis} '{nilai}' sudah dipakai di {terpakai[nilai]}")
        else:
            terpakai[nilai] = jalur

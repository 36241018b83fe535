"""Loading an LKE version from its data file, with every problem reported in Indonesian.

The shipped versions live in ``data/<kode>.yaml``; any other file with the same shape loads the same way
(`muat_lke("path/ke/lke-pemda.yaml")`), so a new regulation is a new file, not new code. Numbers are read
as `Decimal` from their text, never through a binary float.
"""

from __future__ import annotations

import functools
import string
from decimal import Decimal, InvalidOperation
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..angka import format_bilangan
from ..predikat import skala_dari_batas
from .model import JenisJawaban, Komponen, Kriteria, Lke, SubKomponen

LKE_BAWAAN = "permenpanrb-88-2021"
SERATUS = Decimal(100)


class LkeTidakValid(ValueError):
    """A data file that is not a usable LKE; `masalah` lists every problem found, in Indonesian."""

    def __init__(self, sumber: str, masalah: list[str]):
        self.sumber = sumber
        self.masalah = masalah
        super().__init__(self.laporan())

    def laporan(self) -> str:
        return "\n".join(
            [f"{self.sumber}: LKE tidak dapat dimuat ({len(self.masalah)} masalah):"]
            + [f"  - {m}" for m in self.masalah]
        )


class _Pemuat(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals built from their text (12.5 stays exactly 12.5)."""


def _float_desimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    return Decimal(str(loader.construct_scalar(node)).replace("_", ""))  # type: ignore[arg-type]


_Pemuat.add_constructor("tag:yaml.org,2002:float", _float_desimal)


def daftar_lke() -> list[str]:
    """The codes of the LKE versions shipped with the package, newest regulation first."""
    folder = resources.files(__package__) / "data"
    kode = [p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")]
    return sorted(kode, key=lambda k: k.rsplit("-", 1)[-1], reverse=True)


@functools.cache
def _muat_bawaan(kode: str) -> Lke:
    teks = (resources.files(__package__) / "data" / f"{kode}.yaml").read_text(encoding="utf-8")
    return muat_lke_teks(teks, sumber=f"{kode}.yaml")


def muat_lke(nama: str = LKE_BAWAAN) -> Lke:
    """A shipped version by its code ("permenpanrb-88-2021"), or any LKE data file by its path."""
    if nama in daftar_lke():
        return _muat_bawaan(nama)
    path = Path(nama)
    if not path.is_file():
        tersedia = ", ".join(daftar_lke())
        raise LkeTidakValid(nama, [f"bukan versi LKE yang tersedia ({tersedia}) dan bukan berkas yang ada"])
    try:
        teks = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LkeTidakValid(nama, [f"berkas tidak dapat dibaca sebagai teks UTF-8 ({exc})"]) from None
    return muat_lke_teks(teks, sumber=path.name)


def muat_lke_teks(teks: str, *, sumber: str = "LKE") -> Lke:
    try:
        data = yaml.load(teks, Loader=_Pemuat)  # noqa: S506 — _Pemuat is a SafeLoader
    except yaml.YAMLError as exc:
        tanda = getattr(exc, "problem_mark", None)
        lokasi = f"baris {tanda.line + 1}, kolom {tanda.column + 1}: " if tanda is not None else ""
        raise LkeTidakValid(sumber, [f"{lokasi}YAML tidak sah ({getattr(exc, 'problem', exc)})"]) from None
    return _Penyusun(sumber).susun(data)


class _Penyusun:
    """Turns the parsed mapping into an `Lke`, collecting every problem before failing."""

    KUNCI_LKE = {"kode", "nama", "versi", "sumber", "jawaban", "predikat", "komponen", "desimal_predikat"}
    KUNCI_KOMPONEN = {"nama", "bobot", "sub_komponen"}
    KUNCI_SUB = {"nama", "persen", "bobot", "jawaban", "kriteria"}

    def __init__(self, sumber: str):
        self.sumber = sumber
        self.masalah: list[str] = []

    def salah(self, pesan: str) -> None:
        self.masalah.append(pesan)

    def susun(self, data: Any) -> Lke:
        if not isinstance(data, dict):
            raise LkeTidakValid(
                self.sumber, ["isi berkas harus berupa pemetaan (kode, nama, jawaban, predikat, komponen)"]
            )
        self._kunci_dikenal(data, self.KUNCI_LKE, "LKE")
        kode = self._teks(data, "kode", "LKE")
        nama = self._teks(data, "nama", "LKE")
        versi = data.get("versi", 1)
        if not isinstance(versi, int) or isinstance(versi, bool) or versi < 1:
            self.salah(f"LKE: 'versi' harus bilangan bulat ≥ 1, tertulis {versi!r}")
            versi = 1
        desimal = data.get("desimal_predikat", 2)
        if desimal is not None and (not isinstance(desimal, int) or isinstance(desimal, bool) or not 0 <= desimal <= 6):
            self.salah(f"LKE: 'desimal_predikat' harus bilangan bulat 0–6 atau null, tertulis {desimal!r}")
            desimal = 2
        jenis = self._jenis_jawaban(data.get("jawaban"))
        skala = self._predikat(data.get("predikat"), kode or "lke")
        komponen = self._komponen(data.get("komponen"), jenis)
        if self.masalah:
            raise LkeTidakValid(self.sumber, self.masalah)
        assert skala is not None
        return Lke(
            kode=kode,
            nama=nama,
            versi=versi,
            sumber=str(data.get("sumber") or ""),
            jenis_jawaban=jenis,
            skala_predikat=skala,
            desimal_predikat=desimal,
            komponen=tuple(komponen),
        )

    # --- pieces -------------------------------------------------------------------------------------------

    def _kunci_dikenal(self, d: dict, dikenal: set[str], di: str) -> None:
        for k in d:
            if k not in dikenal:
                self.salah(f"{di}: kunci '{k}' tidak dikenal (yang dikenal: {', '.join(sorted(dikenal))})")

    def _teks(self, d: dict, kunci: str, di: str) -> str:
        v = d.get(kunci)
        if not isinstance(v, str) or not v.strip():
            self.salah(f"{di}: '{kunci}' wajib diisi dengan teks")
            return ""
        return " ".join(v.split())

    def _angka(self, v: Any, di: str, kunci: str, *, minimum: Decimal, maksimum: Decimal) -> Decimal | None:
        if isinstance(v, bool) or not isinstance(v, (int, Decimal, str)):
            self.salah(f"{di}: '{kunci}' harus angka, tertulis {v!r}")
            return None
        try:
            d = Decimal(v) if not isinstance(v, str) else Decimal(v.strip().replace(",", "."))
        except InvalidOperation:
            self.salah(f"{di}: '{kunci}' harus angka, tertulis {v!r}")
            return None
        if not d.is_finite() or not minimum <= d <= maksimum:
            self.salah(f"{di}: '{kunci}' harus di antara {minimum} dan {maksimum}, tertulis {v}")
            return None
        return d

    def _jenis_jawaban(self, data: Any) -> dict[str, JenisJawaban]:
        if not isinstance(data, dict) or not data:
            self.salah("LKE: 'jawaban' wajib berisi jenis jawaban (mis. skala: AA…E, yt: Y/T)")
            return {}
        hasil = {}
        for kode, isi in data.items():
            di = f"jawaban '{kode}'"
            if not isinstance(isi, dict) or not isinstance(isi.get("nilai"), dict) or not isi["nilai"]:
                self.salah(f"{di}: wajib memuat 'nilai' berupa pemetaan jawaban → nilai 0–100")
                continue
            self._kunci_dikenal(isi, {"nama", "nilai"}, di)
            nilai = {}
            for j, v in isi["nilai"].items():
                if isinstance(j, bool):  # YAML 1.1 reads a bare Y / N / yes as a boolean
                    self.salah(f"{di}: jawaban {j!r} terbaca sebagai boolean; tulis dalam tanda kutip")
                    continue
                d = self._angka(v, di, str(j), minimum=Decimal(0), maksimum=SERATUS)
                if d is not None:
                    if str(j).strip().upper() in nilai:
                        self.salah(f"{di}: jawaban '{j}' tertulis dua kali")
                    nilai[str(j).strip().upper()] = d
            hasil[str(kode)] = JenisJawaban(kode=str(kode), nama=str(isi.get("nama") or kode), nilai=nilai)
        return hasil

    def _predikat(self, data: Any, kode: str):
        if not isinstance(data, dict) or not isinstance(data.get("tingkat"), list) or not data["tingkat"]:
            self.salah("predikat: wajib memuat 'tingkat' (daftar kode, interpretasi, bawah; terbaik lebih dulu)")
            return None
        self._kunci_dikenal(data, {"bawah_inklusif", "tingkat"}, "predikat")
        inklusif = data.get("bawah_inklusif", False)
        if not isinstance(inklusif, bool):
            self.salah(f"predikat: 'bawah_inklusif' harus true atau false, tertulis {inklusif!r}")
            inklusif = False
        baris = []
        sebelumnya: Decimal | None = None
        for i, t in enumerate(data["tingkat"], start=1):
            di = f"predikat tingkat {i}"
            if not isinstance(t, dict):
                self.salah(f"{di}: harus pemetaan kode, interpretasi, bawah")
                continue
            self._kunci_dikenal(t, {"kode", "interpretasi", "bawah", "warna"}, di)
            k = self._teks(t, "kode", di)
            interpretasi = self._teks(t, "interpretasi", di)
            bawah = self._angka(t.get("bawah"), f"{di} ({k})", "bawah", minimum=Decimal(0), maksimum=SERATUS)
            if bawah is not None and sebelumnya is not None and bawah >= sebelumnya:
                self.salah(f"{di} ({k}): batas bawah {bawah} harus lebih kecil dari tingkat sebelumnya ({sebelumnya})")
            if bawah is not None:
                sebelumnya = bawah
            baris.append((k, interpretasi, None if bawah is None else str(bawah), str(t.get("warna") or "#777777")))
        return skala_dari_batas(f"lke-{kode}", f"Predikat {kode}", baris, bawah_inklusif=inklusif)

    def _komponen(self, data: Any, jenis: dict[str, JenisJawaban]) -> list[Komponen]:
        if not isinstance(data, list) or not data:
            self.salah("LKE: 'komponen' wajib berupa daftar komponen")
            return []
        hasil = []
        total = Decimal(0)
        for nomor, kom in enumerate(data, start=1):
            di = f"komponen {nomor}"
            if not isinstance(kom, dict):
                self.salah(f"{di}: harus pemetaan nama, bobot, sub_komponen")
                continue
            self._kunci_dikenal(kom, self.KUNCI_KOMPONEN, di)
            nama = self._teks(kom, "nama", di)
            di = f"komponen {nomor} ({nama})" if nama else di
            bobot = self._angka(kom.get("bobot"), di, "bobot", minimum=Decimal(0), maksimum=SERATUS)
            if bobot is not None:
                total += bobot
            subs = self._sub_komponen(kom.get("sub_komponen"), nomor, bobot or Decimal(0), di, jenis)
            hasil.append(Komponen(nomor=nomor, nama=nama, bobot=bobot or Decimal(0), sub_komponen=tuple(subs)))
        if not self.masalah and total != SERATUS:
            self.salah(f"jumlah bobot komponen harus 100, tertulis {format_bilangan(total, 6)}")
        return hasil

    def _sub_komponen(
        self, data: Any, nomor: int, bobot_komponen: Decimal, di_komponen: str, jenis: dict[str, JenisJawaban]
    ) -> list[SubKomponen]:
        if not isinstance(data, list) or not data:
            self.salah(f"{di_komponen}: 'sub_komponen' wajib berupa daftar")
            return []
        if len(data) > len(string.ascii_lowercase):
            self.salah(f"{di_komponen}: paling banyak 26 sub-komponen (a–z), tertulis {len(data)}")
            return []
        hasil = []
        jumlah_bobot = Decimal(0)
        for huruf, sub in zip(string.ascii_lowercase, data, strict=False):
            kode = f"{nomor}.{huruf}"
            di = f"sub-komponen {kode}"
            if not isinstance(sub, dict):
                self.salah(f"{di}: harus pemetaan nama, persen atau bobot, jawaban, kriteria")
                continue
            self._kunci_dikenal(sub, self.KUNCI_SUB, di)
            nama = self._teks(sub, "nama", di)
            di = f"sub-komponen {kode} ({nama})" if nama else di
            persen = bobot = None
            if ("persen" in sub) == ("bobot" in sub):
                self.salah(f"{di}: tulis tepat satu dari 'persen' (bagian dari komponen) atau 'bobot' (poin)")
            elif "persen" in sub:
                persen = self._angka(sub["persen"], di, "persen", minimum=Decimal(0), maksimum=SERATUS)
                bobot = None if persen is None else bobot_komponen * persen / SERATUS
            else:
                bobot = self._angka(sub["bobot"], di, "bobot", minimum=Decimal(0), maksimum=SERATUS)
            if bobot is not None:
                jumlah_bobot += bobot
            jenis_bawaan = self._jenis(sub.get("jawaban"), di, jenis)
            kriteria = self._kriteria(sub.get("kriteria"), kode, nomor, di, jenis, jenis_bawaan)
            hasil.append(
                SubKomponen(
                    kode=kode,
                    huruf=huruf,
                    nama=nama,
                    bobot=bobot or Decimal(0),
                    persen=persen,
                    kriteria=tuple(kriteria),
                )
            )
        if not self.masalah and jumlah_bobot != bobot_komponen:
            self.salah(
                f"{di_komponen}: bobot sub-komponen berjumlah {format_bilangan(jumlah_bobot, 6)}, harus sama dengan "
                f"bobot komponen {format_bilangan(bobot_komponen, 6)}"
            )
        return hasil

    def _jenis(self, kode: Any, di: str, jenis: dict[str, JenisJawaban]) -> JenisJawaban | None:
        if kode is None:
            return None
        if kode not in jenis:
            self.salah(f"{di}: jenis jawaban '{kode}' tidak ada di bagian 'jawaban' ({', '.join(jenis)})")
            return None
        return jenis[kode]

    def _kriteria(
        self,
        data: Any,
        sub_kode: str,
        nomor: int,
        di_sub: str,
        jenis: dict[str, JenisJawaban],
        jenis_bawaan: JenisJawaban | None,
    ) -> list[Kriteria]:
        if not isinstance(data, list) or not data:
            self.salah(f"{di_sub}: 'kriteria' wajib berupa daftar teks kriteria")
            return []
        hasil = []
        for i, k in enumerate(data, start=1):
            kode = f"{sub_kode}.{i}"
            if isinstance(k, str):
                teks, j = k, jenis_bawaan
            elif isinstance(k, dict):
                self._kunci_dikenal(k, {"teks", "jawaban"}, f"kriteria {kode}")
                teks = k.get("teks") if isinstance(k.get("teks"), str) else ""
                j = self._jenis(k["jawaban"], f"kriteria {kode}", jenis) if "jawaban" in k else jenis_bawaan
            else:
                self.salah(f"kriteria {kode}: harus teks, atau pemetaan teks dan jawaban")
                continue
            if not teks.strip():
                self.salah(f"kriteria {kode}: teks kriteria kosong")
            if j is None:
                if jenis_bawaan is None and not any(m.startswith(di_sub) for m in self.masalah):
                    self.salah(
                        f"kriteria {kode}: jenis jawaban tidak ditentukan (isi 'jawaban' di {di_sub} atau kriteria)"
                    )
                continue
            hasil.append(
                Kriteria(kode=kode, teks=" ".join(teks.split()), jenis=j, komponen_nomor=nomor, sub_kode=sub_kode)
            )
        return hasil

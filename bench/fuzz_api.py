"""Fuzzing every operation of the web API (bench/fuzz.py kind ``api``).

The operations are read from the API's own OpenAPI schema, not listed here, so a new operation is fuzzed as soon
as it exists. Case i calls operation i mod n (every operation gets its share) as one of the roles (admin,
operator, kepala, reviewer, a revoked-looking token, no token), with:

- path and query parameters: the real ones (the operator's agency, a foreign agency, 2023, the stored document
  codes) or hostile ones (unknown slugs, ``../``, 400 digits, negative offsets, texts);
- for the write operations, a body built from the agency's real data (indicator and sub kegiatan codes, the period
  versions as read) with one to three fields replaced by a hostile value — a number from bench/fuzz.py's list, a
  text, a wrong type, a missing or extra field, a date that does not exist, a stale version, a batch over its
  maximum — or the body replaced as a whole (bytes that are not JSON, a list nested 5.000 deep, an empty body).

Counted: HTTP 500; a refused call (any status but 2xx) that changed the database (row counts of every model and the
agency's berkas, before and after); an accepted write whose hostile number was stored (the number must be refused)
or whose valid number was stored as another number.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

PERAN = ("admin", "operator", "kepala", "reviewer", "token-palsu", None)
# The operator writes most (their own agency): acceptances must happen for "stored differently" to be tested.
BOBOT_PERAN = (0.15, 0.4, 0.15, 0.1, 0.1, 0.1)


@dataclass(frozen=True)
class Operasi:
    metode: str
    jalur: str  # /api/v1/pd/{pd}/tahun/{tahun}/realisasi
    parameter: tuple[tuple[str, str], ...]  # (name, where)
    skema_isi: str | None  # component name of the JSON body


def daftar_operasi() -> tuple[list[Operasi], dict]:
    from sakip.web.api.api import api

    skema = api.get_openapi_schema(path_prefix="/api/v1")
    hasil = []
    for jalur, ops in skema["paths"].items():
        for metode, op in ops.items():
            isi = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
            hasil.append(
                Operasi(
                    metode.upper(),
                    jalur,
                    tuple((p["name"], p["in"]) for p in op.get("parameters", [])),
                    isi.get("$ref", "").rsplit("/", 1)[-1] or None,
                )
            )
    return sorted(hasil, key=lambda o: (o.jalur, o.metode)), skema["components"]["schemas"]


@dataclass
class Konteks:
    """What a case is built from: real codes of the operator's agency-year and of a foreign one."""

    pd: str
    pd_asing: str
    indikator: list[str]
    sub_kegiatan: list[str]
    dokumen: list[str]
    aduan: list[tuple[str, int]]  # (nomor, versi)
    kegiatan: list[tuple[str, int]]


def konteks_dari(tk) -> Konteks:
    from sakip.web.perencanaan.models import Indikator, SubKegiatan, TahunKinerja

    asing = TahunKinerja.objects.exclude(perangkat_daerah=tk.perangkat_daerah).select_related("perangkat_daerah")[0]
    from sakip.web.dokumen.models import Pekerjaan
    from sakip.web.register.models import Aduan, KegiatanRegister

    pd = tk.perangkat_daerah
    dokumen = [str(x) for x in Pekerjaan.objects.filter(tahun_kinerja=tk).values_list("kode", flat=True)[:5]]
    aduan = list(Aduan.objects.filter(perangkat_daerah=pd).values_list("nomor", "versi")[:10])
    kegiatan = list(
        KegiatanRegister.objects.filter(perangkat_daerah=pd, tahun=tk.tahun).values_list("nomor", "versi")[:10]
    )
    return Konteks(
        pd=tk.perangkat_daerah.slug,
        pd_asing=asing.perangkat_daerah.slug,
        indikator=list(Indikator.objects.filter(renstra=tk.renstra).values_list("kode", flat=True)),
        sub_kegiatan=list(SubKegiatan.objects.filter(tahun_kinerja=tk).values_list("kode", flat=True)),
        dokumen=dokumen or ["00000000-0000-0000-0000-000000000000"],
        aduan=aduan,
        kegiatan=kegiatan,
    )


def _versi_periode(tk) -> dict[str, int]:
    from sakip.web.pengukuran.models import PeriodeRealisasi

    return {str(p.triwulan): p.versi for p in PeriodeRealisasi.objects.filter(tahun_kinerja=tk)}


def _parameter(rng: random.Random, nama: str, k: Konteks, angka: list[str]) -> str:
    jahat = rng.random() < 0.15
    if nama == "pd":
        if jahat:
            return rng.choice(["tidak-ada", "..%2F..%2Fetc", "x" * 300, "%00", "1"])
        return k.pd if rng.random() < 0.75 else k.pd_asing
    if nama == "tahun":
        return rng.choice(["2024", "0", "-1", "9" * 40, "2023.5", "abc"]) if jahat else "2023"
    if nama in ("limit", "offset"):
        return rng.choice(["-1", "0", "9" * 30, "1e9", "x", "100000"]) if jahat else str(rng.choice([1, 10, 100]))
    if nama == "kode":
        return rng.choice(["tidak-ada", "../../settings.py", "x" * 200]) if jahat else rng.choice(k.dokumen)
    return rng.choice(angka)


def _isi_sah(op: Operasi, k: Konteks, versi: dict[str, int], rng: random.Random) -> dict[str, Any]:
    """A body the API would accept for the operator's agency (mostly quarter IV, the open one)."""
    tw = 4 if rng.random() < 0.8 else rng.randint(1, 4)
    if op.skema_isi == "BatchRealisasi":
        return {
            "versi": {str(tw): versi.get(str(tw), 1)},
            "alasan": "fuzz",
            "butir": [{"indikator": rng.choice(k.indikator), "triwulan": tw, "nilai": "91,5"}],
        }
    if op.skema_isi == "BatchAnggaran":
        return {
            "versi": {str(tw): versi.get(str(tw), 1)},
            "alasan": "fuzz",
            "butir": [{"sub_kegiatan": rng.choice(k.sub_kegiatan), "triwulan": tw, "jumlah": "1.500.000,00"}],
        }
    if op.skema_isi == "BatchAduan":
        if k.aduan and rng.random() < 0.5:
            nomor, v = rng.choice(k.aduan)
            butir = {"nomor": nomor, "versi": v, "status": "selesai"}
        else:
            butir = {
                "nomor": f"F{rng.randrange(10**6)}/2023",
                "tanggal_diterima": "2023-11-02",
                "kanal": "WhatsApp",
                "ringkasan": "Antrean layanan terlalu lama",
            }
        return {"alasan": "fuzz", "butir": [butir]}
    if op.skema_isi == "BatchKegiatan":
        if k.kegiatan and rng.random() < 0.5:
            nomor, v = rng.choice(k.kegiatan)
            butir = {"nomor": nomor, "versi": v, "status": "terlaksana"}
        else:
            butir = {"nomor": f"K{rng.randrange(10**6)}", "uraian": "Sosialisasi", "triwulan_rencana": 4}
        return {"alasan": "fuzz", "butir": [butir]}
    return {}


SALAH_JENIS: list[Any] = [None, 0, -1, 1.5, True, [], {}, "", [1, 2], {"a": 1}, 10**40, "9" * 400]


def isi_bermusuh(
    rng: random.Random,
    op: Operasi,
    k: Konteks,
    versi: dict[str, int],
    angka: list[tuple[str, Decimal | None]],
    teks: list[str],
) -> tuple[bytes | None, list[str], tuple[str, str, Decimal | None] | None]:
    """(raw body, what was replaced, the number to check: (kind, code, expected) or None)."""
    if op.skema_isi is None:
        return None, [], None
    r = rng.random()
    if r < 0.08:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 300))), ["isi=<byte acak>"], None
    if r < 0.12:
        return ("[" * 5000 + "]" * 5000).encode(), ["isi=<sarang 5000>"], None
    if r < 0.15:
        return b"", ["isi=<kosong>"], None
    isi = _isi_sah(op, k, versi, rng)
    if r < 0.2:
        isi["butir"] = isi["butir"] * rng.choice([2001, 5001])
        return json.dumps(isi).encode(), [f"butir×{len(isi['butir'])}"], None
    butir = isi["butir"][0]
    diganti, periksa = [], None
    # Half of the bodies change only their number (or one text of a register entry): the rest stays valid, so
    # the call can be accepted and what was stored compared with what was sent.
    hanya_angka = r < 0.6
    for _ in range(1 if hanya_angka else rng.randint(1, 3)):
        if hanya_angka:
            medan = next((m for m in ("nilai", "jumlah") if m in butir), None)
            if medan is None:
                medan = rng.choice([m for m in butir if m not in ("nomor", "versi")] or ["nomor"])
                butir[medan] = rng.choice(teks)
                diganti.append(f"{medan}=<teks>")
                continue
            t, harap = rng.choice(angka)
            if medan == "jumlah" and harap is not None and (harap < 0 or harap != harap.quantize(Decimal("0.01"))):
                harap = None
            butir[medan] = t
            periksa = (medan, str(butir.get("indikator") or butir.get("sub_kegiatan")), butir["triwulan"], harap)
            diganti.append(f"{medan}={t[:20]!r}")
            continue
        medan = rng.choice([*butir, "versi", "alasan", "butir", "tambahan"])
        pilihan = rng.random()
        if medan in ("nilai", "jumlah") and pilihan < 0.7:
            t, harap = rng.choice(angka)
            if medan == "jumlah" and harap is not None and (harap < 0 or harap != harap.quantize(Decimal("0.01"))):
                harap = None  # money: two decimals, never negative
            butir[medan] = t
            kunci = butir.get("indikator") or butir.get("sub_kegiatan")
            periksa = (medan, str(kunci), butir.get("triwulan"), harap)
            diganti.append(f"{medan}={t[:20]!r}")
            continue
        if pilihan < 0.3:
            nilai: Any = rng.choice(teks)
        elif pilihan < 0.5:
            nilai = rng.choice(SALAH_JENIS)
        elif pilihan < 0.6:
            nilai = rng.choice(["2023-02-30", "9999-99-99", "31/12/2023", "2023-13-01"])
        elif pilihan < 0.7:
            nilai = rng.choice([t for t, _ in angka])
        else:
            nilai = "<hapus>"
        sasaran = isi if medan in ("versi", "alasan", "butir", "tambahan") else butir
        if nilai == "<hapus>":
            sasaran.pop(medan, None)
        else:
            sasaran[medan] = nilai
        diganti.append(f"{medan}={str(nilai)[:20]!r}")
    if periksa and any(d.split("=")[0] in ("butir", "indikator", "sub_kegiatan", "triwulan") for d in diganti):
        periksa = None  # the number no longer sits where it can be looked up
    return json.dumps(isi, ensure_ascii=False).encode("utf-8", "surrogatepass"), diganti, periksa


def tersimpan(tk, periksa: tuple) -> Decimal | str | None:
    """The stored number for (field, code, quarter), or "tidak ada"."""
    from sakip.web.pengukuran.models import AnggaranTriwulan, NilaiTriwulan

    medan, kode, tw, _ = periksa
    if medan == "nilai":
        r = NilaiTriwulan.objects.filter(
            realisasi__indikator__kode=kode, realisasi__tahun_kinerja=tk, triwulan=tw, jenis="realisasi"
        ).first()
        return r.nilai_angka if r is not None else "tidak ada"
    r = AnggaranTriwulan.objects.filter(
        realisasi__sub_kegiatan__kode=kode, realisasi__sub_kegiatan__tahun_kinerja=tk, triwulan=tw
    ).first()
    return r.jumlah if r is not None else "tidak ada"


def token_per_peran() -> dict[str | None, str | None]:
    from django.contrib.auth import get_user_model

    from sakip.web.api.token import token_buat
    from sakip.web.organisasi.akses import aktor_dari

    User = get_user_model()
    hasil: dict[str | None, str | None] = {None: None, "token-palsu": "sakip_" + "x" * 40}
    for peran in PERAN:
        if peran and peran != "token-palsu":
            u = User.objects.get(username=peran)
            hasil[peran] = token_buat(aktor=aktor_dari(u), nama=f"fuzz {peran}", hari=30).token
    return hasil

"""Capaian quoted in the text, checked where the text itself gives what it is computed from.

Two sentence forms every report uses, whatever its tables look like:

- one clause states a target, a realisation and the capaian that follows from them ("ditargetkan 54% dan
  terealisasi 46,67%, sehingga capaiannya 86,43%", "realisasi … sebesar 52% dari target 52% (tingkat pencapaian
  100,00%)"): the capaian is recomputed from the two printed figures by the engine (`hitung_capaian`). This needs
  no table at all, so it also works on a report whose measurement table was not recognised, on a previous year,
  and on programme indicators;
- an indicator named with its capaian in brackets ("Indikator X (Sasaran 1, capaian 91,78%)"): compared with that
  indicator's capaian from the measurement table.

Printed figures are rounded, so a target and realisation stand for an interval (half a unit of their last
printed decimal either way), and the quoted capaian is only wrong when it falls outside what that interval can
give, by either polarity unless the report states the indicator's. A claim that cannot be read this narrowly is
left alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sakip.core.capaian import Polaritas, hitung_capaian
from sakip.core.nilai import Angka

from .cocok import Cocok, cocokkan, teks_persen
from .katalog import temuan
from .konteks import IndikatorLaporan, Konteks
from .teks import angka, jumlah_desimal, kalimat, normal
from .temuan import Temuan

_ANGKA = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d,.]*\d)"
# a target printed as a range ("80–90", "80 s.d. 90") is not one number: the range polarity's capaian is not R ÷ T
_BUKAN_RENTANG = r"(?!\s*%?\s*(?:[-–—]|s\.?\s?d\.?|sampai|hingga)\s*\d)"
_TARGET = re.compile(
    r"\b(?:ditargetkan|target(?:nya)?)\s+(?:(?:(?:tahun\s+)?(?:19|20)\d\d|pada|sebesar|yaitu|adalah|senilai)\s+){0,3}"
    + _ANGKA
    + _BUKAN_RENTANG,
    re.I,
)
_REALISASI = re.compile(
    r"\b(?:terealisasi|realisasi(?:nya)?\b[^;()]{0,160}?\bsebesar|realisasi(?:nya)?)\s+"
    r"(?:(?:sebesar|yaitu|adalah|senilai|mencapai)\s+)?" + _ANGKA,
    re.I,
)
_CAPAIAN = re.compile(
    r"\b(?:tingkat\s+)?(?:pen)?capaian(?:nya)?(?:\s+kinerja)?\s+(?:(?:sebesar|yaitu|adalah|mencapai)\s+)?"
    + _ANGKA
    + r"\s*(?:%|persen\b)",
    re.I,
)
# Rupiah are the budget rules' concern; a Renstra or multi-year capaian is not one year's R ÷ T.
_LAIN = re.compile(r"\b(?:rp|renstra|rencana\s+strategis|kumulatif|akhir\s+periode)\b", re.I)
_KURUNG = re.compile(r"\(([^()]*?)\bcapaian\s+" + _ANGKA + r"\s*(?:%|persen\b)\s*\)", re.I)


def _t(kode: str, lokasi: str, pesan: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber="laporan", **kw)


def _setengah(teks: str) -> Decimal:
    return Decimal(5).scaleb(-jumlah_desimal(teks) - 1)


def _rentang(k: Konteks, t: str, r: str, polaritas: list[Polaritas]) -> list[tuple[Decimal, Decimal, Decimal | None]]:
    """What a target and a realisation as printed can give as capaian: per polarity the (low, high) of the raw
    capaian over the rounding interval, and the capped value the report's cap makes of the exact one."""
    ta, ra = angka(t), angka(r)
    if ta is None or ra is None or ta <= 0:
        return []
    keluar = []
    for pol in polaritas:
        nilai = []
        for dt in (-_setengah(t), _setengah(t)):
            for dr in (-_setengah(r), _setengah(r)):
                if ta + dt <= 0:
                    continue
                c = hitung_capaian(Angka(ta + dt), Angka(max(ra + dr, Decimal(0))), pol, k.pengaturan)
                if c.dihitung and c.nilai is not None:
                    nilai.append(c.nilai)
        c = hitung_capaian(Angka(ta), Angka(ra), pol, k.pengaturan)
        if nilai and c.dihitung and c.nilai is not None:
            keluar.append((min(nilai), max(nilai), c.nilai_olah))
    return keluar


def _indikator_di(k: Konteks, teks: str) -> IndikatorLaporan | None:
    """The measured indicator a clause names (the longest name, so "… 10" is not read as "… 1")."""
    t = f" {normal(teks)} "
    calon = [x for x in k.indikator if normal(x.nama) and f" {normal(x.nama)} " in t]
    return max(calon, key=lambda x: len(x.nama)) if calon else None


def _tiga_angka(k: Konteks, lokasi: str, klausa: str) -> Temuan | None:
    if _LAIN.search(klausa):
        return None
    cs = list(_CAPAIAN.finditer(klausa))
    if len(cs) != 1:
        return None
    c = cs[0]
    ts = [m for m in _TARGET.finditer(klausa) if m.end() <= c.start()]
    rs = [m for m in _REALISASI.finditer(klausa) if m.end() <= c.start()]
    if len(ts) != 1 or len(rs) != 1:
        return None
    t, r = ts[0].group(1), rs[0].group(1)
    ind = _indikator_di(k, klausa)
    pasti = ind is not None and not ind.polaritas_disimpulkan and ind.polaritas is not Polaritas.RENTANG
    polaritas = [ind.polaritas] if pasti else [Polaritas.POSITIF, Polaritas.NEGATIF]
    batas = _rentang(k, t, r, polaritas)
    tercetak = angka(c.group(1))
    if not batas or tercetak is None:
        return None
    longgar = Decimal(1).scaleb(-jumlah_desimal(c.group(1)))
    d = jumlah_desimal(c.group(1))
    if any(
        lo - longgar <= tercetak <= hi + longgar or (olah is not None and cocokkan(tercetak, d, olah) is Cocok.SAMA)
        for lo, hi, olah in batas
    ):
        return None
    tepat = hitung_capaian(Angka(angka(t)), Angka(angka(r)), polaritas[0], k.pengaturan).nilai
    apa = f"capaian {ind.nama}" if ind is not None else "capaiannya"
    cara = "" if pasti else " (dengan rumus indikator positif; dengan rumus negatif pun tidak sama)"
    return _t(
        "PROSA-ANGKA",
        lokasi,
        f"Uraian menyebut target {t} dan realisasi {r}, lalu {apa} {c.group(1)}%; dari kedua angka itu capaiannya "
        f"{teks_persen(tepat)}{cara}.",
        tercetak=f"{c.group(1)}%",
        seharusnya=teks_persen(tepat),
        subjek=f"capaian-tersurat|{t}|{r}|{c.group(1)}",
    )


def _dalam_kurung(k: Konteks, lokasi: str, kal: str) -> list[Temuan]:
    hasil = []
    for m in _KURUNG.finditer(kal):
        if re.search(r"\btahun\b|renstra|anggaran|serapan|target", m.group(1), re.I):
            continue
        depan = normal(kal[: m.start()])
        calon = [x for x in k.indikator if normal(x.nama) and (depan + " ").endswith(" " + normal(x.nama) + " ")]
        if not calon:
            continue
        ind = max(calon, key=lambda x: len(x.nama))
        tercetak, d = angka(m.group(2)), jumlah_desimal(m.group(2))
        if ind.mentah is None or tercetak is None:
            continue
        if any(v is not None and cocokkan(tercetak, d, v) is not Cocok.BEDA for v in (ind.mentah, ind.olah)):
            continue
        hasil.append(
            _t(
                "PROSA-ANGKA",
                lokasi,
                f"Uraian menyebut {ind.nama} dengan capaian {m.group(2)}%, padahal capaiannya menurut tabel "
                f"pengukuran {teks_persen(ind.mentah)}.",
                tercetak=f"{m.group(2)}%",
                seharusnya=teks_persen(ind.mentah),
                subjek=f"capaian-kurung|{normal(ind.nama)}",
            )
        )
    return hasil


def jalankan(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    for p in k.lap.paragraf:
        if p.bab == "DAFTAR ISI" or p.judul:
            continue
        for kal in kalimat(p.teks):
            for klausa in kal.split(";"):
                t = _tiga_angka(k, p.lokasi, klausa)
                if t is not None:
                    hasil.append(t)
            hasil += _dalam_kurung(k, p.lokasi, kal)
    return hasil


__all__ = ["jalankan"]

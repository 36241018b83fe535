"""Cascading at the district level: the pohon kinerja daerah (pemda → misi → tujuan → sasaran RPJMD → the
agencies serving each sasaran → their own sasaran) and the district's gap checks.

The agency tree below each agency is `sakip.core.cascading.pohon_kinerja`; here only the link between the
RPJMD and the agencies is drawn, so the district tree stays readable with 60 agencies. Computed, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .angka import format_angka
from .cascading import Celah, IndikatorSimpul, JenisSimpul, SimpulPohon, _ind, periksa_cascading
from .konsolidasi import HasilDaerah, HasilIndikatorRpjmd
from .model import Berkas, TautanRpjmd
from .model_daerah import Daerah, IndikatorRpjmd


class JenisCelahDaerah(StrEnum):
    SASARAN_RPJMD_TANPA_PD = "sasaran_rpjmd_tanpa_pd"
    INDIKATOR_RPJMD_TANPA_SUMBER = "indikator_rpjmd_tanpa_sumber"
    INDIKATOR_RPJMD_TANPA_TARGET = "indikator_rpjmd_tanpa_target"
    PD_TANPA_TAUTAN = "pd_tanpa_tautan"


@dataclass(frozen=True, slots=True)
class CelahDaerah:
    jenis: JenisCelahDaerah
    lokasi: str  # "sasaran RPJMD SR1.1", "indikator RPJMD ISR2.3", "Dinas Kesehatan"
    pesan: str

    def __str__(self) -> str:
        return f"{self.lokasi}: {self.pesan}"


def tautan_sasaran(b: Berkas) -> list[tuple[str, list[TautanRpjmd]]]:
    """(agency sasaran id, its RPJMD links); a link on the tujuan counts for every sasaran under it."""
    tujuan = {t.id: t.rpjmd for t in b.renstra.tujuan}
    return [(s.id, list(s.rpjmd) + list(tujuan.get(s.tujuan, []))) for s in b.renstra.sasaran]


def _keterangan(h: HasilIndikatorRpjmd | None) -> str:
    if h is None:
        return "capaian belum dihitung"
    if not h.capaian.dihitung:
        return "capaian belum dapat diukur"
    asal = {"bappeda": "realisasi Bappeda", "konsolidasi": f"konsolidasi {len(h.kontributor)} PD"}.get(h.asal, "")
    predikat = f" ({h.predikat.kode})" if h.predikat else ""
    return f"capaian {h.capaian.tampil()}{predikat}" + (f" — {asal}" if asal else "")


def _ind_rpjmd(i: IndikatorRpjmd, tahun: int, hasil: dict[str, HasilIndikatorRpjmd]) -> IndikatorSimpul:
    return IndikatorSimpul(i.nama, i.target.get(tahun), i.satuan, "", None, keterangan=_keterangan(hasil.get(i.id)))


def pohon_daerah(daerah: Daerah, hd: HasilDaerah | None = None) -> SimpulPohon:
    """The district's pohon kinerja for the year. With `hd` (the consolidation) every RPJMD indicator shows its
    capaian; an RPJMD sasaran no agency serves is marked as a gap."""
    bd = daerah.berkas
    r = bd.rpjmd
    hasil = {x.indikator.id: x for x in (hd.indikator_tujuan + hd.semua_indikator_sasaran())} if hd else {}
    akar = SimpulPohon(JenisSimpul.PEMDA, bd.pemda, f"{bd.pemda} — visi: {r.visi}" if r.visi else bd.pemda, celah=False)
    links = [(b, tautan_sasaran(b)) for b in daerah.perangkat_daerah]
    for m in r.misi:
        mn = SimpulPohon(JenisSimpul.MISI, m.id, m.uraian, celah=False)
        for t in (t for t in r.tujuan if t.misi == m.id):
            tn = SimpulPohon(
                JenisSimpul.TUJUAN_RPJMD,
                t.id,
                t.uraian,
                [_ind_rpjmd(i, bd.tahun, hasil) for i in t.indikator],
                celah=False,
            )
            for s in (s for s in r.sasaran if s.tujuan == t.id):
                sn = SimpulPohon(
                    JenisSimpul.SASARAN_RPJMD, s.id, s.uraian, [_ind_rpjmd(i, bd.tahun, hasil) for i in s.indikator]
                )
                for b, daftar in links:
                    dilayani = [(sid, [x for x in ts if x.sasaran == s.id]) for sid, ts in daftar]
                    dilayani = [(sid, ts) for sid, ts in dilayani if ts]
                    if not dilayani:
                        continue
                    pn = SimpulPohon(JenisSimpul.INSTANSI, b.instansi.kode or b.instansi.nama, b.instansi.nama)
                    for sid, ts in dilayani:
                        sa = next(x for x in b.renstra.sasaran if x.id == sid)
                        kontribusi = [x for x in ts if x.kontribusi is not None]
                        pn.anak.append(
                            SimpulPohon(
                                JenisSimpul.SASARAN,
                                f"{b.instansi.nama}/{sa.id}",
                                sa.uraian,
                                [_ind(b, i) for i in sa.indikator],
                                rpjmd=[
                                    f"kontribusi {format_angka(x.kontribusi)}% pada {x.indikator}" for x in kontribusi
                                ],
                            )
                        )
                    sn.anak.append(pn)
                sn.celah = not sn.anak or not s.indikator
                tn.anak.append(sn)
            mn.anak.append(tn)
        akar.anak.append(mn)
    return akar


def periksa_daerah(daerah: Daerah) -> list[CelahDaerah]:
    """The gaps between the RPJMD and the agencies, in RPJMD order, then agencies serving no RPJMD sasaran."""
    bd = daerah.berkas
    r = bd.rpjmd
    celah: list[CelahDaerah] = []
    dilayani: dict[str, list[str]] = {}
    diisi: set[str] = set()
    pd_tanpa: list[str] = []
    for b in daerah.perangkat_daerah:
        ada = False
        for _, ts in tautan_sasaran(b):
            for t in ts:
                ada = True
                dilayani.setdefault(t.sasaran, []).append(b.instansi.nama)
                if t.indikator:
                    diisi.add(t.indikator)
        if not ada:
            pd_tanpa.append(b.instansi.nama)
    for s in r.sasaran:
        if not dilayani.get(s.id):
            celah.append(
                CelahDaerah(
                    JenisCelahDaerah.SASARAN_RPJMD_TANPA_PD,
                    f"sasaran RPJMD {s.id}",
                    f"sasaran '{s.uraian}' belum didukung perangkat daerah mana pun",
                )
            )
    for i in r.semua_indikator():
        lokasi = f"indikator RPJMD {i.id}"
        if i.target.get(bd.tahun) is None:
            celah.append(
                CelahDaerah(
                    JenisCelahDaerah.INDIKATOR_RPJMD_TANPA_TARGET,
                    lokasi,
                    f"indikator '{i.nama}' tidak mempunyai target tahun {bd.tahun}",
                )
            )
        sendiri = bd.realisasi.get(i.id)
        if i.id not in diisi and (sendiri is None or sendiri.nilai is None):
            celah.append(
                CelahDaerah(
                    JenisCelahDaerah.INDIKATOR_RPJMD_TANPA_SUMBER,
                    lokasi,
                    f"indikator '{i.nama}' tidak tertaut ke indikator perangkat daerah dan belum ada realisasi Bappeda",
                )
            )
    for nama in pd_tanpa:
        celah.append(
            CelahDaerah(JenisCelahDaerah.PD_TANPA_TAUTAN, nama, "tidak ada tujuan atau sasaran yang ditautkan ke RPJMD")
        )
    return celah


def celah_per_pd(daerah: Daerah) -> list[tuple[Berkas, list[Celah]]]:
    """Each agency's own cascading gaps (checked against the district's RPJMD), in folder order."""
    return [(b, periksa_cascading(b, daerah.berkas.rpjmd)) for b in daerah.perangkat_daerah]

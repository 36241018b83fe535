"""Reading the district level: the pemda-year's district file and the consolidation of all its agencies
(`sakip.core.konsolidasi.hitung_daerah`) from the database — the same engine and the same checks as
`sakip hitung FOLDER` on a folder."""

from __future__ import annotations

from dataclasses import dataclass, field

from sakip.berkas.baca import BerkasTidakValid
from sakip.berkas.daerah import baca_teks_daerah, periksa_kontribusi, periksa_tautan
from sakip.core.konsolidasi import HasilDaerah, hitung_daerah
from sakip.core.model_daerah import BerkasDaerah, Daerah
from sakip.web.inti.galat import TidakDitemukan
from sakip.web.organisasi.akses import Aktor, pastikan_pemda, pemda_terlihat
from sakip.web.organisasi.models import Pemda, PerangkatDaerah
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db

from .models import BerkasDaerahTahun


@dataclass
class KonsolidasiDaerah:
    pemda: Pemda
    tahun: int
    rekaman: BerkasDaerahTahun | None
    berkas: BerkasDaerah | None
    hasil: HasilDaerah | None
    masalah: list[str] = field(default_factory=list)  # links and contributions that do not hold, agencies left out
    perangkat_daerah: dict[str, PerangkatDaerah] = field(default_factory=dict)  # instansi.nama → agency (drill-down)


def pastikan_lingkup_pemda(aktor: Aktor, pemda: Pemda) -> None:
    pastikan_pemda(aktor)
    if not pemda_terlihat(aktor).filter(pk=pemda.pk).exists():
        raise TidakDitemukan("Pemda ini tidak ada dalam lingkup Anda.")


def berkas_daerah_ambil(*, aktor: Aktor, pemda: Pemda, tahun: int) -> BerkasDaerahTahun | None:
    pastikan_lingkup_pemda(aktor, pemda)
    return BerkasDaerahTahun.objects.filter(pemda=pemda, tahun=tahun).first()


def tahun_daerah(pemda: Pemda) -> list[int]:
    """Years with a district file or agency data, newest first."""
    a = set(BerkasDaerahTahun.objects.filter(pemda=pemda).values_list("tahun", flat=True))
    b = set(TahunKinerja.objects.filter(perangkat_daerah__pemda=pemda).values_list("tahun", flat=True))
    return sorted(a | b, reverse=True)


def daerah_dari_db(pemda: Pemda, tahun: int) -> KonsolidasiDaerah:
    """The district-year as `sakip.core.model_daerah.Daerah` from the database, consolidated. Agencies whose data
    cannot be read are left out with their reason; broken links are listed (the folder loader refuses them)."""
    rekaman = BerkasDaerahTahun.objects.filter(pemda=pemda, tahun=tahun).first()
    k = KonsolidasiDaerah(pemda, tahun, rekaman, None, None)
    if rekaman is None:
        k.masalah.append(f"Berkas daerah (RPJMD) {pemda.nama} tahun {tahun} belum diunggah.")
        return k
    bd = baca_teks_daerah(rekaman.isi, sumber="basis data")
    k.berkas = bd
    semua = []
    hasil = []
    for tk in (
        TahunKinerja.objects.filter(perangkat_daerah__pemda=pemda, perangkat_daerah__aktif=True, tahun=tahun)
        .select_related("perangkat_daerah__pemda", "renstra")
        .order_by("perangkat_daerah__nama")
    ):
        nama = tk.perangkat_daerah.nama
        try:
            h = hasil_dari_db(tk)
        except BerkasTidakValid as exc:
            k.masalah.append(f"{nama} tidak ikut dihitung: " + "; ".join(str(m) for m in exc.masalah[:3]))
            continue
        salah = periksa_tautan(bd, h.berkas)
        if salah:
            k.masalah += [f"{nama}: {m}" for m in salah]
            continue
        semua.append((nama, h.berkas))
        hasil.append(h)
        k.perangkat_daerah[h.berkas.instansi.nama] = tk.perangkat_daerah
    k.masalah += [str(m) for m in periksa_kontribusi(bd, semua)]
    k.hasil = hitung_daerah(Daerah(bd, [b for _, b in semua]), hasil)
    return k


def konsolidasi_ambil(*, aktor: Aktor, pemda: Pemda, tahun: int) -> KonsolidasiDaerah:
    pastikan_lingkup_pemda(aktor, pemda)
    return daerah_dari_db(pemda, tahun)

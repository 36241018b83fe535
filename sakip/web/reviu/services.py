"""Writes of the reviu: running it (the Inspektorat), follow-up statuses (the Inspektorat), the agency's responses
(operator or admin), and the kepala's finalisation of a PK version or the year's LKjIP.

A PK or an LKjIP is declared final only when no galat finding is open: the data are reviewed again at that moment
(a corrected galat is gone), and each galat still found must carry a closing follow-up status
(`sakip.core.reviu.galat_terbuka`). Every write is recorded in the history (riwayat).
"""

from __future__ import annotations

import tempfile
from pathlib import Path, PurePath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from sakip.berkas.baca import BerkasTidakValid
from sakip.berkas.jenis_isi import JenisTidakSesuai, periksa_jenis
from sakip.core.model import Berkas
from sakip.core.reviu import (
    DITINDAKLANJUTI,
    TIDAK_RELEVAN,
    Temuan,
    Tingkat,
    galat_terbuka,
    hitung_per_tingkat,
    reviu_berkas,
    reviu_laporan,
)
from sakip.core.reviu.temuan import urutkan
from sakip.web.inti.galat import AlurDitolak, TidakDitemukan
from sakip.web.inti.versi import klaim_versi
from sakip.web.organisasi.akses import Aktor, pastikan_kepala_pd, pastikan_reviewer, pastikan_ubah_pd
from sakip.web.pengukuran.models import PeriodeRealisasi
from sakip.web.perencanaan.models import PerjanjianKinerja, TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db, sidik_data
from sakip.web.riwayat.services import perubahan_catat

from . import selectors
from .models import Penetapan, ReviuJalan, TindakLanjut

AKHIRAN_LAPORAN = (".docx", ".pdf", ".txt", ".md")


class GalatTerbuka(AlurDitolak):
    """Finalisation refused: galat findings are still open (listed in the message and in `temuan`)."""

    def __init__(self, apa: str, temuan: list[Temuan]):
        self.temuan = temuan
        daftar = "; ".join(f"[{t.kode}] {t.lokasi}: {t.pesan.rstrip('.')}" for t in temuan[:10])
        lagi = f"; dan {len(temuan) - 10} lainnya" if len(temuan) > 10 else ""
        super().__init__(
            f"{apa} belum dapat ditetapkan final: {len(temuan)} galat reviu belum ditindaklanjuti — {daftar}{lagi}. "
            "Perbaiki datanya, atau minta Inspektorat mencatat tindak lanjutnya."
        )


def _catat(aktor: Aktor, tk: TahunKinerja, objek: str, medan: str, lama, baru, alasan: str = "", label: str = ""):
    perubahan_catat(
        aktor=aktor,
        pd_id=tk.perangkat_daerah_id,
        tahun=tk.tahun,
        objek=objek,
        medan=medan,
        lama=lama,
        baru=baru,
        alasan=alasan,
        label=label,
    )


def _berkas(tk: TahunKinerja) -> Berkas:
    """The agency-year as every page measures it (records and survey included): the same berkas the dashboard
    and the documents use."""
    try:
        return hasil_dari_db(tk).berkas
    except BerkasTidakValid as exc:
        raise AlurDitolak(
            "Data tahun kinerja ini belum membentuk berkas yang sah, sehingga belum dapat direviu: "
            + "; ".join(str(m) for m in exc.masalah[:3])
        ) from None


def _tahun_lalu(tk: TahunKinerja) -> Berkas | None:
    lalu = (
        TahunKinerja.objects.filter(perangkat_daerah=tk.perangkat_daerah, tahun=tk.tahun - 1)
        .select_related("perangkat_daerah__pemda", "renstra")
        .first()
    )
    if lalu is None:
        return None
    try:
        return hasil_dari_db(lalu).berkas
    except BerkasTidakValid:
        return None  # last year's data are incomplete: this year's reviu goes on without them


def _baca_laporan(berkas: UploadedFile):
    from sakip.berkas.laporan_cetak import LaporanTidakTerbaca, baca_laporan

    nama = PurePath(berkas.name or "laporan").name
    akhiran = PurePath(nama).suffix.lower()
    if akhiran not in AKHIRAN_LAPORAN:
        raise AlurDitolak(
            f"Laporan '{nama}' tidak dapat direviu: gunakan Word (.docx), PDF (.pdf), teks (.txt) atau Markdown (.md)."
        )
    if berkas.size is None or berkas.size > settings.SAKIP_REVIU_MAKS_BYTE:
        raise AlurDitolak(f"Laporan melebihi batas {settings.SAKIP_REVIU_MAKS_BYTE // (1024 * 1024)} MB.")
    if berkas.size == 0:
        raise AlurDitolak("Berkas laporan kosong.")
    try:
        periksa_jenis(berkas, nama=nama, boleh=("docx", "pdf", "teks"), diterima="Word (.docx), PDF atau teks")
    except JenisTidakSesuai as exc:
        raise AlurDitolak(str(exc)) from None
    with tempfile.TemporaryDirectory(prefix="sakip-reviu-") as folder:
        path = Path(folder) / f"laporan{akhiran}"
        with path.open("wb") as f:
            for potong in berkas.chunks():
                f.write(potong)
        try:
            return nama, baca_laporan(path)
        except LaporanTidakTerbaca as exc:
            raise AlurDitolak(f"Laporan '{nama}' tidak dapat dibaca: {str(exc).replace(str(path), nama)}.") from None
        except Exception:  # a layout the reader does not survive must not end in a traceback
            raise AlurDitolak(
                f"Laporan '{nama}' tidak dapat dibaca sebagai laporan kinerja (susunan berkasnya tidak dikenali)."
            ) from None


def reviu_jalankan(*, aktor: Aktor, tk: TahunKinerja, laporan: UploadedFile | None = None) -> ReviuJalan:
    """Review the agency-year's data (with last year's data when they exist) and, optionally, a printed report
    against the data. The findings are kept as this run's."""
    pastikan_reviewer(aktor)
    berkas = _berkas(tk)
    lalu = _tahun_lalu(tk)
    temuan = reviu_berkas(berkas, tahun_lalu=lalu)
    nama_laporan = ""
    cakupan, tak_dikenali = [], 0
    if laporan is not None:
        from sakip.core.reviu.cakupan import cakupan_tabel, tabel_tak_dikenali

        nama_laporan, cetak = _baca_laporan(laporan)
        temuan = urutkan([*temuan, *reviu_laporan(cetak, berkas)])
        cakupan, tak_dikenali = [c.ke_dict() for c in cakupan_tabel(cetak)], tabel_tak_dikenali(cetak)
    jumlah = hitung_per_tingkat(temuan)
    with transaction.atomic():
        jalan = ReviuJalan.objects.create(
            tahun_kinerja=tk,
            dijalankan_oleh=aktor.pengguna,
            nama_pereviu=aktor.nama,
            sidik_data=sidik_data(tk),
            tahun_lalu=tk.tahun - 1 if lalu is not None else None,
            laporan_nama=nama_laporan,
            temuan=[t.ke_dict() for t in temuan],
            cakupan=cakupan,
            tabel_tak_dikenali=tak_dikenali,
            jumlah_galat=jumlah[Tingkat.GALAT],
            jumlah_peringatan=jumlah[Tingkat.PERINGATAN],
            jumlah_catatan=jumlah[Tingkat.CATATAN],
        )
        _catat(
            aktor,
            tk,
            "reviu",
            "hasil reviu",
            "",
            f"{jumlah[Tingkat.GALAT]} galat, {jumlah[Tingkat.PERINGATAN]} peringatan, "
            f"{jumlah[Tingkat.CATATAN]} catatan",
            alasan="reviu data" + (f" dan laporan {nama_laporan}" if nama_laporan else ""),
            label="Reviu Inspektorat",
        )
    return jalan


def _temuan(tk: TahunKinerja, kunci: str) -> Temuan:
    j = selectors.jalan_terakhir(tk)
    for d in j.temuan if j else []:
        t = selectors.temuan_dari_dict(d)
        if t.kunci == kunci:
            return t
    raise TidakDitemukan("Temuan ini tidak ada pada reviu terakhir.")


def _label(t: Temuan) -> str:
    return f"Temuan {t.kode} · {t.lokasi}"[:300]


def tindak_lanjut_atur(
    *, aktor: Aktor, tk: TahunKinerja, kunci: str, status: str, catatan: str, versi: int | None
) -> TindakLanjut:
    """The reviewer records a finding's follow-up: ditindaklanjuti or tidak relevan (with a note), or reopens it
    (empty status)."""
    pastikan_reviewer(aktor)
    t = _temuan(tk, kunci)
    if status not in ("", DITINDAKLANJUTI, TIDAK_RELEVAN):
        raise AlurDitolak(
            "Status tindak lanjut harus 'ditindaklanjuti', 'tidak relevan', atau kosong (dibuka kembali)."
        )
    catatan = catatan.strip()
    if status and not catatan:
        raise AlurDitolak("Tuliskan catatan tindak lanjut: apa yang diperbaiki, atau mengapa temuan ini tidak relevan.")
    with transaction.atomic():
        tl, baru = TindakLanjut.objects.get_or_create(tahun_kinerja=tk, kunci=kunci, defaults={"kode": t.kode})
        if not baru:
            klaim_versi(TindakLanjut, tl.pk, versi, "tindak lanjut temuan ini")
            tl.refresh_from_db()
        lama_status, lama_catatan = tl.status, tl.catatan
        tl.status, tl.catatan, tl.kode = status, catatan if status else "", t.kode
        tl.diubah_oleh, tl.diubah_pada = aktor.nama, timezone.now()
        tl.save()
        objek = f"temuan:{kunci}"
        _catat(aktor, tk, objek, "status", lama_status or "terbuka", status or "terbuka", catatan, _label(t))
        _catat(aktor, tk, objek, "catatan tindak lanjut", lama_catatan, tl.catatan, catatan, _label(t))
    return tl


def tanggapan_simpan(*, aktor: Aktor, tk: TahunKinerja, kunci: str, teks: str, versi: int | None) -> TindakLanjut:
    """The agency answers a finding (what it corrected or why it disagrees); the status stays the reviewer's."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    t = _temuan(tk, kunci)
    teks = teks.strip()
    if not teks:
        raise AlurDitolak("Tanggapan tidak boleh kosong.")
    with transaction.atomic():
        tl, baru = TindakLanjut.objects.get_or_create(tahun_kinerja=tk, kunci=kunci, defaults={"kode": t.kode})
        if not baru:
            klaim_versi(TindakLanjut, tl.pk, versi, "tindak lanjut temuan ini")
            tl.refresh_from_db()
        lama = tl.tanggapan
        tl.tanggapan, tl.tanggapan_oleh, tl.tanggapan_pada = teks, aktor.nama, timezone.now()
        tl.save()
        _catat(aktor, tk, f"temuan:{kunci}", "tanggapan", lama, teks, "tanggapan perangkat daerah", _label(t))
    return tl


# --- finalisation --------------------------------------------------------------------------------------------


def _galat_terbuka(tk: TahunKinerja, berkas: Berkas, *, dengan_laporan: bool) -> list[Temuan]:
    """Galat still open now: the data reviewed afresh (a corrected galat is gone) and, for the report, the galat
    of the last run's printed report; each without a closing follow-up status."""
    temuan = reviu_berkas(berkas, tahun_lalu=_tahun_lalu(tk))
    if dengan_laporan:
        j = selectors.jalan_terakhir(tk)
        if j is not None:
            temuan += [
                t
                for t in (selectors.temuan_dari_dict(d) for d in j.temuan)
                if t.sumber == "laporan" and t.tingkat is Tingkat.GALAT
            ]
    return galat_terbuka(temuan, selectors.status_peta(tk))


def pk_tetapkan_final(*, aktor: Aktor, tk: TahunKinerja, pk_id: int) -> Penetapan:
    """The kepala declares a signed PK version final, refused while a galat on that PK is open."""
    pastikan_kepala_pd(aktor, tk.perangkat_daerah)
    versi = selectors.pk_ditandatangani(tk)
    pk = next((p for p in versi if p.pk == pk_id), None)
    if pk is None:
        if PerjanjianKinerja.objects.filter(tahun_kinerja=tk, pk=pk_id).exists():
            raise AlurDitolak("Hanya PK yang sudah ditandatangani yang dapat ditetapkan final.")
        raise TidakDitemukan("Perjanjian kinerja ini tidak ada.")
    i = versi.index(pk)
    terbuka = [
        t
        for t in _galat_terbuka(tk, _berkas(tk), dengan_laporan=False)
        if t.jalur == "pk" or t.jalur.startswith(f"pk[{i}]")
    ]
    nama = f"PK {pk.jenis}"
    if terbuka:
        raise GalatTerbuka(nama, terbuka)
    with transaction.atomic():
        p = Penetapan.objects.create(
            tahun_kinerja=tk,
            dokumen=Penetapan.PK,
            pk_versi=pk,
            ditetapkan_oleh=aktor.pengguna,
            nama_penetap=aktor.nama,
            sidik_data=sidik_data(tk),
        )
        _catat(aktor, tk, f"pk:{pk.pk}", "penetapan", "", "final", "ditetapkan final setelah reviu", nama)
    return p


def lkjip_tetapkan_final(*, aktor: Aktor, tk: TahunKinerja) -> Penetapan:
    """The kepala declares the year's report (LKjIP) final: the year's realisation must be locked (TW IV) and no
    galat of the data or of the reviewed report may be open."""
    pastikan_kepala_pd(aktor, tk.perangkat_daerah)
    if not PeriodeRealisasi.objects.filter(tahun_kinerja=tk, triwulan=4, status=PeriodeRealisasi.DIKUNCI).exists():
        raise AlurDitolak("LKjIP baru dapat ditetapkan final setelah realisasi triwulan IV dikunci.")
    terbuka = _galat_terbuka(tk, _berkas(tk), dengan_laporan=True)
    if terbuka:
        raise GalatTerbuka(f"LKjIP {tk.tahun}", terbuka)
    with transaction.atomic():
        p = Penetapan.objects.create(
            tahun_kinerja=tk,
            dokumen=Penetapan.LKJIP,
            ditetapkan_oleh=aktor.pengguna,
            nama_penetap=aktor.nama,
            sidik_data=sidik_data(tk),
        )
        _catat(aktor, tk, "lkjip", "penetapan", "", "final", "ditetapkan final setelah reviu", f"LKjIP {tk.tahun}")
    return p


def catatan_hasil_reviu(*, aktor: Aktor, tk: TahunKinerja) -> tuple[bytes, str]:
    """The Catatan Hasil Reviu (DOCX) of the latest run, and its file name."""
    from sakip.laporan.catatan_reviu import tulis_catatan_reviu
    from sakip.web.organisasi.akses import pastikan_baca_pd

    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    j = selectors.jalan_terakhir(tk)
    if j is None:
        raise TidakDitemukan("Belum ada reviu untuk tahun kinerja ini.")
    temuan = [selectors.temuan_dari_dict(d) for d in j.temuan]
    dokumen = f"Data kinerja {tk.perangkat_daerah.nama} tahun {tk.tahun} (SAKIP)"
    if j.laporan_nama:
        dokumen += f" dan laporan {j.laporan_nama}"
    data = tulis_catatan_reviu(
        temuan,
        dokumen=dokumen,
        instansi=tk.perangkat_daerah.nama,
        tahun=tk.tahun,
        tanggal=timezone.localtime(j.dijalankan_pada).date(),
        tempat=tk.perangkat_daerah.pemda.ibu_kota,
        cakupan=j.cakupan,
    )
    from sakip.web.dokumen.katalog import nama_berkas

    return data, nama_berkas(tk.perangkat_daerah.nama, tk.tahun, "catatan-hasil-reviu", "docx")

"""The planning documents: Perjanjian Kinerja (murni and perubahan), and the Renstra, RKT and IKU matrices.

The same blocks serve the standalone documents and the LKjIP's appendices.
"""

from __future__ import annotations

from sakip.core.hasil import HasilPengukuran
from sakip.core.model import Berkas, JenisPk, PerjanjianKinerja
from sakip.core.tanggal import format_tanggal
from sakip.core.terbilang import terbilang_rupiah

from . import matriks as mx
from .isi import Blok, Dokumen, HalamanBaru, Isian, Paragraf, Penandatangan, TandaTangan, isi
from .umum import (
    B,
    DokumenTidakValid,
    OpsiDokumen,
    P,
    baris_pangkat,
    kalimat,
    kop,
    penandatangan,
    tempat,
    tempat_tanggal,
)


def judul_tengah(*baris: str, gaya: str = "judul-dokumen") -> list[Paragraf]:
    return [Paragraf(isi(B(x)), rata="tengah", gaya=gaya) for x in baris if x]


# --- Perjanjian Kinerja ------------------------------------------------------------------------------------


def pk_terpilih(berkas: Berkas, pilihan: str) -> list[PerjanjianKinerja]:
    """The agreements a document prints: "berlaku" (the valid one), "murni", "perubahan" or "semua"."""
    if pilihan == "semua":
        murni = [p for p in berkas.pk if p.jenis == JenisPk.MURNI]
        ubah = sorted(
            (p for p in berkas.pk if p.jenis == JenisPk.PERUBAHAN), key=lambda p: (p.tanggal is None, p.tanggal)
        )
        return murni + ubah
    if pilihan == "berlaku":
        pk = berkas.pk_berlaku()
        return [pk] if pk else []
    return [p for p in berkas.pk if p.jenis == pilihan][-1:]


def judul_pk(pk: PerjanjianKinerja, tahun: int) -> str:
    return (
        f"PERJANJIAN KINERJA – PERUBAHAN TAHUN {tahun}"
        if pk.jenis == JenisPk.PERUBAHAN
        else f"PERJANJIAN KINERJA TAHUN {tahun}"
    )


def _ttd_pk(berkas: Berkas, pk: PerjanjianKinerja) -> TandaTangan:
    tt = tempat_tanggal(tempat(berkas, pk.tempat), pk.tanggal)
    kanan = penandatangan(pk.pihak_pertama, [tt, "Pihak Pertama,"])
    kiri = penandatangan(pk.pihak_kedua, ["", "Pihak Kedua,"])
    if pk.pihak_kedua is not None:
        # The superior signs without rank or NIP in the seed (a regional head has neither).
        kiri = Penandatangan(atas=kiri.atas, nama=pk.pihak_kedua.nama, bawah=baris_pangkat(pk.pihak_kedua))
    return TandaTangan(kanan=kanan, kiri=kiri)


def blok_pk(
    berkas: Berkas, h: HasilPengukuran, pk: PerjanjianKinerja, opsi: OpsiDokumen, *, dengan_kop: bool = True
) -> list[Blok]:
    """The statement page and the lampiran page of one agreement."""
    th = berkas.tahun
    nama = berkas.instansi.nama
    blok: list[Blok] = []
    if dengan_kop:
        blok.append(kop(berkas.instansi, opsi.logo))
    blok += judul_tengah(judul_pk(pk, th))
    if pk.nomor:
        blok.append(Paragraf(isi(f"Nomor: {pk.nomor}"), rata="tengah"))
    blok.append(
        P(
            "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi "
            "pada hasil, kami yang bertanda tangan di bawah ini:",
            menjorok=False,
        )
    )
    p1, p2 = pk.pihak_pertama, pk.pihak_kedua
    blok.append(Isian([("Nama", p1.nama if p1 else "-"), ("Jabatan", p1.jabatan if p1 else "-")]))
    blok.append(P("selanjutnya disebut pihak pertama.", menjorok=False))
    blok.append(Isian([("Nama", p2.nama if p2 else "-"), ("Jabatan", p2.jabatan if p2 else "-")]))
    blok.append(P("selaku atasan pihak pertama, selanjutnya disebut pihak kedua.", menjorok=False))
    blok.append(
        P(
            "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini, "
            "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen "
            "perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.",
            menjorok=False,
        )
    )
    blok.append(
        P(
            "Pihak kedua akan memberikan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian "
            "kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan "
            "sanksi.",
            menjorok=False,
        )
    )
    if pk.jenis == JenisPk.PERUBAHAN and pk.alasan_perubahan:
        blok.append(
            P(
                f"Perjanjian ini merupakan perubahan atas perjanjian kinerja tahun {th} karena {kalimat(pk.alasan_perubahan[0].lower() + pk.alasan_perubahan[1:])}",
                menjorok=False,
            )
        )
    blok.append(_ttd_pk(berkas, pk))
    blok.append(HalamanBaru())
    blok += judul_tengah(judul_pk(pk, th), nama.upper())
    blok.append(mx.tabel_pk_sasaran(berkas, pk))
    if pk.anggaran_program:
        blok.append(mx.tabel_pk_anggaran(berkas, pk, h))
        total = mx.total_anggaran_pk(pk, h)
        if total is not None:
            blok.append(
                P(
                    f"Terbilang: {terbilang_rupiah(total, ejaan_miliar=h.pengaturan.ejaan_miliar)}.",
                    menjorok=False,
                    gaya="catatan",
                )
            )
    blok.append(_ttd_pk(berkas, pk))
    return blok


def buat_pk(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    daftar = pk_terpilih(berkas, opsi.pk)
    if not daftar:
        jenis = {"berlaku": "", "semua": ""}.get(opsi.pk, f" {opsi.pk}")
        raise DokumenTidakValid(f"berkas tidak memuat Perjanjian Kinerja{jenis} tahun {berkas.tahun}")
    pk0 = daftar[-1]
    dok = Dokumen(
        judul=judul_pk(pk0, berkas.tahun).title().replace("–", "–") + f" {berkas.instansi.nama}",
        jenis="pk",
        instansi=berkas.instansi.nama,
        tahun=berkas.tahun,
        subjek="Perjanjian Kinerja",
    )
    for n, pk in enumerate(daftar):
        if n:
            dok.tambah(HalamanBaru())
        dok.tambah(*blok_pk(berkas, h, pk, opsi))
    return dok


# --- Renstra -----------------------------------------------------------------------------------------------------


def buat_renstra(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    r = berkas.renstra
    nama = berkas.instansi.nama
    periode = f"{r.periode_awal}–{r.periode_akhir}"
    dok = Dokumen(
        judul=f"Matriks Rencana Strategis {nama} {periode}",
        jenis="renstra",
        instansi=nama,
        tahun=berkas.tahun,
        subjek="Rencana Strategis",
        orientasi="lanskap",
    )
    dok.tambah(kop(berkas.instansi, opsi.logo))
    dok.tambah(*judul_tengah(f"MATRIKS RENCANA STRATEGIS (RENSTRA) {nama.upper()}", f"TAHUN {periode}"))
    if r.dokumen:
        dok.tambah(Paragraf(isi(r.dokumen), rata="tengah"))
    dok.tambah(mx.tabel_renstra(berkas, lengkap=True, judul="Sesudah Perubahan" if r.versi_sebelumnya else ""))
    for v in r.versi_sebelumnya:
        dok.tambah(
            mx.tabel_renstra(
                berkas,
                v.tujuan,
                v.sasaran,
                lengkap=True,
                judul=v.label + (f" — {v.keterangan}" if v.keterangan else ""),
            )
        )
    kepala = berkas.instansi.kepala
    if kepala is not None:
        dok.tambah(TandaTangan(kanan=penandatangan(kepala, [tempat(berkas)])))
    return dok


# --- RKT -----------------------------------------------------------------------------------------------------------


def buat_rkt(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    rkt = berkas.rkt
    nama = berkas.instansi.nama
    dok = Dokumen(
        judul=rkt.dokumen or f"Rencana Kinerja Tahunan {nama} Tahun {berkas.tahun}",
        jenis="rkt",
        instansi=nama,
        tahun=berkas.tahun,
        subjek="Rencana Kinerja Tahunan",
        orientasi="lanskap",
    )
    dok.tambah(kop(berkas.instansi, opsi.logo))
    dok.tambah(
        *judul_tengah((rkt.dokumen or f"Rencana Kinerja Tahunan (RKT) Tahun {berkas.tahun}").upper(), nama.upper())
    )
    rp = mx.tabel_rpjmd(berkas)
    if rp is not None:
        dok.tambah(rp)
    b = mx.tabel_rkt(berkas, h)
    b.judul = "RKT"
    dok.tambah(b)
    ttd = rkt.penandatangan or berkas.instansi.kepala
    if ttd is not None:
        dok.tambah(TandaTangan(kanan=penandatangan(ttd, [tempat_tanggal(tempat(berkas, rkt.tempat), rkt.tanggal)])))
    return dok


# --- IKU -----------------------------------------------------------------------------------------------------------


def blok_iku_lampiran(berkas: Berkas) -> list[Blok]:
    """The IKU decree's appendix: the agency's duties, the decree's goal and the indicator table, signed."""
    i = berkas.instansi
    iku = berkas.iku
    kep = iku.keputusan
    blok: list[Blok] = []
    if kep.nomor:
        oleh = kep.penandatangan.jabatan if kep.penandatangan and kep.penandatangan.jabatan else f"Kepala {i.nama}"
        tgl = f" tanggal {format_tanggal(kep.tanggal)}" if kep.tanggal else ""
        blok.append(
            P(
                f"Lampiran Keputusan {oleh} Nomor {kep.nomor}{tgl}"
                + (f" tentang {kep.tentang}" if kep.tentang else "")
                + ".",
                menjorok=False,
                gaya="catatan",
            )
        )
    blok += judul_tengah(
        "INDIKATOR KINERJA UTAMA (IKU)", f"{i.nama.upper()}" + (f" {i.pemda.upper()}" if i.pemda else "")
    )
    baris: list[tuple[str, str | list[str]]] = [("Instansi", i.nama)]
    if i.tugas:
        baris.append(("Tugas", [kalimat(x) for x in i.tugas]))
    if i.fungsi:
        baris.append(("Fungsi", [kalimat(x) for x in i.fungsi]))
    if iku.tujuan_iku:
        baris.append(("Tujuan", kalimat(iku.tujuan_iku)))
    if iku.indikator_tujuan_iku:
        baris.append(("Indikator Tujuan", iku.indikator_tujuan_iku))
    blok.append(Isian(baris))
    blok.append(mx.tabel_iku(berkas))
    ttd = kep.penandatangan or i.kepala
    if ttd is not None:
        blok.append(TandaTangan(kanan=penandatangan(ttd, [tempat_tanggal(tempat(berkas, kep.tempat), kep.tanggal)])))
    return blok


def buat_iku(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    nama = berkas.instansi.nama
    dok = Dokumen(
        judul=f"Indikator Kinerja Utama {nama}",
        jenis="iku",
        instansi=nama,
        tahun=berkas.tahun,
        subjek="Indikator Kinerja Utama",
        orientasi="lanskap",
    )
    dok.tambah(kop(berkas.instansi, opsi.logo))
    dok.tambah(*blok_iku_lampiran(berkas))
    return dok

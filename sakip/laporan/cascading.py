"""The cascading documents of an agency-year: the cascading matrix (XLSX, DOCX, PDF) with the pohon kinerja, and
the PK of each level below the head (eselon III/IV), in the document model of the agency PK."""

from __future__ import annotations

from sakip.core.angka import format_angka
from sakip.core.cascading import periksa_cascading, pk_per_jabatan, pohon_kinerja, tabel_cascading
from sakip.core.hasil import HasilPengukuran
from sakip.core.model import Berkas, JenisPk, PerjanjianKinerja
from sakip.core.tabel import Baris, Sel, Tabel
from sakip.core.terbilang import terbilang_rupiah

from .dokumen import _ttd_pk, judul_tengah
from .isi import BlokTabel, Dokumen, HalamanBaru, Isian, Paragraf, isi
from .pohon import grafik_pohon
from .umum import DokumenTidakValid, OpsiDokumen, kop


def buat_cascading(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    nama = berkas.instansi.nama
    dok = Dokumen(
        judul=f"Matriks Cascading Kinerja {nama} Tahun {berkas.tahun}",
        jenis="cascading",
        instansi=nama,
        tahun=berkas.tahun,
        subjek="Cascading Kinerja",
        orientasi="lanskap",
    )
    dok.tambah(kop(berkas.instansi, opsi.logo))
    dok.tambah(*judul_tengah(f"MATRIKS CASCADING KINERJA TAHUN {berkas.tahun}", nama.upper()))
    dok.tambah(BlokTabel(tabel_cascading(berkas), judul="Cascading Kinerja", ukuran_huruf=7))
    celah = periksa_cascading(berkas)
    if celah:
        t = Tabel("celah", "Celah cascading", ["No", "Lokasi", "Celah"], lebar=[1, 4, 12])
        t.baris = [Baris([Sel(str(n), rata="tengah"), Sel(c.lokasi), Sel(c.pesan)]) for n, c in enumerate(celah, 1)]
        dok.tambah(BlokTabel(t, judul=f"Celah cascading ({len(celah)})"))
    else:
        dok.tambah(Paragraf(isi("Pemeriksaan cascading tidak menemukan celah.")))
    if opsi.grafik:
        dok.tambah(grafik_pohon(berkas, pohon_kinerja(berkas), lebar_cm=25))
    return dok


def buat_pk_jabatan(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    daftar = pk_per_jabatan(berkas)
    if not daftar:
        raise DokumenTidakValid(
            "belum ada jabatan di bawah kepala yang memiliki indikator (isi instansi.jabatan dan pemilik indikator)"
        )
    nama = berkas.instansi.nama
    th = berkas.tahun
    dok = Dokumen(
        judul=f"Perjanjian Kinerja Eselon III dan IV {nama} Tahun {th}",
        jenis="pk-jabatan",
        instansi=nama,
        tahun=th,
        subjek="Perjanjian Kinerja per jabatan",
    )
    ttd_pk = berkas.pk_berlaku()
    for n, pj in enumerate(daftar):
        if n:
            dok.tambah(HalamanBaru())
        dok.tambah(kop(berkas.instansi, opsi.logo))
        judul = f"PERJANJIAN KINERJA TAHUN {th}"
        dok.tambah(*judul_tengah(judul, pj.jabatan.nama.upper(), nama.upper()))
        p1, p2 = pj.jabatan.pejabat, pj.pihak_kedua
        dok.tambah(
            Paragraf(
                isi(
                    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta "
                    "berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"
                )
            ),
            Isian([("Nama", p1.nama if p1 else "-"), ("Jabatan", pj.jabatan.nama)]),
            Paragraf(isi("selanjutnya disebut pihak pertama.")),
            Isian([("Nama", p2.nama if p2 else "-"), ("Jabatan", pj.atasan.nama if pj.atasan else "Kepala")]),
            Paragraf(
                isi(
                    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua. Pihak pertama berjanji akan "
                    "mewujudkan target kinerja sesuai lampiran perjanjian ini, yang diturunkan (cascading) dari "
                    "Perjanjian Kinerja dan Rencana Kinerja Tahunan perangkat daerah."
                )
            ),
        )
        t = Tabel(
            "pk-jabatan",
            f"Lampiran Perjanjian Kinerja {pj.jabatan.nama}",
            ["No", "Program / Kegiatan / Sub Kegiatan", "Indikator Kinerja", "Target"],
            lebar=[1, 7, 7, 3],
        )
        t.baris = [
            Baris([Sel(str(i), rata="tengah"), Sel(f"{b.kode} {b.uraian}"), Sel(b.indikator), Sel(b.target_teks())])
            for i, b in enumerate(pj.baris, 1)
        ]
        dok.tambah(BlokTabel(t, judul="Sasaran dan indikator kinerja"))
        if pj.anggaran:
            a = Tabel("pk-jabatan-anggaran", "Anggaran", ["No", "Program / Kegiatan / Sub Kegiatan", "Anggaran (Rp)"])
            a.lebar = [1, 10, 4]
            a.baris = [
                Baris([Sel(str(i), rata="tengah"), Sel(f"{k} {u}"), Sel(format_angka(p, 0), p, "kanan")])
                for i, (k, u, p) in enumerate(pj.anggaran, 1)
            ]
            total = pj.total_anggaran
            a.baris.append(Baris([Sel(""), Sel("Jumlah"), Sel(format_angka(total, 0), total, "kanan")], "jumlah"))
            dok.tambah(BlokTabel(a, judul="Anggaran"))
            dok.tambah(Paragraf(isi(f"Terbilang: {terbilang_rupiah(total, ejaan_miliar=h.pengaturan.ejaan_miliar)}.")))
        pk = PerjanjianKinerja(
            JenisPk.MURNI,
            tanggal=ttd_pk.tanggal if ttd_pk else None,
            tempat=ttd_pk.tempat if ttd_pk else "",
            pihak_pertama=p1,
            pihak_kedua=p2,
        )
        dok.tambah(_ttd_pk(berkas, pk))
    return dok

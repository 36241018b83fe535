"""The Pemda's own annual performance report (LKjIP Kabupaten/Kota), PermenPANRB 53/2014 sistematika at the
level of the regional government, written from the RPJMD and every agency's data.

Cover · Kata Pengantar · Daftar Isi · Ikhtisar Eksekutif · BAB I Pendahuluan · BAB II Perencanaan Kinerja
(RPJMD, program prioritas, cascading with the pohon kinerja daerah, the year's targets) · BAB III Akuntabilitas
Kinerja (RPJMD indicators from the consolidation, the agencies by predikat, the budget per sasaran and per
urusan) · BAB IV Penutup · Lampiran (the agency indicators behind every RPJMD indicator).

Same rule as the agency LKjIP: every figure and verdict comes from `sakip.core.konsolidasi.hitung_daerah`;
sentences are generated from it (`narasi` for one indicator, here for the district's counts), never typed.
"""

from __future__ import annotations

from collections import Counter

from sakip.core import tabel_daerah as td
from sakip.core.angka import format_persen
from sakip.core.cascading_daerah import celah_per_pd, periksa_daerah, pohon_daerah
from sakip.core.konsolidasi import HasilDaerah, HasilIndikatorRpjmd, HasilSasaranRpjmd
from sakip.core.model_daerah import LABEL_ATURAN, Daerah
from sakip.core.tabel import Tabel
from sakip.core.terbilang import terbilang_rupiah

from . import narasi as nr
from .isi import Bagian, BlokTabel, DaftarIsi, Dokumen, Grafik, HalamanBaru, Sampul, TandaTangan, isi
from .umum import B, J, L, OpsiDokumen, P, Penomor, kalimat, penandatangan, tempat_tanggal


def buat_lkjip_daerah(daerah: Daerah, hd: HasilDaerah, opsi: OpsiDokumen) -> Dokumen:
    return _LkjipDaerah(daerah, hd, opsi).bangun()


def _warna(predikat) -> str:
    return predikat.warna if predikat else "#777777"


def _status(h: HasilIndikatorRpjmd) -> str:
    return nr.status_target(h.capaian)


class _LkjipDaerah:
    def __init__(self, daerah: Daerah, hd: HasilDaerah, opsi: OpsiDokumen):
        self.d = daerah
        self.bd = daerah.berkas
        self.h = hd
        self.o = opsi
        self.r = self.bd.rpjmd
        self.nama = self.bd.pemda
        self.pemerintah = f"Pemerintah {self.nama}"
        self.th = self.bd.tahun
        self.periode = f"{self.r.periode_awal}–{self.r.periode_akhir}"
        self.nomor = Penomor()
        self.skala = self.bd.pengaturan.skala_predikat
        self.dok = Dokumen(
            judul=f"Laporan Kinerja Instansi Pemerintah {self.nama} Tahun {self.th}",
            jenis="lkjip-daerah",
            instansi=self.pemerintah,
            tahun=self.th,
            subjek="Laporan Kinerja Instansi Pemerintah Daerah (LKjIP)",
            penomoran="tanpa",
        )
        self.tempat = self.bd.ibu_kota or self.nama.removeprefix("Kabupaten ").removeprefix("Kota ")

    # --- helpers ---------------------------------------------------------------------------------------------

    def tambah(self, *blok) -> None:
        self.dok.tambah(*blok)

    def tabel(self, bab: str, t: Tabel, judul: str | None = None, **kw) -> BlokTabel:
        b = BlokTabel(t, judul=judul or t.judul, **kw)
        b.nomor = self.nomor.berikut("tabel", bab)
        self.tambah(b)
        return b

    def grafik(self, bab: str, g: Grafik | None) -> None:
        if g is None or not self.o.grafik:
            return
        g.nomor = self.nomor.berikut("grafik", bab)
        self.tambah(g)

    def sasaran_berurut(self) -> list[tuple[int, HasilSasaranRpjmd]]:
        return list(enumerate(self.h.sasaran, 1))

    def kelompok(self) -> dict[str, list[tuple[int, HasilIndikatorRpjmd]]]:
        hasil: dict[str, list[tuple[int, HasilIndikatorRpjmd]]] = {
            nr.MELAMPAUI: [],
            nr.TEPAT: [],
            nr.DI_BAWAH: [],
            nr.TIDAK_TERUKUR: [],
        }
        for i, s in self.sasaran_berurut():
            for x in s.indikator:
                hasil[_status(x)].append((i, x))
        return hasil

    def sebut(self, daftar: list[tuple[int, HasilIndikatorRpjmd]], capaian: bool = False) -> str:
        return nr.gabung(
            [
                f"{x.indikator.nama} (sasaran {x.sasaran_id}"
                + (f", capaian {x.capaian.tampil()}" if capaian and x.capaian.dihitung else "")
                + ")"
                for _, x in daftar
            ]
        )

    # --- generated sentences -------------------------------------------------------------------------------

    def kalimat_target(self) -> str:
        k = self.kelompok()
        n = len(self.h.semua_indikator_sasaran())
        if n == 0:
            return "RPJMD belum memuat indikator sasaran."
        bagian = []
        for status, kata in (
            (nr.MELAMPAUI, "melampaui target"),
            (nr.TEPAT, "tepat mencapai target"),
            (nr.DI_BAWAH, "belum mencapai target"),
            (nr.TIDAK_TERUKUR, "belum dapat diukur"),
        ):
            if k[status]:
                bagian.append(f"{nr.bilangan(len(k[status]))} indikator {kata}")
        kal = f"Dari {nr.bilangan(n)} indikator sasaran RPJMD tahun {self.th}, {nr.gabung(bagian)}."
        if k[nr.DI_BAWAH]:
            kal += f" Indikator yang belum mencapai target adalah {self.sebut(k[nr.DI_BAWAH], True)}."
        return kal

    def kalimat_rata_rata(self) -> str:
        h = self.h
        semua = h.semua_indikator_sasaran()
        terukur = [x for x in semua if x.capaian.dihitung]
        if h.rata_rata is None:
            return (
                "Rata-rata capaian indikator sasaran RPJMD belum dapat dihitung karena belum ada capaian yang terukur."
            )
        dasar = f"rata-rata capaian {nr.bilangan(len(terukur))} indikator sasaran RPJMD"
        if len(terukur) != len(semua):
            dasar += f" yang dapat diukur (dari {len(semua)} indikator)"
        kal = f"Secara keseluruhan, {dasar} adalah {format_persen(h.rata_rata)} dengan predikat {nr.predikat(h.predikat)}."
        batas = self.bd.pengaturan.batas_atas
        if batas is not None and any(x.capaian.nilai_olah != x.capaian.nilai for x in terukur):
            kal += (
                f" Sesuai kerangka pengukuran, capaian di atas {nr.format_bilangan(batas)}% dihitung "
                f"{nr.format_bilangan(batas)}% dalam rata-rata."
            )
        return kal

    def kalimat_pd(self) -> str:
        h = self.h
        n = len(h.perangkat_daerah)
        bagian = [
            f"{nr.bilangan(h.sebaran_predikat[t.kode])} berpredikat {nr.predikat(t)}"
            for t in self.skala.tingkat
            if h.sebaran_predikat.get(t.kode)
        ]
        tanpa = n - sum(h.sebaran_predikat.values())
        kal = f"Dari {nr.bilangan(n)} perangkat daerah, {nr.gabung(bagian) or 'belum ada yang berpredikat'}."
        if tanpa:
            kal += f" Sebanyak {nr.bilangan(tanpa)} perangkat daerah belum dapat diberi predikat."
        return kal

    def kalimat_anggaran(self) -> str:
        h = self.h
        ej = self.bd.pengaturan.ejaan_miliar
        return (
            f"Untuk mencapai sasaran tersebut, {nr.bilangan(len(h.perangkat_daerah))} perangkat daerah mengelola "
            f"anggaran sebesar {nr.rupiah(h.pagu)} ({terbilang_rupiah(h.pagu, ejaan_miliar=ej)}) dengan realisasi "
            f"{nr.rupiah(h.realisasi_anggaran)} atau serapan {format_persen(h.serapan)}."
        )

    def kalimat_sasaran(self, s: HasilSasaranRpjmd) -> str:
        pd = s.perangkat_daerah
        didukung = (
            f"didukung {nr.bilangan(len(pd))} perangkat daerah ({nr.gabung(pd)})"
            if pd
            else "belum didukung perangkat daerah"
        )
        if s.rata_rata is None:
            return f"Sasaran ini {didukung}; capaiannya belum dapat diukur."
        return (
            f"Sasaran ini {didukung}, dengan rata-rata capaian indikator {format_persen(s.rata_rata)} dan "
            f"predikat {nr.predikat(s.predikat)}."
        )

    def kalimat_asal(self, x: HasilIndikatorRpjmd) -> str:
        if x.asal == "bappeda":
            return x.penjelasan
        if x.asal == "konsolidasi":
            return (
                f"Realisasi dihitung dari indikator {nr.gabung([k.instansi for k in x.kontributor])} menurut aturan "
                f"{LABEL_ATURAN[x.indikator.konsolidasi]}: {x.penjelasan.split(': ', 1)[-1]}"
            )
        return x.penjelasan

    # --- the document ----------------------------------------------------------------------------------------

    def bangun(self) -> Dokumen:
        self.sampul()
        self.tambah(Bagian(penomoran="romawi", mulai=1))
        self.kata_pengantar()
        self.tambah(HalamanBaru(), DaftarIsi("isi", "DAFTAR ISI"))
        self.tambah(HalamanBaru(), DaftarIsi("tabel", "DAFTAR TABEL"))
        if self.o.grafik:
            self.tambah(DaftarIsi("grafik", "DAFTAR GRAFIK"))
        self.ikhtisar()
        self.tambah(Bagian(penomoran="arab", mulai=1))
        self.bab1()
        self.bab2()
        self.bab3()
        self.bab4()
        if self.o.lampiran:
            self.lampiran()
        return self.dok

    def sampul(self) -> None:
        baris = [
            ("LAPORAN KINERJA", "besar"),
            ("INSTANSI PEMERINTAH", "besar"),
            ("(LKjIP)", "sedang"),
            (f"TAHUN {self.th}", "sedang"),
            ("", "kecil"),
            (f"PEMERINTAH {self.nama.upper()}", "besar"),
        ]
        if self.bd.provinsi:
            baris.append((f"PROVINSI {self.bd.provinsi.upper()}", "kecil"))
        if self.bd.sintetis:
            baris.append(("DATA SINTETIS — CONTOH, BUKAN DATA RESMI", "kecil"))
        self.tambah(Sampul(baris=baris, logo=self.o.logo))

    def kata_pengantar(self) -> None:
        self.tambah(J("KATA PENGANTAR", 1))
        self.tambah(
            P(
                "Puji syukur ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya sehingga Laporan Kinerja "
                f"Instansi Pemerintah (LKjIP) {self.nama} Tahun {self.th} dapat diselesaikan."
            ),
            P(
                f"Laporan ini disusun sesuai Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas "
                "Kinerja Instansi Pemerintah dan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
                "Birokrasi Nomor 53 Tahun 2014, sebagai pertanggungjawaban atas pencapaian sasaran Rencana "
                f"Pembangunan Jangka Menengah Daerah (RPJMD) {self.nama} {self.periode} pada tahun {self.th}. "
                f"Capaian disusun dari pengukuran kinerja {nr.bilangan(len(self.d.perangkat_daerah))} perangkat "
                "daerah yang mendukung sasaran-sasaran tersebut."
            ),
            P(
                "Akhir kata, kami menyampaikan terima kasih kepada seluruh perangkat daerah dan semua pihak yang telah "
                f"mendukung pencapaian kinerja {self.pemerintah} Tahun {self.th}."
            ),
        )
        if self.bd.sintetis:
            self.tambah(P(kalimat(self.bd.catatan or "Laporan ini disusun dari DATA SINTETIS."), gaya="catatan"))
        self.tambah(TandaTangan(kanan=penandatangan(self.bd.kepala, [tempat_tanggal(self.tempat, None)])))

    def ikhtisar(self) -> None:
        self.tambah(J("IKHTISAR EKSEKUTIF", 1, halaman_baru=True))
        r = self.r
        n_ind = len(self.h.semua_indikator_sasaran())
        self.tambah(
            P(
                f"Laporan Kinerja {self.nama} Tahun {self.th} menyajikan pencapaian target kinerja tahun ke-"
                f"{self.th - r.periode_awal + 1} RPJMD {self.periode}, yang memuat {nr.bilangan(len(r.misi))} misi, "
                f"{nr.bilangan(len(r.tujuan))} tujuan dan {nr.bilangan(len(r.sasaran))} sasaran dengan "
                f"{nr.bilangan(n_ind)} indikator sasaran."
            ),
            P(f"Capaian sasaran RPJMD tahun {self.th} adalah sebagai berikut:", lanjut=True),
            L(
                [
                    [B(f"Sasaran {s.sasaran.id}: {s.sasaran.uraian}. "), *isi(self.kalimat_sasaran(s))]
                    for _, s in self.sasaran_berurut()
                ]
            ),
            P(self.kalimat_target(), " ", self.kalimat_rata_rata()),
            P(self.kalimat_pd()),
            P(self.kalimat_anggaran()),
        )

    # --- BAB I ----------------------------------------------------------------------------------------------

    def bab1(self) -> None:
        self.tambah(J("BAB I", 1, baris_kedua="PENDAHULUAN"))
        self.tambah(J("A. LATAR BELAKANG"))
        self.tambah(
            P(
                "Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi "
                "Pemerintah, setiap pemerintah daerah menyusun Laporan Kinerja sebagai bentuk akuntabilitas atas "
                "pelaksanaan RPJMD, alat penilaian kinerja, serta wujud transparansi kepada masyarakat."
            ),
            P(
                f"Kinerja {self.pemerintah} diukur atas dasar indikator sasaran RPJMD {self.periode}. Setiap "
                "perangkat daerah menautkan tujuan dan sasaran Renstra-nya ke sasaran RPJMD yang didukungnya; "
                "capaian indikator RPJMD dihitung dari realisasi yang dicatat Bappeda atau dari indikator perangkat "
                "daerah yang tertaut menurut aturan konsolidasi yang ditetapkan untuk setiap indikator."
            ),
        )
        self.tambah(J("B. MAKSUD DAN TUJUAN"))
        self.tambah(
            P(
                f"Laporan ini dimaksudkan untuk menyampaikan capaian kinerja {self.pemerintah} tahun {self.th} "
                "yang dikaitkan dengan sasaran dan target RPJMD, dengan tujuan:",
                lanjut=True,
            ),
            L(
                [
                    "Sebagai sarana pertanggungjawaban kepala daerah kepada masyarakat dan pemangku kepentingan.",
                    f"Sebagai bahan evaluasi dan perbaikan perencanaan tahun {self.th + 1}.",
                ],
                "huruf",
            ),
        )
        self.tambah(J("C. GAMBARAN UMUM"))
        letak = f" di Provinsi {self.bd.provinsi}" if self.bd.provinsi else ""
        ibu = f" dengan ibu kota {self.bd.ibu_kota}" if self.bd.ibu_kota else ""
        jenis = Counter(b.instansi.jenis or "lainnya" for b in self.d.perangkat_daerah)
        rincian = nr.gabung([f"{nr.bilangan(n)} {j}" for j, n in sorted(jenis.items())])
        self.tambah(
            P(
                f"{self.nama}{letak}{ibu}. Laporan ini mencakup {nr.bilangan(len(self.d.perangkat_daerah))} perangkat "
                f"daerah, terdiri atas {rincian}, sebagai berikut:",
                lanjut=True,
            ),
            L([b.instansi.nama for b in self.d.perangkat_daerah]),
        )
        self.tambah(J("D. SISTEMATIKA PENYAJIAN"))
        self.tambah(
            L(
                [
                    "Bab I Pendahuluan: latar belakang, maksud dan tujuan, gambaran umum.",
                    "Bab II Perencanaan Kinerja: RPJMD, program prioritas, cascading kinerja dan target tahunan.",
                    "Bab III Akuntabilitas Kinerja: capaian indikator RPJMD, capaian perangkat daerah, realisasi "
                    "anggaran.",
                    "Bab IV Penutup: kesimpulan dan rekomendasi.",
                ]
            )
        )

    # --- BAB II ---------------------------------------------------------------------------------------------

    def bab2(self) -> None:
        r = self.r
        self.tambah(J("BAB II", 1, baris_kedua="PERENCANAAN KINERJA", halaman_baru=True))
        self.tambah(J("A. RENCANA PEMBANGUNAN JANGKA MENENGAH DAERAH"))
        dasar = f", ditetapkan dengan {r.dokumen}" if r.dokumen else ""
        self.tambah(P(f"RPJMD {self.nama} {self.periode}{dasar}, memuat visi:", lanjut=True))
        if r.visi:
            self.tambah(P(B(f"“{r.visi}”"), rata="tengah", menjorok=False))
        if r.misi:
            self.tambah(
                P("Visi tersebut diwujudkan melalui misi:", lanjut=True),
                L([f"{m.id}. {kalimat(m.uraian)}" for m in r.misi]),
            )
        self.tambah(P("Tujuan, sasaran, indikator dan target RPJMD adalah sebagai berikut:", lanjut=True))
        self.tabel("2", td.tabel_rpjmd(self.h), ukuran_huruf=8)
        strategi = [(s, x) for s in r.sasaran for x in s.strategi + s.kebijakan]
        if strategi:
            self.tambah(
                P("Strategi dan arah kebijakan untuk mencapai sasaran tersebut:", lanjut=True),
                L([f"Sasaran {s.id}: {kalimat(x)}" for s, x in strategi], "poin"),
            )
        self.tambah(J("B. PROGRAM PRIORITAS"))
        if r.program_prioritas:
            self.tambah(
                P("Program prioritas pembangunan daerah dan perangkat daerah pelaksananya:", lanjut=True),
                L(
                    [
                        f"{p.nama}"
                        + (f" (sasaran {', '.join(p.sasaran)})" if p.sasaran else "")
                        + (f": {', '.join(p.perangkat_daerah)}." if p.perangkat_daerah else ".")
                        for p in r.program_prioritas
                    ]
                ),
            )
        else:
            self.tambah(P("Program prioritas belum dicatat dalam berkas daerah."))
        self.cascading()
        self.tambah(J(f"D. PERJANJIAN KINERJA TAHUN {self.th}"))
        self.tambah(
            P(
                f"Target kinerja {self.pemerintah} tahun {self.th} adalah target tahunan indikator sasaran RPJMD "
                "sebagai berikut:",
                lanjut=True,
            )
        )
        self.tabel("2", td.tabel_pk_kepala_daerah(self.h))

    def cascading(self) -> None:
        self.tambah(J("C. CASCADING KINERJA"))
        celah = periksa_daerah(self.d)
        per_pd = celah_per_pd(self.d)
        n_pd = sum(1 for _, c in per_pd if c)
        pd_sasaran = sum(len(s.perangkat_daerah) for s in self.h.sasaran)
        kal = (
            f"Sasaran RPJMD diturunkan ke tujuan dan sasaran Renstra perangkat daerah: {nr.bilangan(len(self.r.sasaran))} "
            f"sasaran RPJMD didukung melalui {nr.bilangan(pd_sasaran)} tautan perangkat daerah. "
        )
        if not celah and not n_pd:
            kal += "Pemeriksaan cascading tidak menemukan celah."
        else:
            bagian = []
            if celah:
                bagian.append(f"{nr.bilangan(len(celah))} celah antara RPJMD dan perangkat daerah")
            if n_pd:
                bagian.append(f"celah cascading di dalam {nr.bilangan(n_pd)} perangkat daerah")
            kal += f"Pemeriksaan cascading menemukan {nr.gabung(bagian)}, sebagaimana tabel berikut."
        self.tambah(P(kal, lanjut=bool(celah or n_pd)))
        if celah or n_pd:
            self.tabel("2", td.tabel_celah_daerah(celah, per_pd))
        if self.o.grafik:
            from .pohon import grafik_pohon_daerah

            self.tambah(P("Pohon kinerja daerah digambarkan sebagai berikut.", lanjut=True))
            g = grafik_pohon_daerah(self.d, pohon_daerah(self.d, self.h))
            self.grafik("2", g)

    # --- BAB III --------------------------------------------------------------------------------------------

    def bab3(self) -> None:
        h = self.h
        self.tambah(J("BAB III", 1, baris_kedua="AKUNTABILITAS KINERJA", halaman_baru=True))
        self.tambah(J("A. CAPAIAN INDIKATOR TUJUAN RPJMD"))
        if h.indikator_tujuan:
            self.tambah(
                L([nr.kalimat_capaian(x, self.th, self.skala) for x in h.indikator_tujuan], "poin")  # type: ignore[arg-type]
            )
        else:
            self.tambah(P("Tujuan RPJMD tidak mempunyai indikator tersendiri; capaiannya tercermin pada sasaran."))
        self.tambah(J("B. CAPAIAN INDIKATOR SASARAN RPJMD"))
        self.tambah(P(f"Capaian indikator sasaran RPJMD tahun {self.th} disajikan dalam tabel berikut.", lanjut=True))
        t = self.tabel("3", td.tabel_indikator_rpjmd(h), ukuran_huruf=8)
        self.tambah(
            P(
                f"Tabel {t.nomor} menunjukkan bahwa ",
                self._awal_kecil(self.kalimat_target()),
                " ",
                self.kalimat_rata_rata(),
            )
        )
        self.grafik("3", self.grafik_capaian())
        for _, s in self.sasaran_berurut():
            self.tambah(J(f"Sasaran {s.sasaran.id}: {s.sasaran.uraian}", 3))
            self.tambah(P(self.kalimat_sasaran(s)))
            for x in s.indikator:
                self.tambah(P(nr.kalimat_capaian(x, self.th, self.skala), " ", self.kalimat_asal(x)))  # type: ignore[arg-type]
        self.tambah(J("C. CAPAIAN KINERJA PERANGKAT DAERAH"))
        self.tambah(P(self.kalimat_pd(), " Rinciannya disajikan dalam tabel berikut.", lanjut=True))
        self.tabel("3", td.tabel_perangkat_daerah(h), ukuran_huruf=8)
        self.grafik("3", self.grafik_pd())
        self.tambah(J("D. REALISASI ANGGARAN"))
        self.tambah(P(self.kalimat_anggaran(), " Anggaran per sasaran RPJMD adalah sebagai berikut:", lanjut=True))
        self.tabel("3", td.tabel_anggaran_sasaran(h))
        terendah = min((u for u in h.anggaran_urusan if u.serapan is not None), key=lambda u: u.serapan, default=None)
        tertinggi = max((u for u in h.anggaran_urusan if u.serapan is not None), key=lambda u: u.serapan, default=None)
        kal = f"Menurut urusan, anggaran terbagi atas {nr.bilangan(len(h.anggaran_urusan))} bidang urusan"
        if terendah and tertinggi and terendah is not tertinggi:
            kal += (
                f"; serapan tertinggi pada urusan {tertinggi.nama} ({format_persen(tertinggi.serapan)}) dan terendah "
                f"pada urusan {terendah.nama} ({format_persen(terendah.serapan)})"
            )
        self.tambah(P(kal + ".", lanjut=True))
        self.tabel("3", td.tabel_anggaran_urusan(h))

    @staticmethod
    def _awal_kecil(teks: str) -> str:
        return teks[:1].lower() + teks[1:]

    def grafik_capaian(self) -> Grafik | None:
        from .grafik import _potong, grafik_batang_capaian

        return grafik_batang_capaian(
            [
                (f"{x.indikator.id}\n{_potong(x.indikator.nama, 34)}", x.capaian.nilai, _warna(x.predikat))
                for x in self.h.semua_indikator_sasaran()
                if x.capaian.dihitung and x.capaian.nilai is not None
            ],
            judul=f"Capaian Indikator Sasaran RPJMD Tahun {self.th}",
            keterangan="Diagram batang capaian tiap indikator sasaran RPJMD dibandingkan target 100%.",
        )

    def grafik_pd(self) -> Grafik | None:
        from .grafik import _potong, grafik_batang_capaian

        return grafik_batang_capaian(
            [
                (_potong(r.nama, 30), r.rata_rata, _warna(r.predikat))
                for r in self.h.perangkat_daerah
                if r.rata_rata is not None
            ],
            judul=f"Rata-rata Capaian Kinerja Perangkat Daerah Tahun {self.th}",
            keterangan="Diagram batang rata-rata capaian tiap perangkat daerah, berwarna menurut predikatnya.",
        )

    # --- BAB IV ---------------------------------------------------------------------------------------------

    def bab4(self) -> None:
        self.tambah(J("BAB IV", 1, baris_kedua="PENUTUP", halaman_baru=True))
        self.tambah(J("A. KESIMPULAN"))
        self.tambah(
            P(
                f"Dari hasil pengukuran kinerja tahun {self.th} dapat disimpulkan hal-hal berikut. ",
                self.kalimat_rata_rata(),
                " ",
                self.kalimat_target(),
            ),
            P(self.kalimat_pd(), " ", self.kalimat_anggaran()),
        )
        self.tambah(J("B. REKOMENDASI"))
        k = self.kelompok()
        saran = []
        if k[nr.DI_BAWAH]:
            saran.append(
                "Menganalisis bersama perangkat daerah pendukung penyebab belum tercapainya target "
                + self.sebut(k[nr.DI_BAWAH])
                + " dan menetapkan langkah perbaikan yang terukur."
            )
        if k[nr.TIDAK_TERUKUR]:
            saran.append(
                "Melengkapi realisasi atau tautan indikator perangkat daerah untuk "
                + self.sebut(k[nr.TIDAK_TERUKUR])
                + "."
            )
        rendah = [
            r.nama
            for r in self.h.perangkat_daerah
            if r.predikat is not None and r.predikat not in self.skala.tingkat[:2]
        ]
        if rendah:
            saran.append(f"Memberikan pendampingan perencanaan dan pengukuran kinerja kepada {nr.gabung(rendah)}.")
        if periksa_daerah(self.d) or any(c for _, c in celah_per_pd(self.d)):
            saran.append(
                "Menutup celah cascading kinerja yang ditemukan dalam Bab II sebelum penyusunan Renja berikutnya."
            )
        saran.append("Memantau rencana aksi dan realisasi kinerja setiap triwulan sebagai dasar pengendalian.")
        self.tambah(P("Rekomendasi yang disusun dari hasil pengukuran adalah:", lanjut=True), L(saran))
        self.tambah(
            P(
                f"Demikian Laporan Kinerja {self.nama} Tahun {self.th} ini disusun sebagai wujud pertanggungjawaban "
                f"dan dasar perbaikan kinerja tahun {self.th + 1}."
            ),
            TandaTangan(kanan=penandatangan(self.bd.kepala, [tempat_tanggal(self.tempat, None)])),
        )

    # --- Lampiran ---------------------------------------------------------------------------------------------

    def lampiran(self) -> None:
        self.tambah(Bagian(orientasi="lanskap", penomoran="arab"))
        self.tambah(J("LAMPIRAN", 1))
        self.tambah(J("Lampiran 1. Indikator Perangkat Daerah yang Membentuk Capaian RPJMD", 2))
        t = td.tabel_kontributor(self.h)
        self.tambah(BlokTabel(t, judul=t.judul, ukuran_huruf=8))


__all__ = ["buat_lkjip_daerah"]

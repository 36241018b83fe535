"""The annual performance report (LKjIP), PermenPANRB 53/2014, in the structure of the seed report.

Cover · Kata Pengantar · Daftar Isi (and lists of tables and charts) · Ikhtisar Eksekutif · BAB I Pendahuluan
· BAB II Perencanaan Kinerja · BAB III Akuntabilitas Kinerja · BAB IV Penutup · Lampiran.

Tables 3.1–3.8 are the core's (`sakip.core.tabel`); the generated sentences are `narasi`'s; the people's
own text (narasi in the berkas) is placed where it belongs, and a neutral generated paragraph stands in
where the berkas has none.
"""

from __future__ import annotations

from sakip.core import tabel as inti
from sakip.core.angka import format_bilangan, format_persen
from sakip.core.capaian import Polaritas
from sakip.core.hasil import HasilIndikator, HasilPengukuran, HasilSasaran
from sakip.core.model import Berkas, JenisPk, NarasiSasaran
from sakip.core.nilai import Rentang
from sakip.core.pengaturan import JenisEfisiensi, NilaiEfisiensi, RataRata, RumusNegatif
from sakip.core.sumber import rincian_semua
from sakip.core.tanggal import format_tanggal
from sakip.core.terbilang import terbilang_rupiah

from . import grafik as gr
from . import matriks as mx
from . import narasi as nr
from .dokumen import blok_iku_lampiran, blok_pk, pk_terpilih
from .isi import Bagian, BlokTabel, DaftarIsi, Dokumen, Grafik, HalamanBaru, Sampul, TandaTangan, isi
from .umum import B, J, L, OpsiDokumen, P, Penomor, kalimat, penandatangan, tempat, tempat_tanggal


def buat_lkjip(berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen) -> Dokumen:
    return _Lkjip(berkas, h, opsi).bangun()


class _Lkjip:
    def __init__(self, berkas: Berkas, h: HasilPengukuran, opsi: OpsiDokumen):
        self.b = berkas
        self.h = h
        self.rincian_sumber = rincian_semua(h.berkas, h.pengaturan)
        self.o = opsi
        self.nama = berkas.instansi.nama
        self.th = berkas.tahun
        self.r = berkas.renstra
        self.nomor = Penomor()
        self.dok = Dokumen(
            judul=berkas.laporan.judul or f"Laporan Kinerja Instansi Pemerintah {self.nama} Tahun {self.th}",
            jenis="lkjip",
            instansi=self.nama,
            tahun=self.th,
            subjek="Laporan Kinerja Instansi Pemerintah (LKjIP)",
            penomoran="tanpa",
        )
        self.pk = berkas.pk_berlaku()
        self.node = {n.kode: n for n in h.anggaran.telusuri()}
        self.periode = f"{self.r.periode_awal}–{self.r.periode_akhir}"
        self.tempat = tempat(berkas, berkas.laporan.tempat)

    # --- helpers ---------------------------------------------------------------------------------------------

    def tambah(self, *blok) -> None:
        self.dok.tambah(*blok)

    def tabel(self, bab: str, b: BlokTabel | None, judul: str | None = None) -> BlokTabel | None:
        if b is None:
            return None
        b.nomor = self.nomor.berikut("tabel", bab)
        if judul is not None:
            b.judul = judul
        self.tambah(b)
        return b

    def tabel_inti(self, t: inti.Tabel, judul: str | None = None, **kw) -> BlokTabel:
        """A core table (3.1–3.8), numbered as the core numbers it and headed as the seed heads it."""
        b = BlokTabel(t, judul=judul or t.judul, **kw)
        mx.kepala_seperti_laporan(b)
        mx.lebar_seperti_laporan(b)
        b.nomor = self.nomor.berikut("tabel", "3")
        if b.nomor != t.kode:
            raise AssertionError(f"urutan tabel: {b.nomor} seharusnya {t.kode}")
        self.tambah(b)
        return b

    def grafik(self, g: Grafik | None) -> None:
        if g is None or not self.o.grafik:
            return
        g.nomor = self.nomor.berikut("grafik", "3")
        self.tambah(g)

    def pohon_kinerja(self) -> None:
        """Cascading Kinerja: the pohon kinerja drawn from the RKT, with the count of gaps (sakip.core.cascading)."""
        from sakip.core.cascading import periksa_cascading, pohon_kinerja

        from .pohon import grafik_pohon

        pohon = pohon_kinerja(self.b)
        if not self.b.rkt.program:
            return
        celah = periksa_cascading(self.b)
        teks = (
            f"Cascading kinerja {self.nama} berdasarkan dokumen perencanaan: {nr.bilangan(len(self.b.renstra.sasaran))} "
            f"sasaran diturunkan ke {nr.bilangan(len(self.b.rkt.program))} program, "
            f"{nr.bilangan(len(self.b.rkt.semua_kegiatan()))} kegiatan dan "
            f"{nr.bilangan(len(self.b.rkt.semua_sub_kegiatan()))} sub kegiatan, masing-masing dengan indikator, "
            "target dan pemiliknya (jabatan dan pejabat)"
        )
        teks += (
            ", tanpa celah."
            if not celah
            else f"; pemeriksaan menemukan {nr.bilangan(len(celah))} celah (kotak bergaris merah)."
        )
        self.tambah(P(teks, lanjut=True))
        if self.o.grafik:
            g = grafik_pohon(self.b, pohon)
            g.nomor = self.nomor.berikut("grafik", "2")
            self.tambah(g)

    def jenis_pk(self) -> str:
        if self.pk is None:
            return "Perjanjian Kinerja"
        return "Perjanjian Kinerja Perubahan" if self.pk.jenis == JenisPk.PERUBAHAN else "Perjanjian Kinerja"

    def narasi_sasaran(self, hs: HasilSasaran) -> NarasiSasaran:
        return self.b.narasi.per_sasaran.get(hs.sasaran.id) or NarasiSasaran()

    def kepala(self):
        return self.b.instansi.kepala

    def sumber_pengukuran(self) -> list[str]:
        sumber = []
        if self.pk is not None:
            sumber.append(f"{self.jenis_pk()} Tahun {self.th}")
        if self.r.dokumen:
            sumber.append(self.r.dokumen)
        for x in self.h.semua_indikator_sasaran():
            rec = self.b.realisasi.indikator.get(x.indikator.id)
            if rec is not None and rec.sumber and rec.sumber not in sumber:
                sumber.append(rec.sumber)
        return sumber

    # --- the document ----------------------------------------------------------------------------------------

    def bangun(self) -> Dokumen:
        self.sampul()
        self.tambah(Bagian(penomoran="romawi", mulai=1))
        self.kata_pengantar()
        self.daftar_isi()
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
        i = self.b.instansi
        baris = [
            ("LAPORAN KINERJA", "besar"),
            ("INSTANSI PEMERINTAH", "besar"),
            ("(LKjIP)", "sedang"),
            (f"TAHUN {self.th}", "sedang"),
            ("", "kecil"),
            (self.nama.upper(), "besar"),
        ]
        if i.pemda:
            baris.append((i.pemda.upper(), "sedang"))
        if i.provinsi:
            baris.append((f"PROVINSI {i.provinsi.upper()}", "kecil"))
        if self.b.laporan.tanggal:
            baris.append((str(self.b.laporan.tanggal.year), "kecil"))
        self.tambah(Sampul(baris=baris, logo=self.o.logo))

    def kata_pengantar(self) -> None:
        self.tambah(J("KATA PENGANTAR", 1))
        teks = self.b.narasi.kata_pengantar
        if teks:
            for para in _paragraf(teks):
                self.tambah(P(para))
        else:
            pk = f"{self.jenis_pk()} {self.nama} Tahun {self.th}"
            self.tambah(
                P(
                    "Puji syukur ke hadirat Tuhan Yang Maha Esa atas rahmat dan karunia-Nya sehingga Laporan Kinerja "
                    f"Instansi Pemerintah (LKjIP) {self.nama} Tahun {self.th} dapat diselesaikan."
                ),
                P(
                    f"Laporan Kinerja {self.nama} disusun sesuai amanat Peraturan Pemerintah Nomor 8 Tahun 2006 "
                    "tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah, Peraturan Presiden Nomor 29 Tahun "
                    "2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah, serta Peraturan Menteri "
                    "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk "
                    "Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi "
                    "Pemerintah."
                ),
                P(
                    f"Laporan ini merupakan wujud pertanggungjawaban atas pencapaian sasaran strategis Tahun Anggaran "
                    f"{self.th}, sekaligus alat penilaian kinerja, wujud transparansi kepada masyarakat, dan alat "
                    f"pengendali peningkatan kinerja unit kerja di lingkungan {self.nama}. Kinerja diukur atas dasar "
                    f"Indikator Kinerja Utama (IKU) sebagai indikator keberhasilan pencapaian sasaran strategis yang "
                    f"dituangkan dalam {pk}."
                ),
                P(
                    "Akhir kata, kami menyampaikan terima kasih kepada semua pihak yang telah memberikan dukungan, "
                    f"bantuan dan partisipasi dalam penyusunan Laporan Kinerja {self.nama} Tahun {self.th}."
                ),
            )
        self.tambah(
            TandaTangan(kanan=penandatangan(self.kepala(), [tempat_tanggal(self.tempat, self.b.laporan.tanggal)]))
        )

    def daftar_isi(self) -> None:
        self.tambah(HalamanBaru(), DaftarIsi("isi", "DAFTAR ISI"))
        self.tambah(HalamanBaru(), DaftarIsi("tabel", "DAFTAR TABEL"))
        if self.o.grafik:
            self.tambah(DaftarIsi("grafik", "DAFTAR GRAFIK"))

    # --- Ikhtisar Eksekutif ----------------------------------------------------------------------------------

    def ikhtisar(self) -> None:
        h = self.h
        self.tambah(J("IKHTISAR EKSEKUTIF", 1, halaman_baru=True))
        self.tambah(
            P(
                f"Laporan Kinerja {self.nama} Tahun {self.th} disusun berpedoman pada Peraturan Menteri "
                "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014. Laporan ini "
                f"menyajikan pencapaian atas target kinerja yang tercantum dalam Rencana Strategis (Renstra) "
                f"{self.nama} {self.periode} dan dituangkan dalam {self.jenis_pk()} Tahun {self.th}."
            )
        )
        if self.r.tujuan:
            self.tambah(
                P(
                    f"Tujuan yang hendak diwujudkan sampai dengan akhir periode Renstra tahun {self.r.periode_akhir} "
                    "adalah:",
                    lanjut=True,
                ),
                L([kalimat(t.uraian) for t in self.r.tujuan]),
            )
        self.tambah(
            P(f"Capaian kinerja sasaran strategis tahun {self.th} dapat diuraikan sebagai berikut:", lanjut=True),
            L(
                [
                    [B(f"Sasaran {i}: {s.sasaran.uraian}. "), *isi(nr.kalimat_rata_sasaran(i, s, subjek="Sasaran ini"))]
                    for i, s in enumerate(h.sasaran, 1)
                ]
            ),
            P(nr.kalimat_target(h), " ", nr.kalimat_di_bawah_tetap_predikat(h)),
            P(nr.kalimat_rata_rata(h), " ", nr.kalimat_sebaran(h)),
        )
        faktor = self.b.narasi.faktor_keberhasilan
        if faktor:
            self.tambah(
                P(f"Faktor yang mendukung pencapaian kinerja {self.nama} antara lain:", lanjut=True),
                L([kalimat(x) for x in faktor]),
            )
        a = h.anggaran
        ej = h.pengaturan.ejaan_miliar
        self.tambah(
            P(
                f"Untuk mendukung pencapaian kinerja tahun {self.th}, {self.nama} mengelola anggaran sebesar "
                f"{nr.rupiah(a.pagu)} ({terbilang_rupiah(a.pagu, ejaan_miliar=ej)}). ",
                nr.kalimat_komposisi(h),
                " ",
                nr.kalimat_anggaran(h),
                " ",
                nr.kalimat_efisiensi_ringkas(h),
            )
        )
        self.kendala_rekomendasi(ringkas=True)

    def kendala_rekomendasi(self, *, ringkas: bool) -> None:
        kendala = self.b.narasi.kendala
        rekom = self.b.narasi.rekomendasi
        dibawah = nr.kelompok_status(self.h)[nr.DI_BAWAH]
        if kendala:
            self.tambah(
                P(
                    f"Kendala atau hambatan yang dihadapi dalam pencapaian target kinerja tahun {self.th} antara lain:",
                    lanjut=True,
                ),
                L([kalimat(x) for x in kendala]),
            )
        else:
            self.tambah(P(self._kendala_dihasilkan(dibawah)))
        if dibawah and not ringkas:
            self.tambah(
                P(
                    f"Indikator yang belum mencapai target dan perlu mendapat perhatian pada tahun {self.th + 1} adalah "
                    f"{nr.sebut_indikator(dibawah, True)}."
                )
            )
        if rekom:
            self.tambah(
                P("Rekomendasi perbaikan untuk meningkatkan pencapaian kinerja antara lain:", lanjut=True),
                L([kalimat(x) for x in rekom]),
            )
        else:
            saran = []
            if dibawah:
                saran.append(
                    "Menganalisis penyebab belum tercapainya target pada "
                    + nr.gabung([x.indikator.nama for _, x in dibawah])
                    + " dan menetapkan langkah perbaikan yang terukur."
                )
            tidak_efisien = [i for i, s in enumerate(self.h.sasaran, 1) if s.efisiensi.kelas == "Tidak Efisien"]
            if tidak_efisien:
                saran.append(
                    "Menyelaraskan perencanaan dan pelaksanaan anggaran dengan target kinerja pada "
                    + nr.gabung([f"Sasaran {i}" for i in tidak_efisien])
                    + " agar serapan anggaran diimbangi capaian kinerja yang sepadan."
                )
            saran.append("Memantau realisasi kinerja dan anggaran setiap triwulan sebagai dasar pengendalian.")
            self.tambah(P("Rekomendasi perbaikan yang disusun dari hasil pengukuran adalah:", lanjut=True), L(saran))

    def _kendala_dihasilkan(self, dibawah: list[tuple[int, HasilIndikator]]) -> str:
        if dibawah:
            return (
                "Permasalahan utama yang tercermin dari hasil pengukuran adalah belum tercapainya target pada "
                f"{nr.sebut_indikator(dibawah, True)}."
            )
        return (
            f"Seluruh indikator sasaran tahun {self.th} telah mencapai target; tantangan ke depan adalah "
            "mempertahankan dan meningkatkan capaian tersebut seiring naiknya target Renstra."
        )

    # --- BAB I ----------------------------------------------------------------------------------------------

    def bab1(self) -> None:
        b = self.b
        i = b.instansi
        self.tambah(J("BAB I", 1, baris_kedua="PENDAHULUAN"))
        self.tambah(J("A. LATAR BELAKANG"))
        if b.narasi.latar_belakang:
            for para in b.narasi.latar_belakang:
                self.tambah(P(para))
        else:
            self.tambah(
                P(
                    "Terselenggaranya tata kelola pemerintahan yang baik (good governance) mensyaratkan sistem "
                    "pertanggungjawaban yang tepat, jelas dan terukur, sehingga penyelenggaraan pemerintahan dan "
                    "pembangunan berlangsung secara berdaya guna, berhasil guna, bersih dan bertanggung jawab."
                ),
                P(
                    "Berdasarkan Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja "
                    "Instansi Pemerintah, setiap instansi pemerintah menyusun Laporan Kinerja sebagai bentuk "
                    "akuntabilitas pelaksanaan tugas dan fungsi, alat penilaian kinerja, serta wujud transparansi "
                    "kepada masyarakat."
                ),
            )
        self.tambah(
            P(
                f"Kinerja {self.nama} diukur atas dasar penilaian Indikator Kinerja Utama (IKU) yang merupakan "
                f"indikator keberhasilan pencapaian sasaran strategis sebagaimana ditetapkan dalam {self.jenis_pk()} "
                f"{self.nama} Tahun {self.th}."
            )
        )

        self.tambah(J("B. MAKSUD DAN TUJUAN"))
        self.tambah(
            P(
                b.narasi.maksud
                or f"Penyusunan Laporan Kinerja {self.nama} dimaksudkan untuk menyampaikan capaian kinerja "
                f"{self.nama} dalam satu tahun anggaran yang dikaitkan dengan proses pencapaian indikator sasaran "
                "yang telah ditetapkan."
            )
        )
        tujuan = b.narasi.tujuan_laporan or [
            "Sebagai sarana pertanggungjawaban kinerja kepada seluruh pemangku kepentingan atas pelaksanaan tugas, "
            f"fungsi dan wewenang yang menjadi kewenangan {self.nama}.",
            f"Sebagai bahan evaluasi akuntabilitas kinerja dalam rangka meningkatkan kinerja {self.nama}.",
        ]
        self.tambah(P(f"Tujuan penyusunan Laporan Kinerja {self.nama} adalah:", lanjut=True), L(tujuan, "huruf"))

        self.tambah(J(f"C. KEDUDUKAN, TUGAS, FUNGSI DAN SUSUNAN ORGANISASI {self.nama.upper()}"))
        if i.dasar_hukum:
            self.tambah(
                P(
                    f"Kedudukan, tugas, fungsi dan susunan organisasi {self.nama} diatur dalam {i.dasar_hukum} "
                    "sebagai berikut:",
                    lanjut=True,
                )
            )
        else:
            self.tambah(
                P(
                    f"Kedudukan, tugas, fungsi dan susunan organisasi {self.nama} ditetapkan dengan peraturan kepala "
                    "daerah tentang kedudukan, susunan organisasi, tugas dan fungsi serta tata kerja perangkat daerah."
                )
            )
        for para in i.kedudukan:
            self.tambah(P(kalimat(para)))
        if i.tugas:
            self.tambah(
                P(f"{self._pemimpin()} mempunyai tugas:", lanjut=True), L([kalimat(x) for x in i.tugas], "huruf")
            )
        if i.fungsi:
            self.tambah(
                P(f"Dalam melaksanakan tugas tersebut, {self.nama} menyelenggarakan fungsi:", lanjut=True),
                L([kalimat(x) for x in i.fungsi], "huruf"),
            )
        if i.susunan_organisasi:
            self.tambah(
                P(f"Susunan organisasi {self.nama} terdiri atas:", lanjut=True),
                L([kalimat(x) for x in i.susunan_organisasi], "huruf"),
            )

        self.tambah(J(f"D. SUMBER DAYA MANUSIA {self.nama.upper()}"))
        kep = i.kepegawaian
        if kep.ringkasan:
            rincian = nr.gabung([f"{n} {status}" for status, n in kep.ringkasan.items()])
            self.tambah(
                P(
                    f"Dalam melaksanakan tugas dan fungsinya, {self.nama} didukung oleh {rincian}"
                    + (f" (periode {kep.periode})" if kep.periode else "")
                    + ". Rinciannya disajikan dalam tabel berikut."
                )
            )
        elif kep.per_jabatan or kep.per_golongan or kep.per_pendidikan:
            self.tambah(P(f"Rincian sumber daya manusia {self.nama} disajikan dalam tabel berikut."))
        else:
            self.tambah(P(f"Data sumber daya manusia {self.nama} belum dicatat dalam berkas laporan ini."))
        self.tabel("1", mx.tabel_sdm_jabatan(kep, self.nama, self.h.pegawai))
        self.tabel("1", mx.tabel_sdm_golongan(kep, self.nama, self.h.pegawai))
        self.tabel("1", mx.tabel_sdm_pendidikan(kep, self.nama, self.h.pegawai))

        self.tambah(J(f"E. PROFIL {self.nama.upper()}"))
        self.profil()

        self.tambah(J("F. ISU STRATEGIS"))
        if b.narasi.isu_strategis:
            self.tambah(
                P(
                    "Isu strategis yang perlu diperhatikan dalam pelaksanaan tugas, fungsi, program dan kegiatan "
                    f"untuk mewujudkan tujuan dan sasaran {self.nama} adalah:",
                    lanjut=True,
                ),
                L([kalimat(x) for x in b.narasi.isu_strategis]),
            )
        else:
            self.tambah(
                P(
                    f"Isu strategis {self.nama} mengacu pada isu strategis yang dirumuskan dalam Renstra "
                    f"{self.periode} dan menjadi dasar perumusan tujuan serta sasaran strategis."
                )
            )

    def _pemimpin(self) -> str:
        k = self.kepala()
        if k and k.jabatan:
            return k.jabatan
        return self.nama

    def profil(self) -> None:
        w = self.b.instansi.wilayah
        if w is None:
            self.tambah(P(f"Data profil wilayah dan kependudukan {self.nama} belum dicatat dalam berkas laporan ini."))
            return
        kal = []
        if w.uraian:
            kal.append(kalimat(w.uraian))
        if w.luas_km2 is not None:
            kal.append(f"Luas wilayah {self.nama} ±{format_bilangan(w.luas_km2)} km².")
        if w.batas:
            arah = {"utara": "utara", "timur": "timur", "selatan": "selatan", "barat": "barat"}
            bagian = [f"sebelah {arah.get(k, k)} dengan {v}" for k, v in w.batas.items()]
            kal.append(f"Wilayah ini berbatasan {nr.gabung(bagian)}.")
        pdk = self.h.penduduk
        if pdk is not None and pdk.total is not None:
            kal.append(
                f"Jumlah penduduk {self.nama} sebanyak {mx.format_angka(pdk.total, 0)} jiwa, terdiri atas "
                f"{mx.format_angka(w.penduduk_laki_laki, 0)} jiwa laki-laki dan "
                f"{mx.format_angka(w.penduduk_perempuan, 0)} jiwa perempuan."
            )
        if kal:
            self.tambah(P(" ".join(kal)))
        pek = mx.tabel_pekerjaan(w, self.nama, self.h.penduduk)
        if pek is not None:
            self.tambah(P("Komposisi penduduk menurut pekerjaan disajikan dalam tabel berikut.", lanjut=True))
            self.tabel("1", pek)
        wil = [("desa", w.desa), ("kelurahan", w.kelurahan)]
        for jenis, daftar in wil:
            if daftar:
                self.tambah(
                    P(
                        f"Secara administratif, {self.nama} membawahi {nr.bilangan(len(daftar))} {jenis}, yaitu:",
                        lanjut=True,
                    ),
                    L([f"{jenis.capitalize()} {d}" for d in daftar]),
                )

    # --- BAB II ---------------------------------------------------------------------------------------------

    def bab2(self) -> None:
        b = self.b
        self.tambah(J("BAB II", 1, baris_kedua="PERENCANAAN DAN PERJANJIAN KINERJA", halaman_baru=True))
        self.tambah(J("A. RENCANA STRATEGIS"))
        self.tambah(
            P(
                "Perencanaan strategis disusun sebagai acuan dalam pengelolaan sumber daya agar pelaksanaan tugas "
                "dan fungsi lebih terarah dan terkendali serta mampu mengantisipasi perubahan lingkungan internal "
                "dan eksternal."
            ),
            P(
                (self.r.dokumen or f"Rencana Strategis {self.nama} {self.periode}")
                + " merupakan penjabaran visi dan misi kepala daerah sebagaimana ditetapkan dalam Rencana Pembangunan "
                "Jangka Menengah Daerah (RPJMD)."
            ),
        )
        rp = self.r.rpjmd
        if rp is not None:
            if rp.misi:
                self.tambah(P("Renstra mengacu pada misi RPJMD:", lanjut=True), L([kalimat(x) for x in rp.misi]))
            if rp.tujuan:
                self.tambah(P("dengan tujuan RPJMD:", lanjut=True, menjorok=False), L([kalimat(x) for x in rp.tujuan]))
            if rp.sasaran_kabupaten or rp.sasaran:
                self.tambah(
                    P("serta sasaran strategis daerah:", lanjut=True, menjorok=False),
                    L([kalimat(x) for x in (rp.sasaran_kabupaten or rp.sasaran)], "poin"),
                )
        self.tambah(
            P(
                f"Tujuan, sasaran, indikator serta target jangka menengah dan tahunan {self.nama} ditetapkan sebagai "
                "berikut:",
                lanjut=True,
            )
        )
        self.tabel(
            "2",
            mx.tabel_renstra(b, lengkap=False),
            f"Matriks Tujuan dan Sasaran Rencana Strategis {self.nama} {self.periode}"
            + (" (Sesudah Perubahan)" if self.r.versi_sebelumnya else ""),
        )
        for v in self.r.versi_sebelumnya:
            self.tambah(
                P(
                    f"Sebagai pembanding, tujuan, sasaran dan target Renstra {v.label.lower()} adalah sebagai berikut:",
                    lanjut=True,
                )
            )
            vt = mx.tabel_renstra(b, v.tujuan, v.sasaran, lengkap=False)
            if v.keterangan:
                vt.catatan.append(kalimat(v.keterangan))
            self.tabel("2", vt, f"Matriks Tujuan dan Sasaran Rencana Strategis {self.nama} ({v.label})")
        if self.o.lampiran:
            self.tambah(
                P(
                    "Matriks Rencana Strategis selengkapnya, beserta strategi, kebijakan dan program, disajikan pada Lampiran 1."
                )
            )

        self.tambah(J(f"B. RENCANA KINERJA TAHUNAN (RKT) TAHUN {self.th}"))
        j = self.h.jumlah
        self.tambah(
            P(
                "Rencana kinerja tahunan merupakan penjabaran sasaran dan program yang telah ditetapkan dalam Renstra "
                f"ke dalam program, kegiatan dan sub kegiatan yang dilaksanakan pada tahun {self.th}, lengkap dengan "
                "indikator kinerja dan targetnya."
            ),
            P(
                f"Pada tahun {self.th}, {nr.bilangan(len(self.h.sasaran))} sasaran strategis {self.nama} didukung oleh "
                f"{nr.bilangan(j.program)} program, {nr.bilangan(j.kegiatan)} kegiatan dan {nr.bilangan(j.sub_kegiatan)} "
                "sub kegiatan. Keterkaitan sasaran, indikator, target dan program pendukungnya adalah sebagai berikut:",
                lanjut=True,
            ),
        )
        self.tabel("2", mx.tabel_keterkaitan(b, self.h))
        if self.o.lampiran:
            self.tambah(P(f"Dokumen RKT {self.th} selengkapnya disajikan pada Lampiran 2."))
        self.pohon_kinerja()

        self.tambah(J("C. INDIKATOR KINERJA UTAMA (IKU)"))
        self.tambah(
            P(
                "Indikator Kinerja Utama (IKU) merupakan ukuran keberhasilan yang menggambarkan kinerja utama "
                "perangkat daerah sesuai tugas, fungsi dan mandat (core business) yang diemban."
            )
        )
        kep = b.iku.keputusan
        if kep.nomor:
            oleh = (
                kep.penandatangan.jabatan if kep.penandatangan and kep.penandatangan.jabatan else f"Kepala {self.nama}"
            )
            tgl = f" tanggal {format_tanggal(kep.tanggal)}" if kep.tanggal else ""
            tentang = f" tentang {kep.tentang}" if kep.tentang else ""
            self.tambah(
                P(
                    f"IKU {self.nama} ditetapkan dengan Keputusan {oleh} Nomor {kep.nomor}{tgl}{tentang}, sebagai berikut:",
                    lanjut=True,
                )
            )
        else:
            self.tambah(P(f"IKU {self.nama} adalah sebagai berikut:", lanjut=True))
        self.tabel("2", mx.tabel_iku(b))

        self.tambah(J(f"D. PERJANJIAN KINERJA TAHUN {self.th}"))
        self.tambah(
            P(
                "Perjanjian kinerja merupakan penugasan dari pimpinan instansi yang lebih tinggi kepada pimpinan "
                "instansi yang lebih rendah untuk melaksanakan program dan kegiatan yang disertai indikator kinerja, "
                "sehingga menggambarkan hasil utama yang ingin diwujudkan pada tahun berkenaan."
            )
        )
        pk = self.pk
        if pk is None:
            self.tambah(
                P(
                    f"Perjanjian Kinerja {self.nama} Tahun {self.th} belum dicatat dalam berkas laporan ini; target tahunan diambil dari RKT dan Renstra."
                )
            )
            return
        murni = [p for p in b.pk if p.jenis == JenisPk.MURNI]
        ubah = [p for p in b.pk if p.jenis == JenisPk.PERUBAHAN]
        kal = f"{self.jenis_pk()} {self.nama} Tahun {self.th}"
        if pk.tanggal:
            kal += f" ditandatangani pada tanggal {format_tanggal(pk.tanggal)}"
        if pk.pihak_pertama and pk.pihak_kedua:
            kal += f" oleh {pk.pihak_pertama.jabatan or pk.pihak_pertama.nama} sebagai pihak pertama dan {pk.pihak_kedua.jabatan or pk.pihak_kedua.nama} sebagai pihak kedua"
        kal += "."
        if pk.jenis == JenisPk.PERUBAHAN and pk.alasan_perubahan:
            kal += f" Perubahan dilakukan karena {pk.alasan_perubahan[0].lower() + pk.alasan_perubahan[1:]}"
            kal = kalimat(kal)
        kal += " Pengukuran kinerja dalam laporan ini menggunakan target perjanjian tersebut."
        self.tambah(P(kal))
        beda = []
        for ind in self.r.semua_indikator():
            if ind.id in pk.target and ind.id in b.rkt.target and pk.target[ind.id] != b.rkt.target[ind.id]:
                beda.append(
                    f"{ind.nama} ({nr.nilai(b.rkt.target[ind.id], ind.satuan)} dalam RKT, "
                    f"{nr.nilai(pk.target[ind.id], ind.satuan)} dalam {self.jenis_pk()})"
                )
        if beda:
            self.tambah(
                P(
                    f"Target tahun {self.th} yang berbeda antara RKT dan {self.jenis_pk()} adalah {nr.gabung(beda)}; "
                    "sesuai ketentuan, pengukuran menggunakan target dalam perjanjian kinerja yang berlaku."
                )
            )
        self.tambah(
            P("Sasaran strategis, indikator kinerja dan target yang diperjanjikan adalah sebagai berikut:", lanjut=True)
        )
        self.tabel(
            "2", mx.tabel_pk_sasaran(b, pk), f"Sasaran, Indikator Kinerja dan Target {self.jenis_pk()} Tahun {self.th}"
        )
        if pk.anggaran_program:
            self.tambah(P("Program dan anggaran yang mendukung pencapaian sasaran tersebut adalah:", lanjut=True))
            tb = self.tabel(
                "2",
                mx.tabel_pk_anggaran(b, pk, self.h),
                f"Anggaran Program dalam {self.jenis_pk()} Tahun {self.th}",
            )
            total = mx.total_anggaran_pk(pk, self.h)
            if total is not None and tb is not None:
                self.tambah(
                    P(
                        f"Guna mewujudkan kinerja yang diperjanjikan, anggaran program tahun {self.th} yang disepakati "
                        f"dalam perjanjian tersebut sebesar {nr.rupiah(total)} ({terbilang_rupiah(total, ejaan_miliar=self.h.pengaturan.ejaan_miliar)})."
                    )
                )
        if murni and ubah:
            self.tambah(
                P("Perbandingan target Perjanjian Kinerja murni dan perubahan adalah sebagai berikut:", lanjut=True)
            )
            self.tabel("2", mx.tabel_pk_perbandingan(b, murni[-1], pk if pk.jenis == JenisPk.PERUBAHAN else ubah[-1]))
        if self.o.lampiran:
            self.tambah(P("Dokumen Perjanjian Kinerja selengkapnya disajikan pada Lampiran 3."))

    # --- BAB III --------------------------------------------------------------------------------------------

    def bab3(self) -> None:
        h = self.h
        self.tambah(J("BAB III", 1, baris_kedua="AKUNTABILITAS KINERJA", halaman_baru=True))
        self.kerangka()
        self.tambah(J(f"B. CAPAIAN KINERJA {self.nama.upper()}"))
        self.tambah(J("B.1 ANALISIS REALISASI KINERJA", 3))
        n_tujuan = len(self.r.tujuan)
        n_sasaran = len(h.sasaran)
        n_ind = len(h.semua_indikator_sasaran())
        self.tambah(
            P(
                f"{self.nama} telah melaksanakan tugas dan fungsi dalam rangka mencapai tujuan dan sasaran yang "
                f"ditetapkan dalam Renstra {self.periode}, yang terdiri atas {nr.bilangan(n_tujuan)} tujuan, "
                f"{nr.bilangan(n_sasaran)} sasaran strategis dan {nr.bilangan(n_ind)} indikator sasaran."
            )
        )
        if h.indikator_tujuan:
            self.tambah(
                P("Pada tingkat tujuan, capaian indikator tujuan tahun ini adalah sebagai berikut:", lanjut=True)
            )
            self.tambah(
                L(
                    [nr.kalimat_capaian(x, self.th, self.h.pengaturan.skala_predikat) for x in h.indikator_tujuan],
                    "poin",
                )
            )
        self.tambah(P(f"Capaian sasaran strategis pada tahun {self.th} disajikan dalam tabel berikut.", lanjut=True))
        t31 = self.tabel_inti(inti.tabel_pengukuran(h), nomor_kolom=True, sumber=self.sumber_pengukuran())
        t31.tampil_catatan_inti = True
        self.tambah(
            P(
                f"Tabel {t31.nomor} menunjukkan bahwa ",
                nr.kalimat_target(h)[0].lower() + nr.kalimat_target(h)[1:],
                " ",
                nr.kalimat_rata_rata(h),
                " ",
                nr.kalimat_di_bawah_tetap_predikat(h),
            )
        )
        self.grafik(gr.grafik_capaian(h))
        self.tambah(
            P(
                "Untuk mengetahui perkembangan pencapaian tujuan dan sasaran, capaian tahun ini juga dibandingkan "
                "dengan tahun-tahun sebelumnya, dengan target akhir periode Renstra, dan dengan realisasi nasional.",
                lanjut=True,
            )
        )
        sama = [f"sebagaimana Tabel {t31.nomor}"]
        self.tabel_inti(inti.tabel_perbandingan_tahun(h), sumber=sama)
        self.tabel_inti(inti.tabel_renstra(h), nomor_kolom=True, sumber=sama)
        self.tabel_inti(inti.tabel_nasional(h), nomor_kolom=True, sumber=sama)
        self.grafik(gr.grafik_tren(h))
        self.tambah(
            P(
                "Dari Tabel 3.1 sampai dengan Tabel 3.4, capaian setiap sasaran strategis dapat dijelaskan sebagai berikut."
            )
        )
        for i, hs in enumerate(h.sasaran, 1):
            self.analisis_realisasi(i, hs)

        self.tambah(J("B.2 ANALISIS PENYEBAB KEBERHASILAN DAN KEGAGALAN", 3))
        self.tambah(
            P(
                "Keberhasilan atau kegagalan indikator kinerja dalam pencapaian sasaran diikhtisarkan dalam tabel berikut.",
                lanjut=True,
            )
        )
        t35 = self.tabel_inti(inti.tabel_ikhtisar(h))
        self.tambah(
            P(
                f"Berdasarkan Tabel {t35.nomor}, secara umum kinerja {self.nama} tahun {self.th} berada pada "
                f"predikat {nr.predikat(h.predikat)} dengan rata-rata capaian {format_persen(h.rata_rata)}. ",
                nr.kalimat_sebaran(h),
            )
        )
        for i, hs in enumerate(h.sasaran, 1):
            self.analisis_penyebab(i, hs)

        self.tambah(J("B.3 ANALISIS PROGRAM, KEGIATAN DAN SUB KEGIATAN YANG MENDUKUNG SASARAN", 3))
        self.tambah(
            P(
                nr.kalimat_jumlah(h, self.nama),
                " Target dan realisasinya disajikan per sasaran dalam Tabel 3.6 berikut.",
                lanjut=True,
            )
        )
        for i, hs in enumerate(h.sasaran, 1):
            self.analisis_program(i, hs)

        self.tambah(J("B.4 ANALISIS ATAS EFISIENSI SUMBER DAYA", 3))
        self.efisiensi()
        self.anggaran()

    def kerangka(self) -> None:
        h = self.h
        p = h.pengaturan
        self.tambah(J(f"A. KERANGKA PENGUKURAN KINERJA TAHUN {self.th}"))
        self.tambah(
            P(
                "Pengukuran capaian sasaran bertujuan untuk mengetahui tingkat keberhasilan dan kegagalan "
                f"{self.nama} dalam merealisasikan target yang telah ditetapkan. Pengukuran menggunakan ketentuan "
                "sebagai berikut."
            ),
            P(
                B("1. Predikat capaian. "),
                f"Capaian kinerja dikelompokkan dalam skala ordinal {p.skala_predikat.nama}:",
                menjorok=False,
                lanjut=True,
            ),
        )
        self.tambah(mx.tabel_skala_predikat(h))
        aturan = []
        if p.batas_atas is not None:
            aturan.append(
                f"capaian yang melebihi {format_bilangan(p.batas_atas)}% dihitung {format_bilangan(p.batas_atas)}% "
                "dalam penentuan predikat dan rata-rata"
            )
        if p.batas_bawah is not None:
            aturan.append(
                f"capaian di bawah {format_bilangan(p.batas_bawah)}% dihitung {format_bilangan(p.batas_bawah)}%"
            )
        if aturan:
            self.tambah(
                P(
                    B("2. Batas capaian. "),
                    kalimat(nr.gabung(aturan).capitalize())
                    + " Nilai capaian sebenarnya tetap dicantumkan dalam tabel.",
                    menjorok=False,
                )
            )
        else:
            self.tambah(
                P(
                    B("2. Batas capaian. "),
                    "Capaian dihitung apa adanya tanpa batas atas maupun batas bawah.",
                    menjorok=False,
                )
            )
        self.tambah(
            P(
                B("3. Rumus capaian. "),
                "Persentase capaian indikator dihitung menurut arah (polaritas) indikatornya:",
                menjorok=False,
                lanjut=True,
            )
        )
        rumus = [
            "Indikator berpolaritas positif (semakin tinggi realisasi semakin baik): Capaian = Realisasi ÷ Target × 100%."
        ]
        if p.rumus_negatif is RumusNegatif.SELISIH:
            rumus.append(
                "Indikator berpolaritas negatif (semakin rendah realisasi semakin baik): Capaian = (Target − (Realisasi − Target)) ÷ Target × 100%."
            )
        else:
            rumus.append(
                "Indikator berpolaritas negatif (semakin rendah realisasi semakin baik): Capaian = Target ÷ Realisasi × 100%."
            )
        semua = h.indikator_tujuan + h.semua_indikator_sasaran()
        if any(isinstance(x.target, Rentang) or x.indikator.polaritas is Polaritas.RENTANG for x in semua):
            rumus.append(
                "Indikator dengan target rentang: realisasi di dalam rentang dihitung 100%; di luar rentang dibandingkan dengan batas terdekat."
            )
        rumus.append("Realisasi yang belum diisi tidak dihitung nol dan tidak ikut dirata-ratakan.")
        self.tambah(L(rumus, "huruf"))
        if p.rata_rata is RataRata.SASARAN:
            rata = "Rata-rata capaian keseluruhan adalah rata-rata dari rata-rata capaian setiap sasaran."
        else:
            rata = "Rata-rata capaian keseluruhan adalah rata-rata capaian seluruh indikator sasaran yang dapat diukur."
        self.tambah(P(B("4. Rata-rata. "), rata, menjorok=False))
        e = p.efisiensi
        if e.jenis is JenisEfisiensi.BANDING:
            ef = "Efisiensi sumber daya per sasaran dinilai dengan membandingkan persentase capaian kinerja dengan persentase serapan anggaran program pendukungnya: capaian lebih besar dari serapan berarti Efisien, selain itu Tidak Efisien."
        elif e.jenis is JenisEfisiensi.TOLERANSI:
            ef = (
                "Efisiensi sumber daya per sasaran dinilai dari selisih persentase capaian kinerja dan persentase serapan "
                f"anggaran: selisih dalam ±{format_bilangan(e.toleransi)} poin berarti Cukup Efisien, di atasnya Efisien, "
                "di bawahnya Tidak Efisien."
            )
        else:
            ef = "Efisiensi sumber daya per sasaran dinilai dari rasio persentase capaian kinerja terhadap persentase serapan anggaran: rasio 1 atau lebih berarti Efisien, selain itu Tidak Efisien."
        if e.nilai is NilaiEfisiensi.MENTAH:
            ef += " Capaian yang dibandingkan adalah capaian sebelum pembatasan."
        self.tambah(P(B("5. Efisiensi. "), ef, menjorok=False))

    def analisis_realisasi(self, i: int, hs: HasilSasaran) -> None:
        self.tambah(J(f"Sasaran Strategis {i}: {hs.sasaran.uraian}", 4, daftar_isi=False))
        ns = self.narasi_sasaran(hs)
        if ns.uraian:
            self.tambah(P(kalimat(ns.uraian)))
        for x in hs.indikator:
            self.tambah(
                P(B("Target dan realisasi. "), nr.kalimat_capaian(x, self.th, self.h.pengaturan.skala_predikat)),
                P(B("Dibandingkan tahun sebelumnya. "), nr.kalimat_tahun_lalu(x, self.th)),
                P(B("Dibandingkan target akhir Renstra. "), nr.kalimat_renstra(x, self.th, self.r.periode_akhir)),
                P(B("Dibandingkan realisasi nasional. "), nr.kalimat_pembanding(x, self.th, self.nama)),
            )
            rec = self.b.realisasi.indikator.get(x.indikator.id)
            if rec is not None and rec.sumber:
                self.tambah(P(f"Sumber data realisasi: {kalimat(rec.sumber)}", gaya="catatan", menjorok=False))
            rincian = self.rincian_sumber.get(x.indikator.id)
            if rincian is not None:
                # An indicator computed from records (survey, registers): both values are shown, and which is measured.
                self.tambah(P(B("Realisasi dari catatan. "), rincian.teks()))
        if len(hs.indikator) > 1:
            self.tambah(P(nr.kalimat_rata_sasaran(i, hs)))
        if ns.rincian_capaian:
            self.tambah(
                P(f"Pelaksanaan yang mendasari realisasi {_kata_sasaran(i)} antara lain:", lanjut=True),
                L([kalimat(x) for x in ns.rincian_capaian], "poin"),
            )
        for c in ns.catatan_lain:
            self.tambah(P(kalimat(c)))

    def analisis_penyebab(self, i: int, hs: HasilSasaran) -> None:
        self.tambah(J(f"Sasaran Strategis {i}: {hs.sasaran.uraian}", 4, daftar_isi=False))
        ns = self.narasi_sasaran(hs)
        status = [nr.status_target(x.capaian) for x in hs.indikator]
        semua_tercapai = bool(status) and all(s in (nr.MELAMPAUI, nr.TEPAT) for s in status)
        ada_dibawah = any(s == nr.DI_BAWAH for s in status)
        if hs.rata_rata is not None:
            hasil = (
                "seluruh indikatornya mencapai target"
                if semua_tercapai
                else (
                    "sebagian atau seluruh indikatornya belum mencapai target"
                    if ada_dibawah
                    else "capaian indikatornya belum seluruhnya terukur"
                )
            )
            if len(hs.indikator) == 1:
                hasil = nr.frasa_status(status[0]).replace("target", "targetnya") if status else hasil
                hasil = {
                    "melampaui targetnya": "indikatornya melampaui target",
                    "tepat mencapai targetnya": "indikatornya tepat mencapai target",
                    "belum mencapai targetnya": "indikatornya belum mencapai target",
                    "belum dapat diukur": "indikatornya belum dapat diukur",
                }.get(hasil, hasil)
            self.tambah(
                P(
                    f"Hasil evaluasi terhadap sasaran ini menunjukkan predikat {nr.predikat(hs.predikat)} dengan nilai "
                    f"capaian {format_persen(hs.rata_rata)}; {hasil}."
                )
            )
        ada_isi = False
        if ns.keberhasilan:
            lead = (
                "Faktor yang mendukung keberhasilan pencapaian sasaran ini:"
                if semua_tercapai
                else "Faktor yang mendukung pelaksanaan sasaran ini:"
            )
            self.tambah(P(lead, lanjut=True, menjorok=False), L([kalimat(x) for x in ns.keberhasilan], "poin"))
            ada_isi = True
        for x in hs.indikator:
            rec = self.b.realisasi.indikator.get(x.indikator.id)
            if rec is not None and rec.analisis.penyebab:
                lead = (
                    "Penjelasan penanggung jawab atas realisasi"
                    if nr.status_target(x.capaian) == nr.DI_BAWAH
                    else "Penjelasan atas realisasi"
                )
                self.tambah(P(f"{lead} indikator {x.indikator.nama}: ", kalimat(rec.analisis.penyebab)))
                ada_isi = True
        masalah = list(ns.permasalahan)
        solusi = list(ns.solusi)
        for x in hs.indikator:
            rec = self.b.realisasi.indikator.get(x.indikator.id)
            if rec is None:
                continue
            if not ns.permasalahan and rec.analisis.kendala:
                masalah.append(rec.analisis.kendala)
            if not ns.solusi and rec.analisis.solusi:
                solusi.append(rec.analisis.solusi)
        if masalah:
            self.tambah(
                P("Permasalahan yang dihadapi dan perlu ditangani ke depan:", lanjut=True, menjorok=False),
                L([kalimat(x) for x in masalah], "poin"),
            )
            ada_isi = True
        if solusi:
            self.tambah(
                P("Solusi dan rencana perbaikan ke depan:", lanjut=True, menjorok=False),
                L([kalimat(x) for x in solusi], "poin"),
            )
            ada_isi = True
        if not ada_isi:
            prog = nr.gabung([f"Program {self.node[k].nama}" for k in hs.program if k in self.node])
            if ada_dibawah:
                self.tambah(
                    P(
                        "Uraian penyebab belum tercapainya target sasaran ini belum dicatat oleh penanggung jawab "
                        f"indikator; perbaikan perlu difokuskan pada pelaksanaan {prog or 'program pendukung'}."
                    )
                )
            else:
                self.tambah(
                    P(
                        f"Pencapaian sasaran ini didukung oleh pelaksanaan {prog or 'program dan kegiatan pendukungnya'} "
                        "sesuai rencana."
                    )
                )

    def tabel_3_6(self, i: int, hs: HasilSasaran, pertama: bool) -> None:
        """One sasaran's part of Tabel 3.6 (the seed prints one table per sasaran under one caption)."""
        h = self.h
        t = inti.tabel_program_kegiatan(h, hs.sasaran.id)
        no = 0
        for baris in t.baris:
            if baris.jenis == "program":
                no += 1
                baris.sel[0] = inti.Sel(f"{no}.", None, "tengah")
        if not hs.program:
            t.baris.append(
                inti.Baris(
                    [
                        inti.Sel(""),
                        inti.Sel("Tidak ada program yang dikaitkan dengan sasaran ini."),
                        *[inti.Sel("") for _ in t.kolom[2:]],
                    ],
                    "rincian",
                )
            )
        judul = f"Target dan Realisasi Program dan Kegiatan Pendukung Sasaran {self.nama} Tahun {self.th}"
        for kode in hs.program:
            n = self.node.get(kode)
            for sub in n.telusuri() if n is not None else ():
                for o in h.output.get(sub.kode, []) if sub.tingkat == "sub_kegiatan" else ():
                    if o.target_rkt is not None and o.target is not None and o.target != o.target_rkt:
                        s = o.indikator.satuan
                        t.catatan.append(
                            f"Target output {sub.nama} dalam tabel ini {nr.nilai(o.target, s)}, sedangkan RKT "
                            f"menetapkan {nr.nilai(o.target_rkt, s)}; capaian output dihitung terhadap target dalam "
                            "tabel ini."
                        )
        if pertama:
            b = self.tabel_inti(t, judul=judul, ukuran_huruf=8.5)
        else:
            b = BlokTabel(t, nomor="3.6", judul="", lanjutan=True, ukuran_huruf=8.5)
            mx.lebar_seperti_laporan(b)
            self.tambah(b)
        b.kepala = [
            [mx.k("NO."), mx.k("PROGRAM / KEGIATAN / SUB KEGIATAN"), mx.k("TARGET"), mx.k("REALISASI"), mx.k("%")]
        ]

    def analisis_program(self, i: int, hs: HasilSasaran) -> None:
        h = self.h
        self.tambah(J(f"Sasaran Strategis {i}: {hs.sasaran.uraian}", 4, daftar_isi=False))
        self.tabel_3_6(i, hs, pertama=i == 1)
        if not hs.program:
            self.tambah(P(f"Sasaran {i} tidak dikaitkan dengan program tertentu dalam RKT {self.th}."))
            return
        bagian = []
        for kode in hs.program:
            n = self.node.get(kode)
            if n is None:
                continue
            teks = f"Program {n.nama}, dengan anggaran {nr.rupiah(n.pagu)} dan realisasi {nr.rupiah(n.realisasi)} (serapan {format_persen(n.serapan)})"
            ind = [x for x in h.indikator_program if x.kode == kode]
            for x in ind:
                s = x.indikator.satuan
                if x.capaian.dihitung:
                    teks += (
                        f"; indikator {x.indikator.nama} ditargetkan {nr.nilai(x.target, s)} dan terealisasi "
                        f"{nr.nilai(x.realisasi, s)} (capaian {x.capaian.tampil()}, {nr.frasa_status(nr.status_target(x.capaian))})"
                    )
                elif x.target is None and x.realisasi is not None:
                    teks += (
                        f"; indikator {x.indikator.nama} terealisasi {nr.nilai(x.realisasi, s)}, tetapi targetnya "
                        "belum ditetapkan sehingga capaiannya belum dapat diukur"
                    )
                else:
                    teks += f"; capaian indikator {x.indikator.nama} belum dapat diukur karena {nr.alasan_tidak_terukur(x.capaian)}"
            bagian.append(kalimat(teks))
        self.tambah(
            P(f"Pencapaian {_kata_sasaran(i)} didukung oleh {nr.bilangan(len(bagian))} program:", lanjut=True),
            L(bagian, "poin"),
        )
        kurang = []
        catatan = []
        for kode in hs.program:
            n = self.node.get(kode)
            if n is None:
                continue
            for sub in n.telusuri():
                if sub.tingkat != "sub_kegiatan":
                    continue
                for o in h.output.get(sub.kode, []):
                    if nr.status_target(o.capaian) == nr.DI_BAWAH:
                        s = o.indikator.satuan
                        kurang.append(
                            f"Sub Kegiatan {sub.nama}: output {o.indikator.nama} terealisasi {nr.nilai(o.realisasi, s)} dari target {nr.nilai(o.target, s)} ({o.capaian.tampil()})."
                        )
                teks = self.b.narasi.per_sub_kegiatan.get(sub.kode)
                if teks:
                    catatan.append(
                        f"Sub Kegiatan {sub.nama} (serapan anggaran {format_persen(sub.serapan)}): {kalimat(teks)}"
                    )
        if kurang:
            self.tambah(
                P("Output sub kegiatan yang belum mencapai target:", lanjut=True, menjorok=False), L(kurang, "poin")
            )
        else:
            self.tambah(P("Seluruh output sub kegiatan yang terukur pada sasaran ini telah mencapai targetnya."))
        if catatan:
            self.tambah(P("Pelaksanaan sub kegiatan utama:", lanjut=True, menjorok=False), L(catatan, "poin"))

    def efisiensi(self) -> None:
        h = self.h
        b = self.b
        self.tambah(
            P(
                b.narasi.sumber_daya
                or f"Sumber daya yang dimiliki {self.nama} adalah sumber daya manusia, sarana dan prasarana kantor, serta "
                f"anggaran dalam Dokumen Pelaksanaan Anggaran tahun {self.th} untuk melaksanakan program dan kegiatan "
                "dalam rangka mencapai sasaran dan tujuan organisasi."
            )
        )
        kep = b.instansi.kepegawaian
        sdm = ""
        if kep.ringkasan:
            sdm = f"Dari sisi sumber daya manusia, {self.nama} didukung oleh {nr.gabung([f'{n} {s}' for s, n in kep.ringkasan.items()])}"
            peg = self.h.pegawai
            if peg is not None and peg.jabatan and (peg.struktural or peg.pelaksana):
                rinci = [
                    f"{n} {kel}"
                    for kel, n in (("pejabat struktural", peg.struktural), ("pelaksana", peg.pelaksana))
                    if n
                ]
                sdm += f"; menurut jabatannya, {peg.jabatan} ASN terdiri atas {nr.gabung(rinci)}"
            sdm += ". "
        a = h.anggaran
        self.tambah(
            P(
                sdm,
                f"Pelaksanaan program dan kegiatan didukung anggaran sebesar {nr.rupiah(a.pagu)} yang terserap "
                f"{nr.rupiah(a.realisasi)} atau {format_persen(a.serapan)}. Perbandingan capaian kinerja dengan serapan "
                "anggaran setiap sasaran disajikan dalam tabel berikut.",
                lanjut=True,
            )
        )
        self.tabel_inti(inti.tabel_efisiensi(h))
        self.tambah(P(nr.kalimat_efisiensi_ringkas(h)))
        for i, hs in enumerate(h.sasaran, 1):
            self.tambah(P(nr.kalimat_efisiensi(i, hs, h)))

    def anggaran(self) -> None:
        h = self.h
        a = h.anggaran
        ej = h.pengaturan.ejaan_miliar
        self.tambah(J("C. REALISASI ANGGARAN"))
        kal = (
            f"Dalam mendukung pelaksanaan tugas dan fungsi, pada tahun anggaran {self.th} {self.nama} didukung anggaran "
            f"sebesar {nr.rupiah(a.pagu)} ({terbilang_rupiah(a.pagu, ejaan_miliar=ej)})"
        )
        kal += f" yang bersumber dari APBD {self.b.instansi.pemda}." if self.b.instansi.pemda else "."
        if a.pagu_murni is not None and a.pagu_murni != a.pagu:
            kal += f" Pagu tersebut merupakan pagu perubahan; pagu murninya sebesar {nr.rupiah(a.pagu_murni)}."
        self.tambah(P(kal))
        k = h.komposisi
        self.tambah(
            P("Menurut jenis belanja, komposisi anggaran tersebut adalah:", lanjut=True),
            L(
                [
                    f"Belanja Operasi sebesar {nr.rupiah(k.operasi)} ({format_persen(k.persen_operasi)});",
                    f"Belanja Modal sebesar {nr.rupiah(k.modal)} ({format_persen(k.persen_modal)}).",
                ]
            ),
        )
        j = h.jumlah
        self.tambah(
            P(
                f"Anggaran belanja tersebut dialokasikan untuk mendanai {nr.bilangan(j.program)} program, "
                f"{nr.bilangan(j.kegiatan)} kegiatan dan {nr.bilangan(j.sub_kegiatan)} sub kegiatan, dengan realisasi per "
                "program, kegiatan dan sub kegiatan sebagai berikut:",
                lanjut=True,
            )
        )
        t38 = self.tabel_inti(inti.tabel_anggaran(h), ukuran_huruf=8)
        paragraf = [
            f"Tabel {t38.nomor} menunjukkan bahwa " + nr.kalimat_anggaran(h)[0].lower() + nr.kalimat_anggaran(h)[1:],
            nr.kalimat_serapan_program(h),
        ]
        paragraf += nr.kalimat_anggaran_lalu(h)
        self.tambah(P(*[x + " " for x in paragraf if x]))
        if self.b.narasi.penjelasan_anggaran:
            self.tambah(P(kalimat(self.b.narasi.penjelasan_anggaran)))
        self.grafik(gr.grafik_serapan(h))
        ref = h.refocusing
        rt = inti.tabel_refocusing(h)
        if ref is not None and rt is not None:
            alasan = f" {kalimat(ref.keterangan)}" if ref.keterangan else ""
            self.tambah(
                P(
                    f"Pada tahun {self.th} terdapat pengurangan (refocusing) anggaran sebesar {nr.rupiah(ref.total)} "
                    f"pada {nr.bilangan(len(ref.rincian))} sub kegiatan.{alasan} Rinciannya adalah sebagai berikut:",
                    lanjut=True,
                )
            )
            self.tabel(
                "3",
                BlokTabel(rt, judul=rt.judul, kepala=[[mx.k("NO."), mx.k("SUB KEGIATAN"), mx.k("PENGURANGAN (RP)")]]),
            )

    # --- BAB IV --------------------------------------------------------------------------------------------

    def bab4(self) -> None:
        h = self.h
        self.tambah(J("BAB IV", 1, baris_kedua="PENUTUP", halaman_baru=True))
        self.tambah(J("A. KESIMPULAN UMUM PENCAPAIAN KINERJA"))
        self.tambah(
            P(
                f"Laporan Kinerja {self.nama} Tahun {self.th} merupakan bentuk pertanggungjawaban atas pelaksanaan "
                f"tugas dan fungsi {self.nama} dalam rangka mencapai tujuan dan sasaran yang ditetapkan dalam Renstra "
                f"{self.periode}, sekaligus bahan evaluasi dan umpan balik bagi perbaikan kinerja pada tahun-tahun "
                "mendatang."
            ),
            P(
                f"Dari hasil pengukuran kinerja tahun {self.th} dapat disimpulkan hal-hal berikut. ",
                nr.kalimat_rata_rata(h),
                " ",
                nr.kalimat_sebaran(h),
                " ",
                nr.kalimat_target(h),
            ),
            P("Secara rinci per sasaran strategis:", lanjut=True),
            L(
                [
                    [B(f"Sasaran {i}: {s.sasaran.uraian}. "), *isi(nr.kalimat_rata_sasaran(i, s, subjek="Sasaran ini"))]
                    for i, s in enumerate(h.sasaran, 1)
                ]
            ),
            P(nr.kalimat_anggaran(h), " ", nr.kalimat_efisiensi_ringkas(h)),
        )
        self.tambah(J("B. PERMASALAHAN DAN REKOMENDASI PERBAIKAN"))
        self.kendala_rekomendasi(ringkas=False)
        self.tambah(
            P(
                f"Demikian Laporan Kinerja {self.nama} Tahun {self.th} ini disusun sebagai wujud pertanggungjawaban, "
                f"bahan evaluasi, dan dasar penyusunan rencana kinerja tahun {self.th + 1}."
            )
        )

    # --- Lampiran ---------------------------------------------------------------------------------------------

    def lampiran(self) -> None:
        b = self.b
        h = self.h
        self.tambah(Bagian(orientasi="lanskap", penomoran="arab"))
        self.tambah(J("LAMPIRAN", 1))
        self.tambah(J(f"Lampiran 1. Matriks Rencana Strategis {self.nama} {self.periode}", 2))
        self.tambah(
            mx.tabel_renstra(b, lengkap=True, judul=f"MATRIKS RENCANA STRATEGIS {self.nama.upper()} {self.periode}")
        )
        for v in self.r.versi_sebelumnya:
            self.tambah(
                mx.tabel_renstra(
                    b, v.tujuan, v.sasaran, lengkap=True, judul=f"MATRIKS RENCANA STRATEGIS ({v.label.upper()})"
                )
            )
        self.tambah(J(f"Lampiran 2. Rencana Kinerja Tahunan (RKT) Tahun {self.th}", 2, halaman_baru=True))
        rp = mx.tabel_rpjmd(b)
        if rp is not None:
            self.tambah(rp)
        self.tambah(mx.tabel_rkt(b, h))
        rkt = b.rkt
        if rkt.penandatangan:
            self.tambah(
                TandaTangan(
                    kanan=penandatangan(rkt.penandatangan, [tempat_tanggal(tempat(b, rkt.tempat), rkt.tanggal)])
                )
            )
        self.tambah(Bagian(orientasi="potret", penomoran="arab"))
        self.tambah(J(f"Lampiran 3. Perjanjian Kinerja Tahun {self.th}", 2))
        daftar = pk_terpilih(b, "semua")
        if daftar:
            for n, pk in enumerate(daftar):
                if n:
                    self.tambah(HalamanBaru())
                self.tambah(*blok_pk(b, h, pk, OpsiDokumen(logo=self.o.logo), dengan_kop=False))
        else:
            self.tambah(P(f"Perjanjian Kinerja Tahun {self.th} belum dicatat dalam berkas laporan ini."))
        self.tambah(J("Lampiran 4. Indikator Kinerja Utama", 2, halaman_baru=True))
        self.tambah(*blok_iku_lampiran(b))
        self.tambah(J(f"Lampiran 5. Penghargaan Tahun {self.th}", 2, halaman_baru=True))
        pt = mx.tabel_penghargaan(b)
        if pt is not None:
            self.tambah(P(f"Penghargaan yang diraih {self.nama} selama tahun {self.th}:", lanjut=True), pt)
        else:
            self.tambah(P(f"Tidak ada penghargaan yang dicatat untuk {self.nama} pada tahun {self.th}."))


def _kata_sasaran(i: int) -> str:
    return f"Sasaran {i}"


def _paragraf(teks: str) -> list[str]:
    return [p.strip() for p in teks.split("\n\n") if p.strip()]


__all__ = ["buat_lkjip"]

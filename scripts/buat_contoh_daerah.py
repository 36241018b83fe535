"""Writes examples/jember-2023-sintetis/: a SYNTHETIC Kabupaten Jember 2023 district (marked synthetic).

The district file holds an RPJMD whose misi 2, tujuan and sasaran are the ones the seed prints (RKT lampiran and
Bab II), plus synthetic sasaran for other affairs; Kecamatan Kencong is the example berkas as printed with its
positions, owners and RPJMD links added; nine more agencies (dinas, badan, kecamatan) are synthetic.

Run: `.venv/bin/python scripts/buat_contoh_daerah.py` (reproducible: fixed random seed).
"""

from __future__ import annotations

import random
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from sakip.berkas.baca import baca_berkas
from sakip.berkas.daerah import tulis_daerah
from sakip.berkas.tulis import tulis_berkas
from sakip.core.capaian import Polaritas
from sakip.core.model import (
    Berkas,
    Indikator,
    IndikatorKinerja,
    Instansi,
    Jabatan,
    Kegiatan,
    Pejabat,
    Program,
    Realisasi,
    RealisasiIndikator,
    RealisasiSubKegiatan,
    Renstra,
    Rkt,
    Sasaran,
    SubKegiatan,
    TautanRpjmd,
    Tujuan,
)
from sakip.core.model_daerah import (
    AturanKonsolidasi,
    BerkasDaerah,
    IndikatorRpjmd,
    MisiRpjmd,
    ProgramPrioritas,
    RealisasiRpjmd,
    RpjmdDaerah,
    SasaranRpjmd,
    TujuanRpjmd,
)
from sakip.core.nilai import Angka, Mutu

AKAR = Path(__file__).resolve().parent.parent
FOLDER = AKAR / "examples" / "jember-2023-sintetis"
TAHUN = 2023
TAHUN_RPJMD = range(2021, 2027)


def d(x) -> Decimal:
    return Decimal(str(x))


def target(nilai_2023, langkah=0) -> dict:
    return {th: Angka(d(nilai_2023) + d(langkah) * (th - TAHUN)) for th in TAHUN_RPJMD}


def rpjmd() -> RpjmdDaerah:
    def ind(id_, nama, satuan, t, aturan, pol=Polaritas.POSITIF, langkah=0, formula=""):
        return IndikatorRpjmd(id_, nama, satuan, pol, formula, target(t, langkah), aturan)

    return RpjmdDaerah(
        periode_awal=2021,
        periode_akhir=2026,
        visi="Wes Wayahe Mbangun Jember (SINTETIS)",
        dokumen="RPJMD Kabupaten Jember 2021–2026 (contoh sintetis, disusun dari yang dikutip LKjIP Kecamatan Kencong)",
        misi=[
            MisiRpjmd("M1", "Meningkatkan kualitas sumber daya manusia yang sehat dan cerdas (sintetis)"),
            MisiRpjmd(
                "M2",
                "Membangun tata kelola pemerintahan yang kondusif antara eksekutif, legislatif, masyarakat, dan "
                "komponen pembangunan daerah lainnya",
            ),
            MisiRpjmd("M3", "Membangun infrastruktur yang merata dan berkualitas (sintetis)"),
        ],
        tujuan=[
            TujuanRpjmd("T1.1", "M1", "Meningkatnya kualitas kesehatan dan pendidikan masyarakat (sintetis)"),
            TujuanRpjmd(
                "T2.1",
                "M2",
                "Meningkatnya tata kelola Pemerintahan yang efektif, melalui sinergis dengan seluruh elemen "
                "pembangunan daerah dan peningkatan kualitas pelayanan Publik.",
                [ind("IT2.1", "Indeks Reformasi Birokrasi", "Indeks", 65, AturanKonsolidasi.RATA_RATA, langkah=2)],
            ),
            TujuanRpjmd("T3.1", "M3", "Meningkatnya kemantapan infrastruktur jalan (sintetis)"),
        ],
        sasaran=[
            SasaranRpjmd(
                "SR1.1",
                "T1.1",
                "Meningkatnya derajat kesehatan masyarakat (sintetis)",
                [
                    ind(
                        "ISR1.1",
                        "Persentase puskesmas terakreditasi paripurna",
                        "%",
                        60,
                        AturanKonsolidasi.RATA_RATA,
                        langkah=5,
                    )
                ],
            ),
            SasaranRpjmd(
                "SR1.2",
                "T1.1",
                "Meningkatnya kualitas pendidikan dasar (sintetis)",
                [ind("ISR1.2", "Angka partisipasi murni SD/SMP", "%", 95, AturanKonsolidasi.RATA_RATA, langkah=0.5)],
            ),
            SasaranRpjmd(
                "SR2.1",
                "T2.1",
                "Meningkatnya Pelayanan Publik yang merata dan berkualitas",
                [
                    ind(
                        "ISR2.1",
                        "Indeks Pelayanan Publik (IPP)",
                        "Indeks",
                        90,
                        AturanKonsolidasi.RATA_RATA,
                        langkah=0.5,
                    )
                ],
            ),
            SasaranRpjmd(
                "SR2.2",
                "T2.1",
                "Meningkatnya realisasi pajak daerah dan retribusi daerah",
                [
                    ind(
                        "ISR2.2",
                        "Persentase realisasi pajak dan retribusi daerah terhadap target",
                        "%",
                        100,
                        AturanKonsolidasi.TERTIMBANG,
                    )
                ],
            ),
            SasaranRpjmd(
                "SR2.3",
                "T2.1",
                "Meningkatnya kualitas pemerintahan dan pelayanan publik di tingkat desa",
                [ind("ISR2.3", "Jumlah desa mandiri", "Desa", 7, AturanKonsolidasi.JUMLAH, langkah=1)],
            ),
            SasaranRpjmd(
                "SR2.4",
                "T2.1",
                "Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah",
                [
                    IndikatorRpjmd(
                        "ISR2.4",
                        "Nilai SAKIP Kabupaten",
                        "Nilai",
                        Polaritas.POSITIF,
                        "Hasil evaluasi AKIP oleh KemenPANRB",
                        {th: Mutu("B", d(64 + th - 2021)) for th in TAHUN_RPJMD},
                        AturanKonsolidasi.RATA_RATA,
                    )
                ],
            ),
            SasaranRpjmd(
                "SR3.1",
                "T3.1",
                "Meningkatnya kondisi jalan kabupaten yang mantap (sintetis)",
                [
                    ind(
                        "ISR3.1",
                        "Persentase panjang jalan kabupaten kondisi mantap",
                        "%",
                        70,
                        AturanKonsolidasi.MAKSIMUM,
                        langkah=2,
                    )
                ],
            ),
        ],
        program_prioritas=[
            ProgramPrioritas("Jember Sehat (sintetis)", ["SR1.1"], perangkat_daerah=["Dinas Kesehatan"]),
            ProgramPrioritas("Pelayanan Publik Terpadu di Kecamatan", ["SR2.1", "SR2.3"]),
            ProgramPrioritas(
                "Jalan Mantap (sintetis)", ["SR3.1"], perangkat_daerah=["Dinas Pekerjaan Umum Bina Marga"]
            ),
        ],
    )


# --- synthetic agencies ------------------------------------------------------------------------------------------

NAMA_ORANG = [
    "Ahmad Fauzi",
    "Siti Aminah",
    "Bambang Sutrisno",
    "Dewi Lestari",
    "Eko Prasetyo",
    "Fitri Handayani",
    "Hadi Santoso",
    "Indah Permata",
    "Joko Susilo",
    "Kartika Sari",
    "Lukman Hakim",
    "Maya Anggraini",
]

# nama, jenis, kode urusan, [(sasaran, indikator, satuan, target 2023, realisasi, polaritas, [links])]
AGENCIES = [
    (
        "Dinas Kesehatan",
        "dinas",
        "1.02",
        [
            (
                "Meningkatnya mutu layanan puskesmas",
                "Persentase puskesmas terakreditasi paripurna",
                "%",
                60,
                58,
                "+",
                [TautanRpjmd("SR1.1", "ISR1.1")],
            ),
            (
                "Meningkatnya kepuasan pasien",
                "Indeks Kepuasan Masyarakat",
                "Indeks",
                88,
                89.2,
                "+",
                [TautanRpjmd("SR2.1", "ISR2.1")],
            ),
        ],
    ),
    (
        "Dinas Pendidikan",
        "dinas",
        "1.01",
        [
            (
                "Meningkatnya akses pendidikan dasar",
                "Angka partisipasi murni SD/SMP",
                "%",
                95,
                95.8,
                "+",
                [TautanRpjmd("SR1.2", "ISR1.2")],
            ),
        ],
    ),
    (
        "Dinas Pekerjaan Umum Bina Marga",
        "dinas",
        "1.03",
        [
            (
                "Meningkatnya jalan kabupaten kondisi mantap",
                "Persentase jalan kondisi mantap",
                "%",
                70,
                66.5,
                "+",
                [TautanRpjmd("SR3.1", "ISR3.1")],
            ),
        ],
    ),
    (
        "Badan Perencanaan Pembangunan Daerah",
        "badan",
        "5.01",
        [
            (
                "Meningkatnya kualitas perencanaan dan evaluasi kinerja",
                "Nilai SAKIP OPD",
                "Nilai",
                "B (65)",
                "B (66)",
                "+",
                [TautanRpjmd("SR2.4", "ISR2.4")],
            ),
        ],
    ),
    (
        "Badan Pendapatan Daerah",
        "badan",
        "5.02",
        [
            (
                "Meningkatnya pendapatan asli daerah",
                "Persentase realisasi pajak daerah terhadap target",
                "%",
                100,
                103.4,
                "+",
                [TautanRpjmd("SR2.2", "ISR2.2", kontribusi=d(80))],
            ),
        ],
    ),
    (
        "Inspektorat Daerah",
        "badan",
        "6.01",
        [
            (
                "Meningkatnya akuntabilitas perangkat daerah",
                "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
                "%",
                85,
                90,
                "+",
                [TautanRpjmd("SR2.4")],
            ),
        ],
    ),
    (
        "Kecamatan Puger",
        "kecamatan",
        "7.01",
        [
            (
                "Meningkatnya kualitas pelayanan kecamatan",
                "Indeks Kepuasan Masyarakat",
                "Indeks",
                90,
                91.2,
                "+",
                [TautanRpjmd("SR2.1", "ISR2.1")],
            ),
            (
                "Meningkatnya kemandirian desa",
                "Jumlah desa mandiri",
                "Desa",
                4,
                3,
                "+",
                [TautanRpjmd("SR2.3", "ISR2.3")],
            ),
            (
                "Meningkatnya penerimaan PBB",
                "Persentase realisasi PBB terhadap target",
                "%",
                100,
                92,
                "+",
                [TautanRpjmd("SR2.2", "ISR2.2", kontribusi=d(10))],
            ),
        ],
    ),
    (
        "Kecamatan Ambulu",
        "kecamatan",
        "7.01",
        [
            (
                "Meningkatnya kualitas pelayanan kecamatan",
                "Indeks Kepuasan Masyarakat",
                "Indeks",
                90,
                86.4,
                "+",
                [TautanRpjmd("SR2.1", "ISR2.1")],
            ),
            (
                "Meningkatnya kemandirian desa",
                "Jumlah desa mandiri",
                "Desa",
                3,
                3,
                "+",
                [TautanRpjmd("SR2.3", "ISR2.3")],
            ),
            (
                "Meningkatnya penerimaan PBB",
                "Persentase realisasi PBB terhadap target",
                "%",
                100,
                97.5,
                "+",
                [TautanRpjmd("SR2.2", "ISR2.2", kontribusi=d(5))],
            ),
        ],
    ),
    (
        "Kecamatan Sumberbaru",
        "kecamatan",
        "7.01",
        [
            (
                "Meningkatnya kualitas pelayanan kecamatan",
                "Indeks Kepuasan Masyarakat",
                "Indeks",
                90,
                88,
                "+",
                [TautanRpjmd("SR2.1", "ISR2.1")],
            ),
            (
                "Meningkatnya penerimaan PBB",
                "Persentase realisasi PBB terhadap target",
                "%",
                100,
                101,
                "+",
                [TautanRpjmd("SR2.2", "ISR2.2", kontribusi=d(5))],
            ),
        ],
    ),
]


def _nilai(x):
    if isinstance(x, str):
        huruf, _, skor = x.partition(" (")
        return Mutu(huruf, d(skor.rstrip(")")))
    return Angka(d(x))


def buat_pd(nomor: int, nama: str, jenis: str, urusan: str, sasaran_def: list) -> Berkas:
    rng = random.Random(nomor * 104729)
    orang = iter(NAMA_ORANG[nomor % 4 :] + NAMA_ORANG[: nomor % 4])
    kepala_nama = "Camat" if jenis == "kecamatan" else "Kepala " + nama.split(" ")[0]
    sekretaris = "Sekretaris Kecamatan" if jenis == "kecamatan" else "Sekretaris"

    def pejabat(jabatan: str) -> Pejabat:
        return Pejabat(next(orang), jabatan, "Pembina", "IV/a", f"1975{nomor:02d}{rng.randint(10, 99)}2000031001")

    jabatan = [
        Jabatan(
            "kepala",
            f"{kepala_nama} {nama.removeprefix('Kecamatan ')}" if jenis == "kecamatan" else kepala_nama,
            "II",
            "",
            pejabat(kepala_nama),
        ),
        Jabatan("sekretaris", sekretaris, "III", "kepala", pejabat(sekretaris)),
        Jabatan("kasubbag-keu", "Kepala Subbagian Perencanaan dan Keuangan", "IV", "sekretaris", pejabat("Kasubbag")),
        Jabatan(
            "kabid-1",
            "Kepala Seksi Pelayanan" if jenis == "kecamatan" else "Kepala Bidang Teknis",
            "III" if jenis != "kecamatan" else "IV",
            "kepala",
            pejabat("Kabid"),
        ),
        Jabatan(
            "kasi-1",
            "Kepala Seksi Pemerintahan" if jenis == "kecamatan" else "Kepala Seksi Teknis",
            "IV",
            "kabid-1" if jenis != "kecamatan" else "kepala",
            pejabat("Kasi"),
        ),
    ]
    tujuan = Tujuan("T1", f"Meningkatnya kinerja {nama} dalam mendukung RPJMD")
    sasaran, realisasi_ind = [], {}
    for i, (uraian, ind_nama, satuan, t, r, _pol, tautan) in enumerate(sasaran_def, 1):
        ind = Indikator(
            id=f"IKU{i}",
            nama=ind_nama,
            satuan=satuan,
            polaritas=Polaritas.POSITIF,
            target={th: _nilai(t) for th in TAHUN_RPJMD},
            penanggung_jawab=[jabatan[0].nama],
            pemilik="kepala",
        )
        sasaran.append(Sasaran(f"S{i}", uraian, "T1", [ind], rpjmd=list(tautan)))
        realisasi_ind[ind.id] = RealisasiIndikator(tahunan=_nilai(r))
        if satuan == "%" and not isinstance(r, str) and r > 100:
            realisasi_ind[ind.id].alasan_tidak_lazim = "Realisasi penerimaan melampaui target (data sintetis)"
    program, real = [], Realisasi(indikator=realisasi_ind)
    kode_prog = [f"{urusan}.01", f"{urusan}.02"]
    for n, kode in enumerate(kode_prog):
        teknis = n == 1
        pemilik_p = "kabid-1" if teknis else "sekretaris"
        pemilik_k = "kasi-1" if teknis else "kasubbag-keu"
        keg = []
        for m in range(1, 3):
            kk = f"{kode}.2.{m:02d}"
            subs = []
            for s in range(1, 3):
                ks = f"{kk}.{s:02d}"
                pagu = d(rng.randint(40, 900) * 1_000_000)
                subs.append(
                    SubKegiatan(
                        ks,
                        f"{'Pelayanan teknis' if teknis else 'Penunjang administrasi'} {m}.{s} (sintetis)",
                        pagu,
                        indikator=[
                            IndikatorKinerja(
                                "Jumlah dokumen/layanan yang diselesaikan", Angka(d(12)), "Dokumen", pemilik=pemilik_k
                            )
                        ],
                    )
                )
                real.sub_kegiatan[ks] = RealisasiSubKegiatan(
                    anggaran=(pagu * d(rng.randint(820, 990)) / d(1000)).quantize(d(1)),
                    output=[Angka(d(rng.randint(10, 12)))],
                )
            keg.append(
                Kegiatan(
                    kk,
                    f"Kegiatan {m} program {kode} (sintetis)",
                    [IndikatorKinerja("Persentase layanan kegiatan terlaksana", Angka(d(100)), "%", pemilik=pemilik_k)],
                    subs,
                )
            )
            real.kegiatan[kk] = [Angka(d(rng.randint(90, 100)))]
        program.append(
            Program(
                kode,
                (
                    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota"
                    if not teknis
                    else f"Program teknis urusan {urusan} (sintetis)"
                ),
                [s.id for s in sasaran] if teknis else [sasaran[0].id],
                [IndikatorKinerja("Persentase capaian kinerja program", Angka(d(100)), "%", pemilik=pemilik_p)],
                keg,
            )
        )
        real.program[kode] = [Angka(d(rng.randint(88, 100)))]
    instansi = Instansi(
        nama=nama,
        jenis=jenis,
        kode=f"{urusan}.{nomor:02d}",
        pemda="Kabupaten Jember",
        provinsi="Jawa Timur",
        ibu_kota="Jember",
        kepala=jabatan[0].pejabat,
        atasan=Pejabat("Ir. H. Hendy Siswanto, S.T., IPU", "Bupati Jember"),
        jabatan=jabatan,
    )
    return Berkas(
        tahun=TAHUN,
        instansi=instansi,
        renstra=Renstra(2021, 2026, f"Renstra {nama} 2021–2026 (sintetis)", [tujuan], sasaran),
        rkt=Rkt(program=program),
        realisasi=real,
    )


def kencong() -> Berkas:
    """The example as printed, with its positions, owners and RPJMD links (the seed's Bab II and IKU table)."""
    b = baca_berkas(AKAR / "examples" / "kencong-2023.yaml")
    kepala = b.instansi.kepala
    jab = [
        Jabatan("camat", "Camat Kencong", "II", "", kepala),
        Jabatan(
            "sekcam",
            "Sekretaris Kecamatan",
            "III",
            "camat",
            Pejabat("(sintetis) Sekretaris Kecamatan Kencong", "Sekretaris Kecamatan"),
        ),
        Jabatan(
            "kasubbag-pk",
            "Kepala Subbagian Perencanaan dan Keuangan",
            "IV",
            "sekcam",
            Pejabat("(sintetis) Kasubbag Perencanaan dan Keuangan", "Kasubbag"),
        ),
        Jabatan(
            "kasi-pem", "Kepala Seksi Pemerintahan", "IV", "camat", Pejabat("(sintetis) Kasi Pemerintahan", "Kasi")
        ),
        Jabatan(
            "kasi-pmks",
            "Kepala Seksi Pemberdayaan Masyarakat dan Kesejahteraan Sosial",
            "IV",
            "camat",
            Pejabat("(sintetis) Kasi PMKS", "Kasi"),
        ),
        Jabatan(
            "kasi-trantib",
            "Kepala Seksi Ketenteraman dan Ketertiban Umum",
            "IV",
            "camat",
            Pejabat("(sintetis) Kasi Trantib", "Kasi"),
        ),
    ]
    b.instansi.jabatan = jab
    # Owners as the IKU table prints the penanggung jawab (Camat, Sekcam, the Seksi).
    pemilik_iku = {
        "IT1": "camat",
        "IT2": "camat",
        "IKU1": "sekcam",
        "IKU2": "camat",
        "IKU3": "kasi-pmks",
        "IKU4": "kasi-trantib",
    }
    for ind in b.renstra.semua_indikator():
        ind.pemilik = pemilik_iku.get(ind.id, "camat")
    pemilik_prog = {
        "7.01.01": ("sekcam", "kasubbag-pk"),
        "7.01.02": ("kasi-pem", "kasi-pem"),
        "7.01.03": ("kasi-pmks", "kasi-pmks"),
        "7.01.04": ("kasi-trantib", "kasi-trantib"),
    }
    for p in b.rkt.program:
        atas, bawah = pemilik_prog.get(p.kode, ("sekcam", "kasubbag-pk"))
        for i in p.indikator:
            i.pemilik = atas
        for k in p.kegiatan:
            for i in k.indikator:
                i.pemilik = bawah
            for s in k.sub_kegiatan:
                for i in s.indikator:
                    i.pemilik = bawah
    # RPJMD links: misi 2, tujuan 1 and the three "sasaran strategis kabupaten" the seed names.
    tautan = {
        "S1": [TautanRpjmd("SR2.4")],
        "S2": [TautanRpjmd("SR2.1", "ISR2.1", "IKU2")],
        "S3": [TautanRpjmd("SR2.3")],
        "S4": [TautanRpjmd("SR2.1")],
    }
    for s in b.renstra.sasaran:
        s.rpjmd = tautan.get(s.id, [])
    b.renstra.tujuan = [replace(t, rpjmd=[TautanRpjmd("SR2.4")] if t.id == "T1" else []) for t in b.renstra.tujuan]
    return b


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    daerah = BerkasDaerah(
        tahun=TAHUN,
        pemda="Kabupaten Jember",
        rpjmd=rpjmd(),
        provinsi="Jawa Timur",
        ibu_kota="Jember",
        kepala=Pejabat("Ir. H. Hendy Siswanto, S.T., IPU", "Bupati Jember"),
        sekretaris=Pejabat("(sintetis) Sekretaris Daerah", "Sekretaris Daerah"),
        realisasi={"IT2.1": RealisasiRpjmd(Angka(d("66.12")), "Hasil evaluasi RB KemenPANRB (sintetis)")},
        sintetis=True,
        catatan="DATA SINTETIS untuk contoh dan demo; hanya Kecamatan Kencong bersumber dari laporan tercetak.",
    )
    tulis_daerah(daerah, FOLDER / "daerah.yaml")
    tulis_berkas(kencong(), FOLDER / "kencong-2023.yaml")
    for n, (nama, jenis, urusan, sasaran) in enumerate(AGENCIES, 1):
        b = buat_pd(n, nama, jenis, urusan, sasaran)
        slug = nama.lower().replace(" ", "-")
        tulis_berkas(b, FOLDER / f"{slug}-2023-sintetis.yaml")
    print(f"ditulis: {FOLDER}")


if __name__ == "__main__":
    main()

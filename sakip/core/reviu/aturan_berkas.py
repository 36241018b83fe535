"""Rules on an agency's data (a berkas), through the engine's own results (`hitung`).

A berkas cannot contradict its own arithmetic (every derived figure is computed), so these rules look at
what people enter: plans that disagree with each other, indicators without polarity or target, IKU
formulas, realisations that contradict their formula, budget lines, staff and population breakdowns, the
report's date, the analyses the report will need, and (with last year's berkas) previous-year figures.
Every finding carries `jalur`, the data path the web app shows it next to.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from sakip.core.angka import persen
from sakip.core.hasil import HasilPengukuran
from sakip.core.hitung import hitung
from sakip.core.model import Berkas, Indikator, JenisPk
from sakip.core.nilai import Angka, Nilai
from sakip.core.sumber import Dipakai, JenisSumber, rincian_semua
from sakip.core.tanggal import format_tanggal

from .aturan_silang import rumus_merosot
from .aturan_tabel import PANGKAT, _judul_pangkat, normal_pangkat
from .cocok import teks_persen, teks_rupiah
from .katalog import temuan
from .teks import normal
from .temuan import Temuan

SUMBER = "berkas"


def _t(kode: str, lokasi: str, pesan: str, jalur: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber=SUMBER, jalur=jalur, subjek=kw.pop("subjek", jalur), **kw)


def _tampil(n: Nilai | None) -> str:
    return "-" if n is None else n.tampil()


def _sama(a: Nilai | None, b: Nilai | None) -> bool:
    if isinstance(a, Angka) and isinstance(b, Angka):
        return a.nilai == b.nilai
    return _tampil(a) == _tampil(b)


class _Reviu:
    def __init__(self, berkas: Berkas, h: HasilPengukuran, lalu: Berkas | None):
        self.b = berkas
        self.h = h
        self.lalu = lalu
        self.hasil: list[Temuan] = []
        self.jalur_indikator: dict[str, str] = {}
        for i, tj in enumerate(berkas.renstra.tujuan):
            for j, ind in enumerate(tj.indikator):
                self.jalur_indikator[ind.id] = f"renstra.tujuan[{i}].indikator[{j}]"
        for i, s in enumerate(berkas.renstra.sasaran):
            for j, ind in enumerate(s.indikator):
                self.jalur_indikator[ind.id] = f"renstra.sasaran[{i}].indikator[{j}]"

    def tambah(self, t: Temuan) -> None:
        self.hasil.append(t)

    @staticmethod
    def nama(ind: Indikator) -> str:
        return f"{ind.id} ({ind.nama})"

    def jalankan(self) -> list[Temuan]:
        self.indikator()
        self.target_rencana()
        self.iku()
        self.cascade()
        self.pk()
        self.iku_program()
        self.terhitung()
        self.anggaran()
        self.pegawai()
        self.wilayah()
        self.tanggal()
        self.analisis()
        if self.lalu is not None:
            self.tahun_lalu()
        return self.hasil

    # --- indicators and plans ---------------------------------------------------------------------------------

    def indikator(self) -> None:
        for ind in self.b.renstra.semua_indikator():
            jalur = self.jalur_indikator[ind.id]
            if ind.polaritas is None:
                self.tambah(
                    _t(
                        "RENC-POLARITAS",
                        f"Renstra · indikator {self.nama(ind)}",
                        "Polaritas indikator tidak dinyatakan: capaian tidak dapat dihitung dengan pasti (semakin "
                        "tinggi semakin baik, semakin rendah semakin baik, atau rentang). Dihitung sebagai positif.",
                        f"{jalur}.polaritas",
                        tercetak="(kosong)",
                        seharusnya="positif / negatif / rentang",
                    )
                )
            if self.b.target_tahun(ind) is None:
                self.tambah(
                    _t(
                        "RENC-TARGET-KOSONG",
                        f"Renstra · indikator {self.nama(ind)}",
                        f"Indikator tidak mempunyai target tahun {self.b.tahun} (di PK, RKT maupun Renstra).",
                        f"{jalur}.target.{self.b.tahun}",
                        tercetak="(kosong)",
                        seharusnya=f"target {self.b.tahun}",
                    )
                )

    def target_rencana(self) -> None:
        b = self.b
        pk = b.pk_berlaku()
        for ind in b.renstra.semua_indikator():
            jalur = self.jalur_indikator[ind.id]
            renstra = ind.target.get(b.tahun)
            rkt = b.rkt.target.get(ind.id) if ind.id in b.rkt.target else None
            t_pk = pk.target.get(ind.id) if pk is not None and ind.id in pk.target else None
            acuan, nama_acuan = (t_pk, "PK") if t_pk is not None else (renstra, "Renstra")
            if acuan is None:
                continue
            if rkt is not None and not _sama(rkt, acuan):
                self.tambah(
                    _t(
                        "RENC-TARGET-BEDA",
                        f"RKT · target {self.nama(ind)}",
                        f"Target {b.tahun} dalam RKT {_tampil(rkt)}, sedangkan {nama_acuan} {_tampil(acuan)}. Tidak ada "
                        "perubahan yang tercatat untuk target RKT ini.",
                        f"rkt.target.{ind.id}",
                        tercetak=_tampil(rkt),
                        seharusnya=_tampil(acuan),
                    )
                )
            if t_pk is not None and renstra is not None and not _sama(t_pk, renstra):
                if pk is not None and pk.jenis == JenisPk.PERUBAHAN and pk.alasan_perubahan.strip():
                    continue  # a recorded revision
                self.tambah(
                    _t(
                        "RENC-TARGET-BEDA",
                        f"PK · target {self.nama(ind)}",
                        f"Target {b.tahun} dalam PK {_tampil(t_pk)}, sedangkan Renstra {_tampil(renstra)}, tanpa alasan "
                        "perubahan yang tercatat.",
                        f"{jalur}.target.{b.tahun}",
                        tercetak=_tampil(t_pk),
                        seharusnya=_tampil(renstra),
                        subjek=f"pk-renstra|{ind.id}",
                    )
                )

    def iku(self) -> None:
        b = self.b
        per_id = {i.id: i for i in b.renstra.semua_indikator()}
        for id_ in b.iku.indikator:
            ind = per_id.get(id_)
            if ind is None:
                continue
            jalur = self.jalur_indikator[id_]
            lokasi = f"IKU · {self.nama(ind)}"
            merosot = (ind.pembilang.strip() and normal(ind.pembilang) == normal(ind.penyebut)) or (
                not ind.pembilang and rumus_merosot(ind.formula.replace("/", " / ")) is not None
            )
            if merosot:
                self.tambah(
                    _t(
                        "RENC-IKU-RUMUS",
                        lokasi,
                        "Pembilang dan penyebut formula IKU sama, sehingga capaiannya selalu 100%.",
                        f"{jalur}.pembilang",
                        tercetak=f"{ind.pembilang or ind.formula}",
                        seharusnya="pembilang ≠ penyebut",
                    )
                )
            for apa, kosong, field in (
                ("formula", not (ind.formula.strip() or ind.pembilang.strip()), "formula"),
                ("penanggung jawab", not any(x.strip() for x in ind.penanggung_jawab), "penanggung_jawab"),
                ("sumber data", not ind.sumber_data.strip(" -"), "sumber_data"),
            ):
                if kosong:
                    self.tambah(
                        _t(
                            "RENC-IKU-KOSONG",
                            lokasi,
                            f"Indikator kinerja utama ini belum mempunyai {apa}.",
                            f"{jalur}.{field}",
                            tercetak="(kosong)",
                            seharusnya=apa,
                        )
                    )

    def cascade(self) -> None:
        b = self.b
        for i, prog in enumerate(b.rkt.program):
            jp = f"rkt.program[{i}]"
            for x, ik in enumerate(prog.indikator):
                if ik.target is None and not ik.hitung_dari:
                    self._target_kosong(
                        f"RKT · Program {prog.kode} {prog.nama}", ik.nama, f"{jp}.indikator[{x}].target"
                    )
            if not prog.sasaran:
                self.tambah(
                    _t(
                        "LENGKAP-ANALISIS",
                        f"RKT · Program {prog.kode} {prog.nama}",
                        "Program tidak dikaitkan dengan sasaran mana pun: analisis program pendukung sasaran dan "
                        "efisiensi tidak dapat dibuat.",
                        f"{jp}.sasaran",
                        tercetak="(kosong)",
                        seharusnya="sasaran yang didukung",
                    )
                )
            for j, keg in enumerate(prog.kegiatan):
                jk = f"{jp}.kegiatan[{j}]"
                for x, ik in enumerate(keg.indikator):
                    if ik.target is None and not ik.hitung_dari:
                        self._target_kosong(
                            f"RKT · Kegiatan {keg.kode} {keg.nama}", ik.nama, f"{jk}.indikator[{x}].target"
                        )
                tanpa = [s for s in keg.sub_kegiatan if not s.indikator]
                if tanpa:
                    self.tambah(
                        _t(
                            "RENC-OUTPUT-KOSONG",
                            f"RKT · Kegiatan {keg.kode} {keg.nama}",
                            f"{len(tanpa)} dari {len(keg.sub_kegiatan)} sub kegiatannya tidak mempunyai indikator output "
                            f"({', '.join(s.kode for s in tanpa[:4])}{'…' if len(tanpa) > 4 else ''}): capaian outputnya "
                            "tidak dapat diukur.",
                            f"{jk}.sub_kegiatan",
                            tercetak=f"{len(tanpa)} sub kegiatan tanpa output",
                            seharusnya="indikator output dan targetnya",
                        )
                    )
                for x, sub in enumerate(keg.sub_kegiatan):
                    js = f"{jk}.sub_kegiatan[{x}]"
                    r = b.realisasi.sub_kegiatan.get(sub.kode)
                    for y, ik in enumerate(sub.indikator):
                        if ik.target is None:
                            self._target_kosong(
                                f"RKT · Sub Kegiatan {sub.kode} {sub.nama}", ik.nama, f"{js}.indikator[{y}].target"
                            )
                        lain = r.target_output[y] if r is not None and y < len(r.target_output) else None
                        if lain is not None and ik.target is not None and not _sama(lain, ik.target):
                            self.tambah(
                                _t(
                                    "RENC-OUTPUT-BEDA",
                                    f"Realisasi · Sub Kegiatan {sub.kode} {sub.nama}",
                                    f"Target output '{ik.nama}' pada realisasi {_tampil(lain)} {ik.satuan}, sedangkan RKT "
                                    f"{_tampil(ik.target)} {ik.satuan}. Capaian output diukur terhadap target yang berbeda "
                                    "dari rencana."
                                    + (f" Keterangan: {r.keterangan}" if r is not None and r.keterangan else ""),
                                    f"realisasi.sub_kegiatan.{sub.kode}.target_output[{y}]",
                                    tercetak=f"{_tampil(lain)} {ik.satuan}".strip(),
                                    seharusnya=f"{_tampil(ik.target)} {ik.satuan}".strip(),
                                )
                            )

    def _target_kosong(self, lokasi: str, nama: str, jalur: str) -> None:
        self.tambah(
            _t(
                "RENC-TARGET-KOSONG",
                lokasi,
                f"Indikator '{nama}' tidak mempunyai target: capaiannya tidak dapat dihitung.",
                jalur,
                tercetak="(kosong)",
                seharusnya="target",
            )
        )

    def pk(self) -> None:
        b = self.b
        if not b.pk:
            self.tambah(
                _t(
                    "LENGKAP-PK",
                    "Perjanjian Kinerja",
                    "Belum ada Perjanjian Kinerja: target tahun ini tidak mempunyai dasar yang disepakati.",
                    "pk",
                    tercetak="(tidak ada)",
                    seharusnya="PK murni (dan perubahan bila ada)",
                )
            )
            return
        for i, pk in enumerate(b.pk):
            lokasi = f"PK {pk.jenis}"
            if pk.jenis == JenisPk.PERUBAHAN and not pk.alasan_perubahan.strip():
                self.tambah(
                    _t(
                        "RENC-PK-PERUBAHAN",
                        lokasi,
                        "PK perubahan tidak mencatat alasan perubahannya (pergantian pejabat, perubahan program/anggaran, "
                        "atau perubahan prioritas).",
                        f"pk[{i}].alasan_perubahan",
                        tercetak="(kosong)",
                        seharusnya="alasan perubahan",
                    )
                )
            kurang = [
                apa
                for apa, ada in (
                    ("tanggal", pk.tanggal is not None),
                    ("pihak pertama", pk.pihak_pertama is not None),
                    ("pihak kedua", pk.pihak_kedua is not None),
                )
                if not ada
            ]
            if kurang:
                self.tambah(
                    _t(
                        "LENGKAP-PK",
                        lokasi,
                        f"PK belum lengkap: {', '.join(kurang)} belum diisi.",
                        f"pk[{i}]",
                        tercetak="(kosong)",
                        seharusnya=", ".join(kurang),
                    )
                )
        pk = b.pk_berlaku()
        if pk is None:
            return
        for kode, jumlah in pk.anggaran_program.items():
            node = self.h.program(kode)
            if node is None or node.pagu == jumlah:
                continue
            self.tambah(
                _t(
                    "ANGG-PK",
                    f"RKT · Program {kode} {node.nama}",
                    f"Pagu program menurut rinciannya Rp {teks_rupiah(node.pagu)}, sedangkan PK menyepakati "
                    f"Rp {teks_rupiah(jumlah)}.",
                    f"pk[{b.pk.index(pk)}].anggaran_program.{kode}",
                    tercetak=teks_rupiah(node.pagu),
                    seharusnya=teks_rupiah(jumlah),
                )
            )

    def iku_program(self) -> None:
        """ "Persentase indikator program yang tercapai": the realisation the formula gives."""
        h = self.h
        dinilai = [x for x in h.indikator_program if x.tercapai is not None]
        ya = sum(1 for x in dinilai if x.tercapai)
        n = len(h.indikator_program)
        if n == 0:
            return
        belum = n - len(dinilai)
        bawah = persen(Decimal(ya), Decimal(n))
        atas = persen(Decimal(ya + belum), Decimal(n))
        for hi in h.semua_indikator_sasaran() + h.indikator_tujuan:
            ind = hi.indikator
            teks = f"{ind.nama} {ind.pembilang}".lower()
            if not re.search(r"indikator\s+program\s+yang\s+tercapai", teks):
                continue
            # Other sources are checked by `terhitung`; this one is the very formula checked here.
            if ind.sumber_realisasi is not None and ind.sumber_realisasi.jenis is not JenisSumber.INDIKATOR_PROGRAM:
                continue
            if not isinstance(hi.realisasi, Angka) or bawah is None or atas is None:
                continue
            r = hi.realisasi.nilai
            if bawah <= r <= atas:
                continue
            tampil = hi.realisasi.tampil() + ("%" if ind.satuan.strip() == "%" else "")
            rinci = f"{ya} dari {n} indikator program tercapai"
            if belum:
                rinci += f", {belum} belum dapat dinilai (tanpa target atau realisasi)"
            rentang = teks_persen(bawah) if bawah == atas else f"{teks_persen(bawah)}–{teks_persen(atas)}"
            self.tambah(
                _t(
                    "ARIT-IKU-RUMUS",
                    f"Realisasi · {self.nama(ind)}",
                    f"Realisasi tercatat {tampil}, padahal menurut formulanya ({rinci}) nilainya {rentang}.",
                    f"realisasi.indikator.{ind.id}",
                    tercetak=tampil,
                    seharusnya=rentang,
                )
            )

    def terhitung(self) -> None:
        """A realisation typed beside records that give another value (survey IKM, register ratios)."""
        for kode, r in rincian_semua(self.b, self.h.pengaturan).items():
            if (
                r.dipakai is not Dipakai.MANUAL
                or not r.selisih
                or r.terhitung.sumber.jenis is JenisSumber.INDIKATOR_PROGRAM
            ):
                continue
            ind = self.b.renstra.indikator(kode)
            if ind is None:
                continue
            tampil = r.manual.tampil() if r.manual is not None else "-"
            if ind.satuan.strip() == "%" and r.manual is not None:
                tampil += "%"
            self.tambah(
                _t(
                    "ARIT-TERHITUNG",
                    f"Realisasi · {self.nama(ind)}",
                    f"Realisasi yang diketik {tampil} berbeda dari nilai yang dihitung dari catatan: "
                    f"{r.terhitung.tahunan.teks}. Alasan yang dicatat: {r.alasan_manual.rstrip('.')}. Lengkapi catatan "
                    "atau perbaiki realisasi agar laporan dan catatan sama.",
                    f"realisasi.indikator.{ind.id}",
                    tercetak=tampil,
                    seharusnya=teks_persen(r.terhitung.tahunan.nilai)
                    if ind.satuan.strip() == "%"
                    else r.terhitung.tahunan.teks,
                )
            )

    # --- budget -----------------------------------------------------------------------------------------------

    def anggaran(self) -> None:
        b, h = self.b, self.h
        ref = h.refocusing
        if ref is not None and ref.selisih_dinyatakan:
            self.tambah(
                _t(
                    "ANGG-REFOCUSING",
                    "Refocusing anggaran",
                    f"Total refocusing yang dinyatakan Rp {teks_rupiah(ref.total_dinyatakan)}, sedangkan "
                    f"{len(ref.rincian)} rinciannya berjumlah Rp {teks_rupiah(ref.total)}.",
                    "refocusing.total_dinyatakan",
                    tercetak=teks_rupiah(ref.total_dinyatakan),
                    seharusnya=teks_rupiah(ref.total),
                )
            )
        for n in h.anggaran.telusuri():
            if n.tingkat == "tidak_dirinci":
                self.tambah(
                    _t(
                        "ANGG-TIDAK-DIRINCI",
                        f"RKT · {n.kode[:-2]} {n.nama}",
                        f"Rp {teks_rupiah(n.pagu)} dicatat tanpa rincian sub kegiatan: pagu, realisasi dan output bagian "
                        "ini tidak dapat diperiksa per sub kegiatan.",
                        f"rkt.program[{[p.kode for p in b.rkt.program].index(n.kode.split('.*')[0])}].tidak_dirinci"
                        if n.kode.split(".*")[0] in [p.kode for p in b.rkt.program]
                        else "rkt",
                        tercetak=teks_rupiah(n.pagu),
                        seharusnya="rincian per sub kegiatan",
                        subjek=f"tidak-dirinci|{n.kode}",
                    )
                )
            if n.tingkat != "sub_kegiatan":
                continue
            if n.belanja_modal > n.pagu:
                self.tambah(
                    _t(
                        "ANGG-KOMPOSISI",
                        f"RKT · Sub Kegiatan {n.kode} {n.nama}",
                        f"Belanja modal Rp {teks_rupiah(n.belanja_modal)} melebihi pagu sub kegiatan Rp {teks_rupiah(n.pagu)}: "
                        "komposisi belanja operasi/modal menjadi negatif.",
                        f"rkt.sub_kegiatan.{n.kode}.belanja_modal",
                        tercetak=teks_rupiah(n.belanja_modal),
                        seharusnya=f"≤ {teks_rupiah(n.pagu)}",
                    )
                )
            if n.realisasi_belum_diisi:
                self.tambah(
                    _t(
                        "ANGG-REALISASI-KOSONG",
                        f"Realisasi · Sub Kegiatan {n.kode} {n.nama}",
                        "Realisasi anggaran sub kegiatan belum diisi (dihitung 0 dalam jumlah).",
                        f"realisasi.sub_kegiatan.{n.kode}.anggaran",
                        tercetak="(kosong)",
                        seharusnya="realisasi anggaran",
                    )
                )
            elif n.realisasi > n.pagu:
                self.tambah(
                    _t(
                        "ANGG-REALISASI-LEBIH",
                        f"Realisasi · Sub Kegiatan {n.kode} {n.nama}",
                        f"Realisasi Rp {teks_rupiah(n.realisasi)} melebihi pagu Rp {teks_rupiah(n.pagu)}.",
                        f"realisasi.sub_kegiatan.{n.kode}.anggaran",
                        tercetak=teks_rupiah(n.realisasi),
                        seharusnya=f"≤ {teks_rupiah(n.pagu)}",
                    )
                )
        for i, a in enumerate(b.anggaran_lalu):
            if a.realisasi > a.pagu:
                self.tambah(
                    _t(
                        "ANGG-REALISASI-LEBIH",
                        f"Anggaran tahun {a.tahun}",
                        f"Realisasi {a.tahun} Rp {teks_rupiah(a.realisasi)} melebihi pagunya Rp {teks_rupiah(a.pagu)}: "
                        "kedua angka mungkin tertukar.",
                        f"anggaran_lalu[{i}]",
                        tercetak=teks_rupiah(a.realisasi),
                        seharusnya=f"≤ {teks_rupiah(a.pagu)}",
                    )
                )

    # --- staff, region ------------------------------------------------------------------------------------------

    def pegawai(self) -> None:
        kp = self.b.instansi.kepegawaian
        ringkasan = {normal(k): v for k, v in kp.ringkasan.items()}

        def dari_ringkasan(*kata: str) -> tuple[str, int] | None:
            for k, v in kp.ringkasan.items():
                nk = normal(k)
                if all(x in nk.split() for x in kata) and not (kata == ("asn",) and ("non" in nk or "bko" in nk)):
                    return k, v
            return None

        asn = dari_ringkasan("asn")
        for apa, baris, jalur in (
            ("per jabatan", kp.per_jabatan, "instansi.kepegawaian.per_jabatan"),
            ("per golongan", kp.per_golongan, "instansi.kepegawaian.per_golongan"),
        ):
            if not baris or asn is None:
                continue
            jumlah = sum(x.jumlah or 0 for x in baris)
            if jumlah != asn[1]:
                self.tambah(
                    _t(
                        "ARIT-JUMLAH",
                        f"Kepegawaian · {apa}",
                        f"Jumlah pegawai {apa} {jumlah}, sedangkan ringkasan kepegawaian menyebut {asn[1]} {asn[0]}.",
                        jalur,
                        tercetak=str(jumlah),
                        seharusnya=str(asn[1]),
                    )
                )
        if kp.per_pendidikan and ringkasan:
            for kunci, nilai in kp.ringkasan.items():
                nk = normal(kunci)
                cocok = [
                    x
                    for x in kp.per_pendidikan
                    if (("non" in nk) == ("non" in normal(x.status)))
                    and (("bko" in nk) == ("bko" in normal(x.status)))
                    and normal(x.status)
                ]
                if not cocok:
                    continue
                jumlah = sum(x.jumlah for x in cocok)
                if jumlah != nilai:
                    self.tambah(
                        _t(
                            "ARIT-JUMLAH",
                            "Kepegawaian · per pendidikan",
                            f"Pegawai {kunci} menurut pendidikan berjumlah {jumlah}, sedangkan ringkasan menyebut {nilai}.",
                            "instansi.kepegawaian.per_pendidikan",
                            tercetak=str(jumlah),
                            seharusnya=str(nilai),
                            subjek=f"pendidikan|{kunci}",
                        )
                    )
        for i, x in enumerate(kp.per_jabatan):
            if x.jumlah is None:
                self.tambah(
                    _t(
                        "LENGKAP-SEL-KOSONG",
                        f"Kepegawaian · jabatan {x.jabatan}",
                        "Jumlah pegawai untuk jabatan ini kosong; isi 0 bila memang tidak ada.",
                        f"instansi.kepegawaian.per_jabatan[{i}].jumlah",
                        tercetak="(kosong)",
                        seharusnya="angka (0 bila tidak ada)",
                    )
                )
        for i, g in enumerate(kp.per_golongan):
            gol = g.golongan.strip().upper().replace(" ", "")
            if gol in PANGKAT and normal_pangkat(g.pangkat) != PANGKAT[gol]:
                self.tambah(
                    _t(
                        "DATA-PANGKAT",
                        f"Kepegawaian · golongan {g.golongan}",
                        f"Pangkat '{g.pangkat}' tidak sesuai golongan ruang {g.golongan} ({_judul_pangkat(PANGKAT[gol])}).",
                        f"instansi.kepegawaian.per_golongan[{i}].pangkat",
                        tercetak=g.pangkat,
                        seharusnya=_judul_pangkat(PANGKAT[gol]),
                    )
                )
        kepala = self.b.instansi.kepala
        if kepala is not None and kepala.golongan and kepala.pangkat:
            gol = kepala.golongan.strip().upper().replace(" ", "")
            if gol in PANGKAT and normal_pangkat(kepala.pangkat) != PANGKAT[gol]:
                self.tambah(
                    _t(
                        "DATA-PANGKAT",
                        f"Instansi · kepala ({kepala.nama})",
                        f"Pangkat '{kepala.pangkat}' tidak sesuai golongan ruang {kepala.golongan}.",
                        "instansi.kepala.pangkat",
                        tercetak=f"{kepala.pangkat} {kepala.golongan}",
                        seharusnya=f"{_judul_pangkat(PANGKAT[gol])} {kepala.golongan}",
                    )
                )

    def wilayah(self) -> None:
        w = self.b.instansi.wilayah
        if w is None or w.penduduk_laki_laki is None or w.penduduk_perempuan is None or not w.penduduk_per_pekerjaan:
            return
        total = w.penduduk_laki_laki + w.penduduk_perempuan
        jumlah = sum(x.jumlah for x in w.penduduk_per_pekerjaan)
        if jumlah != total:
            self.tambah(
                _t(
                    "ARIT-RINCIAN",
                    "Profil wilayah · penduduk per pekerjaan",
                    f"Penduduk per pekerjaan berjumlah {teks_rupiah(Decimal(jumlah))} jiwa, sedangkan penduduk laki-laki "
                    f"dan perempuan {teks_rupiah(Decimal(total))} jiwa (selisih {teks_rupiah(Decimal(abs(total - jumlah)))}).",
                    "instansi.wilayah.penduduk_per_pekerjaan",
                    tercetak=teks_rupiah(Decimal(jumlah)),
                    seharusnya=teks_rupiah(Decimal(total)),
                )
            )

    def tanggal(self) -> None:
        t = self.b.laporan.tanggal
        if t is not None and t <= date(self.b.tahun, 12, 31):
            self.tambah(
                _t(
                    "PROSA-TANGGAL",
                    "Laporan · tanggal",
                    f"Laporan tahun {self.b.tahun} bertanggal {format_tanggal(t)}, sebelum tahun itu berakhir.",
                    "laporan.tanggal",
                    tercetak=format_tanggal(t),
                    seharusnya=f"setelah 31 Desember {self.b.tahun}",
                )
            )

    # --- the seven analyses ----------------------------------------------------------------------------------

    def analisis(self) -> None:
        b, h = self.b, self.h
        for hs in h.sasaran:
            narasi = b.narasi.per_sasaran.get(hs.sasaran.id)
            if not hs.program:
                self.tambah(
                    _t(
                        "LENGKAP-ANALISIS",
                        f"Sasaran {hs.sasaran.id}",
                        "Tidak ada program yang mendukung sasaran ini: analisis program pendukung (7) dan efisiensi (6) "
                        "tidak dapat dibuat.",
                        f"renstra.sasaran[{b.renstra.sasaran.index(hs.sasaran)}]",
                        tercetak="(tidak ada)",
                        seharusnya="program pendukung",
                        subjek=f"analisis|{hs.sasaran.id}|program",
                    )
                )
            for hi in hs.indikator:
                ind = hi.indikator
                jalur = self.jalur_indikator[ind.id]
                lalu = b.tahun - 1
                if (
                    ind.target.get(lalu) is not None
                    and ind.realisasi_lalu.get(lalu) is None
                    and lalu >= b.renstra.periode_awal
                ):
                    self.tambah(
                        _t(
                            "LENGKAP-ANALISIS",
                            f"Renstra · indikator {self.nama(ind)}",
                            f"Realisasi {lalu} belum dicatat padahal Renstra menetapkan target {lalu} "
                            f"({_tampil(ind.target.get(lalu))}): perbandingan dengan tahun sebelumnya (analisis 2) tidak "
                            "dapat dibuat.",
                            f"{jalur}.realisasi_lalu.{lalu}",
                            tercetak="(kosong)",
                            seharusnya=f"realisasi {lalu}",
                            subjek=f"analisis|{ind.id}|lalu",
                        )
                    )
                rec = b.realisasi.indikator.get(ind.id)
                self._seluruh(hi, rec, narasi)
                if hi.perlu_analisis:
                    a = rec.analisis if rec is not None else None
                    ada = (a is not None and a.penyebab.strip() and a.solusi.strip()) or (
                        narasi is not None and narasi.permasalahan and narasi.solusi
                    )
                    if not ada:
                        self.tambah(
                            _t(
                                "LENGKAP-ANALISIS",
                                f"Realisasi · {self.nama(ind)}",
                                f"Capaian {hi.capaian.tampil()} di bawah target, tetapi penyebab dan solusinya (analisis "
                                "5) belum diisi.",
                                f"realisasi.indikator.{ind.id}.analisis",
                                tercetak="(kosong)",
                                seharusnya="penyebab, kendala dan solusi",
                                subjek=f"analisis|{ind.id}|penyebab",
                            )
                        )

    def _seluruh(self, hi, rec, narasi) -> None:
        """An analysis that says everything was settled, for a percentage below 100."""
        from .aturan_prosa import _Prosa

        ind = hi.indikator
        if not isinstance(hi.realisasi, Angka) or hi.realisasi.nilai >= 100 or ind.satuan.strip() != "%":
            return
        teks = []
        if rec is not None:
            teks += [
                ("penyebab", rec.analisis.penyebab),
                ("kendala", rec.analisis.kendala),
                ("solusi", rec.analisis.solusi),
            ]
        for apa, isi in teks:
            m = _Prosa._SELURUH.search(isi or "")
            if m:
                self.tambah(
                    _t(
                        "PROSA-SELURUH",
                        f"Realisasi · {self.nama(ind)}",
                        f"Analisis menyatakan '{m.group(0)}', sehingga realisasinya seharusnya 100%, sedangkan yang "
                        f"dicatat {hi.realisasi.tampil()}%.",
                        f"realisasi.indikator.{ind.id}.analisis.{apa}",
                        tercetak=f"{hi.realisasi.tampil()}%",
                        seharusnya="100%",
                    )
                )

    # --- previous year's berkas --------------------------------------------------------------------------------

    def tahun_lalu(self) -> None:
        b, lalu = self.b, self.lalu
        assert lalu is not None
        if lalu.tahun != b.tahun - 1:
            return
        h_lalu = hitung(lalu)
        for ind in b.renstra.semua_indikator():
            dicatat = ind.realisasi_lalu.get(lalu.tahun)
            hl = h_lalu.hasil_indikator(ind.id)
            if hl is None or hl.realisasi is None:
                continue
            if dicatat is None or not _sama(dicatat, hl.realisasi):
                self.tambah(
                    _t(
                        "SILANG-TAHUN-LALU",
                        f"Renstra · indikator {self.nama(ind)}",
                        f"Realisasi {lalu.tahun} yang dicatat tahun ini {_tampil(dicatat)}, sedangkan berkas tahun "
                        f"{lalu.tahun} mencatat {hl.realisasi.tampil()}.",
                        f"{self.jalur_indikator[ind.id]}.realisasi_lalu.{lalu.tahun}",
                        tercetak=_tampil(dicatat),
                        seharusnya=hl.realisasi.tampil(),
                    )
                )
        for i, a in enumerate(b.anggaran_lalu):
            if a.tahun != lalu.tahun:
                continue
            pohon = h_lalu.anggaran
            if (a.pagu, a.realisasi) != (pohon.pagu, pohon.realisasi):
                self.tambah(
                    _t(
                        "SILANG-TAHUN-LALU",
                        f"Anggaran tahun {a.tahun}",
                        f"Pagu / realisasi {a.tahun} yang dicatat tahun ini Rp {teks_rupiah(a.pagu)} / "
                        f"Rp {teks_rupiah(a.realisasi)}, sedangkan berkas tahun {a.tahun} Rp {teks_rupiah(pohon.pagu)} / "
                        f"Rp {teks_rupiah(pohon.realisasi)}.",
                        f"anggaran_lalu[{i}]",
                        tercetak=f"{teks_rupiah(a.pagu)} / {teks_rupiah(a.realisasi)}",
                        seharusnya=f"{teks_rupiah(pohon.pagu)} / {teks_rupiah(pohon.realisasi)}",
                    )
                )


def jalankan(berkas: Berkas, tahun_lalu: Berkas | None = None, h: HasilPengukuran | None = None) -> list[Temuan]:
    return _Reviu(berkas, h or hitung(berkas), tahun_lalu).jalankan()

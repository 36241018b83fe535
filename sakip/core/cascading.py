"""Cascading inside an agency, down to people: the pohon kinerja, its gap checks, the cascading matrix and the
PK of each level (eselon III/IV).

The tree is sasaran → program → kegiatan → sub kegiatan (under the agency head and its tujuan), each node with
its indicators, their targets for the year and their owners (a `Jabatan` of the agency and the official in it).
Everything here is computed from the berkas; nothing is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from .angka import format_angka
from .model import Berkas, Indikator, IndikatorKinerja, Instansi, Jabatan, Pejabat, Program, TautanRpjmd
from .model_daerah import RpjmdDaerah
from .nilai import Nilai
from .tabel import Baris, Sel, Tabel


class JenisSimpul(StrEnum):
    INSTANSI = "instansi"
    TUJUAN = "tujuan"
    SASARAN = "sasaran"
    PROGRAM = "program"
    KEGIATAN = "kegiatan"
    SUB_KEGIATAN = "sub_kegiatan"
    # The district tree (pohon kinerja daerah): pemda → misi → tujuan → sasaran RPJMD → agencies → their sasaran.
    PEMDA = "pemda"
    MISI = "misi"
    TUJUAN_RPJMD = "tujuan_rpjmd"
    SASARAN_RPJMD = "sasaran_rpjmd"


LABEL_SIMPUL = {
    JenisSimpul.INSTANSI: "Perangkat Daerah",
    JenisSimpul.TUJUAN: "Tujuan",
    JenisSimpul.SASARAN: "Sasaran",
    JenisSimpul.PROGRAM: "Program",
    JenisSimpul.KEGIATAN: "Kegiatan",
    JenisSimpul.SUB_KEGIATAN: "Sub Kegiatan",
    JenisSimpul.PEMDA: "Pemerintah Daerah",
    JenisSimpul.MISI: "Misi",
    JenisSimpul.TUJUAN_RPJMD: "Tujuan RPJMD",
    JenisSimpul.SASARAN_RPJMD: "Sasaran RPJMD",
}


@dataclass(slots=True)
class IndikatorSimpul:
    nama: str
    target: Nilai | None
    satuan: str
    pemilik_id: str  # "" when no owner is declared
    pemilik: Jabatan | None  # resolved; None when missing or not a position of this agency
    # District indicators have no owning position: the line under the target says how they are measured
    # ("capaian 96,67% (AA) — konsolidasi dari 1 PD") instead of an owner.
    keterangan: str = ""

    def target_teks(self) -> str:
        if self.target is None:
            return "-"
        t = self.target.tampil()
        return f"{t} {self.satuan}".strip() if self.satuan and self.satuan != "%" else t + (self.satuan or "")

    def pemilik_teks(self) -> str:
        if self.keterangan:
            return self.keterangan
        if self.pemilik is None:
            return "(belum ada pemilik)" if not self.pemilik_id else f"({self.pemilik_id}: tidak dikenal)"
        nama = self.pemilik.pejabat.nama if self.pemilik.pejabat else "(pejabat belum diisi)"
        return f"{self.pemilik.nama} — {nama}"


@dataclass(slots=True)
class SimpulPohon:
    jenis: JenisSimpul
    kunci: str  # id or kode, unique within its kind
    uraian: str
    indikator: list[IndikatorSimpul] = field(default_factory=list)
    anak: list[SimpulPohon] = field(default_factory=list)
    pagu: Decimal | None = None
    rpjmd: list[str] = field(default_factory=list)  # "SR2.1 Meningkatnya …" labels of the RPJMD sasaran served
    celah: bool | None = None  # drawn as a gap; None: judged from the indicators (missing owner or none)

    def semua(self) -> list[SimpulPohon]:
        hasil = [self]
        for a in self.anak:
            hasil.extend(a.semua())
        return hasil

    @property
    def jumlah_simpul(self) -> int:
        return len(self.semua())


def _jabatan(instansi: Instansi, id_: str) -> Jabatan | None:
    return instansi.cari_jabatan(id_) if id_ else None


def _ik(b: Berkas, i: IndikatorKinerja) -> IndikatorSimpul:
    return IndikatorSimpul(i.nama, i.target, i.satuan, i.pemilik, _jabatan(b.instansi, i.pemilik))


def _ind(b: Berkas, i: Indikator) -> IndikatorSimpul:
    return IndikatorSimpul(i.nama, b.target_tahun(i), i.satuan, i.pemilik, _jabatan(b.instansi, i.pemilik))


def _label_rpjmd(t: TautanRpjmd, rpjmd: RpjmdDaerah | None) -> str:
    s = rpjmd.cari_sasaran(t.sasaran) if rpjmd else None
    teks = f"{t.sasaran} {s.uraian}" if s else t.sasaran
    if t.kontribusi is not None:
        teks += f" (kontribusi {format_angka(t.kontribusi)}%)"
    return teks


def _program(b: Berkas, p: Program) -> SimpulPohon:
    node = SimpulPohon(JenisSimpul.PROGRAM, p.kode, p.nama, [_ik(b, i) for i in p.indikator])
    total = Decimal(0)
    for k in p.kegiatan:
        kn = SimpulPohon(JenisSimpul.KEGIATAN, k.kode, k.nama, [_ik(b, i) for i in k.indikator])
        sub_total = Decimal(0)
        for s in k.sub_kegiatan:
            kn.anak.append(
                SimpulPohon(JenisSimpul.SUB_KEGIATAN, s.kode, s.nama, [_ik(b, i) for i in s.indikator], pagu=s.pagu)
            )
            sub_total += s.pagu
        if k.tidak_dirinci is not None:
            sub_total += k.tidak_dirinci.pagu
        kn.pagu = sub_total
        total += sub_total
        node.anak.append(kn)
    if p.tidak_dirinci is not None:
        total += p.tidak_dirinci.pagu
    node.pagu = total
    return node


def pohon_kinerja(berkas: Berkas, rpjmd: RpjmdDaerah | None = None) -> SimpulPohon:
    """The agency's pohon kinerja for the year. A program serving several sasaran appears under each of them
    (the same node, drawn once per parent, as agencies draw it); programs serving none hang under the head."""
    ins = berkas.instansi
    akar = SimpulPohon(JenisSimpul.INSTANSI, ins.kode or ins.nama, ins.nama)
    program_dipakai: set[str] = set()
    for t in berkas.renstra.tujuan:
        tn = SimpulPohon(
            JenisSimpul.TUJUAN,
            t.id,
            t.uraian,
            [_ind(berkas, i) for i in t.indikator],
            rpjmd=[_label_rpjmd(x, rpjmd) for x in t.rpjmd],
        )
        for s in berkas.renstra.sasaran:
            if s.tujuan != t.id:
                continue
            sn = SimpulPohon(
                JenisSimpul.SASARAN,
                s.id,
                s.uraian,
                [_ind(berkas, i) for i in s.indikator],
                rpjmd=[_label_rpjmd(x, rpjmd) for x in s.rpjmd],
            )
            for p in berkas.rkt.program:
                if s.id in p.sasaran:
                    sn.anak.append(_program(berkas, p))
                    program_dipakai.add(p.kode)
            tn.anak.append(sn)
        akar.anak.append(tn)
    for p in berkas.rkt.program:
        if p.kode not in program_dipakai:
            akar.anak.append(_program(berkas, p))
    return akar


# --- gap checks ------------------------------------------------------------------------------------------------


class JenisCelah(StrEnum):
    SASARAN_TANPA_INDIKATOR = "sasaran_tanpa_indikator"
    SASARAN_TANPA_PROGRAM = "sasaran_tanpa_program"
    SASARAN_TANPA_RPJMD = "sasaran_tanpa_rpjmd"
    PROGRAM_TANPA_SASARAN = "program_tanpa_sasaran"
    PROGRAM_TANPA_INDIKATOR = "program_tanpa_indikator"
    KEGIATAN_TANPA_INDIKATOR = "kegiatan_tanpa_indikator"
    SUB_KEGIATAN_TANPA_INDIKATOR = "sub_kegiatan_tanpa_indikator"
    INDIKATOR_TANPA_PEMILIK = "indikator_tanpa_pemilik"
    PEMILIK_TIDAK_DIKENAL = "pemilik_tidak_dikenal"
    JABATAN_TANPA_PEJABAT = "jabatan_tanpa_pejabat"
    TAUTAN_RPJMD_TIDAK_ADA = "tautan_rpjmd_tidak_ada"
    SIKLUS_JABATAN = "siklus_jabatan"


@dataclass(frozen=True, slots=True)
class Celah:
    jenis: JenisCelah
    lokasi: str  # "sasaran S1", "program 7.01.01", "indikator IKU2"
    pesan: str

    def __str__(self) -> str:
        return f"{self.lokasi}: {self.pesan}"


def siklus_jabatan(instansi: Instansi) -> list[str] | None:
    """The first cycle in the chain of superiors (["a", "b", "a"]), or None."""
    atasan = {j.id: j.atasan for j in instansi.jabatan}
    for awal in atasan:
        jalan = [awal]
        kini = atasan.get(awal, "")
        while kini:
            if kini in jalan:
                return [*jalan[jalan.index(kini) :], kini]
            jalan.append(kini)
            kini = atasan.get(kini, "")
    return None


def periksa_cascading(berkas: Berkas, rpjmd: RpjmdDaerah | None = None) -> list[Celah]:
    """Every gap in the agency's cascading, in tree order. With `rpjmd`, links are checked against it."""
    ins = berkas.instansi
    celah: list[Celah] = []

    def tambah(jenis: JenisCelah, lokasi: str, pesan: str) -> None:
        celah.append(Celah(jenis, lokasi, pesan))

    siklus = siklus_jabatan(ins)
    if siklus:
        tambah(JenisCelah.SIKLUS_JABATAN, "instansi.jabatan", "rantai atasan berputar: " + " → ".join(siklus))

    def pemilik(nama: str, id_: str, lokasi: str) -> None:
        if not id_:
            tambah(JenisCelah.INDIKATOR_TANPA_PEMILIK, lokasi, f"indikator '{nama}' belum mempunyai pemilik (jabatan)")
        elif ins.cari_jabatan(id_) is None:
            tambah(
                JenisCelah.PEMILIK_TIDAK_DIKENAL,
                lokasi,
                f"pemilik '{id_}' dari indikator '{nama}' bukan jabatan di {ins.nama}",
            )

    def tautan(daftar: list[TautanRpjmd], lokasi: str) -> None:
        if rpjmd is None:
            return
        for t in daftar:
            if rpjmd.cari_sasaran(t.sasaran) is None:
                tambah(JenisCelah.TAUTAN_RPJMD_TIDAK_ADA, lokasi, f"sasaran RPJMD '{t.sasaran}' tidak ada di RPJMD")
            elif t.indikator and rpjmd.cari_indikator(t.indikator) is None:
                tambah(JenisCelah.TAUTAN_RPJMD_TIDAK_ADA, lokasi, f"indikator RPJMD '{t.indikator}' tidak ada di RPJMD")

    for t in berkas.renstra.tujuan:
        for i in t.indikator:
            pemilik(i.nama, i.pemilik, f"indikator {i.id}")
        tautan(t.rpjmd, f"tujuan {t.id}")
    for s in berkas.renstra.sasaran:
        lokasi = f"sasaran {s.id}"
        if not s.indikator:
            tambah(JenisCelah.SASARAN_TANPA_INDIKATOR, lokasi, f"sasaran '{s.uraian}' tidak mempunyai indikator")
        if not any(s.id in p.sasaran for p in berkas.rkt.program):
            tambah(JenisCelah.SASARAN_TANPA_PROGRAM, lokasi, f"sasaran '{s.uraian}' tidak didukung program apa pun")
        if not s.rpjmd:
            tambah(JenisCelah.SASARAN_TANPA_RPJMD, lokasi, f"sasaran '{s.uraian}' belum ditautkan ke sasaran RPJMD")
        tautan(s.rpjmd, lokasi)
        for i in s.indikator:
            pemilik(i.nama, i.pemilik, f"indikator {i.id}")
    for p in berkas.rkt.program:
        lokasi = f"program {p.kode}"
        if not p.sasaran:
            tambah(JenisCelah.PROGRAM_TANPA_SASARAN, lokasi, f"program '{p.nama}' tidak mendukung sasaran apa pun")
        if not p.indikator:
            tambah(JenisCelah.PROGRAM_TANPA_INDIKATOR, lokasi, f"program '{p.nama}' tidak mempunyai indikator")
        for n, i in enumerate(p.indikator, 1):
            pemilik(i.nama, i.pemilik, f"{lokasi} indikator {n}")
        for k in p.kegiatan:
            lk = f"kegiatan {k.kode}"
            if not k.indikator:
                tambah(JenisCelah.KEGIATAN_TANPA_INDIKATOR, lk, f"kegiatan '{k.nama}' tidak mempunyai indikator")
            for n, i in enumerate(k.indikator, 1):
                pemilik(i.nama, i.pemilik, f"{lk} indikator {n}")
            for sk in k.sub_kegiatan:
                ls = f"sub kegiatan {sk.kode}"
                if not sk.indikator:
                    tambah(
                        JenisCelah.SUB_KEGIATAN_TANPA_INDIKATOR,
                        ls,
                        f"sub kegiatan '{sk.nama}' tidak mempunyai indikator",
                    )
                for n, i in enumerate(sk.indikator, 1):
                    pemilik(i.nama, i.pemilik, f"{ls} indikator {n}")
    dimiliki = {i.pemilik for i in _semua_indikator(berkas)}
    for j in ins.jabatan:
        if j.id in dimiliki and (j.pejabat is None or not j.pejabat.nama):
            tambah(
                JenisCelah.JABATAN_TANPA_PEJABAT,
                f"jabatan {j.id}",
                f"jabatan '{j.nama}' memiliki indikator tetapi pejabatnya belum diisi",
            )
    return celah


def _semua_indikator(b: Berkas) -> list[Indikator | IndikatorKinerja]:
    hasil: list[Indikator | IndikatorKinerja] = list(b.renstra.semua_indikator())
    for p in b.rkt.program:
        hasil += p.indikator
        for k in p.kegiatan:
            hasil += k.indikator
            for s in k.sub_kegiatan:
                hasil += s.indikator
    return hasil


# --- the cascading matrix --------------------------------------------------------------------------------------


def _ind_teks(daftar: list[IndikatorSimpul]) -> tuple[str, str, str]:
    if not daftar:
        return "-", "-", "-"
    return (
        "\n".join(i.nama for i in daftar),
        "\n".join(i.target_teks() for i in daftar),
        "\n".join(i.pemilik_teks() for i in daftar),
    )


KOLOM_MATRIKS = [
    "Sasaran RPJMD",
    "Sasaran PD",
    "Indikator Sasaran",
    "Target",
    "Pemilik",
    "Program",
    "Indikator Program",
    "Target",
    "Pemilik",
    "Kegiatan",
    "Indikator Kegiatan",
    "Target",
    "Pemilik",
    "Sub Kegiatan",
    "Indikator Output",
    "Target",
    "Pemilik",
    "Pagu (Rp)",
]


def tabel_cascading(berkas: Berkas, rpjmd: RpjmdDaerah | None = None) -> Tabel:
    """One row per sub kegiatan (or per childless node), the columns of each level repeated left to right."""
    pohon = pohon_kinerja(berkas, rpjmd)
    tabel = Tabel(
        kode="cascading",
        judul=f"Matriks Cascading Kinerja {berkas.instansi.nama} Tahun {berkas.tahun}",
        kolom=list(KOLOM_MATRIKS),
        lebar=[4, 4, 4, 2, 3, 4, 4, 2, 3, 4, 4, 2, 3, 4, 4, 2, 3, 3],
    )

    def sel_level(n: SimpulPohon | None) -> list[Sel]:
        if n is None:
            return [Sel(""), Sel(""), Sel(""), Sel("")]
        nama, target, pemilik = _ind_teks(n.indikator)
        judul = f"{n.kunci} {n.uraian}" if n.jenis is not JenisSimpul.SASARAN else n.uraian
        return [Sel(judul), Sel(nama), Sel(target), Sel(pemilik)]

    def baris(
        sasaran: SimpulPohon | None, program: SimpulPohon | None, kegiatan: SimpulPohon | None, sub: SimpulPohon | None
    ) -> None:
        pagu = sub or kegiatan or program
        sel_rpjmd = Sel("\n".join(sasaran.rpjmd) if sasaran and sasaran.rpjmd else ("-" if sasaran else ""))
        sel = [sel_rpjmd]
        sasaran_sel = sel_level(sasaran)
        if sasaran is not None:
            sasaran_sel = [Sel(sasaran.uraian), *sasaran_sel[1:]]
        sel += sasaran_sel + sel_level(program) + sel_level(kegiatan)
        sub_sel = sel_level(sub)
        sel += sub_sel
        p = pagu.pagu if pagu is not None else None
        sel.append(Sel("-" if p is None else format_angka(p, 0), p, "kanan"))
        tabel.baris.append(Baris(sel))

    def program_rows(s: SimpulPohon | None, p: SimpulPohon) -> None:
        if not p.anak:
            baris(s, p, None, None)
        for k in p.anak:
            if not k.anak:
                baris(s, p, k, None)
            for sub in k.anak:
                baris(s, p, k, sub)

    for t in pohon.anak:
        if t.jenis is JenisSimpul.PROGRAM:
            program_rows(None, t)
            continue
        for s in t.anak:
            if not s.anak:
                baris(s, None, None, None)
            for p in s.anak:
                program_rows(s, p)
    tabel.catatan.append(
        "Pemilik: jabatan dan pejabat yang bertanggung jawab atas indikator; pagu sub kegiatan sesuai RKT."
    )
    return tabel


# --- the PK of each level --------------------------------------------------------------------------------------


@dataclass(slots=True)
class BarisPkJabatan:
    jenis: JenisSimpul
    kode: str
    uraian: str  # the program / kegiatan / sub kegiatan (or sasaran) the indicator belongs to
    indikator: str
    target: Nilai | None
    satuan: str

    def target_teks(self) -> str:
        return IndikatorSimpul(self.indikator, self.target, self.satuan, "", None).target_teks()


@dataclass(slots=True)
class PkJabatan:
    """The performance agreement of one position below the head: its own indicators and targets, signed by
    the official (pihak pertama) and by the superior position's official (pihak kedua)."""

    jabatan: Jabatan
    atasan: Jabatan | None
    pihak_kedua: Pejabat | None
    baris: list[BarisPkJabatan] = field(default_factory=list)
    anggaran: list[tuple[str, str, Decimal]] = field(default_factory=list)  # (kode, nama, pagu) of owned nodes

    @property
    def total_anggaran(self) -> Decimal:
        return sum((x[2] for x in self.anggaran), Decimal(0))


def pk_per_jabatan(berkas: Berkas) -> list[PkJabatan]:
    """One PK per position that owns indicators and has a superior in the agency, in the order of
    `instansi.jabatan` (the head's PK is the agency PK, `Berkas.pk`)."""
    ins = berkas.instansi
    pohon = pohon_kinerja(berkas)
    milik: dict[str, list[BarisPkJabatan]] = {}
    anggaran: dict[str, list[tuple[str, str, Decimal]]] = {}
    dilihat: set[tuple[str, str]] = set()
    for n in pohon.semua():
        if n.jenis in (JenisSimpul.INSTANSI, JenisSimpul.TUJUAN):
            continue
        if (n.jenis, n.kunci) in dilihat:  # a program under two sasaran
            continue
        dilihat.add((n.jenis, n.kunci))
        pemilik_node: set[str] = set()
        for i in n.indikator:
            if not i.pemilik_id or i.pemilik is None:
                continue
            milik.setdefault(i.pemilik_id, []).append(
                BarisPkJabatan(n.jenis, n.kunci, n.uraian, i.nama, i.target, i.satuan)
            )
            pemilik_node.add(i.pemilik_id)
        if n.pagu is not None and n.jenis is not JenisSimpul.SASARAN:
            for pid in pemilik_node:
                anggaran.setdefault(pid, []).append((n.kunci, n.uraian, n.pagu))
    hasil = []
    for j in ins.jabatan:
        if not j.atasan or j.id not in milik:
            continue
        atasan = ins.cari_jabatan(j.atasan)
        # Budget of a node counts once per owner; drop a child whose ancestor the same owner already holds.
        kode_dimiliki = [k for k, _, _ in anggaran.get(j.id, [])]
        agg = [
            x for x in anggaran.get(j.id, []) if not any(x[0] != k and x[0].startswith(k + ".") for k in kode_dimiliki)
        ]
        hasil.append(PkJabatan(j, atasan, atasan.pejabat if atasan else ins.kepala, milik[j.id], agg))
    return hasil

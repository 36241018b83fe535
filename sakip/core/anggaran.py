"""Budget roll-up: sub kegiatan lines → kegiatan → program → total.

Absorption (serapan) is Σ realisasi ÷ Σ pagu at every level, computed from the rupiah sums — never the
average of the children's percentages. An amount a source prints at a parent level without itemising it
(`BagianTidakDirinci`) enters the sums as its own marked line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .angka import NOL, format_angka, format_persen, persen
from .kode import Tingkat
from .model import BagianTidakDirinci, Berkas, Kegiatan, Program, SubKegiatan


@dataclass(slots=True)
class NodeAnggaran:
    tingkat: str  # "total" | Tingkat.PROGRAM | KEGIATAN | SUB_KEGIATAN | "tidak_dirinci"
    kode: str
    nama: str
    pagu: Decimal = NOL
    realisasi: Decimal = NOL
    pagu_murni: Decimal | None = None
    belanja_modal: Decimal = NOL
    realisasi_belum_diisi: int = 0  # how many lines below have no realisation yet
    anak: list[NodeAnggaran] = field(default_factory=list)

    @property
    def serapan(self) -> Decimal | None:
        """Σ realisasi ÷ Σ pagu × 100; None when the ceiling is 0."""
        return persen(self.realisasi, self.pagu)

    @property
    def sisa(self) -> Decimal:
        return self.pagu - self.realisasi

    @property
    def belanja_operasi(self) -> Decimal:
        return self.pagu - self.belanja_modal

    def jelaskan(self) -> str:
        """How the absorption was computed, for a page's "cara menghitung"."""
        if self.serapan is None:
            return "Serapan tidak dapat dihitung: pagu 0."
        r, p = format_angka(self.realisasi, 0), format_angka(self.pagu, 0)
        if self.anak:
            teks = (
                f"Serapan = Σ realisasi ÷ Σ pagu × 100 = {r} ÷ {p} × 100 = {format_persen(self.serapan)} "
                f"(dijumlah dari {len(self.anak)} rincian di bawahnya, bukan rata-rata persentasenya)."
            )
        else:
            teks = f"Serapan = realisasi ÷ pagu × 100 = {r} ÷ {p} × 100 = {format_persen(self.serapan)}."
        if self.realisasi_belum_diisi:
            teks += f" {self.realisasi_belum_diisi} baris belum diisi realisasinya (dihitung 0)."
        return teks

    def telusuri(self):
        yield self
        for a in self.anak:
            yield from a.telusuri()

    def _tambah(self, anak: NodeAnggaran) -> None:
        self.anak.append(anak)
        self.pagu += anak.pagu
        self.realisasi += anak.realisasi
        self.belanja_modal += anak.belanja_modal
        self.realisasi_belum_diisi += anak.realisasi_belum_diisi
        if anak.pagu_murni is not None:
            self.pagu_murni = (self.pagu_murni or NOL) + anak.pagu_murni


def _node_sub(sub: SubKegiatan, berkas: Berkas) -> NodeAnggaran:
    r = berkas.realisasi.sub_kegiatan.get(sub.kode)
    total = r.total_anggaran() if r is not None else None
    return NodeAnggaran(
        tingkat=Tingkat.SUB_KEGIATAN,
        kode=sub.kode,
        nama=sub.nama,
        pagu=sub.pagu,
        realisasi=total if total is not None else NOL,
        pagu_murni=sub.pagu_murni,
        belanja_modal=sub.belanja_modal,
        realisasi_belum_diisi=0 if total is not None else 1,
    )


def _node_tidak_dirinci(kode_induk: str, b: BagianTidakDirinci) -> NodeAnggaran:
    return NodeAnggaran(
        tingkat="tidak_dirinci",
        kode=f"{kode_induk}.*",
        nama=b.keterangan or "Tidak dirinci dalam sumber",
        pagu=b.pagu,
        realisasi=b.realisasi if b.realisasi is not None else NOL,
        belanja_modal=b.belanja_modal,
        realisasi_belum_diisi=0 if b.realisasi is not None else 1,
    )


def _node_kegiatan(keg: Kegiatan, berkas: Berkas) -> NodeAnggaran:
    node = NodeAnggaran(tingkat=Tingkat.KEGIATAN, kode=keg.kode, nama=keg.nama)
    for sub in keg.sub_kegiatan:
        node._tambah(_node_sub(sub, berkas))
    if keg.tidak_dirinci is not None:
        node._tambah(_node_tidak_dirinci(keg.kode, keg.tidak_dirinci))
    return node


def node_program(prog: Program, berkas: Berkas) -> NodeAnggaran:
    node = NodeAnggaran(tingkat=Tingkat.PROGRAM, kode=prog.kode, nama=prog.nama)
    for keg in prog.kegiatan:
        node._tambah(_node_kegiatan(keg, berkas))
    if prog.tidak_dirinci is not None:
        node._tambah(_node_tidak_dirinci(prog.kode, prog.tidak_dirinci))
    return node


def pohon_anggaran(berkas: Berkas) -> NodeAnggaran:
    """The whole budget tree of the year with every level's sums."""
    total = NodeAnggaran(tingkat="total", kode="", nama="Jumlah")
    for prog in berkas.rkt.program:
        total._tambah(node_program(prog, berkas))
    return total


@dataclass(slots=True)
class Jumlah:
    program: int
    kegiatan: int
    sub_kegiatan: int
    kegiatan_tidak_dirinci: int = 0
    sub_kegiatan_tidak_dirinci: int = 0


def hitung_jumlah(berkas: Berkas) -> Jumlah:
    """How many programs, kegiatan and sub kegiatan the year has (undetailed ones counted as declared)."""
    keg = sub = keg_td = sub_td = 0
    for p in berkas.rkt.program:
        keg += len(p.kegiatan)
        for k in p.kegiatan:
            sub += len(k.sub_kegiatan)
            if k.tidak_dirinci is not None:
                sub_td += k.tidak_dirinci.jumlah_sub_kegiatan
        if p.tidak_dirinci is not None:
            keg_td += p.tidak_dirinci.jumlah_kegiatan
            sub_td += p.tidak_dirinci.jumlah_sub_kegiatan
    return Jumlah(len(berkas.rkt.program), keg + keg_td, sub + sub_td, keg_td, sub_td)


@dataclass(slots=True)
class Komposisi:
    """Belanja operasi / modal shares of the total ceiling."""

    operasi: Decimal
    modal: Decimal
    total: Decimal

    @property
    def persen_operasi(self) -> Decimal | None:
        return persen(self.operasi, self.total)

    @property
    def persen_modal(self) -> Decimal | None:
        return persen(self.modal, self.total)


def komposisi(pohon: NodeAnggaran) -> Komposisi:
    return Komposisi(operasi=pohon.belanja_operasi, modal=pohon.belanja_modal, total=pohon.pagu)


@dataclass(slots=True)
class HasilRefocusing:
    total: Decimal
    rincian: list[tuple[str, str, Decimal]]  # (kode, nama sub kegiatan, jumlah)
    total_dinyatakan: Decimal | None
    keterangan: str = ""

    @property
    def selisih_dinyatakan(self) -> Decimal | None:
        """Stated total minus the sum of the items (0 when they agree)."""
        if self.total_dinyatakan is None:
            return None
        return self.total_dinyatakan - self.total


def hitung_refocusing(berkas: Berkas) -> HasilRefocusing | None:
    ref = berkas.refocusing
    if ref is None:
        return None
    nama = {s.kode: s.nama for s in berkas.rkt.semua_sub_kegiatan()}
    rincian = [(i.sub_kegiatan, nama.get(i.sub_kegiatan, i.sub_kegiatan), i.jumlah) for i in ref.rincian]
    total = sum((j for _, _, j in rincian), NOL)
    return HasilRefocusing(
        total=total, rincian=rincian, total_dinyatakan=ref.total_dinyatakan, keterangan=ref.keterangan
    )

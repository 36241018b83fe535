"""A printed report against the agency's data: the targets, realisations, previous-year figures and budget
the report prints must be the ones recorded (and computed by the engine) for that agency-year.
"""

from __future__ import annotations

from sakip.core.hasil import HasilPengukuran
from sakip.core.nilai import Angka, Nilai

from .cocok import NilaiCetak, teks_rupiah
from .katalog import temuan
from .konteks import Konteks, cocokkan_nama
from .teks import nama_inti, normal
from .temuan import Temuan

SUMBER = "laporan"


def _t(kode: str, lokasi: str, pesan: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber=SUMBER, **kw)


def _beda(cetak: NilaiCetak, data: Nilai | None) -> bool:
    if cetak.nilai is None or data is None:
        return False
    if isinstance(cetak.nilai, Angka) and isinstance(data, Angka):
        return cetak.nilai.nilai != data.nilai
    return cetak.nilai.tampil() != data.tampil()


def jalankan(k: Konteks, h: HasilPengukuran) -> list[Temuan]:
    hasil: list[Temuan] = []
    data = h.semua_indikator_sasaran()
    nama = [x.indikator.nama for x in data]
    for ind in k.indikator:
        j = cocokkan_nama(ind.nama, nama, 0.7)
        if j is None:
            continue
        hd = data[j]
        kunci = normal(ind.nama)
        for apa, cetak, nilai in (
            ("Target", ind.utama.target, hd.target),
            ("Realisasi", ind.utama.realisasi, hd.realisasi),
        ):
            if _beda(cetak, nilai):
                hasil.append(
                    _t(
                        "SILANG-ANGKA-BEDA",
                        ind.utama.lokasi,
                        f"{apa} {ind.nama} tercetak {cetak.teks}, sedangkan data {hd.indikator.id} mencatat "
                        f"{nilai.tampil()}.",  # type: ignore[union-attr]
                        tercetak=cetak.teks,
                        seharusnya=nilai.tampil(),  # type: ignore[union-attr]
                        subjek=f"data|{apa}|{kunci}",
                    )
                )
        b2 = ind.baris.get("3.2")
        if b2 is not None:
            for th, cetak in b2.realisasi_tahun.items():
                if th >= h.tahun:
                    continue
                lalu = hd.indikator.realisasi_lalu.get(th)
                if (
                    _beda(cetak, lalu)
                    or (cetak.nilai is None and lalu is not None)
                    or (cetak.nilai is not None and lalu is None)
                ):
                    hasil.append(
                        _t(
                            "SILANG-TAHUN-LALU",
                            b2.lokasi,
                            f"Realisasi {th} {ind.nama} tercetak '{cetak.teks or 'kosong'}', sedangkan data mencatat "
                            f"{lalu.tampil() if lalu is not None else 'tidak ada'}.",
                            tercetak=cetak.teks or "(kosong)",
                            seharusnya=lalu.tampil() if lalu is not None else "(tidak ada data)",
                            subjek=f"data-lalu|{kunci}|{th}",
                        )
                    )
    pohon = k.pohon_utama()
    if pohon is not None:
        program = h.anggaran.anak
        for n in pohon.program:
            j = cocokkan_nama(nama_inti(n.nama), [nama_inti(p.nama) for p in program], 0.7)
            if j is None:
                continue
            p = program[j]
            if (n.pagu.angka is not None and n.pagu.angka != p.pagu) or (
                n.realisasi.angka is not None and n.realisasi.angka != p.realisasi
            ):
                hasil.append(
                    _t(
                        "SILANG-ANGKA-BEDA",
                        n.lokasi,
                        f"Program {n.nama} tercetak pagu / realisasi {teks_rupiah(n.pagu.angka)} / "
                        f"{teks_rupiah(n.realisasi.angka)}, sedangkan data program {p.kode} {teks_rupiah(p.pagu)} / "
                        f"{teks_rupiah(p.realisasi)}.",
                        tercetak=f"{teks_rupiah(n.pagu.angka)} / {teks_rupiah(n.realisasi.angka)}",
                        seharusnya=f"{teks_rupiah(p.pagu)} / {teks_rupiah(p.realisasi)}",
                        subjek=f"data-program|{p.kode}|{pohon.nomor}",
                    )
                )
    return hasil

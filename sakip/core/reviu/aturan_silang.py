"""Cross-table and plan rules on a printed report: the same figure in several tables, the agreement (PK), the
plans (Renstra, RKT, IKU) against the tables of realisation.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sakip.core.angka import persen
from sakip.core.nilai import Angka, Mutu

from .aturan_tabel import _label, baris_tertukar, pembulatan
from .cetak import BarisRkt, NodeCetak, PohonCetak
from .cocok import Cocok, NilaiCetak, cocok_cetak, teks_persen, teks_rupiah
from .katalog import temuan
from .konteks import Konteks, cocokkan_nama
from .teks import nama_inti, normal
from .temuan import Temuan

SUMBER = "laporan"


def _t(kode: str, lokasi: str, pesan: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber=SUMBER, **kw)


def sama_nilai(a: NilaiCetak, b: NilaiCetak) -> bool | None:
    """Whether two printed values are the same figure (91% = 91 = 91,0); None when one is empty."""
    if a.nilai is None or b.nilai is None:
        return None
    if isinstance(a.nilai, Angka) and isinstance(b.nilai, Angka):
        return a.nilai.nilai == b.nilai.nilai
    if isinstance(a.nilai, Mutu) and isinstance(b.nilai, Mutu):
        return a.nilai.label == b.nilai.label and a.nilai.skor == b.nilai.skor
    return a.nilai.tampil() == b.nilai.tampil()


def _nama_tabel(lokasi: str) -> str:
    return lokasi.split(",")[0]


# --- indicators across tables ------------------------------------------------------------------------------


def aturan_indikator(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    tahun = k.tahun
    for ind in k.indikator:
        nama = ind.nama
        kunci = normal(nama)
        u = ind.utama
        pembanding_target = []
        pembanding_real = []
        for kode, b in ind.baris.items():
            if kode in ("3.2",) or kode.startswith("PK"):
                pembanding_target.append(b)
            if kode in ("3.2", "3.3", "3.4"):
                pembanding_real.append(b)
        for apa, milik, daftar in (
            ("Target", lambda b: b.target, pembanding_target),
            ("Realisasi", lambda b: b.realisasi, pembanding_real),
        ):
            for b in daftar:
                sama = sama_nilai(milik(u), milik(b))
                if sama is False:
                    hasil.append(
                        _t(
                            "SILANG-ANGKA-BEDA",
                            b.lokasi,
                            f"{apa} {tahun or ''} {nama} tercetak {milik(b).teks} di {_nama_tabel(b.lokasi)}, "
                            f"sedangkan di {_nama_tabel(u.lokasi)} {milik(u).teks}.".replace("  ", " "),
                            tercetak=milik(b).teks,
                            seharusnya=milik(u).teks,
                            subjek=f"{apa.lower()}|{kunci}|{_nama_tabel(b.lokasi)}",
                        )
                    )
        # capaian copied into Tabel 3.5
        if ind.ikhtisar is not None and ind.mentah is not None:
            hasil += _salinan_capaian(k, ind.ikhtisar.capaian, ind.ikhtisar.lokasi, ind.mentah, u.capaian, nama, kunci)
        # the Renstra's targets: end target in 3.3, previous years in 3.2
        r = ind.renstra
        b3 = ind.baris.get("3.3")
        if r is not None and b3 is not None and r.target:
            akhir = max(r.target)
            if sama_nilai(b3.target, r.target[akhir]) is False:
                hasil.append(
                    _t(
                        "SILANG-ANGKA-BEDA",
                        b3.lokasi,
                        f"Target akhir Renstra {nama} tercetak {b3.target.teks} di {_nama_tabel(b3.lokasi)}, sedangkan "
                        f"matriks Renstra menetapkan {r.target[akhir].teks} untuk {akhir}.",
                        tercetak=b3.target.teks,
                        seharusnya=r.target[akhir].teks,
                        subjek=f"target-akhir|{kunci}",
                    )
                )
        b2 = ind.baris.get("3.2")
        if r is not None and b2 is not None and tahun is not None:
            for th, tgt in sorted(b2.target_tahun.items()):
                if th >= tahun or th not in r.target:
                    continue
                renstra = r.target[th]
                sama = sama_nilai(tgt, renstra)
                if sama is False or (sama is None and renstra.nilai is not None and tgt.nilai is None):
                    hasil.append(
                        _t(
                            "SILANG-TAHUN-LALU",
                            b2.lokasi,
                            f"Target {th} {nama} tercetak '{tgt.teks or 'kosong'}' di {_nama_tabel(b2.lokasi)}, "
                            f"sedangkan matriks Renstra ({_nama_tabel(r.lokasi)}) menetapkan {renstra.teks} untuk {th}.",
                            tercetak=tgt.teks or "(kosong)",
                            seharusnya=renstra.teks,
                            subjek=f"target-lalu|{kunci}|{th}",
                        )
                    )
    # Tabel 3.7 against the sasaran averages and the budget of their programs
    for s in k.sasaran:
        e = s.efisiensi
        if e is None:
            continue
        if e.capaian.angka is not None and s.rata_mentah is not None:
            cocok = [cocok_cetak(e.capaian, x) for x in (s.rata_mentah, s.rata_olah)]
            if Cocok.SAMA not in cocok:
                if Cocok.TERPOTONG in cocok:
                    tepat = s.rata_mentah if cocok[0] is Cocok.TERPOTONG else s.rata_olah
                    subjek = (
                        f"capaian|{normal(s.indikator[0].nama)}" if len(s.indikator) == 1 else f"rata|sasaran|{s.no}"
                    )
                    apa = f"Capaian {s.indikator[0].nama}" if len(s.indikator) == 1 else f"Capaian sasaran {s.no}"
                    hasil.append(pembulatan(e.capaian, tepat, e.lokasi, apa, subjek))  # type: ignore[arg-type]
                else:
                    hasil.append(
                        _t(
                            "SILANG-ANGKA-BEDA",
                            e.lokasi,
                            f"Capaian kinerja sasaran {s.no} tercetak {e.capaian.teks} di {_nama_tabel(e.lokasi)}, "
                            f"sedangkan capaian sasaran itu menurut Tabel 3.1 {teks_persen(s.rata_mentah)}.",
                            tercetak=e.capaian.teks,
                            seharusnya=teks_persen(s.rata_mentah),
                            subjek=f"efisiensi-capaian|{s.no}",
                        )
                    )
        if e.serapan.angka is not None and s.pohon is not None:
            pagu = [p.pagu.angka for p in s.pohon.program]
            real = [p.realisasi.angka for p in s.pohon.program]
            if pagu and None not in pagu and None not in real:
                serapan = persen(sum(real, Decimal(0)), sum(pagu, Decimal(0)))  # type: ignore[arg-type]
                c = cocok_cetak(e.serapan, serapan)
                if c is Cocok.BEDA:
                    hasil.append(
                        _t(
                            "SILANG-ANGKA-BEDA",
                            e.lokasi,
                            f"Serapan anggaran sasaran {s.no} tercetak {e.serapan.teks} di {_nama_tabel(e.lokasi)}, "
                            f"sedangkan program pendukungnya di Tabel 3.6 terserap {teks_persen(serapan)}.",
                            tercetak=e.serapan.teks,
                            seharusnya=teks_persen(serapan),
                            subjek=f"efisiensi-serapan|{s.no}",
                        )
                    )
    return hasil


def _salinan_capaian(
    k, n: NilaiCetak, lokasi: str, tepat: Decimal, asal: NilaiCetak, nama: str, kunci: str
) -> list[Temuan]:
    c = cocok_cetak(n, tepat)
    if c is Cocok.SAMA or c is None:
        return []
    if c is Cocok.TERPOTONG:
        return [pembulatan(n, tepat, lokasi, f"Capaian {nama}", f"capaian|{kunci}")]
    olah = k.olah(tepat)
    if olah is not None and cocok_cetak(n, olah) is Cocok.SAMA:
        return []
    if sama_nilai(n, asal):
        return []  # the same wrong figure as Tabel 3.1: reported there
    return [
        _t(
            "SILANG-ANGKA-BEDA",
            lokasi,
            f"Capaian {nama} tercetak {n.teks} di {_nama_tabel(lokasi)}, sedangkan Tabel 3.1 {asal.teks} "
            f"(dihitung dari target dan realisasinya {teks_persen(tepat)}).",
            tercetak=n.teks,
            seharusnya=teks_persen(tepat),
            subjek=f"capaian-salin|{kunci}|{_nama_tabel(lokasi)}",
        )
    ]


# --- budget items across tables ------------------------------------------------------------------------------


def _node_tabel(pohon_list: list[PohonCetak]) -> list[NodeCetak]:
    return [n for p in pohon_list for n in p.semua() if n.tingkat in ("program", "kegiatan", "sub_kegiatan")]


def _cari(n: NodeCetak, daftar: list[NodeCetak]) -> NodeCetak | None:
    sama = [x for x in daftar if x.tingkat == n.tingkat]
    kunci = nama_inti(n.nama)
    for x in sama:
        if nama_inti(x.nama) == kunci:
            return x
    j = cocokkan_nama(kunci, [nama_inti(x.nama) for x in sama], 0.85)
    return sama[j] if j is not None else None


def aturan_anggaran(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    lap = k.lap
    tertukar = baris_tertukar(k)
    n38 = _node_tabel([lap.anggaran]) if lap.anggaran else []
    n36 = _node_tabel(lap.program_kegiatan)
    if n38 and n36:
        for a in n36:
            b = _cari(a, n38)
            if b is None:
                continue
            if id(a) in tertukar or id(b) in tertukar:
                continue
            if (a.pagu.angka, a.realisasi.angka) != (b.pagu.angka, b.realisasi.angka) and None not in (
                a.pagu.angka,
                b.pagu.angka,
            ):
                hasil.append(
                    _t(
                        "SILANG-ANGKA-BEDA",
                        b.lokasi,
                        f"{_label(b)} tercetak pagu / realisasi {teks_rupiah(b.pagu.angka)} / {teks_rupiah(b.realisasi.angka)} "
                        f"di {_nama_tabel(b.lokasi)}, sedangkan di {_nama_tabel(a.lokasi)} "
                        f"{teks_rupiah(a.pagu.angka)} / {teks_rupiah(a.realisasi.angka)}.",
                        tercetak=f"{teks_rupiah(b.pagu.angka)} / {teks_rupiah(b.realisasi.angka)}",
                        seharusnya=f"{teks_rupiah(a.pagu.angka)} / {teks_rupiah(a.realisasi.angka)}",
                        subjek=f"anggaran|{a.tingkat}|{nama_inti(a.nama)}",
                    )
                )
        hasil += _tidak_ada(n38, n36, "Tabel 3.8", "Tabel 3.6")
        hasil += _tidak_ada(n36, n38, "Tabel 3.6", "Tabel 3.8")
    # the agreement's program budgets
    program = [n for n in (n38 or n36) if n.tingkat == "program"]
    program36 = [n for n in n36 if n.tingkat == "program"]
    for pk in lap.pk:
        for a in pk.anggaran:
            nama = re.sub(r"^\s*\d+[.)]\s*", "", a.program)
            j = cocokkan_nama(nama, [x.nama for x in program], 0.6)
            if j is None or a.anggaran.angka is None:
                continue
            node = program[j]
            if id(node) in tertukar:
                j36 = cocokkan_nama(nama, [x.nama for x in program36], 0.6)
                node = program36[j36] if j36 is not None else node
            if id(node) in tertukar or node.pagu.angka is None or node.pagu.angka == a.anggaran.angka:
                continue
            hasil.append(
                _t(
                    "ANGG-PK",
                    node.lokasi,
                    f"Pagu {_label(node)} tercetak {teks_rupiah(node.pagu.angka)}, sedangkan Perjanjian Kinerja "
                    f"({pk.lokasi}) menyepakati {teks_rupiah(a.anggaran.angka)} untuk program itu.",
                    tercetak=teks_rupiah(node.pagu.angka),
                    seharusnya=teks_rupiah(a.anggaran.angka),
                    subjek=f"pk-anggaran|{nama_inti(nama)}",
                )
            )
    # the agreement printed twice (Bab II and the lampiran)
    if len(lap.pk) >= 2:
        hasil += _pk_dua(lap.pk)
    # the RKT's sub kegiatan budgets and kegiatan list
    if lap.rkt and (n38 or n36):
        hasil += _rkt_anggaran(lap.rkt, n38 or n36)
    return hasil


def _tidak_ada(dari: list[NodeCetak], ke: list[NodeCetak], nama_dari: str, nama_ke: str) -> list[Temuan]:
    hasil = []
    for n in dari:
        if n.tingkat != "kegiatan":
            continue
        if _cari(n, ke) is None:
            sub = sum(1 for a in n.anak if a.tingkat == "sub_kegiatan")
            hasil.append(
                _t(
                    "SILANG-TIDAK-ADA",
                    n.lokasi,
                    f"{_label(n)} ({sub} sub kegiatan, pagu {teks_rupiah(n.pagu.angka)}) tercantum di {nama_dari} "
                    f"tetapi tidak ada di {nama_ke}.",
                    tercetak=f"ada di {nama_dari}",
                    seharusnya=f"juga di {nama_ke}",
                    subjek=f"tidak-ada|{nama_ke}|{nama_inti(n.nama)}",
                )
            )
    return hasil


def _pk_dua(pk_list) -> list[Temuan]:
    hasil = []
    acuan = pk_list[-1]
    for pk in pk_list[:-1]:
        for b in pk.sasaran:
            j = cocokkan_nama(b.indikator, [x.indikator for x in acuan.sasaran])
            if j is None:
                continue
            lain = acuan.sasaran[j]
            if sama_nilai(b.target, lain.target) is False:
                hasil.append(
                    _t(
                        "SILANG-ANGKA-BEDA",
                        b.lokasi,
                        f"Target {b.indikator} dalam Perjanjian Kinerja di {pk.lokasi} {b.target.teks}, sedangkan di "
                        f"{acuan.lokasi} {lain.target.teks}.",
                        tercetak=b.target.teks,
                        seharusnya=lain.target.teks,
                        subjek=f"pk-target|{normal(b.indikator)}",
                    )
                )
        for a in pk.anggaran:
            j = cocokkan_nama(a.program, [x.program for x in acuan.anggaran])
            if j is None:
                continue
            lain = acuan.anggaran[j]
            if (
                a.anggaran.angka is not None
                and lain.anggaran.angka is not None
                and a.anggaran.angka != lain.anggaran.angka
            ):
                hasil.append(
                    _t(
                        "SILANG-ANGKA-BEDA",
                        a.lokasi,
                        f"Anggaran {a.program} dalam Perjanjian Kinerja di {pk.lokasi} {a.anggaran.teks}, sedangkan di "
                        f"{acuan.lokasi} {lain.anggaran.teks}.",
                        tercetak=a.anggaran.teks,
                        seharusnya=lain.anggaran.teks,
                        subjek=f"pk-anggaran-dua|{normal(a.program)}",
                    )
                )
    return hasil


def _pasang_rkt(rkt: list[BarisRkt], node: list[NodeCetak]) -> list[tuple[BarisRkt, NodeCetak | None]]:
    """RKT sub kegiatan rows with their Tabel 3.6/3.8 row: by name, else by a unique equal budget, else by the
    output indicator's name (extracted RKT rows often lose the sub kegiatan's name to the next column)."""
    sub = [n for n in node if n.tingkat == "sub_kegiatan"]
    nama = [nama_inti(n.nama) for n in sub]
    per_nama = dict(zip(nama, sub, strict=True))
    per_pagu: dict = {}
    for n in sub:
        per_pagu.setdefault(n.pagu.angka, []).append(n)
    outs = [(o.uraian, n) for n in sub for o in n.rincian if o.jenis == "output"]
    hasil = []
    for r in rkt:
        if r.tingkat != "sub_kegiatan":
            continue
        kunci = nama_inti(r.nama)
        calon = per_nama.get(kunci)
        if calon is None:
            j = cocokkan_nama(kunci, nama, 0.8)
            calon = sub[j] if j is not None else None
        if calon is None and r.anggaran.angka is not None and len(per_pagu.get(r.anggaran.angka, [])) == 1:
            calon = per_pagu[r.anggaran.angka][0]
        if calon is None and outs:
            j = cocokkan_nama(r.indikator, [u for u, _ in outs], 0.8)
            calon = outs[j][1] if j is not None else None
        hasil.append((r, calon))
    return hasil


def _rkt_anggaran(rkt: list[BarisRkt], node: list[NodeCetak]) -> list[Temuan]:
    hasil = []
    for r, n in _pasang_rkt(rkt, node):
        if n is None or r.anggaran.angka is None or n.pagu.angka is None or r.anggaran.angka == n.pagu.angka:
            continue
        hasil.append(
            _t(
                "SILANG-ANGKA-BEDA",
                n.lokasi,
                f"Pagu {_label(n)} tercetak {teks_rupiah(n.pagu.angka)}, sedangkan RKT ({r.lokasi}) menganggarkan "
                f"{teks_rupiah(r.anggaran.angka)}.",
                tercetak=teks_rupiah(n.pagu.angka),
                seharusnya=teks_rupiah(r.anggaran.angka),
                subjek=f"rkt-anggaran|{nama_inti(n.nama)}",
            )
        )
    keg_rkt = [r for r in rkt if r.tingkat == "kegiatan"]
    if keg_rkt:
        for n in node:
            if n.tingkat != "kegiatan":
                continue
            if cocokkan_nama(nama_inti(n.nama), [nama_inti(r.nama) for r in keg_rkt], 0.75) is None:
                hasil.append(
                    _t(
                        "SILANG-TIDAK-ADA",
                        n.lokasi,
                        f"{_label(n)} (pagu {teks_rupiah(n.pagu.angka)}) dilaksanakan dan dilaporkan, tetapi tidak "
                        "tercantum dalam RKT yang dilampirkan.",
                        tercetak=f"ada di {_nama_tabel(n.lokasi)}",
                        seharusnya="juga di RKT",
                        subjek=f"tidak-ada|RKT|{nama_inti(n.nama)}",
                    )
                )
    return hasil


# --- plans: Renstra, RKT, PK, IKU ----------------------------------------------------------------------------


def aturan_rencana(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    tahun = k.tahun
    ada_perubahan = any(
        "perubahan" in p.teks.lower() and "perjanjian kinerja" in p.teks.lower() for p in k.lap.paragraf
    )
    for ind in k.indikator:
        pk = [b for kode, b in ind.baris.items() if kode.startswith("PK")]
        acuan = pk[-1] if pk else ind.utama
        sumber_acuan = "Perjanjian Kinerja" if pk else _nama_tabel(ind.utama.lokasi)
        lain: list[tuple[str, NilaiCetak, str]] = []
        if ind.renstra is not None and tahun in ind.renstra.target:
            lain.append((f"Renstra ({_nama_tabel(ind.renstra.lokasi)})", ind.renstra.target[tahun], ind.renstra.lokasi))  # type: ignore[index]
        if ind.rkt is not None:
            lain.append(("RKT", ind.rkt.target, ind.rkt.lokasi))
        for nama, nilai, lokasi in lain:
            if sama_nilai(acuan.target, nilai) is False:
                revisi = (
                    " PK yang berlaku adalah PK Perubahan, tetapi laporan tidak mencatat perubahan target ini."
                    if ada_perubahan
                    else " Tidak ada perubahan target yang tercatat."
                )
                hasil.append(
                    _t(
                        "RENC-TARGET-BEDA",
                        lokasi,
                        f"Target {tahun or ''} {ind.nama} dalam {nama} {nilai.teks}, sedangkan {sumber_acuan} "
                        f"{acuan.target.teks}.{revisi}".replace("  ", " "),
                        tercetak=nilai.teks,
                        seharusnya=acuan.target.teks,
                        subjek=f"target-rencana|{normal(ind.nama)}|{nama.split(' ')[0]}",
                    )
                )
    # output targets: RKT against Tabel 3.6
    n36 = _node_tabel(k.lap.program_kegiatan)
    if k.lap.rkt and n36:
        for r, n in _pasang_rkt(k.lap.rkt, n36):
            if n is None or r.target.angka is None:
                continue
            out = [o for o in n.rincian if o.jenis == "output" and o.target.angka is not None]
            if not out:
                continue
            o = out[0]
            if o.target.angka != r.target.angka:
                hasil.append(
                    _t(
                        "RENC-OUTPUT-BEDA",
                        o.lokasi,
                        f"Target output {_label(n)} di Tabel 3.6 {o.target.teks}, sedangkan RKT menetapkan "
                        f"{r.target.teks}. Capaian output dihitung terhadap target yang tidak sama dengan rencana.",
                        tercetak=o.target.teks,
                        seharusnya=r.target.teks,
                        subjek=f"output|{nama_inti(n.nama)}",
                    )
                )
            elif _satuan(o.target.satuan) != _satuan(r.target.satuan) and o.target.satuan and r.target.satuan:
                hasil.append(
                    _t(
                        "RENC-OUTPUT-SATUAN",
                        o.lokasi,
                        f"Satuan output {_label(n)} di Tabel 3.6 '{o.target.satuan}', sedangkan RKT '{r.target.satuan}'.",
                        tercetak=o.target.teks,
                        seharusnya=r.target.teks,
                        subjek=f"output-satuan|{nama_inti(n.nama)}",
                    )
                )
    hasil += _iku(k)
    return hasil


def _satuan(s: str) -> str:
    t = normal(s)
    return {"dok": "dokumen", "lap": "laporan", "pcs": "buah", "bh": "buah", "org": "orang"}.get(t, t)


_PEMBAGI = re.compile(r"\s÷\s|\s/\s|\bdibagi\b")


def rumus_merosot(formula: str) -> tuple[str, str] | None:
    """(numerator, denominator) when a ratio formula divides a quantity by itself."""
    bagian = _PEMBAGI.split(formula)
    if len(bagian) != 2:
        return None
    kiri = re.sub(r"^.*?(?=jumlah|banyaknya|total)", "", bagian[0].strip(), flags=re.I)
    kanan = re.sub(r"\s*(x|×|\*)\s*100\s*%?.*$", "", bagian[1].strip(), flags=re.I)
    a, b = normal(kiri), normal(kanan)
    if a and a == b and len(a.split()) >= 2:
        return kiri.strip(), kanan.strip()
    return None


def _sasaran_iku(b) -> str:
    return normal(re.sub(r"^\s*\d+[.)]?\s*", "", b.sasaran))


def _iku(k: Konteks) -> list[Temuan]:
    hasil = []
    per_sasaran: dict[str, set[str]] = {}
    for b in k.lap.iku:
        if b.indikator:
            per_sasaran.setdefault(_sasaran_iku(b), set()).add(normal(b.indikator))
    for b in k.lap.iku:
        nama = b.indikator or b.sasaran
        indikator = normal(b.indikator)
        if not indikator and len(per_sasaran.get(_sasaran_iku(b), ())) == 1:
            indikator = next(iter(per_sasaran[_sasaran_iku(b)]))
        kunci = f"{_sasaran_iku(b)}|{indikator}"
        m = rumus_merosot(b.formula)
        if m is not None:
            hasil.append(
                _t(
                    "RENC-IKU-RUMUS",
                    b.lokasi,
                    f"Formula IKU '{nama}' membagi '{m[0]}' dengan dirinya sendiri: hasilnya selalu 100% apa pun yang "
                    "terjadi. Pembilang seharusnya bagian yang berhasil (mis. yang difasilitasi / diselesaikan), "
                    "penyebutnya seluruhnya.",
                    tercetak=f"{m[0]} ÷ {m[1]}",
                    seharusnya="pembilang ≠ penyebut",
                    subjek=f"iku-rumus|{kunci}",
                )
            )
        kosong = []
        if not b.indikator:
            kosong.append("nama indikator")
        if not b.formula.strip(" -"):
            kosong.append("formula")
        if not b.penanggung_jawab.strip(" -"):
            kosong.append("penanggung jawab")
        if not b.sumber.strip(" -"):
            kosong.append("sumber data")
        sasaran = re.sub(r"^\s*\d+[.)]?\s*", "", b.sasaran)
        sasaran = sasaran if len(sasaran) <= 80 else sasaran[:79].rsplit(" ", 1)[0] + "…"
        for apa in kosong:
            hasil.append(
                _t(
                    "RENC-IKU-KOSONG",
                    b.lokasi,
                    f"IKU untuk sasaran '{sasaran}' tidak mencantumkan {apa}.",
                    tercetak="(kosong)" if apa != "sumber data" or not b.sumber else b.sumber,
                    seharusnya=apa,
                    subjek=f"iku-kosong|{kunci}|{apa}",
                )
            )
    return hasil


def jalankan(k: Konteks) -> list[Temuan]:
    return [*aturan_indikator(k), *aturan_anggaran(k), *aturan_rencana(k)]


__all__ = ["jalankan", "rumus_merosot", "sama_nilai"]

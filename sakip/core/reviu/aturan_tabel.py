"""Rules on the printed tables themselves: capaian, averages, predikat, percentages, sums, budget trees.

Every figure is recomputed with the engine's own functions (`hitung_capaian`, the predikat scale, exact
decimal sums) from the figures printed beside it, and compared under the tolerance policy of `cocok`.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from sakip.core.angka import persen, rata_rata
from sakip.core.capaian import Polaritas, hitung_capaian
from sakip.core.efisiensi import nilai_efisiensi

from .cetak import NodeCetak, PohonCetak
from .cocok import Cocok, NilaiCetak, cocok_cetak, teks_angka, teks_persen, teks_rupiah, teks_tepat
from .katalog import temuan
from .konteks import Konteks, semua_node
from .teks import nama_inti, normal
from .temuan import Temuan

SUMBER = "laporan"


def _t(kode: str, lokasi: str, pesan: str, **kw) -> Temuan:
    return temuan(kode, lokasi, pesan, sumber=SUMBER, **kw)


def pembulatan(n: NilaiCetak, tepat: Decimal, lokasi: str, apa: str, subjek: str) -> Temuan:
    seharusnya = teks_persen(tepat, n.desimal) if n.satuan == "%" else teks_angka(tepat, n.desimal)
    tercetak = teks_persen(n.angka, n.desimal) if n.satuan == "%" else n.teks
    return _t(
        "ARIT-PEMBULATAN",
        lokasi,
        f"{apa} tercetak {n.teks}, padahal nilai tepatnya {teks_tepat(tepat)}: dibulatkan ke atas menjadi "
        f"{seharusnya}. Angka ini dipotong, bukan dibulatkan; gunakan pembulatan setengah ke atas.",
        tercetak=tercetak,
        seharusnya=seharusnya,
        subjek=f"pembulatan|{subjek}",
    )


# --- capaian ---------------------------------------------------------------------------------------------------


def periksa_capaian(
    k: Konteks,
    target: NilaiCetak,
    realisasi: NilaiCetak,
    capaian: NilaiCetak,
    lokasi: str,
    apa: str,
    subjek: str,
    polaritas: Polaritas = Polaritas.POSITIF,
) -> list[Temuan]:
    """A printed capaian against its printed target and realisasi."""
    if capaian.angka is None or target.nilai is None or realisasi.nilai is None:
        return []
    c = hitung_capaian(target.nilai, realisasi.nilai, polaritas, k.pengaturan)
    if not c.dihitung or c.nilai is None:
        return []
    hasil = cocok_cetak(capaian, c.nilai)
    if hasil is Cocok.SAMA:
        return []
    if hasil is Cocok.TERPOTONG:
        return [pembulatan(capaian, c.nilai, lokasi, apa, subjek)]
    olah = k.olah(c.nilai)
    if olah is not None and olah != c.nilai and cocok_cetak(capaian, olah) is Cocok.SAMA:
        return []  # printed with the report's cap (above 100 counts as 100)
    if polaritas is Polaritas.POSITIF:
        lain = hitung_capaian(target.nilai, realisasi.nilai, Polaritas.NEGATIF, k.pengaturan)
        if (
            lain.dihitung
            and lain.nilai is not None
            and cocok_cetak(capaian, lain.nilai) in (Cocok.SAMA, Cocok.TERPOTONG)
        ):
            return [
                _t(
                    "ARIT-POLARITAS",
                    lokasi,
                    f"{apa} {capaian.teks} dihitung dengan rumus polaritas negatif ({lain.rumus}); dengan rumus "
                    f"positif ({c.rumus}) hasilnya {teks_persen(c.nilai)}. Pastikan indikator ini memang semakin "
                    "rendah semakin baik dan nyatakan polaritasnya.",
                    tercetak=capaian.teks,
                    seharusnya=teks_persen(c.nilai),
                    subjek=f"polaritas|{subjek}",
                )
            ]
    return [
        _t(
            "ARIT-CAPAIAN",
            lokasi,
            f"{apa} tercetak {capaian.teks}, padahal {c.jelaskan()}.",
            tercetak=capaian.teks,
            seharusnya=teks_persen(c.nilai, max(capaian.desimal, 2)),
            subjek=f"capaian|{subjek}",
        )
    ]


def aturan_capaian(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    for ind in k.indikator:
        subjek = f"capaian|{normal(ind.nama)}"
        b = ind.utama
        # a polarity read from the printed capaian is checked as positive, so the note ARIT-POLARITAS is given
        pol = Polaritas.POSITIF if ind.polaritas_disimpulkan else ind.polaritas
        hasil += periksa_capaian(k, b.target, b.realisasi, b.capaian, b.lokasi, f"Capaian {ind.nama}", subjek, pol)
        b3 = ind.baris.get("3.3")
        if b3 is not None:
            hasil += periksa_capaian(
                k,
                b3.target,
                b3.realisasi,
                b3.capaian,
                b3.lokasi,
                f"Capaian {ind.nama} terhadap target akhir Renstra",
                f"renstra|{subjek}",
                pol,
            )
        if ind.utama.predikat and ind.olah is not None:
            hasil += _predikat_tercetak(k, ind.utama.predikat, ind.olah, ind.utama.lokasi, ind.nama)
    for pohon in k.lap.program_kegiatan:
        for n in pohon.semua():
            for r in n.rincian:
                if r.jenis == "output":
                    hasil += periksa_capaian(
                        k,
                        r.target,
                        r.realisasi,
                        r.persen,
                        r.lokasi,
                        f"Capaian output {r.uraian}",
                        f"output|{normal(r.uraian)}",
                    )
    return hasil


def _predikat_tercetak(k: Konteks, label: str, nilai: Decimal, lokasi: str, nama: str) -> list[Temuan]:
    tercetak = k.level(label.strip().upper()) or _level_kata(k, label)
    seharusnya = k.skala.klasifikasi(nilai)
    if tercetak is None or seharusnya is None or tercetak.kode == seharusnya.kode:
        return []
    return [
        _t(
            "ARIT-PREDIKAT",
            lokasi,
            f"Predikat {nama} tercetak {tercetak.kode} ({tercetak.interpretasi}), padahal capaian {teks_persen(nilai)} "
            f"termasuk {seharusnya.kode} ({seharusnya.interpretasi}) pada skala {seharusnya.rentang_teks()}.",
            tercetak=f"{tercetak.kode} {tercetak.interpretasi}",
            seharusnya=f"{seharusnya.kode} {seharusnya.interpretasi}",
            subjek=f"predikat|{normal(nama)}",
        )
    ]


def _level_kata(k: Konteks, label: str):
    t = normal(label)
    for frasa, kode in k.kata_predikat:
        if t == frasa or t.startswith(frasa):
            return k.level(kode)
    return None


# --- Tabel 3.5: predikat and averages -------------------------------------------------------------------------


def aturan_ikhtisar(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    for b in k.lap.ikhtisar:
        if b.jenis in ("indikator", "rata") and b.predikat and b.capaian.angka is not None:
            nama = b.teks if b.jenis == "indikator" else f"rata-rata sasaran {b.sasaran}"
            hasil += _predikat_tercetak(k, b.predikat, k.olah(b.capaian.angka), b.lokasi, nama)  # type: ignore[arg-type]
        if b.jenis == "rata" and b.capaian.angka is not None:
            s = k.sasaran_no(b.sasaran)
            if s is None:
                continue
            nilai = []
            for ind in s.indikator:
                if ind.mentah is not None:
                    nilai.append(ind.mentah)
                elif ind.ikhtisar is not None and ind.ikhtisar.capaian.angka is not None:
                    nilai.append(ind.ikhtisar.capaian.angka)
            hasil += periksa_rata(k, b.capaian, nilai, b.lokasi, f"Rata-rata capaian sasaran {s.no}", f"sasaran|{s.no}")
    if k.lap.rata_pengukuran is not None:
        nilai = [x.mentah for x in k.indikator if x.mentah is not None]
        hasil += periksa_rata(
            k,
            k.lap.rata_pengukuran,
            nilai,
            k.lap.rata_pengukuran_lokasi,
            "Rata-rata capaian seluruh indikator",
            "semua",
        )
        rata = k.lap.rata_pengukuran.angka
        if k.lap.rata_pengukuran_predikat and rata is not None:
            hasil += _predikat_tercetak(
                k,
                k.lap.rata_pengukuran_predikat,
                k.olah(rata) or rata,
                k.lap.rata_pengukuran_lokasi,
                "rata-rata capaian seluruh indikator",
            )
    return hasil


def periksa_rata(
    k: Konteks, tercetak: NilaiCetak, nilai: list[Decimal], lokasi: str, apa: str, subjek: str
) -> list[Temuan]:
    """A printed average against the values it averages, with and without the report's cap."""
    if tercetak.angka is None or not nilai:
        return []
    mentah = rata_rata(nilai)
    olah = rata_rata([k.olah(x) for x in nilai])  # type: ignore[misc]
    assert mentah is not None and olah is not None
    hasil_olah = cocok_cetak(tercetak, olah)
    if hasil_olah is Cocok.SAMA:
        return []
    if hasil_olah is Cocok.TERPOTONG:
        return [pembulatan(tercetak, olah, lokasi, apa, f"rata|{subjek}")]
    hasil_mentah = cocok_cetak(tercetak, mentah)
    if mentah != olah and hasil_mentah in (Cocok.SAMA, Cocok.TERPOTONG):
        if not k.batas_pasti:
            return []  # no cap stated: the average without one is the report's own rule
        return [
            _t(
                "ARIT-RATA-BATAS",
                lokasi,
                f"{apa} tercetak {tercetak.teks}: itu rata-rata tanpa batas capaian. Kerangka pengukuran laporan "
                f"menetapkan capaian di atas {teks_angka(k.batas_atas, 0)}% dihitung {teks_angka(k.batas_atas, 0)}%, "
                f"sehingga rata-ratanya {teks_persen(olah)} (tanpa batas {teks_persen(mentah)}).",
                tercetak=tercetak.teks,
                seharusnya=teks_persen(olah),
                subjek=f"rata-batas|{subjek}",
            )
        ]
    rinci = " + ".join(teks_angka(x) for x in nilai)
    return [
        _t(
            "ARIT-RATA",
            lokasi,
            f"{apa} tercetak {tercetak.teks}, padahal rata-rata ({rinci}) ÷ {len(nilai)} = {teks_persen(mentah)}"
            + (f", dengan batas capaian {teks_persen(olah)}" if olah != mentah else "")
            + ".",
            tercetak=tercetak.teks,
            seharusnya=teks_persen(olah),
            subjek=f"rata|{subjek}",
        )
    ]


# --- Tabel 3.7 --------------------------------------------------------------------------------------------------


def aturan_efisiensi(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    aturan = k.pengaturan.efisiensi
    for b in k.lap.efisiensi:
        if b.capaian.angka is None or b.serapan.angka is None or not b.kelas:
            continue
        e = nilai_efisiensi(b.capaian.angka, b.serapan.angka, aturan)
        if e.kelas is None or normal(e.kelas) == normal(b.kelas):
            continue
        hasil.append(
            _t(
                "ARIT-EFISIENSI",
                b.lokasi,
                f"Tingkat efisiensi tercetak '{b.kelas}', padahal {e.penjelasan}: menurut aturan efisiensi hasilnya "
                f"'{e.kelas}'.",
                tercetak=b.kelas,
                seharusnya=e.kelas,
                subjek=f"efisiensi|{normal(b.sasaran)}",
            )
        )
    return hasil


# --- percentages against rupiah, budget trees -----------------------------------------------------------------


def _persen_rupiah(
    pagu: NilaiCetak, real: NilaiCetak, pct: NilaiCetak, lokasi: str, nama: str, subjek: str
) -> list[Temuan]:
    if pagu.angka is None or real.angka is None or pct.angka is None:
        return []
    tepat = persen(real.angka, pagu.angka)
    if tepat is None:
        return []
    hasil = cocok_cetak(pct, tepat)
    if hasil is Cocok.SAMA:
        return []
    if hasil is Cocok.TERPOTONG:
        return [pembulatan(pct, tepat, lokasi, f"Persentase {nama}", subjek)]
    return [
        _t(
            "ARIT-PERSEN",
            lokasi,
            f"Persentase {nama} tercetak {pct.teks}, padahal {teks_rupiah(real.angka)} ÷ {teks_rupiah(pagu.angka)} × 100 = "
            f"{teks_persen(tepat)}.",
            tercetak=pct.teks,
            seharusnya=teks_persen(tepat, max(pct.desimal, 2)),
            subjek=f"persen|{subjek}",
        )
    ]


def _label(n: NodeCetak) -> str:
    nama = {"program": "Program", "kegiatan": "Kegiatan", "sub_kegiatan": "Sub Kegiatan"}.get(n.tingkat, "")
    if nama and n.nama.lower().startswith(nama.lower() + " "):
        return n.nama
    return f"{nama} {n.nama}".strip()


def _kunci(pohon: PohonCetak, n: NodeCetak) -> str:
    return f"{pohon.nomor}|{n.tingkat}|{nama_inti(n.nama)}"


def _jumlah_anak(n: NodeCetak) -> tuple[Decimal, Decimal] | None:
    anak = [a for a in n.anak if a.tingkat in ("kegiatan", "sub_kegiatan", "tidak_dirinci")]
    if not anak or any(a.pagu.angka is None for a in anak):
        return None
    pagu = sum((a.pagu.angka for a in anak), Decimal(0))  # type: ignore[misc]
    real = sum((a.realisasi.angka or Decimal(0) for a in anak), Decimal(0))
    return pagu, real


def baris_tertukar(k: Konteks) -> dict[int, tuple[str, str]]:
    """Rows whose figures do not add up but are exactly another item's: id(node) → (that item, where)."""
    if not hasattr(k, "_tertukar"):
        k._tertukar = _baris_tertukar(k)  # type: ignore[attr-defined]
    return k._tertukar  # type: ignore[attr-defined]


def _baris_tertukar(k: Konteks) -> dict[int, tuple[str, str]]:
    """See `baris_tertukar`.

    An item's figures are its printed ones when they agree with its rows below (or it has none), and the sum
    of its rows below. The same item in another table (3.6 against 3.8) is not "another" item.
    """
    entitas: dict[tuple[str, str], list[tuple[tuple[Decimal, Decimal | None], str, str]]] = {}
    for pohon, n in semua_node(k.lap):
        if n.pagu.angka is None:
            continue
        kunci = (n.tingkat, nama_inti(n.nama))
        jml = _jumlah_anak(n)
        cetak = (n.pagu.angka, n.realisasi.angka)
        if jml is not None:
            entitas.setdefault(kunci, []).append((jml, _label(n), f"jumlah rinciannya di {pohon.lokasi}"))
        if jml is None or jml == cetak:
            entitas.setdefault(kunci, []).append((cetak, _label(n), pohon.lokasi))
    hasil: dict[int, tuple[str, str]] = {}
    for _, n in semua_node(k.lap):
        jml = _jumlah_anak(n)
        if jml is None or n.pagu.angka is None or n.pagu.angka == 0:
            continue
        cetak = (n.pagu.angka, n.realisasi.angka)
        if cetak == jml:
            continue
        sendiri = (n.tingkat, nama_inti(n.nama))
        for kunci, daftar in entitas.items():
            if kunci == sendiri:
                continue
            cocok = [(label, tempat) for pasangan, label, tempat in daftar if pasangan == cetak]
            if cocok:
                label = cocok[0][0]
                tempat = ", ".join(dict.fromkeys(t.replace("jumlah rinciannya di ", "") for _, t in cocok))
                hasil[id(n)] = (label, tempat)
                break
    return hasil


def aturan_pohon(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    tertukar = baris_tertukar(k)
    for pohon in [*k.lap.program_kegiatan, *([k.lap.anggaran] if k.lap.anggaran else [])]:
        for n in pohon.semua():
            kunci = _kunci(pohon, n)
            hasil += _persen_rupiah(n.pagu, n.realisasi, n.persen, n.lokasi, _label(n), kunci)
            if n.pagu.angka is not None and n.realisasi.angka is not None and n.realisasi.angka > n.pagu.angka:
                hasil.append(
                    _t(
                        "ANGG-REALISASI-LEBIH",
                        n.lokasi,
                        f"Realisasi {_label(n)} ({teks_rupiah(n.realisasi.angka)}) melebihi pagunya "
                        f"({teks_rupiah(n.pagu.angka)}).",
                        tercetak=n.realisasi.teks,
                        seharusnya=f"≤ {teks_rupiah(n.pagu.angka)}",
                        subjek=f"lebih|{n.tingkat}|{nama_inti(n.nama)}",
                    )
                )
            for r in n.rincian:
                if r.jenis != "input":
                    continue
                hasil += _persen_rupiah(
                    r.target, r.realisasi, r.persen, r.lokasi, f"dana {_label(n)}", f"input|{kunci}"
                )
                if (r.target.angka, r.realisasi.angka) != (
                    n.pagu.angka,
                    n.realisasi.angka,
                ) and r.target.angka is not None:
                    hasil.append(
                        _t(
                            "ANGG-JUMLAH-ANAK",
                            r.lokasi,
                            f"Input dana {_label(n)} tercetak {teks_rupiah(r.target.angka)} / "
                            f"{teks_rupiah(r.realisasi.angka)}, berbeda dengan baris sub kegiatannya "
                            f"{teks_rupiah(n.pagu.angka)} / {teks_rupiah(n.realisasi.angka)}.",
                            tercetak=f"{r.target.teks} / {r.realisasi.teks}",
                            seharusnya=f"{teks_rupiah(n.pagu.angka)} / {teks_rupiah(n.realisasi.angka)}",
                            subjek=f"input-jumlah|{kunci}",
                        )
                    )
            jml = _jumlah_anak(n)
            if jml is None or n.pagu.angka is None:
                continue
            pagu, real = jml
            beda_pagu = n.pagu.angka != pagu
            beda_real = n.realisasi.angka is not None and n.realisasi.angka != real
            if not (beda_pagu or beda_real):
                continue
            jumlah_anak = sum(1 for a in n.anak if a.tingkat in ("kegiatan", "sub_kegiatan"))
            rincian = "kegiatannya" if n.tingkat == "program" else "sub kegiatannya"
            tercetak = f"{teks_rupiah(n.pagu.angka)} / {teks_rupiah(n.realisasi.angka)}"
            seharusnya = f"{teks_rupiah(pagu)} / {teks_rupiah(real)}"
            if id(n) in tertukar:
                lain, tempat = tertukar[id(n)]
                hasil.append(
                    _t(
                        "SILANG-BARIS-TERTUKAR",
                        n.lokasi,
                        f"Baris {_label(n)} memuat angka {lain} (lihat {tempat}): pagu / realisasi {tercetak}. Jumlah "
                        f"{jumlah_anak} {rincian} yang tercetak di bawahnya adalah {seharusnya}.",
                        tercetak=tercetak,
                        seharusnya=seharusnya,
                        subjek=f"tertukar|{kunci}",
                    )
                )
                continue
            selisih = []
            if beda_pagu:
                selisih.append(f"pagu selisih {teks_rupiah(abs(n.pagu.angka - pagu))}")
            if beda_real:
                selisih.append(f"realisasi selisih {teks_rupiah(abs(n.realisasi.angka - real))}")  # type: ignore[operator]
            hasil.append(
                _t(
                    "ANGG-JUMLAH-ANAK",
                    n.lokasi,
                    f"{_label(n)} tercetak pagu / realisasi {tercetak}, sedangkan jumlah {jumlah_anak} {rincian} yang "
                    f"tercetak {seharusnya} ({', '.join(selisih)}). Ada rincian yang tidak dicantumkan atau angka "
                    "induknya keliru.",
                    tercetak=tercetak,
                    seharusnya=seharusnya,
                    subjek=f"jumlah-anak|{n.tingkat}|{nama_inti(n.nama)}",
                )
            )
        hasil += _total(k, pohon)
    return hasil


def _total(k: Konteks, pohon: PohonCetak) -> list[Temuan]:
    """The total row against the programs: explained if some mix of printed and recomputed program rows adds up."""
    j = pohon.jumlah
    if j is None or j.pagu.angka is None or not pohon.program:
        return []
    hasil: list[Temuan] = []
    hasil += _persen_rupiah(j.pagu, j.realisasi, j.persen, j.lokasi, "jumlah", f"{pohon.nomor}|jumlah")
    pilihan_pagu: list[set[Decimal]] = []
    pilihan_real: list[set[Decimal]] = []
    for p in pohon.program:
        a: set[Decimal] = set()
        b: set[Decimal] = set()
        if p.pagu.angka is not None:
            a.add(p.pagu.angka)
        if p.realisasi.angka is not None:
            b.add(p.realisasi.angka)
        jml = _jumlah_anak(p)
        if jml is not None:
            a.add(jml[0])
            b.add(jml[1])
        pilihan_pagu.append(a or {Decimal(0)})
        pilihan_real.append(b or {Decimal(0)})
    for nama, tercetak, pilihan, sendiri in (
        ("pagu", j.pagu.angka, pilihan_pagu, [p.pagu.angka for p in pohon.program]),
        ("realisasi", j.realisasi.angka, pilihan_real, [p.realisasi.angka for p in pohon.program]),
    ):
        if tercetak is None:
            continue
        if len(pilihan) <= 12:
            bisa = any(sum(c, Decimal(0)) == tercetak for c in itertools.product(*pilihan))
        else:
            bisa = tercetak in (sum((min(x) for x in pilihan), Decimal(0)), sum((max(x) for x in pilihan), Decimal(0)))
        if bisa:
            continue
        jumlah = sum((x or Decimal(0) for x in sendiri), Decimal(0))
        hasil.append(
            _t(
                "ANGG-JUMLAH-TOTAL",
                j.lokasi,
                f"Jumlah {nama} tercetak {teks_rupiah(tercetak)}, padahal jumlah baris programnya "
                f"{teks_rupiah(jumlah)} dan tidak ada susunan angka program (tercetak atau hasil penjumlahan "
                "kegiatannya) yang menghasilkan total itu.",
                tercetak=teks_rupiah(tercetak),
                seharusnya=teks_rupiah(jumlah),
                subjek=f"total|{pohon.nomor}|{nama}",
            )
        )
    return hasil


# --- count tables ---------------------------------------------------------------------------------------------


def aturan_hitungan(k: Konteks) -> list[Temuan]:
    hasil: list[Temuan] = []
    for th in k.lap.hitungan:
        if th.jenis == "golongan":
            hasil += _pangkat(th)
        kosong = [b for b in th.baris if not b.jumlah.teks]
        nilai = [b.jumlah.angka for b in th.baris if b.jumlah.angka is not None]
        jumlah = sum(nilai, Decimal(0))
        for b in kosong:
            hasil.append(
                _t(
                    "LENGKAP-SEL-KOSONG",
                    b.lokasi,
                    f"Jumlah untuk '{b.label}' kosong; isi 0 bila memang tidak ada.",
                    tercetak="(kosong)",
                    seharusnya="angka (0 bila tidak ada)",
                    subjek=f"kosong|{th.lokasi}|{normal(b.label)}",
                )
            )
        if th.jenis == "pendidikan":
            ada_status = [b for b in th.baris if b.lain]
            for b in th.baris:
                if not b.lain and ada_status and b.jumlah.angka:
                    hasil.append(
                        _t(
                            "LENGKAP-SEL-KOSONG",
                            b.lokasi,
                            f"Keterangan status pegawai untuk baris '{b.label}' ({b.jumlah.teks} orang) kosong, "
                            "sedangkan baris lain menyebut ASN / Non ASN.",
                            tercetak="(kosong)",
                            seharusnya="ASN / ASN BKO / Non ASN",
                            subjek=f"kosong-ket|{th.lokasi}|{normal(b.label)}|{b.jumlah.teks}",
                        )
                    )
        if th.jumlah is not None and th.jumlah.angka is not None and jumlah != th.jumlah.angka:
            hasil.append(
                _t(
                    "ANGG-REFOCUSING" if th.jenis == "refocusing" else "ARIT-JUMLAH",
                    th.lokasi_jumlah,
                    f"Baris jumlah {th.lokasi} tercetak {th.jumlah.teks}, padahal jumlah {len(nilai)} barisnya "
                    f"{teks_angka(jumlah, 0)}.",
                    tercetak=th.jumlah.teks,
                    seharusnya=teks_angka(jumlah, 0),
                    subjek=f"jumlah|{th.lokasi}",
                )
            )
    for pk in k.lap.pk:
        if pk.jumlah is None or pk.jumlah.angka is None or not pk.anggaran:
            continue
        jumlah = sum((a.anggaran.angka or Decimal(0) for a in pk.anggaran), Decimal(0))
        if jumlah != pk.jumlah.angka:
            hasil.append(
                _t(
                    "ARIT-JUMLAH",
                    pk.lokasi_jumlah,
                    f"Jumlah anggaran Perjanjian Kinerja ({pk.lokasi}) tercetak {pk.jumlah.teks}, padahal jumlah "
                    f"{len(pk.anggaran)} programnya {teks_rupiah(jumlah)}.",
                    tercetak=pk.jumlah.teks,
                    seharusnya=teks_rupiah(jumlah),
                    subjek=f"jumlah-pk|{pk.lokasi}",
                )
            )
    return hasil


PANGKAT = {
    "IV/E": "pembina utama",
    "IV/D": "pembina utama madya",
    "IV/C": "pembina utama muda",
    "IV/B": "pembina tingkat i",
    "IV/A": "pembina",
    "III/D": "penata tingkat i",
    "III/C": "penata",
    "III/B": "penata muda tingkat i",
    "III/A": "penata muda",
    "II/D": "pengatur tingkat i",
    "II/C": "pengatur",
    "II/B": "pengatur muda tingkat i",
    "II/A": "pengatur muda",
    "I/D": "juru tingkat i",
    "I/C": "juru",
    "I/B": "juru muda tingkat i",
    "I/A": "juru muda",
}


def normal_pangkat(teks: str) -> str:
    t = normal(teks).replace(" tk ", " tingkat ").replace(" tk. ", " tingkat ")
    t = t.replace("tingkat 1", "tingkat i")
    if t.endswith(" tk i"):
        t = t[: -len(" tk i")] + " tingkat i"
    return t


def _pangkat(th) -> list[Temuan]:
    hasil = []
    for b in th.baris:
        gol_asli = b.lain.strip().replace(" ", "")
        gol = gol_asli.upper()
        if gol not in PANGKAT or not b.label:
            continue
        if normal_pangkat(b.label) != PANGKAT[gol]:
            hasil.append(
                _t(
                    "DATA-PANGKAT",
                    b.lokasi,
                    f"Pangkat '{b.label}' tidak sesuai golongan ruang {gol_asli}: golongan {gol_asli} adalah "
                    f"{_judul_pangkat(PANGKAT[gol])}.",
                    tercetak=f"{b.label} {gol_asli}",
                    seharusnya=f"{_judul_pangkat(PANGKAT[gol])} {gol_asli}",
                    subjek=f"pangkat|{gol}|{normal(b.label)}",
                )
            )
    return hasil


def _judul_pangkat(teks: str) -> str:
    return " ".join(w.upper() if w == "i" else w.capitalize() for w in teks.split())


def jalankan(k: Konteks) -> list[Temuan]:
    return [
        *aturan_capaian(k),
        *aturan_ikhtisar(k),
        *aturan_efisiensi(k),
        *aturan_pohon(k),
        *aturan_hitungan(k),
    ]

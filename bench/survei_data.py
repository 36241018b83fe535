"""Synthetic survey data (SKM): for the benchmarks and for the Kencong example's survey sample.

Everything here is generated and marked as such. Nothing in the product depends on it.

    .venv/bin/python bench/survei_data.py kencong    # rewrite examples/kencong-2023-skm.csv, print the rekap
"""

from __future__ import annotations

import csv
import random
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from sakip.core.ikm import UNSUR, Respon

AKAR = Path(__file__).resolve().parent.parent
CSV_KENCONG = AKAR / "examples" / "kencong-2023-skm-sintetis.csv"

LAYANAN_KENCONG = (
    ("Administrasi kependudukan", 0.45),  # KTP, KK, KIA, surat pindah
    ("Akta kelahiran dan kematian", 0.2),
    ("Surat keterangan", 0.25),  # ahli waris, SKTM
    ("Legalisir", 0.1),
)
# The seed reports IKM 84,52: 625 respondents whose answers total 19.017 give exactly
# 19017 / 625 / 9 × 25 = 84,52. Per unsur totals (Σ = 19.017): sarana (U9) and pengaduan (U8) weakest, as
# the seed's own analysis says ("kurangnya sarana dan prasarana"); biaya (U4) strongest (services are free).
TOTAL_KENCONG = {
    "U1": 2125,
    "U2": 2101,
    "U3": 2063,
    "U4": 2325,
    "U5": 2125,
    "U6": 2138,
    "U7": 2202,
    "U8": 1988,
    "U9": 1950,
}
N_KENCONG = 625
PER_TRIWULAN_KENCONG = (140, 160, 150, 175)
SARAN = (
    "Ruang tunggu terlalu sempit saat ramai",
    "Mohon ditambah kursi tunggu",
    "Informasi persyaratan sebaiknya ditempel di depan loket",
    "Pelayanan sudah cepat, terima kasih",
    "Sediakan nomor antrean",
    "Kotak pengaduan tidak terlihat",
    "Toilet perlu dibersihkan",
    "Petugas ramah dan membantu",
    "Jam pelayanan mohon diperpanjang",
    "Perlu papan informasi alur pelayanan",
    "Parkir sepeda motor sempit",
    "Blangko KTP sering habis",
)
PROFIL_BOBOT = {
    "jenis_kelamin": (("L", 0.47), ("P", 0.5), ("", 0.03)),
    "umur": (("<20", 0.06), ("20-29", 0.24), ("30-39", 0.27), ("40-49", 0.22), ("50-59", 0.14), ("60+", 0.07)),
    "pendidikan": (("SD", 0.18), ("SMP", 0.22), ("SMA", 0.38), ("D1-D3", 0.06), ("D4-S1", 0.14), ("S2+", 0.02)),
    "pekerjaan": (
        ("PNS", 0.06),
        ("TNI", 0.01),
        ("POLRI", 0.01),
        ("SWASTA", 0.22),
        ("WIRAUSAHA", 0.35),
        ("LAINNYA", 0.35),
    ),
}


def _sebaran(total: int, n: int, rng: random.Random) -> list[int]:
    """Counts of answers 1..4 for `n` answers adding up to `total` (mostly 3s and 4s, a few 1s and 2s)."""
    for _ in range(1000):
        c1 = rng.randint(0, max(1, n // 150))
        c2 = rng.randint(n // 40, n // 12)
        c4 = total - 3 * n + 2 * c1 + c2
        c3 = n - c1 - c2 - c4
        if c4 >= 0 and c3 >= 0:
            return [c1, c2, c3, c4]
    raise ValueError(f"total {total} tidak mungkin untuk {n} jawaban")


def _pilih(rng: random.Random, bobot: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([k for k, _ in bobot], weights=[w for _, w in bobot])[0]


def kencong_2023() -> list[dict[str, str]]:
    """The example's 625 synthetic respondents, as CSV rows (one column per unsur U1..U9)."""
    rng = random.Random(84_52)
    tanggal: list[date] = []
    for tw, n in enumerate(PER_TRIWULAN_KENCONG, start=1):
        awal = date(2023, 3 * tw - 2, 1)
        hari = [awal + timedelta(days=i) for i in range(92) if (awal + timedelta(days=i)).month <= 3 * tw]
        hari = [h for h in hari if h.weekday() < 5 and h.year == 2023]
        tanggal += sorted(rng.choice(hari) for _ in range(n))
    # Each unsur: the exact counts, ordered with noise so that later quarters score a little higher.
    kolom: dict[str, list[int]] = {}
    for u in UNSUR:
        c = _sebaran(TOTAL_KENCONG[u], N_KENCONG, rng)
        nilai = [v for v, k in zip((1, 2, 3, 4), c, strict=True) for _ in range(k)]
        kunci = sorted(range(N_KENCONG), key=lambda i: i + rng.gauss(0, N_KENCONG * 0.9))
        kolom[u] = [0] * N_KENCONG
        for posisi, i in enumerate(kunci):
            kolom[u][i] = nilai[posisi]
    baris = []
    for i, t in enumerate(tanggal):
        r = {
            "tanggal": t.isoformat(),
            "jenis_layanan": _pilih(rng, LAYANAN_KENCONG),
            **{u: str(kolom[u][i]) for u in UNSUR},
            **{a: _pilih(rng, b) for a, b in PROFIL_BOBOT.items()},
            "saran": rng.choice(SARAN) if rng.random() < 0.06 else "",
        }
        baris.append(r)
    assert sum(int(r[u]) for r in baris for u in UNSUR) == sum(TOTAL_KENCONG.values())
    return baris


def tulis_csv(baris: list[dict[str, str]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(baris[0]))
        w.writeheader()
        w.writerows(baris)


def responden_kabupaten(n: int, instansi: int = 50, seed: int = 1) -> Iterator[Respon]:
    """`n` synthetic responses spread over `instansi` agencies of one district (for the benchmark)."""
    rng = random.Random(seed)
    nama = [f"PD {i:02d}" for i in range(1, instansi + 1)]
    layanan = [x for x, _ in LAYANAN_KENCONG]
    awal = date(2023, 1, 1)
    for _ in range(n):
        dasar = rng.choice((2, 3, 3, 3, 4, 4))
        yield Respon(
            jawaban={u: min(4, max(1, dasar + rng.choice((-1, 0, 0, 0, 1)))) for u in UNSUR},
            tanggal=awal + timedelta(days=rng.randrange(365)),
            jenis_layanan=rng.choice(layanan),
            instansi=rng.choice(nama),
        )


def rekap_yaml(baris: list[dict[str, str]]) -> str:
    """The berkas's compact form of the sample: tallies per quarter and service type, profile tallies,
    suggestions (what examples/kencong-2023.yaml holds under ``survei``)."""
    from sakip.core.ikm import PROFIL, Tally
    from sakip.core.sumber_periode import triwulan_dari

    kelompok: dict[tuple[int, str], Tally] = {}
    for r in baris:
        t = date.fromisoformat(r["tanggal"])
        kunci = (triwulan_dari(t), r["jenis_layanan"])
        kelompok.setdefault(kunci, Tally()).tambah({u: int(r[u]) for u in UNSUR})
    urut = [x for x, _ in LAYANAN_KENCONG]
    teks = ["    rekap:"]
    for (tw, lay), t in sorted(kelompok.items(), key=lambda x: (x[0][0], urut.index(x[0][1]))):
        bagian = [f"{u}: [{', '.join(str(v) for v in t.sebaran(u))}]" for u in UNSUR]
        teks.append(f"      - periode: 2023-TW{tw}")
        teks.append(f"        jenis_layanan: {lay}")
        teks.append(f"        jumlah_responden: {t.n}")
        teks.append(f"        sebaran: {{{', '.join(bagian[:5])},")
        teks.append(f"                  {', '.join(bagian[5:])}}}")
    teks.append("    profil:")
    for a in PROFIL:
        hitung: dict[str, int] = {}
        for r in baris:
            hitung[r[a]] = hitung.get(r[a], 0) + 1
        isi = ", ".join(f'"{k}": {hitung[k]}' for k in [k for k, _ in PROFIL[a].pilihan] + [""] if k in hitung)
        teks.append(f"      {a}: {{{isi}}}")
    teks.append("    saran:")
    teks += [f"      - {r['saran']}" for r in baris if r["saran"]]
    return "\n".join(teks)


if __name__ == "__main__":
    if sys.argv[1:] == ["kencong"]:
        baris = kencong_2023()
        tulis_csv(baris, CSV_KENCONG)
        print(f"# ditulis: {CSV_KENCONG} ({len(baris)} responden)")
        print(rekap_yaml(baris))
    else:
        print(__doc__)

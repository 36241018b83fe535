"""After bench/soak.sh: is every acknowledged write in the database, was every accepted job produced?

Reads the log written by bench/soak.py (one JSON line per write the server acknowledged) and compares it with the
database the server wrote to (DATABASE_URL). Waits for the document queue to drain first. Prints the figures and
exits 1 when anything is lost.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from decimal import Decimal

import django

django.setup()

from sakip.web.dokumen.models import Pekerjaan  # noqa: E402
from sakip.web.pengukuran.models import NilaiTriwulan  # noqa: E402
from sakip.web.register.models import Aduan  # noqa: E402
from sakip.web.riwayat.models import Perubahan  # noqa: E402


def main(log: str, tunggu: float) -> int:
    with open(log, encoding="utf-8") as f:
        catatan = [json.loads(b) for b in f if b.strip()]
    batas = time.monotonic() + tunggu
    while Pekerjaan.objects.filter(status__in=[Pekerjaan.ANTRI, Pekerjaan.BERJALAN]).exists():
        if time.monotonic() > batas:
            break
        time.sleep(2)
    hilang: list[str] = []

    # Realisation saves: each acknowledged value is in the history, and the stored value is one of them.
    nilai = defaultdict(set)
    dikirim = defaultdict(set)
    for c in catatan:
        if c["jenis"] == "realisasi":
            nilai[(c["slug"], c["medan"])].add(c["nilai"])
        elif c["jenis"] == "dikirim":
            dikirim[(c["slug"], c["medan"])].add(c["nilai"])
    # Sent but never answered (in flight when the run stopped, or answered "changed by someone else"): such a value
    # may be the stored one; what must never happen is an acknowledged value missing from the history.
    tanpa_jawaban = sum(len(dikirim[k] - nilai[k]) for k in dikirim)
    for (slug, medan), semua in nilai.items():
        pk = int(medan.split("_", 1)[1])
        disimpan = (
            NilaiTriwulan.objects.filter(realisasi__indikator_id=pk, triwulan=4, jenis="realisasi")
            .filter(realisasi__tahun_kinerja__perangkat_daerah__slug=slug)
            .values_list("nilai_angka", flat=True)
            .first()
        )
        boleh = semua | dikirim[(slug, medan)]
        if disimpan is None or disimpan.normalize() not in {Decimal(v.replace(",", ".")).normalize() for v in boleh}:
            hilang.append(
                f"realisasi {slug} {medan}: tersimpan {disimpan}, bukan salah satu dari {len(semua)} yang dikonfirmasi"
            )
        # The history keeps the machine form of a number ("91.00119").
        mesin = {format(Decimal(v.replace(",", ".")), "f"): v for v in semua}
        riwayat = set(
            Perubahan.objects.filter(perangkat_daerah__slug=slug, nilai_baru__in=list(mesin)).values_list(
                "nilai_baru", flat=True
            )
        )
        for m in sorted(set(mesin) - riwayat):
            hilang.append(f"riwayat {slug} {medan}: perubahan ke {mesin[m]} tidak tercatat")

    # Register imports: every acknowledged aduan number is there.
    aduan = [(c["slug"], n) for c in catatan if c["jenis"] == "aduan" for n in c["nomor"]]
    ada = set(Aduan.objects.values_list("perangkat_daerah__slug", "nomor"))
    hilang += [f"aduan {s} {n} tidak ada" for s, n in aduan if (s, n) not in ada]

    # Document jobs: every accepted job was produced.
    kode = {c["lokasi"].rstrip("/").rsplit("/", 1)[-1] for c in catatan if c["jenis"] == "dokumen" and c["lokasi"]}
    status = dict(Pekerjaan.objects.filter(kode__in=kode).values_list("kode", "status"))
    status_teks = {str(k): v for k, v in status.items()}
    belum = [k for k in kode if status_teks.get(k) != Pekerjaan.SELESAI]
    hilang += [f"dokumen {k}: {status_teks.get(k, 'tidak ada')}" for k in belum]

    n_real = sum(1 for c in catatan if c["jenis"] == "realisasi")
    print(
        f"PERIKSA: {n_real} simpan realisasi dikonfirmasi ({len(nilai)} isian; {tanpa_jawaban} terkirim tanpa jawaban "
        "konfirmasi), "
        f"{len(aduan)} aduan diimpor, "
        f"{len(kode)} pekerjaan dokumen diterima ({len(kode) - len(belum)} selesai); hilang: {len(hilang)}"
    )
    for h in hilang[:30]:
        print("  -", h)
    return 1 if hilang else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 600))

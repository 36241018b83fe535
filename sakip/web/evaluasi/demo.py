"""The demo's evaluation: Kecamatan Kencong 2023, a self-assessment and the Inspektorat's scores, final, MARKED
SYNTHETIC (sintetis=True; shown as "DATA SINTETIS" on every page) — the seed report contains no LKE.

The evaluator takes every answer the data propose; the others follow a fixed pattern (no randomness), so the demo's
Nilai is the same on every machine.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from sakip.core.lke import muat_lke
from sakip.core.lke.bukti import usulkan

from .konteks import konteks_bukti
from .models import Evaluasi, Jawaban

# Answers for criteria the data cannot show: per sub-komponen letter, cycled over its criteria.
POLA_EVALUATOR = {"a": ["Y", "Y", "T"], "b": ["B", "BB", "CC", "B"], "c": ["CC", "B", "C", "CC"]}
POLA_MANDIRI = {"a": ["Y"], "b": ["BB", "A", "B"], "c": ["B", "BB"]}
REKOMENDASI = {
    "1.b.5": "Lengkapi formula, penanggung jawab dan sumber data setiap indikator kinerja (kartu indikator).",
    "1.c.3": "Analisis penyebab indikator yang belum mencapai target dan tuangkan upaya perbaikannya dalam rencana aksi.",
    "2.a.2": "Tetapkan definisi operasional dan formula indikator Nilai SAKIP OPD dalam keputusan IKU.",
    "3.b.11": "Sajikan pembanding kinerja tingkat kabupaten/provinsi/nasional pada Tabel 3.4.",
    "4.a.1": "Susun pedoman evaluasi akuntabilitas kinerja internal kecamatan.",
}


def siapkan_evaluasi_demo(tk) -> Evaluasi | None:
    """Idempotent: creates the synthetic final evaluation of `tk` when it has none."""
    if Evaluasi.objects.filter(tahun_kinerja=tk).exists():
        return None
    lke = muat_lke()
    usulan = usulkan(lke, konteks_bukti(tk))
    with transaction.atomic():
        ev = Evaluasi.objects.create(
            tahun_kinerja=tk,
            lke=lke.kode,
            sintetis=True,
            status=Evaluasi.DIEVALUASI,
            diajukan_pada=timezone.now(),
            nama_evaluator="Reviewer Inspektorat (demo)",
        )
        urut: dict[str, int] = {}
        baris = []
        for k in lke.semua_kriteria():
            huruf = k.sub_kode[-1]
            i = urut.get(k.sub_kode, 0)
            urut[k.sub_kode] = i + 1
            u = usulan[k.kode]
            evaluator = u.jawaban or POLA_EVALUATOR[huruf][i % len(POLA_EVALUATOR[huruf])]
            mandiri = POLA_MANDIRI[huruf][i % len(POLA_MANDIRI[huruf])]
            if k.jenis.kode == "yt":
                evaluator = evaluator if evaluator in ("Y", "T") else "Y"
            baris.append(
                Jawaban(
                    evaluasi=ev,
                    kode=k.kode,
                    mandiri=mandiri,
                    evaluator=evaluator,
                    catatan=("Sesuai usulan dari data: " + u.alasan)
                    if u.jawaban
                    else "Contoh sintetis: hasil wawancara dan telaah dokumen.",
                    rekomendasi=REKOMENDASI.get(k.kode, ""),
                )
            )
        Jawaban.objects.bulk_create(baris)
        # Final only once the answers are in: the database refuses answers added to a final evaluation.
        Evaluasi.objects.filter(pk=ev.pk).update(
            status=Evaluasi.FINAL, difinalkan_pada=timezone.now(), difinalkan_oleh="Reviewer Inspektorat (demo)"
        )
        ev.refresh_from_db()
    return ev

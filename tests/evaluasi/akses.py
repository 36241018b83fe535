"""URL arguments and the access policy of the evaluation pages, for the walk over every URL for every role
(tests/web/test_akses.py merges ARGUMEN_* and LEVEL_* of every tests/<area>/akses.py)."""

from __future__ import annotations


def _pd(tk) -> dict:
    return {"pd": tk.perangkat_daerah.slug, "tahun": tk.tahun}


def _bukti(tk) -> dict:
    from django.core.files.base import ContentFile

    from sakip.web.evaluasi.models import Bukti, Evaluasi, Jawaban

    ev, _ = Evaluasi.objects.get_or_create(tahun_kinerja=tk)
    j, _ = Jawaban.objects.get_or_create(evaluasi=ev, kode="1.a.1")
    b = Bukti(jawaban=j, nama_asli="bukti.pdf", jenis_isi="application/pdf", ukuran=9)
    b.berkas.save("bukti.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    b.save()
    return {**_pd(tk), "id": b.pk}


ARGUMEN_EVALUASI = {
    **{
        f"evaluasi:{n}": _pd
        for n in (
            "lembar",
            "mulai",
            "mulai_evaluator",
            "mandiri",
            "ajukan",
            "nilai",
            "final",
            "buka",
            "tanggapan",
            "bukti_unggah",
        )
    },
    "evaluasi:bukti_unduh": _bukti,
    "evaluasi:lhe": lambda tk: {**_pd(tk), "format": "docx"},
    "evaluasi:excel_ekspor": _pd,
    "evaluasi:excel_impor_nilai": _pd,
    "evaluasi:excel_impor_mandiri": _pd,
    "evaluasi:rekap_kini": lambda tk: {},
    "evaluasi:rekap": lambda tk: {"tahun": tk.tahun},
    "evaluasi:rekap_csv": lambda tk: {"tahun": tk.tahun},
    "evaluasi:rekap_dokumen": lambda tk: {"tahun": tk.tahun, "format": "pdf"},
    "evaluasi:publik_kini": lambda tk: {},
    "evaluasi:publik": lambda tk: {"tahun": tk.tahun},
}

# Only the Inspektorat scores, finalises and reopens; the agency (operator, or the admin) fills, submits and
# responds; everyone with access to the agency reads; the district recap is for admin and Inspektorat, its
# publication for the admin; the public pages say "not published" until it is.
LEVEL_EVALUASI = {
    "evaluasi:lembar": ("baca_pd", "baca_pd"),
    "evaluasi:mulai": ("ubah_pd", "ubah_pd"),
    "evaluasi:mulai_evaluator": ("reviewer", "reviewer"),
    "evaluasi:mandiri": ("ubah_pd", "ubah_pd"),
    "evaluasi:ajukan": ("ubah_pd", "ubah_pd"),
    "evaluasi:nilai": ("reviewer", "reviewer"),
    "evaluasi:final": ("reviewer", "reviewer"),
    "evaluasi:buka": ("reviewer", "reviewer"),
    "evaluasi:tanggapan": ("ubah_pd", "ubah_pd"),
    "evaluasi:bukti_unggah": ("ubah_pd", "ubah_pd"),
    "evaluasi:bukti_unduh": ("baca_pd", "baca_pd"),
    "evaluasi:lhe": ("baca_pd", "baca_pd"),
    "evaluasi:excel_ekspor": ("baca_pd", "baca_pd"),
    "evaluasi:excel_impor_nilai": ("reviewer", "reviewer"),
    "evaluasi:excel_impor_mandiri": ("ubah_pd", "ubah_pd"),
    "evaluasi:rekap_kini": ("pemda", "pemda"),
    "evaluasi:rekap": ("pemda", "admin"),
    "evaluasi:rekap_csv": ("pemda", "pemda"),
    "evaluasi:rekap_dokumen": ("pemda", "pemda"),
    "evaluasi:publik_kini": ("publik", "publik"),
    "evaluasi:publik": ("publik", "publik"),
}

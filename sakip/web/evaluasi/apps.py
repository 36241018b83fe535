from django.apps import AppConfig

from sakip.web.inti.menu import ItemMenu


class EvaluasiConfig(AppConfig):
    """Evaluasi AKIP (PermenPANRB 88/2021): the agency's self-assessment, the Inspektorat's scores on the LKE
    beside the answers proposed from the agency's own data, the workflow mandiri → dievaluasi → final, notes,
    recommendations and the agency's responses, and the district recap (public once the admin publishes it)."""

    name = "sakip.web.evaluasi"
    label = "evaluasi"
    verbose_name = "Evaluasi AKIP"
    prefix_url = ""
    menu = [
        ItemMenu("Evaluasi AKIP", "evaluasi:rekap_kini", peran=("admin", "reviewer"), urutan=67),
        ItemMenu("Nilai SAKIP", "evaluasi:publik_kini", peran=("publik",), urutan=90),
    ]
    menu_pd = [ItemMenu("Evaluasi", "evaluasi:lembar", urutan=87)]
    # The final evaluation is the realisation of the indicator "Nilai SAKIP OPD" (pelengkap.py).
    pelengkap_berkas = "sakip.web.evaluasi.pelengkap.berkas_pelengkap"
    versi_pelengkap = "sakip.web.evaluasi.pelengkap.versi_evaluasi"

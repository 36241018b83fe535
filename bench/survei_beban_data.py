"""Prepares the load test of the public questionnaire: N agencies with one service type each. Prints one line
per agency: slug and service type id (read by bench/survei_beban.py)."""

from __future__ import annotations

import sys

import django

django.setup()

from sakip.web.organisasi.models import Pemda, PerangkatDaerah  # noqa: E402
from sakip.web.survei.models import LayananSurvei  # noqa: E402


def main(n: int) -> None:
    pemda, _ = Pemda.objects.get_or_create(nama="Kabupaten Beban SKM")
    for i in range(1, n + 1):
        pd, _ = PerangkatDaerah.objects.get_or_create(
            pemda=pemda, nama=f"Unit Layanan {i:02d}", defaults={"slug": f"unit-{i:02d}"}
        )
        lay, _ = LayananSurvei.objects.get_or_create(perangkat_daerah=pd, nama="KTP")
        print(pd.slug, lay.pk)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)

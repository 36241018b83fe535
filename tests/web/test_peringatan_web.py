"""The early warning on the agency dashboard: the engine's list (sakip.core.peringatan) for every quarter that has
ended, newest first, with links to the indicator."""

from __future__ import annotations

import re
from datetime import date

from django.urls import reverse

from sakip.web.dasbor.selectors import triwulan_berjalan


def test_triwulan_berjalan():
    assert triwulan_berjalan(2023, date(2026, 1, 5)) == 4
    assert triwulan_berjalan(2026, date(2026, 3, 31)) == 0
    assert triwulan_berjalan(2026, date(2026, 4, 1)) == 1
    assert triwulan_berjalan(2026, date(2026, 12, 5)) == 3
    assert triwulan_berjalan(2027, date(2026, 12, 5)) == 0


def test_dasbor_menampilkan_peringatan_dini(klien, tk_dinas):
    url = reverse("dasbor:dasbor", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    h = klien("operator").get(url).content.decode()
    tabel = h[h.index('id="tabel-peringatan"') : h.index("</table>", h.index('id="tabel-peringatan"'))]
    baris = re.findall(r"<td>TW (I{1,3}|IV)</td><td><a[^>]*>(\w+)</a>.*?(belum diisi|di bawah target)", tabel, re.S)
    # Diskominfo 2023: TW IV is open and empty; IKU3 trails its rencana aksi in TW I–III, IKU2 in TW I.
    assert [b for b in baris if b[0] != "IV"] == [
        ("III", "IKU3", "di bawah target"),
        ("II", "IKU3", "di bawah target"),
        ("I", "IKU2", "di bawah target"),
        ("I", "IKU3", "di bawah target"),
    ]
    assert {b[2] for b in baris if b[0] == "IV"} == {"belum diisi"}
    assert "80,00%" in tabel  # IKU3 s.d. TW III: 12 of 15

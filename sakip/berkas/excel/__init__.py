"""The agency-year workbook (XLSX): download prefilled, edit in Excel, upload with a per-cell preview.

`tulis_excel(berkas) -> bytes` and `baca_excel(data, berkas) -> HasilExcel` (the changed berkas and every
change) share one layout (`tata.susun`). Documented in docs/pertukaran.md.
"""

from .baca import ExcelTidakValid, HasilExcel, MasalahSel, PerubahanSel, baca_excel, desimal_dari_float
from .tata import Kunci
from .tulis import tulis_excel

__all__ = [
    "ExcelTidakValid",
    "HasilExcel",
    "Kunci",
    "MasalahSel",
    "PerubahanSel",
    "baca_excel",
    "desimal_dari_float",
    "tulis_excel",
]

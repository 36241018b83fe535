"""The child process of `pdf.baca_pdf` for a long report: reads pages AWAL+1 … AKHIR of PDF and writes them,
pickled, to standard output: ("ok", [(height, lines and tables), …]) or ("galat", the Indonesian message).

    python -m sakip.berkas.laporan_cetak.pdf_anak PDF AWAL AKHIR
"""

from __future__ import annotations

import pickle
import sys


def main(argv: list[str]) -> int:
    from . import LaporanTidakTerbaca
    from .pdf import _baca_rentang

    path, awal, akhir = argv[0], int(argv[1]), int(argv[2])
    try:
        hasil = ("ok", _baca_rentang(path, awal, akhir))
    except LaporanTidakTerbaca as exc:
        hasil = ("galat", str(exc))
    sys.stdout.buffer.write(pickle.dumps(hasil, protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""An amount printed without its items (Kencong's unitemised capital spending) is a whole-year figure: it belongs
to triwulan IV, like any annual value, so quarterly absorption and the public's locked-quarter view leave it out."""

from decimal import Decimal

from sakip.web.pertukaran.ke_berkas import batasi_triwulan, berkas_dari_db, hasil_dari_db


def test_realisasi_tidak_dirinci_hanya_pada_triwulan_iv(tk_kencong):
    program_i = lambda h: h.program("7.01.01")  # noqa: E731
    penuh = hasil_dari_db(tk_kencong)
    assert program_i(penuh).realisasi == Decimal("1909122597")  # 1.875.322.597 itemised + 33.800.000 not
    sampai_iii = hasil_dari_db(tk_kencong, triwulan=frozenset({1, 2, 3}))
    assert program_i(sampai_iii).realisasi == 0  # Kencong records its spending as annual totals only
    assert program_i(sampai_iii).pagu == program_i(penuh).pagu
    # The in-memory restriction and the database path agree.
    dari_db = berkas_dari_db(tk_kencong, triwulan=frozenset({1, 2, 3}))
    dari_memori = batasi_triwulan(berkas_dari_db(tk_kencong), frozenset({1, 2, 3}))
    assert dari_db.rkt == dari_memori.rkt

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from sakip.core.anggaran import hitung_jumlah, komposisi, pohon_anggaran
from sakip.core.angka import persen
from sakip.core.model import BagianTidakDirinci

from .pabrik import berkas_mini

D = Decimal


def test_serapan_dari_jumlah_rupiah_bukan_rata_rata_persen():
    b = berkas_mini(subs=[("7.01.01.2.02.0001", 1000, 1000), ("7.01.01.2.02.0002", 9000, 0)])
    pohon = pohon_anggaran(b)
    kegiatan = pohon.anak[0].anak[0]
    assert kegiatan.pagu == 10000 and kegiatan.realisasi == 1000
    assert kegiatan.serapan == 10  # 1.000 / 10.000, not (100 % + 0 %) / 2 = 50 %
    assert pohon.serapan == 10


def test_realisasi_belum_diisi_ditandai():
    b = berkas_mini(subs=[("7.01.01.2.02.0001", 1000, None)])
    pohon = pohon_anggaran(b)
    assert pohon.realisasi == 0 and pohon.realisasi_belum_diisi == 1


def test_bagian_tidak_dirinci_ikut_dijumlah_dan_dihitung():
    b = berkas_mini(subs=[("7.01.01.2.02.0001", 1000, 900)])
    b.rkt.program[0].tidak_dirinci = BagianTidakDirinci(
        pagu=D(500), realisasi=D(400), belanja_modal=D(500), jumlah_kegiatan=1, jumlah_sub_kegiatan=2, keterangan="x"
    )
    pohon = pohon_anggaran(b)
    assert pohon.pagu == 1500 and pohon.realisasi == 1300
    k = komposisi(pohon)
    assert k.modal == 500 and k.operasi == 1000
    j = hitung_jumlah(b)
    assert (j.program, j.kegiatan, j.sub_kegiatan) == (1, 2, 3)


@given(
    st.lists(
        st.tuples(st.integers(1, 10**12), st.integers(0, 10**12)),
        min_size=1,
        max_size=12,
    )
)
def test_setiap_induk_sama_dengan_jumlah_anaknya(baris):
    subs = [(f"7.01.01.2.0{1 + i % 3}.{i + 1:04d}", p, min(r, p)) for i, (p, r) in enumerate(baris)]
    pohon = pohon_anggaran(berkas_mini(subs=subs))
    for node in pohon.telusuri():
        if node.anak:
            assert node.pagu == sum(a.pagu for a in node.anak)
            assert node.realisasi == sum(a.realisasi for a in node.anak)
        assert node.serapan == persen(node.realisasi, node.pagu)
    assert pohon.pagu == sum(p for _, p, _ in subs)

"""Locked data are immutable in the database itself (sakip.web.inti.kunci_db): raw SQL is refused; the logged
reopen still goes through."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction

from sakip.web.evaluasi.models import Evaluasi
from sakip.web.pengukuran import services
from sakip.web.pengukuran.models import NilaiTriwulan, PeriodeRealisasi
from sakip.web.perencanaan.models import PerjanjianKinerja, TargetPk


def _ditolak(sql: str, params: list) -> None:
    with pytest.raises(IntegrityError, match="SAKIP"), transaction.atomic(), connection.cursor() as c:
        c.execute(sql, params)


def test_sql_mentah_ditolak_pada_data_terkunci(db):
    n, p = next(
        (n, p)
        for p in PeriodeRealisasi.objects.filter(status=PeriodeRealisasi.DIKUNCI)
        for n in NilaiTriwulan.objects.filter(
            jenis="realisasi", realisasi__tahun_kinerja=p.tahun_kinerja, triwulan=p.triwulan
        )[:1]
    )
    _ditolak("UPDATE pengukuran_perioderealisasi SET status = 'draft' WHERE id = %s", [p.pk])
    _ditolak("DELETE FROM pengukuran_perioderealisasi WHERE id = %s", [p.pk])
    _ditolak("UPDATE pengukuran_nilaitriwulan SET nilai_angka = 1 WHERE id = %s", [n.pk])
    _ditolak("DELETE FROM pengukuran_nilaitriwulan WHERE id = %s", [n.pk])
    pk = PerjanjianKinerja.objects.filter(status=PerjanjianKinerja.DITANDATANGANI).first()
    _ditolak("UPDATE perencanaan_perjanjiankinerja SET nomor = 'palsu' WHERE id = %s", [pk.pk])
    _ditolak("DELETE FROM perencanaan_perjanjiankinerja WHERE id = %s", [pk.pk])
    t = TargetPk.objects.filter(pk_versi=pk).first()
    _ditolak("UPDATE perencanaan_targetpk SET nilai_angka = 1 WHERE id = %s", [t.pk])
    ev = Evaluasi.objects.filter(status=Evaluasi.FINAL).first()
    _ditolak("UPDATE evaluasi_evaluasi SET status = 'dievaluasi' WHERE id = %s", [ev.pk])
    # The optimistic-concurrency counter alone may move (a stale form is then refused as before).
    with connection.cursor() as c:
        c.execute("UPDATE pengukuran_perioderealisasi SET versi = versi + 1 WHERE id = %s", [p.pk])


def test_buka_kembali_tercatat_tetap_berjalan(aktor):
    p = PeriodeRealisasi.objects.filter(status=PeriodeRealisasi.DIKUNCI).first()
    services.realisasi_buka_kembali(
        aktor=aktor["admin"], tk=p.tahun_kinerja, triwulan=p.triwulan, versi=p.versi, alasan="koreksi data BPS"
    )
    p.refresh_from_db()
    assert p.status == PeriodeRealisasi.DRAFT
    # Unlocked, the quarter takes writes again; outside the reopen the flag is off once more.
    with connection.cursor() as c:
        c.execute(
            "UPDATE pengukuran_nilaitriwulan SET nilai_angka = 1 WHERE jenis = 'realisasi' AND triwulan = %s "
            "AND realisasi_id IN (SELECT id FROM pengukuran_realisasiindikator WHERE tahun_kinerja_id = %s)",
            [p.triwulan, p.tahun_kinerja_id],
        )
    lain = PeriodeRealisasi.objects.filter(status=PeriodeRealisasi.DIKUNCI).first()
    _ditolak("UPDATE pengukuran_perioderealisasi SET status = 'draft' WHERE id = %s", [lain.pk])

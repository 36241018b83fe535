# ruff: noqa: S608  (trigger DDL built from this module's constants, never from input)
"""Locked data guarded by the database itself: triggers refuse writes to a locked quarter's realisation, a
signed PK version and a final evaluation, whoever sends them (the app, a script, raw SQL in a shell).

The services check the workflow first and answer in Indonesian; the triggers are the backstop for every other
path. The only way through is `kunci_dibuka()`, used by the logged reopen services (and by restoring a
backup): on PostgreSQL it sets the transaction-local `sakip.buka` (`set_config(..., true)`), gone at commit or
rollback; on SQLite a per-connection flag read by the SQL function `sakip_buka()` this module registers on
every connection (a connection without it — the sqlite3 shell — fails on the trigger, so it is refused too).

A guard (`Jaga`) names the table, when a row is locked (SQL with `{r}` for OLD/NEW), the columns that may still
change on a locked row (the optimistic-concurrency counter, the agency's response to a final evaluation's
recommendation) and whether new rows are checked too (child rows: a value added to a locked quarter).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS, connections, transaction

AWALAN = "sakip_jaga_"
# Both backends raise it as IntegrityError (SQLite: RAISE(ABORT) inside a trigger; PostgreSQL: class 23).
KODE_PG = "23000"


@dataclass(frozen=True)
class Jaga:
    model: str  # "app_label.Model"
    nama: str  # short name of the trigger
    terkunci: str  # SQL: the row {r} is locked
    pesan: str  # why it is refused (Indonesian, shown in the database error)
    bebas: tuple[str, ...] = ()  # columns that may change on a locked row
    baru: bool = False  # also refuse a new or changed row that lands in a locked parent
    isi: str = ""  # SQL: the row {r} holds a guarded value (a row without one may be added or removed)


def _periode_dikunci(tk: str, tw: str) -> str:
    return (
        "EXISTS (SELECT 1 FROM pengukuran_perioderealisasi p "
        f"WHERE p.tahun_kinerja_id = {tk} AND p.triwulan = {tw} AND p.status = 'dikunci')"
    )


_TW_REALISASI = (
    "{r}.jenis = 'realisasi' AND EXISTS (SELECT 1 FROM pengukuran_realisasiindikator ri "
    "JOIN pengukuran_perioderealisasi p ON p.tahun_kinerja_id = ri.tahun_kinerja_id "
    "WHERE ri.id = {r}.realisasi_id AND p.triwulan = {r}.triwulan AND p.status = 'dikunci')"
)
_TW_ANGGARAN = (
    "EXISTS (SELECT 1 FROM pengukuran_realisasisubkegiatan rs "
    "JOIN perencanaan_subkegiatan s ON s.id = rs.sub_kegiatan_id "
    "JOIN pengukuran_perioderealisasi p ON p.tahun_kinerja_id = s.tahun_kinerja_id "
    "WHERE rs.id = {r}.realisasi_id AND p.triwulan = {r}.triwulan AND p.status = 'dikunci')"
)
# Whole-year values (annual value, outputs, the annual budget total) belong to triwulan IV.
_IK_TW4 = (
    "{r}.jenis = 'realisasi' AND EXISTS (SELECT 1 FROM perencanaan_indikatorkinerja ik "
    "LEFT JOIN perencanaan_program pr ON pr.id = ik.program_id "
    "LEFT JOIN perencanaan_kegiatan kg ON kg.id = ik.kegiatan_id "
    "LEFT JOIN perencanaan_program pk ON pk.id = kg.program_id "
    "LEFT JOIN perencanaan_subkegiatan sk ON sk.id = ik.sub_kegiatan_id "
    "JOIN pengukuran_perioderealisasi p "
    "ON p.tahun_kinerja_id = COALESCE(pr.tahun_kinerja_id, pk.tahun_kinerja_id, sk.tahun_kinerja_id) "
    "WHERE ik.id = {r}.indikator_id AND p.triwulan = 4 AND p.status = 'dikunci')"
)
_PK_TTD = "EXISTS (SELECT 1 FROM perencanaan_perjanjiankinerja v WHERE v.id = {r}.pk_versi_id AND v.status = 'ditandatangani')"
_EVALUASI_FINAL = "EXISTS (SELECT 1 FROM evaluasi_evaluasi e WHERE e.id = {r}.evaluasi_id AND e.status = 'final')"

TRIWULAN = (
    "realisasi triwulan yang dikunci tidak dapat diubah; minta admin pemda membukanya kembali (tercatat di riwayat)"
)
PK = "Perjanjian Kinerja yang sudah ditandatangani tidak dapat diubah atau dihapus; buat PK perubahan"
EVALUASI = "evaluasi AKIP yang final tidak dapat diubah; buka kembali dengan alasan (tercatat di riwayat)"

JAGA_PENGUKURAN = (
    Jaga("pengukuran.PeriodeRealisasi", "periode", "{r}.status = 'dikunci'", TRIWULAN, bebas=("versi",)),
    Jaga("pengukuran.NilaiTriwulan", "nilai_triwulan", _TW_REALISASI, TRIWULAN, baru=True),
    Jaga("pengukuran.AnggaranTriwulan", "anggaran_triwulan", _TW_ANGGARAN, TRIWULAN, baru=True),
    Jaga(
        "pengukuran.RealisasiIndikator",
        "realisasi_tahunan",
        _periode_dikunci("{r}.tahun_kinerja_id", "4"),
        TRIWULAN,
        bebas=(
            "penyebab",
            "kendala",
            "solusi",
            "sumber",
            "alasan_manual",
            "alasan_tidak_lazim",
            "tambahan",
            "urutan",
        ),
        baru=True,
        isi="({r}.tahunan_angka IS NOT NULL OR {r}.tahunan_teks <> '')",
    ),
    Jaga(
        "pengukuran.RealisasiSubKegiatan",
        "realisasi_sub_tahunan",
        "EXISTS (SELECT 1 FROM perencanaan_subkegiatan s WHERE s.id = {r}.sub_kegiatan_id AND "
        + _periode_dikunci("s.tahun_kinerja_id", "4")
        + ")",
        TRIWULAN,
        bebas=("keterangan", "urutan"),
        baru=True,
        isi="{r}.anggaran IS NOT NULL",
    ),
    Jaga("pengukuran.NilaiIndikatorKinerja", "nilai_ik", _IK_TW4, TRIWULAN, baru=True),
)
JAGA_PERENCANAAN = (
    Jaga("perencanaan.PerjanjianKinerja", "pk", "{r}.status = 'ditandatangani'", PK, bebas=("versi",)),
    Jaga("perencanaan.TargetPk", "target_pk", _PK_TTD, PK, baru=True),
    Jaga("perencanaan.AnggaranPk", "anggaran_pk", _PK_TTD, PK, baru=True),
)
JAGA_EVALUASI = (
    Jaga("evaluasi.Evaluasi", "evaluasi", "{r}.status = 'final'", EVALUASI, bebas=("versi",)),
    Jaga(
        "evaluasi.Jawaban",
        "jawaban",
        _EVALUASI_FINAL,
        EVALUASI,
        bebas=("tanggapan", "tanggapan_oleh", "tanggapan_pada"),
        baru=True,
    ),
)
SEMUA = JAGA_PENGUKURAN + JAGA_PERENCANAAN + JAGA_EVALUASI


# --- the way through ----------------------------------------------------------------------------------------


@contextmanager
def kunci_dibuka(using: str = DEFAULT_DB_ALIAS) -> Iterator[None]:
    """Let the block write to locked rows. Only for logged reopen paths: the caller records why in the history.
    Runs in its own savepoint, so an error inside undoes the setting with the writes."""
    conn = connections[using]
    with transaction.atomic(using=using):
        lapis = getattr(conn, "sakip_buka", 0)
        conn.sakip_buka = lapis + 1
        try:
            if conn.vendor == "postgresql" and lapis == 0:
                with conn.cursor() as c:
                    c.execute("SELECT set_config('sakip.buka', 'on', true)")
            yield
            if conn.vendor == "postgresql" and lapis == 0:
                with conn.cursor() as c:
                    c.execute("SELECT set_config('sakip.buka', '', true)")
        finally:
            conn.sakip_buka = lapis


def daftarkan_sqlite(sender, connection, **kwargs) -> None:
    """`connection_created`: the SQL function the SQLite triggers ask."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "sakip_buka", 0, lambda: 1 if getattr(connection, "sakip_buka", 0) > 0 else 0, deterministic=False
        )


# --- the triggers -------------------------------------------------------------------------------------------


def _kolom(model) -> list[str]:
    return [f.column for f in model._meta.concrete_fields]


def _berubah(kolom: list[str], beda: str) -> str:
    return "(" + " OR ".join(f"OLD.{k} {beda} NEW.{k}" for k in kolom) + ")"


def _sql_pg(j: Jaga, tabel: str, dijaga: list[str]) -> list[str]:
    lama, baru = j.terkunci.format(r="OLD"), j.terkunci.format(r="NEW")
    isi_lama = f" AND {j.isi.format(r='OLD')}" if j.isi else ""
    isi_baru = f" AND {j.isi.format(r='NEW')}" if j.isi else ""
    berubah = _berubah(dijaga, "IS DISTINCT FROM")
    tolak = f"RAISE EXCEPTION USING ERRCODE = '{KODE_PG}', MESSAGE = 'SAKIP: {j.pesan.replace(chr(39), chr(39) * 2)}';"
    cek_baru = ""
    if j.baru:
        cek_baru = f"""
  IF TG_OP = 'INSERT' AND {baru}{isi_baru} THEN {tolak} END IF;
  IF TG_OP = 'UPDATE' AND {berubah} AND {baru} THEN {tolak} END IF;"""
    fungsi = AWALAN + j.nama
    return [
        f"""CREATE OR REPLACE FUNCTION {fungsi}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('sakip.buka', true), '') = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP = 'DELETE' THEN
    IF {lama}{isi_lama} THEN {tolak} END IF;
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' AND {berubah} AND {lama} THEN {tolak} END IF;{cek_baru}
  RETURN NEW;
END $$""",
        f"DROP TRIGGER IF EXISTS {fungsi} ON {tabel}",
        f"CREATE TRIGGER {fungsi} BEFORE INSERT OR UPDATE OR DELETE ON {tabel} FOR EACH ROW EXECUTE FUNCTION {fungsi}()",
    ]


def _sql_sqlite(j: Jaga, tabel: str, dijaga: list[str]) -> list[str]:
    nama = AWALAN + j.nama
    tolak = "SELECT RAISE(ABORT, 'SAKIP: " + j.pesan.replace("'", "''") + "');"
    lama, baru = j.terkunci.format(r="OLD"), j.terkunci.format(r="NEW")
    isi = (lambda r: f" AND {j.isi.format(r=r)}") if j.isi else (lambda r: "")
    berubah = _berubah(dijaga, "IS NOT")
    syarat_ubah = f"{berubah} AND (({lama})" + (f" OR ({baru})" if j.baru else "") + ")"
    hasil = [f"DROP TRIGGER IF EXISTS {nama}_{op}" for op in ("tambah", "ubah", "hapus")]
    if j.baru:
        hasil.append(
            f"CREATE TRIGGER {nama}_tambah BEFORE INSERT ON {tabel} "
            f"WHEN NOT sakip_buka() AND {baru}{isi('NEW')} BEGIN {tolak} END"
        )
    hasil.append(
        f"CREATE TRIGGER {nama}_ubah BEFORE UPDATE ON {tabel} WHEN NOT sakip_buka() AND {syarat_ubah} BEGIN {tolak} END"
    )
    hasil.append(
        f"CREATE TRIGGER {nama}_hapus BEFORE DELETE ON {tabel} "
        f"WHEN NOT sakip_buka() AND {lama}{isi('OLD')} BEGIN {tolak} END"
    )
    return hasil


def sql_pasang(j: Jaga, model, vendor: str) -> list[str]:
    tabel = model._meta.db_table
    dijaga = [k for k in _kolom(model) if k not in j.bebas]
    if vendor == "postgresql":
        return _sql_pg(j, tabel, dijaga)
    if vendor == "sqlite":
        return _sql_sqlite(j, tabel, dijaga)
    return []


def sql_lepas(j: Jaga, model, vendor: str) -> list[str]:
    nama = AWALAN + j.nama
    if vendor == "postgresql":
        return [f"DROP TRIGGER IF EXISTS {nama} ON {model._meta.db_table}", f"DROP FUNCTION IF EXISTS {nama}()"]
    if vendor == "sqlite":
        return [f"DROP TRIGGER IF EXISTS {nama}_{op}" for op in ("tambah", "ubah", "hapus")]
    return []


def operasi(jaga: tuple[Jaga, ...]):
    """The migration operation installing `jaga` from the historical models (their columns at that state)."""
    from django.db import migrations

    def _jalankan(buat):
        def f(apps, schema_editor):
            for j in jaga:
                model = apps.get_model(j.model)
                for sql in (sql_pasang if buat else sql_lepas)(j, model, schema_editor.connection.vendor):
                    schema_editor.execute(sql, params=None)

        return f

    return migrations.RunPython(_jalankan(True), _jalankan(False))

"""Copies imported agencies, with every row of their plans and realisations, into other pemda at database speed
(bench/negara.py: 25.000 agency-years cannot go through the importer one by one in a benchmark's time).

Generic over the models below: each row is copied with its foreign keys pointing at the copies made before it, in
the order of the list (parents first); the realised values are scaled per copy (a random factor per agency), so
every copy measures differently. The copies carry no history records: they are benchmark data, not imports.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

from django.db import connection, transaction
from django.db.models import Q

from sakip.web.organisasi.models import Pemda, PerangkatDaerah
from sakip.web.pengukuran import models as u
from sakip.web.perencanaan import models as r

# (model, the paths from a row to its agency): parents before children.
URUTAN = [
    (r.Renstra, ["perangkat_daerah"]),
    (r.Tujuan, ["renstra__perangkat_daerah"]),
    (r.Sasaran, ["renstra__perangkat_daerah"]),
    (r.Indikator, ["renstra__perangkat_daerah"]),
    (r.TargetIndikator, ["indikator__renstra__perangkat_daerah"]),
    (r.RealisasiLalu, ["indikator__renstra__perangkat_daerah"]),
    (r.TahunKinerja, ["perangkat_daerah"]),
    (r.TargetRkt, ["tahun_kinerja__perangkat_daerah"]),
    (r.IkuIndikator, ["tahun_kinerja__perangkat_daerah"]),
    (r.Program, ["tahun_kinerja__perangkat_daerah"]),
    (r.Kegiatan, ["program__tahun_kinerja__perangkat_daerah"]),
    (r.SubKegiatan, ["tahun_kinerja__perangkat_daerah"]),
    (
        r.IndikatorKinerja,
        [
            "program__tahun_kinerja__perangkat_daerah",
            "kegiatan__program__tahun_kinerja__perangkat_daerah",
            "sub_kegiatan__tahun_kinerja__perangkat_daerah",
        ],
    ),
    (r.PerjanjianKinerja, ["tahun_kinerja__perangkat_daerah"]),
    (r.TargetPk, ["pk_versi__tahun_kinerja__perangkat_daerah"]),
    (r.AnggaranPk, ["pk_versi__tahun_kinerja__perangkat_daerah"]),
    (u.PeriodeRealisasi, ["tahun_kinerja__perangkat_daerah"]),
    (u.RealisasiIndikator, ["tahun_kinerja__perangkat_daerah"]),
    (u.NilaiTriwulan, ["realisasi__tahun_kinerja__perangkat_daerah"]),
    (
        u.NilaiIndikatorKinerja,
        [
            "indikator__program__tahun_kinerja__perangkat_daerah",
            "indikator__kegiatan__program__tahun_kinerja__perangkat_daerah",
            "indikator__sub_kegiatan__tahun_kinerja__perangkat_daerah",
        ],
    ),
    (u.RealisasiSubKegiatan, ["sub_kegiatan__tahun_kinerja__perangkat_daerah"]),
    (u.AnggaranTriwulan, ["realisasi__sub_kegiatan__tahun_kinerja__perangkat_daerah"]),
]

# Realised values scaled per copy: (model, column, only rows where …).
SKALA = {
    (u.NilaiTriwulan, "nilai_angka"): {"jenis": u.NilaiTriwulan.REALISASI},
    (u.RealisasiIndikator, "tahunan_angka"): {},
    (u.NilaiIndikatorKinerja, "nilai_angka"): {"jenis": u.NilaiIndikatorKinerja.REALISASI},
    (u.RealisasiSubKegiatan, "anggaran"): {},
    (u.AnggaranTriwulan, "jumlah"): {},
}


def _kunci_asing(model) -> dict[str, type]:
    """attname → the model it points to, for the foreign keys that point at a copied model."""
    disalin = {m for m, _ in URUTAN} | {PerangkatDaerah}
    return {
        f.attname: f.related_model for f in model._meta.concrete_fields if f.is_relation and f.related_model in disalin
    }


def _skala(model, kolom: str, baris: dict, faktor: Decimal, anggaran: Decimal):
    syarat = SKALA.get((model, kolom))
    if syarat is None or baris.get(kolom) is None or any(baris.get(k) != v for k, v in syarat.items()):
        return baris.get(kolom)
    f = anggaran if kolom in ("anggaran", "jumlah") else faktor
    asli = baris[kolom]
    # Whole numbers stay whole (villages, documents: a unit counted in integers); rupiah keep their cents.
    tempat = Decimal("0.01") if kolom in ("anggaran", "jumlah") or asli != asli.to_integral_value() else Decimal(1)
    return (asli * f).quantize(tempat, rounding=ROUND_HALF_UP)


def klon_pemda(pemda: Pemda, rencana: list[tuple[PerangkatDaerah, int]], *, benih: int) -> int:
    """Copy each (template agency, number) of `rencana` into `pemda`. Returns the rows written."""
    acak = random.Random(benih)
    with transaction.atomic():
        # The copies of signed agreements and locked quarters are written as they are: the database's guards
        # against changing those (triggers) are for users, not for a loader (needs a superuser, as on this machine).
        with connection.cursor() as c:
            c.execute("SET LOCAL session_replication_role = replica")
        salinan = []
        for templat, j in rencana:
            pd = PerangkatDaerah(
                **{
                    f.attname: getattr(templat, f.attname)
                    for f in PerangkatDaerah._meta.concrete_fields
                    if not f.primary_key
                }
            )
            pd.pemda = pemda
            pd.nama = f"{templat.nama} {j + 1}"
            pd.slug = f"{templat.slug[:60]}-{pemda.pk}-{j + 1}"
            salinan.append(pd)
        PerangkatDaerah.objects.bulk_create(salinan)
        baris_ditulis = len(salinan)
        # peta[model][(copy number, old pk)] = new pk
        peta: dict[type, dict[tuple[int, int], int]] = {
            PerangkatDaerah: {(i, t.pk): s.pk for i, ((t, _), s) in enumerate(zip(rencana, salinan, strict=True))}
        }
        faktor = [Decimal(acak.randint(60, 100)) / 100 for _ in rencana]  # lower only: a % stays ≤ 100
        anggaran = [Decimal(acak.randint(70, 100)) / 100 for _ in rencana]
        templat_pk = {t.pk for t, _ in rencana}
        for model, jalur in URUTAN:
            q = Q()
            for j in jalur:
                q |= Q(**{f"{j}__in": templat_pk})
            fk = _kunci_asing(model)
            # The rows of each template agency (a row's agency is found through its parents).
            pd_dari = dict(model.objects.filter(q).values_list("pk", _jalur_pd(jalur)))
            per_pd: dict[int, list[dict]] = defaultdict(list)
            for b in model.objects.filter(q).order_by("pk").values():
                per_pd[pd_dari[b["id"]]].append(b)
            baru, asal_pk = [], []
            for i, (t, _) in enumerate(rencana):
                for b in per_pd[t.pk]:
                    isi = {k: v for k, v in b.items() if k != "id"}
                    for kolom, target in fk.items():
                        if isi.get(kolom) is not None:
                            isi[kolom] = peta[target][(i, isi[kolom])]
                    for m, kolom in SKALA:
                        if m is model:
                            isi[kolom] = _skala(model, kolom, b, faktor[i], anggaran[i])
                    if model is r.TahunKinerja:
                        isi["tanda"] = uuid.uuid4()
                    baru.append(model(**isi))
                    asal_pk.append((i, b["id"]))
            model.objects.bulk_create(baru, batch_size=2000)
            peta[model] = {k: o.pk for k, o in zip(asal_pk, baru, strict=True)}
            baris_ditulis += len(baru)
    return baris_ditulis


def _jalur_pd(jalur: list[str]):
    """An expression for the agency of a row whose parent may be one of several (IndikatorKinerja)."""
    from django.db.models.functions import Coalesce

    if len(jalur) == 1:
        return jalur[0]
    return Coalesce(*jalur)

"""Import and export of a berkas for an agency-year.

Import is all-or-nothing: the file is validated by `sakip.berkas.baca` (Indonesian messages with their
location), written in one transaction, read back through `ke_berkas` and compared with the file; any
difference rolls everything back. Every changed value is recorded in the history (sumber "impor").
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.text import slugify

from sakip.berkas.baca import BerkasTidakValid, Masalah, baca_data, baca_teks
from sakip.berkas.tulis import berkas_ke_dict, tulis_berkas
from sakip.core.model import Berkas, Pejabat
from sakip.core.model import IndikatorKinerja as IkCore
from sakip.core.pengaturan import pengaturan_ke_dict
from sakip.web.inti.nilai import pecah_nilai, periksa_presisi_semua, rapikan
from sakip.web.organisasi.akses import Aktor, TidakBerwenang, boleh_ubah_pd, pastikan_baca_pd
from sakip.web.organisasi.models import Pemda, PerangkatDaerah
from sakip.web.pengukuran.models import (
    AnggaranTriwulan,
    NilaiIndikatorKinerja,
    NilaiTriwulan,
    PeriodeRealisasi,
    RealisasiIndikator,
    RealisasiSubKegiatan,
)
from sakip.web.perencanaan.models import (
    AnggaranPk,
    IkuIndikator,
    Indikator,
    IndikatorKinerja,
    Kegiatan,
    PerjanjianKinerja,
    Program,
    RealisasiLalu,
    Renstra,
    Sasaran,
    SubKegiatan,
    TahunKinerja,
    TargetIndikator,
    TargetPk,
    TargetRkt,
    Tujuan,
)
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat, perubahan_catat_selisih

from .ke_berkas import (
    BAGIAN_TERSTRUKTUR,
    KUNCI_INDIKATOR,
    KUNCI_INSTANSI_BARIS,
    KUNCI_REALISASI_INDIKATOR,
    KUNCI_RENSTRA,
    berkas_dari_db,
    berkas_dict,
    tulis_lampiran,
)


@dataclass
class HasilImpor:
    tahun_kinerja: TahunKinerja
    dibuat: bool
    jumlah_perubahan: int


def _pj(p: Pejabat | None) -> dict[str, str] | None:
    if p is None:
        return None
    return {
        k: v
        for k, v in {
            "nama": p.nama,
            "jabatan": p.jabatan,
            "pangkat": p.pangkat,
            "golongan": p.golongan,
            "nip": p.nip,
        }.items()
        if v
    }


def _slug_unik(nama: str) -> str:
    dasar = slugify(nama)[:70] or "pd"
    slug, n = dasar, 2
    while PerangkatDaerah.objects.filter(slug=slug).exists():
        slug, n = f"{dasar}-{n}", n + 1
    return slug


def _tolak(pesan: str, jalur: str = "") -> BerkasTidakValid:
    return BerkasTidakValid([Masalah(jalur, pesan)], "impor")


def berkas_impor(
    *,
    aktor: Aktor,
    teks: str,
    jenis: str = "yaml",
    pd: PerangkatDaerah | None = None,
    kunci_sampai: int = 0,
    alasan: str = "",
    nama_berkas: str = "berkas",
) -> HasilImpor:
    """Load a berkas into the database. `pd` None: the agency is found (or, for the admin, created) from the
    berkas's instansi. `kunci_sampai`: quarters up to this one are marked locked (admin only; for finished
    years). Raises `BerkasTidakValid` with every problem, or `TidakBerwenang`."""
    if pd is None and not aktor.admin:
        raise TidakBerwenang("Hanya admin pemda yang dapat mengimpor berkas perangkat daerah baru.")
    if pd is not None and not boleh_ubah_pd(aktor, pd):
        raise TidakBerwenang("Hanya operator perangkat daerah ini (atau admin pemda) yang dapat mengimpor berkasnya.")
    if kunci_sampai and not aktor.admin:
        raise TidakBerwenang("Hanya admin pemda yang dapat mengimpor data sebagai periode terkunci.")
    if not 0 <= kunci_sampai <= 4:
        raise _tolak("kunci_sampai harus 0–4")

    b = baca_teks(teks, sumber=nama_berkas, jenis=jenis)
    presisi = periksa_presisi_semua(b)
    if presisi:
        raise BerkasTidakValid([Masalah("", m) for m in sorted(set(presisi))[:20]], nama_berkas)
    with transaction.atomic():
        if pd is None and aktor.pemda_id is not None:
            # An admin of one pemda creates agencies in that pemda only.
            pemda = Pemda.objects.get(pk=aktor.pemda_id)
            if b.instansi.pemda and b.instansi.pemda != pemda.nama:
                raise _tolak(
                    f"berkas ini milik {b.instansi.pemda}, sedangkan Anda admin {pemda.nama}", "instansi.pemda"
                )
        elif pd is None:
            pemda, _ = Pemda.objects.get_or_create(
                nama=b.instansi.pemda or "Pemerintah Daerah",
                defaults={"provinsi": b.instansi.provinsi, "ibu_kota": b.instansi.ibu_kota},
            )
        if pd is None:
            pd = PerangkatDaerah.objects.filter(pemda=pemda, nama=b.instansi.nama).first()
            if pd is None:
                pd = PerangkatDaerah.objects.create(pemda=pemda, nama=b.instansi.nama, slug=_slug_unik(b.instansi.nama))
                perubahan_catat(
                    aktor=aktor,
                    pd_id=pd.pk,
                    tahun=None,
                    objek=f"pd:{pd.pk}",
                    medan="dibuat",
                    lama="",
                    baru=pd.nama,
                    alasan=alasan or "impor berkas",
                    sumber=Perubahan.IMPOR,
                )
        elif b.instansi.nama != pd.nama:
            raise _tolak(f"berkas ini milik '{b.instansi.nama}', bukan '{pd.nama}'", "instansi.nama")
        pemda = pd.pemda
        if b.instansi.pemda and b.instansi.pemda != pemda.nama:
            raise _tolak(f"berkas ini untuk '{b.instansi.pemda}', bukan '{pemda.nama}'", "instansi.pemda")
        hasil = _tulis(aktor=aktor, b=b, pd=pd, kunci_sampai=kunci_sampai, alasan=alasan or f"impor {nama_berkas}")
        # Read it back through the one conversion every page uses: the database must say what the file said.
        kembali = baca_data(berkas_dict(hasil.tahun_kinerja), sumber="basis data")
        if kembali != b:
            raise _tolak("data yang tersimpan tidak sama dengan isi berkas; impor dibatalkan (laporkan ke pengembang)")
    return hasil


def _isi_pd(aktor: Aktor, pd: PerangkatDaerah, b: Berkas, tahun: int, alasan: str) -> None:
    ins = b.instansi
    k = ins.kepala or Pejabat("")
    baru = {
        "jenis": ins.jenis,
        "kode": ins.kode,
        "alamat": ins.alamat,
        "telepon": ins.telepon,
        "kode_pos": ins.kode_pos,
        "email": ins.email,
        "laman": ins.laman,
        "kepala_nama": k.nama,
        "kepala_jabatan": k.jabatan,
        "kepala_pangkat": k.pangkat,
        "kepala_golongan": k.golongan,
        "kepala_nip": k.nip,
    }
    berubah = False
    for medan, nilai in baru.items():
        lama = getattr(pd, medan)
        if lama != nilai:
            perubahan_catat(
                aktor=aktor,
                pd_id=pd.pk,
                tahun=None,
                objek=f"pd:{pd.pk}",
                medan=medan,
                lama=lama,
                baru=nilai,
                alasan=alasan,
                sumber=Perubahan.IMPOR,
            )
            setattr(pd, medan, nilai)
            berubah = True
    if berubah:
        pd.versi = F("versi") + 1
        pd.save()
        pd.refresh_from_db()
    pemda = pd.pemda
    isi = {"provinsi": ins.provinsi, "ibu_kota": ins.ibu_kota}
    if ins.atasan and not pemda.kepala_nama:
        isi |= {"kepala_nama": ins.atasan.nama, "kepala_jabatan": ins.atasan.jabatan}
    ubah = {m: v for m, v in isi.items() if v and not getattr(pemda, m)}
    if ubah:
        for m, v in ubah.items():
            setattr(pemda, m, v)
        pemda.versi = F("versi") + 1
        pemda.save()
        pemda.refresh_from_db()


def _renstra(b: Berkas, pd: PerangkatDaerah) -> Renstra:
    r = b.renstra
    d = berkas_ke_dict(b)["renstra"]
    renstra, _ = Renstra.objects.get_or_create(
        perangkat_daerah=pd, periode_awal=r.periode_awal, defaults={"periode_akhir": r.periode_akhir}
    )
    renstra.periode_akhir = r.periode_akhir
    renstra.dokumen = r.dokumen
    renstra.tambahan = tulis_lampiran({k: v for k, v in d.items() if k not in KUNCI_RENSTRA})
    renstra.versi = F("versi") + 1
    renstra.save()
    renstra.refresh_from_db()

    kode_ind = {i.id for i in r.semua_indikator()}
    hilang = Indikator.objects.filter(renstra=renstra).exclude(kode__in=kode_ind)
    dipakai = RealisasiIndikator.objects.filter(indikator__in=hilang).exclude(tahun_kinerja__tahun=b.tahun)
    if dipakai.exists():
        x = dipakai.select_related("indikator", "tahun_kinerja").first()
        raise _tolak(
            f"indikator '{x.indikator.kode}' tidak ada di berkas ini tetapi sudah memiliki realisasi tahun "
            f"{x.tahun_kinerja.tahun}; ubah Renstra melalui halaman rencana"
        )
    ttd = TargetPk.objects.filter(indikator__in=hilang, pk_versi__status=PerjanjianKinerja.DITANDATANGANI)
    if ttd.exists():
        x = ttd.select_related("indikator", "pk_versi__tahun_kinerja").first()
        raise _tolak(
            f"indikator '{x.indikator.kode}' tidak ada di berkas ini tetapi menjadi target PK {x.pk_versi.jenis} "
            f"tahun {x.pk_versi.tahun_kinerja.tahun} yang sudah ditandatangani; PK yang sudah ditandatangani tidak "
            "dapat diubah"
        )
    hilang.delete()
    Sasaran.objects.filter(renstra=renstra).exclude(kode__in=[s.id for s in r.sasaran]).delete()
    Tujuan.objects.filter(renstra=renstra).exclude(kode__in=[t.id for t in r.tujuan]).delete()

    d_ind = {x["id"]: x for t in d["tujuan"] for x in t.get("indikator", [])} | {
        x["id"]: x for s in d["sasaran"] for x in s.get("indikator", [])
    }
    from sakip.web.daerah.models import TautanRpjmd

    # The links are rewritten from the file (they are part of the Renstra as the berkas holds it).
    TautanRpjmd.objects.filter(Q(tujuan__renstra=renstra) | Q(sasaran__renstra=renstra)).delete()

    def simpan_tautan(daftar, **induk):
        TautanRpjmd.objects.bulk_create(
            [
                TautanRpjmd(
                    sasaran_rpjmd=x.sasaran,
                    indikator_rpjmd=x.indikator,
                    indikator_opd=x.indikator_opd,
                    kontribusi=x.kontribusi,
                    urutan=i,
                    **induk,
                )
                for i, x in enumerate(daftar)
            ]
        )

    tujuan_obj = {}
    for n, t in enumerate(r.tujuan):
        obj, _ = Tujuan.objects.update_or_create(renstra=renstra, kode=t.id, defaults={"uraian": t.uraian, "urutan": n})
        tujuan_obj[t.id] = obj
        simpan_tautan(t.rpjmd, tujuan=obj)
    urut = 0

    def simpan_indikator(ind, tujuan=None, sasaran=None):
        nonlocal urut
        lain = {k: v for k, v in d_ind[ind.id].items() if k not in KUNCI_INDIKATOR}
        obj, _ = Indikator.objects.update_or_create(
            renstra=renstra,
            kode=ind.id,
            defaults={
                "tujuan": tujuan,
                "sasaran": sasaran,
                "nama": ind.nama,
                "satuan": ind.satuan,
                "polaritas": ind.polaritas.value if ind.polaritas else "",
                "formula": ind.formula,
                "pembilang": ind.pembilang,
                "penyebut": ind.penyebut,
                "penanggung_jawab": list(ind.penanggung_jawab),
                "sumber_data": ind.sumber_data,
                "agregasi": ind.agregasi.value,
                "catatan": ind.catatan,
                "tambahan": tulis_lampiran(lain),
                "urutan": urut,
            },
        )
        urut += 1
        obj.target.all().delete()
        TargetIndikator.objects.bulk_create(
            [
                TargetIndikator(
                    indikator=obj, tahun=th, **dict(zip(("nilai_angka", "nilai_teks"), pecah_nilai(v), strict=True))
                )
                for th, v in ind.target.items()
            ]
        )
        obj.realisasi_lalu.all().delete()
        RealisasiLalu.objects.bulk_create(
            [
                RealisasiLalu(
                    indikator=obj, tahun=th, **dict(zip(("nilai_angka", "nilai_teks"), pecah_nilai(v), strict=True))
                )
                for th, v in ind.realisasi_lalu.items()
            ]
        )

    for t in r.tujuan:
        for ind in t.indikator:
            simpan_indikator(ind, tujuan=tujuan_obj[t.id])
    for n, s in enumerate(r.sasaran):
        obj, _ = Sasaran.objects.update_or_create(
            renstra=renstra,
            kode=s.id,
            defaults={
                "tujuan": tujuan_obj[s.tujuan],
                "uraian": s.uraian,
                "strategi": list(s.strategi),
                "kebijakan": list(s.kebijakan),
                "urutan": n,
            },
        )
        simpan_tautan(s.rpjmd, sasaran=obj)
        for ind in s.indikator:
            simpan_indikator(ind, sasaran=obj)
    return renstra


def _nilai_kolom(n, prefix: str = "nilai") -> dict[str, Any]:
    a, t = pecah_nilai(n)
    return {f"{prefix}_angka": a, f"{prefix}_teks": t}


def _ik_buat(daftar: list[IkCore], **induk) -> list[IndikatorKinerja]:
    from sakip.web.daerah.models import PemilikIndikatorKinerja

    objs = [
        IndikatorKinerja.objects.create(
            urutan=i,
            nama=x.nama,
            satuan=x.satuan,
            polaritas=x.polaritas.value,
            hitung_dari=x.hitung_dari,
            **_nilai_kolom(x.target, "target"),
            **induk,
        )
        for i, x in enumerate(daftar)
    ]
    PemilikIndikatorKinerja.objects.bulk_create(
        [
            PemilikIndikatorKinerja(indikator=o, jabatan=x.pemilik)
            for o, x in zip(objs, daftar, strict=True)
            if x.pemilik
        ]
    )
    return objs


def _nilai_ik(objs: list[IndikatorKinerja], nilai: list, jenis: str) -> None:
    for i, n in enumerate(nilai):
        if i < len(objs):
            NilaiIndikatorKinerja.objects.create(indikator=objs[i], jenis=jenis, **_nilai_kolom(n))


def _nama_pk(i: int, v) -> str:
    nomor = f" nomor {v.nomor}" if v.nomor else ""
    tanggal = f", tanggal {v.tanggal:%d-%m-%Y}" if v.tanggal else ""
    return f"PK {v.jenis} ke-{i + 1}{nomor}{tanggal}"


def _pk_ditandatangani_tetap(tk: TahunKinerja, b: Berkas, sebelum: dict[str, Any]) -> int:
    """A re-import never rewrites a signed PK version: the berkas must hold each one, unchanged, in its place
    (as an export of the year does). They stay as they are; only the versions after them are added. Returns how
    many are kept."""
    lama = baca_data(sebelum, sumber="basis data").pk
    for i, v in enumerate(lama):
        jalur = f"pk[{i}]"
        if i >= len(b.pk):
            raise _tolak(
                f"{_nama_pk(i, v)} sudah ditandatangani tetapi tidak ada di berkas ini; impor ulang tidak boleh "
                "menghapus PK yang sudah ditandatangani. Sertakan PK itu tanpa perubahan (ekspor berkas terbaru "
                "dari aplikasi lalu ubah berkas itu)",
                jalur,
            )
        beda = [f.name.replace("_", " ") for f in fields(v) if getattr(v, f.name) != getattr(b.pk[i], f.name)]
        if beda:
            raise _tolak(
                f"{_nama_pk(i, v)} sudah ditandatangani; berkas ini mengubah {', '.join(beda)}. PK yang sudah "
                "ditandatangani tidak dapat diubah: buat PK perubahan di halaman PK, atau sertakan PK itu tanpa "
                "perubahan",
                jalur,
            )
    return len(lama)


def _tulis(*, aktor: Aktor, b: Berkas, pd: PerangkatDaerah, kunci_sampai: int, alasan: str) -> HasilImpor:
    tk = TahunKinerja.objects.filter(perangkat_daerah=pd, tahun=b.tahun).first()
    dibuat = tk is None
    sebelum = None
    tetap = 0  # signed PK versions kept as they are
    if tk is not None:
        terkunci = PeriodeRealisasi.objects.filter(tahun_kinerja=tk).exclude(status__in=PeriodeRealisasi.BOLEH_DIUBAH)
        if terkunci.exists():
            p = terkunci.first()
            raise _tolak(
                f"realisasi Triwulan {p.get_triwulan_display().split()[-1]} tahun {b.tahun} berstatus '{p.get_status_display()}': "
                "buka kembali periode itu sebelum mengimpor ulang"
            )
        sebelum = berkas_dict(tk)
        tetap = _pk_ditandatangani_tetap(tk, b, sebelum)
    _isi_pd(aktor, pd, b, b.tahun, alasan)
    renstra = _renstra(b, pd)
    d = berkas_ke_dict(b)
    lampiran = {k: v for k, v in d.items() if k not in BAGIAN_TERSTRUKTUR} | {
        "instansi": {k: v for k, v in d["instansi"].items() if k not in KUNCI_INSTANSI_BARIS},
        "iku": {k: v for k, v in (d.get("iku") or {}).items() if k != "indikator"},
        "rkt": {k: v for k, v in (d.get("rkt") or {}).items() if k not in ("target", "program")},
    }
    lampiran = {k: v for k, v in lampiran.items() if v}
    dasar = dict(pd.pemda.pengaturan or {})
    pengaturan = {k: v for k, v in pengaturan_ke_dict(b.pengaturan).items() if dasar.get(k) != v}
    if tk is None:
        tk = TahunKinerja.objects.create(perangkat_daerah=pd, tahun=b.tahun, renstra=renstra)
    else:
        tk.program.all().delete()
        for draf in PerjanjianKinerja.objects.filter(tahun_kinerja=tk, status=PerjanjianKinerja.DRAF):
            perubahan_catat(
                aktor=aktor,
                pd_id=pd.pk,
                tahun=tk.tahun,
                objek=f"pk:{draf.pk}",
                medan="dihapus",
                lama=f"PK {draf.jenis} (draf)",
                baru="",
                alasan=alasan,
                sumber=Perubahan.IMPOR,
            )
            draf.delete()
        TargetRkt.objects.filter(tahun_kinerja=tk).delete()
        IkuIndikator.objects.filter(tahun_kinerja=tk).delete()
        RealisasiIndikator.objects.filter(tahun_kinerja=tk).delete()
    tk.renstra = renstra
    tk.lampiran = tulis_lampiran(lampiran)
    tk.pengaturan = _json_aman(pengaturan)
    tk.versi = F("versi") + 1
    tk.tanda = uuid.uuid4()
    tk.save()
    tk.refresh_from_db()
    for lain in TahunKinerja.objects.filter(renstra=renstra).exclude(pk=tk.pk).values_list("pk", flat=True):
        TahunKinerja.objects.filter(pk=lain).update(versi=F("versi") + 1, tanda=uuid.uuid4())

    ind = {i.kode: i for i in Indikator.objects.filter(renstra=renstra)}
    TargetRkt.objects.bulk_create(
        [
            TargetRkt(tahun_kinerja=tk, indikator=ind[k], urutan=n, **_nilai_kolom(v))
            for n, (k, v) in enumerate(b.rkt.target.items())
        ]
    )
    IkuIndikator.objects.bulk_create(
        [IkuIndikator(tahun_kinerja=tk, indikator=ind[k], urutan=n) for n, k in enumerate(b.iku.indikator)]
    )

    re = b.realisasi
    urut_sub = {k: n for n, k in enumerate(re.sub_kegiatan)}
    for np_, p in enumerate(b.rkt.program):
        prog = Program.objects.create(
            tahun_kinerja=tk,
            kode=p.kode,
            nama=p.nama,
            sasaran=list(p.sasaran),
            urutan=np_,
            **_td_kolom(p.tidak_dirinci),
        )
        ik_p = _ik_buat(p.indikator, program=prog)
        _nilai_ik(ik_p, re.program.get(p.kode, []), NilaiIndikatorKinerja.REALISASI)
        for nk, k in enumerate(p.kegiatan):
            keg = Kegiatan.objects.create(
                program=prog, kode=k.kode, nama=k.nama, urutan=nk, **_td_kolom(k.tidak_dirinci)
            )
            ik_k = _ik_buat(k.indikator, kegiatan=keg)
            _nilai_ik(ik_k, re.kegiatan.get(k.kode, []), NilaiIndikatorKinerja.REALISASI)
            for ns, s in enumerate(k.sub_kegiatan):
                sub = SubKegiatan.objects.create(
                    kegiatan=keg,
                    tahun_kinerja=tk,
                    kode=s.kode,
                    nama=s.nama,
                    pagu=s.pagu,
                    pagu_murni=s.pagu_murni,
                    belanja_modal=s.belanja_modal,
                    outcome=s.outcome,
                    sumber_dana=s.sumber_dana,
                    lokasi=s.lokasi,
                    urutan=ns,
                )
                ik_s = _ik_buat(s.indikator, sub_kegiatan=sub)
                r = re.sub_kegiatan.get(s.kode)
                if r is not None:
                    rs = RealisasiSubKegiatan.objects.create(
                        sub_kegiatan=sub, anggaran=r.anggaran, keterangan=r.keterangan, urutan=urut_sub[s.kode]
                    )
                    AnggaranTriwulan.objects.bulk_create(
                        [AnggaranTriwulan(realisasi=rs, triwulan=tw, jumlah=j) for tw, j in r.anggaran_triwulan.items()]
                    )
                    _nilai_ik(ik_s, r.output, NilaiIndikatorKinerja.REALISASI)
                    _nilai_ik(ik_s, r.target_output, NilaiIndikatorKinerja.TARGET)

    urutan_pk = PerjanjianKinerja.objects.filter(tahun_kinerja=tk).aggregate(m=Max("urutan"))["m"]
    for n, v in enumerate(b.pk[tetap:], start=(urutan_pk + 1) if urutan_pk is not None else 0):
        # Written as a draft and signed once complete: the database refuses rows added to a signed version.
        pk = PerjanjianKinerja.objects.create(
            tahun_kinerja=tk,
            jenis=v.jenis,
            urutan=n,
            tanggal=v.tanggal,
            tempat=v.tempat,
            nomor=v.nomor,
            pihak_pertama=_pj(v.pihak_pertama),
            pihak_kedua=_pj(v.pihak_kedua),
            alasan_perubahan=v.alasan_perubahan,
            keterangan_anggaran=v.keterangan_anggaran,
            ditandatangani_pada=timezone.now(),
        )
        TargetPk.objects.bulk_create(
            [
                TargetPk(pk_versi=pk, indikator=ind[k], urutan=i, **_nilai_kolom(t))
                for i, (k, t) in enumerate(v.target.items())
            ]
        )
        AnggaranPk.objects.bulk_create(
            [
                AnggaranPk(pk_versi=pk, kode_program=k, jumlah=j, urutan=i)
                for i, (k, j) in enumerate(v.anggaran_program.items())
            ]
        )
        PerjanjianKinerja.objects.filter(pk=pk.pk).update(status=PerjanjianKinerja.DITANDATANGANI)

    for n, (kode, r) in enumerate(re.indikator.items()):
        ri = RealisasiIndikator.objects.create(
            tahun_kinerja=tk,
            indikator=ind[kode],
            urutan=n,
            penyebab=r.analisis.penyebab,
            kendala=r.analisis.kendala,
            solusi=r.analisis.solusi,
            sumber=r.sumber,
            alasan_manual=getattr(r, "alasan_manual", ""),
            alasan_tidak_lazim=r.alasan_tidak_lazim,
            tambahan=tulis_lampiran(
                {k: v for k, v in d["realisasi"]["indikator"][kode].items() if k not in KUNCI_REALISASI_INDIKATOR}
            ),
            **_nilai_kolom(r.tahunan, "tahunan"),
        )
        NilaiTriwulan.objects.bulk_create(
            [
                NilaiTriwulan(realisasi=ri, triwulan=tw, jenis=NilaiTriwulan.REALISASI, **_nilai_kolom(x))
                for tw, x in r.triwulan.items()
            ]
            + [
                NilaiTriwulan(realisasi=ri, triwulan=tw, jenis=NilaiTriwulan.TARGET, **_nilai_kolom(x))
                for tw, x in r.target_triwulan.items()
            ]
        )

    sekarang = timezone.now()
    for tw in (1, 2, 3, 4):
        periode, _ = PeriodeRealisasi.objects.get_or_create(tahun_kinerja=tk, triwulan=tw)
        status = PeriodeRealisasi.DIKUNCI if tw <= kunci_sampai else PeriodeRealisasi.DRAFT
        if periode.status != status:
            perubahan_catat(
                aktor=aktor,
                pd_id=pd.pk,
                tahun=tk.tahun,
                objek=f"periode:{tw}",
                medan="status",
                lama=periode.status,
                baru=status,
                alasan=alasan,
                sumber=Perubahan.IMPOR,
            )
        periode.status = status
        periode.alasan_dikembalikan = ""
        periode.diisi_pada = sekarang
        periode.dikunci_pada = sekarang if status == PeriodeRealisasi.DIKUNCI else None
        periode.versi = F("versi") + 1
        periode.save()

    sesudah = berkas_dict(tk)
    n = perubahan_catat_selisih(
        aktor=aktor,
        pd_id=pd.pk,
        tahun=tk.tahun,
        sebelum=sebelum,
        sesudah=sesudah,
        alasan=alasan,
        sumber=Perubahan.IMPOR,
    )
    return HasilImpor(tk, dibuat, n)


def _td_kolom(td) -> dict[str, Any]:
    if td is None:
        return {}
    return {
        "td_pagu": td.pagu,
        "td_realisasi": td.realisasi,
        "td_belanja_modal": td.belanja_modal,
        "td_jumlah_kegiatan": td.jumlah_kegiatan,
        "td_jumlah_sub_kegiatan": td.jumlah_sub_kegiatan,
        "td_keterangan": td.keterangan,
    }


def _json_aman(x: Any) -> Any:
    """Settings into a JSONField: decimals as strings (pengaturan_dari_dict reads them back exactly)."""
    if isinstance(x, dict):
        return {k: _json_aman(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_json_aman(v) for v in x]
    if isinstance(x, Decimal):
        return format(rapikan(x), "f")
    return x


def berkas_ekspor(*, aktor: Aktor, tk: TahunKinerja) -> str:
    """The agency-year as berkas YAML (what `sakip hitung` and a re-import read)."""
    pastikan_baca_pd(aktor, tk.perangkat_daerah)
    return tulis_berkas(berkas_dari_db(tk))

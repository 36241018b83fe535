"""Writes to realisations and their workflow.

draft → diajukan (operator; the analysis is required where capaian falls under target) → diverifikasi or
dikembalikan with a reason (kepala) → dikunci (kepala). A locked quarter changes only after an admin's
logged "buka kembali". Every value change is recorded with who, when, old, new and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.text import get_valid_filename

from sakip.berkas.jenis_isi import JenisTidakSesuai, periksa_jenis
from sakip.core.angka import format_bilangan, format_rupiah
from sakip.core.capaian import tercapai
from sakip.core.nilai import Nilai, ke_teks_berkas
from sakip.core.peringatan import peringatan_dini
from sakip.core.satuan import periksa_nilai
from sakip.web.inti.galat import AlurDitolak
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.inti.nilai import ke_nilai, pecah_nilai
from sakip.web.inti.versi import klaim_versi
from sakip.web.organisasi.akses import (
    Aktor,
    TidakBerwenang,
    pastikan_admin,
    pastikan_kepala_pd,
    pastikan_reviewer,
    pastikan_ubah_pd,
)
from sakip.web.perencanaan.models import Indikator, IndikatorKinerja, SubKegiatan, TahunKinerja
from sakip.web.perencanaan.services import tahun_kinerja_sentuh
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat

from .models import (
    AnggaranTriwulan,
    Bukti,
    CatatanReviu,
    NilaiIndikatorKinerja,
    NilaiTriwulan,
    PeriodeRealisasi,
    RealisasiIndikator,
    RealisasiSubKegiatan,
)

ROMAWI = {1: "I", 2: "II", 3: "III", 4: "IV"}


def _teks(n: Nilai | Decimal | None) -> str:
    if n is None:
        return ""
    if isinstance(n, Decimal):
        return format(n, "f")
    return str(ke_teks_berkas(n))


def periode_ambil_atau_buat(*, tk: TahunKinerja, triwulan: int) -> PeriodeRealisasi:
    if triwulan not in (1, 2, 3, 4):
        raise AlurDitolak("Triwulan harus 1–4.")
    periode, _ = PeriodeRealisasi.objects.get_or_create(tahun_kinerja=tk, triwulan=triwulan)
    return periode


@dataclass
class IsianRealisasi:
    """What the quarter form submits (keys are database ids)."""

    nilai: dict[int, Nilai | None] = field(default_factory=dict)  # Indikator.id → value of the quarter
    tahunan: dict[int, Nilai | None] = field(default_factory=dict)  # Indikator.id → annual value (TW IV)
    analisis: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # Indikator.id → penyebab, kendala, solusi
    sumber: dict[int, str] = field(default_factory=dict)
    anggaran: dict[int, Decimal | None] = field(default_factory=dict)  # SubKegiatan.id → spent this quarter
    anggaran_tahunan: dict[int, Decimal | None] = field(default_factory=dict)  # SubKegiatan.id → annual total (TW IV)
    indikator_kinerja: dict[int, Nilai | None] = field(
        default_factory=dict
    )  # IndikatorKinerja.id → realisation (TW IV)
    alasan_tidak_lazim: str = ""  # why the unusual values among these are right (sakip.core.satuan)


def _ri(tk: TahunKinerja, ind: Indikator) -> RealisasiIndikator:
    ri = RealisasiIndikator.objects.filter(tahun_kinerja=tk, indikator=ind).first()
    if ri is None:
        urutan = (RealisasiIndikator.objects.filter(tahun_kinerja=tk).aggregate(m=Max("urutan"))["m"] or 0) + 1
        ri = RealisasiIndikator.objects.create(tahun_kinerja=tk, indikator=ind, urutan=urutan)
    return ri


def _rs(sub: SubKegiatan) -> RealisasiSubKegiatan:
    rs = RealisasiSubKegiatan.objects.filter(sub_kegiatan=sub).first()
    if rs is None:
        urutan = (
            RealisasiSubKegiatan.objects.filter(sub_kegiatan__tahun_kinerja=sub.tahun_kinerja).aggregate(
                m=Max("urutan")
            )["m"]
            or 0
        ) + 1
        rs = RealisasiSubKegiatan.objects.create(sub_kegiatan=sub, urutan=urutan)
    return rs


def _tampil_lama(lama) -> str:
    """A removed value as the user wrote it: money as Rupiah, a machine decimal ("7.5") as 7,5."""
    if isinstance(lama, Decimal):
        return format_rupiah(lama, 0)
    try:
        return format_bilangan(Decimal(lama))
    except (InvalidOperation, ValueError):
        return str(lama)


class JumlahPerubahan(int):
    """How many values a save changed (an int, as before), with the values it emptied, named for the user
    ("IKU2 realisasi TW IV (7)")."""

    dihapus: list[str]

    def __new__(cls, n: int, dihapus: list[str]):
        x = super().__new__(cls, n)
        x.dihapus = dihapus
        return x


def realisasi_simpan(
    *, aktor: Aktor, tk: TahunKinerja, triwulan: int, versi: int | None, isian: IsianRealisasi, alasan: str = ""
) -> int:
    """Save a quarter's values (draft or returned quarters only). Returns how many values changed."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status not in PeriodeRealisasi.BOLEH_DIUBAH:
        raise AlurDitolak(
            f"Realisasi triwulan {ROMAWI[triwulan]} berstatus '{periode.get_status_display()}' dan tidak dapat diubah."
        )
    if (isian.tahunan or isian.anggaran_tahunan or isian.indikator_kinerja) and triwulan != 4:
        raise AlurDitolak("Nilai tahunan, output dan indikator program/kegiatan diisi pada triwulan IV.")
    alasan = alasan.strip() or f"pengisian realisasi triwulan {ROMAWI[triwulan]}"
    pd_id = tk.perangkat_daerah_id
    n = 0
    dihapus: list[str] = []

    def catat(objek: str, medan: str, lama, baru, label: str = "") -> None:
        nonlocal n
        kosong = baru is None or (isinstance(baru, str) and not baru.strip())
        ada = lama is not None and not (isinstance(lama, str) and not lama.strip())
        if kosong and ada and not medan.startswith(("analisis", "sumber", "alasan")):
            dihapus.append(f"{objek.split(':', 1)[1]} {medan} ({_tampil_lama(lama)})")
        if perubahan_catat(
            aktor=aktor,
            pd_id=pd_id,
            tahun=tk.tahun,
            objek=objek,
            medan=medan,
            lama=lama,
            baru=baru,
            alasan=alasan,
            label=label,
        ):
            n += 1

    indikator = {i.pk: i for i in Indikator.objects.filter(renstra=tk.renstra)}
    sub = {s.pk: s for s in SubKegiatan.objects.filter(tahun_kinerja=tk)}
    ik = (
        {i.pk: i for i in IndikatorKinerja.objects.filter(program__tahun_kinerja=tk)}
        | {i.pk: i for i in IndikatorKinerja.objects.filter(kegiatan__program__tahun_kinerja=tk)}
        | {i.pk: i for i in IndikatorKinerja.objects.filter(sub_kegiatan__tahun_kinerja=tk)}
    )
    for kumpulan, sah, nama in (
        (isian.nilai, indikator, "indikator"),
        (isian.tahunan, indikator, "indikator"),
        (isian.analisis, indikator, "indikator"),
        (isian.sumber, indikator, "indikator"),
        (isian.anggaran, sub, "sub kegiatan"),
        (isian.anggaran_tahunan, sub, "sub kegiatan"),
        (isian.indikator_kinerja, ik, "indikator kinerja"),
    ):
        asing = set(kumpulan) - set(sah)
        if asing:
            raise TidakBerwenang(f"{nama} {sorted(asing)} bukan milik tahun kinerja ini.")

    with transaction.atomic():
        klaim_versi(PeriodeRealisasi, periode.pk, versi, f"realisasi triwulan {ROMAWI[triwulan]}")
        # Read once; a record is created only when a value is really set (an untouched indicator stays absent).
        rec = {r.indikator_id: r for r in RealisasiIndikator.objects.filter(tahun_kinerja=tk)}
        nilai_tw = {
            n.realisasi_id: n
            for n in NilaiTriwulan.objects.filter(
                realisasi__tahun_kinerja=tk, triwulan=triwulan, jenis=NilaiTriwulan.REALISASI
            )
        }

        def rec_untuk(ind: Indikator) -> RealisasiIndikator:
            if ind.pk not in rec:
                rec[ind.pk] = _ri(tk, ind)
            return rec[ind.pk]

        def periksa_satuan(ind: Indikator, baru: Nilai | None, medan: str) -> None:
            """The unit's rule (sakip.core.satuan): impossible values refused, unusual ones kept with a reason."""
            temuan = periksa_nilai(baru, ind.satuan)
            if temuan is None:
                return
            if temuan.ditolak:
                raise AlurDitolak(f"{ind.kode} {medan}: {temuan.pesan}.")
            alasan_lazim = isian.alasan_tidak_lazim.strip()
            if not alasan_lazim:
                raise AlurDitolak(f"{ind.kode} {medan}: {temuan.pesan}; tulis alasannya bila nilai itu benar.")
            ri = rec_untuk(ind)
            if ri.alasan_tidak_lazim != alasan_lazim:
                catat(
                    f"indikator:{ind.kode}", "alasan nilai tidak lazim", ri.alasan_tidak_lazim, alasan_lazim, ind.nama
                )
                ri.alasan_tidak_lazim = alasan_lazim
                ri.save(update_fields=["alasan_tidak_lazim"])

        for ind_id, baru in isian.nilai.items():
            ind = indikator[ind_id]
            ada = rec.get(ind_id)
            baris = nilai_tw.get(ada.pk) if ada else None
            lama = ke_nilai(baris.nilai_angka, baris.nilai_teks) if baris else None
            if _teks(lama) == _teks(baru):
                continue
            periksa_satuan(ind, baru, f"realisasi TW {ROMAWI[triwulan]}")
            if baru is None:
                baris.delete()
            else:
                a, t = pecah_nilai(baru)
                NilaiTriwulan.objects.update_or_create(
                    realisasi=rec_untuk(ind),
                    triwulan=triwulan,
                    jenis=NilaiTriwulan.REALISASI,
                    defaults={"nilai_angka": a, "nilai_teks": t},
                )
            catat(f"indikator:{ind.kode}", f"realisasi TW {ROMAWI[triwulan]}", _teks(lama), _teks(baru), ind.nama)
        for ind_id, baru in isian.tahunan.items():
            ind = indikator[ind_id]
            ada = rec.get(ind_id)
            lama = ke_nilai(ada.tahunan_angka, ada.tahunan_teks) if ada else None
            if _teks(lama) != _teks(baru):
                periksa_satuan(ind, baru, "realisasi tahunan")
                ri = rec_untuk(ind)
                ri.tahunan_angka, ri.tahunan_teks = pecah_nilai(baru)
                ri.save()
                catat(f"indikator:{ind.kode}", "realisasi tahunan", _teks(lama), _teks(baru), ind.nama)
        for ind_id, (penyebab, kendala, solusi) in isian.analisis.items():
            ind = indikator[ind_id]
            ada = rec.get(ind_id)
            lama = (ada.penyebab, ada.kendala, ada.solusi) if ada else ("", "", "")
            if lama == (penyebab, kendala, solusi):
                continue
            ri = rec_untuk(ind)
            for medan, baru in (("penyebab", penyebab), ("kendala", kendala), ("solusi", solusi)):
                if getattr(ri, medan) != baru:
                    catat(f"indikator:{ind.kode}", f"analisis {medan}", getattr(ri, medan), baru, ind.nama)
                    setattr(ri, medan, baru)
            ri.save()
        for ind_id, baru in isian.sumber.items():
            ind = indikator[ind_id]
            ada = rec.get(ind_id)
            if (ada.sumber if ada else "") != baru:
                ri = rec_untuk(ind)
                catat(f"indikator:{ind.kode}", "sumber data realisasi", ri.sumber, baru, ind.nama)
                ri.sumber = baru
                ri.save()
        rs_ada = {
            r.sub_kegiatan_id: r
            for r in RealisasiSubKegiatan.objects.filter(sub_kegiatan__tahun_kinerja=tk).prefetch_related("triwulan")
        }
        for sub_id, baru in isian.anggaran.items():
            s = sub[sub_id]
            if baru is not None and baru < 0:
                raise AlurDitolak(f"Realisasi anggaran {s.kode} tidak boleh negatif.")
            rs = rs_ada.get(sub_id)
            baris = next((t for t in rs.triwulan.all() if t.triwulan == triwulan), None) if rs else None
            lama = baris.jumlah if baris else None
            if lama == baru:
                continue
            if rs is not None and rs.anggaran is not None:
                raise AlurDitolak(
                    f"Sub kegiatan {s.kode} dicatat dengan realisasi tahunan; isi pada kolom tahunan di triwulan IV."
                )
            if baru is None:
                baris.delete()
            else:
                rs = rs or rs_ada.setdefault(sub_id, _rs(s))
                AnggaranTriwulan.objects.update_or_create(realisasi=rs, triwulan=triwulan, defaults={"jumlah": baru})
            catat(f"sub_kegiatan:{s.kode}", f"realisasi anggaran TW {ROMAWI[triwulan]}", lama, baru, s.nama)
        for sub_id, baru in isian.anggaran_tahunan.items():
            s = sub[sub_id]
            if baru is not None and baru < 0:
                raise AlurDitolak(f"Realisasi anggaran {s.kode} tidak boleh negatif.")
            rs = rs_ada.get(sub_id)
            lama = rs.anggaran if rs else None
            if lama == baru:
                continue
            rs = rs or rs_ada.setdefault(sub_id, _rs(s))
            if baru is not None and rs.triwulan.exists():
                raise AlurDitolak(f"Sub kegiatan {s.kode} dicatat per triwulan; realisasi tahunan tidak dipakai.")
            catat(f"sub_kegiatan:{s.kode}", "realisasi anggaran tahunan", lama, baru, s.nama)
            rs.anggaran = baru
            rs.save()
        for ik_id, baru in isian.indikator_kinerja.items():
            x = ik[ik_id]
            baris = NilaiIndikatorKinerja.objects.filter(indikator=x, jenis=NilaiIndikatorKinerja.REALISASI).first()
            lama = ke_nilai(baris.nilai_angka, baris.nilai_teks) if baris else None
            if _teks(lama) == _teks(baru):
                continue
            if baru is None:
                baris.delete()
            else:
                a, t = pecah_nilai(baru)
                NilaiIndikatorKinerja.objects.update_or_create(
                    indikator=x, jenis=NilaiIndikatorKinerja.REALISASI, defaults={"nilai_angka": a, "nilai_teks": t}
                )
            induk = x.sub_kegiatan or x.kegiatan or x.program
            catat(
                f"sub_kegiatan:{induk.kode}" if x.sub_kegiatan_id else f"rkt:{induk.kode}",
                f"realisasi {x.nama}",
                _teks(lama),
                _teks(baru),
                induk.nama,
            )
        PeriodeRealisasi.objects.filter(pk=periode.pk).update(diisi_pada=timezone.now())
        tahun_kinerja_sentuh(tk=tk)
    return JumlahPerubahan(n, dihapus)


# --- workflow ------------------------------------------------------------------------------------------------------


def analisis_kurang(*, tk: TahunKinerja, triwulan: int) -> list[str]:
    """Indicators whose capaian s.d. this quarter falls under target without a written analysis.

    Triwulan IV: against the year's target. Earlier quarters: only where a quarterly target (rencana aksi) is
    set, since a cumulative value is naturally below the annual target during the year.
    """
    from sakip.web.pertukaran.ke_berkas import hasil_dari_db

    h = hasil_dari_db(tk)
    rec = {r.indikator.kode: r for r in RealisasiIndikator.objects.filter(tahun_kinerja=tk).select_related("indikator")}
    kurang = []
    for p in peringatan_dini(h, triwulan):
        # Under target, whether or not the quarter itself is filled yet (the year's value so far is what is sent).
        if p.capaian is None or tercapai(p.capaian, h.pengaturan) is not False:
            continue
        r = rec.get(p.indikator.indikator.id)
        if r is None or not (r.penyebab.strip() and r.kendala.strip() and r.solusi.strip()):
            kurang.append(f"{p.indikator.indikator.id} {p.indikator.indikator.nama} (capaian {p.capaian.tampil()})")
    return kurang


def _ubah_status(
    aktor: Aktor, tk: TahunKinerja, periode: PeriodeRealisasi, versi: int | None, baru: str, alasan: str, **medan
) -> PeriodeRealisasi:
    with transaction.atomic():
        klaim_versi(PeriodeRealisasi, periode.pk, versi, f"status realisasi triwulan {ROMAWI[periode.triwulan]}")
        periode.refresh_from_db()
        lama = periode.status
        periode.status = baru
        for k, v in medan.items():
            setattr(periode, k, v)
        periode.save()
        perubahan_catat(
            aktor=aktor,
            pd_id=tk.perangkat_daerah_id,
            tahun=tk.tahun,
            objek=f"periode:{periode.triwulan}",
            medan="status",
            lama=lama,
            baru=baru,
            alasan=alasan,
            label=f"Realisasi triwulan {ROMAWI[periode.triwulan]}",
            sumber=Perubahan.ALUR,
        )
        tahun_kinerja_sentuh(tk=tk)
    return periode


def realisasi_ajukan(*, aktor: Aktor, tk: TahunKinerja, triwulan: int, versi: int | None) -> PeriodeRealisasi:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status not in PeriodeRealisasi.BOLEH_DIUBAH:
        raise AlurDitolak(f"Realisasi berstatus '{periode.get_status_display()}' tidak dapat diajukan.")
    kurang = analisis_kurang(tk=tk, triwulan=triwulan)
    if kurang:
        raise AlurDitolak(
            "Capaian di bawah target wajib dilengkapi analisis (penyebab, kendala, solusi) sebelum diajukan: "
            + "; ".join(kurang)
        )
    return _ubah_status(
        aktor,
        tk,
        periode,
        versi,
        PeriodeRealisasi.DIAJUKAN,
        "diajukan untuk verifikasi",
        diajukan_pada=timezone.now(),
        alasan_dikembalikan="",
    )


def realisasi_verifikasi(*, aktor: Aktor, tk: TahunKinerja, triwulan: int, versi: int | None) -> PeriodeRealisasi:
    pastikan_kepala_pd(aktor, tk.perangkat_daerah)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status != PeriodeRealisasi.DIAJUKAN:
        raise AlurDitolak("Hanya realisasi yang sudah diajukan yang dapat diverifikasi.")
    return _ubah_status(
        aktor,
        tk,
        periode,
        versi,
        PeriodeRealisasi.DIVERIFIKASI,
        "diverifikasi kepala",
        diverifikasi_pada=timezone.now(),
    )


def realisasi_kembalikan(
    *, aktor: Aktor, tk: TahunKinerja, triwulan: int, versi: int | None, alasan: str
) -> PeriodeRealisasi:
    pastikan_kepala_pd(aktor, tk.perangkat_daerah)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status not in (PeriodeRealisasi.DIAJUKAN, PeriodeRealisasi.DIVERIFIKASI):
        raise AlurDitolak("Hanya realisasi yang diajukan atau diverifikasi yang dapat dikembalikan.")
    if not alasan.strip():
        raise AlurDitolak("Alasan pengembalian wajib diisi.")
    return _ubah_status(
        aktor, tk, periode, versi, PeriodeRealisasi.DIKEMBALIKAN, alasan.strip(), alasan_dikembalikan=alasan.strip()
    )


def realisasi_kunci(*, aktor: Aktor, tk: TahunKinerja, triwulan: int, versi: int | None) -> PeriodeRealisasi:
    pastikan_kepala_pd(aktor, tk.perangkat_daerah)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status != PeriodeRealisasi.DIVERIFIKASI:
        raise AlurDitolak("Hanya realisasi yang sudah diverifikasi yang dapat dikunci.")
    return _ubah_status(
        aktor, tk, periode, versi, PeriodeRealisasi.DIKUNCI, "dikunci kepala", dikunci_pada=timezone.now()
    )


def realisasi_buka_kembali(
    *, aktor: Aktor, tk: TahunKinerja, triwulan: int, versi: int | None, alasan: str
) -> PeriodeRealisasi:
    """Only the admin unlocks, always with a reason that stays in the history."""
    pastikan_admin(aktor)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status not in (PeriodeRealisasi.DIKUNCI, PeriodeRealisasi.DIVERIFIKASI, PeriodeRealisasi.DIAJUKAN):
        raise AlurDitolak("Realisasi ini tidak terkunci.")
    if not alasan.strip():
        raise AlurDitolak("Alasan membuka kembali wajib diisi.")
    # The one path the database triggers let through to a locked quarter (sakip.web.inti.kunci_db).
    with transaction.atomic(), kunci_dibuka():
        return _ubah_status(
            aktor, tk, periode, versi, PeriodeRealisasi.DRAFT, f"buka kembali: {alasan.strip()}", dikunci_pada=None
        )


def tahun_terbitkan(*, aktor: Aktor, tk: TahunKinerja, terbit: bool) -> TahunKinerja:
    """Publish (or withdraw) the agency-year for the public: the public page shows locked quarters only."""
    if not (aktor.admin or (aktor.peran == "kepala" and aktor.milik(tk.perangkat_daerah))):
        raise TidakBerwenang("Hanya kepala perangkat daerah ini atau admin pemda yang dapat menerbitkan.")
    if tk.diterbitkan != terbit:
        perubahan_catat(
            aktor=aktor,
            pd_id=tk.perangkat_daerah_id,
            tahun=tk.tahun,
            objek="terbit",
            medan="diterbitkan",
            lama=tk.diterbitkan,
            baru=terbit,
            alasan="penerbitan untuk publik",
            sumber=Perubahan.ALUR,
        )
        TahunKinerja.objects.filter(pk=tk.pk).update(
            diterbitkan=terbit, diterbitkan_pada=timezone.now() if terbit else None
        )
        tk.refresh_from_db()
    return tk


# --- evidence and reviu notes ------------------------------------------------------------------------------------

# Extension → what the first bytes must be (None: text, checked as UTF-8).
JENIS_BUKTI: dict[str, tuple[str, tuple[bytes, ...] | None]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (b"PK\x03\x04",)),
    ".docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", (b"PK\x03\x04",)),
    ".csv": ("text/csv", None),
}


def bukti_unggah(
    *,
    aktor: Aktor,
    tk: TahunKinerja,
    triwulan: int,
    berkas: UploadedFile,
    indikator: Indikator | None = None,
    keterangan: str = "",
) -> Bukti:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    periode = periode_ambil_atau_buat(tk=tk, triwulan=triwulan)
    if periode.status not in PeriodeRealisasi.BOLEH_DIUBAH:
        raise AlurDitolak("Bukti hanya dapat ditambahkan pada realisasi yang masih draf atau dikembalikan.")
    if indikator is not None and indikator.renstra_id != tk.renstra_id:
        raise TidakBerwenang("Indikator ini bukan milik tahun kinerja ini.")
    nama = PurePath(berkas.name or "bukti").name
    ext = PurePath(nama).suffix.lower()
    if ext not in JENIS_BUKTI:
        raise AlurDitolak(f"Jenis berkas '{ext or nama}' tidak diterima. Gunakan: {', '.join(sorted(JENIS_BUKTI))}.")
    maks = settings.SAKIP_BUKTI_MAKS_BYTE
    if berkas.size is None or berkas.size > maks:
        raise AlurDitolak(f"Ukuran berkas melebihi batas {maks // (1024 * 1024)} MB.")
    if berkas.size == 0:
        raise AlurDitolak("Berkas kosong.")
    jenis, _ = JENIS_BUKTI[ext]
    berkas.seek(0)
    try:
        # By content: a renamed file (an executable called .pdf, a workbook called .docx) is refused.
        periksa_jenis(berkas, nama=nama, boleh=("pdf", "png", "jpg", "xlsx", "docx", "teks"))
    except JenisTidakSesuai as exc:
        raise AlurDitolak(str(exc)) from None
    berkas.seek(0)
    with transaction.atomic():
        bukti = Bukti(
            periode=periode,
            indikator=indikator,
            nama_asli=nama[:200],
            jenis_isi=jenis,
            ukuran=berkas.size,
            keterangan=keterangan[:300],
            diunggah_oleh=aktor.pengguna,
        )
        bukti.berkas.save(get_valid_filename(nama), berkas, save=False)
        bukti.save()
        perubahan_catat(
            aktor=aktor,
            pd_id=tk.perangkat_daerah_id,
            tahun=tk.tahun,
            objek=f"periode:{triwulan}",
            medan="bukti",
            lama="",
            baru=nama,
            alasan=keterangan or "unggah bukti",
            label=f"Bukti triwulan {ROMAWI[triwulan]}",
        )
    return bukti


def catatan_reviu_tambah(*, aktor: Aktor, tk: TahunKinerja, teks: str, triwulan: int | None = None) -> CatatanReviu:
    pastikan_reviewer(aktor)
    if not teks.strip():
        raise AlurDitolak("Catatan reviu tidak boleh kosong.")
    if triwulan is not None and triwulan not in (1, 2, 3, 4):
        raise AlurDitolak("Triwulan harus 1–4.")
    return CatatanReviu.objects.create(
        tahun_kinerja=tk, triwulan=triwulan, teks=teks.strip(), penulis=aktor.pengguna, nama_penulis=aktor.nama
    )

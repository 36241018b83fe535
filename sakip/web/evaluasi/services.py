"""Writes of the evaluation. Who: the agency (operator or admin) fills the self-assessment, submits it and
responds to recommendations; only the Inspektorat (reviewer) scores, notes, recommends, finalises and reopens;
the admin publishes the district recap. Every write checks the actor, the workflow status and the form's version,
is all-or-nothing, and records each changed value in the history (riwayat) with its reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import PurePath

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import get_valid_filename

from sakip.berkas.baca import BerkasTidakValid
from sakip.core.lke import LKE_BAWAAN, muat_lke, normalisasi_jawaban
from sakip.core.lke.hitung import pesan_jawaban_salah
from sakip.web.inti.galat import AlurDitolak
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.inti.versi import klaim_versi
from sakip.web.organisasi.akses import (
    Aktor,
    TidakBerwenang,
    pastikan_admin,
    pastikan_reviewer,
    pastikan_ubah_pd,
)
from sakip.web.organisasi.models import Pemda
from sakip.web.perencanaan.models import TahunKinerja
from sakip.web.pertukaran.ke_berkas import hasil_dari_db
from sakip.web.riwayat.models import Perubahan
from sakip.web.riwayat.services import perubahan_catat

from .models import Bukti, Evaluasi, Jawaban, RekapTerbit

MAKS_TEKS = 4000


def _catat(aktor: Aktor, tk: TahunKinerja, objek: str, medan: str, lama, baru, alasan: str = "", *, alur: bool = False):
    perubahan_catat(
        aktor=aktor,
        pd_id=tk.perangkat_daerah_id,
        tahun=tk.tahun,
        objek=objek,
        medan=medan,
        lama=lama,
        baru=baru,
        alasan=alasan,
        label=f"Evaluasi AKIP {tk.tahun}" + ("" if objek == "evaluasi" else f", kriteria {objek.split(':', 1)[1]}"),
        sumber=Perubahan.ALUR if alur else Perubahan.FORMULIR,
    )


def _periksa_data(tk: TahunKinerja) -> None:
    """An evaluation needs an agency-year whose data form a valid berkas (the evidence is read from it)."""
    try:
        hasil = hasil_dari_db(tk)
    except BerkasTidakValid as exc:
        raise AlurDitolak(
            f"Data {tk.perangkat_daerah.nama} tahun {tk.tahun} belum lengkap untuk dievaluasi "
            f"({len(exc.masalah)} masalah pada data); lengkapi datanya terlebih dahulu."
        ) from None
    if not hasil.berkas.renstra.sasaran:
        raise AlurDitolak(f"Tahun {tk.tahun} belum memiliki data perencanaan: belum dapat dievaluasi.")


def evaluasi_mulai(*, aktor: Aktor, tk: TahunKinerja, lke: str = LKE_BAWAAN, sintetis: bool = False) -> Evaluasi:
    if not (aktor.reviewer or aktor.admin or (aktor.peran == "operator" and aktor.milik(tk.perangkat_daerah_id))):
        raise TidakBerwenang("Evaluasi dimulai oleh perangkat daerah ini (operator), admin pemda, atau Inspektorat.")
    if Evaluasi.objects.filter(tahun_kinerja=tk).exists():
        raise AlurDitolak(f"Evaluasi {tk.tahun} untuk perangkat daerah ini sudah ada.")
    from sakip.core.lke import daftar_lke

    if lke not in daftar_lke():  # only shipped versions: a path to a file is for the CLI
        raise AlurDitolak(f"Versi LKE '{lke}' tidak tersedia ({', '.join(daftar_lke())}).")
    _periksa_data(tk)
    with transaction.atomic():
        ev = Evaluasi.objects.create(tahun_kinerja=tk, lke=lke, sintetis=sintetis)
        _catat(aktor, tk, "evaluasi", "status", "", ev.status, f"evaluasi dimulai (LKE {lke})", alur=True)
    return ev


def _ambil(tk: TahunKinerja) -> Evaluasi:
    ev = Evaluasi.objects.filter(tahun_kinerja=tk).first()
    if ev is None:
        raise AlurDitolak(f"Evaluasi {tk.tahun} belum dimulai.")
    return ev


def _teks(x: str | None, apa: str, kode: str, masalah: list[str]) -> str:
    t = (x or "").strip()
    if len(t) > MAKS_TEKS:
        masalah.append(f"kriteria {kode}: {apa} terlalu panjang ({len(t)} karakter, paling banyak {MAKS_TEKS})")
    return t


def _periksa_isian(ev: Evaluasi, isian: Mapping[str, Mapping[str, str]], kolom_jawaban: str) -> list[str]:
    lke = muat_lke(ev.lke)
    masalah = []
    for kode, isi in isian.items():
        k = lke.kriteria(kode)
        if k is None:
            masalah.append(f"kode '{kode}' tidak ada dalam {lke.nama}")
            continue
        j = (isi.get(kolom_jawaban) or "").strip()
        if j and normalisasi_jawaban(j) not in k.jenis.nilai:
            masalah.append(pesan_jawaban_salah(k, j))
    return masalah


def _tulis(aktor: Aktor, tk: TahunKinerja, ev: Evaluasi, isian, medan: dict[str, str], alasan: str) -> int:
    """Apply {kode: {field: value}} to the rows, recording each changed value. Returns the number changed."""
    masalah: list[str] = []
    bersih = {}
    for kode, isi in isian.items():
        bersih[kode] = {}
        for f in medan:
            if f in isi:
                v = _teks(isi[f], medan[f], kode, masalah)
                bersih[kode][f] = normalisasi_jawaban(v) if f in ("mandiri", "evaluator") else v
    if masalah:
        raise AlurDitolak("Tidak ada yang disimpan: " + "; ".join(masalah) + ".")
    peta = {j.kode: j for j in ev.jawaban.all()}
    jumlah = 0
    for kode, isi in bersih.items():
        j = peta.get(kode) or Jawaban(evaluasi=ev, kode=kode)
        ubah = {f: v for f, v in isi.items() if getattr(j, f) != v}
        if not ubah:
            continue
        for f, v in ubah.items():
            _catat(aktor, tk, f"evaluasi:{kode}", medan[f], getattr(j, f), v, alasan)
            setattr(j, f, v)
        j.save()
        jumlah += len(ubah)
    return jumlah


def mandiri_simpan(*, aktor: Aktor, tk: TahunKinerja, isian: Mapping[str, Mapping[str, str]], versi: int | None) -> int:
    """The agency's self-assessment: {kode: {"mandiri": "BB", "mandiri_catatan": "…"}}."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    ev = _ambil(tk)
    if ev.status != Evaluasi.MANDIRI:
        raise AlurDitolak("Penilaian mandiri hanya dapat diubah sebelum diajukan ke Inspektorat.")
    masalah = _periksa_isian(ev, isian, "mandiri")
    if masalah:
        raise AlurDitolak("Tidak ada yang disimpan: " + "; ".join(masalah) + ".")
    with transaction.atomic():
        klaim_versi(Evaluasi, ev.pk, versi, "evaluasi ini")
        return _tulis(
            aktor,
            tk,
            ev,
            isian,
            {"mandiri": "jawaban mandiri", "mandiri_catatan": "keterangan mandiri"},
            "penilaian mandiri",
        )


def evaluasi_ajukan(*, aktor: Aktor, tk: TahunKinerja, versi: int | None) -> Evaluasi:
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    ev = _ambil(tk)
    if ev.status != Evaluasi.MANDIRI:
        raise AlurDitolak("Penilaian mandiri sudah diajukan.")
    lke = muat_lke(ev.lke)
    terisi = {j.kode for j in ev.jawaban.all() if j.mandiri}
    kosong = [k.kode for k in lke.semua_kriteria() if k.kode not in terisi]
    if kosong:
        raise AlurDitolak(
            f"Penilaian mandiri belum lengkap: {len(kosong)} kriteria belum dijawab ({', '.join(kosong[:10])}"
            + (", …" if len(kosong) > 10 else "")
            + ")."
        )
    with transaction.atomic():
        klaim_versi(Evaluasi, ev.pk, versi, "evaluasi ini")
        Evaluasi.objects.filter(pk=ev.pk).update(status=Evaluasi.DIEVALUASI, diajukan_pada=timezone.now())
        _catat(
            aktor,
            tk,
            "evaluasi",
            "status",
            Evaluasi.MANDIRI,
            Evaluasi.DIEVALUASI,
            "penilaian mandiri diajukan",
            alur=True,
        )
    ev.refresh_from_db()
    return ev


def nilai_simpan(
    *, aktor: Aktor, tk: TahunKinerja, isian: Mapping[str, Mapping[str, str]], alasan: str = "", versi: int | None
) -> int:
    """The Inspektorat's scores: {kode: {"evaluator": "B", "catatan": "…", "rekomendasi": "…"}}. A first score on a
    self-assessment not yet submitted moves it to 'dievaluasi' (the Inspektorat may evaluate without waiting)."""
    pastikan_reviewer(aktor)
    ev = _ambil(tk)
    if ev.terkunci:
        raise AlurDitolak("Evaluasi sudah final dan terkunci; buka kembali dengan alasan untuk mengubahnya.")
    masalah = _periksa_isian(ev, isian, "evaluator")
    if masalah:
        raise AlurDitolak("Tidak ada yang disimpan: " + "; ".join(masalah) + ".")
    with transaction.atomic():
        klaim_versi(Evaluasi, ev.pk, versi, "evaluasi ini")
        n = _tulis(
            aktor,
            tk,
            ev,
            isian,
            {"evaluator": "jawaban evaluator", "catatan": "catatan evaluator", "rekomendasi": "rekomendasi"},
            alasan.strip() or "penilaian evaluator",
        )
        ubah = {"nama_evaluator": aktor.nama}
        if ev.status == Evaluasi.MANDIRI and n:
            ubah["status"] = Evaluasi.DIEVALUASI
            _catat(
                aktor,
                tk,
                "evaluasi",
                "status",
                Evaluasi.MANDIRI,
                Evaluasi.DIEVALUASI,
                "Inspektorat mulai menilai",
                alur=True,
            )
        Evaluasi.objects.filter(pk=ev.pk).update(**ubah)
    return n


def evaluasi_finalkan(*, aktor: Aktor, tk: TahunKinerja, versi: int | None) -> Evaluasi:
    pastikan_reviewer(aktor)
    ev = _ambil(tk)
    if ev.status != Evaluasi.DIEVALUASI:
        raise AlurDitolak("Hanya evaluasi yang sedang dievaluasi yang dapat ditetapkan final.")
    from .selectors import hasil_evaluasi

    h = hasil_evaluasi(ev)
    if not h.lengkap:
        b = h.belum_dijawab
        raise AlurDitolak(
            f"Belum dapat final: {len(b)} kriteria belum dinilai evaluator ({', '.join(b[:10])}{', …' if len(b) > 10 else ''})."
        )
    with transaction.atomic():
        klaim_versi(Evaluasi, ev.pk, versi, "evaluasi ini")
        Evaluasi.objects.filter(pk=ev.pk).update(
            status=Evaluasi.FINAL, difinalkan_pada=timezone.now(), difinalkan_oleh=aktor.nama
        )
        _catat(
            aktor,
            tk,
            "evaluasi",
            "status",
            Evaluasi.DIEVALUASI,
            Evaluasi.FINAL,
            f"ditetapkan final: nilai {h.nilai:.2f}, predikat {h.predikat.kode if h.predikat else '-'}",
            alur=True,
        )
        _sentuh(tk)
    ev.refresh_from_db()
    return ev


def evaluasi_buka(*, aktor: Aktor, tk: TahunKinerja, alasan: str, versi: int | None) -> Evaluasi:
    pastikan_reviewer(aktor)
    ev = _ambil(tk)
    if ev.status != Evaluasi.FINAL:
        raise AlurDitolak("Evaluasi belum final.")
    if not alasan.strip():
        raise AlurDitolak("Membuka kembali evaluasi yang final wajib disertai alasan.")
    # The one path the database triggers let through to a final evaluation (sakip.web.inti.kunci_db).
    with transaction.atomic(), kunci_dibuka():
        klaim_versi(Evaluasi, ev.pk, versi, "evaluasi ini")
        Evaluasi.objects.filter(pk=ev.pk).update(status=Evaluasi.DIEVALUASI, difinalkan_pada=None, difinalkan_oleh="")
        _catat(
            aktor, tk, "evaluasi", "status", Evaluasi.FINAL, Evaluasi.DIEVALUASI, alasan.strip()[:MAKS_TEKS], alur=True
        )
        _sentuh(tk)
    ev.refresh_from_db()
    return ev


def _sentuh(tk: TahunKinerja) -> None:
    """The final Nilai feeds the indicator 'Nilai SAKIP OPD': measured figures change with the status."""
    from sakip.web.perencanaan.services import tahun_kinerja_sentuh

    tahun_kinerja_sentuh(tk=tk)


def tanggapan_simpan(*, aktor: Aktor, tk: TahunKinerja, isian: Mapping[str, str], versi: int | None) -> int:
    """The agency's response to each recommendation of the final evaluation: {kode: teks}."""
    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    ev = _ambil(tk)
    if not ev.terkunci:
        raise AlurDitolak("Tanggapan atas rekomendasi diberikan setelah evaluasi final.")
    peta = {j.kode: j for j in ev.jawaban.all()}
    tanpa = [k for k in isian if k not in peta or not peta[k].rekomendasi]
    if tanpa:
        raise AlurDitolak(f"Tidak ada yang disimpan: kriteria {', '.join(tanpa)} tidak memiliki rekomendasi.")
    masalah: list[str] = []
    bersih = {k: _teks(v, "tanggapan", k, masalah) for k, v in isian.items()}
    if masalah:
        raise AlurDitolak("Tidak ada yang disimpan: " + "; ".join(masalah) + ".")
    n = 0
    with transaction.atomic():
        klaim_versi(Evaluasi, ev.pk, versi, "evaluasi ini")
        for kode, t in bersih.items():
            j = peta[kode]
            if j.tanggapan == t:
                continue
            _catat(aktor, tk, f"evaluasi:{kode}", "tanggapan", j.tanggapan, t, "tanggapan atas rekomendasi")
            j.tanggapan, j.tanggapan_oleh, j.tanggapan_pada = t, aktor.nama, timezone.now()
            j.save()
            n += 1
    return n


def bukti_unggah(*, aktor: Aktor, tk: TahunKinerja, kode: str, berkas: UploadedFile) -> Bukti:
    """A supporting document for one criterion. Refused unless it is a document of an accepted kind whose first
    bytes match its extension (the same rule as realisation evidence)."""
    from sakip.web.pengukuran.services import JENIS_BUKTI

    pastikan_ubah_pd(aktor, tk.perangkat_daerah)
    ev = _ambil(tk)
    if ev.terkunci:
        raise AlurDitolak("Evaluasi sudah final: bukti tidak dapat ditambahkan.")
    lke = muat_lke(ev.lke)
    if lke.kriteria(kode) is None:
        raise AlurDitolak(f"Kode '{kode}' tidak ada dalam {lke.nama}.")
    nama = PurePath(berkas.name or "bukti").name
    ext = PurePath(nama).suffix.lower()
    jenis_dokumen = {e: v for e, v in JENIS_BUKTI.items() if v[1] is not None}  # documents and images, not CSV
    if ext not in jenis_dokumen:
        raise AlurDitolak(f"Berkas '{nama}' bukan dokumen yang diterima. Gunakan: {', '.join(sorted(jenis_dokumen))}.")
    if not berkas.size:
        raise AlurDitolak("Berkas kosong.")
    if berkas.size > settings.SAKIP_BUKTI_MAKS_BYTE:
        raise AlurDitolak(f"Ukuran berkas melebihi batas {settings.SAKIP_BUKTI_MAKS_BYTE // (1024 * 1024)} MB.")
    jenis, tanda = jenis_dokumen[ext]
    berkas.seek(0)
    awal = berkas.read(16)
    berkas.seek(0)
    if not any(awal.startswith(t) for t in tanda or ()):
        raise AlurDitolak(f"Isi berkas '{nama}' tidak sesuai dengan jenisnya ({ext}): bukan dokumen yang sah.")
    with transaction.atomic():
        j, _ = Jawaban.objects.get_or_create(evaluasi=ev, kode=kode)
        b = Bukti(jawaban=j, nama_asli=nama[:200], jenis_isi=jenis, ukuran=berkas.size, diunggah_oleh=aktor.nama)
        b.berkas.save(get_valid_filename(nama), berkas, save=False)
        b.save()
        _catat(aktor, tk, f"evaluasi:{kode}", "bukti", "", nama, "unggah bukti")
    return b


def rekap_terbitkan(*, aktor: Aktor, pemda: Pemda, tahun: int) -> RekapTerbit:
    pastikan_admin(aktor)
    if not Evaluasi.objects.filter(
        tahun_kinerja__perangkat_daerah__pemda=pemda, tahun_kinerja__tahun=tahun, status=Evaluasi.FINAL
    ).exists():
        raise AlurDitolak(f"Belum ada evaluasi final tahun {tahun}: rekap belum dapat diterbitkan.")
    r, baru = RekapTerbit.objects.get_or_create(
        pemda=pemda, tahun=tahun, defaults={"diterbitkan_pada": timezone.now(), "diterbitkan_oleh": aktor.pengguna}
    )
    if baru:
        perubahan_catat(
            aktor=aktor,
            pd_id=None,
            tahun=tahun,
            objek="rekap_evaluasi",
            medan="diterbitkan",
            lama="",
            baru="ya",
            alasan="rekap evaluasi AKIP diterbitkan",
            label=f"Rekap evaluasi AKIP {tahun}",
            sumber=Perubahan.ALUR,
        )
    return r

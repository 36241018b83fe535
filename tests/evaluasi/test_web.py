"""The evaluation on the web: workflow, audit, who may do what, bad input, recap and its publication."""

from __future__ import annotations

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.core.lke import muat_lke
from sakip.web.dokumen.models import Pekerjaan
from sakip.web.evaluasi import selectors, services
from sakip.web.evaluasi.models import Evaluasi, Jawaban, RekapTerbit
from sakip.web.inti.galat import AlurDitolak, KonflikVersi
from sakip.web.inti.kunci_db import kunci_dibuka
from sakip.web.organisasi.akses import TidakBerwenang
from sakip.web.riwayat.models import Perubahan

LKE = muat_lke()
KODE = [k.kode for k in LKE.semua_kriteria()]


def lengkap(kolom: str, skala: str = "BB", yt: str = "Y") -> dict[str, dict[str, str]]:
    return {k.kode: {kolom: yt if k.jenis.kode == "yt" else skala} for k in LKE.semua_kriteria()}


def versi(tk) -> int:
    return Evaluasi.objects.get(tahun_kinerja=tk).versi


@pytest.fixture
def ev(aktor, tk_dinas):
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk_dinas).delete()
    return services.evaluasi_mulai(aktor=aktor["operator"], tk=tk_dinas)


def test_alur_lengkap_dan_riwayat(aktor, tk_dinas, ev):
    op, rv = aktor["operator"], aktor["reviewer"]
    services.mandiri_simpan(aktor=op, tk=tk_dinas, isian=lengkap("mandiri", "A"), versi=versi(tk_dinas))
    services.evaluasi_ajukan(aktor=op, tk=tk_dinas, versi=versi(tk_dinas))
    ev.refresh_from_db()
    assert ev.status == Evaluasi.DIEVALUASI
    isian = lengkap("evaluator", "B")
    isian["1.b.1"]["rekomendasi"] = "Tetapkan IKU dengan keputusan kepala."
    services.nilai_simpan(aktor=rv, tk=tk_dinas, isian=isian, alasan="hasil wawancara", versi=versi(tk_dinas))
    ev = services.evaluasi_finalkan(aktor=rv, tk=tk_dinas, versi=versi(tk_dinas))
    assert ev.status == Evaluasi.FINAL and ev.difinalkan_oleh
    h = selectors.hasil_evaluasi(ev)
    assert h.nilai == 20 + 80 * 7 / 10 and h.predikat.kode == "BB"  # 76
    assert selectors.hasil_evaluasi(ev, mandiri=True).nilai == 20 + 72  # A = 90 → 80 % × 90
    # every answer audited: who, when, old, new, why
    p = Perubahan.objects.get(objek="evaluasi:1.b.1", medan="jawaban evaluator")
    assert (p.nilai_lama, p.nilai_baru, p.alasan, p.nama_pengguna) == ("", "B", "hasil wawancara", rv.nama)
    assert Perubahan.objects.filter(objek="evaluasi:1.b.1", medan="jawaban mandiri", nilai_baru="A").exists()
    assert list(
        Perubahan.objects.filter(objek="evaluasi", medan="status").order_by("id").values_list("nilai_baru", flat=True)
    ) == ["mandiri", "dievaluasi", "final"]


def test_final_terkunci_buka_dengan_alasan(aktor, tk_dinas, ev):
    rv = aktor["reviewer"]
    services.nilai_simpan(aktor=rv, tk=tk_dinas, isian=lengkap("evaluator"), versi=versi(tk_dinas))
    services.evaluasi_finalkan(aktor=rv, tk=tk_dinas, versi=versi(tk_dinas))
    with pytest.raises(AlurDitolak, match="final dan terkunci"):
        services.nilai_simpan(aktor=rv, tk=tk_dinas, isian={"1.a.1": {"evaluator": "T"}}, versi=versi(tk_dinas))
    with pytest.raises(AlurDitolak, match="wajib disertai alasan"):
        services.evaluasi_buka(aktor=rv, tk=tk_dinas, alasan=" ", versi=versi(tk_dinas))
    services.evaluasi_buka(aktor=rv, tk=tk_dinas, alasan="bukti baru dari perangkat daerah", versi=versi(tk_dinas))
    p = Perubahan.objects.filter(objek="evaluasi", medan="status").order_by("-id").first()
    assert (p.nilai_lama, p.nilai_baru, p.alasan) == ("final", "dievaluasi", "bukti baru dari perangkat daerah")
    services.nilai_simpan(aktor=rv, tk=tk_dinas, isian={"1.a.1": {"evaluator": "T"}}, versi=versi(tk_dinas))


def test_hanya_inspektorat_menilai(aktor, tk_dinas, ev):
    for peran in ("operator", "kepala", "admin"):
        with pytest.raises(TidakBerwenang):
            services.nilai_simpan(
                aktor=aktor[peran], tk=tk_dinas, isian={"1.a.1": {"evaluator": "Y"}}, versi=versi(tk_dinas)
            )
        with pytest.raises(TidakBerwenang):
            services.evaluasi_finalkan(aktor=aktor[peran], tk=tk_dinas, versi=versi(tk_dinas))
    with pytest.raises(TidakBerwenang):
        services.mandiri_simpan(
            aktor=aktor["reviewer"], tk=tk_dinas, isian={"1.a.1": {"mandiri": "Y"}}, versi=versi(tk_dinas)
        )


def test_jawaban_salah_tidak_menyimpan_apa_pun(aktor, tk_dinas, ev):
    isian = lengkap("mandiri")
    isian["1.a.1"] = {"mandiri": "A"}
    isian["9.z.9"] = {"mandiri": "A"}
    with pytest.raises(AlurDitolak) as e:
        services.mandiri_simpan(aktor=aktor["operator"], tk=tk_dinas, isian=isian, versi=versi(tk_dinas))
    assert "kriteria 1.a.1: jawaban 'A' tidak sah; Ya/Tidak hanya menerima Y, T" in str(e.value)
    assert "kode '9.z.9' tidak ada" in str(e.value)
    assert not Jawaban.objects.filter(evaluasi=ev).exists()
    assert not Perubahan.objects.filter(objek__startswith="evaluasi:").exists()


def test_ajukan_dan_final_menuntut_kelengkapan(aktor, tk_dinas, ev):
    services.mandiri_simpan(
        aktor=aktor["operator"], tk=tk_dinas, isian={"1.a.1": {"mandiri": "Y"}}, versi=versi(tk_dinas)
    )
    with pytest.raises(AlurDitolak, match=f"{len(KODE) - 1} kriteria belum dijawab"):
        services.evaluasi_ajukan(aktor=aktor["operator"], tk=tk_dinas, versi=versi(tk_dinas))
    services.nilai_simpan(
        aktor=aktor["reviewer"], tk=tk_dinas, isian={"1.a.1": {"evaluator": "Y"}}, versi=versi(tk_dinas)
    )
    with pytest.raises(AlurDitolak, match=f"{len(KODE) - 1} kriteria belum dinilai"):
        services.evaluasi_finalkan(aktor=aktor["reviewer"], tk=tk_dinas, versi=versi(tk_dinas))


def test_versi_lama_ditolak(aktor, tk_dinas, ev):
    v = versi(tk_dinas)
    services.mandiri_simpan(aktor=aktor["operator"], tk=tk_dinas, isian={"1.a.1": {"mandiri": "Y"}}, versi=v)
    with pytest.raises(KonflikVersi):
        services.mandiri_simpan(aktor=aktor["operator"], tk=tk_dinas, isian={"1.a.1": {"mandiri": "T"}}, versi=v)


def test_tanggapan_atas_rekomendasi_setelah_final(aktor, tk_dinas, ev):
    rv, op = aktor["reviewer"], aktor["operator"]
    isian = lengkap("evaluator")
    isian["2.a.2"]["rekomendasi"] = "Lengkapi definisi operasional."
    services.nilai_simpan(aktor=rv, tk=tk_dinas, isian=isian, versi=versi(tk_dinas))
    with pytest.raises(AlurDitolak, match="setelah evaluasi final"):
        services.tanggapan_simpan(aktor=op, tk=tk_dinas, isian={"2.a.2": "sudah"}, versi=versi(tk_dinas))
    services.evaluasi_finalkan(aktor=rv, tk=tk_dinas, versi=versi(tk_dinas))
    with pytest.raises(AlurDitolak, match="tidak memiliki rekomendasi"):
        services.tanggapan_simpan(aktor=op, tk=tk_dinas, isian={"1.a.1": "x"}, versi=versi(tk_dinas))
    services.tanggapan_simpan(
        aktor=op, tk=tk_dinas, isian={"2.a.2": "Formula IKU ditetapkan 2024."}, versi=versi(tk_dinas)
    )
    j = Jawaban.objects.get(evaluasi=ev, kode="2.a.2")
    assert j.tanggapan == "Formula IKU ditetapkan 2024." and j.tanggapan_oleh


def test_halaman_lembar_usulan_dan_sisi_ke_sisi(klien, aktor, tk_dinas, ev):
    services.mandiri_simpan(
        aktor=aktor["operator"], tk=tk_dinas, isian={"1.a.3": {"mandiri": "Y"}}, versi=versi(tk_dinas)
    )
    r = klien("reviewer").get(reverse("evaluasi:lembar", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023}))
    assert r.status_code == 200
    html = r.content.decode()
    assert "perlu jawaban evaluator" in html
    assert 'name="evaluator:1.a.3"' in html and 'name="mandiri:1.a.3"' not in html
    assert "Renstra" in html  # the proposal's reason for 1.a.3
    r = klien("operator").get(reverse("evaluasi:lembar", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023}))
    html = r.content.decode()
    assert 'name="mandiri:1.a.3"' in html and 'name="evaluator:1.a.3"' not in html


def test_formulir_web_menyimpan(klien, tk_dinas, ev):
    url = reverse("evaluasi:mandiri", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    r = klien("operator").post(
        url, {"versi": versi(tk_dinas), "mandiri:1.a.1": "y", "mandiri_catatan:1.a.1": "ada pedoman"}
    )
    assert r.status_code == 302
    j = Jawaban.objects.get(evaluasi=ev, kode="1.a.1")
    assert (j.mandiri, j.mandiri_catatan) == ("Y", "ada pedoman")
    r = klien("operator").post(url, {"versi": versi(tk_dinas), "mandiri:1.b.1": "Z"}, follow=True)
    assert "jawaban &#x27;Z&#x27; tidak sah" in r.content.decode() or "jawaban 'Z' tidak sah" in r.content.decode()


def test_operator_tidak_melihat_evaluasi_pd_lain(klien, aktor, tk_kencong):
    url = reverse("evaluasi:lembar", kwargs={"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023})
    assert klien("operator").get(url).status_code == 403
    with pytest.raises(TidakBerwenang):
        services.evaluasi_mulai(aktor=aktor["operator"], tk=tk_kencong)


def test_unggah_bukti_bukan_dokumen_ditolak(aktor, tk_dinas, ev):
    palsu = SimpleUploadedFile("bukti.pdf", b"MZ\x90\x00 bukan pdf", content_type="application/pdf")
    with pytest.raises(AlurDitolak, match="bukan dokumen yang sah"):
        services.bukti_unggah(aktor=aktor["operator"], tk=tk_dinas, kode="1.a.1", berkas=palsu)
    with pytest.raises(AlurDitolak, match="bukan dokumen yang diterima"):
        services.bukti_unggah(
            aktor=aktor["operator"], tk=tk_dinas, kode="1.a.1", berkas=SimpleUploadedFile("x.exe", b"MZ")
        )
    assert not Jawaban.objects.filter(evaluasi=ev).exists()
    b = services.bukti_unggah(
        aktor=aktor["operator"], tk=tk_dinas, kode="1.a.1", berkas=SimpleUploadedFile("pedoman.pdf", b"%PDF-1.7\n...")
    )
    assert b.nama_asli == "pedoman.pdf"


def test_evaluasi_ganda_ditolak(aktor, tk_dinas, ev):
    with pytest.raises(AlurDitolak, match="sudah ada"):
        services.evaluasi_mulai(aktor=aktor["reviewer"], tk=tk_dinas)


def _final(aktor, tk, skala):
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk).delete()
    services.evaluasi_mulai(aktor=aktor["reviewer"], tk=tk)
    services.nilai_simpan(aktor=aktor["reviewer"], tk=tk, isian=lengkap("evaluator", skala), versi=versi(tk))
    services.evaluasi_finalkan(aktor=aktor["reviewer"], tk=tk, versi=versi(tk))


def test_rekap_peringkat_csv_dan_publikasi(klien, aktor, tk_dinas, tk_kencong):
    _final(aktor, tk_dinas, "B")  # 76
    _final(aktor, tk_kencong, "A")  # 92
    r = klien("admin").get(reverse("evaluasi:rekap", kwargs={"tahun": 2023}))
    html = r.content.decode()
    assert r.status_code == 200 and "<svg" in html and "92,00" in html and "76,00" in html
    data = klien("reviewer").get(reverse("evaluasi:rekap_csv", kwargs={"tahun": 2023})).content.decode()
    baris = {b["perangkat_daerah"]: b for b in csv.DictReader(io.StringIO(data))}
    assert baris["Kecamatan Kencong"]["peringkat"] == "1" and baris["Kecamatan Kencong"]["predikat"] == "AA"
    assert baris["Dinas Komunikasi dan Informatika"]["peringkat"] == "2"
    assert baris["Dinas Komunikasi dan Informatika"]["nilai"] == "76.00"
    assert baris["Dinas Komunikasi dan Informatika"]["Perencanaan Kinerja"] == "22.80"
    # public sees nothing until published
    pub = reverse("evaluasi:publik", kwargs={"tahun": 2023})
    r = klien(None).get(pub)
    assert r.status_code == 200 and "belum diterbitkan" in r.content.decode() and "92,00" not in r.content.decode()
    assert klien("reviewer").post(reverse("evaluasi:rekap", kwargs={"tahun": 2023})).status_code == 403
    klien("admin").post(reverse("evaluasi:rekap", kwargs={"tahun": 2023}))
    assert RekapTerbit.objects.filter(tahun=2023).exists()
    html = klien(None).get(pub).content.decode()
    assert "92,00" in html and "Kecamatan Kencong" in html


def test_rekap_publik_hanya_final(klien, aktor, tk_dinas, tk_kencong):
    _final(aktor, tk_kencong, "A")
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk_dinas).delete()
    services.evaluasi_mulai(aktor=aktor["operator"], tk=tk_dinas)
    services.rekap_terbitkan(aktor=aktor["admin"], pemda=tk_kencong.perangkat_daerah.pemda, tahun=2023)
    html = klien(None).get(reverse("evaluasi:publik", kwargs={"tahun": 2023})).content.decode()
    assert "Kecamatan Kencong" in html and "Dinas Komunikasi" not in html


def test_rekomendasi_tahun_lalu_menjadi_bukti(aktor, tk_kencong):
    """Next year's worksheet shows last year's recommendations and proposes 4.c.1 from their follow-up."""
    from sakip.web.evaluasi.konteks import konteks_bukti

    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk_kencong).delete()
        ev = Evaluasi.objects.create(
            tahun_kinerja=tk_kencong, status=Evaluasi.FINAL, difinalkan_pada="2024-04-01T00:00Z"
        )
        Jawaban.objects.create(evaluasi=ev, kode="1.a.1", evaluator="Y", rekomendasi="A", tanggapan="sudah")
        Jawaban.objects.create(evaluasi=ev, kode="1.a.2", evaluator="Y", rekomendasi="B")
    # the same agency's next year: pretend tk_kencong is last year by moving the evaluation's year back
    tk_kencong.tahun = 2024
    kb = konteks_bukti(tk_kencong)
    assert [(r.teks, r.ditindaklanjuti) for r in kb.rekomendasi_lalu] == [("A", True), ("B", False)]


def test_agensi_melihat_nilai_evaluator_setelah_final(klien, aktor, tk_dinas, ev):
    services.nilai_simpan(
        aktor=aktor["reviewer"],
        tk=tk_dinas,
        isian={"1.a.1": {"evaluator": "T", "catatan": "RAHASIA-DRAF"}},
        versi=versi(tk_dinas),
    )
    url = reverse("evaluasi:lembar", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023})
    html = klien("operator").get(url).content.decode()
    assert "RAHASIA-DRAF" not in html and "tampil setelah evaluasi ditetapkan final" in html
    assert "RAHASIA-DRAF" in klien("reviewer").get(url).content.decode()
    lhe = reverse("evaluasi:lhe", kwargs={"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "format": "pdf"})
    r = klien("operator").post(lhe, follow=True)
    assert "tersedia setelah evaluasi ditetapkan final" in r.content.decode()  # not yet: the message says why
    assert not Pekerjaan.objects.filter(dokumen="lhe").exists()
    assert _lhe(klien("reviewer"), lhe).startswith(b"%PDF")  # the Inspektorat's draft
    # The draft's job is not the agency's to fetch, nor listed on its documents page.
    p = Pekerjaan.objects.get(dokumen="lhe")
    kw = {"pd": tk_dinas.perangkat_daerah.slug, "tahun": 2023, "kode": p.kode}
    assert klien("operator").get(reverse("dokumen:unduh", kwargs=kw)).status_code == 404
    daftar = klien("operator").get(reverse("dokumen:daftar", kwargs={"pd": kw["pd"], "tahun": 2023})).content.decode()
    assert str(p.kode) not in daftar


def _lhe(c, url: str) -> bytes:
    """Request through the queue, run the worker, follow to the download."""
    from sakip.web.dokumen.pekerja import jalankan_satu

    r = c.post(url)
    assert r.status_code == 302 and "/dokumen/" in r["Location"], r
    jalankan_satu()
    unduh = c.get(r["Location"] + "unduh/")
    assert unduh.status_code == 200, unduh
    return b"".join(unduh.streaming_content)


def test_lhe_docx_pdf_final(klien, tk_kencong):
    """The demo's final Kencong evaluation: LHE with the scores, predikat, recommendations and signatures."""
    import docx

    ev = Evaluasi.objects.get(tahun_kinerja=tk_kencong)
    h = selectors.hasil_evaluasi(ev)
    kw = {"pd": tk_kencong.perangkat_daerah.slug, "tahun": 2023}
    d = docx.Document(
        io.BytesIO(_lhe(klien("kepala-kencong"), reverse("evaluasi:lhe", kwargs={**kw, "format": "docx"})))
    )
    teks = "\n".join(p.text for p in d.paragraphs) + "\n".join(
        c.text for t in d.tables for row in t.rows for c in row.cells
    )
    from sakip.core.angka import format_angka

    assert "LAPORAN HASIL EVALUASI" in teks and format_angka(h.nilai, 2) in teks
    assert f"{h.predikat.kode} ({h.predikat.interpretasi})" in teks
    assert "DATA SINTETIS" in teks
    assert "Susun pedoman evaluasi akuntabilitas kinerja internal kecamatan." in teks
    assert "Perencanaan Kinerja" in teks and "Keberadaan" in teks
    pdf = _lhe(klien("kepala-kencong"), reverse("evaluasi:lhe", kwargs={**kw, "format": "pdf"}))
    assert pdf.startswith(b"%PDF")
    assert klien("operator").post(reverse("evaluasi:lhe", kwargs={**kw, "format": "pdf"})).status_code == 403
    # The same data and format give the same job back.
    n = Pekerjaan.objects.filter(dokumen="lhe").count()
    klien("kepala-kencong").post(reverse("evaluasi:lhe", kwargs={**kw, "format": "pdf"}))
    assert Pekerjaan.objects.filter(dokumen="lhe").count() == n


def test_rekap_dokumen_docx_pdf(klien, tk_kencong):
    import docx

    r = klien("admin").get(reverse("evaluasi:rekap_dokumen", kwargs={"tahun": 2023, "format": "docx"}))
    assert r.status_code == 200
    d = docx.Document(io.BytesIO(r.content))
    sel = [c.text for t in d.tables for row in t.rows for c in row.cells]
    assert "Kecamatan Kencong *" in sel
    h = selectors.hasil_evaluasi(Evaluasi.objects.get(tahun_kinerja=tk_kencong))
    from sakip.core.angka import format_angka

    assert format_angka(h.nilai, 2) in sel
    assert (
        klien("reviewer")
        .get(reverse("evaluasi:rekap_dokumen", kwargs={"tahun": 2023, "format": "pdf"}))
        .content.startswith(b"%PDF")
    )
    assert (
        klien("operator").get(reverse("evaluasi:rekap_dokumen", kwargs={"tahun": 2023, "format": "pdf"})).status_code
        == 403
    )


def test_evaluasi_dengan_lke_2015(aktor, tk_dinas):
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk_dinas).delete()
    with pytest.raises(AlurDitolak, match="tidak tersedia"):
        services.evaluasi_mulai(aktor=aktor["reviewer"], tk=tk_dinas, lke="/etc/passwd")
    ev = services.evaluasi_mulai(aktor=aktor["reviewer"], tk=tk_dinas, lke="permenpanrb-12-2015")
    lama = muat_lke("permenpanrb-12-2015")
    isian = {k.kode: {"evaluator": "Y" if k.jenis.kode == "yt" else "B"} for k in lama.semua_kriteria()}
    services.nilai_simpan(aktor=aktor["reviewer"], tk=tk_dinas, isian=isian, versi=versi(tk_dinas))
    h = selectors.hasil_evaluasi(ev)
    assert h.lke.kode == "permenpanrb-12-2015" and h.komponen[-1].komponen.nama == "Capaian Kinerja"
    assert h.nilai is not None


def test_rekap_dengan_versi_lke_lain(klien, aktor, tk_dinas):
    with kunci_dibuka():  # a test shortcut through the reopen's way past the triggers
        Evaluasi.objects.filter(tahun_kinerja=tk_dinas).delete()
    services.evaluasi_mulai(aktor=aktor["reviewer"], tk=tk_dinas, lke="permenpanrb-12-2015")
    lama = muat_lke("permenpanrb-12-2015")
    isian = {k.kode: {"evaluator": "Y" if k.jenis.kode == "yt" else "B"} for k in lama.semua_kriteria()}
    services.nilai_simpan(aktor=aktor["reviewer"], tk=tk_dinas, isian=isian, versi=versi(tk_dinas))
    services.evaluasi_finalkan(aktor=aktor["reviewer"], tk=tk_dinas, versi=versi(tk_dinas))
    data = klien("admin").get(reverse("evaluasi:rekap_csv", kwargs={"tahun": 2023})).content.decode()
    b = {x["perangkat_daerah"]: x for x in csv.DictReader(io.StringIO(data))}["Dinas Komunikasi dan Informatika"]
    assert b["Perencanaan Kinerja"] == "" and b["nilai"] != ""
    assert klien("admin").get(reverse("evaluasi:rekap", kwargs={"tahun": 2023})).status_code == 200
    assert (
        klien("admin").get(reverse("evaluasi:rekap_dokumen", kwargs={"tahun": 2023, "format": "docx"})).status_code
        == 200
    )


def test_iku_tahun_lalu_dari_basis_data(aktor, tk_kencong):
    """Rule 1.b.6 (IKU unchanged within the Renstra period) reads the earlier years' IKU from the database."""
    from pathlib import Path

    from sakip.core.lke import muat_lke
    from sakip.core.lke.bukti import usulkan
    from sakip.web.evaluasi.konteks import konteks_bukti
    from sakip.web.pertukaran.services import berkas_impor

    assert konteks_bukti(tk_kencong).iku_sebelumnya == {}
    teks = (Path(__file__).resolve().parents[2] / "examples" / "kencong-2023.yaml").read_text(encoding="utf-8")
    berkas_impor(
        aktor=aktor["admin"], teks=teks.replace("\ntahun: 2023\n", "\ntahun: 2022\n", 1), pd=tk_kencong.perangkat_daerah
    )
    kb = konteks_bukti(tk_kencong)
    assert set(kb.iku_sebelumnya) == {2022}
    assert len(kb.iku_sebelumnya[2022]) == len(kb.berkas.iku.indikator) > 0
    u = usulkan(muat_lke(), kb)["1.b.6"]
    assert u.jawaban is not None and "tidak berubah sejak 2022" in u.alasan

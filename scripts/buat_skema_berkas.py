"""Writes sakip/berkas/skema/berkas-v1.schema.json from the readable definition below.

Run after changing the format: `.venv/bin/python scripts/buat_skema_berkas.py`. A test checks the JSON is current.
"""

import json


def obj(props, required=(), extra=False, desc=None):
    o = {"type": "object", "properties": props, "additionalProperties": extra}
    if required:
        o["required"] = list(required)
    if desc:
        o["description"] = desc
    return o


def arr(items, desc=None, **kw):
    a = {"type": "array", "items": items, **kw}
    if desc:
        a["description"] = desc
    return a


S = {"type": "string"}
SN = {"type": ["string", "null"]}
INT = {"type": "integer"}
INTN = {"type": ["integer", "null"]}


def R(name):
    return {"$ref": f"#/$defs/{name}"}


LS = arr(S)
TAHUN = {"type": "integer", "minimum": 1990, "maximum": 2100}

defs = {
    "nilai": {
        "description": "Target atau realisasi: angka (91.5), teks angka Indonesia ('91,5', '96,5%'), rentang ('80-90'), "
        "predikat bernilai ('B (65)') atau predikat ('WTP'). Kosong/'-' berarti belum ada.",
        "type": ["number", "string", "null"],
    },
    "uang": {
        "description": "Rupiah: angka, atau teks Indonesia seperti '3.739.669.394,00'.",
        "type": ["number", "string"],
    },
    "uang_opsional": {"type": ["number", "string", "null"]},
    "tanggal": {
        "description": "Tanggal ISO (2024-01-31) atau Indonesia ('31 Januari 2024').",
        "type": ["string", "null"],
    },
    "per_tahun": {
        "type": "object",
        "propertyNames": {"pattern": "^(19|20|21)[0-9]{2}$"},
        "additionalProperties": R("nilai"),
    },
    "per_triwulan_nilai": {
        "type": "object",
        "propertyNames": {"enum": ["1", "2", "3", "4"]},
        "additionalProperties": R("nilai"),
    },
    "per_triwulan_uang": {
        "type": "object",
        "propertyNames": {"enum": ["1", "2", "3", "4"]},
        "additionalProperties": R("uang_opsional"),
    },
    "kode_program": {"type": "string", "pattern": r"^[0-9X]\.([0-9]{2}|XX)\.[0-9]{2}$"},
    "kode_kegiatan": {"type": "string", "pattern": r"^[0-9X]\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}$"},
    "kode_sub_kegiatan": {
        "type": "string",
        "pattern": r"^[0-9X]\.([0-9]{2}|XX)\.[0-9]{2}\.[0-9]\.[0-9]{2}\.([0-9]{2}|[0-9]{4})$",
    },
    "id": {"type": "string", "pattern": r"^[A-Za-z0-9_.-]+$", "description": "Pengenal unik dalam berkas."},
    "pejabat": obj(
        {"nama": S, "jabatan": S, "pangkat": S, "golongan": S, "nip": {"type": ["string", "integer"]}},
        required=["nama"],
    ),
    "polaritas": {"enum": ["positif", "negatif", "rentang"]},
    "pembanding": obj(
        {
            "tingkat": {"enum": ["nasional", "provinsi", "kabupaten", "kota", "standar"]},
            "nama": S,
            "tahun": TAHUN,
            "nilai": R("nilai"),
            "sumber": S,
        },
        required=["tingkat", "tahun", "nilai"],
    ),
    "indikator": obj(
        {
            "id": R("id"),
            "nama": S,
            "satuan": S,
            "polaritas": R("polaritas"),
            "target": R("per_tahun"),
            "formula": S,
            "pembilang": S,
            "penyebut": S,
            "penanggung_jawab": {"oneOf": [S, LS]},
            "sumber_data": S,
            "agregasi": {"enum": ["kumulatif", "posisi_akhir", "rata_rata"]},
            "realisasi_lalu": R("per_tahun"),
            "pembanding": arr(R("pembanding")),
            "catatan": S,
            "sumber_realisasi": R("sumber_realisasi"),
            "pemilik": R("id"),
        },
        required=["id", "nama"],
    ),
    "tautan_rpjmd": obj(
        {
            "sasaran": R("id"),
            "indikator": R("id"),
            "indikator_opd": R("id"),
            "kontribusi": {"type": ["number", "string", "null"]},
        },
        required=["sasaran"],
        desc="Sasaran RPJMD yang dilayani (berkas daerah), indikator RPJMD yang diisi oleh indikator_opd, "
        "dan kontribusi dalam persen.",
    ),
    "jabatan": obj(
        {
            "id": R("id"),
            "nama": S,
            "eselon": {"enum": ["II", "III", "IV", ""]},
            "atasan": R("id"),
            "pejabat": R("pejabat"),
        },
        required=["id", "nama"],
        desc="Jabatan pemilik indikator (cascading); atasan = id jabatan di atasnya, kosong untuk kepala.",
    ),
    "tujuan": obj(
        {"id": R("id"), "uraian": S, "indikator": arr(R("indikator")), "rpjmd": arr(R("tautan_rpjmd"))},
        required=["id", "uraian"],
    ),
    "sasaran": obj(
        {
            "id": R("id"),
            "uraian": S,
            "tujuan": R("id"),
            "indikator": arr(R("indikator")),
            "strategi": LS,
            "kebijakan": LS,
            "rpjmd": arr(R("tautan_rpjmd")),
        },
        required=["id", "uraian", "tujuan"],
    ),
    "indikator_kinerja": obj(
        {
            "nama": S,
            "target": R("nilai"),
            "satuan": S,
            "polaritas": R("polaritas"),
            "hitung_dari": {"enum": ["serapan_anggaran"]},
            "pemilik": R("id"),
        },
        required=["nama"],
    ),
    "tidak_dirinci": obj(
        {
            "pagu": R("uang"),
            "realisasi": R("uang_opsional"),
            "belanja_modal": R("uang"),
            "jumlah_kegiatan": {"type": "integer", "minimum": 0},
            "jumlah_sub_kegiatan": {"type": "integer", "minimum": 0},
            "keterangan": S,
        },
        required=["pagu", "keterangan"],
        desc="Jumlah yang tercetak di tingkat ini tetapi tidak dirinci di sumber.",
    ),
    "sub_kegiatan": obj(
        {
            "kode": R("kode_sub_kegiatan"),
            "nama": S,
            "pagu": R("uang"),
            "pagu_murni": R("uang_opsional"),
            "belanja_modal": R("uang"),
            "indikator": arr(R("indikator_kinerja")),
            "outcome": S,
            "sumber_dana": S,
            "lokasi": S,
        },
        required=["kode", "nama", "pagu"],
    ),
    "kegiatan": obj(
        {
            "kode": R("kode_kegiatan"),
            "nama": S,
            "indikator": arr(R("indikator_kinerja")),
            "sub_kegiatan": arr(R("sub_kegiatan")),
            "tidak_dirinci": R("tidak_dirinci"),
        },
        required=["kode", "nama"],
    ),
    "program": obj(
        {
            "kode": R("kode_program"),
            "nama": S,
            "sasaran": arr(R("id")),
            "indikator": arr(R("indikator_kinerja")),
            "kegiatan": arr(R("kegiatan")),
            "tidak_dirinci": R("tidak_dirinci"),
        },
        required=["kode", "nama"],
    ),
    "pk": obj(
        {
            "jenis": {"enum": ["murni", "perubahan"]},
            "tanggal": R("tanggal"),
            "tempat": S,
            "nomor": S,
            "pihak_pertama": R("pejabat"),
            "pihak_kedua": R("pejabat"),
            "alasan_perubahan": S,
            "target": {"type": "object", "additionalProperties": R("nilai")},
            "anggaran_program": {"type": "object", "additionalProperties": R("uang")},
            "keterangan_anggaran": S,
        },
        required=["jenis"],
    ),
    "realisasi_indikator": obj(
        {
            "triwulan": R("per_triwulan_nilai"),
            "tahunan": R("nilai"),
            "target_triwulan": R("per_triwulan_nilai"),
            "analisis": obj({"penyebab": S, "kendala": S, "solusi": S}),
            "sumber": S,
            "alasan_manual": S,
            "alasan_tidak_lazim": S,  # why a value its unit rarely takes is right (sakip.core.satuan)
            "terkunci": R("per_triwulan_terkunci"),
        }
    ),
    "realisasi_sub_kegiatan": obj(
        {
            "anggaran": R("uang_opsional"),
            "anggaran_triwulan": R("per_triwulan_uang"),
            "output": arr(R("nilai")),
            "target_output": arr(R("nilai")),
            "keterangan": S,
        }
    ),
    "narasi_sasaran": obj(
        {"uraian": S, "keberhasilan": LS, "permasalahan": LS, "solusi": LS, "rincian_capaian": LS, "catatan_lain": LS}
    ),
}

# --- Survei Kepuasan Masyarakat, registers, formula-driven indicators (docs/survei.md) ---------------------

BOOL = {"type": "boolean"}
UNSUR = [f"U{i}" for i in range(1, 10)]
defs |= {
    "saring": obj(
        {"kategori": LS, "status": LS, "kanal": LS, "indikator": arr(R("id")), "direncanakan": BOOL},
        desc="Catatan yang dihitung: setiap kriteria yang diisi harus cocok; status dibaca pada akhir periode.",
    ),
    "sumber_realisasi": obj(
        {
            "jenis": {"enum": ["ikm", "rasio_aduan", "rasio_kegiatan", "indikator_program"]},
            "survei": R("id"),
            "jenis_layanan": LS,
            "penyebut": R("saring"),
            "pembilang": R("saring"),
            "jika_kosong": {"type": ["number", "string", "null"]},
            "keterangan": S,
        },
        required=["jenis"],
        desc="Realisasi dihitung dari catatan: IKM sebuah survei, rasio register aduan/kegiatan, atau "
        "persentase indikator program yang tercapai.",
    ),
    "per_triwulan_terkunci": {
        "type": "object",
        "propertyNames": {"enum": ["1", "2", "3", "4"]},
        "additionalProperties": obj(
            {"nilai": {"type": ["number", "string", "null"]}, "teks": S, "dikunci_pada": R("tanggal")},
            required=["teks"],
        ),
        "description": "Nilai terhitung yang dibekukan saat triwulannya dikunci (indikator bersumber catatan).",
    },
    "jawaban_skm": obj(
        {u: {"type": "integer", "minimum": 1, "maximum": 4} for u in UNSUR},
        required=UNSUR,
        desc="Jawaban per unsur U1–U9 (1–4), menurut unsur, bukan menurut urutan pertanyaan.",
    ),
    "respon_skm": obj(
        {
            "tanggal": R("tanggal"),
            "jenis_layanan": S,
            "instansi": S,
            "jawaban": R("jawaban_skm"),
            "profil": obj(
                {
                    "jenis_kelamin": SN,
                    "umur": {"type": ["string", "integer", "null"]},
                    "pendidikan": SN,
                    "pekerjaan": SN,
                }
            ),
            "saran": S,
        },
        required=["jawaban"],
    ),
    "rekap_skm": obj(
        {
            "jumlah_responden": {"type": "integer", "minimum": 0},
            "periode": {"type": ["string", "integer"]},
            "jenis_layanan": S,
            "instansi": S,
            "sebaran": obj({u: arr({"type": "integer", "minimum": 0}) for u in UNSUR}, required=UNSUR),
        },
        required=["jumlah_responden", "sebaran"],
        desc="Rekap jawaban: banyaknya jawaban 1, 2, 3 dan 4 pada setiap unsur.",
    ),
    "survei": obj(
        {
            "id": R("id"),
            "nama": S,
            "periode": {"type": ["string", "integer"]},
            "populasi": {"type": ["integer", "null"], "minimum": 1},
            "metode": S,
            "jenis_layanan": LS,
            "responden": arr(R("respon_skm")),
            "rekap": arr(R("rekap_skm")),
            "profil": {
                "type": "object",
                "additionalProperties": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
            },
            "saran": LS,
            "sintetis": BOOL,
            "keterangan": S,
        },
        required=["id"],
    ),
    "aduan": obj(
        {
            "id": R("id"),
            "tanggal_diterima": {"type": "string"},
            "kanal": S,
            "kategori": S,
            "ringkasan": S,
            "lokasi": S,
            "penanganan": S,
            "unit": S,
            "status": {"enum": ["diterima", "diproses", "selesai", "diteruskan", "tidak_valid"]},
            "tanggal_selesai": R("tanggal"),
            "bukti": LS,
            "keterangan": S,
        },
        required=["id", "tanggal_diterima"],
    ),
    "kegiatan_register": obj(
        {
            "id": R("id"),
            "uraian": S,
            "tahun": TAHUN,
            "indikator": R("id"),
            "kategori": S,
            "direncanakan": BOOL,
            "triwulan_rencana": {"type": ["integer", "null"], "minimum": 1, "maximum": 4},
            "status": {"enum": ["direncanakan", "terlaksana", "dibatalkan"]},
            "tanggal_pelaksanaan": R("tanggal"),
            "volume": S,
            "lokasi": S,
            "pelaksana": S,
            "bukti": LS,
            "keterangan": S,
        },
        required=["id", "uraian"],
    ),
}

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sakip.id/skema/berkas-v1.schema.json",
    "title": "Berkas SAKIP versi 1: data primer satu perangkat daerah untuk satu tahun",
    "description": "Lihat docs/berkas.md. Angka turunan (capaian, rata-rata, jumlah, serapan, predikat) tidak disimpan.",
    "type": "object",
    "additionalProperties": False,
    "required": ["format", "versi", "tahun", "instansi", "renstra"],
    "properties": {
        "format": {"const": "sakip-berkas"},
        "versi": {"const": 1},
        "tahun": TAHUN,
        "pengaturan": {"type": "object", "description": "Penimpaan pengaturan (lihat docs/aturan-perhitungan.md)."},
        "instansi": obj(
            {
                "nama": S,
                "jenis": S,
                "kode": S,
                "pemda": S,
                "provinsi": S,
                "ibu_kota": S,
                "alamat": S,
                "telepon": S,
                "kode_pos": S,
                "email": S,
                "laman": S,
                "kepala": R("pejabat"),
                "atasan": R("pejabat"),
                "dasar_hukum": S,
                "kedudukan": LS,
                "tugas": LS,
                "fungsi": LS,
                "susunan_organisasi": LS,
                "kepegawaian": obj(
                    {
                        "periode": S,
                        "ringkasan": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
                        "per_jabatan": arr(
                            obj(
                                {
                                    "jabatan": S,
                                    "jumlah": INTN,
                                    "kelompok": {"enum": ["struktural", "pelaksana", "fungsional", ""]},
                                    "keterangan": S,
                                },
                                required=["jabatan"],
                            )
                        ),
                        "per_golongan": arr(
                            obj(
                                {"pangkat": S, "golongan": S, "jumlah": {"type": "integer", "minimum": 0}},
                                required=["golongan", "jumlah"],
                            )
                        ),
                        "per_pendidikan": arr(
                            obj(
                                {"pendidikan": S, "jumlah": {"type": "integer", "minimum": 0}, "status": S},
                                required=["pendidikan", "jumlah"],
                            )
                        ),
                    }
                ),
                "jabatan": arr(R("jabatan")),
                "wilayah": obj(
                    {
                        "luas_km2": R("uang_opsional"),
                        "batas": {"type": "object", "additionalProperties": S},
                        "desa": LS,
                        "kelurahan": LS,
                        "uraian": S,
                        "penduduk": obj({"laki_laki": INTN, "perempuan": INTN}),
                        "penduduk_per_pekerjaan": arr(obj({"uraian": S, "jumlah": INT}, required=["uraian", "jumlah"])),
                    }
                ),
            },
            required=["nama"],
        ),
        "laporan": obj({"tanggal": R("tanggal"), "tempat": S, "judul": S}),
        "renstra": obj(
            {
                "periode": obj({"awal": TAHUN, "akhir": TAHUN}, required=["awal", "akhir"]),
                "dokumen": S,
                "rpjmd": obj(
                    {
                        "misi": LS,
                        "tujuan": LS,
                        "indikator_tujuan": LS,
                        "sasaran": LS,
                        "indikator_sasaran": LS,
                        "sasaran_kabupaten": LS,
                    }
                ),
                "tujuan": arr(R("tujuan"), minItems=1),
                "sasaran": arr(R("sasaran"), minItems=1),
                "versi_sebelumnya": arr(
                    obj(
                        {"label": S, "keterangan": S, "tujuan": arr(R("tujuan")), "sasaran": arr(R("sasaran"))},
                        required=["label"],
                    )
                ),
            },
            required=["periode", "tujuan", "sasaran"],
        ),
        "iku": obj(
            {
                "keputusan": obj(
                    {"nomor": S, "tanggal": R("tanggal"), "tempat": S, "tentang": S, "penandatangan": R("pejabat")}
                ),
                "indikator": arr(R("id")),
                "tujuan": S,
                "indikator_tujuan": S,
            }
        ),
        "rkt": obj(
            {
                "dokumen": S,
                "tanggal": R("tanggal"),
                "tanggal_dpa": R("tanggal"),  # DPA approval: the PK murni is due within a month (LKE 1.b.2)
                "tempat": S,
                "penandatangan": R("pejabat"),
                "target": {"type": "object", "additionalProperties": R("nilai")},
                "program": arr(R("program")),
            }
        ),
        "pk": arr(R("pk")),
        "realisasi": obj(
            {
                "indikator": {"type": "object", "additionalProperties": R("realisasi_indikator")},
                "program": {"type": "object", "additionalProperties": arr(R("nilai"))},
                "kegiatan": {"type": "object", "additionalProperties": arr(R("nilai"))},
                "sub_kegiatan": {"type": "object", "additionalProperties": R("realisasi_sub_kegiatan")},
            }
        ),
        "anggaran_lalu": arr(
            obj({"tahun": TAHUN, "pagu": R("uang"), "realisasi": R("uang")}, required=["tahun", "pagu", "realisasi"])
        ),
        "refocusing": obj(
            {
                "keterangan": S,
                "total_dinyatakan": R("uang_opsional"),
                "rincian": arr(
                    obj(
                        {"sub_kegiatan": R("kode_sub_kegiatan"), "jumlah": R("uang")},
                        required=["sub_kegiatan", "jumlah"],
                    )
                ),
            }
        ),
        "narasi": obj(
            {
                "kata_pengantar": S,
                "latar_belakang": LS,
                "maksud": S,
                "tujuan_laporan": LS,
                "isu_strategis": LS,
                "faktor_keberhasilan": LS,
                "kendala": LS,
                "rekomendasi": LS,
                "penjelasan_anggaran": S,
                "sumber_daya": S,
                "per_sasaran": {"type": "object", "additionalProperties": R("narasi_sasaran")},
                "per_sub_kegiatan": {"type": "object", "additionalProperties": S},
            }
        ),
        "penghargaan": arr(
            obj({"nama": S, "tahun": TAHUN, "tingkat": S, "penyelenggara": S}, required=["nama", "tahun"])
        ),
        "catatan_sumber": arr(obj({"lokasi": S, "catatan": S, "tercetak": S}, required=["lokasi", "catatan"])),
        "survei": arr(R("survei")),
        "register": obj({"aduan": arr(R("aduan")), "kegiatan": arr(R("kegiatan_register"))}),
    },
    "$defs": defs,
}


def teks_skema() -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    tujuan = Path(__file__).resolve().parent.parent / "sakip/berkas/skema/berkas-v1.schema.json"
    tujuan.write_text(teks_skema(), encoding="utf-8")
    print(f"ditulis: {tujuan}")

"""Writes sakip/berkas/skema/daerah-v1.schema.json (the district file: RPJMD and Bappeda's year) from the
readable definition below. Run after changing the format: `.venv/bin/python scripts/buat_skema_daerah.py`.
A test checks the JSON is current. Shares the building blocks of `buat_skema_berkas.py`.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from buat_skema_berkas import LS, TAHUN, R, S, arr, defs, obj

d = {k: defs[k] for k in ("nilai", "per_tahun", "id", "pejabat", "polaritas", "tanggal")}
d |= {
    "indikator_rpjmd": obj(
        {
            "id": R("id"),
            "nama": S,
            "satuan": S,
            "polaritas": R("polaritas"),
            "formula": S,
            "target": R("per_tahun"),
            "konsolidasi": {
                "enum": ["jumlah", "rata_rata", "tertimbang", "minimum", "maksimum"],
                "description": "Cara menghitung dari indikator perangkat daerah yang tertaut (bila Bappeda tidak "
                "mencatat realisasinya sendiri); tertimbang memakai kontribusi yang harus berjumlah 100%.",
            },
            "sumber_data": S,
        },
        required=["id", "nama"],
    ),
}

schema = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "https://sakip.example/skema/daerah-v1.schema.json",
    "title": "Berkas daerah SAKIP (RPJMD dan tahun pemda)",
    "description": "RPJMD sebuah pemda dan yang dicatat Bappeda untuk satu tahun. Disimpan di folder yang sama "
    "dengan berkas perangkat daerah; lihat docs/daerah.md.",
    "type": "object",
    "additionalProperties": False,
    "required": ["format", "versi", "tahun", "pemda", "rpjmd"],
    "properties": {
        "format": {"const": "sakip-daerah"},
        "versi": {"const": 1},
        "tahun": TAHUN,
        "pemda": S,
        "provinsi": S,
        "ibu_kota": S,
        "kepala": R("pejabat"),
        "sekretaris": R("pejabat"),
        "sintetis": {"type": "boolean", "description": "Data contoh buatan (ditandai di setiap dokumen)."},
        "catatan": S,
        "pengaturan": {"type": "object"},
        "rpjmd": obj(
            {
                "periode": obj({"awal": TAHUN, "akhir": TAHUN}, required=["awal", "akhir"]),
                "dokumen": S,
                "visi": S,
                "misi": arr(obj({"id": R("id"), "uraian": S}, required=["id", "uraian"]), minItems=1),
                "tujuan": arr(
                    obj(
                        {"id": R("id"), "misi": R("id"), "uraian": S, "indikator": arr(R("indikator_rpjmd"))},
                        required=["id", "misi", "uraian"],
                    ),
                    minItems=1,
                ),
                "sasaran": arr(
                    obj(
                        {
                            "id": R("id"),
                            "tujuan": R("id"),
                            "uraian": S,
                            "indikator": arr(R("indikator_rpjmd")),
                            "strategi": LS,
                            "kebijakan": LS,
                        },
                        required=["id", "tujuan", "uraian"],
                    ),
                    minItems=1,
                ),
                "program_prioritas": arr(
                    obj(
                        {"nama": S, "kode": S, "sasaran": arr(R("id")), "perangkat_daerah": LS},
                        required=["nama"],
                    )
                ),
            },
            required=["periode", "misi", "tujuan", "sasaran"],
        ),
        "realisasi": {
            "type": "object",
            "description": "Realisasi indikator RPJMD yang dicatat Bappeda sendiri: id indikator → {nilai, sumber}.",
            "additionalProperties": obj({"nilai": R("nilai"), "sumber": S}, required=["nilai"]),
        },
    },
    "$defs": d,
}


def teks_skema() -> str:
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    tujuan = Path(__file__).resolve().parent.parent / "sakip/berkas/skema/daerah-v1.schema.json"
    tujuan.write_text(teks_skema(), encoding="utf-8")
    print(f"ditulis: {tujuan}")

"""Pydantic's validation errors (English, machine-shaped) as Indonesian messages with the item and field."""

from __future__ import annotations

from typing import Any

_JENIS = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "int_type": "harus bilangan bulat",
    "int_parsing": "harus bilangan bulat",
    "int_from_float": "harus bilangan bulat",
    "bool_type": "harus true/false",
    "dict_type": "harus berupa objek",
    "list_type": "harus berupa daftar",
    "model_type": "harus berupa objek",
    "model_attributes_type": "harus berupa objek",
    "json_invalid": "bukan JSON yang sah",
    "extra_forbidden": "medan tidak dikenal",
    "string_pattern_mismatch": "bentuknya tidak sah",
    "greater_than_equal": "terlalu kecil",
    "less_than_equal": "terlalu besar",
    "greater_than": "terlalu kecil",
    "less_than": "terlalu besar",
    "too_short": "terlalu sedikit butir",
    "too_long": "terlalu panjang",
    "string_too_short": "terlalu pendek",
    "string_too_long": "terlalu panjang",
}


def pesan_validasi(galat: list[dict[str, Any]]) -> list[dict[str, Any]]:
    hasil = []
    for g in galat[:200]:
        loc = [x for x in g.get("loc", ()) if x not in ("body", "data", "query", "path")]
        butir = None
        if len(loc) >= 2 and loc[0] == "butir" and isinstance(loc[1], int):
            butir = loc[1] + 1
            loc = loc[2:]
        medan = ".".join(str(x) for x in loc) or None
        jenis = g.get("type", "")
        teks = _JENIS.get(jenis, "tidak sah")
        batas = g.get("ctx") or {}
        for k in ("ge", "le", "min_length", "max_length"):
            if k in batas:
                teks += f" ({k.replace('_', ' ')} {batas[k]})"
        awal = f"butir {butir}, " if butir else ""
        hasil.append({"butir": butir, "medan": medan, "pesan": f"{awal}{medan or 'isi permintaan'}: {teks}"})
    return hasil

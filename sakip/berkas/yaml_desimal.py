"""YAML and JSON reading and writing that never lets a number become a binary float.

YAML would read ``91.5`` as a float; here every non-integer number becomes a `Decimal` built from its
text. Duplicate keys in a mapping are an error (plain PyYAML silently keeps the last one, which hides
typing mistakes in a hand-edited file).
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

import yaml


class KesalahanSintaks(ValueError):
    def __init__(self, pesan: str, baris: int | None = None, kolom: int | None = None):
        self.baris, self.kolom = baris, kolom
        lokasi = f"baris {baris}, kolom {kolom}: " if baris is not None else ""
        super().__init__(lokasi + pesan)


class _Pemuat(yaml.SafeLoader):
    pass


class _PemuatCepat(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same constructors over libyaml's parser (five times faster on a berkas). A file it refuses is read
    again by the pure-Python `_Pemuat`, so error messages and their positions stay those of PyYAML."""


def _float_desimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    teks = loader.construct_scalar(node).replace("_", "")  # type: ignore[arg-type]
    if teks.lower() in (".nan", ".inf", "-.inf", "+.inf"):
        raise yaml.constructor.ConstructorError(None, None, f"'{teks}' bukan angka yang sah", node.start_mark)
    return Decimal(teks)


def _peta_tanpa_duplikat(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    loader.flatten_mapping(node)
    hasil: dict[Any, Any] = {}
    for kunci_node, nilai_node in node.value:
        kunci = loader.construct_object(kunci_node, deep=deep)
        if kunci in hasil:
            raise yaml.constructor.ConstructorError(
                None, None, f"kunci '{kunci}' ditulis dua kali", kunci_node.start_mark
            )
        hasil[kunci] = loader.construct_object(nilai_node, deep=deep)
    return hasil


for _p in (_Pemuat, _PemuatCepat):
    _p.add_constructor("tag:yaml.org,2002:float", _float_desimal)
    _p.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _peta_tanpa_duplikat)


def muat_yaml(teks: str) -> Any:
    if _PemuatCepat is not _Pemuat:
        try:
            return yaml.load(teks, Loader=_PemuatCepat)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError:
            pass  # read again below for PyYAML's own message
    try:
        return yaml.load(teks, Loader=_Pemuat)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        pesan = exc.problem or str(exc)
        pesan = _terjemah_yaml(pesan)
        if mark is not None:
            raise KesalahanSintaks(pesan, mark.line + 1, mark.column + 1) from None
        raise KesalahanSintaks(pesan) from None
    except yaml.YAMLError as exc:
        raise KesalahanSintaks(f"YAML tidak dapat dibaca: {exc}") from None


def _terjemah_yaml(pesan: str) -> str:
    if "ditulis dua kali" in pesan or "bukan angka yang sah" in pesan:
        return pesan  # already ours
    terjemahan = {
        "could not find expected ':'": "tanda ':' tidak ditemukan",
        "mapping values are not allowed here": "tanda ':' tidak boleh di sini (periksa indentasi atau tanda kutip)",
        "found character '\\t' that cannot start any token": "karakter TAB tidak boleh dipakai; gunakan spasi",
        "expected <block end>, but found": "indentasi tidak konsisten",
        "found undefined alias": "alias tidak dikenal",
    }
    for en, idn in terjemahan.items():
        if en in pesan:
            return idn
    return f"YAML tidak dapat dibaca ({pesan})"


def muat_json(teks: str) -> Any:
    def tolak_duplikat(pasangan: list[tuple[str, Any]]) -> dict[str, Any]:
        hasil: dict[str, Any] = {}
        for k, v in pasangan:
            if k in hasil:
                raise KesalahanSintaks(f"kunci '{k}' ditulis dua kali")
            hasil[k] = v
        return hasil

    try:
        return json.loads(teks, parse_float=Decimal, object_pairs_hook=tolak_duplikat)
    except json.JSONDecodeError as exc:
        raise KesalahanSintaks(f"JSON tidak dapat dibaca ({exc.msg})", exc.lineno, exc.colno) from None


class _Penulis(yaml.SafeDumper):
    pass


def _tulis_desimal(dumper: yaml.SafeDumper, d: Decimal) -> yaml.ScalarNode:
    teks = format(d, "f")
    if d == d.to_integral_value() and "." not in teks:
        return dumper.represent_scalar("tag:yaml.org,2002:int", teks)
    return dumper.represent_scalar("tag:yaml.org,2002:float", teks)


def _tulis_teks(dumper: yaml.SafeDumper, s: str) -> yaml.ScalarNode:
    gaya = "|" if "\n" in s else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", s, style=gaya)


def _tulis_tanggal(dumper: yaml.SafeDumper, d: date) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", d.isoformat())


_Penulis.add_representer(Decimal, _tulis_desimal)
_Penulis.add_representer(str, _tulis_teks)
_Penulis.add_representer(date, _tulis_tanggal)


def tulis_yaml(data: Any) -> str:
    return yaml.dump(data, Dumper=_Penulis, allow_unicode=True, sort_keys=False, width=110)


def tulis_json(data: Any) -> str:
    """JSON for machines: decimals as exact decimal strings (``"102.1978021978"``), dates as ISO."""

    def bawaan(o: Any) -> Any:
        if isinstance(o, Decimal):
            return format(o, "f")
        if isinstance(o, date):
            return o.isoformat()
        raise TypeError(type(o).__name__)

    return json.dumps(data, ensure_ascii=False, indent=2, default=bawaan)

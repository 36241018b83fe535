"""YAML and JSON reading and writing that never lets a number become a binary float.

YAML would read ``91.5`` as a float; here every non-integer number becomes a `Decimal` built from its
text. Duplicate keys in a mapping are an error (plain PyYAML silently keeps the last one, which hides
typing mistakes in a hand-edited file).
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

import yaml

from .aman import MasukanBerbahaya, periksa_data, periksa_ukuran, periksa_yaml


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


# YAML 1.1 reads 0x10 as 16, 010 as 8, 1:20 as 80, 1_000 as 1000 and 1.5e3 as 1500: notations nobody means in
# a performance report. Only plain decimal numbers are numbers here; the rest is refused at its line.
_BULAT = re.compile(r"^[-+]?(0|[1-9][0-9]*)$")
_PECAHAN = re.compile(r"^[-+]?([0-9]+\.[0-9]*|\.[0-9]+)$")
_PANJANG_MAKS = 64


def _tolak_angka(node: yaml.Node, teks: str) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(
        None,
        None,
        f"'{teks[:40]}' bukan angka yang sah (tulis angka desimal biasa seperti 1500 atau 91.5, "
        "atau beri tanda kutip bila ini teks)",
        node.start_mark,
    )


def _float_desimal(loader: yaml.SafeLoader, node: yaml.Node) -> Decimal:
    teks = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if len(teks) > _PANJANG_MAKS or not _PECAHAN.match(teks):
        raise _tolak_angka(node, teks)
    return Decimal(teks)


def _bulat_ketat(loader: yaml.SafeLoader, node: yaml.Node) -> int:
    teks = str(loader.construct_scalar(node))  # type: ignore[arg-type]
    if len(teks) > _PANJANG_MAKS or not _BULAT.match(teks):
        raise _tolak_angka(node, teks)
    return int(teks)


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


def _tanggal(loader: yaml.SafeLoader, node: yaml.Node):
    """YAML reads 2023-13-45 as a date and fails deep inside PyYAML: say which value, at its line."""
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        raise yaml.constructor.ConstructorError(
            None, None, f"'{node.value}' bukan tanggal yang sah (tulis seperti 2024-01-31)", node.start_mark
        ) from None


for _p in (_Pemuat, _PemuatCepat):
    _p.add_constructor("tag:yaml.org,2002:timestamp", _tanggal)
    _p.add_constructor("tag:yaml.org,2002:float", _float_desimal)
    _p.add_constructor("tag:yaml.org,2002:int", _bulat_ketat)
    _p.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _peta_tanpa_duplikat)


def muat_yaml(teks: str) -> Any:
    try:
        periksa_yaml(teks, _PemuatCepat)
    except MasukanBerbahaya as exc:
        raise KesalahanSintaks(str(exc), exc.baris, exc.kolom) from None
    except yaml.YAMLError:
        pass  # a syntax error: the loader below says where
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
    if (
        "ditulis dua kali" in pesan
        or "bukan angka yang sah" in pesan
        or "merujuk dirinya" in pesan
        or "bukan tanggal yang sah" in pesan
    ):
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

    def bulat(s: str) -> int:
        if len(s) > _PANJANG_MAKS:
            raise KesalahanSintaks(f"angka '{s[:40]}…' terlalu panjang ({len(s)} digit)")
        return int(s)

    def pecahan(s: str) -> Decimal:
        if len(s) > _PANJANG_MAKS:
            raise KesalahanSintaks(f"angka '{s[:40]}…' terlalu panjang ({len(s)} karakter)")
        return Decimal(s)

    def tolak_konstanta(s: str) -> Any:
        raise KesalahanSintaks(f"'{s}' bukan angka yang sah")

    try:
        periksa_ukuran(len(teks))
        data = json.loads(
            teks, parse_float=pecahan, parse_int=bulat, parse_constant=tolak_konstanta, object_pairs_hook=tolak_duplikat
        )
        periksa_data(data)
    except json.JSONDecodeError as exc:
        raise KesalahanSintaks(f"JSON tidak dapat dibaca ({exc.msg})", exc.lineno, exc.colno) from None
    except MasukanBerbahaya as exc:
        raise KesalahanSintaks(str(exc)) from None
    except RecursionError:
        raise KesalahanSintaks("struktur JSON bersarang terlalu dalam") from None
    return data


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

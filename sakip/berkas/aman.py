"""Guards run on a file before anything is built from it: size, nesting, alias expansion, zip expansion.

A 342-byte YAML file whose aliases refer to aliases expands to billions of values; a thousand nested lists
exhaust Python's recursion; a small XLSX can unpack to gigabytes. Each guard measures the input in a flat,
bounded pass (YAML events, a zip's directory) and refuses it with an Indonesian message before the loader,
the builder or openpyxl ever sees it. The limits live in `sakip.core.batas`.
"""

from __future__ import annotations

import zipfile
from typing import Any

import yaml

from sakip.core.batas import (
    MAKS_ANGGOTA_ZIP,
    MAKS_KEDALAMAN,
    MAKS_RASIO_ZIP,
    MAKS_SIMPUL,
    MAKS_UKURAN_BERKAS,
    MAKS_UKURAN_ZIP,
)


class MasukanBerbahaya(ValueError):
    """An input beyond a limit. The message is Indonesian; `baris`/`kolom` locate it when known."""

    def __init__(self, pesan: str, baris: int | None = None, kolom: int | None = None):
        self.baris, self.kolom = baris, kolom
        super().__init__(pesan)


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def periksa_ukuran(ukuran: int, *, batas: int = MAKS_UKURAN_BERKAS) -> None:
    if ukuran > batas:
        raise MasukanBerbahaya(f"berkas terlalu besar ({_mb(ukuran)}; paling besar {_mb(batas)})")


def periksa_yaml(teks: str, loader: type = yaml.SafeLoader) -> None:
    """Walk the YAML event stream (flat, never recursive) counting nesting depth and the number of values
    with every alias expanded. Refuses an alias to a node that is still open (a self-referencing structure)."""
    periksa_ukuran(len(teks))
    # Per open collection: [values inside so far, deepest nesting inside so far, anchor or None].
    terbuka: list[list[Any]] = []
    ukuran_jangkar: dict[str, tuple[int, int]] = {}
    jangkar_terbuka: set[str] = set()
    total = 0
    pemuat = loader(teks)
    try:
        while pemuat.check_event():
            e = pemuat.get_event()
            if isinstance(e, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if len(terbuka) >= MAKS_KEDALAMAN:
                    raise MasukanBerbahaya(
                        f"struktur bersarang terlalu dalam (lebih dari {MAKS_KEDALAMAN} tingkat)", *_tanda(e)
                    )
                terbuka.append([1, 1, e.anchor])
                if e.anchor:
                    jangkar_terbuka.add(e.anchor)
                total += 1
            elif isinstance(e, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                n, dalam, jangkar = terbuka.pop()
                if jangkar:
                    jangkar_terbuka.discard(jangkar)
                    ukuran_jangkar[jangkar] = (n, dalam)
                if terbuka:
                    terbuka[-1][0] += n
                    terbuka[-1][1] = max(terbuka[-1][1], dalam + 1)
            elif isinstance(e, yaml.ScalarEvent):
                total += 1
                if e.anchor:
                    ukuran_jangkar[e.anchor] = (1, 0)
                if terbuka:
                    terbuka[-1][0] += 1
            elif isinstance(e, yaml.AliasEvent):
                if e.anchor in jangkar_terbuka:
                    raise MasukanBerbahaya(f"alias '*{e.anchor}' merujuk dirinya sendiri", *_tanda(e))
                n, dalam = ukuran_jangkar.get(e.anchor, (1, 0))  # an unknown alias is the loader's message
                total += n
                if len(terbuka) + dalam > MAKS_KEDALAMAN:
                    raise MasukanBerbahaya(
                        f"struktur bersarang terlalu dalam (lebih dari {MAKS_KEDALAMAN} tingkat)", *_tanda(e)
                    )
                if terbuka:
                    terbuka[-1][0] += n
                    terbuka[-1][1] = max(terbuka[-1][1], dalam + 1)
            if total > MAKS_SIMPUL:
                raise MasukanBerbahaya(
                    f"berkas memuat terlalu banyak nilai (lebih dari {_ribuan(MAKS_SIMPUL)}, alias dihitung penuh)",
                    *_tanda(e),
                )
    finally:
        pemuat.dispose()


def _tanda(e: yaml.Event) -> tuple[int | None, int | None]:
    m = e.start_mark
    return (m.line + 1, m.column + 1) if m is not None else (None, None)


def periksa_data(data: Any) -> None:
    """The same bounds on data already parsed (JSON, a spreadsheet turned into dicts): an explicit stack,
    so that depth is measured without recursing."""
    tumpukan: list[tuple[Any, int]] = [(data, 1)]
    total = 0
    while tumpukan:
        x, dalam = tumpukan.pop()
        total += 1
        if total > MAKS_SIMPUL:
            raise MasukanBerbahaya(f"berkas memuat terlalu banyak nilai (lebih dari {_ribuan(MAKS_SIMPUL)})")
        if isinstance(x, dict):
            anak = x.values()
        elif isinstance(x, list):
            anak = x
        else:
            continue
        if dalam > MAKS_KEDALAMAN:
            raise MasukanBerbahaya(f"struktur bersarang terlalu dalam (lebih dari {MAKS_KEDALAMAN} tingkat)")
        tumpukan.extend((a, dalam + 1) for a in anak)


def periksa_zip(data: bytes | Any, *, batas_isi: int = MAKS_UKURAN_ZIP) -> None:
    """An XLSX or DOCX is a zip: read its directory only and refuse a bomb (too many members, too much unpacked,
    a member that expands more than any real spreadsheet does) before openpyxl or python-docx unpack it."""
    import io

    f = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else data
    try:
        with zipfile.ZipFile(f) as z:
            anggota = z.infolist()
    except (OSError, ValueError, EOFError) as exc:  # the caller says what a damaged file means to the person
        raise zipfile.BadZipFile(str(exc)) from None
    finally:
        if not isinstance(data, (bytes, bytearray)):
            f.seek(0)
    if len(anggota) > MAKS_ANGGOTA_ZIP:
        raise MasukanBerbahaya(
            f"berkas memuat terlalu banyak bagian ({len(anggota)}; paling banyak {MAKS_ANGGOTA_ZIP})"
        )
    total = sum(a.file_size for a in anggota)
    if total > batas_isi:
        raise MasukanBerbahaya(f"isi berkas terlalu besar bila dibuka ({_mb(total)}; paling besar {_mb(batas_isi)})")
    for a in anggota:
        # Small members compress well (an empty sheet); only a large expansion is suspicious.
        if a.file_size > 1024 * 1024 and a.file_size > MAKS_RASIO_ZIP * max(a.compress_size, 1):
            raise MasukanBerbahaya(
                f"bagian '{a.filename}' mengembang {a.file_size // max(a.compress_size, 1)} kali bila dibuka "
                "(tidak wajar untuk dokumen biasa)"
            )

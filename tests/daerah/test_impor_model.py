"""Design debt of issue 11: the model of primary data stands below everything that computes on it."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "sakip" / "core"


def _impor(path: Path) -> set[str]:
    """Modules of sakip.core a file imports, including imports inside functions (not TYPE_CHECKING-only)."""
    pohon = ast.parse(path.read_text(encoding="utf-8"))
    hanya_tipe: set[int] = set()
    for node in ast.walk(pohon):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for n in ast.walk(node):
                hanya_tipe.add(id(n))
    hasil = set()
    for node in ast.walk(pohon):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and id(node) not in hanya_tipe and node.module:
            hasil.add(node.module.split(".")[0])
    return hasil


def _graf() -> dict[str, set[str]]:
    return {p.stem: _impor(p) for p in CORE.glob("*.py")}


def test_tidak_ada_siklus_impor_di_core():
    graf = _graf()
    warna: dict[str, int] = {}
    siklus: list[list[str]] = []

    def kunjungi(m: str, jalan: list[str]) -> None:
        warna[m] = 1
        for n in sorted(graf.get(m, ())):
            if warna.get(n) == 1:
                siklus.append([*jalan[jalan.index(n) :], n] if n in jalan else [m, n])
            elif n not in warna:
                kunjungi(n, [*jalan, n])
        warna[m] = 2

    for m in sorted(graf):
        if m not in warna:
            kunjungi(m, [m])
    assert siklus == []


def test_model_tidak_mengimpor_modul_perhitungan():
    perhitungan = {"sumber", "hitung", "hasil", "anggaran", "indikator_kinerja", "profil", "tabel", "konsolidasi"}
    for modul in ("model", "model_daerah"):
        assert not (_impor(CORE / f"{modul}.py") & perhitungan), modul

"""The DOCX opens in LibreOffice (converted headless to PDF). Optional: skipped where LibreOffice is absent."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import pdf_ke_teks


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice tidak terpasang (opsional)")
def test_docx_dibuka_libreoffice(docx_kencong, tmp_path):
    (tmp_path / "lkjip.docx").write_bytes(docx_kencong)
    profil = tmp_path / "profil"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profil}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "lkjip.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    teks = " ".join(pdf_ke_teks((tmp_path / "lkjip.pdf").read_bytes(), tmp_path).split())
    # The SEQ fields number the captions per chapter in LibreOffice too.
    for frasa in [
        "Tabel 1.1 Jumlah ASN",
        "Tabel 3.1 Pengukuran Realisasi Kinerja",
        "Tabel 3.9 Refocusing",
        "96,84%",
        "83,27%",
    ]:
        assert frasa in teks, frasa

"""Playwright for Python driving Debian's Chromium (/usr/bin/chromium; never a downloaded browser)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("SAKIP_CHROMIUM", "/usr/bin/chromium"))
ARGUMEN = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def peramban():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread, and the test reads the database directly:
    # allowed here, for the browser tests only (and never left set for the rest of the run).
    lama = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    assert CHROMIUM.exists(), (
        f"{CHROMIUM} tidak ada: pasang paket Debian 'chromium' (bin/test melakukannya sebagai root)"
    )
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMEN)
        yield b
        b.close()
    if lama is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = lama

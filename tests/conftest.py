"""Fixtures shared by every test area."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("SAKIP_CHROMIUM", "/usr/bin/chromium"))
ARGUMEN_CHROMIUM = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def peramban():
    """Debian's Chromium (/usr/bin/chromium, never a downloaded browser) through Playwright for Python.

    Module-scoped on purpose: Playwright's sync API keeps an event loop in the test thread while it runs,
    so only one may live at a time, and Django's async-safety switch (needed because the test thread reads
    the database while that loop exists) must not outlive the module — a leaked switch would reach every
    later test and subprocess (`check --deploy` warns about it).
    """
    from playwright.sync_api import sync_playwright

    assert CHROMIUM.exists(), (
        f"{CHROMIUM} tidak ada: pasang paket Debian 'chromium' (bin/test melakukannya sebagai root)"
    )
    lama = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGUMEN_CHROMIUM)
            yield b
            b.close()
    finally:
        if lama is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = lama


@pytest.fixture(autouse=True, scope="session")
def _pengosongan_uji_melewati_kunci():
    """Between transactional tests Django empties every table: TRUNCATE on PostgreSQL, which row triggers do not
    see, but DELETE on SQLite, which the locked-data triggers (sakip.web.inti.kunci_db) refuse. The harness's
    emptying goes through on both, as a restore does."""
    from django.db import connections
    from django.test import TransactionTestCase

    asli = TransactionTestCase._fixture_teardown

    def kosongkan(self):
        lama = {a: getattr(connections[a], "sakip_buka", 0) for a in self._databases_names(include_mirrors=False)}
        for a in lama:
            connections[a].sakip_buka = lama[a] + 1
        try:
            asli(self)
        finally:
            for a, n in lama.items():
                connections[a].sakip_buka = n

    TransactionTestCase._fixture_teardown = kosongkan
    yield
    TransactionTestCase._fixture_teardown = asli


@pytest.fixture(autouse=True)
def _penyimpanan_dokumen_sendiri(request, tmp_path_factory):
    """Each test that touches the database gets an empty documents storage of its own (the stored files of one
    test never show up in another's listing)."""
    if "django_db" not in {m.name for m in request.node.iter_markers()} and "db" not in request.fixturenames:
        yield
        return
    from django.test import override_settings

    from sakip.web import settings as asli

    dokumen = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tmp_path_factory.mktemp("dokumen")},
    }
    with override_settings(STORAGES={**asli.STORAGES, "dokumen": dokumen}):
        yield

import subprocess
import sys


def test_mesin_tidak_memuat_django():
    kode = (
        "import importlib, pkgutil, sys, sakip.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'sakip.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import sakip.berkas.baca, sakip.berkas.tulis\n"
        "bad = sorted(n for n in sys.modules if n == 'django' or n.startswith('django.'))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    hasil = subprocess.run([sys.executable, "-c", kode], capture_output=True, text=True, check=False)
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr

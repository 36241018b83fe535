import importlib.util
from pathlib import Path

from jsonschema import Draft202012Validator

from sakip.berkas.baca import skema

AKAR = Path(__file__).resolve().parents[2]


def test_skema_sah():
    Draft202012Validator.check_schema(skema())


def test_skema_json_sesuai_sumbernya():
    spec = importlib.util.spec_from_file_location("buat_skema", AKAR / "scripts" / "buat_skema_berkas.py")
    modul = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modul)
    tersimpan = (AKAR / "sakip" / "berkas" / "skema" / "berkas-v1.schema.json").read_text(encoding="utf-8")
    assert tersimpan == modul.teks_skema(), "jalankan scripts/buat_skema_berkas.py"

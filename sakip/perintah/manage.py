"""`sakip manage ...`: Django's manage.py for the web app (migrate, createsuperuser, check --deploy, …)."""

from __future__ import annotations

import argparse
import os


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "manage", help="perintah pengelolaan Django (migrate, check, createsuperuser, …)", add_help=False
    )
    p.add_argument("argumen", nargs=argparse.REMAINDER)
    p.set_defaults(jalankan=jalankan)


def jalankan(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["sakip manage", *args.argumen])
    return 0

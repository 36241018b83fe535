"""Navigation entries that apps declare on their AppConfig (``menu`` and ``menu_pd``).

``menu``: the top navigation. ``menu_pd``: the tabs of an agency-year (URL names taking ``pd`` and ``tahun``).
``peran``: the roles that see the entry (``"publik"`` for visitors without a login); None = everyone.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ItemMenu:
    label: str
    url_name: str
    peran: tuple[str, ...] | None = None
    urutan: int = 50

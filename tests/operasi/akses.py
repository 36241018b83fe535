"""The ops app declares no URL patterns: /sehat/ and /siap/ are answered by middleware (see test_kesehatan.py), so
tests/web/test_akses.py has nothing of ours to walk."""

ARGUMEN_OPERASI: dict = {}
LEVEL_OPERASI: dict = {}

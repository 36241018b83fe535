from django.http import Http404

"""Domain errors shared by the services."""


class KonflikVersi(Exception):
    """Someone else saved the same record since this form was opened: the second save is refused."""

    def __init__(self, apa: str = "data ini"):
        super().__init__(
            f"Penyimpanan ditolak: {apa} telah diubah oleh pengguna lain sejak halaman ini dibuka. "
            "Muat ulang halaman untuk melihat nilai terbaru, lalu ulangi perubahan Anda."
        )


class AlurDitolak(Exception):
    """A workflow step that is not allowed now (message in Indonesian)."""


class TidakDitemukan(Http404):
    """Not found, with a message in Indonesian that the 404 page may show."""

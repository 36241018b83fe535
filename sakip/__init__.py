"""SAKIP: Sistem Akuntabilitas Kinerja Instansi Pemerintah."""

__version__ = "0.1.0"

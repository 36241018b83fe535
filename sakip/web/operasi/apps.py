from django.apps import AppConfig


class OperasiConfig(AppConfig):
    """Running the installation: health and readiness probes, request ids and JSON logs, worker heartbeats,
    backup and restore (docs/operasi.md). No pages of its own: the probes are answered by middleware, before
    host checks, HTTPS redirects and rate limits, so a load balancer can ask them over plain HTTP by address."""

    name = "sakip.web.operasi"
    label = "operasi"
    verbose_name = "Operasi"

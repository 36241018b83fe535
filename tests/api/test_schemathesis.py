"""Schema-driven fuzzing (schemathesis, in process through WSGI): every operation of the OpenAPI schema, with a
bounded number of generated requests per operation and role, must never answer 500 and never answer a documented
status with a body that breaks the schema."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

from sakip.web.api.api import api as ninja_api

skema = schemathesis.openapi.from_dict(ninja_api.get_openapi_schema(path_prefix="/api/v1"))
APLIKASI = get_wsgi_application()
PEMERIKSAAN = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture
def dalam_transaksi_uji():
    """Requests run in the test's thread and transaction: Django must not close the connection between them (its
    own test client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@skema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
    database=None,
)
@pytest.mark.parametrize("peran", ["admin", None])
def test_tanpa_galat_server(case, peran, token, dalam_transaksi_uji, settings_batas):
    header = {"Authorization": f"Bearer {token[peran]}"} if peran else {}
    case.call_and_validate(app=APLIKASI, headers=header, checks=PEMERIKSAAN)


@pytest.fixture
def settings_batas(settings):
    # Hundreds of generated calls in a few seconds: the rate limits are tested on their own.
    settings.SAKIP_API_BATAS_TOKEN = "100000/60"
    settings.SAKIP_API_BATAS_ANONIM = "100000/60"

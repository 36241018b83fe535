"""URL arguments and access policy of the API's named pages (read by tests/web/test_akses.py). The API operations
themselves are walked by tests/api/test_akses_api.py."""

from __future__ import annotations

ARGUMEN_API = {
    "api:token": lambda tk: {},
    "api:api_v1:openapi-json": lambda tk: {},
    "api:api_v1:openapi-view": lambda tk: {},
    "api:api_v1:api-root": lambda tk: {},
}
LEVEL_API = {
    "api:token": ("masuk", "masuk"),
    "api:api_v1:openapi-json": ("publik", "publik"),
    "api:api_v1:openapi-view": ("publik", "publik"),
    "api:api_v1:api-root": ("publik", "publik"),
}

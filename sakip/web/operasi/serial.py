"""Django's JSON serializer, but with times to the microsecond: the stock encoder cuts them to milliseconds, and
a backup must restore every value exactly (registered as the "sakipjson" format in settings)."""

from __future__ import annotations

import datetime

from django.core.serializers.json import Deserializer, DjangoJSONEncoder
from django.core.serializers.json import Serializer as _Serializer

__all__ = ["Deserializer", "Serializer"]


class _Encoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(_Serializer):
    def _init_options(self):
        super()._init_options()
        self.json_kwargs["cls"] = _Encoder

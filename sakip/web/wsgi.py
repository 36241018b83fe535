"""WSGI entry point (gunicorn: ``sakip.web.wsgi:application``)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.web.settings")
application = get_wsgi_application()

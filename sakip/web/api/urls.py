from django.urls import path

from . import views
from .api import api

app_name = "api"
urlpatterns = [
    path("token/", views.token, name="token"),
    path("v1/", api.urls),
]

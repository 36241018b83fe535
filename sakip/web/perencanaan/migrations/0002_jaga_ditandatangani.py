"""Database triggers refusing writes to locked data outside the logged reopen (sakip.web.inti.kunci_db)."""

from django.db import migrations

from sakip.web.inti.kunci_db import JAGA_PERENCANAAN, operasi


class Migration(migrations.Migration):
    dependencies = [("perencanaan", "0001_initial")]

    operations = [operasi(JAGA_PERENCANAAN)]

"""Database triggers refusing writes to locked data outside the logged reopen (sakip.web.inti.kunci_db)."""

from django.db import migrations

from sakip.web.inti.kunci_db import JAGA_PENGUKURAN, operasi


class Migration(migrations.Migration):
    dependencies = [("pengukuran", "0002_alasan_tidak_lazim")]

    operations = [operasi(JAGA_PENGUKURAN)]

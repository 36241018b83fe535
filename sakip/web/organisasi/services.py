"""Users, roles and district settings (admin only)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F

from sakip.core.pengaturan import PengaturanTidakValid, pengaturan_dari_dict
from sakip.web.inti.galat import AlurDitolak
from sakip.web.inti.versi import klaim_versi
from sakip.web.riwayat.services import perubahan_catat

from .akses import Aktor, dalam_lingkup, pastikan_admin
from .models import Pemda, Peran, PerangkatDaerah


def pengguna_buat(
    *,
    aktor: Aktor,
    username: str,
    password: str,
    peran: str,
    pd: PerangkatDaerah | None,
    nama: str = "",
    email: str = "",
    pemda: Pemda | None = None,
):
    """`pemda`: for an admin or reviewer, the pemda the new user works for. An admin of one pemda creates users of
    that pemda only; a national admin may leave it empty for another national user."""
    pastikan_admin(aktor)
    User = get_user_model()
    if peran not in dict(Peran.PILIHAN):
        raise AlurDitolak("Peran tidak dikenal.")
    if peran in Peran.PERAN_PD and pd is None:
        raise AlurDitolak("Operator dan kepala harus terikat pada satu perangkat daerah.")
    if peran not in Peran.PERAN_PD:
        pd = None
    if pd is not None and not dalam_lingkup(aktor, pd):
        raise AlurDitolak("Perangkat daerah itu berada di luar pemda Anda.")
    if peran in Peran.PERAN_PD:
        pemda = None
    elif aktor.pemda_id is not None:
        if pemda is not None and pemda.pk != aktor.pemda_id:
            raise AlurDitolak("Anda hanya dapat membuat pengguna untuk pemda Anda sendiri.")
        pemda = Pemda.objects.get(pk=aktor.pemda_id)
    if User.objects.filter(username=username).exists():
        raise AlurDitolak(f"Nama pengguna '{username}' sudah dipakai.")
    try:
        validate_password(password)
    except ValidationError as exc:
        raise AlurDitolak(" ".join(exc.messages)) from None
    with transaction.atomic():
        u = User.objects.create_user(username=username, password=password, email=email, first_name=nama[:150])
        if peran == Peran.ADMIN and pemda is None:
            # Django's own admin site sees every pemda: only national admins get it.
            u.is_staff = True
            u.is_superuser = True
            u.save()
        Peran.objects.create(pengguna=u, peran=peran, perangkat_daerah=pd, pemda=pemda)
        # Who gave whom which access is part of the audit trail, like any value.
        perubahan_catat(
            aktor=aktor,
            pd_id=pd.pk if pd else None,
            tahun=None,
            objek=f"pengguna:{username}",
            medan="peran",
            lama="",
            baru=f"{dict(Peran.PILIHAN)[peran]} · {pd.nama if pd else (pemda.nama if pemda else 'nasional')}",
            alasan="pengguna baru",
        )
    return u


def pemda_pengaturan_ubah(
    *, aktor: Aktor, pemda: Pemda, versi: int | None, pengaturan: dict[str, Any], batas_hari: int, alasan: str
) -> Pemda:
    """District rules (sakip.core.pengaturan, validated there) and the reporting deadline."""
    pastikan_admin(aktor)
    if aktor.pemda_id is not None and aktor.pemda_id != pemda.pk:
        raise AlurDitolak("Anda hanya dapat mengubah pengaturan pemda Anda sendiri.")
    try:
        pengaturan_dari_dict(pengaturan)
    except PengaturanTidakValid as exc:
        raise AlurDitolak("; ".join(f"{j}: {p}" for j, p in exc.masalah)) from None
    if not 0 <= batas_hari <= 90:
        raise AlurDitolak("Batas pelaporan harus 0–90 hari.")
    with transaction.atomic():
        klaim_versi(Pemda, pemda.pk, versi, "pengaturan pemda")
        pemda.refresh_from_db()
        for medan, baru in (("pengaturan", pengaturan), ("batas_hari_pelaporan", batas_hari)):
            lama = getattr(pemda, medan)
            if lama != baru:
                perubahan_catat(
                    aktor=aktor,
                    pd_id=None,
                    tahun=None,
                    objek=f"pemda:{pemda.pk}",
                    medan=medan,
                    lama=lama,
                    baru=baru,
                    alasan=alasan,
                )
                setattr(pemda, medan, baru)
        pemda.save()
        Pemda.objects.filter(pk=pemda.pk).update(versi=F("versi") + 1)
        pemda.refresh_from_db()
    return pemda

"""The questionnaire's fields as HTML, built directly: the blank form is the same for every respondent of a
setting, so it is built once per process; only the one-time token and the CSRF token differ per page. (Django's
widget rendering costs a template per radio button: 36 of them made the form ten times slower to serve.)"""

from __future__ import annotations

from functools import lru_cache
from html import escape

from sakip.core.ikm import PROFIL, UNSUR_PER_KODE, URUTAN_KUESIONER


def _pertanyaan(jawaban: dict[str, str], galat: dict[str, list[str]]) -> list[str]:
    bagian = []
    for no, kode in enumerate(URUTAN_KUESIONER, 1):
        u = UNSUR_PER_KODE[kode]
        nama = kode.lower()
        salah = galat.get(nama, [])
        kelas = "kartu galat-kartu" if salah else "kartu"
        tanda = ' aria-invalid="true"' if salah else ""
        bagian.append(
            f'<div class="{kelas}" id="p-{kode}"><fieldset{tanda}><legend><span class="no">{no}</span>'
            f"{escape(u.pertanyaan)}</legend>"
        )
        bagian += [f'<p class="galat">{escape(e)}</p>' for e in salah]
        bagian.append('<div class="opsi">')
        for nilai, label in enumerate(u.pilihan, 1):
            id_ = f"id_{nama}_{nilai}"
            cek = " checked" if jawaban.get(nama) == str(nilai) else ""
            bagian.append(
                f'<label class="pilihan" for="{id_}"><input type="radio" name="{nama}" value="{nilai}" id="{id_}"'
                f" required{cek}><span>{escape(label)}</span></label>"
            )
        bagian.append("</div></fieldset></div>")
    return bagian


def _profil(isian: dict[str, str], galat: dict[str, list[str]]) -> list[str]:
    bagian = [
        '<div class="kartu"><fieldset><legend>Tentang Anda <span class="kecil">(boleh dikosongkan)</span></legend>'
    ]
    for aspek, a in PROFIL.items():
        bagian.append(
            f'<label class="judul" for="id_{aspek}">{escape(a.judul)}</label><select name="{aspek}" id="id_{aspek}">'
        )
        bagian.append('<option value="">— tidak diisi —</option>')
        for kode, label in a.pilihan:
            pilih = " selected" if isian.get(aspek) == kode else ""
            bagian.append(f'<option value="{escape(kode)}"{pilih}>{escape(label)}</option>')
        bagian.append("</select>")
        bagian += [f'<p class="galat">{escape(e)}</p>' for e in galat.get(aspek, [])]
    bagian.append("</fieldset></div>")
    return bagian


def isian_html(
    *, tampil_profil: bool, data: dict[str, str] | None = None, galat: dict[str, list[str]] | None = None
) -> str:
    """The nine questions (and the optional profile), filled and marked when re-shown after an error."""
    if data is None and galat is None:
        return _kosong(tampil_profil)
    data, galat = data or {}, galat or {}
    bagian = _pertanyaan(data, galat)
    if tampil_profil:
        bagian += _profil(data, galat)
    return "".join(bagian)


@lru_cache(maxsize=2)
def _kosong(tampil_profil: bool) -> str:
    return isian_html(tampil_profil=tampil_profil, data={}, galat={})

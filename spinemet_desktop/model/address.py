"""Field addresses: the one way every part of the program names a field of a case.

The clinical code names the field behind a missing input or a derived value, the form
declarations name the field each input writes, the user interface jumps to a field from a
"missing" link, and the referral labels a row by the fields it shows — all with a
:class:`FieldAddress`, written as text in one of these shapes:

``history.karnofsky``, ``patient.sex``, ``imaging.visceral_metastases``
    a field of the case (``<section>.<name>``, names may be dotted: ``history.differentials.trauma``);
``imaging.lesion.<id>.escc`` / ``imaging.lesion.*.escc``
    a field of one lesion / of every lesion;
``neuro.ambulatory``, ``neuro.isncsci.vac``
    a field of the latest examination (and of its worksheet);
``labs.albumin``
    the result of an analyte;
``imaging``, ``neuro``, ``history.prior_spine_radiotherapy``
    a page or a list as a whole.

A *spec key* is the address with ``*`` for a lesion's id (``imaging.lesion.*.escc``): the form
declaration that defines the field's label, and the field a form binds (of the lesion shown). No Qt, no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

SECTIONS = ("patient", "encounter", "history", "neuro", "imaging", "labs")
ANY_LESION = "*"


@dataclass(frozen=True)
class FieldAddress:
    section: str
    #: The field within the section ("karnofsky", "escc", "isncsci.vac", "" for the section itself).
    name: str = ""
    #: The lesion a lesion field belongs to (``ANY_LESION``: every lesion); None for other fields.
    lesion: str | None = None

    def __post_init__(self) -> None:
        if self.section not in SECTIONS:
            raise ValueError(f"unknown section {self.section!r}")

    @classmethod
    def parse(cls, text: str) -> FieldAddress:
        section, _, rest = text.partition(".")
        if section == "imaging" and rest.startswith("lesion."):
            lesion, _, name = rest[len("lesion."):].partition(".")
            return cls(section, name, lesion or ANY_LESION)
        if section == "imaging" and rest == "lesions":  # the lesions as a whole
            return cls(section, "", ANY_LESION)
        return cls(section, rest)

    def __str__(self) -> str:
        if self.lesion is not None:
            return ".".join(p for p in ("imaging", "lesion", self.lesion, self.name) if p)
        return f"{self.section}.{self.name}" if self.name else self.section

    @property
    def spec_key(self) -> str:
        """The declaration's key: ``*`` for the lesion's id ("imaging.lesion.*.escc")."""
        if self.lesion is not None:
            return str(FieldAddress(self.section, self.name, ANY_LESION))
        return str(self)


def lesion_field(lesion_id: str, name: str) -> str:
    """The address of one lesion's field."""
    return str(FieldAddress("imaging", name, lesion_id))


def every_lesion(name: str = "") -> str:
    """The address of a field of every lesion (or of the lesions as a whole)."""
    return str(FieldAddress("imaging", name, ANY_LESION))


__all__ = ["ANY_LESION", "SECTIONS", "FieldAddress", "every_lesion", "lesion_field"]

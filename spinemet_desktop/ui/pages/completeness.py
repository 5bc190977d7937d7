"""What each wizard page still lacks, for the page list ("complete" / "incomplete" and its tooltip).

The page list shows every page's state from the moment a case is opened, but a page's widgets are
built only when the page is first needed (:class:`spinemet_desktop.ui.editor.PageList`). So the
state is worked out here from the case and its assessment alone, without a page. The texts keep
the translation context of the page they belong to.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.labs import MINIMUM_PANEL
from spinemet_desktop.model import Case
from spinemet_desktop.present import view
from spinemet_desktop.present.forms import forms
from spinemet_desktop.present.forms.missing import incomplete_courses, missing_items
from spinemet_desktop.present.triage import triage_view
from spinemet_desktop.ui.labels import choices, clinical, ui_renderer
from spinemet_desktop.ui.pages.base import form_text


def lab_name(analyte: str) -> str:
    return dict(choices("lab"))[analyte]


def _triage(case: Case, assessment: Assessment) -> list[str]:
    """Complete when the urgency and the transport are decided with nothing planned for the worse."""
    return [m.label for m in triage_view(assessment, ui_renderer()).open_facts]


def _history(case: Case, assessment: Assessment) -> list[str]:
    return ([form_text(item.label) for item in missing_items(forms().history, case)]
            + [clinical(text) for text in incomplete_courses(case)])


def _neurology(case: Case, assessment: Assessment) -> list[str]:
    exam = case.latest_exam()
    if exam is None:
        return [QCoreApplication.translate("NeurologyPage", "no examination")]
    out = []
    if assessment.isncsci is not None and assessment.isncsci.missing:
        out.append(QCoreApplication.translate("NeurologyPage", "%1 worksheet cells").replace(
            "%1", str(len(assessment.isncsci.missing))))
    starred = exam.isncsci.starred_without_reason()
    if starred:
        out.append(QCoreApplication.translate("NeurologyPage", "reasons for %1 starred values").replace(
            "%1", str(len(starred))))
    if exam.ambulatory is None:
        out.append(QCoreApplication.translate("NeurologyPage", "ambulatory status"))
    if exam.bladder_bowel is None:
        out.append(QCoreApplication.translate("NeurologyPage", "bladder/bowel function"))
    return out


def _imaging(case: Case, assessment: Assessment) -> list[str]:
    out = []
    if not case.imaging.lesions:
        out.append(QCoreApplication.translate("ImagingPage", "no lesion"))
    for la in assessment.lesions:
        if la.sins.missing or la.escc.missing:
            out.append(QCoreApplication.translate("ImagingPage", "lesion %1: SINS/ESCC incomplete").replace(
                "%1", clinical(la.label)))
    if case.imaging.visceral_metastases is None:
        out.append(QCoreApplication.translate("ImagingPage", "visceral metastases"))
    if case.imaging.extraspinal_bone_foci is None:
        out.append(QCoreApplication.translate("ImagingPage", "extraspinal bone foci"))
    return out


def _labs(case: Case, assessment: Assessment) -> list[str]:
    labs = assessment.labs
    missing = labs.missing_minimum if labs is not None else MINIMUM_PANEL
    names = dict(choices("lab"))  # once, not once per analyte (this runs after every edit)
    out = [names[analyte] for analyte in missing]
    for result in case.labs.results:
        if result.value is None and result.text is None:
            continue
        name = names[result.analyte]
        if result.measured_at is None:
            out.append(QCoreApplication.translate("LabsPage", "%1: time of sampling").replace("%1", name))
        if result.value is not None and result.reference_low is None and result.reference_high is None:
            out.append(QCoreApplication.translate("LabsPage", "%1: reference range").replace("%1", name))
    return out


def _summary(case: Case, assessment: Assessment) -> list[str]:
    return [m.label for m in view.missing_facts(assessment, ui_renderer())]


_MISSING: dict[str, Callable[[Case, Assessment], list[str]]] = {
    "triage": _triage, "history": _history, "neurology": _neurology, "imaging": _imaging, "labs": _labs,
    "summary": _summary,
}


def page_missing(key: str, case: Case, assessment: Assessment) -> list[str]:
    """What is still missing on the page with this key, in the language on screen (empty = complete)."""
    return _MISSING[key](case, assessment)

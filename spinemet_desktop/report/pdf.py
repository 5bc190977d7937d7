"""The PDF referral summary for the spine centre (reportlab platypus, A4, embedded DejaVu Sans).

Page 1 answers the receiving surgeon's questions (who, how urgent, what is asked, neurology and
its trend, tumour, worst lesion, performance status, key labs, recommendations). The following
pages hold the ISNCSCI worksheet, every lesion, every score with its items, the decision trace,
the lab table, the history, notes and the signature block. Every page has a header with the
patient's name, date of birth and record number, and a footer with "Page X of Y", the creation
time, the program and guideline versions and the decision-support notice.

Everything printed comes from the case and from ``clinical.assess`` — the same functions as the
app. Fixed texts are translated with the Qt Linguist catalogues (context "report"); answer
labels with the context "labels"; clinical texts (rule advice, score names) with the context
"clinical" where the catalogue has them. Every character printed is checked against the
embedded font (reportlab would drop a missing glyph silently): a missing one is printed as
"[U+XXXX]" and listed in :attr:`PdfReport.missing_glyphs`.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from functools import cache
from html import escape
from importlib.resources import as_file, files
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from spinemet_desktop import GUIDELINE_VERSION_SHORT, __version__
from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.isncsci import classify
from spinemet_desktop.clinical.labs import LabValue
from spinemet_desktop.clinical.pathway import fact_label
from spinemet_desktop.clinical.result import ScoreResult, Status
from spinemet_desktop.i18n import Catalogue
from spinemet_desktop.model import Case, NeuroExam
from spinemet_desktop.model.isncsci import GRID_COLUMNS
from spinemet_desktop.model.levels import DERMATOMES, KEY_MUSCLE_NAMES, KEY_MUSCLES
from spinemet_desktop.model.text import decimal, localise, utc_offset
from spinemet_desktop.present import pathway as words
from spinemet_desktop.report.vocabulary import (
    DEFICIT,
    ENUM_KIND,
    ITEM_VOCABULARY,
    OUTPUT_VALUES,
    QT_TRANSLATE_NOOP,
    SLOTS,
    TIMING_MARK,
    URGENCY_MARK,
    fact_label_template,
    label_template,
    translated_label,
)

FONT, FONT_BOLD, FONT_ITALIC = "SpineMetSans", "SpineMetSans-Bold", "SpineMetSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
URGENCY_COLOUR = {"emergency": "#8b0000", "urgent": "#b34700", "prompt": "#5a4a00", "routine": "#1f4d1f",
                  "undetermined": "#404040"}
KEY_LABS = ("haemoglobin", "platelets", "leukocytes", "inr", "calcium", "crp", "creatinine", "albumin")


@dataclass
class PdfReport:
    """A created referral: the PDF bytes and what identifies it."""

    data: bytes
    language: str
    created_at: datetime
    sha256: str
    pages: int
    missing_glyphs: list[str] = field(default_factory=list)


@cache
def _register_fonts() -> dict[str, set[int]]:
    """Register the embedded fonts once; returns the code points each font can print."""
    folder = files("spinemet_desktop.resources").joinpath("fonts")
    cmaps: dict[str, set[int]] = {}
    for name, filename in _FONT_FILES.items():
        with as_file(folder.joinpath(filename)) as path:
            font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        cmaps[name] = set(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    return cmaps


class _Writer:
    """Translation, formatting and glyph checking for one report."""

    def __init__(self, language: str) -> None:
        self.cat = Catalogue(language)
        self.language = language
        self.cmaps = _register_fonts()
        self.missing: set[str] = set()
        # Words used inside composed lines (extracted by lupdate here, not inside f-strings).
        self.born = self.translate("report", "born")
        self.record = self.translate("report", "record")
        self.not_recorded = self.translate("report", "not recorded")
        self.source_word = self.translate("report", "Source")
        self.fractions = self.translate("report", "fractions")
        self.created_word = self.translate("report", "Created")
        base = ParagraphStyle("base", fontName=FONT, fontSize=8.6, leading=10.8, alignment=TA_LEFT)
        self.s = {
            "base": base,
            "small": ParagraphStyle("small", parent=base, fontSize=7.4, leading=9),
            "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=14, leading=17,
                                    spaceAfter=2 * mm),
            "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=13,
                                 spaceBefore=3 * mm, spaceAfter=1.2 * mm),
            "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9, leading=11,
                                 spaceBefore=2 * mm, spaceAfter=0.8 * mm),
            "urgency": ParagraphStyle("urgency", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=15.5,
                                      textColor=colors.white),
            "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6),
            "cellb": ParagraphStyle("cellb", parent=base, fontName=FONT_BOLD, fontSize=8, leading=9.6),
        }

    # -- text --------------------------------------------------------------------------
    def translate(self, context: str, text: str) -> str:
        """A fixed text, translated (``pyside6-lupdate`` extracts these calls with their context)."""
        return self.cat.translate(context, text)

    def clinical(self, text: Any) -> str:
        """A clinical text (rule advice, score name, a derivation built from values) in the report's
        language; text the catalogue does not know (typed by a user) comes back unchanged."""
        return localise(text, self.cat.translate, self.decimal, self.enum_label, self.when)

    def item_value(self, score_id: str, item_id: str, value: Any) -> str:
        """A score item's answer by its label (SINS answers, tumour growth), else the value itself."""
        if isinstance(value, bool) or value is None:
            return self.yes_no(value)
        for kind in (ITEM_VOCABULARY.get((score_id, item_id)), "answer"):
            if kind is not None and label_template(kind, value) is not None:
                return self.label(kind, value)
        return self.clinical(value if isinstance(value, float) else str(value).replace("_", " "))

    def fact(self, name: str) -> str:
        """A pathway fact by its label (a decision used as a fact, "output:surgery", by its slot)."""
        if name.startswith("output:"):
            slot = name.split(":", 1)[1]
            return self.cat.translate("labels", SLOTS.get(slot, slot))
        return self.clinical(fact_label(name))

    def fact_value(self, name: str, value: Any) -> str:
        """A pathway fact's value as a reader knows it (yes/no, the deficit class, an output)."""
        if isinstance(value, bool) or value is None:
            return self.yes_no(value)
        template = fact_label_template(name, value)
        if template is not None:
            return self.cat.translate("labels", template)
        return self.decimal(value) if isinstance(value, float) else str(value)

    def decimal(self, value: float) -> str:
        """A number as it was computed (no rounding), with the language's decimal mark."""
        return decimal(value, comma=self.language == "de")

    def enum_label(self, value: Enum) -> str:
        return translated_label(ENUM_KIND.get(type(value)), value.value, self.labels)

    def label(self, kind: str, value: Any) -> str:
        if value is None:
            return self.translate("report", "not recorded")
        return translated_label(kind, value, self.labels)

    def labels(self, text: str) -> str:
        return self.cat.translate("labels", text)

    def yes_no(self, value: bool | None) -> str:
        if value is None:
            return self.translate("report", "not recorded")
        return self.translate("report", "yes") if value else self.translate("report", "no")

    def num(self, value: float | None, digits: int = 1) -> str:
        if value is None:
            return self.translate("report", "not recorded")
        text = str(value) if isinstance(value, int) else f"{value:.{digits}f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.language == "de" else text

    def when(self, value: date | None, with_time: bool = True) -> str:
        if value is None:
            return self.translate("report", "not recorded")
        if isinstance(value, datetime):
            # As recorded, with its UTC offset: the receiving centre may be in another time zone (S14).
            value = value if value.tzinfo else value.astimezone()
            if not with_time:
                return value.strftime("%d.%m.%Y" if self.language == "de" else "%d %b %Y")
            shown = value.strftime("%d.%m.%Y %H:%M" if self.language == "de" else "%d %b %Y %H:%M")
            return f"{shown} ({utc_offset(value)})"
        return value.strftime("%d.%m.%Y" if self.language == "de" else "%d %b %Y")

    def checked(self, text: str, font: str = FONT) -> str:
        """The text with every character the font lacks replaced by a visible [U+XXXX]."""
        cmap = self.cmaps[font]
        out = []
        for ch in text:
            if ord(ch) in cmap or ch in "\n\t":
                out.append(ch)
            else:
                self.missing.add(f"U+{ord(ch):04X}")
                out.append(f"[U+{ord(ch):04X}]")
        return "".join(out)

    def p(self, text: str, style: str = "base", markup: bool = False) -> Paragraph:
        """A paragraph; ``markup`` texts may hold <b>/<i> tags (their content is escaped by the caller)."""
        font = FONT_BOLD if style in ("title", "h2", "h3", "urgency", "cellb") else FONT
        body = self.checked(text, font)
        if not markup:
            body = escape(body)
        return Paragraph(body.replace("\n", "<br/>"), self.s[style])

    def table(self, rows: list[list[Any]], widths: list[float], header: bool = True,
              extra: list[tuple[Any, ...]] | None = None) -> Table:
        cells = [[self.p(c, "cellb" if header and i == 0 else "cell") if isinstance(c, str) else c for c in row]
                 for i, row in enumerate(rows)]
        table = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9a9a9a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
        table.setStyle(TableStyle(style + (extra or [])))
        return table

    def pairs(self, rows: list[tuple[str, str]], width: float) -> Table:
        """A two-column table of label and value."""
        return self.table([[a, b] for a, b in rows], [0.32 * width, 0.68 * width], header=False,
                          extra=[("FONTNAME", (0, 0), (0, -1), FONT_BOLD)])


# -- content ------------------------------------------------------------------------------
def _name(case: Case) -> str:
    p = case.patient
    return ", ".join(x for x in (p.surname, p.given_name) if x) or "—"


def _score_value(w: _Writer, r: ScoreResult) -> str:
    if r.display is not None:
        band = f" — {w.clinical(r.band_label)}" if r.band_label and r.band_label != r.display else ""
        return w.clinical(r.display) + band
    if not r.applicable:
        return w.translate("report", "not applicable")
    labels = {item.id: item.label for item in r.items}
    missing = ", ".join(w.clinical(labels.get(m, m)) for m in r.missing)
    return w.translate("report", "incomplete — missing: %1").replace("%1", missing)


def _status(w: _Writer, r: ScoreResult) -> str:
    return {
        Status.VERIFIED: w.translate("report", "verified"),
        Status.VERIFIED_SECONDARY: w.translate("report", "verified (secondary sources)"),
        Status.PROVISIONAL: w.translate("report", "PROVISIONAL — table not yet verified against the primary paper"),
        Status.NOT_COMPUTED: w.translate("report", "not available — table not verified"),
    }[r.status]


def _urgency_box(w: _Writer, a: Assessment, width: float) -> Table:
    u = a.pathway.urgency
    text = f"{URGENCY_MARK.get(u.level, '')} {w.clinical(u.headline)}"
    box = Table([[w.p(text, "urgency")]], colWidths=[width])
    box.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(URGENCY_COLOUR.get(u.level, "#404040"))),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return box


def _output(w: _Writer, value: Any) -> str:
    return w.cat.translate("labels", OUTPUT_VALUES.get(value, str(value)))


def _request(w: _Writer, case: Case, a: Assessment) -> list[tuple[str, str]]:
    rows = []
    if case.encounter.question:
        rows.append((w.translate("report", "Question to the spine centre"), case.encounter.question))
    for slot in ("spine_centre", "surgery", "radiotherapy", "imaging", "immobilise", "biopsy", "embolisation"):
        decision = a.pathway.decisions.get(slot)
        if decision is None:
            continue
        if decision.value is None:
            value = w.translate("report", "undetermined — possible: %1; missing: %2").replace(
                "%1", ", ".join(_output(w, v) for v in decision.possible)).replace(
                "%2", ", ".join(w.fact(m) for m in decision.missing))
        else:
            value = _output(w, decision.value)
            rules = words.decided_by(decision)
            value += f" [{rules}]" if rules else ""
        if words.lesions_differ(decision):
            value += " — " + "; ".join(f"{x.lesion}: {_output(w, x.value) if x.value is not None else w.translate('report', 'undetermined')}"
                                      for x in decision.per_lesion)
        assumed = words.assumption(decision)
        if assumed is not None:
            value += " " + w.clinical(assumed)
        rows.append((w.cat.translate("labels", SLOTS[slot]), value))
    return rows


def _neurology_now(w: _Writer, case: Case, a: Assessment) -> list[tuple[str, str]]:
    exam = case.latest_exam()
    d = a.deficit_class
    deficit = w.cat.translate("labels", DEFICIT[d.value]) if d.value else w.translate("report", "not determined")
    rows = [(w.translate("report", "Deficit"), deficit + (f" ({w.clinical(d.derivation)})" if d.derivation else ""))]
    c = a.isncsci
    if c is not None and c.result is not None:
        r = c.result
        rows.append((w.translate("report", "ISNCSCI"), w.translate("report", "AIS %1, NLI %2, UEMS %3, LEMS %4").replace("%1", r.asia_impairment_scale)
                     .replace("%2", r.neurological_level_of_injury).replace("%3", r.upper_motor_total)
                     .replace("%4", r.lower_motor_total)))
    elif c is not None:
        rows.append((w.translate("report", "ISNCSCI"), w.translate("report", "worksheet incomplete (%1 cells/fields missing)").replace(
            "%1", str(len(c.missing)))))
    else:
        rows.append((w.translate("report", "ISNCSCI"), w.translate("report", "no examination recorded")))
    comparison = a.comparison
    if comparison is not None:
        trend = (w.translate("report", "DETERIORATION: %1").replace("%1", "; ".join(w.clinical(x) for x in comparison.reasons)) if comparison.deteriorated
                 else w.translate("report", "no deterioration since the previous exam"))
        if comparison.motor_change is not None:
            trend += " — " + w.translate("report", "motor score %1 → %2").replace("%1", str(comparison.motor_total_before)).replace(
                "%2", str(comparison.motor_total_after))
        rows.append((w.translate("report", "Trend"), trend))
    if exam is not None:
        rows += [
            (w.translate("report", "Examined at"), w.when(exam.examined_at) + (f" — {exam.examiner}" if exam.examiner else "")),
            (w.translate("report", "Deficit began at"), w.when(exam.deficit_onset_at) + " — " + (
                w.translate("report", "rapidly progressive") if exam.rapidly_progressive
                else w.translate("report", "not rapidly progressive") if exam.rapidly_progressive is False
                else w.translate("report", "progression not recorded"))),
            (w.translate("report", "Ambulatory status"), w.label("ambulatory", exam.ambulatory.value if exam.ambulatory else None)),
            (w.translate("report", "Bladder and bowel function"),
             w.label("bladder_bowel", exam.bladder_bowel.value if exam.bladder_bowel else None)),
        ]
    h = case.history
    steroids = w.yes_no(h.steroids_given)
    if h.steroids_given:
        steroids += f" — {w.num(h.steroid_dose_mg)} mg" if h.steroid_dose_mg is not None else ""
        steroids += f", {w.when(h.steroids_given_at)}" if h.steroids_given_at else ""
    rows.append((w.translate("report", "Steroids given"), steroids))
    return rows


def _tumour(w: _Writer, case: Case) -> list[tuple[str, str]]:
    h = case.history
    return [
        (w.translate("report", "Primary tumour"), w.label("primary", h.primary_tumour.value if h.primary_tumour else None)
         + (f" — {h.histology}" if h.histology else "")),
        (w.translate("report", "First diagnosed"), w.when(h.primary_diagnosis_date, with_time=False)),
        (w.translate("report", "Systemic therapy"), (h.systemic_therapy_current or w.translate("report", "not recorded"))
         + (" — " + w.translate("report", "since %1").replace("%1", w.when(h.systemic_therapy_started_on, False))
            if h.systemic_therapy_started_on else "")),
        (w.translate("report", "Visceral / brain metastases"),
         (f"{w.label('organ', case.imaging.visceral_metastases.value if case.imaging.visceral_metastases else None)} / "
         f"{w.label('organ', case.imaging.brain_metastases.value if case.imaging.brain_metastases else None)}")),
    ]


def _worst_lesion(w: _Writer, a: Assessment) -> list[tuple[str, str]]:
    """The lesion for instability and the one for compression, named apart when they differ (S4)."""
    roles = words.lesion_roles(a)
    if not roles:
        return [(w.translate("report", "Lesion"), w.translate("report", "no lesion recorded"))]
    rows = [(w.clinical(role.title), f"{role.lesion} — {w.clinical(role.reason)}") for role in roles]
    if len(a.lesions) > 1:
        others = [f"{la.label}: SINS {la.sins.display or '–'}, ESCC {la.escc.display or '–'}" for la in a.lesions]
        rows.append((w.translate("report", "All lesions"), "; ".join(others)))
    return rows


def _reirradiation(w: _Writer, a: Assessment, width: float) -> list[Any]:
    """The re-irradiation figures of every lesion in a previous field (S5)."""
    rows = words.reirradiation_rows(a)
    if not rows:
        return []

    def gy(value: float | None, unit: str) -> str:
        return w.translate("report", "not known") if value is None else f"{w.decimal(value)} {unit}"

    table: list[list[Any]] = [[w.clinical(h) for h in words.REIRRADIATION_HEADERS]]
    for r in rows:
        table.append([f"{r.lesion} / {r.level}", w.clinical(r.courses), gy(r.largest_course_bed_gy2, "Gy₂"),
                      f"{gy(r.cumulative_bed_gy2, 'Gy₂')} / {gy(r.cumulative_eqd2_gy, 'Gy')}",
                      w.translate("report", "not known") if r.interval_months is None else w.decimal(r.interval_months),
                      f"{w.decimal(r.limit_gy2)} Gy₂", gy(r.margin_bed_gy2, "Gy₂"), gy(r.margin_sbrt_eqd2_gy, "Gy")])
    fractions = (0.11, 0.21, 0.1, 0.14, 0.09, 0.1, 0.1, 0.15)
    return [w.p(w.clinical(words.REIRRADIATION_TITLE), "h2"),
            w.table(table, [f * width for f in fractions]),
            w.p(w.clinical(words.REIRRADIATION_NOTE), "small")]


def _performance(w: _Writer, case: Case, a: Assessment) -> list[tuple[str, str]]:
    h = case.history
    prognosis = a.prognosis
    return [
        (w.translate("report", "Karnofsky / ECOG / ASA"), " / ".join((
            f"{h.karnofsky} %" if h.karnofsky is not None else w.translate("report", "not recorded"),
            f"ECOG {h.ecog}" if h.ecog is not None else w.translate("report", "not recorded"),
            f"ASA {h.asa_class.value}" if h.asa_class else w.translate("report", "not recorded")))),
        (w.translate("report", "Operable (anaesthesia) / wishes surgery"),
         f"{w.yes_no(h.operable_per_anaesthesia)} / {w.yes_no(h.consents_to_surgery)}"),
        (w.translate("report", "Prognosis band"), w.label("prognosis", prognosis.value)
         + (f" ({w.clinical(prognosis.derivation)})" if prognosis.derivation else "")),
    ]


def _key_labs(w: _Writer, a: Assessment) -> list[tuple[str, str]]:
    labs = a.labs
    if labs is None or not labs.values:
        return [(w.translate("report", "Labs"), w.translate("report", "none recorded"))]
    parts = []
    for analyte in KEY_LABS:
        v = labs.values.get(analyte)
        if v is not None:
            flag = {"high": " ↑", "low": " ↓"}.get(v.flag or "", "")
            if v.reference_low is None and v.reference_high is None:
                flag = " (" + w.translate("report", "no reference range") + ")"
            parts.append(f"{w.label('lab', analyte)} {w.num(v.value, 2)}{' ' + v.unit if v.unit else ''}{flag}")
    if labs.corrected_calcium is not None:
        parts.append(w.translate("report", "corrected calcium %1 mmol/L").replace("%1", w.num(labs.corrected_calcium, 2)))
    rows = [(w.translate("report", "Key labs"), "; ".join(parts) or w.translate("report", "none recorded"))]
    for flag in labs.flags:
        # A mild hypercalcaemia is no page-1 warning (S12); it stays with the laboratory values.
        if flag.severity in ("urgent", "warning"):
            rows.append((w.translate("report", "Lab flag"), f"{w.clinical(flag.text)} — {w.clinical(flag.reason)}"))
    if labs.missing_minimum:
        rows.append((w.translate("report", "Minimum panel missing"), ", ".join(w.label("lab", m) for m in labs.missing_minimum)))
    return rows


def _recommendations(w: _Writer, a: Assessment, timings: tuple[str, ...]) -> list[Any]:
    """Advice of the fired rules; the same advice from two rules once, with both ids (S10)."""
    out: list[Any] = []
    for line in a.pathway.advice():
        if line.timing not in timings:
            continue
        mark = TIMING_MARK[line.timing]
        where = f" [{', '.join(line.lesions)}]" if line.lesions else ""
        origin = ", " + w.translate("report", "inferred, not stated in the guideline") if line.inferred else ""
        out.append(w.p(f"{mark} {escape(w.checked(w.clinical(line.text)))}{escape(where)} "
                       f"<font size='7'>({escape(', '.join(line.rule_ids))}: {escape(', '.join(line.refs))}"
                       f"{escape(origin)})</font>", markup=True))
    return out


def _worksheet(w: _Writer, exam: NeuroExam, width: float) -> list[Any]:
    values = exam.isncsci
    head = [w.translate("report", "Level"), w.translate("report", "R motor"), w.translate("report", "R LT"), w.translate("report", "R PP"), w.translate("report", "L LT"), w.translate("report", "L PP"), w.translate("report", "L motor")]
    rows: list[list[Any]] = [head]
    greyed = []
    for i, level in enumerate(DERMATOMES, start=1):
        name = level.replace("S4_5", "S4-5")
        label = f"{name} {w.clinical(KEY_MUSCLE_NAMES[level])}" if level in KEY_MUSCLES else name
        row = [label]
        for j, column in enumerate(GRID_COLUMNS, start=1):
            if column.endswith("motor") and level not in KEY_MUSCLES:
                row.append("")
                greyed.append(("BACKGROUND", (j, i), (j, i), colors.HexColor("#d9d9d9")))
            else:
                row.append(getattr(values, column).get(level) or "·")
        rows.append(row)
    widths = [0.31 * width] + [0.115 * width] * 6
    table = w.table(rows, widths, extra=greyed + [("ALIGN", (1, 0), (-1, -1), "CENTER")])
    out: list[Any] = [table, Spacer(1, 1.5 * mm)]
    extra = [
        (w.translate("report", "VAC / DAP"), f"{values.vac or '·'} / {values.dap or '·'}"),
        (w.translate("report", "Lowest non-key muscle with motor function (R / L)"),
         f"{values.right_lowest_non_key_muscle or '—'} / {values.left_lowest_non_key_muscle or '—'}"),
    ]
    starred = [f"{k.replace('_', ' ')}: {v}" for k, v in values.non_sci_reasons.items()]
    if starred:
        extra.append((w.translate("report", "Reasons for starred values"), "; ".join(starred)))
    unexplained = values.starred_without_reason()
    if unexplained:
        extra.append((w.translate("report", "Starred values without a reason"), ", ".join(unexplained)))
    if values.comments:
        extra.append((w.translate("report", "Comments"), values.comments))
    out.append(w.pairs(extra, width))
    return out


def _classification_rows(w: _Writer, exam: NeuroExam) -> list[tuple[str, str]]:
    c = classify(exam.isncsci)
    if c.result is None:
        rows = [(w.translate("report", "Classification"), w.translate("report", "not possible: %1 cells/fields missing").replace("%1", str(len(c.missing))))]
        if c.partial_totals:
            rows.append((w.translate("report", "Partial totals"), ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in c.partial_totals.items())))
        return rows
    r = c.result
    return [
        (w.translate("report", "AIS / complete"), f"{r.asia_impairment_scale} / {r.injury_complete}"),
        (w.translate("report", "Neurological level of injury"), r.neurological_level_of_injury),
        (w.translate("report", "Sensory level R / L"), f"{r.right_sensory} / {r.left_sensory}"),
        (w.translate("report", "Motor level R / L"), f"{r.right_motor} / {r.left_motor}"),
        (w.translate("report", "Motor totals R / L; UEMS; LEMS"),
         f"{r.right_motor_total} / {r.left_motor_total}; {r.upper_motor_total}; {r.lower_motor_total}"),
        (w.translate("report", "Light touch / pin prick totals"), f"{r.touch_total} / {r.prick_total}"),
        (w.translate("report", "Sensory ZPP R / L"), f"{r.right_sensory_zpp} / {r.left_sensory_zpp}"),
        (w.translate("report", "Motor ZPP R / L"), f"{r.right_motor_zpp} / {r.left_motor_zpp}"),
    ]


def _lesions(w: _Writer, a: Assessment, width: float) -> list[Any]:
    if not a.lesions:
        return [w.p(w.translate("report", "No lesion recorded."))]
    out: list[Any] = []
    for la in a.lesions:
        les = la.lesion
        roles = [w.clinical(role.title) for role in words.lesion_roles(a) if role.lesion == la.label]
        mark = " — " + ", ".join(roles) if roles and len(a.lesions) > 1 else ""
        rows = [
            (w.translate("report", "Modality, date"), (f"{w.label('modality', les.modality.value if les.modality else None)}, "
                                    f"{w.when(les.imaging_date, with_time=False)}")),
            (w.translate("report", "SINS"), _score_value(w, la.sins)),
            (w.translate("report", "ESCC (Bilsky)"), _score_value(w, la.escc)),
            (w.translate("report", "Tomita SCST (provisional)"), _score_value(w, la.scst)),
            (w.translate("report", "Pathological fracture / unstable"),
             f"{w.yes_no(les.pathological_fracture)} / {w.yes_no(les.unstable_fracture)}"),
            (w.translate("report", "Fragments in the canal / hypervascular"),
             f"{w.yes_no(les.fragments_in_canal)} / {w.yes_no(les.hypervascular)}"),
            (w.translate("report", "Largest diameter"), f"{w.num(les.largest_diameter_mm)} mm" if les.largest_diameter_mm else
             w.translate("report", "not recorded")),
            (w.translate("report", "New or increased uptake"), w.yes_no(les.new_or_increased_uptake)),
        ]
        if les.notes:
            rows.append((w.translate("report", "Notes"), les.notes))
        out.append(KeepTogether([w.p(f"{w.clinical(la.label)}{mark}", "h3"), w.pairs(rows, width)]))
    return out


def _score_block(w: _Writer, r: ScoreResult, width: float) -> Any:
    title = w.clinical(r.name) + (f" — {w.clinical(r.subject)}" if r.subject else "")
    provisional = r.status is Status.PROVISIONAL
    head = [w.p(f"{'⚠ ' if provisional else ''}{title}: {_score_value(w, r)}", "h3")]
    if r.meaning:
        head.append(w.p(w.clinical(r.meaning), "small"))
    rows: list[list[Any]] = [[w.translate("report", "Item"), w.translate("report", "Value"), w.translate("report", "Points"), w.translate("report", "Source")]]
    for item in r.items:
        value = w.item_value(r.score_id, item.id, item.value)
        source = w.label("source", item.source.value) + (f": {w.clinical(item.derivation)}" if item.derivation else "")
        rows.append([w.clinical(item.label), value, "–" if item.points is None else str(item.points), source])
    parts = head
    if r.items:
        parts.append(w.table(rows, [0.34 * width, 0.17 * width, 0.08 * width, 0.41 * width]))
    notes = "; ".join(w.clinical(n) for n in r.notes)
    parts.append(w.p(f"{_status(w, r)}. {w.source_word}: {r.citation}" + (f". {notes}" if notes else ""), "small"))
    return KeepTogether(parts)


def _trace(w: _Writer, a: Assessment, width: float) -> list[Any]:
    p = a.pathway
    rows: list[list[Any]] = [[w.translate("report", "Decision"), w.translate("report", "Result"), w.translate("report", "Rule / reason")]]
    for slot, d in p.decisions.items():
        value = (w.cat.translate("labels", OUTPUT_VALUES.get(d.value, str(d.value))) if d.value is not None
                 else w.translate("report", "undetermined"))
        if d.value is None:
            why = w.translate("report", "possible: %1; missing: %2").replace("%1", ", ".join(str(v) for v in d.possible)).replace(
                "%2", ", ".join(w.fact(m) for m in d.missing))
        else:
            why = (f"{d.rule_id}: " if d.rule_id else "") + w.clinical(d.text)
        rows.append([w.cat.translate("labels", SLOTS.get(slot, slot)), value, why])
    out: list[Any] = [w.table(rows, [0.2 * width, 0.22 * width, 0.58 * width])]
    out.append(w.p(w.translate("report", "Rules that fired, with the facts they used:"), "h3"))
    for f in p.fired:
        facts = "; ".join(f"{w.fact(k)} = {w.fact_value(k, v)}" for k, v in f.facts.items())
        out.append(w.p(f"{f.rule.id} ({', '.join(f.rule.refs)}): {w.clinical(f.rule.title)}"
                       + (f" — {facts}" if facts else ""), "small"))
    if p.missing_facts:
        out.append(w.p(w.translate("report", "Missing facts that would change the result: %1").replace(
            "%1", ", ".join(w.fact(m) for m in p.missing_facts)), "small"))
    return out


def _lab_table(w: _Writer, case: Case, a: Assessment, width: float) -> list[Any]:
    if not case.labs.results:
        return [w.p(w.translate("report", "No lab values recorded."))]
    rows: list[list[Any]] = [[w.translate("report", "Analyte"), w.translate("report", "Value"), w.translate("report", "Reference"), w.translate("report", "Flag"), w.translate("report", "Measured")]]
    for res in case.labs.results:
        low, high = res.reference_low, res.reference_high
        ref = (f"{w.num(low, 2)}–{w.num(high, 2)}" if low is not None and high is not None
               else f"≥ {w.num(low, 2)}" if low is not None
               else f"≤ {w.num(high, 2)}" if high is not None else "")
        flagged = a.labs.values.get(res.analyte) if a.labs else None
        flag = _flag_text(w, flagged) if flagged else ""
        value = res.text or (f"{w.num(res.value, 2)} {res.unit or ''}" if res.value is not None else
                             w.translate("report", "not recorded"))
        rows.append([w.label("lab", res.analyte),
                     value, ref, flag, w.when(res.measured_at)])
    return [w.table(rows, [0.25 * width, 0.2 * width, 0.16 * width, 0.16 * width, 0.23 * width])]


#: The differential diagnoses of guideline 6.1.1 as the referral names them.
DIFFERENTIAL_LABELS = {
    "metabolic": QT_TRANSLATE_NOOP("report", "osteoporosis or other metabolic bone disease"),
    "infection": QT_TRANSLATE_NOOP("report", "spinal infection"),
    "haematological": QT_TRANSLATE_NOOP("report", "myeloma or lymphoma"),
    "primary_bone_tumour": QT_TRANSLATE_NOOP("report", "primary bone tumour"),
    "benign_lesion": QT_TRANSLATE_NOOP("report", "benign bone lesion"),
    "degenerative": QT_TRANSLATE_NOOP("report", "destructive degeneration"),
    "trauma": QT_TRANSLATE_NOOP("report", "traumatic fracture"),
    "inflammatory": QT_TRANSLATE_NOOP("report", "inflammatory disease"),
    "vascular": QT_TRANSLATE_NOOP("report", "vascular lesion"),
    "brown_tumour": QT_TRANSLATE_NOOP("report", "brown tumour"),
}


def _flag_text(w: _Writer, value: LabValue) -> str:
    """High/low against the stored reference range; without one the value is not judged."""
    if value.reference_low is None and value.reference_high is None:
        return w.translate("report", "no reference range")
    return {"high": w.translate("report", "high"), "low": w.translate("report", "low")}.get(value.flag or "", "")


def _history(w: _Writer, case: Case, a: Assessment) -> list[tuple[str, str]]:
    h = case.history
    d = h.differentials

    def with_details(answer: bool | None, details: str | None) -> str:
        return w.yes_no(answer) + (f" — {details}" if answer and details else "")

    rows = [
        (w.translate("report", "Pain (NRS 0–10)"), w.num(h.pain_nrs) if h.pain_nrs is not None else w.translate("report", "not recorded")),
        (w.translate("report", "Pain character / location"),
         f"{w.label('pain_character', h.pain_character.value if h.pain_character else None)}"
         + (f" — {h.pain_location}" if h.pain_location else "")),
        (w.translate("report", "Type / course / quality of pain"),
         f"{w.label('pain_type', h.pain_type.value if h.pain_type else None)} / "
         f"{w.label('pain_course', h.pain_course.value if h.pain_course else None)}"
         + (f" / {h.pain_quality}" if h.pain_quality else "")
         + (" — " + w.translate("report", "since %1").replace("%1", w.when(h.pain_onset, False)) if h.pain_onset else "")),
        (w.translate("report", "Night pain / pain at rest / sudden severe pain"),
         f"{w.yes_no(h.night_pain)} / {w.yes_no(h.rest_pain)} / {w.yes_no(h.sudden_severe_pain)}"),
        (w.translate("report", "Complaints: weakness / sensory / radicular pain / bladder or bowel"),
         " / ".join(w.yes_no(x) for x in (h.complaint_weakness, h.complaint_sensory, h.complaint_radicular_pain,
                                          h.complaint_bladder_bowel))),
        (w.translate("report", "Trauma / local / systemic signs of inflammation / infection"),
         f"{w.yes_no(h.trauma)} / {w.yes_no(h.inflammation_signs)} / {w.yes_no(h.systemic_inflammation_signs)} / "
         f"{w.yes_no(h.infection)}"),
        (w.translate("report", "Bone-metabolism disease"), with_details(h.bone_metabolism_disease, h.bone_metabolism_details)
         + (" — " + w.translate("report", "hyperparathyroidism or end-stage renal disease")
            if h.hyperparathyroidism_or_esrd else "")),
        (w.translate("report", "Previous spinal intervention"),
         with_details(h.previous_spinal_intervention, h.previous_spinal_intervention_details)),
        (w.translate("report", "Anticoagulants / weight loss"),
         f"{with_details(h.anticoagulants, h.anticoagulant_details)} / {w.yes_no(h.weight_loss)}"),
    ]
    if h.known_metastases:
        rows.append((w.translate("report", "Known metastases"), h.known_metastases))
    if h.systemic_therapy_previous:
        rows.append((w.translate("report", "Previous systemic therapy"), h.systemic_therapy_previous))
    if h.medication_plan:
        rows.append((w.translate("report", "Current medication plan"), h.medication_plan))
    answers = d.model_dump()
    considered = [w.translate("report", DIFFERENTIAL_LABELS[name]) for name, value in answers.items() if value]
    unanswered = sum(value is None for value in answers.values())
    text = "; ".join(considered) or w.translate("report", "none")
    if unanswered:
        text += " — " + w.translate("report", "%1 not assessed").replace("%1", str(unanswered))
    rows.append((w.translate("report", "Differential diagnoses still to exclude"), text))
    flags = a.red_flags
    if flags is not None:
        present = [w.clinical(f.label) for f in flags.flags if f.present]
        unknown = [w.clinical(f.label) for f in flags.flags if f.present is None]
        text = "; ".join(present) if present else w.translate("report", "none") if not unknown else ""
        if unknown:
            text += (" — " if text else "") + w.translate("report", "not assessed: %1").replace("%1", "; ".join(unknown))
        rows.append((w.translate("report", "Red flags (6.1.2)"), text))
    for rt in h.prior_spine_radiotherapy:
        levels = "–".join(x for x in (rt.level_from, rt.level_to) if x) or w.translate("report", "level not recorded")
        dose = f"{w.num(rt.total_dose_gy)} Gy" if rt.total_dose_gy else w.translate("report", "dose not recorded")
        rows.append((w.translate("report", "Previous spinal radiotherapy"),
                     (f"{levels}: {dose}, {rt.fractions or '?'} {w.fractions}, "
                     f"{w.when(rt.completed_on, with_time=False)}")))
    return rows


# -- page decoration ------------------------------------------------------------------------
class _NumberedCanvas(pdfcanvas.Canvas):
    """Defers each page so that the footer can say "Page X of Y"."""

    def __init__(self, *args: Any, decorate: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._decorate = decorate

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        super().save()


def build_referral_pdf(case: Case, assessment: Assessment, *, language: str = "en",
                       created_at: datetime | None = None) -> PdfReport:
    """The referral summary as PDF bytes, in German or English."""
    w = _Writer(language)
    created = (created_at or datetime.now().astimezone()).replace(microsecond=0)
    buffer = io.BytesIO()
    left, right, top, bottom = 15 * mm, 15 * mm, 18 * mm, 17 * mm
    width = A4[0] - left - right
    p = case.patient
    header_text = w.checked(
        f"{_name(case)} · {w.born} {w.when(p.date_of_birth, with_time=False) if p.date_of_birth else '—'}"
        f" · {w.record} {p.record_number or '—'}", FONT_BOLD)
    title = w.translate("report", "Referral summary — spinal metastases")
    footer_left = w.checked(
        f"{w.created_word} {w.when(created)} · spinemet-desktop {__version__} · {GUIDELINE_VERSION_SHORT}")
    notice = w.checked(w.translate("report", "Decision support — verify clinically. The treating physician decides."))
    page_label = w.translate("report", "Page %1 of %2")

    def decorate(canvas: pdfcanvas.Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawString(left, A4[1] - 11 * mm, header_text)
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(A4[0] - right, A4[1] - 11 * mm, w.checked(title))
        canvas.setLineWidth(0.4)
        canvas.line(left, A4[1] - 12.8 * mm, A4[0] - right, A4[1] - 12.8 * mm)
        canvas.line(left, 12.5 * mm, A4[0] - right, 12.5 * mm)
        canvas.setFont(FONT, 7)
        canvas.drawString(left, 9 * mm, footer_left)
        canvas.drawString(left, 5.5 * mm, notice)
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawRightString(A4[0] - right, 9 * mm,
                               page_label.replace("%1", str(number)).replace("%2", str(total)))
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=f"{title}: {_name(case)}", author=(case.signature.name if case.signature and case.signature.name
                                                 else case.encounter.referring_physician or "spinemet-desktop"),
        subject=w.translate("report", "Referral to a spine centre"), creator=f"spinemet-desktop {__version__}",
        keywords=[GUIDELINE_VERSION_SHORT, "ISNCSCI", "SINS", "ESCC"], lang="de-DE" if language == "de" else "en-GB",
    )
    doc.addPageTemplates([PageTemplate("page", [Frame(left, bottom, width, A4[1] - top - bottom, id="body",
                                                      leftPadding=0, rightPadding=0, topPadding=0,
                                                      bottomPadding=0)])])
    a = assessment
    enc = case.encounter
    story: list[Any] = [
        w.p(title, "title"),
        _urgency_box(w, a, width),
        Spacer(1, 2 * mm),
        w.pairs(_request(w, case, a), width),
        w.p(w.translate("report", "Patient and referrer"), "h2"),
        w.pairs([
            (w.translate("report", "Patient"), (f"{_name(case)}, {w.born} "
                             f"{w.when(p.date_of_birth, with_time=False) if p.date_of_birth else w.not_recorded}, "
                             f"{w.record} {p.record_number or w.not_recorded}")),
            (w.translate("report", "Referrer"), ", ".join(x for x in (enc.referring_ward, enc.referring_physician) if x)
             or w.translate("report", "not recorded")),
            (w.translate("report", "Phone"), enc.phone or w.translate("report", "not recorded")),
            (w.translate("report", "Assessed at"), w.when(enc.assessed_at or a.as_of)),
        ], width),
        w.p(w.translate("report", "Neurology now"), "h2"),
        w.pairs(_neurology_now(w, case, a), width),
        w.p(w.translate("report", "Tumour, lesion and general condition"), "h2"),
        w.pairs(_tumour(w, case) + _worst_lesion(w, a) + _performance(w, case, a) + _key_labs(w, a), width),
        *_reirradiation(w, a, width),
        w.p(w.translate("report", "Recommendations now and within 24 h (guideline numbers in brackets)"), "h2"),
        *_recommendations(w, a, ("now", "24h", "warning")),
        w.p(w.translate("report", "Further plan"), "h2"),
        *_recommendations(w, a, ("plan",)),
        CondPageBreak(140 * mm),
    ]
    exam = case.latest_exam()
    story.append(w.p(w.translate("report", "Neurological examination (ISNCSCI worksheet)"), "h2"))
    if exam is None:
        story.append(w.p(w.translate("report", "No examination recorded.")))
    else:
        story.append(w.p(w.translate("report", "Examination of %1").replace("%1", w.when(exam.examined_at)), "h3"))
        story += _worksheet(w, exam, width)
        story.append(Spacer(1, 1.5 * mm))
        story.append(w.pairs(_classification_rows(w, exam), width))
        previous = case.previous_exam()
        if previous is not None and a.comparison is not None:
            story.append(w.p(w.translate("report", "Compared with the previous exam (%1)").replace("%1", w.when(previous.examined_at)),
                             "h3"))
            c = a.comparison
            rows = [(w.translate("report", "Motor score"), f"{c.motor_total_before} → {c.motor_total_after}"
                     + (f" ({c.motor_change:+d})" if c.motor_change is not None else "")),
                    (w.translate("report", "Deterioration"), "; ".join(w.clinical(x) for x in c.reasons) if c.deteriorated else w.translate("report", "no"))]
            story.append(w.pairs(rows, width))
    story.append(CondPageBreak(60 * mm))
    story.append(w.p(w.translate("report", "Imaging findings"), "h2"))
    im = case.imaging
    story.append(w.pairs([
        (w.translate("report", "Vertebrae with metastases / extraspinal bone foci"),
         (f"{w.num(im.vertebral_metastases_count) if im.vertebral_metastases_count is not None else w.not_recorded}"
         f" / {w.num(im.extraspinal_bone_foci) if im.extraspinal_bone_foci is not None else w.not_recorded}")),
        (w.translate("report", "Staging complete"), w.yes_no(im.staging_complete)),
    ], width))
    story += _lesions(w, a, width)
    story.append(w.p(w.translate("report", "Scores"), "h2"))
    for r in a.all_scores():
        story.append(_score_block(w, r, width))
    story.append(w.p(w.translate("report", "Not available — table not verified"), "h3"))
    for r in a.reference_scores:
        story.append(w.p(f"{w.clinical(r.name)}: {w.clinical(r.meaning or '')} ({r.citation})", "small"))
    story.append(w.p(w.translate("report", "Decision trace of the guideline pathway"), "h2"))
    story += _trace(w, a, width)
    if a.warnings:
        story.append(w.p(w.translate("report", "Warnings"), "h3"))
        story += [w.p(f"⚠ {w.clinical(text)}", "small") for text in a.warnings]
    story += _recommendations(w, a, ("info",))
    story.append(w.p(w.translate("report", "Laboratory values"), "h2"))
    story += _lab_table(w, case, a, width)
    story.append(w.p(w.translate("report", "History"), "h2"))
    story.append(w.pairs(_history(w, case, a), width))
    if case.notes:
        story.append(w.p(w.translate("report", "Notes"), "h2"))
        story.append(w.p(case.notes))
    sig = case.signature
    story.append(KeepTogether([
        w.p(w.translate("report", "Signature"), "h2"),
        w.pairs([(w.translate("report", "Name"), (sig.name if sig and sig.name else "")),
                 (w.translate("report", "Function"), (sig.function if sig and sig.function else "")),
                 (w.translate("report", "Date and time"), ""), (w.translate("report", "Signature"), "\n\n")], width),
    ]))
    doc.build(story, canvasmaker=lambda *args, **kw: _NumberedCanvas(*args, decorate=decorate, **kw))
    data = buffer.getvalue()
    return PdfReport(data=data, language=language, created_at=created, sha256=hashlib.sha256(data).hexdigest(),
                     pages=doc.page, missing_glyphs=sorted(w.missing))

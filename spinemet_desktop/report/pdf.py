"""The PDF referral summary for the spine centre (reportlab platypus, A4, embedded DejaVu Sans).

Layout only: what the referral says comes from
:func:`spinemet_desktop.present.view.build_referral_view` (the same words as the side panel, the
summary page and the FHIR narratives). Page 1 answers the receiving surgeon's questions; the
following pages hold the ISNCSCI worksheet, every lesion, every score with its items, the decision
trace, the lab table, the history, notes and the signature block. Every page has a header with the
patient's name, date of birth and record number, and a footer with "Page X of Y", the creation
time, the program and guideline versions and the decision-support notice.

The short referral (``short=True``, from the triage page) is page 1 alone: urgency, what is asked,
patient, neurology, tumour and lesion, the urgent recommendations, and what was not yet assessed.

Every character printed is checked against the embedded font (reportlab would drop a missing
glyph silently): a missing one is printed as "[U+XXXX]" and listed in
:attr:`PdfReport.missing_glyphs`.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from html import escape
from importlib.resources import as_file, files
from itertools import groupby
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paragraph import _processed_frags
from reportlab.platypus.paragraph import _shy as _SHY
from reportlab.platypus.paragraph import split as _rl_split
from reportlab.platypus.paragraph import strip as _rl_strip
from reportlab.rl_config import paraFontSizeHeightOffset

from spinemet_desktop import GUIDELINE_VERSION_SHORT, __version__
from spinemet_desktop.clinical.assess import Assessment
from spinemet_desktop.clinical.pathway.engine import UrgencyLevel
from spinemet_desktop.model import Case
from spinemet_desktop.present.render import renderer
from spinemet_desktop.present.view import (
    AdviceView,
    Grid,
    ReferralView,
    Row,
    ScoreView,
    build_referral_view,
    patient_name,
)
from spinemet_desktop.report.spine_map_pdf import SpineMapSection, hex_colour, trend_section

FONT, FONT_BOLD, FONT_ITALIC = "SpineMetSans", "SpineMetSans-Bold", "SpineMetSans-Oblique"
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}
URGENCY_COLOUR = {UrgencyLevel.EMERGENCY: "#8b0000", UrgencyLevel.URGENT: "#b34700", UrgencyLevel.PROMPT: "#5a4a00",
                  UrgencyLevel.ROUTINE: "#1f4d1f", UrgencyLevel.UNDETERMINED: "#404040"}


@dataclass
class PdfReport:
    """A created referral: the PDF bytes and what identifies it."""

    data: bytes
    language: str
    created_at: datetime
    sha256: str
    pages: int
    missing_glyphs: list[str] = field(default_factory=list)


class _Font(TTFont):  # type: ignore[misc]
    """An embedded TrueType font that remembers, per document, the code each character was given
    in its subsets: reportlab's ``splitString`` assigns the codes in the order characters are first
    printed and never changes them, but works through every character of every text again (about
    2,000 texts a referral). It also remembers the widths of the texts it measured since
    :meth:`forget_widths` (line breaking measures every word, the same words again and again:
    about 4,700 measurements of 1,900 texts a referral)."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._codes: WeakKeyDictionary[Any, dict[str, int]] = WeakKeyDictionary()
        self._widths: dict[float, dict[str, float]] = {}

    def forget_widths(self) -> None:
        """Measure every text afresh from now on (each referral measures its own words: a width is
        the font's and never changes, but a referral built again should cost what it cost, and
        the texts of one case are not kept for the next)."""
        self._widths = {}

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:
        if not isinstance(text, str):
            return float(super().stringWidth(text, size, encoding))
        widths = self._widths.get(size)
        if widths is None:
            widths = self._widths[size] = {}
        width = widths.get(text)
        if width is None:
            width = widths[text] = super().stringWidth(text, size, encoding)
        return width

    def measure(self, words: list[str], size: float) -> list[float]:
        """The width of each word (as :meth:`stringWidth`)."""
        widths = self._widths.get(size)
        if widths is None:
            widths = self._widths[size] = {}
        measured = [widths.get(word) for word in words]
        if None in measured:
            return [self.stringWidth(word, size) if width is None else width
                    for word, width in zip(words, measured, strict=True)]
        return measured  # type: ignore[return-value]

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:
        known = self._codes.get(doc)
        if known is not None and isinstance(text, str) and text:
            try:
                codes = [known[ch] for ch in text]
            except KeyError:
                pass
            else:
                if max(codes) < 256:  # all in the first subset
                    return [(0, bytes(codes))]
                return [(subset, bytes(code & 0xFF for code in group))
                        for subset, group in groupby(codes, lambda code: code >> 8)]
        pieces: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        if isinstance(text, str):  # one code for each character, in order
            codes = [subset << 8 | code for subset, chunk in pieces for code in chunk]
            self._codes.setdefault(doc, {}).update(zip(text, codes, strict=True))
        return pieces


@cache
def _register_fonts() -> dict[str, set[int]]:
    """Register the embedded fonts once; returns the code points each font can print."""
    folder = files("spinemet_desktop.resources").joinpath("fonts")
    cmaps: dict[str, set[int]] = {}
    for name, filename in _FONT_FILES.items():
        with as_file(folder.joinpath(filename)) as path:
            font = _Font(name, str(path))
        pdfmetrics.registerFont(font)
        cmaps[name] = set(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD)
    return cmaps


def _forget_widths() -> None:
    for name in _FONT_FILES:
        font = pdfmetrics.getFont(name)
        if isinstance(font, _Font):
            font.forget_widths()


@cache
def _printable() -> dict[str, frozenset[str]]:
    """The characters each font can print, and line breaks and tabs (a quick test of whole texts)."""
    return {font: frozenset(map(chr, cmap)) | {"\n", "\t"} for font, cmap in _register_fonts().items()}


_BASE = ParagraphStyle("base", fontName=FONT, fontSize=8.6, leading=10.8, alignment=TA_LEFT)
STYLES = {
    "base": _BASE,
    "small": ParagraphStyle("small", parent=_BASE, fontSize=7.4, leading=9),
    "title": ParagraphStyle("title", parent=_BASE, fontName=FONT_BOLD, fontSize=14, leading=17, spaceAfter=2 * mm),
    # A heading never ends a page: it goes with what follows it.
    "h2": ParagraphStyle("h2", parent=_BASE, fontName=FONT_BOLD, fontSize=10.5, leading=13,
                         spaceBefore=3 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
    "h3": ParagraphStyle("h3", parent=_BASE, fontName=FONT_BOLD, fontSize=9, leading=11,
                         spaceBefore=2 * mm, spaceAfter=0.8 * mm, keepWithNext=1),
    "urgency": ParagraphStyle("urgency", parent=_BASE, fontName=FONT_BOLD, fontSize=12.5, leading=15.5,
                              textColor=colors.white),
    "cell": ParagraphStyle("cell", parent=_BASE, fontSize=8, leading=9.6),
    "cellb": ParagraphStyle("cellb", parent=_BASE, fontName=FONT_BOLD, fontSize=8, leading=9.6),
}


#: Left and right padding of a table cell (points).
_CELL_PADDING = 2.2
#: Top and bottom padding of a table cell (points).
_CELL_TOP, _CELL_BOTTOM = 1.2, 1.6


def _row_heights(cells: Sequence[Sequence[Any]], column_widths: Sequence[float]) -> list[float | None] | None:
    """Each row's height as reportlab's Table would size it (the tallest cell and the padding,
    summed in the same order), from the cells' own remembered line breaking: a Table left to size
    its rows asks every cell again at each of its several sizings. None (the Table sizes them)
    when a cell is not one of our paragraphs."""
    if not all(isinstance(cell, (_Line, _Paragraph)) for row in cells for cell in row):
        return None
    heights: list[float | None] = []
    for row in cells:
        tallest = 0.0
        for cell, width in zip(row, column_widths, strict=True):
            # As Table._listCellGeom and Table._calc_height compute it.
            height = cell.wrap(width - _CELL_PADDING - _CELL_PADDING, 72000 - _CELL_TOP - _CELL_BOTTOM)[1]
            height += _CELL_BOTTOM + _CELL_TOP
            tallest = max(tallest, height)
        heights.append(tallest)
    return heights


#: A table cell is at most this tall (a third of the page's frame); longer texts flow on in more rows.
_MAX_CELL_HEIGHT = 250.0


def _cut_into(text: str, count: int) -> list[str]:
    """``text`` cut into about ``count`` pieces of about equal length, each cut at the line break
    nearest its place, else the space, else exactly there (the separator at a cut is dropped)."""
    pieces: list[str] = []
    start = 0
    for n in range(1, count):
        target = start + (len(text) - start) // (count - n + 1)
        cut, skip = target, 0
        for separator in ("\n", " "):
            window = max(1, (target - start) // 2)
            found = [i for i in (text.rfind(separator, max(start + 1, target - window), target + 1),
                                 text.find(separator, target, target + window)) if i > start]
            if found:
                cut, skip = min(found, key=lambda i: abs(i - target)), 1
                break
        if cut <= start or cut >= len(text):
            continue
        pieces.append(text[start:cut])
        start = cut + skip
    pieces.append(text[start:])
    return [piece for piece in pieces if piece] or [text]


# -- paragraphs, cheaply (issue 26) ----------------------------------------------------------
# A referral holds about 870 paragraphs, most of them short table cells. reportlab parses each
# paragraph's text with an HTML parser when it is made and breaks it into lines every time a table
# or frame asks for its size (a table asks to size its rows and again to draw them). Plain texts
# that fit on one line are therefore drawn as that line, exactly where a Paragraph would draw it;
# longer plain texts become Paragraphs without the parser; a paragraph remembers its lines for the
# width it was last broken for, and tables are given their row heights (_row_heights).
class _Paragraph(Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width (its lines depend on the width alone)."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # (``split`` drops the lines when the paragraph moves on whole.)
        if availWidth != self._wrapped_width or "blPara" not in self.__dict__:
            super().wrap(availWidth, availHeight)
            self._wrapped_width = availWidth
        return self.width, self.height

    def drawOn(self, canvas: pdfcanvas.Canvas, x: float, y: float, _sW: float = 0) -> None:
        if not _write_paragraph(self, canvas, self._hAlignAdjust(x, _sW), y):
            super().drawOn(canvas, x, y, _sW)

    def breakLines(self, width: Any) -> Any:
        """Paragraph.breakLines, for one fragment of text whose words each fit on a line (no
        hyphenation, bullets, bidirectional text or shaping) in a loop of its own: the same
        lines by the same rule (a word goes on the line while the line with it is no wider than
        the line's width plus the spaces' allowed shrinkage), without the rest of reportlab's
        general loop at every word (issue 26: about 110 such paragraphs a referral)."""
        style, frags = self.style, self.frags
        widths = list(width) if isinstance(width, (tuple, list)) else [width]
        if (len(frags) != 1 or not hasattr(frags[0], "text") or self.bulletText or style.wordWrap or style.shaping
                or style.endDots or getattr(style, "hyphenationLang", "") or style.uriWasteReduce
                or style.embeddedHyphenation or hasattr(frags[0], "cbDefn") or hasattr(frags[0], "backColor")
                or _processed_frags(frags) or _SHY in frags[0].text):
            return super().breakLines(width)
        fragment = frags[0]
        font_name, size = fragment.fontName, fragment.fontSize
        ascent, descent = pdfmetrics.getAscentDescent(font_name, size)
        text = _rl_strip(fragment.text)
        if not text:
            return super().breakLines(width)
        words = _rl_split(text)
        font = pdfmetrics.getFont(font_name)
        measured = (font.measure(words, size) if isinstance(font, _Font)
                    else [font.stringWidth(word, size) for word in words])
        if style.splitLongWords and max(measured) > min(widths):
            return super().breakLines(width)  # a word is split over lines
        self._width_max = 0
        self.height = 0
        self._splitLongWordCount = self._hyphenations = 0
        space = font.stringWidth(" ", size)
        shrink = style.spaceShrinkage * space
        last = len(widths) - 1
        lines: list[tuple[float, list[str]]] = []
        line: list[str] = []
        line_width, number, available = -space, 0, widths[0]
        for word, word_width in zip(words, measured, strict=True):
            with_word = line_width + space + word_width
            if with_word <= available + shrink * len(line) or not line:
                line.append(word)
                line_width = with_word
            else:
                self._width_max = max(self._width_max, line_width)
                lines.append((available - line_width, line))
                line, line_width = [word], word_width
                number += 1
                available = widths[min(last, number)]
        if line:
            self._width_max = max(self._width_max, line_width)
            lines.append((available - line_width, line))
        return fragment.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)


def _plain(text: str) -> bool:
    """Whether a text needs nothing of the parser: reportlab's paragraphs treat other white space
    (no-break and zero-width spaces, soft hyphens, line breaks, runs of spaces, spaces at either
    end) specially, so texts with them stay paragraphs."""
    return text.isprintable() and "  " not in text and text == text.strip(" ")


@cache
def _plain_fragment(style: ParagraphStyle) -> Any:
    """What reportlab's parser makes of a plain word in ``style`` (one fragment)."""
    (fragment,) = Paragraph("x", style).frags
    return fragment


class _Line(Flowable):  # type: ignore[misc]
    """A plain text (no markup, single spaces, nothing special) in one paragraph style: drawn as one
    line where a :class:`Paragraph` would draw it (its first baseline ``fontSize`` below its top,
    its width the whole available width) when it fits on one line, else as that Paragraph."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.text_width = stringWidth(text, style.fontName, style.fontSize) if text else 0.0
        self._paragraph: _Paragraph | None = None
        self._as_paragraph = False

    def paragraph(self) -> _Paragraph:
        """The text as a Paragraph, without running the markup parser over it: the fragment the
        parser makes of a plain text in this style, holding this text."""
        if self._paragraph is None:
            # (Of an empty text the parser makes no fragment at all.)
            fragments = [_plain_fragment(self.style).clone(text=self.text)] if self.text else []
            self._paragraph = _Paragraph(escape(self.text), self.style, frags=fragments)
        return self._paragraph

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        # A margin below reportlab's own tolerance: a text as wide as the line is left to it.
        self._as_paragraph = (self.text_width > availWidth - style.leftIndent - style.rightIndent
                              - style.firstLineIndent - 0.01 or availWidth < 0.01)
        if self._as_paragraph:
            self.width, self.height = self.paragraph().wrap(availWidth, availHeight)
        else:
            self.width, self.height = availWidth, (style.leading if self.text else 0.0)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        # Rare (at the foot of a page): reportlab's own rules for orphans, on the Paragraph.
        return self.paragraph().split(availWidth, availHeight)

    def drawOn(self, canvas: pdfcanvas.Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self._as_paragraph:
            self.paragraph().drawOn(canvas, x, y, _sW)
        elif self.text:
            style = self.style
            x, y = x + style.leftIndent + style.firstLineIndent, y + self.height - style.fontSize
            if not _write_line(canvas, x, y, self.text, style):
                _draw_line(canvas, x, y, self.text, style)


def _draw_line(canvas: pdfcanvas.Canvas, x: float, y: float, text: str, style: ParagraphStyle) -> None:
    """One line of text with its baseline at (x, y), as Paragraph.drawPara draws a line (not
    canvas.drawString, which measures the text again), through reportlab's canvas."""
    canvas.saveState()
    canvas.setFillColor(style.textColor)
    line = canvas.beginText(x, y)
    line.setFont(style.fontName, style.fontSize, style.leading)
    line.textOut(text)
    canvas.drawText(line)
    canvas.restoreState()


@cache
def _font_operators(size: float, leading: float) -> str:
    return f"{fp_str(size)} Tf {fp_str(leading)} TL"


def _write_line(canvas: pdfcanvas.Canvas, x: float, y: float, text: str, style: ParagraphStyle) -> bool:
    """What :func:`_draw_line` draws, the same operators written straight into the page (issue 26:
    a referral draws about 680 such lines, and the canvas's state, colour and text objects made
    for each cost more than the text). False, having drawn nothing, where the canvas would do more
    than that (another colour space, a transparency to set, a top-down page, a font that is not an
    embedded TrueType font)."""
    colour = style.textColor
    font = pdfmetrics.getFont(style.fontName)
    if not _writable(canvas, colour, font):
        return False
    shown, _ = _shown(canvas, font, text, _font_operators(style.fontSize, style.leading), -1)
    canvas._code += ("q", f"{fp_str(colour.red, colour.green, colour.blue)} rg",
                     f"BT 1 0 0 1 {fp_str(x, y)} Tm {shown} ET", "Q")
    return True


def _writable(canvas: pdfcanvas.Canvas, colour: Any, font: Any) -> bool:
    """Whether text in this colour and font is written by the canvas as :func:`_shown` writes it
    after its colour operator (not in another colour space, with no transparency to set, on a
    page whose y points up, in an embedded TrueType font); where the colour has an opacity that is
    already the canvas's, the document is marked as one using transparency, as setting it would."""
    if (type(colour) is not colors.Color or not canvas.bottomup or getattr(canvas, "_enforceColorSpace", None)
            or not getattr(font, "_dynamicFont", False)):
        return False
    if colour.alpha is not None:
        if canvas._extgstate.getValue("ca") != colour.alpha:
            return False
        canvas._doc.ensureMinPdfVersion("transparency")  # as setFillAlpha does
    return True


def _shown(canvas: pdfcanvas.Canvas, font: Any, text: str, operators: str, subset: int) -> tuple[str, int]:
    """The operators showing ``text`` as reportlab's text object writes them (the font's subset
    named where it changes from ``subset``, with the size and leading in ``operators``), and the
    subset in use after them."""
    doc = canvas._doc
    out = []
    for piece, chunk in font.splitString(text, doc):
        if piece != subset:
            out.append(f"{font.getSubsetInternalName(piece, doc)} {operators}")
            subset = piece
        out.append(f"({canvas._escape(chunk)}) Tj")
    return " ".join(out), subset


def _write_paragraph(paragraph: Paragraph, canvas: pdfcanvas.Canvas, x: float, y: float) -> bool:
    """What Paragraph.drawOn draws for a paragraph of one plain fragment, left-aligned, without
    indents, bullets, background, border, underlines or links, whose lines all fit (drawn
    without word spacing), written straight into the page as the canvas would write it (issue
    26: about 110 such paragraphs a referral, table cells of several lines). False, having drawn
    nothing, for any other paragraph."""
    style, lines = paragraph.style, getattr(paragraph, "blPara", None)
    if (lines is None or lines.kind != 0 or not lines.lines or style.alignment != TA_LEFT or style.leftIndent
            or style.firstLineIndent or paragraph.bulletText or style.backColor or style.borderWidth
            or style.wordWrap or getattr(paragraph, "_offsets", None) or paragraph.debug
            or getattr(paragraph, "_showBoundary", False) or getattr(lines, "us_lines", None)
            or getattr(lines, "link", None)
            or getattr(paragraph, "autoLeading", getattr(style, "autoLeading", "")) in ("max", "min")
            or any(space <= -1e-8 for space, _ in lines.lines)):
        return False
    font = pdfmetrics.getFont(lines.fontName)
    colour = lines.textColor
    if not _writable(canvas, colour, font):
        return False
    top = paragraph.height - (lines.fontSize if paraFontSizeHeightOffset else getattr(lines, "ascent", lines.fontSize))
    operators = _font_operators(lines.fontSize, style.leading)
    code, subset = ["BT", f"1 0 0 1 {fp_str(0, top)} Tm"], -1
    for _, words in lines.lines:
        shown, subset = _shown(canvas, font, " ".join(words), operators, subset)
        code.append(f"{shown} T*")
    code.append("ET")
    canvas._code += ("q", f"{fp_str(1, 0, 0, 1, x, y)} cm", "q", f"{fp_str(colour.red, colour.green, colour.blue)} rg",
                     " ".join(code), "Q", "Q")
    return True


class _Table(Table):  # type: ignore[misc]
    """A Table that places a cell holding one plain line (most cells of a referral) without
    reportlab's general walk over a cell's list of flowables, at the same place: top-aligned,
    left-aligned, below the top padding by its height (issue 26)."""

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: tuple[float, float], size: tuple[float, float]) -> None:
        if (type(cellval) is not _Line or cellstyle.valign != "TOP" or cellstyle.alignment != "LEFT"
                or cellstyle.href or cellstyle.destination or cellval.style.spaceBefore or cellval.style.spaceAfter):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        (colpos, rowpos), (colwidth, rowheight) = pos, size
        width = colwidth - cellstyle.leftPadding - cellstyle.rightPadding
        if width < 0:  # reportlab's own error
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        # The cell's colour and font as Table._drawCell sets them (written only where they change).
        if self._curcellstyle is not cellstyle:
            current = self._curcellstyle
            if current is None or cellstyle.color != current.color:
                self.canv.setFillColor(cellstyle.color)
            if (current is None or cellstyle.leading != current.leading or cellstyle.fontname != current.fontname
                    or cellstyle.fontsize != current.fontsize):
                self.canv.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._curcellstyle = cellstyle
        height = cellval.wrap(width, rowheight - cellstyle.topPadding - cellstyle.bottomPadding)[1]
        cellval.drawOn(self.canv, colpos + cellstyle.leftPadding, rowpos + rowheight - cellstyle.topPadding - height)


class _Layout:
    """Paragraphs and tables in the embedded font, with every character checked."""

    def __init__(self, width: float) -> None:
        self.width = width
        self.cmaps = _register_fonts()
        self._printable = _printable()
        self.missing: set[str] = set()
        self._cut: dict[tuple[str, float], list[str]] = {}

    def checked(self, text: str, font: str = FONT) -> str:
        """The text with every character the font lacks replaced by a visible [U+XXXX]."""
        if self._printable[font].issuperset(text):
            return text
        cmap = self.cmaps[font]
        out = []
        for ch in text:
            if ord(ch) in cmap or ch in "\n\t":
                out.append(ch)
            else:
                self.missing.add(f"U+{ord(ch):04X}")
                out.append(f"[U+{ord(ch):04X}]")
        return "".join(out)

    def p(self, text: str, style: str = "base", markup: bool = False) -> Flowable:
        """A paragraph; ``markup`` texts may hold <b>/<font> tags (their content is escaped here)."""
        font = FONT_BOLD if style in ("title", "h2", "h3", "urgency", "cellb") else FONT
        body = self.checked(text, font)
        if not markup:
            if STYLES[style].alignment == TA_LEFT and _plain(body):
                return _Line(body, STYLES[style])
            body = escape(body)
        return _Paragraph(body.replace("\n", "<br/>"), STYLES[style])

    def table(self, rows: Sequence[Sequence[Any]], fractions: Sequence[float], header: bool = True,
              extra: list[tuple[Any, ...]] | None = None) -> Table:
        widths = [f * self.width - 2 * _CELL_PADDING for f in fractions]
        rows = [rows[0], *self._flowing(rows[1:], widths)] if header and rows else self._flowing(rows, widths)
        cells = [[self.p(c, "cellb" if header and i == 0 else "cell") if isinstance(c, str) else c for c in row]
                 for i, row in enumerate(rows)]
        column_widths = [f * self.width for f in fractions]
        table = _Table(cells, colWidths=column_widths, rowHeights=_row_heights(cells, column_widths),
                       repeatRows=1 if header else 0)
        style = [
            ("GRID", (0, 0), (-1, -1), 0.3, hex_colour("#9a9a9a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), _CELL_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_BOTTOM),
        ]
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), hex_colour("#e6e6e6")))
        table.setStyle(TableStyle(style + (extra or [])))
        return table

    # -- texts taller than a page -----------------------------------------------------------
    # A table breaks between rows only, so a row taller than a page (a 6,500-character question, a
    # long laboratory report) could not be placed at all. Such a row becomes several: its long
    # texts are cut into pieces that each fit well inside a page, at line breaks, else between
    # words, else between characters, and flow on over as many rows (and pages) as they need.
    def _flowing(self, rows: Sequence[Sequence[Any]], widths: Sequence[float]) -> list[list[Any]]:
        out: list[list[Any]] = []
        for row in rows:
            pieces = [self._pieces(c, w) if isinstance(c, str) else [c] for c, w in zip(row, widths, strict=True)]
            for i in range(max(map(len, pieces))):
                out.append([p[i] if i < len(p) else "" for p in pieces])
        return out

    def _height(self, text: str, width: float) -> float:
        return float(self.p(text, "cell").wrap(width, 1e9)[1])

    def _pieces(self, text: str, width: float) -> list[str]:
        """``text`` in pieces no taller than :data:`_MAX_CELL_HEIGHT` in a column ``width`` wide,
        cut at line breaks (else spaces, else anywhere) into as many pieces of about equal length
        as its height needs; a piece that is still too tall is cut again. Remembered: the referral
        may be laid out twice."""
        # Cheap bound first: a cell of few characters cannot be tall (the widest glyph is ~1 em).
        lines = text.count("\n") + 1 + len(text) * STYLES["cell"].fontSize / max(width, 1.0)
        if lines * STYLES["cell"].leading <= _MAX_CELL_HEIGHT or len(text) < 2:
            return [text]
        key = (text, round(width, 2))
        if key not in self._cut:
            height = self._height(text, width)
            if height <= _MAX_CELL_HEIGHT:
                self._cut[key] = [text]
            else:
                count = math.ceil(height / (0.8 * _MAX_CELL_HEIGHT))
                pieces = _cut_into(text, count)
                if len(pieces) == 1:  # no place to cut but the middle
                    pieces = _cut_into(text, 2)
                self._cut[key] = [small for piece in pieces for small in self._pieces(piece, width)]
        return self._cut[key]

    def grid(self, grid: Grid, fractions: Sequence[float], extra: list[tuple[Any, ...]] | None = None) -> Table:
        return self.table([list(grid.header), *map(list, grid.rows)], fractions, extra=extra)

    def rows(self, rows: Sequence[Row]) -> Table:
        """A two-column table of label and value."""
        return self.table([[row.label, row.value] for row in rows], (0.32, 0.68), header=False,
                          extra=[("FONTNAME", (0, 0), (0, -1), FONT_BOLD)])

    def urgency(self, view: ReferralView) -> Table:
        u = view.urgency
        box = Table([[self.p(f"{u.mark} {u.headline}", "urgency")]], colWidths=[self.width])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), hex_colour(URGENCY_COLOUR.get(u.level, "#404040"))),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        return box

    def advice(self, lines: Sequence[AdviceView], inferred: str, style: str = "base") -> list[Any]:
        out: list[Any] = []
        for line in lines:
            where = f" [{line.lesions}]" if line.lesions else ""
            strength = f", {line.strengths}" if line.strengths else ""
            origin = f", {inferred}" if line.inferred else ""
            out.append(self.p(f"{escape(self.checked(line.mark + ' ' + line.text + where))} "
                              f"<font size='7'>({escape(self.checked(line.rules))}: {escape(self.checked(line.refs))}"
                              f"{escape(self.checked(strength + origin))})</font>", style, markup=True))
        return out

    def score(self, score: ScoreView, heads: dict[str, str]) -> Any:
        parts: list[Any] = [self.p(f"{'⚠ ' if score.provisional else ''}{score.title}: {score.value}", "h3")]
        if score.meaning:
            parts.append(self.p(score.meaning, "small"))
        if score.items:
            rows = [[heads["item"], heads["value"], heads["points"], heads["source"]]]
            rows += [[i.label, i.value, i.points, i.source] for i in score.items]
            parts.append(self.table(rows, (0.34, 0.17, 0.08, 0.41)))
        parts.append(self.p(f"{score.status}. {heads['source']}: {score.citation}"
                            + (f". {score.notes}" if score.notes else ""), "small"))
        return KeepTogether(parts)


def _story(view: ReferralView, lay: _Layout, spine_map: SpineMapSection, trend: list[Any]) -> list[Any]:
    h = view.headings
    story: list[Any] = [
        lay.p(view.title, "title"),
        lay.urgency(view),
        Spacer(1, 2 * mm),
        lay.rows(view.request),
        *([lay.p(h["handling"], "h2"), lay.rows(view.handling)] if view.handling else []),
        lay.p(h["patient"], "h2"), lay.rows(view.patient),
        lay.p(h["neurology"], "h2"), lay.rows(view.neurology),
        lay.p(h["tumour"], "h2"), lay.rows(view.tumour),
    ]
    if view.reirradiation is not None:
        story += [lay.p(view.reirradiation_title, "h2"),
                  lay.grid(view.reirradiation, (0.11, 0.21, 0.1, 0.14, 0.09, 0.1, 0.1, 0.15)),
                  lay.p(view.reirradiation_note, "small")]
    story += [*spine_map.before_advice, lay.p(h["now"], "h2"), *lay.advice(view.advice_now, h["inferred"]),
              *spine_map.after_advice,  # the spine map: page 1 or 2 (issue 28)
              lay.p(h["plan"], "h2"), *lay.advice(view.advice_plan, h["inferred"]),
              CondPageBreak(140 * mm), lay.p(h["exam"], "h2")]
    exam = view.exam
    if exam is None:
        story.append(lay.p(h["no_exam"]))
    else:
        greyed = [("BACKGROUND", cell[::-1], cell[::-1], hex_colour("#d9d9d9")) for cell in exam.blank_cells]
        story += [lay.p(exam.title, "h3"),
                  lay.grid(exam.worksheet, (0.31,) + (0.115,) * 6, greyed + [("ALIGN", (1, 0), (-1, -1), "CENTER")]),
                  Spacer(1, 1.5 * mm), lay.rows(exam.rows), Spacer(1, 1.5 * mm), lay.rows(exam.classification)]
        if exam.comparison:
            story += [lay.p(exam.comparison_title, "h3"), lay.rows(exam.comparison)]
    story += trend
    story += [CondPageBreak(60 * mm), lay.p(h["imaging"], "h2"), lay.rows(view.imaging)]
    story += [KeepTogether([lay.p(lesion.title, "h3"), lay.rows(lesion.rows)]) for lesion in view.lesions] \
        or [lay.p(h["no_lesion"])]
    story.append(lay.p(h["scores"], "h2"))
    story += [lay.score(score, h) for score in view.scores]
    story.append(lay.p(h["not_computed"], "h3"))
    story += [lay.p(line, "small") for line in view.not_computed]
    story += [lay.p(h["trace"], "h2"), lay.grid(view.decisions, (0.2, 0.22, 0.58)), lay.p(h["fired"], "h3")]
    story += [lay.p(line, "small") for line in view.fired]
    if view.missing:
        story.append(lay.p(view.missing, "small"))
    if view.warnings:
        story.append(lay.p(h["warnings"], "h3"))
        story += [lay.p(text, "small") for text in view.warnings]
    story += lay.advice(view.advice_background, h["inferred"])
    story.append(lay.p(h["labs"], "h2"))
    story.append(lay.grid(view.labs, (0.25, 0.2, 0.16, 0.16, 0.23)) if view.labs else lay.p(h["no_labs"]))
    story += [lay.p(h["history"], "h2"), lay.rows(view.history)]
    if view.notes:
        story += [lay.p(h["notes"], "h2"), lay.p(view.notes)]
    story.append(KeepTogether([lay.p(h["signature"], "h2"), lay.rows(view.signature)]))
    return story


def _short_story(view: ReferralView, lay: _Layout, compact: bool = False) -> list[Any]:
    """The short referral: what the receiving surgeon needs now and what is not known yet, on one page
    (``compact``: the recommendations and what is not yet assessed in small print, for a page that
    would not fit otherwise)."""
    h, short = view.headings, view.short
    assert short is not None
    story: list[Any] = [lay.p(h["short_title"], "title"), lay.urgency(view), Spacer(1, 1.5 * mm),
                        lay.rows(short.request)]
    for key, rows in (("patient", short.patient), ("neurology", short.neurology), ("tumour", short.tumour)):
        if rows:
            story += [lay.p(h[key], "h3"), lay.rows(rows)]
    story += [lay.p(h["now"], "h3"), *lay.advice(view.advice_now, h["inferred"], "small" if compact else "base")]
    if short.not_assessed:
        story.append(lay.p(h["not_assessed"], "h3"))
        if compact:  # one paragraph in small print instead of a table
            story += [lay.p(f"<b>{escape(lay.checked(row.label, FONT_BOLD))}</b>: {escape(lay.checked(row.value))}",
                            "small", markup=True) for row in short.not_assessed]
        else:
            story.append(lay.rows(short.not_assessed))
    name, function = view.signature[:2]
    story += [lay.p(h["short_note"], "small"), Spacer(1, 1 * mm),
              lay.rows([Row(f"{name.label} / {function.label}", " / ".join(v for v in (name.value, function.value) if v))])]
    return story


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
                       created_at: datetime | None = None, short: bool = False) -> PdfReport:
    """The referral summary as PDF bytes, in German or English (``short``: the one-page referral)."""
    created = (created_at or datetime.now().astimezone()).replace(microsecond=0)
    _register_fonts()
    _forget_widths()
    try:
        return _build_referral_pdf(case, assessment, language, created, short)
    finally:
        _forget_widths()


def _build_referral_pdf(case: Case, assessment: Assessment, language: str, created: datetime,
                        short: bool) -> PdfReport:
    r = renderer(language)
    view = build_referral_view(case, assessment, r, created)
    left, right, top, bottom = 15 * mm, 15 * mm, 18 * mm, 17 * mm
    width = A4[0] - left - right
    lay = _Layout(width)
    header = lay.checked(view.header, FONT_BOLD)
    footer, notice = lay.checked(view.footer), lay.checked(view.notice)
    title = lay.checked(view.headings["short_title"] if short else view.title)

    def decorate(canvas: pdfcanvas.Canvas, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.drawString(left, A4[1] - 11 * mm, header)
        canvas.setFont(FONT, 7.5)
        canvas.drawRightString(A4[0] - right, A4[1] - 11 * mm, title)
        canvas.setLineWidth(0.4)
        canvas.line(left, A4[1] - 12.8 * mm, A4[0] - right, A4[1] - 12.8 * mm)
        canvas.line(left, 12.5 * mm, A4[0] - right, 12.5 * mm)
        canvas.setFont(FONT, 7)
        canvas.drawString(left, 9 * mm, footer)
        canvas.drawString(left, 5.5 * mm, notice)
        canvas.setFont(FONT_BOLD, 8)
        canvas.drawRightString(A4[0] - right, 9 * mm,
                               view.page_label.replace("%1", str(number)).replace("%2", str(total)))
        canvas.restoreState()

    buffer = io.BytesIO()
    author = (case.signature.name if case.signature and case.signature.name
              else case.encounter.referring_physician or "spinemet-desktop")
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top, bottomMargin=bottom,
        title=f"{title}: {patient_name(case)}", author=author,
        subject=r.translate("report", "Referral to a spine centre"), creator=f"spinemet-desktop {__version__}",
        keywords=[GUIDELINE_VERSION_SHORT, "ISNCSCI", "SINS", "ESCC"], lang="de-DE" if language == "de" else "en-GB",
    )
    doc.addPageTemplates([PageTemplate("page", [Frame(left, bottom, width, A4[1] - top - bottom, id="body",
                                                      leftPadding=0, rightPadding=0, topPadding=0,
                                                      bottomPadding=0)])])
    def canvasmaker(*args: Any, **kw: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, decorate=decorate, **kw)

    def build(early_map: bool) -> SpineMapSection:
        spine_map = SpineMapSection(case, assessment, r.clinical, lay, FONT, FONT_BOLD, early_map)
        trend = trend_section(case, assessment, r.clinical, lay, FONT, FONT_BOLD)
        doc.build(_story(view, lay, spine_map, trend), canvasmaker=canvasmaker)
        return spine_map

    if short:
        doc.build(_short_story(view, lay), canvasmaker=canvasmaker)
        if doc.page > 1:
            buffer = io.BytesIO()
            doc.filename = buffer
            doc.build(_short_story(view, lay, compact=True), canvasmaker=canvasmaker)
    elif (build(early_map=False).page or 0) > 2:  # a crowded page 1: the map before the urgent advice
        buffer = io.BytesIO()
        doc.filename = buffer
        build(early_map=True)
    data = buffer.getvalue()
    return PdfReport(data=data, language=language, created_at=created, sha256=hashlib.sha256(data).hexdigest(),
                     pages=doc.page, missing_glyphs=sorted(lay.missing))


__all__ = ["PdfReport", "build_referral_pdf"]

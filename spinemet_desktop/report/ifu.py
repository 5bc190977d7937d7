"""The instructions for use: read from the package, shown in the program, printed as PDF.

The text is one Markdown file per language, ``resources/ifu/instructions-for-use.<lang>.md``,
installed as ``spinemet_desktop.resources``; the parts generated from the code (scores, rules,
inputs, the traceability matrix) are written into it by ``python -m spinemet_desktop.traceability``.
Every section starts with a marker ``<!-- section:ID -->``; the German and English files have the
same sections (:data:`SECTIONS`).

The Markdown is a small subset — headings, paragraphs, bullet lists, tables, ``**bold**``,
``*italic*``, ```code``` — parsed here once and rendered twice: as HTML for the program's window
(:func:`to_html`) and as reportlab flowables for the PDF (:func:`build_pdf`), so both show the same
text. Links are never made: a ``[text](target)`` is printed as its text, so nothing in the
instructions can open the network. The instructions contain no case data.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from spinemet_desktop import GUIDELINE_VERSION_SHORT, __version__
from spinemet_desktop.report.pdf import FONT, FONT_BOLD, _Layout, _NumberedCanvas

LANGUAGES = ("de", "en")
#: The sections both languages have, in order (the ``<!-- section:ID -->`` markers).
SECTIONS: tuple[str, ...] = (
    "about", "intended-use", "not-for", "workflow", "inputs", "urgency", "recommendations",
    "surgical-technique", "scores", "referral", "data", "installation", "limitations", "traceability",
)
TITLE = {"de": "spinemet-desktop — Gebrauchsanweisung", "en": "spinemet-desktop — Instructions for use"}
_PAGE = {"de": "Seite %1 von %2", "en": "Page %1 of %2"}
_CONTENTS = {"de": "Inhalt", "en": "Contents"}


def file_name(language: str, suffix: str = "md") -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no instructions for use in {language!r}")
    return f"instructions-for-use.{language}.{suffix}"


def load_markdown(language: str) -> str:
    return files("spinemet_desktop.resources").joinpath("ifu", file_name(language)).read_text(encoding="utf-8")


def pdf_name(language: str) -> str:
    """The PDF's file name carries the digest of the text it is made from, so that a PDF which no
    longer matches the text is never taken for it (the bundle ships the PDF under this name)."""
    digest = hashlib.sha256(load_markdown(language).encode("utf-8")).hexdigest()[:16]
    return file_name(language, f"{digest}.pdf")


# ---- parsing -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class TableBlock:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


Block = Heading | Para | Bullets | TableBlock
_SECTION = re.compile(r"<!-- section:([a-z-]+) -->")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEADING = re.compile(r"^(#{1,3}) (.+)$")
_CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "section"


def section_ids(markdown: str) -> list[str]:
    return _SECTION.findall(markdown)


def parse(markdown: str) -> list[Block]:
    """The blocks of the Markdown subset; a heading after a section marker takes the marker's id."""
    text = _SECTION.sub(lambda m: f"\n\x00{m.group(1)}\n", markdown)
    text = _COMMENT.sub("", text)
    blocks: list[Block] = []
    paragraph: list[str] = []
    bullets: list[str] = []
    table: list[list[str]] = []
    pending_anchor: str | None = None

    def flush() -> None:
        nonlocal paragraph, bullets, table
        if paragraph:
            blocks.append(Para(" ".join(paragraph)))
        if bullets:
            blocks.append(Bullets(tuple(bullets)))
        if table:
            header, *rows = table
            blocks.append(TableBlock(tuple(header), tuple(tuple(r) for r in rows)))
        paragraph, bullets, table = [], [], []

    for raw in text.splitlines():
        line = raw.rstrip()
        if line.startswith("\x00"):
            flush()
            pending_anchor = line[1:]
            continue
        if not line.strip():
            flush()
            continue
        heading = _HEADING.match(line)
        if heading:
            flush()
            title = heading.group(2).strip()
            blocks.append(Heading(len(heading.group(1)), title, pending_anchor or _slug(title)))
            pending_anchor = None
        elif line.startswith("|"):
            if paragraph or bullets:
                flush()
            cells = [c.strip().replace("\\|", "|") for c in _CELL_SPLIT.split(line.strip())[1:-1]]
            if not all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                table.append(cells)
        elif line.startswith("- "):
            if paragraph or table:
                flush()
            bullets.append(line[2:].strip())
        elif bullets and line.startswith("  "):
            bullets[-1] += " " + line.strip()
        else:
            if bullets or table:
                flush()
            paragraph.append(line.strip())
    flush()
    return blocks


_INLINE = re.compile(r"`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\([^)]*\)")


def inline(text: str, code: Callable[[str], str]) -> str:
    """Markdown inline markup as <b>/<i> tags, every other character escaped; a link is its text."""
    out = []
    position = 0
    for match in _INLINE.finditer(text):
        out.append(html.escape(text[position:match.start()], quote=False))
        literal, bold, italic, link = match.groups()
        if literal is not None:
            out.append(code(html.escape(literal, quote=False)))
        elif bold is not None:
            out.append(f"<b>{inline(bold, code)}</b>")
        elif italic is not None:
            out.append(f"<i>{inline(italic, code)}</i>")
        else:
            out.append(inline(link, code))
        position = match.end()
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


# ---- HTML for the program's window --------------------------------------------------------------
def _html_code(text: str) -> str:
    return f"<code>{text}</code>"


def to_html(blocks: Iterable[Block], contents_title: str = "Contents") -> str:
    blocks = list(blocks)
    out = []
    sections = [b for b in blocks if isinstance(b, Heading) and b.level == 2]
    if sections:
        out.append(f"<p><b>{html.escape(contents_title)}</b></p><ul>")
        out += [f"<li><a href='#{b.anchor}'>{inline(b.text, _html_code)}</a></li>" for b in sections]
        out.append("</ul>")
    for block in blocks:
        if isinstance(block, Heading):
            out.append(f"<a name='{block.anchor}'></a><h{block.level}>{inline(block.text, _html_code)}</h{block.level}>")
        elif isinstance(block, Para):
            out.append(f"<p>{inline(block.text, _html_code)}</p>")
        elif isinstance(block, Bullets):
            out.append("<ul>" + "".join(f"<li>{inline(item, _html_code)}</li>" for item in block.items) + "</ul>")
        else:
            head = "".join(f"<th align='left'>{inline(c, _html_code)}</th>" for c in block.header)
            rows = "".join("<tr>" + "".join(f"<td>{inline(c, _html_code)}</td>" for c in row) + "</tr>"
                           for row in block.rows)
            out.append(f"<table border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>")
    return "\n".join(out)


def html_document(language: str) -> str:
    return to_html(parse(load_markdown(language)), _CONTENTS[language])


# ---- PDF -----------------------------------------------------------------------------------------
@dataclass
class IfuPdf:
    data: bytes
    language: str
    pages: int
    missing_glyphs: list[str] = field(default_factory=list)


_CELL_SIZE = 7.0
_CELL_PADDING = 5.0


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=FONT, fontSize=9, leading=12, spaceAfter=1.6 * mm)
    return {
        "base": base,
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=4 * mm),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12.5, leading=15,
                             spaceBefore=5 * mm, spaceAfter=2 * mm),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=10, leading=12.5,
                             spaceBefore=3 * mm, spaceAfter=1.5 * mm),
        "cell": ParagraphStyle("cell", parent=base, fontSize=_CELL_SIZE, leading=8.4, spaceAfter=0),
        "bullet": ParagraphStyle("bullet", parent=base, spaceAfter=0.8 * mm),
    }


def _pdf_code(text: str) -> str:
    return f"<font color='#303080'>{text}</font>"


def _plain(text: str) -> str:
    return re.sub(r"[`*]", "", text)


def _column_widths(block: TableBlock, width: float) -> list[float]:
    """Each column gets at least its longest word (bold in the header), the rest of the width goes
    to the columns by how much longer their longest text is."""
    columns = [[row[i] if i < len(row) else "" for row in block.rows] for i in range(len(block.header))]

    def measure(text: str, font: str = FONT) -> float:
        return stringWidth(text, font, _CELL_SIZE) + _CELL_PADDING

    least = [max([measure(w, FONT_BOLD) for w in _plain(head).split()]
                 + [measure(w) for cell in column for w in _plain(cell).split()], default=_CELL_PADDING)
             for head, column in zip(block.header, columns, strict=True)]
    wanted = [max([measure(_plain(head), FONT_BOLD)] + [min(measure(_plain(c)), width / 2) for c in column])
              for head, column in zip(block.header, columns, strict=True)]
    spare = width - sum(least)
    extra = [max(w - m, 0.0) for w, m in zip(wanted, least, strict=True)]
    if spare <= 0 or not sum(extra):
        return [width * m / sum(least) for m in least]
    share = min(1.0, spare / sum(extra))
    widths = [m + e * share for m, e in zip(least, extra, strict=True)]
    return [w * width / sum(widths) for w in widths]


def _flowables(blocks: Iterable[Block], glyphs: Callable[..., str], width: float) -> list[Any]:
    s = _styles()

    def para(text: str, style: str) -> Paragraph:
        font = FONT_BOLD if style in ("title", "h2", "h3") else FONT
        return Paragraph(glyphs(inline(text, _pdf_code), font), s[style])

    story: list[Any] = []
    for block in blocks:
        if isinstance(block, Heading):
            style = "title" if block.level == 1 else f"h{block.level}"
            story.append(para(block.text, style))
        elif isinstance(block, Para):
            story.append(para(block.text, "base"))
        elif isinstance(block, Bullets):
            story.append(ListFlowable([ListItem(para(item, "bullet"), leftIndent=10) for item in block.items],
                                      bulletType="bullet", start="•", leftIndent=10, bulletFontName=FONT))
            story.append(Spacer(1, 1.5 * mm))
        else:
            rows = [[Paragraph(glyphs(f"<b>{inline(c, _pdf_code)}</b>", FONT_BOLD), s["cell"])
                     for c in block.header]]
            rows += [[Paragraph(glyphs(inline(c, _pdf_code)), s["cell"]) for c in row] for row in block.rows]
            table = Table(rows, colWidths=_column_widths(block, width), repeatRows=1)
            table.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#808080")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]))
            story += [table, Spacer(1, 2.5 * mm)]
    return story


def build_pdf(language: str) -> IfuPdf:
    """The instructions for use as an A4 PDF in one language."""
    blocks = parse(load_markdown(language))
    buffer = io.BytesIO()
    left = right = 16 * mm
    top, bottom = 17 * mm, 16 * mm
    width = A4[0] - left - right
    # The referral's layout checks every character against the embedded font ([U+XXXX] if missing).
    layout = _Layout(width)
    glyphs = layout.checked
    title = TITLE[language]
    footer = glyphs(f"spinemet-desktop {__version__} · {GUIDELINE_VERSION_SHORT}")

    def decorate(canvas: Any, number: int, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(left, A4[1] - 10 * mm, glyphs(title))
        canvas.line(left, A4[1] - 11.5 * mm, A4[0] - right, A4[1] - 11.5 * mm)
        canvas.line(left, 11.5 * mm, A4[0] - right, 11.5 * mm)
        canvas.drawString(left, 7.5 * mm, footer)
        canvas.drawRightString(A4[0] - right, 7.5 * mm,
                               _PAGE[language].replace("%1", str(number)).replace("%2", str(total)))
        canvas.restoreState()

    doc = BaseDocTemplate(buffer, pagesize=A4, leftMargin=left, rightMargin=right, topMargin=top,
                          bottomMargin=bottom, title=title, author="spinemet-desktop",
                          creator=f"spinemet-desktop {__version__}", lang="de-DE" if language == "de" else "en-GB")
    doc.addPageTemplates([PageTemplate("page", [Frame(left, bottom, width, A4[1] - top - bottom, id="body",
                                                      leftPadding=0, rightPadding=0, topPadding=0,
                                                      bottomPadding=0)])])
    doc.build(_flowables(blocks, glyphs, width),
              canvasmaker=lambda *args, **kw: _NumberedCanvas(*args, decorate=decorate, **kw))
    return IfuPdf(buffer.getvalue(), language, doc.page, sorted(layout.missing))

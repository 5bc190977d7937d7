"""The referral's cheap plain lines print exactly what reportlab's Paragraph prints, where it prints it.

``report/pdf.py`` draws a plain text that fits on one line itself instead of making a Paragraph of
it (issue 26: most of a referral's thousand paragraphs are short table cells). Here, for random
texts, styles and widths, both are laid out and drawn on a canvas, and the page's drawing
operators are read back: the same size, the same split, and every piece of text in the same font,
size and colour at the same place on the page.
"""

from __future__ import annotations

import io
import re
from html import escape

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen.canvas import Canvas

from spinemet_desktop.report.pdf import STYLES, _Layout, _Line, _Paragraph, _register_fonts

_NUMBER = r"-?[0-9.]+"
_CM = re.compile(rf"^1 0 0 1 ({_NUMBER}) ({_NUMBER}) cm$")
_TEXT = re.compile(rf"1 0 0 1 ({_NUMBER}) ({_NUMBER}) Tm|(/\S+) ({_NUMBER}) Tf|({_NUMBER} {_NUMBER} {_NUMBER}) rg"
                   r"|\(((?:\\.|[^\\)])*)\) Tj")


def _printed(flowable: object, x: float, y: float) -> list[tuple[float, float, str, float, str, str]]:
    """Every line of text ``flowable`` draws at (x, y): page position of its baseline, font, size,
    colour and the (font-encoded) text."""
    canvas = Canvas(io.BytesIO())
    flowable.drawOn(canvas, x, y)  # type: ignore[attr-defined]
    out = []
    offsets = [(0.0, 0.0)]
    colour = "0 0 0"
    for op in canvas._code:
        if op == "q":
            offsets.append(offsets[-1])
        elif op == "Q":
            offsets.pop()
        elif (move := _CM.match(op)) is not None:
            dx, dy = offsets[-1]
            offsets[-1] = (dx + float(move[1]), dy + float(move[2]))
        elif op.endswith(" rg") and not op.startswith("BT"):
            colour = op[:-3]
        elif op.startswith("BT"):
            line = {"x": 0.0, "y": 0.0, "font": "", "size": 0.0, "text": ""}
            for found in _TEXT.finditer(op):
                if found[1] is not None:
                    line["x"], line["y"] = float(found[1]), float(found[2])
                elif found[3] is not None:
                    line["font"], line["size"] = found[3], float(found[4])
                elif found[5] is not None:
                    colour = found[5]
                else:
                    line["text"] = str(line["text"]) + found[6]
            dx, dy = offsets[-1]
            out.append((round(dx + float(line["x"]), 6), round(dy + float(line["y"]), 6), str(line["font"]),
                        float(line["size"]), colour, str(line["text"])))
    return out


plain_words = st.text(st.characters(codec="latin-1", categories=("L", "N", "P", "S")), min_size=1, max_size=12)
#: Words without the characters the markup escapes (&, <, >, quotes).
unmarked_words = st.text(st.characters(codec="latin-1", categories=("L", "N", "P", "S"), exclude_characters="&<>\"'"),
                         min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.one_of(plain_words, unmarked_words), min_size=0, max_size=12), style=st.sampled_from(sorted(STYLES)),
       width=st.floats(min_value=5, max_value=520), height=st.floats(min_value=0, max_value=60))
def test_a_plain_line_is_printed_as_its_paragraph(words: list[str], style: str, width: float,
                                                  height: float) -> None:
    _register_fonts()
    text = " ".join(words)
    line, paragraph = _Line(text, STYLES[style]), _Paragraph(escape(text), STYLES[style])
    # A text broken over lines is made one fragment, as reportlab's parser makes a text without
    # markup characters; of a text with them it makes a fragment per entity, and then keeps the
    # space before a line's first word (a quirk): compared where the parser makes one fragment.
    assume(len(paragraph.frags) == 1 or line.wrap(width, 1e6)[1] <= STYLES[style].leading)
    assert line.wrap(width, 1e6) == paragraph.wrap(width, 1e6)
    assert line.getSpaceBefore() == paragraph.getSpaceBefore()
    assert line.getSpaceAfter() == paragraph.getSpaceAfter()
    assert _printed(line, 40.0, 500.0) == _printed(paragraph, 40.0, 500.0)
    assert len(line.split(width, height)) == len(paragraph.split(width, height))


def test_texts_that_are_not_plain_stay_paragraphs() -> None:
    lay = _Layout(500.0)
    for text in ("two\nlines", " leading", "trailing ", "double  space", "no\u00a0break", "soft\u00adhyphen",
                 "tab\there", "zero\u200bwidth"):
        assert isinstance(lay.p(text, "cell"), _Paragraph), text
    assert isinstance(lay.p("plain <b>text</b> & more", "cell"), _Line)
    assert isinstance(lay.p("<b>markup</b>", "cell", markup=True), _Paragraph)


def test_a_paragraph_breaks_its_lines_again_for_another_width() -> None:
    _register_fonts()
    paragraph = _Paragraph(escape("many words " * 30), STYLES["cell"])
    narrow = paragraph.wrap(100, 1e6)
    wide = paragraph.wrap(400, 1e6)
    assert narrow[1] > wide[1]
    assert paragraph.wrap(100, 1e6) == narrow == _Paragraph(escape("many words " * 30), STYLES["cell"]).wrap(100, 1e6)


@settings(max_examples=100, deadline=None)
@given(rows=st.lists(st.lists(st.lists(plain_words, max_size=30).map(" ".join), min_size=3, max_size=3),
                     min_size=1, max_size=6),
       breaks=st.booleans(), fractions=st.sampled_from([(0.32, 0.34, 0.34), (0.2, 0.22, 0.58), (0.5, 0.1, 0.4)]))
def test_row_heights_are_those_the_table_computes(rows: list[list[str]], breaks: bool,
                                                  fractions: tuple[float, ...]) -> None:
    """The referral's tables are given their row heights (issue 26); reportlab, left to size the
    same rows, comes to the same heights."""
    from reportlab.platypus import Table

    from spinemet_desktop.report.pdf import _CELL_BOTTOM, _CELL_PADDING, _CELL_TOP, _row_heights

    lay = _Layout(510.0)
    if breaks:
        rows = [[text.replace(" ", "\n", 2) for text in row] for row in rows]
    sized = lay.table(rows, fractions, header=False)
    column_widths = [f * lay.width for f in fractions]
    # The same rows as the table (a cell taller than a third of a page flows on in more rows).
    flowed = lay._flowing(rows, [w - 2 * _CELL_PADDING for w in column_widths])
    cells = [[lay.p(text, "cell") for text in row] for row in flowed]
    table = Table(cells, colWidths=column_widths)
    table.setStyle([("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
                    ("TOPPADDING", (0, 0), (-1, -1), _CELL_TOP), ("BOTTOMPADDING", (0, 0), (-1, -1), _CELL_BOTTOM),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")])
    assert table.wrap(lay.width, 1e6)[1] == sized.wrap(lay.width, 1e6)[1]
    assert table._rowHeights == _row_heights(cells, column_widths) == sized._rowHeights


#: Characters DejaVu Sans has, from several scripts: a document using many of them fills more than
#: one of reportlab's 256-glyph font subsets.
_MANY_SCRIPTS = st.characters(codec="utf-8", categories=("L", "N", "P", "S"),
                              min_codepoint=0x21, max_codepoint=0x24FF)


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.tuples(st.text(_MANY_SCRIPTS, min_size=1, max_size=40), st.sampled_from(sorted(STYLES))),
                      min_size=1, max_size=40),
       alphabet_first=st.booleans(),
       colour=st.sampled_from([None, (0.545, 0.0, 0.0, None), (0.2, 0.3, 0.4, 1), (1.0, 1.0, 1.0, 0.5)]))
def test_a_line_written_straight_into_the_page_is_what_the_canvas_writes(
        texts: list[tuple[str, str]], alphabet_first: bool,
        colour: tuple[float, float, float, float | None] | None) -> None:
    """``_write_line`` (the operators written directly, the characters' codes remembered per
    document) against ``_draw_line`` (reportlab's canvas and text object): the same page
    operators and the same PDF, byte for byte, over many lines in several styles and scripts,
    also once the font needs a second subset, and with colours that need a transparency set
    (where the direct writer declines and the canvas draws)."""
    from reportlab.lib import colors

    from spinemet_desktop.report.pdf import _draw_line, _write_line

    _register_fonts()
    if alphabet_first:  # fill the first subset, so that later lines use the second
        texts = [("".join(map(chr, range(0x391, 0x3C9))) + "".join(map(chr, range(0x410, 0x4FF))), "cell"), *texts]
    pages = []
    for direct in (True, False):
        canvas = Canvas(io.BytesIO(), invariant=1)
        for i, (text, name) in enumerate(texts):
            style = STYLES[name]
            if colour is not None:
                red, green, blue, alpha = colour
                style = style.clone(f"{name}-coloured", textColor=colors.Color(red, green, blue, alpha=alpha))
            if direct:
                if not _write_line(canvas, 20.0 + i, 800.0 - 10 * i, text, style):
                    assert colour is not None and colour[3] == 0.5, "only a colour needing a transparency is declined"
                    _draw_line(canvas, 20.0 + i, 800.0 - 10 * i, text, style)
            else:
                _draw_line(canvas, 20.0 + i, 800.0 - 10 * i, text, style)
        pages.append((list(canvas._code), canvas.getpdfdata()))
    assert pages[0] == pages[1]


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(st.tuples(st.text(st.one_of(_MANY_SCRIPTS, st.sampled_from("\u00a0 \U0001f600\uffff")), max_size=30),
                                st.integers(0, 2)), max_size=60))
def test_the_font_remembers_the_codes_reportlab_assigned(texts: list[tuple[str, int]]) -> None:
    """The embedded font's ``splitString`` remembers per document the codes reportlab's own gave
    each character: for texts in several documents at once (each numbers its glyphs itself), also
    beyond the first 256-glyph subset, with no-break spaces (printed as spaces) and characters the
    font lacks, it returns what reportlab's returns, and the documents' subsets end up the same."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfdoc import PDFDocument
    from reportlab.pdfbase.ttfonts import TTFont

    from spinemet_desktop.report.pdf import FONT, _Font

    _register_fonts()
    font = pdfmetrics.getFont(FONT)
    assert isinstance(font, _Font)
    plain = TTFont("plain-copy", font.face.filename)
    ours, theirs = [PDFDocument() for _ in range(3)], [PDFDocument() for _ in range(3)]
    # Many characters first, so that later texts reach into the second subset.
    first = "".join(map(chr, range(0x391, 0x3C9))) + "".join(map(chr, range(0x410, 0x4FF)))
    for text, which in [(first, 0), *texts, *texts]:  # each text twice: the second time remembered
        assert font.splitString(text, ours[which]) == plain.splitString(text, theirs[which])
    for mine, reference in zip(ours, theirs, strict=True):
        if mine in font.state:
            assert font.state[mine].subsets == plain.state[reference].subsets
            assert font.state[mine].assignments == plain.state[reference].assignments


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(st.tuples(st.text(st.one_of(_MANY_SCRIPTS, st.sampled_from(" \u00a0\U0001f600")), max_size=20),
                                st.sampled_from([7.0, 7.4, 8, 8.6, 14])), max_size=40))
def test_the_font_measures_a_text_as_reportlab_does(texts: list[tuple[str, float]]) -> None:
    """The embedded font remembers the widths it measured until told to forget them: each text,
    measured once or again (remembered), has reportlab's own width."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from spinemet_desktop.report.pdf import FONT_BOLD

    _register_fonts()
    font = pdfmetrics.getFont(FONT_BOLD)
    plain = TTFont("plain-bold-copy", font.face.filename)
    font.forget_widths()
    for text, size in [*texts, *texts]:
        assert font.stringWidth(text, size) == plain.stringWidth(text, size)
        assert pdfmetrics.stringWidth(text, FONT_BOLD, size) == plain.stringWidth(text, size)
    assert font.stringWidth(b"bytes", 8) == plain.stringWidth(b"bytes", 8)
    for size in (7.0, 8.6):
        words = [text for text, _ in texts]
        assert font.measure(words, size) == [plain.stringWidth(word, size) for word in words]
    font.forget_widths()
    assert not font._widths


def test_a_referral_measures_its_texts_afresh() -> None:
    """Widths are remembered while one referral is built, not from one to the next (each referral
    built costs what it costs, and one case's texts are not kept for the next)."""
    from datetime import UTC, datetime

    from reportlab.pdfbase import pdfmetrics

    from spinemet_desktop.clinical.assess import assess
    from spinemet_desktop.clinical.reference_time import reference_time
    from spinemet_desktop.model import case_from_json
    from spinemet_desktop.report.pdf import FONT, build_referral_pdf
    from tests.conftest import EXAMPLES

    _register_fonts()
    case = case_from_json(EXAMPLES[0].read_text(encoding="utf-8"))
    assessment = assess(case, reference_time(case, datetime(2026, 11, 30, 12, tzinfo=UTC)))
    font = pdfmetrics.getFont(FONT)
    font.forget_widths()
    font._widths[8.0] = {"stale": -1.0}
    seen: list[int] = []
    forget = font.forget_widths

    def spy() -> None:
        seen.append(sum(map(len, font._widths.values())))
        forget()

    font.forget_widths = spy
    try:
        build_referral_pdf(case, assessment, language="de")
    finally:
        del font.forget_widths
    assert seen[0] == 1 and seen[-1] > 100  # forgotten before the referral, and after it
    assert not font._widths


#: Styles the referral does not use, whose paragraphs reportlab draws itself.
_ODD_STYLES = {
    "indented": {"firstLineIndent": 6}, "left": {"leftIndent": 4}, "centred": {"alignment": 1},
    "background": {"backColor": "#eeeeee"}, "bordered": {"borderWidth": 0.5, "borderColor": "#000000"},
    "bullet": {"bulletText": "•"}, "auto-leading": {"autoLeading": "max"}, "see-through": {"textColor": "#ff000080"},
}


@settings(max_examples=150, deadline=None)
@given(paragraphs=st.lists(st.tuples(st.lists(st.one_of(plain_words, st.text(_MANY_SCRIPTS, min_size=1, max_size=30),
                                                         st.sampled_from(["a\u00a0b", "\u00a0", "<b>", "&", "x" * 90])),
                                               max_size=40).map(" ".join),
                                      st.sampled_from([*sorted(STYLES), *_ODD_STYLES]),
                                      st.floats(min_value=5, max_value=520)),
                           min_size=1, max_size=8),
       markup=st.booleans())
def test_a_paragraph_written_straight_into_the_page_is_what_reportlab_draws(
        paragraphs: list[tuple[str, str, float]], markup: bool) -> None:
    """Paragraphs (``_Paragraph``, whose plain one-fragment paragraphs are written directly) and
    the same paragraphs drawn by reportlab's Paragraph: the same page operators and the same PDF,
    byte for byte, for random texts (several scripts, no-break spaces, words longer than the
    line, markup), styles and widths."""
    from reportlab.platypus import Paragraph

    _register_fonts()
    pages = []
    for direct in (True, False):
        canvas = Canvas(io.BytesIO(), invariant=1)
        for i, (text, style, width) in enumerate(paragraphs):
            body = f"{escape(text)} <font size='7'>({escape(text[:20])})</font>" if markup else escape(text)
            odd = _ODD_STYLES.get(style)
            paragraph = _Paragraph(body, STYLES["base"].clone(style, **odd) if odd is not None else STYLES[style])
            paragraph.wrap(width, 1e6)
            if direct:
                paragraph.drawOn(canvas, 30.0 + i, 700.0 - 40 * i)
            else:
                Paragraph.drawOn(paragraph, canvas, 30.0 + i, 700.0 - 40 * i)
        pages.append((list(canvas._code), canvas.getpdfdata()))
    assert pages[0] == pages[1]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.one_of(plain_words, st.text(_MANY_SCRIPTS, min_size=1, max_size=25),
                                st.sampled_from(["a\u00a0b", "\u00a0", "soft\u00adhyphen", "\t", "x" * 60, "", " "])),
                      max_size=50),
       style=st.sampled_from([*sorted(STYLES), *_ODD_STYLES, "no-long-word-splitting", "no-shrinking"]),
       widths=st.lists(st.floats(min_value=1, max_value=520), min_size=1, max_size=3), markup=st.booleans())
def test_lines_are_broken_as_reportlab_breaks_them(words: list[str], style: str, widths: list[float],
                                                   markup: bool) -> None:
    """``_Paragraph.breakLines`` (its own loop for one fragment of text whose words fit) against
    reportlab's Paragraph.breakLines: the same lines (the words and the space left on each), the
    same fragment and the same widest line, for random texts (several scripts, no-break spaces,
    soft hyphens, tabs, words longer than the line, markup), styles and line widths."""
    from reportlab.platypus import Paragraph

    _register_fonts()
    odd = {**_ODD_STYLES, "no-long-word-splitting": {"splitLongWords": 0}, "no-shrinking": {"spaceShrinkage": 0}}
    chosen = STYLES["cell"].clone(style, **odd[style]) if style in odd else STYLES[style]
    text = " ".join(words)
    body = f"{escape(text)} <b>{escape(text[:10])}</b>" if markup else escape(text)
    ours, theirs = _Paragraph(body, chosen), Paragraph(body, chosen)
    # (Copies: reportlab narrows the widths it is given in place for a bullet.)
    mine, reference = ours.breakLines(list(widths)), theirs.breakLines(list(widths))
    assert repr(mine.__dict__) == repr(reference.__dict__)  # (fragments compare by identity)
    assert ours._width_max == theirs._width_max
    assert ours.wrap(widths[0], 1e6) == theirs.wrap(widths[0], 1e6)


def test_lines_shrink_their_spaces_as_reportlab_lets_them() -> None:
    """At widths just below a line's natural width, reportlab lets each space of the line shrink
    a little (``spaceShrinkage``) to keep the last word on it: the paragraph's own loop does the
    same, width by width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Paragraph

    _register_fonts()
    style = STYLES["cell"]
    text = "a bb ccc dd e ff ggg hh i jj kkk ll m nn ooo pp q rr sss"
    natural = stringWidth(text, style.fontName, style.fontSize)
    space = stringWidth(" ", style.fontName, style.fontSize)
    broken = set()
    for step in range(400):
        width = natural - 2 * space + step * space / 100
        ours, theirs = _Paragraph(text, style), Paragraph(text, style)
        mine, reference = ours.breakLines([width, width]), theirs.breakLines([width, width])
        assert repr(mine.__dict__) == repr(reference.__dict__), width
        broken.add(len(mine.lines))
    assert broken == {1, 2}  # some widths keep the line whole only by shrinking its spaces


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(st.lists(st.one_of(plain_words, st.sampled_from(["x" * 70, "a\u00a0b"])),
                                       max_size=12).map(" ".join), min_size=3, max_size=3),
                     min_size=1, max_size=8),
       header=st.booleans(), kind=st.sampled_from(["plain", "bold first column", "centred", "greyed"]))
def test_a_table_places_its_cells_as_reportlab_does(rows: list[list[str]], header: bool, kind: str) -> None:
    """The referral's tables (``_Table``, which places a cell of one plain line itself) and the
    same tables drawn by reportlab's Table: the same page operators and the same PDF, byte for
    byte (cells of one line, of several, empty ones; header rows, bold columns, centred and
    greyed cells as the referral has them)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table

    from spinemet_desktop.report.pdf import FONT_BOLD

    lay = _Layout(510.0)
    extra = {"plain": [], "bold first column": [("FONTNAME", (0, 0), (0, -1), FONT_BOLD)],
             "centred": [("ALIGN", (1, 0), (-1, -1), "CENTER")],
             "greyed": [("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#d9d9d9"))]}[kind]
    pages = []
    for ours in (True, False):
        table = lay.table(rows, (0.32, 0.34, 0.34), header=header, extra=extra)
        if not ours:
            table.__class__ = Table  # reportlab's own drawing of the very same table
        canvas = Canvas(io.BytesIO(), invariant=1)
        table.wrapOn(canvas, lay.width, 1e6)
        table.drawOn(canvas, 40.0, 60.0)
        pages.append((list(canvas._code), canvas.getpdfdata()))
    assert pages[0] == pages[1]

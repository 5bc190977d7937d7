"""Command line: ``spinemet-desktop`` starts the app; subcommands work without a display.

    spinemet-desktop                      start the desktop application
    spinemet-desktop --version            program and guideline version
    spinemet-desktop --smoke-test         start as a user would (first window shown), then exit
    spinemet-desktop --self-test          also open every example case and build its referrals
    spinemet-desktop scores CASE.json     every computed result as JSON
    spinemet-desktop trace CASE.json      the pathway's decision trace as Markdown
    spinemet-desktop report CASE.json -o OUT.pdf [--lang de|en]   the PDF referral summary
    spinemet-desktop export-json CASE.json -o OUT.json            case + all results, for the record
    spinemet-desktop export-fhir CASE.json -o BUNDLE.json [--lang de|en]   HL7 FHIR R4B document bundle
    spinemet-desktop instructions -o OUT.pdf [--lang de|en]   the instructions for use as PDF
    spinemet-desktop import FILE… [--json]          import case files into the store (as the app does)
    spinemet-desktop list [--search TEXT] [--json]  the cases in the store
    spinemet-desktop --smoke-test --open CASE_ID    open a stored case in the editor, visit every page, exit
    spinemet-desktop store copy --to URL | --from URL [--allow-duplicates]   workstation <-> clinic server
    spinemet-desktop store upgrade [--url URL]      create or migrate the clinic server's schema (IT)

The store is the one the app uses: the workstation's SQLite file, or the clinic's PostgreSQL
server named by SPINEMET_STORE_URL or ``store:`` in the site configuration (docs/clinic-server.md).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from spinemet_desktop import GUIDELINE_VERSION, __version__


def _parse_time(text: str) -> datetime:
    """--as-of: an ISO 8601 time within the dates a case may hold (a time without offset is this
    computer's local time)."""
    from spinemet_desktop.model.limits import EARLIEST_DATE, LATEST_DATE

    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text[:40]!r}") from None
    if not EARLIEST_DATE <= value.date() <= LATEST_DATE:
        raise argparse.ArgumentTypeError(f"{value.date()} lies outside {EARLIEST_DATE} to {LATEST_DATE}")
    return value if value.tzinfo else value.astimezone()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spinemet-desktop",
        description="Bedside decision support for spinal metastases (S2k guideline AWMF 187-003). "
        "Decision support — verify clinically.",
    )
    parser.add_argument("--version", action="version",
                        version=f"spinemet-desktop {__version__} — {GUIDELINE_VERSION}")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start as a user would (the case list, or the case left open by a crash), "
                             "print the time to the shown window and exit (for CI and packaging checks)")
    parser.add_argument("--self-test", action="store_true",
                        help="like --smoke-test, then open every example case in the window and build its "
                             "German and English referral; exit 1 if any fails (for installers)")
    parser.add_argument("--open", metavar="CASE_ID", default=None,
                        help="open this stored case at start; with --smoke-test: open it in the editor, visit "
                             "every page, close it and exit (0 if all went well)")
    sub = parser.add_subparsers(dest="command")
    # (name, help, what -o writes or None, what --lang chooses or None)
    for name, help_, output, language in (
        ("scores", "print every computed result of a case file as JSON", None, None),
        ("trace", "print the pathway's decision trace of a case file as Markdown", None, None),
        ("report", "write the PDF referral summary of a case file", "the PDF file to write", "the report"),
        ("export-json", "write the case with all computed results as JSON, for the record",
         "the JSON file to write", None),
        ("export-fhir", "write the referral as an HL7 FHIR (R4B) document bundle", "the bundle (JSON) to write",
         "the narratives"),
    ):
        command = sub.add_parser(name, help=help_)
        command.add_argument("case", type=Path, help="a case file (JSON)")
        if output:
            command.add_argument("-o", "--output", type=Path, required=True, help=output)
        if language:
            command.add_argument("--lang", choices=("de", "en"), default=None,
                                 help=f"language of {language} (default: German on a German system, else English)")
        command.add_argument("--as-of", type=_parse_time, default=None,
                             help="reference time (ISO 8601); default: the case's assessment time, else now")
    instructions = sub.add_parser("instructions", help="write the instructions for use as PDF")
    instructions.add_argument("-o", "--output", type=Path, required=True, help="the PDF file to write")
    instructions.add_argument("--lang", choices=("de", "en"), default=None,
                              help="language (default: German on a German system, else English)")
    importer = sub.add_parser("import", help="import case files into the store, checked as the app's import "
                                             "checks them (exit 0: all imported, 2: some refused)")
    importer.add_argument("files", type=Path, nargs="+", metavar="FILE", help="case files (JSON)")
    importer.add_argument("--json", action="store_true", help="print the new case ids as a JSON list")
    lister = sub.add_parser("list", help="list the cases in the store, newest first")
    lister.add_argument("--search", default="", help="only cases whose name or record number contain every word")
    lister.add_argument("--json", action="store_true", help="print a JSON list")
    store = sub.add_parser("store", help="the case store: copy to or from the clinic's server, upgrade it")
    store_sub = store.add_subparsers(dest="store_command", required=True)
    copy = store_sub.add_parser("copy", help="copy every case with its audit trail and reports between this "
                                             "workstation's store and a clinic server (idempotent)")
    direction = copy.add_mutually_exclusive_group(required=True)
    direction.add_argument("--to", metavar="URL", help="from this workstation's store to the server at URL")
    direction.add_argument("--from", dest="from_", metavar="URL",
                           help="from the server at URL into this workstation's store (a backup)")
    copy.add_argument("--allow-duplicates", action="store_true",
                      help="also copy cases whose record number is already in the target as another case")
    upgrade = store_sub.add_parser("upgrade", help="create or migrate the clinic server's schema and grant the "
                                                   "clinicians' role its rights (run as the database owner)")
    upgrade.add_argument("--url", default=None, help="the server (default: the configured one)")
    return parser


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The case file as a (read-only) case session, and its assessment as of --as-of (default: the
    case's assessment time, else now) — the same validation and assessment as in the app."""
    from spinemet_desktop.model import CaseFileError, case_from_json
    from spinemet_desktop.session import CaseSession
    from spinemet_desktop.store.files import read_case_file

    try:
        session = CaseSession(case_from_json(read_case_file(args.case)))
    except CaseFileError as exc:
        raise SystemExit(f"spinemet-desktop: {args.case}: {exc}") from None
    return session.case, session.assess(as_of=args.as_of)


def cmd_scores(args: argparse.Namespace) -> int:
    from spinemet_desktop.report.results import assessment_to_dict

    case, assessment = _open(args)
    output = {"case_id": case.id, **assessment_to_dict(assessment)}
    json.dump(output, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
    return 0


def cmd_trace(args: argparse.Namespace) -> int:
    from spinemet_desktop.report.trace import trace_markdown

    case, assessment = _open(args)
    sys.stdout.write(trace_markdown(case, assessment))
    return 0


def _write(path: Path, data: bytes) -> None:
    from spinemet_desktop.store.db import write_atomic_bytes

    try:
        write_atomic_bytes(path, data)
    except OSError as exc:
        raise SystemExit(f"spinemet-desktop: cannot write {path}: {exc.strerror}") from None


def cmd_report(args: argparse.Namespace) -> int:
    from spinemet_desktop.i18n import default_language
    from spinemet_desktop.report.pdf import build_referral_pdf

    case, assessment = _open(args)
    try:
        report = build_referral_pdf(case, assessment, language=args.lang or default_language())
    except Exception as exc:  # noqa: BLE001 - a referral that cannot be laid out is said, never a traceback
        raise SystemExit(f"spinemet-desktop: {args.case}: the referral PDF could not be created: "
                         f"{type(exc).__name__}: {' '.join(str(exc).split())[:300]}") from None
    _write(args.output, report.data)
    print(f"{args.output}: {report.pages} pages, {report.language}, sha256 {report.sha256}")
    if report.missing_glyphs:
        print(f"warning: characters missing from the font: {', '.join(report.missing_glyphs)}", file=sys.stderr)
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from spinemet_desktop.report.results import export_record

    case, assessment = _open(args)
    text = json.dumps(export_record(case, assessment), ensure_ascii=False, indent=2, default=str)
    _write(args.output, (text + "\n").encode("utf-8"))
    return 0


def cmd_export_fhir(args: argparse.Namespace) -> int:
    from spinemet_desktop.i18n import default_language
    from spinemet_desktop.report.fhir import build_fhir_bundle

    case, assessment = _open(args)
    export = build_fhir_bundle(case, assessment, language=args.lang or default_language())
    _write(args.output, export.json.encode("utf-8"))
    print(f"{args.output}: FHIR R4B document bundle, {len(export.bundle.entry)} entries, {export.language}")
    return 0


def cmd_instructions(args: argparse.Namespace) -> int:
    from spinemet_desktop.i18n import default_language
    from spinemet_desktop.report.ifu import build_pdf

    pdf = build_pdf(args.lang or default_language())
    _write(args.output, pdf.data)
    print(f"{args.output}: instructions for use, {pdf.pages} pages, {pdf.language}")
    if pdf.missing_glyphs:
        print(f"warning: characters missing from the font: {', '.join(pdf.missing_glyphs)}", file=sys.stderr)
        return 1
    return 0


def _configured_store():  # type: ignore[no-untyped-def]
    """The store the app uses (SystemExit with the reason if it cannot be opened)."""
    from spinemet_desktop.store import StoreError, open_configured_store

    try:
        opened = open_configured_store()
    except StoreError as exc:
        raise SystemExit(f"spinemet-desktop: {exc}") from None
    if opened.damaged is not None:
        print(f"spinemet-desktop: the damaged case database was moved to {opened.damaged} ({opened.problem}); "
              "a new one was started", file=sys.stderr)
    return opened.store


def cmd_import(args: argparse.Namespace) -> int:
    from spinemet_desktop.model.fileformat import CaseFileError
    from spinemet_desktop.store import StoreError

    store = _configured_store()
    imported: list[str] = []
    refused = 0
    try:
        for path in args.files:
            try:
                case = store.import_file(path)
            except (CaseFileError, StoreError) as exc:
                refused += 1
                print(f"{path}: refused: {' '.join(str(exc).split())}", file=sys.stderr)
                continue
            imported.append(case.id)
            if not args.json:
                print(f"{path}: imported as case {case.id}")
    finally:
        store.close()
    if args.json:
        print(json.dumps(imported))
    return 2 if refused else 0


def cmd_list(args: argparse.Namespace) -> int:
    from spinemet_desktop.store import StoreError

    store = _configured_store()
    try:
        cases = store.list_cases(args.search, limit=None)
    except StoreError as exc:
        raise SystemExit(f"spinemet-desktop: {exc}") from None
    finally:
        store.close()
    if args.json:
        # A row that cannot be shown says why under "damaged" (sound rows keep their six keys).
        print(json.dumps([{"id": c.id, "surname": c.surname, "given_name": c.given_name,
                           "record_number": c.record_number,
                           "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else None,
                           "updated_at": c.updated_at.isoformat() if c.updated_at else None}
                          | ({"damaged": c.problem} if c.problem else {}) for c in cases],
                         ensure_ascii=False, indent=2))
        return 0
    for c in cases:
        born = c.date_of_birth.isoformat() if c.date_of_birth else "-"
        changed = c.updated_at.isoformat(timespec="seconds") if c.updated_at else "-"
        name = f"(damaged: {c.problem})" if c.problem else c.display_name or "(no name)"
        # One line per case, whatever a name holds (a stored name may hold line breaks or tabs).
        print("\t".join(" ".join(cell.split()) for cell in (c.id, changed, c.record_number or "-", born, name)))
    return 0


def cmd_store(args: argparse.Namespace) -> int:
    from spinemet_desktop.store import StoreError, open_store, open_url
    from spinemet_desktop.store.copy import copy_cases

    if args.store_command == "upgrade":
        from spinemet_desktop.store.select import configured_url

        url = args.url or configured_url()[0]
        if not url:
            raise SystemExit("spinemet-desktop: no clinic server is configured (SPINEMET_STORE_URL or store: in "
                             "the site configuration); give --url")
        try:
            server = open_url(url)  # opening creates or migrates the schema, and grants
            version = server.upgrade()  # type: ignore[attr-defined]
        except StoreError as exc:
            raise SystemExit(f"spinemet-desktop: {exc}") from None
        print(f"{server.location}: schema version {version}, {server.count()} cases")
        server.close()
        return 0
    try:
        server = open_url(args.to or args.from_)
        local = open_store().store
    except StoreError as exc:
        raise SystemExit(f"spinemet-desktop: {exc}") from None
    source, target = (local, server) if args.to else (server, local)
    try:
        report = copy_cases(source, target, allow_duplicates=args.allow_duplicates)
    except StoreError as exc:
        raise SystemExit(f"spinemet-desktop: {exc}") from None
    finally:
        server.close()
        local.close()
    for case_id, reason in report.refused:
        print(f"case {case_id}: not copied: {reason}", file=sys.stderr)
    print(f"{source.location} -> {target.location}: {len(report.copied)} copied, {len(report.unchanged)} already "
          f"there unchanged, {len(report.refused)} refused")
    return 2 if report.refused else 0


def main(argv: Sequence[str] | None = None) -> int:
    from spinemet_desktop.store.files import private_umask

    private_umask()  # every file the program writes is its user's only (README, "Where data live")
    args = build_parser().parse_args(argv)
    commands = {"scores": cmd_scores, "trace": cmd_trace, "report": cmd_report, "export-json": cmd_export_json,
                "export-fhir": cmd_export_fhir, "instructions": cmd_instructions, "import": cmd_import,
                "list": cmd_list, "store": cmd_store}
    if args.command in commands:
        return commands[args.command](args)
    from spinemet_desktop.ui.app import run

    return run(smoke_test=args.smoke_test, self_test=args.self_test, open_case=args.open)


if __name__ == "__main__":
    raise SystemExit(main())

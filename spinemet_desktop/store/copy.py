"""Copying cases between stores: a workstation's file to the clinic's server, and back for a backup.

Each case goes with its audit trail and its referral PDFs, as they are (times, users, hashes), in
one transaction per case, plus one audit entry ``copied`` saying from where and by whom. The copy
is idempotent: a case already in the target unchanged is skipped. It never overwrites: a case
whose id is in the target with other content is refused, and so (unless asked) is a case whose
record number is already in the target as another case, since that is usually the same patient
entered on two workstations, which someone has to merge by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spinemet_desktop.store.base import Store
from spinemet_desktop.store.locks import host_name, os_user


@dataclass
class CopyReport:
    copied: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    #: (case id, why it was not copied)
    refused: list[tuple[str, str]] = field(default_factory=list)


def copy_cases(source: Store, target: Store, *, allow_duplicates: bool = False) -> CopyReport:
    report = CopyReport()
    note = f"copied from {source.location} by {os_user()} on {host_name()} (spinemet-desktop store copy)"
    for record in source.records():
        there = target.case_json(record.case_id)
        if there is not None:
            if there == record.case_json:
                report.unchanged.append(record.case_id)
            else:
                reason = "the target holds a different version of this case; it was not overwritten"
                report.refused.append((record.case_id, reason))
            continue
        if record.record_number and not allow_duplicates:
            others = [i for i in target.case_ids_with_record_number(record.record_number) if i not in report.copied]
            if others:
                reason = (f"record number {record.record_number} is already in the target as case {others[0]} "
                          "(the same patient entered twice?); --allow-duplicates copies it anyway")
                report.refused.append((record.case_id, reason))
                continue
        target.add_record(record, note=note)
        report.copied.append(record.case_id)
    return report

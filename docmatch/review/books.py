"""Single master-data records looked up by their key, for checking a reviewer's choices
and naming vendors in exports, without loading a whole kind."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from docmatch.masterdata import from_data
from docmatch.models import MasterRecordRow
from matching.records import MasterKind, MasterRecord, Property, Vendor


def lookup(session: Session, kind: MasterKind, key: str) -> MasterRecord | None:
    data = session.scalar(
        select(MasterRecordRow.data).where(
            MasterRecordRow.kind == kind.value, MasterRecordRow.key == key
        )
    )
    return None if data is None else from_data(kind, data)


def has_any(session: Session, kind: MasterKind) -> bool:
    first = select(MasterRecordRow.id).where(MasterRecordRow.kind == kind.value).limit(1)
    return session.scalar(first) is not None


def vendor(session: Session, code: str) -> Vendor | None:
    found = lookup(session, MasterKind.VENDORS, code)
    return found if isinstance(found, Vendor) else None


def property_record(session: Session, code: str) -> Property | None:
    found = lookup(session, MasterKind.PROPERTIES, code)
    if found is None:  # property codes are written in any case on folders and forms
        row = session.scalar(
            select(MasterRecordRow.data).where(
                MasterRecordRow.kind == MasterKind.PROPERTIES.value,
                func.upper(MasterRecordRow.key) == code.upper(),
            )
        )
        found = None if row is None else from_data(MasterKind.PROPERTIES, row)
    return found if isinstance(found, Property) else None


def vendor_name(session: Session, code: str) -> str:
    record = vendor(session, code)
    return record.name if record else code

"""What a till's slip says about its own header fields, beyond what the invoice rules
weigh: the letterhead's lines end in a postal address ('43200 CHERAS, SELANGOR',
'DENTON TX 76201'), and the sale's date is printed with its time ('12-01-18 13:19').
Either makes the field surer than the doubt it inherits from elsewhere: an address from
how far its name stood above rival lines, an unlabelled date from being merely the first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from extract.context import Document
from extract.model import ExtractedField

ADDRESS_GAIN = 0.35  # share of the remaining doubt a postcode line removes
TIMED_DATE_GAIN = 0.4  # share of the remaining doubt a time beside the date removes

# '43200', '039393', 'EC1N 2HT' (British), 'H3Z 2Y7' (Canadian): a postcode among words
_POSTCODE = re.compile(
    r"(?<![\w#/-])(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|[A-Z]\d[A-Z] ?\d[A-Z]\d)(?![\w/-])"
)
_TIME = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?!\d)")

Fields = dict[str, ExtractedField]


def firm_up(document: Document, fields: Fields) -> Fields:
    """The slip's address and date, surer for what the till printed with them."""
    address = fields.get("vendor_address")
    if address is not None and postal(address.value):
        fields = {**fields, "vendor_address": _surer(address, ADDRESS_GAIN)}
    date = fields.get("invoice_date")
    if date is not None and _timed(document, date):
        fields = {**fields, "invoice_date": _surer(date, TIMED_DATE_GAIN)}
    return fields


def postal(address: str) -> bool:
    """A street's part, then parts holding a postcode among words ('CHICAGO, IL 60657')."""
    parts = [p.strip() for p in address.split(",") if p.strip()]
    rest = ", ".join(parts[1:])
    return bool(_POSTCODE.search(rest)) and sum(c.isalpha() for c in rest) >= 3


def _timed(document: Document, date: ExtractedField) -> bool:
    """A time of day printed on the date's line, right of it."""
    for line in document.layout(date.page).lines:
        top, bottom = line.bbox[1], line.bbox[3]
        middle = (date.bbox[1] + date.bbox[3]) / 2
        if not top <= middle <= bottom:
            continue
        after = " ".join(s.text for s in line.segments if s.bbox[2] > date.bbox[0])
        return bool(_TIME.search(after.replace(date.text, " ", 1)))
    return False


def _surer(found: ExtractedField, gain: float) -> ExtractedField:
    return replace(found, confidence=round(found.confidence + (1 - found.confidence) * gain, 3))

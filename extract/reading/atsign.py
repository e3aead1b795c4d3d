"""An e-mail address's '@' that OCR read as another sign, put back.

In small print tesseract often splits an address at its '@' and reads the '@' alone as
'8', '€', '©', 'O' or 'Q' ('billing 8 lonestar.com', 'contabilidad O ferreteria.biz');
the address is then lost to every reader of the words. Such a lone sign between a word
that can be an address's name and one shaped like a domain ('name.tld') is read as '@'
again. A real '8' or 'O' between two such words does not occur in an invoice's text: the
domain shape is what decides.

Where the '@' was read as a letter joined to both halves ('cobranzatferreteria.com.mx'),
the word is mended only when OCR was unsure of it and it begins with a mailbox name that
invoices print ('cobranza', 'billing', 'ventas': data in labels.json), so a web address
such as 'salesforce.com' stays as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from docmatch.types import Word
from extract.vocab import load

LOOKALIKES = frozenset({"8", "€", "©", "®", "&", "O", "o", "0", "Q", "G", "6", "9", "Y"})
JOINED_LOOKALIKES = "t8€©®&OQG06"  # an '@' read inside one word with both halves
NAME = re.compile(r"[\w.+-]*[A-Za-z][\w.+-]*")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
MAILBOXES = sorted(load("labels.json")["_mailboxes"], key=len, reverse=True)
MAILBOX_NAMES = frozenset(MAILBOXES)
JOINED = re.compile(
    rf"(?P<name>(?i:{'|'.join(MAILBOXES)}))[{JOINED_LOOKALIKES}]"
    r"(?P<domain>[a-z][\w-]{4,}(?:\.[\w-]+)*\.[A-Za-z]{2,})"
)
JOINED_DOUBT = 0.9  # only a word OCR was unsure of: 'billingtracker.com' read surely stays
MAX_GAP_HEIGHTS = 1.5  # the gaps beside the sign, in the sign's heights


def mend_at_signs(words: list[Word]) -> list[Word]:
    """`words` with each lone '@' look-alike between an address's halves read as '@',
    each mailbox name joined to its domain by a misread '@' split there again, and an
    '@' misread on the front of a domain after a mailbox name put back."""
    mended = [_joined(word) for word in words]
    for index in range(1, len(words)):
        before, after = words[index - 1], words[index]
        if before.line != after.line or before.text.lower() not in MAILBOX_NAMES:
            continue
        if after.text[:1] in JOINED_LOOKALIKES and DOMAIN.fullmatch(after.text[1:]):
            # 'contabilidad Oferreteria.biz': the '@' read as a letter on the domain
            mended[index] = replace(after, text="@" + after.text[1:])
    for index in range(1, len(words) - 1):
        before, sign, after = words[index - 1], words[index], words[index + 1]
        if sign.text not in LOOKALIKES or not before.line == sign.line == after.line:
            continue
        if not NAME.fullmatch(before.text) or not DOMAIN.fullmatch(after.text):
            continue
        reach = MAX_GAP_HEIGHTS * (sign.bbox[3] - sign.bbox[1])
        if sign.bbox[0] - before.bbox[2] <= reach and after.bbox[0] - sign.bbox[2] <= reach:
            mended[index] = replace(sign, text="@")
    return mended


def _joined(word: Word) -> Word:
    if word.confidence >= JOINED_DOUBT or "@" in word.text or word.text.startswith("www."):
        return word
    match = JOINED.fullmatch(word.text)
    if match is None:
        return word
    return replace(word, text=f"{match.group('name')}@{match.group('domain')}")

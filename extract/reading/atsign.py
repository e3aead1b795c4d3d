"""An e-mail address's '@' that OCR read as another sign, put back.

In small print tesseract often splits an address at its '@' and reads the '@' alone as
'8', '€' or '©' ('billing 8 lonestar.com'); the address is then lost to every reader of
the words. Such a lone sign between a word that can be an address's name and one shaped
like a domain ('name.tld') is read as '@' again. A real '8' or '€' between two such words
does not occur in an invoice's text: the domain shape is what decides.
"""

from __future__ import annotations

import re
from dataclasses import replace

from docmatch.types import Word

LOOKALIKES = frozenset({"8", "€", "©", "®", "&"})
NAME = re.compile(r"[\w.+-]*[A-Za-z][\w.+-]*")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
MAX_GAP_HEIGHTS = 1.5  # the gaps beside the sign, in the sign's heights


def mend_at_signs(words: list[Word]) -> list[Word]:
    """`words` with each lone '@' look-alike between an address's halves read as '@'."""
    mended = list(words)
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

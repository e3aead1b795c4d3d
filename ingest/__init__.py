"""Intake: every way a file comes in (watched folder, bucket inbox, upload, CLI) ends in
``ingest.intake.accept``, which stores the original once by its SHA-256, records the
document and queues it. ``sniff`` tells a file's real type from its bytes; ``paths`` reads
type and property hints from an inbox path.
"""

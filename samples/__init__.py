"""Synthetic property-management documents with ground truth, for benchmarks and tests.

Contract: ``samples.generate.generate(out, seed=..., count=...)`` writes, for each document,
a text-layer PDF (``digital``), a degraded scan (``scan``) and for some a phone photo
(``photo``), plus one ground-truth JSON naming those files, and master data (vendors,
properties, GL accounts, AP and AR items, purchase orders) consistent with the documents,
into ``out/master-data/``. The same seed gives the same ground truth. Vendors, trades,
line-item catalogues, label wordings and layouts are data in ``samples/data/``.
"""

"""Review, approval and export: what people decide about a document after it is read,
and how approved invoices reach the accounting system exactly once.

Contract (service functions take a SQLAlchemy session or the process context and
keyword-only arguments; failures are ``DocmatchError`` subclasses from ``review.errors``):
- ``users``: ``create_user(session, name=, role=, properties=, limit=) -> NewUser`` (the
  token is shown once, only its SHA-256 is stored), ``authenticate(session, token=)``;
  roles ``reviewer``, ``approver`` (their properties, up to their limit) and ``admin``.
- ``queue.review_queue(session, user=, where=, rules=, limit=, offset=)``: documents
  waiting for review, oldest first, with their lowest confidence and why each needs a
  person; ``queue.list_visible`` for every document a user may see.
- ``decisions.correct / confirm / reject(session, document_id=, version=, user=, ...)``:
  each write names the version it read and is refused (409) when the document moved on;
  every change goes to the audit trail (``audit.history``). Confirming teaches
  (``learning``: alias, learned layout, coding history) and routes the invoice
  (``approvals.route``); ``decisions.confirm_if_straight_through`` is the pipeline's.
- ``approvals.decide(session, document_id=, version=, user=, approve=, reason=)`` and
  ``approvals.pending_for(session, user=)``.
- ``exports.export_approved(ctx, fmt=, actor=)``: one batch of every approved invoice not
  exported yet, assigned, written and finished in recorded, resumable steps.
- ``learning.hints_for(session, vendor_code=)``: what extraction tries first for a vendor.
Rules that are data live in ``data/`` (straight-through thresholds, what is learned).
"""

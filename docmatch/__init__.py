"""docmatch: the shared pieces of the service (settings, database models, object storage,
the work queue, domain types and errors) and the pipeline that moves a document through
intake, reading, extraction and matching to review."""

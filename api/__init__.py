"""The HTTP API (FastAPI). Routers are thin: they parse, call a service, and shape a reply.

``create_app(ctx, runner=...)`` builds the app around a process :class:`~docmatch.context.Context`;
the embedded ``docmatch serve`` passes a runner that also watches the inbox.
"""

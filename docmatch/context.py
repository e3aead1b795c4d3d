"""The wiring of one process: settings, database sessions, object store and work queue.

Built once at the edge (the CLI, the API's start-up, a worker's start-up) and passed down.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from docmatch import db
from docmatch.settings import Settings
from docmatch.storage import ObjectStore, open_store


@dataclass
class Context:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    store: ObjectStore

    @cached_property
    def queue(self):  # type: ignore[no-untyped-def]  # WorkQueue; built only where work is sent
        from docmatch.queue import open_queue

        return open_queue(self.settings)

    def close(self) -> None:
        if "queue" in self.__dict__:
            self.queue.close()
        self.engine.dispose()


def build_context(settings: Settings, *, migrate: bool = True) -> Context:
    url = settings.resolved_database_url
    if migrate:
        db.upgrade(url)
    engine = db.make_engine(url)
    return Context(
        settings=settings,
        engine=engine,
        sessions=db.make_session_factory(engine),
        store=open_store(settings.resolved_storage_url),
    )

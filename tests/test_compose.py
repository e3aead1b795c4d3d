"""docker-compose.yml cannot be run here (no Docker engine), so it is checked against the
settings and the CLI it drives, and it cannot drift from them silently."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from typer.main import get_command

from docmatch.cli import app
from docmatch.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
DOCMATCH_SERVICES = ("api", "worker", "watcher")


def test_every_docmatch_service_runs_a_real_cli_command_with_valid_options() -> None:
    commands = get_command(app).commands  # type: ignore[attr-defined]
    for name in DOCMATCH_SERVICES:
        command, *args = SERVICES[name]["command"]
        assert command in commands, name
        options = {opt for param in commands[command].params for opt in param.opts}
        assert {a for a in args if a.startswith("--")} <= options, name


def test_environment_names_real_settings_and_distributed_mode() -> None:
    fields = {f"DOCMATCH_{name.upper()}" for name in Settings.model_fields}
    for name in DOCMATCH_SERVICES:
        env = SERVICES[name]["environment"]
        assert set(env) <= fields, set(env) - fields
        settings = Settings(
            _env_file=None, **{k.removeprefix("DOCMATCH_").lower(): v for k, v in env.items()}
        )  # type: ignore[arg-type]
        assert settings.mode == "distributed"


def test_urls_point_at_the_services_and_their_credentials() -> None:
    env = SERVICES["api"]["environment"]
    database = urlsplit(env["DOCMATCH_DATABASE_URL"])
    postgres = SERVICES["postgres"]["environment"]
    assert database.scheme == "postgresql+psycopg" and database.hostname == "postgres"
    assert (database.username, database.password, database.path.strip("/")) == (
        postgres["POSTGRES_USER"],
        postgres["POSTGRES_PASSWORD"],
        postgres["POSTGRES_DB"],
    )
    storage = urlsplit(env["DOCMATCH_STORAGE_URL"])
    minio = SERVICES["minio"]["environment"]
    assert (storage.scheme, storage.hostname, storage.port) == ("s3", "minio", 9000)
    assert (storage.username, storage.password) == (
        minio["MINIO_ROOT_USER"],
        minio["MINIO_ROOT_PASSWORD"],
    )
    broker = urlsplit(env["DOCMATCH_BROKER_URL"])
    assert broker.hostname in SERVICES and broker.hostname == "redis"


def test_workers_scale_and_everything_is_built_from_the_repo() -> None:
    worker = SERVICES["worker"]
    assert "container_name" not in worker and "ports" not in worker  # --scale worker=N works
    for name in DOCMATCH_SERVICES:
        assert SERVICES[name]["build"] == "."
        assert {"postgres", "redis", "minio"} <= set(SERVICES[name]["depends_on"])
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "tesseract-ocr-eng" in dockerfile and "tesseract-ocr-spa" in dockerfile
    assert 'ENTRYPOINT ["docmatch"]' in dockerfile
    assert SERVICES["watcher"]["volumes"][0].endswith(
        ":" + SERVICES["watcher"]["environment"]["DOCMATCH_INBOX"]
    )

"""The relay as an operator installs it: the `ementor-relay` wheel (packaging/relay/pyproject.toml)
built from this tree, installed alone into a fresh venv, without Qt, NumPy or OR-Tools; then run
as packaging/relay/Containerfile and compose.yaml run it (as plain processes: this machine cannot
run containers, see packaging/relay/README.md, "Containers").

One venv for the module: building the wheel and installing it and its dependencies takes a while.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
import yaml

from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.sync.relay_client import RelayClient, RelayRejected
from tests.relay.harness import PostgresCluster, listening_url

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging" / "relay"
#: What a relay server must never pull in (the desktop's GUI toolkit and its heavy numerics).
FORBIDDEN = ("PySide6", "shiboken6", "numpy", "ortools", "sqlcipher3", "scipy")


@dataclass
class RelayVenv:
    root: Path
    env: dict[str, str]

    @property
    def python(self) -> Path:
        return self.root / "bin" / "python"

    @property
    def relay(self) -> Path:
        return self.root / "bin" / "ementor-relay"


def _run(args: list[str | Path], env: dict[str, str], cwd: Path,
         timeout: float = 540) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], env=env, cwd=cwd, capture_output=True,
                            text=True, timeout=timeout, check=False)
    assert result.returncode == 0, f"{args[:4]} failed:\n{result.stdout}\n{result.stderr}"
    return result


def build_relay_wheel(out: Path, work: Path, env: dict[str, str]) -> Path:
    """Build the relay's wheel from a copy of the tree's sources (a build writes build/ and
    *.egg-info beside them, which must not land in the developer's checkout)."""
    stage = work / "stage"
    shutil.copytree(ROOT / "src", stage / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    (stage / "packaging" / "relay").mkdir(parents=True)
    shutil.copy2(PACKAGING / "pyproject.toml", stage / "packaging" / "relay" / "pyproject.toml")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out,
          stage / "packaging" / "relay"], env, work)
    (wheel,) = out.glob("ementor_relay-*.whl")
    return wheel


def test_the_relay_distribution_and_the_relay_extra_agree() -> None:
    """packaging/relay/pyproject.toml's dependencies are the app's `relay` extra plus PyNaCl
    (which the app has anyway), and the console script is the same."""
    import tomllib

    app = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    relay = tomllib.loads((PACKAGING / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pynacl = [d for d in app["dependencies"] if d.startswith("pynacl")]
    assert sorted(relay["dependencies"]) == sorted(app["optional-dependencies"]["relay"] + pynacl)
    assert relay["scripts"] == {"ementor-relay": app["scripts"]["ementor-relay"]}
    assert relay["requires-python"] == app["requires-python"]


@pytest.fixture(scope="module")
def relay_venv(tmp_path_factory: pytest.TempPathFactory) -> RelayVenv:
    work = tmp_path_factory.mktemp("relay-package")
    # Nothing of this checkout or of the test's venv may leak in: no PYTHONPATH, another cwd.
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    wheel = build_relay_wheel(work / "dist", work, env)
    venv = RelayVenv(work / "venv", env)
    _run([sys.executable, "-m", "venv", venv.root], env, work)
    _run([venv.python, "-m", "pip", "install", "--quiet", wheel], env, work)
    return venv


def test_the_relay_wheel_holds_only_the_relay_and_what_it_imports(
        tmp_path: Path, relay_venv: RelayVenv) -> None:
    probe = ("import importlib.metadata as m, importlib.util as u, json, sys\n"
             "import ementor_desktop, ementor_desktop.relay.__main__, "
             "ementor_desktop.relay.storage.postgres\n"
             f"forbidden = {FORBIDDEN!r}\n"
             "found = [n for n in forbidden if u.find_spec(n) is not None]\n"
             "files = [str(f) for f in m.files('ementor-relay') if f.suffix == '.py']\n"
             "print(json.dumps({'found': found, 'files': files,"
             " 'loaded': sorted(n for n in sys.modules if n.startswith('ementor_desktop')),"
             " 'where': ementor_desktop.__file__}))\n")
    result = _run([relay_venv.python, "-c", probe], relay_venv.env, tmp_path)
    report = json.loads(result.stdout)
    assert report["found"] == []
    assert Path(report["where"]).is_relative_to(relay_venv.root)
    packages = {str(Path(f).parent) for f in report["files"]}
    assert packages == {"ementor_desktop", "ementor_desktop/crypto", "ementor_desktop/protocol",
                        "ementor_desktop/relay", "ementor_desktop/relay/storage"}
    # Of the app's shared packages, exactly the modules the relay needs; nothing of the vault,
    # sync, domain or the GUI.
    assert {f for f in report["files"] if not f.startswith("ementor_desktop/relay")} == {
        "ementor_desktop/__init__.py", "ementor_desktop/log.py",
        "ementor_desktop/crypto/__init__.py", "ementor_desktop/crypto/mailbox_auth.py",
        "ementor_desktop/protocol/__init__.py", "ementor_desktop/protocol/relay_v1.py"}
    assert "ementor_desktop.relay.app" in report["loaded"]


@dataclass
class Spawned:
    proc: subprocess.Popen[str]
    base_url: str
    stderr_path: Path

    def stop(self) -> int:
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            return self.proc.wait(timeout=30)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
            assert self.proc.stdout is not None
            self.proc.stdout.close()


def spawn(args: list[str | Path], env: dict[str, str], cwd: Path, logs: Path) -> Spawned:
    """Start a relay command in `cwd`, its stderr to a file in `logs`; wait for its "listening
    on" line and a 200 from /healthz."""
    stderr_path = logs / f"relay-{time.monotonic_ns()}.stderr"
    with open(stderr_path, "w", encoding="utf-8") as stderr:
        proc = subprocess.Popen([str(a) for a in args], env=env, cwd=cwd,
                                stdout=subprocess.PIPE, stderr=stderr, text=True)
    spawned = Spawned(proc, listening_url(proc, stderr_path), stderr_path)
    deadline = time.monotonic() + 30  # a bound on hanging, not a timing
    while True:
        try:
            if requests.get(spawned.base_url + "/healthz", timeout=5).status_code == 200:
                return spawned
        except requests.ConnectionError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            spawned.stop()
            raise AssertionError(f"relay never healthy:\n{stderr_path.read_text()}")
        time.sleep(0.05)


def exchange(base_url: str, invite: str | None = None) -> None:
    """Create a mailbox, deposit, fetch and acknowledge with the app's own relay client."""
    key = MailboxAuthKey.generate()
    with requests.Session() as session:
        health = session.get(base_url + "/healthz", timeout=10)
        assert health.status_code == 200 and health.json() == {"status": "ok", "api": "v1"}
        client = RelayClient(base_url, session)
        box = client.create_mailbox(key, invite)
        client.deposit(box.send_id, b"sealed-envelope-bytes", "k1")
        (message,) = client.fetch(box.receive_id, key)
        assert message.body == b"sealed-envelope-bytes"
        assert client.ack(box.receive_id, key, [message.message_id]) == 1
        assert client.fetch(box.receive_id, key) == []


def test_the_installed_relay_serves(tmp_path: Path, relay_venv: RelayVenv) -> None:
    relay = spawn([relay_venv.relay, "--host", "127.0.0.1", "--port", "0",
                   "--db", tmp_path / "relay.sqlite3"], relay_venv.env, tmp_path, tmp_path)
    try:
        exchange(relay.base_url)
    finally:
        assert relay.stop() == 0


# ---- the container's configuration, run as plain processes ----

def _containerfile_command() -> list[str]:
    """ENTRYPOINT + CMD of the Containerfile's final stage (exec form, JSON arrays)."""
    text = (PACKAGING / "Containerfile").read_text(encoding="utf-8")
    final = text.rsplit("\nFROM ", 1)[-1]
    entry = json.loads(re.search(r"^ENTRYPOINT (\[.*\])$", final, re.MULTILINE)[1])  # type: ignore[index]
    cmd = json.loads(re.search(r"^CMD (\[.*\])$", final, re.MULTILINE)[1])  # type: ignore[index]
    return [*entry, *cmd]


def _compose_relay_service() -> tuple[list[str], dict[str, str]]:
    """The relay service's `command:` and `environment:` in compose.yaml."""
    compose = yaml.safe_load((PACKAGING / "compose.yaml").read_text(encoding="utf-8"))
    service = compose["services"]["relay"]
    assert compose["services"]["db"]["image"].startswith("docker.io/library/postgres:")
    assert service["read_only"] is True and service["cap_drop"] == ["ALL"]
    return list(service["command"]), {k: str(v) for k, v in service["environment"].items()}


@pytest.mark.postgres
def test_the_container_configuration_serves_on_postgres(
        tmp_path: Path, relay_venv: RelayVenv, postgres_cluster: PostgresCluster) -> None:
    """What `podman compose up` runs, as plain processes: the wheel installed as in the image,
    the image's config file, the compose service's command line and environment, a real
    PostgreSQL. Only addresses differ (127.0.0.1 and a free port instead of 0.0.0.0:8470, the
    test cluster instead of the `db` service), and the working folder is read-only."""
    image_command = _containerfile_command()
    compose_command, compose_env = _compose_relay_service()
    assert image_command[0] == "ementor-relay"
    config = tmp_path / "etc" / "relay.toml"
    config.parent.mkdir()
    shutil.copy2(PACKAGING / "container.toml", config)
    url = postgres_cluster.acquire()
    args = [*compose_command]
    args = [str(config) if a == "/etc/ementor-relay/relay.toml" else a for a in args]
    db_at = args.index("--db") + 1
    assert args[db_at].startswith("postgresql://relay@db:5432/")
    args[db_at] = url
    env = {**relay_venv.env, **compose_env}
    env.pop("PGPASSWORD", None)  # the test cluster trusts local connections
    readonly = tmp_path / "readonly"
    readonly.mkdir()
    readonly.chmod(0o555)
    relay_command = relay_venv.root / "bin" / image_command[0]
    # The operator's first step (README.md, "Containers"): an admission token, in the same
    # configuration (`podman compose exec relay ementor-relay tokens … issue`).
    token_args = ["tokens", *args, "issue", "--label", "test"]
    token = _run([relay_command, *token_args], env, readonly).stdout.strip()
    assert token.startswith("emr1_")
    relay = spawn([relay_command, *args, "--host", "127.0.0.1", "--port", "0"], env, readonly,
                  tmp_path)
    try:
        with pytest.raises(RelayRejected):  # admission = "tokens" in the image's config
            exchange(relay.base_url)
        exchange(relay.base_url, invite=token)
        result = subprocess.run(
            [str(relay_venv.python) if a == "python" else a for a in _healthcheck_command()],
            env={**env, "EMENTOR_RELAY_HEALTH_URL": relay.base_url + "/healthz"},
            cwd=readonly, capture_output=True, text=True, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
    finally:
        assert relay.stop() == 0
        postgres_cluster.release(url)
    assert list(readonly.iterdir()) == []
    # The image logs JSON lines (packaging/relay/README.md, "Logs").
    records = [json.loads(line) for line in relay.stderr_path.read_text().splitlines() if line]
    assert any(r["logger"] == "ementor.relay" and r["message"].startswith("relay: ready")
               for r in records)


def _healthcheck_command() -> list[str]:
    text = (PACKAGING / "Containerfile").read_text(encoding="utf-8")
    match = re.search(r"^HEALTHCHECK .*? CMD (\[.*\])$", text, re.MULTILINE)
    assert match is not None
    return list(json.loads(match[1]))


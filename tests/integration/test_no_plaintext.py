"""Nothing in plaintext on disk: canaries written through every repository must not appear in
any file of the home folder (database, WAL, key file, logs) or the temp folder, while the vault is
open and after it is closed; nor may any key."""

from __future__ import annotations

import logging
import secrets
import tempfile
from pathlib import Path

from ementor_desktop import log
from ementor_desktop.domain.models import Contact, Message, MessageState, Profile, Role
from ementor_desktop.domain.settings import Settings
from ementor_desktop.home import Home
from ementor_desktop.store import backup
from ementor_desktop.store.repos import IdentityRepo, Repos
from ementor_desktop.store.vault import Vault
from tests.conftest import PASSPHRASE

CANARIES = {name: f"CANARY{name.upper()}{secrets.token_hex(6)}" for name in (
    "profile", "bio", "contact", "contactprofile", "title", "message", "draft", "outbox",
    "setting", "searchterm")}


def forms(secret: str | bytes) -> list[bytes]:
    raw = secret.encode() if isinstance(secret, str) else secret
    out = [raw, raw.hex().encode(), raw.hex().upper().encode()]
    if isinstance(secret, str):
        out.append(secret.encode("utf-16-le"))
    return out


def scan(roots: list[Path], secrets_: dict[str, str | bytes]) -> list[str]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file():
                continue
            data = path.read_bytes()
            for name, secret in secrets_.items():
                if any(form in data for form in forms(secret)):
                    found.append(f"{name} in {path}")
    return found


def write_everything(vault: Vault) -> None:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        repos.profile.save(Profile(display_name=CANARIES["profile"], role=Role.MENTEE,
                                   bio=CANARIES["bio"], updated_at=1))
        contact = Contact(id=secrets.token_hex(8), display_name=CANARIES["contact"],
                          signing_key=secrets.token_bytes(32), box_key=secrets.token_bytes(32),
                          profile={"bio": CANARIES["contactprofile"]}, created_at=1)
        repos.contacts.add(contact)
        conv = repos.conversations.direct_with(contact.id, 1)
        vault.db.execute("UPDATE conversations SET title = ? WHERE id = ?",
                         (CANARIES["title"], conv.id))
        for i in range(50):
            message = repos.messages.add(Message(
                id=secrets.token_hex(16), conversation_id=conv.id, direction="out",
                body=f"{CANARIES['message']} {CANARIES['searchterm']} #{i}", sent_at=i,
                state=MessageState.QUEUED))
        repos.outbox.enqueue(contact_id=contact.id, kind="text",
                             payload=CANARIES["outbox"].encode(), idempotency_key="k",
                             created_at=1, message_id=message.id)
        repos.drafts.save(conv.id, CANARIES["draft"], 1)
        Settings(repos.settings).set("relay_url", f"https://{CANARIES['setting']}.example")
    assert repos.messages.search(CANARIES["searchterm"])  # the FTS index holds it too
    log.store.info("wrote canaries through every repository")  # logs exist and are scanned


def test_no_plaintext_anywhere_on_disk(vault: Vault, home: Home, tmp_path: Path) -> None:
    log.setup_file_logging(home.log_dir, level=logging.DEBUG)
    identity = IdentityRepo(vault.db).get()
    write_everything(vault)
    secrets_: dict[str, str | bytes] = {
        **CANARIES, "passphrase": PASSPHRASE, "database key": vault.database_key_for_backup(),
        "signing key": identity.signing_seed, "box key": identity.box_secret}
    temp = Path(tempfile.gettempdir())
    assert (home.root / "vault.db-wal").exists(), "the WAL must be scanned while it holds data"
    assert scan([home.root, temp], secrets_) == []
    backup.create_backup(vault, temp / "backup.file", PASSPHRASE)
    vault.close()
    assert (home.log_dir / "ementor.log").stat().st_size > 0
    assert scan([home.root, temp], secrets_) == []
    # deleting a draft with secure_delete leaves no trace of it in the file either
    with Vault.open(home, PASSPHRASE) as again:
        again.db.execute("DELETE FROM drafts")
    assert scan([home.root], {"draft": CANARIES["draft"]}) == []


def test_the_scan_would_find_plaintext(tmp_path: Path) -> None:
    """Guard against a scan that can never fail."""
    (tmp_path / "leak.txt").write_bytes(b"xx" + CANARIES["message"].encode("utf-16-le"))
    (tmp_path / "key.txt").write_text(b"\x01\x02".hex())
    assert len(scan([tmp_path], {"m": CANARIES["message"], "k": b"\x01\x02"})) == 2

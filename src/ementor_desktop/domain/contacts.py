"""Contacts: invite codes, accepting them, safety numbers, verification and key changes.

An invite (docs/protocol.md Part 2, "Connecting") is one line carrying what the other side needs:
the relay, the send id of a one-time invite mailbox, our public keys, a one-time secret, an expiry
and our name. Accepting it adds the contact, creates our return mailbox on the same relay, and
queues a sealed `hello` carrying the secret and our return address. Creating and accepting an
invite need the relay (they create mailboxes); everything else works offline.
"""

from __future__ import annotations

import binascii
import hashlib
import hmac
import json
import re
import secrets
import time
from collections.abc import Collection
from dataclasses import dataclass, field

import requests

from ementor_desktop import log
from ementor_desktop.crypto.derive import conversation_id_for, party_digits
from ementor_desktop.crypto.identity import PublicIdentity
from ementor_desktop.crypto.keys import BadPublicKey, check_box_key, check_signing_key
from ementor_desktop.crypto.mailbox_auth import MailboxAuthKey
from ementor_desktop.domain.inbox import Inbox
from ementor_desktop.domain.messaging import new_idempotency_key
from ementor_desktop.domain.models import Contact
from ementor_desktop.domain.settings import NAMES_SEEN_KEY, admission_for
from ementor_desktop.errors import EmentorError, UsageError
from ementor_desktop.protocol import display
from ementor_desktop.protocol import relay_v1 as wire
from ementor_desktop.protocol.content import CAPS, MAX_CAPS, Content
from ementor_desktop.protocol.relay_url import parse_relay_url
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.mailboxes import Invite
from ementor_desktop.store.vault import Vault, now_ms
from ementor_desktop.sync.engine import SyncReport
from ementor_desktop.sync.relay_client import RelayClient

INVITE_PREFIX = "ementor-invite-1:"
DEFAULT_INVITE_DAYS = 7
_CAP = re.compile(r"[a-z][a-z0-9_.-]{0,31}")
_HEX32 = re.compile(r"[0-9a-f]{32}")


#: The latest expiry an invite may name: the last second of the year 9999.
MAX_EXPIRY_S = 253_402_300_799


@dataclass(frozen=True)
class InviteCode:
    relay_url: str
    send_id: str
    signing_key: bytes
    box_key: bytes
    invite_id: str
    secret: bytes
    expires_at: int  # seconds since the epoch
    name: str
    caps: tuple[str, ...] = field(default=())  # protocol 1.1: what the inviter understands

    def encode(self) -> str:
        doc: dict[str, object] = {
            "r": self.relay_url, "s": self.send_id,
            "k": wire.b64url_encode(self.signing_key), "b": wire.b64url_encode(self.box_key),
            "i": self.invite_id, "x": wire.b64url_encode(self.secret), "e": self.expires_at,
            "n": self.name}
        if self.caps:
            doc["c"] = list(self.caps)
        payload = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
        check = hashlib.blake2b(payload, digest_size=4).hexdigest()
        return f"{INVITE_PREFIX}{wire.b64url_encode(payload)}.{check}"

    @classmethod
    def parse(cls, text: str) -> InviteCode:
        text = "".join(text.split())  # codes survive line breaks and stray spaces from chat apps
        bad = UsageError("This is not a valid eMentor invite code (it may be cut short or "
                         "mistyped). Ask for the code again and paste all of it.")
        if not text.startswith(INVITE_PREFIX):
            raise bad
        body, _, check = text[len(INVITE_PREFIX):].rpartition(".")
        try:
            payload = wire.b64url_decode(body)
            if not hmac.compare_digest(hashlib.blake2b(payload, digest_size=4).hexdigest(),
                                       check):
                raise ValueError("checksum")
            doc = json.loads(payload)
            caps = doc.get("c", []) if isinstance(doc, dict) else None
            if (not isinstance(caps, list) or len(caps) > MAX_CAPS
                    or not all(isinstance(c, str) and _CAP.fullmatch(c) for c in caps)):
                raise ValueError("caps")
            if not isinstance(doc, dict) or not all(
                    isinstance(doc.get(k), str) for k in ("r", "s", "k", "b", "i", "x", "n")):
                raise ValueError("types")
            expires = doc.get("e")
            if not isinstance(expires, int) or isinstance(expires, bool) or \
                    not 0 <= expires <= MAX_EXPIRY_S:
                raise ValueError("expiry")
            code = cls(relay_url=parse_relay_url(doc["r"]), send_id=doc["s"],
                       signing_key=wire.b64url_decode(doc["k"], 32),
                       box_key=wire.b64url_decode(doc["b"], 32), invite_id=doc["i"],
                       secret=wire.b64url_decode(doc["x"], 32), expires_at=expires,
                       name=doc["n"], caps=tuple(caps))
            wire.parse_id(code.send_id)
            PublicIdentity(code.signing_key, code.box_key)
            check_signing_key(code.signing_key)
            check_box_key(code.box_key)
            if (len(code.secret) != 32 or not _HEX32.fullmatch(code.invite_id)
                    or not code.name.strip() or len(code.name.encode()) > 320):
                raise ValueError("fields")
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error,
                wire.ProtocolError, BadPublicKey):
            raise bad from None
        return code


@dataclass(frozen=True)
class ContactView:
    contact: Contact
    safety_number: str

    def to_json(self) -> dict[str, object]:
        c = self.contact
        return {"id": c.id, "name": c.display_name, "role": c.role,
                "safety_number": self.safety_number, "verified": c.verified,
                "state": c.state, "key_changed": c.key_change_pending}


def safety_number_for(mine: PublicIdentity, signing_key: bytes, box_key: bytes) -> str:
    """60 digits in twelve groups of five, the same on both sides (each party's 30 digits,
    in sorted order). Compare it aloud or by scanning the other's QR code."""
    parts = sorted([party_digits(mine.signing_key, mine.box_key),
                    party_digits(signing_key, box_key)])
    digits = "".join(parts)
    return " ".join(digits[i:i + 5] for i in range(0, 60, 5))


def safety_qr_payload(number: str) -> str:
    return "ementor-safety-1:" + "".join(number.split())


def _my_public(repos: Repos) -> PublicIdentity:
    return repos.identity.get().public


def safety_number(vault: Vault, contact: Contact, pending: bool = False) -> str:
    """The safety number with a contact (with the keys awaiting acceptance, if `pending`)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        mine = _my_public(repos)
        if pending:
            keys = repos.contacts.pending_keys(contact.id)
            if keys is None:
                raise UsageError(f"{contact.display_name}'s key has not changed.")
            return safety_number_for(mine, *keys)
    return safety_number_for(mine, contact.signing_key, contact.box_key)


def list_contacts(vault: Vault) -> list[ContactView]:
    with vault.mutex:
        repos = Repos.over(vault.db)
        mine = _my_public(repos)
        return [ContactView(c, safety_number_for(mine, c.signing_key, c.box_key))
                for c in repos.contacts.list()]


# -- naming a contact on the command line ---------------------------------------------------
# A contact chooses their own name and may change it at any time, so a name alone must never be
# able to redirect what the person meant for someone else. A query names a contact by its id, or
# by a name: every contact whose name (cleaned, any case) starts with the query is a candidate,
# an exact match included, and more than one candidate is an error listing them all. So a contact
# who renames themselves to "Ben" makes `ben` ambiguous instead of capturing what was meant for
# "Benjamin". The names the person last saw are remembered (`_NAMES_SEEN`, in the vault) so a
# change made by the contact is pointed out; a query that fits only the new name is refused.

# Not a user setting: the name each contact had when the person last named or listed them.
_NAMES_SEEN = NAMES_SEEN_KEY
_MAX_ID_LENGTH = 64


@dataclass(frozen=True)
class Resolved:
    """A contact a query named, and the name they had before they changed it (if they did
    since the person last saw them)."""

    contact: Contact
    renamed_from: str | None = None


def _name_key(name: str) -> str:
    return display.clean_name(name).casefold()


def _shown(name: str) -> str:
    return display.clean_name(name) or "(no name)"


def _candidates(repos: Repos, query: str) -> list[Contact] | Contact:
    wanted = display.clean_name(query)
    if not wanted:
        raise UsageError("Give a contact's name or id (`ementor contacts` lists them).")
    if len(wanted) <= _MAX_ID_LENGTH:
        by_id = repos.contacts.get(wanted)
        if by_id is not None and by_id.kind == "person":  # a programme's party is not named
            return by_id
    key = wanted.casefold()
    return [c for c in repos.contacts.list() if _name_key(c.display_name).startswith(key)]


def _one(query: str, found: list[Contact]) -> Contact:
    shown_query = display.clean_name(query)[:80]
    if not found:
        raise UsageError(f"No contact called {shown_query!r}. `ementor contacts` lists them.")
    if len(found) > 1:
        names = ", ".join(f"{_shown(c.display_name)} (id {c.id})" for c in found)
        raise UsageError(f"{shown_query!r} could mean {len(found)} contacts: {names}. "
                         "Use the id.")
    return found[0]


def find_contact(vault: Vault, name_or_id: str) -> Contact:
    """The contact `name_or_id` names: an id, or a name (or its beginning) that fits exactly one
    contact. Raises UsageError (listing the candidates when several fit)."""
    with vault.mutex:
        found = _candidates(Repos.over(vault.db), name_or_id)
    return found if isinstance(found, Contact) else _one(name_or_id, found)


def resolve_contact(vault: Vault, name_or_id: str) -> Resolved:
    """Like `find_contact`, and aware of renames: a contact found by a name they changed since
    the person last saw them comes with `renamed_from`; if the query fits only their new name,
    it is refused (the person may have meant someone else). Writes nothing: once the command
    has done its work, `remember_names(vault, [contact.id])` notes the name as seen."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        found = _candidates(repos, name_or_id)
        seen = _names_seen(repos)
    if isinstance(found, Contact):
        return Resolved(found)
    contact = _one(name_or_id, found)
    before = seen.get(contact.id)
    if before is None or _name_key(before) == _name_key(contact.display_name):
        return Resolved(contact)
    if not _name_key(before).startswith(display.clean_name(name_or_id).casefold()):
        raise UsageError(
            f"{display.clean_name(name_or_id)[:80]!r} fits {_shown(contact.display_name)} "
            f"(id {contact.id}), who was called {_shown(before)!r} until they changed their "
            "name. To be sure you mean them, use the id (`ementor contacts` lists them).")
    return Resolved(contact, renamed_from=before)


def _names_seen(repos: Repos) -> dict[str, str]:
    value = repos.settings.get(_NAMES_SEEN, {})
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def remember_names(vault: Vault, ids: Collection[str] | None = None) -> dict[str, str]:
    """Note contacts' current names as seen by the person: every contact's, or those in `ids`
    (and any contact not noted yet). Returns {contact id: previous name} for the noted contacts
    who changed their name since. Best effort: a vault that cannot be written (a full disk)
    only loses the note."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        seen = _names_seen(repos)
        current = {c.id: c.display_name for c in repos.contacts.list()}
        noted = {cid: name if (ids is None or cid in ids or cid not in seen) else seen[cid]
                 for cid, name in current.items()}
        changed = {cid: seen[cid] for cid, name in noted.items()
                   if cid in seen and _name_key(seen[cid]) != _name_key(name)}
        if noted != seen:
            try:
                with vault.db.transaction():
                    repos.settings.set(_NAMES_SEEN, noted)
            except EmentorError:
                log.domain.warning("could not note contact names (%d)", len(noted))
    return changed


def _same_number(given: str, expected: str) -> bool:
    return hmac.compare_digest("".join(given.split()).encode(), "".join(expected.split()).encode())


def _mismatch(contact: Contact) -> UsageError:
    return UsageError(f"That number does not match the safety number with "
                      f"{contact.display_name}. Compare again; if it still differs, someone may "
                      "be in the middle: do not trust this contact yet.")


def verify_contact(vault: Vault, contact_id: str, number: str) -> Contact:
    """Mark the contact verified if `number` matches the safety number (spaces ignored).

    While a key change is pending, the number decides it: the new keys' number accepts the
    change, the current keys' number refuses it (the person confirmed the keys they know)."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        current = safety_number(vault, contact)
        pending = (safety_number(vault, contact, pending=True)
                   if contact.key_change_pending else None)
        with vault.db.transaction():
            if pending is not None and _same_number(number, pending):
                _accept_key_change(vault, repos, contact.id)
            elif _same_number(number, current):
                if contact.key_change_pending:
                    _refuse_key_change(repos, contact.id)
            else:
                raise _mismatch(contact)
            repos.contacts.set_verified(contact.id, True)
        updated = repos.contacts.get(contact.id)
    assert updated is not None
    vault.outbox_changed()
    return updated


def accept_key_change(vault: Vault, contact_id: str, number: str) -> Contact:
    """Accept a contact's new keys: only with the new safety number, compared with them."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        if not contact.key_change_pending:
            raise UsageError(f"{contact.display_name}'s key has not changed.")
        if not _same_number(number, safety_number(vault, contact, pending=True)):
            raise _mismatch(contact)
        with vault.db.transaction():
            _accept_key_change(vault, repos, contact.id)
            repos.contacts.set_verified(contact.id, True)
        updated = repos.contacts.get(contact.id)
    assert updated is not None
    vault.outbox_changed()
    return updated


def refuse_key_change(vault: Vault, contact_id: str) -> None:
    """Keep the contact's current keys: the change and what its new key sent are dropped."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        if not contact.key_change_pending:
            raise UsageError(f"{contact.display_name}'s key has not changed.")
        with vault.db.transaction():
            _refuse_key_change(repos, contact.id)
    vault.outbox_changed()


def _contact(repos: Repos, contact_id: str) -> Contact:
    contact = repos.contacts.get(contact_id)
    if contact is None:
        raise UsageError("No such contact.")
    return contact


def _accept_key_change(vault: Vault, repos: Repos, contact_id: str) -> None:
    repos.contacts.accept_key_change(contact_id)
    # Envelopes sealed to the old key are sealed again to the new one, under new keys.
    repos.outbox.reseal_for(contact_id, {item_id: new_idempotency_key()
                                         for item_id in repos.outbox.sealed_ids(contact_id)})
    released = Inbox(vault).replay(repos, SyncReport(), contact_id)  # what the new key sent
    log.domain.info("key change accepted for a contact (%d kept envelopes applied)", released)


def _refuse_key_change(repos: Repos, contact_id: str) -> None:
    repos.contacts.refuse_key_change(contact_id)
    dropped = repos.held.drop_for(contact_id)
    log.domain.info("key change refused for a contact (%d kept envelopes dropped)", dropped)


def accept_route(vault: Vault, contact_id: str) -> Contact:
    """Let a contact's messages go to the relay they asked for (one this vault had not used)."""
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        if not repos.contacts.accept_pending_route(contact.id):
            raise UsageError(f"{contact.display_name} has not asked to move to another relay.")
        repos.outbox.retry_now(contact.id)
        updated = repos.contacts.get(contact.id)
    assert updated is not None
    vault.outbox_changed()
    return updated


def block_contact(vault: Vault, contact_id: str) -> Contact:
    """Nothing from them is stored or fetched any more: their mailbox is deleted on the relay,
    what was queued for them or kept from them is dropped. The history stays readable."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        repos.contacts.set_state(contact.id, "blocked")
        _cut_off(repos, contact.id, now)
        updated = repos.contacts.get(contact.id)
    assert updated is not None
    vault.outbox_changed()
    log.domain.info("contact blocked")
    return updated


def remove_contact(vault: Vault, contact_id: str) -> None:
    """Block, then delete the contact with their conversation history."""
    now = now_ms()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        contact = _contact(repos, contact_id)
        _cut_off(repos, contact.id, now)
        repos.contacts.delete(contact.id)
    vault.outbox_changed()
    log.domain.info("contact removed")


def _cut_off(repos: Repos, contact_id: str, now: int) -> None:
    conversation = repos.conversations.direct_id(contact_id)
    if conversation is not None:  # what was never sent will not be: say so
        repos.messages.fail_queued(conversation, now)
    repos.outbox.drop_for(contact_id)
    repos.held.drop_for(contact_id)
    for mailbox in repos.mailboxes.of_contact(contact_id):
        repos.mailboxes.retire(mailbox.id, now)  # the sync engine deletes it on the relay


# -- invites ---------------------------------------------------------------------------------

def create_invite(vault: Vault, relay_url: str, session: requests.Session | None = None,
                  days: int = DEFAULT_INVITE_DAYS, admission: str | None = None) -> str:
    """Create a one-time invite mailbox on the relay and return the one-line invite code.
    `admission`: the relay's admission code, if given now (else the configured one, for the
    configured relay)."""
    try:
        relay_url = parse_relay_url(relay_url)
    except wire.ProtocolError as err:
        raise UsageError(f"That relay address cannot be used ({err}).") from None
    with vault.mutex:
        repos = Repos.over(vault.db)
        profile = repos.profile.get()
        mine = _my_public(repos)
        admission = admission or admission_for(repos, relay_url)
    auth = MailboxAuthKey.generate()
    with RelayClient(relay_url, session) as client:  # its own connection unless given one
        ids = client.create_mailbox(auth, invite=admission)
    now = now_ms()
    expires_ms = now + days * 86_400_000
    invite = Invite(id=secrets.token_hex(16), secret=secrets.token_bytes(32), mailbox_id=0,
                    created_at=now, expires_at=expires_ms, used_at=None, used_by=None)
    with vault.mutex, vault.db.transaction():
        mailbox_id = repos.mailboxes.add(
            relay_url=relay_url, receive_id=ids.receive_id, send_id=ids.send_id,
            auth_seed=auth.seed, purpose="invite", created_at=now, expires_at=expires_ms)
        repos.invites.add(Invite(invite.id, invite.secret, mailbox_id, now, expires_ms, None,
                                 None))
    log.domain.info("invite created")
    return InviteCode(relay_url=relay_url, send_id=ids.send_id, signing_key=mine.signing_key,
                      box_key=mine.box_key, invite_id=invite.id, secret=invite.secret,
                      expires_at=expires_ms // 1000,
                      name=profile.display_name if profile else "", caps=CAPS).encode()


def accept_invite(vault: Vault, code_text: str, session: requests.Session | None = None,
                  admission: str | None = None) -> Contact:
    """Add the inviter as a contact, create our return mailbox on the invite's relay, and queue
    the `hello`. `admission`: that relay's admission code, if given now (else the configured
    one, when the invite's relay is the configured relay)."""
    code = InviteCode.parse(code_text)
    if code.expires_at * 1000 < now_ms():
        when = time.strftime("%Y-%m-%d", time.gmtime(code.expires_at))
        raise UsageError(f"This invite expired on {when}. Ask {code.name} for a new one.")
    with vault.mutex:
        repos = Repos.over(vault.db)
        mine = _my_public(repos)
        profile = repos.profile.get()
        if code.signing_key == mine.signing_key:
            raise UsageError("This is your own invite: send it to the person you want to "
                             "connect with.")
        existing = repos.contacts.by_signing_key(code.signing_key)
        if existing is not None:
            raise UsageError(f"This invite was already used: you are connected with "
                             f"{existing.display_name}.")
        admission = admission or admission_for(repos, code.relay_url)
    auth = MailboxAuthKey.generate()
    with RelayClient(code.relay_url, session) as client:
        ids = client.create_mailbox(auth, invite=admission)
    now = now_ms()
    # the inviter chose this name: no controls, bidi or invisible characters in it
    contact = Contact(id=secrets.token_hex(8),
                      display_name=display.clean_name(code.name)[:80] or "Unnamed contact",
                      signing_key=code.signing_key, box_key=code.box_key,
                      relay_url=code.relay_url, send_id=code.send_id, state="pending",
                      created_at=now, capabilities=frozenset(code.caps))
    conv_id = conversation_id_for(mine.signing_key, code.signing_key)
    body: dict[str, object] = {
        "invite": code.invite_id, "secret": code.secret.hex(), "box": mine.box_key.hex(),
        "name": profile.display_name if profile else "",
        "role": profile.role.value if profile else "mentee",
        "headline": profile.headline if profile else "",
        "relay": code.relay_url, "send_id": ids.send_id}
    if code.caps:  # a protocol 1.0 inviter would refuse a field it does not know
        body["caps"] = list(CAPS)
    hello = Content(message_id=secrets.token_hex(16), conversation_id=conv_id, seq=0,
                    kind="hello", sent_at=now, body=body)
    with vault.mutex, vault.db.transaction():
        repos.contacts.add(contact)
        repos.mailboxes.add(relay_url=code.relay_url, receive_id=ids.receive_id,
                            send_id=ids.send_id, auth_seed=auth.seed, purpose="contact",
                            contact_id=contact.id, created_at=now)
        repos.conversations.direct_with(contact.id, now, conv_id)
        repos.outbox.enqueue(contact_id=contact.id, kind="hello", payload=hello.encode(),
                             idempotency_key=new_idempotency_key(), created_at=now)
    vault.outbox_changed()
    log.domain.info("invite accepted; hello queued")
    return contact

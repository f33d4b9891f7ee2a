"""A typed client for relay API v1 (docs/protocol.md Part 1) over an injected `requests.Session`.

Owns HTTP calls to one relay and the signing of owner commands. It never stores anything and
never retries on its own: every failure becomes a `RelayError` (a `NetworkError`) that says what
happened, and the sync engine decides what to do next. It never logs ids, keys or bodies.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import requests
from nacl.signing import SigningKey

from ementor_desktop.errors import NetworkError
from ementor_desktop.protocol import relay_v1 as wire

#: A challenge handed back by the relay is used only this long (relays keep them 60 s).
SPARE_CHALLENGE_SECONDS = 30.0


class RelayError(NetworkError):
    """Base of every relay failure; `status` is the HTTP status, 0 when there was none."""

    status = 0

    def __init__(self, message: str, status: int = 0, code: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class RelayUnreachable(RelayError):
    """No connection could be made (relay down, wrong address, no network)."""


class RelayTimeout(RelayError):
    """The relay did not answer in time."""


class RelayRateLimited(RelayError):
    """429: too many requests, or the mailbox is full (`code == "mailbox_full"`)."""

    def __init__(self, message: str, status: int, code: str, retry_after: float) -> None:
        super().__init__(message, status, code)
        self.retry_after = retry_after


class RelayServerError(RelayError):
    """5xx: the relay or its storage has a problem; trying later may work."""


class RelayUnauthorized(RelayError):
    """401: the relay did not accept the owner signature (or does not know the mailbox)."""


class RelayNotFound(RelayError):
    """404: the relay does not know this send id (the mailbox may have been deleted)."""


class RelayRejected(RelayError):
    """Another 4xx: the request itself is wrong (too large, conflict, invite missing)."""


class RelayProtocolError(RelayError):
    """The relay answered something that is not API v1."""


@dataclass(frozen=True)
class MailboxLimits:
    max_body_bytes: int
    quota_messages: int
    quota_bytes: int
    message_ttl_seconds: int
    longpoll_max_seconds: float
    fetch_max_messages: int


@dataclass(frozen=True)
class MailboxIds:
    receive_id: str
    send_id: str
    limits: MailboxLimits


@dataclass(frozen=True)
class DepositReceipt:
    message_id: str
    received_at: float
    duplicate: bool


@dataclass(frozen=True)
class RelayMessage:
    message_id: str
    received_at: float
    body: bytes


def _field(data: dict[str, Any], name: str, kind: type[Any]) -> Any:
    value = data.get(name)
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or isinstance(value, bool) is not (kind is bool):
        raise RelayProtocolError(f"The relay's answer has no valid {name!r}.")
    return value


class RelayClient:
    """One relay at `base_url`; `session` is injected so tests and the app control transport."""

    def __init__(self, base_url: str, session: requests.Session, timeout: float = 10.0) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = session
        self.timeout = timeout
        self._spare_challenge: tuple[str, float] | None = None

    # ---- transport ----

    def _request(self, method: str, target: str, *, body: bytes = b"",
                 headers: dict[str, str] | None = None, timeout: float | None = None,
                 ok: tuple[int, ...] = (200,)) -> requests.Response:
        try:
            response = self.session.request(method, self.base_url + target, data=body or None,
                                            headers=headers or {},
                                            timeout=timeout or self.timeout)
        except requests.Timeout as exc:
            raise RelayTimeout("The relay did not answer in time.") from exc
        except requests.ConnectionError as exc:
            raise RelayUnreachable(f"Cannot reach the relay at {self.base_url}.") from exc
        except requests.RequestException as exc:
            raise RelayUnreachable(f"Cannot talk to the relay at {self.base_url}.") from exc
        if response.status_code in ok:
            return response
        raise self._error(response)

    def _error(self, response: requests.Response) -> RelayError:
        status = response.status_code
        code, message = "", ""
        try:
            payload = response.json()
            if isinstance(payload, dict):
                code = str(payload.get("error", ""))
                message = str(payload.get("message", ""))
        except ValueError:
            pass
        if status == 429:
            try:
                retry_after = max(0.0, float(response.headers.get("Retry-After", "1")))
            except ValueError:
                retry_after = 1.0
            what = ("The mailbox on the relay is full." if code == "mailbox_full"
                    else "The relay is limiting requests.")
            return RelayRateLimited(f"{what} Try again in {retry_after:.0f} s.", status, code,
                                    retry_after)
        if status >= 500:
            return RelayServerError(f"The relay has a problem (HTTP {status}); try again later.",
                                    status, code)
        if status == 401:
            return RelayUnauthorized("The relay did not accept this mailbox's signature.",
                                     status, code)
        if status == 404:
            return RelayNotFound("The relay does not know this mailbox.", status, code)
        return RelayRejected(message or f"The relay refused the request (HTTP {status}).",
                             status, code)

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any]:
        try:
            payload = response.json()
        except ValueError as exc:
            raise RelayProtocolError("The relay's answer is not JSON.") from exc
        if not isinstance(payload, dict):
            raise RelayProtocolError("The relay's answer is not a JSON object.")
        return payload

    # ---- open commands ----

    def health(self) -> bool:
        return self._json(self._request("GET", "/healthz")).get("status") == "ok"

    def create_mailbox(self, auth_key: SigningKey, invite: str | None = None) -> MailboxIds:
        """Register a new mailbox owned by `auth_key` (a key for this mailbox only)."""
        payload: dict[str, str] = {
            "auth_key": wire.b64url_encode(bytes(auth_key.verify_key))}
        if invite is not None:
            payload["invite"] = invite
        data = self._json(self._request(
            "POST", f"{wire.PREFIX}/mailboxes", body=json.dumps(payload).encode(),
            headers={"Content-Type": "application/json"}, ok=(201,)))
        limits = data.get("limits")
        if not isinstance(limits, dict):
            raise RelayProtocolError("The relay's answer has no valid 'limits'.")
        ids = MailboxIds(
            receive_id=_field(data, "receive_id", str), send_id=_field(data, "send_id", str),
            limits=MailboxLimits(
                max_body_bytes=_field(limits, "max_body_bytes", int),
                quota_messages=_field(limits, "quota_messages", int),
                quota_bytes=_field(limits, "quota_bytes", int),
                message_ttl_seconds=_field(limits, "message_ttl_seconds", int),
                longpoll_max_seconds=_field(limits, "longpoll_max_seconds", float),
                fetch_max_messages=_field(limits, "fetch_max_messages", int)))
        for text in (ids.receive_id, ids.send_id):
            try:
                wire.parse_id(text)
            except wire.ProtocolError as exc:
                raise RelayProtocolError("The relay returned a malformed mailbox id.") from exc
        return ids

    def deposit(self, send_id: str, blob: bytes, idempotency_key: str) -> DepositReceipt:
        """Deposit one sealed, padded envelope; repeating the same key is harmless."""
        if not wire.is_idempotency_key(idempotency_key):
            raise ValueError("idempotency_key must be 1-128 characters of [A-Za-z0-9_-]")
        response = self._request(
            "POST", f"{wire.PREFIX}/deposit/{send_id}", body=blob, ok=(201,),
            headers={"Content-Type": "application/octet-stream",
                     wire.IDEMPOTENCY_HEADER: idempotency_key})
        data = self._json(response)
        return DepositReceipt(_field(data, "message_id", str), _field(data, "received_at", float),
                              response.headers.get(wire.DUPLICATE_HEADER) == "1")

    def challenge(self) -> str:
        data = self._json(self._request("POST", f"{wire.PREFIX}/challenges", ok=(201,)))
        return str(_field(data, "challenge", str))

    # ---- owner commands ----

    def _owner(self, key: SigningKey, method: str, target: str, body: bytes = b"",
               timeout: float | None = None, ok: tuple[int, ...] = (200,)) -> requests.Response:
        spare, self._spare_challenge = self._spare_challenge, None
        if spare is not None and time.monotonic() - spare[1] > SPARE_CHALLENGE_SECONDS:
            spare = None
        while True:
            challenge = spare[0] if spare is not None else self.challenge()
            headers = {"Authorization": wire.sign_owner_command(key, challenge, method, target,
                                                                body)}
            if body:
                headers["Content-Type"] = "application/json"
            try:
                response = self._request(method, target, body=body, headers=headers,
                                         timeout=timeout, ok=ok)
            except RelayUnauthorized:
                if spare is None:
                    raise
                spare = None  # the spare may have expired meanwhile: once more, fresh
                continue
            break
        # A successful owner command hands back the next challenge, saving a round trip.
        next_challenge = response.headers.get(wire.NEXT_CHALLENGE_HEADER)
        if next_challenge:
            self._spare_challenge = (next_challenge, time.monotonic())
        return response

    def fetch(self, receive_id: str, key: SigningKey, wait: float = 0.0,
              limit: int | None = None) -> list[RelayMessage]:
        """Messages waiting in the mailbox, oldest first; with `wait`, long-poll that long."""
        query = [f"wait={wait:g}"] if wait > 0 else []
        if limit is not None:
            query.append(f"limit={limit}")
        target = f"{wire.PREFIX}/mailboxes/{receive_id}/messages"
        if query:
            target += "?" + "&".join(query)
        response = self._owner(key, "GET", target, timeout=self.timeout + wait)
        items = self._json(response).get("messages")
        if not isinstance(items, list):
            raise RelayProtocolError("The relay's answer has no valid 'messages'.")
        out = []
        for item in items:
            if not isinstance(item, dict):
                raise RelayProtocolError("The relay returned a malformed message.")
            try:
                body = wire.b64url_decode(_field(item, "body", str))
            except wire.ProtocolError as exc:
                raise RelayProtocolError("The relay returned a malformed message body.") from exc
            out.append(RelayMessage(_field(item, "id", str), _field(item, "received_at", float),
                                    body))
        return out

    def ack(self, receive_id: str, key: SigningKey, message_ids: list[str]) -> int:
        """Delete messages the app has committed; returns how many the relay deleted."""
        body = json.dumps({"ids": message_ids}).encode()
        data = self._json(self._owner(key, "POST", f"{wire.PREFIX}/mailboxes/{receive_id}/ack",
                                      body))
        return int(_field(data, "deleted", int))

    def rotate_key(self, receive_id: str, key: SigningKey, new_key: SigningKey) -> None:
        body = json.dumps({"auth_key": wire.b64url_encode(bytes(new_key.verify_key))}).encode()
        self._owner(key, "PUT", f"{wire.PREFIX}/mailboxes/{receive_id}/key", body, ok=(204,))

    def delete_mailbox(self, receive_id: str, key: SigningKey) -> None:
        self._owner(key, "DELETE", f"{wire.PREFIX}/mailboxes/{receive_id}", ok=(204,))

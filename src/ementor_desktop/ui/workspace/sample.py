"""Made-up workspace content for the screenshots: an agreement signed by both, goals with
progress and milestones (one private), a past session with notes and a fortnightly series,
feedback and a pulse. Written through the domain's services; the other person's part is written
as their app would (their own identity, applied as a peer's update). Never runs in normal use."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from ementor_desktop.crypto.identity import Identity
from ementor_desktop.domain import workspace
from ementor_desktop.domain.shared import Edit, SharedDocument
from ementor_desktop.protocol.content import CAPS_1_0
from ementor_desktop.protocol.shared_schema import KIND_STATE, KIND_UPDATE
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import Vault, now_ms


def give_peer_identity(vault: Vault, contact_id: str) -> Identity:
    """Give a sample contact (made with random keys) a real identity, so that what "they"
    sign verifies."""
    peer = Identity.generate()
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        repos.contacts.flag_key_change(contact_id, peer.public.signing_key, peer.public.box_key)
        repos.contacts.accept_key_change(contact_id)
    return peer


def peer_edit(vault: Vault, contact_id: str, peer: Identity,
              change: Callable[[SharedDocument], Edit]) -> Edit:
    """Make an edit as the other person's app would, and apply it here as their update."""
    with vault.mutex:
        repos = Repos.over(vault.db)
        stored = repos.shared.get(contact_id)
        conv = repos.conversations.direct_id(contact_id) or ""
        document = stored.document if stored is not None else None
        # Their replica holds the same records but writes with a client id of its own: the
        # stored form without this vault's own client ids (`mine`, and `client` where kept).
        copy = None
        if document is not None:
            kept = json.loads(document)
            copy = json.dumps({"v": kept["v"], "doc": kept["doc"], "mine": []}).encode()
        theirs = SharedDocument(conv, peer.public.signing_key, copy)
        made = change(theirs)
        assert made.update is not None
        mine = SharedDocument(conv, repos.identity.get().public.signing_key,
                              document if document is not None else None)
        mine.apply_remote(made.update, [peer.public.signing_key])
        with vault.db.transaction():
            repos.shared.save(contact_id, conv, mine.dump(), now_ms())
    return made


def seed_workspace(vault: Vault, contact_id: str, *, my_zone: str = "Europe/Madrid",
                   their_zone: str = "Europe/London") -> Identity:
    """The sample relationship (the viewer is the mentee); returns the mentor's identity."""
    with vault.mutex, vault.db.transaction():
        repos = Repos.over(vault.db)
        profile = repos.profile.get()
        if profile is not None:
            repos.profile.save(replace(profile, timezone=my_zone))
        contact = repos.contacts.get(contact_id)
        if contact is not None:
            repos.contacts.set_profile(contact_id, {**contact.profile, "timezone": their_zone})
    peer = give_peer_identity(vault, contact_id)
    today = date.today()
    workspace.propose_agreement(
        vault, contact_id, cadence="fortnightly", channels=["async", "video"],
        start=(today - timedelta(days=20)).isoformat(),
        until=(today + timedelta(days=160)).isoformat(),
        goals=["Lead a code review on my own", "Prepare my promotion talk"],
        response_hours=48,
        confidentiality="What we discuss stays between us unless we both agree otherwise.",
        reviews=[(today + timedelta(days=70)).isoformat()], coordinator=["agreement"])
    version = workspace.records(vault, contact_id).agreement.versions[-1].id
    peer_edit(vault, contact_id, peer, lambda doc: doc.sign(peer, version))

    review = workspace.add_goal(vault, contact_id, "Lead a code review on my own",
                                measure="I review a colleague's change without help and they "
                                        "find my comments useful.",
                                due=(today + timedelta(days=45)).isoformat())
    for step in (20, 40, 60):
        workspace.update_goal(vault, contact_id, review.id, progress=step)
    workspace.update_goal(vault, contact_id, review.id, milestone="Read the review guide")
    workspace.update_goal(vault, contact_id, review.id, done_milestone="Read the review guide")
    workspace.update_goal(vault, contact_id, review.id, milestone="Review one pull request")
    talk = workspace.add_goal(vault, contact_id, "Prepare my promotion talk",
                              measure="Three points, rehearsed with Amara.",
                              due=(today + timedelta(days=90)).isoformat())
    workspace.update_goal(vault, contact_id, talk.id, progress=30)
    private = workspace.add_goal(vault, contact_id, "Speak up in the weekly team meeting",
                                 private=True)
    workspace.update_goal(vault, contact_id, private.id, progress=20)

    kickoff_day = today - timedelta(days=12)
    kickoff = peer_edit(vault, contact_id, peer, lambda doc: doc.add_session(
        "Kick-off", start=f"{kickoff_day.isoformat()}T17:00", tz=their_zone, minutes=45,
        agenda="Goals for the next three months.")).record_id
    assert kickoff is not None
    peer_edit(vault, contact_id, peer, lambda doc: doc.update_session(kickoff, status="held"))
    workspace.session_notes(vault, contact_id, kickoff,
                            "Goals: code reviews, promotion talk.\nSam reads the review guide.",
                            replace_all=True)
    workspace.session_notes(vault, contact_id, kickoff, "I was nervous; it went fine.",
                            private=True)
    workspace.edit(vault, contact_id, lambda doc: doc.add_action(
        "Bring one hard review to the next session", session=kickoff,
        due=(today + timedelta(days=2)).isoformat()))
    series_day = today + timedelta(days=(1 - today.weekday()) % 7 or 7)  # next Tuesday
    peer_edit(vault, contact_id, peer, lambda doc: doc.add_session(
        "Fortnightly session", start=f"{series_day.isoformat()}T17:30", tz=their_zone,
        minutes=60, repeat="fortnightly", count=6,
        agenda="One review you found hard.\nYour three points for the talk.",
        link="https://meet.example.org/amara-sam"))
    workspace.give_feedback(vault, contact_id, session=kickoff, rating=5,
                            useful="Walking through the review guide together.",
                            try_next="More time for my questions at the end.",
                            next_step="Pick the review to bring next time.")
    peer_edit(vault, contact_id, peer, lambda doc: doc.add_feedback(
        session=kickoff, rating=4, useful="Sam came with clear goals.",
        try_next="Send the agenda a day before.", next_step="Read chapter 3."))
    workspace.answer_pulse(vault, contact_id, 4, {"note": "Good start."})
    workspace.add_private_note(vault, contact_id, "Prefers written feedback before calls.")
    with vault.mutex, vault.db.transaction():  # their app takes shared records (set last: the
        repos = Repos.over(vault.db)  # sample's edits above queue nothing for a relay)
        contact = repos.contacts.get(contact_id)
        if contact is not None:
            repos.contacts.set_capabilities(contact_id, sorted(
                set(contact.capabilities) | set(CAPS_1_0) | {KIND_STATE, KIND_UPDATE}))
    return peer

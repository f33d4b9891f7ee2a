"""Repositories: one per table group, the only code in the app that runs SQL.

Each takes a `Database` and returns domain records. `Repos(db)` bundles them for a caller.
"""

from __future__ import annotations

from dataclasses import dataclass

from ementor_desktop.store.db import Database
from ementor_desktop.store.repos.contacts import ContactRepo
from ementor_desktop.store.repos.conversations import ConversationRepo
from ementor_desktop.store.repos.drafts import DraftRepo
from ementor_desktop.store.repos.held import HeldRepo
from ementor_desktop.store.repos.identity import IdentityRepo
from ementor_desktop.store.repos.mailboxes import InviteRepo, MailboxRepo, ReceivedRepo
from ementor_desktop.store.repos.messages import MessageRepo
from ementor_desktop.store.repos.outbox import OutboxRepo
from ementor_desktop.store.repos.profile import ProfileRepo
from ementor_desktop.store.repos.programmes import ProgrammeRepo
from ementor_desktop.store.repos.settings import SettingsRepo
from ementor_desktop.store.repos.workspace import (
    ConsentRepo,
    NoteRepo,
    PrivateFeedbackRepo,
    PrivateGoalRepo,
    RelationshipRepo,
    SharedDocumentRepo,
)


@dataclass(frozen=True)
class Repos:
    identity: IdentityRepo
    profile: ProfileRepo
    contacts: ContactRepo
    conversations: ConversationRepo
    messages: MessageRepo
    drafts: DraftRepo
    outbox: OutboxRepo
    settings: SettingsRepo
    mailboxes: MailboxRepo
    invites: InviteRepo
    received: ReceivedRepo
    held: HeldRepo
    shared: SharedDocumentRepo
    private_goals: PrivateGoalRepo
    notes: NoteRepo
    private_feedback: PrivateFeedbackRepo
    relationships: RelationshipRepo
    consents: ConsentRepo
    programmes: ProgrammeRepo

    @classmethod
    def over(cls, db: Database) -> Repos:
        return cls(IdentityRepo(db), ProfileRepo(db), ContactRepo(db), ConversationRepo(db),
                   MessageRepo(db), DraftRepo(db), OutboxRepo(db), SettingsRepo(db),
                   MailboxRepo(db), InviteRepo(db), ReceivedRepo(db), HeldRepo(db),
                   SharedDocumentRepo(db), PrivateGoalRepo(db), NoteRepo(db),
                   PrivateFeedbackRepo(db), RelationshipRepo(db), ConsentRepo(db),
                   ProgrammeRepo(db))


__all__ = ["ConsentRepo", "ContactRepo", "ConversationRepo", "DraftRepo", "HeldRepo",
           "IdentityRepo", "InviteRepo", "MailboxRepo", "MessageRepo", "NoteRepo", "OutboxRepo",
           "PrivateFeedbackRepo", "PrivateGoalRepo", "ProfileRepo", "ProgrammeRepo", "ReceivedRepo",
           "RelationshipRepo", "Repos", "SettingsRepo", "SharedDocumentRepo"]

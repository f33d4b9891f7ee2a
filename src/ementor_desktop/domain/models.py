"""The domain's plain records, re-exported from `ementor_desktop.records` (where they live).

Kept so the domain, the front ends and tests can keep saying `domain.models`; the store and sync
import `ementor_desktop.records` directly, because they sit below the domain.
"""

from __future__ import annotations

from ementor_desktop.records import (
    Contact,
    Conversation,
    ConversationSummary,
    Draft,
    Message,
    MessageState,
    OutboxItem,
    Profile,
    Role,
    SearchHit,
)

__all__ = ["Contact", "Conversation", "ConversationSummary", "Draft", "Message", "MessageState",
           "OutboxItem", "Profile", "Role", "SearchHit"]

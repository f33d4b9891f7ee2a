"""The conversation jobs under their former name (the message list models import them from
here); they live in `ui/operations/conversations.py`."""

from ementor_desktop.ui.operations.conversations import *  # noqa: F403
from ementor_desktop.ui.operations.conversations import Cursor as Cursor
from ementor_desktop.ui.operations.conversations import order_key as order_key

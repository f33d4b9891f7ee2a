"""The relationship workspace in the app: the panel beside the conversation (agreement state,
goals with progress, next session, next step, reminders) and the views each part opens
(agreement, goals, sessions with notes, feedback and pulse, the relationship's life cycle).

Widgets only collect input and show what `ui/operations/workspace.py` read; the controller
(`ui/controllers/workspace.py`) runs every vault job on the worker. Anything the other person
wrote (titles, notes, terms, feedback, names) is shown as plain text, never as markup.
"""

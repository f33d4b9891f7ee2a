"""Vault jobs per domain area, run on the database worker (as Anki's `aqt/operations/`): the
controllers in `ui/controllers/` call these through `DbWorker`; none of them touches Qt."""

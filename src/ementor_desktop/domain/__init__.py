"""The mentoring domain: plain dataclasses and the services the CLI and the GUI both call.

Never runs SQL itself (it goes through `store.repos`), never imports Qt.
"""

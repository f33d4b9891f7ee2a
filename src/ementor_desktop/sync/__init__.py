"""Talking to relays: the typed relay client (relay_client.py) and the sync engine (engine.py)."""

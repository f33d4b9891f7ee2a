"""Talking to relays: the typed relay client (relay_client.py); the sync engine lands here later."""

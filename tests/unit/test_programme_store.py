"""The programme tables (store/repos/programmes.py) on a real vault: what the protocol's replay
rules rely on — a summary kept by greatest `at`, a card id kept once, a tombstone's time only
moving forward — and that the programme's parties stay out of the person's contact list."""

from __future__ import annotations

import pytest

from ementor_desktop.records import Contact
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programmes import CardRow, ProgrammeRow, SummaryRow
from ementor_desktop.store.vault import Vault


def _programme(repos: Repos) -> str:
    repos.programmes.add(ProgrammeRow(id="p" * 32, name="Data Futures", my_role="coordinator",
                                      state="coordinating", joined_at=1,
                                      relay_url="http://127.0.0.1:9"))
    return "p" * 32


def test_replay_rules_of_the_programme_tables(vault: Vault) -> None:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        pid = _programme(repos)

        def summary(at: int) -> SummaryRow:
            return SummaryRow(pid, "m1", "c" * 32, "2026-02", at, f'{{"at": {at}}}', "00")

        assert repos.programmes.put_summary(summary(5))
        assert not repos.programmes.put_summary(summary(5))  # the same again: nothing
        assert not repos.programmes.put_summary(summary(4))  # older: nothing
        assert repos.programmes.put_summary(summary(6))
        assert [s.at for s in repos.programmes.summaries(pid)] == [6]
        card = CardRow("k" * 32, pid, "{}", "00", 1, None, 1)
        assert repos.programmes.add_card(card)
        assert not repos.programmes.add_card(card)
        repos.programmes.add_tombstone(pid, bytes(32), 10)
        repos.programmes.add_tombstone(pid, bytes(32), 7)  # never moves back
        assert repos.programmes.tombstone(pid, bytes(32)) == 10
        with pytest.raises(ValueError, match="unknown column"):
            repos.programmes.update(pid, name_or_anything="x")


def test_a_programme_party_is_not_among_the_contacts(vault: Vault) -> None:
    repos = Repos.over(vault.db)
    with vault.db.transaction():
        for n, kind in enumerate(("person", "programme")):
            repos.contacts.add(Contact(id=f"c{n}", display_name=f"Name {n}",
                                       signing_key=bytes([n + 1]) * 32, box_key=bytes(32),
                                       kind=kind))
    assert [c.id for c in repos.contacts.list()] == ["c0"]
    assert [c.id for c in repos.contacts.list(include_programme=True)] == ["c0", "c1"]
    assert [c.id for c in repos.contacts.find("Name")] == ["c0"]
    assert repos.contacts.get("c1") is not None and repos.contacts.get("c1").kind == "programme"

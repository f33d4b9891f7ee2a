"""Golden vaults from every schema version open and upgrade; a failing migration changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ementor_desktop.domain import programme_periods
from ementor_desktop.domain.shared import SharedDocument
from ementor_desktop.home import Home
from ementor_desktop.store import migrations
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.workspace import RelationshipRow
from ementor_desktop.store.vault import Vault
from tests.conftest import snapshot

DATA = Path(__file__).resolve().parents[1] / "data"
GOLDEN_PASSPHRASE = "golden vault passphrase"


def golden_versions() -> list[int]:
    return sorted(int(p.name.removeprefix("vault-v")) for p in DATA.glob("vault-v*"))


def test_there_is_a_golden_vault_for_every_schema_version() -> None:
    assert golden_versions() == [m.version for m in migrations.MIGRATIONS]


@pytest.fixture(params=golden_versions(), ids=lambda v: f"v{v}")
def golden_home(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Home, int]:
    target = tmp_path / "golden"
    shutil.copytree(DATA / f"vault-v{request.param}", target)
    return Home(target), request.param


def test_golden_vault_opens_and_upgrades(golden_home: tuple[Home, int]) -> None:
    home, version = golden_home
    with Vault.open(home, GOLDEN_PASSPHRASE) as vault:
        assert migrations.current_version(vault.db) == migrations.LATEST
        repos = Repos.over(vault.db)
        profile = repos.profile.get()
        assert profile is not None and profile.display_name == "Grace Hopper"
        assert repos.settings.get("theme") == "dark"
        (summary,) = repos.conversations.summaries()
        assert summary.contact_name == "Alan Turing"
        assert summary.last_body == "Yes please: machine learning first."
        assert [h.message.id for h in repos.messages.search("goals")] == ["m1"]
        draft = repos.drafts.get("conv1")
        assert draft is not None and draft.body == "Draft about the agenda"
        assert repos.outbox.count() == 1
        if 2 <= version < 4:  # the v2 rows were never sent: they became private
            (goal,) = repos.private_goals.of("c1")
            assert (goal.title, goal.status) == ("Ship a first model", "active")
            (note,) = repos.notes.of("c1")
            assert note.body == "Private: ask about workload"
        if version >= 4:
            stored = repos.shared.get("c1")
            assert stored is not None
            records = SharedDocument("conv1", bytes(32), stored.document).records()
            assert [g.title for g in records.goals] == ["Learn Rust"]
            assert sorted(g.title for g in repos.private_goals.of("c1")) \
                == ["Say no more often", "Ship a first model"]
            (note,) = repos.notes.of("c1", "000102030405060708090a0b0c0d0e0f")
            assert note.body == "Private: bring the draft"
            assert repos.private_feedback.of("c1")[0].answers == {"useful": "the reading list"}
            assert repos.relationships.get("c1").state == "active"
            assert [c.scope for c in repos.consents.active(programme_id="prog1")] == ["progress"]
            assert vault.db.scalar("SELECT display_name FROM programme_members "
                                   "WHERE member_id = 'mem1'") == "Not yet a contact"
        if version >= 5:  # programmes (Part 4): the hidden coordinator stays hidden
            assert [c.id for c in repos.contacts.list()] == ["c1"]
            assert {p.id for p in repos.programmes.all()} == {"aa5", "bb5"}
            (member,) = repos.programmes.members("bb5")
            assert (member.state, member.role) == ("enrolled", "mentor")
            assert [c.id for c in repos.programmes.cards("aa5")] == ["card5"]
            assert repos.programmes.memo("aa5", "safe", 4) == 2
            assert len(repos.programmes.summaries("bb5")) == 1
        else:  # a programme row of an older version is not one of the protocol's
            assert repos.programmes.all() == []
        if version >= 6:  # shortlists with a ranking; a paused pair with its reason
            (shortlist,) = repos.programmes.shortlists("bb5", "m5")
            assert (shortlist.entries, shortlist.ranking) == ({"cand6": "m6"}, ["cand6"])
            (pair,) = repos.programmes.pairs("bb5")
            assert (pair.state, pair.reason) == ("active", "Mentor on leave")
            assert pair.paused_at is not None
        if version >= 7:  # a closed month's aggregate, read as the report reads it
            (month,) = programme_periods.stored(repos, "bb5")
            assert (month.period, month.pairs, month.figures) == (
                "2025-10", 5, {"sessions_held": (5, 9)})
            assert month.pulse == {("useful", "mentee", 1000): {4: 3, 5: 2}}
        # the upgraded workspace tables are usable whatever version we started from
        vault.db.execute("INSERT INTO notes(id, body, created_at, updated_at) "
                         "VALUES ('n1', 'x', 1, 1)")
        repos.relationships.save(RelationshipRow("c1", "completed", "goals met", 2))
        assert repos.relationships.get("c1").state == "completed"
        assert vault.db.scalar("PRAGMA foreign_key_check") is None
        assert vault.db.scalar("PRAGMA integrity_check") == "ok"


def test_failing_migration_leaves_vault_unchanged(monkeypatch: pytest.MonkeyPatch,
                                                  tmp_path: Path) -> None:
    target = tmp_path / "old"
    shutil.copytree(DATA / "vault-v1", target)
    home = Home(target)
    before = snapshot(target)
    broken = migrations.Migration(2, "breaks halfway",
                                  "CREATE TABLE half_done(x);\nSELECT no_such_function();\n")
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    monkeypatch.setattr(migrations, "LATEST", 2)
    with pytest.raises(Exception, match="no_such_function"):
        Vault.open(home, GOLDEN_PASSPHRASE)
    monkeypatch.undo()
    assert snapshot(target) == before
    with Vault.open(home, GOLDEN_PASSPHRASE) as vault:  # the real migration still applies
        assert migrations.current_version(vault.db) == migrations.LATEST
        assert vault.db.scalar("SELECT count(*) FROM sqlite_master "
                               "WHERE name = 'half_done'") == 0


def test_statement_splitter_keeps_triggers_whole() -> None:
    statements = migrations._statements(migrations.MIGRATIONS[0].sql)
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 3
    assert all(s.rstrip().endswith("END;") for s in triggers)
    with pytest.raises(ValueError, match="incomplete"):
        migrations._statements("CREATE TABLE x(a")


def test_golden_schema_matches_fresh_schema(tmp_path: Path) -> None:
    """An upgraded golden vault has exactly the tables and columns a new vault has."""
    from ementor_desktop.crypto.keywrap import KdfStrength
    from ementor_desktop.domain.account import create_account
    from ementor_desktop.domain.models import Role

    def schema(vault: Vault) -> dict[str, list[str]]:
        tables = [r[0] for r in vault.db.all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
        return {t: [c[1] for c in vault.db.all(f"PRAGMA table_info({t})")] for t in tables}

    fresh = create_account(Home(tmp_path / "fresh"), "fresh passphrase", name="F",
                           role=Role.MENTEE, strength=KdfStrength.INTERACTIVE)
    expected = schema(fresh)
    fresh.close()
    for version in golden_versions():
        target = tmp_path / f"g{version}"
        shutil.copytree(DATA / f"vault-v{version}", target)
        with Vault.open(Home(target), GOLDEN_PASSPHRASE) as upgraded:
            assert schema(upgraded) == expected, f"golden v{version}"

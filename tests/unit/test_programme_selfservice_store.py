"""store/repos/programme_requests.py and migration 6: the golden vault of schema 6 opens with
its self-service and report rows, and the repository keeps what the rules need (a request id
once, expiry in order, a report's receipt by envelope id, the rounds' memo)."""

from __future__ import annotations

import shutil
from pathlib import Path

from ementor_desktop.home import Home
from ementor_desktop.store import migrations
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.repos.programme_requests import (
    ProgrammeRequestRepo,
    RequestRow,
    SentReportRow,
)
from ementor_desktop.store.repos.programmes import ProgrammeRow
from ementor_desktop.store.vault import Vault

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "vault-v6"


def test_the_golden_vault_of_schema_6_opens_with_its_rows(tmp_path: Path) -> None:
    target = tmp_path / "golden"
    shutil.copytree(GOLDEN, target)
    with Vault.open(Home(target), "golden vault passphrase") as vault:
        assert migrations.current_version(vault.db) == migrations.LATEST
        rs = ProgrammeRequestRepo(vault.db)
        (offered,) = rs.live_offered("bb5", 0)
        assert offered.candidates == {"c1": "m5"}
        (row,) = rs.requests("bb5", states=("open",))
        assert (row.request, row.shortlist) == ("rq6", "sl6")
        assert rs.round("bb5") == ("f6", None)
        (report,) = rs.reports("bb5")
        assert (report.text, report.contact, len(report.reporter_key)) == (
            "Golden report", True, 32)
        assert [h.id for h in rs.held_shortlists("aa5", "request")] == ["hs6"]
        assert [a.peer_name for a in rs.asks("aa5", "mentee")] == ["Golden mentor"]
        assert rs.reports_delivered(["env6"], 5) == 1
        assert [r.delivered_at for r in rs.sent_reports("aa5")] == [5]
        assert vault.db.scalar("PRAGMA foreign_key_check") is None


def test_requests_are_kept_once_and_expire_in_order(vault: Vault) -> None:
    repos = Repos.over(vault.db)
    rs = ProgrammeRequestRepo(vault.db)
    with vault.db.transaction():
        repos.programmes.add(ProgrammeRow(id="p1", name="P", my_role="coordinator",
                                          state="coordinating", joined_at=1,
                                          relay_url="https://relay.example.org"))
        for n, expires in enumerate((30, 10, 20)):
            row = RequestRow(programme_id="p1", request=f"r{n}", mentee_id="m", mentor_id="t",
                             shortlist="s", state="open", reason=None, expires=expires,
                             created_at=n, updated_at=n)
            assert rs.add_request(row)
        assert not rs.add_request(row)  # the same id again: nothing written
        rs.update_request("p1", "r0", state="asked")
        assert [r.request for r in rs.due_requests("p1", 25, 10)] == ["r1", "r2"]
        assert [r.request for r in rs.due_requests("p1", 40, 1)] == ["r1"]
        assert rs.count_requests("p1", "m") == 3
        rs.update_request("p1", "r1", state="expired")
        assert rs.count_requests("p1", "m") == 2
        rs.add_sent_report(SentReportRow(programme_id="p1", report="x", envelope="e1",
                                         category="other", sent_at=1))
        assert rs.reports_delivered(["e2"], 9) == 0
        assert rs.reports_delivered(["e1", "e1"], 9) == 1
        rs.set_round("p1", 3, fingerprint="a")
        rs.set_round("p1", 4, config="x = 1")
        assert rs.round("p1") == ("a", "x = 1")
        repos.programmes.delete("p1")  # everything of a programme goes with it
        assert rs.requests("p1") == [] and rs.sent_reports() == []

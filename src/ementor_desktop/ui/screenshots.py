"""`make screenshots` / `python -m ementor_desktop.ui.screenshots [OUT]`: render the app's main
screens offscreen from made-up sample data in a temporary home, into docs/screenshots/.

Nothing private is involved: the vault is created here, filled by ui.sample, and deleted after.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ementor_desktop.crypto.keywrap import KdfStrength
from ementor_desktop.domain.account import create_account
from ementor_desktop.domain.models import Role
from ementor_desktop.home import Home
from ementor_desktop.store.repos import Repos
from ementor_desktop.store.vault import now_ms
from ementor_desktop.ui.app import EmentorApp, make_application
from ementor_desktop.ui.backup_dialogs import BackupDialog, RestoreDialog
from ementor_desktop.ui.resources import apply_theme
from ementor_desktop.ui.sample import seed_sample
from ementor_desktop.ui.workspace.sample import seed_workspace

PASSPHRASE = "sample passphrase for screenshots"  # noqa: S105  (a throwaway sample vault)
DRAFT = ("Before Tuesday: my three points are (1) I led the migration review, (2) I mentor "
         "our new intern, and (3) I want to")


def _spin(app: QApplication, until: Callable[[], bool], timeout: float = 15.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("the app did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.01)


def _save(widget: QWidget, out: Path, name: str) -> Path:
    QCoreApplication.processEvents()
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def render(out: Path) -> list[Path]:
    import logging

    logging.getLogger("ementor").setLevel(logging.ERROR)  # the sample relay is not there
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    apply_theme(app, "light")
    work = Path(tempfile.mkdtemp(prefix="ementor-shots-"))
    written: list[Path] = []
    try:
        written += _onboarding(app, Home(work / "new"), out)
        home = Home(work / "sam")
        vault = create_account(home, PASSPHRASE, name="Sam Rivera", role=Role.MENTEE,
                               headline="Junior data analyst", strength=KdfStrength.INTERACTIVE)
        seeded = seed_sample(vault)
        seed_workspace(vault, seeded.main_contact)  # the relationship panel's shots
        with vault.mutex, vault.db.transaction():
            Repos.over(vault.db).drafts.save(seeded.main_conversation, DRAFT, now_ms())
        vault.close()
        written += _main_screens(app, home, out)
        written += _programme(app, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written


def _onboarding(app: QApplication, home: Home, out: Path) -> list[Path]:
    ctl = EmentorApp(home, kdf_strength=KdfStrength.INTERACTIVE)
    ctl.start()
    wizard = ctl.wizard
    assert wizard is not None
    _spin(app, wizard.isVisible)
    shots = [_save(wizard, out, "onboarding-welcome")]
    wizard.next()
    wizard.passphrase.first.setText("river lantern copper meadow")
    wizard.passphrase.second.setText("river lantern copper meadow")
    shots.append(_save(wizard, out, "onboarding-passphrase"))
    wizard.next()
    page = wizard.profile
    page.name.setText("Sam Rivera")
    page.headline.setText("Junior data analyst, learning Python")
    page.skills.set_values({"SQL": 3, "Dashboards": 2})
    page.wants.set_values({"Python": 4})
    page.languages.setText("English, Spanish")
    page.timezone.set_zone("Europe/Madrid")
    shots.append(_save(wizard, out, "onboarding-profile"))
    ctl.shutdown()
    wizard.close()
    wizard.deleteLater()
    ctl.deleteLater()
    _spin(app, lambda: True)
    return shots


def _main_screens(app: QApplication, home: Home, out: Path) -> list[Path]:
    ctl = EmentorApp(home, kdf_strength=KdfStrength.INTERACTIVE)
    ctl.start()
    _spin(app, lambda: ctl.state == "unlock" and ctl.unlock_window is not None
          and ctl.unlock_window.passphrase.isEnabled())
    unlock = ctl.unlock_window
    assert unlock is not None
    shots = [_save(unlock, out, "unlock")]
    unlock.passphrase.setText("not my passphrase")
    unlock.button.click()
    _spin(app, unlock.error.isVisible)
    unlock.passphrase.deselect()
    shots.append(_save(unlock, out, "unlock-wrong-passphrase"))
    ctl.unlock(PASSPHRASE)
    _spin(app, lambda: ctl.state == "main")
    main = ctl.main
    assert main is not None
    _spin(app, lambda: main.messages.rowCount() == 8
          and main.composer.edit.toPlainText() == DRAFT)
    main.view.scrollToBottom()
    main.composer.edit.clearFocus()
    shots.append(_save(main, out, "conversation-with-draft"))

    main.search_box.setText("review")
    _spin(app, lambda: main.search_results.rowCount() > 0)
    main.results.setCurrentIndex(main.search_results.index(0))
    shots.append(_save(main, out, "search-results"))
    main.jump_to(main.search_results.hit(1).message)  # type: ignore[union-attr]
    _spin(app, lambda: main.view.currentIndex().isValid())
    shots.append(_save(main, out, "search-jump"))
    main.search_box.clear()
    main._escape()

    main.verify_action.trigger()
    _spin(app, lambda: ctl.safety_dialog is not None and ctl.safety_dialog.isVisible())
    assert ctl.safety_dialog is not None
    shots.append(_save(ctl.safety_dialog, out, "safety-number"))
    ctl.safety_dialog.reject()

    ctl.open_settings()
    _spin(app, lambda: ctl.settings_dialog is not None and ctl.settings_dialog.isVisible())
    assert ctl.settings_dialog is not None
    shots.append(_save(ctl.settings_dialog, out, "settings"))
    backup_dialog = BackupDialog(str(Path.home() / "ementor.backup"), ctl.settings_dialog)
    backup_dialog.first.setText("correct horse battery")
    backup_dialog.second.setText("correct horse batter")
    backup_dialog.show()
    shots.append(_save(backup_dialog, out, "backup-dialog"))
    backup_dialog.deleteLater()
    restore_dialog = RestoreDialog(None, ctl.settings_dialog)
    restore_dialog.file.edit.setText(str(Path.home() / "ementor.backup"))
    restore_dialog.show()
    shots.append(_save(restore_dialog, out, "restore-dialog"))
    restore_dialog.deleteLater()
    ctl.settings_dialog.reject()
    _spin(app, lambda: ctl.settings_dialog is None)
    shots += _invite(app, ctl, out)
    shots += _workspace(app, ctl, out, "")
    apply_theme(app, "dark")  # (before the key change below, which voids Amara's signature)
    shots += _workspace(app, ctl, out, "-dark")
    apply_theme(app, "light")
    shots += _key_change(app, ctl, out)

    ctl.preferences.set_setting("theme", "dark")  # as the person would, from Settings
    _spin(app, lambda: app.property("ementorTheme") == "dark")
    main.view.doItemsLayout()
    _spin(app, lambda: True)
    shots.append(_save(main, out, "conversation-dark"))
    ctl.open_settings()
    _spin(app, lambda: ctl.settings_dialog is not None and ctl.settings_dialog.isVisible())
    assert ctl.settings_dialog is not None
    shots.append(_save(ctl.settings_dialog, out, "settings-dark"))
    ctl.settings_dialog.reject()
    _spin(app, lambda: ctl.settings_dialog is None)
    shots += _block(app, ctl, out)  # last: it changes the conversation the others show
    ctl.lock()
    _spin(app, lambda: ctl.state == "locked" and not ctl.worker.has_vault)
    shots.append(_save(main, out, "locked-dark"))  # locked in place: the same window
    apply_theme(app, "light")
    ctl.shutdown()
    return shots


def _invite(app: QApplication, ctl: EmentorApp, out: Path) -> list[Path]:
    """An invite made on a local relay (started here, on 127.0.0.1, and stopped after)."""
    from ementor_desktop.ui import demo

    work = Path(tempfile.mkdtemp(prefix="ementor-shots-relay-"))
    try:
        relay, url = demo._start_relay(work)
    except (OSError, SystemExit):
        print("skipped the invite screenshot: the relay extra is not installed")
        return []
    try:
        ctl.open_add_contact()
        dialog = ctl.add_dialog
        assert dialog is not None
        dialog.relay.setText(url)
        dialog.create_button.click()
        _spin(app, dialog.invite.isVisible)
        dialog.invite.setCursorPosition(0)
        shot = _save(dialog, out, "add-contact-invite")
        dialog.reject()
        _spin(app, lambda: ctl.add_dialog is None)
        ctl.connection.stop()
        return [shot]
    finally:
        relay.terminate()
        relay.wait(timeout=20)
        if relay.stdout is not None:
            relay.stdout.close()
        shutil.rmtree(work, ignore_errors=True)


def _workspace(app: QApplication, ctl: EmentorApp, out: Path, suffix: str) -> list[Path]:
    """The relationship panel beside the conversation and each view it opens (issue 12), at
    the sizes they open with on a 1280×800 screen (the offscreen screen is smaller)."""
    from PySide6.QtCore import QLocale

    main = ctl.main
    assert main is not None
    before_locale, before_size = QLocale(), main.size()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    workspace = ctl.conversations.workspace
    try:
        main.resize(1280, 800)
        main.toggle_workspace_panel(True)
        workspace.reload()
        _spin(app, lambda: workspace.workspace is not None and ctl.worker.pending == 0)
        ws = workspace.workspace
        assert ws is not None
        main.view.scrollToBottom()
        main.composer.edit.clearFocus()
        shots = [_save(main, out, f"workspace-panel{suffix}")]
        sizes = {"agreement": (940, 700), "goals": (980, 660), "sessions": (1040, 700),
                 "feedback": (820, 680)}
        for name, (width, height) in sizes.items():
            workspace.open_view(name)
            view = getattr(workspace, f"{name}_view")
            view.resize(width, height)
        _spin(app, lambda: ctl.worker.pending == 0)
        agreement, goals = workspace.agreement_view, workspace.goals_view
        sessions, feedback = workspace.sessions_view, workspace.feedback_view
        assert agreement and goals and sessions and feedback
        shots.append(_save(agreement, out, f"workspace-agreement{suffix}"))
        agreement.ask_to_propose()
        assert agreement.sign_dialog is not None
        agreement.sign_dialog.resize(560, 460)
        shots.append(_save(agreement.sign_dialog, out, f"workspace-sign-confirm{suffix}"))
        agreement.sign_dialog.reject()
        goals.select(ws.goals[0].id)
        shots.append(_save(goals, out, f"workspace-goals{suffix}"))
        goals.start_new()
        goals.new_title.setText("Mentor a new colleague next year")
        goals.new_private.setChecked(True)
        shots.append(_save(goals, out, f"workspace-goal-new{suffix}"))
        series = next(s for s in ws.records.sessions if s.repeat)
        held = next(s for s in ws.records.sessions if not s.repeat)
        sessions.select(series.id)
        shots.append(_save(sessions, out, f"workspace-sessions{suffix}"))
        sessions.select(held.id)
        shots.append(_save(sessions, out, f"workspace-session-notes{suffix}"))
        sessions.start_new()
        sessions.new_repeat.setCurrentIndex(1)
        sessions.new_count.setValue(4)
        shots.append(_save(sessions, out, f"workspace-schedule{suffix}"))
        feedback.choose_session(held.id)
        shots.append(_save(feedback, out, f"workspace-feedback{suffix}"))
        feedback.show_pulse()
        shots.append(_save(feedback, out, f"workspace-pulse{suffix}"))
        for view in (agreement, goals, sessions, feedback):
            view.reject()
        main.workspace_panel.end_action.trigger()
        dialog = workspace.state_dialog
        assert dialog is not None
        shots.append(_save(dialog, out, f"workspace-end{suffix}"))
        dialog.reject()
        _spin(app, lambda: workspace.state_dialog is None and ctl.worker.pending == 0)
        return shots
    finally:
        QLocale.setDefault(before_locale)
        main.toggle_workspace_panel(False)  # the other shots show the window as it opens
        main.resize(before_size)


def _key_change(app: QApplication, ctl: EmentorApp, out: Path) -> list[Path]:
    from ementor_desktop.crypto.identity import Identity

    main = ctl.main
    assert main is not None
    summary = main.current_summary()
    assert summary is not None and summary.conversation.contact_id is not None
    contact_id = summary.conversation.contact_id

    def rekey(v: object) -> None:
        repos = Repos.over(v.db)  # type: ignore[attr-defined]
        with v.db.transaction():  # type: ignore[attr-defined]
            repos.contacts.flag_key_change(contact_id, Identity.generate().public.signing_key,
                                           bytes(32))
    ctl.worker.run(rekey)
    ctl.contacts.refresh_current()
    _spin(app, main.banner.isVisible)
    main.view.clearSelection()
    main.view.scrollToBottom()
    _spin(app, lambda: True)
    shot = _save(main, out, "key-change-warning")
    main.banner_verify.click()
    _spin(app, lambda: ctl.safety_dialog is not None and ctl.safety_dialog.isVisible())
    assert ctl.safety_dialog is not None
    shots = [shot, _save(ctl.safety_dialog, out, "key-change-safety-number")]
    ctl.safety_dialog.accept_change.click()
    _spin(app, lambda: not main.banner.isVisible())
    ctl.safety_dialog.reject()
    _spin(app, lambda: ctl.safety_dialog is None)
    return shots


def _block(app: QApplication, ctl: EmentorApp, out: Path) -> list[Path]:
    main = ctl.main
    assert main is not None
    main.block_action.trigger()
    _spin(app, lambda: ctl.confirm_box is not None and ctl.confirm_box.isVisible())
    box = ctl.confirm_box
    assert box is not None
    shots = [_save(box, out, "block-contact-confirm")]
    next(b for b in box.buttons() if b.text() == "Block").click()  # the untranslated gallery
    _spin(app, lambda: not main.composer.isEnabled())
    _spin(app, lambda: True)
    shots.append(_save(main, out, "blocked-contact"))
    return shots


def _programme(app: QApplication, out: Path) -> list[Path]:
    """The programme views (issue 13) over made-up sample data, light and dark: the
    coordinator's page, a proposal with "Why not…?", the dashboard, joining, a match card, and
    a participant raising a concern."""
    from PySide6.QtCore import QLocale

    from ementor_desktop.ui.operations.programme import MyPair
    from ementor_desktop.ui.programme import sample
    from ementor_desktop.ui.programme.coordinator_page import CoordinatorPage
    from ementor_desktop.ui.programme.dashboard import Dashboard
    from ementor_desktop.ui.programme.join_dialog import JoinDialog
    from ementor_desktop.ui.programme.match_card_view import MatchCardView
    from ementor_desktop.ui.programme.participant_dialogs import ConcernDialog
    from ementor_desktop.ui.programme.proposal_view import ProposalView

    out.mkdir(parents=True, exist_ok=True)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    shots: list[Path] = []
    summary, cards, names = sample.sample_proposal()
    try:
        for theme, suffix in (("light", ""), ("dark", "-dark")):
            apply_theme(app, theme)
            page = CoordinatorPage()
            page.set_programme(sample.sample_info())
            page.set_participants(sample.sample_participants())
            page.resize(1100, 820)
            page.show()
            page.select_member("m02")  # someone waiting for review: Admit and Decline
            _spin(app, lambda: True)
            shots.append(_save(page, out, f"programme-page{suffix}"))
            page.close()

            proposal = ProposalView()
            proposal.set_proposal(summary, cards, names)
            proposal.resize(1100, 720)
            proposal.show()
            proposal.select_person("e11")
            proposal.show_why_not()
            _spin(app, lambda: True)
            shots.append(_save(proposal, out, f"programme-proposal{suffix}"))
            proposal.tabs.setCurrentIndex(1)
            proposal.select_person("e0")
            proposal.show_why_not()
            _spin(app, lambda: True)
            shots.append(_save(proposal, out, f"programme-proposal-unmatched{suffix}"))
            proposal.close()

            dashboard = Dashboard()
            dashboard.set_report(sample.sample_report())
            dashboard.resize(1100, 1640)  # every chart, the pulse included
            dashboard.show()
            _spin(app, lambda: True)
            shots.append(_save(dashboard, out, f"programme-dashboard{suffix}"))
            dashboard.tabs.setCurrentIndex(1)
            _spin(app, lambda: True)
            shots.append(_save(dashboard, out, f"programme-dashboard-numbers{suffix}"))
            dashboard.close()

            join = JoinDialog(prefill={"languages": ["English", "French"],
                                       "timezone": "Europe/Paris",
                                       "wants": {"Python": 4, "SQL": 2}},
                              clock=lambda: 1767600000.0)  # before the sample code expires
            join.show()
            join.code_page.edit.setPlainText(sample.CODE)
            _spin(app, lambda: True)
            shots.append(_save(join, out, f"programme-join-code{suffix}"))
            join.next()
            join.set_terms(sample.sample_terms())
            _spin(app, lambda: True)
            shots.append(_save(join, out, f"programme-join-terms{suffix}"))
            join.terms_page.scope_boxes["sessions"].setChecked(True)
            join.terms_page.scroll_to_end()
            _spin(app, lambda: True)
            shots.append(_save(join, out, f"programme-join-consent{suffix}"))
            join.next()
            _spin(app, lambda: True)
            shots.append(_save(join, out, f"programme-join-fields{suffix}"))
            join.close()

            for verified, name in ((True, "programme-match-card"),
                                   (False, "programme-match-card-tampered")):
                view = MatchCardView()
                view.set_card(sample.sample_card(verified=verified))
                view.resize(720, 760)
                view.show()
                _spin(app, lambda: True)
                shots.append(_save(view, out, f"{name}{suffix}"))
                view.close()
            shots += _programme_actions(app, out, suffix)

            concern = ConcernDialog(sample.TERMS_JSON["name"], [
                MyPair("a1" * 32, "Ada Lovelace", True), MyPair("b2" * 32, "Ben Okafor", False)])
            concern.category.setCurrentIndex(concern.category.findData("conduct"))
            concern.about.setCurrentIndex(1)
            concern.text.setPlainText(
                "Ada has missed our last three sessions without a word, and when we did meet "
                "she shared what I told her about my manager with someone in my team.")
            concern.may_contact.setChecked(True)
            concern.show()
            _spin(app, lambda: True)
            shots.append(_save(concern, out, f"programme-concern{suffix}"))
            concern.close()
        shots += _programme_wired(app, out)
        return shots
    finally:
        QLocale.setDefault(before)
        apply_theme(app, "light")


def _programme_actions(app: QApplication, out: Path, suffix: str) -> list[Path]:
    """A participant's shortlist (to rank, and to ask from in self-service) and a mentor's
    requests, over made-up people."""
    from ementor_desktop.domain.programme_ranking import HeldShortlist
    from ementor_desktop.domain.programme_selfservice import AskView, CandidateView, ShortlistView
    from ementor_desktop.ui.programme import sample
    from ementor_desktop.ui.programme.offers_view import OffersPanel
    from ementor_desktop.ui.programme.shortlist_view import ShortlistPanel

    day = 86_400_000
    issued = 1767600000000

    def criteria(skills: int, style: int) -> list[dict[str, object]]:
        return [{"name": "skills", "weight_milli": 6000, "contribution_milli": skills,
                 "detail": "Offers Python 4 and SQL 3; you want Python 3 and SQL 2."},
                {"name": "working_style", "weight_milli": 2000, "contribution_milli": style}]

    people = (("a1" * 16, "Amara Obi", "Data engineering lead, ten years", 5400, 1600),
              ("b2" * 16, "Jonas Weber", "Analytics manager", 4800, 1900),
              ("c3" * 16, "Priya Natarajan", "", 4100, 1200))
    entries: list[dict[str, object]] = [
        {"candidate": c, "name": n, "headline": h, "role": "mentor",
         "profile": {"skills": {"Python": 4, "SQL": 3}}, "score_milli": sk + st,
         "max_milli": 8000, "criteria": criteria(sk, st)} for c, n, h, sk, st in people]
    held = HeldShortlist(programme_id=sample.PROGRAMME, programme_name="Data Futures",
                         shortlist_id="d4" * 16, mode="rank", issued=issued,
                         expires=issued + 7 * day, expired=False, entries=entries,
                         ranking=None)
    shots: list[Path] = []
    panel = ShortlistPanel()
    panel.set_ranked(held)
    panel.ranking.setCurrentRow(1)
    panel.resize(720, 520)
    panel.show()
    _spin(app, lambda: True)
    shots.append(_save(panel, out, f"programme-shortlist-rank{suffix}"))
    candidates = [CandidateView(candidate=c, name=n, headline=h,
                                profile={"skills": {"Python": 4, "SQL": 3}},
                                score_milli=sk + st, max_milli=8000, criteria=criteria(sk, st),
                                request="e5" * 16 if n == "Jonas Weber" else None,
                                request_state="open" if n == "Jonas Weber" else None)
                  for c, n, h, sk, st in people]
    panel.set_requests([ShortlistView(programme_id=sample.PROGRAMME,
                                      programme_name="Data Futures", shortlist="d4" * 16,
                                      issued=issued, expires=issued + 3 * day, expired=False,
                                      open_requests=2, candidates=candidates)])
    panel.boxes["a1" * 16].note.setText("I'd love help moving our reports to Python.")
    panel.resize(720, 760)
    _spin(app, lambda: True)
    shots.append(_save(panel, out, f"programme-shortlist-request{suffix}"))
    panel.close()

    def ask(request: str, name: str, state: str, expired: bool, note: str) -> AskView:
        return AskView(programme_id=sample.PROGRAMME, programme_name="Data Futures",
                       request=request, side="mentor", peer_name=name,
                       peer_headline="Junior analyst, first year",
                       peer_profile={"wants": {"Python": 3, "SQL": 2}}, state=state,
                       reason=None, expires=issued + 3 * day, expired=expired,
                       notes=[{"from": "peer", "at": issued, "verified": True,
                               "text": note}])
    offers = OffersPanel()
    offers.set_offers([
        ask("f1" * 16, "Ben Okafor", "open", False,
            "Hello Amara, I'd love help with data pipelines."),
        ask("f2" * 16, "Cy Laurent", "open", True, "Could you mentor me on SQL?")])
    offers.resize(720, 760)
    offers.show()
    _spin(app, lambda: True)
    shots.append(_save(offers, out, f"programme-offers{suffix}"))
    offers.close()

    def mine(request: str, name: str, state: str, notes: list[dict[str, object]],
             reason: str | None = None) -> AskView:
        return AskView(programme_id=sample.PROGRAMME, programme_name="Data Futures",
                       request=request, side="mentee", peer_name=name,
                       peer_headline="Analytics manager", peer_profile={}, state=state,
                       reason=reason, expires=issued + 3 * day, expired=False, notes=notes)
    requests = OffersPanel(side="mentee")
    requests.set_offers([
        mine("g1" * 16, "Jonas Weber", "asked", [
            {"from": "me", "at": issued, "verified": True,
             "text": "I'd love help moving our reports to Python."},
            {"from": "peer", "at": issued + 3_600_000, "verified": True,
             "text": "Happy to. Is it pandas or plain SQL today?"}]),
        mine("g2" * 16, "Amara Obi", "declined", [], reason="availability")])
    requests.resize(720, 620)
    requests.show()
    _spin(app, lambda: True)
    shots.append(_save(requests, out, f"programme-my-requests{suffix}"))
    requests.close()
    return shots


def _programme_wired(app: QApplication, out: Path) -> list[Path]:
    """The programmes in the app (issue 13), on a made-up vault: the Programmes menu with a
    programme coordinated and one taken part in, the line under the header of a conversation
    a programme introduced, and the Create and Leave dialogs; light and dark."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    from ementor_desktop.store.repos.programmes import ProgrammeRow
    from ementor_desktop.ui.programme import sample
    from ementor_desktop.ui.programme.dialogs import CreateProgrammeDialog, LeaveDialog

    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="ementor-shots-programme-"))
    shots: list[Path] = []
    ctl: EmentorApp | None = None
    try:
        home = Home(work / "sam")
        vault = create_account(home, PASSPHRASE, name="Sam Rivera", role=Role.MENTEE,
                               headline="Junior data analyst", strength=KdfStrength.INTERACTIVE)
        seeded = seed_sample(vault)
        with vault.mutex, vault.db.transaction():
            repos = Repos.over(vault.db)
            now = now_ms()
            repos.programmes.add(ProgrammeRow(
                id=sample.PROGRAMME, name=sample.TERMS_JSON["name"], my_role="mentee",
                state="enrolled", joined_at=now, relay_url="http://127.0.0.1:9",
                coordinator_key=bytes.fromhex(sample.COORDINATOR)))
            repos.programmes.add(ProgrammeRow(
                id="ff" * 16, name="Data Futures 2026", my_role="coordinator",
                state="coordinating", joined_at=now, relay_url="http://127.0.0.1:9"))
            contact = repos.contacts.get(seeded.main_contact)
            assert contact is not None
            profile = dict(contact.profile) if isinstance(contact.profile, dict) else {}
            repos.contacts.set_profile(contact.id, {**profile,
                                                    "introduced_by": sample.PROGRAMME})
        vault.close()
        ctl = EmentorApp(home, kdf_strength=KdfStrength.INTERACTIVE)
        ctl.start()
        _spin(app, lambda: ctl is not None and ctl.state == "unlock"
              and ctl.unlock_window is not None and ctl.unlock_window.passphrase.isEnabled())
        ctl.unlock(PASSPHRASE)
        _spin(app, lambda: ctl is not None and ctl.state == "main")
        main = ctl.main
        assert main is not None
        main.resize(1280, 800)
        main.open_conversation(seeded.main_conversation)
        _spin(app, lambda: not main.intro.isHidden() and ctl is not None
              and ctl.worker.pending == 0 and len(main._programme_entries) > 2)
        for theme, suffix in (("light", ""), ("dark", "-dark")):
            apply_theme(app, theme)
            main.view.doItemsLayout()
            _spin(app, lambda: True)
            main.composer.edit.clearFocus()
            shots.append(_save(main, out, f"programme-introduced{suffix}"))

            # the Programmes menu, open on the programme taken part in (drawn over the window)
            bar = main.menuBar()
            menu = main.programmes_menu
            menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))
            entry = main.programme_entry(sample.PROGRAMME)
            assert entry is not None
            sub = entry.menu()
            assert isinstance(sub, QMenu)
            menu.setActiveAction(entry)
            _spin(app, menu.isVisible)
            at = menu.actionGeometry(entry)
            sub.popup(menu.mapToGlobal(QPoint(at.right() - 4, at.top())))
            _spin(app, sub.isVisible)
            picture = main.grab()
            painter = QPainter(picture)
            for popup in (menu, sub):
                painter.drawPixmap(main.mapFromGlobal(popup.pos()), popup.grab())
            painter.end()
            path = out / f"programme-menu{suffix}.png"
            picture.save(str(path))
            print(f"wrote {path}")
            shots.append(path)
            sub.hide()
            menu.hide()

            create = CreateProgrammeDialog("https://relay.example.org", main)
            create.name.setText("Data Futures 2026")
            create.file.setText("/home/sam/programmes/data-futures.toml")
            create.show()
            _spin(app, create.isVisible)
            shots.append(_save(create, out, f"programme-create{suffix}"))
            create.show_error("That relay address cannot be used (the address must start "
                              "with https://).")
            _spin(app, lambda: True)
            shots.append(_save(create, out, f"programme-create-error{suffix}"))
            create.reject()
            create.deleteLater()

            leave = LeaveDialog(sample.TERMS_JSON["name"], main)
            leave.reason.setCurrentIndex(leave.reason.findData("no_time"))
            leave.show()
            _spin(app, leave.isVisible)
            shots.append(_save(leave, out, f"programme-leave{suffix}"))
            leave.reject()
            leave.deleteLater()
        apply_theme(app, "light")
        return shots
    finally:
        if ctl is not None:
            ctl.shutdown()
            if ctl.main is not None:
                ctl.main.close()
                ctl.main.deleteLater()
            ctl.deleteLater()
        _spin(app, lambda: True)
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[3]
    out = Path(args[0]) if args else root / "docs" / "screenshots"
    render(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Programmes in the app (issue 13): the Programmes menu, joining (the join dialog, its terms
when the programme's welcome arrives, consenting or declining), creating a programme, the
coordinator's page (admit, decline, the code, a matching proposal and applying it, the report
and its CSV), a participant's match card and leaving, and the line under the conversation
header saying that a programme introduced this contact.

Every service call runs on the database worker (`ui/operations/programme.py`); the domain's
programme services take `Vault.mutex` around their own database work, so a call that reaches
the relay (creating, joining) or runs the matching engine never holds the sync engine up. What
went wrong shows as one sentence in the view that asked. Open views are shown again from what is
stored after each change, and after every sync that applied something.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ementor_desktop.domain import programme as service
from ementor_desktop.domain.programme_types import HeldCard, ProgrammeInfo, ProgrammeReport
from ementor_desktop.errors import EmentorError
from ementor_desktop.protocol import programme_schema as schema
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.store.vault import Vault
from ementor_desktop.ui.controllers import Controller
from ementor_desktop.ui.operations import programme as ops
from ementor_desktop.ui.sync import ANY

if TYPE_CHECKING:
    from ementor_desktop.ui.app import EmentorApp
    from ementor_desktop.ui.main_window import MainWindow
    from ementor_desktop.ui.programme.coordinator_dialogs import ConcernsView
    from ementor_desktop.ui.programme.coordinator_page import CoordinatorPage
    from ementor_desktop.ui.programme.dashboard import Dashboard
    from ementor_desktop.ui.programme.dialogs import CreateProgrammeDialog, LeaveDialog
    from ementor_desktop.ui.programme.join_dialog import JoinDialog
    from ementor_desktop.ui.programme.match_card_view import MatchCardView
    from ementor_desktop.ui.programme.offers_view import OffersPanel
    from ementor_desktop.ui.programme.participant_dialogs import (
        ConcernDialog,
        RematchDialog,
        ReportingDialog,
    )
    from ementor_desktop.ui.programme.proposal_view import ProposalView
    from ementor_desktop.ui.programme.shortlist_view import ShortlistPanel

# The programme views (`ui/programme/`, Qt Charts among them) load when a window first opens:
# the main window shows only the Programmes menu.

T = TypeVar("T")


# `translate("Programme", "…")`: pyside6-lupdate files a literal under the context it names (a
# module-level tr() wrapper would leave it in no context); tr() is for marked values.
translate = QCoreApplication.translate


def in_dialog(view: QWidget, title: str, parent: QWidget | None = None,
              size: tuple[int, int] = (900, 680)) -> QDialog:
    from ementor_desktop.ui.programme.common import in_dialog as window_for

    return window_for(view, title, parent, size)


# -- a proposal as the proposal view reads it -----------------------------------------------------

def proposal_for_view(proposal: service.Proposal) -> tuple[dict[str, Any], list[dict[str, Any]],
                                                           dict[str, str]]:
    """The service's proposal (signed-card records, by member) in the shapes the proposal view
    takes (`ementor match`'s summary and cards): one card per participant with the member id as
    `participant_id`, scores in points, each rule and alternative as a sentence. Alternatives
    are the cards' own: they never say who (a card never does)."""
    from ementor_desktop.ui.programme.common import (
        RULE_SENTENCES,
        UNMATCHED_SENTENCES,
        name_of,
        ordinal,
    )
    from ementor_desktop.ui.programme.match_card_view import alternative_sentence

    member_of = {card.subject: member for member, cards in proposal.cards.items()
                 for card in cards}
    names = {member: clean_name(name) for member, name in proposal.names.items()}
    out: list[dict[str, Any]] = []
    for member, cards in proposal.cards.items():
        if not cards:
            continue
        matched = [c for c in cards if isinstance(c.peer, str)]
        card = matched[0] if matched else cards[0]
        doc: dict[str, Any] = {"participant_id": member, "role": card.role,
                               "name": names.get(member, "")}
        if card.role == "mentor":
            places = next((c.places for c in cards if isinstance(c.places, schema.Places)),
                          None)
            doc["capacity"] = places.capacity if places is not None else 1
            doc["matched_with"] = [member_of.get(str(c.peer), "") for c in matched]
        if matched:
            if card.role == "mentee":
                doc["matched_with"] = member_of.get(str(card.peer), "")
            doc["score"] = (card.score_milli if isinstance(card.score_milli, int) else 0) / 1000
            doc["criteria"] = [
                {"name": c.name, "weight": c.weight_milli / 1000,
                 "contribution": c.contribution_milli / 1000,
                 "detail": c.detail if isinstance(c.detail, str) else
                 translate("Programme", "Answers the programme keeps hidden, counted together.")}
                for c in (card.criteria if isinstance(card.criteria, list) else [])]
            doc["summary"] = translate("Programme", "Got their {ordinal} choice.").format(
                ordinal=ordinal(card.rank)) if isinstance(card.rank, int) else ""
        else:
            reason = name_of(UNMATCHED_SENTENCES, card.unmatched) \
                if isinstance(card.unmatched, str) else ""
            doc["unmatched_reason"] = reason
            doc["summary"] = reason
        doc["constraints"] = [{"rule": r, "detail": name_of(RULE_SENTENCES, r)}
                              for r in card.rules]
        if isinstance(card.alternatives, list):
            doc["alternatives"] = [{"mentor_id": translate("Programme", "Another mentor"),
                                    "score": a.score_milli / 1000, "status": a.status,
                                    "why_not": alternative_sentence(a)}
                                   for a in card.alternatives]
        out.append(doc)
    return dict(proposal.summary), out, names


def _wait_page() -> int:
    from ementor_desktop.ui.programme.join_dialog import WAIT_PAGE

    return WAIT_PAGE


class _Window:
    """A programme view in a window of its own, and the programme it shows."""

    def __init__(self, programme_id: str, view: QWidget, dialog: QDialog) -> None:
        self.programme_id = programme_id
        self.view = view
        self.dialog = dialog


class ProgrammesController(Controller):
    def __init__(self, shell: EmentorApp) -> None:
        super().__init__(shell)
        self.infos: list[ProgrammeInfo] = []
        self.join_dialog: JoinDialog | None = None
        self.joining_id: str | None = None  # the programme the open join dialog joined
        self._consenting = False
        self.create_dialog: CreateProgrammeDialog | None = None
        self.leave_dialog: LeaveDialog | None = None
        self.pages: dict[str, _Window] = {}
        self.proposals: dict[str, _Window] = {}
        self.dashboards: dict[str, _Window] = {}
        self.card_window: _Window | None = None  # the match card shown
        self.shortlists: dict[str, _Window] = {}  # a participant's shortlist, by programme
        self.offers: dict[str, _Window] = {}  # a mentor's requests, by programme
        self.concern_lists: dict[str, _Window] = {}  # the concerns received, by programme
        #: The open rematch, reporting or concern dialog (one at a time) and its programme.
        self.action_dialog: RematchDialog | ReportingDialog | ConcernDialog | None = None
        self.notice: QMessageBox | None = None  # what the last of them did
        self._card_contact: str | None = None  # … when it was asked for by a contact
        #: The matching configuration each programme's terms name, as chosen in this session
        #: (a path, never stored).
        self.matching_files: dict[str, str] = {}
        self._attached: MainWindow | None = None
        #: Seams for tests: where to save the CSV ("" cancels) and the matching file.
        self.choose_csv_path: Callable[[str], str] = self._ask_csv_path
        self.choose_matching_file: Callable[[], str] = self._ask_matching_file
        shell.connection.runner.sync_event.connect(self._sync_event)

    # -- running jobs ---------------------------------------------------------------------------
    def _call(self, job: Callable[[Vault], T], done: Callable[[T], None] | None = None,
              failed: Callable[[EmentorError], None] | None = None) -> None:
        """Run `job(vault)` on the worker; the services take the vault's mutex themselves."""
        worker = self.worker
        worker.call(lambda: job(worker.vault_or_raise()), done, failed)

    # -- the main window ------------------------------------------------------------------------
    def attach(self, main: MainWindow) -> None:
        if self._attached is main:
            return
        self._attached = main
        main.join_programme_requested.connect(self.open_join)
        main.create_programme_requested.connect(self.open_create)
        main.programme_page_requested.connect(self.open_page)
        main.programme_terms_requested.connect(self.open_terms)
        main.match_card_requested.connect(lambda pid: self.open_card(programme_id=pid))
        main.leave_programme_requested.connect(self.ask_leave)
        main.shortlist_requested.connect(self.open_shortlist)
        main.offers_requested.connect(self.open_offers)
        main.rematch_requested.connect(self.open_rematch)
        main.reporting_requested.connect(self.open_reporting)
        main.concern_requested.connect(self.open_concern)
        main.introduction_requested.connect(lambda cid: self.open_card(contact_id=cid))
        main.conversation_opened.connect(lambda _conv: self.show_introduction())

    def start(self) -> None:
        """Unlocked: the menu's programmes, and the line of the open conversation."""
        self.refresh()

    def clear(self) -> None:
        """On lock: every programme window goes, nothing of them stays in memory."""
        windows = [*self.pages.values(), *self.proposals.values(), *self.dashboards.values(),
                   *self.shortlists.values(), *self.offers.values(),
                   *self.concern_lists.values()]
        if self.card_window is not None:
            windows.append(self.card_window)
        for window in windows:
            window.dialog.reject()
            window.dialog.deleteLater()
        self.pages.clear()
        self.proposals.clear()
        self.dashboards.clear()
        self.shortlists.clear()
        self.offers.clear()
        self.concern_lists.clear()
        self.card_window = None
        for dialog in (self.join_dialog, self.create_dialog, self.leave_dialog,
                       self.action_dialog):
            if dialog is not None:
                dialog.reject()
                dialog.deleteLater()
        self.join_dialog = self.create_dialog = self.leave_dialog = None
        self.action_dialog = None
        if self.notice is not None:
            self.notice.reject()
            self.notice = None
        self.joining_id = None
        self._consenting = False
        self.matching_files.clear()
        self.infos = []

    def _sync_event(self, _state: str, _detail: str, changed: list[str]) -> None:
        # Programme envelopes are controls (and an introduction a new contact): the sync says
        # ANY for them; a conversation's messages alone change nothing shown here.
        if ANY in changed and self.shell.state == "main":
            self.refresh()

    def refresh(self) -> None:
        """Everything shown again from what is stored: the menu, the join dialog waiting for
        terms, open pages and cards, the open conversation's line."""
        main = self.main
        if main is None:
            return

        def listed(infos: list[ProgrammeInfo]) -> None:
            self.infos = infos
            if self.main is not None:
                self.main.set_programmes(infos)
        self._call(ops.programmes, listed)
        if self.join_dialog is not None and self.joining_id is not None \
                and self.join_dialog.currentId() == _wait_page():
            self._load_terms(self.joining_id)
        for pid in list(self.pages):
            self._reload_page(pid)
        for pid in list(self.shortlists):
            self._load_shortlist(pid)
        for pid in list(self.offers):
            self._load_offers(pid)
        for pid in list(self.concern_lists):
            self._load_concerns(pid)
        if self.card_window is not None:
            self._load_card(self.card_window.programme_id or None, self._card_contact)
        self.show_introduction()

    # -- the open conversation's introduction ----------------------------------------------------
    def show_introduction(self) -> None:
        main = self.main
        summary = main.current_summary() if main is not None else None
        contact_id = summary.conversation.contact_id if summary is not None else None
        if main is None or contact_id is None:
            return

        def found(intro: ops.Introduction | None) -> None:
            here = self.main.current_summary() if self.main is not None else None
            if self.main is None or here is None or here.conversation.contact_id != contact_id:
                return  # another conversation was opened meanwhile
            if intro is None:
                self.main.set_introduction(None)
            else:
                self.main.set_introduction(contact_id, intro.programme_name, intro.verified)
        self._call(lambda v: ops.introduction(v, contact_id), found)

    # -- joining --------------------------------------------------------------------------------
    def open_join(self, terms: schema.Terms | None = None, programme_id: str | None = None,
                  ) -> None:
        """The join dialog: at the code, or (`terms` given) at the terms to consent to."""
        if self.join_dialog is not None and terms is None:
            self._front(self.join_dialog)
            return
        if self.join_dialog is not None:
            self.join_dialog.reject()
        from ementor_desktop.ui.programme.join_dialog import JoinDialog

        dialog = JoinDialog(self.main, terms=terms)
        self.join_dialog = dialog
        self.joining_id = programme_id
        self._consenting = False
        dialog.joinRequested.connect(self._join)
        dialog.consentGiven.connect(self._consent)
        dialog.declined.connect(self._decline_terms)
        dialog.finished.connect(lambda result, d=dialog: self._join_closed(d, result))
        self._call(ops.prefill, lambda values: dialog.set_prefill(values)
                   if self.join_dialog is dialog else None)
        dialog.open()
        self._front(dialog)

    def open_terms(self, programme_id: str) -> None:
        """A programme whose terms arrived while the dialog was closed (or changed since)."""
        def loaded(found: ops.Joining) -> None:
            if found.terms is not None:
                self.open_join(found.terms, programme_id)
        self._call(lambda v: ops.joining(v, programme_id), loaded)

    def _join_closed(self, dialog: JoinDialog, result: int) -> None:
        if self.join_dialog is not dialog:
            return
        if result == QDialog.DialogCode.Accepted and self._consenting:
            return  # kept until the consent is stored: it shows again if it was not
        self.join_dialog = None
        self.joining_id = None
        dialog.deleteLater()

    def _join(self, code: str) -> None:
        dialog = self.join_dialog

        def joined(info: ProgrammeInfo) -> None:
            if self.join_dialog is dialog:
                self.joining_id = info.id
                self._load_terms(info.id)  # joined before: the terms may be here already
            self.refresh()

        def failed(err: EmentorError) -> None:
            if self.join_dialog is dialog and dialog is not None:
                dialog.show_error(str(err))
        self._call(lambda v: ops.join(v, code), joined, failed)

    def _load_terms(self, programme_id: str) -> None:
        dialog = self.join_dialog

        def loaded(found: ops.Joining) -> None:
            if self.join_dialog is dialog and dialog is not None and found.terms is not None \
                    and dialog.terms_page.terms is None:
                dialog.set_terms(found.terms)
        self._call(lambda v: ops.joining(v, programme_id), loaded)

    def _consent(self, programme_id: str, role: str, scopes: list[str],
                 fields: Mapping[str, Any]) -> None:
        dialog = self.join_dialog
        self._consenting = True

        def done(_info: ProgrammeInfo) -> None:
            self._consenting = False
            if self.join_dialog is dialog and dialog is not None:
                self.join_dialog = None
                self.joining_id = None
                dialog.deleteLater()
            self.refresh()

        def failed(err: EmentorError) -> None:
            self._consenting = False
            if self.join_dialog is dialog and dialog is not None:
                dialog.consent_failed(str(err))
        self._call(lambda v: ops.consent(v, programme_id, role, scopes, fields), done, failed)

    def _decline_terms(self, programme_id: str) -> None:
        self._call(lambda v: ops.decline_terms(v, programme_id), lambda _i: self.refresh(),
                   self._menu_error)

    def _menu_error(self, err: EmentorError) -> None:
        """What went wrong with an action of the menu (its dialog is closed), in one sentence."""
        main = self.main
        if main is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("The programme could not be changed"),
                          str(err), QMessageBox.StandardButton.Ok, main)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- creating -------------------------------------------------------------------------------
    def open_create(self) -> None:
        if self.create_dialog is not None:
            self._front(self.create_dialog)
            return
        from ementor_desktop.ui.programme.dialogs import CreateProgrammeDialog

        dialog = CreateProgrammeDialog("", self.main)
        self.create_dialog = dialog

        def relay(url: str) -> None:
            if self.create_dialog is dialog and not dialog.relay.text():
                dialog.relay.setText(url)
        self._call(ops.default_relay, relay)
        dialog.createRequested.connect(lambda name, url, path: self._create(dialog, name, url,
                                                                            path))
        dialog.finished.connect(lambda _r: self._create_closed(dialog))
        dialog.open()
        self._front(dialog)

    def _create_closed(self, dialog: CreateProgrammeDialog) -> None:
        if self.create_dialog is dialog:
            self.create_dialog = None
        dialog.deleteLater()

    def _create(self, dialog: CreateProgrammeDialog, name: str, relay: str, path: str) -> None:
        def created(info: ProgrammeInfo) -> None:
            if self.create_dialog is dialog:
                dialog.accept()
            self.refresh()
            self.open_page(info.id)

        def failed(err: EmentorError) -> None:
            if self.create_dialog is dialog:
                dialog.show_error(str(err))
        self._call(lambda v: ops.create(v, name, relay, path), created, failed)

    # -- the coordinator's page -----------------------------------------------------------------
    def open_page(self, programme_id: str) -> None:
        window = self.pages.get(programme_id)
        if window is None:
            from ementor_desktop.ui.programme.coordinator_page import CoordinatorPage

            page = CoordinatorPage()
            dialog = in_dialog(page, self.tr("Programme"), self.main, (1100, 820))
            window = _Window(programme_id, page, dialog)
            self.pages[programme_id] = window
            page.admitRequested.connect(lambda member: self._admit(programme_id, member))
            page.declineRequested.connect(lambda member: self._decline(programme_id, member))
            page.copyCode.connect(lambda: self._copy_code(page))
            page.proposeRequested.connect(lambda: self.propose(programme_id))
            page.reportRequested.connect(lambda: self.open_report(programme_id))
            page.pairActionRequested.connect(
                lambda action, pair, reason: self._pair_action(programme_id, action, pair,
                                                               reason))
            page.removeRequested.connect(
                lambda member, reason: self._remove(programme_id, member, reason))
            page.closeRequested.connect(lambda: self._close_programme(programme_id))
            page.concernsRequested.connect(lambda: self.open_concerns(programme_id))
            dialog.finished.connect(lambda _r: self._closed(self.pages, window))
        self._reload_page(programme_id)
        self._front(window.dialog)

    def page(self, programme_id: str) -> CoordinatorPage | None:
        from ementor_desktop.ui.programme.coordinator_page import CoordinatorPage

        window = self.pages.get(programme_id)
        return window.view if window is not None and isinstance(window.view,
                                                                 CoordinatorPage) else None

    def _reload_page(self, programme_id: str) -> None:
        window = self.pages.get(programme_id)
        if window is None:
            return

        def loaded(cohort: ops.Cohort) -> None:
            page = self.page(programme_id)
            if page is None:
                return
            page.set_programme(cohort.info)
            page.set_participants(cohort.rows)
            page.set_pairs(cohort.pairs)
            window.dialog.setWindowTitle(self.tr("Programme: {name}").format(
                name=clean_name(cohort.info.name)))

        def failed(err: EmentorError) -> None:
            page = self.page(programme_id)
            if page is not None:
                page.show_message(str(err), error=True)
        self._call(lambda v: ops.cohort(v, programme_id), loaded, failed)

    def _admit(self, programme_id: str, member_id: str) -> None:
        def done(row: Any) -> None:
            page = self.page(programme_id)
            if page is not None:
                page.show_message(self.tr("{name} admitted; they are told at the next sync.")
                                  .format(name=clean_name(row.name)))
            self._reload_page(programme_id)
        self._call(lambda v: ops.admit(v, programme_id, member_id), done,
                   lambda err: self._page_error(programme_id, err))

    def _decline(self, programme_id: str, member_id: str) -> None:
        def done(name: str) -> None:
            page = self.page(programme_id)
            if page is not None:
                page.show_message(self.tr("{name} declined: what they shared is erased; they are "
                                          "told at the next sync.").format(
                    name=clean_name(name) or self.tr("The participant")))
            self._reload_page(programme_id)
        self._call(lambda v: ops.decline(v, programme_id, member_id), done,
                   lambda err: self._page_error(programme_id, err))

    def _pair_action(self, programme_id: str, action: str, pair_id: str, reason: str) -> None:
        said = {"pause": self.tr("{mentee} + {mentor}: paused; both are told at the next sync."),
                "resume": self.tr("{mentee} + {mentor}: resumed; both are told at the next sync."),
                "end": self.tr("{mentee} + {mentor}: ended; both are told at the next sync.")}

        def done(pair: Any) -> None:
            page = self.page(programme_id)
            if page is not None:
                page.close_dialogs()
                page.show_message(said.get(action, "").format(
                    mentee=clean_name(pair.mentee), mentor=clean_name(pair.mentor)))
            self._reload_page(programme_id)
        self._call(lambda v: ops.pair_action(v, programme_id, action, pair_id, reason), done,
                   lambda err: self._dialog_error(programme_id, err))

    def _remove(self, programme_id: str, member_id: str, reason: str) -> None:
        def done(name: str) -> None:
            page = self.page(programme_id)
            if page is not None:
                page.close_dialogs()
                page.show_message(self.tr("Removed {name}: what they shared is erased and their "
                                          "pairs ended; they are told at the next sync.").format(
                    name=clean_name(name) or self.tr("the participant")))
            self._reload_page(programme_id)
        self._call(lambda v: ops.remove(v, programme_id, member_id, reason), done,
                   lambda err: self._dialog_error(programme_id, err))

    def _close_programme(self, programme_id: str) -> None:
        def done(info: ProgrammeInfo) -> None:
            page = self.page(programme_id)
            if page is not None:
                page.show_message(self.tr("{name} is closed: every pair ended and everyone is told "
                                          "at the next sync.").format(name=clean_name(info.name)))
            self._reload_page(programme_id)
            self.refresh()
        self._call(lambda v: ops.close(v, programme_id), done,
                   lambda err: self._page_error(programme_id, err))

    def _dialog_error(self, programme_id: str, err: EmentorError) -> None:
        page = self.page(programme_id)
        if page is not None and not page.show_dialog_error(str(err)):
            self._page_error(programme_id, err)

    # -- the concerns received (the coordinator) -------------------------------------------------
    def open_concerns(self, programme_id: str) -> None:
        window = self.concern_lists.get(programme_id)
        if window is None:
            from ementor_desktop.ui.programme.coordinator_dialogs import ConcernsView

            view = ConcernsView()
            dialog = in_dialog(view, self.tr("Concerns raised"), self.main, (900, 600))
            window = _Window(programme_id, view, dialog)
            self.concern_lists[programme_id] = window
            dialog.finished.connect(lambda _r, w=window: self._closed(self.concern_lists, w))
        self._load_concerns(programme_id)
        self._front(window.dialog)

    def concerns_view(self, programme_id: str) -> ConcernsView | None:
        from ementor_desktop.ui.programme.coordinator_dialogs import ConcernsView

        window = self.concern_lists.get(programme_id)
        return window.view if window is not None and isinstance(window.view,
                                                                 ConcernsView) else None

    def _load_concerns(self, programme_id: str) -> None:
        def loaded(found: list[Any]) -> None:
            view = self.concerns_view(programme_id)
            if view is not None:
                view.set_concerns(found)
        self._call(lambda v: ops.concerns(v, programme_id), loaded,
                   lambda err: self._page_error(programme_id, err))

    def _page_error(self, programme_id: str, err: EmentorError) -> None:
        page = self.page(programme_id)
        if page is not None:
            page.set_busy(False)
            page.show_message(str(err), error=True)

    def _copy_code(self, page: CoordinatorPage) -> None:
        code = page.info.code if page.info is not None else None
        if not code:
            return
        # The app's clipboard guard notes what this app copied and clears it on lock.
        QGuiApplication.clipboard().setText(code)
        page.show_message(self.tr("The enrolment code is copied. It is cleared from the clipboard "
                                  "when the app locks."))

    # -- matching -------------------------------------------------------------------------------
    def propose(self, programme_id: str) -> None:
        page = self.page(programme_id)
        if page is None:
            return

        def ready(cohort: ops.Cohort) -> None:
            path = self.matching_files.get(programme_id, "")
            if cohort.needs_matching_file and not path:
                path = self.choose_matching_file()
                if not path:
                    return
                self.matching_files[programme_id] = path
            self._propose(programme_id, path)
        self._call(lambda v: ops.cohort(v, programme_id), ready,
                   lambda err: self._page_error(programme_id, err))

    def _propose(self, programme_id: str, path: str) -> None:
        page = self.page(programme_id)
        if page is None:
            return
        page.set_busy(True)
        page.show_message(self.tr("Matching the enrolled participants…"))

        def done(proposal: service.Proposal) -> None:
            page_ = self.page(programme_id)
            if page_ is not None:
                page_.set_busy(False)
                page_.show_message("")
            view = self._proposal_view(programme_id)
            view.set_proposal(*proposal_for_view(proposal))
            window = self.proposals[programme_id]
            self._front(window.dialog)

        def failed(err: EmentorError) -> None:
            self.matching_files.pop(programme_id, None)  # perhaps the wrong file: ask again
            self._page_error(programme_id, err)
        self._call(lambda v: ops.propose(v, programme_id, path), done, failed)

    def proposal(self, programme_id: str) -> ProposalView | None:
        from ementor_desktop.ui.programme.proposal_view import ProposalView

        window = self.proposals.get(programme_id)
        return window.view if window is not None and isinstance(window.view,
                                                                 ProposalView) else None

    def _proposal_view(self, programme_id: str) -> ProposalView:
        found = self.proposal(programme_id)
        if found is not None:
            return found
        from ementor_desktop.ui.programme.proposal_view import ProposalView

        view = ProposalView()
        dialog = in_dialog(view, self.tr("Matching proposal"), self.main, (1100, 720))
        window = _Window(programme_id, view, dialog)
        self.proposals[programme_id] = window
        view.applyRequested.connect(lambda: self.apply(programme_id))
        dialog.finished.connect(lambda _r: self._closed(self.proposals, window))
        return view

    def apply(self, programme_id: str) -> None:
        view = self.proposal(programme_id)
        if view is None:
            return
        view.set_applying(True)
        path = self.matching_files.get(programme_id, "")

        def done(proposal: service.Proposal) -> None:
            self._reload_page(programme_id)
            shown = self.proposal(programme_id)
            if shown is None:
                return
            shown.set_proposal(*proposal_for_view(proposal))
            shown.apply_button.setEnabled(False)  # applied: the next round is a new proposal
            introduced = len(proposal.pairs) - len(proposal.skipped)
            text = self.tr("Applied: {n} introductions signed; they leave at the next "
                           "sync.").format(n=introduced)
            if proposal.skipped:
                text += " " + self.tr("{n} pairs could not be introduced yet (a participant needs "
                                      "new routes; they are asked).").format(
                                          n=len(proposal.skipped))
            shown.show_message(text)

        def failed(err: EmentorError) -> None:
            shown = self.proposal(programme_id)
            if shown is not None:
                shown.set_applying(False)
                shown.show_message(str(err), error=True)
        self._call(lambda v: ops.apply(v, programme_id, path), done, failed)

    # -- the report -----------------------------------------------------------------------------
    def open_report(self, programme_id: str) -> None:
        def done(report: ProgrammeReport) -> None:
            dashboard = self._dashboard(programme_id)
            dashboard.set_report(report)
            self._front(self.dashboards[programme_id].dialog)
        self._call(lambda v: ops.report(v, programme_id), done,
                   lambda err: self._page_error(programme_id, err))

    def dashboard(self, programme_id: str) -> Dashboard | None:
        from ementor_desktop.ui.programme.dashboard import Dashboard

        window = self.dashboards.get(programme_id)
        return window.view if window is not None and isinstance(window.view,
                                                                 Dashboard) else None

    def _dashboard(self, programme_id: str) -> Dashboard:
        found = self.dashboard(programme_id)
        if found is not None:
            return found
        from ementor_desktop.ui.programme.dashboard import Dashboard

        view = Dashboard()
        dialog = in_dialog(view, self.tr("Programme report"), self.main, (1100, 900))
        window = _Window(programme_id, view, dialog)
        self.dashboards[programme_id] = window
        view.exportCsvRequested.connect(lambda: self.export_csv(programme_id))
        dialog.finished.connect(lambda _r: self._closed(self.dashboards, window))
        return view

    def _ask_csv_path(self, suggested: str) -> str:
        path, _chosen = QFileDialog.getSaveFileName(
            self.main, self.tr("Export the report"), suggested, self.tr("CSV file (*.csv)"))
        return path

    def _ask_matching_file(self) -> str:
        path, _chosen = QFileDialog.getOpenFileName(
            self.main, self.tr("The matching configuration the programme's terms name"), "",
            self.tr("Matching configuration (*.toml);;All files (*)"))
        return path

    def export_csv(self, programme_id: str) -> None:
        dashboard = self.dashboard(programme_id)
        if dashboard is None or dashboard.report is None:
            return
        name = "".join(c if c.isalnum() else "-" for c in dashboard.report.name).strip("-")
        path = self.choose_csv_path(str(Path.home() / f"programme-{name or 'report'}.csv"))
        if not path:
            return

        def done(file_name: str) -> None:
            shown = self.dashboard(programme_id)
            if shown is not None:
                shown.show_message(self.tr("Saved the report to {file}. It is not encrypted: keep "
                                           "it somewhere safe.").format(file=file_name))

        def failed(err: EmentorError) -> None:
            shown = self.dashboard(programme_id)
            if shown is not None:
                shown.show_message(str(err), error=True)
        self._call(lambda v: ops.export_csv(v, programme_id, path), done, failed)

    # -- a participant's match card -------------------------------------------------------------
    def open_card(self, programme_id: str | None = None, contact_id: str | None = None) -> None:
        if self.card_window is None:
            from ementor_desktop.ui.programme.match_card_view import MatchCardView

            view = MatchCardView()
            dialog = in_dialog(view, self.tr("Match card"), self.main, (720, 760))
            window = _Window(programme_id or "", view, dialog)
            self.card_window = window
            view.verifyRequested.connect(self.shell.contacts.open_safety_number)

            def closed(_r: int) -> None:
                if self.card_window is window:
                    self.card_window = None
                window.dialog.deleteLater()
            dialog.finished.connect(closed)
        self.card_window.programme_id = programme_id or ""
        self._card_contact = contact_id
        self._load_card(programme_id, contact_id)
        self._front(self.card_window.dialog)

    def card_view(self) -> MatchCardView | None:
        from ementor_desktop.ui.programme.match_card_view import MatchCardView

        window = self.card_window
        return window.view if window is not None and isinstance(window.view,
                                                                 MatchCardView) else None

    def _load_card(self, programme_id: str | None, contact_id: str | None) -> None:
        def loaded(card: HeldCard | None) -> None:
            view = self.card_view()
            if view is None:
                return
            if card is None:
                view.clear()
            else:
                view.set_card(card)
                if self.card_window is not None:
                    self.card_window.dialog.setWindowTitle(
                        self.tr("Match card: {programme}").format(
                            programme=clean_name(card.programme_name)))
        self._call(lambda v: ops.match_card(v, programme_id, contact_id), loaded)

    # -- a participant's shortlist: rank it, or ask from it (self-service) -----------------------
    def open_shortlist(self, programme_id: str) -> None:
        window = self.shortlists.get(programme_id)
        if window is None:
            from ementor_desktop.ui.programme.shortlist_view import ShortlistPanel

            view = ShortlistPanel()
            dialog = in_dialog(view, self.tr("My shortlist"), self.main, (720, 680))
            window = _Window(programme_id, view, dialog)
            self.shortlists[programme_id] = window
            view.rankingSent.connect(lambda order: self._send_ranking(programme_id, order))
            view.requestSent.connect(
                lambda candidate, note: self._send_request(programme_id, candidate, note))
            dialog.finished.connect(lambda _r, w=window: self._closed(self.shortlists, w))
        self._load_shortlist(programme_id)
        self._front(window.dialog)

    def shortlist_view(self, programme_id: str) -> ShortlistPanel | None:
        from ementor_desktop.ui.programme.shortlist_view import ShortlistPanel

        window = self.shortlists.get(programme_id)
        return window.view if window is not None and isinstance(window.view,
                                                                 ShortlistPanel) else None

    def _load_shortlist(self, programme_id: str) -> None:
        def loaded(found: ops.Shortlists) -> None:
            view = self.shortlist_view(programme_id)
            if view is None:
                return
            if found.mode == "request":
                view.set_requests(found.requests)
                if found.info.role == "mentor":
                    view.status.setText(self.tr("In this programme mentees ask their mentors: "
                                                "what they ask you is under Requests for me…"))
            else:
                view.set_ranked(found.ranked)
            window = self.shortlists.get(programme_id)
            if window is not None:
                window.dialog.setWindowTitle(self.tr("My shortlist: {programme}").format(
                    programme=clean_name(found.info.name)))

        def failed(err: EmentorError) -> None:
            view = self.shortlist_view(programme_id)
            if view is not None:
                view.show_message(str(err), error=True)
        self._call(lambda v: ops.shortlists(v, programme_id), loaded, failed)

    def _send_ranking(self, programme_id: str, order: list[str]) -> None:
        def done(_held: object) -> None:
            view = self.shortlist_view(programme_id)
            if view is not None:
                view.show_message(self.tr("Your ranking leaves at the next sync."))
            self._load_shortlist(programme_id)

        def failed(err: EmentorError) -> None:
            view = self.shortlist_view(programme_id)
            if view is not None:
                view.show_message(str(err), error=True)
        self._call(lambda v: ops.rank(v, programme_id, order), done, failed)

    def _send_request(self, programme_id: str, candidate: str, note: str) -> None:
        def done(ask: Any) -> None:
            view = self.shortlist_view(programme_id)
            if view is not None:
                view.show_message(self.tr("Your request to {name} leaves at the next sync; the "
                                          "coordinator forwards it without reading your note.")
                                  .format(name=clean_name(ask.peer_name)))
            self._load_shortlist(programme_id)

        def failed(err: EmentorError) -> None:
            view = self.shortlist_view(programme_id)
            if view is not None:
                view.show_message(str(err), error=True)
        self._call(lambda v: ops.request(v, programme_id, candidate, note), done, failed)

    # -- a mentor's offers, a mentee's requests (self-service) ---------------------------------
    def _side(self, programme_id: str) -> str:
        info = next((i for i in self.infos if i.id == programme_id), None)
        return "mentee" if info is not None and info.role == "mentee" else "mentor"

    def open_offers(self, programme_id: str) -> None:
        window = self.offers.get(programme_id)
        if window is None:
            from ementor_desktop.ui.programme.offers_view import OffersPanel

            side = self._side(programme_id)
            view = OffersPanel(side=side)
            dialog = in_dialog(view, self.tr("Requests for me") if side == "mentor" else
                               self.tr("My requests"), self.main, (720, 680))
            window = _Window(programme_id, view, dialog)
            self.offers[programme_id] = window
            view.replyRequested.connect(
                lambda request, action, reason, note: self._reply(programme_id, request, action,
                                                                  reason, note))
            dialog.finished.connect(lambda _r, w=window: self._closed(self.offers, w))
        self._load_offers(programme_id)
        self._front(window.dialog)

    def offers_view(self, programme_id: str) -> OffersPanel | None:
        from ementor_desktop.ui.programme.offers_view import OffersPanel

        window = self.offers.get(programme_id)
        return window.view if window is not None and isinstance(window.view,
                                                                 OffersPanel) else None

    def _load_offers(self, programme_id: str) -> None:
        def loaded(found: tuple[ProgrammeInfo, list[Any]]) -> None:
            view = self.offers_view(programme_id)
            window = self.offers.get(programme_id)
            if view is None or window is None:
                return
            info, views = found
            view.set_offers(views)
            title = self.tr("Requests for me: {programme}") if view.side == "mentor" else \
                self.tr("My requests: {programme}")
            window.dialog.setWindowTitle(title.format(programme=clean_name(info.name)))

        def failed(err: EmentorError) -> None:
            view = self.offers_view(programme_id)
            if view is not None:
                view.show_message(str(err), error=True)
        self._call(lambda v: ops.offers(v, programme_id), loaded, failed)

    def _reply(self, programme_id: str, request: str, action: str, reason: str,
               note: str) -> None:
        said = {"accept": self.tr("You accepted {name}; the coordinator confirms at the next "
                                  "sync."),
                "decline": self.tr("You declined {name}; they are told at the next sync."),
                "ask": self.tr("Your question to {name} leaves at the next sync."),
                "answer": self.tr("Your answer to {name} leaves at the next sync."),
                "cancel": self.tr("Your request to {name} is cancelled; they are told at the next "
                             "sync.")}

        def done(ask: Any) -> None:
            view = self.offers_view(programme_id)
            if view is not None:
                view.show_message(said.get(action, "").format(name=clean_name(ask.peer_name)))
            self._load_offers(programme_id)

        def failed(err: EmentorError) -> None:
            view = self.offers_view(programme_id)
            if view is not None:
                view.show_message(str(err), error=True)
        self._call(lambda v: ops.reply(v, programme_id, request, action, reason or None, note),
                   done, failed)

    # -- leaving --------------------------------------------------------------------------------
    def ask_leave(self, programme_id: str) -> None:
        info = next((i for i in self.infos if i.id == programme_id), None)
        if info is None:
            return
        if self.leave_dialog is not None:
            self.leave_dialog.reject()
        from ementor_desktop.ui.programme.dialogs import LeaveDialog

        dialog = LeaveDialog(clean_name(info.name), self.main)
        self.leave_dialog = dialog

        def leave(reason: str) -> None:
            def done(_info: ProgrammeInfo) -> None:
                if self.leave_dialog is dialog:
                    dialog.accept()
                self.refresh()

            def failed(err: EmentorError) -> None:
                if self.leave_dialog is dialog:
                    dialog.show_error(str(err))
            self._call(lambda v: ops.leave(v, programme_id, reason or None), done, failed)

        def closed(_r: int) -> None:
            if self.leave_dialog is dialog:
                self.leave_dialog = None
            dialog.deleteLater()
        dialog.leaveRequested.connect(leave)
        dialog.finished.connect(closed)
        dialog.open()
        self._front(dialog)

    # -- a participant's rematch, reporting and concerns ----------------------------------------
    def open_rematch(self, programme_id: str) -> None:
        self._open_action(programme_id, "rematch")

    def open_reporting(self, programme_id: str) -> None:
        self._open_action(programme_id, "reporting")

    def open_concern(self, programme_id: str) -> None:
        self._open_action(programme_id, "concern")

    def _open_action(self, programme_id: str, which: str) -> None:
        """One of the three dialogs, over what is stored now (pairs, the consent held)."""
        def loaded(found: ops.MyProgramme) -> None:
            if self.main is None:
                return
            if self.action_dialog is not None:
                self.action_dialog.reject()
            name = clean_name(found.info.name)
            from ementor_desktop.ui.programme.participant_dialogs import (
                ConcernDialog,
                RematchDialog,
                ReportingDialog,
            )

            dialog: RematchDialog | ReportingDialog | ConcernDialog
            if which == "rematch":
                dialog = RematchDialog(name, found.pairs, self.main)
                dialog.rematchRequested.connect(
                    lambda key, note: self._rematch(dialog, programme_id, key, note))
            elif which == "reporting":
                dialog = ReportingDialog(name, found.scopes, self.main)
                dialog.withdrawRequested.connect(
                    lambda keep: self._withdraw(dialog, programme_id, keep))
            else:
                dialog = ConcernDialog(name, found.pairs, self.main)
                dialog.concernRequested.connect(
                    lambda category, about, text, contact: self._concern(
                        dialog, programme_id, category, about, text, contact))
            self.action_dialog = dialog

            def closed(_r: int) -> None:
                if self.action_dialog is dialog:
                    self.action_dialog = None
                dialog.deleteLater()
            dialog.finished.connect(closed)
            dialog.open()
            self._front(dialog)
        self._call(lambda v: ops.my_programme(v, programme_id), loaded, self._menu_error)

    def _action_done(self, dialog: QDialog, text: str) -> None:
        if self.action_dialog is dialog:
            dialog.accept()
        main = self.main
        if main is None:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Programme"), text,
                          QMessageBox.StandardButton.Ok, main)
        box.setTextFormat(Qt.TextFormat.PlainText)  # it names someone
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "notice", None)
                             if self.notice is box else None)
        self.notice = box
        box.open()

    def _action_failed(self, dialog: RematchDialog | ReportingDialog | ConcernDialog,
                       err: EmentorError) -> None:
        if self.action_dialog is dialog:
            dialog.show_error(str(err))

    def _rematch(self, dialog: RematchDialog, programme_id: str, key: str, note: str) -> None:
        self._call(lambda v: ops.rematch(v, programme_id, key, note),
                   lambda name: self._action_done(dialog, self.tr(
                       "Asked for a rematch: your pair with {name} ends once the coordinator "
                       "applies it.").format(name=clean_name(name))),
                   lambda err: self._action_failed(dialog, err))

    def _withdraw(self, dialog: ReportingDialog, programme_id: str, keep: list[str]) -> None:
        self._call(lambda v: ops.withdraw(v, programme_id, keep),
                   lambda _info: self._action_done(dialog, self.tr(
                       "What you no longer allow stops at once; the coordinator is told at the "
                       "next sync.")),
                   lambda err: self._action_failed(dialog, err))

    def _concern(self, dialog: ConcernDialog, programme_id: str, category: str, about: str,
                 text: str, may_contact: bool) -> None:
        self._call(lambda v: ops.concern(v, programme_id, category, text, about, may_contact),
                   lambda _view: self._action_done(dialog, self.tr(
                       "Your concern leaves at the next sync, sealed to the coordinator.")),
                   lambda err: self._action_failed(dialog, err))

    # -- windows --------------------------------------------------------------------------------
    @staticmethod
    def _front(widget: QWidget) -> None:
        from ementor_desktop.ui.app import bring_to_front

        bring_to_front(widget)

    @staticmethod
    def _closed(windows: dict[str, _Window], window: _Window) -> None:
        if windows.get(window.programme_id) is window:
            del windows[window.programme_id]
        window.dialog.deleteLater()


__all__ = ["ProgrammesController", "proposal_for_view"]

"""The main window: conversations on the left (with search and relay status), the open
conversation on the right (header, key-change banner, messages, composer)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ementor_desktop.domain.models import ConversationSummary, Message, Profile, SearchHit
from ementor_desktop.domain.programme_types import MyProgrammeState, ProgrammeInfo
from ementor_desktop.protocol.display import clean_name
from ementor_desktop.ui.conversation import Composer, ConversationView
from ementor_desktop.ui.delegates import ConversationDelegate, SearchHitDelegate
from ementor_desktop.ui.models import (
    ROLE_OBJECT,
    ConversationListModel,
    MessageListModel,
    SearchResultsModel,
)
from ementor_desktop.ui.profile_view import open_contact_profile, open_my_profile
from ementor_desktop.ui.resources import app_icon, icon
from ementor_desktop.ui.widgets import fit_to_screen
from ementor_desktop.ui.worker import DbWorker
from ementor_desktop.ui.workspace.panel import RelationshipPanel

SEARCH_DELAY_MS = 250
WIDE_ENOUGH_FOR_PANEL = 1000  # issue 12: the relationship panel shows at first start from here
_ROLES = {"mentor": QT_TRANSLATE_NOOP("Roles", "mentor"),
          "mentee": QT_TRANSLATE_NOOP("Roles", "mentee"),
          "coordinator": QT_TRANSLATE_NOOP("Roles", "coordinator")}


def role_label(role: object) -> str:
    """A role as a person reads it, translated."""
    value = str(getattr(role, "value", role))
    return QCoreApplication.translate("Roles", str(_ROLES.get(value, value)))


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    add_contact_requested = Signal()
    verify_requested = Signal(str)  # contact id
    block_requested = Signal(str)  # contact id
    accept_route_requested = Signal(str)  # contact id
    remove_requested = Signal(str)  # contact id
    accept_key_change_requested = Signal(str)  # contact id
    send_requested = Signal(str, str, str)  # conversation id, contact id, text
    draft_changed = Signal(str, str)
    conversation_opened = Signal(str)
    read_requested = Signal(str)  # conversation id: it is in front of the person now
    search_requested = Signal(str)
    sync_requested = Signal()
    quit_requested = Signal()
    # -- programmes (issue 13): what the Programmes menu and the introduction line ask for
    join_programme_requested = Signal()
    create_programme_requested = Signal()
    programme_page_requested = Signal(str)  # programme id (one this app coordinates)
    programme_terms_requested = Signal(str)  # programme id: read the terms and consent
    match_card_requested = Signal(str)  # programme id
    leave_programme_requested = Signal(str)  # programme id
    shortlist_requested = Signal(str)  # programme id: rank it, or ask from it (self-service)
    offers_requested = Signal(str)  # programme id: requests for a mentor / a mentee's own
    rematch_requested = Signal(str)  # programme id: ask for a no-fault rematch
    reporting_requested = Signal(str)  # programme id: narrow the reporting allowed
    concern_requested = Signal(str)  # programme id: raise a concern with the coordinator
    introduction_requested = Signal(str)  # contact id: the card that introduced them
    # -- end programmes

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._title_unread = 0
        self._who = ""
        self._fpr = ""  # our fingerprint, for the account line after the profile is edited
        self.setWindowIcon(app_icon())
        fit_to_screen(self, 1100, 720)
        self.conversations = ConversationListModel(self)
        self.messages = MessageListModel(worker, self)
        self.search_results = SearchResultsModel(self)
        self._pending_jump: Message | None = None
        self._search_shown = ""  # the search whose results are shown
        self._focus_results = False  # ↓/Enter came before the results did
        self._build()
        self._actions()
        self.set_unread(0)

    # -- building ---------------------------------------------------------------------------------
    def _build(self) -> None:
        # The body is the conversations (the splitter) or, while locked, the unlock panel in
        # their place: locking keeps the window where and as large as it is.
        self.body = QStackedWidget(self)
        self.setCentralWidget(self.body)
        splitter = QSplitter(self.body)
        splitter.setObjectName("mainSplitter")
        splitter.setChildrenCollapsible(False)
        self.body.addWidget(splitter)
        self.splitter = splitter
        self._locked = False

        side = QWidget(splitter)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 8, 8, 4)
        side_layout.setSpacing(6)
        # Who this window belongs to: name and role, the fingerprint on hover and for screen
        # readers (two people can share a computer; `make demo` shows two windows).
        self.account = QLabel(side)
        self.account.setObjectName("account")
        self.account.setTextFormat(Qt.TextFormat.PlainText)
        self.account.setContentsMargins(4, 0, 4, 2)
        side_layout.addWidget(self.account)
        top = QHBoxLayout()
        self.search_box = QLineEdit(side)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search all conversations"))
        self.search_box.setAccessibleName(self.tr("Search all conversations"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for button in self.search_box.findChildren(QToolButton):  # the clear button
            button.setAccessibleName(self.tr("Clear the search"))
            button.setToolTip(self.tr("Clear the search"))
        top.addWidget(self.search_box, 1)
        self.add_button = QToolButton(side)
        self.add_button.setIcon(icon("contact-add"))
        self.add_button.setAccessibleName(self.tr("Add contact"))
        self.add_button.setToolTip(self.tr("Add a contact by invite (Ctrl+N)"))
        self.add_button.setAutoRaise(True)
        top.addWidget(self.add_button)
        side_layout.addLayout(top)

        self.side_stack = QStackedWidget(side)
        self.sidebar = QListView(self.side_stack)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Conversations"))
        self.sidebar.setModel(self.conversations)
        self.sidebar.setItemDelegate(ConversationDelegate(self.sidebar))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_sidebar = QLabel(self.tr("No conversations yet.\n\nAdd a contact with an "
                                            "invite to start one."), self.side_stack)
        self.empty_sidebar.setObjectName("hint")
        self.empty_sidebar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_sidebar.setWordWrap(True)
        self.results = QListView(self.side_stack)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.search_results)
        self.results.setItemDelegate(SearchHitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.no_results = QLabel(self.tr("No messages match."), self.side_stack)
        self.no_results.setObjectName("hint")
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.sidebar, self.empty_sidebar, self.results, self.no_results):
            self.side_stack.addWidget(w)
        side_layout.addWidget(self.side_stack, 1)

        bottom = QHBoxLayout()
        self.relay_status = QLabel(side)
        self.relay_status.setTextFormat(Qt.TextFormat.PlainText)  # relay errors quote the relay
        self.relay_status.setObjectName("relayStatus")
        self.relay_status.setAccessibleName(self.tr("Relay status"))
        # A long status must never widen the sidebar; the tooltip has the details.
        self.relay_status.setSizePolicy(QSizePolicy.Policy.Ignored,
                                        QSizePolicy.Policy.Preferred)
        bottom.addWidget(self.relay_status, 1)
        self.settings_button = QToolButton(side)
        self.settings_button.setIcon(icon("settings"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.setToolTip(self.tr("Settings (Ctrl+,)"))
        self.settings_button.setAutoRaise(True)
        self.lock_button = QToolButton(side)
        self.lock_button.setIcon(icon("lock"))
        self.lock_button.setAccessibleName(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_button.setAutoRaise(True)
        bottom.addWidget(self.settings_button)
        bottom.addWidget(self.lock_button)
        side_layout.addLayout(bottom)

        right = QWidget(splitter)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 8, 0)
        self.title = QLabel(right)
        self.title.setObjectName("conversationTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the name is the contact's choice
        self.title.setAccessibleName(self.tr("No conversation open"))
        header.addWidget(self.title, 1)
        self.verified_label = QLabel(right)
        self.verified_label.setObjectName("hint")
        self.verified_label.setTextFormat(Qt.TextFormat.PlainText)
        header.addWidget(self.verified_label)
        header.addSpacing(8)
        self.verify_button = QPushButton(icon("shield"), self.tr("Safety number"), right)
        self.verify_button.setAccessibleName(self.tr("Show safety number"))
        self.verify_button.setToolTip(self.tr("Compare safety numbers to verify this contact"))
        header.addWidget(self.verify_button)
        right_layout.addLayout(header)

        self.banner = QFrame(right)
        self.banner.setObjectName("keyChangeBanner")
        banner_layout = QHBoxLayout(self.banner)
        warn = QLabel(self.banner)
        warn.setPixmap(icon("warning").pixmap(22, 22))
        banner_layout.addWidget(warn)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)  # names in it are escaped
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(self.tr("Security warning"))
        banner_layout.addWidget(self.banner_text, 1)
        self.banner_verify = QPushButton(self.tr("Review safety number"), self.banner)
        self.banner_verify.setAccessibleName(self.tr("Review the new safety number"))
        banner_layout.addWidget(self.banner_verify)
        self.banner_route = QPushButton(self.tr("Allow the new relay"), self.banner)
        self.banner_route.setAccessibleName(self.tr("Allow the new relay"))
        banner_layout.addWidget(self.banner_route)
        self.banner.hide()
        wrap = QVBoxLayout()
        wrap.setContentsMargins(10, 0, 10, 6)
        wrap.addWidget(self.banner)
        # -- programmes (issue 13): "Introduced by <programme>, not verified", under the header
        self.intro = QFrame(right)
        self.intro.setObjectName("introductionLine")
        intro_layout = QHBoxLayout(self.intro)
        intro_layout.setContentsMargins(8, 2, 4, 2)
        intro_layout.setSpacing(6)
        self.intro_text = QLabel(self.intro)
        self.intro_text.setObjectName("hint")
        self.intro_text.setTextFormat(Qt.TextFormat.PlainText)  # the programme names itself
        self.intro_text.setWordWrap(True)
        intro_layout.addWidget(self.intro_text)
        self.intro_button = QPushButton(self.tr("see why you were matched"), self.intro)
        self.intro_button.setObjectName("introductionLink")
        self.intro_button.setAccessibleName(self.tr("See why you were matched"))
        self.intro_button.setAutoDefault(False)
        self.intro_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.intro_button.setStyleSheet(  # reads as a link, and is a button to the keyboard
            "QPushButton#introductionLink { border: none; padding: 0; background: transparent;"
            " color: palette(link); text-decoration: underline; }")
        intro_layout.addWidget(self.intro_button)
        intro_layout.addStretch(1)
        self.intro.hide()
        self._intro_contact: str | None = None
        self._intro_programme = ""
        self._intro_verified = False
        self.intro_button.clicked.connect(self._introduction_clicked)
        wrap.addWidget(self.intro)
        # -- end programmes
        right_layout.addLayout(wrap)

        self.view = ConversationView(self.messages, right)
        self.placeholder = QLabel(self.tr("Choose a conversation on the left."), right)
        self.placeholder.setObjectName("hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.content_stack = QStackedWidget(right)
        self.content_stack.addWidget(self.placeholder)
        self.content_stack.addWidget(self.view)
        right_layout.addWidget(self.content_stack, 1)
        self.composer = Composer(right)
        self.view.quote_requested.connect(self.composer.insert_quote)  # the message menu's Quote
        right_layout.addWidget(self.composer)
        splitter.addWidget(side)
        splitter.addWidget(right)
        # -- workspace (issue 12): the relationship panel, collapsible, beside the conversation
        self.workspace_panel = RelationshipPanel(splitter)
        splitter.addWidget(self.workspace_panel)
        splitter.setCollapsible(2, True)
        splitter.setStretchFactor(2, 0)
        splitter.handle(2).setAccessibleName(self.tr("Resize the relationship panel"))
        # -- end workspace
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 520, 280])
        splitter.handle(1).setAccessibleName(self.tr("Resize the conversation list"))
        self.composer.setEnabled(False)
        self.verify_button.setEnabled(False)

        self.sidebar.selectionModel().currentChanged.connect(self._sidebar_current)
        self.sidebar.clicked.connect(self._seen)  # clicking the open conversation again
        self.results.clicked.connect(self._result_clicked)
        self.results.activated.connect(self._result_clicked)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_now)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.installEventFilter(self)  # ↓ and Enter go on to the results
        self.results.installEventFilter(self)  # ↑ on the first result comes back
        self.composer.send_requested.connect(self._send)
        self.composer.draft_changed.connect(self.draft_changed)
        self.messages.page_loaded.connect(self._page_loaded)
        self.lock_button.clicked.connect(self.lock_requested)
        self.settings_button.clicked.connect(self.settings_requested)
        self.add_button.clicked.connect(self.add_contact_requested)
        self.verify_button.clicked.connect(self._verify_current)
        self.banner_verify.clicked.connect(self._verify_current)
        self.banner_route.clicked.connect(
            lambda: self._about_current(self.accept_route_requested))

    def _actions(self) -> None:
        def action(text: str, shortcut: Any, slot: Any) -> QAction:
            a = QAction(text, self)
            a.setShortcut(shortcut)
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a
        menu = self.menuBar()
        app_menu = menu.addMenu(self.tr("&eMentor"))
        self.lock_action = action(self.tr("&Lock"), QKeySequence("Ctrl+L"), self.lock_requested)
        self.settings_action = action(self.tr("&Settings…"), QKeySequence("Ctrl+,"),
                                      self.settings_requested)
        self.quit_action = action(self.tr("&Quit"), QKeySequence.StandardKey.Quit,
                                  self.quit_requested)
        self.profile_action = action(self.tr("Edit my &profile…"), QKeySequence(), lambda: (
            open_my_profile(self, self._worker, lambda p: self.set_profile(p, self._fpr))))
        for a in (self.profile_action, self.lock_action, self.settings_action, self.quit_action):
            app_menu.addAction(a)
        conv_menu = menu.addMenu(self.tr("&Conversation"))
        self.search_action = action(self.tr("&Search…"), QKeySequence.StandardKey.Find,
                                    self.focus_search)
        self.compose_action = action(self.tr("&Write"), QKeySequence("Ctrl+E"),
                                     lambda: self.composer.edit.setFocus())
        self.next_action = action(self.tr("&Next conversation"), QKeySequence("Ctrl+Tab"),
                                  lambda: self._step_conversation(1))
        self.prev_action = action(self.tr("&Previous conversation"),
                                  QKeySequence("Ctrl+Shift+Tab"),
                                  lambda: self._step_conversation(-1))
        self.escape_action = action(self.tr("Close search"), QKeySequence("Escape"),
                                    self._escape)
        self.sync_action = action(self.tr("Sync &now"), QKeySequence.StandardKey.Refresh,
                                  self.sync_requested)
        for a in (self.search_action, self.compose_action, self.next_action, self.prev_action,
                  self.sync_action):
            conv_menu.addAction(a)
        contacts_menu = menu.addMenu(self.tr("C&ontacts"))
        self.add_action = action(self.tr("&Add contact…"), QKeySequence.StandardKey.New,
                                 self.add_contact_requested)
        self.verify_action = action(self.tr("&Verify safety number…"), QKeySequence("Ctrl+I"),
                                    self._verify_current)
        self.block_action = action(self.tr("&Block contact…"), QKeySequence(),
                                   lambda: self._about_current(self.block_requested))
        self.remove_action = action(self.tr("&Remove contact…"), QKeySequence(),
                                    lambda: self._about_current(self.remove_requested))
        self.view_profile_action = action(self.tr("View &profile"), QKeySequence(),
                                          self._view_profile)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.sidebar.addAction(self.view_profile_action)  # the contact's context menu
        contacts_menu.addAction(self.add_action)
        contacts_menu.addAction(self.view_profile_action)
        contacts_menu.addAction(self.verify_action)
        contacts_menu.addSeparator()
        contacts_menu.addAction(self.block_action)
        contacts_menu.addAction(self.remove_action)
        # -- workspace (issue 12): the Relationship menu, the panel's views and life cycle
        relationship_menu = menu.addMenu(self.tr("&Relationship"))
        self.panel_action = action(self.tr("Show the relationship &panel"), QKeySequence("F9"),
                                   self.toggle_workspace_panel)
        self.panel_action.setCheckable(True)
        self.panel_action.setChecked(True)
        relationship_menu.addAction(self.panel_action)
        relationship_menu.addSeparator()
        self.workspace_panel.fill_menu(relationship_menu)
        # -- end workspace
        # -- programmes (issue 13): join, create, and one entry per programme (set_programmes)
        self.programmes_menu = menu.addMenu(self.tr("&Programmes"))
        self.join_programme_action = action(self.tr("&Join a programme…"),
                                            QKeySequence("Ctrl+J"),
                                            self.join_programme_requested)
        self.create_programme_action = action(self.tr("&Create a programme…"),
                                              QKeySequence("Ctrl+Shift+J"),
                                              self.create_programme_requested)
        self.programmes_menu.addAction(self.join_programme_action)
        self.programmes_menu.addAction(self.create_programme_action)
        self._programme_entries: list[QAction] = []
        self._programmes_shown: list[tuple[str, str, str, MyProgrammeState, bool]] | None = None
        self.set_programmes([])
        # -- end programmes

    # -- workspace (issue 12) ---------------------------------------------------------------------
    def toggle_workspace_panel(self, shown: bool | None = None) -> None:
        """Show or hide the relationship panel (F9); a panel dragged shut opens again."""
        visible = not self.workspace_panel.isHidden() and self.splitter.sizes()[2] > 0
        show = not visible if shown is None else bool(shown)
        self.workspace_panel.setVisible(show)
        if show and self.splitter.sizes()[2] == 0:
            sizes = self.splitter.sizes()
            width = min(280, max(0, sizes[1] - 360))
            self.splitter.setSizes([sizes[0], sizes[1] - width, width])
        self.panel_action.setChecked(show)

    # -- programmes (issue 13) --------------------------------------------------------------------
    def set_programmes(self, infos: list[ProgrammeInfo]) -> None:
        """The Programmes menu's entries: each programme this app coordinates opens its page;
        each one it takes part in has its terms, match card and leaving. Names are shown as
        written (an ampersand is not a shortcut)."""
        menu = self.programmes_menu
        key = [(i.id, i.name, i.role, i.state, i.terms_changed) for i in infos]
        if key == self._programmes_shown:
            return  # unchanged: an open menu is left alone
        self._programmes_shown = key
        for entry in self._programme_entries:
            menu.removeAction(entry)
            sub = entry.menu()
            if sub is not None:
                sub.deleteLater()
            entry.deleteLater()
        self._programme_entries = []

        def add(entry: QAction) -> None:
            menu.addAction(entry)
            self._programme_entries.append(entry)

        def label(info: ProgrammeInfo) -> str:
            return (clean_name(info.name) or info.id).replace("&", "&&")

        coordinated = [i for i in infos if i.role == "coordinator"]
        taking_part = [i for i in infos if i.role != "coordinator" and i.state not in (
            MyProgrammeState.LEFT, MyProgrammeState.DECLINED, MyProgrammeState.REMOVED)]
        if coordinated:
            self._programme_entries.append(menu.addSection(
                self.tr("Programmes you coordinate")))
        for info in coordinated:
            entry = QAction(label(info), menu)
            entry.setData(info.id)
            entry.triggered.connect(
                lambda _c=False, pid=info.id: self.programme_page_requested.emit(pid))
            add(entry)
        if taking_part:
            self._programme_entries.append(menu.addSection(
                self.tr("Programmes you take part in")))
        for info in taking_part:
            sub = QMenu(label(info), menu)
            entry = sub.menuAction()
            entry.setData(info.id)
            if info.state is MyProgrammeState.JOINING:
                waiting = sub.addAction(self.tr("Waiting for the programme's terms…"))
                waiting.setEnabled(False)
            if info.state is MyProgrammeState.REVIEWING or info.terms_changed:
                terms = sub.addAction(self.tr("Read the &terms and consent…"))
                terms.triggered.connect(
                    lambda _c=False, pid=info.id: self.programme_terms_requested.emit(pid))
            card = sub.addAction(self.tr("My &match card"))
            card.setEnabled(info.state not in (MyProgrammeState.JOINING,
                                               MyProgrammeState.REVIEWING))
            card.triggered.connect(
                lambda _c=False, pid=info.id: self.match_card_requested.emit(pid))
            taking = info.state not in (MyProgrammeState.JOINING, MyProgrammeState.REVIEWING)
            shortlist = sub.addAction(self.tr("My &shortlist…"))
            shortlist.setEnabled(taking)
            shortlist.triggered.connect(
                lambda _c=False, pid=info.id: self.shortlist_requested.emit(pid))
            if info.self_service and info.role in ("mentor", "mentee"):
                offers = sub.addAction(self.tr("&Requests for me…") if info.role == "mentor"
                                       else self.tr("My &requests…"))
                offers.setEnabled(taking)
                offers.triggered.connect(
                    lambda _c=False, pid=info.id: self.offers_requested.emit(pid))
            sub.addSeparator()
            rematch = sub.addAction(self.tr("Ask for a r&ematch…"))
            rematch.setEnabled(taking)
            rematch.triggered.connect(
                lambda _c=False, pid=info.id: self.rematch_requested.emit(pid))
            reporting = sub.addAction(self.tr("Reporting I &allow…"))
            reporting.setEnabled(taking)
            reporting.triggered.connect(
                lambda _c=False, pid=info.id: self.reporting_requested.emit(pid))
            concern = sub.addAction(self.tr("Raise a &concern…"))
            concern.setEnabled(taking)
            concern.triggered.connect(
                lambda _c=False, pid=info.id: self.concern_requested.emit(pid))
            sub.addSeparator()
            leave = sub.addAction(self.tr("&Leave programme…"))
            leave.triggered.connect(
                lambda _c=False, pid=info.id: self.leave_programme_requested.emit(pid))
            add(entry)

    def programme_entry(self, programme_id: str) -> QAction | None:
        """The menu entry of one programme (its submenu's, for one taken part in)."""
        return next((a for a in self._programme_entries if a.data() == programme_id), None)

    def set_introduction(self, contact_id: str | None, programme: str = "",
                         verified: bool = False) -> None:
        """The open conversation's contact was introduced by `programme` (None: was not)."""
        self._intro_contact = contact_id
        self._intro_programme = clean_name(programme)
        self._intro_verified = verified
        self._show_introduction()

    def _show_introduction(self) -> None:
        shown = self._intro_contact is not None and not self._intro_verified \
            and not self._locked
        if shown:
            self.intro_text.setText(self.tr("Introduced by {programme}, not verified —").format(
                programme=self._intro_programme))
            # on one line beside the link while it fits; a long name wraps instead of widening
            width = self.intro_text.fontMetrics().horizontalAdvance(self.intro_text.text())
            self.intro_text.setMinimumWidth(min(width + 4, 480))
            self.intro_text.setAccessibleDescription(self.intro_text.text())
        self.intro.setVisible(shown)

    def _introduction_clicked(self) -> None:
        if self._intro_contact is not None:
            self.introduction_requested.emit(self._intro_contact)

    # -- end programmes

    # -- data in ----------------------------------------------------------------------------------
    def set_profile(self, profile: Profile | None, fingerprint: str = "") -> None:
        self._fpr = fingerprint
        name = profile.display_name if profile else ""
        role = role_label(profile.role) if profile else ""
        self.account.setText(self.tr("{name} · {role}").format(name=name, role=role)
                             if name else "")
        self.account.setVisible(bool(name))
        described = self.tr("You are {name} ({role}). Your fingerprint: {fingerprint}").format(
            name=name, role=role, fingerprint=fingerprint) if name else ""
        self.account.setToolTip(described)
        self.account.setAccessibleName(self.tr("Your account: {name}, {role}").format(
            name=name, role=role) if name else self.tr("Your account"))
        self.account.setAccessibleDescription(described)
        self.setProperty("profileName", name)
        self._who = (self.tr("{name} ({role})").format(name=name, role=role_label(profile.role))
                     if profile and name else "")
        self._update_title()

    def set_summaries(self, rows: list[ConversationSummary]) -> None:
        current = self.messages.conversation_id
        self.conversations.set_rows(rows)
        if self.side_stack.currentWidget() in (self.sidebar, self.empty_sidebar):
            self.side_stack.setCurrentWidget(self.sidebar if rows else self.empty_sidebar)
        if current is not None:
            row = self.conversations.row_of(current)
            if row >= 0:
                self.sidebar.selectionModel().setCurrentIndex(
                    self.conversations.index(row),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self._show_header(self.conversations.summary(row))

    def set_unread(self, count: int) -> None:
        self._title_unread = count
        self._update_title()

    def _update_title(self) -> None:
        # Who this window belongs to (two people on one computer, or `make demo`, tell the
        # windows apart); Qt adds the application's name after it.
        base = self._who or self.tr("eMentor Desktop")
        if self._title_unread:
            self.setWindowTitle(self.tr("({count}) {app}").format(count=self._title_unread,
                                                                    app=base))
        else:
            self.setWindowTitle(base)

    def set_relay_status(self, text: str, tooltip: str = "") -> None:
        self.relay_status.setText(text)
        self.relay_status.setToolTip(tooltip)
        # A screen reader reads a label by its name: give it the live state, not a fixed word.
        self.relay_status.setAccessibleName(
            self.tr("Connection: {state}").format(state=text.lstrip("●○◐⚠↻ ")))
        self.relay_status.setAccessibleDescription(tooltip)

    def set_contact_state(self, verified: bool | None, key_change_pending: bool,
                          name: str, blocked: bool = False,
                          pending_relay: str | None = None) -> None:
        """Header badge and banner for the open conversation's contact (None: unknown)."""
        name = html.escape(name)  # a name is chosen by the other person: never markup
        if verified is not None and self._intro_contact is not None:  # programmes (issue 13)
            self._intro_verified = verified
            self._show_introduction()
        if verified is None:
            self.verified_label.setText("")
        else:
            self.verified_label.setText(self.tr("✓ verified") if verified
                                        else self.tr("not verified"))
        if key_change_pending:
            self.banner_text.setText(self.tr(
                "<b>{name}'s security key has changed.</b> This happens when they reinstall "
                "or use a new device – or if someone is trying to intercept your messages. "
                "Nothing is sent to {name} until you have compared the new safety number and "
                "accepted it.").format(name=name))
            self.banner.show()
        elif blocked:
            self.banner_text.setText(self.tr(
                "<b>You blocked {name}.</b> Nothing from them is received any more; the "
                "conversation stays here for you to read.").format(name=name))
            self.banner.show()
        elif pending_relay:
            self.banner_text.setText(self.tr(
                "<b>{name} asks you to send to another relay:</b> {relay} – one you have not "
                "used before. Messages to {name} wait until you allow it; if you did not "
                "expect this, ask {name} first.").format(name=name,
                                                         relay=html.escape(pending_relay)))
            self.banner.show()
        else:
            self.banner.hide()
        # A screen reader reads a label through its description: keep it the live text.
        self.banner_text.setAccessibleDescription(
            QTextDocumentFragment.fromHtml(self.banner_text.text()).toPlainText())
        self.banner_verify.setVisible(key_change_pending)
        self.banner_route.setVisible(bool(pending_relay) and not key_change_pending
                                     and not blocked)
        self.block_action.setEnabled(not blocked)
        self.composer.setEnabled(self.messages.conversation_id is not None
                                 and not key_change_pending and not blocked)

    # -- conversations --------------------------------------------------------------------------
    def current_summary(self) -> ConversationSummary | None:
        index = self.sidebar.currentIndex()
        return self.conversations.summary(index.row()) if index.isValid() else None

    def open_conversation(self, conversation_id: str) -> None:
        row = self.conversations.row_of(conversation_id)
        if row < 0:
            return
        self.sidebar.setCurrentIndex(self.conversations.index(row))

    def _sidebar_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        summary = self.conversations.summary(current.row()) if current.isValid() else None
        if summary is None:
            return
        conv_id = summary.conversation.id
        if conv_id == self.messages.conversation_id:
            return
        self.composer.flush_draft()
        self.set_introduction(None)  # programmes (issue 13): known again once looked up
        self._show_header(summary)
        self.content_stack.setCurrentWidget(self.view)
        self.messages.open(conv_id)
        self.composer.show_conversation(conv_id, "")
        self.conversation_opened.emit(conv_id)

    def _show_header(self, summary: ConversationSummary | None) -> None:
        if summary is None:
            self.title.setText("")
            self.title.setAccessibleName(self.tr("No conversation open"))
            return
        self.title.setText(summary.contact_name)
        self.messages.contact_name = summary.contact_name  # each message says who wrote it
        self.title.setAccessibleName(
            self.tr("Conversation with {name}").format(name=summary.contact_name))
        self.verify_button.setEnabled(summary.conversation.contact_id is not None)

    def show_draft(self, conversation_id: str, body: str) -> None:
        if conversation_id == self.composer.conversation_id and \
                not self.composer.edit.toPlainText():
            self.composer.show_conversation(conversation_id, body)

    def _step_conversation(self, step: int) -> None:
        count = self.conversations.rowCount()
        if not count:
            return
        row = (self.sidebar.currentIndex().row() + step) % count
        self.sidebar.setCurrentIndex(self.conversations.index(row))

    def _send(self, text: str) -> None:
        summary = self.current_summary()
        if summary is None or summary.conversation.contact_id is None:
            return
        self.send_requested.emit(summary.conversation.id, summary.conversation.contact_id, text)

    def _about_current(self, signal: Any) -> None:
        summary = self.current_summary()
        if summary is not None and summary.conversation.contact_id is not None:
            signal.emit(summary.conversation.contact_id)

    def _view_profile(self) -> None:
        summary = self.current_summary()
        if summary is not None and summary.conversation.contact_id is not None:
            open_contact_profile(self, summary.conversation.contact_id, self._worker)

    def _verify_current(self) -> None:
        summary = self.current_summary()
        if summary is not None and summary.conversation.contact_id is not None:
            self.verify_requested.emit(summary.conversation.contact_id)

    # -- search --------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search_box and key in (Qt.Key.Key_Down, Qt.Key.Key_Return,
                                                      Qt.Key.Key_Enter):
                return self._into_list()
            if watched is self.results and key == Qt.Key.Key_Up and \
                    self.results.currentIndex().row() <= 0:
                self.search_box.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _into_list(self) -> bool:
        """From the search box to the first result (running a pending search now), or to the
        conversations when there is no search."""
        if self.search_box.text().strip():
            target = self.results
            if self._search_timer.isActive() or self._search_shown != \
                    self.search_box.text().strip():
                self._search_timer.stop()
                self._focus_results = True  # the answer is on its way: go there when it comes
                self._search_now()
                return True
            if self.search_results.rowCount() == 0:
                return True  # nothing to go to; "No messages match." says so
        else:
            target = self.sidebar
            if self.conversations.rowCount() == 0:
                return False
        if not target.currentIndex().isValid():
            target.setCurrentIndex(target.model().index(0, 0))
        target.setFocus()
        return True

    def _escape(self) -> None:
        if self.search_box.text():
            self.search_box.clear()
            self._search_timer.stop()
            self._search_now()
            self.composer.edit.setFocus()

    def _search_now(self) -> None:
        text = self.search_box.text().strip()
        if not text:
            self.search_results.set_hits([])
            self._search_shown = ""
            self.side_stack.setCurrentWidget(
                self.sidebar if self.conversations.rowCount() else self.empty_sidebar)
            return
        self.search_requested.emit(text)

    def refresh_search(self) -> None:
        """Messages arrived: an open search is asked again, so new hits show where they
        fall (the results keep their current row)."""
        text = self.search_box.text().strip()
        if text and not self._search_timer.isActive():
            self.search_requested.emit(text)

    def show_search_results(self, text: str, hits: list[SearchHit]) -> None:
        if text != self.search_box.text().strip():
            return  # the person typed on; a newer search is coming
        current = self.results.currentIndex()
        kept = self.search_results.hit(current.row()) if current.isValid() else None
        self.search_results.set_hits(hits)
        if kept is not None:  # the same hit stays chosen when the list is asked again
            for row, hit in enumerate(hits):
                if hit.message.id == kept.message.id:
                    self.results.setCurrentIndex(self.search_results.index(row, 0))
                    break
        self._search_shown = text
        self.side_stack.setCurrentWidget(self.results if hits else self.no_results)
        if self._focus_results and hits:
            self.results.setCurrentIndex(self.search_results.index(0, 0))
            self.results.setFocus()
        self._focus_results = False

    def _result_clicked(self, index: QModelIndex) -> None:
        hit: SearchHit | None = index.data(ROLE_OBJECT)
        if hit is not None:
            self.jump_to(hit.message)

    def jump_to(self, message: Message) -> None:
        """Open the message's conversation and load pages until the message is shown."""
        self._pending_jump = message
        if self.messages.conversation_id != message.conversation_id:
            row = self.conversations.row_of(message.conversation_id)
            if row < 0:
                return
            self.sidebar.setCurrentIndex(self.conversations.index(row))
            return  # continues in _page_loaded once the first page is in
        self.messages.load_through(message)

    def _page_loaded(self, _added: int) -> None:
        jump = self._pending_jump
        if jump is None or jump.conversation_id != self.messages.conversation_id:
            return
        row = self.messages.row_of(jump.id)
        if row < 0:
            self.messages.load_through(jump)
            return
        self._pending_jump = None
        QTimer.singleShot(0, lambda: self.view.scroll_to_row(row))

    # -- locking ----------------------------------------------------------------------------------
    def show_locked(self, panel: QWidget) -> None:
        """Put the unlock panel where the conversations were (call `clear_private` first):
        same window, same place and size; no menu or shortcut reaches the locked vault."""
        self._locked = True
        if self.body.indexOf(panel) < 0:
            self.body.addWidget(panel)
        self.body.setCurrentWidget(panel)
        self.menuBar().setVisible(False)
        for action in self.actions():
            action.setEnabled(action is self.quit_action)
        self._who = ""
        self.setWindowTitle(self.tr("Locked"))  # Qt adds the application's name

    def show_unlocked(self) -> None:
        """The conversations again, after `set_profile` and `set_summaries`."""
        self._locked = False
        self.body.setCurrentWidget(self.splitter)
        self.menuBar().setVisible(True)
        for action in self.actions():
            action.setEnabled(True)
        self._update_title()

    @property
    def locked(self) -> bool:
        return self._locked

    def save_state(self, store: QSettings) -> None:
        """Window geometry and the splitter (non-sensitive layout only)."""
        store.setValue("main/geometry", self.saveGeometry())
        store.setValue("main/splitter", self.splitter.saveState())
        store.setValue("main/relationshipPanel", self.panel_action.isChecked())  # issue 12

    def restore_state(self, store: QSettings) -> None:
        geometry, split = store.value("main/geometry"), store.value("main/splitter")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self._place(str(store.value("main/placement", "")))
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)
        # workspace (issue 12): the panel as it was left; the first time, only where it fits
        # beside a conversation of a useful width (F9 shows it on a small screen)
        shown = store.value("main/relationshipPanel")
        self.toggle_workspace_panel(self.width() >= WIDE_ENOUGH_FOR_PANEL if shown is None
                                    else str(shown).lower() not in ("false", "0"))

    def _place(self, placement: str) -> None:
        """"i/n": the i-th of n equal columns of the available screen (first start only)."""
        try:
            index, count = (int(part) for part in placement.split("/"))
        except ValueError:
            return
        screen = self.screen()
        if screen is None or not 0 <= index < count <= 8:
            return
        area = screen.availableGeometry()
        width = area.width() // count
        # Room for the window manager's frame, so neighbours do not touch.
        margin, title_bar = 8, 32
        self.setGeometry(area.x() + index * width + margin, area.y() + title_bar,
                         max(1, width - 2 * margin),
                         max(1, min(self.height(), area.height() - title_bar - margin)))

    def clear_private(self) -> None:
        """Forget everything shown (on lock): models emptied, composer and search cleared."""
        self.composer.clear_private()
        self._pending_jump = None
        self.messages.clear()
        self.conversations.clear()
        self.search_results.set_hits([])
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self._search_timer.stop()
        self.title.setText("")
        self.title.setAccessibleName(self.tr("No conversation open"))
        self.account.setText("")
        self.account.setAccessibleName(self.tr("Your account"))
        self.account.setToolTip("")
        self.account.setAccessibleDescription("")
        self.verified_label.setText("")
        self.banner.hide()
        self.content_stack.setCurrentWidget(self.placeholder)
        self.side_stack.setCurrentWidget(self.empty_sidebar)
        self.view.message_delegate.clear_cache()
        self.workspace_panel.clear()  # issue 12
        self.set_introduction(None)  # programmes (issue 13)
        self.set_programmes([])
        self.set_unread(0)
        self.setProperty("profileName", "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._seen()  # what arrived while the window was in the background is seen now

    def _seen(self, *_args: object) -> None:
        if not self._locked and self.messages.conversation_id is not None and \
                self.content_stack.currentWidget() is self.view:
            self.read_requested.emit(self.messages.conversation_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.composer.flush_draft()
        self.quit_requested.emit()
        event.ignore()

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="49"/>
        <source>Queued – goes out when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="50"/>
        <source>On relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="51"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="52"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="53"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="77"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="79"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="237"/>
        <source>{count} earlier message(s) from this contact are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="356"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="359"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="369"/>
        <source>You: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="371"/>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="83"/>
        <source>Syncing stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="27"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="83"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="83"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="83"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="83"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="83"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="96"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="119"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="131"/>
        <source>A QR code with the same text as shown beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="347"/>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="350"/>
        <source>Paste the invite code your contact sent you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="353"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="354"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="355"/>
        <source>Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="359"/>
        <source>…or create one for them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="362"/>
        <source>Relay address for your invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="363"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="364"/>
        <source>&amp;Create invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="365"/>
        <source>Create invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="372"/>
        <source>Your invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="392"/>
        <source>Invites need the messaging engine, which this build does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="404"/>
        <source>Share this code over a channel you trust, or let your contact scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="202"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="207"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="208"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="209"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="228"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="230"/>
        <source>The new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="190"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="192"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="194"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="220"/>
        <source>Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="221"/>
        <source>Ctrl+Enter to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="160"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="192"/>
        <source>Connect with your mentor or mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="193"/>
        <source>One of you creates an invite; the other pastes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="196"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="197"/>
        <source>Paste an invite code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="198"/>
        <source>&amp;Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="199"/>
        <source>Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="206"/>
        <source>Relay address for your invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="207"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="208"/>
        <source>Your programme tells you which relay to use. It only passes sealed envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="210"/>
        <source>&amp;Create an invite to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="211"/>
        <source>Create an invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="217"/>
        <source>Your invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="251"/>
        <source>You can also do this later from the main window (Contacts ▸ Add contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="254"/>
        <source>Invites need the messaging engine, which this build does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="259"/>
        <source>&lt;b&gt;Connecting is not available in this build yet.&lt;/b&gt; Your vault is ready; you can connect later from the main window once invites are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="267"/>
        <source>Send this code to your contact over a channel you trust, or let them scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="79"/>
        <source>{count} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="81"/>
        <source>you: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="82"/>
        <source>last: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="33"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="56"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmentorApp</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="106"/>
        <source>Locked after a period of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="134"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="213"/>
        <source>Your vault is ready. This computer has no usable system keyring, so it cannot remember the vault: you will type your passphrase when you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="266"/>
        <source>Sending needs the messaging engine, which this build does not have yet. Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="296"/>
        <source>Locked. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="382"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="393"/>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="394"/>
        <source>Syncing with a relay needs the messaging engine, which this build does not have yet. Everything you write is kept in your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="398"/>
        <location filename="../../src/ementor_desktop/ui/app.py" line="426"/>
        <source>○ No relay set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="399"/>
        <source>Create or accept an invite, or choose a relay in Settings, to send and receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="457"/>
        <source>Show eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="459"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="461"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="467"/>
        <location filename="../../src/ementor_desktop/ui/app.py" line="483"/>
        <location filename="../../src/ementor_desktop/ui/app.py" line="501"/>
        <source>eMentor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="482"/>
        <source>eMentor Desktop – {count} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="501"/>
        <source>{count} new message(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="559"/>
        <source>This device remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="560"/>
        <source>This device no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="562"/>
        <source>The system keyring is not available, so this device cannot remember the vault. The passphrase keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="588"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="589"/>
        <source>Type your vault passphrase (or another one) to protect the backup. You will need it to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="596"/>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="598"/>
        <source>Backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="605"/>
        <source>Choose an empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="609"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="613"/>
        <source>Restored into {folder}. Open it with: ementor --home &quot;{folder}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="619"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="629"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="638"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="639"/>
        <source>Safety numbers need the messaging engine, which this build does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="643"/>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="695"/>
        <source>Block {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="696"/>
        <source>Nothing from {name} will be received any more: their mailbox on the relay is deleted and messages you have not sent yet are not sent. The conversation stays here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="698"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="701"/>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="702"/>
        <source>{name} is removed and your whole conversation with them is deleted from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="703"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="808"/>
        <source>Creating the invite on the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="836"/>
        <source>Invite accepted. Your contact&apos;s app confirms it the next time it is online; then you can write to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="842"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="854"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="855"/>
        <source>eMentor hit an internal error ({name}). Your data is safe; details are in the log file in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="112"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="113"/>
        <source>Search all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="119"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="120"/>
        <source>Add a contact by invite (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="128"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="133"/>
        <source>No conversations yet.

Add a contact with an invite to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="140"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="144"/>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="154"/>
        <source>Relay status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="161"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="162"/>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="166"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="167"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="181"/>
        <source>Conversation with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="187"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="188"/>
        <source>Show safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="189"/>
        <source>Compare safety numbers to verify this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="201"/>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="203"/>
        <source>Review safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="204"/>
        <source>Review the new safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="206"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="207"/>
        <source>Allow the new relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="216"/>
        <source>Choose a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="262"/>
        <source>&amp;eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="264"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="271"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="273"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="275"/>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="277"/>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="280"/>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="282"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="287"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="288"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Verify safety number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="292"/>
        <source>&amp;Block contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Remove contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="306"/>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="309"/>
        <source>You are {name} ({role}). Your fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="312"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="315"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="339"/>
        <source>eMentor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="341"/>
        <source>({count}) {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="351"/>
        <source>Connection: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="362"/>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="363"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="366"/>
        <source>&lt;b&gt;{name}&apos;s security key has changed.&lt;/b&gt; This happens when they reinstall or use a new device – or if someone is trying to intercept your messages. Nothing is sent to {name} until you have compared the new safety number and accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="373"/>
        <source>&lt;b&gt;You blocked {name}.&lt;/b&gt; Nothing from them is received any more; the conversation stays here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="378"/>
        <source>&lt;b&gt;{name} asks you to send to another relay:&lt;/b&gt; {relay} – one you have not used before. Messages to {name} wait until you allow it; if you did not expect this, ask {name} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="423"/>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="427"/>
        <source>Conversation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="164"/>
        <source>Received {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="165"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="165"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="166"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="166"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="167"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="168"/>
        <source>You, {time}, {state}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="296"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="311"/>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="315"/>
        <source>Open eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="312"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="313"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="314"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="316"/>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="340"/>
        <source>Creating your encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="78"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="79"/>
        <source>It opens your vault. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="85"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="88"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="89"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="92"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="99"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt; – not us, not the relay. Write it down somewhere safe, or make a backup from Settings later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="102"/>
        <source>&amp;Remember on this device (open without typing it; uses the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="104"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="118"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="120"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="133"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="134"/>
        <source>What your contacts will see. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="136"/>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="140"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="143"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="144"/>
        <source>Mentee – I am looking for guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="145"/>
        <source>Mentor – I guide others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="146"/>
        <source>Coordinator – I run a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="149"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="150"/>
        <source>e.g. Junior data analyst, learning Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="152"/>
        <source>Skills or interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="153"/>
        <source>optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="155"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="156"/>
        <source>optional, e.g. English, Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="158"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="159"/>
        <source>optional, e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="160"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="161"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="162"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="163"/>
        <source>&amp;Skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="164"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="165"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="49"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="50"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="51"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNumberDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="258"/>
        <source>Safety number with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="261"/>
        <source>Compare these numbers with the ones {name} sees in their app – in person or on a call you trust. If they match, nobody is in between: mark {name} as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="266"/>
        <source>You are connected with {name}. Your messages to them can go out now; they can write back once their app has been online. One last step makes sure nobody is in between: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="280"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="293"/>
        <source>New numbers match: accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="294"/>
        <source>Accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="296"/>
        <source>Refuse the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="297"/>
        <source>Refuse the key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="299"/>
        <source>Numbers match: mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="301"/>
        <source>Mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="302"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="303"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="326"/>
        <source>⚠ This contact&apos;s key changed. The number above is the new one: compare it with them before accepting it, or refuse the change. Until then nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="330"/>
        <source>✓ Verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="332"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="44"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="48"/>
        <source>Connection and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="52"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="53"/>
        <source>&amp;Relay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="56"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="57"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="59"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="60"/>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="61"/>
        <source>Remember on this device (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="63"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="65"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="67"/>
        <source>Send read receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="71"/>
        <source>Notifications and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="73"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="75"/>
        <source>Notify me of new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="78"/>
        <source>Show sender and text in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="80"/>
        <source>Show content in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="81"/>
        <source>Off: notifications only say “New message”, safe on a shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="84"/>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="86"/>
        <source>Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="89"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="90"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="91"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="91"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="94"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="97"/>
        <source>Passphrase and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="100"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="101"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="103"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="104"/>
        <source>Restores into a new, empty folder; your current vault is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="106"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="107"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="117"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="125"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="154"/>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="155"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="161"/>
        <source>eMentor backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="160"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="164"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="165"/>
        <source>The passphrase the backup was made with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="21"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="22"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="23"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="24"/>
        <source>↻ Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="25"/>
        <source>↻ Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="26"/>
        <source>↻ Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="27"/>
        <source>○ Offline – messages wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="28"/>
        <source>◐ Relay busy – retrying soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="29"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="30"/>
        <source>⚠ Relay problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="31"/>
        <source>○ Not syncing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="28"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="45"/>
        <source>eMentor logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="47"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="51"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="130"/>
        <source>Your conversations are locked. Enter your passphrase to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="60"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="70"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="80"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="83"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="89"/>
        <source>Vault: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="112"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="58"/>
        <source>Welcome to eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="59"/>
        <source>A private place for mentoring conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="63"/>
        <source>Talk with your mentor or mentee, plan goals and keep notes – all in one app, without swapping personal e-mail addresses or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="66"/>
        <source>&lt;b&gt;Only you and your contact can read your messages.&lt;/b&gt; They are sealed on this computer before they leave it. The relay that passes them on sees only sealed envelopes: not what you wrote, and not who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="70"/>
        <source>Everything on this computer is kept in an encrypted vault that opens with a passphrase you choose next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

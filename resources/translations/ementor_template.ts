<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="59"/>
        <source>Queued – goes out when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="60"/>
        <source>On relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="61"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="62"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="63"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="113"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="115"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="324"/>
        <source>{count} earlier message(s) from this contact are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="448"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="451"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="461"/>
        <source>You: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="463"/>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="74"/>
        <source>Syncing stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="39"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="95"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="95"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="95"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="95"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="95"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="108"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="131"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="143"/>
        <source>A QR code with the same text as shown beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="366"/>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="369"/>
        <source>Paste the invite code your contact sent you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="372"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="373"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="374"/>
        <source>Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="378"/>
        <source>…or create one for them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="381"/>
        <source>Relay address for your invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="382"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="383"/>
        <source>&amp;Create invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="384"/>
        <source>Create invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="391"/>
        <source>Your invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="417"/>
        <source>Share this code over a channel you trust, or let your contact scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="82"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="86"/>
        <source>The backup is one encrypted file with everything in this vault: your identity, contacts, conversations and notes. Keep it somewhere other than this computer (a USB stick, another disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="90"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="90"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="93"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="94"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="95"/>
        <source>Backup passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="96"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="97"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="100"/>
        <source>You need this passphrase to restore the backup; nobody can recover it. It may be your vault passphrase or another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="108"/>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="109"/>
        <source>eMentor backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="117"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="119"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="121"/>
        <source>That is a folder; name the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="218"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="223"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="224"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="225"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="245"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="247"/>
        <source>The new passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="376"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="378"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="380"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="406"/>
        <source>Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="407"/>
        <source>Ctrl+Enter to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="345"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="213"/>
        <source>Connect with your mentor or mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="214"/>
        <source>One of you creates an invite; the other pastes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="217"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="218"/>
        <source>Paste an invite code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="219"/>
        <source>&amp;Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="220"/>
        <source>Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="227"/>
        <source>Relay address for your invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="228"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="229"/>
        <source>Your programme tells you which relay to use. It only passes sealed envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="231"/>
        <source>&amp;Create an invite to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="232"/>
        <source>Create an invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="239"/>
        <source>Relay a&amp;dmission code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="241"/>
        <source>Relay admission code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="242"/>
        <source>Only if your organisation gave you one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="249"/>
        <source>Your invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="279"/>
        <source>You can also do this later from the main window (Contacts ▸ Add contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="287"/>
        <source>Send this code to your contact over a channel you trust, or let them scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="27"/>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="56"/>
        <source>○ No relay set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="28"/>
        <source>Create or accept an invite, or choose a relay in Settings, to send and receive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="32"/>
        <source>This contact no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="91"/>
        <source>Block {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="92"/>
        <source>Nothing from {name} will be received any more: their mailbox on the relay is deleted and messages you have not sent yet are not sent. The conversation stays here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="94"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="97"/>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="98"/>
        <source>{name} is removed and your whole conversation with them is deleted from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="99"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="162"/>
        <source>Creating the invite on the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="178"/>
        <source>Invite accepted. Your contact&apos;s app confirms it the next time it is online; then you can write to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="184"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="91"/>
        <source>{count} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="93"/>
        <source>you: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="94"/>
        <source>last: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="68"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="95"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="285"/>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="287"/>
        <source>&amp;Quote in reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="291"/>
        <source>&amp;Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="295"/>
        <source>&amp;Delete from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="302"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="303"/>
        <source>Delete this message from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="308"/>
        <source>It is removed from this vault and from search. The other person keeps their copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="311"/>
        <source>It has not been sent yet and will not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="312"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="328"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/conversations.py" line="74"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmentorApp</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="105"/>
        <source>Locked after a period of inactivity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="130"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="204"/>
        <source>Your vault is ready. This computer has no usable system keyring, so it cannot remember the vault: you will type your passphrase when you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="306"/>
        <source>Locked. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="405"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="406"/>
        <source>eMentor hit an internal error ({name}). Your data is safe; details are in the log file in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="125"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="126"/>
        <source>Search all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="130"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="131"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="135"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="136"/>
        <source>Add a contact by invite (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="144"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="149"/>
        <source>No conversations yet.

Add a contact with an invite to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="156"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="160"/>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="171"/>
        <source>Relay status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="178"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="179"/>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="183"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="184"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="206"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="207"/>
        <source>Show safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="208"/>
        <source>Compare safety numbers to verify this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="221"/>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="223"/>
        <source>Review safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="224"/>
        <source>Review the new safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="226"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="227"/>
        <source>Allow the new relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="236"/>
        <source>Choose a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="251"/>
        <source>Resize the conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="286"/>
        <source>&amp;eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="287"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="288"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="290"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="295"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="297"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="299"/>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="301"/>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="304"/>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="306"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="311"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="312"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="314"/>
        <source>&amp;Verify safety number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="316"/>
        <source>&amp;Block contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="318"/>
        <source>&amp;Remove contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="330"/>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="333"/>
        <source>You are {name} ({role}). Your fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="336"/>
        <source>Your account: {name}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="337"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="664"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="340"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="364"/>
        <source>eMentor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="366"/>
        <source>({count}) {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="376"/>
        <source>Connection: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="387"/>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="388"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="391"/>
        <source>&lt;b&gt;{name}&apos;s security key has changed.&lt;/b&gt; This happens when they reinstall or use a new device – or if someone is trying to intercept your messages. Nothing is sent to {name} until you have compared the new safety number and accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="398"/>
        <source>&lt;b&gt;You blocked {name}.&lt;/b&gt; Nothing from them is received any more; the conversation stays here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="403"/>
        <source>&lt;b&gt;{name} asks you to send to another relay:&lt;/b&gt; {relay} – one you have not used before. Messages to {name} wait until you allow it; if you did not expect this, ask {name} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="604"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="199"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="448"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="662"/>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="453"/>
        <source>Conversation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="208"/>
        <source>{name}, {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="210"/>
        <source>Received {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="211"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="211"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="212"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="212"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="213"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="214"/>
        <source>You, {time}, {state}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="35"/>
        <source>Show eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="37"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="39"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="45"/>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="60"/>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="80"/>
        <source>eMentor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="59"/>
        <source>eMentor Desktop – {count} unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="80"/>
        <source>{count} new message(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="317"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="331"/>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="335"/>
        <source>Open eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="332"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="333"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="334"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="336"/>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="373"/>
        <source>Creating your encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="98"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="99"/>
        <source>It opens your vault. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="105"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="108"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="109"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="112"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="119"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt; – not us, not the relay. Write it down somewhere safe, or make a backup from Settings later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="122"/>
        <source>&amp;Remember on this device (open without typing it; uses the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="124"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="138"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="140"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="153"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="154"/>
        <source>What your contacts will see. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="156"/>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="160"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="163"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="164"/>
        <source>Mentee – I am looking for guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="165"/>
        <source>Mentor – I guide others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="166"/>
        <source>Coordinator – I run a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="169"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="170"/>
        <source>e.g. Junior data analyst, learning Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="172"/>
        <source>Skills or interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="173"/>
        <source>optional, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="175"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="176"/>
        <source>optional, e.g. English, Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="178"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="179"/>
        <source>optional, e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="180"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="181"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="182"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="183"/>
        <source>&amp;Skills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="184"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="185"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="137"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="141"/>
        <source>Restoring brings back a vault from its backup file: your identity, contacts and conversations. Use it on a new computer or after losing the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="144"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="144"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="149"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="146"/>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="147"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="148"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="149"/>
        <source>Restore into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="156"/>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="159"/>
        <source>The restored vault opens with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="161"/>
        <source>Do not use the restored copy and the original at the same time. Both are the same person to your contacts and share the same mailboxes: each message would reach only one of them. If the original computer still runs eMentor, stop using it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="165"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="173"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="174"/>
        <source>eMentor backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="180"/>
        <source>Choose an empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="188"/>
        <source>There is no backup file at that place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="53"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="54"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="55"/>
        <source>coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNumberDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="275"/>
        <source>Safety number with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="278"/>
        <source>Compare these numbers with the ones {name} sees in their app – in person or on a call you trust. If they match, nobody is in between: mark {name} as verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="283"/>
        <source>You are connected with {name}. Your messages to them can go out now; they can write back once their app has been online. One last step makes sure nobody is in between: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="298"/>
        <source>Safety number: {digits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="313"/>
        <source>New numbers match: accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="314"/>
        <source>Accept the new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="316"/>
        <source>Refuse the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="317"/>
        <source>Refuse the key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="319"/>
        <source>Numbers match: mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="321"/>
        <source>Mark as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="322"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="323"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="346"/>
        <source>⚠ This contact&apos;s key changed. The number above is the new one: compare it with them before accepting it, or refuse the change. Until then nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="350"/>
        <source>✓ Verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="352"/>
        <source>Not verified yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="75"/>
        <source>This device remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="76"/>
        <source>This device no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="78"/>
        <source>The system keyring is not available, so this device cannot remember the vault. The passphrase keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="93"/>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="96"/>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="101"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="105"/>
        <source>Restored into {folder}. Open it with: ementor --home &quot;{folder}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="110"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="112"/>
        <source>Passphrase changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="49"/>
        <source>Connection and privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="53"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="54"/>
        <source>&amp;Relay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="56"/>
        <source>Only if your organisation gave you one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="57"/>
        <source>Relay admission code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="59"/>
        <source>An organisation&apos;s relay creates mailboxes only for the people it admits. The code is shown to that relay alone, never to a contact&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="61"/>
        <source>A&amp;dmission code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="64"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="65"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="67"/>
        <source>Lock after idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="68"/>
        <source>&amp;Lock when idle for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="69"/>
        <source>Remember on this device (system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="71"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="73"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="75"/>
        <source>Send read receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="79"/>
        <source>Notifications and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="81"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="83"/>
        <source>Notify me of new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="86"/>
        <source>Show sender and text in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="88"/>
        <source>Show content in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="89"/>
        <source>Off: notifications only say “New message”, safe on a shared screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="92"/>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="94"/>
        <source>Enter sends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="97"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="98"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="99"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="99"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="102"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="105"/>
        <source>Passphrase and backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="108"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="109"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="110"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="111"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="112"/>
        <source>Restores into a new, empty folder; your current vault is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="114"/>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="115"/>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="128"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="170"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="136"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="169"/>
        <source>Result: {text}</source>
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
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="132"/>
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
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="71"/>
        <source>Unlock problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="82"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="85"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="91"/>
        <source>Vault: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="114"/>
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
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="75"/>
        <source>Moving from another computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="77"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="78"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="90"/>
        <source>Restore problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="55"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

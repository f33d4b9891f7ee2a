<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
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
    <name>AgreementView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="152"/>
        <source>Agreement with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="166"/>
        <source>Draft terms (both of you can change them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="171"/>
        <source>Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="172"/>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="176"/>
        <source>How often you meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="177"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="192"/>
        <source>Not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="180"/>
        <source>&amp;Meet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="185"/>
        <source>Talk by {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="189"/>
        <source>Talk by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="193"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="194"/>
        <source>Expected response time in hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="195"/>
        <source>&amp;Answer within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="197"/>
        <source>One goal per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="198"/>
        <source>Goals of the mentorship, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="200"/>
        <source>&amp;Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="203"/>
        <source>Review dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="207"/>
        <source>A review date to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="208"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="209"/>
        <source>Add the review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="210"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="211"/>
        <source>Remove the chosen review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="220"/>
        <source>Reviews:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="225"/>
        <source>A coordinator may see {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="229"/>
        <source>A programme coordinator sees nothing of your mentorship unless you both agree here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="231"/>
        <source>Coordinator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="233"/>
        <source>What stays between the two of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="234"/>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="236"/>
        <source>&amp;Confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="239"/>
        <source>Show their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="240"/>
        <source>Show the latest draft, dropping your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="245"/>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="245"/>
        <source>Save the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="246"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="341"/>
        <source>&amp;Propose these terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="246"/>
        <source>Propose these terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="251"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="254"/>
        <source>Proposed versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="261"/>
        <source>Terms of the chosen version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="265"/>
        <source>Sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="267"/>
        <source>Sign the latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="275"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="276"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="309"/>
        <source>Draft: nothing proposed yet. Fill in the terms and propose them to {name}; proposing signs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="313"/>
        <source>Signed by both on {day} (version {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="316"/>
        <source>You proposed and signed version {n}. Waiting for {name} to sign it or to propose changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="319"/>
        <source>You signed version {n}. Waiting for {name} to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="322"/>
        <source>You proposed version {n} but have not signed it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="325"/>
        <source>{name} proposed version {n}. Read it and sign it, or change the draft and propose your version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="330"/>
        <source>Version {n}, signed by both, stays in force until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="335"/>
        <source>TAMPERED: a signature on this agreement does not verify against the stored terms. Someone changed the agreement outside the app; the version is not counted as signed. Ask {name} to compare the terms with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="342"/>
        <source>&amp;Propose changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="342"/>
        <source>&amp;Propose as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="348"/>
        <source>The draft changed meanwhile (perhaps {name} edited it). Saving keeps your values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="357"/>
        <source>You signed version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="360"/>
        <source>Sig&amp;n version {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="361"/>
        <source>Sign version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="398"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="399"/>
        <source>Version {n}, proposed by {who} on {day}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="409"/>
        <source>No version has been proposed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="420"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="422"/>
        <source>✓ {who} signed on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="424"/>
        <source>✗ A signature said to be by {who} does not verify (TAMPERED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="426"/>
        <source>Nobody has signed this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="510"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="94"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="98"/>
        <source>The backup is one encrypted file with everything in this vault: your identity, contacts, conversations and notes. Keep it somewhere other than this computer (a USB stick, another disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="102"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="102"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="105"/>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="106"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="107"/>
        <source>Backup passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="108"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="109"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="112"/>
        <source>You need this passphrase to restore the backup; nobody can recover it. It may be your vault passphrase or another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="120"/>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="121"/>
        <source>eMentor backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="129"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="131"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="133"/>
        <source>That is a folder; name the backup file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="100"/>
        <source>Why {name} was suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="108"/>
        <source>A note to them (optional; the coordinator cannot read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="110"/>
        <source>Note to {name} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="111"/>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="112"/>
        <source>Request {name}</source>
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
    <name>CodePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="308"/>
        <source>Join a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="309"/>
        <source>Paste the enrolment code the programme&apos;s coordinator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="312"/>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="314"/>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="323"/>
        <source>The programme of this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="325"/>
        <source>Problem with the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="329"/>
        <source>Joining sends nothing about you: the programme first shows you its terms, and nothing of yours is shared until you consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="334"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="346"/>
        <source>This is not a whole enrolment code. Copy all of it (it starts with “ementor-programme-1:” and ends after a dot and eight letters or digits) and paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="350"/>
        <source>Enrolment with this code closed on {date}. Ask the coordinator for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="359"/>
        <source>Programme: {name} · enrolment open until {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="500"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="502"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="504"/>
        <source>Send message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="524"/>
        <source>Enter to send, Shift+Enter for a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="525"/>
        <source>Ctrl+Enter to send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="469"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="209"/>
        <source>Raise a concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="210"/>
        <source>Raise a concern with {programme}&apos;s coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="214"/>
        <source>What the concern is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="217"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="219"/>
        <source>The person it is about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="220"/>
        <source>Nobody in particular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="223"/>
        <source>&amp;About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="224"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="225"/>
        <source>What happened, when, and anything the coordinator should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="227"/>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="231"/>
        <source>The coordinator &amp;may contact me about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="232"/>
        <source>The coordinator may contact me about this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="237"/>
        <source>&amp;Send to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernsView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="204"/>
        <source>Concerns raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="209"/>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="211"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="212"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="213"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="215"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="216"/>
        <source>What they wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="222"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="238"/>
        <source>The chosen concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="246"/>
        <source>Nobody has raised a concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="247"/>
        <source>{n} concerns. Only you read them; the person a concern is about is not told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="263"/>
        <source>{kind}, from {reporter}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="267"/>
        <source>About: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="269"/>
        <source>They may be contacted about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="270"/>
        <source>They asked not to be contacted about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="272"/>
        <source>Kept until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="255"/>
        <source>Connect with your mentor or mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="256"/>
        <source>One of you creates an invite; the other pastes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="259"/>
        <source>Invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="260"/>
        <source>Paste an invite code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="261"/>
        <source>&amp;Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="262"/>
        <source>Accept invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="269"/>
        <source>Relay address for your invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="270"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="271"/>
        <source>Your programme tells you which relay to use. It only passes sealed envelopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="273"/>
        <source>&amp;Create an invite to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="274"/>
        <source>Create an invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="281"/>
        <source>Relay a&amp;dmission code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="283"/>
        <source>Relay admission code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="284"/>
        <source>Only if your organisation gave you one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="291"/>
        <source>Your invite code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="321"/>
        <source>You can also do this later from the main window (Contacts ▸ Add contact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="329"/>
        <source>Send this code to your contact over a channel you trust, or let them scan the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="38"/>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="109"/>
        <source>○ No relay set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="39"/>
        <source>Create or accept an invite, or choose a relay in Settings, to send and receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="69"/>
        <source>○ Receiving paused – the rest waits on the relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="70"/>
        <source>Everything received so far is saved. Choose Sync now to receive the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="82"/>
        <source>Each batch is saved as it arrives. Stop to receive the rest later; it waits on the relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="129"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="130"/>
        <source>Stop receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="131"/>
        <source>Stop receiving for now: what came in is kept, the rest waits on the relay until the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactProfileDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="825"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="845"/>
        <source>What they shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="850"/>
        <source>What they see of your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="852"/>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="853"/>
        <source>Use my default choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="855"/>
        <source>They</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="860"/>
        <source>&amp;Save what they see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="861"/>
        <source>Save what they see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="874"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="890"/>
        <source>Unnamed contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="891"/>
        <source>Profile of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="909"/>
        <source>{field}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="916"/>
        <source>{name} has not shared more of their profile with you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="919"/>
        <source>Not shared with you: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="924"/>
        <source>What {name} sees of your profile</source>
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
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="93"/>
        <source>Block {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="94"/>
        <source>Nothing from {name} will be received any more: their mailbox on the relay is deleted and messages you have not sent yet are not sent. The conversation stays here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="96"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="99"/>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="100"/>
        <source>{name} is removed and your whole conversation with them is deleted from this computer. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="101"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="166"/>
        <source>Creating the invite on the relay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="182"/>
        <source>Invite accepted. Your contact&apos;s app confirms it the next time it is online; then you can write to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="188"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="122"/>
        <source>{count} unread</source>
        <extracomment>Pages going down (newer) stay smaller: each page costs a layout of the rows it brings plus the hundred or so kept above the screen, in one pause of the event loop, and going down the page comes in while the person scrolls (going up, it is what they are waiting for).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="124"/>
        <source>you: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="125"/>
        <source>last: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="90"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="122"/>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="409"/>
        <source>Message actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="411"/>
        <source>&amp;Quote in reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="415"/>
        <source>&amp;Retry sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="419"/>
        <source>&amp;Delete from this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="426"/>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="427"/>
        <source>Delete this message from this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="432"/>
        <source>It is removed from this vault and from search. The other person keeps their copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="435"/>
        <source>It has not been sent yet and will not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="436"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="452"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/conversations.py" line="95"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="107"/>
        <source>What participants read before joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="108"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="109"/>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="110"/>
        <source>What is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="114"/>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="127"/>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="116"/>
        <source>Share this code (or let people scan it) with those you invite. Anyone holding it can read the terms and ask to join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="133"/>
        <source>&amp;Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="134"/>
        <source>Copy the enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="139"/>
        <source>Enrolment is closed: there is no code to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="144"/>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="147"/>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="149"/>
        <source>Show participants in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="150"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="156"/>
        <source>Find by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="157"/>
        <source>Find a participant by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="171"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="181"/>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="184"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="192"/>
        <source>&amp;Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="193"/>
        <source>Admit the chosen participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="194"/>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="195"/>
        <source>Decline the chosen participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="196"/>
        <source>&amp;Propose matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="197"/>
        <source>Propose matches for the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="199"/>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="200"/>
        <source>Open the programme&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="208"/>
        <source>Pa&amp;use pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="209"/>
        <source>Pause the chosen participant&apos;s pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="210"/>
        <source>Re&amp;sume pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="211"/>
        <source>Resume the chosen participant&apos;s pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="212"/>
        <source>&amp;End pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="213"/>
        <source>End the chosen participant&apos;s pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="214"/>
        <source>Remo&amp;ve participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="215"/>
        <source>Remove the chosen participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="216"/>
        <source>Co&amp;ncerns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="217"/>
        <source>Concerns participants raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="218"/>
        <source>C&amp;lose programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="219"/>
        <source>Close the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="258"/>
        <source>{used} of {capacity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="258"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="260"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="261"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="262"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="266"/>
        <source>Places used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="269"/>
        <source>Matched with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="270"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="272"/>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="292"/>
        <source>Run by {organiser}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="294"/>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="295"/>
        <source>(no start date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="296"/>
        <source>(no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="297"/>
        <source>Relay: {relay}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="301"/>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="309"/>
        <source>Enrolment with this code closes on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="375"/>
        <source>Choose someone who is waiting for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="385"/>
        <source>Choose someone with a pair this applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="391"/>
        <source>{n} people in the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="393"/>
        <source>{n} waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="395"/>
        <source>{n} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="397"/>
        <source>Cohort ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="422"/>
        <source>Decline {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="423"/>
        <source>{name} is told they were not admitted, and everything this programme holds of them (their profile and consent) is erased from this computer. They could ask to join again with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="426"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="475"/>
        <source>Close {programme}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="476"/>
        <source>Every pair ends and everyone is told at the next sync; enrolment stops. What you hold is deleted when the retention period runs out. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="478"/>
        <source>C&amp;lose the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProgrammeDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="35"/>
        <source>Create a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="40"/>
        <source>A programme has an enrolment code you give to the people you recruit. Its terms (purpose, what is asked of participants, what is reported) come from a programme file, or are the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="46"/>
        <source>e.g. Data Futures 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="47"/>
        <source>Programme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="51"/>
        <source>Relay address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="52"/>
        <source>&amp;Relay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="55"/>
        <source>None: the default terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="56"/>
        <source>Programme file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="57"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="58"/>
        <source>Choose the programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="62"/>
        <source>Programme &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="71"/>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="105"/>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="89"/>
        <source>Programme file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="90"/>
        <source>Programme file (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="105"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="97"/>
        <source>Programme report</source>
        <extracomment>Series colours readable on both themes&apos; backgrounds (light, dark).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="102"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="103"/>
        <source>Export the report as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="114"/>
        <source>Charts and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="125"/>
        <source>Enrolment by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="126"/>
        <source>Matched and not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="127"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="384"/>
        <source>Sessions held per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="129"/>
        <source>Goals set and achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="131"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="160"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="135"/>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="137"/>
        <source>Month of the pulse answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="145"/>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="153"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="156"/>
        <source>Pairs&apos; figures per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="383"/>
        <source>Sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="158"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="158"/>
        <source>Rhythm kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="158"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="388"/>
        <source>Goals set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="159"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="389"/>
        <source>Goals achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="410"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="162"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="420"/>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="162"/>
        <source>Randomised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="164"/>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="196"/>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="198"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="208"/>
        <source>Report: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="210"/>
        <source>Made {when}. Figures of fewer than {k} pairs (or, for the pulse, {k} people) are not shown, so that nobody&apos;s own figures can be read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="214"/>
        <source>“not shown”: fewer than {k} pairs reported that month (or, for the pulse, fewer than {k} people answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="293"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="315"/>
        <source>{state}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="321"/>
        <source>In a pair: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="323"/>
        <source>Enrolled, not in a pair: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="336"/>
        <source>{matched} people are in at least one active pair; {unmatched} enrolled people are in none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="344"/>
        <source>(no months yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="361"/>
        <source>Fewer than {k} pairs — not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="372"/>
        <source>{month}: not shown (fewer than {k} pairs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="375"/>
        <source>{month}: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="377"/>
        <source>{name} {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="390"/>
        <source>Goals set and achieved per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="400"/>
        <source>(no pulse items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="408"/>
        <source>Fewer than {k} answers — not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="412"/>
        <source>Mean, randomised item (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="446"/>
        <source>Pulse, {month}: {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="452"/>
        <source>{id} (randomised), {n} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="453"/>
        <source>{id}, {n} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="457"/>
        <source>{question}: not shown (fewer than {k} answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="459"/>
        <source>{question}: mean {mean} (95 % interval {low} to {high}), {n} answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="465"/>
        <source>, randomised on each person&apos;s device (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="533"/>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="539"/>
        <source>In a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="540"/>
        <source>Enrolled, not in a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="551"/>
        <source>{pct} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="557"/>
        <source>yes (p = {p})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="558"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="565"/>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="61"/>
        <source>Queued – goes out when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="62"/>
        <source>On relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="63"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="64"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="65"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="115"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="117"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="444"/>
        <source>{count} earlier message(s) from this contact are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="566"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="569"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="579"/>
        <source>You: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="581"/>
        <source>No messages yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmentorApp</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="123"/>
        <source>Locked after a period of inactivity.</source>
        <extracomment>What unlocking brings, a module or two at a time: the workspace panel&apos;s domain, the main window, the sync loop&apos;s inbox (and the programme domain it applies messages to), the Programmes menu&apos;s controller. Loaded while the unlock window waits for the passphrase (from `PRELOAD_AFTER_MS` after it shows) and while the passphrase is being checked (Argon2id keeps the worker busy outside the interpreter lock), one per turn of the event loop.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="161"/>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="241"/>
        <source>Your vault is ready. This computer has no usable system keyring, so it cannot remember the vault: you will type your passphrase when you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="362"/>
        <source>Locked. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="471"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="472"/>
        <source>eMentor hit an internal error ({name}). Your data is safe; details are in the log file in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="86"/>
        <source>Feedback with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="90"/>
        <source>Feedback and pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="98"/>
        <source>The session the feedback is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="99"/>
        <source>S&amp;ession:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="100"/>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="101"/>
        <source>No rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="102"/>
        <source>(1 not useful … 5 very useful)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="104"/>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="114"/>
        <source>Share with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="115"/>
        <source>Share the feedback with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="116"/>
        <source>Keep private: a reflection only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="117"/>
        <source>Keep the feedback private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="132"/>
        <source>Feedback so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="135"/>
        <source>Feedback given and received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="137"/>
        <source>After a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="151"/>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="153"/>
        <source>{n} – {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="157"/>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="163"/>
        <source>Your answer stays on this computer; {name} does not see it. Looking back at your answers shows when something needs talking about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="168"/>
        <source>Save &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="170"/>
        <source>Save the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="173"/>
        <source>Your earlier answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="176"/>
        <source>Your earlier answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="178"/>
        <source>How is it going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="183"/>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="184"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="209"/>
        <source>No particular session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="213"/>
        <source>{title} · {status} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="224"/>
        <source>You to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="225"/>
        <source>{name} to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="233"/>
        <source>Your private reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="236"/>
        <source>No feedback yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="239"/>
        <source>{day}: {rating}/5{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="243"/>
        <source>Not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="249"/>
        <source>{who}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="251"/>
        <source>, on “{session}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="253"/>
        <source>: rated {rating}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="264"/>
        <source>&amp;Send to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="265"/>
        <source>{name} sees this feedback; only you can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="268"/>
        <source>&amp;Save for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="269"/>
        <source>Kept in your vault only; never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="276"/>
        <source>Give a rating or answer at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="289"/>
        <source>Feedback sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="290"/>
        <source>Reflection saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="295"/>
        <source>Choose how it is going, from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="303"/>
        <source>Thank you. Your answer is saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChecklist</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="372"/>
        <source>{who} see: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="378"/>
        <source>Name, role and headline are always shown: they come with every invitation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="576"/>
        <source>Your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="577"/>
        <source>What the programme asks of you for matching. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="595"/>
        <source>Problem with your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="614"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="621"/>
        <source>Sensitive: used for matching and never shown, to the coordinator either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="624"/>
        <source>Seen by the coordinator, your match and participants you are suggested to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="627"/>
        <source>Seen by the coordinator and the person you are matched with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="629"/>
        <source>Seen by the coordinator and participants you are suggested to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="630"/>
        <source>Seen by the coordinator only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="641"/>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="645"/>
        <source>Answer “{field}”: the programme requires it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="657"/>
        <source>Some answers are too long or hold characters that cannot be sent; shorten or retype them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="148"/>
        <source>Goals with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="152"/>
        <source>Shared goals are seen and updated by both of you. Private goals stay on this computer; {name} never sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="160"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="162"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="212"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="162"/>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="162"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="163"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="173"/>
        <source>&amp;New goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="174"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="300"/>
        <source>New goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="186"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="187"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="199"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="203"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="216"/>
        <source>Share with {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="218"/>
        <source>Share this private goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="222"/>
        <source>Goal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="224"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="307"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="226"/>
        <source>How you will measure it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="228"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="312"/>
        <source>&amp;Measured by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="229"/>
        <source>The goal has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="230"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="315"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="232"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="235"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="240"/>
        <source>Progress slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="243"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="244"/>
        <source>Progress in per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="249"/>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="252"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="253"/>
        <source>Delete this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="254"/>
        <source>Sa&amp;ve changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="256"/>
        <source>Save the changes to this goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="261"/>
        <source>Milestones (tick one when it is done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="263"/>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="268"/>
        <source>A new milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="269"/>
        <source>New milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="270"/>
        <source>Add mi&amp;lestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="271"/>
        <source>Add the milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="275"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="277"/>
        <source>History of the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="282"/>
        <source>No goal chosen. Choose one on the left, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="304"/>
        <source>Title of the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="306"/>
        <source>e.g. Give my first conference talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="309"/>
        <source>How you will measure the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="310"/>
        <source>How will you both know it is reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="314"/>
        <source>The new goal has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="317"/>
        <source>Keep this goal &amp;private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="318"/>
        <source>Keep this goal private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="321"/>
        <source>A private goal never leaves this computer: {name} does not see it and it is not sent anywhere. You can share it later; a shared goal cannot be made private again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="326"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="326"/>
        <source>Cancel the new goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="327"/>
        <source>&amp;Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="327"/>
        <source>Add the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="343"/>
        <source>both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="343"/>
        <source>only you (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="344"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="349"/>
        <source>{title}, {seen}, {percent} per cent, {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="402"/>
        <source>Shared: {name} sees this goal and can update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="404"/>
        <source>Private: only on this computer. {name} does not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="431"/>
        <source>{title}, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="432"/>
        <source>{title}, not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="456"/>
        <source>A goal needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="470"/>
        <source>Goal added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="516"/>
        <source>Share this goal with {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="517"/>
        <source>“{title}” and its milestones go into the goals you share: {name} sees them and can update them. A shared goal cannot be made private again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="519"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="526"/>
        <source>“{title}” is marked deleted; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="528"/>
        <source>“{title}” is removed from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="530"/>
        <source>Delete this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="530"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="687"/>
        <source>Join a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="704"/>
        <source>&amp;Consent and join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="705"/>
        <source>&amp;Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="707"/>
        <source>Decline the terms and leave the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="709"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="710"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="711"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="712"/>
        <source>Consent and join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="713"/>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="737"/>
        <source>The answer came for another programme; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="798"/>
        <source>Decline and leave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="799"/>
        <source>Nothing about you is sent to the programme, and it forgets your request to join. You can join later with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="800"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="123"/>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="155"/>
        <source>Leave the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="127"/>
        <source>Leave {programme}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="132"/>
        <source>The coordinator erases what the programme holds about you (your enrolment profile and figures) once your next sync delivers this, and nothing more is reported. The people you were introduced to stay your contacts, with your conversations and records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="139"/>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="139"/>
        <source>The mentoring is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="140"/>
        <source>I have no time for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="140"/>
        <source>It is not useful to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="141"/>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="143"/>
        <source>Why you leave (sent to the coordinator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="144"/>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="146"/>
        <source>The reason goes to the coordinator only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="153"/>
        <source>&amp;Leave the programme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelListEditor</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="184"/>
        <source>{list}: skill to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="189"/>
        <source>{list}: level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="190"/>
        <source>1 beginner · 2 basic · 3 working knowledge · 4 advanced · 5 expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="192"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="193"/>
        <source>Add to {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="202"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="203"/>
        <source>Remove from {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="224"/>
        <source>{skill} — {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="233"/>
        <source>Type a skill first, then choose its level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="146"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="147"/>
        <source>Search all conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="151"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="152"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="156"/>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="157"/>
        <source>Add a contact by invite (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="165"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="170"/>
        <source>No conversations yet.

Add a contact with an invite to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="177"/>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="181"/>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="192"/>
        <source>Relay status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="199"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="200"/>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="204"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="205"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="227"/>
        <source>Safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="228"/>
        <source>Show safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="229"/>
        <source>Compare safety numbers to verify this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="242"/>
        <source>Security warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="244"/>
        <source>Review safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="245"/>
        <source>Review the new safety number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="247"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="248"/>
        <source>Allow the new relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="265"/>
        <source>see why you were matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="267"/>
        <source>See why you were matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="285"/>
        <source>Choose a conversation on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="302"/>
        <source>Resize the relationship panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="307"/>
        <source>Resize the conversation list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="342"/>
        <source>&amp;eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="343"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="344"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="348"/>
        <source>Edit my &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="352"/>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="353"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="355"/>
        <source>&amp;Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="357"/>
        <source>&amp;Next conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="359"/>
        <source>&amp;Previous conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="362"/>
        <source>Close search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="364"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="369"/>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="370"/>
        <source>&amp;Add contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="372"/>
        <source>&amp;Verify safety number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="374"/>
        <source>&amp;Block contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="376"/>
        <source>&amp;Remove contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="378"/>
        <source>View &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="389"/>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="390"/>
        <source>Show the relationship &amp;panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="399"/>
        <source>&amp;Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="400"/>
        <source>&amp;Join a programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="403"/>
        <source>&amp;Create a programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="455"/>
        <source>Programmes you coordinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="464"/>
        <source>Programmes you take part in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="470"/>
        <source>Waiting for the programme&apos;s terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="473"/>
        <source>Read the &amp;terms and consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="476"/>
        <source>My &amp;match card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="482"/>
        <source>My &amp;shortlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Requests for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="488"/>
        <source>My &amp;requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="493"/>
        <source>Ask for a r&amp;ematch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="497"/>
        <source>Reporting I &amp;allow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="501"/>
        <source>Raise a &amp;concern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="506"/>
        <source>&amp;Leave programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="527"/>
        <source>Introduced by {programme}, not verified —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="546"/>
        <source>{name} · {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="549"/>
        <source>You are {name} ({role}). Your fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="552"/>
        <source>Your account: {name}, {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="553"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="895"/>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="556"/>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="580"/>
        <source>eMentor Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="582"/>
        <source>({count}) {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="592"/>
        <source>Connection: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="606"/>
        <source>✓ verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="607"/>
        <source>not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="610"/>
        <source>&lt;b&gt;{name}&apos;s security key has changed.&lt;/b&gt; This happens when they reinstall or use a new device – or if someone is trying to intercept your messages. Nothing is sent to {name} until you have compared the new safety number and accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="617"/>
        <source>&lt;b&gt;You blocked {name}.&lt;/b&gt; Nothing from them is received any more; the conversation stays here for you to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="622"/>
        <source>&lt;b&gt;{name} asks you to send to another relay:&lt;/b&gt; {relay} – one you have not used before. Messages to {name} wait until you allow it; if you did not expect this, ask {name} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="829"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="220"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="668"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="893"/>
        <source>No conversation open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="673"/>
        <source>Conversation with {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchCardView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="124"/>
        <source>Match card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="141"/>
        <source>Whether the card verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="163"/>
        <source>Compare &amp;safety numbers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="164"/>
        <source>Compare safety numbers with your match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="169"/>
        <source>Why this match: how the score adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="182"/>
        <source>Rules that applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="187"/>
        <source>The next-best mentors, and why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="189"/>
        <source>Who they are is never said; only their scores and why each was not chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="202"/>
        <source>No match card yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="213"/>
        <source>{programme} · card issued {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="218"/>
        <source>This card cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="222"/>
        <source>You are matched with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="223"/>
        <source>the person introduced to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="225"/>
        <source>You were not matched in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="233"/>
        <source>You got your {ordinal} choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="242"/>
        <source>You have {used} of your {capacity} places taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="259"/>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="261"/>
        <source>Signed with the programme coordinator&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="266"/>
        <source>This card does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="269"/>
        <source>It was changed after the coordinator signed it, or the coordinator did not sign it. Do not rely on what it says below; ask the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="278"/>
        <source>Score {score} of {best} possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="290"/>
        <source>{got} of {weight} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="294"/>
        <source>Answers the programme keeps hidden, counted together as one number and not broken out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="245"/>
        <source>{name}, {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="247"/>
        <source>Received {time}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="248"/>
        <source>queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="248"/>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="249"/>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="249"/>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="250"/>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="251"/>
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
    <name>OfferBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="197"/>
        <source>What {name} shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="200"/>
        <source>Notes with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="206"/>
        <source>Answer by {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="214"/>
        <source>A note to them (optional; the coordinator cannot read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="216"/>
        <source>Note to {name} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="221"/>
        <source>Why you decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="222"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="223"/>
        <source>Accept {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="224"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="225"/>
        <source>Decline {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="226"/>
        <source>As&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="227"/>
        <source>Ask {name} something (with the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="231"/>
        <source>If you decline, why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="248"/>
        <source>You can ask once they have answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="263"/>
        <source>Requests for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="264"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="292"/>
        <source>Nobody has asked for you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="294"/>
        <source>{n} waiting for your answer. Your answer and note reach the mentee through the coordinator, who cannot read the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="298"/>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="318"/>
        <source>Nothing waits for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="311"/>
        <source>You have not asked a mentor yet: My shortlist… lists whom you can ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="314"/>
        <source>{n} mentor(s) asked you something. Your answer reaches them through the coordinator, who cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="329"/>
        <source>Write your answer in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="337"/>
        <source>Write what you would like to ask in the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="359"/>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="373"/>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="377"/>
        <source>Open eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="374"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="375"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="376"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="378"/>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="414"/>
        <source>Creating your encrypted vault…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairActionDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="136"/>
        <source>{action}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="140"/>
        <source>The pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="144"/>
        <source>&amp;Pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="146"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="147"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="149"/>
        <source>The reason stays in your vault, for your records; nobody else is sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="153"/>
        <source>{name} has no pair this applies to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="105"/>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="106"/>
        <source>It opens your vault. A few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="112"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="115"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="116"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="119"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="126"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt; – not us, not the relay. Write it down somewhere safe, or make a backup from Settings later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="129"/>
        <source>&amp;Remember on this device (open without typing it; uses the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="131"/>
        <source>Remember on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="145"/>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="147"/>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="72"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="73"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="74"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="75"/>
        <source>Bio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="76"/>
        <source>Skills offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="77"/>
        <source>Wants to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="78"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="79"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="80"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="81"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="82"/>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="83"/>
        <source>Mentoring experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="84"/>
        <source>Mentee capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="85"/>
        <source>Working style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="87"/>
        <source>beginner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="88"/>
        <source>basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="89"/>
        <source>working knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="90"/>
        <source>advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="91"/>
        <source>expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="92"/>
        <source>Async messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="93"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="94"/>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="95"/>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="96"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="97"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="98"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="99"/>
        <source>New to mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="100"/>
        <source>Some experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="101"/>
        <source>Experienced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="102"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="103"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="104"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="105"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="106"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="107"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="108"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="120"/>
        <source>role unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="124"/>
        <source>{level} – {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="777"/>
        <source>{skill} — {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="790"/>
        <source>{day} {start}-{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="793"/>
        <source>{window} (yours: {converted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="796"/>
        <source>in their time zone, {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="805"/>
        <source>{count} mentee(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="812"/>
        <source>{question} — {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="985"/>
        <source>Saved. They get it at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="640"/>
        <source>My profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="645"/>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="653"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="657"/>
        <source>Levels go from 1 (beginner) to 5 (expert). For what you want to learn, choose the level you aim for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="662"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="669"/>
        <source>Working together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="673"/>
        <source>What every contact sees of your profile, unless you choose otherwise for one of them (View profile, in the contact&apos;s menu). Changes reach them at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="678"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="681"/>
        <source>Who sees what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="695"/>
        <source>Save the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="697"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="727"/>
        <source>Problem: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="403"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="406"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="407"/>
        <source>Mentee – I am looking for guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="408"/>
        <source>Mentor – I guide others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="409"/>
        <source>Coordinator – I run a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="412"/>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="413"/>
        <source>e.g. Junior data analyst, learning Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="414"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="415"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="416"/>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="430"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="431"/>
        <source>e.g. English, Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="432"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="436"/>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="442"/>
        <source>Skills I offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="442"/>
        <source>e.g. SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="444"/>
        <source>What I want to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="444"/>
        <source>e.g. Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="446"/>
        <source>&amp;Skills I offer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="447"/>
        <source>&amp;Want to learn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="453"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="454"/>
        <source>A few lines about you, your work and what you hope for from mentoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="458"/>
        <source>&amp;About you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="464"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="465"/>
        <source>e.g. Mon 18:00-20:00; Thu 07:00-08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="466"/>
        <source>Weekly windows in your own time zone: day, start-end, separated by semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="479"/>
        <source>Channel: {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="486"/>
        <source>How often to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="487"/>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="492"/>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="497"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="491"/>
        <source>Mentoring experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="499"/>
        <source>Mentees I can take on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="500"/>
        <source>A&amp;vailability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="501"/>
        <source>C&amp;hannels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="503"/>
        <source>How &amp;often:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="504"/>
        <source>E&amp;xperience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="505"/>
        <source>How many mentees you can take on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="506"/>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="512"/>
        <source>People who work alike get on best: a few quick answers say how you like to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="588"/>
        <source>Type your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="618"/>
        <source>Only mentors take on mentees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="164"/>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="165"/>
        <source>What your contacts will see. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="167"/>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="178"/>
        <source>Contacts see your name, role and headline, your skills, what you want to learn, languages, time zone and how you like to meet. Your bio, availability, capacity and working style stay private until you choose to share them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="187"/>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="188"/>
        <source>More about you (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="41"/>
        <source>Joined, no consent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="42"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="43"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="44"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="45"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="46"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="47"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="62"/>
        <source>Mentor</source>
        <extracomment>The order a cohort runs through; sorting by state follows it. (light theme, dark theme) colour of each state; always shown beside the state&apos;s words.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="63"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="64"/>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="68"/>
        <source>agreement</source>
        <extracomment>A reporting scope in a few words (the cohort table) …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="69"/>
        <source>goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="70"/>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="71"/>
        <source>progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="72"/>
        <source>pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="76"/>
        <source>Agreement: whether you and your match have a signed agreement in force</source>
        <extracomment>… and what it counts (the consent page: counts only, never content).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="78"/>
        <source>Goals: how many shared goals you have and how many are achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="80"/>
        <source>Sessions: how many were held or cancelled, their minutes, and how often the agreed rhythm was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="83"/>
        <source>Progress: the average progress of your shared goals, in per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="85"/>
        <source>Pulse: your answers, 1 to 5, to the programme&apos;s short monthly questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="90"/>
        <source>About you</source>
        <extracomment>The profile fields a programme may ask for (Part 2&apos;s card fields and `department`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="91"/>
        <source>Skills you offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="92"/>
        <source>Skills you want to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="93"/>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="107"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="94"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="95"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="96"/>
        <source>Ways to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="97"/>
        <source>How often to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="98"/>
        <source>Mentoring experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="99"/>
        <source>Mentees you can take on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="100"/>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="105"/>
        <source>Working style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="101"/>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="108"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="104"/>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="106"/>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="109"/>
        <source>Sensitive answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="113"/>
        <source>A mentor offers at least one skill the mentee wants.</source>
        <extracomment>A card&apos;s hard rules (Part 4 §6 `rules`), as a participant reads them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="115"/>
        <source>The two share a language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="116"/>
        <source>A mentor takes no more mentees than the places they offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="118"/>
        <source>Never paired within the same department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="120"/>
        <source>The two live at most a set number of hours apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="122"/>
        <source>The mentor covers enough of the wanted skills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="124"/>
        <source>The two have enough working hours in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="126"/>
        <source>The two answered the working-style questions alike enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="128"/>
        <source>A pair scores at least the minimum score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="129"/>
        <source>Some of the programme&apos;s questions must have the same answer for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="131"/>
        <source>Other rules applied that are not shown: they may concern sensitive answers or someone&apos;s exclusion list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="136"/>
        <source>The programme matched as many people as possible and, among those pairings, chose the highest total score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="139"/>
        <source>The programme chose the highest total score for the whole cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="141"/>
        <source>The programme matched as many people as possible and made the worst-matched pair as good as it could be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="144"/>
        <source>The programme gave as many people as possible their first choice, then as many as possible their second, and so on; ties by score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="147"/>
        <source>The mentee asked and the mentor accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="149"/>
        <source>The coordinator paired you by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="152"/>
        <source>No mentor in this round offers a skill you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="154"/>
        <source>Every mentor who offers a wanted skill is ruled out by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="156"/>
        <source>Every mentor you could have been paired with is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="158"/>
        <source>The programme&apos;s matching placed the mentors you could have had elsewhere, for the cohort as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="163"/>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="163"/>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="164"/>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="164"/>
        <source>4th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="165"/>
        <source>5th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="165"/>
        <source>6th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="166"/>
        <source>7th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="166"/>
        <source>8th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="167"/>
        <source>9th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="167"/>
        <source>10th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="183"/>
        <source>No role yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="105"/>
        <source>{field}: used for matching and never shown, to the coordinator either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="107"/>
        <source>{field}: shared with the coordinator, for matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="110"/>
        <source>, and with the person you are matched with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="112"/>
        <source>, and with participants you are suggested to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="122"/>
        <source>{what}. Counts only, never content, shown to the coordinator only in groups of at least {k}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="132"/>
        <source>“{question}” (1 to 5): your answer is sent as you give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="135"/>
        <source>“{question}” (1 to 5) is sensitive: your app sends your true answer only {pct} % of the time and otherwise a random answer, and keeps sending the same one while your answer stays the same, so that nobody, the coordinator included, can know your answer (ε = {epsilon}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="146"/>
        <source>The coordinator keeps your profile answers until {days} days after the programme ends or is closed (if you are still in a pair then, until that pair ends), your name and consent until then and the programme is closed, and your figures for a month at most until the end of the second month after it, when they are added to the programme&apos;s totals for that month (counts, not about one person) and deleted; leaving erases all of it at once. Reports of misconduct are kept for {report_days} days after they reach the coordinator, even after the people concerned leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="159"/>
        <source>Consenting enrols you at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="160"/>
        <source>The coordinator reviews each request: you are enrolled once they admit you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="166"/>
        <source>Mentees choose: a mentee sees a short list of mentors and asks one, who accepts or declines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="168"/>
        <source>The coordinator matches mentees with mentors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="170"/>
        <source>You may rank a short list first; the matching gives as many people as possible their first choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="177"/>
        <source>Sensitive answers are hidden by the coordinator&apos;s app: a promise of that app, not of cryptography. Someone who changed that app could read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="195"/>
        <source>e.g. Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="222"/>
        <source>Not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="236"/>
        <source>e.g. English, Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="238"/>
        <source>e.g. Mon 18:00-20:00; Thu 07:00-08:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="50"/>
        <source>offers none of the wanted skills</source>
        <extracomment>Why an alternative was ruled out, in a few words each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="51"/>
        <source>shares no language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="52"/>
        <source>has no places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="53"/>
        <source>works in the same department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="54"/>
        <source>lives too many hours away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="55"/>
        <source>covers too little of the wanted skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="57"/>
        <source>has too few working hours in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="58"/>
        <source>works too differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="59"/>
        <source>scores below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="60"/>
        <source>differs in an answer that must match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="61"/>
        <source>is kept apart by a rule that is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="64"/>
        <source>The programme&apos;s coordinator vouches for this person&apos;s key. Compare safety numbers in your first meeting; until you do, someone who controls the programme could in principle read what you write here.</source>
        <extracomment>Part 4 §1, trust assumption 1: said beside every introduced contact until it is verified.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="81"/>
        <source>{criterion} {difference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="86"/>
        <source>A mentor scoring {score} could not be chosen: this mentor {rules}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="90"/>
        <source>A mentor scoring {score} was full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="92"/>
        <source>Giving you a place there would have changed the cohort&apos;s total score by {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="96"/>
        <source>Lower than your match on: {lower}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="100"/>
        <source>A mentor scoring {score} had room but fits you less well ({lower}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="102"/>
        <source>a lower score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="103"/>
        <source>A mentor scoring {score} had room, but the matching chose otherwise for the cohort as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="42"/>
        <source>Waiting for your answer.</source>
        <extracomment>An offer&apos;s state as the mentor reads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="43"/>
        <source>You asked them something; waiting for their answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="45"/>
        <source>They answered: your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="46"/>
        <source>You accepted; the coordinator confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="47"/>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="62"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="51"/>
        <source>Accepted: you are matched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="48"/>
        <source>Your places were taken meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="49"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="53"/>
        <source>Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="50"/>
        <source>They cancelled their request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="51"/>
        <source>Expired: it can no longer be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="52"/>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="67"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="56"/>
        <source>Closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="56"/>
        <source>Sent: waiting for the mentor&apos;s answer.</source>
        <extracomment>A request&apos;s state as the mentee who sent it reads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="57"/>
        <source>The mentor asked you something: answer with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="59"/>
        <source>You answered; waiting for the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="60"/>
        <source>The mentor accepted; the coordinator confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="63"/>
        <source>The mentor&apos;s places were taken meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="64"/>
        <source>The mentor declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="65"/>
        <source>You cancelled this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="66"/>
        <source>Expired: nobody answered in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="71"/>
        <source>I have no place left</source>
        <extracomment>Why a mentor declines (the protocol&apos;s reasons).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="72"/>
        <source>Our availability does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="73"/>
        <source>I am not the right mentor for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="74"/>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="76"/>
        <source>A note came with it but could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="96"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="99"/>
        <source>{who}, {when}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="114"/>
        <source>they have no place left</source>
        <extracomment>Why the mentor declined, as the mentee who asked reads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="115"/>
        <source>your availability and theirs do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="116"/>
        <source>they are not the right mentor for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="117"/>
        <source>another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="50"/>
        <source>as many people matched as possible</source>
        <extracomment>The engine&apos;s objectives (docs/matching.md, &quot;The objective and the solver&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="51"/>
        <source>the highest total score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="52"/>
        <source>the fairest worst-matched pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="45"/>
        <source>Request sent: it reaches the mentor through the coordinator.</source>
        <extracomment>A request&apos;s state as the mentee who sent it reads it (Part 4 §7).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="47"/>
        <source>Request with the mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="48"/>
        <source>The mentor asked you something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="49"/>
        <source>You answered; the mentor decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="50"/>
        <source>Accepted; the coordinator confirms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="52"/>
        <source>The mentor has no place left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="54"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="55"/>
        <source>Expired without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="66"/>
        <source>{criterion}: {points} of {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="78"/>
        <source>Score {score} of {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="110"/>
        <source>Answers the programme keeps hidden, counted together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="112"/>
        <source>Got their {ordinal} choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="122"/>
        <source>Another mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="47"/>
        <source>Pause a pair</source>
        <extracomment>(title, verb, what it does) of each pair action.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="48"/>
        <source>&amp;Pause the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="49"/>
        <source>The pair stays a pair, but you accept none of its figures until you resume it. Both are told it is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="51"/>
        <source>Resume a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="52"/>
        <source>&amp;Resume the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="53"/>
        <source>You accept the pair&apos;s figures again, within what both consented to. Both are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="55"/>
        <source>End a pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="56"/>
        <source>&amp;End the pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="57"/>
        <source>Both are told the pair ended; both are free for the next matching, never with each other. They stay contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="61"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="62"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="63"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="77"/>
        <source>{mentee} + {mentor} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="45"/>
        <source>Harassment</source>
        <extracomment>The kinds of concern (the protocol&apos;s categories), as a participant reads them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="46"/>
        <source>Discrimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="47"/>
        <source>Someone&apos;s safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="48"/>
        <source>A breach of confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="49"/>
        <source>Other misconduct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="50"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="53"/>
        <source>Only the programme&apos;s coordinator reads this. It is not sent to the person you report.</source>
        <extracomment>Said before a concern is sent (the domain&apos;s `BEFORE_SENDING`, translated).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="63"/>
        <source>(someone without a name)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgrammesController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="378"/>
        <source>The programme could not be changed</source>
        <extracomment>The open rematch, reporting or concern dialog (one at a time) and its programme. The matching configuration each programme&apos;s terms name, as chosen in this session (a path, never stored). Seams for tests: where to save the CSV (&quot;&quot; cancels) and the matching file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="428"/>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1011"/>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="466"/>
        <source>Programme: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="479"/>
        <source>{name} admitted; they are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="489"/>
        <source>{name} declined: what they shared is erased; they are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="491"/>
        <source>The participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="497"/>
        <source>{mentee} + {mentor}: paused; both are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="498"/>
        <source>{mentee} + {mentor}: resumed; both are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="499"/>
        <source>{mentee} + {mentor}: ended; both are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="516"/>
        <source>Removed {name}: what they shared is erased and their pairs ended; they are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="518"/>
        <source>the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="527"/>
        <source>{name} is closed: every pair ended and everyone is told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="546"/>
        <source>Concerns raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="580"/>
        <source>The enrolment code is copied. It is cleared from the clipboard when the app locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="605"/>
        <source>Matching the enrolled participants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="636"/>
        <source>Matching proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="658"/>
        <source>Applied: {n} introductions signed; they leave at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="661"/>
        <source>{n} pairs could not be introduced yet (a participant needs new routes; they are asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="696"/>
        <source>Programme report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="705"/>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="705"/>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="710"/>
        <source>The matching configuration the programme&apos;s terms name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="711"/>
        <source>Matching configuration (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="726"/>
        <source>Saved the report to {file}. It is not encrypted: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="741"/>
        <source>Match card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="774"/>
        <source>Match card: {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="785"/>
        <source>My shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="810"/>
        <source>In this programme mentees ask their mentors: what they ask you is under Requests for me…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="816"/>
        <source>My shortlist: {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="829"/>
        <source>Your ranking leaves at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="842"/>
        <source>Your request to {name} leaves at the next sync; the coordinator forwards it without reading your note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="865"/>
        <source>Requests for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="866"/>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="891"/>
        <source>Requests for me: {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="892"/>
        <source>My requests: {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="903"/>
        <source>You accepted {name}; the coordinator confirms at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="905"/>
        <source>You declined {name}; they are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="906"/>
        <source>Your question to {name} leaves at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="907"/>
        <source>Your answer to {name} leaves at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="908"/>
        <source>Your request to {name} is cancelled; they are told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1028"/>
        <source>Asked for a rematch: your pair with {name} ends once the coordinator applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1035"/>
        <source>What you no longer allow stops at once; the coordinator is told at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1043"/>
        <source>Your concern leaves at the next sync, sealed to the coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="75"/>
        <source>{percent} %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="279"/>
        <source>Backing up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="280"/>
        <source>Restoring from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="287"/>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="288"/>
        <source>Restore progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="293"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="298"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="299"/>
        <source>Cancel the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="300"/>
        <source>Cancel the restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="305"/>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="325"/>
        <source>Almost done: this last step cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="332"/>
        <source>Writing the encrypted backup: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="333"/>
        <source>Restoring: {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="337"/>
        <source>Protecting the backup with its passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="338"/>
        <source>Opening the backup with its passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="340"/>
        <source>Checking the restored vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="342"/>
        <source>Protecting the restored vault with its passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="343"/>
        <source>Saving the backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="344"/>
        <source>Putting the restored vault in place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="358"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="360"/>
        <source>Restore cancelled; nothing was restored and the folder is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="363"/>
        <source>Something went wrong; nothing was changed. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="369"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="370"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="381"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="382"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="94"/>
        <source>Matching proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="97"/>
        <source>Summary of the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="103"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="105"/>
        <source>A mentee&apos;s or mentor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="106"/>
        <source>Find a person in the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="116"/>
        <source>Pairs and unmatched people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="118"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="119"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="120"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="122"/>
        <source>Of best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="122"/>
        <source>{pct} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="126"/>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="134"/>
        <source>Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="128"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="129"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="130"/>
        <source>Why not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="133"/>
        <source>Unmatched people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="135"/>
        <source>Not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="142"/>
        <source>Details of the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="150"/>
        <source>How the score adds up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="156"/>
        <source>Rules that applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="160"/>
        <source>&amp;Why not…?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="161"/>
        <source>Why not another mentor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="162"/>
        <source>Show the next-best mentors and why each was not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="165"/>
        <source>Next-best mentors, and why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="175"/>
        <source>Resize the list and the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="181"/>
        <source>&amp;Apply and send introductions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="183"/>
        <source>Apply the proposal and send introductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="210"/>
        <source>Row headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="212"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="253"/>
        <source>Pairs ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="254"/>
        <source>Not matched ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="266"/>
        <source>Signing the cards and sending the introductions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="280"/>
        <source>{matched} of {mentees} mentees matched, aiming for {objective}; {mentors_used} of {mentors} mentors have a mentee, {used} of {places} places filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="290"/>
        <source>Scores, of {best} possible: lowest {low}, middle {median}, highest {high}, average {mean}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="296"/>
        <source>No pair could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="347"/>
        <source>Choose a pair or a person to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="355"/>
        <source>{mentee} and {mentor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="372"/>
        <source>&amp;Why not another mentor for {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="374"/>
        <source>No other mentor could be considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="382"/>
        <source>{got} of {weight}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="397"/>
        <source>ruled out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="397"/>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="398"/>
        <source>scores lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="398"/>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="404"/>
        <source>{score} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="413"/>
        <source>No other mentor offers a wanted skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="417"/>
        <source>{who}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="440"/>
        <source>{criterion}: {got} of {weight}. {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="454"/>
        <source>Send {n} introductions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="455"/>
        <source>Each person in the {n} pairs receives a match card signed with your key and the other person&apos;s contact details, and the two are connected. Introductions cannot be taken back; a pair can be ended later, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="459"/>
        <source>&amp;Send introductions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="134"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="146"/>
        <source>A QR code with the same text as shown beside it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="26"/>
        <source>Complete the mentorship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="27"/>
        <source>End the mentorship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="28"/>
        <source>Archive the mentorship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="29"/>
        <source>Reopen the mentorship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="30"/>
        <source>The mentorship reached its goals or its planned end. Everything stays here to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="32"/>
        <source>The mentorship stops before its planned end. Everything stays here to read, and you can reopen it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="34"/>
        <source>It moves out of the way; everything stays here to read and you can reopen it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="36"/>
        <source>You go on where you left off: the agreement, goals, sessions and notes are all still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="38"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="38"/>
        <source>End the mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="39"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="39"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="44"/>
        <source>This is kept in your own record on this computer; {name} is not told by the app. Write to them in the conversation to say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="48"/>
        <source>Why? (a few words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="49"/>
        <source>Why? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="51"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="58"/>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="77"/>
        <source>Say in a few words why; it stays in your record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipPanel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="66"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="83"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="253"/>
        <source>Relationship</source>
        <extracomment>Goals the panel lists (the goals view has them all).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="90"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="91"/>
        <source>Relationship actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="105"/>
        <source>Relationship panel status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="111"/>
        <source>Open a conversation with one person to see your mentorship with them here: the agreement, goals, sessions and feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="117"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="125"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="123"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="132"/>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="140"/>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="145"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="146"/>
        <source>Open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="153"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="161"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="162"/>
        <source>Open the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="167"/>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="171"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="172"/>
        <source>Open the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="179"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="183"/>
        <source>Give feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="184"/>
        <source>Give feedback on a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="185"/>
        <source>Pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="186"/>
        <source>How is this mentorship going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="220"/>
        <source>&amp;Agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="221"/>
        <source>&amp;Goals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="222"/>
        <source>&amp;Sessions and notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="224"/>
        <source>&amp;Feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="225"/>
        <source>How is it go&amp;ing?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="226"/>
        <source>&amp;Complete the mentorship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="227"/>
        <source>&amp;End the mentorship…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="228"/>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="229"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="230"/>
        <source>E&amp;xport my record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="307"/>
        <source>With {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="308"/>
        <source>Relationship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="310"/>
        <source>Mentorship: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="315"/>
        <source>{name}&apos;s app cannot receive shared records yet. What you add is kept and reaches them once it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="320"/>
        <source> Reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="321"/>
        <source>{state} on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="349"/>
        <source>Next step: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="373"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="374"/>
        <source>Dismiss the reminder: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="388"/>
        <source>Not agreed yet: no terms have been proposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="391"/>
        <source>Signed by both on {day} (version {n}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="394"/>
        <source>You proposed and signed version {n}; waiting for {name} to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="396"/>
        <source>You signed version {n}; waiting for {name} to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="399"/>
        <source>You proposed version {n}; sign it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="401"/>
        <source>{name} proposed version {n}: read it and sign, or propose changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="404"/>
        <source>Version {n} stays in force until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="414"/>
        <source>until {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="419"/>
        <source>TAMPERED: a signature on this agreement does not match the stored terms. The agreement was changed outside the app and is not counted as signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="432"/>
        <source>Private: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="435"/>
        <source>Private goal, only on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="439"/>
        <source>%p %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="442"/>
        <source>Progress of {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="443"/>
        <source>{percent} per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="454"/>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="458"/>
        <source>{n} more in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="460"/>
        <source>{n} achieved or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="467"/>
        <source>Nothing planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="477"/>
        <source>Your time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="488"/>
        <source>{n} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="490"/>
        <source>last pulse {day}: {rating}/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="493"/>
        <source>no pulse answered yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="121"/>
        <source>Ask for a rematch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="122"/>
        <source>Ask for a rematch in {programme}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="126"/>
        <source>The coordinator ends the pair and matches you again; nobody is at fault. The other person learns that the pair ended, not who asked or why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="130"/>
        <source>The pair to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="134"/>
        <source>&amp;Pair with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="135"/>
        <source>Note to the coordinator (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="136"/>
        <source>Optional: what the coordinator should know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="137"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="141"/>
        <source>The note goes to the coordinator only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="143"/>
        <source>&amp;Ask for a rematch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="146"/>
        <source>You have no active pair in this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="155"/>
        <source>End your pair with {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="156"/>
        <source>Your pair with {name} ends once the coordinator applies this, and you can be matched again. You stay contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="158"/>
        <source>&amp;Ask for a rematch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="172"/>
        <source>Remove a participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="173"/>
        <source>Remove {name} from the programme?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="174"/>
        <source>Everything the programme holds of them is erased from this computer, their pairs end, and they are told they were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="178"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="179"/>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="180"/>
        <source>The reason is asked for your own care, and not kept: nothing of the person may stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="191"/>
        <source>Remove {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="192"/>
        <source>This cannot be undone: what {name} shared is erased and their pairs end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="193"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportingDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="168"/>
        <source>Reporting I allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="169"/>
        <source>What {programme} may see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="173"/>
        <source>Your app sends the programme counts, never what you write. Untick what it should stop sharing: it stops at once. To share more again, you would consent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="185"/>
        <source>You share no reporting with this programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="187"/>
        <source>&amp;Stop sharing the rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="150"/>
        <source>Notes with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="156"/>
        <source>Why: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="159"/>
        <source>Open until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="166"/>
        <source>Your answer to them (the coordinator cannot read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="168"/>
        <source>Answer to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="169"/>
        <source>A&amp;nswer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="170"/>
        <source>Answer {name} (with the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="172"/>
        <source>&amp;Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="173"/>
        <source>Cancel the request to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="149"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="153"/>
        <source>Restoring brings back a vault from its backup file: your identity, contacts and conversations. Use it on a new computer or after losing the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="156"/>
        <source>Backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="156"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="161"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="158"/>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="159"/>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="160"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="161"/>
        <source>Restore into folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="168"/>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="171"/>
        <source>The restored vault opens with the backup&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="173"/>
        <source>Do not use the restored copy and the original at the same time. Both are the same person to your contacts and share the same mailboxes: each message would reach only one of them. If the original computer still runs eMentor, stop using it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="177"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="185"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="186"/>
        <source>eMentor backups (*.backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="192"/>
        <source>Choose an empty folder for the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="200"/>
        <source>There is no backup file at that place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rhythm</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="13"/>
        <source>{name} has been waiting for your answer since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="14"/>
        <source>{name} has been waiting for your answer since {time} (agreed: within {hours} hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="16"/>
        <source>The session “{title}” with {name} starts at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="17"/>
        <source>Your action item “{title}” was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="18"/>
        <source>Your action item “{title}” is due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="19"/>
        <source>The shared goal “{title}” was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="20"/>
        <source>The shared goal “{title}” is due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="21"/>
        <source>Your private goal “{title}” was due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="22"/>
        <source>Your private goal “{title}” is due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="23"/>
        <source>The review of your agreement with {name} planned for {date} has not been marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="25"/>
        <source>A review of your agreement with {name} is due on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="26"/>
        <source>Give your feedback on the session “{title}” of {date} with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="28"/>
        <source>You agreed to meet every week; your last session or exchange with {name} was on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="30"/>
        <source>You agreed to meet every two weeks; your last session or exchange with {name} was on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="33"/>
        <source>You agreed to meet every month; your last session or exchange with {name} was on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="36"/>
        <source>Take a minute to say how your mentorship with {name} is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="37"/>
        <source>{name} has been waiting for your answer since {time}. A short reply now — even just to say when you can answer in full — keeps the trust between you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="40"/>
        <source>Reply to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="41"/>
        <source>This mentorship is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="42"/>
        <source>There is nothing for you to do here right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="43"/>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="44"/>
        <source>Mentoring starts with you: introduce yourself to {name}, say what you hope to learn, and ask when would suit them for a first conversation. A few sentences are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="47"/>
        <source>Introduce yourself to {name} and say what you hope to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="48"/>
        <source>Hello {name}, thank you for mentoring me. I would like to learn more about {topic}. Could you tell me how you got into it, and when would suit you for a first conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="52"/>
        <source>Hello {name}, thank you for mentoring me. I would like to tell you what I hope to learn and to hear how you like to work. When would suit you for a first conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="55"/>
        <source>Write your first message to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="56"/>
        <source>{name} may be waiting to hear from you. Send a short welcome: introduce yourself, ask what they hope to learn, and suggest a time for a first conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="59"/>
        <source>Send {name} a short welcome and ask what they hope to learn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="60"/>
        <source>Welcome {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="61"/>
        <source>Waiting for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="62"/>
        <source>You wrote to {name}; their answer will show here. If none comes within a few days, send a short, friendly follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="65"/>
        <source>Write down two or three things you want to achieve with {name}&apos;s help, each with a way to tell when it is done. They become the goals of your agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="68"/>
        <source>Note the goals you want to agree with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="69"/>
        <source>Note what you want to learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="70"/>
        <source>Set clear expectations together: propose how often you will meet, how quickly you answer each other, the start and end dates and when you will review progress. {name} can then sign it or suggest changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="74"/>
        <source>Propose the terms — cadence, response time, dates and reviews — for {name} to sign or amend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="77"/>
        <source>Agree with {name} how often you will meet, how quickly you answer each other and when you will review progress. Either of you can fill in the draft and propose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="80"/>
        <source>Fill in the draft terms with {name} and propose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="81"/>
        <source>Propose your agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="82"/>
        <source>Waiting for {name} to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="83"/>
        <source>You signed version {number} of the agreement. It comes into force when {name} signs it too; they may also propose changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="86"/>
        <source>Sign the version you proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="87"/>
        <source>You proposed version {number} of the agreement; sign it too, so that it comes into force once {name} signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="90"/>
        <source>{name} proposed version {number} of your agreement. Read each term — cadence, response time, dates and reviews — and sign it if it reflects what you agreed. If something does not fit, change the draft and propose it again instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="94"/>
        <source>{name} proposed version {number}: sign it, or change the draft and propose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="96"/>
        <source>Review and sign version {number} of your agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="97"/>
        <source>How is this mentorship going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="98"/>
        <source>Answer two short questions about how your mentorship with {name} is going; it helps you both keep it useful.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="101"/>
        <source>Give {name} specific feedback on “{title}”: one thing that went well and why it mattered, and one thing to try before you meet again. Then ask an open question, such as what they will do differently after this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="105"/>
        <source>Give {name} feedback on “{title}”: one thing that went well, one thing to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="107"/>
        <source>Note what was most useful in “{title}”, specifically, and one thing to try differently next time, and share it with {name}. Name the one step you will take before you meet again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="111"/>
        <source>Note what was most useful in “{title}” and your next step, and share it with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="113"/>
        <source>Give feedback on “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="114"/>
        <source>Your goals steer the mentorship, so they are yours to define. Add one or two specific goals, each with how you will know it is done and a date, then talk them through with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="118"/>
        <source>Add your goals, each with a measure and a date, and share them with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="120"/>
        <source>Define your goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="121"/>
        <source>Goals are the mentee&apos;s to set. Ask {name} an open question, such as “What would you like to be able to do in three months that you cannot do now?”, and help them make each goal specific and measurable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="125"/>
        <source>Ask {name} to add their goals; help make them specific.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="126"/>
        <source>Help {name} define their goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="127"/>
        <source>You agreed to meet every week. Suggest a time around {date} to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="130"/>
        <source>You agreed to meet every two weeks. Suggest a time around {date} to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="133"/>
        <source>You agreed to meet every month. Suggest a time around {date} to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="136"/>
        <source>You agreed to meet every week: schedule a session with {name} around {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="138"/>
        <source>You agreed to meet every two weeks: schedule a session with {name} around {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="140"/>
        <source>You agreed to meet every month: schedule a session with {name} around {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="142"/>
        <source>Schedule your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="143"/>
        <source>Suggest a time to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="146"/>
        <source>Schedule your next session with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="147"/>
        <source>Before you meet {name}, look at their goals and progress and prepare one open question, such as what has changed since you last spoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="150"/>
        <source>Before you meet {name}, update the progress on your goals and note the one question you most want to talk about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="153"/>
        <source>Update goal progress and note one question before you meet {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="155"/>
        <source>Prepare for “{title}” on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="156"/>
        <source>Your agreement with {name} ends on {date}. Go through each goal together — what you achieved, what changed — and decide whether to continue with a new version of the agreement or to close the mentorship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="160"/>
        <source>Your agreement ends on {date}: review progress with {name}, then extend it or close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="162"/>
        <source>Your agreement ends on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="163"/>
        <source>Go through each goal with {name}: what has been achieved, what has changed, and what matters next. Then update the goals and, if you both want, the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="166"/>
        <source>Review goal progress with {name}; update the goals and the agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="168"/>
        <source>Review your progress (review date {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="169"/>
        <source>Your agreement ended on {date}. Write a short reflection on what you achieved and learned, thank {name}, mark the mentorship completed, and export your record to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="173"/>
        <source>Your agreement ended on {date}: reflect, mark the mentorship completed and export your record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="176"/>
        <source>Complete your mentorship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="177"/>
        <source>Keep a record of your mentorship with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="178"/>
        <source>This mentorship has finished. Write a short reflection on what you learned and export your record, so that it stays with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="181"/>
        <source>Not well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="182"/>
        <source>Very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="183"/>
        <source>What is one specific thing that would make the next month more useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="185"/>
        <source>What was most useful, specifically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="186"/>
        <source>One thing to try differently next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="187"/>
        <source>One step you will take before the next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="188"/>
        <source>What went well in this session, specifically?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="59"/>
        <source>mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="60"/>
        <source>mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="61"/>
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
    <name>SessionsView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="199"/>
        <source>Sessions with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="209"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="210"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="210"/>
        <source>When (your time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="216"/>
        <source>&amp;Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="217"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="383"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="833"/>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="218"/>
        <source>E&amp;xport .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="219"/>
        <source>Export the sessions as a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="224"/>
        <source>Private notes about {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="226"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="458"/>
        <source>Private notes about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="233"/>
        <source>No session chosen. Choose one on the left, or schedule one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="244"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="245"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="275"/>
        <source>Times of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="283"/>
        <source>Open link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="284"/>
        <source>Open the meeting link in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="289"/>
        <source>Mark as &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="290"/>
        <source>Mark the session as held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="291"/>
        <source>Give &amp;feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="292"/>
        <source>Give feedback on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="293"/>
        <source>Cancel session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="294"/>
        <source>Cancel this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="295"/>
        <source>Plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="296"/>
        <source>Mark the session as planned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="297"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="298"/>
        <source>Delete this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="299"/>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="300"/>
        <source>Change or reschedule this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="308"/>
        <source>Notes and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="312"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="318"/>
        <source>Shared notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="313"/>
        <source>Notes you both see and edit. They are saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="322"/>
        <source>Only on this computer; never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="326"/>
        <source>Your private notes on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="329"/>
        <source>New private note on this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="332"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="474"/>
        <source>Add private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="333"/>
        <source>Add the private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="335"/>
        <source>Private notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="340"/>
        <source>Action items (tick when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="344"/>
        <source>A new action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="345"/>
        <source>New action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="346"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="347"/>
        <source>The action item has a due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="350"/>
        <source>Due date of the action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="354"/>
        <source>Goal the action item works towards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="358"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="359"/>
        <source>Add the action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="364"/>
        <source>Action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="387"/>
        <source>Title of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="389"/>
        <source>Mentoring session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="390"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="398"/>
        <source>Date and time, in the time zone below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="399"/>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="403"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="406"/>
        <source>Time zone of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="407"/>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="412"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="413"/>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="414"/>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="417"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="418"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="424"/>
        <source> times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="425"/>
        <source>How many sessions in the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="429"/>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="431"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="433"/>
        <source>&amp;Agenda:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="436"/>
        <source>Meeting link (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="437"/>
        <source>Lin&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="439"/>
        <source>When it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="440"/>
        <source>When the sessions fall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="443"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="443"/>
        <source>Cancel scheduling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="444"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="834"/>
        <source>Sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="444"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="836"/>
        <source>Schedule it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="461"/>
        <source>Only on this computer; never sent. For what you want to remember about {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="466"/>
        <source>Your private notes about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="470"/>
        <source>New private note about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="475"/>
        <source>Add the private note about {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="488"/>
        <source>Each time is shown in the organiser&apos;s time zone and in yours ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="514"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="514"/>
        <source>Past and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="517"/>
        <source>{group}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="523"/>
        <source>{title} ({repeat}, {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="525"/>
        <source>{n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="526"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="533"/>
        <source>{title}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="594"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="595"/>
        <source>{status} · planned by {who} · {minutes} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="605"/>
        <source>Agenda: {agenda}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="630"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="664"/>
        <source>{day}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="632"/>
        <source>No private notes on this session yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="635"/>
        <source>No goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="647"/>
        <source>due {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="650"/>
        <source>for the goal “{goal}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="665"/>
        <source>No private notes about {name} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="671"/>
        <source>Not saved yet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="685"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="698"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="705"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="746"/>
        <source>Cancel this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="747"/>
        <source>“{title}” is marked cancelled for both of you{series}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="748"/>
        <source>, every time of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="749"/>
        <source>Cancel session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="755"/>
        <source>Delete this session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="756"/>
        <source>“{title}” is marked deleted for both of you; its notes stay in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="757"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="795"/>
        <source>mentoring-sessions.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="796"/>
        <source>Export the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="797"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="832"/>
        <source>Change the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="834"/>
        <source>Save c&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="835"/>
        <source>Save the changes to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="887"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="887"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="889"/>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="894"/>
        <source>A session needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="916"/>
        <source>Session changed; calendars that imported it update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="921"/>
        <source>Session scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="77"/>
        <source>This device remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="78"/>
        <source>This device no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="80"/>
        <source>The system keyring is not available, so this device cannot remember the vault. The passphrase keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="95"/>
        <source>Writing the encrypted backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="102"/>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="107"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="115"/>
        <source>Restored into {folder}. Open it with: ementor --home &quot;{folder}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="120"/>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="122"/>
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
    <name>ShortlistPanel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="134"/>
        <source>My shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="147"/>
        <source>Put the candidates in the order you prefer, best first, then send your ranking. The coordinator takes the latest ranking you send before the shortlist expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="152"/>
        <source>Your ranking, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="155"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="156"/>
        <source>Move the chosen candidate up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="157"/>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="158"/>
        <source>Move the chosen candidate down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="165"/>
        <source>Why the chosen candidate is on your shortlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="167"/>
        <source>&amp;Send my ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="168"/>
        <source>Send my ranking to the coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="203"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="273"/>
        <source>No shortlist yet: the coordinator sends one at a later sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="216"/>
        <source>This shortlist has expired: the coordinator takes no ranking of it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="219"/>
        <source>Your ranking was sent. You may change it and send it again until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="222"/>
        <source>Rank it by {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="278"/>
        <source>Your shortlist has expired; a new one may come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="280"/>
        <source>Ask the mentors you would like, up to {n} at once. Your note is sealed to the mentor: the coordinator forwards it without reading it. Open until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="91"/>
        <source>The terms you sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="95"/>
        <source>Your signature is made with your key on this computer. It cannot be taken back; changed terms become a new version that both of you sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="100"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="101"/>
        <source>Cancel, do not sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="40"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="111"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="36"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="37"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="38"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="39"/>
        <source>↻ Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="40"/>
        <source>↻ Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="41"/>
        <source>↻ Receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="42"/>
        <source>○ Offline – messages wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="43"/>
        <source>◐ Relay busy – retrying soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="44"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="45"/>
        <source>⚠ Relay problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="46"/>
        <source>○ Not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="62"/>
        <source>↻ Receiving messages… {count} so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="100"/>
        <source>Syncing stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="406"/>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="417"/>
        <source>The programme&apos;s terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="407"/>
        <source>Read what the programme is, and exactly what is shared with whom, before you consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="426"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="427"/>
        <source>What it offers you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="428"/>
        <source>What is expected of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="429"/>
        <source>How people are matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="430"/>
        <source>Your role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="434"/>
        <source>I join as a &amp;mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="435"/>
        <source>I join as a men&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="446"/>
        <source>What you share, and with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="452"/>
        <source>Reporting: choose what you allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="463"/>
        <source>Keeping and admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="483"/>
        <source>Run by {organiser}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="486"/>
        <source>From {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="487"/>
        <source>(no start date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="488"/>
        <source>(no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="491"/>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="492"/>
        <source>(not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="500"/>
        <source>You join as: {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="511"/>
        <source>Allow: {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="530"/>
        <source>Your app counts these on your computer and sends only the numbers; leave any unticked and it is never sent. You can withdraw later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="563"/>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="563"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="564"/>
        <source>• {sentence} ({tag})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimezoneBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="307"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="321"/>
        <source>Choose your time zone, e.g. Europe/Berlin.</source>
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
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="135"/>
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
    <name>WaitPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="371"/>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="380"/>
        <source>Waiting for the programme&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="372"/>
        <source>The programme answers with its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="377"/>
        <source>Your request to join is on its way. The programme&apos;s answer (its terms) arrives when the coordinator&apos;s app is next online; this can take a while. You may close this window: the terms will be waiting under the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="391"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="65"/>
        <source>Welcome to eMentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="66"/>
        <source>A private place for mentoring conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="70"/>
        <source>Talk with your mentor or mentee, plan goals and keep notes – all in one app, without swapping personal e-mail addresses or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="73"/>
        <source>&lt;b&gt;Only you and your contact can read your messages.&lt;/b&gt; They are sealed on this computer before they leave it. The relay that passes them on sees only sealed envelopes: not what you wrote, and not who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="77"/>
        <source>Everything on this computer is kept in an encrypted vault that opens with a passphrase you choose next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="82"/>
        <source>Moving from another computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="84"/>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="85"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="97"/>
        <source>Restore problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="96"/>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="96"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="97"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="97"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="98"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingStyle</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="192"/>
        <source>How do you like a mentoring conversation to run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="193"/>
        <source>With an agenda agreed beforehand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="194"/>
        <source>A rough plan, open to detours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="195"/>
        <source>Open: wherever it needs to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="196"/>
        <source>How do you like feedback?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="197"/>
        <source>Direct and to the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="198"/>
        <source>Frank, with the reasons around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="199"/>
        <source>Gentle, encouragement first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="200"/>
        <source>How do you learn something new?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="201"/>
        <source>Try it first, questions later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="202"/>
        <source>A bit of both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="203"/>
        <source>Read and think it through first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="204"/>
        <source>Between meetings, how much contact suits you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="205"/>
        <source>Frequent short check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="206"/>
        <source>Now and then, when there is news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="207"/>
        <source>Mostly at the planned meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="208"/>
        <source>What should this mentoring mostly be about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="209"/>
        <source>The craft: getting better at the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="210"/>
        <source>Both the work and the bigger picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="211"/>
        <source>Career steps and the bigger picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkingStyleEditor</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="337"/>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="75"/>
        <source>Column headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="187"/>
        <source>{weekday} {date} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="199"/>
        <source>{when} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="205"/>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="206"/>
        <source>every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="207"/>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="208"/>
        <source>messages in this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="209"/>
        <source>live chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="210"/>
        <source>video calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="211"/>
        <source>phone calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="212"/>
        <source>this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="213"/>
        <source>the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="214"/>
        <source>the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="215"/>
        <source>progress on the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="216"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="217"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="218"/>
        <source>achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="219"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="220"/>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="221"/>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="222"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="223"/>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="224"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="225"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="236"/>
        <source>Runs: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="238"/>
        <source>(no start date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="239"/>
        <source>(no end date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="241"/>
        <source>Meet: {cadence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="244"/>
        <source>Talk by: {channels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="247"/>
        <source>Answer within: {hours} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="250"/>
        <source>Goals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="253"/>
        <source>Review on: {dates}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="256"/>
        <source>A programme coordinator may see: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="258"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="260"/>
        <source>Confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="290"/>
        <source>Write a message</source>
        <extracomment>Which view each action opens (`RelationshipPanel.view_requested` carries the view&apos;s name).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="291"/>
        <source>Open the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="292"/>
        <source>Read and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="293"/>
        <source>Add a goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="294"/>
        <source>Schedule a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="295"/>
        <source>Give feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="296"/>
        <source>Update the goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="297"/>
        <source>Answer the pulse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="298"/>
        <source>Complete or end the mentorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="64"/>
        <source>a signature does not verify (TAMPERED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="66"/>
        <source>signed by both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="70"/>
        <source>signed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="72"/>
        <source>signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="73"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="116"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="118"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="123"/>
        <source>Sign version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="119"/>
        <source>You are signing version {n} of your agreement with {name}, proposed by {who} on {day}. These are exactly the terms you sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="129"/>
        <source>Propose and sign version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="130"/>
        <source>You are proposing these terms to {name} as version {n} of your agreement, and signing them: they come into force when {name} signs them too. These are exactly the terms you sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="134"/>
        <source>Propose and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="62"/>
        <source>{what}: {value}</source>
        <extracomment>The fields of a shared feedback record, by the id of the question that fills it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="69"/>
        <source>{what}: {value} of {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="92"/>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="97"/>
        <source>{who} added the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="100"/>
        <source>a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="102"/>
        <source>{who} marked “{title}” done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="105"/>
        <source>{who} added the milestone “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="110"/>
        <source>progress to {percent} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="113"/>
        <source>status to {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="116"/>
        <source>title to “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="119"/>
        <source>due date to {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="120"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="122"/>
        <source>how it is measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="124"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="125"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="126"/>
        <source>{who} changed {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="128"/>
        <source>{day}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="89"/>
        <source>your time: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="93"/>
        <source>{name}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="103"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="106"/>
        <source>Organiser ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="108"/>
        <source>You ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="110"/>
        <source>{name} ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="121"/>
        <source>{who}: {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="90"/>
        <source>This conversation is not with one person, so it has no mentorship to show.</source>
        <extracomment>The next step and reminders shown (`domain.rhythm`&apos;s, read with the workspace); any callable giving plain objects of the same shape will do. Where to save the record: a path (&quot;&quot; when the person cancelled); a seam for tests.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="139"/>
        <source>Export my record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="140"/>
        <source>PDF document (*.pdf);;Markdown text (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="167"/>
        <source>Mentoring record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="169"/>
        <source>The record could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="170"/>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="173"/>
        <source>Saved your record to {file}. It is not encrypted: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="259"/>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="262"/>
        <source>Proposed. {name} can now sign it or propose changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="266"/>
        <source>Signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="282"/>
        <source>Changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="285"/>
        <source>Milestone added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="288"/>
        <source>Milestone done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="291"/>
        <source>Shared with {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="297"/>
        <source>Goal deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="316"/>
        <source>Session updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="319"/>
        <source>Session deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="322"/>
        <source>Private note saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="325"/>
        <source>Action item added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="330"/>
        <source>{n} sessions written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="67"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="101"/>
        <source>Reason (kept in your vault; nobody is sent it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

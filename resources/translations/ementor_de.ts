<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="366"/>
        <source>Add a contact</source>
        <translation>Einen Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="369"/>
        <source>Paste the invite code your contact sent you:</source>
        <translation>Fügen Sie den Einladungscode ein, den Ihr Kontakt Ihnen gesendet hat:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="372"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="373"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="374"/>
        <source>Accept invite</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="378"/>
        <source>…or create one for them:</source>
        <translation>…oder erstellen Sie einen für Ihren Kontakt:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="381"/>
        <source>Relay address for your invite</source>
        <translation>Relay-Adresse für Ihre Einladung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="382"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation>Relay-Adresse, z. B. https://relay.example.org</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="383"/>
        <source>&amp;Create invite</source>
        <translation>Einladung &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="384"/>
        <source>Create invite</source>
        <translation>Einladung erstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="391"/>
        <source>Your invite code</source>
        <translation>Ihr Einladungscode</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="417"/>
        <source>Share this code over a channel you trust, or let your contact scan the QR code.</source>
        <translation>Teilen Sie diesen Code über einen Weg, dem Sie vertrauen, oder lassen Sie Ihren Kontakt den QR-Code scannen.</translation>
    </message>
</context>
<context>
    <name>AgreementView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="152"/>
        <source>Agreement with {name}</source>
        <translation>Vereinbarung mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="166"/>
        <source>Draft terms (both of you can change them)</source>
        <translation>Entwurf der Bedingungen (Sie beide können sie ändern)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="171"/>
        <source>Starts on</source>
        <translation>Beginnt am</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="172"/>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="176"/>
        <source>How often you meet</source>
        <translation>Wie oft Sie sich treffen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="177"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="192"/>
        <source>Not agreed yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="180"/>
        <source>&amp;Meet:</source>
        <translation>&amp;Treffen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="185"/>
        <source>Talk by {channel}</source>
        <translation>Kontakt über {channel}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="189"/>
        <source>Talk by:</source>
        <translation>Kontakt über:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="193"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="194"/>
        <source>Expected response time in hours</source>
        <translation>Erwartete Antwortzeit in Stunden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="195"/>
        <source>&amp;Answer within:</source>
        <translation>&amp;Antwort innerhalb von:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="197"/>
        <source>One goal per line</source>
        <translation>Ein Ziel pro Zeile</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="198"/>
        <source>Goals of the mentorship, one per line</source>
        <translation>Ziele des Mentorings, eines pro Zeile</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="200"/>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="203"/>
        <source>Review dates</source>
        <translation>Überprüfungstermine</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="207"/>
        <source>A review date to add</source>
        <translation>Ein hinzuzufügender Überprüfungstermin</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="208"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="209"/>
        <source>Add the review date</source>
        <translation>Den Überprüfungstermin hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="210"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="211"/>
        <source>Remove the chosen review date</source>
        <translation>Den ausgewählten Überprüfungstermin entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="220"/>
        <source>Reviews:</source>
        <translation>Überprüfungen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="225"/>
        <source>A coordinator may see {what}</source>
        <translation>Eine Koordination darf {what} sehen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="229"/>
        <source>A programme coordinator sees nothing of your mentorship unless you both agree here.</source>
        <translation>Eine Programmkoordination sieht nichts von Ihrem Mentoring, es sei denn, Sie beide stimmen hier zu.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="231"/>
        <source>Coordinator:</source>
        <translation>Koordination:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="233"/>
        <source>What stays between the two of you</source>
        <translation>Was zwischen Ihnen beiden bleibt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="234"/>
        <source>Confidentiality</source>
        <translation>Vertraulichkeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="236"/>
        <source>&amp;Confidentiality:</source>
        <translation>&amp;Vertraulichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="239"/>
        <source>Show their changes</source>
        <translation>Änderungen Ihres Kontakts anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="240"/>
        <source>Show the latest draft, dropping your changes</source>
        <translation>Den neuesten Entwurf anzeigen und Ihre Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="245"/>
        <source>&amp;Save draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="245"/>
        <source>Save the draft</source>
        <translation>Den Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="246"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="341"/>
        <source>&amp;Propose these terms</source>
        <translation>Diese Bedingungen &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="246"/>
        <source>Propose these terms</source>
        <translation>Diese Bedingungen vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="251"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="254"/>
        <source>Proposed versions</source>
        <translation>Vorgeschlagene Versionen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="261"/>
        <source>Terms of the chosen version</source>
        <translation>Bedingungen der ausgewählten Version</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="265"/>
        <source>Sign…</source>
        <translation>Unterzeichnen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="267"/>
        <source>Sign the latest version</source>
        <translation>Die neueste Version unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="275"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="276"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="309"/>
        <source>Draft: nothing proposed yet. Fill in the terms and propose them to {name}; proposing signs them.</source>
        <translation>Entwurf: noch nichts vorgeschlagen. Füllen Sie die Bedingungen aus und schlagen Sie sie {name} vor; mit dem Vorschlag unterzeichnen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="313"/>
        <source>Signed by both on {day} (version {n}).</source>
        <translation>Von beiden unterzeichnet am {day} (Version {n}).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="316"/>
        <source>You proposed and signed version {n}. Waiting for {name} to sign it or to propose changes.</source>
        <translation>Sie haben Version {n} vorgeschlagen und unterzeichnet. Warten darauf, dass {name} sie unterzeichnet oder Änderungen vorschlägt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="319"/>
        <source>You signed version {n}. Waiting for {name} to sign it.</source>
        <translation>Sie haben Version {n} unterzeichnet. Warten darauf, dass {name} sie unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="322"/>
        <source>You proposed version {n} but have not signed it yet.</source>
        <translation>Sie haben Version {n} vorgeschlagen, aber noch nicht unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="325"/>
        <source>{name} proposed version {n}. Read it and sign it, or change the draft and propose your version.</source>
        <translation>{name} hat Version {n} vorgeschlagen. Lesen und unterzeichnen Sie sie, oder ändern Sie den Entwurf und schlagen Sie Ihre Version vor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="330"/>
        <source>Version {n}, signed by both, stays in force until then.</source>
        <translation>Version {n}, von beiden unterzeichnet, bleibt bis dahin in Kraft.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="335"/>
        <source>TAMPERED: a signature on this agreement does not verify against the stored terms. Someone changed the agreement outside the app; the version is not counted as signed. Ask {name} to compare the terms with you.</source>
        <translation>MANIPULIERT: Eine Unterschrift unter dieser Vereinbarung lässt sich mit den gespeicherten Bedingungen nicht bestätigen. Jemand hat die Vereinbarung außerhalb der App verändert; die Version gilt nicht als unterzeichnet. Bitten Sie {name}, die Bedingungen mit Ihnen zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="342"/>
        <source>&amp;Propose changes</source>
        <translation>Änderungen &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="342"/>
        <source>&amp;Propose as a new version</source>
        <translation>Als neue Version &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="348"/>
        <source>The draft changed meanwhile (perhaps {name} edited it). Saving keeps your values.</source>
        <translation>Der Entwurf hat sich inzwischen geändert (vielleicht hat {name} ihn bearbeitet). Beim Speichern bleiben Ihre Werte erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="357"/>
        <source>You signed version {n}</source>
        <translation>Sie haben Version {n} unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="360"/>
        <source>Sig&amp;n version {n}…</source>
        <translation>Version {n} &amp;unterzeichnen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="361"/>
        <source>Sign version {n}</source>
        <translation>Version {n} unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="398"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="399"/>
        <source>Version {n}, proposed by {who} on {day}: {state}</source>
        <translation>Version {n}, vorgeschlagen von {who} am {day}: {state}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="409"/>
        <source>No version has been proposed yet.</source>
        <translation>Es wurde noch keine Version vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="420"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="422"/>
        <source>✓ {who} signed on {day}.</source>
        <translation>✓ {who} hat am {day} unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="424"/>
        <source>✗ A signature said to be by {who} does not verify (TAMPERED).</source>
        <translation>✗ Eine Unterschrift, die angeblich von {who} stammt, lässt sich nicht bestätigen (MANIPULIERT).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="426"/>
        <source>Nobody has signed this version.</source>
        <translation>Niemand hat diese Version unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="510"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="94"/>
        <source>Back up the vault</source>
        <translation>Den Tresor sichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="98"/>
        <source>The backup is one encrypted file with everything in this vault: your identity, contacts, conversations and notes. Keep it somewhere other than this computer (a USB stick, another disk).</source>
        <translation>Die Sicherung ist eine verschlüsselte Datei mit allem, was in diesem Tresor liegt: Ihrer Identität, Ihren Kontakten, Unterhaltungen und Notizen. Bewahren Sie sie an einem anderen Ort als diesem Computer auf (einem USB-Stick, einer anderen Festplatte).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="102"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="102"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="105"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="106"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="107"/>
        <source>Backup passphrase again</source>
        <translation>Passphrase der Sicherung wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="108"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="109"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="112"/>
        <source>You need this passphrase to restore the backup; nobody can recover it. It may be your vault passphrase or another one.</source>
        <translation>Sie brauchen diese Passphrase, um die Sicherung wiederherzustellen; niemand kann sie wiederherstellen. Es kann Ihre Tresor-Passphrase oder eine andere sein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="120"/>
        <source>Save backup</source>
        <translation>Sicherung speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="121"/>
        <source>eMentor backups (*.backup)</source>
        <translation>eMentor-Sicherungen (*.backup)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="129"/>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="131"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="133"/>
        <source>That is a folder; name the backup file.</source>
        <translation>Das ist ein Ordner; geben Sie der Sicherungsdatei einen Namen.</translation>
    </message>
</context>
<context>
    <name>CandidateBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="100"/>
        <source>Why {name} was suggested</source>
        <translation>Warum {name} vorgeschlagen wurde</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="108"/>
        <source>A note to them (optional; the coordinator cannot read it)</source>
        <translation>Eine Notiz an die Person (optional; die Koordination kann sie nicht lesen)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="110"/>
        <source>Note to {name} (optional)</source>
        <translation>Notiz an {name} (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="111"/>
        <source>&amp;Request</source>
        <translation>&amp;Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="112"/>
        <source>Request {name}</source>
        <translation>{name} anfragen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="218"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="223"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="224"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="225"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="245"/>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="247"/>
        <source>The new passphrases are not the same.</source>
        <translation>Die neuen Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="308"/>
        <source>Join a programme</source>
        <translation>Einem Programm beitreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="309"/>
        <source>Paste the enrolment code the programme&apos;s coordinator gave you.</source>
        <translation>Fügen Sie den Anmeldecode ein, den Ihnen die Koordination des Programms gegeben hat.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="312"/>
        <source>Enrolment &amp;code:</source>
        <translation>Anmelde&amp;code:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="314"/>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="323"/>
        <source>The programme of this code</source>
        <translation>Das Programm zu diesem Code</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="325"/>
        <source>Problem with the code</source>
        <translation>Problem mit dem Code</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="329"/>
        <source>Joining sends nothing about you: the programme first shows you its terms, and nothing of yours is shared until you consent.</source>
        <translation>Der Beitritt sendet nichts über Sie: Das Programm zeigt Ihnen zuerst seine Bedingungen, und nichts von Ihnen wird geteilt, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="334"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="346"/>
        <source>This is not a whole enrolment code. Copy all of it (it starts with “ementor-programme-1:” and ends after a dot and eight letters or digits) and paste it again.</source>
        <translation>Dies ist kein vollständiger Anmeldecode. Kopieren Sie ihn ganz (er beginnt mit „ementor-programme-1:“ und endet nach einem Punkt und acht Buchstaben oder Ziffern) und fügen Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="350"/>
        <source>Enrolment with this code closed on {date}. Ask the coordinator for a new code.</source>
        <translation>Die Anmeldung mit diesem Code wurde am {date} geschlossen. Bitten Sie die Koordination um einen neuen Code.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="359"/>
        <source>Programme: {name} · enrolment open until {date}</source>
        <translation>Programm: {name} · Anmeldung offen bis {date}</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="500"/>
        <source>Write a message…</source>
        <translation>Nachricht schreiben…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="502"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="504"/>
        <source>Send message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="524"/>
        <source>Enter to send, Shift+Enter for a new line</source>
        <translation>Eingabetaste zum Senden, Umschalt+Eingabetaste für eine neue Zeile</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="525"/>
        <source>Ctrl+Enter to send</source>
        <translation>Strg+Eingabetaste zum Senden</translation>
    </message>
</context>
<context>
    <name>ComposerEdit</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="469"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="209"/>
        <source>Raise a concern</source>
        <translation>Ein Anliegen melden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="210"/>
        <source>Raise a concern with {programme}&apos;s coordinator</source>
        <translation>Ein Anliegen an die Koordination von {programme} melden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="214"/>
        <source>What the concern is about</source>
        <translation>Worum es bei dem Anliegen geht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="217"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="219"/>
        <source>The person it is about (optional)</source>
        <translation>Die betroffene Person (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="220"/>
        <source>Nobody in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="223"/>
        <source>&amp;About:</source>
        <translation>&amp;Betrifft:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="224"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="225"/>
        <source>What happened, when, and anything the coordinator should know</source>
        <translation>Was passiert ist, wann, und alles, was die Koordination wissen sollte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="227"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Was passiert ist:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="231"/>
        <source>The coordinator &amp;may contact me about this</source>
        <translation>Die Koordination &amp;darf mich dazu kontaktieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="232"/>
        <source>The coordinator may contact me about this</source>
        <translation>Die Koordination darf mich dazu kontaktieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="237"/>
        <source>&amp;Send to the coordinator</source>
        <translation>An die Koordination &amp;senden</translation>
    </message>
</context>
<context>
    <name>ConcernsView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="204"/>
        <source>Concerns raised</source>
        <translation>Gemeldete Anliegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="209"/>
        <source>(nobody named)</source>
        <translation>(niemand genannt)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="211"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="212"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="213"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="215"/>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="216"/>
        <source>What they wrote</source>
        <translation>Was geschrieben wurde</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="222"/>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="238"/>
        <source>The chosen concern</source>
        <translation>Das ausgewählte Anliegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="246"/>
        <source>Nobody has raised a concern.</source>
        <translation>Niemand hat ein Anliegen gemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="247"/>
        <source>{n} concerns. Only you read them; the person a concern is about is not told.</source>
        <translation>{n} Anliegen. Nur Sie lesen sie; die betroffene Person wird nicht informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="263"/>
        <source>{kind}, from {reporter}, {when}</source>
        <translation>{kind}, von {reporter}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="267"/>
        <source>About: {name}</source>
        <translation>Betrifft: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="269"/>
        <source>They may be contacted about it.</source>
        <translation>Die Person darf dazu kontaktiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="270"/>
        <source>They asked not to be contacted about it.</source>
        <translation>Die Person möchte dazu nicht kontaktiert werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="272"/>
        <source>Kept until {when}.</source>
        <translation>Aufbewahrt bis {when}.</translation>
    </message>
</context>
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="255"/>
        <source>Connect with your mentor or mentee</source>
        <translation>Mit Ihrem Mentor oder Mentee verbinden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="256"/>
        <source>One of you creates an invite; the other pastes it.</source>
        <translation>Eine Person erstellt eine Einladung, die andere fügt sie ein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="259"/>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="260"/>
        <source>Paste an invite code here</source>
        <translation>Fügen Sie hier einen Einladungscode ein</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="261"/>
        <source>&amp;Accept invite</source>
        <translation>Einladung &amp;annehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="262"/>
        <source>Accept invite</source>
        <translation>Einladung annehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="269"/>
        <source>Relay address for your invite</source>
        <translation>Relay-Adresse für Ihre Einladung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="270"/>
        <source>Relay address, e.g. https://relay.example.org</source>
        <translation>Relay-Adresse, z. B. https://relay.example.org</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="271"/>
        <source>Your programme tells you which relay to use. It only passes sealed envelopes.</source>
        <translation>Ihr Programm teilt Ihnen mit, welches Relay Sie verwenden. Es leitet nur versiegelte Umschläge weiter.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="273"/>
        <source>&amp;Create an invite to share</source>
        <translation>Einladung zum Teilen &amp;erstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="274"/>
        <source>Create an invite</source>
        <translation>Einladung erstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="281"/>
        <source>Relay a&amp;dmission code:</source>
        <translation>Zulassungs&amp;code des Relays:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="283"/>
        <source>Relay admission code</source>
        <translation>Zulassungscode des Relays</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="284"/>
        <source>Only if your organisation gave you one</source>
        <translation>Nur falls Ihre Organisation Ihnen einen gegeben hat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="291"/>
        <source>Your invite code</source>
        <translation>Ihr Einladungscode</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="321"/>
        <source>You can also do this later from the main window (Contacts ▸ Add contact).</source>
        <translation>Sie können dies auch später im Hauptfenster tun (Kontakte ▸ Kontakt hinzufügen).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="329"/>
        <source>Send this code to your contact over a channel you trust, or let them scan the QR code.</source>
        <translation>Senden Sie diesen Code über einen Weg, dem Sie vertrauen, an Ihren Kontakt, oder lassen Sie ihn den QR-Code scannen.</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="38"/>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="109"/>
        <source>○ No relay set</source>
        <translation>○ Kein Relay festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="39"/>
        <source>Create or accept an invite, or choose a relay in Settings, to send and receive.</source>
        <translation>Erstellen oder nehmen Sie eine Einladung an oder wählen Sie in den Einstellungen ein Relay, um zu senden und zu empfangen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="69"/>
        <source>○ Receiving paused – the rest waits on the relay</source>
        <translation>○ Empfang angehalten – der Rest wartet auf dem Relay</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="70"/>
        <source>Everything received so far is saved. Choose Sync now to receive the rest.</source>
        <translation>Alles bisher Empfangene ist gespeichert. Wählen Sie „Jetzt synchronisieren“, um den Rest zu empfangen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="82"/>
        <source>Each batch is saved as it arrives. Stop to receive the rest later; it waits on the relay.</source>
        <translation>Jeder Stapel wird beim Eintreffen gespeichert. Halten Sie an, um den Rest später zu empfangen; er wartet auf dem Relay.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="129"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="130"/>
        <source>Stop receiving</source>
        <translation>Empfang anhalten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/connection.py" line="131"/>
        <source>Stop receiving for now: what came in is kept, the rest waits on the relay until the next sync.</source>
        <translation>Empfang vorerst anhalten: Was angekommen ist, bleibt erhalten; der Rest wartet bis zur nächsten Synchronisierung auf dem Relay.</translation>
    </message>
</context>
<context>
    <name>ContactProfileDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="825"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="845"/>
        <source>What they shared</source>
        <translation>Was Ihr Kontakt geteilt hat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="850"/>
        <source>What they see of your profile</source>
        <translation>Was Ihr Kontakt von Ihrem Profil sieht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="852"/>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="853"/>
        <source>Use my default choice</source>
        <translation>Meine Standardauswahl verwenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="855"/>
        <source>They</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="860"/>
        <source>&amp;Save what they see</source>
        <translation>&amp;Speichern, was Ihr Kontakt sieht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="861"/>
        <source>Save what they see</source>
        <translation>Speichern, was Ihr Kontakt sieht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="874"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="890"/>
        <source>Unnamed contact</source>
        <translation>Unbenannter Kontakt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="891"/>
        <source>Profile of {name}</source>
        <translation>Profil von {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="909"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="916"/>
        <source>{name} has not shared more of their profile with you yet.</source>
        <translation>{name} hat noch nicht mehr vom eigenen Profil mit Ihnen geteilt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="919"/>
        <source>Not shared with you: {fields}.</source>
        <translation>Nicht mit Ihnen geteilt: {fields}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="924"/>
        <source>What {name} sees of your profile</source>
        <translation>Was {name} von Ihrem Profil sieht</translation>
    </message>
</context>
<context>
    <name>ContactsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="32"/>
        <source>This contact no longer exists.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="93"/>
        <source>Block {name}?</source>
        <translation>{name} blockieren?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="94"/>
        <source>Nothing from {name} will be received any more: their mailbox on the relay is deleted and messages you have not sent yet are not sent. The conversation stays here for you to read.</source>
        <translation>Von {name} wird nichts mehr empfangen: Das Postfach auf dem Relay wird gelöscht, und noch nicht gesendete Nachrichten werden nicht gesendet. Die Unterhaltung bleibt hier für Sie lesbar.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="96"/>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="99"/>
        <source>Remove {name}?</source>
        <translation>{name} entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="100"/>
        <source>{name} is removed and your whole conversation with them is deleted from this computer. This cannot be undone.</source>
        <translation>{name} wird entfernt, und Ihre gesamte Unterhaltung wird von diesem Computer gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="101"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="166"/>
        <source>Creating the invite on the relay…</source>
        <translation>Die Einladung wird auf dem Relay erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="182"/>
        <source>Invite accepted. Your contact&apos;s app confirms it the next time it is online; then you can write to each other.</source>
        <translation>Einladung angenommen. Die App Ihres Kontakts bestätigt sie, sobald sie das nächste Mal online ist; dann können Sie einander schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/contacts.py" line="188"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ConversationListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="122"/>
        <source>{count} unread</source>
        <extracomment>Pages going down (newer) stay smaller: each page costs a layout of the rows it brings plus the hundred or so kept above the screen, in one pause of the event loop, and going down the page comes in while the person scrolls (going up, it is what they are waiting for).</extracomment>
        <translation>{count} ungelesen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="124"/>
        <source>you: {text}</source>
        <translation>Sie: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="125"/>
        <source>last: {text}</source>
        <translation>zuletzt: {text}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="90"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="122"/>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="409"/>
        <source>Message actions</source>
        <translation>Aktionen für die Nachricht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="411"/>
        <source>&amp;Quote in reply</source>
        <translation>In der Antwort &amp;zitieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="415"/>
        <source>&amp;Retry sending</source>
        <translation>Senden &amp;wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="419"/>
        <source>&amp;Delete from this computer…</source>
        <translation>Von diesem Computer &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="426"/>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="427"/>
        <source>Delete this message from this computer?</source>
        <translation>Diese Nachricht von diesem Computer löschen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="432"/>
        <source>It is removed from this vault and from search. The other person keeps their copy.</source>
        <translation>Sie wird aus diesem Tresor und aus der Suche entfernt. Die andere Person behält ihre Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="435"/>
        <source>It has not been sent yet and will not be.</source>
        <translation>Sie wurde noch nicht gesendet und wird es auch nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="436"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/conversation.py" line="452"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>ConversationsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/conversations.py" line="95"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="107"/>
        <source>What participants read before joining</source>
        <translation>Was Teilnehmende vor dem Beitritt lesen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="108"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="109"/>
        <source>Benefits</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="110"/>
        <source>What is expected</source>
        <translation>Was erwartet wird</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="114"/>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="127"/>
        <source>Enrolment code</source>
        <translation>Anmeldecode</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="116"/>
        <source>Share this code (or let people scan it) with those you invite. Anyone holding it can read the terms and ask to join.</source>
        <translation>Teilen Sie diesen Code mit den Personen, die Sie einladen (oder lassen Sie ihn scannen). Wer ihn hat, kann die Bedingungen lesen und um Beitritt bitten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="133"/>
        <source>&amp;Copy code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="134"/>
        <source>Copy the enrolment code</source>
        <translation>Den Anmeldecode kopieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="139"/>
        <source>Enrolment is closed: there is no code to share.</source>
        <translation>Die Anmeldung ist geschlossen: Es gibt keinen Code zum Teilen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="144"/>
        <source>Cohort</source>
        <translation>Kohorte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="147"/>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="149"/>
        <source>Show participants in state</source>
        <translation>Teilnehmende mit Status anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="150"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="156"/>
        <source>Find by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="157"/>
        <source>Find a participant by name</source>
        <translation>Teilnehmende nach Namen suchen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="171"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="181"/>
        <source>Row headings</source>
        <translation>Zeilenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="184"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="192"/>
        <source>&amp;Admit</source>
        <translation>&amp;Zulassen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="193"/>
        <source>Admit the chosen participant</source>
        <translation>Die ausgewählte Person zulassen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="194"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="195"/>
        <source>Decline the chosen participant</source>
        <translation>Die ausgewählte Person ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="196"/>
        <source>&amp;Propose matches…</source>
        <translation>Zuordnungen &amp;vorschlagen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="197"/>
        <source>Propose matches for the cohort</source>
        <translation>Zuordnungen für die Kohorte vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="199"/>
        <source>&amp;Report…</source>
        <translation>&amp;Bericht…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="200"/>
        <source>Open the programme&apos;s report</source>
        <translation>Den Bericht des Programms öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="208"/>
        <source>Pa&amp;use pair…</source>
        <translation>Tandem pa&amp;usieren…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="209"/>
        <source>Pause the chosen participant&apos;s pair</source>
        <translation>Das Tandem der ausgewählten Person pausieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="210"/>
        <source>Re&amp;sume pair…</source>
        <translation>Tandem &amp;fortsetzen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="211"/>
        <source>Resume the chosen participant&apos;s pair</source>
        <translation>Das Tandem der ausgewählten Person fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="212"/>
        <source>&amp;End pair…</source>
        <translation>Tandem &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="213"/>
        <source>End the chosen participant&apos;s pair</source>
        <translation>Das Tandem der ausgewählten Person beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="214"/>
        <source>Remo&amp;ve participant…</source>
        <translation>Teilnehmende Person &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="215"/>
        <source>Remove the chosen participant</source>
        <translation>Die ausgewählte Person entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="216"/>
        <source>Co&amp;ncerns…</source>
        <translation>A&amp;nliegen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="217"/>
        <source>Concerns participants raised</source>
        <translation>Von Teilnehmenden gemeldete Anliegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="218"/>
        <source>C&amp;lose programme…</source>
        <translation>Programm sc&amp;hließen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="219"/>
        <source>Close the programme</source>
        <translation>Das Programm schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="258"/>
        <source>{used} of {capacity}</source>
        <translation>{used} von {capacity}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="258"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="260"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="261"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="262"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="266"/>
        <source>Places used</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="269"/>
        <source>Matched with</source>
        <translation>Zugeordnet mit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="270"/>
        <source>Reporting</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="272"/>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="292"/>
        <source>Run by {organiser}</source>
        <translation>Durchgeführt von {organiser}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="294"/>
        <source>From {start} to {end}</source>
        <translation>Vom {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="295"/>
        <source>(no start date)</source>
        <translation>(kein Startdatum)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="296"/>
        <source>(no end date)</source>
        <translation>(kein Enddatum)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="297"/>
        <source>Relay: {relay}</source>
        <translation>Relay: {relay}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="301"/>
        <source>(not written)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="309"/>
        <source>Enrolment with this code closes on {when}.</source>
        <translation>Die Anmeldung mit diesem Code endet am {when}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="375"/>
        <source>Choose someone who is waiting for review.</source>
        <translation>Wählen Sie jemanden, der auf Prüfung wartet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="385"/>
        <source>Choose someone with a pair this applies to.</source>
        <translation>Wählen Sie jemanden mit einem Tandem, für das dies gilt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="391"/>
        <source>{n} people in the cohort</source>
        <translation>{n} Personen in der Kohorte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="393"/>
        <source>{n} waiting for review</source>
        <translation>{n} warten auf Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="395"/>
        <source>{n} shown</source>
        <translation>{n} angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="397"/>
        <source>Cohort ({n})</source>
        <translation>Kohorte ({n})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="422"/>
        <source>Decline {name}?</source>
        <translation>{name} ablehnen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="423"/>
        <source>{name} is told they were not admitted, and everything this programme holds of them (their profile and consent) is erased from this computer. They could ask to join again with the code.</source>
        <translation>{name} erfährt, dass die Person nicht zugelassen wurde, und alles, was dieses Programm über sie speichert (Profil und Zustimmung), wird von diesem Computer gelöscht. Sie könnte mit dem Code erneut um Beitritt bitten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="426"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="475"/>
        <source>Close {programme}?</source>
        <translation>{programme} schließen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="476"/>
        <source>Every pair ends and everyone is told at the next sync; enrolment stops. What you hold is deleted when the retention period runs out. This cannot be undone.</source>
        <translation>Jedes Tandem endet, und alle werden bei der nächsten Synchronisierung informiert; die Anmeldung wird beendet. Was Sie speichern, wird gelöscht, wenn die Aufbewahrungsfrist abläuft. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_page.py" line="478"/>
        <source>C&amp;lose the programme</source>
        <translation>Das Programm sc&amp;hließen</translation>
    </message>
</context>
<context>
    <name>CreateProgrammeDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="35"/>
        <source>Create a programme</source>
        <translation>Ein Programm erstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="40"/>
        <source>A programme has an enrolment code you give to the people you recruit. Its terms (purpose, what is asked of participants, what is reported) come from a programme file, or are the defaults.</source>
        <translation>Ein Programm hat einen Anmeldecode, den Sie den Personen geben, die Sie gewinnen. Seine Bedingungen (Zweck, was von Teilnehmenden verlangt wird, worüber berichtet wird) stammen aus einer Programmdatei oder sind die Standardbedingungen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="46"/>
        <source>e.g. Data Futures 2026</source>
        <translation>z. B. Data Futures 2026</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="47"/>
        <source>Programme name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="48"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="51"/>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="52"/>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="55"/>
        <source>None: the default terms</source>
        <translation>Keine: die Standardbedingungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="56"/>
        <source>Programme file (optional)</source>
        <translation>Programmdatei (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="57"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="58"/>
        <source>Choose the programme file</source>
        <translation>Die Programmdatei auswählen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="62"/>
        <source>Programme &amp;file:</source>
        <translation>Programm&amp;datei:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="71"/>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="105"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="89"/>
        <source>Programme file</source>
        <translation>Programmdatei</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="90"/>
        <source>Programme file (*.toml);;All files (*)</source>
        <translation>Programmdatei (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="105"/>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="97"/>
        <source>Programme report</source>
        <extracomment>Series colours readable on both themes&apos; backgrounds (light, dark).</extracomment>
        <translation>Programmbericht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="102"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="103"/>
        <source>Export the report as a CSV file</source>
        <translation>Den Bericht als CSV-Datei exportieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="114"/>
        <source>Charts and numbers</source>
        <translation>Diagramme und Zahlen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="125"/>
        <source>Enrolment by state</source>
        <translation>Anmeldungen nach Status</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="126"/>
        <source>Matched and not matched</source>
        <translation>Zugeordnet und nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="127"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="384"/>
        <source>Sessions held per month</source>
        <translation>Durchgeführte Sitzungen pro Monat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="129"/>
        <source>Goals set and achieved</source>
        <translation>Gesetzte und erreichte Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="131"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="160"/>
        <source>Pulse</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="135"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="137"/>
        <source>Month of the pulse answers</source>
        <translation>Monat der Stimmungsantworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="145"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="153"/>
        <source>Enrolment</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="154"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="156"/>
        <source>Pairs&apos; figures per month</source>
        <translation>Kennzahlen der Tandems pro Monat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="383"/>
        <source>Sessions held</source>
        <translation>Durchgeführte Sitzungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="157"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="158"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="158"/>
        <source>Rhythm kept</source>
        <translation>Rhythmus eingehalten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="158"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="388"/>
        <source>Goals set</source>
        <translation>Gesetzte Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="159"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="389"/>
        <source>Goals achieved</source>
        <translation>Erreichte Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="161"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="410"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="162"/>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="420"/>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="162"/>
        <source>Randomised</source>
        <translation>Randomisiert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="164"/>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="196"/>
        <source>Row headings</source>
        <translation>Zeilenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="198"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="208"/>
        <source>Report: {name}</source>
        <translation>Bericht: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="210"/>
        <source>Made {when}. Figures of fewer than {k} pairs (or, for the pulse, {k} people) are not shown, so that nobody&apos;s own figures can be read here.</source>
        <translation>Erstellt {when}. Werte von weniger als {k} Tandems (bei der Stimmung: {k} Personen) werden nicht angezeigt, damit hier niemandes eigene Werte ablesbar sind.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="214"/>
        <source>“not shown”: fewer than {k} pairs reported that month (or, for the pulse, fewer than {k} people answered).</source>
        <translation>„nicht angezeigt“: In diesem Monat haben weniger als {k} Tandems berichtet (bei der Stimmung: weniger als {k} Personen geantwortet).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="293"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="315"/>
        <source>{state}: {n}</source>
        <translation>{state}: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="321"/>
        <source>In a pair: {n}</source>
        <translation>In einem Tandem: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="323"/>
        <source>Enrolled, not in a pair: {n}</source>
        <translation>Angemeldet, in keinem Tandem: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="336"/>
        <source>{matched} people are in at least one active pair; {unmatched} enrolled people are in none.</source>
        <translation>{matched} Personen sind in mindestens einem aktiven Tandem; {unmatched} angemeldete Personen sind in keinem.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="344"/>
        <source>(no months yet)</source>
        <translation>(noch keine Monate)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="361"/>
        <source>Fewer than {k} pairs — not shown</source>
        <translation>Weniger als {k} Tandems – nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="372"/>
        <source>{month}: not shown (fewer than {k} pairs)</source>
        <translation>{month}: nicht angezeigt (weniger als {k} Tandems)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="375"/>
        <source>{month}: {values}</source>
        <translation>{month}: {values}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="377"/>
        <source>{name} {value}</source>
        <translation>{name} {value}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="390"/>
        <source>Goals set and achieved per month</source>
        <translation>Gesetzte und erreichte Ziele pro Monat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="400"/>
        <source>(no pulse items)</source>
        <translation>(keine Stimmungsfragen)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="408"/>
        <source>Fewer than {k} answers — not shown</source>
        <translation>Weniger als {k} Antworten – nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="412"/>
        <source>Mean, randomised item (estimate)</source>
        <translation>Mittelwert, randomisierte Frage (Schätzung)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="446"/>
        <source>Pulse, {month}: {items}</source>
        <translation>Stimmung, {month}: {items}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="452"/>
        <source>{id} (randomised), {n} answers</source>
        <translation>{id} (randomisiert), {n} Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="453"/>
        <source>{id}, {n} answers</source>
        <translation>{id}, {n} Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="457"/>
        <source>{question}: not shown (fewer than {k} answers)</source>
        <translation>{question}: nicht angezeigt (weniger als {k} Antworten)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="459"/>
        <source>{question}: mean {mean} (95 % interval {low} to {high}), {n} answers</source>
        <translation>{question}: Mittelwert {mean} (95-%-Intervall {low} bis {high}), {n} Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="465"/>
        <source>, randomised on each person&apos;s device (estimate)</source>
        <translation>, randomisiert auf dem Gerät jeder Person (Schätzung)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="533"/>
        <source>not shown</source>
        <translation>nicht angezeigt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="539"/>
        <source>In a pair</source>
        <translation>In einem Tandem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="540"/>
        <source>Enrolled, not in a pair</source>
        <translation>Angemeldet, in keinem Tandem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="551"/>
        <source>{pct} %</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="557"/>
        <source>yes (p = {p})</source>
        <translation>ja (p = {p})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="558"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dashboard.py" line="565"/>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
</context>
<context>
    <name>Delegates</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="61"/>
        <source>Queued – goes out when online</source>
        <translation>In der Warteschlange – wird gesendet, sobald Sie online sind</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="62"/>
        <source>On relay</source>
        <translation>Auf dem Relay</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="63"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="64"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="65"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="115"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="117"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="444"/>
        <source>{count} earlier message(s) from this contact are missing</source>
        <translation>{count} frühere Nachricht(en) dieses Kontakts fehlen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="566"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="569"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="579"/>
        <source>You: </source>
        <translation>Sie: </translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/delegates.py" line="581"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
</context>
<context>
    <name>EmentorApp</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="123"/>
        <source>Locked after a period of inactivity.</source>
        <extracomment>What unlocking brings, a module or two at a time: the workspace panel&apos;s domain, the main window, the sync loop&apos;s inbox (and the programme domain it applies messages to), the Programmes menu&apos;s controller. Loaded while the unlock window waits for the passphrase (from `PRELOAD_AFTER_MS` after it shows) and while the passphrase is being checked (Argon2id keeps the worker busy outside the interpreter lock), one per turn of the event loop.</extracomment>
        <translation>Nach einer Zeit der Inaktivität gesperrt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="161"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="241"/>
        <source>Your vault is ready. This computer has no usable system keyring, so it cannot remember the vault: you will type your passphrase when you open the app.</source>
        <translation>Ihr Tresor ist bereit. Dieser Computer hat keinen nutzbaren Schlüsselbund des Systems und kann sich den Tresor daher nicht merken: Sie geben Ihre Passphrase beim Öffnen der App ein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="362"/>
        <source>Locked. Enter your passphrase to continue.</source>
        <translation>Gesperrt. Geben Sie Ihre Passphrase ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="471"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/app.py" line="472"/>
        <source>eMentor hit an internal error ({name}). Your data is safe; details are in the log file in your home folder.</source>
        <translation>In eMentor ist ein interner Fehler aufgetreten ({name}). Ihre Daten sind sicher; Einzelheiten stehen in der Protokolldatei in Ihrem Persönlichen Ordner.</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="86"/>
        <source>Feedback with {name}</source>
        <translation>Feedback mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="90"/>
        <source>Feedback and pulse</source>
        <translation>Feedback und Stimmung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="98"/>
        <source>The session the feedback is about</source>
        <translation>Die Sitzung, um die es im Feedback geht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="99"/>
        <source>S&amp;ession:</source>
        <translation>Si&amp;tzung:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="100"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="101"/>
        <source>No rating</source>
        <translation>Keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="102"/>
        <source>(1 not useful … 5 very useful)</source>
        <translation>(1 nicht hilfreich … 5 sehr hilfreich)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="104"/>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="114"/>
        <source>Share with {name}</source>
        <translation>Mit {name} teilen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="115"/>
        <source>Share the feedback with {name}</source>
        <translation>Das Feedback mit {name} teilen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="116"/>
        <source>Keep private: a reflection only on this computer</source>
        <translation>Privat halten: eine Reflexion nur auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="117"/>
        <source>Keep the feedback private</source>
        <translation>Das Feedback privat halten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="132"/>
        <source>Feedback so far:</source>
        <translation>Bisheriges Feedback:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="135"/>
        <source>Feedback given and received</source>
        <translation>Gegebenes und erhaltenes Feedback</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="137"/>
        <source>After a session</source>
        <translation>Nach einer Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="151"/>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="153"/>
        <source>{n} – {words}</source>
        <translation>{n} – {words}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="157"/>
        <source>(optional)</source>
        <translation>(optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="163"/>
        <source>Your answer stays on this computer; {name} does not see it. Looking back at your answers shows when something needs talking about.</source>
        <translation>Ihre Antwort bleibt auf diesem Computer; {name} sieht sie nicht. Ein Blick auf Ihre Antworten zeigt, wann etwas besprochen werden sollte.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="168"/>
        <source>Save &amp;answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="170"/>
        <source>Save the answer</source>
        <translation>Die Antwort speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="173"/>
        <source>Your earlier answers:</source>
        <translation>Ihre früheren Antworten:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="176"/>
        <source>Your earlier answers</source>
        <translation>Ihre früheren Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="178"/>
        <source>How is it going?</source>
        <translation>Wie läuft es?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="183"/>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="184"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="209"/>
        <source>No particular session</source>
        <translation>Keine bestimmte Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="213"/>
        <source>{title} · {status} · {day}</source>
        <translation>{title} · {status} · {day}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="224"/>
        <source>You to {name}</source>
        <translation>Sie an {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="225"/>
        <source>{name} to you</source>
        <translation>{name} an Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="233"/>
        <source>Your private reflection</source>
        <translation>Ihre private Reflexion</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="236"/>
        <source>No feedback yet.</source>
        <translation>Noch kein Feedback.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="239"/>
        <source>{day}: {rating}/5{note}</source>
        <translation>{day}: {rating}/5{note}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="243"/>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="249"/>
        <source>{who}, {day}</source>
        <translation>{who}, {day}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="251"/>
        <source>, on “{session}”</source>
        <translation>, zu „{session}“</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="253"/>
        <source>: rated {rating}/5</source>
        <translation>: bewertet mit {rating}/5</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="264"/>
        <source>&amp;Send to {name}</source>
        <translation>An {name} &amp;senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="265"/>
        <source>{name} sees this feedback; only you can change it later.</source>
        <translation>{name} sieht dieses Feedback; nur Sie können es später ändern.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="268"/>
        <source>&amp;Save for yourself</source>
        <translation>Für sich &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="269"/>
        <source>Kept in your vault only; never sent.</source>
        <translation>Nur in Ihrem Tresor aufbewahrt; wird nie gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="276"/>
        <source>Give a rating or answer at least one question.</source>
        <translation>Geben Sie eine Bewertung ab oder beantworten Sie mindestens eine Frage.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="289"/>
        <source>Feedback sent.</source>
        <translation>Feedback gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="290"/>
        <source>Reflection saved on this computer.</source>
        <translation>Reflexion auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="295"/>
        <source>Choose how it is going, from 1 to 5.</source>
        <translation>Wählen Sie, wie es läuft, von 1 bis 5.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="303"/>
        <source>Thank you. Your answer is saved on this computer.</source>
        <translation>Vielen Dank. Ihre Antwort ist auf diesem Computer gespeichert.</translation>
    </message>
</context>
<context>
    <name>FieldChecklist</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="372"/>
        <source>{who} see: {field}</source>
        <translation>Sichtbar für {who}: {field}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="378"/>
        <source>Name, role and headline are always shown: they come with every invitation.</source>
        <translation>Name, Rolle und Kurzbeschreibung werden immer angezeigt: Sie sind Teil jeder Einladung.</translation>
    </message>
</context>
<context>
    <name>FieldsPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="576"/>
        <source>Your answers</source>
        <translation>Ihre Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="577"/>
        <source>What the programme asks of you for matching. Fields marked * are required.</source>
        <translation>Was das Programm für das Matching von Ihnen wissen möchte. Mit * markierte Felder sind Pflichtfelder.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="595"/>
        <source>Problem with your answers</source>
        <translation>Problem mit Ihren Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="614"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="621"/>
        <source>Sensitive: used for matching and never shown, to the coordinator either.</source>
        <translation>Vertraulich: wird für das Matching verwendet und nie angezeigt, auch nicht der Koordination.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="624"/>
        <source>Seen by the coordinator, your match and participants you are suggested to.</source>
        <translation>Sichtbar für die Koordination, Ihr Gegenüber im Matching und Teilnehmende, denen Sie vorgeschlagen werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="627"/>
        <source>Seen by the coordinator and the person you are matched with.</source>
        <translation>Sichtbar für die Koordination und die Person, mit der Sie zusammengebracht werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="629"/>
        <source>Seen by the coordinator and participants you are suggested to.</source>
        <translation>Sichtbar für die Koordination und Teilnehmende, denen Sie vorgeschlagen werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="630"/>
        <source>Seen by the coordinator only.</source>
        <translation>Nur für die Koordination sichtbar.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="641"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="645"/>
        <source>Answer “{field}”: the programme requires it.</source>
        <translation>Beantworten Sie „{field}“: Das Programm verlangt es.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="657"/>
        <source>Some answers are too long or hold characters that cannot be sent; shorten or retype them.</source>
        <translation>Einige Antworten sind zu lang oder enthalten Zeichen, die nicht gesendet werden können; kürzen Sie sie oder geben Sie sie neu ein.</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="148"/>
        <source>Goals with {name}</source>
        <translation>Ziele mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="152"/>
        <source>Shared goals are seen and updated by both of you. Private goals stay on this computer; {name} never sees them.</source>
        <translation>Gemeinsame Ziele sehen und aktualisieren Sie beide. Private Ziele bleiben auf diesem Computer; {name} sieht sie nie.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="160"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="162"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="212"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="162"/>
        <source>Seen by</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="162"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="163"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="173"/>
        <source>&amp;New goal…</source>
        <translation>&amp;Neues Ziel…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="174"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="300"/>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="186"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="187"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="199"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="203"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="216"/>
        <source>Share with {name}…</source>
        <translation>Mit {name} teilen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="218"/>
        <source>Share this private goal</source>
        <translation>Dieses private Ziel teilen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="222"/>
        <source>Goal title</source>
        <translation>Titel des Ziels</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="224"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="307"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="226"/>
        <source>How you will measure it</source>
        <translation>Wie Sie es messen werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="228"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="312"/>
        <source>&amp;Measured by:</source>
        <translation>&amp;Gemessen an:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="229"/>
        <source>The goal has a due date</source>
        <translation>Das Ziel hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="230"/>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="315"/>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="235"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="240"/>
        <source>Progress slider</source>
        <translation>Fortschrittsregler</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="243"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="244"/>
        <source>Progress in per cent</source>
        <translation>Fortschritt in Prozent</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="249"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Fortschritt:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="252"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="253"/>
        <source>Delete this goal</source>
        <translation>Dieses Ziel löschen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="254"/>
        <source>Sa&amp;ve changes</source>
        <translation>Änderungen s&amp;peichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="256"/>
        <source>Save the changes to this goal</source>
        <translation>Die Änderungen an diesem Ziel speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="261"/>
        <source>Milestones (tick one when it is done):</source>
        <translation>Meilensteine (haken Sie einen ab, wenn er erledigt ist):</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="263"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="268"/>
        <source>A new milestone</source>
        <translation>Ein neuer Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="269"/>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="270"/>
        <source>Add mi&amp;lestone</source>
        <translation>Mei&amp;lenstein hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="271"/>
        <source>Add the milestone</source>
        <translation>Den Meilenstein hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="275"/>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="277"/>
        <source>History of the goal</source>
        <translation>Verlauf des Ziels</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="282"/>
        <source>No goal chosen. Choose one on the left, or add a new one.</source>
        <translation>Kein Ziel ausgewählt. Wählen Sie links eines aus oder fügen Sie ein neues hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="304"/>
        <source>Title of the new goal</source>
        <translation>Titel des neuen Ziels</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="306"/>
        <source>e.g. Give my first conference talk</source>
        <translation>z. B. Meinen ersten Konferenzvortrag halten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="309"/>
        <source>How you will measure the new goal</source>
        <translation>Wie Sie das neue Ziel messen werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="310"/>
        <source>How will you both know it is reached?</source>
        <translation>Woran werden Sie beide erkennen, dass es erreicht ist?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="314"/>
        <source>The new goal has a due date</source>
        <translation>Das neue Ziel hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="317"/>
        <source>Keep this goal &amp;private</source>
        <translation>Dieses Ziel &amp;privat halten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="318"/>
        <source>Keep this goal private</source>
        <translation>Dieses Ziel privat halten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="321"/>
        <source>A private goal never leaves this computer: {name} does not see it and it is not sent anywhere. You can share it later; a shared goal cannot be made private again.</source>
        <translation>Ein privates Ziel verlässt diesen Computer nie: {name} sieht es nicht, und es wird nirgendwohin gesendet. Sie können es später teilen; ein geteiltes Ziel kann nicht wieder privat werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="326"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="326"/>
        <source>Cancel the new goal</source>
        <translation>Das neue Ziel verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="327"/>
        <source>&amp;Add goal</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="327"/>
        <source>Add the goal</source>
        <translation>Das Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="343"/>
        <source>both of you</source>
        <translation>Sie beide</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="343"/>
        <source>only you (private)</source>
        <translation>nur Sie (privat)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="344"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="349"/>
        <source>{title}, {seen}, {percent} per cent, {status}</source>
        <translation>{title}, {seen}, {percent} Prozent, {status}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="402"/>
        <source>Shared: {name} sees this goal and can update it.</source>
        <translation>Geteilt: {name} sieht dieses Ziel und kann es aktualisieren.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="404"/>
        <source>Private: only on this computer. {name} does not see it.</source>
        <translation>Privat: nur auf diesem Computer. {name} sieht es nicht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="431"/>
        <source>{title}, done</source>
        <translation>{title}, erledigt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="432"/>
        <source>{title}, not done yet</source>
        <translation>{title}, noch nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="456"/>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="470"/>
        <source>Goal added.</source>
        <translation>Ziel hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="516"/>
        <source>Share this goal with {name}?</source>
        <translation>Dieses Ziel mit {name} teilen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="517"/>
        <source>“{title}” and its milestones go into the goals you share: {name} sees them and can update them. A shared goal cannot be made private again.</source>
        <translation>„{title}“ und seine Meilensteine kommen zu den gemeinsamen Zielen: {name} sieht sie und kann sie aktualisieren. Ein geteiltes Ziel kann nicht wieder privat werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="519"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="526"/>
        <source>“{title}” is marked deleted; its history is kept.</source>
        <translation>„{title}“ ist als gelöscht markiert; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="528"/>
        <source>“{title}” is removed from this computer.</source>
        <translation>„{title}“ wird von diesem Computer entfernt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="530"/>
        <source>Delete this goal?</source>
        <translation>Dieses Ziel löschen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="530"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="687"/>
        <source>Join a programme</source>
        <translation>Einem Programm beitreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="704"/>
        <source>&amp;Consent and join</source>
        <translation>&amp;Zustimmen und beitreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="705"/>
        <source>&amp;Decline…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="707"/>
        <source>Decline the terms and leave the programme</source>
        <translation>Die Bedingungen ablehnen und das Programm verlassen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="709"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="710"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="711"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="712"/>
        <source>Consent and join</source>
        <translation>Zustimmen und beitreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="713"/>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="737"/>
        <source>The answer came for another programme; it was ignored.</source>
        <translation>Die Antwort kam für ein anderes Programm; sie wurde ignoriert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="798"/>
        <source>Decline and leave?</source>
        <translation>Ablehnen und verlassen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="799"/>
        <source>Nothing about you is sent to the programme, and it forgets your request to join. You can join later with the code.</source>
        <translation>Es wird nichts über Sie an das Programm gesendet, und es vergisst Ihre Beitrittsanfrage. Sie können später mit dem Code beitreten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="800"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="123"/>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="155"/>
        <source>Leave the programme</source>
        <translation>Das Programm verlassen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="127"/>
        <source>Leave {programme}?</source>
        <translation>{programme} verlassen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="132"/>
        <source>The coordinator erases what the programme holds about you (your enrolment profile and figures) once your next sync delivers this, and nothing more is reported. The people you were introduced to stay your contacts, with your conversations and records.</source>
        <translation>Die Koordination löscht, was das Programm über Sie speichert (Ihr Anmeldeprofil und Ihre Werte), sobald Ihre nächste Synchronisierung dies überbringt, und es wird nichts mehr berichtet. Die Personen, die Ihnen vorgestellt wurden, bleiben Ihre Kontakte, mit Ihren Unterhaltungen und Aufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="139"/>
        <source>I&apos;d rather not say</source>
        <translation>Das möchte ich lieber nicht sagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="139"/>
        <source>The mentoring is completed</source>
        <translation>Das Mentoring ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="140"/>
        <source>I have no time for it</source>
        <translation>Ich habe keine Zeit dafür</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="140"/>
        <source>It is not useful to me</source>
        <translation>Es ist für mich nicht hilfreich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="141"/>
        <source>Another reason</source>
        <translation>Ein anderer Grund</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="143"/>
        <source>Why you leave (sent to the coordinator only)</source>
        <translation>Warum Sie austreten (nur an die Koordination gesendet)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="144"/>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="146"/>
        <source>The reason goes to the coordinator only.</source>
        <translation>Der Grund geht nur an die Koordination.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/dialogs.py" line="153"/>
        <source>&amp;Leave the programme</source>
        <translation>Das Programm &amp;verlassen</translation>
    </message>
</context>
<context>
    <name>LevelListEditor</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="184"/>
        <source>{list}: skill to add</source>
        <translation>{list}: Fähigkeit hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="189"/>
        <source>{list}: level</source>
        <translation>{list}: Stufe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="190"/>
        <source>1 beginner · 2 basic · 3 working knowledge · 4 advanced · 5 expert</source>
        <translation>1 Einsteiger · 2 Grundkenntnisse · 3 Arbeitskenntnisse · 4 Fortgeschritten · 5 Experte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="192"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="193"/>
        <source>Add to {list}</source>
        <translation>Zu {list} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="202"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="203"/>
        <source>Remove from {list}</source>
        <translation>Aus {list} entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="224"/>
        <source>{skill} — {level}</source>
        <translation>{skill} — {level}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="233"/>
        <source>Type a skill first, then choose its level.</source>
        <translation>Geben Sie zuerst eine Fähigkeit ein und wählen Sie dann ihre Stufe.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="146"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="147"/>
        <source>Search all conversations</source>
        <translation>Alle Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="151"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="152"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="156"/>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="157"/>
        <source>Add a contact by invite (Ctrl+N)</source>
        <translation>Kontakt per Einladung hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="165"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="170"/>
        <source>No conversations yet.

Add a contact with an invite to start one.</source>
        <translation>Noch keine Unterhaltungen.

Fügen Sie einen Kontakt per Einladung hinzu, um eine zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="177"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="181"/>
        <source>No messages match.</source>
        <translation>Keine passenden Nachrichten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="192"/>
        <source>Relay status</source>
        <translation>Relay-Status</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="199"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="200"/>
        <source>Settings (Ctrl+,)</source>
        <translation>Einstellungen (Strg+,)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="204"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="205"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="227"/>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="228"/>
        <source>Show safety number</source>
        <translation>Sicherheitsnummer anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="229"/>
        <source>Compare safety numbers to verify this contact</source>
        <translation>Vergleichen Sie die Sicherheitsnummern, um diesen Kontakt zu verifizieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="242"/>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="244"/>
        <source>Review safety number</source>
        <translation>Sicherheitsnummer prüfen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="245"/>
        <source>Review the new safety number</source>
        <translation>Die neue Sicherheitsnummer prüfen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="247"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="248"/>
        <source>Allow the new relay</source>
        <translation>Das neue Relay zulassen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="265"/>
        <source>see why you were matched</source>
        <translation>sehen, warum Sie zusammengebracht wurden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="267"/>
        <source>See why you were matched</source>
        <translation>Sehen, warum Sie zusammengebracht wurden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="285"/>
        <source>Choose a conversation on the left.</source>
        <translation>Wählen Sie links eine Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="302"/>
        <source>Resize the relationship panel</source>
        <translation>Größe des Beziehungsbereichs ändern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="307"/>
        <source>Resize the conversation list</source>
        <translation>Größe der Unterhaltungsliste ändern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="342"/>
        <source>&amp;eMentor</source>
        <translation>&amp;eMentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="343"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="344"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="346"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="348"/>
        <source>Edit my &amp;profile…</source>
        <translation>Mein &amp;Profil bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="352"/>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="353"/>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="355"/>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="357"/>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="359"/>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="362"/>
        <source>Close search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="364"/>
        <source>Sync &amp;now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="369"/>
        <source>C&amp;ontacts</source>
        <translation>K&amp;ontakte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="370"/>
        <source>&amp;Add contact…</source>
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="372"/>
        <source>&amp;Verify safety number…</source>
        <translation>Sicherheitsnummer &amp;verifizieren…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="374"/>
        <source>&amp;Block contact…</source>
        <translation>Kontakt &amp;blockieren…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="376"/>
        <source>&amp;Remove contact…</source>
        <translation>Kontakt &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="378"/>
        <source>View &amp;profile</source>
        <translation>&amp;Profil ansehen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="389"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="390"/>
        <source>Show the relationship &amp;panel</source>
        <translation>Beziehungs&amp;bereich anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="399"/>
        <source>&amp;Programmes</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="400"/>
        <source>&amp;Join a programme…</source>
        <translation>Einem Programm &amp;beitreten…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="403"/>
        <source>&amp;Create a programme…</source>
        <translation>Ein Programm &amp;erstellen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="455"/>
        <source>Programmes you coordinate</source>
        <translation>Programme, die Sie koordinieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="464"/>
        <source>Programmes you take part in</source>
        <translation>Programme, an denen Sie teilnehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="470"/>
        <source>Waiting for the programme&apos;s terms…</source>
        <translation>Warten auf die Bedingungen des Programms…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="473"/>
        <source>Read the &amp;terms and consent…</source>
        <translation>&amp;Bedingungen lesen und zustimmen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="476"/>
        <source>My &amp;match card</source>
        <translation>Meine &amp;Matching-Karte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="482"/>
        <source>My &amp;shortlist…</source>
        <translation>Meine &amp;Vorschlagsliste…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Requests for me…</source>
        <translation>&amp;Anfragen an mich…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="488"/>
        <source>My &amp;requests…</source>
        <translation>Meine An&amp;fragen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="493"/>
        <source>Ask for a r&amp;ematch…</source>
        <translation>Neue &amp;Zuordnung anfragen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="497"/>
        <source>Reporting I &amp;allow…</source>
        <translation>Berichte, die ich &amp;erlaube…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="501"/>
        <source>Raise a &amp;concern…</source>
        <translation>Ein Anlie&amp;gen melden…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="506"/>
        <source>&amp;Leave programme…</source>
        <translation>Programm ver&amp;lassen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="527"/>
        <source>Introduced by {programme}, not verified —</source>
        <translation>Vorgestellt von {programme}, nicht verifiziert –</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="546"/>
        <source>{name} · {role}</source>
        <translation>{name} · {role}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="549"/>
        <source>You are {name} ({role}). Your fingerprint: {fingerprint}</source>
        <translation>Sie sind {name} ({role}). Ihr Fingerabdruck: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="552"/>
        <source>Your account: {name}, {role}</source>
        <translation>Ihr Konto: {name}, {role}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="553"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="895"/>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="556"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="580"/>
        <source>eMentor Desktop</source>
        <translation>eMentor Desktop</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="582"/>
        <source>({count}) {app}</source>
        <translation>({count}) {app}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="592"/>
        <source>Connection: {state}</source>
        <translation>Verbindung: {state}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="606"/>
        <source>✓ verified</source>
        <translation>✓ verifiziert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="607"/>
        <source>not verified</source>
        <translation>nicht verifiziert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="610"/>
        <source>&lt;b&gt;{name}&apos;s security key has changed.&lt;/b&gt; This happens when they reinstall or use a new device – or if someone is trying to intercept your messages. Nothing is sent to {name} until you have compared the new safety number and accepted it.</source>
        <translation>&lt;b&gt;Der Sicherheitsschlüssel von {name} hat sich geändert.&lt;/b&gt; Das passiert bei einer Neuinstallation oder einem neuen Gerät – oder wenn jemand versucht, Ihre Nachrichten abzufangen. An {name} wird nichts gesendet, bis Sie die neue Sicherheitsnummer verglichen und akzeptiert haben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="617"/>
        <source>&lt;b&gt;You blocked {name}.&lt;/b&gt; Nothing from them is received any more; the conversation stays here for you to read.</source>
        <translation>&lt;b&gt;Sie haben {name} blockiert.&lt;/b&gt; Von dieser Person wird nichts mehr empfangen; die Unterhaltung bleibt hier für Sie lesbar.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="622"/>
        <source>&lt;b&gt;{name} asks you to send to another relay:&lt;/b&gt; {relay} – one you have not used before. Messages to {name} wait until you allow it; if you did not expect this, ask {name} first.</source>
        <translation>&lt;b&gt;{name} bittet Sie, an ein anderes Relay zu senden:&lt;/b&gt; {relay} – eines, das Sie noch nicht verwendet haben. Nachrichten an {name} warten, bis Sie es zulassen; falls Sie das nicht erwartet haben, fragen Sie zuerst {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="829"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="220"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="668"/>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="893"/>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="673"/>
        <source>Conversation with {name}</source>
        <translation>Unterhaltung mit {name}</translation>
    </message>
</context>
<context>
    <name>MatchCardView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="124"/>
        <source>Match card</source>
        <translation>Matching-Karte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="141"/>
        <source>Whether the card verifies</source>
        <translation>Ob sich die Karte prüfen lässt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="163"/>
        <source>Compare &amp;safety numbers…</source>
        <translation>&amp;Sicherheitsnummern vergleichen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="164"/>
        <source>Compare safety numbers with your match</source>
        <translation>Sicherheitsnummern mit Ihrem Gegenüber vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="169"/>
        <source>Why this match: how the score adds up</source>
        <translation>Warum diese Zuordnung: wie sich die Punktzahl zusammensetzt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="182"/>
        <source>Rules that applied</source>
        <translation>Angewendete Regeln</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="187"/>
        <source>The next-best mentors, and why not</source>
        <translation>Die nächstbesten Mentoren und warum nicht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="189"/>
        <source>Who they are is never said; only their scores and why each was not chosen.</source>
        <translation>Wer sie sind, wird nie gesagt; nur ihre Punktzahlen und warum jeweils nicht gewählt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="202"/>
        <source>No match card yet.</source>
        <translation>Noch keine Matching-Karte.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="213"/>
        <source>{programme} · card issued {when}</source>
        <translation>{programme} · Karte ausgestellt {when}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="218"/>
        <source>This card cannot be read.</source>
        <translation>Diese Karte kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="222"/>
        <source>You are matched with {name}</source>
        <translation>Sie sind mit {name} zusammengebracht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="223"/>
        <source>the person introduced to you</source>
        <translation>die Person, die Ihnen vorgestellt wurde</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="225"/>
        <source>You were not matched in this round</source>
        <translation>Sie wurden in dieser Runde niemandem zugeordnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="233"/>
        <source>You got your {ordinal} choice.</source>
        <translation>Sie haben Ihre {ordinal} Wahl bekommen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="242"/>
        <source>You have {used} of your {capacity} places taken.</source>
        <translation>{used} Ihrer {capacity} Plätze sind belegt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="259"/>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="261"/>
        <source>Signed with the programme coordinator&apos;s key.</source>
        <translation>Mit dem Schlüssel der Programmkoordination unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="266"/>
        <source>This card does not verify</source>
        <translation>Diese Karte lässt sich nicht bestätigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="269"/>
        <source>It was changed after the coordinator signed it, or the coordinator did not sign it. Do not rely on what it says below; ask the coordinator.</source>
        <translation>Sie wurde nach der Unterschrift der Koordination verändert, oder die Koordination hat sie nicht unterzeichnet. Verlassen Sie sich nicht auf das, was unten steht; fragen Sie die Koordination.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="278"/>
        <source>Score {score} of {best} possible.</source>
        <translation>Punktzahl {score} von {best} möglichen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="290"/>
        <source>{got} of {weight} points</source>
        <translation>{got} von {weight} Punkten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="294"/>
        <source>Answers the programme keeps hidden, counted together as one number and not broken out.</source>
        <translation>Antworten, die das Programm verborgen hält, zusammen als eine Zahl gezählt und nicht aufgeschlüsselt.</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="245"/>
        <source>{name}, {time}: {text}</source>
        <translation>{name}, {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="247"/>
        <source>Received {time}: {text}</source>
        <translation>Empfangen {time}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="248"/>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="248"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="249"/>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="249"/>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="250"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/models.py" line="251"/>
        <source>You, {time}, {state}: {text}</source>
        <translation>Sie, {time}, {state}: {text}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="35"/>
        <source>Show eMentor</source>
        <translation>eMentor anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="37"/>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="39"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="45"/>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="60"/>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="80"/>
        <source>eMentor Desktop</source>
        <translation>eMentor Desktop</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="59"/>
        <source>eMentor Desktop – {count} unread</source>
        <translation>eMentor Desktop – {count} ungelesen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/notifier.py" line="80"/>
        <source>{count} new message(s)</source>
        <translation>{count} neue Nachricht(en)</translation>
    </message>
</context>
<context>
    <name>OfferBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="197"/>
        <source>What {name} shared</source>
        <translation>Was {name} geteilt hat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="200"/>
        <source>Notes with {name}</source>
        <translation>Notizen mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="206"/>
        <source>Answer by {when}.</source>
        <translation>Antworten Sie bis {when}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="214"/>
        <source>A note to them (optional; the coordinator cannot read it)</source>
        <translation>Eine Notiz an die Person (optional; die Koordination kann sie nicht lesen)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="216"/>
        <source>Note to {name} (optional)</source>
        <translation>Notiz an {name} (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="221"/>
        <source>Why you decline</source>
        <translation>Warum Sie ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="222"/>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="223"/>
        <source>Accept {name}</source>
        <translation>{name} annehmen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="224"/>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="225"/>
        <source>Decline {name}</source>
        <translation>{name} ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="226"/>
        <source>As&amp;k</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="227"/>
        <source>Ask {name} something (with the note)</source>
        <translation>{name} etwas fragen (mit der Notiz)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="231"/>
        <source>If you decline, why:</source>
        <translation>Falls Sie ablehnen, warum:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="248"/>
        <source>You can ask once they have answered.</source>
        <translation>Sie können fragen, sobald eine Antwort da ist.</translation>
    </message>
</context>
<context>
    <name>OffersPanel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="263"/>
        <source>Requests for me</source>
        <translation>Anfragen an mich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="264"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="292"/>
        <source>Nobody has asked for you yet.</source>
        <translation>Noch hat niemand nach Ihnen gefragt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="294"/>
        <source>{n} waiting for your answer. Your answer and note reach the mentee through the coordinator, who cannot read the note.</source>
        <translation>{n} warten auf Ihre Antwort. Ihre Antwort und Notiz erreichen den Mentee über die Koordination, die die Notiz nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="298"/>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="318"/>
        <source>Nothing waits for your answer.</source>
        <translation>Nichts wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="311"/>
        <source>You have not asked a mentor yet: My shortlist… lists whom you can ask.</source>
        <translation>Sie haben noch keinen Mentor angefragt: Meine Vorschlagsliste… zeigt, wen Sie anfragen können.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="314"/>
        <source>{n} mentor(s) asked you something. Your answer reaches them through the coordinator, who cannot read it.</source>
        <translation>{n} Mentor(en) haben Ihnen eine Frage gestellt. Ihre Antwort erreicht sie über die Koordination, die sie nicht lesen kann.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="329"/>
        <source>Write your answer in the note.</source>
        <translation>Schreiben Sie Ihre Antwort in die Notiz.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="337"/>
        <source>Write what you would like to ask in the note.</source>
        <translation>Schreiben Sie in die Notiz, was Sie fragen möchten.</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="359"/>
        <source>Set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="373"/>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="377"/>
        <source>Open eMentor</source>
        <translation>eMentor öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="374"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="375"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="376"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="378"/>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="414"/>
        <source>Creating your encrypted vault…</source>
        <translation>Ihr verschlüsselter Tresor wird angelegt…</translation>
    </message>
</context>
<context>
    <name>PairActionDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="136"/>
        <source>{action}: {name}</source>
        <translation>{action}: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="140"/>
        <source>The pair</source>
        <translation>Das Tandem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="144"/>
        <source>&amp;Pair:</source>
        <translation>&amp;Tandem:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="146"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="147"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="149"/>
        <source>The reason stays in your vault, for your records; nobody else is sent it.</source>
        <translation>Der Grund bleibt für Ihre Unterlagen in Ihrem Tresor; niemand sonst erhält ihn.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="153"/>
        <source>{name} has no pair this applies to.</source>
        <translation>{name} hat kein Tandem, für das dies gilt.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="105"/>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="106"/>
        <source>It opens your vault. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Sie öffnet Ihren Tresor. Einige Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="112"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="115"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="116"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="119"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="126"/>
        <source>&lt;b&gt;Nobody can recover a forgotten passphrase&lt;/b&gt; – not us, not the relay. Write it down somewhere safe, or make a backup from Settings later.</source>
        <translation>&lt;b&gt;Eine vergessene Passphrase kann niemand wiederherstellen&lt;/b&gt; – weder wir noch das Relay. Notieren Sie sie an einem sicheren Ort oder legen Sie später in den Einstellungen eine Sicherung an.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="129"/>
        <source>&amp;Remember on this device (open without typing it; uses the system keyring)</source>
        <translation>Auf diesem Gerät &amp;merken (ohne Eingabe öffnen; nutzt den Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="131"/>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="145"/>
        <source>Use at least {n} characters.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="147"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="73"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="74"/>
        <source>Headline</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="75"/>
        <source>Bio</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="76"/>
        <source>Skills offered</source>
        <translation>Angebotene Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="77"/>
        <source>Wants to learn</source>
        <translation>Möchte lernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="78"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="79"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="80"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="81"/>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="82"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="83"/>
        <source>Mentoring experience</source>
        <translation>Mentoring-Erfahrung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="84"/>
        <source>Mentee capacity</source>
        <translation>Kapazität für Mentees</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="85"/>
        <source>Working style</source>
        <translation>Arbeitsstil</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="87"/>
        <source>beginner</source>
        <translation>Einsteiger</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="88"/>
        <source>basic</source>
        <translation>Grundkenntnisse</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="89"/>
        <source>working knowledge</source>
        <translation>Arbeitskenntnisse</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="90"/>
        <source>advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="91"/>
        <source>expert</source>
        <translation>Experte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="92"/>
        <source>Async messages</source>
        <translation>Asynchrone Nachrichten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="93"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="94"/>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="95"/>
        <source>Phone call</source>
        <translation>Telefonanruf</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="96"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="97"/>
        <source>Every two weeks</source>
        <translation>Alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="98"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="99"/>
        <source>New to mentoring</source>
        <translation>Neu im Mentoring</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="100"/>
        <source>Some experience</source>
        <translation>Etwas Erfahrung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="101"/>
        <source>Experienced</source>
        <translation>Erfahren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="102"/>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="103"/>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="104"/>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="105"/>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="106"/>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="107"/>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="108"/>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="120"/>
        <source>role unknown</source>
        <translation>Rolle unbekannt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="124"/>
        <source>{level} – {label}</source>
        <translation>{level} – {label}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="777"/>
        <source>{skill} — {level}</source>
        <translation>{skill} — {level}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="790"/>
        <source>{day} {start}-{end}</source>
        <translation>{day} {start}-{end}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="793"/>
        <source>{window} (yours: {converted})</source>
        <translation>{window} (bei Ihnen: {converted})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="796"/>
        <source>in their time zone, {zone}</source>
        <translation>in der Zeitzone Ihres Kontakts, {zone}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="805"/>
        <source>{count} mentee(s)</source>
        <translation>{count} Mentee(s)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="812"/>
        <source>{question} — {answer}</source>
        <translation>{question} — {answer}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="985"/>
        <source>Saved. They get it at the next sync.</source>
        <translation>Gespeichert. Ihr Kontakt erhält es bei der nächsten Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="640"/>
        <source>My profile</source>
        <translation>Mein Profil</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="645"/>
        <source>Profile sections</source>
        <translation>Profilbereiche</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="653"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="657"/>
        <source>Levels go from 1 (beginner) to 5 (expert). For what you want to learn, choose the level you aim for.</source>
        <translation>Die Stufen reichen von 1 (Einsteiger) bis 5 (Experte). Wählen Sie bei dem, was Sie lernen möchten, die Stufe, die Sie anstreben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="662"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="669"/>
        <source>Working together</source>
        <translation>Zusammenarbeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="673"/>
        <source>What every contact sees of your profile, unless you choose otherwise for one of them (View profile, in the contact&apos;s menu). Changes reach them at the next sync.</source>
        <translation>Was jeder Kontakt von Ihrem Profil sieht, sofern Sie es für einzelne nicht anders festlegen („Profil ansehen“ im Menü des Kontakts). Änderungen erreichen Ihre Kontakte bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="678"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="681"/>
        <source>Who sees what</source>
        <translation>Wer was sieht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="695"/>
        <source>Save the profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="697"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="727"/>
        <source>Problem: {text}</source>
        <translation>Problem: {text}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="403"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="406"/>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="407"/>
        <source>Mentee – I am looking for guidance</source>
        <translation>Mentee – ich suche Begleitung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="408"/>
        <source>Mentor – I guide others</source>
        <translation>Mentor – ich begleite andere</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="409"/>
        <source>Coordinator – I run a programme</source>
        <translation>Koordinator – ich leite ein Programm</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="412"/>
        <source>Headline</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="413"/>
        <source>e.g. Junior data analyst, learning Python</source>
        <translation>z. B. Junior-Datenanalystin, lernt Python</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="414"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="415"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="416"/>
        <source>&amp;Headline:</source>
        <translation>&amp;Kurzbeschreibung:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="430"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="431"/>
        <source>e.g. English, Spanish</source>
        <translation>z. B. Deutsch, Englisch</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="432"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="436"/>
        <source>&amp;Languages:</source>
        <translation>&amp;Sprachen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="442"/>
        <source>Skills I offer</source>
        <translation>Fähigkeiten, die ich anbiete</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="442"/>
        <source>e.g. SQL</source>
        <translation>z. B. SQL</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="444"/>
        <source>What I want to learn</source>
        <translation>Was ich lernen möchte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="444"/>
        <source>e.g. Python</source>
        <translation>z. B. Python</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="446"/>
        <source>&amp;Skills I offer:</source>
        <translation>&amp;Fähigkeiten, die ich anbiete:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="447"/>
        <source>&amp;Want to learn:</source>
        <translation>&amp;Möchte lernen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="453"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="454"/>
        <source>A few lines about you, your work and what you hope for from mentoring</source>
        <translation>Ein paar Zeilen über Sie, Ihre Arbeit und was Sie sich vom Mentoring erhoffen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="458"/>
        <source>&amp;About you:</source>
        <translation>Ü&amp;ber Sie:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="464"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="465"/>
        <source>e.g. Mon 18:00-20:00; Thu 07:00-08:00</source>
        <translation>z. B. Mo 18:00-20:00; Do 07:00-08:00</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="466"/>
        <source>Weekly windows in your own time zone: day, start-end, separated by semicolons.</source>
        <translation>Wöchentliche Zeitfenster in Ihrer eigenen Zeitzone: Tag, Beginn-Ende, getrennt durch Semikolons.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="479"/>
        <source>Channel: {channel}</source>
        <translation>Kanal: {channel}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="486"/>
        <source>How often to meet</source>
        <translation>Wie oft Sie sich treffen möchten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="487"/>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="492"/>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="497"/>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="491"/>
        <source>Mentoring experience</source>
        <translation>Mentoring-Erfahrung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="499"/>
        <source>Mentees I can take on</source>
        <translation>Mentees, die ich übernehmen kann</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="500"/>
        <source>A&amp;vailability:</source>
        <translation>&amp;Verfügbarkeit:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="501"/>
        <source>C&amp;hannels:</source>
        <translation>&amp;Kanäle:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="503"/>
        <source>How &amp;often:</source>
        <translation>Wie &amp;oft:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="504"/>
        <source>E&amp;xperience:</source>
        <translation>&amp;Erfahrung:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="505"/>
        <source>How many mentees you can take on</source>
        <translation>Wie viele Mentees Sie übernehmen können</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="506"/>
        <source>&amp;Capacity:</source>
        <translation>Ka&amp;pazität:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="512"/>
        <source>People who work alike get on best: a few quick answers say how you like to work.</source>
        <translation>Wer ähnlich arbeitet, versteht sich am besten: Ein paar kurze Antworten zeigen, wie Sie gern arbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="588"/>
        <source>Type your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="618"/>
        <source>Only mentors take on mentees.</source>
        <translation>Nur Mentoren übernehmen Mentees.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="164"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="165"/>
        <source>What your contacts will see. You can change it later.</source>
        <translation>Was Ihre Kontakte sehen. Sie können es später ändern.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="167"/>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="178"/>
        <source>Contacts see your name, role and headline, your skills, what you want to learn, languages, time zone and how you like to meet. Your bio, availability, capacity and working style stay private until you choose to share them.</source>
        <translation>Kontakte sehen Ihren Namen, Ihre Rolle und Ihre Kurzbeschreibung, Ihre Fähigkeiten, was Sie lernen möchten, Ihre Sprachen, Ihre Zeitzone und wie Sie sich gern treffen. Ihre Biografie, Verfügbarkeit, Kapazität und Ihr Arbeitsstil bleiben privat, bis Sie sie freigeben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="187"/>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="188"/>
        <source>More about you (optional)</source>
        <translation>Mehr über Sie (optional)</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="41"/>
        <source>Joined, no consent yet</source>
        <translation>Beigetreten, noch keine Zustimmung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="42"/>
        <source>Waiting for review</source>
        <translation>Wartet auf Prüfung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="43"/>
        <source>Enrolled</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="44"/>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="45"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="46"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="47"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="62"/>
        <source>Mentor</source>
        <extracomment>The order a cohort runs through; sorting by state follows it. (light theme, dark theme) colour of each state; always shown beside the state&apos;s words.</extracomment>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="63"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="64"/>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="68"/>
        <source>agreement</source>
        <extracomment>A reporting scope in a few words (the cohort table) …</extracomment>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="69"/>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="70"/>
        <source>sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="71"/>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="72"/>
        <source>pulse</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="76"/>
        <source>Agreement: whether you and your match have a signed agreement in force</source>
        <extracomment>… and what it counts (the consent page: counts only, never content).</extracomment>
        <translation>Vereinbarung: ob Sie und Ihr Gegenüber eine unterzeichnete, gültige Vereinbarung haben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="78"/>
        <source>Goals: how many shared goals you have and how many are achieved</source>
        <translation>Ziele: wie viele gemeinsame Ziele Sie haben und wie viele davon erreicht sind</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="80"/>
        <source>Sessions: how many were held or cancelled, their minutes, and how often the agreed rhythm was kept</source>
        <translation>Sitzungen: wie viele stattfanden oder abgesagt wurden, ihre Minuten und wie oft der vereinbarte Rhythmus eingehalten wurde</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="83"/>
        <source>Progress: the average progress of your shared goals, in per cent</source>
        <translation>Fortschritt: der durchschnittliche Fortschritt Ihrer gemeinsamen Ziele in Prozent</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="85"/>
        <source>Pulse: your answers, 1 to 5, to the programme&apos;s short monthly questions</source>
        <translation>Stimmung: Ihre Antworten (1 bis 5) auf die kurzen monatlichen Fragen des Programms</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="90"/>
        <source>About you</source>
        <extracomment>The profile fields a programme may ask for (Part 2&apos;s card fields and `department`).</extracomment>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="91"/>
        <source>Skills you offer</source>
        <translation>Fähigkeiten, die Sie anbieten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="92"/>
        <source>Skills you want to learn</source>
        <translation>Fähigkeiten, die Sie lernen möchten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="93"/>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="107"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="94"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="95"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="96"/>
        <source>Ways to meet</source>
        <translation>Wege, sich zu treffen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="97"/>
        <source>How often to meet</source>
        <translation>Wie oft Sie sich treffen möchten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="98"/>
        <source>Mentoring experience</source>
        <translation>Mentoring-Erfahrung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="99"/>
        <source>Mentees you can take on</source>
        <translation>Mentees, die Sie übernehmen können</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="100"/>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="105"/>
        <source>Working style</source>
        <translation>Arbeitsstil</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="101"/>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="108"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="104"/>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="106"/>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="109"/>
        <source>Sensitive answers</source>
        <translation>Vertrauliche Antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="113"/>
        <source>A mentor offers at least one skill the mentee wants.</source>
        <extracomment>A card&apos;s hard rules (Part 4 §6 `rules`), as a participant reads them.</extracomment>
        <translation>Ein Mentor bietet mindestens eine Fähigkeit an, die der Mentee sucht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="115"/>
        <source>The two share a language.</source>
        <translation>Die beiden sprechen eine gemeinsame Sprache.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="116"/>
        <source>A mentor takes no more mentees than the places they offered.</source>
        <translation>Ein Mentor übernimmt nicht mehr Mentees, als er Plätze angeboten hat.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="118"/>
        <source>Never paired within the same department.</source>
        <translation>Nie innerhalb derselben Abteilung zusammengebracht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="120"/>
        <source>The two live at most a set number of hours apart.</source>
        <translation>Die beiden leben höchstens eine festgelegte Zahl von Stunden auseinander.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="122"/>
        <source>The mentor covers enough of the wanted skills.</source>
        <translation>Der Mentor deckt genug der gesuchten Fähigkeiten ab.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="124"/>
        <source>The two have enough working hours in common.</source>
        <translation>Die beiden haben genug gemeinsame Arbeitszeit.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="126"/>
        <source>The two answered the working-style questions alike enough.</source>
        <translation>Die beiden haben die Fragen zum Arbeitsstil ähnlich genug beantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="128"/>
        <source>A pair scores at least the minimum score.</source>
        <translation>Ein Tandem erreicht mindestens die Mindestpunktzahl.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="129"/>
        <source>Some of the programme&apos;s questions must have the same answer for both.</source>
        <translation>Einige Fragen des Programms müssen bei beiden gleich beantwortet sein.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="131"/>
        <source>Other rules applied that are not shown: they may concern sensitive answers or someone&apos;s exclusion list.</source>
        <translation>Es galten weitere Regeln, die nicht angezeigt werden: Sie können vertrauliche Antworten oder die Ausschlussliste einer Person betreffen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="136"/>
        <source>The programme matched as many people as possible and, among those pairings, chose the highest total score.</source>
        <translation>Das Programm hat so viele Personen wie möglich zugeordnet und unter diesen Zuordnungen die höchste Gesamtpunktzahl gewählt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="139"/>
        <source>The programme chose the highest total score for the whole cohort.</source>
        <translation>Das Programm hat die höchste Gesamtpunktzahl für die ganze Kohorte gewählt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="141"/>
        <source>The programme matched as many people as possible and made the worst-matched pair as good as it could be.</source>
        <translation>Das Programm hat so viele Personen wie möglich zugeordnet und das am schlechtesten passende Tandem so gut wie möglich gemacht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="144"/>
        <source>The programme gave as many people as possible their first choice, then as many as possible their second, and so on; ties by score.</source>
        <translation>Das Programm hat so vielen Personen wie möglich ihre erste Wahl gegeben, dann so vielen wie möglich ihre zweite und so weiter; bei Gleichstand entscheidet die Punktzahl.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="147"/>
        <source>The mentee asked and the mentor accepted.</source>
        <translation>Der Mentee hat angefragt und der Mentor hat angenommen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="149"/>
        <source>The coordinator paired you by hand.</source>
        <translation>Die Koordination hat Sie von Hand zusammengebracht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="152"/>
        <source>No mentor in this round offers a skill you want.</source>
        <translation>Kein Mentor in dieser Runde bietet eine Fähigkeit an, die Sie suchen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="154"/>
        <source>Every mentor who offers a wanted skill is ruled out by a rule.</source>
        <translation>Jeder Mentor, der eine gesuchte Fähigkeit anbietet, ist durch eine Regel ausgeschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="156"/>
        <source>Every mentor you could have been paired with is full.</source>
        <translation>Jeder Mentor, mit dem Sie hätten zusammengebracht werden können, ist ausgebucht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="158"/>
        <source>The programme&apos;s matching placed the mentors you could have had elsewhere, for the cohort as a whole.</source>
        <translation>Das Matching des Programms hat die Mentoren, die Sie hätten bekommen können, zum Wohl der ganzen Kohorte anderen zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="163"/>
        <source>1st</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="163"/>
        <source>2nd</source>
        <translation>2.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="164"/>
        <source>3rd</source>
        <translation>3.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="164"/>
        <source>4th</source>
        <translation>4.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="165"/>
        <source>5th</source>
        <translation>5.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="165"/>
        <source>6th</source>
        <translation>6.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="166"/>
        <source>7th</source>
        <translation>7.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="166"/>
        <source>8th</source>
        <translation>8.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="167"/>
        <source>9th</source>
        <translation>9.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="167"/>
        <source>10th</source>
        <translation>10.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/common.py" line="183"/>
        <source>No role yet</source>
        <translation>Noch keine Rolle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="105"/>
        <source>{field}: used for matching and never shown, to the coordinator either.</source>
        <translation>{field}: wird für das Matching verwendet und nie angezeigt, auch nicht der Koordination.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="107"/>
        <source>{field}: shared with the coordinator, for matching</source>
        <translation>{field}: wird für das Matching mit der Koordination geteilt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="110"/>
        <source>, and with the person you are matched with</source>
        <translation>, und mit der Person, mit der Sie zusammengebracht werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="112"/>
        <source>, and with participants you are suggested to</source>
        <translation>, und mit Teilnehmenden, denen Sie vorgeschlagen werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="122"/>
        <source>{what}. Counts only, never content, shown to the coordinator only in groups of at least {k}.</source>
        <translation>{what}. Nur Anzahlen, nie Inhalte; der Koordination nur in Gruppen von mindestens {k} angezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="132"/>
        <source>“{question}” (1 to 5): your answer is sent as you give it.</source>
        <translation>„{question}“ (1 bis 5): Ihre Antwort wird so gesendet, wie Sie sie geben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="135"/>
        <source>“{question}” (1 to 5) is sensitive: your app sends your true answer only {pct} % of the time and otherwise a random answer, and keeps sending the same one while your answer stays the same, so that nobody, the coordinator included, can know your answer (ε = {epsilon}).</source>
        <translation>„{question}“ (1 bis 5) ist vertraulich: Ihre App sendet Ihre wahre Antwort nur in {pct} % der Fälle und sonst eine zufällige, und sie sendet immer dieselbe, solange Ihre Antwort gleich bleibt, sodass niemand, auch nicht die Koordination, Ihre Antwort kennen kann (ε = {epsilon}).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="146"/>
        <source>The coordinator keeps your profile answers until {days} days after the programme ends or is closed (if you are still in a pair then, until that pair ends), your name and consent until then and the programme is closed, and your figures for a month at most until the end of the second month after it, when they are added to the programme&apos;s totals for that month (counts, not about one person) and deleted; leaving erases all of it at once. Reports of misconduct are kept for {report_days} days after they reach the coordinator, even after the people concerned leave.</source>
        <translation>Die Koordination bewahrt Ihre Profilantworten bis {days} Tage nach dem Ende oder der Schließung des Programms auf (sind Sie dann noch in einem Tandem, bis dieses endet), Ihren Namen und Ihre Zustimmung bis dahin und bis das Programm geschlossen ist, und Ihre Werte eines Monats höchstens bis zum Ende des zweiten Folgemonats; dann fließen sie in die Gesamtwerte des Programms für diesen Monat ein (Anzahlen, nicht über eine einzelne Person) und werden gelöscht. Wenn Sie austreten, wird all das sofort gelöscht. Meldungen über Fehlverhalten werden {report_days} Tage ab Eingang bei der Koordination aufbewahrt, auch wenn die Betroffenen das Programm verlassen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="159"/>
        <source>Consenting enrols you at once.</source>
        <translation>Mit Ihrer Zustimmung sind Sie sofort angemeldet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="160"/>
        <source>The coordinator reviews each request: you are enrolled once they admit you.</source>
        <translation>Die Koordination prüft jede Anfrage: Sie sind angemeldet, sobald sie Sie zulässt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="166"/>
        <source>Mentees choose: a mentee sees a short list of mentors and asks one, who accepts or declines.</source>
        <translation>Mentees wählen: Ein Mentee sieht eine kurze Liste von Mentoren und fragt einen an, der annimmt oder ablehnt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="168"/>
        <source>The coordinator matches mentees with mentors.</source>
        <translation>Die Koordination bringt Mentees und Mentoren zusammen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="170"/>
        <source>You may rank a short list first; the matching gives as many people as possible their first choice.</source>
        <translation>Sie können zuerst eine Vorschlagsliste in eine Reihenfolge bringen; das Matching gibt so vielen Personen wie möglich ihre erste Wahl.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="177"/>
        <source>Sensitive answers are hidden by the coordinator&apos;s app: a promise of that app, not of cryptography. Someone who changed that app could read them.</source>
        <translation>Vertrauliche Antworten werden von der App der Koordination verborgen: ein Versprechen dieser App, nicht der Kryptografie. Wer diese App verändert, könnte sie lesen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="195"/>
        <source>e.g. Python</source>
        <translation>z. B. Python</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="222"/>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="236"/>
        <source>e.g. English, Spanish</source>
        <translation>z. B. Deutsch, Englisch</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="238"/>
        <source>e.g. Mon 18:00-20:00; Thu 07:00-08:00</source>
        <translation>z. B. Mo 18:00-20:00; Do 07:00-08:00</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="50"/>
        <source>offers none of the wanted skills</source>
        <extracomment>Why an alternative was ruled out, in a few words each.</extracomment>
        <translation>bietet keine der gesuchten Fähigkeiten an</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="51"/>
        <source>shares no language</source>
        <translation>spricht keine gemeinsame Sprache</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="52"/>
        <source>has no places</source>
        <translation>hat keine freien Plätze</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="53"/>
        <source>works in the same department</source>
        <translation>arbeitet in derselben Abteilung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="54"/>
        <source>lives too many hours away</source>
        <translation>lebt zu viele Stunden entfernt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="55"/>
        <source>covers too little of the wanted skills</source>
        <translation>deckt zu wenig der gesuchten Fähigkeiten ab</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="57"/>
        <source>has too few working hours in common</source>
        <translation>hat zu wenig gemeinsame Arbeitszeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="58"/>
        <source>works too differently</source>
        <translation>arbeitet zu unterschiedlich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="59"/>
        <source>scores below the minimum</source>
        <translation>liegt unter der Mindestpunktzahl</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="60"/>
        <source>differs in an answer that must match</source>
        <translation>unterscheidet sich in einer Antwort, die übereinstimmen muss</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="61"/>
        <source>is kept apart by a rule that is not shown</source>
        <translation>wird durch eine nicht angezeigte Regel getrennt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="64"/>
        <source>The programme&apos;s coordinator vouches for this person&apos;s key. Compare safety numbers in your first meeting; until you do, someone who controls the programme could in principle read what you write here.</source>
        <extracomment>Part 4 §1, trust assumption 1: said beside every introduced contact until it is verified.</extracomment>
        <translation>Die Koordination des Programms bürgt für den Schlüssel dieser Person. Vergleichen Sie bei Ihrem ersten Treffen die Sicherheitsnummern; bis dahin könnte jemand, der das Programm kontrolliert, grundsätzlich lesen, was Sie hier schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="81"/>
        <source>{criterion} {difference}</source>
        <translation>{criterion} {difference}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="86"/>
        <source>A mentor scoring {score} could not be chosen: this mentor {rules}.</source>
        <translation>Ein Mentor mit {score} Punkten konnte nicht gewählt werden: Dieser Mentor {rules}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="90"/>
        <source>A mentor scoring {score} was full.</source>
        <translation>Ein Mentor mit {score} Punkten war ausgebucht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="92"/>
        <source>Giving you a place there would have changed the cohort&apos;s total score by {change}.</source>
        <translation>Ihnen dort einen Platz zu geben, hätte die Gesamtpunktzahl der Kohorte um {change} verändert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="96"/>
        <source>Lower than your match on: {lower}.</source>
        <translation>Niedriger als Ihre Zuordnung bei: {lower}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="100"/>
        <source>A mentor scoring {score} had room but fits you less well ({lower}).</source>
        <translation>Ein Mentor mit {score} Punkten hatte Platz, passt aber weniger gut zu Ihnen ({lower}).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="102"/>
        <source>a lower score</source>
        <translation>eine niedrigere Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/match_card_view.py" line="103"/>
        <source>A mentor scoring {score} had room, but the matching chose otherwise for the cohort as a whole.</source>
        <translation>Ein Mentor mit {score} Punkten hatte Platz, aber das Matching hat sich zum Wohl der ganzen Kohorte anders entschieden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="42"/>
        <source>Waiting for your answer.</source>
        <extracomment>An offer&apos;s state as the mentor reads it.</extracomment>
        <translation>Wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="43"/>
        <source>You asked them something; waiting for their answer.</source>
        <translation>Sie haben eine Frage gestellt; warten auf die Antwort.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="45"/>
        <source>They answered: your decision.</source>
        <translation>Es kam eine Antwort: Sie entscheiden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="46"/>
        <source>You accepted; the coordinator confirms.</source>
        <translation>Sie haben angenommen; die Koordination bestätigt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="47"/>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="62"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="51"/>
        <source>Accepted: you are matched.</source>
        <translation>Angenommen: Sie sind zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="48"/>
        <source>Your places were taken meanwhile.</source>
        <translation>Ihre Plätze wurden inzwischen vergeben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="49"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="53"/>
        <source>Declined.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="50"/>
        <source>They cancelled their request.</source>
        <translation>Die Anfrage wurde zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="51"/>
        <source>Expired: it can no longer be accepted.</source>
        <translation>Abgelaufen: Sie kann nicht mehr angenommen werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="52"/>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="67"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="56"/>
        <source>Closed.</source>
        <translation>Geschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="56"/>
        <source>Sent: waiting for the mentor&apos;s answer.</source>
        <extracomment>A request&apos;s state as the mentee who sent it reads it.</extracomment>
        <translation>Gesendet: wartet auf die Antwort des Mentors.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="57"/>
        <source>The mentor asked you something: answer with a note.</source>
        <translation>Der Mentor hat Ihnen eine Frage gestellt: Antworten Sie mit einer Notiz.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="59"/>
        <source>You answered; waiting for the mentor.</source>
        <translation>Sie haben geantwortet; wartet auf den Mentor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="60"/>
        <source>The mentor accepted; the coordinator confirms.</source>
        <translation>Der Mentor hat angenommen; die Koordination bestätigt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="63"/>
        <source>The mentor&apos;s places were taken meanwhile.</source>
        <translation>Die Plätze des Mentors wurden inzwischen vergeben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="64"/>
        <source>The mentor declined.</source>
        <translation>Der Mentor hat abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="65"/>
        <source>You cancelled this request.</source>
        <translation>Sie haben diese Anfrage zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="66"/>
        <source>Expired: nobody answered in time.</source>
        <translation>Abgelaufen: Niemand hat rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="71"/>
        <source>I have no place left</source>
        <extracomment>Why a mentor declines (the protocol&apos;s reasons).</extracomment>
        <translation>Ich habe keinen freien Platz mehr</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="72"/>
        <source>Our availability does not fit</source>
        <translation>Unsere Verfügbarkeit passt nicht zusammen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="73"/>
        <source>I am not the right mentor for this</source>
        <translation>Ich bin dafür nicht der richtige Mentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="74"/>
        <source>Another reason</source>
        <translation>Ein anderer Grund</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="76"/>
        <source>A note came with it but could not be verified.</source>
        <translation>Es kam eine Notiz mit, die aber nicht verifiziert werden konnte.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="96"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="99"/>
        <source>{who}, {when}: {text}</source>
        <translation>{who}, {when}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="114"/>
        <source>they have no place left</source>
        <extracomment>Why the mentor declined, as the mentee who asked reads it.</extracomment>
        <translation>keine Plätze mehr frei</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="115"/>
        <source>your availability and theirs do not fit</source>
        <translation>Ihre und seine Verfügbarkeit passen nicht zusammen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="116"/>
        <source>they are not the right mentor for this</source>
        <translation>nicht der richtige Mentor dafür</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="117"/>
        <source>another reason</source>
        <translation>ein anderer Grund</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="50"/>
        <source>as many people matched as possible</source>
        <extracomment>The engine&apos;s objectives (docs/matching.md, &quot;The objective and the solver&quot;).</extracomment>
        <translation>so viele zugeordnete Personen wie möglich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="51"/>
        <source>the highest total score</source>
        <translation>die höchste Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="52"/>
        <source>the fairest worst-matched pair</source>
        <translation>das fairste am schlechtesten passende Tandem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="45"/>
        <source>Request sent: it reaches the mentor through the coordinator.</source>
        <extracomment>A request&apos;s state as the mentee who sent it reads it (Part 4 §7).</extracomment>
        <translation>Anfrage gesendet: Sie erreicht den Mentor über die Koordination.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="47"/>
        <source>Request with the mentor.</source>
        <translation>Anfrage liegt beim Mentor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="48"/>
        <source>The mentor asked you something.</source>
        <translation>Der Mentor hat Ihnen eine Frage gestellt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="49"/>
        <source>You answered; the mentor decides.</source>
        <translation>Sie haben geantwortet; der Mentor entscheidet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="50"/>
        <source>Accepted; the coordinator confirms.</source>
        <translation>Angenommen; die Koordination bestätigt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="52"/>
        <source>The mentor has no place left.</source>
        <translation>Der Mentor hat keinen freien Platz mehr.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="54"/>
        <source>Cancelled.</source>
        <translation>Abgesagt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="55"/>
        <source>Expired without an answer.</source>
        <translation>Ohne Antwort abgelaufen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="66"/>
        <source>{criterion}: {points} of {weight}</source>
        <translation>{criterion}: {points} von {weight}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="78"/>
        <source>Score {score} of {top}</source>
        <translation>Punktzahl {score} von {top}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="110"/>
        <source>Answers the programme keeps hidden, counted together.</source>
        <translation>Antworten, die das Programm verborgen hält, zusammen gezählt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="112"/>
        <source>Got their {ordinal} choice.</source>
        <translation>Hat die {ordinal} Wahl bekommen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="122"/>
        <source>Another mentor</source>
        <translation>Ein anderer Mentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="47"/>
        <source>Pause a pair</source>
        <extracomment>(title, verb, what it does) of each pair action.</extracomment>
        <translation>Ein Tandem pausieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="48"/>
        <source>&amp;Pause the pair</source>
        <translation>Tandem &amp;pausieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="49"/>
        <source>The pair stays a pair, but you accept none of its figures until you resume it. Both are told it is paused.</source>
        <translation>Das Tandem bleibt bestehen, aber Sie nehmen keine seiner Werte an, bis Sie es fortsetzen. Beide erfahren, dass es pausiert ist.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="51"/>
        <source>Resume a pair</source>
        <translation>Ein Tandem fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="52"/>
        <source>&amp;Resume the pair</source>
        <translation>Tandem &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="53"/>
        <source>You accept the pair&apos;s figures again, within what both consented to. Both are told.</source>
        <translation>Sie nehmen die Werte des Tandems wieder an, im Rahmen dessen, dem beide zugestimmt haben. Beide werden informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="55"/>
        <source>End a pair</source>
        <translation>Ein Tandem beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="56"/>
        <source>&amp;End the pair</source>
        <translation>Tandem &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="57"/>
        <source>Both are told the pair ended; both are free for the next matching, never with each other. They stay contacts.</source>
        <translation>Beide erfahren, dass das Tandem beendet ist; beide stehen für das nächste Matching zur Verfügung, aber nie miteinander. Sie bleiben Kontakte.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="61"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="62"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="63"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="77"/>
        <source>{mentee} + {mentor} ({state})</source>
        <translation>{mentee} + {mentor} ({state})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="45"/>
        <source>Harassment</source>
        <extracomment>The kinds of concern (the protocol&apos;s categories), as a participant reads them.</extracomment>
        <translation>Belästigung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="46"/>
        <source>Discrimination</source>
        <translation>Diskriminierung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="47"/>
        <source>Someone&apos;s safety</source>
        <translation>Die Sicherheit einer Person</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="48"/>
        <source>A breach of confidentiality</source>
        <translation>Ein Bruch der Vertraulichkeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="49"/>
        <source>Other misconduct</source>
        <translation>Anderes Fehlverhalten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="50"/>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="53"/>
        <source>Only the programme&apos;s coordinator reads this. It is not sent to the person you report.</source>
        <extracomment>Said before a concern is sent (the domain&apos;s `BEFORE_SENDING`, translated).</extracomment>
        <translation>Nur die Koordination des Programms liest dies. Es wird nicht an die Person gesendet, die Sie melden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="63"/>
        <source>(someone without a name)</source>
        <translation>(jemand ohne Namen)</translation>
    </message>
</context>
<context>
    <name>ProgrammesController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="378"/>
        <source>The programme could not be changed</source>
        <extracomment>The open rematch, reporting or concern dialog (one at a time) and its programme. The matching configuration each programme&apos;s terms name, as chosen in this session (a path, never stored). Seams for tests: where to save the CSV (&quot;&quot; cancels) and the matching file.</extracomment>
        <translation>Das Programm konnte nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="428"/>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1011"/>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="466"/>
        <source>Programme: {name}</source>
        <translation>Programm: {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="479"/>
        <source>{name} admitted; they are told at the next sync.</source>
        <translation>{name} zugelassen; die Person wird bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="489"/>
        <source>{name} declined: what they shared is erased; they are told at the next sync.</source>
        <translation>{name} abgelehnt: Was die Person geteilt hat, wird gelöscht; sie wird bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="491"/>
        <source>The participant</source>
        <translation>Die teilnehmende Person</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="497"/>
        <source>{mentee} + {mentor}: paused; both are told at the next sync.</source>
        <translation>{mentee} + {mentor}: pausiert; beide werden bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="498"/>
        <source>{mentee} + {mentor}: resumed; both are told at the next sync.</source>
        <translation>{mentee} + {mentor}: fortgesetzt; beide werden bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="499"/>
        <source>{mentee} + {mentor}: ended; both are told at the next sync.</source>
        <translation>{mentee} + {mentor}: beendet; beide werden bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="516"/>
        <source>Removed {name}: what they shared is erased and their pairs ended; they are told at the next sync.</source>
        <translation>{name} entfernt: Was die Person geteilt hat, wird gelöscht, und ihre Tandems sind beendet; sie wird bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="518"/>
        <source>the participant</source>
        <translation>die teilnehmende Person</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="527"/>
        <source>{name} is closed: every pair ended and everyone is told at the next sync.</source>
        <translation>{name} ist geschlossen: Jedes Tandem ist beendet, und alle werden bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="546"/>
        <source>Concerns raised</source>
        <translation>Gemeldete Anliegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="580"/>
        <source>The enrolment code is copied. It is cleared from the clipboard when the app locks.</source>
        <translation>Der Anmeldecode ist kopiert. Er wird aus der Zwischenablage entfernt, wenn die App gesperrt wird.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="605"/>
        <source>Matching the enrolled participants…</source>
        <translation>Die angemeldeten Teilnehmenden werden zugeordnet…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="636"/>
        <source>Matching proposal</source>
        <translation>Matching-Vorschlag</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="658"/>
        <source>Applied: {n} introductions signed; they leave at the next sync.</source>
        <translation>Übernommen: {n} Vorstellungen unterzeichnet; sie gehen bei der nächsten Synchronisierung hinaus.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="661"/>
        <source>{n} pairs could not be introduced yet (a participant needs new routes; they are asked).</source>
        <translation>{n} Tandems konnten noch nicht vorgestellt werden (eine teilnehmende Person braucht neue Wege; sie wird gefragt).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="696"/>
        <source>Programme report</source>
        <translation>Programmbericht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="705"/>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="705"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="710"/>
        <source>The matching configuration the programme&apos;s terms name</source>
        <translation>Die Matching-Konfiguration, die in den Bedingungen des Programms genannt ist</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="711"/>
        <source>Matching configuration (*.toml);;All files (*)</source>
        <translation>Matching-Konfiguration (*.toml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="726"/>
        <source>Saved the report to {file}. It is not encrypted: keep it somewhere safe.</source>
        <translation>Der Bericht wurde unter {file} gespeichert. Er ist nicht verschlüsselt: Bewahren Sie ihn sicher auf.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="741"/>
        <source>Match card</source>
        <translation>Matching-Karte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="774"/>
        <source>Match card: {programme}</source>
        <translation>Matching-Karte: {programme}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="785"/>
        <source>My shortlist</source>
        <translation>Meine Vorschlagsliste</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="810"/>
        <source>In this programme mentees ask their mentors: what they ask you is under Requests for me…</source>
        <translation>In diesem Programm fragen Mentees ihre Mentoren an: Was Sie gefragt werden, finden Sie unter „Anfragen an mich…“</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="816"/>
        <source>My shortlist: {programme}</source>
        <translation>Meine Vorschlagsliste: {programme}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="829"/>
        <source>Your ranking leaves at the next sync.</source>
        <translation>Ihre Reihenfolge wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="842"/>
        <source>Your request to {name} leaves at the next sync; the coordinator forwards it without reading your note.</source>
        <translation>Ihre Anfrage an {name} wird bei der nächsten Synchronisierung gesendet; die Koordination leitet sie weiter, ohne Ihre Notiz zu lesen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="865"/>
        <source>Requests for me</source>
        <translation>Anfragen an mich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="866"/>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="891"/>
        <source>Requests for me: {programme}</source>
        <translation>Anfragen an mich: {programme}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="892"/>
        <source>My requests: {programme}</source>
        <translation>Meine Anfragen: {programme}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="903"/>
        <source>You accepted {name}; the coordinator confirms at the next sync.</source>
        <translation>Sie haben {name} angenommen; die Koordination bestätigt bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="905"/>
        <source>You declined {name}; they are told at the next sync.</source>
        <translation>Sie haben {name} abgelehnt; die Person wird bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="906"/>
        <source>Your question to {name} leaves at the next sync.</source>
        <translation>Ihre Frage an {name} wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="907"/>
        <source>Your answer to {name} leaves at the next sync.</source>
        <translation>Ihre Antwort an {name} wird bei der nächsten Synchronisierung gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="908"/>
        <source>Your request to {name} is cancelled; they are told at the next sync.</source>
        <translation>Ihre Anfrage an {name} ist zurückgezogen; die Person erfährt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1028"/>
        <source>Asked for a rematch: your pair with {name} ends once the coordinator applies it.</source>
        <translation>Neue Zuordnung angefragt: Ihr Tandem mit {name} endet, sobald die Koordination sie umsetzt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1035"/>
        <source>What you no longer allow stops at once; the coordinator is told at the next sync.</source>
        <translation>Was Sie nicht mehr erlauben, endet sofort; die Koordination wird bei der nächsten Synchronisierung informiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/programme.py" line="1043"/>
        <source>Your concern leaves at the next sync, sealed to the coordinator.</source>
        <translation>Ihr Anliegen wird bei der nächsten Synchronisierung gesendet, versiegelt für die Koordination.</translation>
    </message>
</context>
<context>
    <name>ProgressDelegate</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="75"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="279"/>
        <source>Backing up the vault</source>
        <translation>Der Tresor wird gesichert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="280"/>
        <source>Restoring from a backup</source>
        <translation>Wiederherstellung aus einer Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="287"/>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="288"/>
        <source>Restore progress</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="293"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="298"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="299"/>
        <source>Cancel the backup</source>
        <translation>Die Sicherung abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="300"/>
        <source>Cancel the restore</source>
        <translation>Die Wiederherstellung abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="305"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="325"/>
        <source>Almost done: this last step cannot be cancelled.</source>
        <translation>Fast fertig: Dieser letzte Schritt kann nicht abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="332"/>
        <source>Writing the encrypted backup: {done} of {total}</source>
        <translation>Die verschlüsselte Sicherung wird geschrieben: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="333"/>
        <source>Restoring: {done} of {total}</source>
        <translation>Wiederherstellung: {done} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="337"/>
        <source>Protecting the backup with its passphrase…</source>
        <translation>Die Sicherung wird mit ihrer Passphrase geschützt…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="338"/>
        <source>Opening the backup with its passphrase…</source>
        <translation>Die Sicherung wird mit ihrer Passphrase geöffnet…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="340"/>
        <source>Checking the restored vault…</source>
        <translation>Der wiederhergestellte Tresor wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="342"/>
        <source>Protecting the restored vault with its passphrase…</source>
        <translation>Der wiederhergestellte Tresor wird mit seiner Passphrase geschützt…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="343"/>
        <source>Saving the backup file…</source>
        <translation>Die Sicherungsdatei wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="344"/>
        <source>Putting the restored vault in place…</source>
        <translation>Der wiederhergestellte Tresor wird an seinen Platz gebracht…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="358"/>
        <source>Backup cancelled; nothing was written.</source>
        <translation>Sicherung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="360"/>
        <source>Restore cancelled; nothing was restored and the folder is as it was.</source>
        <translation>Wiederherstellung abgebrochen; es wurde nichts wiederhergestellt, und der Ordner ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="363"/>
        <source>Something went wrong; nothing was changed. The log file has the details.</source>
        <translation>Etwas ist schiefgegangen; es wurde nichts geändert. Einzelheiten stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="369"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="370"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="381"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="382"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="94"/>
        <source>Matching proposal</source>
        <translation>Matching-Vorschlag</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="97"/>
        <source>Summary of the proposal</source>
        <translation>Zusammenfassung des Vorschlags</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="103"/>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="105"/>
        <source>A mentee&apos;s or mentor&apos;s name</source>
        <translation>Name eines Mentees oder Mentors</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="106"/>
        <source>Find a person in the proposal</source>
        <translation>Eine Person im Vorschlag suchen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="116"/>
        <source>Pairs and unmatched people</source>
        <translation>Tandems und nicht zugeordnete Personen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="118"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="119"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="120"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="122"/>
        <source>Of best</source>
        <translation>Vom Besten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="122"/>
        <source>{pct} %</source>
        <translation>{pct} %</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="126"/>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="134"/>
        <source>Pairs</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="128"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="129"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="130"/>
        <source>Why not matched</source>
        <translation>Warum nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="133"/>
        <source>Unmatched people</source>
        <translation>Nicht zugeordnete Personen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="135"/>
        <source>Not matched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="142"/>
        <source>Details of the chosen person</source>
        <translation>Details der ausgewählten Person</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="150"/>
        <source>How the score adds up</source>
        <translation>Wie sich die Punktzahl zusammensetzt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="156"/>
        <source>Rules that applied</source>
        <translation>Angewendete Regeln</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="160"/>
        <source>&amp;Why not…?</source>
        <translation>&amp;Warum nicht…?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="161"/>
        <source>Why not another mentor?</source>
        <translation>Warum kein anderer Mentor?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="162"/>
        <source>Show the next-best mentors and why each was not chosen</source>
        <translation>Die nächstbesten Mentoren anzeigen und warum jeweils nicht gewählt wurde</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="165"/>
        <source>Next-best mentors, and why not</source>
        <translation>Nächstbeste Mentoren und warum nicht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="175"/>
        <source>Resize the list and the details</source>
        <translation>Größe der Liste und der Details ändern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="181"/>
        <source>&amp;Apply and send introductions…</source>
        <translation>&amp;Übernehmen und Vorstellungen senden…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="183"/>
        <source>Apply the proposal and send introductions</source>
        <translation>Den Vorschlag übernehmen und Vorstellungen senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="210"/>
        <source>Row headings</source>
        <translation>Zeilenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="212"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="253"/>
        <source>Pairs ({n})</source>
        <translation>Tandems ({n})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="254"/>
        <source>Not matched ({n})</source>
        <translation>Nicht zugeordnet ({n})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="266"/>
        <source>Signing the cards and sending the introductions…</source>
        <translation>Die Karten werden unterzeichnet und die Vorstellungen gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="280"/>
        <source>{matched} of {mentees} mentees matched, aiming for {objective}; {mentors_used} of {mentors} mentors have a mentee, {used} of {places} places filled.</source>
        <translation>{matched} von {mentees} Mentees zugeordnet, mit dem Ziel {objective}; {mentors_used} von {mentors} Mentoren haben einen Mentee, {used} von {places} Plätzen belegt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="290"/>
        <source>Scores, of {best} possible: lowest {low}, middle {median}, highest {high}, average {mean}.</source>
        <translation>Punktzahlen von {best} möglichen: niedrigste {low}, mittlere {median}, höchste {high}, Durchschnitt {mean}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="296"/>
        <source>No pair could be made.</source>
        <translation>Es konnte kein Tandem gebildet werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="347"/>
        <source>Choose a pair or a person to see why.</source>
        <translation>Wählen Sie ein Tandem oder eine Person, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="355"/>
        <source>{mentee} and {mentor}</source>
        <translation>{mentee} und {mentor}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="372"/>
        <source>&amp;Why not another mentor for {name}?</source>
        <translation>&amp;Warum kein anderer Mentor für {name}?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="374"/>
        <source>No other mentor could be considered</source>
        <translation>Kein anderer Mentor kam in Betracht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="382"/>
        <source>{got} of {weight}</source>
        <translation>{got} von {weight}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="397"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="397"/>
        <source>full</source>
        <translation>ausgebucht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="398"/>
        <source>scores lower</source>
        <translation>niedrigere Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="398"/>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="404"/>
        <source>{score} · {status}</source>
        <translation>{score} · {status}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="413"/>
        <source>No other mentor offers a wanted skill.</source>
        <translation>Kein anderer Mentor bietet eine gesuchte Fähigkeit an.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="417"/>
        <source>{who}: {why}</source>
        <translation>{who}: {why}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="440"/>
        <source>{criterion}: {got} of {weight}. {detail}</source>
        <translation>{criterion}: {got} von {weight}. {detail}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="454"/>
        <source>Send {n} introductions?</source>
        <translation>{n} Vorstellungen senden?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="455"/>
        <source>Each person in the {n} pairs receives a match card signed with your key and the other person&apos;s contact details, and the two are connected. Introductions cannot be taken back; a pair can be ended later, with a reason.</source>
        <translation>Jede Person in den {n} Tandems erhält eine mit Ihrem Schlüssel unterzeichnete Matching-Karte und die Kontaktdaten der anderen Person, und die beiden werden verbunden. Vorstellungen können nicht zurückgenommen werden; ein Tandem kann später mit Begründung beendet werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/proposal_view.py" line="459"/>
        <source>&amp;Send introductions</source>
        <translation>Vorstellungen &amp;senden</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="134"/>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="146"/>
        <source>A QR code with the same text as shown beside it</source>
        <translation>Ein QR-Code mit demselben Text wie daneben</translation>
    </message>
</context>
<context>
    <name>RelationshipDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="26"/>
        <source>Complete the mentorship with {name}</source>
        <translation>Das Mentoring mit {name} abschließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="27"/>
        <source>End the mentorship with {name}</source>
        <translation>Das Mentoring mit {name} beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="28"/>
        <source>Archive the mentorship with {name}</source>
        <translation>Das Mentoring mit {name} archivieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="29"/>
        <source>Reopen the mentorship with {name}</source>
        <translation>Das Mentoring mit {name} wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="30"/>
        <source>The mentorship reached its goals or its planned end. Everything stays here to read.</source>
        <translation>Das Mentoring hat seine Ziele oder sein geplantes Ende erreicht. Alles bleibt hier lesbar.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="32"/>
        <source>The mentorship stops before its planned end. Everything stays here to read, and you can reopen it later.</source>
        <translation>Das Mentoring endet vor seinem geplanten Ende. Alles bleibt hier lesbar, und Sie können es später wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="34"/>
        <source>It moves out of the way; everything stays here to read and you can reopen it at any time.</source>
        <translation>Es rückt aus dem Blickfeld; alles bleibt hier lesbar, und Sie können es jederzeit wieder öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="36"/>
        <source>You go on where you left off: the agreement, goals, sessions and notes are all still here.</source>
        <translation>Sie machen dort weiter, wo Sie aufgehört haben: Vereinbarung, Ziele, Sitzungen und Notizen sind alle noch da.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="38"/>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="38"/>
        <source>End the mentorship</source>
        <translation>Das Mentoring beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="39"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="39"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="44"/>
        <source>This is kept in your own record on this computer; {name} is not told by the app. Write to them in the conversation to say so.</source>
        <translation>Dies wird in Ihren eigenen Aufzeichnungen auf diesem Computer festgehalten; die App teilt es {name} nicht mit. Schreiben Sie es {name} in der Unterhaltung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="48"/>
        <source>Why? (a few words)</source>
        <translation>Warum? (ein paar Worte)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="49"/>
        <source>Why? (optional)</source>
        <translation>Warum? (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="51"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="58"/>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="59"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/lifecycle.py" line="77"/>
        <source>Say in a few words why; it stays in your record.</source>
        <translation>Sagen Sie in ein paar Worten, warum; es bleibt in Ihren Aufzeichnungen.</translation>
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
        <translation>Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="90"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="91"/>
        <source>Relationship actions</source>
        <translation>Aktionen für die Beziehung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="105"/>
        <source>Relationship panel status</source>
        <translation>Status des Beziehungsbereichs</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="111"/>
        <source>Open a conversation with one person to see your mentorship with them here: the agreement, goals, sessions and feedback.</source>
        <translation>Öffnen Sie eine Unterhaltung mit einer Person, um hier Ihr Mentoring mit ihr zu sehen: die Vereinbarung, Ziele, Sitzungen und Feedback.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="117"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="125"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="123"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="132"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="140"/>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="145"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="146"/>
        <source>Open the agreement</source>
        <translation>Die Vereinbarung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="153"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="161"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="162"/>
        <source>Open the goals</source>
        <translation>Die Ziele öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="167"/>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="171"/>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="172"/>
        <source>Open the sessions</source>
        <translation>Die Sitzungen öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="179"/>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="183"/>
        <source>Give feedback</source>
        <translation>Feedback geben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="184"/>
        <source>Give feedback on a session</source>
        <translation>Feedback zu einer Sitzung geben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="185"/>
        <source>Pulse</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="186"/>
        <source>How is this mentorship going?</source>
        <translation>Wie läuft dieses Mentoring?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="220"/>
        <source>&amp;Agreement…</source>
        <translation>&amp;Vereinbarung…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="221"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="222"/>
        <source>&amp;Sessions and notes…</source>
        <translation>&amp;Sitzungen und Notizen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="224"/>
        <source>&amp;Feedback…</source>
        <translation>&amp;Feedback…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="225"/>
        <source>How is it go&amp;ing?…</source>
        <translation>Wie läuft &amp;es?…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="226"/>
        <source>&amp;Complete the mentorship…</source>
        <translation>Mentoring &amp;abschließen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="227"/>
        <source>&amp;End the mentorship…</source>
        <translation>Mentoring &amp;beenden…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="228"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="229"/>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="230"/>
        <source>E&amp;xport my record…</source>
        <translation>Meine Aufzeichnungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="307"/>
        <source>With {name}</source>
        <translation>Mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="308"/>
        <source>Relationship with {name}</source>
        <translation>Beziehung mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="310"/>
        <source>Mentorship: {state}</source>
        <translation>Mentoring: {state}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="315"/>
        <source>{name}&apos;s app cannot receive shared records yet. What you add is kept and reaches them once it can.</source>
        <translation>Die App von {name} kann noch keine gemeinsamen Einträge empfangen. Was Sie hinzufügen, bleibt erhalten und erreicht {name}, sobald es möglich ist.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="320"/>
        <source> Reason: {reason}</source>
        <translation> Grund: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="321"/>
        <source>{state} on {day}.</source>
        <translation>{state} am {day}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="349"/>
        <source>Next step: {what}</source>
        <translation>Nächster Schritt: {what}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="373"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="374"/>
        <source>Dismiss the reminder: {text}</source>
        <translation>Die Erinnerung ausblenden: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="388"/>
        <source>Not agreed yet: no terms have been proposed.</source>
        <translation>Noch nicht vereinbart: Es wurden noch keine Bedingungen vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="391"/>
        <source>Signed by both on {day} (version {n}).</source>
        <translation>Von beiden unterzeichnet am {day} (Version {n}).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="394"/>
        <source>You proposed and signed version {n}; waiting for {name} to sign.</source>
        <translation>Sie haben Version {n} vorgeschlagen und unterzeichnet; es fehlt noch die Unterschrift von {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="396"/>
        <source>You signed version {n}; waiting for {name} to sign.</source>
        <translation>Sie haben Version {n} unterzeichnet; es fehlt noch die Unterschrift von {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="399"/>
        <source>You proposed version {n}; sign it too.</source>
        <translation>Sie haben Version {n} vorgeschlagen; unterzeichnen Sie sie ebenfalls.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="401"/>
        <source>{name} proposed version {n}: read it and sign, or propose changes.</source>
        <translation>{name} hat Version {n} vorgeschlagen: Lesen und unterzeichnen Sie sie oder schlagen Sie Änderungen vor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="404"/>
        <source>Version {n} stays in force until then.</source>
        <translation>Version {n} bleibt bis dahin in Kraft.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="414"/>
        <source>until {day}</source>
        <translation>bis {day}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="419"/>
        <source>TAMPERED: a signature on this agreement does not match the stored terms. The agreement was changed outside the app and is not counted as signed.</source>
        <translation>MANIPULIERT: Eine Unterschrift unter dieser Vereinbarung passt nicht zu den gespeicherten Bedingungen. Die Vereinbarung wurde außerhalb der App verändert und gilt nicht als unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="432"/>
        <source>Private: {title}</source>
        <translation>Privat: {title}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="435"/>
        <source>Private goal, only on this computer</source>
        <translation>Privates Ziel, nur auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="439"/>
        <source>%p %</source>
        <translation>%p %</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="442"/>
        <source>Progress of {goal}</source>
        <translation>Fortschritt von {goal}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="443"/>
        <source>{percent} per cent</source>
        <translation>{percent} Prozent</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="454"/>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="458"/>
        <source>{n} more in progress</source>
        <translation>{n} weitere in Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="460"/>
        <source>{n} achieved or dropped</source>
        <translation>{n} erreicht oder aufgegeben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="467"/>
        <source>Nothing planned.</source>
        <translation>Nichts geplant.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="477"/>
        <source>Your time: {when}</source>
        <translation>Ihre Zeit: {when}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="488"/>
        <source>{n} from {name}</source>
        <translation>{n} von {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="490"/>
        <source>last pulse {day}: {rating}/5</source>
        <translation>letzte Stimmung am {day}: {rating}/5</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/panel.py" line="493"/>
        <source>no pulse answered yet</source>
        <translation>noch keine Stimmung abgegeben</translation>
    </message>
</context>
<context>
    <name>RematchDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="121"/>
        <source>Ask for a rematch</source>
        <translation>Neue Zuordnung anfragen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="122"/>
        <source>Ask for a rematch in {programme}</source>
        <translation>Neue Zuordnung in {programme} anfragen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="126"/>
        <source>The coordinator ends the pair and matches you again; nobody is at fault. The other person learns that the pair ended, not who asked or why.</source>
        <translation>Die Koordination beendet das Tandem und ordnet Sie neu zu; niemand ist schuld. Die andere Person erfährt, dass das Tandem beendet ist, aber nicht, wer es angefragt hat oder warum.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="130"/>
        <source>The pair to end</source>
        <translation>Das zu beendende Tandem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="134"/>
        <source>&amp;Pair with:</source>
        <translation>&amp;Tandem mit:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="135"/>
        <source>Note to the coordinator (optional)</source>
        <translation>Notiz an die Koordination (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="136"/>
        <source>Optional: what the coordinator should know</source>
        <translation>Optional: was die Koordination wissen sollte</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="137"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="141"/>
        <source>The note goes to the coordinator only.</source>
        <translation>Die Notiz geht nur an die Koordination.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="143"/>
        <source>&amp;Ask for a rematch…</source>
        <translation>Neue &amp;Zuordnung anfragen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="146"/>
        <source>You have no active pair in this programme.</source>
        <translation>Sie haben in diesem Programm kein aktives Tandem.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="155"/>
        <source>End your pair with {name}?</source>
        <translation>Ihr Tandem mit {name} beenden?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="156"/>
        <source>Your pair with {name} ends once the coordinator applies this, and you can be matched again. You stay contacts.</source>
        <translation>Ihr Tandem mit {name} endet, sobald die Koordination dies umsetzt, und Sie können neu zugeordnet werden. Sie bleiben Kontakte.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="158"/>
        <source>&amp;Ask for a rematch</source>
        <translation>Neue &amp;Zuordnung anfragen</translation>
    </message>
</context>
<context>
    <name>RemoveDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="172"/>
        <source>Remove a participant</source>
        <translation>Eine teilnehmende Person entfernen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="173"/>
        <source>Remove {name} from the programme?</source>
        <translation>{name} aus dem Programm entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="174"/>
        <source>Everything the programme holds of them is erased from this computer, their pairs end, and they are told they were removed.</source>
        <translation>Alles, was das Programm über die Person speichert, wird von diesem Computer gelöscht, ihre Tandems enden, und sie erfährt, dass sie entfernt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="178"/>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="179"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="180"/>
        <source>The reason is asked for your own care, and not kept: nothing of the person may stay.</source>
        <translation>Der Grund wird für Ihre eigene Sorgfalt erfragt und nicht aufbewahrt: Von der Person darf nichts bleiben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="191"/>
        <source>Remove {name}?</source>
        <translation>{name} entfernen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="192"/>
        <source>This cannot be undone: what {name} shared is erased and their pairs end.</source>
        <translation>Das kann nicht rückgängig gemacht werden: Was {name} geteilt hat, wird gelöscht, und die Tandems enden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="193"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ReportingDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="168"/>
        <source>Reporting I allow</source>
        <translation>Berichte, die ich erlaube</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="169"/>
        <source>What {programme} may see</source>
        <translation>Was {programme} sehen darf</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="173"/>
        <source>Your app sends the programme counts, never what you write. Untick what it should stop sharing: it stops at once. To share more again, you would consent again.</source>
        <translation>Ihre App sendet dem Programm Anzahlen, nie das, was Sie schreiben. Entfernen Sie das Häkchen bei dem, was nicht mehr geteilt werden soll: Es endet sofort. Um wieder mehr zu teilen, müssten Sie erneut zustimmen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="185"/>
        <source>You share no reporting with this programme.</source>
        <translation>Sie teilen keine Berichte mit diesem Programm.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/participant_dialogs.py" line="187"/>
        <source>&amp;Stop sharing the rest</source>
        <translation>Das Übrige nicht mehr &amp;teilen</translation>
    </message>
</context>
<context>
    <name>RequestBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="150"/>
        <source>Notes with {name}</source>
        <translation>Notizen mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="156"/>
        <source>Why: {reason}.</source>
        <translation>Grund: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="159"/>
        <source>Open until {when}.</source>
        <translation>Offen bis {when}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="166"/>
        <source>Your answer to them (the coordinator cannot read it)</source>
        <translation>Ihre Antwort an die Person (die Koordination kann sie nicht lesen)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="168"/>
        <source>Answer to {name}</source>
        <translation>Antwort an {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="169"/>
        <source>A&amp;nswer</source>
        <translation>A&amp;ntworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="170"/>
        <source>Answer {name} (with the note)</source>
        <translation>{name} antworten (mit der Notiz)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="172"/>
        <source>&amp;Cancel request</source>
        <translation>Anfrage &amp;zurückziehen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/offers_view.py" line="173"/>
        <source>Cancel the request to {name}</source>
        <translation>Die Anfrage an {name} zurückziehen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="149"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="153"/>
        <source>Restoring brings back a vault from its backup file: your identity, contacts and conversations. Use it on a new computer or after losing the old one.</source>
        <translation>Die Wiederherstellung holt einen Tresor aus seiner Sicherungsdatei zurück: Ihre Identität, Kontakte und Unterhaltungen. Nutzen Sie sie auf einem neuen Computer oder nachdem Sie den alten verloren haben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="156"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="156"/>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="161"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="158"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="159"/>
        <source>Backup passphrase</source>
        <translation>Passphrase der Sicherung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="160"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="161"/>
        <source>Restore into folder</source>
        <translation>In Ordner wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="168"/>
        <source>&amp;Into:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="171"/>
        <source>The restored vault opens with the backup&apos;s passphrase.</source>
        <translation>Der wiederhergestellte Tresor öffnet sich mit der Passphrase der Sicherung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="173"/>
        <source>Do not use the restored copy and the original at the same time. Both are the same person to your contacts and share the same mailboxes: each message would reach only one of them. If the original computer still runs eMentor, stop using it there first.</source>
        <translation>Verwenden Sie die wiederhergestellte Kopie und das Original nicht gleichzeitig. Für Ihre Kontakte sind beide dieselbe Person und teilen dieselben Postfächer: Jede Nachricht würde nur eine von beiden erreichen. Läuft eMentor auf dem ursprünglichen Computer noch, verwenden Sie es dort zuerst nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="177"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="185"/>
        <source>Choose a backup</source>
        <translation>Eine Sicherung auswählen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="186"/>
        <source>eMentor backups (*.backup)</source>
        <translation>eMentor-Sicherungen (*.backup)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="192"/>
        <source>Choose an empty folder for the restored vault</source>
        <translation>Einen leeren Ordner für den wiederhergestellten Tresor auswählen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="200"/>
        <source>There is no backup file at that place.</source>
        <translation>An diesem Ort gibt es keine Sicherungsdatei.</translation>
    </message>
</context>
<context>
    <name>Rhythm</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="13"/>
        <source>{name} has been waiting for your answer since {time}.</source>
        <translation>{name} wartet seit {time} auf Ihre Antwort.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="14"/>
        <source>{name} has been waiting for your answer since {time} (agreed: within {hours} hours).</source>
        <translation>{name} wartet seit {time} auf Ihre Antwort (vereinbart: innerhalb von {hours} Stunden).</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="16"/>
        <source>The session “{title}” with {name} starts at {time}.</source>
        <translation>Die Sitzung „{title}“ mit {name} beginnt um {time}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="17"/>
        <source>Your action item “{title}” was due on {date}.</source>
        <translation>Ihre Aufgabe „{title}“ war am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="18"/>
        <source>Your action item “{title}” is due on {date}.</source>
        <translation>Ihre Aufgabe „{title}“ ist am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="19"/>
        <source>The shared goal “{title}” was due on {date}.</source>
        <translation>Das gemeinsame Ziel „{title}“ war am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="20"/>
        <source>The shared goal “{title}” is due on {date}.</source>
        <translation>Das gemeinsame Ziel „{title}“ ist am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="21"/>
        <source>Your private goal “{title}” was due on {date}.</source>
        <translation>Ihr privates Ziel „{title}“ war am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="22"/>
        <source>Your private goal “{title}” is due on {date}.</source>
        <translation>Ihr privates Ziel „{title}“ ist am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="23"/>
        <source>The review of your agreement with {name} planned for {date} has not been marked done.</source>
        <translation>Die für {date} geplante Überprüfung Ihrer Vereinbarung mit {name} wurde nicht als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="25"/>
        <source>A review of your agreement with {name} is due on {date}.</source>
        <translation>Eine Überprüfung Ihrer Vereinbarung mit {name} ist am {date} fällig.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="26"/>
        <source>Give your feedback on the session “{title}” of {date} with {name}.</source>
        <translation>Geben Sie Ihr Feedback zur Sitzung „{title}“ vom {date} mit {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="28"/>
        <source>You agreed to meet every week; your last session or exchange with {name} was on {date}.</source>
        <translation>Sie haben wöchentliche Treffen vereinbart; Ihre letzte Sitzung oder Ihr letzter Austausch mit {name} war am {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="30"/>
        <source>You agreed to meet every two weeks; your last session or exchange with {name} was on {date}.</source>
        <translation>Sie haben Treffen alle zwei Wochen vereinbart; Ihre letzte Sitzung oder Ihr letzter Austausch mit {name} war am {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="33"/>
        <source>You agreed to meet every month; your last session or exchange with {name} was on {date}.</source>
        <translation>Sie haben monatliche Treffen vereinbart; Ihre letzte Sitzung oder Ihr letzter Austausch mit {name} war am {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="36"/>
        <source>Take a minute to say how your mentorship with {name} is going.</source>
        <translation>Nehmen Sie sich eine Minute, um zu sagen, wie Ihr Mentoring mit {name} läuft.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="37"/>
        <source>{name} has been waiting for your answer since {time}. A short reply now — even just to say when you can answer in full — keeps the trust between you.</source>
        <translation>{name} wartet seit {time} auf Ihre Antwort. Eine kurze Rückmeldung jetzt – auch nur, um zu sagen, wann Sie ausführlich antworten können – erhält das Vertrauen zwischen Ihnen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="40"/>
        <source>Reply to {name}</source>
        <translation>{name} antworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="41"/>
        <source>This mentorship is archived.</source>
        <translation>Dieses Mentoring ist archiviert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="42"/>
        <source>There is nothing for you to do here right now.</source>
        <translation>Hier gibt es gerade nichts für Sie zu tun.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="43"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="44"/>
        <source>Mentoring starts with you: introduce yourself to {name}, say what you hope to learn, and ask when would suit them for a first conversation. A few sentences are enough.</source>
        <translation>Das Mentoring beginnt mit Ihnen: Stellen Sie sich {name} vor, sagen Sie, was Sie lernen möchten, und fragen Sie, wann ein erstes Gespräch passen würde. Ein paar Sätze genügen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="47"/>
        <source>Introduce yourself to {name} and say what you hope to learn.</source>
        <translation>Stellen Sie sich {name} vor und sagen Sie, was Sie lernen möchten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="48"/>
        <source>Hello {name}, thank you for mentoring me. I would like to learn more about {topic}. Could you tell me how you got into it, and when would suit you for a first conversation?</source>
        <translation>Hallo {name}, vielen Dank, dass Sie mich als Mentor begleiten. Ich möchte mehr über {topic} lernen. Könnten Sie mir erzählen, wie Sie dazu gekommen sind, und wann Ihnen ein erstes Gespräch passen würde?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="52"/>
        <source>Hello {name}, thank you for mentoring me. I would like to tell you what I hope to learn and to hear how you like to work. When would suit you for a first conversation?</source>
        <translation>Hallo {name}, vielen Dank, dass Sie mich als Mentor begleiten. Ich würde Ihnen gern erzählen, was ich lernen möchte, und hören, wie Sie gern arbeiten. Wann würde Ihnen ein erstes Gespräch passen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="55"/>
        <source>Write your first message to {name}</source>
        <translation>Schreiben Sie Ihre erste Nachricht an {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="56"/>
        <source>{name} may be waiting to hear from you. Send a short welcome: introduce yourself, ask what they hope to learn, and suggest a time for a first conversation.</source>
        <translation>{name} wartet vielleicht darauf, von Ihnen zu hören. Senden Sie eine kurze Begrüßung: Stellen Sie sich vor, fragen Sie, was {name} lernen möchte, und schlagen Sie einen Termin für ein erstes Gespräch vor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="59"/>
        <source>Send {name} a short welcome and ask what they hope to learn.</source>
        <translation>Senden Sie {name} eine kurze Begrüßung und fragen Sie, was {name} lernen möchte.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="60"/>
        <source>Welcome {name}</source>
        <translation>{name} begrüßen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="61"/>
        <source>Waiting for {name}</source>
        <translation>Warten auf {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="62"/>
        <source>You wrote to {name}; their answer will show here. If none comes within a few days, send a short, friendly follow-up.</source>
        <translation>Sie haben {name} geschrieben; die Antwort erscheint hier. Kommt innerhalb einiger Tage keine, senden Sie eine kurze, freundliche Nachfrage.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="65"/>
        <source>Write down two or three things you want to achieve with {name}&apos;s help, each with a way to tell when it is done. They become the goals of your agreement.</source>
        <translation>Notieren Sie zwei oder drei Dinge, die Sie mit der Hilfe von {name} erreichen möchten, jeweils mit einem Kriterium, woran Sie erkennen, dass es erreicht ist. Sie werden die Ziele Ihrer Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="68"/>
        <source>Note the goals you want to agree with {name}.</source>
        <translation>Notieren Sie die Ziele, die Sie mit {name} vereinbaren möchten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="69"/>
        <source>Note what you want to learn</source>
        <translation>Notieren Sie, was Sie lernen möchten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="70"/>
        <source>Set clear expectations together: propose how often you will meet, how quickly you answer each other, the start and end dates and when you will review progress. {name} can then sign it or suggest changes.</source>
        <translation>Legen Sie gemeinsam klare Erwartungen fest: Schlagen Sie vor, wie oft Sie sich treffen, wie schnell Sie einander antworten, Beginn und Ende und wann Sie den Fortschritt überprüfen. {name} kann dann unterzeichnen oder Änderungen vorschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="74"/>
        <source>Propose the terms — cadence, response time, dates and reviews — for {name} to sign or amend.</source>
        <translation>Schlagen Sie die Bedingungen vor – Rhythmus, Antwortzeit, Termine und Überprüfungen –, die {name} unterzeichnen oder ändern kann.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="77"/>
        <source>Agree with {name} how often you will meet, how quickly you answer each other and when you will review progress. Either of you can fill in the draft and propose it.</source>
        <translation>Vereinbaren Sie mit {name}, wie oft Sie sich treffen, wie schnell Sie einander antworten und wann Sie den Fortschritt überprüfen. Jede Seite kann den Entwurf ausfüllen und vorschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="80"/>
        <source>Fill in the draft terms with {name} and propose them.</source>
        <translation>Füllen Sie den Entwurf der Bedingungen mit {name} aus und schlagen Sie ihn vor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="81"/>
        <source>Propose your agreement</source>
        <translation>Ihre Vereinbarung vorschlagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="82"/>
        <source>Waiting for {name} to sign</source>
        <translation>Warten auf die Unterschrift von {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="83"/>
        <source>You signed version {number} of the agreement. It comes into force when {name} signs it too; they may also propose changes.</source>
        <translation>Sie haben Version {number} der Vereinbarung unterzeichnet. Sie tritt in Kraft, wenn {name} sie ebenfalls unterzeichnet; {name} kann auch Änderungen vorschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="86"/>
        <source>Sign the version you proposed</source>
        <translation>Die von Ihnen vorgeschlagene Version unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="87"/>
        <source>You proposed version {number} of the agreement; sign it too, so that it comes into force once {name} signs.</source>
        <translation>Sie haben Version {number} der Vereinbarung vorgeschlagen; unterzeichnen Sie sie ebenfalls, damit sie in Kraft tritt, sobald {name} unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="90"/>
        <source>{name} proposed version {number} of your agreement. Read each term — cadence, response time, dates and reviews — and sign it if it reflects what you agreed. If something does not fit, change the draft and propose it again instead.</source>
        <translation>{name} hat Version {number} Ihrer Vereinbarung vorgeschlagen. Lesen Sie jede Bedingung – Rhythmus, Antwortzeit, Termine und Überprüfungen – und unterzeichnen Sie, wenn sie wiedergibt, was Sie vereinbart haben. Passt etwas nicht, ändern Sie stattdessen den Entwurf und schlagen Sie ihn erneut vor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="94"/>
        <source>{name} proposed version {number}: sign it, or change the draft and propose again.</source>
        <translation>{name} hat Version {number} vorgeschlagen: Unterzeichnen Sie sie oder ändern Sie den Entwurf und schlagen Sie ihn erneut vor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="96"/>
        <source>Review and sign version {number} of your agreement</source>
        <translation>Version {number} Ihrer Vereinbarung prüfen und unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="97"/>
        <source>How is this mentorship going?</source>
        <translation>Wie läuft dieses Mentoring?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="98"/>
        <source>Answer two short questions about how your mentorship with {name} is going; it helps you both keep it useful.</source>
        <translation>Beantworten Sie zwei kurze Fragen dazu, wie Ihr Mentoring mit {name} läuft; das hilft Ihnen beiden, es nützlich zu halten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="101"/>
        <source>Give {name} specific feedback on “{title}”: one thing that went well and why it mattered, and one thing to try before you meet again. Then ask an open question, such as what they will do differently after this session.</source>
        <translation>Geben Sie {name} konkretes Feedback zu „{title}“: eine Sache, die gut lief, und warum sie wichtig war, und eine Sache, die bis zum nächsten Treffen ausprobiert werden soll. Stellen Sie dann eine offene Frage, etwa was {name} nach dieser Sitzung anders machen wird.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="105"/>
        <source>Give {name} feedback on “{title}”: one thing that went well, one thing to try.</source>
        <translation>Geben Sie {name} Feedback zu „{title}“: eine Sache, die gut lief, eine Sache zum Ausprobieren.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="107"/>
        <source>Note what was most useful in “{title}”, specifically, and one thing to try differently next time, and share it with {name}. Name the one step you will take before you meet again.</source>
        <translation>Notieren Sie, was an „{title}“ konkret am hilfreichsten war und was Sie beim nächsten Mal anders versuchen möchten, und teilen Sie es mit {name}. Nennen Sie den einen Schritt, den Sie vor dem nächsten Treffen gehen werden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="111"/>
        <source>Note what was most useful in “{title}” and your next step, and share it with {name}.</source>
        <translation>Notieren Sie, was an „{title}“ am hilfreichsten war, und Ihren nächsten Schritt, und teilen Sie es mit {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="113"/>
        <source>Give feedback on “{title}”</source>
        <translation>Feedback zu „{title}“ geben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="114"/>
        <source>Your goals steer the mentorship, so they are yours to define. Add one or two specific goals, each with how you will know it is done and a date, then talk them through with {name}.</source>
        <translation>Ihre Ziele steuern das Mentoring, deshalb legen Sie sie fest. Fügen Sie ein oder zwei konkrete Ziele hinzu, jeweils mit einem Kriterium, woran Sie erkennen, dass es erreicht ist, und einem Datum, und besprechen Sie sie dann mit {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="118"/>
        <source>Add your goals, each with a measure and a date, and share them with {name}.</source>
        <translation>Fügen Sie Ihre Ziele hinzu, jeweils mit einem Maßstab und einem Datum, und teilen Sie sie mit {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="120"/>
        <source>Define your goals</source>
        <translation>Ihre Ziele festlegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="121"/>
        <source>Goals are the mentee&apos;s to set. Ask {name} an open question, such as “What would you like to be able to do in three months that you cannot do now?”, and help them make each goal specific and measurable.</source>
        <translation>Die Ziele legt der Mentee fest. Stellen Sie {name} eine offene Frage, etwa „Was möchten Sie in drei Monaten können, was Sie heute noch nicht können?“, und helfen Sie, jedes Ziel konkret und messbar zu machen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="125"/>
        <source>Ask {name} to add their goals; help make them specific.</source>
        <translation>Bitten Sie {name}, Ziele hinzuzufügen; helfen Sie, sie konkret zu machen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="126"/>
        <source>Help {name} define their goals</source>
        <translation>{name} helfen, Ziele festzulegen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="127"/>
        <source>You agreed to meet every week. Suggest a time around {date} to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation>Sie haben wöchentliche Treffen vereinbart. Schlagen Sie {name} einen Termin um den {date} vor, sagen Sie, worüber Sie sprechen möchten, und fügen Sie die Sitzung hinzu, damit Sie beide sie sehen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="130"/>
        <source>You agreed to meet every two weeks. Suggest a time around {date} to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation>Sie haben Treffen alle zwei Wochen vereinbart. Schlagen Sie {name} einen Termin um den {date} vor, sagen Sie, worüber Sie sprechen möchten, und fügen Sie die Sitzung hinzu, damit Sie beide sie sehen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="133"/>
        <source>You agreed to meet every month. Suggest a time around {date} to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation>Sie haben monatliche Treffen vereinbart. Schlagen Sie {name} einen Termin um den {date} vor, sagen Sie, worüber Sie sprechen möchten, und fügen Sie die Sitzung hinzu, damit Sie beide sie sehen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="136"/>
        <source>You agreed to meet every week: schedule a session with {name} around {date}.</source>
        <translation>Sie haben wöchentliche Treffen vereinbart: Planen Sie eine Sitzung mit {name} um den {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="138"/>
        <source>You agreed to meet every two weeks: schedule a session with {name} around {date}.</source>
        <translation>Sie haben Treffen alle zwei Wochen vereinbart: Planen Sie eine Sitzung mit {name} um den {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="140"/>
        <source>You agreed to meet every month: schedule a session with {name} around {date}.</source>
        <translation>Sie haben monatliche Treffen vereinbart: Planen Sie eine Sitzung mit {name} um den {date}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="142"/>
        <source>Schedule your next session</source>
        <translation>Ihre nächste Sitzung planen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="143"/>
        <source>Suggest a time to {name}, say what you would like to talk about, and add the session so you both see it.</source>
        <translation>Schlagen Sie {name} einen Termin vor, sagen Sie, worüber Sie sprechen möchten, und fügen Sie die Sitzung hinzu, damit Sie beide sie sehen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="146"/>
        <source>Schedule your next session with {name}.</source>
        <translation>Planen Sie Ihre nächste Sitzung mit {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="147"/>
        <source>Before you meet {name}, look at their goals and progress and prepare one open question, such as what has changed since you last spoke.</source>
        <translation>Sehen Sie sich vor dem Treffen mit {name} die Ziele und den Fortschritt an und bereiten Sie eine offene Frage vor, etwa was sich seit Ihrem letzten Gespräch verändert hat.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="150"/>
        <source>Before you meet {name}, update the progress on your goals and note the one question you most want to talk about.</source>
        <translation>Aktualisieren Sie vor dem Treffen mit {name} den Fortschritt Ihrer Ziele und notieren Sie die eine Frage, über die Sie am meisten sprechen möchten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="153"/>
        <source>Update goal progress and note one question before you meet {name}.</source>
        <translation>Aktualisieren Sie den Fortschritt Ihrer Ziele und notieren Sie eine Frage vor dem Treffen mit {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="155"/>
        <source>Prepare for “{title}” on {date}</source>
        <translation>Vorbereitung auf „{title}“ am {date}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="156"/>
        <source>Your agreement with {name} ends on {date}. Go through each goal together — what you achieved, what changed — and decide whether to continue with a new version of the agreement or to close the mentorship.</source>
        <translation>Ihre Vereinbarung mit {name} endet am {date}. Gehen Sie gemeinsam jedes Ziel durch – was Sie erreicht haben, was sich verändert hat – und entscheiden Sie, ob Sie mit einer neuen Version der Vereinbarung weitermachen oder das Mentoring abschließen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="160"/>
        <source>Your agreement ends on {date}: review progress with {name}, then extend it or close.</source>
        <translation>Ihre Vereinbarung endet am {date}: Überprüfen Sie den Fortschritt mit {name} und verlängern Sie dann oder schließen Sie ab.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="162"/>
        <source>Your agreement ends on {date}</source>
        <translation>Ihre Vereinbarung endet am {date}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="163"/>
        <source>Go through each goal with {name}: what has been achieved, what has changed, and what matters next. Then update the goals and, if you both want, the agreement.</source>
        <translation>Gehen Sie jedes Ziel mit {name} durch: was erreicht wurde, was sich verändert hat und was als Nächstes wichtig ist. Aktualisieren Sie dann die Ziele und, wenn Sie beide möchten, die Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="166"/>
        <source>Review goal progress with {name}; update the goals and the agreement.</source>
        <translation>Überprüfen Sie den Fortschritt der Ziele mit {name}; aktualisieren Sie die Ziele und die Vereinbarung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="168"/>
        <source>Review your progress (review date {date})</source>
        <translation>Überprüfen Sie Ihren Fortschritt (Überprüfungstermin {date})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="169"/>
        <source>Your agreement ended on {date}. Write a short reflection on what you achieved and learned, thank {name}, mark the mentorship completed, and export your record to keep it.</source>
        <translation>Ihre Vereinbarung endete am {date}. Schreiben Sie eine kurze Reflexion darüber, was Sie erreicht und gelernt haben, danken Sie {name}, markieren Sie das Mentoring als abgeschlossen und exportieren Sie Ihre Aufzeichnungen, um sie aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="173"/>
        <source>Your agreement ended on {date}: reflect, mark the mentorship completed and export your record.</source>
        <translation>Ihre Vereinbarung endete am {date}: Reflektieren Sie, markieren Sie das Mentoring als abgeschlossen und exportieren Sie Ihre Aufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="176"/>
        <source>Complete your mentorship with {name}</source>
        <translation>Schließen Sie Ihr Mentoring mit {name} ab</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="177"/>
        <source>Keep a record of your mentorship with {name}</source>
        <translation>Bewahren Sie die Aufzeichnungen Ihres Mentorings mit {name} auf</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="178"/>
        <source>This mentorship has finished. Write a short reflection on what you learned and export your record, so that it stays with you.</source>
        <translation>Dieses Mentoring ist beendet. Schreiben Sie eine kurze Reflexion darüber, was Sie gelernt haben, und exportieren Sie Ihre Aufzeichnungen, damit sie Ihnen erhalten bleiben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="181"/>
        <source>Not well</source>
        <translation>Nicht gut</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="182"/>
        <source>Very well</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="183"/>
        <source>What is one specific thing that would make the next month more useful?</source>
        <translation>Was wäre eine konkrete Sache, die den nächsten Monat nützlicher machen würde?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="185"/>
        <source>What was most useful, specifically?</source>
        <translation>Was war konkret am hilfreichsten?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="186"/>
        <source>One thing to try differently next time</source>
        <translation>Eine Sache, die Sie beim nächsten Mal anders versuchen möchten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="187"/>
        <source>One step you will take before the next session</source>
        <translation>Ein Schritt, den Sie vor der nächsten Sitzung gehen werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="188"/>
        <source>What went well in this session, specifically?</source>
        <translation>Was lief in dieser Sitzung konkret gut?</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="59"/>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="60"/>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/main_window.py" line="61"/>
        <source>coordinator</source>
        <translation>Koordinator</translation>
    </message>
</context>
<context>
    <name>SafetyNumberDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="275"/>
        <source>Safety number with {name}</source>
        <translation>Sicherheitsnummer mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="278"/>
        <source>Compare these numbers with the ones {name} sees in their app – in person or on a call you trust. If they match, nobody is in between: mark {name} as verified.</source>
        <translation>Vergleichen Sie diese Zahlen mit denen, die {name} in der eigenen App sieht – persönlich oder in einem Anruf, dem Sie vertrauen. Stimmen sie überein, steht niemand dazwischen: Markieren Sie {name} als verifiziert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="283"/>
        <source>You are connected with {name}. Your messages to them can go out now; they can write back once their app has been online. One last step makes sure nobody is in between: </source>
        <translation>Sie sind mit {name} verbunden. Ihre Nachrichten können jetzt hinausgehen; {name} kann antworten, sobald die eigene App online war. Ein letzter Schritt stellt sicher, dass niemand dazwischensteht: </translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="298"/>
        <source>Safety number: {digits}</source>
        <translation>Sicherheitsnummer: {digits}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="313"/>
        <source>New numbers match: accept the new key</source>
        <translation>Die neuen Zahlen stimmen überein: neuen Schlüssel akzeptieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="314"/>
        <source>Accept the new key</source>
        <translation>Den neuen Schlüssel akzeptieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="316"/>
        <source>Refuse the change</source>
        <translation>Die Änderung ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="317"/>
        <source>Refuse the key change</source>
        <translation>Die Schlüsseländerung ablehnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="319"/>
        <source>Numbers match: mark as verified</source>
        <translation>Die Zahlen stimmen überein: als verifiziert markieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="321"/>
        <source>Mark as verified</source>
        <translation>Als verifiziert markieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="322"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="323"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="346"/>
        <source>⚠ This contact&apos;s key changed. The number above is the new one: compare it with them before accepting it, or refuse the change. Until then nothing is sent.</source>
        <translation>⚠ Der Schlüssel dieses Kontakts hat sich geändert. Die Zahl oben ist die neue: Vergleichen Sie sie mit Ihrem Kontakt, bevor Sie sie akzeptieren, oder lehnen Sie die Änderung ab. Bis dahin wird nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="350"/>
        <source>✓ Verified.</source>
        <translation>✓ Verifiziert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="352"/>
        <source>Not verified yet.</source>
        <translation>Noch nicht verifiziert.</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="199"/>
        <source>Sessions with {name}</source>
        <translation>Sitzungen mit {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="209"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="210"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="210"/>
        <source>When (your time)</source>
        <translation>Wann (Ihre Zeit)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="216"/>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="217"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="383"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="833"/>
        <source>Schedule a session</source>
        <translation>Eine Sitzung planen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="218"/>
        <source>E&amp;xport .ics…</source>
        <translation>.ics e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="219"/>
        <source>Export the sessions as a calendar file</source>
        <translation>Die Sitzungen als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="224"/>
        <source>Private notes about {name}…</source>
        <translation>Private Notizen über {name}…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="226"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="458"/>
        <source>Private notes about {name}</source>
        <translation>Private Notizen über {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="233"/>
        <source>No session chosen. Choose one on the left, or schedule one.</source>
        <translation>Keine Sitzung ausgewählt. Wählen Sie links eine aus oder planen Sie eine.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="244"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="245"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="275"/>
        <source>Times of the session</source>
        <translation>Zeiten der Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="283"/>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="284"/>
        <source>Open the meeting link in the browser</source>
        <translation>Den Besprechungslink im Browser öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="289"/>
        <source>Mark as &amp;held</source>
        <translation>Als &amp;stattgefunden markieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="290"/>
        <source>Mark the session as held</source>
        <translation>Die Sitzung als stattgefunden markieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="291"/>
        <source>Give &amp;feedback…</source>
        <translation>&amp;Feedback geben…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="292"/>
        <source>Give feedback on this session</source>
        <translation>Feedback zu dieser Sitzung geben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="293"/>
        <source>Cancel session…</source>
        <translation>Sitzung absagen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="294"/>
        <source>Cancel this session</source>
        <translation>Diese Sitzung absagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="295"/>
        <source>Plan again</source>
        <translation>Wieder planen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="296"/>
        <source>Mark the session as planned again</source>
        <translation>Die Sitzung wieder als geplant markieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="297"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="298"/>
        <source>Delete this session</source>
        <translation>Diese Sitzung löschen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="299"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="300"/>
        <source>Change or reschedule this session</source>
        <translation>Diese Sitzung ändern oder verschieben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="308"/>
        <source>Notes and action items</source>
        <translation>Notizen und Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="312"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="318"/>
        <source>Shared notes</source>
        <translation>Gemeinsame Notizen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="313"/>
        <source>Notes you both see and edit. They are saved as you type.</source>
        <translation>Notizen, die Sie beide sehen und bearbeiten. Sie werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="322"/>
        <source>Only on this computer; never sent.</source>
        <translation>Nur auf diesem Computer; wird nie gesendet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="326"/>
        <source>Your private notes on this session</source>
        <translation>Ihre privaten Notizen zu dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="329"/>
        <source>New private note on this session</source>
        <translation>Neue private Notiz zu dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="332"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="474"/>
        <source>Add private note</source>
        <translation>Private Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="333"/>
        <source>Add the private note</source>
        <translation>Die private Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="335"/>
        <source>Private notes</source>
        <translation>Private Notizen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="340"/>
        <source>Action items (tick when done)</source>
        <translation>Aufgaben (abhaken, wenn erledigt)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="344"/>
        <source>A new action item</source>
        <translation>Eine neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="345"/>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="346"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="347"/>
        <source>The action item has a due date</source>
        <translation>Die Aufgabe hat ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="350"/>
        <source>Due date of the action item</source>
        <translation>Fälligkeitsdatum der Aufgabe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="354"/>
        <source>Goal the action item works towards</source>
        <translation>Ziel, auf das die Aufgabe hinarbeitet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="358"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="359"/>
        <source>Add the action item</source>
        <translation>Die Aufgabe hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="364"/>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="387"/>
        <source>Title of the session</source>
        <translation>Titel der Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="389"/>
        <source>Mentoring session</source>
        <translation>Mentoring-Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="390"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="398"/>
        <source>Date and time, in the time zone below</source>
        <translation>Datum und Uhrzeit in der Zeitzone unten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="399"/>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="403"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="406"/>
        <source>Time zone of the session</source>
        <translation>Zeitzone der Sitzung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="407"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="412"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="413"/>
        <source>Length in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="414"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="417"/>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="418"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="424"/>
        <source> times</source>
        <translation> Mal</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="425"/>
        <source>How many sessions in the series</source>
        <translation>Wie viele Sitzungen die Serie hat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="429"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="431"/>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="433"/>
        <source>&amp;Agenda:</source>
        <translation>&amp;Tagesordnung:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="436"/>
        <source>Meeting link (https)</source>
        <translation>Besprechungslink (https)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="437"/>
        <source>Lin&amp;k:</source>
        <translation>Lin&amp;k:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="439"/>
        <source>When it is:</source>
        <translation>Wann es ist:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="440"/>
        <source>When the sessions fall</source>
        <translation>Wann die Sitzungen stattfinden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="443"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="443"/>
        <source>Cancel scheduling</source>
        <translation>Planung abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="444"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="834"/>
        <source>Sc&amp;hedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="444"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="836"/>
        <source>Schedule it</source>
        <translation>Einplanen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="461"/>
        <source>Only on this computer; never sent. For what you want to remember about {name}.</source>
        <translation>Nur auf diesem Computer; wird nie gesendet. Für das, was Sie sich über {name} merken möchten.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="466"/>
        <source>Your private notes about {name}</source>
        <translation>Ihre privaten Notizen über {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="470"/>
        <source>New private note about {name}</source>
        <translation>Neue private Notiz über {name}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="475"/>
        <source>Add the private note about {name}</source>
        <translation>Die private Notiz über {name} hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="488"/>
        <source>Each time is shown in the organiser&apos;s time zone and in yours ({zone}).</source>
        <translation>Jede Zeit wird in der Zeitzone des Organisators und in Ihrer ({zone}) angezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="514"/>
        <source>Upcoming</source>
        <translation>Bevorstehend</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="514"/>
        <source>Past and cancelled</source>
        <translation>Vergangen und abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="517"/>
        <source>{group}: {n}</source>
        <translation>{group}: {n}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="523"/>
        <source>{title} ({repeat}, {count})</source>
        <translation>{title} ({repeat}, {count})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="525"/>
        <source>{n} times</source>
        <translation>{n}-mal</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="526"/>
        <source>no end</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="533"/>
        <source>{title}, {when}</source>
        <translation>{title}, {when}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="594"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="595"/>
        <source>{status} · planned by {who} · {minutes} minutes</source>
        <translation>{status} · geplant von {who} · {minutes} Minuten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="605"/>
        <source>Agenda: {agenda}</source>
        <translation>Tagesordnung: {agenda}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="630"/>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="664"/>
        <source>{day}: {text}</source>
        <translation>{day}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="632"/>
        <source>No private notes on this session yet.</source>
        <translation>Noch keine privaten Notizen zu dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="635"/>
        <source>No goal</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="647"/>
        <source>due {day}</source>
        <translation>fällig am {day}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="650"/>
        <source>for the goal “{goal}”</source>
        <translation>für das Ziel „{goal}“</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="665"/>
        <source>No private notes about {name} yet.</source>
        <translation>Noch keine privaten Notizen über {name}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="671"/>
        <source>Not saved yet…</source>
        <translation>Noch nicht gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="685"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="698"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="705"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="746"/>
        <source>Cancel this session?</source>
        <translation>Diese Sitzung absagen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="747"/>
        <source>“{title}” is marked cancelled for both of you{series}.</source>
        <translation>„{title}“ wird für Sie beide als abgesagt markiert{series}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="748"/>
        <source>, every time of the series</source>
        <translation>, jeder Termin der Serie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="749"/>
        <source>Cancel session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="755"/>
        <source>Delete this session?</source>
        <translation>Diese Sitzung löschen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="756"/>
        <source>“{title}” is marked deleted for both of you; its notes stay in the record.</source>
        <translation>„{title}“ wird für Sie beide als gelöscht markiert; ihre Notizen bleiben in den Aufzeichnungen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="757"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="795"/>
        <source>mentoring-sessions.ics</source>
        <translation>mentoring-sitzungen.ics</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="796"/>
        <source>Export the sessions</source>
        <translation>Die Sitzungen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="797"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="832"/>
        <source>Change the session</source>
        <translation>Die Sitzung ändern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="834"/>
        <source>Save c&amp;hanges</source>
        <translation>Ä&amp;nderungen speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="835"/>
        <source>Save the changes to the session</source>
        <translation>Die Änderungen an der Sitzung speichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="887"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="887"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="889"/>
        <source>Choose a time zone from the list, e.g. Europe/Berlin.</source>
        <translation>Wählen Sie eine Zeitzone aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="894"/>
        <source>A session needs a title.</source>
        <translation>Eine Sitzung braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="916"/>
        <source>Session changed; calendars that imported it update it.</source>
        <translation>Sitzung geändert; Kalender, die sie importiert haben, aktualisieren sie.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="921"/>
        <source>Session scheduled.</source>
        <translation>Sitzung geplant.</translation>
    </message>
</context>
<context>
    <name>SettingsController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="77"/>
        <source>This device remembers the vault.</source>
        <translation>Dieses Gerät merkt sich den Tresor.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="78"/>
        <source>This device no longer remembers the vault.</source>
        <translation>Dieses Gerät merkt sich den Tresor nicht mehr.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="80"/>
        <source>The system keyring is not available, so this device cannot remember the vault. The passphrase keeps working.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann sich dieses Gerät den Tresor nicht merken. Die Passphrase funktioniert weiterhin.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="95"/>
        <source>Writing the encrypted backup…</source>
        <translation>Die verschlüsselte Sicherung wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="102"/>
        <source>Backup written to {path}.</source>
        <translation>Sicherung gespeichert unter {path}.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="107"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="115"/>
        <source>Restored into {folder}. Open it with: ementor --home &quot;{folder}&quot;</source>
        <translation>Wiederhergestellt in {folder}. Öffnen mit: ementor --home &quot;{folder}&quot;</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="120"/>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/settings.py" line="122"/>
        <source>Passphrase changed.</source>
        <translation>Passphrase geändert.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="45"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="49"/>
        <source>Connection and privacy</source>
        <translation>Verbindung und Datenschutz</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="53"/>
        <source>Relay address</source>
        <translation>Relay-Adresse</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="54"/>
        <source>&amp;Relay:</source>
        <translation>&amp;Relay:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="56"/>
        <source>Only if your organisation gave you one</source>
        <translation>Nur falls Ihre Organisation Ihnen einen gegeben hat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="57"/>
        <source>Relay admission code</source>
        <translation>Zulassungscode des Relays</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="59"/>
        <source>An organisation&apos;s relay creates mailboxes only for the people it admits. The code is shown to that relay alone, never to a contact&apos;s.</source>
        <translation>Das Relay einer Organisation legt Postfächer nur für die Personen an, die es zulässt. Der Code wird nur diesem Relay gezeigt, nie dem eines Kontakts.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="61"/>
        <source>A&amp;dmission code:</source>
        <translation>&amp;Zulassungscode:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="64"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="65"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="67"/>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Aktivität</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="68"/>
        <source>&amp;Lock when idle for:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="69"/>
        <source>Remember on this device (system keyring)</source>
        <translation>Auf diesem Gerät merken (Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="71"/>
        <source>Remember on this device</source>
        <translation>Auf diesem Gerät merken</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="73"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="75"/>
        <source>Send read receipts</source>
        <translation>Lesebestätigungen senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="79"/>
        <source>Notifications and appearance</source>
        <translation>Benachrichtigungen und Darstellung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="81"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="83"/>
        <source>Notify me of new messages</source>
        <translation>Bei neuen Nachrichten benachrichtigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="86"/>
        <source>Show sender and text in notifications</source>
        <translation>Absender und Text in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="88"/>
        <source>Show content in notifications</source>
        <translation>Inhalt in Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="89"/>
        <source>Off: notifications only say “New message”, safe on a shared screen.</source>
        <translation>Aus: Benachrichtigungen sagen nur „Neue Nachricht“ – sicher auf einem geteilten Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="92"/>
        <source>Enter sends (Shift+Enter for a new line)</source>
        <translation>Eingabetaste sendet (Umschalt+Eingabetaste für eine neue Zeile)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="94"/>
        <source>Enter sends</source>
        <translation>Eingabetaste sendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="97"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="98"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="99"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="99"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="102"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="105"/>
        <source>Passphrase and backups</source>
        <translation>Passphrase und Sicherungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="108"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="109"/>
        <source>Back up the vault</source>
        <translation>Den Tresor sichern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="110"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="111"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="112"/>
        <source>Restores into a new, empty folder; your current vault is never overwritten.</source>
        <translation>Stellt in einem neuen, leeren Ordner wieder her; Ihr aktueller Tresor wird nie überschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="114"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="115"/>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="128"/>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="170"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="136"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/dialogs.py" line="169"/>
        <source>Result: {text}</source>
        <translation>Ergebnis: {text}</translation>
    </message>
</context>
<context>
    <name>ShortlistPanel</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="134"/>
        <source>My shortlist</source>
        <translation>Meine Vorschlagsliste</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="147"/>
        <source>Put the candidates in the order you prefer, best first, then send your ranking. The coordinator takes the latest ranking you send before the shortlist expires.</source>
        <translation>Bringen Sie die Kandidaten in die von Ihnen bevorzugte Reihenfolge, die beste Wahl zuerst, und senden Sie dann Ihre Reihenfolge. Die Koordination nimmt die neueste Reihenfolge, die Sie vor Ablauf der Vorschlagsliste senden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="152"/>
        <source>Your ranking, best first</source>
        <translation>Ihre Reihenfolge, die beste Wahl zuerst</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="155"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="156"/>
        <source>Move the chosen candidate up</source>
        <translation>Den ausgewählten Kandidaten nach oben verschieben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="157"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="158"/>
        <source>Move the chosen candidate down</source>
        <translation>Den ausgewählten Kandidaten nach unten verschieben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="165"/>
        <source>Why the chosen candidate is on your shortlist</source>
        <translation>Warum der ausgewählte Kandidat auf Ihrer Vorschlagsliste steht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="167"/>
        <source>&amp;Send my ranking</source>
        <translation>Meine Reihenfolge &amp;senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="168"/>
        <source>Send my ranking to the coordinator</source>
        <translation>Meine Reihenfolge an die Koordination senden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="203"/>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="273"/>
        <source>No shortlist yet: the coordinator sends one at a later sync.</source>
        <translation>Noch keine Vorschlagsliste: Die Koordination sendet eine bei einer späteren Synchronisierung.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="216"/>
        <source>This shortlist has expired: the coordinator takes no ranking of it any more.</source>
        <translation>Diese Vorschlagsliste ist abgelaufen: Die Koordination nimmt keine Reihenfolge mehr dafür an.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="219"/>
        <source>Your ranking was sent. You may change it and send it again until {when}.</source>
        <translation>Ihre Reihenfolge wurde gesendet. Sie können sie bis {when} ändern und erneut senden.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="222"/>
        <source>Rank it by {when}.</source>
        <translation>Legen Sie die Reihenfolge bis {when} fest.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="278"/>
        <source>Your shortlist has expired; a new one may come.</source>
        <translation>Ihre Vorschlagsliste ist abgelaufen; möglicherweise kommt eine neue.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/shortlist_view.py" line="280"/>
        <source>Ask the mentors you would like, up to {n} at once. Your note is sealed to the mentor: the coordinator forwards it without reading it. Open until {when}.</source>
        <translation>Fragen Sie die Mentoren an, die Sie möchten, bis zu {n} gleichzeitig. Ihre Notiz ist für den Mentor versiegelt: Die Koordination leitet sie weiter, ohne sie zu lesen. Offen bis {when}.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="91"/>
        <source>The terms you sign</source>
        <translation>Die Bedingungen, die Sie unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="95"/>
        <source>Your signature is made with your key on this computer. It cannot be taken back; changed terms become a new version that both of you sign again.</source>
        <translation>Ihre Unterschrift wird mit Ihrem Schlüssel auf diesem Computer erstellt. Sie kann nicht zurückgenommen werden; geänderte Bedingungen werden eine neue Version, die Sie beide erneut unterzeichnen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="100"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="101"/>
        <source>Cancel, do not sign</source>
        <translation>Abbrechen, nicht unterzeichnen</translation>
    </message>
</context>
<context>
    <name>Spinner</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="40"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="111"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="36"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="37"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="38"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="39"/>
        <source>↻ Syncing…</source>
        <translation>↻ Wird synchronisiert…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="40"/>
        <source>↻ Sending…</source>
        <translation>↻ Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="41"/>
        <source>↻ Receiving…</source>
        <translation>↻ Wird empfangen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="42"/>
        <source>○ Offline – messages wait</source>
        <translation>○ Offline – Nachrichten warten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="43"/>
        <source>◐ Relay busy – retrying soon</source>
        <translation>◐ Relay ausgelastet – neuer Versuch in Kürze</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="44"/>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="45"/>
        <source>⚠ Relay problem</source>
        <translation>⚠ Problem mit dem Relay</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="46"/>
        <source>○ Not syncing</source>
        <translation>○ Keine Synchronisierung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="62"/>
        <source>↻ Receiving messages… {count} so far</source>
        <translation>↻ Nachrichten werden empfangen… bisher {count}</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/sync.py" line="100"/>
        <source>Syncing stopped unexpectedly.</source>
        <translation>Die Synchronisierung wurde unerwartet beendet.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="406"/>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="417"/>
        <source>The programme&apos;s terms</source>
        <translation>Die Bedingungen des Programms</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="407"/>
        <source>Read what the programme is, and exactly what is shared with whom, before you consent.</source>
        <translation>Lesen Sie, was das Programm ist und was genau mit wem geteilt wird, bevor Sie zustimmen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="426"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="427"/>
        <source>What it offers you</source>
        <translation>Was es Ihnen bietet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="428"/>
        <source>What is expected of you</source>
        <translation>Was von Ihnen erwartet wird</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="429"/>
        <source>How people are matched</source>
        <translation>Wie Personen zusammengebracht werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="430"/>
        <source>Your role</source>
        <translation>Ihre Rolle</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="434"/>
        <source>I join as a &amp;mentee</source>
        <translation>Ich trete als &amp;Mentee bei</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="435"/>
        <source>I join as a men&amp;tor</source>
        <translation>Ich trete als Men&amp;tor bei</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="446"/>
        <source>What you share, and with whom</source>
        <translation>Was Sie teilen und mit wem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="452"/>
        <source>Reporting: choose what you allow</source>
        <translation>Berichte: Wählen Sie, was Sie erlauben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="463"/>
        <source>Keeping and admission</source>
        <translation>Aufbewahrung und Zulassung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="483"/>
        <source>Run by {organiser}</source>
        <translation>Durchgeführt von {organiser}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="486"/>
        <source>From {start} to {end}</source>
        <translation>Vom {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="487"/>
        <source>(no start date)</source>
        <translation>(kein Startdatum)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="488"/>
        <source>(no end date)</source>
        <translation>(kein Enddatum)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="491"/>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="492"/>
        <source>(not written)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="500"/>
        <source>You join as: {role}</source>
        <translation>Sie treten bei als: {role}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="511"/>
        <source>Allow: {scope}</source>
        <translation>Erlauben: {scope}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="530"/>
        <source>Your app counts these on your computer and sends only the numbers; leave any unticked and it is never sent. You can withdraw later.</source>
        <translation>Ihre App zählt diese Werte auf Ihrem Computer und sendet nur die Zahlen; was Sie nicht ankreuzen, wird nie gesendet. Sie können später widerrufen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="563"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="563"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="564"/>
        <source>• {sentence} ({tag})</source>
        <translation>• {sentence} ({tag})</translation>
    </message>
</context>
<context>
    <name>TimezoneBox</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="307"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="321"/>
        <source>Choose your time zone, e.g. Europe/Berlin.</source>
        <translation>Wählen Sie Ihre Zeitzone, z. B. Europe/Berlin.</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="28"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="45"/>
        <source>eMentor logo</source>
        <translation>eMentor-Logo</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="47"/>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="51"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="135"/>
        <source>Your conversations are locked. Enter your passphrase to open them.</source>
        <translation>Ihre Unterhaltungen sind gesperrt. Geben Sie Ihre Passphrase ein, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="60"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="61"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="71"/>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="82"/>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="85"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="91"/>
        <source>Vault: {path}</source>
        <translation>Tresor: {path}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/unlock.py" line="114"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
</context>
<context>
    <name>WaitPage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="371"/>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="380"/>
        <source>Waiting for the programme&apos;s answer</source>
        <translation>Warten auf die Antwort des Programms</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="372"/>
        <source>The programme answers with its terms.</source>
        <translation>Das Programm antwortet mit seinen Bedingungen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="377"/>
        <source>Your request to join is on its way. The programme&apos;s answer (its terms) arrives when the coordinator&apos;s app is next online; this can take a while. You may close this window: the terms will be waiting under the programme.</source>
        <translation>Ihre Beitrittsanfrage ist unterwegs. Die Antwort des Programms (seine Bedingungen) kommt, wenn die App der Koordination das nächste Mal online ist; das kann etwas dauern. Sie können dieses Fenster schließen: Die Bedingungen warten dann beim Programm auf Sie.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/join_dialog.py" line="391"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="65"/>
        <source>Welcome to eMentor</source>
        <translation>Willkommen bei eMentor</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="66"/>
        <source>A private place for mentoring conversations.</source>
        <translation>Ein geschützter Ort für Mentoring-Gespräche.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="70"/>
        <source>Talk with your mentor or mentee, plan goals and keep notes – all in one app, without swapping personal e-mail addresses or phone numbers.</source>
        <translation>Sprechen Sie mit Ihrem Mentor oder Ihrem Mentee, planen Sie Ziele und halten Sie Notizen fest – alles in einer App, ohne private E-Mail-Adressen oder Telefonnummern auszutauschen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="73"/>
        <source>&lt;b&gt;Only you and your contact can read your messages.&lt;/b&gt; They are sealed on this computer before they leave it. The relay that passes them on sees only sealed envelopes: not what you wrote, and not who you are.</source>
        <translation>&lt;b&gt;Nur Sie und Ihr Kontakt können Ihre Nachrichten lesen.&lt;/b&gt; Sie werden auf diesem Computer versiegelt, bevor sie ihn verlassen. Das Relay, das sie weiterleitet, sieht nur versiegelte Umschläge: weder was Sie geschrieben haben noch wer Sie sind.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="77"/>
        <source>Everything on this computer is kept in an encrypted vault that opens with a passphrase you choose next.</source>
        <translation>Alles auf diesem Computer liegt in einem verschlüsselten Tresor, der sich mit einer Passphrase öffnet, die Sie als Nächstes wählen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="82"/>
        <source>Moving from another computer?</source>
        <translation>Sie kommen von einem anderen Computer?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="84"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="85"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/onboarding.py" line="97"/>
        <source>Restore problem</source>
        <translation>Problem bei der Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="96"/>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="96"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="97"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="97"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/widgets.py" line="98"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>WorkingStyle</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="192"/>
        <source>How do you like a mentoring conversation to run?</source>
        <translation>Wie soll ein Mentoring-Gespräch für Sie ablaufen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="193"/>
        <source>With an agenda agreed beforehand</source>
        <translation>Mit einer vorher vereinbarten Tagesordnung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="194"/>
        <source>A rough plan, open to detours</source>
        <translation>Ein grober Plan, offen für Umwege</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="195"/>
        <source>Open: wherever it needs to go</source>
        <translation>Offen: wohin auch immer es führt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="196"/>
        <source>How do you like feedback?</source>
        <translation>Wie möchten Sie Feedback erhalten?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="197"/>
        <source>Direct and to the point</source>
        <translation>Direkt und auf den Punkt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="198"/>
        <source>Frank, with the reasons around it</source>
        <translation>Offen, mit den Gründen dazu</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="199"/>
        <source>Gentle, encouragement first</source>
        <translation>Behutsam, zuerst die Ermutigung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="200"/>
        <source>How do you learn something new?</source>
        <translation>Wie lernen Sie etwas Neues?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="201"/>
        <source>Try it first, questions later</source>
        <translation>Erst ausprobieren, dann Fragen stellen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="202"/>
        <source>A bit of both</source>
        <translation>Ein bisschen von beidem</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="203"/>
        <source>Read and think it through first</source>
        <translation>Erst lesen und durchdenken</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="204"/>
        <source>Between meetings, how much contact suits you?</source>
        <translation>Wie viel Kontakt zwischen den Treffen passt zu Ihnen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="205"/>
        <source>Frequent short check-ins</source>
        <translation>Häufige kurze Rückmeldungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="206"/>
        <source>Now and then, when there is news</source>
        <translation>Ab und zu, wenn es Neuigkeiten gibt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="207"/>
        <source>Mostly at the planned meetings</source>
        <translation>Vor allem bei den geplanten Treffen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="208"/>
        <source>What should this mentoring mostly be about?</source>
        <translation>Worum soll es in diesem Mentoring vor allem gehen?</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="209"/>
        <source>The craft: getting better at the work</source>
        <translation>Das Handwerk: besser werden in der Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="210"/>
        <source>Both the work and the bigger picture</source>
        <translation>Sowohl die Arbeit als auch das große Ganze</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/domain_texts.py" line="211"/>
        <source>Career steps and the bigger picture</source>
        <translation>Karriereschritte und das große Ganze</translation>
    </message>
</context>
<context>
    <name>WorkingStyleEditor</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/profile_view.py" line="337"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="75"/>
        <source>Column headings</source>
        <translation>Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="187"/>
        <source>{weekday} {date} {time}</source>
        <translation>{weekday} {date} {time}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="199"/>
        <source>{when} ({zone})</source>
        <translation>{when} ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="205"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="206"/>
        <source>every two weeks</source>
        <translation>alle zwei Wochen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="207"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="208"/>
        <source>messages in this app</source>
        <translation>Nachrichten in dieser App</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="209"/>
        <source>live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="210"/>
        <source>video calls</source>
        <translation>Videoanrufe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="211"/>
        <source>phone calls</source>
        <translation>Telefonanrufe</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="212"/>
        <source>this agreement</source>
        <translation>diese Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="213"/>
        <source>the goals</source>
        <translation>die Ziele</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="214"/>
        <source>the sessions</source>
        <translation>die Sitzungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="215"/>
        <source>progress on the goals</source>
        <translation>den Fortschritt bei den Zielen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="216"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="217"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="218"/>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="219"/>
        <source>dropped</source>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="220"/>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="221"/>
        <source>held</source>
        <translation>stattgefunden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="222"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="223"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="224"/>
        <source>ended</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="225"/>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="236"/>
        <source>Runs: {start} to {end}</source>
        <translation>Laufzeit: {start} bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="238"/>
        <source>(no start date)</source>
        <translation>(kein Startdatum)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="239"/>
        <source>(no end date)</source>
        <translation>(kein Enddatum)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="241"/>
        <source>Meet: {cadence}</source>
        <translation>Treffen: {cadence}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="244"/>
        <source>Talk by: {channels}</source>
        <translation>Kontakt über: {channels}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="247"/>
        <source>Answer within: {hours} hours</source>
        <translation>Antwort innerhalb von: {hours} Stunden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="250"/>
        <source>Goals:</source>
        <translation>Ziele:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="253"/>
        <source>Review on: {dates}</source>
        <translation>Überprüfung am: {dates}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="256"/>
        <source>A programme coordinator may see: {what}</source>
        <translation>Eine Programmkoordination darf sehen: {what}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="258"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="260"/>
        <source>Confidentiality:</source>
        <translation>Vertraulichkeit:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="290"/>
        <source>Write a message</source>
        <extracomment>Which view each action opens (`RelationshipPanel.view_requested` carries the view&apos;s name).</extracomment>
        <translation>Eine Nachricht schreiben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="291"/>
        <source>Open the agreement</source>
        <translation>Die Vereinbarung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="292"/>
        <source>Read and sign</source>
        <translation>Lesen und unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="293"/>
        <source>Add a goal</source>
        <translation>Ein Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="294"/>
        <source>Schedule a session</source>
        <translation>Eine Sitzung planen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="295"/>
        <source>Give feedback</source>
        <translation>Feedback geben</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="296"/>
        <source>Update the goals</source>
        <translation>Die Ziele aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="297"/>
        <source>Answer the pulse</source>
        <translation>Die Stimmungsfrage beantworten</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/common.py" line="298"/>
        <source>Complete or end the mentorship</source>
        <translation>Das Mentoring abschließen oder beenden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="64"/>
        <source>a signature does not verify (TAMPERED)</source>
        <translation>eine Unterschrift lässt sich nicht prüfen (MANIPULIERT)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="66"/>
        <source>signed by both</source>
        <translation>von beiden unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="70"/>
        <source>signed by you</source>
        <translation>von Ihnen unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="72"/>
        <source>signed by {name}</source>
        <translation>von {name} unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="73"/>
        <source>not signed</source>
        <translation>nicht unterzeichnet</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="116"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="118"/>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="123"/>
        <source>Sign version {n}</source>
        <translation>Version {n} unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="119"/>
        <source>You are signing version {n} of your agreement with {name}, proposed by {who} on {day}. These are exactly the terms you sign:</source>
        <translation>Sie unterzeichnen Version {n} Ihrer Vereinbarung mit {name}, vorgeschlagen von {who} am {day}. Genau diese Bedingungen unterzeichnen Sie:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="129"/>
        <source>Propose and sign version {n}</source>
        <translation>Version {n} vorschlagen und unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="130"/>
        <source>You are proposing these terms to {name} as version {n} of your agreement, and signing them: they come into force when {name} signs them too. These are exactly the terms you sign:</source>
        <translation>Sie schlagen {name} diese Bedingungen als Version {n} Ihrer Vereinbarung vor und unterzeichnen sie: Sie treten in Kraft, wenn {name} sie ebenfalls unterzeichnet. Genau diese Bedingungen unterzeichnen Sie:</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/agreement.py" line="134"/>
        <source>Propose and sign</source>
        <translation>Vorschlagen und unterzeichnen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="62"/>
        <source>{what}: {value}</source>
        <extracomment>The fields of a shared feedback record, by the id of the question that fills it.</extracomment>
        <translation>{what}: {value}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/feedback.py" line="69"/>
        <source>{what}: {value} of {top}</source>
        <translation>{what}: {value} von {top}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="92"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="97"/>
        <source>{who} added the goal</source>
        <translation>{who} hat das Ziel hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="100"/>
        <source>a milestone</source>
        <translation>ein Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="102"/>
        <source>{who} marked “{title}” done</source>
        <translation>{who} hat „{title}“ als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="105"/>
        <source>{who} added the milestone “{title}”</source>
        <translation>{who} hat den Meilenstein „{title}“ hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="110"/>
        <source>progress to {percent} %</source>
        <translation>Fortschritt auf {percent} %</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="113"/>
        <source>status to {status}</source>
        <translation>Status auf {status}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="116"/>
        <source>title to “{title}”</source>
        <translation>Titel auf „{title}“</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="119"/>
        <source>due date to {day}</source>
        <translation>Fälligkeitsdatum auf {day}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="120"/>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="122"/>
        <source>how it is measured</source>
        <translation>wie es gemessen wird</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="124"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="125"/>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="126"/>
        <source>{who} changed {what}</source>
        <translation>{who} hat geändert: {what}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/goals.py" line="128"/>
        <source>{day}: {text}</source>
        <translation>{day}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="89"/>
        <source>your time: {when}</source>
        <translation>Ihre Zeit: {when}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="93"/>
        <source>{name}: {when}</source>
        <translation>{name}: {when}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="103"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="106"/>
        <source>Organiser ({zone})</source>
        <translation>Organisator ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="108"/>
        <source>You ({zone})</source>
        <translation>Sie ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="110"/>
        <source>{name} ({zone})</source>
        <translation>{name} ({zone})</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/workspace/sessions.py" line="121"/>
        <source>{who}: {when}</source>
        <translation>{who}: {when}</translation>
    </message>
</context>
<context>
    <name>WorkspaceController</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="90"/>
        <source>This conversation is not with one person, so it has no mentorship to show.</source>
        <extracomment>The next step and reminders shown (`domain.rhythm`&apos;s, read with the workspace); any callable giving plain objects of the same shape will do. Where to save the record: a path (&quot;&quot; when the person cancelled); a seam for tests.</extracomment>
        <translation>Diese Unterhaltung ist nicht mit einer einzelnen Person, daher gibt es kein Mentoring anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="139"/>
        <source>Export my record</source>
        <translation>Meine Aufzeichnungen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="140"/>
        <source>PDF document (*.pdf);;Markdown text (*.md)</source>
        <translation>PDF-Dokument (*.pdf);;Markdown-Text (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="167"/>
        <source>Mentoring record</source>
        <translation>Mentoring-Aufzeichnungen</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="169"/>
        <source>The record could not be saved: {reason}</source>
        <translation>Die Aufzeichnungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="170"/>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="173"/>
        <source>Saved your record to {file}. It is not encrypted: keep it somewhere safe.</source>
        <translation>Ihre Aufzeichnungen wurden unter {file} gespeichert. Sie sind nicht verschlüsselt: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="259"/>
        <source>Draft saved.</source>
        <translation>Entwurf gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="262"/>
        <source>Proposed. {name} can now sign it or propose changes.</source>
        <translation>Vorgeschlagen. {name} kann jetzt unterzeichnen oder Änderungen vorschlagen.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="266"/>
        <source>Signed.</source>
        <translation>Unterzeichnet.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="282"/>
        <source>Changes saved.</source>
        <translation>Änderungen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="285"/>
        <source>Milestone added.</source>
        <translation>Meilenstein hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="288"/>
        <source>Milestone done.</source>
        <translation>Meilenstein erledigt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="291"/>
        <source>Shared with {name}.</source>
        <translation>Mit {name} geteilt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="297"/>
        <source>Goal deleted.</source>
        <translation>Ziel gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="316"/>
        <source>Session updated.</source>
        <translation>Sitzung aktualisiert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="319"/>
        <source>Session deleted.</source>
        <translation>Sitzung gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="322"/>
        <source>Private note saved on this computer.</source>
        <translation>Private Notiz auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="325"/>
        <source>Action item added.</source>
        <translation>Aufgabe hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/controllers/workspace.py" line="330"/>
        <source>{n} sessions written to {path}.</source>
        <translation>{n} Sitzungen in {path} geschrieben.</translation>
    </message>
</context>
<context>
    <name>_PassphraseDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/backup_dialogs.py" line="67"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="101"/>
        <source>Reason (kept in your vault; nobody is sent it)</source>
        <translation>Grund (in Ihrem Tresor aufbewahrt; niemand erhält ihn)</translation>
    </message>
    <message>
        <location filename="../../src/ementor_desktop/ui/programme/coordinator_dialogs.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
</TS>

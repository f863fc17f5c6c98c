<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s). An administrator can reset its password to unlock it now.</source>
        <translation>
            <numerusform>Too many wrong passwords: this account is locked for %n more minute. An administrator can reset its password to unlock it now.</numerusform>
            <numerusform>Too many wrong passwords: this account is locked for %n more minutes. An administrator can reset its password to unlock it now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords: try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>The history and the account log are intact (%n row(s) checked).</source>
        <translation>
            <numerusform>The history and the account log are intact (%n row checked).</numerusform>
            <numerusform>The history and the account log are intact (%n rows checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>The email %1 already belongs to %n lead(s):</source>
        <translation>
            <numerusform>The email %1 already belongs to %n lead:</numerusform>
            <numerusform>The email %1 already belongs to %n leads:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible conflict: %n match(es).</source>
        <translation>
            <numerusform>Possible conflict: %n match.</numerusform>
            <numerusform>Possible conflict: %n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lead %1 erased: names, email, resume and %n history detail(s) removed; %2 pending email(s) cancelled.</source>
        <translation>
            <numerusform>Lead %1 erased: names, email, resume and %n history detail removed; %2 pending email cancelled.</numerusform>
            <numerusform>Lead %1 erased: names, email, resume and %n history details removed; %2 pending emails cancelled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n party(ies).</source>
        <translation>
            <numerusform>Added %n party.</numerusform>
            <numerusform>Added %n parties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No lead is due: every lead had activity in the last %n month(s).</source>
        <translation>
            <numerusform>No lead is due: every lead had activity in the last %n month.</numerusform>
            <numerusform>No lead is due: every lead had activity in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) due for erasure (no activity for %1 months). Erase them with: leadintake retention apply --reason TEXT</source>
        <translation>
            <numerusform>%n lead due for erasure (no activity for %1 months). Erase them with: leadintake retention apply --reason TEXT</numerusform>
            <numerusform>%n leads due for erasure (no activity for %1 months). Erase them with: leadintake retention apply --reason TEXT</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased.</source>
        <translation>
            <numerusform>%n lead erased.</numerusform>
            <numerusform>%n leads erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message numerus="yes">
        <source>Possible conflict, not reviewed: %n match(es).</source>
        <translation>
            <numerusform>Possible conflict, not reviewed: %n match.</numerusform>
            <numerusform>Possible conflict, not reviewed: %n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message numerus="yes">
        <source>%n lead(s) exported to %1.</source>
        <translation>
            <numerusform>%n lead exported to %1.</numerusform>
            <numerusform>%n leads exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseLeadDialog</name>
    <message numerus="yes">
        <source>Erase %n leads</source>
        <translation>
            <numerusform>Erase %n leads</numerusform>
            <numerusform>Erase %n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmSettings</name>
    <message numerus="yes">
        <source>At most %n sources can be offered.</source>
        <translation>
            <numerusform>At most %n sources can be offered.</numerusform>
            <numerusform>At most %n sources can be offered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n row read…</numerusform>
            <numerusform>%n rows read…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message numerus="yes">
        <source>%n leads with the email %1 already exist; the newest is %2, entered %3.</source>
        <translation>
            <numerusform>%n leads with the email %1 already exist; the newest is %2, entered %3.</numerusform>
            <numerusform>%n leads with the email %1 already exist; the newest is %2, entered %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDetailPane</name>
    <message numerus="yes">
        <source>%n lead(s) selected.</source>
        <translation>
            <numerusform>%n lead selected.</numerusform>
            <numerusform>%n leads selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadEraser</name>
    <message numerus="yes">
        <source>The reason holds at most %n characters; nothing was erased.</source>
        <translation>
            <numerusform>The reason holds at most %n characters; nothing was erased.</numerusform>
            <numerusform>The reason holds at most %n characters; nothing was erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message numerus="yes">
        <source>A note holds at most %n characters; split it in two.</source>
        <translation>
            <numerusform>A note holds at most %n characters; split it in two.</numerusform>
            <numerusform>A note holds at most %n characters; split it in two.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message numerus="yes">
        <source>Not undone: someone else changed %1 meanwhile. None of the %n leads was changed.</source>
        <translation>
            <numerusform>Not undone: someone else changed %1 meanwhile. None of the %n leads was changed.</numerusform>
            <numerusform>Not undone: someone else changed %1 meanwhile. None of the %n leads was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message numerus="yes">
        <source>Where the lead heard of the firm holds at most %n characters.</source>
        <translation>
            <numerusform>Where the lead heard of the firm holds at most %n characters.</numerusform>
            <numerusform>Where the lead heard of the firm holds at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln lead(s)</source>
        <translation>
            <numerusform>At least %Ln lead</numerusform>
            <numerusform>At least %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) marked as reached out.</source>
        <translation>
            <numerusform>%n lead marked as reached out.</numerusform>
            <numerusform>%n leads marked as reached out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your leads are overdue</source>
        <translation>
            <numerusform>%n of your leads is overdue</numerusform>
            <numerusform>%n of your leads are overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Signed out after %n minute without use.</numerusform>
            <numerusform>Signed out after %n minutes without use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Emails waiting: %n</source>
        <translation>
            <numerusform>Emails waiting: %n</numerusform>
            <numerusform>Emails waiting: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation>
            <numerusform>Failed: %n</numerusform>
            <numerusform>Failed: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to upload (%n)</source>
        <translation>
            <numerusform>Waiting to upload (%n)</numerusform>
            <numerusform>Waiting to upload (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import: %n lead(s) added</source>
        <translation>
            <numerusform>Import: %n lead added</numerusform>
            <numerusform>Import: %n leads added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n updated</numerusform>
            <numerusform>, %n updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) over %1 hours. Last error: %2</source>
        <translation>
            <numerusform>Gave up after %n attempt over %1 hours. Last error: %2</numerusform>
            <numerusform>Gave up after %n attempts over %1 hours. Last error: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %1 Gave up after %n attempt(s); use Retry to send it again anyway.</source>
        <translation>
            <numerusform>Possible duplicate: %1 Gave up after %n attempt; use Retry to send it again anyway.</numerusform>
            <numerusform>Possible duplicate: %1 Gave up after %n attempts; use Retry to send it again anyway.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message numerus="yes">
        <source>Added %n party(ies).</source>
        <translation>
            <numerusform>Added %n party.</numerusform>
            <numerusform>Added %n parties.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s):</source>
        <translation>
            <numerusform>Skipped %n row:</numerusform>
            <numerusform>Skipped %n rows:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message numerus="yes">
        <source>Use at least %n characters (a few words in a row make a good one).</source>
        <translation>
            <numerusform>Use at least %n characters (a few words in a row make a good one).</numerusform>
            <numerusform>Use at least %n characters (a few words in a row make a good one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n characters.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>At least %n characters. A short sentence is easy to remember and hard to guess.</numerusform>
            <numerusform>At least %n characters. A short sentence is easy to remember and hard to guess.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message numerus="yes">
        <source>the renderer did not answer within %n second(s)</source>
        <translation>
            <numerusform>the renderer did not answer within %n second</numerusform>
            <numerusform>the renderer did not answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReachedOutGuard</name>
    <message numerus="yes">
        <source>%n of these leads have a possible conflict that nobody has reviewed. Record an outcome first, or confirm that they may be called now.</source>
        <translation>
            <numerusform>%n of these leads have a possible conflict that nobody has reviewed. Record an outcome first, or confirm that they may be called now.</numerusform>
            <numerusform>%n of these leads have a possible conflict that nobody has reviewed. Record an outcome first, or confirm that they may be called now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>No lead is due: every lead had activity in the last %n month(s).</source>
        <translation>
            <numerusform>No lead is due: every lead had activity in the last %n month.</numerusform>
            <numerusform>No lead is due: every lead had activity in the last %n months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) had no activity for %1 months or more. Nothing is erased until you confirm.</source>
        <translation>
            <numerusform>%n lead had no activity for %1 months or more. Nothing is erased until you confirm.</numerusform>
            <numerusform>%n leads had no activity for %1 months or more. Nothing is erased until you confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n month(s) (the firm&apos;s retention period)</source>
        <translation>
            <numerusform>No activity for %n month (the firm&apos;s retention period)</numerusform>
            <numerusform>No activity for %n months (the firm&apos;s retention period)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased.</source>
        <translation>
            <numerusform>%n lead erased.</numerusform>
            <numerusform>%n leads erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>You signed in with a one-time code. Choose your own password (at least %n characters); the code stops working.</source>
        <translation>
            <numerusform>You signed in with a one-time code. Choose your own password (at least %n characters); the code stops working.</numerusform>
            <numerusform>You signed in with a one-time code. Choose your own password (at least %n characters); the code stops working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message numerus="yes">
        <source>The server sent no greeting within %n second(s).</source>
        <translation>
            <numerusform>The server sent no greeting within %n second.</numerusform>
            <numerusform>The server sent no greeting within %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>

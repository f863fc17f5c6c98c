<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCommands</name>
    <message>
        <source>No password on standard input (one line is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s full name, as the history shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receptionist, attorney or admin (default: attorney).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receptionist, attorney or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required: the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use receptionist, attorney or admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell it to them in person; the old one stops working at once, and a lockout is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person signs in with this user name and password. Roles: a receptionist uses the intake page only; an attorney sees the leads; an administrator also manages accounts and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears in the history, e.g. Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, and no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as it should appear in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the role failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the account failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the password failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sign-in state failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the account log failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account log failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sign-in state failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s). An administrator can reset its password to unlock it now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can change accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator: make someone else an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>%1 signed in, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signed out, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was signed out after a while idle, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in with an unknown user name at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-in as %1 at %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 locked for a while after too many wrong passwords, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added the account %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the role of %2 to %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset the password of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was re-protected with stronger settings, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disabled the account %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enabled the account %2 again, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected account&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sign-ins and changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked for a while (wrong passwords)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the history keeps the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Reading the history failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the history failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing the history failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>The history and the account log are intact (%n row(s) checked).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is broken at row %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead history (lead_events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account log (account_log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its hash does not match its content and the row before it (the row was changed or inserted out of turn, or the row before it was removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Store a new lead with a PDF resume, checked as the intake form does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List leads as an aligned table, or as CSV with --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a lead&apos;s status: set-status ID PENDING|REACHED_OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a lead&apos;s resume to a file: export-resume ID FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the queued emails that are due, once, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test email: smtp-test --to ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a firm setting: config-set KEY VALUE (empty VALUE: default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show firm settings: config-get [KEY].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;leadintake --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;leadintake %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the output failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id; an id is a whole number such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Valid statuses: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given to --database (add-lead creates a new database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume, a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save even when a lead with this email already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospect&apos;s language for the confirmation email: en or es (default en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en|es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8, header row, times in UTC) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads whose names or email start with these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads with this status (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many leads, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-lead needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The email %1 already belongs to %n lead(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  lead %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Add --allow-duplicate to save it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set-status needs a lead id and a status, as in: leadintake set-status 12 REACHED_OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-resume needs a lead id and a file, as in: leadintake export-resume 12 resume.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-resume needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored resume of lead %1 is damaged (its checksum does not match); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume was saved to %1, but recording the export in the lead&apos;s history failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume of lead %1 saved to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server (else $LEADINTAKE_SMTP_HOST, else the firm setting smtp.host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP port (else $LEADINTAKE_SMTP_PORT, else smtp.port, default 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit (TLS, 465), starttls (587) or plain (local relay only) (else $LEADINTAKE_SMTP_SECURITY, else smtp.security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP user name (else $LEADINTAKE_SMTP_USER, else smtp.username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust (else $LEADINTAKE_SMTP_CA_FILE, else smtp.ca_file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the SMTP password from this file (first line). Otherwise it comes from $LEADINTAKE_SMTP_PASSWORD; it is never accepted as an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP security must be implicit, starttls or plain, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the SMTP password file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: email is not configured. Set smtp.host (config-set or --smtp-host) and the password ($LEADINTAKE_SMTP_PASSWORD or --smtp-password-file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email %1 (%2, lead %3): %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to send the test email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the SMTP dialogue (commands and replies; never the password or the message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp-test needs --to ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email sent to %1 through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was not sent (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config-set: read VALUE from this UTF-8 file (templates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template override; KIND prospect_confirmation or attorney_notification, LANG en or es, PART subject, text or html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password is never stored: give it in $LEADINTAKE_SMTP_PASSWORD or with --smtp-password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config-set needs a key and a value, as in: leadintake config-set firm.name &quot;Smith &amp; Partners&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password is never stored in the database; give it in $LEADINTAKE_SMTP_PASSWORD or with --smtp-password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset to its default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Intake: a law firm&apos;s front-desk intake of prospects and their resumes.
Without a command, opens the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting (see Keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new value; &quot;&quot; restores the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting; without it, all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new status (%1), in any letter case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the resume (a PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP password is never taken as an argument (other users could read it in the process list). Put it in $LEADINTAKE_SMTP_PASSWORD or in a file given with --smtp-password-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;leadintake COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email settings for send-outbox and smtp-test come from the options --smtp-host, --smtp-port, --smtp-security, --smtp-user, --smtp-ca-file, else the environment (LEADINTAKE_SMTP_HOST, LEADINTAKE_SMTP_PORT, LEADINTAKE_SMTP_SECURITY, LEADINTAKE_SMTP_USER, LEADINTAKE_SMTP_CA_FILE), else the firm settings above. The password only from LEADINTAKE_SMTP_PASSWORD or --smtp-password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception kiosk: full screen, the intake form only; leaving it needs an administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of its commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs the role %1 for the same action in the window. Once the database has accounts, this command needs --user with such an account and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs the role %1 for the same action in the window; this command needs no sign-in (--user records an account, after its password, as the actor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email id; an id is a whole number such as 7 (see outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email&apos;s id (see outbox list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox cancel needs an email id, as in: leadintake outbox cancel 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 cancelled; it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(possible duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(firm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only emails in this state (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many emails, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emails match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every failed or waiting email (not cancelled ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox retry needs an email id or --all, as in: leadintake outbox retry 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again: %1. They go out at the next send (send-outbox or the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 queued again; it goes out at the next send (send-outbox or the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the queued emails: state, attempts, next try, last error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a failed or waiting email again, due now: outbox retry ID|--all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a queued or failed email from being sent: outbox cancel ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account. The password is read from the terminal (twice, not shown) or from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an account&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password (and lift a lockout). The password is read from the terminal or from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop an account from signing in (it is never deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let a disabled account sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the accounts: user name, name, role, state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the lead history and the account log were not tampered with; prints each chain&apos;s head hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (the role an account needs for the same action in the window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window options (without a command, Lead Intake opens its window):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a later try: %1; the next try is at %2 (in %3 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --now to try them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send the emails that wait for a later try (ignore the backoff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: no firm name is set, and every email names the firm. Set it with: leadintake config-set firm.name &quot;Smith &amp; Partners&quot; (or in Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1, to retry later %2, failed %3; of those sent, possibly delivered twice %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this account (--as is the same option). Once the database has accounts, every command whose role is above receptionist needs it; the password is read from the terminal (not shown) or from the first line of standard input, and the account is recorded as the actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1, so no account %2 to sign in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet; run the command without --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an account once accounts exist: add --user USERNAME (an account with the role %2 or higher); its password is then read from the terminal or from standard input. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password entered (on standard input, the first line is the password); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 is %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 head: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first broken link is %1 row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s database, as postgresql://host:port/dbname?sslmode=verify-full (libpq conventions; keep the password in ~/.pgpass or PGPASSWORD). An empty database is set up first; this desk&apos;s database (--database) is read, never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-to needs the office server&apos;s URL, as in: leadintake migrate-to postgresql://db.office.example/leadintake?sslmode=verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-to copies into the office server: give a postgresql:// URL, not a file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1. Give this desk&apos;s database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row(s) copied now, %3 already on the server from an earlier run, %4 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s), SHA-256 %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERENT from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) copied in %2 s (%3 rows/s, reading back and verifying included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table&apos;s row count and checksum are the same on the server as on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts keep their passwords: the Argon2id hashes were copied as they are and people sign in with the same passwords, in the app. Once the server&apos;s own login roles exist, each moved account gets a one-time code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy differs from this desk&apos;s database in %1: the server holds rows that are not this desk&apos;s. Do not use it; copy into an empty database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken on the server at %1 row %2 (the same rows as this desk&apos;s: run verify-audit on the desk&apos;s database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the office PostgreSQL server: create the database if needed, bring its schema up to date and set what each role may do (run by IT as a superuser or a role with CREATEDB and CREATEROLE; safe to run again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database into the office&apos;s PostgreSQL server, verified and resumable: migrate-to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead database: a file on this desk (default: %1, or the one chosen at first start) or the office server, postgresql://HOST[:PORT]/DBNAME[?sslmode=verify-full&amp;...]; libpq&apos;s PGSERVICE, ~/.pgpass and PGSSLROOTCERT apply. Put no password in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path|url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the database or a file failed
  2  invalid input, a bad argument or an unknown command
  3  add-lead: the email already belongs to a lead
  4  no lead (or no resume) with that id
  5  someone else changed the lead at the same moment; nothing was changed
  6  send-outbox / smtp-test: some email was not sent (failed, retry scheduled, email not configured, or no firm name set)
  7  accounts exist and the command needs --user with the right password and role; nothing was changed
  8  verify-audit, migrate-to: the history or the account log was tampered with
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database; using the one libpq picks (PGDATABASE or the service file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check for the database %1 in &quot;%2&quot; (%3); trying it directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s databases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not create databases. Run server-init as a superuser or a role with CREATEDB, or have the database created first (CREATE DATABASE %2 OWNER %1;). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create NAME (or give it a new password), the login desks and kiosks use before anyone signs in: it may only submit leads. The password is typed twice, or read as one line from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create NAME (or give it a new password), the login of desks where attorneys and administrators sign in: leads, resumes, status, notes, email, accounts and settings, never rewriting history. The password is read as for --desk-login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s database, postgresql://HOST[:PORT]/DBNAME[?sslmode=...]; without a password (use ~/.pgpass or PGSERVICE). Default: --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-init needs the server&apos;s URL: leadintake server-init postgresql://HOST/DBNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server-init sets up a PostgreSQL server; %1 is a file, and a desk&apos;s own file needs no setup (add-lead or the window create it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role %1 may not create roles, which server-init needs for the firm&apos;s roles and grants. Run it as a superuser or a role with CREATEROLE (createuser --createrole). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already at schema %1; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run server-init as the database&apos;s owner or a superuser; the schema is left at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the schema from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: %1 (submits leads only), %2, %3, %4; grants applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk login %1 set: it may submit leads and nothing else (reception desks, kiosks). Keep its password in each desk&apos;s ~/.pgpass (or a pg_service.conf entry), not in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login %1 set: for desks where attorneys and administrators sign in; Lead Intake&apos;s own sign-in still decides what each person sees. Keep its password in those desks&apos; ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks connect with: leadintake --database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects as %2, a login that may only submit leads. %3 needs the login of an account with the role %4 or higher in the URL (its password in ~/.pgpass). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Lead Intake (schema %2; this version knows up to %3). Update Lead Intake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the office server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseTarget</name>
    <message>
        <source>Give a database file path or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address names one database: &quot;%1&quot; has a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting Lead Intake knows (for example sslmode, sslrootcert, connect_timeout, service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection setting %1 may not contain a semicolon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTarget</name>
    <message>
        <source>No file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be examined; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it was left as it is and nothing was written. Give the name of a new or ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirmSettings</name>
    <message>
        <source>The firm&apos;s name, as emails show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where new-lead notifications go (an attorney&apos;s or a shared address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name for the notification address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the resume to notifications: true or false (default true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s display name (default: the firm&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address (default: the SMTP user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server, such as smtp.gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP port (default 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit (TLS, port 465), starttls (port 587) or plain (local relay only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP user name (the password is never stored here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for the SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the firm settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP security must be implicit, starttls or plain, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain control characters such as line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the firm settings failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeJournal</name>
    <message>
        <source>Cannot create the folder %1 for the intake journal: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the intake journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the intake journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the intake journal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead could not be kept on this desk either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the intake journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update the intake journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s details and attach their resume. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the emails the prospect receives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume (PDF) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the PDF here, or choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lead (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF file of at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead for %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome — please enter your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us who you are and attach your resume as a PDF. An attorney will contact you. Fields marked * are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send my details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead with this email address is already known.

Save this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead with the email %1 already exists: %2, entered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n leads with the email %1 already exist; the newest is %2, entered %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open the existing lead, or save this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newest, or save this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this one as well?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead for %1 saved on this desk: the office server cannot be reached just now. It is sent to the server, with its emails, as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainPasswordStore</name>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We have your details and your resume. An attorney will contact you soon.
Please let the front desk know you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the kiosk (administrator&apos;s password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can leave the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailPane</name>
    <message>
        <source>Select a lead to see its details, history and resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a copy of the resume in the desktop&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the resume to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a note about this lead (a call, a meeting, next steps)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note to the lead&apos;s history (it cannot be edited afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting (retry at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (may have arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume opened by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume saved to a file by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Resume As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the resume to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), received as “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select one lead to see its details, history and resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing a temporary copy of the resume failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opens %1 (is a PDF viewer installed?). Use “Save as…” and open the file yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Saving the lead failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the resume failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the lead&apos;s history failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lead failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for leads with this email failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting leads failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading leads failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this lead a moment ago; it now shows their change. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the status failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the status change failed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lead&apos;s history failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the lead&apos;s history failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A note holds at most %n characters; split it in two.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the resume failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 has no resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading leads was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored resume of lead %1 is damaged (its checksum does not match the one recorded when it was saved). Restore the database from a backup, or ask the prospect for the resume again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the office server has an intake role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name contains a control character (such as a line break); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name contains a control character (such as a line break); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address contains a control character (such as a line break); remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address needs an @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address has more than one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the part before the @ in the email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the domain after the @ in the email address, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ contains a character an email address cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email domain &quot;%1&quot; is incomplete, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred language must be en (English) or es (Spanish), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume is %1; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the resume (a PDF file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume file &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume file &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name contains an invisible text-direction control (%1) that can make it display as another name; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name contains an invisible text-direction control (%1) that can make it display as another name; remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first name is made only of invisible characters (such as zero-width spaces or blank fillers); type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last name is made only of invisible characters (such as zero-width spaces or blank fillers); type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is too long once its domain is converted for sending: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume is not a PDF file: it does not begin with %PDF- (whatever its name says). Choose a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume PDF is incomplete or damaged: it does not end with the %%EOF marker. Save it again and choose the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume PDF is incomplete or damaged: it has no cross-reference (startxref) before its end marker. Save it again and choose the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resume PDF is incomplete or damaged: its cross-reference points past the end of the file. Save it again and choose the new copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>Search names and email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words match the start of first names, last names and email addresses, ignoring case and accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Reached Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected leads as reached out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead for %1 saved (number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead number %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as an attorney to open the existing lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lead Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Lead Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lead Intake %1&lt;/h3&gt;&lt;p&gt;Walk-in prospects, their resumes and the firm&apos;s follow-up, in one place.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: intake only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emails waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Emails waiting: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded history was changed outside Lead Intake. %1 Keep a copy of this database file and check who could write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered: the email password is kept for this session only. After Lead Intake restarts, type it again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting to the office server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to upload (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Leads saved on this desk while the office server could not be reached. They are sent to the server, in order, as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead saved on this desk; it is uploaded when the office server answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationSteps</name>
    <message>
        <source>Recomputing the duplicate keys failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <source>The database is not on that server yet: IT creates it with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password in ~/.pgpass (mode 0600) or in a pg_service.conf entry, never on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point sslrootcert (in the URL, PGSSLROOTCERT or the service file) at the firm&apos;s CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s database %1 has no Lead Intake tables yet. IT sets it up once with &quot;%2&quot;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server&apos;s database %1 is at schema %2; this Lead Intake needs schema %3. IT upgrades it with &quot;%4&quot;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: Lead Intake schema %2, PostgreSQL %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxComposer</name>
    <message>
        <source>Email is not configured: set the sender address in Settings (or mail.sender_address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 belongs to no lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not configured: set the notification address in Settings (or firm.notification_address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not configured: set the firm name in Settings (or firm.name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) over %1 hours. Last error: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended without a result for this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s final reply was lost: %1 It will be sent again (same Message-ID) and may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %1 Gave up after %n attempt(s); use Retry to send it again anyway.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected email again as soon as possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send the selected email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email could not be queued again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email could not be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Queuing the email failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the outbox failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claiming an email to send failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending the send lease failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the email&apos;s outcome failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 is being sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the email again failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the email failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting emails failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the lead&apos;s emails failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the emails again failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the waiting emails forward failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>The firm&apos;s notification address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed (may have arrived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters (a few words in a row make a good one).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: it repeats the same few characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeCopies</name>
    <message>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumePicker</name>
    <message>
        <source>Choose your resume (a PDF file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents folder, downloads folder or USB drive was found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Receptionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Cannot read the database&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the server&apos;s roles failed (the role running it needs CREATEROLE and must own the database): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up the login %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attorneys@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noti&amp;fy new leads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach the resume to the notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail (port 465, TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail (port 587, STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365 (port 587, STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a server with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test emai&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ema&amp;il</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to send the test email to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test email to %1 through %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was sent to %1. Check that it arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was not sent (stage: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attorney notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Español</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the built-in subject, text and HTML of this email (saved with Save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the email is sent as plain text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML version of the email. Leave it empty to send plain text only; when you change the text, change or clear the HTML too so that both say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placeholders this email can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview (sample values):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Law Firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 email needs a subject and a text body; use “Reset to default” to go back to the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 email cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTML version: sent as plain text only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain (or, without one, for this session only), never in a file or the database. For Gmail and Microsoft 365 use an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered: the password is kept for this session only. After Lead Intake restarts, type it here again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set Up Lead Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Before the first lead, tell Lead Intake about the firm and create the first account: an administrator, who is also an attorney and can add the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intake@firm.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firm &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify new leads to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account (administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it appears in the history, e.g. Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address that is told about new leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your full name as it should appear in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: it signs every email to prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the firm&apos;s name: it appears in every email to prospects, and no email is sent without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Lead Intake Keeps the Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. First choose where this desk keeps the leads. You can change it later only with --database, so ask IT if unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This desk only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads stay in a file on this computer, readable only by your account:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Our office server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk of the firm shares one PostgreSQL server that IT has set up with &quot;leadintake server-init&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a password in the address: Lead Intake never stores one. Keep it in ~/.pgpass (mode 0600) or in a pg_service.conf entry (service=NAME in the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. postgresql://leads.firm.lan/leadintake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address starts with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the password from the address; keep it in ~/.pgpass or a service file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the leads. The intake form stays open without signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs an account with the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The CA certificate file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed or oversized reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS; nothing was sent over the unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1 %2); nothing was sent over the unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent unexpected data right after accepting STARTTLS (possible response injection); the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which the settings require; nothing was sent over the unencrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name or token is configured but the connection is not encrypted; credentials are never sent in plaintext. Use implicit TLS or STARTTLS, or remove the credentials for a local relay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer authentication (AUTH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no authentication method this program supports (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected authentication challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused address &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support international addresses (SMTPUTF8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1 bytes but the server accepts at most %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the session ended before this message&apos;s turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the end of the message was sent, before the server confirmed it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost during %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name, or add the server&apos;s CA certificate in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not confirm the message within %1 ms after it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress from the server for %1 ms during %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with TLS data instead of an SMTP greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server sent no greeting within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 of %2 probably expects implicit TLS: choose &quot;TLS from the start&quot; as the security (smtp.security implicit; usually port 465), or use the server&apos;s STARTTLS port (usually 587).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpFailure</name>
    <message>
        <source>The server answered %1 during %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent, so it may have been delivered. Sending it again may produce a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail needs an app password: turn on 2-Step Verification for the account, create an app password at https://myaccount.google.com/apppasswords and enter it instead of the normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this; use TLS or STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires signing in: enter a user name and password in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is larger than the server accepts; send a smaller attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server considers an address invalid; check the sender and recipient addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the session; the message will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unable to accept the message; it will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message; it will not be retried automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server name, port and security setting, and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not set up an encrypted connection, so nothing was sent. Check the security setting, or ask the mail provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message will be retried later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>Email is not configured: set the SMTP server in Settings (or smtp.host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not configured: the SMTP port is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email is not configured: the SMTP password for %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceConnection</name>
    <message>
        <source>There is no database at %1. Give this desk&apos;s database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1 to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Lead Intake database (or it is empty); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema %2; this version of Lead Intake copies schema %3. It never changes the desk&apos;s file while copying it: open the file once with this version of Lead Intake (which upgrades it), then run migrate-to again. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteToServer</name>
    <message>
        <source>migrate-to copies into a PostgreSQL server (a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database already holds data that is not from %1: its table %2 has %3 row(s) (up to %4 %5), and this desk&apos;s database has %6 row(s) up to there%7. Nothing was written. Copy into a new, empty database, or into the one an interrupted migrate-to of this same file left (if this desk was used since, start again with an empty one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else wrote to the server&apos;s %1 while it was being copied (another desk, or a second migrate-to). Nothing of theirs was overwritten. Let no desk use the server until migrate-to has finished, then run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the copy of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 to the server failed; the rows copied before are kept, run migrate-to again to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the next id of %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the server back failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead Intake opened %1 while it was being copied, so the copy may not be one moment of it. Close Lead Intake on this desk and run migrate-to again: it continues, and refuses if a row already copied was changed since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>Unknown placeholder(s) in the template: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The database is busy or read-only; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the database failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office server cannot be reached; nothing was saved. Lead Intake is reconnecting; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office server was lost while saving; once Lead Intake has reconnected, check whether the change is there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lead Intake cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write desk.conf; the choice is asked again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountCommands</name>
    <message>
        <source>No password on standard input (one line is expected).</source>
        <translation>No hay contraseña en la entrada estándar (se espera una línea).</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nueva contraseña para %1: </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repítala: </translation>
    </message>
    <message>
        <source>No password entered.</source>
        <translation>No se introdujo ninguna contraseña.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Las dos contraseñas no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <source>The person&apos;s full name, as the history shows it.</source>
        <translation>El nombre completo de la persona, tal como aparece en el historial.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The person&apos;s email address.</source>
        <translation>La dirección de correo electrónico de la persona.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>receptionist, attorney or admin (default: attorney).</source>
        <translation>receptionist, attorney o admin (predeterminado: attorney).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>The name to sign in with.</source>
        <translation>El nombre de usuario para iniciar sesión.</translation>
    </message>
    <message>
        <source>The account.</source>
        <translation>La cuenta.</translation>
    </message>
    <message>
        <source>receptionist, attorney or admin.</source>
        <translation>receptionist, attorney o admin.</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>Falta un argumento.</translation>
    </message>
    <message>
        <source>--name is required: the person&apos;s full name.</source>
        <translation>--name es obligatorio: el nombre completo de la persona.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use receptionist, attorney or admin.</source>
        <translation>Rol desconocido «%1»: use receptionist, attorney o admin.</translation>
    </message>
    <message>
        <source>Office server only: instead of a password, print a one-time code for the person; they sign in with it once and then choose their own password.</source>
        <translation>Solo en un servidor de oficina: en lugar de una contraseña, muestra un código de un solo uso para la persona; inicia sesión con él una vez y después elige su propia contraseña.</translation>
    </message>
    <message>
        <source>One-time code for %1: %2</source>
        <translation>Código de un solo uso para %1: %2</translation>
    </message>
    <message>
        <source>The person&apos;s new full name, as the history shows it.</source>
        <translation>El nuevo nombre completo de la persona, tal como aparece en el historial.</translation>
    </message>
    <message>
        <source>The person&apos;s new email address (&quot;&quot; for none).</source>
        <translation>La nueva dirección de correo electrónico de la persona (&quot;&quot; para ninguna).</translation>
    </message>
    <message>
        <source>The account (its user name never changes).</source>
        <translation>La cuenta (su nombre de usuario no cambia nunca).</translation>
    </message>
    <message>
        <source>user-edit needs --name, --email or both, as in: leadintake user-edit ana --email ana.ruiz@firm.example</source>
        <translation>user-edit necesita --name, --email o ambos, por ejemplo: leadintake user-edit ana --email ana.ruiz@firm.example</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>sin dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>A new password for %1 (%2). Tell it to them in person; the old one stops working at once, and a lockout is lifted.</source>
        <translation>Una nueva contraseña para %1 (%2). Comuníquesela en persona; la anterior deja de funcionar de inmediato y se levanta cualquier bloqueo.</translation>
    </message>
    <message>
        <source>The person signs in with this user name and password. Roles: a receptionist uses the intake page only; an attorney sees the leads; an administrator also manages accounts and settings.</source>
        <translation>La persona inicia sesión con este nombre de usuario y esta contraseña. Roles: un recepcionista solo usa la página de registro; un abogado ve los clientes potenciales; un administrador además gestiona las cuentas y la configuración.</translation>
    </message>
    <message>
        <source>As it appears in the history, e.g. Ana Ruiz</source>
        <translation>Tal como aparece en el historial, p. ej. Ana Ruiz</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Es&amp;tablecer contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Repea&amp;t password:</source>
        <translation>Repita la co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>The full name and email address of %1 (user name %2, which never changes). The name is what the history, the leads and the emails show from now on.</source>
        <translation>El nombre completo y la dirección de correo electrónico de %1 (nombre de usuario %2, que no cambia nunca). A partir de ahora, el historial, los clientes potenciales y los correos muestran este nombre.</translation>
    </message>
    <message>
        <source>Optional: where the firm&apos;s notifications reach the person</source>
        <translation>Opcional: dónde recibe la persona los avisos del despacho</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
</context>
<context>
    <name>AccountRepository</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>A user name has 2 to 64 letters, digits, dots, dashes, underscores or @, and no spaces.</source>
        <translation>Un nombre de usuario tiene de 2 a 64 letras, dígitos, puntos, guiones, guiones bajos o @, sin espacios.</translation>
    </message>
    <message>
        <source>Reading the accounts failed</source>
        <translation>No se pudieron leer las cuentas</translation>
    </message>
    <message>
        <source>Reading the account failed</source>
        <translation>No se pudo leer la cuenta</translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>La cuenta %1 no existe.</translation>
    </message>
    <message>
        <source>There is no account named “%1”.</source>
        <translation>No hay ninguna cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as it should appear in the history.</source>
        <translation>Introduzca el nombre de la persona tal como debe aparecer en el historial.</translation>
    </message>
    <message>
        <source>The user name “%1” is taken; choose another.</source>
        <translation>El nombre de usuario «%1» ya está en uso; elija otro.</translation>
    </message>
    <message>
        <source>Saving the account failed</source>
        <translation>No se pudo guardar la cuenta</translation>
    </message>
    <message>
        <source>Changing the role failed</source>
        <translation>No se pudo cambiar el rol</translation>
    </message>
    <message>
        <source>Changing the account failed</source>
        <translation>No se pudo cambiar la cuenta</translation>
    </message>
    <message>
        <source>Saving the password failed</source>
        <translation>No se pudo guardar la contraseña</translation>
    </message>
    <message>
        <source>Saving the sign-in state failed</source>
        <translation>No se pudo guardar el estado de inicio de sesión</translation>
    </message>
    <message>
        <source>Writing the account log failed</source>
        <translation>No se pudo escribir en el registro de cuentas</translation>
    </message>
    <message>
        <source>Reading the account log failed</source>
        <translation>No se pudo leer el registro de cuentas</translation>
    </message>
    <message>
        <source>Reading the sign-in state failed</source>
        <translation>No se pudo leer el estado de inicio de sesión</translation>
    </message>
</context>
<context>
    <name>AccountService</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked for %n more minute(s). An administrator can reset its password to unlock it now.</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante %n minuto más. Un administrador puede restablecer su contraseña para desbloquearla ahora.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas: esta cuenta está bloqueada durante %n minutos más. Un administrador puede restablecer su contraseña para desbloquearla ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas: vuelva a intentarlo dentro de %n segundo.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas: vuelva a intentarlo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can change accounts.</source>
        <translation>Solo un administrador puede modificar las cuentas.</translation>
    </message>
    <message>
        <source>This database already has accounts.</source>
        <translation>Esta base de datos ya tiene cuentas.</translation>
    </message>
    <message>
        <source>The user name “%1” is taken; choose another.</source>
        <translation>El nombre de usuario «%1» ya está en uso; elija otro.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: make someone else an administrator first.</source>
        <translation>%1 es el último administrador: primero nombre administrador a otra persona.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>No puede desactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>Only an account signed in to the office server chooses its own password here.</source>
        <translation>Solo una cuenta con sesión iniciada en el servidor de la oficina elige aquí su propia contraseña.</translation>
    </message>
    <message>
        <source>One-time codes are for accounts on an office server.</source>
        <translation>Los códigos de un solo uso son para cuentas de un servidor de oficina.</translation>
    </message>
    <message>
        <source>The full name is required: it is what the history and the emails show.</source>
        <translation>El nombre completo es obligatorio: es el que muestran el historial y los correos.</translation>
    </message>
    <message>
        <source>The full name holds at most 100 characters.</source>
        <translation>El nombre completo admite como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The full name must be one line, without control characters.</source>
        <translation>El nombre completo debe ocupar una sola línea, sin caracteres de control.</translation>
    </message>
    <message>
        <source>The account&apos;s email address: %1</source>
        <translation>La dirección de correo de la cuenta: %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>%1 signed in, %2</source>
        <translation>%1 inició sesión, %2</translation>
    </message>
    <message>
        <source>%1 signed out, %2</source>
        <translation>%1 cerró sesión, %2</translation>
    </message>
    <message>
        <source>%1 was signed out after a while idle, %2</source>
        <translation>Se cerró la sesión de %1 tras un rato de inactividad, %2</translation>
    </message>
    <message>
        <source>Failed sign-in with an unknown user name at %1, %2</source>
        <translation>Inicio de sesión fallido con un nombre de usuario desconocido en %1, %2</translation>
    </message>
    <message>
        <source>Failed sign-in as %1 at %2, %3</source>
        <translation>Inicio de sesión fallido como %1 en %2, %3</translation>
    </message>
    <message>
        <source>%1 locked for a while after too many wrong passwords, %2</source>
        <translation>%1 quedó bloqueado un tiempo tras demasiadas contraseñas incorrectas, %2</translation>
    </message>
    <message>
        <source>%1 added the account %2, %3</source>
        <translation>%1 añadió la cuenta %2, %3</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 to %3, %4</source>
        <translation>%1 cambió el rol de %2 a %3, %4</translation>
    </message>
    <message>
        <source>%1 reset the password of %2, %3</source>
        <translation>%1 restableció la contraseña de %2, %3</translation>
    </message>
    <message>
        <source>The password of %1 was re-protected with stronger settings, %2</source>
        <translation>La contraseña de %1 se volvió a proteger con parámetros más robustos, %2</translation>
    </message>
    <message>
        <source>%1 disabled the account %2, %3</source>
        <translation>%1 desactivó la cuenta %2, %3</translation>
    </message>
    <message>
        <source>%1 enabled the account %2 again, %3</source>
        <translation>%1 volvió a activar la cuenta %2, %3</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>The selected account&apos;s role</source>
        <translation>El rol de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Recent sign-ins and changes</source>
        <translation>Inicios de sesión y cambios recientes</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Locked for a while (wrong passwords)</source>
        <translation>Bloqueada un tiempo (contraseñas incorrectas)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Account added.</source>
        <translation>Cuenta añadida.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nueva contraseña establecida para %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; the history keeps the name.</source>
        <translation>%1 ya no puede iniciar sesión; el historial conserva el nombre.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 puede volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ahora es: %2.</translation>
    </message>
    <message>
        <source>Add a&amp;ccount…</source>
        <translation>Añadir cuen&amp;ta…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>Acti&amp;var</translation>
    </message>
    <message>
        <source>One-&amp;time code…</source>
        <translation>Código de un s&amp;olo uso…</translation>
    </message>
    <message>
        <source>Give the person a code to sign in with once; they then choose their own password</source>
        <translation>Dar a la persona un código para iniciar sesión una vez; después elige su propia contraseña</translation>
    </message>
    <message>
        <source>One-time code for %1: %2 — give it to them now; it is not shown again. Their old password no longer works.</source>
        <translation>Código de un solo uso para %1: %2 (entrégueselo ahora; no se vuelve a mostrar). Su contraseña anterior ya no funciona.</translation>
    </message>
    <message>
        <source>%1 changed the full name of %2, %3</source>
        <translation>%1 cambió el nombre completo de %2, %3</translation>
    </message>
    <message>
        <source>%1 changed the email address of %2, %3</source>
        <translation>%1 cambió la dirección de correo electrónico de %2, %3</translation>
    </message>
    <message>
        <source>%1 changed the full name and email address of %2, %3</source>
        <translation>%1 cambió el nombre completo y la dirección de correo electrónico de %2, %3</translation>
    </message>
    <message>
        <source>Edit na&amp;me and email…</source>
        <translation>Editar no&amp;mbre y correo…</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s full name or email address (or double-click it)</source>
        <translation>Cambiar el nombre completo o la dirección de correo electrónico de la cuenta seleccionada (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <source>Edit the account&apos;s name and email</source>
        <translation>Editar el nombre y el correo de la cuenta</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
</context>
<context>
    <name>AttorneyAssignment</name>
    <message>
        <source>In turn among active attorneys</source>
        <translation>Por turnos entre los abogados activos</translation>
    </message>
    <message>
        <source>Always the default attorney</source>
        <translation>Siempre el abogado predeterminado</translation>
    </message>
    <message>
        <source>Chosen at intake</source>
        <translation>Se elige en el registro</translation>
    </message>
    <message>
        <source>The account %1 is disabled; it cannot be responsible for leads.</source>
        <translation>La cuenta %1 está desactivada; no puede ser responsable de clientes potenciales.</translation>
    </message>
    <message>
        <source>The account %1 (%2) is not an attorney; only attorneys and administrators can be responsible for leads.</source>
        <translation>La cuenta %1 (%2) no es de un abogado; solo los abogados y los administradores pueden ser responsables de clientes potenciales.</translation>
    </message>
    <message>
        <source>Choosing the responsible attorney failed</source>
        <translation>No se pudo elegir el abogado responsable</translation>
    </message>
    <message>
        <source>Queueing the attorney&apos;s notification failed</source>
        <translation>No se pudo poner en cola la notificación al abogado</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Reading the history failed</source>
        <translation>No se pudo leer el historial</translation>
    </message>
    <message>
        <source>Recording the history failed</source>
        <translation>No se pudo registrar el historial</translation>
    </message>
    <message>
        <source>Sealing the history failed</source>
        <translation>No se pudo sellar el historial</translation>
    </message>
    <message>
        <source>The lead history is broken at row %1 (its hash does not match its content and the row before it). The upgrade stopped so that the evidence stays as it is; the database was not changed. Keep a copy of the file and tell whoever looks after it.</source>
        <translation>El historial de clientes potenciales está roto en la fila %1 (su hash no corresponde a su contenido y a la fila anterior). La actualización se detuvo para que las pruebas queden tal como están; la base de datos no se modificó. Guarde una copia del archivo y avise a quien se encargue de él.</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message numerus="yes">
        <source>The history and the account log are intact (%n row(s) checked).</source>
        <translation>
            <numerusform>El historial y el registro de cuentas están intactos (%n fila comprobada).</numerusform>
            <numerusform>El historial y el registro de cuentas están intactos (%n filas comprobadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 is broken at row %2: %3.</source>
        <translation>El %1 está roto en la fila %2: %3.</translation>
    </message>
    <message>
        <source>lead history (lead_events)</source>
        <translation>historial de clientes potenciales (lead_events)</translation>
    </message>
    <message>
        <source>account log (account_log)</source>
        <translation>registro de cuentas (account_log)</translation>
    </message>
    <message>
        <source>Reading the history failed: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>The history check was stopped.</source>
        <translation>Se detuvo la comprobación del historial.</translation>
    </message>
    <message>
        <source>the row has no hash</source>
        <translation>la fila no tiene hash</translation>
    </message>
    <message>
        <source>its hash does not match its content and the row before it (the row was changed or inserted out of turn, or the row before it was removed)</source>
        <translation>su hash no corresponde a su contenido y a la fila anterior (la fila se modificó o se insertó fuera de orden, o se eliminó la fila anterior)</translation>
    </message>
    <message>
        <source>it has both a detail and an erased detail&apos;s digest</source>
        <translation>tiene a la vez un detalle y el hash de un detalle suprimido</translation>
    </message>
    <message>
        <source>its detail was removed, but lead %1 has no erasure record</source>
        <translation>se eliminó su detalle, pero el cliente potencial %1 no tiene registro de supresión</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Store a new lead with a PDF resume, checked as the intake form does.</source>
        <translation>Guarda un nuevo cliente potencial con un currículum en PDF, comprobado como lo hace el formulario de registro.</translation>
    </message>
    <message>
        <source>List leads as an aligned table, or as CSV with --csv.</source>
        <translation>Lista los clientes potenciales como una tabla alineada, o como CSV con --csv.</translation>
    </message>
    <message>
        <source>Change a lead&apos;s status: set-status ID PENDING|REACHED_OUT.</source>
        <translation>Cambia el estado de un cliente potencial: set-status ID PENDING|REACHED_OUT.</translation>
    </message>
    <message>
        <source>Save a lead&apos;s resume to a file: export-resume ID FILE.</source>
        <translation>Guarda el currículum de un cliente potencial en un archivo: export-resume ID ARCHIVO.</translation>
    </message>
    <message>
        <source>Send the queued emails that are due, once, and exit.</source>
        <translation>Envía una vez los correos en cola que ya corresponden, y termina.</translation>
    </message>
    <message>
        <source>Send a test email: smtp-test --to ADDRESS.</source>
        <translation>Envía un correo de prueba: smtp-test --to DIRECCIÓN.</translation>
    </message>
    <message>
        <source>Set a firm setting: config-set KEY VALUE (empty VALUE: default).</source>
        <translation>Establece un ajuste del despacho: config-set CLAVE VALOR (VALOR vacío: predeterminado).</translation>
    </message>
    <message>
        <source>Show firm settings: config-get [KEY].</source>
        <translation>Muestra los ajustes del despacho: config-get [CLAVE].</translation>
    </message>
    <message>
        <source>Run &apos;leadintake --help&apos; for usage.</source>
        <translation>Ejecute «leadintake --help» para ver el uso.</translation>
    </message>
    <message>
        <source>Run &apos;leadintake %1 --help&apos; for usage.</source>
        <translation>Ejecute «leadintake %1 --help» para ver el uso.</translation>
    </message>
    <message>
        <source>Writing the output failed.</source>
        <translation>No se pudo escribir la salida.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead id; an id is a whole number such as 12.</source>
        <translation>«%1» no es un identificador de cliente potencial; un identificador es un número entero, como 12.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;. Valid statuses: %2.</source>
        <translation>Estado desconocido «%1». Estados válidos: %2.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given to --database (add-lead creates a new database).</source>
        <translation>No hay ninguna base de datos en %1. Compruebe la ruta indicada en --database (add-lead crea una base de datos nueva).</translation>
    </message>
    <message>
        <source>The prospect&apos;s first name.</source>
        <translation>El nombre del cliente potencial.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>The prospect&apos;s last name.</source>
        <translation>Los apellidos del cliente potencial.</translation>
    </message>
    <message>
        <source>The prospect&apos;s email address.</source>
        <translation>La dirección de correo electrónico del cliente potencial.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>The resume, a PDF file.</source>
        <translation>El currículum, un archivo PDF.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Save even when a lead with this email already exists.</source>
        <translation>Guardar aunque ya exista un cliente potencial con este correo electrónico.</translation>
    </message>
    <message>
        <source>The prospect&apos;s language for the confirmation email: en or es (default en).</source>
        <translation>El idioma del cliente potencial para el correo de confirmación: en o es (predeterminado: en).</translation>
    </message>
    <message>
        <source>en|es</source>
        <translation>en|es</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8, header row, times in UTC) instead of a table.</source>
        <translation>Imprimir CSV (RFC 4180, UTF-8, fila de encabezado, horas en UTC) en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Only leads whose names or email start with these words.</source>
        <translation>Solo los clientes potenciales cuyo nombre o correo empiece por estas palabras.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Only leads with this status (%1).</source>
        <translation>Solo los clientes potenciales con este estado (%1).</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>At most this many leads, newest first.</source>
        <translation>Como máximo esta cantidad de clientes potenciales, los más recientes primero.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar ARCHIVO si ya existe.</translation>
    </message>
    <message>
        <source>add-lead needs %1.</source>
        <translation>add-lead necesita %1.</translation>
    </message>
    <message numerus="yes">
        <source>The email %1 already belongs to %n lead(s):</source>
        <translation>
            <numerusform>El correo %1 ya pertenece a %n cliente potencial:</numerusform>
            <numerusform>El correo %1 ya pertenece a %n clientes potenciales:</numerusform>
        </translation>
    </message>
    <message>
        <source>  lead %1: %2</source>
        <translation>  cliente potencial %1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved. Add --allow-duplicate to save it anyway.</source>
        <translation>No se guardó nada. Añada --allow-duplicate para guardarlo de todos modos.</translation>
    </message>
    <message>
        <source>Lead %1 saved.</source>
        <translation>Cliente potencial %1 guardado.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1, not &quot;%1&quot;.</source>
        <translation>--limit necesita un número entero mayor o igual que 1, no «%1».</translation>
    </message>
    <message>
        <source>No leads match.</source>
        <translation>Ningún cliente potencial coincide.</translation>
    </message>
    <message>
        <source>set-status needs a lead id and a status, as in: leadintake set-status 12 REACHED_OUT</source>
        <translation>set-status necesita un identificador de cliente potencial y un estado, por ejemplo: leadintake set-status 12 REACHED_OUT</translation>
    </message>
    <message>
        <source>Lead %1 is already %2.</source>
        <translation>El cliente potencial %1 ya está en estado %2.</translation>
    </message>
    <message>
        <source>Lead %1 is now %2.</source>
        <translation>El cliente potencial %1 ahora está en estado %2.</translation>
    </message>
    <message>
        <source>export-resume needs a lead id and a file, as in: leadintake export-resume 12 resume.pdf</source>
        <translation>export-resume necesita un identificador de cliente potencial y un archivo, por ejemplo: leadintake export-resume 12 curriculum.pdf</translation>
    </message>
    <message>
        <source>export-resume needs a file name.</source>
        <translation>export-resume necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written. Add --force to replace it.</source>
        <translation>%1 ya existe; no se escribió nada. Añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>The stored resume of lead %1 is damaged (its checksum does not match); nothing was written.</source>
        <translation>El currículum guardado del cliente potencial %1 está dañado (su suma de comprobación no coincide); no se escribió nada.</translation>
    </message>
    <message>
        <source>The resume was saved to %1, but recording the export in the lead&apos;s history failed: %2</source>
        <translation>El currículum se guardó en %1, pero no se pudo registrar la exportación en el historial del cliente potencial: %2</translation>
    </message>
    <message>
        <source>Resume of lead %1 saved to %2 (%3).</source>
        <translation>Currículum del cliente potencial %1 guardado en %2 (%3).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>No se puede escribir %1: %2. No se escribió nada.</translation>
    </message>
    <message>
        <source>The SMTP server (else $LEADINTAKE_SMTP_HOST, else the firm setting smtp.host).</source>
        <translation>El servidor SMTP (si no, $LEADINTAKE_SMTP_HOST; si no, el ajuste del despacho smtp.host).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>The SMTP port (else $LEADINTAKE_SMTP_PORT, else smtp.port, default 465).</source>
        <translation>El puerto SMTP (si no, $LEADINTAKE_SMTP_PORT; si no, smtp.port; predeterminado 465).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>implicit (TLS, 465), starttls (587) or plain (local relay only) (else $LEADINTAKE_SMTP_SECURITY, else smtp.security).</source>
        <translation>implicit (TLS, 465), starttls (587) o plain (solo retransmisión local) (si no, $LEADINTAKE_SMTP_SECURITY; si no, smtp.security).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>The SMTP user name (else $LEADINTAKE_SMTP_USER, else smtp.username).</source>
        <translation>El nombre de usuario SMTP (si no, $LEADINTAKE_SMTP_USER; si no, smtp.username).</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) to trust (else $LEADINTAKE_SMTP_CA_FILE, else smtp.ca_file).</source>
        <translation>Certificados de CA adicionales (PEM) en los que confiar (si no, $LEADINTAKE_SMTP_CA_FILE; si no, smtp.ca_file).</translation>
    </message>
    <message>
        <source>Read the SMTP password from this file (first line). Otherwise it comes from $LEADINTAKE_SMTP_PASSWORD; it is never accepted as an argument.</source>
        <translation>Leer la contraseña SMTP de este archivo (primera línea). Si no, se toma de $LEADINTAKE_SMTP_PASSWORD; nunca se acepta como argumento.</translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>El puerto SMTP debe ser un número del 1 al 65535, no «%1».</translation>
    </message>
    <message>
        <source>The SMTP security must be implicit, starttls or plain, not &quot;%1&quot;.</source>
        <translation>La seguridad SMTP debe ser implicit, starttls o plain, no «%1».</translation>
    </message>
    <message>
        <source>Cannot read the SMTP password file %1: %2.</source>
        <translation>No se puede leer el archivo de contraseña SMTP %1: %2.</translation>
    </message>
    <message>
        <source>Nothing was sent: email is not configured. Set smtp.host (config-set or --smtp-host) and the password ($LEADINTAKE_SMTP_PASSWORD or --smtp-password-file).</source>
        <translation>No se envió nada: el correo electrónico no está configurado. Establezca smtp.host (config-set o --smtp-host) y la contraseña ($LEADINTAKE_SMTP_PASSWORD o --smtp-password-file).</translation>
    </message>
    <message>
        <source>No email is due.</source>
        <translation>No hay ningún correo pendiente de envío.</translation>
    </message>
    <message>
        <source>email %1 (%2, lead %3): %4: %5</source>
        <translation>correo %1 (%2, cliente potencial %3): %4: %5</translation>
    </message>
    <message>
        <source>Where to send the test email.</source>
        <translation>Adónde enviar el correo de prueba.</translation>
    </message>
    <message>
        <source>Print the SMTP dialogue (commands and replies; never the password or the message).</source>
        <translation>Imprimir el diálogo SMTP (órdenes y respuestas; nunca la contraseña ni el mensaje).</translation>
    </message>
    <message>
        <source>smtp-test needs --to ADDRESS.</source>
        <translation>smtp-test necesita --to DIRECCIÓN.</translation>
    </message>
    <message>
        <source>Test email sent to %1 through %2.</source>
        <translation>Correo de prueba enviado a %1 a través de %2.</translation>
    </message>
    <message>
        <source>The test email was not sent (%1).</source>
        <translation>No se envió el correo de prueba (%1).</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Server reply: %1 %2</source>
        <translation>Respuesta del servidor: %1 %2</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Consejo: %1</translation>
    </message>
    <message>
        <source>config-set: read VALUE from this UTF-8 file (templates).</source>
        <translation>config-set: leer VALOR de este archivo UTF-8 (plantillas).</translation>
    </message>
    <message>
        <source>Keys:</source>
        <translation>Claves:</translation>
    </message>
    <message>
        <source>A template override; KIND prospect_confirmation or attorney_notification, LANG en or es, PART subject, text or html.</source>
        <translation>Una plantilla personalizada; TIPO prospect_confirmation o attorney_notification, IDIOMA en o es, PARTE subject, text o html.</translation>
    </message>
    <message>
        <source>The SMTP password is never stored: give it in $LEADINTAKE_SMTP_PASSWORD or with --smtp-password-file.</source>
        <translation>La contraseña SMTP nunca se guarda: indíquela en $LEADINTAKE_SMTP_PASSWORD o con --smtp-password-file.</translation>
    </message>
    <message>
        <source>config-set needs a key and a value, as in: leadintake config-set firm.name &quot;Smith &amp; Partners&quot;</source>
        <translation>config-set necesita una clave y un valor, por ejemplo: leadintake config-set firm.name &quot;Smith &amp; Partners&quot;</translation>
    </message>
    <message>
        <source>The SMTP password is never stored in the database; give it in $LEADINTAKE_SMTP_PASSWORD or with --smtp-password-file.</source>
        <translation>La contraseña SMTP nunca se guarda en la base de datos; indíquela en $LEADINTAKE_SMTP_PASSWORD o con --smtp-password-file.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Ajuste desconocido «%1».</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 reset to its default.</source>
        <translation>%1 restablecido a su valor predeterminado.</translation>
    </message>
    <message>
        <source>%1 set.</source>
        <translation>%1 establecido.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(predeterminado)</translation>
    </message>
    <message>
        <source>(overridden)</source>
        <translation>(personalizado)</translation>
    </message>
    <message>
        <source>Lead Intake</source>
        <translation>Lead Intake</translation>
    </message>
    <message>
        <source>Lead Intake: a law firm&apos;s front-desk intake of prospects and their resumes.
Without a command, opens the window.</source>
        <translation>Lead Intake: el registro de clientes potenciales y sus currículums en la recepción de un despacho de abogados.
Sin una orden, abre la ventana.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>La orden.</translation>
    </message>
    <message>
        <source>The setting (see Keys).</source>
        <translation>El ajuste (véase Claves).</translation>
    </message>
    <message>
        <source>Its new value; &quot;&quot; restores the default.</source>
        <translation>Su nuevo valor; &quot;&quot; restablece el predeterminado.</translation>
    </message>
    <message>
        <source>The setting; without it, all of them.</source>
        <translation>El ajuste; sin él, todos.</translation>
    </message>
    <message>
        <source>The lead&apos;s id.</source>
        <translation>El identificador del cliente potencial.</translation>
    </message>
    <message>
        <source>The new status (%1), in any letter case.</source>
        <translation>El nuevo estado (%1), en mayúsculas o minúsculas.</translation>
    </message>
    <message>
        <source>Where to save the resume (a PDF).</source>
        <translation>Dónde guardar el currículum (un PDF).</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Una de las órdenes siguientes.</translation>
    </message>
    <message>
        <source>The SMTP password is never taken as an argument (other users could read it in the process list). Put it in $LEADINTAKE_SMTP_PASSWORD or in a file given with --smtp-password-file.</source>
        <translation>La contraseña SMTP nunca se acepta como argumento (otros usuarios podrían leerla en la lista de procesos). Póngala en $LEADINTAKE_SMTP_PASSWORD o en un archivo indicado con --smtp-password-file.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Orden desconocida «%1». Órdenes: %2.</translation>
    </message>
    <message>
        <source>Run &apos;leadintake COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>Ejecute «leadintake ORDEN --help» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <source>Email settings for send-outbox and smtp-test come from the options --smtp-host, --smtp-port, --smtp-security, --smtp-user, --smtp-ca-file, else the environment (LEADINTAKE_SMTP_HOST, LEADINTAKE_SMTP_PORT, LEADINTAKE_SMTP_SECURITY, LEADINTAKE_SMTP_USER, LEADINTAKE_SMTP_CA_FILE), else the firm settings above. The password only from LEADINTAKE_SMTP_PASSWORD or --smtp-password-file FILE.</source>
        <translation>Los ajustes de correo de send-outbox y smtp-test proceden de las opciones --smtp-host, --smtp-port, --smtp-security, --smtp-user, --smtp-ca-file; si no, del entorno (LEADINTAKE_SMTP_HOST, LEADINTAKE_SMTP_PORT, LEADINTAKE_SMTP_SECURITY, LEADINTAKE_SMTP_USER, LEADINTAKE_SMTP_CA_FILE); si no, de los ajustes del despacho anteriores. La contraseña, solo de LEADINTAKE_SMTP_PASSWORD o --smtp-password-file ARCHIVO.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>The reception kiosk: full screen, the intake form only; leaving it needs an administrator&apos;s password.</source>
        <translation>El quiosco de recepción: pantalla completa, solo el formulario de registro; para salir hace falta la contraseña de un administrador.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of its commands:</source>
        <translation>«%1» necesita una de sus órdenes:</translation>
    </message>
    <message>
        <source>An account needs the role %1 for the same action in the window. Once the database has accounts, this command needs --user with such an account and its password.</source>
        <translation>Una cuenta necesita el rol %1 para la misma acción en la ventana. Cuando la base de datos tiene cuentas, esta orden necesita --user con una cuenta así y su contraseña.</translation>
    </message>
    <message>
        <source>An account needs the role %1 for the same action in the window; this command needs no sign-in (--user records an account, after its password, as the actor).</source>
        <translation>Una cuenta necesita el rol %1 para la misma acción en la ventana; esta orden no requiere iniciar sesión (--user registra una cuenta como autora, tras su contraseña).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email id; an id is a whole number such as 7 (see outbox list).</source>
        <translation>«%1» no es un identificador de correo; un identificador es un número entero, como 7 (véase outbox list).</translation>
    </message>
    <message>
        <source>The email&apos;s id (see outbox list).</source>
        <translation>El identificador del correo (véase outbox list).</translation>
    </message>
    <message>
        <source>outbox cancel needs an email id, as in: leadintake outbox cancel 7</source>
        <translation>outbox cancel necesita un identificador de correo, por ejemplo: leadintake outbox cancel 7</translation>
    </message>
    <message>
        <source>Email %1 cancelled; it will not be sent.</source>
        <translation>Correo %1 cancelado; no se enviará.</translation>
    </message>
    <message>
        <source>(possible duplicate)</source>
        <translation>(posible duplicado)</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>(firm)</source>
        <translation>(despacho)</translation>
    </message>
    <message>
        <source>Only emails in this state (%1).</source>
        <translation>Solo los correos en este estado (%1).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>At most this many emails, newest first.</source>
        <translation>Como máximo esta cantidad de correos, los más recientes primero.</translation>
    </message>
    <message>
        <source>Unknown state &quot;%1&quot;.</source>
        <translation>Estado desconocido «%1».</translation>
    </message>
    <message>
        <source>No emails match.</source>
        <translation>Ningún correo coincide.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Every failed or waiting email (not cancelled ones).</source>
        <translation>Todos los correos fallidos o en espera (no los cancelados).</translation>
    </message>
    <message>
        <source>outbox retry needs an email id or --all, as in: leadintake outbox retry 7</source>
        <translation>outbox retry necesita un identificador de correo o --all, por ejemplo: leadintake outbox retry 7</translation>
    </message>
    <message>
        <source>Queued again: %1. They go out at the next send (send-outbox or the window).</source>
        <translation>De nuevo en cola: %1. Saldrán en el próximo envío (send-outbox o la ventana).</translation>
    </message>
    <message>
        <source>Email %1 queued again; it goes out at the next send (send-outbox or the window).</source>
        <translation>Correo %1 de nuevo en cola; saldrá en el próximo envío (send-outbox o la ventana).</translation>
    </message>
    <message>
        <source>Show the queued emails: state, attempts, next try, last error.</source>
        <translation>Muestra los correos en cola: estado, intentos, próximo intento, último error.</translation>
    </message>
    <message>
        <source>Queue a failed or waiting email again, due now: outbox retry ID|--all.</source>
        <translation>Vuelve a poner en cola un correo fallido o en espera, para enviarlo ya: outbox retry ID|--all.</translation>
    </message>
    <message>
        <source>Stop a queued or failed email from being sent: outbox cancel ID.</source>
        <translation>Impide que se envíe un correo en cola o fallido: outbox cancel ID.</translation>
    </message>
    <message>
        <source>Add an account. The password is read from the terminal (twice, not shown) or from standard input.</source>
        <translation>Añade una cuenta. La contraseña se lee del terminal (dos veces, sin mostrarla) o de la entrada estándar.</translation>
    </message>
    <message>
        <source>Change an account&apos;s role.</source>
        <translation>Cambia el rol de una cuenta.</translation>
    </message>
    <message>
        <source>Set a new password (and lift a lockout). The password is read from the terminal or from standard input.</source>
        <translation>Establece una nueva contraseña (y levanta un bloqueo). La contraseña se lee del terminal o de la entrada estándar.</translation>
    </message>
    <message>
        <source>Stop an account from signing in (it is never deleted).</source>
        <translation>Impide que una cuenta inicie sesión (nunca se elimina).</translation>
    </message>
    <message>
        <source>Let a disabled account sign in again.</source>
        <translation>Permite que una cuenta desactivada vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>List the accounts: user name, name, role, state.</source>
        <translation>Lista las cuentas: nombre de usuario, nombre, rol, estado.</translation>
    </message>
    <message>
        <source>Check that the lead history and the account log were not tampered with; prints each chain&apos;s head hash.</source>
        <translation>Comprueba que el historial de clientes potenciales y el registro de cuentas no se han manipulado; imprime el hash de cabecera de cada cadena.</translation>
    </message>
    <message>
        <source>Commands (the role an account needs for the same action in the window):</source>
        <translation>Órdenes (el rol que necesita una cuenta para la misma acción en la ventana):</translation>
    </message>
    <message>
        <source>Window options (without a command, Lead Intake opens its window):</source>
        <translation>Opciones de la ventana (sin una orden, Lead Intake abre su ventana):</translation>
    </message>
    <message>
        <source>None is waiting.</source>
        <translation>Ninguno en espera.</translation>
    </message>
    <message>
        <source>Waiting for a later try: %1; the next try is at %2 (in %3 min).</source>
        <translation>En espera de un intento posterior: %1; el próximo intento es a las %2 (dentro de %3 min).</translation>
    </message>
    <message>
        <source>Add --now to try them now.</source>
        <translation>Añada --now para intentarlo ahora.</translation>
    </message>
    <message>
        <source>Also send the emails that wait for a later try (ignore the backoff).</source>
        <translation>Enviar también los correos que esperan un intento posterior (sin respetar la espera entre reintentos).</translation>
    </message>
    <message>
        <source>Nothing was sent: no firm name is set, and every email names the firm. Set it with: leadintake config-set firm.name &quot;Smith &amp; Partners&quot; (or in Settings).</source>
        <translation>No se envió nada: no hay nombre de despacho configurado, y todos los correos lo mencionan. Establézcalo con: leadintake config-set firm.name &quot;Smith &amp; Partners&quot; (o en Configuración).</translation>
    </message>
    <message>
        <source>Sent %1, to retry later %2, failed %3; of those sent, possibly delivered twice %4.</source>
        <translation>Enviados %1, para reintentar más tarde %2, fallidos %3; de los enviados, posiblemente entregados dos veces %4.</translation>
    </message>
    <message>
        <source>Sign in as this account (--as is the same option). Once the database has accounts, every command whose role is above receptionist needs it; the password is read from the terminal (not shown) or from the first line of standard input, and the account is recorded as the actor.</source>
        <translation>Iniciar sesión con esta cuenta (--as es la misma opción). Cuando la base de datos tiene cuentas, toda orden cuyo rol esté por encima de receptionist la necesita; la contraseña se lee del terminal (sin mostrarla) o de la primera línea de la entrada estándar, y la cuenta queda registrada como autora.</translation>
    </message>
    <message>
        <source>username</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>There is no database at %1, so no account %2 to sign in as.</source>
        <translation>No hay ninguna base de datos en %1, así que no existe la cuenta %2 con la que iniciar sesión.</translation>
    </message>
    <message>
        <source>This database has no accounts yet; run the command without --user.</source>
        <translation>Esta base de datos aún no tiene cuentas; ejecute la orden sin --user.</translation>
    </message>
    <message>
        <source>%1 needs an account once accounts exist: add --user USERNAME (an account with the role %2 or higher); its password is then read from the terminal or from standard input. Nothing was changed.</source>
        <translation>%1 necesita una cuenta cuando existen cuentas: añada --user USUARIO (una cuenta con el rol %2 o superior); su contraseña se lee entonces del terminal o de la entrada estándar. No se cambió nada.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>No password entered (on standard input, the first line is the password); nothing was changed.</source>
        <translation>No se introdujo ninguna contraseña (en la entrada estándar, la primera línea es la contraseña); no se cambió nada.</translation>
    </message>
    <message>
        <source>Command line (%1)</source>
        <translation>Línea de órdenes (%1)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 needs the role %2; %3 is %4. Nothing was changed.</source>
        <translation>%1 necesita el rol %2; %3 es %4. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 head: %2</source>
        <translation>Cabecera de %1: %2</translation>
    </message>
    <message>
        <source>(no rows)</source>
        <translation>(sin filas)</translation>
    </message>
    <message>
        <source>The first broken link is %1 row %2.</source>
        <translation>El primer eslabón roto es %1, fila %2.</translation>
    </message>
    <message>
        <source>--database needs a file path or a postgresql:// URL.</source>
        <translation>--database necesita la ruta de un archivo o una URL postgresql://.</translation>
    </message>
    <message>
        <source>The office server&apos;s database, as postgresql://host:port/dbname?sslmode=verify-full (libpq conventions; keep the password in ~/.pgpass or PGPASSWORD). An empty database is set up first; this desk&apos;s database (--database) is read, never changed.</source>
        <translation>La base de datos del servidor de la oficina, como postgresql://servidor:puerto/nombrebd?sslmode=verify-full (convenciones de libpq; guarde la contraseña en ~/.pgpass o PGPASSWORD). Una base de datos vacía se prepara primero; la base de datos de este puesto (--database) se lee, nunca se modifica.</translation>
    </message>
    <message>
        <source>migrate-to needs the office server&apos;s URL, as in: leadintake migrate-to postgresql://db.office.example/leadintake?sslmode=verify-full</source>
        <translation>migrate-to necesita la URL del servidor de la oficina, por ejemplo: leadintake migrate-to postgresql://db.office.example/leadintake?sslmode=verify-full</translation>
    </message>
    <message>
        <source>migrate-to copies into the office server: give a postgresql:// URL, not a file (%1).</source>
        <translation>migrate-to copia en el servidor de la oficina: indique una URL postgresql://, no un archivo (%1).</translation>
    </message>
    <message>
        <source>There is no database at %1. Give this desk&apos;s database with --database.</source>
        <translation>No hay ninguna base de datos en %1. Indique la base de datos de este puesto con --database.</translation>
    </message>
    <message>
        <source>Copying %1 to %2 …</source>
        <translation>Copiando %1 en %2 …</translation>
    </message>
    <message>
        <source>%1: %2 row(s) copied now, %3 already on the server from an earlier run, %4 in all</source>
        <translation>%1: %2 fila(s) copiada(s) ahora, %3 ya en el servidor de una ejecución anterior, %4 en total</translation>
    </message>
    <message>
        <source>%1: %2 of %3 …</source>
        <translation>%1: %2 de %3 …</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>Copiado %1 en %2.</translation>
    </message>
    <message>
        <source>%1 row(s), SHA-256 %2, %3</source>
        <translation>%1 fila(s), SHA-256 %2, %3</translation>
    </message>
    <message>
        <source>same as the desk</source>
        <translation>igual que en el puesto</translation>
    </message>
    <message>
        <source>DIFFERENT from the desk</source>
        <translation>DISTINTO del puesto</translation>
    </message>
    <message>
        <source>%1 row(s) copied in %2 s (%3 rows/s, reading back and verifying included).</source>
        <translation>%1 fila(s) copiada(s) en %2 s (%3 filas/s, incluidas la relectura y la verificación).</translation>
    </message>
    <message>
        <source>Every table&apos;s row count and checksum are the same on the server as on this desk.</source>
        <translation>El número de filas y la suma de comprobación de cada tabla son iguales en el servidor y en este puesto.</translation>
    </message>
    <message>
        <source>Audit chain on the server: %1</source>
        <translation>Cadena de auditoría en el servidor: %1</translation>
    </message>
    <message>
        <source>The copy differs from this desk&apos;s database in %1: the server holds rows that are not this desk&apos;s. Do not use it; copy into an empty database again.</source>
        <translation>La copia difiere de la base de datos de este puesto en %1: el servidor contiene filas que no son de este puesto. No la use; vuelva a copiar en una base de datos vacía.</translation>
    </message>
    <message>
        <source>The audit chain is broken on the server at %1 row %2 (the same rows as this desk&apos;s: run verify-audit on the desk&apos;s database).</source>
        <translation>La cadena de auditoría está rota en el servidor en %1, fila %2 (las mismas filas que en este puesto: ejecute verify-audit sobre la base de datos del puesto).</translation>
    </message>
    <message>
        <source>Set up the office PostgreSQL server: create the database if needed, bring its schema up to date and set what each role may do (run by IT as a superuser or a role with CREATEDB and CREATEROLE; safe to run again).</source>
        <translation>Prepara el servidor PostgreSQL de la oficina: crea la base de datos si hace falta, actualiza su esquema y define lo que puede hacer cada rol (lo ejecuta el departamento de informática como superusuario o con un rol con CREATEDB y CREATEROLE; se puede volver a ejecutar sin riesgo).</translation>
    </message>
    <message>
        <source>Copy this desk&apos;s database into the office&apos;s PostgreSQL server, verified and resumable: migrate-to URL.</source>
        <translation>Copia la base de datos de este puesto en el servidor PostgreSQL de la oficina, con verificación y reanudable: migrate-to URL.</translation>
    </message>
    <message>
        <source>The lead database: a file on this desk (default: %1, or the one chosen at first start) or the office server, postgresql://HOST[:PORT]/DBNAME[?sslmode=verify-full&amp;...]; libpq&apos;s PGSERVICE, ~/.pgpass and PGSSLROOTCERT apply. Put no password in it.</source>
        <translation>La base de datos de clientes potenciales: un archivo en este puesto (predeterminado: %1, o el elegido en el primer inicio) o el servidor de la oficina, postgresql://SERVIDOR[:PUERTO]/NOMBREBD[?sslmode=verify-full&amp;...]; se aplican PGSERVICE, ~/.pgpass y PGSSLROOTCERT de libpq. No ponga ninguna contraseña en ella.</translation>
    </message>
    <message>
        <source>path|url</source>
        <translation>ruta|url</translation>
    </message>
    <message>
        <source>The URL names no database; using the one libpq picks (PGDATABASE or the service file).</source>
        <translation>La URL no nombra ninguna base de datos; se usa la que elija libpq (PGDATABASE o el archivo de servicios).</translation>
    </message>
    <message>
        <source>Could not check for the database %1 in &quot;%2&quot; (%3); trying it directly.</source>
        <translation>No se pudo comprobar si existe la base de datos %1 en «%2» (%3); se intenta directamente.</translation>
    </message>
    <message>
        <source>Cannot list the server&apos;s databases: %1</source>
        <translation>No se pueden listar las bases de datos del servidor: %1</translation>
    </message>
    <message>
        <source>The database %1 exists.</source>
        <translation>La base de datos %1 existe.</translation>
    </message>
    <message>
        <source>The role %1 may not create databases. Run server-init as a superuser or a role with CREATEDB, or have the database created first (CREATE DATABASE %2 OWNER %1;). Nothing was changed.</source>
        <translation>El rol %1 no puede crear bases de datos. Ejecute server-init como superusuario o con un rol con CREATEDB, o haga crear antes la base de datos (CREATE DATABASE %2 OWNER %1;). No se cambió nada.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2</source>
        <translation>No se puede crear la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Created the database %1.</source>
        <translation>Se creó la base de datos %1.</translation>
    </message>
    <message>
        <source>Also create NAME (or give it a new password), the login desks and kiosks use before anyone signs in: it may only submit leads. The password is typed twice, or read as one line from standard input.</source>
        <translation>Crear también NOMBRE (o darle una nueva contraseña), el inicio de sesión que usan los puestos y quioscos antes de que nadie inicie sesión: solo puede enviar clientes potenciales. La contraseña se escribe dos veces, o se lee como una línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>The office server&apos;s database, postgresql://HOST[:PORT]/DBNAME[?sslmode=...]; without a password (use ~/.pgpass or PGSERVICE). Default: --database.</source>
        <translation>La base de datos del servidor de la oficina, postgresql://SERVIDOR[:PUERTO]/NOMBREBD[?sslmode=...]; sin contraseña (use ~/.pgpass o PGSERVICE). Predeterminado: --database.</translation>
    </message>
    <message>
        <source>server-init needs the server&apos;s URL: leadintake server-init postgresql://HOST/DBNAME</source>
        <translation>server-init necesita la URL del servidor: leadintake server-init postgresql://SERVIDOR/NOMBREBD</translation>
    </message>
    <message>
        <source>server-init sets up a PostgreSQL server; %1 is a file, and a desk&apos;s own file needs no setup (add-lead or the window create it).</source>
        <translation>server-init prepara un servidor PostgreSQL; %1 es un archivo, y el archivo propio de un puesto no necesita preparación (add-lead o la ventana lo crean).</translation>
    </message>
    <message>
        <source>Setting up %1</source>
        <translation>Preparando %1</translation>
    </message>
    <message>
        <source>The role %1 may not create roles, which server-init needs for the firm&apos;s roles and grants. Run it as a superuser or a role with CREATEROLE (createuser --createrole). Nothing was changed.</source>
        <translation>El rol %1 no puede crear roles, que server-init necesita para los roles y permisos del despacho. Ejecútelo como superusuario o con un rol con CREATEROLE (createuser --createrole). No se cambió nada.</translation>
    </message>
    <message>
        <source>Already at schema %1; nothing changed.</source>
        <translation>Ya está en el esquema %1; no se cambió nada.</translation>
    </message>
    <message>
        <source>Run server-init as the database&apos;s owner or a superuser; the schema is left at %1.</source>
        <translation>Ejecute server-init como propietario de la base de datos o como superusuario; el esquema se queda en %1.</translation>
    </message>
    <message>
        <source>Upgraded the schema from %1 to %2.</source>
        <translation>Esquema actualizado de %1 a %2.</translation>
    </message>
    <message>
        <source>Roles: %1 (submits leads only), %2, %3, %4; grants applied.</source>
        <translation>Roles: %1 (solo envía clientes potenciales), %2, %3, %4; permisos aplicados.</translation>
    </message>
    <message>
        <source>--%1 needs a name.</source>
        <translation>--%1 necesita un nombre.</translation>
    </message>
    <message>
        <source>Desks connect with: leadintake --database %1</source>
        <translation>Los puestos se conectan con: leadintake --database %1</translation>
    </message>
    <message>
        <source>migrate-to (%1)</source>
        <translation>migrate-to (%1)</translation>
    </message>
    <message>
        <source>One-time codes: give each person theirs (they are shown only now). Each signs in with the code once and then chooses a password; disabled accounts stay disabled.</source>
        <translation>Códigos de un solo uso: entregue a cada persona el suyo (solo se muestran ahora). Cada una inicia sesión una vez con su código y después elige una contraseña; las cuentas desactivadas siguen desactivadas.</translation>
    </message>
    <message>
        <source>Desk login %1 set: it may submit leads and nothing else (every desk and kiosk connects as it until someone signs in as their own account). Keep its password in each desk&apos;s ~/.pgpass (or a pg_service.conf entry), not in the URL.</source>
        <translation>Usuario de puesto %1 configurado: solo puede registrar clientes potenciales (cada puesto y quiosco se conecta con él hasta que alguien inicia sesión con su propia cuenta). Guarde su contraseña en el ~/.pgpass de cada puesto (o en una entrada de pg_service.conf), no en la URL.</translation>
    </message>
    <message>
        <source>Every account is a login role of this server (named %1_u_USERNAME): add the first administrator with leadintake --database %2 add-user USERNAME --name &quot;FULL NAME&quot; --role admin.</source>
        <translation>Cada cuenta es un rol de inicio de sesión de este servidor (llamado %1_u_USUARIO): añada el primer administrador con leadintake --database %2 add-user USUARIO --name &quot;NOMBRE COMPLETO&quot; --role admin.</translation>
    </message>
    <message>
        <source>%1 needs an account: add --user USERNAME (an account with the role %2 or higher); its password is then read from the terminal or from standard input. Nothing was changed.</source>
        <translation>%1 necesita una cuenta: añada --user USUARIO (una cuenta con el rol %2 o superior); su contraseña se lee entonces del terminal o de la entrada estándar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The user name of the attorney responsible for the lead (default: the firm&apos;s rule, assignment.mode).</source>
        <translation>El nombre de usuario del abogado responsable del cliente potencial (predeterminado: la regla del despacho, assignment.mode).</translation>
    </message>
    <message>
        <source>How the prospect heard of the firm (free text).</source>
        <translation>Cómo conoció el cliente potencial al despacho (texto libre).</translation>
    </message>
    <message>
        <source>The user name of the attorney (or administrator) to make responsible.</source>
        <translation>El nombre de usuario del abogado (o administrador) que se nombra responsable.</translation>
    </message>
    <message>
        <source>assign needs a lead id and a user name, as in: leadintake assign 12 ana</source>
        <translation>assign necesita un identificador de cliente potencial y un nombre de usuario, por ejemplo: leadintake assign 12 ana</translation>
    </message>
    <message>
        <source>%1 is already responsible for lead %2.</source>
        <translation>%1 ya es responsable del cliente potencial %2.</translation>
    </message>
    <message>
        <source>Lead %1 is now %2&apos;s (no email was queued: %2 has no email address).</source>
        <translation>El cliente potencial %1 queda ahora a cargo de %2 (no se puso ningún correo en cola: %2 no tiene dirección de correo electrónico).</translation>
    </message>
    <message>
        <source>Lead %1 is now %2&apos;s; an email telling them is queued.</source>
        <translation>El cliente potencial %1 queda ahora a cargo de %2; hay en cola un correo para avisarle.</translation>
    </message>
    <message>
        <source>Where to write the backup (SQLite: a database file; office mode: a pg_dump custom-format file).</source>
        <translation>Dónde escribir la copia de seguridad (SQLite: un archivo de base de datos; servidor de la oficina: un archivo de pg_dump en formato personalizado).</translation>
    </message>
    <message>
        <source>backup needs a file, as in: leadintake backup leads-backup.sqlite</source>
        <translation>backup necesita un archivo, por ejemplo: leadintake backup leads-backup.sqlite</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes): %3</source>
        <translation>Copia de seguridad escrita en %1 (%2 bytes): %3</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>The prospect&apos;s email (optional).</source>
        <translation>El correo electrónico del cliente potencial (opcional).</translation>
    </message>
    <message>
        <source>conflict-check needs --first-name and --last-name (and optionally --email), as in: leadintake conflict-check --first-name José --last-name Núñez</source>
        <translation>conflict-check necesita --first-name y --last-name (y, opcionalmente, --email), por ejemplo: leadintake conflict-check --first-name José --last-name Núñez</translation>
    </message>
    <message>
        <source>No possible conflict: no party or lead matches.</source>
        <translation>Ningún posible conflicto: no coincide ninguna parte ni ningún cliente potencial.</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflict: %n match(es).</source>
        <translation>
            <numerusform>Posible conflicto: %n coincidencia.</numerusform>
            <numerusform>Posible conflicto: %n coincidencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>  … and more; narrow the check with the email.</source>
        <translation>  … y más; acote la comprobación con el correo electrónico.</translation>
    </message>
    <message>
        <source>Why the lead is erased (kept in its history; required).</source>
        <translation>Por qué se suprime el cliente potencial (se conserva en su historial; obligatorio).</translation>
    </message>
    <message numerus="yes">
        <source>Lead %1 erased: names, email, resume and %n history detail(s) removed; %2 pending email(s) cancelled.</source>
        <translation>
            <numerusform>Cliente potencial %1 suprimido: se eliminaron los nombres, el correo electrónico, el currículum y %n detalle del historial; %2 correo(s) pendiente(s) cancelado(s).</numerusform>
            <numerusform>Cliente potencial %1 suprimido: se eliminaron los nombres, el correo electrónico, el currículum y %n detalles del historial; %2 correo(s) pendiente(s) cancelado(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>The server keeps the old row versions until VACUUM runs (this account may not run it; see README, Erasure).</source>
        <translation>El servidor conserva las versiones antiguas de las filas hasta que se ejecute VACUUM (puede que esta cuenta no tenga permiso para ejecutarlo; véase README, Erasure).</translation>
    </message>
    <message>
        <source>Another desk is reading the database: the erased pages leave its write-ahead log at the next checkpoint.</source>
        <translation>Otro puesto está leyendo la base de datos: las páginas suprimidas saldrán de su registro de escritura anticipada (WAL) en el próximo punto de control.</translation>
    </message>
    <message>
        <source>erase-lead needs a lead id and a reason, as in: leadintake erase-lead 12 --reason &quot;asked to be forgotten&quot;</source>
        <translation>erase-lead necesita un identificador de cliente potencial y un motivo, por ejemplo: leadintake erase-lead 12 --reason &quot;pidió que se borraran sus datos&quot;</translation>
    </message>
    <message>
        <source>erase-lead needs --reason TEXT (kept in the lead&apos;s history); nothing was erased.</source>
        <translation>erase-lead necesita --reason TEXTO (se conserva en el historial del cliente potencial); no se suprimió nada.</translation>
    </message>
    <message>
        <source>A new or empty folder to write into (made private: 0700).</source>
        <translation>Una carpeta nueva o vacía en la que escribir (se hace privada: 0700).</translation>
    </message>
    <message>
        <source>export-lead needs a lead id and a folder, as in: leadintake export-lead 12 lead-12</source>
        <translation>export-lead necesita un identificador de cliente potencial y una carpeta, por ejemplo: leadintake export-lead 12 lead-12</translation>
    </message>
    <message>
        <source>%1 is not a folder; nothing was written.</source>
        <translation>%1 no es una carpeta; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is not empty; export-lead writes into a new or empty folder only. Nothing was written.</source>
        <translation>%1 no está vacía; export-lead solo escribe en una carpeta nueva o vacía. No se escribió nada.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1: %2</source>
        <translation>No se puede crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Lead %1 was erased on %2; %3 holds its erasure record only.</source>
        <translation>El cliente potencial %1 se suprimió el %2; %3 contiene solo su registro de supresión.</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Cliente potencial %1</translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Last name: %1</source>
        <translation>Apellidos: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Entered: %1 by %2</source>
        <translation>Registrado: %1 por %2</translation>
    </message>
    <message>
        <source>Last changed: %1</source>
        <translation>Último cambio: %1</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2:</translation>
    </message>
    <message>
        <source>(not rendered: %1)</source>
        <translation>(no generado: %1)</translation>
    </message>
    <message>
        <source>(the firm)</source>
        <translation>(el despacho)</translation>
    </message>
    <message>
        <source>Lead %1 exported to %2: %3.</source>
        <translation>Cliente potencial %1 exportado a %2: %3.</translation>
    </message>
    <message>
        <source>Check every row and report what would be added, updated, skipped and rejected; change nothing.</source>
        <translation>Comprobar cada fila e informar de lo que se añadiría, actualizaría, omitiría y rechazaría, sin cambiar nada.</translation>
    </message>
    <message>
        <source>Which column holds which field, where the headers are not recognised: first_name=Vorname,last_name=Nachname,email=E-Mail. Fields: first_name, last_name, email (required), created, status, resume, language.</source>
        <translation>Qué columna contiene cada campo, cuando no se reconocen los encabezados: first_name=Vorname,last_name=Nachname,email=E-Mail. Campos: first_name, last_name, email (obligatorios), created, status, resume, language.</translation>
    </message>
    <message>
        <source>field=column,...</source>
        <translation>campo=columna,...</translation>
    </message>
    <message>
        <source>A row whose email already belongs to a lead: skip it (default), keep it (import it anyway), or update (give the existing lead what it lacks: its resume).</source>
        <translation>Una fila cuyo correo electrónico ya pertenece a un cliente potencial: skip la omite (predeterminado), keep la conserva (la importa de todos modos) y update completa el cliente potencial existente con lo que le falte: su currículum.</translation>
    </message>
    <message>
        <source>skip|keep|update</source>
        <translation>skip|keep|update</translation>
    </message>
    <message>
        <source>Where to write the rejected rows (row, field, reason) as CSV (default: NAME-rejects.csv beside the file, when a row is rejected).</source>
        <translation>Dónde escribir las filas rechazadas (fila, campo, motivo) en CSV (predeterminado: NOMBRE-rejects.csv junto al archivo, si se rechaza alguna fila).</translation>
    </message>
    <message>
        <source>The field separator: , ; or tab (default: guessed from the header).</source>
        <translation>El separador de campos: , ; o tab (predeterminado: se deduce del encabezado).</translation>
    </message>
    <message>
        <source>char</source>
        <translation>carácter</translation>
    </message>
    <message>
        <source>The file&apos;s encoding: utf-8, utf-16le, utf-16be or windows-1252 (default: from its byte order mark, else UTF-8 when valid, else Windows-1252).</source>
        <translation>La codificación del archivo: utf-8, utf-16le, utf-16be o windows-1252 (predeterminado: según su marca de orden de bytes; si no, UTF-8 si es válido; si no, Windows-1252).</translation>
    </message>
    <message>
        <source>Rows per transaction (default 500).</source>
        <translation>Filas por transacción (predeterminado: 500).</translation>
    </message>
    <message>
        <source>The CSV file; resume paths in it are relative to its folder.</source>
        <translation>El archivo CSV; las rutas de currículum que contiene son relativas a su carpeta.</translation>
    </message>
    <message>
        <source>import-csv needs a CSV file, as in: leadintake import-csv leads.csv</source>
        <translation>import-csv necesita un archivo CSV, por ejemplo: leadintake import-csv leads.csv</translation>
    </message>
    <message>
        <source>--duplicates takes skip, keep or update, not &quot;%1&quot;.</source>
        <translation>--duplicates admite skip, keep o update, no «%1».</translation>
    </message>
    <message>
        <source>--separator takes , ; or tab, not &quot;%1&quot;.</source>
        <translation>--separator admite , ; o tab, no «%1».</translation>
    </message>
    <message>
        <source>--encoding takes utf-8, utf-16le, utf-16be or windows-1252, not &quot;%1&quot;.</source>
        <translation>--encoding admite utf-8, utf-16le, utf-16be o windows-1252, no «%1».</translation>
    </message>
    <message>
        <source>--batch-size takes a number from 1 to 100000.</source>
        <translation>--batch-size admite un número del 1 al 100000.</translation>
    </message>
    <message>
        <source>The file&apos;s columns are: %1. Name them with --mapping.</source>
        <translation>Las columnas del archivo son: %1. Asígnelas con --mapping.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Fila %1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows written to %1.</source>
        <translation>Filas rechazadas escritas en %1.</translation>
    </message>
    <message>
        <source>The rows before it were imported; run the same command again to import the rest (no row is imported twice).</source>
        <translation>Las filas anteriores se importaron; vuelva a ejecutar la misma orden para importar el resto (ninguna fila se importa dos veces).</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Only leads this account is responsible for.</source>
        <translation>Solo los clientes potenciales de los que es responsable esta cuenta.</translation>
    </message>
    <message>
        <source>The full name, as in William.</source>
        <translation>El nombre completo, por ejemplo José.</translation>
    </message>
    <message>
        <source>Its nickname, as in Bill.</source>
        <translation>Su apodo, por ejemplo Pepe.</translation>
    </message>
    <message>
        <source>nicknames add needs a name and its nickname, as in: leadintake nicknames add José Chema</source>
        <translation>nicknames add necesita un nombre y su apodo, por ejemplo: leadintake nicknames add José Chema</translation>
    </message>
    <message>
        <source>%1 is now a nickname of %2 in the conflict check.</source>
        <translation>%1 es ahora un apodo de %2 en la comprobación de conflictos.</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8) whose header row names the columns name, email, role (adverse, client or related), matter and notes.</source>
        <translation>Un archivo CSV (UTF-8) cuya fila de encabezado nombra las columnas name, email, role (adverse, client o related), matter y notes.</translation>
    </message>
    <message>
        <source>parties import needs a CSV file, as in: leadintake parties import parties.csv</source>
        <translation>parties import necesita un archivo CSV, por ejemplo: leadintake parties import parties.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Omitida: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n party(ies).</source>
        <translation>
            <numerusform>Se añadió %n parte.</numerusform>
            <numerusform>Se añadieron %n partes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Make an attorney responsible for a lead and tell them: assign ID USERNAME.</source>
        <translation>Nombra a un abogado responsable de un cliente potencial y se lo notifica: assign ID USUARIO.</translation>
    </message>
    <message>
        <source>Check a prospect against the firm&apos;s parties and every lead: conflict-check --first-name NAME --last-name NAME [--email ADDRESS] (exit 0: clear; 7: possible matches, listed with why).</source>
        <translation>Comprueba un cliente potencial frente a las partes del despacho y todos los clientes potenciales: conflict-check --first-name NOMBRE --last-name APELLIDOS [--email DIRECCIÓN] (salida 0: sin conflicto; 7: posibles coincidencias, listadas con su motivo).</translation>
    </message>
    <message>
        <source>Add the firm&apos;s parties from a CSV file (name, email, role, matter, notes); bad rows are reported by line and skipped.</source>
        <translation>Añade las partes del despacho desde un archivo CSV (name, email, role, matter, notes); las filas incorrectas se indican por línea y se omiten.</translation>
    </message>
    <message>
        <source>List the firm&apos;s parties: name, role, matter, email.</source>
        <translation>Lista las partes del despacho: nombre, rol, asunto, correo electrónico.</translation>
    </message>
    <message>
        <source>List the conflict check&apos;s nickname table.</source>
        <translation>Lista la tabla de apodos de la comprobación de conflictos.</translation>
    </message>
    <message>
        <source>Add a nickname to the conflict check: nicknames add NAME NICKNAME.</source>
        <translation>Añade un apodo a la comprobación de conflictos: nicknames add NOMBRE APODO.</translation>
    </message>
    <message>
        <source>Import leads from a CSV file, checked as the intake form does; rejected rows go to a CSV of rejects.</source>
        <translation>Importa clientes potenciales desde un archivo CSV, comprobados como lo hace el formulario de registro; las filas rechazadas van a un CSV de rechazos.</translation>
    </message>
    <message>
        <source>Write all of one lead&apos;s data to a new private folder (a subject access request): export-lead ID DIR.</source>
        <translation>Escribe todos los datos de un cliente potencial en una carpeta privada nueva (una solicitud de acceso del interesado): export-lead ID CARPETA.</translation>
    </message>
    <message>
        <source>Erase a lead&apos;s personal data for good, keeping who erased it, when and why: erase-lead ID --reason TEXT.</source>
        <translation>Suprime definitivamente los datos personales de un cliente potencial y conserva quién los suprimió, cuándo y por qué: erase-lead ID --reason TEXTO.</translation>
    </message>
    <message>
        <source>List the leads due for erasure under the firm&apos;s retention setting.</source>
        <translation>Lista los clientes potenciales pendientes de supresión según el ajuste de conservación del despacho.</translation>
    </message>
    <message>
        <source>Erase the leads that retention list shows: retention apply --reason TEXT.</source>
        <translation>Suprime los clientes potenciales que muestra retention list: retention apply --reason TEXTO.</translation>
    </message>
    <message>
        <source>Write a checked copy of the database while desks keep working: backup FILE (office mode: pg_dump).</source>
        <translation>Escribe una copia comprobada de la base de datos mientras los puestos siguen trabajando: backup ARCHIVO (servidor de la oficina: pg_dump).</translation>
    </message>
    <message>
        <source>Replace the database with a backup once it checks out; the replaced one is kept and open desks reload: restore FILE.</source>
        <translation>Reemplaza la base de datos por una copia de seguridad una vez comprobada; se conserva la reemplazada y los puestos abiertos se recargan: restore ARCHIVO.</translation>
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
  7  accounts exist and the command needs --user with the right password and role; nothing was changed. conflict-check: possible matches (listed); set-status: an unreviewed possible conflict (--confirm-conflict)
  8  verify-audit, migrate-to: the history or the account log was tampered with
  9  import-csv: some rows were rejected (written to the rejects file); the others were imported
</source>
        <translation>Códigos de salida:
  0  correcto
  1  falló la base de datos o un archivo
  2  entrada no válida, un argumento incorrecto o una orden desconocida
  3  add-lead: el correo electrónico ya pertenece a un cliente potencial
  4  no hay ningún cliente potencial (o ningún currículum) con ese identificador
  5  otra persona cambió el cliente potencial en el mismo momento; no se cambió nada
  6  send-outbox / smtp-test: algún correo no se envió (fallido, reintento programado, correo no configurado o sin nombre de despacho)
  7  existen cuentas y la orden necesita --user con la contraseña y el rol adecuados; no se cambió nada. conflict-check: posibles coincidencias (listadas); set-status: un posible conflicto sin revisar (--confirm-conflict)
  8  verify-audit, migrate-to: se manipuló el historial o el registro de cuentas
  9  import-csv: se rechazaron algunas filas (escritas en el archivo de rechazos); las demás se importaron
</translation>
    </message>
    <message>
        <source>The backup to restore (made by leadintake backup).</source>
        <translation>La copia de seguridad que se va a restaurar (creada con leadintake backup).</translation>
    </message>
    <message>
        <source>restore needs a backup file, as in: leadintake restore leads-backup.sqlite</source>
        <translation>restore necesita un archivo de copia de seguridad, por ejemplo: leadintake restore leads-backup.sqlite</translation>
    </message>
    <message>
        <source>Restored from %1: %2</source>
        <translation>Se restauró desde %1: %2</translation>
    </message>
    <message>
        <source>The replaced database is kept as %1.</source>
        <translation>La base de datos reemplazada se conserva como %1.</translation>
    </message>
    <message>
        <source>Open desks reload by themselves.</source>
        <translation>Los puestos abiertos se recargan solos.</translation>
    </message>
    <message>
        <source>Retention is off (retention.erase_after_months is 0); no lead is due. Turn it on with: leadintake config-set retention.erase_after_months 24</source>
        <translation>El plazo de conservación está desactivado (retention.erase_after_months es 0); no hay ningún cliente potencial pendiente. Actívelo con: leadintake config-set retention.erase_after_months 24</translation>
    </message>
    <message numerus="yes">
        <source>No lead is due: every lead had activity in the last %n month(s).</source>
        <translation>
            <numerusform>No hay ningún cliente potencial pendiente: todos han tenido actividad en el plazo de %n mes.</numerusform>
            <numerusform>No hay ningún cliente potencial pendiente: todos han tenido actividad en el plazo de %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) due for erasure (no activity for %1 months). Erase them with: leadintake retention apply --reason TEXT</source>
        <translation>
            <numerusform>%n cliente potencial pendiente de supresión (sin actividad desde hace %1 meses). Suprímalo con: leadintake retention apply --reason TEXTO</numerusform>
            <numerusform>%n clientes potenciales pendientes de supresión (sin actividad desde hace %1 meses). Suprímalos con: leadintake retention apply --reason TEXTO</numerusform>
        </translation>
    </message>
    <message>
        <source>Why they are erased, kept in each lead&apos;s history (required), such as &quot;retention period of the firm&quot;.</source>
        <translation>Por qué se suprimen; se conserva en el historial de cada cliente potencial (obligatorio), por ejemplo &quot;plazo de conservación del despacho&quot;.</translation>
    </message>
    <message>
        <source>retention apply needs --reason TEXT (kept in each lead&apos;s history); nothing was erased.</source>
        <translation>retention apply necesita --reason TEXTO (se conserva en el historial de cada cliente potencial); no se suprimió nada.</translation>
    </message>
    <message>
        <source>Lead %1 was not erased: %2</source>
        <translation>El cliente potencial %1 no se suprimió: %2</translation>
    </message>
    <message>
        <source>Erased lead %1 (last activity %2).</source>
        <translation>Cliente potencial %1 suprimido (última actividad: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased.</source>
        <translation>
            <numerusform>%n cliente potencial suprimido.</numerusform>
            <numerusform>%n clientes potenciales suprimidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark a lead reached out although its possible conflict was not reviewed.</source>
        <translation>Marcar un cliente potencial como contactado aunque no se haya revisado su posible conflicto.</translation>
    </message>
    <message>
        <source>Lead %1 has a possible conflict nobody has reviewed (see: leadintake conflict-check). Record an outcome in the window, or run set-status again with --confirm-conflict.</source>
        <translation>El cliente potencial %1 tiene un posible conflicto que nadie ha revisado (véase: leadintake conflict-check). Registre un resultado en la ventana o vuelva a ejecutar set-status con --confirm-conflict.</translation>
    </message>
    <message>
        <source>Remove the lead&apos;s call-back date.</source>
        <translation>Quita la fecha de seguimiento del cliente potencial.</translation>
    </message>
    <message>
        <source>The day to call back, as YYYY-MM-DD (not with --clear).</source>
        <translation>El día en que volver a llamar, en formato AAAA-MM-DD (no junto con --clear).</translation>
    </message>
    <message>
        <source>follow-up --clear needs a lead id, as in: leadintake follow-up 12 --clear</source>
        <translation>follow-up --clear necesita un identificador de cliente potencial, por ejemplo: leadintake follow-up 12 --clear</translation>
    </message>
    <message>
        <source>follow-up needs a lead id and a date, as in: leadintake follow-up 12 2026-12-07 (or --clear)</source>
        <translation>follow-up necesita un identificador de cliente potencial y una fecha, por ejemplo: leadintake follow-up 12 2026-12-07 (o --clear)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD, as in 2026-12-07.</source>
        <translation>«%1» no es una fecha; escríbala en formato AAAA-MM-DD, por ejemplo 2026-12-07.</translation>
    </message>
    <message>
        <source>Lead %1: call back on %2.</source>
        <translation>Cliente potencial %1: volver a llamar el %2.</translation>
    </message>
    <message>
        <source>Lead %1 has no call-back date.</source>
        <translation>El cliente potencial %1 no tiene fecha de seguimiento.</translation>
    </message>
    <message>
        <source>Only leads past the firm&apos;s response target or their call-back date (response.target_business_days).</source>
        <translation>Solo los clientes potenciales que han superado el plazo de respuesta del despacho o su fecha de seguimiento (response.target_business_days).</translation>
    </message>
    <message>
        <source>Set or clear the day to call a lead back: follow-up ID YYYY-MM-DD, or follow-up ID --clear.</source>
        <translation>Establece o quita el día en que volver a llamar a un cliente potencial: follow-up ID AAAA-MM-DD o follow-up ID --clear.</translation>
    </message>
    <message>
        <source>Queue today&apos;s morning digest of overdue leads to each attorney who has some, once a day, if digest.time has passed: send-digest [--at ISO-DATETIME].</source>
        <translation>Pone en cola el resumen matutino de hoy con los clientes potenciales vencidos para cada abogado que tenga alguno, una vez al día, si ya pasó digest.time: send-digest [--at FECHA-HORA-ISO].</translation>
    </message>
    <message>
        <source>Change an account&apos;s full name or email address: user-edit USERNAME --name NAME --email ADDRESS.</source>
        <translation>Cambia el nombre completo o la dirección de correo electrónico de una cuenta: user-edit USUARIO --name NOMBRE --email DIRECCIÓN.</translation>
    </message>
    <message>
        <source>Act as if it were this moment (ISO 8601, such as 2026-12-01T08:30:00-05:00; without an offset: this computer&apos;s time). Default: now.</source>
        <translation>Actúa como si fuera este momento (ISO 8601, como 2026-12-01T08:30:00-05:00; sin desfase horario: la hora de este equipo). Predeterminado: ahora.</translation>
    </message>
    <message>
        <source>ISO-DATETIME</source>
        <translation>FECHA-HORA-ISO</translation>
    </message>
    <message>
        <source>The language of the emails: en (the default) or es.</source>
        <translation>El idioma de los correos: en (predeterminado) o es.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>--at must be a date and time such as 2026-12-01T08:30:00 or 2026-12-01T08:30:00-05:00, not &quot;%1&quot;.</source>
        <translation>--at debe ser una fecha y hora como 2026-12-01T08:30:00 o 2026-12-01T08:30:00-05:00, no «%1».</translation>
    </message>
    <message>
        <source>--language must be en or es, not &quot;%1&quot;.</source>
        <translation>--language debe ser en o es, no «%1».</translation>
    </message>
    <message>
        <source>The morning digest is off (digest.daily is false); nothing was queued.</source>
        <translation>El resumen matutino está desactivado (digest.daily es false); no se puso nada en cola.</translation>
    </message>
    <message>
        <source>%1 is not a business day for the firm (response.weekend); nothing was queued.</source>
        <translation>%1 no es un día hábil para el despacho (response.weekend); no se puso nada en cola.</translation>
    </message>
    <message>
        <source>Today&apos;s digest is due at %1; nothing was queued yet.</source>
        <translation>El resumen matutino de hoy toca a partir de las %1; todavía no se puso nada en cola.</translation>
    </message>
    <message>
        <source>the firm&apos;s notification address</source>
        <translation>la dirección de avisos del despacho</translation>
    </message>
    <message>
        <source>Queued email %1: the digest for %2, %3 overdue leads (%4 listed).</source>
        <translation>Correo %1 en cola: el resumen matutino para %2, %3 clientes potenciales vencidos (%4 en la lista).</translation>
    </message>
    <message>
        <source>Today&apos;s digests (%1) were already queued; nothing more to send.</source>
        <translation>Los resúmenes matutinos de hoy (%1) ya estaban en cola; no hay nada más que enviar.</translation>
    </message>
    <message>
        <source>No overdue leads to send today (%1).</source>
        <translation>No hay clientes potenciales vencidos que enviar hoy (%1).</translation>
    </message>
    <message>
        <source>send-outbox (or an open window) sends them.</source>
        <translation>Los envía send-outbox (o una ventana abierta).</translation>
    </message>
</context>
<context>
    <name>ConflictIndex</name>
    <message>
        <source>Saving the conflict check&apos;s keys failed</source>
        <translation>No se pudieron guardar las claves de la comprobación de conflictos</translation>
    </message>
    <message>
        <source>Removing the conflict check&apos;s keys failed</source>
        <translation>No se pudieron quitar las claves de la comprobación de conflictos</translation>
    </message>
    <message>
        <source>Indexing the leads for the conflict check failed</source>
        <translation>No se pudieron indexar los clientes potenciales para la comprobación de conflictos</translation>
    </message>
    <message>
        <source>Indexing the parties for the conflict check failed</source>
        <translation>No se pudieron indexar las partes para la comprobación de conflictos</translation>
    </message>
    <message>
        <source>The conflict check failed</source>
        <translation>No se pudo hacer la comprobación de conflictos</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Conflict check</source>
        <translation>Comprobación de conflictos</translation>
    </message>
    <message>
        <source>Possible conflict: an attorney will review.</source>
        <translation>Posible conflicto: un abogado lo revisará.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>Conflict check</source>
        <translation>Comprobación de conflictos</translation>
    </message>
    <message>
        <source>Possible matches</source>
        <translation>Posibles coincidencias</translation>
    </message>
    <message>
        <source>Out&amp;come:</source>
        <translation>Resulta&amp;do:</translation>
    </message>
    <message>
        <source>Conflict outcome</source>
        <translation>Resultado de la comprobación de conflictos</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Reason for the outcome (required)</source>
        <translation>Motivo del resultado (obligatorio)</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motivo (obligatorio)</translation>
    </message>
    <message>
        <source>Recor&amp;d outcome</source>
        <translation>Registrar res&amp;ultado</translation>
    </message>
    <message>
        <source>The conflict check failed: %1</source>
        <translation>No se pudo hacer la comprobación de conflictos: %1</translation>
    </message>
    <message>
        <source>• … and more</source>
        <translation>• … y más</translation>
    </message>
    <message>
        <source>Reviewed: %1 — %2 (%3, %4)</source>
        <translation>Revisado: %1 — %2 (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>Possible conflict, not reviewed: %n match(es).</source>
        <translation>
            <numerusform>Posible conflicto, sin revisar: %n coincidencia.</numerusform>
            <numerusform>Posible conflicto, sin revisar: %n coincidencias.</numerusform>
        </translation>
    </message>
    <message>
        <source>No possible conflict with the firm&apos;s parties or other leads.</source>
        <translation>Ningún posible conflicto con las partes del despacho ni con otros clientes potenciales.</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>%1 — %2, matter %3: %4</source>
        <translation>%1 — %2, asunto %3: %4</translation>
    </message>
    <message>
        <source>%1 — lead %2 (%3): %4</source>
        <translation>%1 — cliente potencial %2 (%3): %4</translation>
    </message>
    <message>
        <source>The conflict check failed</source>
        <translation>No se pudo realizar la comprobación de conflictos</translation>
    </message>
    <message>
        <source>Reading the nickname table failed</source>
        <translation>No se pudo leer la tabla de apodos</translation>
    </message>
    <message>
        <source>A nickname pair needs two names with letters, as in: William Bill.</source>
        <translation>Un par de apodos necesita dos nombres con letras, por ejemplo: José Pepe.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; are the same name already.</source>
        <translation>«%1» y «%2» ya son el mismo nombre.</translation>
    </message>
    <message>
        <source>Saving the nickname failed</source>
        <translation>No se pudo guardar el apodo</translation>
    </message>
    <message>
        <source>Removing the nickname failed</source>
        <translation>No se pudo eliminar el apodo</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a nickname of &apos;%2&apos; in the table.</source>
        <translation>«%1» no es un apodo de «%2» en la tabla.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Sin conflicto</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dispensado</translation>
    </message>
    <message>
        <source>Reading the conflict review failed</source>
        <translation>No se pudo leer la revisión del conflicto</translation>
    </message>
    <message>
        <source>Give the reason for the outcome.</source>
        <translation>Indique el motivo del resultado.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>El motivo tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Saving the conflict review failed; nothing was saved</source>
        <translation>No se pudo guardar la revisión del conflicto; no se guardó nada</translation>
    </message>
    <message>
        <source>Conflict check: %1. Reason: %2</source>
        <translation>Comprobación de conflictos: %1. Motivo: %2</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Fecha de creación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Resume (PDF file)</source>
        <translation>Currículum (archivo PDF)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=COLUMN with a field among %2.</source>
        <translation>«%1» no tiene la forma CAMPO=COLUMNA con un campo de entre %2.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; (for %2); its columns are: %3.</source>
        <translation>El archivo no tiene ninguna columna «%1» (para %2); sus columnas son: %3.</translation>
    </message>
    <message>
        <source>Choose the column for: %1.</source>
        <translation>Elija la columna para: %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds no header row.</source>
        <translation>%1 no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>Reading earlier imports failed: %1</source>
        <translation>No se pudieron leer las importaciones anteriores: %1</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Resume added by the import of %1, row %2.</source>
        <translation>Currículum añadido por la importación de %1, fila %2.</translation>
    </message>
    <message>
        <source>Imported from %1, row %2.</source>
        <translation>Importado de %1, fila %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write 2024-12-31, 31.12.2024 or 31/12/2024.</source>
        <translation>«%1» no es una fecha: escriba 2024-12-31, 31.12.2024 o 31/12/2024.</translation>
    </message>
    <message>
        <source>%1 is not a date a lead can have been created on.</source>
        <translation>%1 no es una fecha en la que se pueda haber creado un cliente potencial.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no status: write %2 or %3.</source>
        <translation>«%1» no es un estado: escriba %2 o %3.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Dry run, nothing was changed: %1 would be added, %2 updated, %3 skipped as duplicates, %4 already imported, %5 rejected (of %6 rows).</source>
        <translation>Simulación, no se cambió nada: se añadirían %1, se actualizarían %2, se omitirían %3 por duplicadas, %4 ya estaban importadas y se rechazarían %5 (de %6 filas).</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 skipped as duplicates, %4 already imported, %5 rejected (of %6 rows).</source>
        <translation>%1 añadidas, %2 actualizadas, %3 omitidas por duplicadas, %4 ya importadas, %5 rechazadas (de %6 filas).</translation>
    </message>
    <message>
        <source>Cannot open another connection to the database: %1</source>
        <translation>No se puede abrir otra conexión con la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Record %1 (from line %2) opens a quoted field that is never closed; the file ends inside it.</source>
        <translation>El registro %1 (desde la línea %2) abre un campo entre comillas que nunca se cierra; el archivo termina dentro de él.</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Cannot create the backup folder %1: %2</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>Choose both dates of the range.</source>
        <translation>Elija las dos fechas del intervalo.</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>El intervalo debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>The range can be at most ten years long.</source>
        <translation>El intervalo puede durar como máximo diez años.</translation>
    </message>
    <message>
        <source>Could not count the leads per week</source>
        <translation>No se pudieron contar los clientes potenciales por semana</translation>
    </message>
    <message>
        <source>Could not compute the time to first contact</source>
        <translation>No se pudo calcular el tiempo hasta el primer contacto</translation>
    </message>
    <message>
        <source>Could not count the leads by source</source>
        <translation>No se pudieron contar los clientes potenciales por origen</translation>
    </message>
    <message>
        <source>Could not count the overdue leads</source>
        <translation>No se pudieron contar los clientes potenciales vencidos</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Whole firm</source>
        <translation>Todo el despacho</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>From (first day)</source>
        <translation>Desde (primer día)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>To (last day)</source>
        <translation>Hasta (último día)</translation>
    </message>
    <message>
        <source>E&amp;xport page as PDF…</source>
        <translation>E&amp;xportar página como PDF…</translation>
    </message>
    <message>
        <source>Export the dashboard as PDF</source>
        <translation>Exportar el panel como PDF</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Estado del panel</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Vencidos ahora</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the chart “%1” as PNG</source>
        <translation>Guardar el gráfico «%1» como PNG</translation>
    </message>
    <message>
        <source>Leads per week by status</source>
        <translation>Clientes potenciales por semana según el estado</translation>
    </message>
    <message>
        <source>Median time to first contact (hours)</source>
        <translation>Mediana del tiempo hasta el primer contacto (horas)</translation>
    </message>
    <message>
        <source>How did they hear about us?</source>
        <translation>¿Cómo nos conocieron?</translation>
    </message>
    <message>
        <source>Overdue now, per attorney</source>
        <translation>Vencidos ahora, por abogado</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Could not open the database.</source>
        <translation>No se pudo abrir la base de datos.</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>A fecha de %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>week of %1: %2 pending, %3 reached out</source>
        <translation>semana del %1: %2 pendientes, %3 contactados</translation>
    </message>
    <message>
        <source>Leads per week by status, weeks of %1 to %2</source>
        <translation>Clientes potenciales por semana según el estado, semanas del %1 al %2</translation>
    </message>
    <message>
        <source>Median, hours</source>
        <translation>Mediana, horas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 over %3 leads</source>
        <translation>%1: %2 sobre %3 clientes potenciales</translation>
    </message>
    <message>
        <source>%1: no lead reached out</source>
        <translation>%1: ningún cliente potencial contactado</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>No leads in this period.</source>
        <translation>No hay clientes potenciales en este periodo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overdue now: %1&lt;/b&gt; (pending past the firm&apos;s response target, or past their follow-up date)</source>
        <translation>&lt;b&gt;Vencidos ahora: %1&lt;/b&gt; (pendientes una vez superado el plazo de respuesta del despacho o pasada su fecha de seguimiento)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>No hay nada vencido.</translation>
    </message>
    <message>
        <source>Overdue now, per attorney (%1 in all)</source>
        <translation>Vencidos ahora, por abogado (%1 en total)</translation>
    </message>
    <message>
        <source>Overdue now: %1. %2</source>
        <translation>Vencidos ahora: %1. %2</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>No se pudo guardar el gráfico en %1.</translation>
    </message>
    <message>
        <source>Lead Intake dashboard</source>
        <translation>Panel de Lead Intake</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Dashboard, %1 to %2</source>
        <translation>Panel, del %1 al %2</translation>
    </message>
    <message>
        <source>Overdue now: %1. Printed %2.</source>
        <translation>Vencidos ahora: %1. Impreso el %2.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export page as PDF</source>
        <translation>Exportar página como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>&amp;Export View…</source>
        <translation>&amp;Exportar vista…</translation>
    </message>
    <message>
        <source>Save the leads the table shows (its search, filter and order) as a CSV file.</source>
        <translation>Guardar como archivo CSV los clientes potenciales que muestra la tabla (con su búsqueda, filtro y orden).</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Hacer copia de seguridad ahora…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde una copia de seguridad…</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aún no hay ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>Last backup: %1 (over %2 days ago)</source>
        <translation>Última copia de seguridad: %1 (hace más de %2 días)</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Última copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The last backup that checked out (File → Back Up Now…, the daily backup or leadintake backup). The daily backup is set up in the firm settings backup.*.</source>
        <translation>La última copia de seguridad que superó la comprobación (Archivo → Hacer copia de seguridad ahora…, la copia diaria o leadintake backup). La copia diaria se configura en los parámetros backup.* de la configuración del despacho.</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>No se pudo hacer la copia de seguridad diaria: %1</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Exportar vista</translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation>leads.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting leads…</source>
        <translation>Exportando clientes potenciales…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) exported to %1.</source>
        <translation>
            <numerusform>%n cliente potencial exportado a %1.</numerusform>
            <numerusform>%n clientes potenciales exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Lead Intake backups (*.sqlite)</source>
        <translation>Copias de seguridad de Lead Intake (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>Copia de seguridad escrita en %1 y comprobada.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <source>Lead Intake backups (*.sqlite *.db);;All files (*)</source>
        <translation>Copias de seguridad de Lead Intake (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>Replace the whole database with the backup %1 (%2 leads, saved %3)?

What was entered since that backup will no longer be in the database. The current database is kept as a file beside it.</source>
        <translation>¿Sustituir toda la base de datos por la copia de seguridad %1 (%2 clientes potenciales, guardada el %3)?

Lo registrado después de esa copia dejará de estar en la base de datos. La base de datos actual se guarda como un archivo junto a ella.</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>&amp;Continuar…</translation>
    </message>
    <message>
        <source>Restore now? Every desk with Lead Intake open will show the leads of the backup.</source>
        <translation>¿Restaurar ahora? Todos los puestos que tengan Lead Intake abierto mostrarán los clientes potenciales de la copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced database is kept as %2.</source>
        <translation>Restaurado desde %1; la base de datos sustituida se guarda como %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite para Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1</source>
        <translation>No se puede abrir la base de datos %1</translation>
    </message>
    <message>
        <source>Cannot configure the database %1</source>
        <translation>No se puede configurar la base de datos %1</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1.</source>
        <translation>No se puede leer la versión del esquema de %1.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer Lead Intake (schema %2; this version knows up to %3). Update Lead Intake.</source>
        <translation>La base de datos %1 la escribió una versión más reciente de Lead Intake (esquema %2; esta versión conoce hasta el %3). Actualice Lead Intake.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 failed</source>
        <translation>No se pudo actualizar la base de datos al esquema %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database: %2.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos: %2.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: %2.</source>
        <translation>No se puede crear la base de datos %1: %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL para Qt no está instalado (paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot reach the office server %1</source>
        <translation>No se puede conectar con el servidor de la oficina %1</translation>
    </message>
    <message>
        <source>Cannot configure the connection to %1</source>
        <translation>No se puede configurar la conexión con %1</translation>
    </message>
</context>
<context>
    <name>DatabaseBackup</name>
    <message>
        <source>Cannot start the copy: %1</source>
        <translation>No se puede iniciar la copia: %1</translation>
    </message>
    <message>
        <source>Copying the database failed: %1</source>
        <translation>No se pudo copiar la base de datos: %1</translation>
    </message>
    <message>
        <source>schema %1, %2 tables, %3 rows, audit chains intact (%4 rows)</source>
        <translation>esquema %1, %2 tablas, %3 filas, cadenas de auditoría intactas (%4 filas)</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite plugin runs SQLite %1, this program links %2</source>
        <translation>El complemento SQLite de Qt usa SQLite %1 y este programa está enlazado con %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the tables: %1</source>
        <translation>No se pueden enumerar las tablas: %1</translation>
    </message>
    <message>
        <source>Cannot count the rows of %1</source>
        <translation>No se pueden contar las filas de %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 is not a Lead Intake backup (%2).</source>
        <translation>%1 no es una copia de seguridad de Lead Intake (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the integrity check found %2 problem(s), the first: %3</source>
        <translation>%1 está dañado: la comprobación de integridad encontró problemas (%2); el primero: %3</translation>
    </message>
    <message>
        <source>%1 is a SQLite database but not a Lead Intake one (its leads, history, resumes and settings tables are missing).</source>
        <translation>%1 es una base de datos SQLite, pero no de Lead Intake (le faltan las tablas de clientes potenciales, historial, currículums y configuración).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lead Intake (schema %2; this version knows up to %3). Restore it with that version.</source>
        <translation>%1 lo escribió una versión más reciente de Lead Intake (esquema %2; esta versión conoce hasta el %3). Restáurelo con esa versión.</translation>
    </message>
    <message>
        <source>%1: the recorded history in it was changed (%2).</source>
        <translation>%1: se modificó el historial registrado que contiene (%2).</translation>
    </message>
    <message>
        <source>This database is not a SQLite file.</source>
        <translation>Esta base de datos no es un archivo SQLite.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start reading the database</source>
        <translation>No se puede empezar a leer la base de datos</translation>
    </message>
    <message>
        <source>The copy failed its check; no backup was written: %1</source>
        <translation>La copia no superó su comprobación; no se escribió ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The copy&apos;s row counts (%1) differ from the database&apos;s (%2); no backup was written.</source>
        <translation>Los recuentos de filas de la copia (%1) no coinciden con los de la base de datos (%2); no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot rename the copy to %1: %2</source>
        <translation>No se puede cambiar el nombre de la copia a %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be brought up to date: %2</source>
        <translation>No se puede actualizar %1: %2</translation>
    </message>
    <message>
        <source>The current database could not be kept, so nothing was restored: %1</source>
        <translation>No se pudo guardar aparte la base de datos actual, así que no se restauró nada: %1</translation>
    </message>
    <message>
        <source>The restored database fails its check (%1); the replaced one is kept as %2.</source>
        <translation>La base de datos restaurada no supera su comprobación (%1); la sustituida se guarda como %2.</translation>
    </message>
    <message>
        <source>The database is busy (%1); nothing was restored.</source>
        <translation>La base de datos está ocupada (%1); no se restauró nada.</translation>
    </message>
    <message>
        <source>Nothing was restored; the database is as it was.</source>
        <translation>No se restauró nada; la base de datos está como estaba.</translation>
    </message>
</context>
<context>
    <name>DatabaseTarget</name>
    <message>
        <source>Give a database file path or a postgresql:// URL.</source>
        <translation>Indique la ruta de un archivo de base de datos o una URL postgresql://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a file path nor a postgresql:// URL.</source>
        <translation>«%1» no es ni la ruta de un archivo ni una URL postgresql://.</translation>
    </message>
    <message>
        <source>The server address is not a valid postgresql:// URL: %1</source>
        <translation>La dirección del servidor no es una URL postgresql:// válida: %1</translation>
    </message>
    <message>
        <source>A server address names one database: &quot;%1&quot; has a slash.</source>
        <translation>La dirección de un servidor nombra una sola base de datos: «%1» contiene una barra.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection setting Lead Intake knows (for example sslmode, sslrootcert, connect_timeout, service).</source>
        <translation>«%1» no es un parámetro de conexión que Lead Intake conozca (por ejemplo sslmode, sslrootcert, connect_timeout, service).</translation>
    </message>
    <message>
        <source>The connection setting %1 may not contain a semicolon.</source>
        <translation>El parámetro de conexión %1 no puede contener un punto y coma.</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>El puerto debe ser un número del 1 al 65535.</translation>
    </message>
</context>
<context>
    <name>EraseLeadDialog</name>
    <message>
        <source>Erase lead</source>
        <translation>Suprimir el cliente potencial</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n leads</source>
        <translation>
            <numerusform>Suprimir %n cliente potencial</numerusform>
            <numerusform>Suprimir %n clientes potenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…y %n más</numerusform>
            <numerusform>…y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed for good: the names, the email address, the resume (and this computer&apos;s copies of it), the notes and every other detail in the history, and the addresses of the lead&apos;s emails. Emails not yet sent are cancelled.
Kept: the lead&apos;s number, its dates and status, who did what and when, and a record of this erasure with its reason. This cannot be undone.</source>
        <translation>Se eliminan para siempre: los nombres, la dirección de correo, el currículum (y las copias que haya en este equipo), las notas y cualquier otro detalle del historial, y las direcciones de los correos del cliente potencial. Los correos aún no enviados se cancelan.
Se conservan: el número del cliente potencial, sus fechas y su estado, quién hizo qué y cuándo, y un registro de esta supresión con su motivo. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>such as: the prospect asked to be forgotten</source>
        <translation>por ejemplo: el cliente potencial pidió que se borraran sus datos</translation>
    </message>
    <message>
        <source>Reason for erasing</source>
        <translation>Motivo de la supresión</translation>
    </message>
    <message>
        <source>Required; kept in the lead&apos;s history</source>
        <translation>Obligatorio; se conserva en el historial del cliente potencial</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>I understand that this &amp;cannot be undone</source>
        <translation>Entiendo que esta acción &amp;no se puede deshacer</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Suprimir</translation>
    </message>
    <message>
        <source>Write the reason and tick that it cannot be undone first</source>
        <translation>Escriba primero el motivo y marque que no se puede deshacer</translation>
    </message>
</context>
<context>
    <name>FileTarget</name>
    <message>
        <source>No file name was given.</source>
        <translation>No se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist; nothing was written.</source>
        <translation>%1 es un enlace simbólico a %2, que no existe; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 es una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be examined; nothing was written.</source>
        <translation>No se puede examinar %1; no se escribió nada.</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un dispositivo</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>%1 (a link to %2)</source>
        <translation>%1 (un enlace a %2)</translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; it was left as it is and nothing was written. Give the name of a new or ordinary file.</source>
        <translation>%1 es %2, no un archivo normal; se dejó como estaba y no se escribió nada. Indique el nombre de un archivo nuevo o normal.</translation>
    </message>
    <message>
        <source>%1 already exists; nothing was written.</source>
        <translation>%1 ya existe; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FirmSettings</name>
    <message>
        <source>The firm&apos;s name, as emails show it.</source>
        <translation>El nombre del despacho, tal como aparece en los correos.</translation>
    </message>
    <message>
        <source>The display name for the notification address.</source>
        <translation>El nombre visible de la dirección de avisos.</translation>
    </message>
    <message>
        <source>Attach the resume to notifications: true or false (default true).</source>
        <translation>Adjuntar el currículum a los avisos: true o false (predeterminado true).</translation>
    </message>
    <message>
        <source>The sender&apos;s display name (default: the firm&apos;s name).</source>
        <translation>El nombre visible del remitente (predeterminado: el nombre del despacho).</translation>
    </message>
    <message>
        <source>The sender&apos;s address (default: the SMTP user name).</source>
        <translation>La dirección del remitente (predeterminado: el nombre de usuario SMTP).</translation>
    </message>
    <message>
        <source>The SMTP server, such as smtp.gmail.com.</source>
        <translation>El servidor SMTP, como smtp.gmail.com.</translation>
    </message>
    <message>
        <source>The SMTP port (default 465).</source>
        <translation>El puerto SMTP (predeterminado 465).</translation>
    </message>
    <message>
        <source>implicit (TLS, port 465), starttls (port 587) or plain (local relay only).</source>
        <translation>implicit (TLS, puerto 465), starttls (puerto 587) o plain (solo retransmisión local).</translation>
    </message>
    <message>
        <source>The SMTP user name (the password is never stored here).</source>
        <translation>El nombre de usuario SMTP (la contraseña nunca se guarda aquí).</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for the SMTP server.</source>
        <translation>Un archivo PEM con certificados de CA adicionales en los que confiar para el servidor SMTP.</translation>
    </message>
    <message>
        <source>Reading the firm settings failed</source>
        <translation>No se pudo leer la configuración del despacho</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
        <translation>%1 debe ser true o false, no «%2».</translation>
    </message>
    <message>
        <source>The SMTP port must be a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation>El puerto SMTP debe ser un número del 1 al 65535, no «%1».</translation>
    </message>
    <message>
        <source>The SMTP security must be implicit, starttls or plain, not &quot;%1&quot;.</source>
        <translation>La seguridad SMTP debe ser implicit, starttls o plain, no «%1».</translation>
    </message>
    <message>
        <source>%1 must not contain control characters such as line breaks.</source>
        <translation>%1 no debe contener caracteres de control, como saltos de línea.</translation>
    </message>
    <message>
        <source>Saving the firm settings failed</source>
        <translation>No se pudo guardar la configuración del despacho</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a template name.</source>
        <translation>«%1» no es un nombre de plantilla.</translation>
    </message>
    <message>
        <source>A copy of every new-lead notification (the responsible attorney gets the first); the only one for leads nobody is responsible for.</source>
        <translation>Una copia de cada aviso de nuevo cliente potencial (el abogado responsable recibe el primero); el único aviso de los clientes potenciales que no tienen responsable.</translation>
    </message>
    <message>
        <source>Who is responsible for a new lead: manual (chosen at intake), round-robin (active attorneys in turn) or default (the default attorney).</source>
        <translation>Quién es responsable de un nuevo cliente potencial: manual (se elige al registrarlo), round-robin (los abogados activos por turnos) o default (el abogado predeterminado).</translation>
    </message>
    <message>
        <source>The user name of the attorney who gets every new lead when assignment.mode is default.</source>
        <translation>El nombre de usuario del abogado que recibe todos los nuevos clientes potenciales cuando assignment.mode es default.</translation>
    </message>
    <message>
        <source>The choices for &quot;How did you hear about us?&quot;, separated by semicolons (&quot;Other&quot; is always offered).</source>
        <translation>Las opciones de «¿Cómo nos conoció?», separadas por punto y coma («Otro» se ofrece siempre).</translation>
    </message>
    <message>
        <source>Erase leads this many months after their last activity, once an administrator confirms (retention list / retention apply); 0 = off (the default).</source>
        <translation>Suprimir los clientes potenciales este número de meses después de su última actividad, cuando un administrador lo confirme (retention list / retention apply); 0 = desactivado (predeterminado).</translation>
    </message>
    <message>
        <source>Back up the database once a day from the first desk open after backup.time: true or false (default false).</source>
        <translation>Hacer una copia de seguridad de la base de datos una vez al día, desde el primer puesto que se abra después de backup.time: true o false (predeterminado false).</translation>
    </message>
    <message>
        <source>The folder (an absolute path) where the daily backups go.</source>
        <translation>La carpeta (una ruta absoluta) donde se guardan las copias de seguridad diarias.</translation>
    </message>
    <message>
        <source>How many daily backups are kept; older ones are removed (default 7).</source>
        <translation>Cuántas copias de seguridad diarias se conservan; las más antiguas se eliminan (predeterminado 7).</translation>
    </message>
    <message>
        <source>The time of day (HH:MM) after which the daily backup is due (default 12:00).</source>
        <translation>La hora del día (HH:MM) a partir de la cual toca la copia de seguridad diaria (predeterminado 12:00).</translation>
    </message>
    <message>
        <source>When the last backup was written (UTC; written by Lead Intake).</source>
        <translation>Cuándo se escribió la última copia de seguridad (UTC; lo escribe Lead Intake).</translation>
    </message>
    <message>
        <source>When a desk started the daily backup (written by Lead Intake).</source>
        <translation>Cuándo un puesto empezó la copia de seguridad diaria (lo escribe Lead Intake).</translation>
    </message>
    <message>
        <source>How the desk signs in to the SMTP server: password (or app password), microsoft or google (Sign in with… in Settings).</source>
        <translation>Cómo inicia sesión el puesto en el servidor SMTP: password (contraseña o contraseña de aplicación), microsoft o google («Iniciar sesión con…» en Configuración).</translation>
    </message>
    <message>
        <source>The client id of the firm&apos;s app registered with Microsoft or Google.</source>
        <translation>El ID de cliente de la aplicación del despacho registrada en Microsoft o Google.</translation>
    </message>
    <message>
        <source>Microsoft only: the firm&apos;s tenant id or domain (default organizations).</source>
        <translation>Solo Microsoft: el ID de inquilino o el dominio del despacho (predeterminado organizations).</translation>
    </message>
    <message>
        <source>Google only: the client secret of a &quot;Desktop app&quot; client, if it has one.</source>
        <translation>Solo Google: el secreto de cliente de un cliente «App de escritorio», si lo tiene.</translation>
    </message>
    <message>
        <source>Replaces the provider&apos;s authorisation URL (leave empty).</source>
        <translation>Sustituye la URL de autorización del proveedor (déjelo vacío).</translation>
    </message>
    <message>
        <source>Replaces the provider&apos;s token URL (leave empty).</source>
        <translation>Sustituye la URL de token del proveedor (déjelo vacío).</translation>
    </message>
    <message>
        <source>The retention period must be a number of months from 0 (off) to %1, not &quot;%2&quot;.</source>
        <translation>El plazo de conservación debe ser un número de meses del 0 (desactivado) al %1, no «%2».</translation>
    </message>
    <message>
        <source>backup.keep must be a number from 1 to 366, not &quot;%1&quot;.</source>
        <translation>backup.keep debe ser un número del 1 al 366, no «%1».</translation>
    </message>
    <message>
        <source>The assignment mode must be manual, round-robin or default, not &quot;%1&quot;.</source>
        <translation>El modo de asignación debe ser manual, round-robin o default, no «%1».</translation>
    </message>
    <message numerus="yes">
        <source>At most %n sources can be offered.</source>
        <translation>
            <numerusform>Se puede ofrecer como máximo %n origen.</numerusform>
            <numerusform>Se pueden ofrecer como máximo %n orígenes.</numerusform>
        </translation>
    </message>
    <message>
        <source>backup.folder must be an absolute path, not &quot;%1&quot;.</source>
        <translation>backup.folder debe ser una ruta absoluta, no «%1».</translation>
    </message>
    <message>
        <source>backup.time must be a time of day as HH:MM, such as 12:00, not &quot;%1&quot;.</source>
        <translation>backup.time debe ser una hora del día en formato HH:MM, como 12:00, no «%1».</translation>
    </message>
    <message>
        <source>%1 must be a date and time (ISO 8601), not &quot;%2&quot;.</source>
        <translation>%1 debe ser una fecha y hora (ISO 8601), no «%2».</translation>
    </message>
    <message>
        <source>The SMTP sign-in must be password, microsoft or google, not &quot;%1&quot;.</source>
        <translation>El inicio de sesión SMTP debe ser password, microsoft o google, no «%1».</translation>
    </message>
    <message>
        <source>%1 must be an https:// address, not &quot;%2&quot;.</source>
        <translation>%1 debe ser una dirección https://, no «%2».</translation>
    </message>
    <message>
        <source>The Microsoft tenant is an id or a domain such as example.com, not &quot;%1&quot;.</source>
        <translation>El inquilino de Microsoft es un ID o un dominio como ejemplo.com, no «%1».</translation>
    </message>
    <message>
        <source>A pending lead is overdue this many business days after it arrived (default 1; 0 = no target).</source>
        <translation>Un cliente potencial pendiente queda vencido este número de días hábiles después de llegar (predeterminado 1; 0 = sin plazo).</translation>
    </message>
    <message>
        <source>The days that are not business days, such as sat,sun (the default) or fri,sat; none: every day is one.</source>
        <translation>Los días que no son hábiles, como sat,sun (predeterminado) o fri,sat; none: todos los días son hábiles.</translation>
    </message>
    <message>
        <source>The firm&apos;s time zone, such as America/New_York (default: this computer&apos;s).</source>
        <translation>La zona horaria del despacho, como America/New_York (predeterminado: la de este equipo).</translation>
    </message>
    <message>
        <source>Email each attorney a morning list of their overdue leads: true or false (default true).</source>
        <translation>Enviar cada mañana por correo a cada abogado la lista de sus clientes potenciales vencidos: true o false (predeterminado true).</translation>
    </message>
    <message>
        <source>The time of day (HH:MM, the firm&apos;s time zone) after which the morning digest goes (default 08:00).</source>
        <translation>La hora del día (HH:MM, en la zona horaria del despacho) a partir de la cual se envía el resumen matutino (predeterminado 08:00).</translation>
    </message>
    <message>
        <source>The response target must be a number of business days from 0 (none) to %1, not &quot;%2&quot;.</source>
        <translation>El plazo de respuesta debe ser un número de días hábiles del 0 (sin plazo) al %1, no «%2».</translation>
    </message>
    <message>
        <source>digest.time must be a time of day as HH:MM, such as 08:00, not &quot;%1&quot;.</source>
        <translation>digest.time debe ser una hora del día en formato HH:MM, como 08:00, no «%1».</translation>
    </message>
    <message>
        <source>response.weekend must list days as mon, tue, wed, thu, fri, sat or sun separated by commas (at most six), not &quot;%1&quot;.</source>
        <translation>response.weekend debe enumerar los días como mon, tue, wed, thu, fri, sat o sun separados por comas (seis como máximo), no «%1».</translation>
    </message>
    <message>
        <source>firm.time_zone must be a time zone such as America/New_York or Europe/Madrid, not &quot;%1&quot;.</source>
        <translation>firm.time_zone debe ser una zona horaria como America/New_York o Europe/Madrid, no «%1».</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Lead Intake Help</source>
        <translation>Ayuda de Lead Intake</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <source>The user guide&apos;s table of contents</source>
        <translation>El índice de la guía de uso</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Texto de ayuda</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Created &amp;on:</source>
        <translation>&amp;Fecha de creación:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>&amp;Resume (PDF file):</source>
        <translation>Cu&amp;rrículum (archivo PDF):</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar clientes potenciales</translation>
    </message>
    <message>
        <source>CSV fi&amp;le:</source>
        <translation>Arc&amp;hivo CSV:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet</source>
        <translation>Un archivo CSV guardado desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Encodi&amp;ng:</source>
        <translation>Co&amp;dificación:</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Detección automática</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>Se&amp;parador:</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separador</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>The file&apos;s first rows</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <source>Which column holds which field</source>
        <translation>Qué columna contiene cada campo</translation>
    </message>
    <message>
        <source>D&amp;uplicates:</source>
        <translation>D&amp;uplicados:</translation>
    </message>
    <message>
        <source>When a row&apos;s email already belongs to a lead</source>
        <translation>Cuando el correo de una fila ya pertenece a un cliente potencial</translation>
    </message>
    <message>
        <source>Skip rows whose email is already a lead&apos;s</source>
        <translation>Omitir las filas cuyo correo ya es de un cliente potencial</translation>
    </message>
    <message>
        <source>Import them anyway</source>
        <translation>Importarlas de todos modos</translation>
    </message>
    <message>
        <source>Give the existing lead what it lacks (its resume)</source>
        <translation>Completar el cliente potencial existente con lo que le falte (su currículum)</translation>
    </message>
    <message>
        <source>Imported leads get no email: no confirmation to the prospect, no notification to the firm. Each gets one history entry naming the file and row.</source>
        <translation>Los clientes potenciales importados no generan ningún correo: ni confirmación al cliente potencial ni aviso al despacho. Cada uno recibe una entrada en el historial que indica el archivo y la fila.</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read…</source>
        <translation>
            <numerusform>%n fila leída…</numerusform>
            <numerusform>%n filas leídas…</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Choose a CSV file: one row per lead, with a header row.</source>
        <translation>Elija un archivo CSV: una fila por cliente potencial, con una fila de encabezado.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1, %2, separator “%3”. Check the columns, then try a dry run.</source>
        <translation>%1, %2, separador «%3». Compruebe las columnas y luego haga una simulación.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Comprobando todas las filas…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Cancelled: the rows imported so far stay. Import the same file again to add the rest; no row is imported twice.</source>
        <translation>Cancelado: las filas importadas hasta ahora se mantienen. Importe de nuevo el mismo archivo para añadir el resto; ninguna fila se importa dos veces.</translation>
    </message>
    <message>
        <source>Rejected rows (row, field, reason): %1</source>
        <translation>Filas rechazadas (fila, campo, motivo): %1</translation>
    </message>
    <message>
        <source>First: row %1, %2: %3</source>
        <translation>Primera: fila %1, %2: %3</translation>
    </message>
    <message>
        <source>Cancelling after the batch under way…</source>
        <translation>Cancelando tras el lote en curso…</translation>
    </message>
</context>
<context>
    <name>IntakeJournal</name>
    <message>
        <source>Cannot create the folder %1 for the intake journal: %2.</source>
        <translation>No se puede crear la carpeta %1 para el diario de registros: %2.</translation>
    </message>
    <message>
        <source>Cannot create the intake journal %1: %2.</source>
        <translation>No se puede crear el diario de registros %1: %2.</translation>
    </message>
    <message>
        <source>Cannot open the intake journal %1</source>
        <translation>No se puede abrir el diario de registros %1</translation>
    </message>
    <message>
        <source>Cannot prepare the intake journal %1</source>
        <translation>No se puede preparar el diario de registros %1</translation>
    </message>
    <message>
        <source>The lead could not be kept on this desk either</source>
        <translation>Tampoco se pudo conservar el cliente potencial en este puesto</translation>
    </message>
    <message>
        <source>Cannot read the intake journal</source>
        <translation>No se puede leer el diario de registros</translation>
    </message>
    <message>
        <source>Cannot update the intake journal</source>
        <translation>No se puede actualizar el diario de registros</translation>
    </message>
    <message>
        <source>Cannot read the intake journal %1</source>
        <translation>No se puede leer el diario de registros %1</translation>
    </message>
    <message>
        <source>The intake journal %1 was written by a newer Lead Intake (format %2; this version knows up to %3). Update Lead Intake; the leads waiting in it are kept.</source>
        <translation>El diario de registros %1 lo escribió una versión más reciente de Lead Intake (formato %2; esta versión conoce hasta el %3). Actualice Lead Intake; los clientes potenciales que esperan en él se conservan.</translation>
    </message>
    <message>
        <source>Cannot upgrade the intake journal %1</source>
        <translation>No se puede convertir el diario de registros %1 al nuevo formato</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>New lead</source>
        <translation>Nuevo cliente potencial</translation>
    </message>
    <message>
        <source>Enter the prospect&apos;s details and attach their resume. Fields marked * are required.</source>
        <translation>Introduzca los datos del cliente potencial y adjunte su currículum. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Idioma preferido</translation>
    </message>
    <message>
        <source>The language of the emails the prospect receives</source>
        <translation>El idioma de los correos que recibe el cliente potencial</translation>
    </message>
    <message>
        <source>Drop the PDF here, or choose it.</source>
        <translation>Arrastre el PDF aquí o elíjalo.</translation>
    </message>
    <message>
        <source>Remove the chosen resume</source>
        <translation>Quitar el currículum elegido</translation>
    </message>
    <message>
        <source>&amp;Save lead</source>
        <translation>Guardar &amp;cliente potencial</translation>
    </message>
    <message>
        <source>Save the lead (Ctrl+Enter)</source>
        <translation>Guardar el cliente potencial (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>A PDF file of at most %1.</source>
        <translation>Un archivo PDF de %1 como máximo.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose the resume</source>
        <translation>Elija el currículum</translation>
    </message>
    <message>
        <source>PDF files (*.pdf *.PDF);;All files (*)</source>
        <translation>Archivos PDF (*.pdf *.PDF);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Open existing lead</source>
        <translation>Abrir el cliente potencial existente</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>The lead was not saved: %1</source>
        <translation>No se guardó el cliente potencial: %1</translation>
    </message>
    <message>
        <source>Lead for %1 saved.</source>
        <translation>Se guardó a %1 como cliente potencial.</translation>
    </message>
    <message>
        <source>Welcome — please enter your details</source>
        <translation>Bienvenido/a: introduzca sus datos</translation>
    </message>
    <message>
        <source>Tell us who you are and attach your resume as a PDF. An attorney will contact you. Fields marked * are required.</source>
        <translation>Díganos quién es y adjunte su currículum en PDF. Un abogado se pondrá en contacto con usted. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>&amp;Send my details</source>
        <translation>Enviar &amp;mis datos</translation>
    </message>
    <message>
        <source>A lead with this email address is already known.

Save this one as well?</source>
        <translation>Ya existe un cliente potencial con esta dirección de correo.

¿Guardar también este?</translation>
    </message>
    <message>
        <source>A lead with the email %1 already exists: %2, entered %3.</source>
        <translation>Ya existe un cliente potencial con el correo %1: %2, registrado el %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n leads with the email %1 already exist; the newest is %2, entered %3.</source>
        <translation>
            <numerusform>Ya existe %n cliente potencial con el correo %1; el más reciente es %2, registrado el %3.</numerusform>
            <numerusform>Ya existen %n clientes potenciales con el correo %1; el más reciente es %2, registrado el %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the existing lead, or save this one as well?</source>
        <translation>¿Abrir el cliente potencial existente o guardar también este?</translation>
    </message>
    <message>
        <source>Open the newest, or save this one as well?</source>
        <translation>¿Abrir el más reciente o guardar también este?</translation>
    </message>
    <message>
        <source>Save this one as well?</source>
        <translation>¿Guardar también este?</translation>
    </message>
    <message>
        <source>Lead for %1 saved on this desk: the office server cannot be reached just now. It is sent to the server, with its emails, as soon as the server answers.</source>
        <translation>Se guardó a %1 en este puesto: ahora mismo no se puede conectar con el servidor de la oficina. Se enviará al servidor, con sus correos, en cuanto responda.</translation>
    </message>
    <message>
        <source>First &amp;name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <source>Las&amp;t name *</source>
        <translation>Apelli&amp;dos *</translation>
    </message>
    <message>
        <source>E&amp;mail *</source>
        <translation>Correo &amp;electrónico *</translation>
    </message>
    <message>
        <source>&amp;Preferred language</source>
        <translation>Idi&amp;oma preferido</translation>
    </message>
    <message>
        <source>Res&amp;ume (PDF) *</source>
        <translation>Cu&amp;rrículum (PDF) *</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the resume</source>
        <translation>Quitar el currículum</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Elegir arc&amp;hivo…</translation>
    </message>
    <message>
        <source>Choose the resume file</source>
        <translation>Elegir el archivo del currículum</translation>
    </message>
    <message>
        <source>Clea&amp;r form</source>
        <translation>Limpiar &amp;formulario</translation>
    </message>
    <message>
        <source>Sta&amp;rt over</source>
        <translation>Empezar de nue&amp;vo</translation>
    </message>
    <message>
        <source>Ho&amp;w did you hear about us?</source>
        <translation>¿Cómo no&amp;s conoció?</translation>
    </message>
    <message>
        <source>How did you hear about us?</source>
        <translation>¿Cómo nos conoció?</translation>
    </message>
    <message>
        <source>Other source</source>
        <translation>Otro origen</translation>
    </message>
    <message>
        <source>Where, then?</source>
        <translation>¿Dónde, entonces?</translation>
    </message>
    <message>
        <source>Responsible attorne&amp;y</source>
        <translation>&amp;Abogado responsable</translation>
    </message>
    <message>
        <source>Responsible attorney</source>
        <translation>Abogado responsable</translation>
    </message>
    <message>
        <source>Who handles this lead and gets the notification</source>
        <translation>Quién se encarga de este cliente potencial y recibe el aviso</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiero no decirlo</translation>
    </message>
    <message>
        <source>— Not asked —</source>
        <translation>— No se preguntó —</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otro…</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie por ahora</translation>
    </message>
    <message>
        <source>By the firm&apos;s rule: %1</source>
        <translation>Según la regla del despacho: %1</translation>
    </message>
</context>
<context>
    <name>KeychainPasswordStore</name>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>El llavero denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The keychain refused to store the password: %1</source>
        <translation>El llavero se negó a guardar la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Welcome</source>
        <translation>Le damos la bienvenida</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>We have your details and your resume. An attorney will contact you soon.
Please let the front desk know you are done.</source>
        <translation>Ya tenemos sus datos y su currículum. Un abogado se pondrá en contacto con usted pronto.
Avise en recepción cuando haya terminado.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Leave the kiosk (administrator&apos;s password)</source>
        <translation>Salir del quiosco (contraseña de administrador)</translation>
    </message>
    <message>
        <source>Leave the Kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <source>Only an administrator can leave the kiosk.</source>
        <translation>Solo un administrador puede salir del quiosco.</translation>
    </message>
</context>
<context>
    <name>LeadDetailPane</name>
    <message>
        <source>Select a lead to see its details, history and resume.</source>
        <translation>Seleccione un cliente potencial para ver sus datos, su historial y su currículum.</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Actualizado:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Creado por:</translation>
    </message>
    <message>
        <source>Resume:</source>
        <translation>Currículum:</translation>
    </message>
    <message>
        <source>Emails:</source>
        <translation>Correos:</translation>
    </message>
    <message>
        <source>Open a copy of the resume in the desktop&apos;s PDF viewer</source>
        <translation>Abrir una copia del currículum en el visor de PDF del escritorio</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the resume to a file</source>
        <translation>Guardar el currículum en un archivo</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Write a note about this lead (a call, a meeting, next steps)…</source>
        <translation>Escriba una nota sobre este cliente potencial (una llamada, una reunión, próximos pasos)…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Añadir &amp;nota</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resume</source>
        <translation>Sin currículum</translation>
    </message>
    <message>
        <source>None queued</source>
        <translation>Ninguno en cola</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>waiting (retry at %1)</source>
        <translation>en espera (reintento a las %1)</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>failed (may have arrived)</source>
        <translation>fallido (puede haber llegado)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Entered by %1, %2</source>
        <translation>Registrado por %1, %2</translation>
    </message>
    <message>
        <source>Marked %1 by %2, %3</source>
        <translation>Marcado como %1 por %2, %3</translation>
    </message>
    <message>
        <source>Note by %1, %2: %3</source>
        <translation>Nota de %1, %2: %3</translation>
    </message>
    <message>
        <source>Resume opened by %1, %2</source>
        <translation>Currículum abierto por %1, %2</translation>
    </message>
    <message>
        <source>Resume saved to a file by %1, %2</source>
        <translation>Currículum guardado en un archivo por %1, %2</translation>
    </message>
    <message>
        <source>Cannot open the resume</source>
        <translation>No se puede abrir el currículum</translation>
    </message>
    <message>
        <source>Save Resume As</source>
        <translation>Guardar currículum como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot save the resume</source>
        <translation>No se puede guardar el currículum</translation>
    </message>
    <message>
        <source>Saving the resume to %1 failed: %2</source>
        <translation>No se pudo guardar el currículum en %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2), received as “%3”</source>
        <translation>%1 (%2), recibido como «%3»</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) selected.</source>
        <translation>
            <numerusform>%n cliente potencial seleccionado.</numerusform>
            <numerusform>%n clientes potenciales seleccionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one lead to see its details, history and resume.</source>
        <translation>Seleccione un solo cliente potencial para ver sus datos, su historial y su currículum.</translation>
    </message>
    <message>
        <source>Writing a temporary copy of the resume failed: %1</source>
        <translation>No se pudo escribir una copia temporal del currículum: %1</translation>
    </message>
    <message>
        <source>No application on this computer opens %1 (is a PDF viewer installed?). Use “Save as…” and open the file yourself.</source>
        <translation>Ninguna aplicación de este equipo abre %1 (¿hay un visor de PDF instalado?). Use «Guardar como…» y abra el archivo usted mismo.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show or hide the resume&apos;s preview</source>
        <translation>Mostrar u ocultar la vista previa del currículum</translation>
    </message>
    <message>
        <source>Resume preview</source>
        <translation>Vista previa del currículum</translation>
    </message>
    <message>
        <source>Shows or hides the preview of the resume</source>
        <translation>Muestra u oculta la vista previa del currículum</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Abri&amp;r</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Intro añade la nota</translation>
    </message>
    <message>
        <source>Add the note to the lead&apos;s history (it cannot be edited afterwards); Ctrl+Enter in the note does the same</source>
        <translation>Añadir la nota al historial del cliente potencial (después no se puede modificar); Ctrl+Intro en la nota hace lo mismo</translation>
    </message>
    <message>
        <source>No resume to preview</source>
        <translation>No hay currículum que mostrar</translation>
    </message>
    <message>
        <source>Cannot preview this file</source>
        <translation>No se puede mostrar la vista previa de este archivo</translation>
    </message>
    <message>
        <source>Resume viewed in the preview by %1, %2</source>
        <translation>Currículum consultado en la vista previa por %1, %2</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Asignar a…</translation>
    </message>
    <message>
        <source>Make another attorney responsible for this lead; they are told by email (%1)</source>
        <translation>Hacer responsable de este cliente potencial a otro abogado, que recibe un aviso por correo (%1)</translation>
    </message>
    <message>
        <source>Assign to another attorney</source>
        <translation>Asignar a otro abogado</translation>
    </message>
    <message>
        <source>Attorney:</source>
        <translation>Abogado:</translation>
    </message>
    <message>
        <source>Heard of us:</source>
        <translation>Cómo nos conoció:</translation>
    </message>
    <message>
        <source>Erase lea&amp;d…</source>
        <translation>Suprimir clien&amp;te potencial…</translation>
    </message>
    <message>
        <source>Remove this lead&apos;s personal data for good (asks for a reason first)</source>
        <translation>Suprimir definitivamente los datos personales de este cliente potencial (antes se pide un motivo)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>Suprimido el %1</translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation>%1 (cliente potencial %2)</translation>
    </message>
    <message>
        <source>Entered by %1, %2: %3</source>
        <translation>Registrado por %1, %2: %3</translation>
    </message>
    <message>
        <source>Note by %1, %2 (its text was erased)</source>
        <translation>Nota de %1, %2 (su texto se suprimió)</translation>
    </message>
    <message>
        <source>Assigned to %1 by %2, %3</source>
        <translation>Asignado a %1 por %2, %3</translation>
    </message>
    <message>
        <source>Erased by %1, %2. Reason: %3</source>
        <translation>Suprimido por %1, %2. Motivo: %3</translation>
    </message>
    <message>
        <source>No active attorney</source>
        <translation>Ningún abogado activo</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>Call back on</source>
        <translation>Volver a llamar el</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the call-back date</source>
        <translation>Quitar la fecha de seguimiento</translation>
    </message>
    <message>
        <source>Clear the call-back date</source>
        <translation>Quitar la fecha de seguimiento</translation>
    </message>
    <message>
        <source>Response, overdue</source>
        <translation>Respuesta, plazo vencido</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Morning digest</source>
        <translation>Resumen matutino</translation>
    </message>
    <message>
        <source>Call-back date cleared by %1, %2</source>
        <translation>Fecha de seguimiento quitada por %1, %2</translation>
    </message>
    <message>
        <source>Call back on %1, set by %2, %3</source>
        <translation>Volver a llamar el %1; fecha fijada por %2, %3</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Time to first contact: %1</source>
        <translation>Tiempo hasta el primer contacto: %1</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>En espera desde hace %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>vencido desde el %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Sin vencimiento</translation>
    </message>
    <message>
        <source>Not set (YYYY-MM-DD)</source>
        <translation>Sin fijar (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>A day to call this lead back, as YYYY-MM-DD; it is overdue from that day. Enter or leaving the field saves it; an empty field removes it.</source>
        <translation>Día para volver a llamar a este cliente potencial, como AAAA-MM-DD; a partir de ese día queda vencido. Se guarda con Intro o al salir del campo; un campo vacío la quita.</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Pick the call-back day from a calendar</source>
        <translation>Elegir en un calendario el día para volver a llamar</translation>
    </message>
    <message>
        <source>Call back o&amp;n:</source>
        <translation>&amp;Volver a llamar el:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: type the call-back date as YYYY-MM-DD, such as %2, or pick it from the calendar. Nothing was changed.</source>
        <translation>«%1» no es un día: escriba la fecha de seguimiento como AAAA-MM-DD, por ejemplo %2, o elíjala en el calendario. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Pick the call-back day</source>
        <translation>Elegir el día para volver a llamar</translation>
    </message>
    <message>
        <source>Call-back day</source>
        <translation>Día para volver a llamar</translation>
    </message>
</context>
<context>
    <name>LeadEraser</name>
    <message>
        <source>Reading the lead failed</source>
        <translation>No se pudo leer el cliente potencial</translation>
    </message>
    <message>
        <source>There is no lead %1.</source>
        <translation>No existe el cliente potencial %1.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a lead; lead %1 was not changed.</source>
        <translation>Solo un administrador puede suprimir un cliente potencial; el cliente potencial %1 no se modificó.</translation>
    </message>
    <message>
        <source>Give the reason for erasing lead %1 (it is kept in the lead&apos;s history); nothing was erased.</source>
        <translation>Indique el motivo para suprimir el cliente potencial %1 (se conserva en su historial); no se suprimió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The reason holds at most %n characters; nothing was erased.</source>
        <translation>
            <numerusform>El motivo tiene como máximo %n carácter; no se suprimió nada.</numerusform>
            <numerusform>El motivo tiene como máximo %n caracteres; no se suprimió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1 was already erased (%2 UTC); nothing was changed.</source>
        <translation>El cliente potencial %1 ya se suprimió (%2 UTC); no se cambió nada.</translation>
    </message>
    <message>
        <source>Recording the erasure failed; nothing was erased</source>
        <translation>No se pudo registrar la supresión; no se suprimió nada</translation>
    </message>
    <message>
        <source>Erasing the lead&apos;s history failed; nothing was erased</source>
        <translation>No se pudo suprimir el historial del cliente potencial; no se suprimió nada</translation>
    </message>
    <message>
        <source>Erasing the lead failed; nothing was erased</source>
        <translation>No se pudo suprimir el cliente potencial; no se suprimió nada</translation>
    </message>
    <message>
        <source>Erasing the resume failed; nothing was erased</source>
        <translation>No se pudo suprimir el currículum; no se suprimió nada</translation>
    </message>
    <message>
        <source>Cancelling the lead&apos;s emails failed; nothing was erased</source>
        <translation>No se pudieron cancelar los correos del cliente potencial; no se suprimió nada</translation>
    </message>
    <message>
        <source>Erasing the lead&apos;s emails failed; nothing was erased</source>
        <translation>No se pudieron suprimir los correos del cliente potencial; no se suprimió nada</translation>
    </message>
    <message>
        <source>Erasing the lead from the search index failed; nothing was erased</source>
        <translation>No se pudo suprimir el cliente potencial del índice de búsqueda; no se suprimió nada</translation>
    </message>
    <message>
        <source>Finding the leads due for erasure failed</source>
        <translation>No se pudieron buscar los clientes potenciales pendientes de supresión</translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Saving the lead failed; nothing was saved</source>
        <translation>No se pudo guardar el cliente potencial; no se guardó nada</translation>
    </message>
    <message>
        <source>Saving the resume failed; nothing was saved</source>
        <translation>No se pudo guardar el currículum; no se guardó nada</translation>
    </message>
    <message>
        <source>Saving the lead&apos;s history failed; nothing was saved</source>
        <translation>No se pudo guardar el historial del cliente potencial; no se guardó nada</translation>
    </message>
    <message>
        <source>Reading the lead failed</source>
        <translation>No se pudo leer el cliente potencial</translation>
    </message>
    <message>
        <source>Looking for leads with this email failed</source>
        <translation>No se pudieron buscar clientes potenciales con este correo</translation>
    </message>
    <message>
        <source>Counting leads failed</source>
        <translation>No se pudieron contar los clientes potenciales</translation>
    </message>
    <message>
        <source>Reading leads failed</source>
        <translation>No se pudieron leer los clientes potenciales</translation>
    </message>
    <message>
        <source>Someone else changed this lead a moment ago; it now shows their change. Check it and try again.</source>
        <translation>Otra persona cambió este cliente potencial hace un momento; ahora se muestra su cambio. Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Changing the status failed</source>
        <translation>No se pudo cambiar el estado</translation>
    </message>
    <message>
        <source>Recording the status change failed; nothing was changed</source>
        <translation>No se pudo registrar el cambio de estado; no se cambió nada</translation>
    </message>
    <message>
        <source>Reading the lead&apos;s history failed</source>
        <translation>No se pudo leer el historial del cliente potencial</translation>
    </message>
    <message>
        <source>Recording the lead&apos;s history failed</source>
        <translation>No se pudo registrar el historial del cliente potencial</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message numerus="yes">
        <source>A note holds at most %n characters; split it in two.</source>
        <translation>
            <numerusform>Una nota tiene como máximo %n carácter; divídala en dos.</numerusform>
            <numerusform>Una nota tiene como máximo %n caracteres; divídala en dos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the resume failed</source>
        <translation>No se pudo leer el currículum</translation>
    </message>
    <message>
        <source>Lead %1 has no resume.</source>
        <translation>El cliente potencial %1 no tiene currículum.</translation>
    </message>
    <message>
        <source>Reading leads was stopped</source>
        <translation>Se detuvo la lectura de los clientes potenciales</translation>
    </message>
    <message>
        <source>The stored resume of lead %1 is damaged (its checksum does not match the one recorded when it was saved). Restore the database from a backup, or ask the prospect for the resume again.</source>
        <translation>El currículum guardado del cliente potencial %1 está dañado (su suma de comprobación no coincide con la registrada al guardarlo). Restaure la base de datos desde una copia de seguridad o vuelva a pedir el currículum al cliente potencial.</translation>
    </message>
    <message>
        <source>Only the office server has an intake role.</source>
        <translation>Solo el servidor de la oficina tiene un rol de registro.</translation>
    </message>
    <message>
        <source>the office server cannot be reached; Lead Intake is reconnecting, try again in a moment.</source>
        <translation>no se puede conectar con el servidor de la oficina; Lead Intake se está reconectando, inténtelo de nuevo dentro de un momento.</translation>
    </message>
    <message>
        <source>Lead %1 does not exist (it may have been removed).</source>
        <translation>El cliente potencial %1 no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>Assigning the lead failed</source>
        <translation>No se pudo asignar el cliente potencial</translation>
    </message>
    <message>
        <source>Account %1 does not exist.</source>
        <translation>La cuenta %1 no existe.</translation>
    </message>
    <message>
        <source>Recording the assignment failed; nothing was changed</source>
        <translation>No se pudo registrar la asignación; no se cambió nada</translation>
    </message>
    <message>
        <source>Lead %1 was erased (%2 UTC): it cannot be reassigned; nothing was changed.</source>
        <translation>El cliente potencial %1 se suprimió (%2 UTC): no se puede reasignar; no se cambió nada.</translation>
    </message>
    <message>
        <source>Lead %1 was erased (%2 UTC): its status cannot change; nothing was changed.</source>
        <translation>El cliente potencial %1 se suprimió (%2 UTC): su estado no puede cambiar; no se cambió nada.</translation>
    </message>
    <message>
        <source>The call-back date is not a valid date.</source>
        <translation>La fecha de seguimiento no es una fecha válida.</translation>
    </message>
    <message>
        <source>Saving the call-back date failed</source>
        <translation>No se pudo guardar la fecha de seguimiento</translation>
    </message>
    <message>
        <source>Recording the call-back date failed; nothing was changed</source>
        <translation>No se pudo registrar la fecha de seguimiento; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>LeadStatus</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Contactado</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Not undone: someone else changed %1 meanwhile. Nothing was changed.</source>
        <translation>No se ha deshecho: otra persona cambió %1 mientras tanto. No se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>Not undone: someone else changed %1 meanwhile. None of the %n leads was changed.</source>
        <translation>
            <numerusform>No se ha deshecho: otra persona cambió %1 mientras tanto. No se ha cambiado nada (%n cliente potencial).</numerusform>
            <numerusform>No se ha deshecho: otra persona cambió %1 mientras tanto. No se ha cambiado ninguno de los %n clientes potenciales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencido desde el %1</translation>
    </message>
    <message>
        <source>Call back due %1</source>
        <translation>Volver a llamar el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, vencido</translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Currículum</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Introduzca el nombre.</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Introduzca los apellidos.</translation>
    </message>
    <message>
        <source>The first name contains a control character (such as a line break); remove it.</source>
        <translation>El nombre contiene un carácter de control (como un salto de línea); quítelo.</translation>
    </message>
    <message>
        <source>The last name contains a control character (such as a line break); remove it.</source>
        <translation>Los apellidos contienen un carácter de control (como un salto de línea); quítelo.</translation>
    </message>
    <message>
        <source>The first name is too long: %1 characters, at most %2.</source>
        <translation>El nombre es demasiado largo: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>The last name is too long: %1 characters, at most %2.</source>
        <translation>Los apellidos son demasiado largos: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>Introduzca la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The email address contains a control character (such as a line break); remove it.</source>
        <translation>La dirección de correo contiene un carácter de control (como un salto de línea); quítelo.</translation>
    </message>
    <message>
        <source>The email address is too long: %1 characters, at most %2.</source>
        <translation>La dirección de correo es demasiado larga: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>The email address must not contain spaces.</source>
        <translation>La dirección de correo no debe contener espacios.</translation>
    </message>
    <message>
        <source>The email address needs an @, as in name@example.com.</source>
        <translation>La dirección de correo necesita una @, como en nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>The email address has more than one @.</source>
        <translation>La dirección de correo tiene más de una @.</translation>
    </message>
    <message>
        <source>Enter the part before the @ in the email address.</source>
        <translation>Introduzca la parte anterior a la @ de la dirección de correo.</translation>
    </message>
    <message>
        <source>Enter the domain after the @ in the email address, as in example.com.</source>
        <translation>Introduzca el dominio después de la @ en la dirección de correo, como ejemplo.com.</translation>
    </message>
    <message>
        <source>The part before the @ is too long: %1 characters, at most %2.</source>
        <translation>La parte anterior a la @ es demasiado larga: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>The part before the @ contains a character an email address cannot have.</source>
        <translation>La parte anterior a la @ contiene un carácter que no puede tener una dirección de correo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email domain.</source>
        <translation>«%1» no es un dominio de correo válido.</translation>
    </message>
    <message>
        <source>The email domain &quot;%1&quot; is incomplete, as in example.com.</source>
        <translation>El dominio de correo «%1» está incompleto; debe ser como ejemplo.com.</translation>
    </message>
    <message>
        <source>The preferred language must be en (English) or es (Spanish), not &quot;%1&quot;.</source>
        <translation>El idioma preferido debe ser en (inglés) o es (español), no «%1».</translation>
    </message>
    <message>
        <source>The resume file is empty.</source>
        <translation>El archivo del currículum está vacío.</translation>
    </message>
    <message>
        <source>The resume is %1; the limit is %2.</source>
        <translation>El currículum ocupa %1; el límite es %2.</translation>
    </message>
    <message>
        <source>Choose the resume (a PDF file).</source>
        <translation>Elija el currículum (un archivo PDF).</translation>
    </message>
    <message>
        <source>The resume file &quot;%1&quot; no longer exists.</source>
        <translation>El archivo del currículum «%1» ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file.</source>
        <translation>«%1» no es un archivo.</translation>
    </message>
    <message>
        <source>The resume file &quot;%1&quot; cannot be read: %2.</source>
        <translation>No se puede leer el archivo del currículum «%1»: %2.</translation>
    </message>
    <message>
        <source>The first name contains an invisible text-direction control (%1) that can make it display as another name; remove it.</source>
        <translation>El nombre contiene un control invisible de dirección del texto (%1) que puede hacer que se muestre como otro nombre; quítelo.</translation>
    </message>
    <message>
        <source>The last name contains an invisible text-direction control (%1) that can make it display as another name; remove it.</source>
        <translation>Los apellidos contienen un control invisible de dirección del texto (%1) que puede hacer que se muestren como otro nombre; quítelo.</translation>
    </message>
    <message>
        <source>The first name is made only of invisible characters (such as zero-width spaces or blank fillers); type the name.</source>
        <translation>El nombre está formado solo por caracteres invisibles (como espacios de ancho cero o caracteres de relleno en blanco); escriba el nombre.</translation>
    </message>
    <message>
        <source>The last name is made only of invisible characters (such as zero-width spaces or blank fillers); type the name.</source>
        <translation>Los apellidos están formados solo por caracteres invisibles (como espacios de ancho cero o caracteres de relleno en blanco); escriba los apellidos.</translation>
    </message>
    <message>
        <source>The email address is too long once its domain is converted for sending: %1 characters, at most %2.</source>
        <translation>La dirección de correo es demasiado larga una vez convertido su dominio para el envío: %1 caracteres, como máximo %2.</translation>
    </message>
    <message>
        <source>The resume is not a PDF file: it does not begin with %PDF- (whatever its name says). Choose a PDF.</source>
        <translation>El currículum no es un archivo PDF: no empieza por %PDF- (diga lo que diga su nombre). Elija un PDF.</translation>
    </message>
    <message>
        <source>The resume PDF is incomplete or damaged: it does not end with the %%EOF marker. Save it again and choose the new copy.</source>
        <translation>El PDF del currículum está incompleto o dañado: no termina con la marca %%EOF. Guárdelo de nuevo y elija la copia nueva.</translation>
    </message>
    <message>
        <source>The resume PDF is incomplete or damaged: it has no cross-reference (startxref) before its end marker. Save it again and choose the new copy.</source>
        <translation>El PDF del currículum está incompleto o dañado: no tiene tabla de referencias cruzadas (startxref) antes de su marca final. Guárdelo de nuevo y elija la copia nueva.</translation>
    </message>
    <message>
        <source>The resume PDF is incomplete or damaged: its cross-reference points past the end of the file. Save it again and choose the new copy.</source>
        <translation>El PDF del currículum está incompleto o dañado: su tabla de referencias cruzadas apunta más allá del final del archivo. Guárdelo de nuevo y elija la copia nueva.</translation>
    </message>
    <message numerus="yes">
        <source>Where the lead heard of the firm holds at most %n characters.</source>
        <translation>
            <numerusform>El dato de cómo conoció el cliente potencial al despacho admite como máximo %n carácter.</numerusform>
            <numerusform>El dato de cómo conoció el cliente potencial al despacho admite como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where the lead heard of the firm must be one line, without control characters.</source>
        <translation>El dato de cómo conoció el cliente potencial al despacho debe ocupar una sola línea, sin caracteres de control.</translation>
    </message>
    <message>
        <source>The first name cannot start with %1: spreadsheets would run it as a formula.</source>
        <translation>El nombre no puede empezar por %1: las hojas de cálculo lo ejecutarían como una fórmula.</translation>
    </message>
    <message>
        <source>The last name cannot start with %1: spreadsheets would run it as a formula.</source>
        <translation>Los apellidos no pueden empezar por %1: las hojas de cálculo los ejecutarían como una fórmula.</translation>
    </message>
</context>
<context>
    <name>LeadsPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Mark as &amp;Reached Out</source>
        <translation>&amp;Marcar como contactado</translation>
    </message>
    <message>
        <source>Mark the selected leads as reached out (%1)</source>
        <translation>Marcar los clientes potenciales seleccionados como contactados (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln cliente potencial</numerusform>
            <numerusform>%Ln clientes potenciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln lead(s)</source>
        <translation>
            <numerusform>Al menos %Ln cliente potencial</numerusform>
            <numerusform>Al menos %Ln clientes potenciales</numerusform>
        </translation>
    </message>
    <message>
        <source>Escape clears the search</source>
        <translation>Escape borra la búsqueda</translation>
    </message>
    <message>
        <source>Number of leads shown</source>
        <translation>Número de clientes potenciales mostrados</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Clientes potenciales</translation>
    </message>
    <message>
        <source>&amp;Mark as reached out</source>
        <translation>&amp;Marcar como contactado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Set the leads back to pending (%1)</source>
        <translation>Volver a poner los clientes potenciales como pendientes (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) marked as reached out.</source>
        <translation>
            <numerusform>%n cliente potencial marcado como contactado.</numerusform>
            <numerusform>%n clientes potenciales marcados como contactados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 lead matches “%2”.</source>
        <translation>Ningún cliente potencial %1 coincide con «%2».</translation>
    </message>
    <message>
        <source>No lead matches “%1”.</source>
        <translation>Ningún cliente potencial coincide con «%1».</translation>
    </message>
    <message>
        <source>No lead is %1.</source>
        <translation>Ningún cliente potencial está %1.</translation>
    </message>
    <message>
        <source>No leads yet. Leads entered on the Intake page appear here.</source>
        <translation>Aún no hay clientes potenciales. Los que se registren en la página Registro aparecen aquí.</translation>
    </message>
    <message>
        <source>F2 changes the selected lead&apos;s status; Ctrl+R marks the selected leads as reached out</source>
        <translation>F2 cambia el estado del cliente potencial seleccionado; Ctrl+R marca los seleccionados como contactados</translation>
    </message>
    <message>
        <source>Search names, email and attorneys</source>
        <translation>Buscar en nombres, correo y abogados</translation>
    </message>
    <message>
        <source>Words match the start of first names, last names, email addresses and attorneys&apos; names, ignoring case and accents</source>
        <translation>Las palabras coinciden con el comienzo de nombres, apellidos, direcciones de correo y nombres de abogados, sin distinguir mayúsculas ni acentos</translation>
    </message>
    <message>
        <source>M&amp;y leads</source>
        <translation>Mis clientes p&amp;otenciales</translation>
    </message>
    <message>
        <source>My leads</source>
        <translation>Mis clientes potenciales</translation>
    </message>
    <message>
        <source>Only the leads you are responsible for (%1)</source>
        <translation>Solo los clientes potenciales de los que usted es responsable (%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Overdue leads only</source>
        <translation>Solo clientes potenciales vencidos</translation>
    </message>
    <message>
        <source>Only leads past the firm&apos;s response target or their call-back day</source>
        <translation>Solo los clientes potenciales que han superado el plazo de respuesta del despacho o su fecha de seguimiento</translation>
    </message>
    <message>
        <source>Show your overdue leads (%1)</source>
        <translation>Mostrar sus clientes potenciales vencidos (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n of your leads are overdue</source>
        <translation>
            <numerusform>%n de sus clientes potenciales está vencido</numerusform>
            <numerusform>%n de sus clientes potenciales están vencidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailController</name>
    <message>
        <source>Email is not signed in: use “Sign in with %1” in Settings → Email.</source>
        <translation>El correo no tiene sesión iniciada: use «Iniciar sesión con %1» en Configuración → Correo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Intake</source>
        <translation>Re&amp;gistro</translation>
    </message>
    <message>
        <source>Lead for %1 saved (number %2).</source>
        <translation>Se guardó a %1 como cliente potencial (número %2).</translation>
    </message>
    <message>
        <source>Lead number %1 saved.</source>
        <translation>Cliente potencial número %1 guardado.</translation>
    </message>
    <message>
        <source>Sign in as an attorney to open the existing lead.</source>
        <translation>Inicie sesión como abogado para abrir el cliente potencial existente.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>L&amp;ead</source>
        <translation>Cliente &amp;potencial</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Lead Intake</source>
        <translation>&amp;Acerca de Lead Intake</translation>
    </message>
    <message>
        <source>About Lead Intake</source>
        <translation>Acerca de Lead Intake</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lead Intake %1&lt;/h3&gt;&lt;p&gt;Walk-in prospects, their resumes and the firm&apos;s follow-up, in one place.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lead Intake %1&lt;/h3&gt;&lt;p&gt;Los clientes potenciales que llegan sin cita, sus currículums y el seguimiento del despacho, en un solo lugar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>C&amp;lientes potenciales</translation>
    </message>
    <message>
        <source>&amp;Find lead…</source>
        <translation>&amp;Buscar cliente potencial…</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>C&amp;uentas</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión iniciada: %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in: intake only</source>
        <translation>Sin sesión iniciada: solo registro</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>Hola, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out after %n minute(s) without use.</source>
        <translation>
            <numerusform>Sesión cerrada tras %n minuto sin uso.</numerusform>
            <numerusform>Sesión cerrada tras %n minutos sin uso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation>&amp;Bandeja de salida</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>No emails waiting</source>
        <translation>Ningún correo en espera</translation>
    </message>
    <message numerus="yes">
        <source>Emails waiting: %n</source>
        <translation>
            <numerusform>Correos en espera: %n</numerusform>
            <numerusform>Correos en espera: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n</source>
        <translation>
            <numerusform>Fallidos: %n</numerusform>
            <numerusform>Fallidos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The recorded history was changed outside Lead Intake. %1 Keep a copy of this database file and check who could write it.</source>
        <translation>El historial registrado se modificó fuera de Lead Intake. %1 Guarde una copia de este archivo de base de datos y compruebe quién podía escribir en él.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No system keychain answered: the email password is kept for this session only. After Lead Intake restarts, type it again in Settings.</source>
        <translation>Sin llavero del sistema: la contraseña del correo solo vale para esta sesión. Al reiniciar Lead Intake, escríbala de nuevo en Configuración.</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>Servidor de la oficina: %1</translation>
    </message>
    <message>
        <source>Reconnecting to the office server…</source>
        <translation>Reconectando con el servidor de la oficina…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to upload (%n)</source>
        <translation>
            <numerusform>Pendiente de subir (%n)</numerusform>
            <numerusform>Pendientes de subir (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads saved on this desk while the office server could not be reached. They are sent to the server, in order, as soon as it answers.</source>
        <translation>Clientes potenciales guardados en este puesto mientras no se podía conectar con el servidor de la oficina. Se envían al servidor, en orden, en cuanto responda.</translation>
    </message>
    <message>
        <source>Lead saved on this desk; it is uploaded when the office server answers.</source>
        <translation>Cliente potencial guardado en este puesto; se subirá cuando el servidor de la oficina responda.</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>What&apos;s &amp;new</source>
        <translation>&amp;Novedades</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>I&amp;mportar clientes potenciales…</translation>
    </message>
    <message>
        <source>&amp;Known parties</source>
        <translation>Lista de par&amp;tes</translation>
    </message>
    <message>
        <source>Leads &amp;due for erasure…</source>
        <translation>Clientes potenciales pen&amp;dientes de supresión…</translation>
    </message>
    <message numerus="yes">
        <source>Import: %n lead(s) added</source>
        <translation>
            <numerusform>Importación: %n cliente potencial añadido</numerusform>
            <numerusform>Importación: %n clientes potenciales añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n updated</source>
        <translation>
            <numerusform>, %n actualizado</numerusform>
            <numerusform>, %n actualizados</numerusform>
        </translation>
    </message>
    <message>
        <source>Dash&amp;board</source>
        <translation>Pan&amp;el</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>MigrationSteps</name>
    <message>
        <source>Recomputing the duplicate keys failed</source>
        <translation>No se pudieron recalcular las claves de duplicados</translation>
    </message>
    <message>
        <source>Saving the nickname table failed</source>
        <translation>No se pudo guardar la tabla de apodos</translation>
    </message>
    <message>
        <source>Allowing reassignments in the history failed</source>
        <translation>No se pudieron permitir las reasignaciones en el historial</translation>
    </message>
    <message>
        <source>Allowing profile changes in the account log failed</source>
        <translation>No se pudieron permitir los cambios de perfil en el registro de cuentas</translation>
    </message>
    <message>
        <source>the account log table is not the one the earlier schemas made.</source>
        <translation>la tabla del registro de cuentas no es la que crearon los esquemas anteriores.</translation>
    </message>
    <message>
        <source>Allowing follow-up dates in the history failed</source>
        <translation>No se pudieron permitir las fechas de seguimiento en el historial</translation>
    </message>
    <message>
        <source>%1: the history table is not the one schema %2 made.</source>
        <translation>%1: la tabla del historial no es la que creó el esquema %2.</translation>
    </message>
</context>
<context>
    <name>MorningDigest</name>
    <message>
        <source>Reading the overdue leads failed</source>
        <translation>No se pudieron leer los clientes potenciales vencidos</translation>
    </message>
    <message>
        <source>Reading today&apos;s digests failed</source>
        <translation>No se pudieron leer los resúmenes matutinos de hoy</translation>
    </message>
    <message>
        <source>Overdue leads with no attorney: %1. No digest for them: no notification address is set (firm.notification_address).</source>
        <translation>Clientes potenciales vencidos sin abogado: %1. No se les envía resumen matutino: no hay ninguna dirección de avisos establecida (firm.notification_address).</translation>
    </message>
    <message>
        <source>Overdue leads of %1: %2. No digest: the account has no email address.</source>
        <translation>Clientes potenciales vencidos de %1: %2. No se envía resumen matutino: la cuenta no tiene dirección de correo.</translation>
    </message>
    <message>
        <source>Recording the morning digest failed</source>
        <translation>No se pudo registrar el resumen matutino</translation>
    </message>
    <message>
        <source>Reading the morning digest failed</source>
        <translation>No se pudo leer el resumen matutino</translation>
    </message>
    <message>
        <source>Email %1 is no morning digest.</source>
        <translation>El correo %1 no es un resumen matutino.</translation>
    </message>
</context>
<context>
    <name>NameMatcher</name>
    <message>
        <source>email &apos;%1&apos; (same address)</source>
        <translation>correo «%1» (misma dirección)</translation>
    </message>
    <message>
        <source>email &apos;%1&apos; = &apos;%2&apos; (same address)</source>
        <translation>correo «%1» = «%2» (misma dirección)</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; = &apos;%3&apos; (nickname)</source>
        <translation>%1 «%2» = «%3» (apodo)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ≈ &apos;%3&apos; (one typo)</source>
        <translation>%1 «%2» ≈ «%3» (una errata)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; = &apos;%3&apos; (written apart)</source>
        <translation>%1 «%2» = «%3» (escrito por separado)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; (same)</source>
        <translation>%1 «%2» (igual)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; = &apos;%3&apos; (transliteration)</source>
        <translation>%1 «%2» = «%3» (transliteración)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; = &apos;%3&apos; (punctuation)</source>
        <translation>%1 «%2» = «%3» (puntuación)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ≈ &apos;%3&apos; (accent)</source>
        <translation>%1 «%2» ≈ «%3» (acento)</translation>
    </message>
</context>
<context>
    <name>OAuthProvider</name>
    <message>
        <source>Sign in again to %1 in Settings → Email: the saved sign-in no longer works (it was revoked or has expired). Emails wait in the outbox until then.</source>
        <translation>Vuelva a iniciar sesión en %1 en Configuración → Correo: el inicio de sesión guardado ya no funciona (se revocó o caducó). Hasta entonces, los correos esperan en la bandeja de salida.</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>The sign-in with %1 was not completed in the browser in time. Try again.</source>
        <translation>El inicio de sesión con %1 no se completó a tiempo en el navegador. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Enter the client id of the firm&apos;s app registered with %1 first.</source>
        <translation>Introduzca primero el ID de cliente de la aplicación del despacho registrada en %1.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1 for the answer from %1.</source>
        <translation>No se puede escuchar en 127.0.0.1 para recibir la respuesta de %1.</translation>
    </message>
    <message>
        <source>Lead Intake is signed in to %1. You can close this page.</source>
        <translation>Lead Intake ha iniciado sesión en %1. Puede cerrar esta página.</translation>
    </message>
    <message>
        <source>Cannot open a web browser for the sign-in with %1.</source>
        <translation>No se puede abrir un navegador web para iniciar sesión con %1.</translation>
    </message>
    <message>
        <source>The sign-in with %1 was cancelled or not allowed.</source>
        <translation>El inicio de sesión con %1 se canceló o no se permitió.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 rechazó el inicio de sesión: %2</translation>
    </message>
    <message>
        <source>The answer from the browser does not belong to this sign-in, so it was not used. Try again.</source>
        <translation>La respuesta del navegador no corresponde a este inicio de sesión, así que no se usó. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 sent no authorisation code.</source>
        <translation>%1 no envió ningún código de autorización.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>%1 did not accept the sign-in (HTTP %2: %3).</source>
        <translation>%1 no aceptó el inicio de sesión (HTTP %2: %3).</translation>
    </message>
    <message>
        <source>%1 signed in but gave no refresh token, so the desk could not stay signed in. Check that the app&apos;s permissions include offline access.</source>
        <translation>Se inició sesión en %1, pero no devolvió ningún token de actualización, así que el puesto no pudo mantener la sesión iniciada. Compruebe que los permisos de la aplicación incluyen el acceso sin conexión.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <source>The sign-in settings changed; the emails will be tried again.</source>
        <translation>La configuración del inicio de sesión cambió; se volverá a intentar enviar los correos.</translation>
    </message>
    <message>
        <source>Cannot reach %1 to renew the %2 sign-in: %3</source>
        <translation>No se puede conectar con %1 para renovar el inicio de sesión de %2: %3</translation>
    </message>
    <message>
        <source>%1 did not renew the sign-in (HTTP %2%3).</source>
        <translation>%1 no renovó el inicio de sesión (HTTP %2%3).</translation>
    </message>
</context>
<context>
    <name>OfficeDatabase</name>
    <message>
        <source>The database is not on that server yet: IT creates it with &quot;%1&quot;.</source>
        <translation>La base de datos aún no está en ese servidor: el departamento de informática la crea con «%1».</translation>
    </message>
    <message>
        <source>Give the password in ~/.pgpass (mode 0600) or in a pg_service.conf entry, never on the command line.</source>
        <translation>Indique la contraseña en ~/.pgpass (modo 0600) o en una entrada de pg_service.conf, nunca en la línea de órdenes.</translation>
    </message>
    <message>
        <source>Point sslrootcert (in the URL, PGSSLROOTCERT or the service file) at the firm&apos;s CA certificate.</source>
        <translation>Haga que sslrootcert (en la URL, en PGSSLROOTCERT o en el archivo de servicios) apunte al certificado de la CA del despacho.</translation>
    </message>
    <message>
        <source>The office server&apos;s database %1 has no Lead Intake tables yet. IT sets it up once with &quot;%2&quot;; nothing was changed.</source>
        <translation>La base de datos %1 del servidor de la oficina aún no tiene las tablas de Lead Intake. El departamento de informática la prepara una vez con «%2»; no se cambió nada.</translation>
    </message>
    <message>
        <source>The office server&apos;s database %1 is at schema %2; this Lead Intake needs schema %3. IT upgrades it with &quot;%4&quot;; nothing was changed.</source>
        <translation>La base de datos %1 del servidor de la oficina está en el esquema %2; este Lead Intake necesita el esquema %3. El departamento de informática la actualiza con «%4»; no se cambió nada.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Connected to %1: Lead Intake schema %2, PostgreSQL %3.</source>
        <translation>Conectado a %1: esquema de Lead Intake %2, PostgreSQL %3.</translation>
    </message>
</context>
<context>
    <name>OutboxComposer</name>
    <message>
        <source>Email is not configured: set the sender address in Settings (or mail.sender_address).</source>
        <translation>El correo no está configurado: establezca la dirección del remitente en Configuración (o mail.sender_address).</translation>
    </message>
    <message>
        <source>Email %1 belongs to no lead.</source>
        <translation>El correo %1 no pertenece a ningún cliente potencial.</translation>
    </message>
    <message>
        <source>Email is not configured: set the notification address in Settings (or firm.notification_address).</source>
        <translation>El correo no está configurado: establezca la dirección de avisos en Configuración (o firm.notification_address).</translation>
    </message>
    <message>
        <source>Email %1 has no recipient.</source>
        <translation>El correo %1 no tiene destinatario.</translation>
    </message>
    <message>
        <source>Email is not configured: set the firm name in Settings (or firm.name).</source>
        <translation>El correo no está configurado: establezca el nombre del despacho en Configuración (o firm.name).</translation>
    </message>
    <message>
        <source>Morning digest %1 has no lead left to list (they were erased).</source>
        <translation>El resumen matutino %1 ya no tiene ningún cliente potencial que listar (se suprimieron).</translation>
    </message>
</context>
<context>
    <name>OutboxDispatcher</name>
    <message numerus="yes">
        <source>Gave up after %n attempt(s) over %1 hours. Last error: %2</source>
        <translation>
            <numerusform>Se abandonó tras %n intento en %1 horas. Último error: %2</numerusform>
            <numerusform>Se abandonó tras %n intentos en %1 horas. Último error: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>No se pudo iniciar sesión en %1: %2</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2</source>
        <translation>No se pudo enviar a través de %1: %2</translation>
    </message>
    <message>
        <source>The session ended without a result for this email.</source>
        <translation>La sesión terminó sin un resultado para este correo.</translation>
    </message>
    <message>
        <source>The server&apos;s final reply was lost: %1 It will be sent again (same Message-ID) and may arrive twice.</source>
        <translation>Se perdió la respuesta final del servidor: %1 Se enviará de nuevo (con el mismo Message-ID) y puede llegar dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>Possible duplicate: %1 Gave up after %n attempt(s); use Retry to send it again anyway.</source>
        <translation>
            <numerusform>Posible duplicado: %1 Se abandonó tras %n intento; use Reintentar para enviarlo de nuevo de todos modos.</numerusform>
            <numerusform>Posible duplicado: %1 Se abandonó tras %n intentos; use Reintentar para enviarlo de nuevo de todos modos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All emails</source>
        <translation>Todos los correos</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Reintentar ahora</translation>
    </message>
    <message>
        <source>Send the selected email again as soon as possible</source>
        <translation>Volver a enviar el correo seleccionado lo antes posible</translation>
    </message>
    <message>
        <source>&amp;Cancel email</source>
        <translation>&amp;Cancelar correo</translation>
    </message>
    <message>
        <source>Do not send the selected email</source>
        <translation>No enviar el correo seleccionado</translation>
    </message>
    <message>
        <source>The outbox could not be read: %1</source>
        <translation>No se pudo leer la bandeja de salida: %1</translation>
    </message>
    <message>
        <source>The email could not be queued again: %1</source>
        <translation>No se pudo volver a poner el correo en cola: %1</translation>
    </message>
    <message>
        <source>The email could not be cancelled: %1</source>
        <translation>No se pudo cancelar el correo: %1</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Correos</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>Queuing the email failed; nothing was saved</source>
        <translation>No se pudo poner el correo en cola; no se guardó nada</translation>
    </message>
    <message>
        <source>Reading the outbox failed</source>
        <translation>No se pudo leer la bandeja de salida</translation>
    </message>
    <message>
        <source>Claiming an email to send failed</source>
        <translation>No se pudo reservar un correo para enviarlo</translation>
    </message>
    <message>
        <source>Extending the send lease failed</source>
        <translation>No se pudo prolongar la reserva de envío</translation>
    </message>
    <message>
        <source>Recording the email&apos;s outcome failed</source>
        <translation>No se pudo registrar el resultado del correo</translation>
    </message>
    <message>
        <source>Email %1 is being sent right now.</source>
        <translation>El correo %1 se está enviando en este momento.</translation>
    </message>
    <message>
        <source>Email %1 was already sent.</source>
        <translation>El correo %1 ya se envió.</translation>
    </message>
    <message>
        <source>Queuing the email again failed</source>
        <translation>No se pudo volver a poner el correo en cola</translation>
    </message>
    <message>
        <source>Cancelling the email failed</source>
        <translation>No se pudo cancelar el correo</translation>
    </message>
    <message>
        <source>Email %1 does not exist.</source>
        <translation>El correo %1 no existe.</translation>
    </message>
    <message>
        <source>Counting emails failed</source>
        <translation>No se pudieron contar los correos</translation>
    </message>
    <message>
        <source>Reading the lead&apos;s emails failed</source>
        <translation>No se pudieron leer los correos del cliente potencial</translation>
    </message>
    <message>
        <source>Queuing the emails again failed</source>
        <translation>No se pudieron volver a poner los correos en cola</translation>
    </message>
    <message>
        <source>Moving the waiting emails forward failed</source>
        <translation>No se pudieron adelantar los correos en espera</translation>
    </message>
    <message>
        <source>Email %1 is no longer held by this sender (its lease expired and another desk took it over); its state was not changed.</source>
        <translation>Este remitente ya no tiene reservado el correo %1 (su reserva caducó y otro puesto se hizo cargo de él); su estado no se cambió.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <source>The firm&apos;s notification address</source>
        <translation>La dirección de avisos del despacho</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Failed (may have arrived)</source>
        <translation>Fallido (puede haber llegado)</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>En espera de reintento</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Prospect confirmation</source>
        <translation>Confirmación al cliente potencial</translation>
    </message>
    <message>
        <source>Attorney notification</source>
        <translation>Aviso al abogado</translation>
    </message>
    <message>
        <source>Test email</source>
        <translation>Correo de prueba</translation>
    </message>
    <message>
        <source>Morning digest</source>
        <translation>Resumen matutino</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>People and companies the firm acts for or against. Every new lead is checked against them; reception is told only that an attorney will review.</source>
        <translation>Personas y empresas a las que el despacho representa o frente a las que actúa. Cada nuevo cliente potencial se contrasta con ellas; a recepción solo se le indica que un abogado lo revisará.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>A&amp;dd party…</source>
        <translation>&amp;Añadir parte…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importar &amp;CSV…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Quitar parte</translation>
    </message>
    <message>
        <source>Remove %1 from the conflict check&apos;s parties? The change is kept in the parties&apos; log.</source>
        <translation>¿Quitar a %1 de las partes de la comprobación de conflictos? El cambio queda anotado en el registro de partes.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó %1.</translation>
    </message>
    <message>
        <source>Import parties</source>
        <translation>Importar partes</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n party(ies).</source>
        <translation>
            <numerusform>Se añadió %n parte.</numerusform>
            <numerusform>Se añadieron %n partes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n row(s):</source>
        <translation>
            <numerusform>Se omitió %n fila:</numerusform>
            <numerusform>Se omitieron %n filas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Change party</source>
        <translation>Modificar parte</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Añadir parte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Matter reference</source>
        <translation>Referencia del asunto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation>&amp;Correo electrónico (opcional):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Matter:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
</context>
<context>
    <name>PartyRepository</name>
    <message>
        <source>Adverse party</source>
        <translation>Parte contraria</translation>
    </message>
    <message>
        <source>Existing client</source>
        <translation>Cliente actual</translation>
    </message>
    <message>
        <source>Related person</source>
        <translation>Persona vinculada</translation>
    </message>
    <message>
        <source>The party&apos;s name is empty.</source>
        <translation>El nombre de la parte está vacío.</translation>
    </message>
    <message>
        <source>The party&apos;s name is longer than %1 characters.</source>
        <translation>El nombre de la parte tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The party&apos;s name &apos;%1&apos; has no letters or digits to check against.</source>
        <translation>El nombre de la parte «%1» no tiene letras ni dígitos con los que comparar.</translation>
    </message>
    <message>
        <source>The email &apos;%1&apos; is not an email address.</source>
        <translation>El correo «%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The matter reference is longer than %1 characters.</source>
        <translation>La referencia del asunto tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The notes are longer than %1 characters.</source>
        <translation>Las notas tienen más de %1 caracteres.</translation>
    </message>
    <message>
        <source>Reading the parties failed</source>
        <translation>No se pudieron leer las partes</translation>
    </message>
    <message>
        <source>Reading the party failed</source>
        <translation>No se pudo leer la parte</translation>
    </message>
    <message>
        <source>There is no party %1.</source>
        <translation>No existe la parte %1.</translation>
    </message>
    <message>
        <source>Recording the party&apos;s change failed; nothing was saved</source>
        <translation>No se pudo registrar el cambio de la parte; no se guardó nada</translation>
    </message>
    <message>
        <source>Saving the party failed; nothing was saved</source>
        <translation>No se pudo guardar la parte; no se guardó nada</translation>
    </message>
    <message>
        <source>Removing the party failed</source>
        <translation>No se pudo quitar la parte</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header row (name,email,role,matter,notes) and a row per party.</source>
        <translation>El archivo está vacío: necesita una fila de encabezado (name,email,role,matter,notes) y una fila por parte.</translation>
    </message>
    <message>
        <source>The header row has no &apos;%1&apos; column (it names the columns: name,email,role,matter,notes).</source>
        <translation>La fila de encabezado no tiene la columna «%1» (es la que nombra las columnas: name,email,role,matter,notes).</translation>
    </message>
    <message>
        <source>%1 fields, the header has %2.</source>
        <translation>%1 campos; el encabezado tiene %2.</translation>
    </message>
    <message>
        <source>the role &apos;%1&apos; is not one of adverse, client, related.</source>
        <translation>el rol «%1» no es ninguno de adverse, client, related.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Reading the party&apos;s changes failed</source>
        <translation>No se pudieron leer los cambios de la parte</translation>
    </message>
</context>
<context>
    <name>PasswordHasher</name>
    <message>
        <source>The password library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de contraseñas.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the password; nothing was changed.</source>
        <translation>No hay memoria suficiente para proteger la contraseña; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters (a few words in a row make a good one).</source>
        <translation>
            <numerusform>Use al menos %n carácter (unas cuantas palabras seguidas forman una buena contraseña).</numerusform>
            <numerusform>Use al menos %n caracteres (unas cuantas palabras seguidas forman una buena contraseña).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use como máximo %n carácter.</numerusform>
            <numerusform>Use como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>
            <numerusform>Al menos %n carácter. Una frase corta es fácil de recordar y difícil de adivinar.</numerusform>
            <numerusform>Al menos %n caracteres. Una frase corta es fácil de recordar y difícil de adivinar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 characters.</source>
        <translation>Demasiado corta: %1 de al menos %2 caracteres.</translation>
    </message>
    <message>
        <source>Weak: it repeats the same few characters.</source>
        <translation>Débil: repite los mismos pocos caracteres.</translation>
    </message>
    <message>
        <source>Fair: longer is stronger.</source>
        <translation>Aceptable: cuanto más larga, más segura.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Segura.</translation>
    </message>
</context>
<context>
    <name>PreviewPageView</name>
    <message>
        <source>Resume page</source>
        <translation>Página del currículum</translation>
    </message>
    <message>
        <source>Drag over words to select them; Ctrl+C copies them. Left and Right turn the page, Ctrl+plus and Ctrl+minus zoom.</source>
        <translation>Arrastre sobre las palabras para seleccionarlas; Ctrl+C las copia. Izquierda y Derecha pasan de página; Ctrl+más y Ctrl+menos cambian el zoom.</translation>
    </message>
</context>
<context>
    <name>PreviewRenderer</name>
    <message numerus="yes">
        <source>the renderer did not answer within %n second(s)</source>
        <translation>
            <numerusform>el programa de vista previa no respondió en %n segundo</numerusform>
            <numerusform>el programa de vista previa no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>at most %1 MiB of memory and %2 s of processor time, no sockets</source>
        <translation>como máximo %1 MiB de memoria y %2 s de procesador, sin sockets</translation>
    </message>
    <message>
        <source>Previews are drawn by a separate program in a bubblewrap sandbox (no network, read-only system files; %1).</source>
        <translation>Las vistas previas las dibuja un programa aparte en un entorno aislado de bubblewrap (sin red, archivos del sistema de solo lectura; %1).</translation>
    </message>
    <message>
        <source>Previews are drawn by a separate program without a sandbox (bubblewrap is not installed; %1).</source>
        <translation>Las vistas previas las dibuja un programa aparte sin entorno aislado (bubblewrap no está instalado; %1).</translation>
    </message>
    <message>
        <source>Previews are drawn by a separate program without a sandbox (bubblewrap cannot run on this computer; %1).</source>
        <translation>Las vistas previas las dibuja un programa aparte sin entorno aislado (bubblewrap no puede ejecutarse en este equipo; %1).</translation>
    </message>
    <message>
        <source>Previews are drawn by a separate program (%1).</source>
        <translation>Las vistas previas las dibuja un programa aparte (%1).</translation>
    </message>
    <message>
        <source>no renderer at %1</source>
        <translation>no hay ningún programa de vista previa en %1</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>no se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>the renderer&apos;s reply is larger than a page can be</source>
        <translation>la respuesta del programa de vista previa es mayor de lo que puede ser una página</translation>
    </message>
    <message>
        <source>the renderer ended abnormally (a limit was reached or it crashed)</source>
        <translation>el programa de vista previa terminó de forma anómala (alcanzó un límite o falló)</translation>
    </message>
    <message>
        <source>the renderer exited with code %1 and no reply</source>
        <translation>el programa de vista previa terminó con el código %1 y sin respuesta</translation>
    </message>
    <message>
        <source>the renderer&apos;s reply is malformed: %1</source>
        <translation>la respuesta del programa de vista previa no es válida: %1</translation>
    </message>
    <message>
        <source>the renderer drew another page than the one asked for</source>
        <translation>el programa de vista previa dibujó otra página distinta de la pedida</translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>No se puede escribir en %1</translation>
    </message>
    <message>
        <source>%1 cannot be created</source>
        <translation>No se puede crear %1</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>no se puede hacer privada la carpeta %1</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
</context>
<context>
    <name>RawConnection</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
</context>
<context>
    <name>ReachedOutGuard</name>
    <message numerus="yes">
        <source>%n of these leads have a possible conflict that nobody has reviewed. Record an outcome first, or confirm that they may be called now.</source>
        <translation>
            <numerusform>%n de estos clientes potenciales tiene un posible conflicto que nadie ha revisado. Registre antes un resultado o confirme que ya se le puede llamar.</numerusform>
            <numerusform>%n de estos clientes potenciales tienen un posible conflicto que nadie ha revisado. Registre antes un resultado o confirme que ya se les puede llamar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Possible conflict</source>
        <translation>Posible conflicto</translation>
    </message>
    <message>
        <source>Mark reached out anyway</source>
        <translation>Marcar como contactado de todos modos</translation>
    </message>
    <message>
        <source>Marked reached out with an unreviewed possible conflict (confirmed).</source>
        <translation>Marcado como contactado con un posible conflicto sin revisar (confirmado).</translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation>%1 (cliente potencial %2)</translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation>Cliente potencial %1</translation>
    </message>
    <message>
        <source>%1 has a possible conflict that nobody has reviewed. Record an outcome in the detail pane&apos;s conflict check first, or confirm that the prospect may be called now.</source>
        <translation>%1 tiene un posible conflicto que nadie ha revisado. Registre antes un resultado en la comprobación de conflictos del panel de detalles o confirme que ya se puede llamar al cliente potencial.</translation>
    </message>
</context>
<context>
    <name>ResumeCopies</name>
    <message>
        <source>cannot lock %1</source>
        <translation>no se puede bloquear %1</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>no se puede hacer privado %1</translation>
    </message>
</context>
<context>
    <name>ResumePicker</name>
    <message>
        <source>Choose your resume (a PDF file)</source>
        <translation>Elija su currículum (un archivo PDF)</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Use this &amp;file</source>
        <translation>Usar este &amp;archivo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>USB drive %1</source>
        <translation>Unidad USB %1</translation>
    </message>
    <message>
        <source>No documents folder, downloads folder or USB drive was found.</source>
        <translation>No se encontró ninguna carpeta de documentos, carpeta de descargas ni unidad USB.</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Folders and PDF files</source>
        <translation>Carpetas y archivos PDF</translation>
    </message>
</context>
<context>
    <name>ResumePreview</name>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Alejar (Ctrl+menos)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Acercar (Ctrl+más)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the page to the pane&apos;s width (Ctrl+0)</source>
        <translation>Ajustar la página al ancho del panel (Ctrl+0)</translation>
    </message>
    <message>
        <source>Resume preview</source>
        <translation>Vista previa del currículum</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Use Open to see it in the desktop&apos;s PDF viewer.</source>
        <translation>Use Abrir para verlo en el visor de PDF del escritorio.</translation>
    </message>
    <message>
        <source>Cannot preview this file</source>
        <translation>No se puede mostrar la vista previa de este archivo</translation>
    </message>
    <message>
        <source>The preview failed: %1.</source>
        <translation>La vista previa ha fallado: %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Resume page %1 of %2</source>
        <translation>Página %1 de %2 del currículum</translation>
    </message>
    <message>
        <source>Resume page</source>
        <translation>Página del currículum</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Leads due for erasure</source>
        <translation>Clientes potenciales pendientes de supresión</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>&amp;Erase these leads…</source>
        <translation>&amp;Suprimir estos clientes potenciales…</translation>
    </message>
    <message>
        <source>Retention is off: no lead is ever due. An administrator can set &quot;Keep inactive leads&quot; in Settings.</source>
        <translation>La conservación está desactivada: ningún cliente potencial queda nunca pendiente. Un administrador puede configurar «Conservar clientes potenciales inactivos» en Configuración.</translation>
    </message>
    <message numerus="yes">
        <source>No lead is due: every lead had activity in the last %n month(s).</source>
        <translation>
            <numerusform>Ningún cliente potencial está pendiente: todos han tenido actividad en el plazo de %n mes.</numerusform>
            <numerusform>Ningún cliente potencial está pendiente: todos han tenido actividad en los últimos %n meses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) had no activity for %1 months or more. Nothing is erased until you confirm.</source>
        <translation>
            <numerusform>%n cliente potencial lleva %1 meses o más sin actividad. No se suprime nada hasta que usted lo confirme.</numerusform>
            <numerusform>%n clientes potenciales llevan %1 meses o más sin actividad. No se suprime nada hasta que usted lo confirme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation>%1 (cliente potencial %2)</translation>
    </message>
    <message numerus="yes">
        <source>No activity for %n month(s) (the firm&apos;s retention period)</source>
        <translation>
            <numerusform>Sin actividad durante %n mes (el plazo de conservación del despacho)</numerusform>
            <numerusform>Sin actividad durante %n meses (el plazo de conservación del despacho)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation>Cliente potencial %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) erased.</source>
        <translation>
            <numerusform>%n cliente potencial suprimido.</numerusform>
            <numerusform>%n clientes potenciales suprimidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Receptionist</source>
        <translation>Recepcionista</translation>
    </message>
    <message>
        <source>Attorney</source>
        <translation>Abogado</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 is not installed (Debian package postgresql-client).</source>
        <translation>%1 no está instalado (paquete de Debian postgresql-client).</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>No se puede ejecutar %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a readable PostgreSQL backup (%2).</source>
        <translation>%1 no es una copia de seguridad de PostgreSQL legible (%2).</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL backup but not of a Lead Intake database.</source>
        <translation>%1 es una copia de seguridad de PostgreSQL, pero no de una base de datos de Lead Intake.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 está dañado (%2).</translation>
    </message>
    <message>
        <source>%1 was written by a newer Lead Intake (schema %2; this version knows up to %3). Restore it with that version.</source>
        <translation>%1 lo escribió una versión más reciente de Lead Intake (esquema %2; esta versión conoce hasta el %3). Restáurelo con esa versión.</translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation>%1 no tiene versión de esquema.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start reading the database</source>
        <translation>No se puede empezar a leer la base de datos</translation>
    </message>
    <message>
        <source>The recorded history was changed (%1); no backup was written.</source>
        <translation>El historial registrado se modificó (%1); no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>The dump failed its check; no backup was written: %1</source>
        <translation>El volcado no superó la comprobación; no se escribió ninguna copia de seguridad: %1</translation>
    </message>
    <message>
        <source>The dump&apos;s row counts (%1) differ from the database&apos;s (%2); no backup was written.</source>
        <translation>El número de filas del volcado (%1) no coincide con el de la base de datos (%2); no se escribió ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot rename the dump to %1: %2</source>
        <translation>No se puede cambiar el nombre del volcado a %1: %2</translation>
    </message>
    <message>
        <source>The current database could not be kept, so nothing was restored: %1</source>
        <translation>No se pudo conservar la base de datos actual, así que no se restauró nada: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was restored (one transaction); the database is as it was.</source>
        <translation>%1 No se restauró nada (una sola transacción); la base de datos está como estaba.</translation>
    </message>
    <message>
        <source>The restored database does not match the backup (%1); the replaced one is kept as %2.</source>
        <translation>La base de datos restaurada no coincide con la copia de seguridad (%1); la sustituida se conserva como %2.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Reading how accounts sign in failed</source>
        <translation>No se ha podido leer cómo inician sesión las cuentas</translation>
    </message>
    <message>
        <source>Reading the account&apos;s login failed</source>
        <translation>No se ha podido leer el usuario de la cuenta</translation>
    </message>
    <message>
        <source>Configuring the connection failed</source>
        <translation>No se ha podido configurar la conexión</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Cannot reach the office server to sign in: %1</source>
        <translation>No se puede contactar con el servidor de la oficina para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Cannot connect to the office server: %1</source>
        <translation>No se puede conectar con el servidor de la oficina: %1</translation>
    </message>
</context>
<context>
    <name>ServerRoles</name>
    <message>
        <source>Cannot read the database&apos;s name.</source>
        <translation>No se puede leer el nombre de la base de datos.</translation>
    </message>
    <message>
        <source>Setting up the server&apos;s roles failed (the role running it needs CREATEROLE and must own the database): %1</source>
        <translation>No se pudieron configurar los roles del servidor (el rol que lo ejecuta necesita CREATEROLE y debe ser propietario de la base de datos): %1</translation>
    </message>
    <message>
        <source>Setting up the login %1 failed: %2</source>
        <translation>No se pudo configurar el inicio de sesión %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Despacho</translation>
    </message>
    <message>
        <source>Firm &amp;name:</source>
        <translation>&amp;Nombre del despacho:</translation>
    </message>
    <message>
        <source>attorneys@example.com</source>
        <translation>abogados@ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;Attach the resume to the notification</source>
        <translation>Ad&amp;juntar el currículum al aviso</translation>
    </message>
    <message>
        <source>The firm&apos;s name</source>
        <translation>El nombre del despacho</translation>
    </message>
    <message>
        <source>Sender na&amp;me:</source>
        <translation>Nombre del re&amp;mitente:</translation>
    </message>
    <message>
        <source>The SMTP user name</source>
        <translation>El nombre de usuario SMTP</translation>
    </message>
    <message>
        <source>Sender a&amp;ddress:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>Outgoing mail server (SMTP)</source>
        <translation>Servidor de correo saliente (SMTP)</translation>
    </message>
    <message>
        <source>Gmail (port 465, TLS)</source>
        <translation>Gmail (puerto 465, TLS)</translation>
    </message>
    <message>
        <source>Gmail (port 587, STARTTLS)</source>
        <translation>Gmail (puerto 587, STARTTLS)</translation>
    </message>
    <message>
        <source>Microsoft 365 (port 587, STARTTLS)</source>
        <translation>Microsoft 365 (puerto 587, STARTTLS)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>TLS from the start</source>
        <translation>TLS desde el principio</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Ninguna (solo retransmisión local)</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;eguridad:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puer&amp;to:</translation>
    </message>
    <message>
        <source>office@example.com</source>
        <translation>oficina@ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Only for a server with its own certificate authority</source>
        <translation>Solo para un servidor con su propia CA</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Send it to…</source>
        <translation>Enviarlo a…</translation>
    </message>
    <message>
        <source>Send a test emai&amp;l</source>
        <translation>Enviar un correo de prue&amp;ba</translation>
    </message>
    <message>
        <source>Ema&amp;il</source>
        <translation>Co&amp;rreo</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>P&amp;lantillas</translation>
    </message>
    <message>
        <source>Stored — type to replace</source>
        <translation>Guardada: escriba para reemplazarla</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain.</source>
        <translation>La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Choose the CA certificates</source>
        <translation>Elija los certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Enter the address to send the test email to.</source>
        <translation>Introduzca la dirección a la que enviar el correo de prueba.</translation>
    </message>
    <message>
        <source>Sending a test email to %1 through %2…</source>
        <translation>Enviando un correo de prueba a %1 a través de %2…</translation>
    </message>
    <message>
        <source>The test email was sent to %1. Check that it arrived.</source>
        <translation>El correo de prueba se envió a %1. Compruebe que ha llegado.</translation>
    </message>
    <message>
        <source>The test email was not sent (stage: %1).</source>
        <translation>No se envió el correo de prueba (etapa: %1).</translation>
    </message>
    <message>
        <source>The server said: %1 %2</source>
        <translation>El servidor respondió: %1 %2</translation>
    </message>
    <message>
        <source>The test email was not sent.</source>
        <translation>No se envió el correo de prueba.</translation>
    </message>
    <message>
        <source>Prospect confirmation</source>
        <translation>Confirmación al cliente potencial</translation>
    </message>
    <message>
        <source>Attorney notification</source>
        <translation>Aviso al abogado</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>Restablecer &amp;predeterminado</translation>
    </message>
    <message>
        <source>Go back to the built-in subject, text and HTML of this email (saved with Save).</source>
        <translation>Volver al asunto, texto y HTML incorporados de este correo (se guarda con Guardar).</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Empty: the email is sent as plain text only.</source>
        <translation>Vacío: el correo se envía solo como texto sin formato.</translation>
    </message>
    <message>
        <source>The HTML version of the email. Leave it empty to send plain text only; when you change the text, change or clear the HTML too so that both say the same.</source>
        <translation>La versión HTML del correo. Déjela vacía para enviar solo texto sin formato; cuando cambie el texto, cambie o vacíe también el HTML para que ambos digan lo mismo.</translation>
    </message>
    <message>
        <source>The placeholders this email can use.</source>
        <translation>Los marcadores que puede usar este correo.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Te&amp;xt body:</source>
        <translation>Cuerpo de &amp;texto:</translation>
    </message>
    <message>
        <source>&amp;HTML body:</source>
        <translation>Cuerpo &amp;HTML:</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Marcadores:</translation>
    </message>
    <message>
        <source>Preview (sample values):</source>
        <translation>Vista previa (valores de ejemplo):</translation>
    </message>
    <message>
        <source>Example Law Firm</source>
        <translation>Bufete de Ejemplo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The %1 email needs a subject and a text body; use “Reset to default” to go back to the built-in one.</source>
        <translation>El correo %1 necesita un asunto y un cuerpo de texto; use «Restablecer predeterminado» para volver al incorporado.</translation>
    </message>
    <message>
        <source>The %1 email cannot be saved: %2</source>
        <translation>No se puede guardar el correo %1: %2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>HTML version:</source>
        <translation>Versión HTML:</translation>
    </message>
    <message>
        <source>No HTML version: sent as plain text only.</source>
        <translation>Sin versión HTML: se envía solo como texto sin formato.</translation>
    </message>
    <message>
        <source>No system keychain answered: the password is kept for this session only. After Lead Intake restarts, type it here again.</source>
        <translation>No respondió ningún llavero del sistema: la contraseña se conserva solo durante esta sesión. Cuando Lead Intake se reinicie, escríbala aquí de nuevo.</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>Elegir el archivo de CA adicional</translation>
    </message>
    <message>
        <source>Send the test email to</source>
        <translation>Enviar el correo de prueba a</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Preview (sample values)</source>
        <translation>Vista previa (valores de ejemplo)</translation>
    </message>
    <message>
        <source>Also noti&amp;fy new leads to:</source>
        <translation>&amp;Avisar también de los nuevos clientes potenciales a:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Always (retention off)</source>
        <translation>Siempre (conservación desactivada)</translation>
    </message>
    <message>
        <source>Erase leads after this many months without activity</source>
        <translation>Suprimir los clientes potenciales tras este número de meses sin actividad</translation>
    </message>
    <message>
        <source>Keep inacti&amp;ve leads:</source>
        <translation>Pla&amp;zo de conservación de clientes potenciales inactivos:</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Contraseña o contraseña de aplicación</translation>
    </message>
    <message>
        <source>Microsoft 365 account (sign in with Microsoft)</source>
        <translation>Cuenta de Microsoft 365 (iniciar sesión con Microsoft)</translation>
    </message>
    <message>
        <source>Google account (sign in with Google)</source>
        <translation>Cuenta de Google (iniciar sesión con Google)</translation>
    </message>
    <message>
        <source>Si&amp;gn-in type:</source>
        <translation>&amp;Forma de iniciar sesión:</translation>
    </message>
    <message>
        <source>Kept in the system keychain (or, without one, for this session only), never in a file or the database. For Gmail use an app password.</source>
        <translation>Se guarda en el llavero del sistema (o, si no lo hay, solo durante esta sesión), nunca en un archivo ni en la base de datos. Para Gmail, use una contraseña de aplicación.</translation>
    </message>
    <message>
        <source>From the firm&apos;s app registration</source>
        <translation>Del registro de la aplicación del despacho</translation>
    </message>
    <message>
        <source>App &amp;registration (client ID):</source>
        <translation>Registro de aplicación (&amp;ID de cliente):</translation>
    </message>
    <message>
        <source>Tenant (director&amp;y):</source>
        <translation>In&amp;quilino (directorio):</translation>
    </message>
    <message>
        <source>Only if Google gave the desktop app one</source>
        <translation>Solo si Google se lo dio a la aplicación de escritorio</translation>
    </message>
    <message>
        <source>Client secret (if an&amp;y):</source>
        <translation>Secreto de cliente (si lo ha&amp;y):</translation>
    </message>
    <message>
        <source>Sign in wit&amp;h Microsoft</source>
        <translation>Iniciar sesión c&amp;on Microsoft</translation>
    </message>
    <message>
        <source>Sign in wit&amp;h Google</source>
        <translation>Iniciar sesión c&amp;on Google</translation>
    </message>
    <message>
        <source>Your browser opens for the sign-in. The app registration must allow the redirect address http://127.0.0.1 (any port). The sign-in is kept in the system keychain, never in a file or the database.</source>
        <translation>El navegador se abre para iniciar sesión. El registro de la aplicación debe permitir la dirección de redirección http://127.0.0.1 (cualquier puerto). La sesión se guarda en el llavero del sistema, nunca en un archivo ni en la base de datos.</translation>
    </message>
    <message>
        <source>Lead inta&amp;ke</source>
        <translation>Nue&amp;vos clientes potenciales</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Copias de se&amp;guridad</translation>
    </message>
    <message>
        <source>Who &amp;gets a new lead:</source>
        <translation>&amp;Quién recibe un nuevo cliente potencial:</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Default attorne&amp;y:</source>
        <translation>A&amp;bogado predeterminado:</translation>
    </message>
    <message>
        <source>Web search; Referral; Radio</source>
        <translation>Búsqueda en internet; Recomendación; Radio</translation>
    </message>
    <message>
        <source>&quot;&amp;How did you hear about us?&quot; choices:</source>
        <translation>&amp;Opciones de «¿Cómo nos conoció?»:</translation>
    </message>
    <message>
        <source>Separate the choices with semicolons. The form always offers &quot;Other&quot; with a field of its own.</source>
        <translation>Separe las opciones con punto y coma. El formulario siempre ofrece «Otro» con un campo propio.</translation>
    </message>
    <message>
        <source>Back up every da&amp;y, from the first desk open after the time below</source>
        <translation>Hacer una copia de seguridad cada &amp;día, desde el primer puesto que se abra después de la hora indicada abajo</translation>
    </message>
    <message>
        <source>/media/backup/leads</source>
        <translation>/media/backup/leads</translation>
    </message>
    <message>
        <source>Sa&amp;ve them in:</source>
        <translation>G&amp;uardarlas en:</translation>
    </message>
    <message>
        <source>&amp;Copies to keep:</source>
        <translation>Copias que &amp;conservar:</translation>
    </message>
    <message>
        <source>Due after (HH:MM):</source>
        <translation>A partir de las (HH:MM):</translation>
    </message>
    <message>
        <source>Each backup is a checked copy of the whole database, readable by this account only; keep the folder on another disk. File → Back Up Now… and File → Restore from Backup… are in the main window.</source>
        <translation>Cada copia de seguridad es una copia comprobada de toda la base de datos, que solo puede leer esta cuenta; guarde la carpeta en otro disco. Archivo → Hacer copia de seguridad ahora… y Archivo → Restaurar desde copia de seguridad… están en la ventana principal.</translation>
    </message>
    <message>
        <source>Sign in with %1 first.</source>
        <translation>Inicie sesión primero con %1.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se canceló el inicio de sesión.</translation>
    </message>
    <message>
        <source>Gmail with an app password:
1. Turn on 2-Step Verification for the Google account first (Google account → Security).
2. Then create an app password at myaccount.google.com/apppasswords.
3. Paste its 16 characters in Password above (spaces do not matter).</source>
        <translation>Gmail con una contraseña de aplicación:
1. Active primero la verificación en dos pasos en la cuenta de Google (Cuenta de Google → Seguridad).
2. Después cree una contraseña de aplicación en myaccount.google.com/apppasswords.
3. Pegue sus 16 caracteres en Contraseña, más arriba (los espacios no importan).</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s address as the user name, then sign in with %1.</source>
        <translation>Introduzca la dirección del buzón como nombre de usuario y después inicie sesión con %1.</translation>
    </message>
    <message>
        <source>Not signed in: use “Sign in with %1”.</source>
        <translation>Sin sesión iniciada: use «Iniciar sesión con %1».</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Sesión iniciada en %1 como %2.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s address as the user name first: it is the account that signs in.</source>
        <translation>Introduzca primero la dirección del buzón como nombre de usuario: es la cuenta que inicia sesión.</translation>
    </message>
    <message>
        <source>Enter the client ID of the firm&apos;s app registered with %1 first (see the README, “Signing in with Microsoft 365 or Google Workspace”).</source>
        <translation>Introduzca primero el ID de cliente de la aplicación del despacho registrada en %1 (véase el README, «Signing in with Microsoft 365 or Google Workspace»).</translation>
    </message>
    <message>
        <source>Signed in; saving the sign-in…</source>
        <translation>Sesión iniciada; guardando el inicio de sesión…</translation>
    </message>
    <message>
        <source>Signed in, but the sign-in could not be kept: %1</source>
        <translation>Sesión iniciada, pero no se pudo conservar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2. Save to send with this account.</source>
        <translation>Sesión iniciada en %1 como %2. Guarde para enviar con esta cuenta.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 for this session only (no system keychain answered). Save to send with this account.</source>
        <translation>Sesión iniciada en %1 como %2 solo para esta sesión (no respondió ningún llavero del sistema). Guarde para enviar con esta cuenta.</translation>
    </message>
    <message>
        <source>Cancel t&amp;he sign-in</source>
        <translation>Cancelar el inici&amp;o de sesión</translation>
    </message>
    <message>
        <source>Waiting for the sign-in with %1 in your browser…</source>
        <translation>Esperando el inicio de sesión con %1 en su navegador…</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Tiempos de respuesta</translation>
    </message>
    <message>
        <source> business day</source>
        <translation> día hábil</translation>
    </message>
    <message>
        <source> business days</source>
        <translation> días hábiles</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Answer a new lead within this many business days (0: no target)</source>
        <translation>Responder a un nuevo cliente potencial en este número de días hábiles (0: sin plazo)</translation>
    </message>
    <message>
        <source>Answer &amp;within:</source>
        <translation>Plazo má&amp;ximo de respuesta:</translation>
    </message>
    <message>
        <source>&amp;Days off (not business days)</source>
        <translation>Días no &amp;hábiles</translation>
    </message>
    <message>
        <source>%1 is a day off</source>
        <translation>%1 es un día no hábil</translation>
    </message>
    <message>
        <source>The firm&apos;s time zone</source>
        <translation>La zona horaria del despacho</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>La de este equipo (%1)</translation>
    </message>
    <message>
        <source>Firm&apos;s time &amp;zone:</source>
        <translation>&amp;Zona horaria del despacho:</translation>
    </message>
    <message>
        <source>Email each attorney a &amp;morning digest of their overdue leads</source>
        <translation>Enviar a cada abogado un resumen &amp;matutino de sus clientes potenciales vencidos</translation>
    </message>
    <message>
        <source>Send the digest after this time of day (HH:MM, the firm&apos;s time zone)</source>
        <translation>Enviar el resumen matutino a partir de esta hora del día (HH:MM, zona horaria del despacho)</translation>
    </message>
    <message>
        <source>Send it &amp;after (HH:MM):</source>
        <translation>&amp;Enviarlo a partir de las (HH:MM):</translation>
    </message>
    <message>
        <source>A pending lead is overdue once this many business days have passed since it arrived (a lead with a follow-up date: on that day). The digest goes once each business day, from the first desk open after the time, to the firm&apos;s notification address for leads nobody is responsible for.</source>
        <translation>Un cliente potencial pendiente queda vencido cuando han pasado este número de días hábiles desde que llegó (si tiene fecha de seguimiento: ese día). El resumen matutino se envía una vez cada día hábil, desde el primer puesto que se abra después de esa hora, y los de los clientes potenciales de los que nadie es responsable van a la dirección de avisos del despacho.</translation>
    </message>
    <message>
        <source>At least one day must be a business day: uncheck one of the days off.</source>
        <translation>Al menos un día debe ser hábil: desmarque uno de los días no hábiles.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set Up Lead Intake</source>
        <translation>Configurar Lead Intake</translation>
    </message>
    <message>
        <source>Welcome. Before the first lead, tell Lead Intake about the firm and create the first account: an administrator, who is also an attorney and can add the others.</source>
        <translation>Le damos la bienvenida. Antes del primer cliente potencial, indique a Lead Intake los datos del despacho y cree la primera cuenta: un administrador, que también es abogado y puede añadir las demás.</translation>
    </message>
    <message>
        <source>The firm</source>
        <translation>El despacho</translation>
    </message>
    <message>
        <source>intake@firm.example</source>
        <translation>registro@despacho.ejemplo</translation>
    </message>
    <message>
        <source>&amp;Notify new leads to:</source>
        <translation>Enviar &amp;avisos a:</translation>
    </message>
    <message>
        <source>The first account (administrator)</source>
        <translation>La primera cuenta (administrador)</translation>
    </message>
    <message>
        <source>As it appears in the history, e.g. Ana Ruiz</source>
        <translation>Tal como aparece en el historial, p. ej. Ana Ruiz</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repita la contraseña:</translation>
    </message>
    <message>
        <source>&amp;Create account and start</source>
        <translation>Crear cuenta y em&amp;pezar</translation>
    </message>
    <message>
        <source>Enter the address that is told about new leads.</source>
        <translation>Introduzca la dirección que recibe los avisos de nuevos clientes potenciales.</translation>
    </message>
    <message>
        <source>Enter your full name as it should appear in the history.</source>
        <translation>Introduzca su nombre completo tal como debe aparecer en el historial.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Required: it signs every email to prospects</source>
        <translation>Obligatorio: firma cada correo</translation>
    </message>
    <message>
        <source>Enter the firm&apos;s name: it appears in every email to prospects, and no email is sent without it.</source>
        <translation>Introduzca el nombre del despacho: aparece en todos los correos a los clientes potenciales, y sin él no se envía ningún correo.</translation>
    </message>
    <message>
        <source>Where Lead Intake Keeps the Leads</source>
        <translation>Dónde guarda Lead Intake los clientes potenciales</translation>
    </message>
    <message>
        <source>Welcome. First choose where this desk keeps the leads. You can change it later only with --database, so ask IT if unsure.</source>
        <translation>Le damos la bienvenida. Primero elija dónde guarda este puesto los clientes potenciales. Más adelante solo podrá cambiarlo con --database, así que consulte al departamento de informática si tiene dudas.</translation>
    </message>
    <message>
        <source>&amp;This desk only</source>
        <translation>Solo este &amp;puesto</translation>
    </message>
    <message>
        <source>The leads stay in a file on this computer, readable only by your account:
%1</source>
        <translation>Los clientes potenciales se guardan en un archivo de este equipo, legible solo por su cuenta:
%1</translation>
    </message>
    <message>
        <source>&amp;Our office server</source>
        <translation>Servidor de nuestra o&amp;ficina</translation>
    </message>
    <message>
        <source>Every desk of the firm shares one PostgreSQL server that IT has set up with &quot;leadintake server-init&quot;.</source>
        <translation>Todos los puestos del despacho comparten un servidor PostgreSQL que el departamento de informática ha preparado con «leadintake server-init».</translation>
    </message>
    <message>
        <source>Do not put a password in the address: Lead Intake never stores one. Keep it in ~/.pgpass (mode 0600) or in a pg_service.conf entry (service=NAME in the address).</source>
        <translation>No ponga ninguna contraseña en la dirección: Lead Intake nunca la guarda. Consérvela en ~/.pgpass (modo 0600) o en una entrada de pg_service.conf (service=NOMBRE en la dirección).</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Probar la &amp;conexión</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. postgresql://leads.firm.lan/leadintake.</source>
        <translation>Introduzca la dirección del servidor, p. ej. postgresql://leads.firm.lan/leadintake.</translation>
    </message>
    <message>
        <source>The address starts with postgresql://.</source>
        <translation>La dirección empieza por postgresql://.</translation>
    </message>
    <message>
        <source>Remove the password from the address; keep it in ~/.pgpass or a service file instead.</source>
        <translation>Quite la contraseña de la dirección; guárdela en ~/.pgpass o en un archivo de servicios.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Firm name:</source>
        <translation>Nombre del &amp;despacho:</translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation>Nombre co&amp;mpleto:</translation>
    </message>
    <message>
        <source>The leads stay in a file on this computer</source>
        <translation>Los clientes potenciales se guardan en un archivo de este equipo</translation>
    </message>
    <message>
        <source>Every desk of the firm shares one PostgreSQL server</source>
        <translation>Todos los puestos del despacho comparten un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>A postgresql:// address without a password</source>
        <translation>Una dirección postgresql:// sin contraseña</translation>
    </message>
    <message>
        <source>Co&amp;ntinue</source>
        <translation>Co&amp;ntinuar</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to see the leads. The intake form stays open without signing in.</source>
        <translation>Inicie sesión para ver los clientes potenciales. El formulario de registro sigue abierto sin iniciar sesión.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>This needs an account with the role %1.</source>
        <translation>Para esto se necesita una cuenta con el rol %1.</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a one-time code. Choose your own password (at least %n characters); the code stops working.</source>
        <translation>
            <numerusform>Ha iniciado sesión con un código de un solo uso. Elija su propia contraseña (al menos %n carácter); el código deja de funcionar.</numerusform>
            <numerusform>Ha iniciado sesión con un código de un solo uso. Elija su propia contraseña (al menos %n caracteres); el código deja de funcionar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save password</source>
        <translation>&amp;Guardar contraseña</translation>
    </message>
</context>
<context>
    <name>SmtpClient</name>
    <message>
        <source>The CA certificate file %1 could not be read.</source>
        <translation>No se pudo leer el archivo de certificados de CA %1.</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor cerró la conexión</translation>
    </message>
    <message>
        <source>The server sent a malformed or oversized reply.</source>
        <translation>El servidor envió una respuesta mal formada o demasiado grande.</translation>
    </message>
    <message>
        <source>The server does not understand EHLO, so it cannot offer STARTTLS; nothing was sent over the unencrypted connection.</source>
        <translation>El servidor no entiende EHLO, así que no puede ofrecer STARTTLS; no se envió nada por la conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1 %2); nothing was sent over the unencrypted connection.</source>
        <translation>El servidor rechazó STARTTLS (%1 %2); no se envió nada por la conexión sin cifrar.</translation>
    </message>
    <message>
        <source>The server sent unexpected data right after accepting STARTTLS (possible response injection); the connection was closed.</source>
        <translation>El servidor envió datos inesperados justo después de aceptar STARTTLS (posible inyección de respuestas); se cerró la conexión.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, which the settings require; nothing was sent over the unencrypted connection.</source>
        <translation>El servidor no ofrece STARTTLS, que la configuración exige; no se envió nada por la conexión sin cifrar.</translation>
    </message>
    <message>
        <source>A user name or token is configured but the connection is not encrypted; credentials are never sent in plaintext. Use implicit TLS or STARTTLS, or remove the credentials for a local relay.</source>
        <translation>Hay un nombre de usuario o un token configurado, pero la conexión no está cifrada; las credenciales nunca se envían en texto claro. Use TLS implícito o STARTTLS, o quite las credenciales para una retransmisión local.</translation>
    </message>
    <message>
        <source>The server does not offer authentication (AUTH).</source>
        <translation>El servidor no ofrece autenticación (AUTH).</translation>
    </message>
    <message>
        <source>The server offers no authentication method this program supports (it offers: %1).</source>
        <translation>El servidor no ofrece ningún método de autenticación compatible con este programa (ofrece: %1).</translation>
    </message>
    <message>
        <source>Authentication failed.</source>
        <translation>Falló la autenticación.</translation>
    </message>
    <message>
        <source>The server sent an unexpected authentication challenge.</source>
        <translation>El servidor envió un desafío de autenticación inesperado.</translation>
    </message>
    <message>
        <source>The message has no recipients.</source>
        <translation>El mensaje no tiene destinatarios.</translation>
    </message>
    <message>
        <source>Refused address &quot;%1&quot;: %2</source>
        <translation>Dirección rechazada «%1»: %2</translation>
    </message>
    <message>
        <source>An address has non-ASCII characters before the @, and this server does not support international addresses (SMTPUTF8).</source>
        <translation>Una dirección tiene caracteres no ASCII antes de la @, y este servidor no admite direcciones internacionales (SMTPUTF8).</translation>
    </message>
    <message>
        <source>The message is %1 bytes but the server accepts at most %2 bytes.</source>
        <translation>El mensaje ocupa %1 bytes, pero el servidor acepta como máximo %2 bytes.</translation>
    </message>
    <message>
        <source>Not sent: the session ended before this message&apos;s turn.</source>
        <translation>No enviado: la sesión terminó antes de que llegara el turno de este mensaje.</translation>
    </message>
    <message>
        <source>The connection was lost after the end of the message was sent, before the server confirmed it (%1).</source>
        <translation>Se perdió la conexión después de enviar el final del mensaje, antes de que el servidor lo confirmara (%1).</translation>
    </message>
    <message>
        <source>The connection to the server was lost during %1 (%2).</source>
        <translation>Se perdió la conexión con el servidor durante %1 (%2).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified for %1: %2</source>
        <translation>No se pudo verificar el certificado del servidor para %1: %2</translation>
    </message>
    <message>
        <source>Check the server name, or add the server&apos;s CA certificate in the mail settings.</source>
        <translation>Compruebe el nombre del servidor o añada el certificado de la CA del servidor en la configuración del correo.</translation>
    </message>
    <message>
        <source>The server did not confirm the message within %1 ms after it was sent.</source>
        <translation>El servidor no confirmó el mensaje en los %1 ms posteriores a su envío.</translation>
    </message>
    <message>
        <source>No progress from the server for %1 ms during %2.</source>
        <translation>Ningún avance del servidor durante %1 ms en %2.</translation>
    </message>
    <message>
        <source>The server answered with TLS data instead of an SMTP greeting.</source>
        <translation>El servidor respondió con datos TLS en lugar de un saludo SMTP.</translation>
    </message>
    <message numerus="yes">
        <source>The server sent no greeting within %n second(s).</source>
        <translation>
            <numerusform>El servidor no envió ningún saludo en %n segundo.</numerusform>
            <numerusform>El servidor no envió ningún saludo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Port %1 of %2 probably expects implicit TLS: choose &quot;TLS from the start&quot; as the security (smtp.security implicit; usually port 465), or use the server&apos;s STARTTLS port (usually 587).</source>
        <translation>El puerto %1 de %2 probablemente espera TLS implícito: elija «TLS desde el principio» como seguridad (smtp.security implicit; normalmente el puerto 465), o use el puerto STARTTLS del servidor (normalmente el 587).</translation>
    </message>
</context>
<context>
    <name>SmtpFailure</name>
    <message>
        <source>The server answered %1 during %2: %3</source>
        <translation>El servidor respondió %1 durante %2: %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>el saludo</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>authentication</source>
        <translation>la autenticación</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>el envío del mensaje</translation>
    </message>
    <message>
        <source>RSET</source>
        <translation>RSET</translation>
    </message>
    <message>
        <source>preparing the message</source>
        <translation>la preparación del mensaje</translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent, so it may have been delivered. Sending it again may produce a duplicate.</source>
        <translation>Se perdió la conexión después de enviar el mensaje completo, así que puede haberse entregado. Si se envía de nuevo, puede llegar duplicado.</translation>
    </message>
    <message>
        <source>Gmail needs an app password: turn on 2-Step Verification for the account, create an app password at https://myaccount.google.com/apppasswords and enter it instead of the normal password.</source>
        <translation>Gmail necesita una contraseña de aplicación: active la verificación en dos pasos de la cuenta, cree una contraseña de aplicación en https://myaccount.google.com/apppasswords e introdúzcala en lugar de la contraseña normal.</translation>
    </message>
    <message>
        <source>The server rejected the user name or password.</source>
        <translation>El servidor rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The server requires an encrypted connection for this; use TLS or STARTTLS.</source>
        <translation>El servidor exige una conexión cifrada para esto; use TLS o STARTTLS.</translation>
    </message>
    <message>
        <source>The server requires signing in: enter a user name and password in the mail settings.</source>
        <translation>El servidor exige iniciar sesión: introduzca un nombre de usuario y una contraseña en la configuración del correo.</translation>
    </message>
    <message>
        <source>The message is larger than the server accepts; send a smaller attachment.</source>
        <translation>El mensaje es más grande de lo que acepta el servidor; envíe un adjunto más pequeño.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox does not exist; check the address.</source>
        <translation>El buzón del destinatario no existe; compruebe la dirección.</translation>
    </message>
    <message>
        <source>The server considers an address invalid; check the sender and recipient addresses.</source>
        <translation>El servidor considera que una dirección no es válida; compruebe las direcciones del remitente y del destinatario.</translation>
    </message>
    <message>
        <source>The server closed the session; the message will be retried later.</source>
        <translation>El servidor cerró la sesión; el mensaje se reintentará más tarde.</translation>
    </message>
    <message>
        <source>The server is temporarily unable to accept the message; it will be retried later.</source>
        <translation>El servidor no puede aceptar el mensaje de momento; se reintentará más tarde.</translation>
    </message>
    <message>
        <source>The server refused the message; it will not be retried automatically.</source>
        <translation>El servidor rechazó el mensaje; no se reintentará automáticamente.</translation>
    </message>
    <message>
        <source>Check the server name, port and security setting, and the network connection.</source>
        <translation>Compruebe el nombre del servidor, el puerto, la seguridad y la conexión de red.</translation>
    </message>
    <message>
        <source>The server did not set up an encrypted connection, so nothing was sent. Check the security setting, or ask the mail provider.</source>
        <translation>El servidor no estableció una conexión cifrada, así que no se envió nada. Compruebe la seguridad o consulte al proveedor de correo.</translation>
    </message>
    <message>
        <source>The message will be retried later.</source>
        <translation>El mensaje se reintentará más tarde.</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>Email is not configured: set the SMTP server in Settings (or smtp.host).</source>
        <translation>El correo no está configurado: establezca el servidor SMTP en Configuración (o smtp.host).</translation>
    </message>
    <message>
        <source>Email is not configured: the SMTP port is missing.</source>
        <translation>El correo no está configurado: falta el puerto SMTP.</translation>
    </message>
    <message>
        <source>Email is not configured: the SMTP password for %1 is missing.</source>
        <translation>El correo no está configurado: falta la contraseña SMTP de %1.</translation>
    </message>
</context>
<context>
    <name>SourceConnection</name>
    <message>
        <source>There is no database at %1. Give this desk&apos;s database with --database.</source>
        <translation>No hay ninguna base de datos en %1. Indique la base de datos de este puesto con --database.</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite para Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the database %1 to read it</source>
        <translation>No se puede abrir la base de datos %1 para leerla</translation>
    </message>
    <message>
        <source>Cannot read the database %1</source>
        <translation>No se puede leer la base de datos %1</translation>
    </message>
    <message>
        <source>%1 is not a Lead Intake database (or it is empty); nothing was copied.</source>
        <translation>%1 no es una base de datos de Lead Intake (o está vacía); no se copió nada.</translation>
    </message>
    <message>
        <source>The database %1 has schema %2; this version of Lead Intake copies schema %3. It never changes the desk&apos;s file while copying it: open the file once with this version of Lead Intake (which upgrades it), then run migrate-to again. Nothing was copied.</source>
        <translation>La base de datos %1 tiene el esquema %2; esta versión de Lead Intake copia el esquema %3. Nunca modifica el archivo del puesto mientras lo copia: abra el archivo una vez con esta versión de Lead Intake (que lo actualiza) y vuelva a ejecutar migrate-to. No se copió nada.</translation>
    </message>
</context>
<context>
    <name>SqliteToServer</name>
    <message>
        <source>migrate-to copies into a PostgreSQL server (a postgresql:// URL).</source>
        <translation>migrate-to copia en un servidor PostgreSQL (una URL postgresql://).</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed</source>
        <translation>No se pudo leer %1 de %2</translation>
    </message>
    <message>
        <source>The server database already holds data that is not from %1: its table %2 has %3 row(s) (up to %4 %5), and this desk&apos;s database has %6 row(s) up to there%7. Nothing was written. Copy into a new, empty database, or into the one an interrupted migrate-to of this same file left (if this desk was used since, start again with an empty one).</source>
        <translation>La base de datos del servidor ya contiene datos que no proceden de %1: su tabla %2 tiene %3 fila(s) (hasta %4 %5), y la base de datos de este puesto tiene %6 fila(s) hasta ahí%7. No se escribió nada. Copie en una base de datos nueva y vacía, o en la que dejó un migrate-to interrumpido de este mismo archivo (si este puesto se ha usado desde entonces, empiece de nuevo con una vacía).</translation>
    </message>
    <message>
        <source> with other values</source>
        <translation> con otros valores</translation>
    </message>
    <message>
        <source>Someone else wrote to the server&apos;s %1 while it was being copied (another desk, or a second migrate-to). Nothing of theirs was overwritten. Let no desk use the server until migrate-to has finished, then run it again.</source>
        <translation>Otra persona escribió en %1 del servidor mientras se copiaba (otro puesto, o un segundo migrate-to). No se sobrescribió nada suyo. Que ningún puesto use el servidor hasta que migrate-to haya terminado; después, vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <source>Preparing the copy of %1 failed</source>
        <translation>No se pudo preparar la copia de %1</translation>
    </message>
    <message>
        <source>Copying %1 to the server failed; the rows copied before are kept, run migrate-to again to continue</source>
        <translation>No se pudo copiar %1 en el servidor; se conservan las filas ya copiadas; vuelva a ejecutar migrate-to para continuar</translation>
    </message>
    <message>
        <source>Setting the next id of %1 failed</source>
        <translation>No se pudo establecer el siguiente identificador de %1</translation>
    </message>
    <message>
        <source>Reading the server back failed</source>
        <translation>No se pudo releer el servidor</translation>
    </message>
    <message>
        <source>Lead Intake opened %1 while it was being copied, so the copy may not be one moment of it. Close Lead Intake on this desk and run migrate-to again: it continues, and refuses if a row already copied was changed since.</source>
        <translation>Lead Intake abrió %1 mientras se copiaba, así que la copia puede no corresponder a un único momento. Cierre Lead Intake en este puesto y vuelva a ejecutar migrate-to: continuará, y se negará si desde entonces ha cambiado alguna fila ya copiada.</translation>
    </message>
    <message>
        <source>Reading %1 for its checksum failed</source>
        <translation>No se pudo leer %1 para calcular su suma de comprobación</translation>
    </message>
    <message>
        <source>Reading the server&apos;s %1 failed</source>
        <translation>No se pudo leer %1 del servidor</translation>
    </message>
    <message>
        <source>Reading the nicknames failed</source>
        <translation>No se pudieron leer los apodos</translation>
    </message>
    <message>
        <source>Copying the nicknames to the server failed</source>
        <translation>No se pudieron copiar los apodos en el servidor</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>Unknown placeholder(s) in the template: %1.</source>
        <translation>Marcadores desconocidos en la plantilla: %1.</translation>
    </message>
</context>
<context>
    <name>ViewExport</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>WriteTransaction</name>
    <message>
        <source>The database is busy or read-only; nothing was saved</source>
        <translation>La base de datos está ocupada o es de solo lectura; no se guardó nada</translation>
    </message>
    <message>
        <source>No transaction.</source>
        <translation>No hay ninguna transacción.</translation>
    </message>
    <message>
        <source>Saving to the database failed; nothing was saved</source>
        <translation>No se pudo guardar en la base de datos; no se guardó nada</translation>
    </message>
    <message>
        <source>The office server cannot be reached; nothing was saved. Lead Intake is reconnecting; try again in a moment</source>
        <translation>No se puede conectar con el servidor de la oficina; no se guardó nada. Lead Intake se está reconectando; inténtelo de nuevo dentro de un momento</translation>
    </message>
    <message>
        <source>The connection to the office server was lost while saving; once Lead Intake has reconnected, check whether the change is there</source>
        <translation>Se perdió la conexión con el servidor de la oficina mientras se guardaba; cuando Lead Intake se haya reconectado, compruebe si el cambio está ahí</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lead Intake cannot start</source>
        <translation>Lead Intake no puede iniciarse</translation>
    </message>
    <message>
        <source>Front desk (%1)</source>
        <translation>Recepción (%1)</translation>
    </message>
    <message>
        <source>Cannot write desk.conf; the choice is asked again next time.</source>
        <translation>No se puede escribir desk.conf; la elección se volverá a preguntar la próxima vez.</translation>
    </message>
</context>
</TS>

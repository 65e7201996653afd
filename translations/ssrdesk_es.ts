<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name />
    <message>
        <source>Something unexpected went wrong ({error}). The details were written to ssrdesk.log in the workspace folder.</source>
        <translation>Algo inesperado salió mal ({error}). Los detalles se guardaron en ssrdesk.log, en la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>by mail</source>
        <translation>por correo postal</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>por correo electrónico</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>Score data</source>
        <translation>Datos de calificaciones</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Show families already reached</source>
        <translation>Mostrar las familias que ya recibieron su informe</translation>
    </message>
    <message>
        <source>School calendar…</source>
        <translation>Calendario escolar…</translation>
    </message>
    <message>
        <source>When the reports were received, holidays, the last day of instruction</source>
        <translation>Cuándo se recibieron los informes, los días festivos, el último día de clases</translation>
    </message>
    <message>
        <source>Export the record (CSV)…</source>
        <translation>Exportar el registro (CSV)…</translation>
    </message>
    <message>
        <source>Mark handed out…</source>
        <translation>Marcar como entregado en persona…</translation>
    </message>
    <message>
        <source>The selected families got their reports in person</source>
        <translation>Las familias seleccionadas recibieron sus informes en persona</translation>
    </message>
    <message>
        <source>Families still waiting for their reports</source>
        <translation>Familias que aún esperan sus informes</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historial de importaciones</translation>
    </message>
    <message>
        <source>Getting reports to families</source>
        <translation>Entrega de informes a las familias</translation>
    </message>
    <message>
        <source>reached {route}</source>
        <translation>entregado {route}</translation>
    </message>
    <message>
        <source>distribution {date}.csv</source>
        <translation>entrega {date}.csv</translation>
    </message>
    <message>
        <source>Export the distribution record</source>
        <translation>Exportar el registro de entrega</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The record could not be written: {error}</source>
        <translation>No se pudo guardar el registro: {error}</translation>
    </message>
    <message>
        <source>Wrote every event to {events} and each student's status to {statuses}, in {folder}.</source>
        <translation>Se guardaron todos los eventos en {events} y el estado de cada estudiante en {statuses}, en {folder}.</translation>
    </message>
    <message>
        <source>Mark handed out</source>
        <translation>Marcar como entregado en persona</translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) got their reports in person. A note for the record (optional, e.g. “parent conference”):</source>
        <translation>
            <numerusform>%Ln familia recibió sus informes en persona. Una nota para el registro (opcional, p. ej., “reunión con los padres”):</numerusform><numerusform>%Ln familias recibieron sus informes en persona. Una nota para el registro (opcional, p. ej., “reunión con los padres”):</numerusform></translation>
    </message>
    <message>
        <source>Files imported into this workspace, newest first. Files that were not imported (rejected or cancelled) left nothing behind and are not listed.</source>
        <translation>Archivos importados en este espacio de trabajo, los más recientes primero. Los archivos que no se importaron (rechazados o cancelados) no dejaron nada y no aparecen aquí.</translation>
    </message>
    <message>
        <source>Nothing has been imported into this workspace yet.</source>
        <translation>Todavía no se ha importado nada en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>{program}: next year</source>
        <translation>{program}: próximo año</translation>
    </message>
    <message>
        <source>MMM dd</source>
        <comment>date format</comment>
        <translation>dd MMM</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) overdue</source>
        <translation>
            <numerusform>%Ln día hábil de retraso</numerusform><numerusform>%Ln días hábiles de retraso</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s) left</source>
        <translation>
            <numerusform>queda %Ln día hábil</numerusform><numerusform>quedan %Ln días hábiles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) overdue</source>
        <translation>
            <numerusform>%Ln día de retraso</numerusform><numerusform>%Ln días de retraso</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) left</source>
        <translation>
            <numerusform>queda %Ln día</numerusform><numerusform>quedan %Ln días</numerusform></translation>
    </message>
    <message>
        <source>No family has a report yet: import the Student Score Reports first.</source>
        <translation>Ninguna familia tiene un informe todavía: primero importe los Informes de Calificaciones del Estudiante.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{reached}&lt;/b&gt; of %Ln family(ies) reached</source>
        <translation>
            <numerusform>&lt;b&gt;{reached}&lt;/b&gt; de %Ln familia con su informe entregado</numerusform><numerusform>&lt;b&gt;{reached}&lt;/b&gt; de %Ln familias con su informe entregado</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln con plazo vencido</numerusform><numerusform>%Ln con plazo vencido</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln due within {days} days</source>
        <translation>
            <numerusform>%Ln vence en los próximos {days} días</numerusform><numerusform>%Ln vencen en los próximos {days} días</numerusform></translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>ninguna con plazo vencido</translation>
    </message>
    <message>
        <source>none due within {days} days</source>
        <translation>ninguna vence en los próximos {days} días</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due later</source>
        <translation>
            <numerusform>%Ln vence más adelante</numerusform><numerusform>%Ln vencen más adelante</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln due next school year (set its first day in School calendar)</source>
        <translation>
            <numerusform>%Ln vence el próximo año escolar (indique su primer día en Calendario escolar)</numerusform><numerusform>%Ln vencen el próximo año escolar (indique su primer día en Calendario escolar)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln still waiting: {list}.</source>
        <translation>
            <numerusform>%Ln aún espera: {list}.</numerusform><numerusform>%Ln aún esperan: {list}.</numerusform></translation>
    </message>
    <message>
        <source>dddd, MMMM dd, yyyy</source>
        <comment>date format</comment>
        <translation>dddd d 'de' MMMM 'de' yyyy</translation>
    </message>
    <message>
        <source>Earliest deadline not yet met: {date}.</source>
        <translation>Fecha límite más próxima aún sin cumplir: {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) on the print list</source>
        <translation>
            <numerusform>%Ln estudiante en la lista de impresión</numerusform><numerusform>%Ln estudiantes en la lista de impresión</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) whose e-mail bounced</source>
        <translation>
            <numerusform>%Ln familia cuyo correo rebotó</numerusform><numerusform>%Ln familias cuyo correo rebotó</numerusform></translation>
    </message>
    <message>
        <source>{list} (see the Print and E-mail pages).</source>
        <translation>{list} (vea las páginas Imprimir y Correo).</translation>
    </message>
    <message>
        <source>Choose the student</source>
        <translation>Elija el estudiante</translation>
    </message>
    <message>
        <source>The report on &lt;b&gt;{source}&lt;/b&gt; was printed for &lt;b&gt;{name}&lt;/b&gt;, SSID {ssid}{grade}. Which of your students is it for? ssrdesk remembers your choice when this report is imported again.</source>
        <translation>El informe de &lt;b&gt;{source}&lt;/b&gt; se imprimió para &lt;b&gt;{name}&lt;/b&gt;, SSID {ssid}{grade}. ¿A cuál de sus estudiantes corresponde? ssrdesk recordará su elección cuando vuelva a importar este informe.</translation>
    </message>
    <message>
        <source>Search by name or SSID</source>
        <translation>Buscar por nombre o SSID</translation>
    </message>
    <message>
        <source>Match to this student</source>
        <translation>Asociar a este estudiante</translation>
    </message>
    <message>
        <source>Select the student in the list.</source>
        <translation>Seleccione el estudiante en la lista.</translation>
    </message>
    <message>
        <source>This report will be matched to &lt;b&gt;{name}&lt;/b&gt; (SSID {ssid}).</source>
        <translation>Este informe se asociará a &lt;b&gt;{name}&lt;/b&gt; (SSID {ssid}).</translation>
    </message>
    <message>
        <source>, grade {grade}</source>
        <translation>, grado {grade}</translation>
    </message>
    <message>
        <source>Contacts export (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Exportación de contactos (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>— not in file —</source>
        <translation>— no está en el archivo —</translation>
    </message>
    <message>
        <source>Suggested from the column names</source>
        <translation>Sugerido a partir de los nombres de las columnas</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>Importing contacts</source>
        <translation>Importando contactos</translation>
    </message>
    <message>
        <source>Import contacts — {file}</source>
        <translation>Importar contactos — {file}</translation>
    </message>
    <message>
        <source>Which column of &lt;b&gt;{file}&lt;/b&gt; holds each piece of contact information? The choices below are suggested from the column names; check them before importing.</source>
        <translation>¿Qué columna de &lt;b&gt;{file}&lt;/b&gt; contiene cada dato de contacto? Las opciones de abajo se sugieren a partir de los nombres de las columnas; revíselas antes de importar.</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como configuración…</translation>
    </message>
    <message>
        <source>Mapping:</source>
        <translation>Correspondencia:</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Dato de contacto</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna en el archivo</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como configuración</translation>
    </message>
    <message>
        <source>A name for this column mapping (e.g. "Aeries export"):</source>
        <translation>Un nombre para esta correspondencia de columnas (p. ej., "Exportación de Aeries"):</translation>
    </message>
    <message>
        <source>This file has no column named {columns}; those fields are left out. Pick their columns below.</source>
        <translation>Este archivo no tiene ninguna columna llamada {columns}; esos campos quedan fuera. Elija sus columnas abajo.</translation>
    </message>
    <message>
        <source>{found} of {total} kinds of contact information found in the file.</source>
        <translation>Se encontraron en el archivo {found} de {total} tipos de datos de contacto.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>parentesco</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>address line 2</source>
        <translation>dirección, línea 2</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>Guardian {number}: {part}</source>
        <translation>Tutor {number}: {part}</translation>
    </message>
    <message>
        <source>School calendar for deadlines</source>
        <translation>Calendario escolar para las fechas límite</translation>
    </message>
    <message>
        <source>CAASPP reports must reach families within 20 working days of the day the school received them, ELPAC reports within 30 calendar days. Reports received after the last day of instruction are due in the first working days of the next school year.</source>
        <translation>Los informes de CAASPP deben llegar a las familias dentro de los 20 días hábiles siguientes al día en que la escuela los recibió, y los de ELPAC dentro de 30 días calendario. Los informes recibidos después del último día de clases vencen en los primeros días hábiles del siguiente año escolar.</translation>
    </message>
    <message>
        <source>Set a date:</source>
        <translation>Indicar una fecha:</translation>
    </message>
    <message>
        <source>Set:</source>
        <translation>Indicar:</translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation>Días festivos escolares</translation>
    </message>
    <message>
        <source>{program} reports received (else the import date):</source>
        <translation>Informes de {program} recibidos (si no, la fecha de importación):</translation>
    </message>
    <message>
        <source>Last day of instruction:</source>
        <translation>Último día de clases:</translation>
    </message>
    <message>
        <source>First day of the next school year:</source>
        <translation>Primer día del próximo año escolar:</translation>
    </message>
    <message>
        <source>School holidays (one date or FIRST..LAST per line):</source>
        <translation>Días festivos escolares (una fecha o PRIMERO..ÚLTIMO por línea):</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Pendientes de envío</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazados por el servidor</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Written as .eml files</source>
        <translation>Guardados como archivos .eml</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>messages</comment>
        <translation>Cancelados</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotados</translation>
    </message>
    <message>
        <source>Sending a test message through {host}</source>
        <translation>Enviando un mensaje de prueba a través de {host}</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln message(s).</source>
        <translation>
            <numerusform>Se envió %Ln mensaje.</numerusform><numerusform>Se enviaron %Ln mensajes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The mail server refused %Ln message(s): see Bounced e-mail on the E-mail page.</source>
        <translation>
            <numerusform>El servidor de correo rechazó %Ln mensaje: vea Correo rebotado en la página Correo.</numerusform><numerusform>El servidor de correo rechazó %Ln mensajes: vea Correo rebotado en la página Correo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) got a new report and password: the stored messages could not be read back (without a password store they last only until ssrdesk closes).</source>
        <translation>
            <numerusform>%Ln familia recibió un informe y una contraseña nuevos: no se pudieron volver a leer los mensajes guardados (sin un almacén de contraseñas solo duran hasta que se cierra ssrdesk).</numerusform><numerusform>%Ln familias recibieron un informe y una contraseña nuevos: no se pudieron volver a leer los mensajes guardados (sin un almacén de contraseñas solo duran hasta que se cierra ssrdesk).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) whose stored messages were lost could not get new ones, for example {example}.</source>
        <translation>
            <numerusform>%Ln familia cuyos mensajes guardados se perdieron no pudo recibir mensajes nuevos, por ejemplo {example}.</numerusform><numerusform>%Ln familias cuyos mensajes guardados se perdieron no pudieron recibir mensajes nuevos, por ejemplo {example}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) still waiting: resume sending from the E-mail page.</source>
        <translation>
            <numerusform>%Ln mensaje sigue pendiente: reanude el envío desde la página Correo.</numerusform><numerusform>%Ln mensajes siguen pendientes: reanude el envío desde la página Correo.</numerusform></translation>
    </message>
    <message>
        <source>Sending stopped. Nothing is left waiting.</source>
        <translation>El envío se detuvo. No queda nada pendiente.</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped between two families. %Ln message(s) not sent yet stay in the outbox: resume sending from the E-mail page when you are ready.</source>
        <translation>
            <numerusform>El envío se detuvo entre dos familias. %Ln mensaje que aún no se envió permanece en la bandeja de salida: reanude el envío desde la página Correo cuando esté listo.</numerusform><numerusform>El envío se detuvo entre dos familias. %Ln mensajes que aún no se enviaron permanecen en la bandeja de salida: reanude el envío desde la página Correo cuando esté listo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform><numerusform>%Ln segundos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform><numerusform>%Ln horas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform><numerusform>%Ln minutos</numerusform></translation>
    </message>
    <message>
        <source>about {hours} {minutes}</source>
        <translation>aproximadamente {hours} y {minutes}</translation>
    </message>
    <message>
        <source>about {time}</source>
        <translation>aproximadamente {time}</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Print list</source>
        <translation>Lista de impresión</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Sending e-mail</source>
        <translation>Envío de correo electrónico</translation>
    </message>
    <message>
        <source>E-mail reports…</source>
        <translation>Enviar informes por correo…</translation>
    </message>
    <message>
        <source>Choose families, passwords and how to send, check everything, then send</source>
        <translation>Elija las familias, las contraseñas y cómo enviar, revise todo y luego envíe</translation>
    </message>
    <message>
        <source>Edit messages…</source>
        <translation>Editar mensajes…</translation>
    </message>
    <message>
        <source>The two messages each family gets, in each language</source>
        <translation>Los dos mensajes que recibe cada familia, en cada idioma</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reanudar el envío</translation>
    </message>
    <message>
        <source>Cancel queued…</source>
        <translation>Cancelar pendientes…</translation>
    </message>
    <message>
        <source>Take the reports not sent yet out of the outbox</source>
        <translation>Retirar de la bandeja de salida los informes que aún no se enviaron</translation>
    </message>
    <message>
        <source>E-mail runs</source>
        <translation>Envíos de correo</translation>
    </message>
    <message>
        <source>Import bounces…</source>
        <translation>Importar rebotes…</translation>
    </message>
    <message>
        <source>Read bounce notices saved from your mailbox as .eml files</source>
        <translation>Leer los avisos de rebote guardados desde su buzón como archivos .eml</translation>
    </message>
    <message>
        <source>Families whose e-mail bounced</source>
        <translation>Familias cuyo correo rebotó</translation>
    </message>
    <message>
        <source>Their reports are then printed and mailed, from the Print page</source>
        <translation>Luego sus informes se imprimen y se envían por correo postal, desde la página Imprimir</translation>
    </message>
    <message>
        <source>Resend to a corrected address…</source>
        <translation>Reenviar a una dirección corregida…</translation>
    </message>
    <message>
        <source>Nothing to e-mail yet</source>
        <translation>Todavía no hay nada que enviar por correo</translation>
    </message>
    <message>
        <source>Import the Student Score Report PDFs you downloaded from TOMS, and your SIS contacts export with the guardians' e-mail addresses. Then e-mail each family its report here: locked with a password that goes in a separate message, in the family's language, with a record of what was sent and what bounced.</source>
        <translation>Importe los PDF de los Informes de Calificaciones del Estudiante que descargó de TOMS y la exportación de contactos de su SIS con las direcciones de correo electrónico de los tutores. Luego envíe aquí a cada familia su informe por correo: protegido con una contraseña que va en un mensaje aparte, en el idioma de la familia, con un registro de lo que se envió y de lo que rebotó.</translation>
    </message>
    <message>
        <source>Import Student Score Reports…</source>
        <translation>Importar Informes de Calificaciones…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) still to send. If sending stops, the rest wait in the outbox until you resume.</source>
        <translation>
            <numerusform>Falta por enviar %Ln mensaje. Si el envío se detiene, lo que falte espera en la bandeja de salida hasta que lo reanude.</numerusform><numerusform>Faltan por enviar %Ln mensajes. Si el envío se detiene, los restantes esperan en la bandeja de salida hasta que lo reanude.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are waiting to be sent.</source>
        <translation>
            <numerusform>%Ln mensaje está pendiente de envío.</numerusform><numerusform>%Ln mensajes están pendientes de envío.</numerusform></translation>
    </message>
    <message>
        <source>They stay in the outbox until you resume sending, or cancel them. Reports always go first, each followed by its password.</source>
        <translation>Permanecen en la bandeja de salida hasta que reanude el envío o los cancele. Los informes siempre se envían primero, cada uno seguido de su contraseña.</translation>
    </message>
    <message>
        <source>Cancel queued messages</source>
        <translation>Cancelar los mensajes pendientes</translation>
    </message>
    <message>
        <source>Take every report not sent yet out of the outbox? Those families get nothing by e-mail; you can e-mail them again later. A password whose report already went out is still sent, so that family can open it.</source>
        <translation>¿Retirar de la bandeja de salida todos los informes que aún no se enviaron? Esas familias no recibirán nada por correo; puede volver a enviárselos más adelante. Una contraseña cuyo informe ya se envió se sigue enviando, para que esa familia pueda abrirlo.</translation>
    </message>
    <message numerus="yes">
        <source>Took %Ln family(ies) out of the outbox.</source>
        <translation>
            <numerusform>Se retiró %Ln familia de la bandeja de salida.</numerusform><numerusform>Se retiraron %Ln familias de la bandeja de salida.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln password message(s) still go out when you resume sending: their reports were already sent.</source>
        <translation>
            <numerusform>%Ln mensaje con contraseña se enviará igualmente cuando reanude el envío: su informe ya se envió.</numerusform><numerusform>%Ln mensajes con contraseña se enviarán igualmente cuando reanude el envío: sus informes ya se enviaron.</numerusform></translation>
    </message>
    <message>
        <source>Set up the mail server first: choose E-mail reports… and fill in How to send.</source>
        <translation>Primero configure el servidor de correo: elija Enviar informes por correo… y complete Cómo enviar.</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Contraseña del servidor de correo</translation>
    </message>
    <message>
        <source>Password for {user} on {host}:</source>
        <translation>Contraseña de {user} en {host}:</translation>
    </message>
    <message>
        <source>Import bounce notices</source>
        <translation>Importar avisos de rebote</translation>
    </message>
    <message>
        <source>Saved e-mail (*.eml);;All files (*)</source>
        <translation>Correo guardado (*.eml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import bounces</source>
        <translation>Importar rebotes</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}.</source>
        <translation>No se puede leer {file}: {error}.</translation>
    </message>
    <message numerus="yes">
        <source>Moved %Ln student(s) to the print list: print their reports from the Print page.</source>
        <translation>
            <numerusform>Se pasó %Ln estudiante a la lista de impresión: imprima su informe desde la página Imprimir.</numerusform><numerusform>Se pasaron %Ln estudiantes a la lista de impresión: imprima sus informes desde la página Imprimir.</numerusform></translation>
    </message>
    <message>
        <source>Resend to a corrected address</source>
        <translation>Reenviar a una dirección corregida</translation>
    </message>
    <message>
        <source>The e-mail address for {student}'s family (it bounced: {reason}):</source>
        <translation>La dirección de correo electrónico de la familia de {student} (rebotó: {reason}):</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Nothing was sent: {reason}.</source>
        <translation>No se envió nada: {reason}.</translation>
    </message>
    <message>
        <source>.eml files in {folder}</source>
        <translation>Archivos .eml en {folder}</translation>
    </message>
    <message>
        <source>Through the mail server</source>
        <translation>A través del servidor de correo</translation>
    </message>
    <message>
        <source>nothing built</source>
        <translation>no se generó nada</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Los más recientes primero.</translation>
    </message>
    <message>
        <source>No e-mail sent yet: each time you e-mail reports, the run appears here.</source>
        <translation>Aún no se ha enviado ningún correo: cada vez que envíe informes por correo, el envío aparecerá aquí.</translation>
    </message>
    <message>
        <source>On it</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Families whose report or password came back. Move them to the print list to mail their reports, or resend to an address that works.</source>
        <translation>Familias cuyo informe o contraseña fue devuelto. Páselas a la lista de impresión para enviar sus informes por correo postal, o reenvíe a una dirección que funcione.</translation>
    </message>
    <message>
        <source>No bounced e-mail waiting to be sorted out. Import the bounce notices your mailbox gets back, saved as .eml files.</source>
        <translation>No hay correos rebotados pendientes de resolver. Importe los avisos de rebote que recibe su buzón, guardados como archivos .eml.</translation>
    </message>
    <message>
        <source>Move selected to the print list</source>
        <translation>Pasar los seleccionados a la lista de impresión</translation>
    </message>
    <message>
        <source>Move all to the print list</source>
        <translation>Pasar todos a la lista de impresión</translation>
    </message>
    <message>
        <source>E-mail to families</source>
        <translation>Correo electrónico a las familias</translation>
    </message>
    <message>
        <source>E-mail each family its Student Score Report, locked with a password that goes in a separate message right after, in the family's language. Students without a usable address go to the print list. You check every message before anything is sent, and sending can stop and resume without sending anything twice.</source>
        <translation>Envíe por correo electrónico a cada familia su Informe de Calificaciones del Estudiante, protegido con una contraseña que va en un mensaje aparte justo después, en el idioma de la familia. Los estudiantes sin una dirección válida pasan a la lista de impresión. Usted revisa cada mensaje antes de que se envíe nada, y el envío puede detenerse y reanudarse sin enviar nada dos veces.</translation>
    </message>
    <message>
        <source>Bounced e-mail</source>
        <translation>Correo rebotado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent</source>
        <translation>
            <numerusform>%Ln enviado</numerusform><numerusform>%Ln enviados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln en espera</numerusform><numerusform>%Ln en espera</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform><numerusform>%Ln rechazados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelado</numerusform><numerusform>%Ln cancelados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln written as .eml file(s)</source>
        <translation>
            <numerusform>%Ln guardado como archivo .eml</numerusform><numerusform>%Ln guardados como archivos .eml</numerusform></translation>
    </message>
    <message>
        <source>The message with the report</source>
        <translation>El mensaje con el informe</translation>
    </message>
    <message>
        <source>The message with the password</source>
        <translation>El mensaje con la contraseña</translation>
    </message>
    <message>
        <source>E-mail messages</source>
        <translation>Mensajes de correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Which message</source>
        <translation>Qué mensaje</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>in the subject or the text</source>
        <translation>en el asunto o en el texto</translation>
    </message>
    <message>
        <source>&amp;Reset to built-in text</source>
        <translation>&amp;Restablecer el texto predeterminado</translation>
    </message>
    <message>
        <source>Replace this message, in this language, with ssrdesk's own text</source>
        <translation>Reemplazar este mensaje, en este idioma, por el texto propio de ssrdesk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Families get the messages in their language where there is one, else in English. Merge fields, in braces, are filled in for each family. {password} goes only in the message with the password, and never in a subject: subjects show in notifications.</source>
        <translation>Las familias reciben los mensajes en su idioma si existe una versión en ese idioma; si no, en inglés. Los campos de combinación, entre llaves, se completan para cada familia. {password} va solo en el mensaje con la contraseña, y nunca en un asunto: los asuntos se ven en las notificaciones.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>E-mail reports to families</source>
        <translation>Enviar informes por correo electrónico a las familias</translation>
    </message>
    <message>
        <source>A pair of messages for &amp;each child</source>
        <translation>Un par de mensajes para &amp;cada hijo</translation>
    </message>
    <message>
        <source>&amp;One pair for all the children at one address, with each child's report</source>
        <translation>&amp;Un par por dirección para todos los hijos, con sus informes</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (normalmente el puerto 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS (normalmente el puerto 465)</translation>
    </message>
    <message>
        <source>strong (about {bits} bits)</source>
        <translation>seguridad alta (unos {bits} bits)</translation>
    </message>
    <message>
        <source>weaker (about {bits} bits): someone who knows the student could narrow it down</source>
        <translation>seguridad media (unos {bits} bits): alguien que conozca al estudiante podría reducir las posibilidades</translation>
    </message>
    <message>
        <source>weak (about {bits} bits): anyone who knows the student's birthday or ID could open the report; use it only if your district requires it</source>
        <translation>seguridad baja (unos {bits} bits): cualquiera que conozca la fecha de nacimiento o el número de identificación del estudiante podría abrir el informe; úsela solo si su distrito lo exige</translation>
    </message>
    <message>
        <source>Which families?</source>
        <translation>¿A qué familias?</translation>
    </message>
    <message>
        <source>Each guardian e-mail address gets two messages: the report, protected by a password, then the password in a separate message. Students without a usable address go to the print list.</source>
        <translation>Cada dirección de correo electrónico de un tutor recibe dos mensajes: el informe, protegido con una contraseña, y luego la contraseña en un mensaje aparte. Los estudiantes sin una dirección válida pasan a la lista de impresión.</translation>
    </message>
    <message>
        <source>To e-mail a few families, select their students on the Students page first: Ctrl-click or Shift-click selects several. To e-mail a school or grade, choose it there.</source>
        <translation>Para enviar correos a unas pocas familias, seleccione primero a sus estudiantes en la página Estudiantes: Ctrl+clic o Mayús+clic selecciona varios. Para enviar a una escuela o un grado, elíjalo allí.</translation>
    </message>
    <message>
        <source>Copies of translated reports</source>
        <translation>Copias de los informes traducidos</translation>
    </message>
    <message>
        <source>Include families already e-mailed (they get a new password)</source>
        <translation>Incluir a las familias que ya recibieron el correo (reciben una contraseña nueva)</translation>
    </message>
    <message>
        <source>Students who go to the print list</source>
        <translation>Estudiantes que pasan a la lista de impresión</translation>
    </message>
    <message>
        <source>Students left out</source>
        <translation>Estudiantes excluidos</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Students:</source>
        <translation>Estudiantes:</translation>
    </message>
    <message>
        <source>Reports:</source>
        <translation>Informes:</translation>
    </message>
    <message>
        <source>Tr&amp;anslated reports:</source>
        <translation>Informes &amp;traducidos:</translation>
    </message>
    <message>
        <source>Brothers and sisters:</source>
        <translation>Hermanos:</translation>
    </message>
    <message>
        <source>E-mailed before:</source>
        <translation>Enviados antes:</translation>
    </message>
    <message>
        <source>Nothing is sent yet.</source>
        <translation>Todavía no se envía nada.</translation>
    </message>
    <message>
        <source>To the print list ({count})</source>
        <translation>A la lista de impresión ({count})</translation>
    </message>
    <message>
        <source>Left out ({count})</source>
        <translation>Excluidos ({count})</translation>
    </message>
    <message>
        <source>Warnings ({count})</source>
        <translation>Advertencias ({count})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{families}, {messages}&lt;/b&gt; (a report, then its password) for {students}.</source>
        <translation>&lt;b&gt;{families}, {messages}&lt;/b&gt; (un informe y luego su contraseña) para {students}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies)</source>
        <translation>
            <numerusform>%Ln familia</numerusform><numerusform>%Ln familias</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform><numerusform>%Ln mensajes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln estudiante</numerusform><numerusform>%Ln estudiantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) go to the print list: no usable e-mail address.</source>
        <translation>
            <numerusform>%Ln estudiante pasa a la lista de impresión: no tiene una dirección de correo electrónico válida.</numerusform><numerusform>%Ln estudiantes pasan a la lista de impresión: no tienen una dirección de correo electrónico válida.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) are left out, for the reasons below.</source>
        <translation>
            <numerusform>%Ln estudiante queda excluido, por los motivos que se indican abajo.</numerusform><numerusform>%Ln estudiantes quedan excluidos, por los motivos que se indican abajo.</numerusform></translation>
    </message>
    <message>
        <source>(not in the score data)</source>
        <translation>(no está en los datos de calificaciones)</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Each report is locked with its own password, which goes in a separate message right after the report.</source>
        <translation>Cada informe se protege con su propia contraseña, que va en un mensaje aparte justo después del informe.</translation>
    </message>
    <message>
        <source>&amp;Random (recommended)</source>
        <translation>Aleato&amp;rias (recomendado)</translation>
    </message>
    <message>
        <source>{strength}. For example: &lt;b&gt;{password}&lt;/b&gt;&lt;br&gt;Lowercase letters and digits without look-alikes (no l, 1, o or 0): easy to read out over the phone and to type on one.</source>
        <translation>{strength}. Por ejemplo: &lt;b&gt;{password}&lt;/b&gt;&lt;br&gt;Letras minúsculas y dígitos sin caracteres que se confundan (sin l, 1, o ni 0): fáciles de dictar por teléfono y de escribir en uno.</translation>
    </message>
    <message>
        <source>From &amp;student data</source>
        <translation>A partir de los &amp;datos del estudiante</translation>
    </message>
    <message>
        <source>Password template</source>
        <translation>Plantilla de contraseña</translation>
    </message>
    <message>
        <source>Field to insert</source>
        <translation>Campo que se insertará</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>I&amp;nsertar campo</translation>
    </message>
    <message>
        <source>Each field in braces is filled in from the student's data; a student whose data lacks a field is left out.</source>
        <translation>Cada campo entre llaves se completa con los datos del estudiante; se excluye a un estudiante si a sus datos les falta un campo.</translation>
    </message>
    <message>
        <source>Every chosen student is left out with these passwords: their data lacks a field the template needs. Go back to see why, or choose random passwords.</source>
        <translation>Con estas contraseñas se excluye a todos los estudiantes elegidos: a sus datos les falta un campo que la plantilla necesita. Vuelva atrás para ver el motivo o elija contraseñas aleatorias.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Adjunto:</translation>
    </message>
    <message>
        <source>{files} (opens only with the password)</source>
        <translation>{files} (solo se abre con la contraseña)</translation>
    </message>
    <message>
        <source>The two messages</source>
        <translation>Los dos mensajes</translation>
    </message>
    <message>
        <source>What one family gets, in its language: first the report, then its password in a separate message. Edit the texts for every family with Edit messages…</source>
        <translation>Lo que recibe una familia, en su idioma: primero el informe y luego su contraseña en un mensaje aparte. Modifique los textos para todas las familias con Editar mensajes…</translation>
    </message>
    <message>
        <source>Family to preview</source>
        <translation>Familia para la vista previa</translation>
    </message>
    <message>
        <source>&amp;Edit messages…</source>
        <translation>&amp;Editar mensajes…</translation>
    </message>
    <message>
        <source>The subject and text of both messages, in each language</source>
        <translation>El asunto y el texto de los dos mensajes, en cada idioma</translation>
    </message>
    <message>
        <source>1. The message with the report</source>
        <translation>1. El mensaje con el informe</translation>
    </message>
    <message>
        <source>2. The message with the password, sent right after</source>
        <translation>2. El mensaje con la contraseña, enviado justo después</translation>
    </message>
    <message>
        <source>S&amp;chool details…</source>
        <translation>Datos de la es&amp;cuela…</translation>
    </message>
    <message>
        <source>The school's name, contact person and phone number, shared with the cover letters</source>
        <translation>El nombre de la escuela, la persona de contacto y el número de teléfono, los mismos que en las cartas de presentación</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Familia:</translation>
    </message>
    <message>
        <source>The password shown is an example: each family gets its own random password, made as the messages are built.</source>
        <translation>La contraseña que se muestra es un ejemplo: cada familia recibe su propia contraseña aleatoria, creada al generar los mensajes.</translation>
    </message>
    <message>
        <source>2. The message with the password, sent right after (an example password)</source>
        <translation>2. El mensaje con la contraseña, enviado justo después (una contraseña de ejemplo)</translation>
    </message>
    <message>
        <source>The password shown is made from the first student's data with your template, as the family will get it.</source>
        <translation>La contraseña que se muestra se crea con su plantilla a partir de los datos del primer estudiante, tal como la recibirá la familia.</translation>
    </message>
    <message>
        <source>The school details have no {missing} yet, so the messages may leave those places blank. Fill them in with School details…</source>
        <translation>Los datos de la escuela todavía no incluyen: {missing}, así que esos espacios pueden quedar en blanco en los mensajes. Complételos con Datos de la escuela…</translation>
    </message>
    <message>
        <source>How to send</source>
        <translation>Cómo enviar</translation>
    </message>
    <message>
        <source>Through the school's mail server, or as .eml files that your own mail program sends. The settings are remembered for next time; the password only in this computer's password store.</source>
        <translation>A través del servidor de correo de la escuela, o como archivos .eml que envía su propio programa de correo. La configuración se guarda para la próxima vez; la contraseña, solo en el almacén de contraseñas de esta computadora.</translation>
    </message>
    <message>
        <source>Send through the &amp;mail server</source>
        <translation>Enviar a través del servidor de c&amp;orreo</translation>
    </message>
    <message>
        <source>&amp;Write .eml files to a folder (for mail systems that allow no login)</source>
        <translation>&amp;Guardar archivos .eml en una carpeta (para sistemas de correo que no permiten iniciar sesión)</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>the school's name, shown as who the messages are from</source>
        <translation>el nombre de la escuela, que aparece como remitente de los mensajes</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Servidor de correo</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>optional: only if your district uses its own</source>
        <translation>opcional: solo si su distrito usa una propia</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Elegir el archivo de la autoridad de certificación</translation>
    </message>
    <message>
        <source>Messages a minute</source>
        <translation>Mensajes por minuto</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> por minuto</translation>
    </message>
    <message>
        <source>Messages a day</source>
        <translation>Mensajes por día</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> por día</translation>
    </message>
    <message>
        <source>Send a &amp;test message to me</source>
        <translation>Enviarme un mensaje de &amp;prueba</translation>
    </message>
    <message>
        <source>One message without student data, to the From address, through this server</source>
        <translation>Un mensaje sin datos de estudiantes, a la dirección del remitente, a través de este servidor</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>Autoridad de &amp;certificación:</translation>
    </message>
    <message>
        <source>school mail systems block accounts that send faster</source>
        <translation>el correo escolar bloquea cuentas que envían más rápido</translation>
    </message>
    <message>
        <source>Sending &amp;limits:</source>
        <translation>&amp;Límites de envío:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Eleg&amp;ir…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Elegir la carpeta</translation>
    </message>
    <message>
        <source>.eml files</source>
        <translation>Archivos .eml</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>Two folders are written: “1 - send first - reports” and “2 - send second - passwords”. Open and send every report first, then every password. The password messages are readable files: delete the folder once they are sent.</source>
        <translation>Se crean dos carpetas: “1 - send first - reports” (los informes, que se envían primero) y “2 - send second - passwords” (las contraseñas, que se envían después). Abra y envíe primero todos los informes y luego todas las contraseñas. Los mensajes con las contraseñas son archivos legibles: elimine la carpeta una vez enviados.</translation>
    </message>
    <message>
        <source>Who the messages come from</source>
        <translation>Remitente de los mensajes</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>Nombre del re&amp;mitente:</translation>
    </message>
    <message>
        <source>Kept in this computer's password store.</source>
        <translation>Guardada en el almacén de contraseñas de esta computadora.</translation>
    </message>
    <message>
        <source>Choose a folder for the .eml files.</source>
        <translation>Elija una carpeta para los archivos .eml.</translation>
    </message>
    <message>
        <source>Enter the name of the school's mail server, such as smtp.school.org.</source>
        <translation>Escriba el nombre del servidor de correo de la escuela, por ejemplo smtp.school.org.</translation>
    </message>
    <message>
        <source>Enter the password for {user}.</source>
        <translation>Escriba la contraseña de {user}.</translation>
    </message>
    <message>
        <source>The test message</source>
        <translation>El mensaje de prueba</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Enviando un mensaje de prueba…</translation>
    </message>
    <message>
        <source>Your district's certificate authority</source>
        <translation>La autoridad de certificación de su distrito</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Write the .eml files to</source>
        <translation>Guardar los archivos .eml en</translation>
    </message>
    <message>
        <source>Sent a test message to {address}. Check that it arrived.</source>
        <translation>Se envió un mensaje de prueba a {address}. Compruebe que haya llegado.</translation>
    </message>
    <message>
        <source>saved: leave empty to use it</source>
        <translation>guardada: deje este campo vacío para usarla</translation>
    </message>
    <message>
        <source>Check and send</source>
        <translation>Comprobar y enviar</translation>
    </message>
    <message>
        <source>ssrdesk builds every protected report and message exactly as it will send them, then throws them away. Nothing is sent until you confirm.</source>
        <translation>ssrdesk genera cada informe protegido y cada mensaje exactamente como los enviará y luego los descarta. No se envía nada hasta que usted lo confirme.</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Checking every message</source>
        <translation>Comprobando cada mensaje</translation>
    </message>
    <message numerus="yes">
        <source>Write %Ln .eml file(s) to {folder}?</source>
        <translation>
            <numerusform>¿Guardar %Ln archivo .eml en {folder}?</numerusform><numerusform>¿Guardar %Ln archivos .eml en {folder}?</numerusform></translation>
    </message>
    <message>
        <source>&amp;Write the files</source>
        <translation>&amp;Guardar los archivos</translation>
    </message>
    <message>
        <source>Send {messages} to {addresses}?</source>
        <translation>¿Enviar {messages} a {addresses}?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln dirección</numerusform><numerusform>%Ln direcciones</numerusform></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>The check did not finish, so nothing can be sent yet. Check again to go on.</source>
        <translation>La comprobación no terminó, así que todavía no se puede enviar nada. Vuelva a comprobar para continuar.</translation>
    </message>
    <message>
        <source>Messages: {count}, a report and its password for each of {families}.</source>
        <translation>Mensajes: {count}, un informe y su contraseña para cada una de {families}.</translation>
    </message>
    <message>
        <source>Protected PDFs: {count}, {megabytes} MB of messages in all (built in {duration}).</source>
        <translation>PDF protegidos: {count}, {megabytes} MB de mensajes en total (generados en {duration}).</translation>
    </message>
    <message>
        <source>Passwords: {policy}, {strength}.</source>
        <translation>Contraseñas: {policy}, {strength}.</translation>
    </message>
    <message>
        <source>From: {sender}, through {host} port {port}.</source>
        <translation>Remitente: {sender}, a través de {host}, puerto {port}.</translation>
    </message>
    <message numerus="yes">
        <source>Sending takes {duration} at %Ln message(s) a minute, over {days} days at {per_day} a day.</source>
        <translation>
            <numerusform>El envío tarda {duration} a %Ln mensaje por minuto, a lo largo de {days} días a {per_day} por día.</numerusform><numerusform>El envío tarda {duration} a %Ln mensajes por minuto, a lo largo de {days} días a {per_day} por día.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sending takes {duration} at %Ln message(s) a minute.</source>
        <translation>
            <numerusform>El envío tarda {duration} a %Ln mensaje por minuto.</numerusform><numerusform>El envío tarda {duration} a %Ln mensajes por minuto.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) already waiting in the outbox go out first.</source>
        <translation>
            <numerusform>%Ln mensaje que ya espera en la bandeja de salida se envía primero.</numerusform><numerusform>%Ln mensajes que ya esperan en la bandeja de salida se envían primero.</numerusform></translation>
    </message>
    <message>
        <source>Not built, so not sent ({count}):</source>
        <translation>No generados, así que no se envían ({count}):</translation>
    </message>
    <message>
        <source>To the print list, no usable e-mail address ({count}):</source>
        <translation>A la lista de impresión, sin una dirección de correo electrónico válida ({count}):</translation>
    </message>
    <message>
        <source>Left out ({count}):</source>
        <translation>Excluidos ({count}):</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>Nothing has been sent.</source>
        <translation>No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Stop sending</source>
        <translation>&amp;Detener el envío</translation>
    </message>
    <message>
        <source>Stop once the family being sent to has both its messages; the rest stay queued to resume later</source>
        <translation>Detener en cuanto la familia a la que se está enviando tenga sus dos mensajes; el resto queda en cola para reanudar más tarde</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Writing the .eml files</source>
        <translation>Guardando los archivos .eml</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Closing this window stops sending once the family being sent to has both its messages. What is not sent yet stays in the outbox, to resume from the E-mail page.</source>
        <translation>Si cierra esta ventana, el envío se detiene en cuanto la familia a la que se está enviando tenga sus dos mensajes. Lo que aún no se haya enviado queda en la bandeja de salida, para reanudarlo desde la página Correo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Stop writing</source>
        <translation>&amp;Dejar de guardar</translation>
    </message>
    <message>
        <source>Stopping once this family has both its messages…</source>
        <translation>Deteniendo en cuanto esta familia tenga sus dos mensajes…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln .eml file(s) to {folder}: send everything in “1 - send first - reports”, then everything in “2 - send second - passwords”. The password messages are readable files: delete the folder once they are sent.</source>
        <translation>
            <numerusform>Se guardó %Ln archivo .eml en {folder}: envíe todo lo que hay en “1 - send first - reports” y luego todo lo que hay en “2 - send second - passwords”. Los mensajes con las contraseñas son archivos legibles: elimine la carpeta una vez enviados.</numerusform><numerusform>Se guardaron %Ln archivos .eml en {folder}: envíe todo lo que hay en “1 - send first - reports” y luego todo lo que hay en “2 - send second - passwords”. Los mensajes con las contraseñas son archivos legibles: elimine la carpeta una vez enviados.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) were put on the print list.</source>
        <translation>
            <numerusform>%Ln estudiante pasó a la lista de impresión.</numerusform><numerusform>%Ln estudiantes pasaron a la lista de impresión.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln family(ies) could not be built and were left out: {reason}.</source>
        <translation>
            <numerusform>No se pudieron generar los mensajes de %Ln familia, que quedó excluida: {reason}.</numerusform><numerusform>No se pudieron generar los mensajes de %Ln familias, que quedaron excluidas: {reason}.</numerusform></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The .eml files already written are in {folder}.</source>
        <translation>Los archivos .eml ya guardados están en {folder}.</translation>
    </message>
    <message>
        <source>The E-mail page keeps the record: what was sent, what waits, and what bounces.</source>
        <translation>La página Correo guarda el registro: lo que se envió, lo que espera y lo que rebota.</translation>
    </message>
    <message>
        <source>From student data: {template}</source>
        <translation>A partir de los datos del estudiante: {template}</translation>
    </message>
    <message>
        <source>ssrdesk user guide</source>
        <translation>Guía del usuario de ssrdesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>About ssrdesk</source>
        <translation>Acerca de ssrdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ssrdesk {version}&lt;/h3&gt;&lt;p&gt;Student Score Reports for California test coordinators: split, print for window envelopes, e-mail securely, and track the deadlines.&lt;/p&gt;&lt;p&gt;Workspaces are created by default in {folder}. The log file, ssrdesk.log, is in each workspace folder and holds no student data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ssrdesk {version}&lt;/h3&gt;&lt;p&gt;Informes de Calificaciones del Estudiante para coordinadores de pruebas de California: dividir, imprimir para sobres con ventana, enviar por correo electrónico de forma segura y controlar los plazos.&lt;/p&gt;&lt;p&gt;Los espacios de trabajo se crean de forma predeterminada en {folder}. El archivo de registro, ssrdesk.log, está en la carpeta de cada espacio de trabajo y no contiene datos de estudiantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>TOMS score data (*.zip *.xlsx *.csv *.txt *.dat);;All files (*)</source>
        <translation>Datos de calificaciones de TOMS (*.zip *.xlsx *.csv *.txt *.dat);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Student Score Reports (*.pdf *.zip);;All files (*)</source>
        <translation>Informes de Calificaciones del Estudiante (*.pdf *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import score data</source>
        <translation>Importar datos de calificaciones</translation>
    </message>
    <message>
        <source>Import Student Score Reports</source>
        <translation>Importar Informes de Calificaciones del Estudiante</translation>
    </message>
    <message>
        <source>Import every score data file in a folder</source>
        <translation>Importar todos los archivos de datos de calificaciones de una carpeta</translation>
    </message>
    <message>
        <source>Importing score data</source>
        <translation>Importando datos de calificaciones</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Importing Student Score Reports</source>
        <translation>Importando Informes de Calificaciones del Estudiante</translation>
    </message>
    <message>
        <source>An import is already running. Wait for it to finish, then try again.</source>
        <translation>Ya hay una importación en curso. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing from the file being read was saved (files finished before it were kept; see Activity).</source>
        <translation>Importación cancelada: no se guardó nada del archivo que se estaba leyendo (se conservaron los archivos terminados antes; consulte Actividad).</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Why the row was rejected</source>
        <translation>Por qué se rechazó la fila</translation>
    </message>
    <message>
        <source>Imported, some rows rejected</source>
        <translation>Importado, algunas filas rechazadas</translation>
    </message>
    <message>
        <source>Imported, with notes</source>
        <translation>Importado, con notas</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message numerus="yes">
        <source>%Ln imported</source>
        <translation>
            <numerusform>%Ln importado</numerusform><numerusform>%Ln importados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln not imported</source>
        <translation>
            <numerusform>%Ln no importado</numerusform><numerusform>%Ln no importados</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitido</numerusform><numerusform>%Ln omitidos</numerusform></translation>
    </message>
    <message>
        <source>{files}: {outcomes}. {new} new and {changed} changed records saved.</source>
        <translation>{files}: {outcomes}. Se guardaron {new} registros nuevos y {changed} modificados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln archivo</numerusform><numerusform>%Ln archivos</numerusform></translation>
    </message>
    <message>
        <source>{new} new, {changed} changed, {unchanged} unchanged, {rejected} rejected</source>
        <translation>{new} nuevos, {changed} modificados, {unchanged} sin cambios, {rejected} rechazados</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>&lt;b style='color:{colour}'&gt;Not imported:&lt;/b&gt; {reason}&lt;br&gt;Nothing from this file was saved; the workspace is as it was.</source>
        <translation>&lt;b style='color:{colour}'&gt;No importado:&lt;/b&gt; {reason}&lt;br&gt;No se guardó nada de este archivo; el espacio de trabajo quedó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more rejected row(s) are not listed here.</source>
        <translation>
            <numerusform>%Ln fila rechazada más no aparece aquí.</numerusform><numerusform>%Ln filas rechazadas más no aparecen aquí.</numerusform></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Cover letters</source>
        <translation>Cartas de presentación</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Nombre de la escuela</translation>
    </message>
    <message>
        <source>Return address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Número de teléfono de contacto</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>in the letter</source>
        <translation>en la carta</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer el texto predeterminado</translation>
    </message>
    <message>
        <source>Replace this language's letter with ssrdesk's built-in text</source>
        <translation>Reemplazar la carta de este idioma por el texto incorporado de ssrdesk</translation>
    </message>
    <message>
        <source>Who the letters come from</source>
        <translation>Quién envía las cartas</translation>
    </message>
    <message>
        <source>School &amp;name:</source>
        <translation>&amp;Nombre de la escuela:</translation>
    </message>
    <message>
        <source>Return &amp;address:</source>
        <translation>&amp;Dirección del remitente:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>&amp;Persona de contacto:</translation>
    </message>
    <message>
        <source>Contact p&amp;hone:</source>
        <translation>&amp;Teléfono de contacto:</translation>
    </message>
    <message>
        <source>The letter</source>
        <translation>La carta</translation>
    </message>
    <message>
        <source>Families get the letter in their language when there is one, else the English letter. Merge fields, in braces, are filled in for each family.</source>
        <translation>Las familias reciben la carta en su idioma si la hay; si no, la carta en inglés. Los campos de combinación, entre llaves, se completan para cada familia.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Print</source>
        <comment>page name</comment>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>E-mail</source>
        <comment>page name</comment>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Import score data…</source>
        <translation>Importar datos de calificaciones…</translation>
    </message>
    <message>
        <source>Import TOMS Student Score Data Files: zips, .xlsx, .csv, .txt or .dat</source>
        <translation>Importar los archivos de datos de calificaciones de TOMS: zip, .xlsx, .csv, .txt o .dat</translation>
    </message>
    <message>
        <source>Import a folder of score data…</source>
        <translation>Importar una carpeta de datos de calificaciones…</translation>
    </message>
    <message>
        <source>Import every score data file and zip in a folder and its subfolders</source>
        <translation>Importar todos los archivos de datos y zip de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Import Student Score Report PDFs from TOMS: merged PDFs or a zip</source>
        <translation>Importar los PDF de Informes de Calificaciones de TOMS: PDF combinados o un zip</translation>
    </message>
    <message>
        <source>Import contacts…</source>
        <translation>Importar contactos…</translation>
    </message>
    <message>
        <source>Import guardians' e-mail addresses and mailing addresses from your SIS</source>
        <translation>Importar los correos electrónicos y direcciones postales de los tutores desde su SIS</translation>
    </message>
    <message>
        <source>Print reports for mailing…</source>
        <translation>Imprimir informes para enviar por correo postal…</translation>
    </message>
    <message>
        <source>Print the reports of families who get them by mail, for window envelopes</source>
        <translation>Imprimir los informes de las familias que los reciben por correo postal, para sobres con ventana</translation>
    </message>
    <message>
        <source>E-mail reports to families…</source>
        <translation>Enviar informes por correo electrónico…</translation>
    </message>
    <message>
        <source>E-mail each family its report, locked with a password sent separately</source>
        <translation>Enviar a cada familia su informe protegido con una contraseña que se envía por separado</translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation>Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>Start a workspace in another folder, or try the demo</source>
        <translation>Crear un espacio de trabajo en otra carpeta o probar la demostración</translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation>Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open a workspace folder moved or restored from a backup</source>
        <translation>Abrir la carpeta de un espacio de trabajo movido o restaurado de una copia de seguridad</translation>
    </message>
    <message>
        <source>Show the workspace folder</source>
        <translation>Mostrar la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Open the folder that holds this workspace, to back it up</source>
        <translation>Abrir la carpeta que contiene este espacio de trabajo, para hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close ssrdesk</source>
        <translation>Cerrar ssrdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>How to use ssrdesk, step by step</source>
        <translation>Cómo usar ssrdesk, paso a paso</translation>
    </message>
    <message>
        <source>The version, and where ssrdesk keeps its files</source>
        <translation>La versión y dónde guarda ssrdesk sus archivos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>ssrdesk will use the new language the next time it starts.</source>
        <translation>ssrdesk usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>This folder is not an ssrdesk workspace: it has no {database} file. Choose the folder that holds it.</source>
        <translation>Esta carpeta no es un espacio de trabajo de ssrdesk: no contiene el archivo {database}. Elija la carpeta que lo contiene.</translation>
    </message>
    <message>
        <source>The demo is ready: an invented district, to try everything safely.</source>
        <translation>La demostración está lista: un distrito inventado para probarlo todo sin riesgo.</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparando la demostración</translation>
    </message>
    <message numerus="yes">
        <source>%Ln test result(s)</source>
        <translation>
            <numerusform>%Ln resultado de prueba</numerusform><numerusform>%Ln resultados de prueba</numerusform></translation>
    </message>
    <message>
        <source>workspace: {folder}</source>
        <translation>espacio de trabajo: {folder}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail message(s) waiting to be sent: see the E-mail page</source>
        <translation>
            <numerusform>%Ln mensaje de correo pendiente de envío: vea la página Correo</numerusform><numerusform>%Ln mensajes de correo pendientes de envío: vea la página Correo</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln informe</numerusform><numerusform>%Ln informes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln requiere atención</numerusform><numerusform>%Ln requieren atención</numerusform></translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Sobres</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Print reports…</source>
        <translation>Imprimir informes…</translation>
    </message>
    <message>
        <source>Choose students and options, check the plan, then write the print files</source>
        <translation>Elija los estudiantes y las opciones, revise el plan y luego escriba los archivos de impresión</translation>
    </message>
    <message>
        <source>Alignment sheet…</source>
        <translation>Hoja de alineación…</translation>
    </message>
    <message>
        <source>Check where your printer puts the address, and save its offset</source>
        <translation>Compruebe dónde pone la dirección su impresora y guarde su desplazamiento</translation>
    </message>
    <message>
        <source>Edit letters…</source>
        <translation>Editar cartas…</translation>
    </message>
    <message>
        <source>The school's details and the cover letter in each language</source>
        <translation>Los datos de la escuela y la carta de presentación en cada idioma</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>Impresiones realizadas</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Undo print run…</source>
        <translation>Deshacer impresión…</translation>
    </message>
    <message>
        <source>The printed pages were lost: their reports count as not printed again</source>
        <translation>Se perdieron las páginas impresas: sus informes vuelven a contar como no impresos</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Todavía no hay nada que imprimir</translation>
    </message>
    <message>
        <source>Import the Student Score Report PDFs you downloaded from TOMS. Then print them here for families who get their reports by mail: in mailing order, batched for window envelopes.</source>
        <translation>Importe los PDF de los Informes de Calificaciones del Estudiante que descargó de TOMS. Luego imprímalos aquí para las familias que reciben sus informes por correo postal: en orden de envío, en lotes para sobres con ventana.</translation>
    </message>
    <message>
        <source>Undone {time}</source>
        <translation>Deshecha el {time}</translation>
    </message>
    <message>
        <source>Printed</source>
        <comment>print run state</comment>
        <translation>Impresa</translation>
    </message>
    <message>
        <source>Newest first. Undo a print run if its printed pages were lost: its reports then count as not printed.</source>
        <translation>Las más recientes primero. Deshaga una impresión si se perdieron sus páginas impresas: sus informes vuelven entonces a contar como no impresos.</translation>
    </message>
    <message>
        <source>No print runs yet: the reports you print appear here.</source>
        <translation>Todavía no hay impresiones: los informes que imprima aparecerán aquí.</translation>
    </message>
    <message>
        <source>The folder {folder} no longer exists. It may have been moved, renamed or deleted.</source>
        <translation>La carpeta {folder} ya no existe. Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <source>Undo print run</source>
        <translation>Deshacer impresión</translation>
    </message>
    <message numerus="yes">
        <source>Undo the print run of {time}? The reports of these %Ln envelope(s) will count as not printed, so they are printed again next time. Do this only if the printed pages were lost; the files in the folder are not deleted.</source>
        <translation>
            <numerusform>¿Deshacer la impresión del {time}? Los informes de este %Ln sobre contarán como no impresos, así que se volverán a imprimir la próxima vez. Hágalo solo si se perdieron las páginas impresas; los archivos de la carpeta no se eliminan.</numerusform><numerusform>¿Deshacer la impresión del {time}? Los informes de estos %Ln sobres contarán como no impresos, así que se volverán a imprimir la próxima vez. Hágalo solo si se perdieron las páginas impresas; los archivos de la carpeta no se eliminan.</numerusform></translation>
    </message>
    <message>
        <source>Print and mail</source>
        <translation>Imprimir y enviar por correo postal</translation>
    </message>
    <message>
        <source>Print the Student Score Reports of families who get them by mail. ssrdesk puts each student's reports in envelope order — with an address sheet or a cover letter in the family's language where needed — and writes print-ready PDFs, one batch per number of sheets, so the address shows through a window envelope. You check the plan before anything is written.</source>
        <translation>Imprima los Informes de Calificaciones del Estudiante de las familias que los reciben por correo postal. ssrdesk pone los informes de cada estudiante en el orden del sobre — con una hoja de dirección o una carta de presentación en el idioma de la familia cuando hace falta — y escribe archivos PDF listos para imprimir, un lote por cada número de hojas, para que la dirección se vea a través de un sobre con ventana. Usted revisa el plan antes de que se escriba nada.</translation>
    </message>
    <message>
        <source>Print reports for mailing</source>
        <translation>Imprimir informes para enviar por correo</translation>
    </message>
    <message>
        <source>When needed: the SIS address differs from the report's, or the report has none</source>
        <translation>Cuando sea necesario: la dirección del SIS es distinta de la del informe, o el informe no tiene dirección</translation>
    </message>
    <message>
        <source>Always: every envelope starts with an address sheet</source>
        <translation>Siempre: cada sobre empieza con una hoja de dirección</translation>
    </message>
    <message>
        <source>Never: only reports whose own address shows in the window are mailed</source>
        <translation>Nunca: solo se envían los informes cuya propia dirección se ve en la ventana</translation>
    </message>
    <message>
        <source>The English copy only</source>
        <translation>Solo la copia en inglés</translation>
    </message>
    <message>
        <source>The copy in the family's language where there is one, else the English copy</source>
        <translation>La copia en el idioma de la familia si la hay; si no, la copia en inglés</translation>
    </message>
    <message>
        <source>Both: the English copy, then the copy in the family's language</source>
        <translation>Ambas: la copia en inglés y después la copia en el idioma de la familia</translation>
    </message>
    <message>
        <source>Student name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <source>Grade, then name</source>
        <translation>Grado y luego nombre</translation>
    </message>
    <message>
        <source>Teacher, then name</source>
        <translation>Maestro y luego nombre</translation>
    </message>
    <message>
        <source>ZIP code, then name</source>
        <translation>Código postal y luego nombre</translation>
    </message>
    <message>
        <source>No offset saved: pages print as laid out</source>
        <translation>No hay desplazamiento guardado: las páginas se imprimen tal como están diseñadas</translation>
    </message>
    <message>
        <source>{inches} in right</source>
        <translation>{inches} pulg. a la derecha</translation>
    </message>
    <message>
        <source>{inches} in left</source>
        <translation>{inches} pulg. a la izquierda</translation>
    </message>
    <message>
        <source>{inches} in down</source>
        <translation>{inches} pulg. hacia abajo</translation>
    </message>
    <message>
        <source>{inches} in up</source>
        <translation>{inches} pulg. hacia arriba</translation>
    </message>
    <message>
        <source>Offset: {across}, {down}</source>
        <translation>Desplazamiento: {across}, {down}</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Write print files</source>
        <translation>Escribir archivos de impresión</translation>
    </message>
    <message>
        <source>Writing print files</source>
        <translation>Escribiendo los archivos de impresión</translation>
    </message>
    <message>
        <source>Cancelled. No print files were written and no report was marked as printed.</source>
        <translation>Cancelado. No se escribió ningún archivo de impresión y ningún informe se marcó como impreso.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln envelope(s)</source>
        <translation>
            <numerusform>%Ln sobre</numerusform><numerusform>%Ln sobres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln página</numerusform><numerusform>%Ln páginas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln print file(s) to &lt;b&gt;{folder}&lt;/b&gt;:</source>
        <translation>
            <numerusform>Se escribió %Ln archivo de impresión en &lt;b&gt;{folder}&lt;/b&gt;:</numerusform><numerusform>Se escribieron %Ln archivos de impresión en &lt;b&gt;{folder}&lt;/b&gt;:</numerusform></translation>
    </message>
    <message>
        <source>Print each file at actual size (100%). manifest.csv and each batch's manifest PDF list the envelopes in order, to check the stack as it comes out of the printer.</source>
        <translation>Imprima cada archivo a tamaño real (100%). manifest.csv y el PDF de manifiesto de cada lote enumeran los sobres en orden, para revisar la pila a medida que sale de la impresora.</translation>
    </message>
    <message>
        <source>These reports now count as printed. If the printed pages are lost, undo this print run on the Print page.</source>
        <translation>Ahora estos informes cuentan como impresos. Si se pierden las páginas impresas, deshaga esta impresión en la página Imprimir.</translation>
    </message>
    <message>
        <source>Print files written</source>
        <translation>Archivos de impresión escritos</translation>
    </message>
    <message>
        <source>Which students?</source>
        <translation>¿Qué estudiantes?</translation>
    </message>
    <message>
        <source>Each student's reports go in one envelope. Students who cannot get one — no report, or no address — are listed with the reason before anything is written.</source>
        <translation>Los informes de cada estudiante van en un solo sobre. Los estudiantes que no pueden recibir uno — sin informe o sin dirección — aparecen con el motivo antes de que se escriba nada.</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln student(s) selected on the Students page</source>
        <translation>
            <numerusform>El %Ln estudiante seleccionado en la página Estudiantes</numerusform><numerusform>Los %Ln estudiantes seleccionados en la página Estudiantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln student(s) shown by the Students page's search and choices</source>
        <translation>
            <numerusform>El %Ln estudiante que muestran la búsqueda y las opciones de la página Estudiantes</numerusform><numerusform>Los %Ln estudiantes que muestran la búsqueda y las opciones de la página Estudiantes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln student(s) on the print list (no e-mail address, or their e-mail bounced)</source>
        <translation>
            <numerusform>El %Ln estudiante de la lista de impresión (sin dirección de correo electrónico, o su correo electrónico rebotó)</numerusform><numerusform>Los %Ln estudiantes de la lista de impresión (sin dirección de correo electrónico, o su correo electrónico rebotó)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln student(s) with a report</source>
        <translation>
            <numerusform>El %Ln estudiante con informe</numerusform><numerusform>Todos los %Ln estudiantes con informe</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln has/have no report)</source>
        <translation>
            <numerusform>(%Ln no tiene informe)</numerusform><numerusform>(%Ln no tienen informe)</numerusform></translation>
    </message>
    <message>
        <source>To print for a few students, select them on the Students page first: Ctrl-click or Shift-click selects several. To print for a school or grade, choose it there.</source>
        <translation>Para imprimir para unos pocos estudiantes, selecciónelos primero en la página Estudiantes: Ctrl-clic o Mayús-clic selecciona varios. Para imprimir para una escuela o un grado, elíjalo allí.</translation>
    </message>
    <message>
        <source>How to print</source>
        <translation>Cómo imprimir</translation>
    </message>
    <message>
        <source>The envelopes, the printer and what goes in each envelope.</source>
        <translation>Los sobres, la impresora y lo que va en cada sobre.</translation>
    </message>
    <message>
        <source>Ali&amp;gnment sheet…</source>
        <translation>Hoja de a&amp;lineación…</translation>
    </message>
    <message>
        <source>Print a test sheet to check the address lands in the window, and save this printer's offset</source>
        <translation>Imprima una hoja de prueba para comprobar que la dirección queda en la ventana, y guarde el desplazamiento de esta impresora</translation>
    </message>
    <message>
        <source>&amp;Two-sided</source>
        <translation>A &amp;doble cara</translation>
    </message>
    <message>
        <source>One-&amp;sided</source>
        <translation>A una ca&amp;ra</translation>
    </message>
    <message>
        <source>Address sheet</source>
        <translation>Hoja de dirección</translation>
    </message>
    <message>
        <source>Start each envelope with a &amp;cover letter in the family's language</source>
        <translation>Empezar cada sobre con una &amp;carta de presentación en el idioma de la familia</translation>
    </message>
    <message>
        <source>The letter carries the address shown in the envelope window, so no address sheet is needed.</source>
        <translation>La carta lleva la dirección que se ve en la ventana del sobre, así que no hace falta una hoja de dirección.</translation>
    </message>
    <message>
        <source>&amp;Edit letters…</source>
        <translation>&amp;Editar cartas…</translation>
    </message>
    <message>
        <source>Order of the envelopes</source>
        <translation>Orden de los sobres</translation>
    </message>
    <message>
        <source> sheets</source>
        <translation> hojas</translation>
    </message>
    <message>
        <source>Most sheets per file</source>
        <translation>Máximo de hojas por archivo</translation>
    </message>
    <message>
        <source>En&amp;velope:</source>
        <translation>So&amp;bre:</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Impresora:</translation>
    </message>
    <message>
        <source>Sides:</source>
        <translation>Caras:</translation>
    </message>
    <message>
        <source>A&amp;ddress sheet:</source>
        <translation>&amp;Hoja de dirección:</translation>
    </message>
    <message>
        <source>Cover letter:</source>
        <translation>Carta de presentación:</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>what your printer's tray holds; larger batches are split into several files</source>
        <translation>lo que cabe en la bandeja de su impresora; los lotes más grandes se dividen en varios archivos</translation>
    </message>
    <message>
        <source>&amp;Most sheets per file:</source>
        <translation>&amp;Máximo de hojas por archivo:</translation>
    </message>
    <message>
        <source>Include students whose reports were already printed in an earlier run</source>
        <translation>Incluir a los estudiantes cuyos informes ya se imprimieron en una impresión anterior</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Printed before:</source>
        <translation>Impresos antes:</translation>
    </message>
    <message>
        <source>A cover letter carries the address: no separate address sheet</source>
        <translation>La carta de presentación lleva la dirección: no hace falta una hoja de dirección aparte</translation>
    </message>
    <message>
        <source>The letters have no {blank} yet: those places would be left blank. Fill them in with Edit letters…</source>
        <translation>Las cartas aún no tienen {blank}: esos espacios quedarían en blanco. Complételos con Editar cartas…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Sheets per envelope</source>
        <translation>Hojas por sobre</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>With an address sheet</source>
        <translation>Con hoja de dirección</translation>
    </message>
    <message>
        <source>SSID</source>
        <translation>SSID</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Revisar el plan</translation>
    </message>
    <message>
        <source>Envelopes with the same number of sheets form a batch, so the folding machine is set once for each. Select a batch to see its first envelope's first page.</source>
        <translation>Los sobres con el mismo número de hojas forman un lote, así la máquina dobladora se ajusta una sola vez para cada uno. Seleccione un lote para ver la primera página de su primer sobre.</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>&amp;Larger view…</source>
        <translation>&amp;Vista más grande…</translation>
    </message>
    <message>
        <source>The same page, large enough to read</source>
        <translation>La misma página, lo bastante grande para leerla</translation>
    </message>
    <message>
        <source>&lt;b&gt;{envelopes}, {sheets} in {batches}.&lt;/b&gt; Nothing has been written yet.</source>
        <translation>&lt;b&gt;{envelopes}, {sheets} en {batches}.&lt;/b&gt; Todavía no se ha escrito nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sheet(s)</source>
        <translation>
            <numerusform>%Ln hoja</numerusform><numerusform>%Ln hojas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es)</source>
        <translation>
            <numerusform>%Ln lote</numerusform><numerusform>%Ln lotes</numerusform></translation>
    </message>
    <message>
        <source>Every chosen student was left out: there is nothing to print.</source>
        <translation>Todos los estudiantes elegidos quedaron excluidos: no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>First page of the envelope</source>
        <translation>Primera página del sobre</translation>
    </message>
    <message>
        <source>The page cannot be shown: {error}</source>
        <translation>No se puede mostrar la página: {error}</translation>
    </message>
    <message>
        <source>With a cover letter</source>
        <translation>Con carta de presentación</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) get(s) no envelope, for the reason given. They are also listed in “left out.csv” with the print files.</source>
        <translation>
            <numerusform>%Ln estudiante no recibe sobre, por el motivo indicado. También aparece en “left out.csv” con los archivos de impresión.</numerusform><numerusform>%Ln estudiantes no reciben sobre, por el motivo indicado. También aparecen en “left out.csv” con los archivos de impresión.</numerusform></translation>
    </message>
    <message>
        <source>Nobody is left out: every chosen student gets an envelope.</source>
        <translation>No se excluye a nadie: cada estudiante elegido recibe un sobre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch {number}, first envelope:&lt;/b&gt; {student}, grade {grade}.</source>
        <translation>&lt;b&gt;Lote {number}, primer sobre:&lt;/b&gt; {student}, grado {grade}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Batch {number}, first envelope:&lt;/b&gt; {student}.</source>
        <translation>&lt;b&gt;Lote {number}, primer sobre:&lt;/b&gt; {student}.</translation>
    </message>
    <message>
        <source>Starts with the cover letter in {language}, carrying the address.</source>
        <translation>Empieza con la carta de presentación en {language}, que lleva la dirección.</translation>
    </message>
    <message>
        <source>Starts with an address sheet: {reason}.</source>
        <translation>Empieza con una hoja de dirección: {reason}.</translation>
    </message>
    <message>
        <source>No address sheet: the report's own address shows in the window.</source>
        <translation>Sin hoja de dirección: la propia dirección del informe se ve en la ventana.</translation>
    </message>
    <message>
        <source>&lt;span style='color:{blue}'&gt;Blue&lt;/span&gt;: the envelope window. &lt;span style='color:{green}'&gt;Dashed green&lt;/span&gt;: where the address shows wherever the page slides in the envelope.</source>
        <translation>&lt;span style='color:{blue}'&gt;Azul&lt;/span&gt;: la ventana del sobre. &lt;span style='color:{green}'&gt;Verde discontinuo&lt;/span&gt;: donde se ve la dirección, se deslice como se deslice la página dentro del sobre.</translation>
    </message>
    <message>
        <source>First page of the batch's first envelope</source>
        <translation>Primera página del primer sobre del lote</translation>
    </message>
    <message>
        <source>Write the print files</source>
        <translation>Escribir los archivos de impresión</translation>
    </message>
    <message>
        <source>Choose a folder for the print files. The reports count as printed once the files are written; if the printed pages are lost, undo the print run on the Print page.</source>
        <translation>Elija una carpeta para los archivos de impresión. Los informes cuentan como impresos una vez escritos los archivos; si se pierden las páginas impresas, deshaga la impresión en la página Imprimir.</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Lo que se escribirá</translation>
    </message>
    <message>
        <source>What will be written:</source>
        <translation>Lo que se escribirá:</translation>
    </message>
    <message>
        <source>ssrdesk print {date}</source>
        <translation>ssrdesk impresión {date}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln PDF file(s) to print: one per batch, split every {sheets} sheets</source>
        <translation>
            <numerusform>%Ln archivo PDF para imprimir: uno por lote, dividido cada {sheets} hojas</numerusform><numerusform>%Ln archivos PDF para imprimir: uno por lote, divididos cada {sheets} hojas</numerusform></translation>
    </message>
    <message>
        <source>a manifest PDF for each batch, and manifest.csv: the envelopes in order, to check the stack</source>
        <translation>un PDF de manifiesto por cada lote, y manifest.csv: los sobres en orden, para revisar la pila</translation>
    </message>
    <message>
        <source>left out.csv: the students left out, and why</source>
        <translation>left out.csv: los estudiantes excluidos y el motivo</translation>
    </message>
    <message>
        <source>summary.txt: this summary</source>
        <translation>summary.txt: este resumen</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>Write the print files to</source>
        <translation>Escribir los archivos de impresión en</translation>
    </message>
    <message>
        <source>This folder holds the print files of an earlier run; ssrdesk does not write over them. Choose another folder.</source>
        <translation>Esta carpeta contiene los archivos de impresión de una impresión anterior; ssrdesk no los sobrescribe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Alignment sheet</source>
        <translation>Hoja de alineación</translation>
    </message>
    <message>
        <source>Save the alignment sheet and print it on the printer you will use, at actual size (100%).</source>
        <translation>Guarde la hoja de alineación e imprímala en la impresora que va a usar, a tamaño real (100%).</translation>
    </message>
    <message>
        <source>Fold it like a report and put it in an envelope: the box must show completely in the window.</source>
        <translation>Dóblela como un informe y métala en un sobre: el recuadro debe verse completo en la ventana.</translation>
    </message>
    <message>
        <source>If it does not, measure how far the printed cross must move, enter that below and save it. Print the sheet again to check.</source>
        <translation>Si no se ve completo, mida cuánto debe moverse la cruz impresa, escríbalo abajo y guárdelo. Vuelva a imprimir la hoja para comprobarlo.</translation>
    </message>
    <message>
        <source>Move right by</source>
        <translation>Mover a la derecha</translation>
    </message>
    <message>
        <source>Move down by</source>
        <translation>Mover hacia abajo</translation>
    </message>
    <message>
        <source>&amp;Save alignment sheet…</source>
        <translation>&amp;Guardar hoja de alineación…</translation>
    </message>
    <message>
        <source>Save &amp;offset</source>
        <translation>Guardar des&amp;plazamiento</translation>
    </message>
    <message>
        <source>&amp;Envelope:</source>
        <translation>&amp;Sobre:</translation>
    </message>
    <message>
        <source>Move everything &amp;right:</source>
        <translation>Mover todo a la &amp;derecha:</translation>
    </message>
    <message>
        <source>a negative number moves it left</source>
        <translation>un número negativo lo mueve a la izquierda</translation>
    </message>
    <message>
        <source>Move everything &amp;down:</source>
        <translation>Mover todo hacia a&amp;bajo:</translation>
    </message>
    <message>
        <source>a negative number moves it up</source>
        <translation>un número negativo lo mueve hacia arriba</translation>
    </message>
    <message>
        <source>Save the alignment sheet</source>
        <translation>Guardar la hoja de alineación</translation>
    </message>
    <message>
        <source>alignment sheet - {envelope}.pdf</source>
        <translation>hoja de alineación - {envelope}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>No se pudo guardar {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved &lt;a href='{url}'&gt;{name}&lt;/a&gt;. Open it and print it at actual size (100%).</source>
        <translation>Se guardó &lt;a href='{url}'&gt;{name}&lt;/a&gt;. Ábralo e imprímalo a tamaño real (100%).</translation>
    </message>
    <message>
        <source>Saved for {printer}. {offset}.</source>
        <translation>Guardado para {printer}. {offset}.</translation>
    </message>
    <message>
        <source> in</source>
        <comment>inches</comment>
        <translation> pulg.</translation>
    </message>
    <message>
        <source>No address was found where a #10 envelope's window shows it: mailed in a window envelope as it is, this report would show no address.</source>
        <translation>No se encontró ninguna dirección donde la muestra la ventana de un sobre #10: si se envía tal como está en un sobre con ventana, este informe no mostraría ninguna dirección.</translation>
    </message>
    <message>
        <source>{left}–{right} in from the left, {top}–{bottom} in from the top</source>
        <translation>a {left}–{right} pulg. del borde izquierdo, a {top}–{bottom} pulg. del borde superior</translation>
    </message>
    <message>
        <source>Inside the #10 envelope window ({where}).</source>
        <translation>Dentro de la ventana del sobre #10 ({where}).</translation>
    </message>
    <message>
        <source>Outside the #10 envelope window ({where}): it would not show through the window.</source>
        <translation>Fuera de la ventana del sobre #10 ({where}): no se vería a través de la ventana.</translation>
    </message>
    <message>
        <source>Choose student…</source>
        <translation>Elegir estudiante…</translation>
    </message>
    <message>
        <source>Say which student this report belongs to; remembered for future imports</source>
        <translation>Indique a qué estudiante pertenece este informe; se recordará en futuras importaciones</translation>
    </message>
    <message>
        <source>Larger view…</source>
        <translation>Vista ampliada…</translation>
    </message>
    <message>
        <source>Show the pages in a window of their own, large enough to read</source>
        <translation>Mostrar las páginas en una ventana propia, lo bastante grande para leerlas</translation>
    </message>
    <message>
        <source>Select a report to see its pages.</source>
        <translation>Seleccione un informe para ver sus páginas.</translation>
    </message>
    <message>
        <source>The pages cannot be shown: {error}</source>
        <translation>No se pueden mostrar las páginas: {error}</translation>
    </message>
    <message>
        <source>Report preview — {name}</source>
        <translation>Vista previa del informe — {name}</translation>
    </message>
    <message>
        <source>Page {current} of {total} · {source}</source>
        <translation>Página {current} de {total} · {source}</translation>
    </message>
    <message>
        <source>Report of an unknown student</source>
        <translation>Informe de un estudiante desconocido</translation>
    </message>
    <message>
        <source>&lt;b style='color:{colour}'&gt;Needs attention:&lt;/b&gt; {problem}.</source>
        <translation>&lt;b style='color:{colour}'&gt;Necesita atención:&lt;/b&gt; {problem}.</translation>
    </message>
    <message>
        <source>&lt;b style='color:{colour}'&gt;Matched&lt;/b&gt; to the student with SSID {ssid}.</source>
        <translation>&lt;b style='color:{colour}'&gt;Asociado&lt;/b&gt; al estudiante con SSID {ssid}.</translation>
    </message>
    <message>
        <source>{ssid} (printed: {printed})</source>
        <translation>{ssid} (impreso: {printed})</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Nombre en el informe</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró</translation>
    </message>
    <message>
        <source>{ssid} (printed; no such student)</source>
        <translation>{ssid} (impreso; no existe ese estudiante)</translation>
    </message>
    <message>
        <source>Address printed on the report</source>
        <translation>Dirección impresa en el informe</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <source>CAA + CAA Science</source>
        <translation>CAA + CAA de Ciencias</translation>
    </message>
    <message>
        <source>CAA Science</source>
        <translation>CAA de Ciencias</translation>
    </message>
    <message>
        <source>Summative ELPAC</source>
        <translation>ELPAC Sumativo</translation>
    </message>
    <message>
        <source>Alternate ELPAC</source>
        <translation>ELPAC Alternativo</translation>
    </message>
    <message>
        <source>(no name found on the report)</source>
        <translation>(no se encontró ningún nombre en el informe)</translation>
    </message>
    <message>
        <source>p. {page}</source>
        <translation>pág. {page}</translation>
    </message>
    <message>
        <source>p. {first}–{last}</source>
        <translation>págs. {first}–{last}</translation>
    </message>
    <message>
        <source>Printed on the report: {name}. Not matched to a student in the score data.</source>
        <translation>Impreso en el informe: {name}. No está asociado a ningún estudiante de los datos de calificaciones.</translation>
    </message>
    <message>
        <source>Needs attention: {problem}.</source>
        <translation>Necesita atención: {problem}.</translation>
    </message>
    <message>
        <source>Matched to the student with SSID {ssid}.</source>
        <translation>Asociado al estudiante con SSID {ssid}.</translation>
    </message>
    <message>
        <source>The SSID printed on the report</source>
        <translation>El SSID impreso en el informe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Why it belongs to no report</source>
        <translation>Por qué no pertenece a ningún informe</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier extensión</translation>
    </message>
    <message>
        <source>Pages in no report</source>
        <translation>Páginas sin informe</translation>
    </message>
    <message>
        <source>Pages of the imported PDFs that are part of no report: a cover sheet, a scanned page, a page before the first report. They are never printed or e-mailed; check them in the original file.</source>
        <translation>Páginas de los PDF importados que no forman parte de ningún informe: una portada, una página escaneada, una página antes del primer informe. Nunca se imprimen ni se envían por correo electrónico; revíselas en el archivo original.</translation>
    </message>
    <message>
        <source>Students without a report</source>
        <translation>Estudiantes sin informe</translation>
    </message>
    <message>
        <source>Students with an SSR-eligible test in the latest administration whose report was not in any imported PDF. Download their reports from TOMS (a grade or school may be missing) and import them.</source>
        <translation>Estudiantes con una prueba con derecho a SSR en la administración más reciente cuyo informe no estaba en ningún PDF importado. Descargue sus informes de TOMS (puede faltar un grado o una escuela) e impórtelos.</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln report(s)</source>
        <translation>
            <numerusform>{shown} de %Ln informe</numerusform><numerusform>{shown} de %Ln informes</numerusform></translation>
    </message>
    <message>
        <source>Pages in no report ({count})</source>
        <translation>Páginas sin informe ({count})</translation>
    </message>
    <message>
        <source>Students without a report ({count})</source>
        <translation>Estudiantes sin informe ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) need attention</source>
        <translation>
            <numerusform>%Ln informe necesita atención</numerusform><numerusform>%Ln informes necesitan atención</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s) belong to no report</source>
        <translation>
            <numerusform>%Ln página no pertenece a ningún informe</numerusform><numerusform>%Ln páginas no pertenecen a ningún informe</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have no report</source>
        <translation>
            <numerusform>%Ln estudiante no tiene informe</numerusform><numerusform>%Ln estudiantes no tienen informe</numerusform></translation>
    </message>
    <message>
        <source>Before sending reports home:</source>
        <translation>Antes de enviar los informes a las familias:</translation>
    </message>
    <message>
        <source>No Student Score Reports yet</source>
        <translation>Aún no hay Informes de Calificaciones del Estudiante</translation>
    </message>
    <message>
        <source>Import the Student Score Report PDFs you downloaded from TOMS — a merged PDF of a grade or school, a folder of PDFs, or the zip as it came. Each report is found, matched to its student by SSID, and shown here with its pages.</source>
        <translation>Importe los PDF de los Informes de Calificaciones del Estudiante que descargó de TOMS: un PDF combinado de un grado o una escuela, una carpeta de PDF o el zip tal como llegó. Cada informe se localiza, se asocia a su estudiante por el SSID y se muestra aquí con sus páginas.</translation>
    </message>
    <message>
        <source>Import score data first, so each report can be matched to its student.</source>
        <translation>Importe primero los datos de calificaciones, para que cada informe pueda asociarse a su estudiante.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Each year: import the three downloads below, check what is missing, then print or e-mail. Files can also be dropped anywhere on this window.</source>
        <translation>Cada año: importe las tres descargas de abajo, revise lo que falta y luego imprima o envíe por correo electrónico. También puede soltar los archivos en cualquier parte de esta ventana.</translation>
    </message>
    <message>
        <source>How families get their reports</source>
        <translation>Cómo reciben las familias sus informes</translation>
    </message>
    <message>
        <source>Families get their reports by:</source>
        <translation>Las familias reciben sus informes por:</translation>
    </message>
    <message>
        <source>1. Score data files from TOMS</source>
        <translation>1. Archivos de datos de calificaciones de TOMS</translation>
    </message>
    <message>
        <source>2. Student Score Reports (PDF) from TOMS</source>
        <translation>2. Informes de Calificaciones del Estudiante (PDF) de TOMS</translation>
    </message>
    <message>
        <source>3. Contacts export from your SIS</source>
        <translation>3. Exportación de contactos de su SIS</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>In TOMS, download the Student Score Data Files for your school or district (CAASPP and ELPAC) and import the zips just as they were downloaded.</source>
        <translation>En TOMS, descargue los archivos de datos de calificaciones de su escuela o distrito (CAASPP y ELPAC) e importe los zip tal como se descargaron.</translation>
    </message>
    <message numerus="yes">
        <source>{students} from %Ln file(s)</source>
        <translation>
            <numerusform>{students} de %Ln archivo</numerusform><numerusform>{students} de %Ln archivos</numerusform></translation>
    </message>
    <message>
        <source>In TOMS, download the Student Score Reports as merged PDFs (by grade or school) and import them: ssrdesk splits them into one report per student.</source>
        <translation>En TOMS, descargue los Informes de Calificaciones como PDF combinados (por grado o escuela) e impórtelos: ssrdesk los divide en un informe por estudiante.</translation>
    </message>
    <message>
        <source>From your student information system (Aeries, PowerSchool, Synergy…), export each student's guardians with their e-mail addresses, mailing addresses and languages, as CSV or Excel.</source>
        <translation>Desde su sistema de información estudiantil (Aeries, PowerSchool, Synergy…), exporte los tutores de cada estudiante con sus correos electrónicos, direcciones postales e idiomas, en CSV o Excel.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln time(s); the latest import is used</source>
        <translation>
            <numerusform>Importado %Ln vez; se usa la importación más reciente</numerusform><numerusform>Importado %Ln veces; se usa la importación más reciente</numerusform></translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Nothing: every student has a report and a way to get it.</source>
        <translation>Nada: cada estudiante tiene un informe y una forma de recibirlo.</translation>
    </message>
    <message>
        <source>No score data yet: ssrdesk learns who the students are from it.</source>
        <translation>Aún no hay datos de calificaciones: de ellos obtiene ssrdesk quiénes son los estudiantes.</translation>
    </message>
    <message>
        <source>No Student Score Reports yet.</source>
        <translation>Aún no hay Informes de Calificaciones del Estudiante.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) should have a report but none was imported: download the rest from TOMS.</source>
        <translation>
            <numerusform>%Ln estudiante debería tener un informe, pero no se importó ninguno: descargue los que faltan de TOMS.</numerusform><numerusform>%Ln estudiantes deberían tener un informe, pero no se importó ninguno: descargue los que faltan de TOMS.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) need attention on the Reports page.</source>
        <translation>
            <numerusform>%Ln informe requiere atención en la página Informes.</numerusform><numerusform>%Ln informes requieren atención en la página Informes.</numerusform></translation>
    </message>
    <message>
        <source>No contacts yet: without them, reports can only be printed for the address TOMS printed on them.</source>
        <translation>Aún no hay contactos: sin ellos, los informes solo se pueden imprimir para la dirección que TOMS imprimió en ellos.</translation>
    </message>
    <message>
        <source>No contacts yet: ssrdesk needs the guardians' e-mail addresses.</source>
        <translation>Aún no hay contactos: ssrdesk necesita los correos electrónicos de los tutores.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have no e-mail: they will go to print.</source>
        <translation>
            <numerusform>%Ln estudiante no tiene correo electrónico: su informe se imprimirá.</numerusform><numerusform>%Ln estudiantes no tienen correo electrónico: sus informes se imprimirán.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have no mailing address, in the contacts or on the report: add it in your SIS and import the contacts again, or hand the report out at school.</source>
        <translation>
            <numerusform>%Ln estudiante no tiene dirección postal, ni en los contactos ni en el informe: agréguela en su SIS e importe de nuevo los contactos, o entregue el informe en la escuela.</numerusform><numerusform>%Ln estudiantes no tienen dirección postal, ni en los contactos ni en el informe: agréguela en su SIS e importe de nuevo los contactos, o entregue los informes en la escuela.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln student(s) have neither an e-mail nor a mailing address: hand their reports out at school, or add the address in your SIS and import the contacts again.</source>
        <translation>
            <numerusform>%Ln estudiante no tiene ni correo electrónico ni dirección postal: entregue su informe en la escuela, o agregue la dirección en su SIS e importe de nuevo los contactos.</numerusform><numerusform>%Ln estudiantes no tienen ni correo electrónico ni dirección postal: entregue sus informes en la escuela, o agregue la dirección en su SIS e importe de nuevo los contactos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{choice} (%Ln have no report)</source>
        <translation>
            <numerusform>{choice} (%Ln no tiene informe)</numerusform><numerusform>{choice} (%Ln no tienen informe)</numerusform></translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Cond.</source>
        <translation>Cond.</translation>
    </message>
    <message>
        <source>SSR</source>
        <translation>SSR</translation>
    </message>
    <message>
        <source>Grade assessed</source>
        <translation>Grado evaluado</translation>
    </message>
    <message>
        <source>Scale score</source>
        <translation>Puntaje en escala</translation>
    </message>
    <message>
        <source>Achievement level</source>
        <translation>Nivel de logro</translation>
    </message>
    <message>
        <source>Condition code</source>
        <translation>Código de condición</translation>
    </message>
    <message>
        <source>SSR eligible: whether a Student Score Report is produced for this test</source>
        <translation>Elegible para SSR: si se produce un Informe de Calificaciones del Estudiante para esta prueba</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <comment>date format</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>Contacto de la familia</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Resultados de las pruebas</translation>
    </message>
    <message>
        <source>Student Score Reports</source>
        <translation>Informes de Calificaciones del Estudiante</translation>
    </message>
    <message>
        <source>Select a student to see their details.</source>
        <translation>Seleccione un estudiante para ver sus datos.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Show this report's pages on the Reports page</source>
        <translation>Mostrar las páginas de este informe en la página Informes</translation>
    </message>
    <message>
        <source>No report imported for this student.</source>
        <translation>No se ha importado ningún informe de este estudiante.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{language} · English learner (EL)</source>
        <translation>{language} · Estudiante de inglés (EL)</translation>
    </message>
    <message>
        <source>Local ID</source>
        <translation>ID local</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>No guardians on file.</source>
        <translation>No hay tutores registrados.</translation>
    </message>
    <message>
        <source>Import contacts from your SIS to add e-mail addresses.</source>
        <translation>Importe los contactos de su SIS para agregar direcciones de correo electrónico.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>A guardian has an e-mail address: the report can be sent by e-mail.</source>
        <translation>Un tutor tiene dirección de correo electrónico: el informe se puede enviar por correo electrónico.</translation>
    </message>
    <message>
        <source>Address only</source>
        <translation>Solo dirección</translation>
    </message>
    <message>
        <source>No guardian e-mail, but a mailing address: the report will be printed and mailed.</source>
        <translation>No hay correo electrónico de un tutor, pero sí una dirección postal: el informe se imprimirá y se enviará por correo postal.</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>No e-mail and no mailing address: import contacts from your SIS, or ask the school.</source>
        <translation>No hay correo electrónico ni dirección postal: importe los contactos de su SIS o pregunte a la escuela.</translation>
    </message>
    <message>
        <source>{language}; English learner (EL)</source>
        <translation>{language}; estudiante de inglés (EL)</translation>
    </message>
    <message>
        <source>Latest year's tests and achievement levels: {tests}</source>
        <translation>Pruebas y niveles de logro del año más reciente: {tests}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Todas las escuelas</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>Todos los grados</translation>
    </message>
    <message>
        <source>Any contact</source>
        <translation>Cualquier contacto</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln student(s)</source>
        <translation>
            <numerusform>{shown} de %Ln estudiante</numerusform><numerusform>{shown} de %Ln estudiantes</numerusform></translation>
    </message>
    <message>
        <source>No students yet</source>
        <translation>Todavía no hay estudiantes</translation>
    </message>
    <message>
        <source>Import the Student Score Data Files you downloaded from TOMS — the zip as it came, or the .xlsx, caret-delimited .csv/.txt or fixed-width .dat inside it.</source>
        <translation>Importe los archivos de datos de calificaciones que descargó de TOMS: el zip tal como llegó, o el .xlsx, el .csv/.txt delimitado por acentos circunflejos (^) o el .dat de ancho fijo que contiene.</translation>
    </message>
    <message>
        <source>You can also drag files or folders onto this window.</source>
        <translation>También puede arrastrar archivos o carpetas a esta ventana.</translation>
    </message>
    <message>
        <source>{task} stopped because of an unexpected problem ({error}). Nothing half-done was saved. The details are in ssrdesk.log in the workspace folder.</source>
        <translation>{task} se detuvo por un problema inesperado ({error}). No se guardó nada a medias. Los detalles están en ssrdesk.log, en la carpeta del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Both: e-mail, and print the rest</source>
        <translation>Ambos: correo electrónico e imprimir el resto</translation>
    </message>
    <message>
        <source>Each report is printed with a cover letter in the family's language, folded into a left-window envelope and mailed.</source>
        <translation>Cada informe se imprime con una carta de presentación en el idioma de la familia, se dobla en un sobre con ventana a la izquierda y se envía por correo postal.</translation>
    </message>
    <message>
        <source>Each family gets its report as a file locked with a password, and the password in a second e-mail. Reports for families without an e-mail address are printed.</source>
        <translation>Cada familia recibe su informe como un archivo protegido con contraseña, y la contraseña en un segundo correo. Los informes de las familias sin correo electrónico se imprimen.</translation>
    </message>
    <message>
        <source>E-mail the families whose address you have, print for the rest. What most schools do.</source>
        <translation>Enviar por correo electrónico a las familias cuya dirección tiene e imprimir para las demás. Es lo que hace la mayoría de las escuelas.</translation>
    </message>
    <message>
        <source>Welcome to ssrdesk</source>
        <translation>Bienvenido a ssrdesk</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>ssrdesk gets every family its Student Score Report on time. It splits the merged PDFs from TOMS into one report per student, then prints them for window envelopes or e-mails them locked with a password, and keeps track of the deadlines.</source>
        <translation>ssrdesk hace llegar a tiempo a cada familia su Informe de Calificaciones del Estudiante. Divide los PDF combinados de TOMS en un informe por estudiante, luego los imprime para sobres con ventana o los envía por correo electrónico protegidos con contraseña, y lleva el control de los plazos.</translation>
    </message>
    <message>
        <source>How will families get their reports?</source>
        <translation>¿Cómo recibirán las familias sus informes?</translation>
    </message>
    <message>
        <source>You can change this at any time on the Start page.</source>
        <translation>Puede cambiarlo en cualquier momento en la página Inicio.</translation>
    </message>
    <message>
        <source>Where to keep your workspace</source>
        <translation>Dónde guardar su espacio de trabajo</translation>
    </message>
    <message>
        <source>The workspace holds the students' data and their reports. It stays on this computer and only your account can read it. Keep it off shared drives; the user guide says how to back it up and move it.</source>
        <translation>El espacio de trabajo contiene los datos de los estudiantes y sus informes. Permanece en esta computadora y solo su cuenta puede leerlo. No lo guarde en unidades compartidas; la guía del usuario explica cómo hacer una copia de seguridad y moverlo.</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation>Elegir la carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Create the workspace</source>
        <translation>Crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Try the demo first</source>
        <translation>Probar primero la demostración</translation>
    </message>
    <message>
        <source>An invented district of 600 students in a separate workspace, to try every step safely. Create your own workspace when you are ready.</source>
        <translation>Un distrito inventado de 600 estudiantes en un espacio de trabajo aparte, para probar cada paso sin riesgo. Cree su propio espacio de trabajo cuando esté listo.</translation>
    </message>
    <message>
        <source>Name the folder for the workspace in full, or choose it with Choose….</source>
        <translation>Escriba la ruta completa de la carpeta del espacio de trabajo, o elíjala con Elegir….</translation>
    </message>
    <message>
        <source>This is a file, not a folder. Choose a folder for the workspace.</source>
        <translation>Esto es un archivo, no una carpeta. Elija una carpeta para el espacio de trabajo.</translation>
    </message>
    <message>
        <source>This folder already holds other files. Choose an empty or new folder, for example one named ssrdesk inside it.</source>
        <translation>Esta carpeta ya contiene otros archivos. Elija una carpeta vacía o nueva, por ejemplo una llamada ssrdesk dentro de ella.</translation>
    </message>
    <message>
        <source>Merge fields</source>
        <translation>Campos de combinación</translation>
    </message>
    <message>
        <source>Put the selected merge field where the cursor is, {where}</source>
        <translation>Colocar el campo de combinación seleccionado donde está el cursor, {where}</translation>
    </message>
    <message>
        <source>Merge &amp;fields:</source>
        <translation>Campos de com&amp;binación:</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>address only</source>
        <translation>solo dirección</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>impreso</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>enviado por correo electrónico</translation>
    </message>
    <message>
        <source>password sent</source>
        <translation>contraseña enviada</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>rebotado</translation>
    </message>
    <message>
        <source>to print</source>
        <translation>por imprimir</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>entregado</translation>
    </message>
    <message>
        <source>print</source>
        <translation>impresión</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en persona</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
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
        <source>lost</source>
        <translation>perdido</translation>
    </message>
    <message>
        <source>replaced by a new report and password</source>
        <translation>reemplazado por un nuevo informe y contraseña</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>incumplido</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>vencido</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <source>due later</source>
        <translation>vence más adelante</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>sin fecha límite</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>días calendario</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>días hábiles</translation>
    </message>
    <message>
        <source>received after the last day of instruction, so due in the first working days of the next school year, whose first day is not set</source>
        <translation>recibido después del último día de clases, así que vence en los primeros días hábiles del próximo año escolar, cuyo primer día no está fijado</translation>
    </message>
    <message>
        <source>on the print list</source>
        <translation>en la lista de impresión</translation>
    </message>
    <message>
        <source>Name the students (by SSID) whose reports were handed out.</source>
        <translation>Indique los estudiantes (por SSID) cuyos informes se entregaron.</translation>
    </message>
    <message>
        <source>CAASPP</source>
        <translation>CAASPP</translation>
    </message>
    <message>
        <source>ELPAC</source>
        <translation>ELPAC</translation>
    </message>
    <message>
        <source>CAASPP results (SB, CAAs, CAST)</source>
        <translation>Resultados de CAASPP (SB, CAA, CAST)</translation>
    </message>
    <message>
        <source>California Spanish Assessment</source>
        <translation>Evaluación de Español de California (CSA)</translation>
    </message>
    <message>
        <source>Smarter Balanced ELA and mathematics</source>
        <translation>Smarter Balanced de ELA y matemáticas</translation>
    </message>
    <message>
        <source>Smarter Balanced ELA and mathematics, with CAST</source>
        <translation>Smarter Balanced de ELA y matemáticas, con CAST</translation>
    </message>
    <message>
        <source>CAST only</source>
        <translation>Solo CAST</translation>
    </message>
    <message>
        <source>CAAs for ELA and mathematics</source>
        <translation>CAA de ELA y matemáticas</translation>
    </message>
    <message>
        <source>CAAs for ELA and mathematics, with CAA for Science</source>
        <translation>CAA de ELA y matemáticas, con CAA de Ciencias</translation>
    </message>
    <message>
        <source>CAA for Science only</source>
        <translation>Solo CAA de Ciencias</translation>
    </message>
    <message>
        <source>Summative ELPAC</source>
        <translation>ELPAC Sumativo</translation>
    </message>
    <message>
        <source>Summative Alternate ELPAC</source>
        <translation>ELPAC Alternativo Sumativo</translation>
    </message>
    <message>
        <source>Unknown report type</source>
        <translation>Tipo de informe desconocido</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>vinculado</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>requiere atención</translation>
    </message>
    <message>
        <source>has no text (a scanned page?), so ssrdesk cannot tell whose it is</source>
        <translation>no tiene texto (¿una página escaneada?), así que ssrdesk no puede saber de quién es</translation>
    </message>
    <message>
        <source>comes before the first report (a cover sheet?)</source>
        <translation>está antes del primer informe (¿una portada?)</translation>
    </message>
    <message>
        <source>This PDF is already in the library; nothing changed.</source>
        <translation>Este PDF ya está en la biblioteca; no cambió nada.</translation>
    </message>
    <message>
        <source>No Student Score Report was found in this PDF: no page shows a student's SSID.</source>
        <translation>No se encontró ningún Informe de Calificaciones del Estudiante en este PDF: ninguna página muestra el SSID de un estudiante.</translation>
    </message>
    <message>
        <source>This PDF has no text on any page (a scan?), so ssrdesk cannot tell whose reports they are. Download the Student Score Reports from TOMS instead of scanning printed ones.</source>
        <translation>Este PDF no tiene texto en ninguna página (¿un escaneo?), así que ssrdesk no puede saber de quién son los informes. Descargue los Informes de Calificaciones del Estudiante de TOMS en lugar de escanear los impresos.</translation>
    </message>
    <message>
        <source>This PDF is password-protected. TOMS downloads are not: download the reports from TOMS again, or open it with its password and save an unprotected copy.</source>
        <translation>Este PDF está protegido con contraseña. Las descargas de TOMS no lo están: descargue los informes de TOMS otra vez, o ábralo con su contraseña y guarde una copia sin protección.</translation>
    </message>
    <message>
        <source>This PDF is damaged or was not completely downloaded; download it again from TOMS.</source>
        <translation>Este PDF está dañado o no se descargó por completo; descárguelo otra vez de TOMS.</translation>
    </message>
    <message>
        <source>No such report in the library.</source>
        <translation>Ese informe no está en la biblioteca.</translation>
    </message>
    <message>
        <source>not in the score data</source>
        <translation>no está en los datos de calificaciones</translation>
    </message>
    <message>
        <source>no Student Score Report in the library for this student; import the SSR PDFs</source>
        <translation>no hay ningún Informe de Calificaciones del Estudiante en la biblioteca para este estudiante; importe los PDF de SSR</translation>
    </message>
    <message>
        <source>no report of the kinds chosen; this student's reports are of other kinds</source>
        <translation>ningún informe de los tipos elegidos; los informes de este estudiante son de otros tipos</translation>
    </message>
    <message>
        <source>already waiting in the outbox: send or cancel those messages first</source>
        <translation>ya está esperando en la bandeja de salida: envíe o cancele primero esos mensajes</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>no hay dirección de correo electrónico</translation>
    </message>
    <message>
        <source>e-mail bounced</source>
        <translation>el correo electrónico rebotó</translation>
    </message>
    <message>
        <source>no mailing address: none in the contacts export, on the report or in the score data</source>
        <translation>no hay dirección postal: no figura en la exportación de contactos, en el informe ni en los datos de calificaciones</translation>
    </message>
    <message>
        <source>the report shows no address in the window and address sheets are turned off</source>
        <translation>el informe no muestra ninguna dirección en la ventana y las hojas de dirección están desactivadas</translation>
    </message>
    <message>
        <source>there is no address</source>
        <translation>no hay dirección</translation>
    </message>
    <message>
        <source>a line of the address is too long for the window even at 7 pt: shorten it in the SIS</source>
        <translation>una línea de la dirección es demasiado larga para la ventana incluso a 7 pt: acórtela en el SIS</translation>
    </message>
    <message>
        <source>No students are chosen. Choose the students whose reports to e-mail, or all of them.</source>
        <translation>No hay estudiantes elegidos. Elija los estudiantes cuyos informes se enviarán por correo electrónico, o todos.</translation>
    </message>
    <message>
        <source>No students are chosen. Choose the students whose reports to print, or all of them.</source>
        <translation>No hay estudiantes elegidos. Elija los estudiantes cuyos informes se imprimirán, o todos.</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Carta de presentación</translation>
    </message>
    <message>
        <source>Address sheet</source>
        <translation>Hoja de dirección</translation>
    </message>
    <message>
        <source>cover letter</source>
        <translation>carta de presentación</translation>
    </message>
    <message>
        <source>address sheets for everyone</source>
        <translation>hojas de dirección para todos</translation>
    </message>
    <message>
        <source>the report shows no address</source>
        <translation>el informe no muestra ninguna dirección</translation>
    </message>
    <message>
        <source>the contacts export has a different address</source>
        <translation>la exportación de contactos tiene otra dirección</translation>
    </message>
    <message>
        <source>#10 left window (9½ × 4⅛ in, Letter folded in three)</source>
        <translation>N.º 10 con ventana a la izquierda (9½ × 4⅛ pulg., carta doblada en tres)</translation>
    </message>
    <message>
        <source>6 × 9 in left window (Letter folded in half)</source>
        <translation>6 × 9 pulg. con ventana a la izquierda (carta doblada por la mitad)</translation>
    </message>
    <message>
        <source>Default printer</source>
        <translation>Impresora predeterminada</translation>
    </message>
    <message>
        <source>The letters and address sheets carry no return address: add the school's in Edit letters (the Print page) so undeliverable mail comes back to you.</source>
        <translation>Las cartas y las hojas de dirección no llevan dirección del remitente: agregue la de la escuela en Editar cartas (la página Imprimir) para que el correo que no se pueda entregar le sea devuelto.</translation>
    </message>
    <message>
        <source>No envelope to print: every chosen student was left out (see the reasons listed).</source>
        <translation>No hay sobres para imprimir: todos los estudiantes elegidos quedaron fuera (vea los motivos indicados).</translation>
    </message>
    <message>
        <source>Could not put the pages in envelope order; please report this.</source>
        <translation>No se pudieron ordenar las páginas por sobre; por favor, informe este problema.</translation>
    </message>
    <message>
        <source>Give the envelope profile a name.</source>
        <translation>Dé un nombre al perfil de sobre.</translation>
    </message>
    <message>
        <source>Envelope and window measurements must be positive numbers of inches.</source>
        <translation>Las medidas del sobre y de la ventana deben ser números positivos de pulgadas.</translation>
    </message>
    <message>
        <source>school name</source>
        <translation>nombre de la escuela</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>persona de contacto</translation>
    </message>
    <message>
        <source>contact phone</source>
        <translation>teléfono de contacto</translation>
    </message>
    <message>
        <source>school name or contact person</source>
        <translation>nombre de la escuela o persona de contacto</translation>
    </message>
    <message>
        <source>school name or contact phone</source>
        <translation>nombre de la escuela o teléfono de contacto</translation>
    </message>
    <message>
        <source>contact person or contact phone</source>
        <translation>persona de contacto o teléfono de contacto</translation>
    </message>
    <message>
        <source>school name, contact person or contact phone</source>
        <translation>nombre de la escuela, persona de contacto o teléfono de contacto</translation>
    </message>
    <message>
        <source>Parent or guardian's name</source>
        <translation>Nombre del padre, madre o tutor</translation>
    </message>
    <message>
        <source>Student's full name</source>
        <translation>Nombre completo del estudiante</translation>
    </message>
    <message>
        <source>Student's first name</source>
        <translation>Nombre de pila del estudiante</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Today's date, written in the letter's language</source>
        <translation>La fecha de hoy, escrita en el idioma de la carta</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Name of the attached file</source>
        <translation>Nombre del archivo adjunto</translation>
    </message>
    <message>
        <source>Subject of the message with the report</source>
        <translation>Asunto del mensaje con el informe</translation>
    </message>
    <message>
        <source>The password (password message only)</source>
        <translation>La contraseña (solo en el mensaje de la contraseña)</translation>
    </message>
    <message>
        <source>The school's return address can have at most 4 lines; shorten it.</source>
        <translation>La dirección del remitente de la escuela puede tener como máximo 4 líneas; acórtela.</translation>
    </message>
    <message>
        <source>Random (4 groups of 4)</source>
        <translation>Aleatoria (4 grupos de 4)</translation>
    </message>
    <message>
        <source>Birth date as MMDDYYYY</source>
        <translation>Fecha de nacimiento como MMDDAAAA</translation>
    </message>
    <message>
        <source>Birth month and day as MMDD</source>
        <translation>Mes y día de nacimiento como MMDD</translation>
    </message>
    <message>
        <source>Last 4 digits of the SSID</source>
        <translation>Últimos 4 dígitos del SSID</translation>
    </message>
    <message>
        <source>Local student ID</source>
        <translation>ID local del estudiante</translation>
    </message>
    <message>
        <source>Student's last name, lowercase</source>
        <translation>Apellido del estudiante, en minúsculas</translation>
    </message>
    <message>
        <source>Student's first name, lowercase</source>
        <translation>Nombre de pila del estudiante, en minúsculas</translation>
    </message>
    <message>
        <source>The password template has no field, so every family would get the same password. Add a field such as {birth_date}.</source>
        <translation>La plantilla de contraseña no tiene ningún campo, así que todas las familias recibirían la misma contraseña. Agregue un campo como {birth_date}.</translation>
    </message>
    <message>
        <source>the address does not exist</source>
        <translation>la dirección no existe</translation>
    </message>
    <message>
        <source>the address's domain (after the @) does not exist</source>
        <translation>el dominio de la dirección (después de la @) no existe</translation>
    </message>
    <message>
        <source>the address is not written correctly</source>
        <translation>la dirección no está escrita correctamente</translation>
    </message>
    <message>
        <source>the mailbox is closed or not accepting mail</source>
        <translation>el buzón está cerrado o no acepta correo</translation>
    </message>
    <message>
        <source>the mailbox is full</source>
        <translation>el buzón está lleno</translation>
    </message>
    <message>
        <source>the message is too large for the mailbox</source>
        <translation>el mensaje es demasiado grande para el buzón</translation>
    </message>
    <message>
        <source>the family's mail server refused the message (blocked as unwanted or not allowed)</source>
        <translation>el servidor de correo de la familia rechazó el mensaje (bloqueado como no deseado o no permitido)</translation>
    </message>
    <message>
        <source>the family's mail server kept turning it away and the sending server gave up</source>
        <translation>el servidor de correo de la familia lo siguió rechazando y el servidor de envío dejó de intentarlo</translation>
    </message>
    <message>
        <source>the message could not be delivered</source>
        <translation>no se pudo entregar el mensaje</translation>
    </message>
    <message>
        <source>No bounce notices found.</source>
        <translation>No se encontraron avisos de rebote.</translation>
    </message>
    <message>
        <source>Reading bounce notices</source>
        <translation>Leyendo los avisos de rebote</translation>
    </message>
    <message>
        <source>The mail server could not search the folder for bounce notices.</source>
        <translation>El servidor de correo no pudo buscar avisos de rebote en la carpeta.</translation>
    </message>
    <message>
        <source>ssrdesk can only send IMAP user names and passwords written in plain English letters, digits and punctuation.</source>
        <translation>ssrdesk solo puede enviar nombres de usuario y contraseñas de IMAP escritos con letras sin acentos del alfabeto inglés, dígitos y signos de puntuación.</translation>
    </message>
    <message>
        <source>Building the messages</source>
        <translation>Preparando los mensajes</translation>
    </message>
    <message>
        <source>Protecting the reports and writing the messages</source>
        <translation>Protegiendo los informes y escribiendo los mensajes</translation>
    </message>
    <message>
        <source>Choose a folder for the .eml files.</source>
        <translation>Elija una carpeta para los archivos .eml.</translation>
    </message>
    <message>
        <source>This computer has no password store ssrdesk can use, so the password is kept only until ssrdesk closes; you will be asked again next time.</source>
        <translation>Esta computadora no tiene un almacén de contraseñas que ssrdesk pueda usar, así que la contraseña se guarda solo hasta que ssrdesk se cierre; se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Student SSID</source>
        <translation>SSID del estudiante</translation>
    </message>
    <message>
        <source>Student local ID</source>
        <translation>ID local del estudiante</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Mailing address line 2</source>
        <translation>Dirección postal, línea 2</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>ZIP code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Correspondence language</source>
        <translation>Idioma de correspondencia</translation>
    </message>
    <message>
        <source>Teacher or homeroom</source>
        <translation>Maestro o salón principal</translation>
    </message>
    <message>
        <source>local ID</source>
        <translation>ID local</translation>
    </message>
    <message>
        <source>student</source>
        <translation>estudiante</translation>
    </message>
    <message>
        <source>the row has no SSID or local student ID.</source>
        <translation>la fila no tiene SSID ni ID local del estudiante.</translation>
    </message>
    <message>
        <source>The contacts file has no header row.</source>
        <translation>El archivo de contactos no tiene fila de encabezado.</translation>
    </message>
    <message>
        <source>Could not tell which column holds the student's SSID or local ID: map the field 'ssid' (or 'local_student_id') to that column.</source>
        <translation>No se pudo determinar qué columna contiene el SSID o el ID local del estudiante: asigne el campo 'ssid' (o 'local_student_id') a esa columna.</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>score data</source>
        <translation>datos de calificaciones</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>informes</translation>
    </message>
    <message>
        <source>caret-delimited text</source>
        <translation>texto delimitado por circunflejos (^)</translation>
    </message>
    <message>
        <source>comma-delimited text</source>
        <translation>texto delimitado por comas</translation>
    </message>
    <message>
        <source>tab-delimited text</source>
        <translation>texto delimitado por tabulaciones</translation>
    </message>
    <message>
        <source>fixed-width text</source>
        <translation>texto de ancho fijo</translation>
    </message>
    <message>
        <source>Cancelled; nothing from this file was saved.</source>
        <translation>Cancelado; no se guardó nada de este archivo.</translation>
    </message>
    <message>
        <source>The file does not exist (was it moved or renamed?).</source>
        <translation>El archivo no existe (¿se movió o se le cambió el nombre?).</translation>
    </message>
    <message>
        <source>Not a score data file; left alone.</source>
        <translation>No es un archivo de datos de calificaciones; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The file has no SSID column, so its rows cannot be matched to students.</source>
        <translation>El archivo no tiene columna de SSID, así que sus filas no se pueden asociar con estudiantes.</translation>
    </message>
    <message>
        <source>No row of the file could be imported: it has a header but no data rows.</source>
        <translation>No se pudo importar ninguna fila del archivo: tiene encabezado pero no tiene filas de datos.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is a PDF, not a data file.</source>
        <translation>Esto es un PDF, no un archivo de datos.</translation>
    </message>
    <message>
        <source>This is a zip archive, not a single data file.</source>
        <translation>Esto es un archivo zip, no un único archivo de datos.</translation>
    </message>
    <message>
        <source>This is not a text or Excel file ssrdesk can read.</source>
        <translation>Este no es un archivo de texto o de Excel que ssrdesk pueda leer.</translation>
    </message>
    <message>
        <source>This file cannot be read as a table.</source>
        <translation>Este archivo no se puede leer como una tabla.</translation>
    </message>
    <message>
        <source>The file is empty. Download it again from TOMS.</source>
        <translation>El archivo está vacío. Descárguelo otra vez de TOMS.</translation>
    </message>
    <message>
        <source>This is a PDF. Student Score Report PDFs are handled in the Reports section, not here.</source>
        <translation>Esto es un PDF. Los PDF de los Informes de Calificaciones del Estudiante se manejan en la sección Informes, no aquí.</translation>
    </message>
    <message>
        <source>This is not a score data file (it is not text, Excel or zip).</source>
        <translation>Este no es un archivo de datos de calificaciones (no es texto, Excel ni zip).</translation>
    </message>
    <message>
        <source>This zip holds no workbook.</source>
        <translation>Este zip no contiene ningún libro de Excel.</translation>
    </message>
    <message>
        <source>This is not a score data file.</source>
        <translation>Este no es un archivo de datos de calificaciones.</translation>
    </message>
    <message>
        <source>This is a CERS export, which ssrdesk does not import. Download the Student Score Data File from TOMS (Reports → Student Score Data Extracts) and import that.</source>
        <translation>Esto es una exportación de CERS, que ssrdesk no importa. Descargue el archivo de datos de calificaciones de TOMS (Reports → Student Score Data Extracts) e impórtelo.</translation>
    </message>
    <message>
        <source>This is not a TOMS Student Score Data File: none of its first rows is a score data header (RecordType, SSID, StudentLastName …). If it is a contacts export from your student information system, use Import contacts instead.</source>
        <translation>Este no es un archivo de datos de calificaciones de TOMS: ninguna de sus primeras filas es un encabezado de datos de calificaciones (RecordType, SSID, StudentLastName …). Si es una exportación de contactos de su sistema de información estudiantil, use Importar contactos.</translation>
    </message>
    <message>
        <source>This zip file is damaged or was not completely downloaded. Download it again from TOMS.</source>
        <translation>Este archivo zip está dañado o no se descargó por completo. Descárguelo otra vez de TOMS.</translation>
    </message>
    <message>
        <source>This zip would expand to more than 16 GB; ssrdesk will not open it.</source>
        <translation>Este zip ocuparía más de 16 GB al descomprimirse; ssrdesk no lo abrirá.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Chino simplificado</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Chino tradicional</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Cantonese</source>
        <translation>Cantonés</translation>
    </message>
    <message>
        <source>Filipino (Tagalog)</source>
        <translation>Filipino (tagalo)</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Mandarin</source>
        <translation>Mandarín</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Jemer</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lao</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenio</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birmano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Farsi</source>
        <translation>Farsi</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Chamorro</source>
        <translation>Chamorro</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hmong</source>
        <translation>Hmong</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Ilocano</source>
        <translation>Ilocano</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panyabí</translation>
    </message>
    <message>
        <source>Samoan</source>
        <translation>Samoano</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Tongan</source>
        <translation>Tongano</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Cebuano</source>
        <translation>Cebuano</translation>
    </message>
    <message>
        <source>Sign Language</source>
        <translation>Lengua de señas</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Chaozhou</source>
        <translation>Chaozhou</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pastún</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Assyrian</source>
        <translation>Asirio</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guyaratí</translation>
    </message>
    <message>
        <source>Mien</source>
        <translation>Mien</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Taiwanese</source>
        <translation>Taiwanés</translation>
    </message>
    <message>
        <source>Lahu</source>
        <translation>Lahu</translation>
    </message>
    <message>
        <source>Marshallese</source>
        <translation>Marshalés</translation>
    </message>
    <message>
        <source>Mixteco</source>
        <translation>Mixteco</translation>
    </message>
    <message>
        <source>Khmu</source>
        <translation>Khmu</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdo</translation>
    </message>
    <message>
        <source>Serbo-Croatian</source>
        <translation>Serbocroata</translation>
    </message>
    <message>
        <source>Toishanese</source>
        <translation>Toishanés</translation>
    </message>
    <message>
        <source>Chaldean</source>
        <translation>Caldeo</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanés</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigriña</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Maratí</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarés</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amárico</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Kikuyu</source>
        <translation>Kikuyu</translation>
    </message>
    <message>
        <source>Kashmiri</source>
        <translation>Cachemir</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Zapoteco</source>
        <translation>Zapoteco</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Uzbeko</translation>
    </message>
    <message>
        <source>Other non-English</source>
        <translation>Otro idioma que no es inglés</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
</context>
</TS>
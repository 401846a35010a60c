<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="it_IT">
<context>
    <name>AnagraficaFieldText</name>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Denominazione</source>
        <translation>Legal name</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Sesso</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Comune di nascita</source>
        <translation>Municipality of birth</translation>
    </message>
    <message>
        <source>Provincia di nascita</source>
        <translation>Province of birth</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>VAT number (partita IVA)</translation>
    </message>
    <message>
        <source>Sede legale / residenza: indirizzo</source>
        <translation>Registered office / residence: address</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Sede legale / residenza: comune</source>
        <translation>Registered office / residence: municipality</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Sede legale / residenza: CAP</source>
        <translation>Registered office / residence: postcode (CAP)</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode (CAP)</translation>
    </message>
    <message>
        <source>Sede legale / residenza: provincia</source>
        <translation>Registered office / residence: province</translation>
    </message>
    <message>
        <source>Provincia</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>PEC della sede legale</source>
        <translation>Registered office PEC</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Telefono</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Legale rappresentante: cognome</source>
        <translation>Legal representative: surname</translation>
    </message>
    <message>
        <source>Legale rappresentante: nome</source>
        <translation>Legal representative: first name</translation>
    </message>
    <message>
        <source>Legale rappresentante: codice fiscale</source>
        <translation>Legal representative: tax code (codice fiscale)</translation>
    </message>
    <message>
        <source>Legale rappresentante: qualifica</source>
        <translation>Legal representative: role</translation>
    </message>
    <message>
        <source>Qualifica</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Ultima modifica sul portale</source>
        <translation>Last modified on the portal</translation>
    </message>
    <message>
        <source>Ultima modifica</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>Persona fisica</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Persona giuridica</source>
        <translation>Legal entity</translation>
    </message>
    <message>
        <source>Ente</source>
        <translation>Public authority</translation>
    </message>
    <message>
        <source>Professionista</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>CardText</name>
    <message>
        <source>Smart card: verifica…</source>
        <translation>Smart card: checking…</translation>
    </message>
    <message>
        <source>Smart card: servizio non attivo</source>
        <translation>Smart card: service not running</translation>
    </message>
    <message>
        <source>Smart card: nessun lettore</source>
        <translation>Smart card: no reader</translation>
    </message>
    <message>
        <source>Smart card: lettore vuoto</source>
        <translation>Smart card: reader empty</translation>
    </message>
    <message>
        <source>Smart card: non è una CNS/CRS</source>
        <translation>Smart card: not a CNS/CRS</translation>
    </message>
    <message>
        <source>Smart card: lettura…</source>
        <translation>Smart card: reading…</translation>
    </message>
    <message>
        <source>Smart card: errore di lettura</source>
        <translation>Smart card: read error</translation>
    </message>
    <message>
        <source>CNS di %1 %2</source>
        <translation>CNS of %1 %2</translation>
    </message>
    <message>
        <source>Ricerca dei lettori di smart card in corso…</source>
        <translation>Looking for smart card readers…</translation>
    </message>
    <message>
        <source>Il servizio per le smart card (pcscd) non è attivo: avvialo, ad esempio con «sudo systemctl start pcscd», oppure installa il pacchetto pcscd.</source>
        <translation>The smart card service (pcscd) is not running: start it, for example with “sudo systemctl start pcscd”, or install the pcscd package.</translation>
    </message>
    <message>
        <source>Nessun lettore di smart card collegato: collega il lettore.</source>
        <translation>No smart card reader connected: plug in the reader.</translation>
    </message>
    <message>
        <source>Inserisci la CNS o la CRS nel lettore.</source>
        <translation>Insert the CNS or CRS card into the reader.</translation>
    </message>
    <message>
        <source>La carta inserita non è una Carta Nazionale dei Servizi né una Carta Regionale dei Servizi.</source>
        <translation>The card in the reader is neither a National Services Card (CNS) nor a Regional Services Card (CRS).</translation>
    </message>
    <message>
        <source>Lettura dei dati della carta…</source>
        <translation>Reading the card…</translation>
    </message>
    <message>
        <source>Non è stato possibile leggere la carta.</source>
        <translation>The card could not be read.</translation>
    </message>
    <message>
        <source>Il servizio per le smart card (pcscd) non è attivo.</source>
        <translation>The smart card service (pcscd) is not running.</translation>
    </message>
    <message>
        <source>Il lettore di smart card non è collegato.</source>
        <translation>The smart card reader is not connected.</translation>
    </message>
    <message>
        <source>Il lettore è stato scollegato durante l&apos;operazione.</source>
        <translation>The reader was unplugged during the operation.</translation>
    </message>
    <message>
        <source>Nel lettore non c&apos;è nessuna carta.</source>
        <translation>There is no card in the reader.</translation>
    </message>
    <message>
        <source>La carta è stata rimossa durante l&apos;operazione: reinseriscila e riprova.</source>
        <translation>The card was removed during the operation: insert it again and retry.</translation>
    </message>
    <message>
        <source>Un altro programma ha reimpostato la carta: riprova.</source>
        <translation>Another program reset the card: try again.</translation>
    </message>
    <message>
        <source>La carta è in uso da un altro programma: chiudilo e riprova.</source>
        <translation>The card is in use by another program: close it and try again.</translation>
    </message>
    <message>
        <source>La carta inserita non è una CNS/CRS.</source>
        <translation>The card in the reader is not a CNS/CRS.</translation>
    </message>
    <message>
        <source>PIN errato.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>PIN errato. Resta un solo tentativo: se sbagli ancora la carta verrà bloccata.</source>
        <translation>Wrong PIN. One attempt left: another mistake will block the card.</translation>
    </message>
    <message numerus="yes">
        <source>PIN errato. Tentativi rimasti: %n.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Il PIN è bloccato per troppi tentativi errati: per sbloccarlo serve il PUK della carta.</source>
        <translation>The PIN is blocked after too many wrong attempts: you need the card’s PUK to unblock it.</translation>
    </message>
    <message numerus="yes">
        <source>PUK errato. Tentativi rimasti: %n.</source>
        <translation>
            <numerusform>Wrong PUK. %n attempt left.</numerusform>
            <numerusform>Wrong PUK. %n attempts left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anche il PUK è bloccato: rivolgiti all&apos;ente che ha rilasciato la carta.</source>
        <translation>The PUK is blocked too: contact the body that issued the card.</translation>
    </message>
    <message>
        <source>La carta non ha accettato l&apos;operazione: il PIN non risulta verificato.</source>
        <translation>The card refused the operation: the PIN is not verified.</translation>
    </message>
    <message>
        <source>Il PIN deve avere da 5 a 8 cifre.</source>
        <translation>The PIN must have 5 to 8 digits.</translation>
    </message>
    <message>
        <source>I dati letti dalla carta non sono validi.</source>
        <translation>The data read from the card are not valid.</translation>
    </message>
    <message>
        <source>La carta ha rifiutato l&apos;operazione (codice %1).</source>
        <translation>The card refused the operation (code %1).</translation>
    </message>
    <message>
        <source>La carta non ha risposto in tempo.</source>
        <translation>The card did not answer in time.</translation>
    </message>
    <message>
        <source>Operazione annullata.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <source>Errore della smart card.</source>
        <translation>Smart card error.</translation>
    </message>
    <message>
        <source>Il certificato della carta non può essere usato per l&apos;accesso.</source>
        <translation>The card’s certificate cannot be used to sign in.</translation>
    </message>
    <message>
        <source>La carta non ha completato la firma per la connessione sicura (è stata rimossa?). Riprova.</source>
        <translation>The card did not complete the signature for the secure connection (was it removed?). Try again.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la carta: il suo certificato è scaduto. Rinnova la carta presso l&apos;ente che l&apos;ha rilasciata.</source>
        <translation>The portal refused the card: its certificate has expired. Renew the card with the body that issued it.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la carta: il suo certificato è stato revocato.</source>
        <translation>The portal refused the card: its certificate has been revoked.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la carta: non è stata emessa da un&apos;autorità che il portale riconosce.</source>
        <translation>The portal refused the card: it was not issued by an authority the portal recognises.</translation>
    </message>
    <message>
        <source>Il portale non ha ricevuto il certificato della carta.</source>
        <translation>The portal did not receive the card’s certificate.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato il certificato della carta: %1</source>
        <translation>The portal refused the card’s certificate: %1</translation>
    </message>
</context>
<context>
    <name>CredentialsText</name>
    <message numerus="yes">
        <source>Lo User ID deve avere almeno %n caratteri.</source>
        <translation>
            <numerusform>The User ID must be at least %n character long.</numerusform>
            <numerusform>The User ID must be at least %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lo User ID può avere al massimo %n caratteri.</source>
        <translation>
            <numerusform>The User ID can be at most %n character long.</numerusform>
            <numerusform>The User ID can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lo User ID non può contenere spazi (posizione %1).</source>
        <translation>The User ID cannot contain spaces (position %1).</translation>
    </message>
    <message>
        <source>Lo User ID non può contenere il punto «.» (posizione %1).</source>
        <translation>The User ID cannot contain a full stop “.” (position %1).</translation>
    </message>
    <message>
        <source>Lo User ID non può contenere l&apos;asterisco «*» (posizione %1).</source>
        <translation>The User ID cannot contain an asterisk “*” (position %1).</translation>
    </message>
    <message>
        <source>Lo User ID non può contenere lettere accentate: «%1» (posizione %2). Usa la lettera senza accento.</source>
        <translation>The User ID cannot contain accented letters: “%1” (position %2). Use the letter without the accent.</translation>
    </message>
    <message>
        <source>Lo User ID non può contenere il carattere «%1» (posizione %2): solo lettere e cifre.</source>
        <translation>The User ID cannot contain the character “%1” (position %2): letters and digits only.</translation>
    </message>
    <message>
        <source>Lo User ID non può contenere il carattere «%1» (posizione %2): solo lettere, cifre e %3.</source>
        <translation>The User ID cannot contain the character “%1” (position %2): letters, digits and %3 only.</translation>
    </message>
    <message>
        <source>Da %1 a %2 caratteri: lettere senza accento e cifre. Non sono ammessi spazi, punti, asterischi né altri caratteri speciali.</source>
        <translation>%1 to %2 characters: unaccented letters and digits. Spaces, full stops, asterisks and other special characters are not allowed.</translation>
    </message>
    <message>
        <source>Da %1 a %2 caratteri: lettere senza accento, cifre e %3. Non sono ammessi spazi, punti, asterischi né altri caratteri speciali.</source>
        <translation>%1 to %2 characters: unaccented letters, digits and %3. Spaces, full stops, asterisks and other special characters are not allowed.</translation>
    </message>
    <message numerus="yes">
        <source>Almeno %n caratteri</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Al massimo %n caratteri</source>
        <translation>
            <numerusform>At most %n character</numerusform>
            <numerusform>At most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Almeno una lettera minuscola</source>
        <translation>At least one lower-case letter</translation>
    </message>
    <message>
        <source>Almeno una lettera maiuscola</source>
        <translation>At least one upper-case letter</translation>
    </message>
    <message>
        <source>Almeno una cifra</source>
        <translation>At least one digit</translation>
    </message>
    <message>
        <source>Almeno un simbolo (ad esempio ! ? - _ #)</source>
        <translation>At least one symbol (for example ! ? - _ #)</translation>
    </message>
    <message>
        <source>Non deve contenere lo User ID</source>
        <translation>Must not contain the User ID</translation>
    </message>
    <message>
        <source>Deve essere diversa dalla password attuale</source>
        <translation>Must differ from the current password</translation>
    </message>
    <message>
        <source>una lettera minuscola</source>
        <translation>one lower-case letter</translation>
    </message>
    <message>
        <source>una lettera maiuscola</source>
        <translation>one upper-case letter</translation>
    </message>
    <message>
        <source>una cifra</source>
        <translation>one digit</translation>
    </message>
    <message>
        <source>un simbolo</source>
        <translation>one symbol</translation>
    </message>
    <message>
        <source>La password deve avere da %1 a %2 caratteri</source>
        <translation>The password must have %1 to %2 characters</translation>
    </message>
    <message>
        <source>non deve contenere lo User ID.</source>
        <translation>it must not contain the User ID.</translation>
    </message>
    <message>
        <source>%1 e %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>%1, almeno %2; %3</source>
        <translation>%1, at least %2; %3</translation>
    </message>
    <message>
        <source>Molto debole</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Debole</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Discreta</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Robusta</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Molto robusta</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Cittadino</source>
        <translation>Citizen</translation>
    </message>
    <message>
        <source>Aziende, Professionisti ed Enti</source>
        <translation>Companies, Professionals and Organisations</translation>
    </message>
    <message>
        <source>Turisti</source>
        <translation>Tourists</translation>
    </message>
    <message>
        <source>Per le persone fisiche. Puoi scegliere il Profilo Base o il Profilo Completo.</source>
        <translation>For individuals. You can choose the Basic Profile or the Full Profile.</translation>
    </message>
    <message>
        <source>Per chi opera per conto di un&apos;impresa, di uno studio professionale o di un ente. Per ora è disponibile solo il Profilo Base.</source>
        <translation>For people acting on behalf of a company, a professional firm or an organisation. For now only the Basic Profile is available.</translation>
    </message>
    <message>
        <source>Per chi non risiede in Italia e usa i servizi per un soggiorno. Per ora è disponibile solo il Profilo Base.</source>
        <translation>For people who do not live in Italy and use the services during a stay. For now only the Basic Profile is available.</translation>
    </message>
    <message>
        <source>Profilo Base</source>
        <translation>Basic Profile</translation>
    </message>
    <message>
        <source>Profilo Completo</source>
        <translation>Full Profile</translation>
    </message>
    <message>
        <source>Accesso limitato ai servizi: bastano nome, cognome ed email.</source>
        <translation>Limited access to the services: first name, surname and email are enough.</translation>
    </message>
    <message>
        <source>Tutte le operazioni online disponibili sul portale: serve anche il codice fiscale.</source>
        <translation>Every online operation the portal offers: the tax code is also needed.</translation>
    </message>
    <message>
        <source>User ID o password non corretti. Dopo alcuni tentativi sbagliati l&apos;accesso viene bloccato per qualche minuto.</source>
        <translation>Wrong User ID or password. After a few failed attempts access is blocked for a few minutes.</translation>
    </message>
    <message>
        <source>Troppi tentativi non riusciti: per sicurezza l&apos;accesso è bloccato per qualche minuto. Riprova più tardi.</source>
        <translation>Too many failed attempts: for security, access is blocked for a few minutes. Try again later.</translation>
    </message>
    <message>
        <source>Troppi tentativi non riusciti: per sicurezza l&apos;accesso è bloccato fino alle %1. Riprova dopo quell&apos;ora.</source>
        <translation>Too many failed attempts: for security, access is blocked until %1. Try again after that time.</translation>
    </message>
    <message>
        <source>La registrazione non è ancora confermata: apri il link dell&apos;email che il portale ti ha inviato, poi accedi.</source>
        <translation>The registration is not confirmed yet: open the link in the email the portal sent you, then log in.</translation>
    </message>
    <message>
        <source>Questo portale non rilascia più nuove credenziali: accedi con SPID o con la CNS.</source>
        <translation>This portal no longer issues new credentials: log in with SPID or the CNS card.</translation>
    </message>
    <message>
        <source>Questo portale non accetta più le proprie credenziali: accedi con SPID o con la CNS.</source>
        <translation>This portal no longer accepts its own credentials: log in with SPID or the CNS card.</translation>
    </message>
    <message>
        <source>È passato troppo tempo dall&apos;accesso con la password temporanea: accedi di nuovo con la stessa password temporanea e scegli subito la nuova.</source>
        <translation>Too much time has passed since you logged in with the temporary password: log in again with the same temporary password and choose the new one straight away.</translation>
    </message>
    <message>
        <source>Il tuo account accede con SPID o CNS e non ha una password del portale da cambiare.</source>
        <translation>Your account logs in with SPID or the CNS card and has no portal password to change.</translation>
    </message>
    <message>
        <source>Il link di conferma non è valido o è già stato usato. Controlla di averlo copiato per intero.</source>
        <translation>The confirmation link is not valid or has already been used. Check that you copied all of it.</translation>
    </message>
    <message>
        <source>Il link di conferma è scaduto: registrati di nuovo per riceverne uno nuovo.</source>
        <translation>The confirmation link has expired: register again to receive a new one.</translation>
    </message>
    <message>
        <source>Il portale non è riuscito a inviare l&apos;email: nulla è stato registrato o cambiato. Riprova più tardi.</source>
        <translation>The portal could not send the email: nothing was registered or changed. Try again later.</translation>
    </message>
    <message>
        <source>Il portale ha segnalato dati da correggere: vedi i messaggi accanto ai campi.</source>
        <translation>The portal reported data to correct: see the messages next to the fields.</translation>
    </message>
    <message>
        <source>Questo User ID è già in uso: scegline un altro.</source>
        <translation>This User ID is already taken: choose another one.</translation>
    </message>
    <message>
        <source>La password attuale non è corretta.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Questo codice fiscale è già registrato: se è il tuo, usa «Password dimenticata?».</source>
        <translation>This tax code is already registered: if it is yours, use “Forgot your password?”.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>L&apos;indirizzo inserito non è valido. Scrivi l&apos;indirizzo del portale, ad esempio https://inlinea.cittametropolitana.mi.it.</source>
        <translation>The address entered is not valid. Enter the portal&apos;s address, for example https://inlinea.cittametropolitana.mi.it.</translation>
    </message>
    <message>
        <source>Il portale deve essere raggiunto con una connessione protetta: usa un indirizzo che inizia con https://.</source>
        <translation>The portal must be reached over a secure connection: use an address that starts with https://.</translation>
    </message>
    <message>
        <source>Il server indicato non esiste: controlla di aver scritto correttamente il nome del portale.</source>
        <translation>The server specified does not exist: check that you have typed the portal&apos;s name correctly.</translation>
    </message>
    <message>
        <source>Il server ha rifiutato la connessione: il portale potrebbe essere spento o la porta sbagliata.</source>
        <translation>The server refused the connection: the portal may be switched off or the port may be wrong.</translation>
    </message>
    <message>
        <source>Il portale non ha risposto in tempo. Riprova tra poco o controlla la connessione.</source>
        <translation>The portal did not respond in time. Try again shortly or check your connection.</translation>
    </message>
    <message>
        <source>Il server non usa una connessione protetta (TLS) su questa porta: non è l&apos;indirizzo di un portale.</source>
        <translation>The server does not use a secure connection (TLS) on this port: this is not a portal address.</translation>
    </message>
    <message>
        <source>Il certificato del portale non è emesso da un&apos;autorità attendibile. Se il portale usa una CA interna, aggiungi il suo certificato nelle impostazioni.</source>
        <translation>The portal&apos;s certificate was not issued by a trusted authority. If the portal uses an internal CA, add its certificate in the settings.</translation>
    </message>
    <message>
        <source>Il certificato del portale è scaduto o non ancora valido. Verifica la data del computer o avvisa il gestore del portale.</source>
        <translation>The portal&apos;s certificate has expired or is not yet valid. Check the computer&apos;s date or notify the portal administrator.</translation>
    </message>
    <message>
        <source>Il certificato del portale è stato rilasciato per un altro indirizzo: la connessione potrebbe non essere sicura.</source>
        <translation>The portal&apos;s certificate was issued for a different address: the connection may not be secure.</translation>
    </message>
    <message>
        <source>Non è stato possibile stabilire una connessione sicura con il portale.</source>
        <translation>A secure connection to the portal could not be established.</translation>
    </message>
    <message>
        <source>A questo indirizzo risponde un server web, ma non è un portale compatibile con Inlinea Desktop. Controlla l&apos;indirizzo.</source>
        <translation>A web server responds at this address, but it is not a portal compatible with Inlinea Desktop. Check the address.</translation>
    </message>
    <message>
        <source>Il portale usa una versione dell&apos;interfaccia (%1) che questa versione di Inlinea Desktop non conosce: aggiorna l&apos;applicazione.</source>
        <translation>The portal uses an interface version (%1) that this version of Inlinea Desktop does not recognise: please update the application.</translation>
    </message>
    <message>
        <source>Il portale ha un problema temporaneo (errore %1). Riprova più tardi.</source>
        <translation>The portal has a temporary problem (error %1). Please try again later.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la richiesta (errore %1).</source>
        <translation>The portal rejected the request (error %1).</translation>
    </message>
    <message>
        <source>La sessione è scaduta: accedi di nuovo.</source>
        <translation>Your session has expired: please sign in again.</translation>
    </message>
    <message>
        <source>Il computer non è connesso alla rete.</source>
        <translation>The computer is not connected to the network.</translation>
    </message>
    <message>
        <source>Operazione annullata.</source>
        <translation>Operation cancelled.</translation>
    </message>
    <message>
        <source>Errore di comunicazione con il portale.</source>
        <translation>Error communicating with the portal.</translation>
    </message>
    <message>
        <source>server sconosciuto</source>
        <translation>unknown server</translation>
    </message>
    <message>
        <source>connessione rifiutata</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>nessuna risposta</source>
        <translation>no response</translation>
    </message>
    <message>
        <source>connessione non sicura</source>
        <translation>insecure connection</translation>
    </message>
    <message>
        <source>certificato non attendibile</source>
        <translation>untrusted certificate</translation>
    </message>
    <message>
        <source>certificato scaduto</source>
        <translation>expired certificate</translation>
    </message>
    <message>
        <source>certificato per un altro indirizzo</source>
        <translation>certificate for a different address</translation>
    </message>
    <message>
        <source>non è un portale</source>
        <translation>not a portal</translation>
    </message>
    <message>
        <source>versione non supportata</source>
        <translation>unsupported version</translation>
    </message>
    <message>
        <source>errore %1 del portale</source>
        <translation>portal error %1</translation>
    </message>
    <message>
        <source>rete assente</source>
        <translation>no network</translation>
    </message>
    <message>
        <source>errore di comunicazione</source>
        <translation>communication error</translation>
    </message>
    <message>
        <source>Il file del certificato CA «%1» non può essere letto.</source>
        <translation>The CA certificate file “%1” cannot be read.</translation>
    </message>
    <message>
        <source>Il file «%1» non contiene un certificato (PEM o DER).</source>
        <translation>The file “%1” does not contain a certificate (PEM or DER).</translation>
    </message>
    <message>
        <source>Accesso riuscito, ma la sessione non può essere custodita nel portachiavi del sistema (%1): Inlinea Desktop non salva le credenziali in altri modi. Avvia il portachiavi e riprova.</source>
        <translation>Signed in, but the session cannot be kept in the system keyring (%1): Inlinea Desktop does not store credentials any other way. Start the keyring and try again.</translation>
    </message>
</context>
<context>
    <name>FormFieldSpec</name>
    <message>
        <source>Il valore minimo è %1</source>
        <translation>The minimum value is %1</translation>
    </message>
    <message>
        <source>Il valore massimo è %1</source>
        <translation>The maximum value is %1</translation>
    </message>
    <message>
        <source>Scrivere un numero intero</source>
        <translation>Enter a whole number</translation>
    </message>
    <message>
        <source>Scrivere un numero</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>Valore non ammesso</source>
        <translation>Value not allowed</translation>
    </message>
    <message>
        <source>Formato non valido</source>
        <translation>Invalid format</translation>
    </message>
</context>
<context>
    <name>FormPdf</name>
    <message>
        <source>Modulo compilato</source>
        <translation>Completed form</translation>
    </message>
    <message>
        <source>Procedimento %1 · versione %2</source>
        <translation>Procedure %1 · version %2</translation>
    </message>
    <message>
        <source>Bozza (non ancora inviata)</source>
        <translation>Draft (not sent yet)</translation>
    </message>
    <message>
        <source>Inviata · CIP %1</source>
        <translation>Sent · CIP %1</translation>
    </message>
    <message>
        <source>Codice fiscale / P.IVA: %1</source>
        <translation>Tax code / VAT number: %1</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Titolo della richiesta</source>
        <translation>Title of the request</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Documento generato il</source>
        <translation>Document generated on</translation>
    </message>
    <message>
        <source>Nessun elemento.</source>
        <translation>No items.</translation>
    </message>
    <message>
        <source>Elemento %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Allegati</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Nessun allegato.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Impronta dei dati</source>
        <translation>Data fingerprint</translation>
    </message>
    <message>
        <source>SHA-256 dei dati del modulo (JSON compatto, chiavi in ordine alfabetico): permette di verificare che una copia firmata corrisponda ai dati inviati.</source>
        <translation>SHA-256 of the form data (compact JSON, keys in alphabetical order): it lets you check that a signed copy matches the data sent.</translation>
    </message>
    <message>
        <source>Bozza</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>CIP %1</source>
        <translation>CIP %1</translation>
    </message>
</context>
<context>
    <name>FormProblems</name>
    <message>
        <source>Manca: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Da correggere: %1</source>
        <translation>To correct: %1</translation>
    </message>
</context>
<context>
    <name>LoginFinisher</name>
    <message>
        <source>Completamento dell&apos;accesso…</source>
        <translation>Completing the login…</translation>
    </message>
</context>
<context>
    <name>LoginMethodText</name>
    <message>
        <source>SPID</source>
        <translation>SPID</translation>
    </message>
    <message>
        <source>CNS/CRS (smart card)</source>
        <translation>CNS/CRS (smart card)</translation>
    </message>
    <message>
        <source>credenziali del portale</source>
        <translation>portal credentials</translation>
    </message>
</context>
<context>
    <name>PdfPrinter</name>
    <message>
        <source>Pagina %1 di %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PdfStyle</name>
    <message>
        <source>Allegato</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dimensione</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>%1 alle %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>%1 byte</source>
        <translation>%1 bytes</translation>
    </message>
</context>
<context>
    <name>PortalProblemText</name>
    <message>
        <source>Valore non accettato dal portale</source>
        <translation>Value not accepted by the portal</translation>
    </message>
</context>
<context>
    <name>ProfileFieldText</name>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Nato il</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Stato di nascita</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>Provincia di nascita</source>
        <translation>Province of birth</translation>
    </message>
    <message>
        <source>Comune di nascita</source>
        <translation>Municipality of birth</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Residenza: indirizzo</source>
        <translation>Residence: address</translation>
    </message>
    <message>
        <source>Residenza: comune</source>
        <translation>Residence: municipality</translation>
    </message>
    <message>
        <source>Residenza: CAP</source>
        <translation>Residence: postcode (CAP)</translation>
    </message>
    <message>
        <source>Residenza: provincia</source>
        <translation>Residence: province</translation>
    </message>
    <message>
        <source>Notizie sugli eventi dell&apos;Ente</source>
        <translation>News about the authority&apos;s events</translation>
    </message>
    <message>
        <source>Aggiornamenti dei servizi on-line</source>
        <translation>Updates on the online services</translation>
    </message>
    <message>
        <source>Accesso come funzionario</source>
        <translation>Sign-in as an official</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <source>Inlinea · Sportello telematico</source>
        <translation>Inlinea · Online desk</translation>
    </message>
    <message>
        <source>Ricevuta di invio</source>
        <translation>Submission receipt</translation>
    </message>
    <message>
        <source>Codice identificativo della pratica (CIP)</source>
        <translation>Application identification code (CIP)</translation>
    </message>
    <message>
        <source>Codice fiscale / P.IVA: %1</source>
        <translation>Tax code / VAT number: %1</translation>
    </message>
    <message>
        <source>Codice %1 · versione %2</source>
        <translation>Code %1 · version %2</translation>
    </message>
    <message>
        <source>Protocollo</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <source>Data e ora di invio</source>
        <translation>Date and time sent</translation>
    </message>
    <message>
        <source>Procedimento</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Richiedente</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Allegati</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Nessun allegato.</source>
        <translation>No attachments.</translation>
    </message>
    <message>
        <source>Impronta della richiesta</source>
        <translation>Request fingerprint</translation>
    </message>
    <message>
        <source>SHA-256 del corpo della richiesta ricevuta dal portale:</source>
        <translation>SHA-256 of the request body received by the portal:</translation>
    </message>
    <message>
        <source>Conservi questa ricevuta. Il CIP %1 identifica la pratica: lo indichi in ogni richiesta successiva (integrazioni, chiarimenti, accesso agli atti).</source>
        <translation>Keep this receipt. The CIP %1 identifies the application: quote it in every later request (additions, clarifications, access to records).</translation>
    </message>
    <message>
        <source>Ricevuta di invio · CIP %1 · protocollo %2</source>
        <translation>Submission receipt · CIP %1 · registration %2</translation>
    </message>
    <message>
        <source>Ricevuta di invio %1</source>
        <translation>Submission receipt %1</translation>
    </message>
</context>
<context>
    <name>SchemaProblemText</name>
    <message>
        <source>Campo obbligatorio</source>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Scrivere un numero intero</source>
        <translation>Enter a whole number</translation>
    </message>
    <message>
        <source>Scrivere un numero</source>
        <translation>Enter a number</translation>
    </message>
    <message>
        <source>Scegliere sì o no</source>
        <translation>Choose yes or no</translation>
    </message>
    <message>
        <source>Tipo di valore non valido</source>
        <translation>Invalid type of value</translation>
    </message>
    <message>
        <source>Valore non ammesso</source>
        <translation>Value not allowed</translation>
    </message>
    <message>
        <source>Formato non valido</source>
        <translation>Invalid format</translation>
    </message>
    <message>
        <source>Data non valida</source>
        <translation>Invalid date</translation>
    </message>
    <message>
        <source>Indirizzo email non valido</source>
        <translation>Invalid email address</translation>
    </message>
    <message numerus="yes">
        <source>Troppo corto: almeno %n caratteri</source>
        <translation>
            <numerusform>Too short: at least %n character</numerusform>
            <numerusform>Too short: at least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Troppo lungo: al massimo %n caratteri</source>
        <translation>
            <numerusform>Too long: at most %n character</numerusform>
            <numerusform>Too long: at most %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Il valore minimo è %1</source>
        <translation>The minimum is %1</translation>
    </message>
    <message>
        <source>Il valore massimo è %1</source>
        <translation>The maximum is %1</translation>
    </message>
    <message numerus="yes">
        <source>Occorre almeno %n elemento</source>
        <translation>
            <numerusform>At least %n item is needed</numerusform>
            <numerusform>At least %n items are needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Al massimo %n elementi</source>
        <translation>
            <numerusform>At most %n item</numerusform>
            <numerusform>At most %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Valore non previsto dal modulo</source>
        <translation>Value not expected by the form</translation>
    </message>
    <message>
        <source>Valore non valido</source>
        <translation>Invalid value</translation>
    </message>
</context>
<context>
    <name>SpidText</name>
    <message>
        <source>Accesso con SPID interrotto: la finestra è stata chiusa.</source>
        <translation>SPID sign-in interrupted: the window was closed.</translation>
    </message>
    <message>
        <source>L&apos;accesso con SPID non è stato completato in tempo: riprova.</source>
        <translation>The SPID sign-in was not completed in time: try again.</translation>
    </message>
    <message>
        <source>La risposta ricevuta non corrisponde alla richiesta di accesso: per sicurezza è stata scartata. Riprova.</source>
        <translation>The answer received does not match the sign-in request: it was discarded for your security. Try again.</translation>
    </message>
    <message>
        <source>La pagina di accesso non ha un certificato attendibile (%1): l&apos;accesso è stato interrotto.</source>
        <translation>The sign-in page does not have a trusted certificate (%1): the sign-in was stopped.</translation>
    </message>
    <message>
        <source>Accesso non riuscito: troppi tentativi con credenziali errate presso il gestore SPID.</source>
        <translation>Sign-in failed: too many attempts with wrong credentials at the SPID provider.</translation>
    </message>
    <message>
        <source>Accesso non riuscito: le credenziali usate non hanno il livello di sicurezza richiesto (SPID 2).</source>
        <translation>Sign-in failed: the credentials used do not have the required security level (SPID 2).</translation>
    </message>
    <message>
        <source>Accesso non riuscito: il tempo per l&apos;autenticazione presso il gestore SPID è scaduto.</source>
        <translation>Sign-in failed: the time for authenticating at the SPID provider ran out.</translation>
    </message>
    <message>
        <source>Accesso non effettuato: non hai dato il consenso all&apos;invio dei dati (NO ACCONSENTO).</source>
        <translation>Not signed in: you did not consent to sending your data (NO ACCONSENTO).</translation>
    </message>
    <message>
        <source>Accesso non riuscito: l&apos;identità SPID risulta sospesa o revocata.</source>
        <translation>Sign-in failed: the SPID identity is suspended or revoked.</translation>
    </message>
    <message>
        <source>Accesso con SPID annullato presso il gestore.</source>
        <translation>SPID sign-in cancelled at the provider.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la risposta del gestore SPID (codice %1).</source>
        <translation>The portal refused the SPID provider’s answer (code %1).</translation>
    </message>
    <message>
        <source>Accesso con SPID non riuscito (%1).</source>
        <translation>SPID sign-in failed (%1).</translation>
    </message>
    <message>
        <source>La pagina di accesso non si è caricata: il gestore SPID o il portale non sono raggiungibili. Riprova più tardi.</source>
        <translation>The sign-in page did not load: the SPID provider or the portal cannot be reached. Try again later.</translation>
    </message>
</context>
<context>
    <name>SubmissionText</name>
    <message>
        <source>P7M (firmato)</source>
        <translation>P7M (signed)</translation>
    </message>
    <message>
        <source>L&apos;anagrafica è stata creata sul computer e il portale non l&apos;ha ancora ricevuta.</source>
        <translation>The registered party was created on this computer and the portal has not received it yet.</translation>
    </message>
    <message>
        <source>Manca l&apos;allegato obbligatorio «%1».</source>
        <translation>The required attachment “%1” is missing.</translation>
    </message>
    <message numerus="yes">
        <source>«%1» accetta al massimo %n file.</source>
        <translation>
            <numerusform>“%1” takes at most %n file.</numerusform>
            <numerusform>“%1” takes at most %n files.</numerusform>
        </translation>
    </message>
    <message>
        <source>Il file %1 è troppo grande per «%2» (massimo %3).</source>
        <translation>The file %1 is too large for “%2” (maximum %3).</translation>
    </message>
    <message>
        <source>Il file %1 non è di un tipo accettato da «%2».</source>
        <translation>The file %1 is not of a type “%2” accepts.</translation>
    </message>
    <message>
        <source>Il file %1 non si trova più o non si può leggere.</source>
        <translation>The file %1 can no longer be found or read.</translation>
    </message>
    <message>
        <source>Il file %1 è cambiato dopo essere stato allegato.</source>
        <translation>The file %1 changed after it was attached.</translation>
    </message>
    <message numerus="yes">
        <source>Il portale accetta al massimo %n allegati per pratica.</source>
        <translation>
            <numerusform>The portal takes at most %n attachment per application.</numerusform>
            <numerusform>The portal takes at most %n attachments per application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questo procedimento chiede la domanda firmata digitalmente: la firma con la carta non è ancora disponibile nell&apos;applicazione.</source>
        <translation>This procedure asks for a digitally signed application: signing with the card is not available in the app yet.</translation>
    </message>
    <message>
        <source>Collegati al portale e attendi che le modifiche in attesa siano inviate.</source>
        <translation>Connect to the portal and wait until the pending changes are sent.</translation>
    </message>
    <message>
        <source>Allega il file nella scheda «Allegati».</source>
        <translation>Attach the file in the “Attachments” tab.</translation>
    </message>
    <message>
        <source>Togli i file in più.</source>
        <translation>Remove the extra files.</translation>
    </message>
    <message>
        <source>Riduci il file (per esempio una scansione a risoluzione più bassa).</source>
        <translation>Make the file smaller (for example a scan at a lower resolution).</translation>
    </message>
    <message>
        <source>Allega il documento in uno dei formati indicati per l&apos;allegato.</source>
        <translation>Attach the document in one of the formats listed for the attachment.</translation>
    </message>
    <message>
        <source>Rimetti il file al suo posto oppure toglilo e allegalo di nuovo.</source>
        <translation>Put the file back where it was, or remove it and attach it again.</translation>
    </message>
    <message>
        <source>Controlla il file, poi toglilo e allegalo di nuovo.</source>
        <translation>Check the file, then remove it and attach it again.</translation>
    </message>
    <message>
        <source>Unisci alcuni documenti in un solo PDF.</source>
        <translation>Merge some documents into a single PDF.</translation>
    </message>
    <message>
        <source>Puoi inviare comunque: il portale accetta la domanda senza firma.</source>
        <translation>You can send anyway: the portal accepts the application without a signature.</translation>
    </message>
    <message>
        <source>Inviata — CIP %1</source>
        <translation>Sent — CIP %1</translation>
    </message>
    <message>
        <source>Respinta: da correggere</source>
        <translation>Refused: to be corrected</translation>
    </message>
    <message>
        <source>In invio</source>
        <translation>Sending</translation>
    </message>
    <message numerus="yes">
        <source>In invio (%n tentativi)</source>
        <translation>
            <numerusform>Sending (%n attempt)</numerusform>
            <numerusform>Sending (%n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>Caricamento di %1</source>
        <translation>Uploading %1</translation>
    </message>
    <message>
        <source>Invio della domanda</source>
        <translation>Sending the application</translation>
    </message>
    <message>
        <source>riuscito</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>riuscito: il portale aveva già registrato questa domanda e ha risposto con la stessa ricevuta</source>
        <translation>succeeded: the portal had already registered this application and answered with the same receipt</translation>
    </message>
    <message>
        <source>portale non raggiungibile</source>
        <translation>portal unreachable</translation>
    </message>
    <message>
        <source>nessuna risposta in tempo</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <source>sessione scaduta: accedi di nuovo</source>
        <translation>session expired: log in again</translation>
    </message>
    <message>
        <source>dati rifiutati dal portale</source>
        <translation>data refused by the portal</translation>
    </message>
    <message>
        <source>errore del portale</source>
        <translation>portal error</translation>
    </message>
    <message>
        <source>il file è cambiato dopo essere stato allegato</source>
        <translation>the file changed after it was attached</translation>
    </message>
    <message>
        <source>non riuscito (%1)</source>
        <translation>failed (%1)</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la domanda.</source>
        <translation>The portal refused the application.</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>Campo obbligatorio</source>
        <translation>Required field</translation>
    </message>
    <message>
        <source>Lunghezza errata: servono %1 caratteri (o %2 cifre), inseriti %3</source>
        <translation>Wrong length: %1 characters (or %2 digits) required, %3 entered</translation>
    </message>
    <message>
        <source>Lunghezza errata: servono %1 caratteri, inseriti %2</source>
        <translation>Wrong length: %1 characters required, %2 entered</translation>
    </message>
    <message>
        <source>Mese di nascita non valido in posizione %1: «%2» non è una lettera di mese (A B C D E H L M P R S T)</source>
        <translation>Invalid birth month at position %1: “%2” is not a month letter (A B C D E H L M P R S T)</translation>
    </message>
    <message>
        <source>Giorno di nascita non valido: %1 (ammessi 01–31 per gli uomini, 41–71 per le donne)</source>
        <translation>Invalid day of birth: %1 (01–31 allowed for men, 41–71 for women)</translation>
    </message>
    <message>
        <source>Carattere di controllo errato: atteso %1 (inserito %2)</source>
        <translation>Wrong check character: expected %1 (entered %2)</translation>
    </message>
    <message>
        <source>Cifra di controllo errata, attesa %1 (inserita %2)</source>
        <translation>Wrong check digit, expected %1 (entered %2)</translation>
    </message>
    <message>
        <source>Numero non valido: le prime 7 cifre (il numero di matricola) sono tutte zero</source>
        <translation>Invalid number: the first 7 digits (the registration number) are all zero</translation>
    </message>
    <message>
        <source>«%1» non è la sigla di una provincia italiana</source>
        <translation>“%1” is not the code of an Italian province</translation>
    </message>
    <message>
        <source>Data non valida: scrivila come gg/mm/aaaa, ad esempio 22/08/1974</source>
        <translation>Invalid date: write it as dd/mm/yyyy, for example 22/08/1974</translation>
    </message>
    <message>
        <source>Formato non valido</source>
        <translation>Invalid format</translation>
    </message>
    <message>
        <source>La data di nascita %1 è successiva a oggi</source>
        <translation>The date of birth %1 is later than today</translation>
    </message>
    <message>
        <source>Dato dell&apos;identità digitale (SPID o CNS): non si può modificare</source>
        <translation>Data from your digital identity (SPID or CNS): it cannot be changed</translation>
    </message>
    <message>
        <source>Valore non valido</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <source>Partita IVA</source>
        <translation>VAT number (partita IVA)</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode (CAP)</translation>
    </message>
    <message>
        <source>Provincia</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>attesa una lettera</source>
        <translation>a letter is expected</translation>
    </message>
    <message>
        <source>attesa una cifra</source>
        <translation>a digit is expected</translation>
    </message>
    <message>
        <source>attesa una cifra (o una lettera di omocodia: L M N P Q R S T U V)</source>
        <translation>a digit is expected (or an omocodia letter: L M N P Q R S T U V)</translation>
    </message>
    <message>
        <source>attesa una lettera di mese (A B C D E H L M P R S T)</source>
        <translation>a month letter is expected (A B C D E H L M P R S T)</translation>
    </message>
    <message>
        <source>Spazio non ammesso in posizione %1</source>
        <translation>Space not allowed at position %1</translation>
    </message>
    <message>
        <source>Spazio non ammesso in posizione %1: %2</source>
        <translation>Space not allowed at position %1: %2</translation>
    </message>
    <message>
        <source>Carattere «%1» non valido in posizione %2</source>
        <translation>Invalid character “%1” at position %2</translation>
    </message>
    <message>
        <source>Carattere «%1» non valido in posizione %2: %3</source>
        <translation>Invalid character “%1” at position %2: %3</translation>
    </message>
    <message>
        <source>Data inesistente</source>
        <translation>Nonexistent date</translation>
    </message>
    <message>
        <source>il mese %1 non esiste</source>
        <translation>month %1 does not exist</translation>
    </message>
    <message>
        <source>il giorno 0 non esiste</source>
        <translation>day 0 does not exist</translation>
    </message>
    <message>
        <source>l&apos;anno 0 non esiste</source>
        <translation>year 0 does not exist</translation>
    </message>
    <message>
        <source>il 29 febbraio esiste solo negli anni bisestili</source>
        <translation>29 February exists only in leap years</translation>
    </message>
    <message>
        <source>il %1 non è bisestile</source>
        <translation>%1 is not a leap year</translation>
    </message>
    <message>
        <source>febbraio ha al massimo 29 giorni</source>
        <translation>February has at most 29 days</translation>
    </message>
    <message>
        <source>%1 ha %2 giorni</source>
        <translation>%1 has %2 days</translation>
    </message>
    <message>
        <source>Data di nascita inesistente: %1 (%2)</source>
        <translation>Nonexistent date of birth: %1 (%2)</translation>
    </message>
    <message>
        <source>Data inesistente: %1 (%2)</source>
        <translation>Nonexistent date: %1 (%2)</translation>
    </message>
    <message>
        <source>Indirizzo non valido: manca la @ (ad esempio nome@dominio.it)</source>
        <translation>Invalid address: the @ is missing (for example name@domain.it)</translation>
    </message>
    <message>
        <source>Indirizzo non valido: contiene più di una @ (inserisci un solo indirizzo)</source>
        <translation>Invalid address: it contains more than one @ (enter a single address)</translation>
    </message>
    <message>
        <source>Indirizzo non valido: manca il nome prima della @</source>
        <translation>Invalid address: the name before the @ is missing</translation>
    </message>
    <message>
        <source>Indirizzo non valido: la parte prima della @ supera i 64 caratteri</source>
        <translation>Invalid address: the part before the @ is longer than 64 characters</translation>
    </message>
    <message>
        <source>Indirizzo non valido: non può contenere spazi</source>
        <translation>Invalid address: it cannot contain spaces</translation>
    </message>
    <message>
        <source>Indirizzo non valido: il carattere «%1» non è ammesso prima della @</source>
        <translation>Invalid address: the character “%1” is not allowed before the @</translation>
    </message>
    <message>
        <source>Indirizzo non valido: prima della @ il punto non può stare all&apos;inizio, alla fine o due volte di seguito</source>
        <translation>Invalid address: before the @, a dot cannot be at the start, at the end or twice in a row</translation>
    </message>
    <message>
        <source>Indirizzo non valido: manca il dominio dopo la @</source>
        <translation>Invalid address: the domain after the @ is missing</translation>
    </message>
    <message>
        <source>Indirizzo non valido: il dominio dopo la @ deve contenere un punto (ad esempio dominio.it)</source>
        <translation>Invalid address: the domain after the @ must contain a dot (for example domain.it)</translation>
    </message>
    <message>
        <source>Indirizzo non valido: nel dominio il punto non può stare all&apos;inizio, alla fine o due volte di seguito</source>
        <translation>Invalid address: in the domain, a dot cannot be at the start, at the end or twice in a row</translation>
    </message>
    <message>
        <source>Indirizzo non valido: il carattere «%1» non è ammesso nel dominio</source>
        <translation>Invalid address: the character “%1” is not allowed in the domain</translation>
    </message>
    <message>
        <source>Indirizzo non valido: una parte del dominio inizia o finisce con un trattino</source>
        <translation>Invalid address: a part of the domain starts or ends with a hyphen</translation>
    </message>
    <message>
        <source>Indirizzo non valido: una parte del dominio supera i 63 caratteri</source>
        <translation>Invalid address: a part of the domain is longer than 63 characters</translation>
    </message>
    <message>
        <source>Indirizzo non valido: il dominio deve finire con un suffisso di almeno due lettere (ad esempio .it)</source>
        <translation>Invalid address: the domain must end with a suffix of at least two letters (for example .it)</translation>
    </message>
    <message>
        <source>Indirizzo non valido: supera i 254 caratteri</source>
        <translation>Invalid address: it is longer than 254 characters</translation>
    </message>
    <message>
        <source>Indirizzo email non valido</source>
        <translation>Invalid email address</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde al cognome: per questo cognome le prime tre lettere sono %1, non %2</source>
        <translation>The tax code does not match the surname: for this surname the first three letters are %1, not %2</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde al nome: per questo nome le lettere dalla 4ª alla 6ª sono %1, non %2</source>
        <translation>The tax code does not match the first name: for this name the 4th to 6th letters are %1, not %2</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde all&apos;anno di nascita: indica un anno che finisce per %1, la data di nascita per %2</source>
        <translation>The tax code does not match the year of birth: it gives a year ending in %1, the date of birth one ending in %2</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde al mese di nascita: indica %1 (%2), la data di nascita %3 (%4)</source>
        <translation>The tax code does not match the month of birth: it gives %1 (%2), the date of birth %3 (%4)</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde al giorno di nascita: indica il giorno %1, la data di nascita il %2</source>
        <translation>The tax code does not match the day of birth: it gives day %1, the date of birth day %2</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde al sesso: è il codice di una donna</source>
        <translation>The tax code does not match the sex: it is a woman&apos;s code</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde al sesso: è il codice di un uomo</source>
        <translation>The tax code does not match the sex: it is a man&apos;s code</translation>
    </message>
    <message>
        <source>Un codice fiscale di 11 cifre è di una società o di un ente, non di una persona</source>
        <translation>An 11-digit tax code belongs to a company or an organisation, not to a person</translation>
    </message>
    <message>
        <source>Il codice fiscale non corrisponde ai dati della persona</source>
        <translation>The tax code does not match the person&apos;s details</translation>
    </message>
    <message>
        <source>gennaio</source>
        <translation>January</translation>
    </message>
    <message>
        <source>febbraio</source>
        <translation>February</translation>
    </message>
    <message>
        <source>marzo</source>
        <translation>March</translation>
    </message>
    <message>
        <source>aprile</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maggio</source>
        <translation>May</translation>
    </message>
    <message>
        <source>giugno</source>
        <translation>June</translation>
    </message>
    <message>
        <source>luglio</source>
        <translation>July</translation>
    </message>
    <message>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <source>settembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>ottobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>dicembre</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::AnagraficaEditor</name>
    <message>
        <source>Nuova anagrafica</source>
        <translation>New registered party</translation>
    </message>
    <message>
        <source>Modifica anagrafica</source>
        <translation>Edit registered party</translation>
    </message>
    <message>
        <source>Tipo di anagrafica</source>
        <translation>Type of registered party</translation>
    </message>
    <message>
        <source>Maschio</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Femmina</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>es. MI</source>
        <translation>e.g. MI</translation>
    </message>
    <message>
        <source>Il confronto riguarda cognome, nome, data di nascita e sesso; il comune di nascita non viene verificato.</source>
        <translation>The check covers surname, first name, date of birth and sex; the municipality of birth is not verified.</translation>
    </message>
    <message>
        <source>Verifica codice fiscale</source>
        <translation>Tax code check</translation>
    </message>
    <message>
        <source>11 cifre</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Legale rappresentante</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>16 caratteri</source>
        <translation>16 characters</translation>
    </message>
    <message>
        <source>es. Amministratore unico</source>
        <translation>e.g. Sole director</translation>
    </message>
    <message>
        <source>es. Via Roma 1</source>
        <translation>e.g. Via Roma 1</translation>
    </message>
    <message>
        <source>5 cifre</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>Recapiti</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>nome@pec.it</source>
        <translation>name@pec.it</translation>
    </message>
    <message>
        <source>nome@dominio.it</source>
        <translation>name@domain.it</translation>
    </message>
    <message>
        <source>* campi obbligatori</source>
        <translation>* required fields</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 del legale rappresentante</source>
        <translation>%1 of the legal representative</translation>
    </message>
    <message>
        <source>Dati anagrafici</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>Dati della persona giuridica</source>
        <translation>Legal entity details</translation>
    </message>
    <message>
        <source>Dati dell&apos;ente</source>
        <translation>Public authority details</translation>
    </message>
    <message>
        <source>Residenza</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Sede legale</source>
        <translation>Registered office</translation>
    </message>
    <message>
        <source>11 cifre (o 16 caratteri)</source>
        <translation>11 digits (or 16 characters)</translation>
    </message>
    <message>
        <source>Si farà quando saranno inseriti: %1</source>
        <translation>It will be done once these are entered: %1</translation>
    </message>
    <message>
        <source>Si farà dopo aver corretto: %1</source>
        <translation>It will be done once you have corrected: %1</translation>
    </message>
    <message>
        <source>Il codice fiscale corrisponde ai dati anagrafici</source>
        <translation>The tax code matches the personal details</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Il portale non ha accettato questi dati:</source>
        <translation>The portal did not accept this data:</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::AnagraficheListModel</name>
    <message>
        <source>Sotto osservazione</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>Modifiche in attesa di invio</source>
        <translation>Changes waiting to be sent</translation>
    </message>
    <message>
        <source>ANAGRAFICA</source>
        <translation>REGISTERED PARTY</translation>
    </message>
    <message>
        <source>SEDE LEGALE / RESIDENZA</source>
        <translation>REGISTERED OFFICE / RESIDENCE</translation>
    </message>
    <message>
        <source>CODICE FISCALE / PARTITA IVA</source>
        <translation>TAX CODE / VAT NUMBER</translation>
    </message>
    <message>
        <source>DOMANDE</source>
        <translation>APPLICATIONS</translation>
    </message>
    <message>
        <source>Numero di pratiche presentate per l&apos;anagrafica</source>
        <translation>Number of applications submitted for the registered party</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::AnagrafichePage</name>
    <message>
        <source>Nuova anagrafica</source>
        <translation>New registered party</translation>
    </message>
    <message>
        <source>Apri</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Osserva</source>
        <translation>Watch</translation>
    </message>
    <message>
        <source>Elenco anagrafiche</source>
        <translation>Registered parties</translation>
    </message>
    <message>
        <source>Cerca per nome, codice fiscale, partita IVA o comune</source>
        <translation>Search by name, tax code, VAT number or municipality</translation>
    </message>
    <message>
        <source>Apri l&apos;anagrafica selezionata (Invio o doppio clic)</source>
        <translation>Open the selected registered party (Enter or double-click)</translation>
    </message>
    <message>
        <source>1 anagrafica</source>
        <translation>1 registered party</translation>
    </message>
    <message>
        <source>%1 anagrafiche</source>
        <translation>%1 registered parties</translation>
    </message>
    <message>
        <source>1 anagrafica trovata</source>
        <translation>1 registered party found</translation>
    </message>
    <message>
        <source>%1 anagrafiche trovate</source>
        <translation>%1 registered parties found</translation>
    </message>
    <message>
        <source>Non è stato possibile leggere l&apos;elenco salvato su questo computer.
%1</source>
        <translation>The list saved on this computer could not be read.
%1</translation>
    </message>
    <message>
        <source>Nessuna anagrafica corrisponde a «%1».</source>
        <translation>No registered party matches “%1”.</translation>
    </message>
    <message>
        <source>Non ci sono ancora anagrafiche.
Quelle registrate sul portale compaiono qui dopo la sincronizzazione; puoi anche crearne una con «Nuova anagrafica».</source>
        <translation>There are no registered parties yet.
Those registered on the portal appear here after synchronisation; you can also create one with “New registered party”.</translation>
    </message>
    <message>
        <source>Non osservare</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>Togli l&apos;anagrafica dall&apos;elenco di quelle sotto osservazione</source>
        <translation>Remove the registered party from the watch list</translation>
    </message>
    <message>
        <source>Tieni l&apos;anagrafica sotto osservazione</source>
        <translation>Watch the registered party</translation>
    </message>
    <message>
        <source>Un&apos;anagrafica con domande presentate non può essere eliminata</source>
        <translation>A registered party with submitted applications cannot be deleted</translation>
    </message>
    <message>
        <source>Elimina l&apos;anagrafica selezionata</source>
        <translation>Delete the selected registered party</translation>
    </message>
    <message>
        <source>Elimina anagrafica</source>
        <translation>Delete registered party</translation>
    </message>
    <message>
        <source>Eliminare l&apos;anagrafica «%1»?</source>
        <translation>Delete the registered party “%1”?</translation>
    </message>
    <message>
        <source>L&apos;anagrafica non è ancora stata inviata al portale: sarà eliminata solo da questo computer.</source>
        <translation>The registered party has not been sent to the portal yet: it will be deleted from this computer only.</translation>
    </message>
    <message>
        <source>L&apos;anagrafica sarà eliminata anche dal portale alla prossima sincronizzazione.</source>
        <translation>The registered party will also be deleted from the portal at the next synchronisation.</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::AppController</name>
    <message>
        <source>La carta è stata rimossa dal lettore: per sicurezza la sessione è stata chiusa. Reinserisci la carta per accedere di nuovo.</source>
        <translation>The card was removed from the reader: for your security the session has been closed. Insert the card to sign in again.</translation>
    </message>
    <message>
        <source>Sei uscito.</source>
        <translation>You have signed out.</translation>
    </message>
    <message>
        <source>La sessione è scaduta: accedi di nuovo. Il lavoro aperto non viene perso.</source>
        <translation>The session has expired: sign in again. Your open work is not lost.</translation>
    </message>
    <message>
        <source>Archivio locale non disponibile</source>
        <translation>Local archive not available</translation>
    </message>
    <message>
        <source>Non è stato possibile aprire l&apos;archivio locale delle anagrafiche: %1</source>
        <translation>The local archive of registered parties could not be opened: %1</translation>
    </message>
    <message>
        <source>%1 — dati salvati sul computer, senza accesso</source>
        <translation>%1 — data saved on this computer, not signed in</translation>
    </message>
    <message>
        <source>Accedi per inviare le modifiche in attesa e aggiornare i dati.</source>
        <translation>Sign in to send the pending changes and refresh the data.</translation>
    </message>
    <message>
        <source>Il portale è cambiato: accedi al nuovo portale.</source>
        <translation>The portal has changed: sign in to the new portal.</translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Per cambiare la password accedi al portale.</source>
        <translation>Log in to the portal to change the password.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::AttachmentsPanel</name>
    <message>
        <source>I file restano dove sono sul computer: l&apos;applicazione ne registra dimensione e impronta (SHA-256) e li carica sul portale al momento dell&apos;invio.</source>
        <translation>Files stay where they are on this computer: the app records their size and fingerprint (SHA-256) and uploads them to the portal when the application is sent.</translation>
    </message>
    <message>
        <source>Elenco degli allegati non leggibile: %1</source>
        <translation>The list of attachments cannot be read: %1</translation>
    </message>
    <message>
        <source>obbligatorio</source>
        <translation>required</translation>
    </message>
    <message numerus="yes">
        <source>%1 · fino a %2 per file · %n file al massimo</source>
        <translation>
            <numerusform>%1 · up to %2 per file · at most %n file</numerusform>
            <numerusform>%1 · up to %2 per file · at most %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Nessun file allegato.</source>
        <translation>No file attached.</translation>
    </message>
    <message>
        <source>Aggiungi file…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>Scegli il file da allegare</source>
        <translation>Choose the file to attach</translation>
    </message>
    <message>
        <source>File non allegato</source>
        <translation>File not attached</translation>
    </message>
    <message>
        <source>Il file non si può leggere: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>Questo file è già allegato qui.</source>
        <translation>This file is already attached here.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::CardPanel</name>
    <message>
        <source>Smart card</source>
        <translation>Smart card</translation>
    </message>
    <message>
        <source>Titolare:</source>
        <translation>Holder:</translation>
    </message>
    <message>
        <source>Codice fiscale:</source>
        <translation>Tax code (codice fiscale):</translation>
    </message>
    <message>
        <source>Scadenza della carta:</source>
        <translation>Card expiry:</translation>
    </message>
    <message>
        <source>Tentativi PIN:</source>
        <translation>PIN attempts:</translation>
    </message>
    <message>
        <source>Lettore:</source>
        <translation>Reader:</translation>
    </message>
    <message>
        <source>nessuno</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1 — scaduta: rinnova la carta</source>
        <translation>%1 — expired: renew the card</translation>
    </message>
    <message numerus="yes">
        <source>%1 — scade tra %n giorni</source>
        <translation>
            <numerusform>%1 — expires in %n day</numerusform>
            <numerusform>%1 — expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>PIN già verificato</source>
        <translation>PIN already verified</translation>
    </message>
    <message>
        <source>non indicati dalla carta</source>
        <translation>not given by the card</translation>
    </message>
    <message>
        <source>PIN bloccato: serve il PUK</source>
        <translation>PIN blocked: the PUK is needed</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::CardStatusWidget</name>
    <message>
        <source>Smart card: —</source>
        <translation>Smart card: —</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::CnsLoginController</name>
    <message>
        <source>Il portale non è raggiungibile: l&apos;accesso con CNS richiede la connessione.</source>
        <translation>The portal cannot be reached: signing in with the CNS needs a connection.</translation>
    </message>
    <message>
        <source>Questo portale non indica dove accedere con la CNS.</source>
        <translation>This portal does not say where to sign in with the CNS.</translation>
    </message>
    <message>
        <source>Il certificato CA configurato non è utilizzabile.</source>
        <translation>The configured CA certificate cannot be used.</translation>
    </message>
    <message>
        <source>Accesso con la CNS in corso…</source>
        <translation>Signing in with the CNS…</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::ComingSoonPage</name>
    <message>
        <source>In arrivo in questa sezione:</source>
        <translation>Coming soon in this section:</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::ConflictDialog</name>
    <message>
        <source>Conflitto con il portale</source>
        <translation>Conflict with the portal</translation>
    </message>
    <message>
        <source>Mentre la tua modifica aspettava di essere inviata, l&apos;anagrafica è stata modificata anche sul portale.</source>
        <translation>While your change was waiting to be sent, the registered party was also changed on the portal.</translation>
    </message>
    <message>
        <source>Mentre la tua modifica aspettava di essere inviata, l&apos;anagrafica è stata modificata anche sul portale (il %1).</source>
        <translation>While your change was waiting to be sent, the registered party was also changed on the portal (on %1).</translation>
    </message>
    <message>
        <source>Elimina comunque</source>
        <translation>Delete anyway</translation>
    </message>
    <message>
        <source>Tieni la mia versione</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Tieni la versione del portale</source>
        <translation>Keep the portal&apos;s version</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tu l&apos;avevi eliminata: puoi eliminarla comunque o tenere la versione del portale.</source>
        <translation>You had deleted it: you can delete it anyway or keep the portal&apos;s version.</translation>
    </message>
    <message>
        <source>Per ogni campo diverso scegli la versione da tenere e premi «Unisci», oppure tieni per intero una delle due versioni.</source>
        <translation>For each field that differs, choose the version to keep and press “Merge”, or keep one of the two versions as a whole.</translation>
    </message>
    <message>
        <source>Unisci</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Invia la tua versione con i campi scelti dalla versione del portale</source>
        <translation>Send your version with the fields chosen from the portal&apos;s version</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>La mia versione</source>
        <translation>My version</translation>
    </message>
    <message>
        <source>Versione del portale</source>
        <translation>Portal&apos;s version</translation>
    </message>
    <message>
        <source>Le due versioni contengono gli stessi dati.</source>
        <translation>The two versions contain the same data.</translation>
    </message>
    <message>
        <source>Campi uguali nelle due versioni</source>
        <translation>Fields identical in both versions</translation>
    </message>
    <message>
        <source>Mostra anche i campi uguali (%1)</source>
        <translation>Also show identical fields (%1)</translation>
    </message>
    <message>
        <source>(vuoto)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>PEC: %1</source>
        <translation>PEC: %1</translation>
    </message>
    <message>
        <source>I tuoi dati personali</source>
        <translation>Your personal data</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::DraftActions</name>
    <message>
        <source>PDF del modulo…</source>
        <translation>Form as PDF…</translation>
    </message>
    <message>
        <source>Verifica prima dell&apos;invio</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <source>Invia</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>dettagli</source>
        <translation>details</translation>
    </message>
    <message>
        <source>Salva il modulo compilato</source>
        <translation>Save the completed form</translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>PDF non salvato</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>Questa bozza è già stata inviata (CIP %1). Un nuovo invio crea un&apos;altra pratica. Inviare di nuovo?</source>
        <translation>This draft has already been sent (CIP %1). Sending again creates another application. Send again?</translation>
    </message>
    <message>
        <source>Questa bozza è già in invio. Un nuovo invio crea un&apos;altra pratica. Inviare di nuovo?</source>
        <translation>This draft is already being sent. Sending again creates another application. Send again?</translation>
    </message>
    <message>
        <source>Invia di nuovo</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Invio non avviato</source>
        <translation>Sending not started</translation>
    </message>
    <message>
        <source>La bozza non si può salvare sul computer: l&apos;invio non parte finché non è salva.</source>
        <translation>The draft cannot be saved on this computer: sending does not start until it is saved.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::DraftMigrationDialog</name>
    <message>
        <source>Nuova versione del modulo</source>
        <translation>New version of the form</translation>
    </message>
    <message>
        <source>È disponibile una nuova versione del modulo (v%1 → v%2)</source>
        <translation>A new version of the form is available (v%1 → v%2)</translation>
    </message>
    <message>
        <source>La bozza è stata iniziata sulla versione %1 del modulo. Puoi aggiornarla alla versione %2 oppure continuare a compilarla sulla versione attuale. Aggiornando, i dati precedenti restano conservati sul computer e puoi annullare l&apos;aggiornamento.</source>
        <translation>The draft was started on version %1 of the form. You can update it to version %2 or keep filling it in on the current version. If you update, the previous data is kept on this computer and you can undo the update.</translation>
    </message>
    <message>
        <source>1 valore passa alla nuova versione così com&apos;è.</source>
        <translation>1 value moves to the new version as it is.</translation>
    </message>
    <message>
        <source>%1 valori passano alla nuova versione così come sono.</source>
        <translation>%1 values move to the new version as they are.</translation>
    </message>
    <message>
        <source>Valori che non rientrano nella nuova versione (%1)</source>
        <translation>Values that do not fit the new version (%1)</translation>
    </message>
    <message>
        <source>Non verranno riportati nella bozza aggiornata: prendine nota se ti servono.</source>
        <translation>They will not be carried into the updated draft: note them down if you need them.</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Valore attuale</source>
        <translation>Current value</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Scelte previste ora: %1</source>
        <translation>Choices now available: %1</translation>
    </message>
    <message>
        <source>Nuovi campi obbligatori da compilare (%1)</source>
        <translation>New required fields to fill in (%1)</translation>
    </message>
    <message>
        <source>Tutti i dati della bozza rientrano nella nuova versione.</source>
        <translation>All the draft&apos;s data fits the new version.</translation>
    </message>
    <message>
        <source>Aggiorna la bozza</source>
        <translation>Update the draft</translation>
    </message>
    <message>
        <source>Continua con la versione attuale</source>
        <translation>Continue with the current version</translation>
    </message>
    <message>
        <source>Sì</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>(gruppo di valori)</source>
        <translation>(group of values)</translation>
    </message>
    <message>
        <source>Il campo non c&apos;è più nella nuova versione</source>
        <translation>The field is no longer in the new version</translation>
    </message>
    <message>
        <source>Scelta non più prevista</source>
        <translation>Choice no longer available</translation>
    </message>
    <message>
        <source>Ora il campo richiede un numero</source>
        <translation>The field now needs a number</translation>
    </message>
    <message>
        <source>Ora il campo richiede un numero intero</source>
        <translation>The field now needs a whole number</translation>
    </message>
    <message>
        <source>Ora il campo richiede Sì o No</source>
        <translation>The field now needs Yes or No</translation>
    </message>
    <message>
        <source>Ora il campo richiede un testo</source>
        <translation>The field now needs text</translation>
    </message>
    <message>
        <source>Ora il campo è a scelta multipla</source>
        <translation>The field is now multiple choice</translation>
    </message>
    <message>
        <source>Ora il campo è un gruppo di campi</source>
        <translation>The field is now a group of fields</translation>
    </message>
    <message>
        <source>Ora il campo richiede un altro tipo di valore</source>
        <translation>The field now needs another type of value</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::DraftWindow</name>
    <message>
        <source>Bozza salvata sul computer.</source>
        <translation>Draft saved on this computer.</translation>
    </message>
    <message>
        <source>Bozza salvata alle %1 (revisione %2).</source>
        <translation>Draft saved at %1 (revision %2).</translation>
    </message>
    <message>
        <source>Salvataggio non riuscito: %1. Le modifiche restano nella finestra.</source>
        <translation>Saving failed: %1. The changes stay in the window.</translation>
    </message>
    <message>
        <source>Modulo</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Bozza aggiornata alla versione %1 del modulo. I dati della versione %2 restano conservati.</source>
        <translation>Draft updated to version %1 of the form. The data of version %2 is kept.</translation>
    </message>
    <message>
        <source>Annulla l&apos;aggiornamento</source>
        <translation>Undo the update</translation>
    </message>
    <message>
        <source>Nuova versione del modulo disponibile — la bozza usa la versione %1.</source>
        <translation>New version of the form available — the draft uses version %1.</translation>
    </message>
    <message>
        <source>Aggiorna…</source>
        <translation>Update…</translation>
    </message>
    <message>
        <source>Aggiornamento non riuscito</source>
        <translation>Update failed</translation>
    </message>
    <message>
        <source>Annullamento non riuscito</source>
        <translation>Undo failed</translation>
    </message>
    <message>
        <source>Non c&apos;è un aggiornamento da annullare.</source>
        <translation>There is no update to undo.</translation>
    </message>
    <message>
        <source>Allegati (%1)</source>
        <translation>Attachments (%1)</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::EmailConfirmationPage</name>
    <message>
        <source>Conferma</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Controlla la posta</source>
        <translation>Check your mail</translation>
    </message>
    <message>
        <source>Manca un ultimo passo: la conferma dell&apos;indirizzo email.</source>
        <translation>One last step: confirming the email address.</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Incolla qui il link dell&apos;email, oppure solo il codice che segue «token=»:</source>
        <translation>Paste the link from the email here, or just the code after “token=”:</translation>
    </message>
    <message>
        <source>https://…/api/v1/auth/register/confirm?token=…</source>
        <translation>https://…/api/v1/auth/register/confirm?token=…</translation>
    </message>
    <message>
        <source>Abbiamo inviato un&apos;email con un link di conferma a %1. La registrazione dello User ID %2 sarà completa solo dopo che avrai aperto quel link: finché non lo apri non puoi accedere. Puoi aprirlo nel browser oppure incollarlo qui sotto. Il link si può usare una sola volta.</source>
        <translation>We sent an email with a confirmation link to %1. The registration of the User ID %2 is complete only once you open that link: until then you cannot log in. You can open it in the browser or paste it below. The link works only once.</translation>
    </message>
    <message>
        <source>Conferma in corso…</source>
        <translation>Confirming…</translation>
    </message>
    <message>
        <source>Registrazione confermata: ora puoi accedere con lo User ID %1.</source>
        <translation>Registration confirmed: you can now log in with the User ID %1.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::FirstRunDialog</name>
    <message>
        <source>Benvenuto in Inlinea Desktop</source>
        <translation>Welcome to Inlinea Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Benvenuto in Inlinea Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to Inlinea Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Per iniziare indica l&apos;indirizzo del portale a cui presentare le pratiche. Inlinea Desktop verifica che il portale risponda e mostra quali modalità di accesso offre.</source>
        <translation>To get started, enter the address of the portal where you submit your applications. Inlinea Desktop checks that the portal responds and shows which sign-in methods it offers.</translation>
    </message>
    <message>
        <source>Continua</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Esci</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::FormFieldEditor</name>
    <message>
        <source>gg/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::FormRepeatGroup</name>
    <message>
        <source>Aggiungi</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Rimuovi</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Rimuovi «%1»</source>
        <translation>Remove “%1”</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::FormView</name>
    <message>
        <source>Sezioni del modulo</source>
        <translation>Form sections</translation>
    </message>
    <message numerus="yes">
        <source>%n valori da correggere</source>
        <translation>
            <numerusform>%n value to correct</numerusform>
            <numerusform>%n values to correct</numerusform>
        </translation>
    </message>
    <message>
        <source>Sezione completa</source>
        <translation>Section complete</translation>
    </message>
    <message>
        <source>Mancano dati obbligatori</source>
        <translation>Required data missing</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::HeaderBar</name>
    <message>
        <source>Servizi on-line ai cittadini e alle imprese</source>
        <translation>Online services for citizens and businesses</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::HomePage</name>
    <message>
        <source>Elenco riassuntivo</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Elenco delle anagrafiche e delle pratiche gestite. Usa il menu a sinistra per inserire nuove richieste; inserisci il codice pratica (CIP), fornito dopo il primo invio, solo per cercare una pratica già presentata.</source>
        <translation>List of registered parties and the applications you manage. Use the menu on the left to enter new requests; enter the application code (CIP), issued after the first submission, only to search for an application already submitted.</translation>
    </message>
    <message>
        <source>Ricerca pratiche</source>
        <translation>Search applications</translation>
    </message>
    <message>
        <source>CIP, ad esempio RI01390J</source>
        <translation>CIP, e.g. RI01390J</translation>
    </message>
    <message>
        <source>tieni sotto osservazione l&apos;azienda (o persona fisica) corrispondente</source>
        <translation>watch the corresponding company (or individual)</translation>
    </message>
    <message>
        <source>Cerca</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>CIP:</source>
        <translation>CIP:</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::InformativaPage</name>
    <message>
        <source>Informativa sui dati personali</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Il titolare del trattamento dei dati inviati con le pratiche è l&apos;Ente che gestisce il portale: l&apos;informativa completa ai sensi del Regolamento 2016/679/UE è pubblicata sul portale.</source>
        <translation>The controller of the data sent with applications is the authority that runs the portal: the full privacy notice under Regulation (EU) 2016/679 is published on the portal.</translation>
    </message>
    <message>
        <source>Inlinea Desktop conserva su questo computer soltanto ciò che serve a lavorare anche senza rete: le impostazioni, le bozze delle pratiche e una copia dei dati già consultati.</source>
        <translation>Inlinea Desktop stores on this computer only what it needs to work offline: your settings, application drafts and a copy of data already viewed.</translation>
    </message>
    <message>
        <source>Le credenziali di sessione sono custodite nel portachiavi del sistema operativo e mai in file in chiaro. Il PIN della smart card non viene mai memorizzato.</source>
        <translation>Session credentials are kept in the operating system&apos;s keychain, never in plain-text files. The smart card PIN is never stored.</translation>
    </message>
    <message>
        <source>I dati vengono inviati soltanto al portale configurato, con una connessione protetta e verificata.</source>
        <translation>Data is sent only to the configured portal, over a secure, verified connection.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::LoginWindow</name>
    <message>
        <source>Inlinea Desktop – Accesso</source>
        <translation>Inlinea Desktop – Sign in</translation>
    </message>
    <message>
        <source>Accesso al sistema</source>
        <translation>Sign in to the system</translation>
    </message>
    <message>
        <source>Le credenziali di accesso sono strettamente personali e si riferiscono alla persona fisica che compilerà i moduli (il «compilatore»), che non è necessariamente il rappresentante legale della ditta o chi firmerà il documento: può essere un delegato, ad esempio un consulente.</source>
        <translation>Sign-in credentials are strictly personal and belong to the individual who will fill in the forms (the “preparer”), who is not necessarily the company&apos;s legal representative or the person who will sign the document: it may be a delegate, for example a consultant.</translation>
    </message>
    <message>
        <source>Il portale non ha ancora risposto: le modalità di accesso compariranno appena sarà raggiungibile.</source>
        <translation>The portal has not responded yet: sign-in methods will appear as soon as it can be reached.</translation>
    </message>
    <message>
        <source>Come stabilito dal Decreto Semplificazioni, dal 1° marzo 2021 non vengono più rilasciate nuove credenziali; dal 1° ottobre 2021 si accede solo con SPID o CNS.</source>
        <translation>Under the Simplification Decree (Decreto Semplificazioni), no new credentials have been issued since 1 March 2021; since 1 October 2021 you can sign in only with SPID or CNS.</translation>
    </message>
    <message>
        <source>Impostazioni…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Accesso con SPID o smart card</source>
        <translation>Sign in with SPID or smart card</translation>
    </message>
    <message>
        <source>Entra con SPID</source>
        <translation>Sign in with SPID</translation>
    </message>
    <message>
        <source>Entra con CNS</source>
        <translation>Sign in with CNS</translation>
    </message>
    <message>
        <source>Accesso con credenziali</source>
        <translation>Sign in with credentials</translation>
    </message>
    <message>
        <source>Accedi</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Nuovo utente</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>Password dimenticata?</source>
        <translation>Forgotten your password?</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Portale non ancora raggiunto</source>
        <translation>Portal not yet reached</translation>
    </message>
    <message>
        <source>La propria identità digitale SPID, rilasciata da un gestore accreditato da AgID.</source>
        <translation>Your SPID digital identity, issued by an AgID-accredited provider.</translation>
    </message>
    <message>
        <source>Cosa occorre per accedere</source>
        <translation>What you need to sign in</translation>
    </message>
    <message>
        <source>La Carta Nazionale dei Servizi (o la Carta Regionale dei Servizi), il suo codice PIN e un lettore di smart card.</source>
        <translation>Your National Services Card (Carta Nazionale dei Servizi) or Regional Services Card, its PIN and a smart card reader.</translation>
    </message>
    <message>
        <source>Consulta i dati salvati</source>
        <translation>Open saved data</translation>
    </message>
    <message>
        <source>Apre le anagrafiche e i dati salvati su questo computer senza accedere al portale. Le modifiche restano in attesa e vengono inviate dopo il prossimo accesso.</source>
        <translation>Opens the registered parties and data saved on this computer without signing in to the portal. Changes stay pending and are sent after the next sign-in.</translation>
    </message>
    <message>
        <source>Il tuo User ID</source>
        <translation>Your User ID</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>User ID:</translation>
    </message>
    <message>
        <source>Inserisci User ID e password.</source>
        <translation>Enter your User ID and password.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::MainWindow</name>
    <message>
        <source>Inlinea Desktop</source>
        <translation>Inlinea Desktop</translation>
    </message>
    <message>
        <source>Modifica i tuoi dati</source>
        <translation>Edit your details</translation>
    </message>
    <message>
        <source>Esci</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Elenco riassuntivo</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Area aziende e privati</source>
        <translation>Businesses and individuals</translation>
    </message>
    <message>
        <source>Nuova richiesta</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Gestione procedimenti</source>
        <translation>Manage procedures</translation>
    </message>
    <message>
        <source>Bando professionisti</source>
        <translation>Calls for professionals</translation>
    </message>
    <message>
        <source>Area Enti pubblici</source>
        <translation>Public authorities</translation>
    </message>
    <message>
        <source>Invio dichiarazioni e documenti</source>
        <translation>Submit declarations and documents</translation>
    </message>
    <message>
        <source>Scarica documenti firmati</source>
        <translation>Download signed documents</translation>
    </message>
    <message>
        <source>Dati ambientali</source>
        <translation>Environmental data</translation>
    </message>
    <message>
        <source>Informativa sui dati personali</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Segui lo stato delle pratiche presentate.</source>
        <translation>Track the status of submitted applications.</translation>
    </message>
    <message>
        <source>stato di ogni pratica con la cronologia completa</source>
        <translation>status of each application with its full history</translation>
    </message>
    <message>
        <source>richieste di integrazione con la scadenza, e risposta</source>
        <translation>requests for additional documents with their deadline, and replies</translation>
    </message>
    <message>
        <source>integrazioni spontanee (al massimo due)</source>
        <translation>voluntary additions (two at most)</translation>
    </message>
    <message>
        <source>Domanda di partecipazione ai bandi aperti per professionisti.</source>
        <translation>Apply for open calls for professionals.</translation>
    </message>
    <message>
        <source>modulo di domanda con allegati e firma digitale</source>
        <translation>application form with attachments and digital signature</translation>
    </message>
    <message>
        <source>Per i funzionari che devono rilasciare pareri sulle pratiche.</source>
        <translation>For officials who need to give opinions on applications.</translation>
    </message>
    <message>
        <source>elenco delle pratiche su cui è richiesto un parere</source>
        <translation>list of applications on which an opinion is requested</translation>
    </message>
    <message>
        <source>Invio di dichiarazioni periodiche e documenti all&apos;Ente.</source>
        <translation>Send periodic declarations and documents to the authority.</translation>
    </message>
    <message>
        <source>invio di documenti firmati con ricevuta</source>
        <translation>submission of signed documents with receipt</translation>
    </message>
    <message>
        <source>Atti e documenti firmati digitalmente rilasciati dall&apos;Ente.</source>
        <translation>Digitally signed deeds and documents issued by the authority.</translation>
    </message>
    <message>
        <source>download dei documenti (.p7m e PDF firmati)</source>
        <translation>document download (.p7m and signed PDF)</translation>
    </message>
    <message>
        <source>verifica della firma e del certificato del firmatario</source>
        <translation>verification of the signature and the signer&apos;s certificate</translation>
    </message>
    <message>
        <source>estrazione del contenuto</source>
        <translation>content extraction</translation>
    </message>
    <message>
        <source>Consultazione dei dati ambientali pubblicati dall&apos;Ente.</source>
        <translation>Browse environmental data published by the authority.</translation>
    </message>
    <message>
        <source>ricerca e consultazione dei dati</source>
        <translation>data search and browsing</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Impostazioni…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Esci dall&apos;applicazione</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Aiuto</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Informazioni su Inlinea Desktop</source>
        <translation>&amp;About Inlinea Desktop</translation>
    </message>
    <message>
        <source>Informazioni su Inlinea Desktop</source>
        <translation>About Inlinea Desktop</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inlinea Desktop %1&lt;/b&gt;&lt;br&gt;Compilazione e invio delle pratiche al portale, anche senza rete.</source>
        <translation>&lt;b&gt;Inlinea Desktop %1&lt;/b&gt;&lt;br&gt;Prepare and submit applications to the portal, even offline.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::NuovaRichiestaPage</name>
    <message>
        <source>Compila una nuova richiesta</source>
        <translation>Fill in a new request</translation>
    </message>
    <message>
        <source>Riprendi</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Duplica</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Elimina</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Nuova richiesta</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Scegli l&apos;anagrafica per cui presenti la pratica e il procedimento. Il modulo si compila anche senza rete: ogni modifica è salvata sul computer come bozza.</source>
        <translation>Choose the registered party the application is for and the procedure. The form can be filled in offline too: every change is saved on this computer as a draft.</translation>
    </message>
    <message>
        <source>Cerca l&apos;anagrafica per nome, codice fiscale o comune</source>
        <translation>Search the registered party by name, tax code or municipality</translation>
    </message>
    <message>
        <source>Anagrafica</source>
        <translation>Registered party</translation>
    </message>
    <message>
        <source>Procedimento</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Bozza</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Ultima modifica</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Le tue bozze</source>
        <translation>Your drafts</translation>
    </message>
    <message>
        <source>Elimina bozza</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Eliminare la bozza? Quello che hai scritto andrà perso.</source>
        <translation>Delete the draft? What you wrote will be lost.</translation>
    </message>
    <message>
        <source>%1 (versione %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>l&apos;anagrafica</source>
        <translation>the registered party</translation>
    </message>
    <message>
        <source>il procedimento</source>
        <translation>the procedure</translation>
    </message>
    <message>
        <source>I moduli non sono ancora sul computer: si scaricano al primo collegamento con il portale.</source>
        <translation>The forms are not on this computer yet: they are downloaded the first time you connect to the portal.</translation>
    </message>
    <message>
        <source>Scegli %1.</source>
        <translation>Choose %1.</translation>
    </message>
    <message>
        <source> e </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Non è stato possibile creare la bozza: %1</source>
        <translation>The draft could not be created: %1</translation>
    </message>
    <message>
        <source>Solo le bozze dell&apos;anagrafica scelta</source>
        <translation>Only the drafts of the chosen registered party</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nuova anagrafica…</source>
        <translation>New registered party…</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PasswordChangeDialog</name>
    <message>
        <source>Scegli una nuova password</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <source>Cambia password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Hai effettuato l&apos;accesso con una password temporanea: prima di qualsiasi altra operazione devi sostituirla con una nuova password personale.</source>
        <translation>You logged in with a temporary password: before anything else you must replace it with a new personal password.</translation>
    </message>
    <message>
        <source>Salvala entro le %1, altrimenti dovrai accedere di nuovo con la password temporanea.</source>
        <translation>Save it by %1, otherwise you will have to log in again with the temporary password.</translation>
    </message>
    <message>
        <source>Per cambiare la password del portale indica quella attuale e scegli la nuova. Resti collegato; dal prossimo accesso userai la nuova password.</source>
        <translation>To change your portal password, enter the current one and choose the new one. You stay logged in; from your next login you will use the new password.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Password attuale</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Nuova password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Robustezza</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Ripeti la nuova password</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Mostra le password</source>
        <translation>Show the passwords</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Salva la nuova password</source>
        <translation>Save the new password</translation>
    </message>
    <message>
        <source>Le due password non coincidono: ripeti esattamente la nuova password.</source>
        <translation>The two passwords differ: repeat the new password exactly.</translation>
    </message>
    <message>
        <source>Salvataggio della nuova password…</source>
        <translation>Saving the new password…</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Password cambiata. Dal prossimo accesso usa la nuova password.</source>
        <translation>Password changed. From your next login use the new password.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PasswordLoginController</name>
    <message>
        <source>Il portale non è raggiungibile: riprova appena torna disponibile.</source>
        <translation>The portal cannot be reached: try again as soon as it is back.</translation>
    </message>
    <message>
        <source>Accesso in corso…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <source>Hai usato una password temporanea: scegli ora la tua nuova password.</source>
        <translation>You used a temporary password: choose your new password now.</translation>
    </message>
    <message>
        <source>La password non è stata cambiata: accedi di nuovo con la password temporanea per sceglierne una nuova.</source>
        <translation>The password was not changed: log in again with the temporary password to choose a new one.</translation>
    </message>
    <message>
        <source>Registrazione completata: accedi con lo User ID %1 e la password che hai scelto.</source>
        <translation>Registration complete: log in with the User ID %1 and the password you chose.</translation>
    </message>
    <message>
        <source>Se la risposta era corretta, troverai la password temporanea nella tua casella email: usala qui per accedere e scegliere la nuova password.</source>
        <translation>If the answer was right, you will find the temporary password in your mailbox: use it here to log in and choose the new password.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PasswordResetDialog</name>
    <message>
        <source>Indietro</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avanti</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Password dimenticata</source>
        <translation>Forgotten password</translation>
    </message>
    <message>
        <source>Indica il tuo User ID: il portale ti farà la domanda di sicurezza che hai scelto alla registrazione.</source>
        <translation>Enter your User ID: the portal will ask the security question you chose when registering.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Rispondi alla domanda di sicurezza:</source>
        <translation>Answer the security question:</translation>
    </message>
    <message>
        <source>Risposta</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Non contano le maiuscole e le minuscole, né gli spazi all&apos;inizio e alla fine della risposta.</source>
        <translation>Upper and lower case do not matter, nor do spaces at the start and end of the answer.</translation>
    </message>
    <message>
        <source>Se la risposta è corretta, riceverai a breve un&apos;email con una password temporanea: accedi con quella e scegli subito una nuova password.</source>
        <translation>If the answer is right, you will shortly receive an email with a temporary password: log in with it and choose a new password straight away.</translation>
    </message>
    <message>
        <source>Richiesta della domanda di sicurezza…</source>
        <translation>Asking for the security question…</translation>
    </message>
    <message>
        <source>Lo User ID indicato non è valido: scrivilo come alla registrazione.</source>
        <translation>The User ID is not valid: write it as you did when registering.</translation>
    </message>
    <message>
        <source>Invio della risposta…</source>
        <translation>Sending the answer…</translation>
    </message>
    <message>
        <source>La risposta non è stata accettata così com&apos;è: controlla di averla scritta per intero.</source>
        <translation>The answer was not accepted as it is: check that you wrote all of it.</translation>
    </message>
    <message>
        <source>Invia risposta</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PasswordStrengthMeter</name>
    <message>
        <source>Robustezza della password</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <source>La password rispetta tutti i requisiti.</source>
        <translation>The password meets every requirement.</translation>
    </message>
    <message>
        <source>Requisiti:</source>
        <translation>Requirements:</translation>
    </message>
    <message>
        <source>Manca ancora:</source>
        <translation>Still missing:</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PendingChangesDialog</name>
    <message>
        <source>Modifica dei tuoi dati</source>
        <translation>Change to your details</translation>
    </message>
    <message>
        <source>Nuova anagrafica</source>
        <translation>New registered party</translation>
    </message>
    <message>
        <source>Modifica</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Eliminazione</source>
        <translation>Deletion</translation>
    </message>
    <message>
        <source>Messa sotto osservazione</source>
        <translation>Start watching</translation>
    </message>
    <message>
        <source>Fine dell&apos;osservazione</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>In attesa</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Conflitto</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Rifiutata</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Risolvi…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Scarta</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Apri anagrafica</source>
        <translation>Open registered party</translation>
    </message>
    <message>
        <source>Riprova ora</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Modifiche in attesa</source>
        <translation>Pending changes</translation>
    </message>
    <message>
        <source>Le modifiche sono salvate su questo computer e vengono inviate al portale, nell&apos;ordine in cui le hai fatte, appena è raggiungibile.</source>
        <translation>Changes are saved on this computer and sent to the portal, in the order you made them, as soon as it can be reached.</translation>
    </message>
    <message>
        <source>Anagrafica</source>
        <translation>Registered party</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tentativi</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Ultimo errore</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Confronta la tua versione con quella del portale e scegli cosa tenere</source>
        <translation>Compare your version with the portal&apos;s and choose what to keep</translation>
    </message>
    <message>
        <source>Rinuncia a questa modifica: resta la versione del portale</source>
        <translation>Give up this change: the portal&apos;s version stays</translation>
    </message>
    <message>
        <source>Apri l&apos;anagrafica per correggere i dati rifiutati dal portale</source>
        <translation>Open the registered party to correct the data rejected by the portal</translation>
    </message>
    <message>
        <source>Chiudi</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>I tuoi dati personali</source>
        <translation>Your personal details</translation>
    </message>
    <message>
        <source>Anagrafica n. %1</source>
        <translation>Registered party no. %1</translation>
    </message>
    <message>
        <source>Non è stato possibile leggere le modifiche salvate: %1</source>
        <translation>The saved changes could not be read: %1</translation>
    </message>
    <message>
        <source>Invio al portale in corso…</source>
        <translation>Sending to the portal…</translation>
    </message>
    <message>
        <source>Il portale non è raggiungibile (%1): nuovo tentativo automatico più tardi.</source>
        <translation>The portal cannot be reached (%1): it will be retried automatically later.</translation>
    </message>
    <message>
        <source>Nessuna modifica in attesa: il portale ha accettato tutto.</source>
        <translation>No pending changes: the portal has accepted everything.</translation>
    </message>
    <message>
        <source>%1 — %2, fatta il %3</source>
        <translation>%1 — %2, made on %3</translation>
    </message>
    <message>
        <source>Non ancora inviata.</source>
        <translation>Not sent yet.</translation>
    </message>
    <message>
        <source>Tentativi di invio: %1.</source>
        <translation>Send attempts: %1.</translation>
    </message>
    <message>
        <source>Nel frattempo l&apos;anagrafica è stata modificata sul portale: premi «Risolvi…» per scegliere quale versione tenere.</source>
        <translation>In the meantime the registered party was changed on the portal: press “Resolve…” to choose which version to keep.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la modifica.</source>
        <translation>The portal rejected the change.</translation>
    </message>
    <message>
        <source>Il portale ha rifiutato la modifica:</source>
        <translation>The portal rejected the change:</translation>
    </message>
    <message>
        <source>Ultimo errore: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>Non è stato possibile salvare la scelta su questo computer: %1</source>
        <translation>Your choice could not be saved on this computer: %1</translation>
    </message>
    <message>
        <source>Scarta modifica</source>
        <translation>Discard change</translation>
    </message>
    <message>
        <source>Scartare «%1» di «%2»?</source>
        <translation>Discard “%1” for “%2”?</translation>
    </message>
    <message>
        <source>La modifica non sarà inviata al portale e i dati torneranno come sono sul portale.</source>
        <translation>The change will not be sent to the portal and the data will go back to how they are on the portal.</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PersonalDataPage</name>
    <message>
        <source>Dati personali</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>I campi con * sono obbligatori.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Nome *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Cognome *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <source>Codice fiscale *</source>
        <translation>Tax code *</translation>
    </message>
    <message>
        <source>16 caratteri</source>
        <translation>16 characters</translation>
    </message>
    <message>
        <source>Email *</source>
        <translation>Email *</translation>
    </message>
    <message>
        <source>nome@dominio.it</source>
        <translation>name@domain.it</translation>
    </message>
    <message>
        <source>Ripeti email *</source>
        <translation>Repeat email *</translation>
    </message>
    <message>
        <source>Usa un indirizzo attivo che controlli: riceverai il link per completare la registrazione e, in seguito, i documenti e le ricevute delle tue pratiche.</source>
        <translation>Use an active address you check: you will receive the link to complete the registration and, later, the documents and receipts of your applications.</translation>
    </message>
    <message>
        <source>Le due email non coincidono: controlla di averle scritte uguali.</source>
        <translation>The two email addresses differ: check that you wrote them the same.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PinDialog</name>
    <message>
        <source>PIN della carta</source>
        <translation>Card PIN</translation>
    </message>
    <message>
        <source>Inserisci il PIN della Carta Nazionale dei Servizi.</source>
        <translation>Enter the PIN of your National Services Card.</translation>
    </message>
    <message>
        <source>Inserisci il PIN della carta di &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Enter the PIN of &lt;b&gt;%1&lt;/b&gt;&apos;s card.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Entra</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PIN bloccato</source>
        <translation>PIN blocked</translation>
    </message>
    <message>
        <source>Il PIN è stato bloccato dopo troppi tentativi errati. Per sbloccarlo serve il codice PUK ricevuto insieme alla carta (o all&apos;atto del rilascio del PIN): usa la funzione di sblocco del software della carta o rivolgiti allo sportello che l&apos;ha rilasciata.</source>
        <translation>The PIN has been blocked after too many wrong attempts. To unblock it you need the PUK you received with the card (or when the PIN was issued): use the unblock function of the card software or go to the office that issued the card.</translation>
    </message>
    <message>
        <source>La carta non indica quanti tentativi restano.</source>
        <translation>The card does not say how many attempts are left.</translation>
    </message>
    <message numerus="yes">
        <source>Tentativi rimasti: %n</source>
        <translation>
            <numerusform>%n attempt left</numerusform>
            <numerusform>%n attempts left</numerusform>
        </translation>
    </message>
    <message>
        <source>Attenzione: è l&apos;ultimo tentativo. Se il PIN è sbagliato la carta verrà bloccata e servirà il PUK.</source>
        <translation>Warning: this is the last attempt. If the PIN is wrong the card will be blocked and you will need the PUK.</translation>
    </message>
    <message>
        <source>Il PIN ha da %1 a %2 cifre.</source>
        <translation>The PIN has %1 to %2 digits.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PortalProbeWidget</name>
    <message>
        <source>Verifica</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Annulla verifica</source>
        <translation>Cancel check</translation>
    </message>
    <message>
        <source>nessuna (solo le autorità di certificazione del sistema)</source>
        <translation>none (system certificate authorities only)</translation>
    </message>
    <message>
        <source>Sfoglia…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Indirizzo del portale:</source>
        <translation>Portal address:</translation>
    </message>
    <message>
        <source>Certificato CA aggiuntivo:</source>
        <translation>Additional CA certificate:</translation>
    </message>
    <message>
        <source>Certificato della CA</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificati (*.pem *.crt *.cer *.der);;Tutti i file (*)</source>
        <translation>Certificates (*.pem *.crt *.cer *.der);;All files (*)</translation>
    </message>
    <message>
        <source>Verifica annullata.</source>
        <translation>Check cancelled.</translation>
    </message>
    <message>
        <source>Connessione a %1 in corso…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Dettaglio tecnico: %1</source>
        <translation>Technical details: %1</translation>
    </message>
    <message>
        <source>Portale raggiunto.</source>
        <translation>Portal reached.</translation>
    </message>
    <message>
        <source>Accesso con: %1</source>
        <translation>Sign in with: %1</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PortalStatusWidget</name>
    <message>
        <source>Riprova</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Portale non configurato</source>
        <translation>Portal not configured</translation>
    </message>
    <message>
        <source>Verifica del portale…</source>
        <translation>Checking portal…</translation>
    </message>
    <message>
        <source>Portale online</source>
        <translation>Portal online</translation>
    </message>
    <message>
        <source>Offline: nessuna rete</source>
        <translation>Offline: no network</translation>
    </message>
    <message>
        <source>Portale non raggiungibile: %1</source>
        <translation>Portal unreachable: %1</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::PreSendDialog</name>
    <message>
        <source>Verifica prima dell&apos;invio</source>
        <translation>Check before sending</translation>
    </message>
    <message>
        <source>Da sistemare</source>
        <translation>To fix</translation>
    </message>
    <message>
        <source>Come fare</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Compila il campo (doppio clic per andarci).</source>
        <translation>Fill in the field (double-click to go there).</translation>
    </message>
    <message>
        <source>Correggi il valore (doppio clic per andarci).</source>
        <translation>Correct the value (double-click to go there).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tutto pronto per l&apos;invio.&lt;/b&gt; Il portale riceverà la domanda con gli allegati e risponderà con il CIP.</source>
        <translation>&lt;b&gt;Ready to send.&lt;/b&gt; The portal will receive the application with its attachments and answer with the CIP.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n cose da sistemare prima dell&apos;invio.&lt;/b&gt; Fai doppio clic su una riga per andare al campo o all&apos;allegato.</source>
        <translation>
            <numerusform>&lt;b&gt;%n thing to fix before sending.&lt;/b&gt; Double-click a row to go to the field or the attachment.</numerusform>
            <numerusform>&lt;b&gt;%n things to fix before sending.&lt;/b&gt; Double-click a row to go to the field or the attachment.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invia</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::ProfilePage</name>
    <message>
        <source>Annulla modifiche</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Modifica i tuoi dati</source>
        <translation>Edit your details</translation>
    </message>
    <message>
        <source>I tuoi dati personali di compilatore. I dati di aziende, enti e professionisti per cui presenti le pratiche si gestiscono nelle anagrafiche.</source>
        <translation>Your personal details as preparer. The details of the companies, public authorities and professionals you submit applications for are managed in the registered parties.</translation>
    </message>
    <message>
        <source>Anagrafica</source>
        <translation>Registered party</translation>
    </message>
    <message>
        <source>Codice fiscale</source>
        <translation>Tax code (codice fiscale)</translation>
    </message>
    <message>
        <source>16 caratteri</source>
        <translation>16 characters</translation>
    </message>
    <message>
        <source>Nome</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Cognome</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Dati forniti dall&apos;identità digitale (SPID/CNS): non si possono modificare.</source>
        <translation>Data provided by your digital identity (SPID/CNS): they cannot be changed.</translation>
    </message>
    <message>
        <source>Nato il</source>
        <translation>Born on</translation>
    </message>
    <message>
        <source>Data di nascita</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>gg/mm/aaaa, es. 22/08/1974</source>
        <translation>dd/mm/yyyy, e.g. 22/08/1974</translation>
    </message>
    <message>
        <source>Stato</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Stato di nascita</source>
        <translation>Country of birth</translation>
    </message>
    <message>
        <source>in provincia di</source>
        <translation>in the province of</translation>
    </message>
    <message>
        <source>Provincia di nascita</source>
        <translation>Province of birth</translation>
    </message>
    <message>
        <source>es. MI</source>
        <translation>e.g. MI</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Comune di nascita</source>
        <translation>Municipality of birth</translation>
    </message>
    <message>
        <source>Cittadinanza</source>
        <translation>Citizenship</translation>
    </message>
    <message>
        <source>L&apos;indirizzo PEC non fa parte dei tuoi dati personali: si inserisce nei dati della sede legale di un&apos;anagrafica.</source>
        <translation>The PEC address is not part of your personal details: it is entered in the registered office details of a registered party.</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Comunicazioni via email</source>
        <translation>Email communications</translation>
    </message>
    <message>
        <source>Dati di accesso al sistema</source>
        <translation>System sign-in details</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>nome@dominio.it</source>
        <translation>name@domain.it</translation>
    </message>
    <message>
        <source>Ti invieremo un messaggio all&apos;indirizzo nuovo per confermarlo</source>
        <translation>We will send a message to the new address to confirm it</translation>
    </message>
    <message>
        <source>Il nuovo indirizzo sarà usato dopo che avrai aperto il link del messaggio che ti abbiamo inviato.</source>
        <translation>The new address will be used once you have opened the link in the message we sent you.</translation>
    </message>
    <message>
        <source>Indirizzo non ancora confermato: apri il link del messaggio che ti abbiamo inviato.</source>
        <translation>Address not confirmed yet: open the link in the message we sent you.</translation>
    </message>
    <message>
        <source>Effettuo l&apos;accesso come funzionario che deve rilasciare dei pareri</source>
        <translation>I am signing in as an official who needs to give opinions</translation>
    </message>
    <message>
        <source>Indirizzi e recapiti</source>
        <translation>Addresses and contact details</translation>
    </message>
    <message>
        <source>Residenza</source>
        <translation>Residence</translation>
    </message>
    <message>
        <source>Indirizzo</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Indirizzo di residenza</source>
        <translation>Residential address</translation>
    </message>
    <message>
        <source>es. Via Roma 1</source>
        <translation>e.g. Via Roma 1</translation>
    </message>
    <message>
        <source>Comune di residenza</source>
        <translation>Municipality of residence</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>Postcode (CAP)</translation>
    </message>
    <message>
        <source>CAP di residenza</source>
        <translation>Postcode (CAP) of residence</translation>
    </message>
    <message>
        <source>5 cifre</source>
        <translation>5 digits</translation>
    </message>
    <message>
        <source>Provincia</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Provincia di residenza</source>
        <translation>Province of residence</translation>
    </message>
    <message>
        <source>* campi obbligatori</source>
        <translation>* required fields</translation>
    </message>
    <message>
        <source>Le ultime modifiche sono salvate su questo computer e non ancora inviate al portale: saranno inviate appena possibile.</source>
        <translation>The latest changes are saved on this computer and not yet sent to the portal: they will be sent as soon as possible.</translation>
    </message>
    <message>
        <source>In attesa di conferma: %1</source>
        <translation>Awaiting confirmation: %1</translation>
    </message>
    <message>
        <source>dall&apos;Ente</source>
        <translation>by the authority</translation>
    </message>
    <message>
        <source>dall&apos;Ente (%1)</source>
        <translation>by the authority (%1)</translation>
    </message>
    <message>
        <source>Desidero ricevere via email informazioni sulle iniziative ed eventi organizzati %1</source>
        <translation>I would like to receive information by email about initiatives and events organised %1</translation>
    </message>
    <message>
        <source>Desidero ricevere via email informazioni relative agli aggiornamenti delle applicazioni on-line %1</source>
        <translation>I would like to receive information by email about updates to the online applications %1</translation>
    </message>
    <message>
        <source>I tuoi dati non sono ancora stati letti dal portale.</source>
        <translation>Your details have not been read from the portal yet.</translation>
    </message>
    <message>
        <source>Nessuna modifica da salvare.</source>
        <translation>No changes to save.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Il portale non ha accettato questi dati:</source>
        <translation>The portal did not accept this data:</translation>
    </message>
    <message>
        <source>Cambia password…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <source>I dati che hai indicato registrandoti al portale sono un&apos;autocertificazione: tienili aggiornati. Ogni modifica che salvi vale come nuova dichiarazione.</source>
        <translation>The data you gave when registering with the portal are a self-declaration: keep them up to date. Every change you save counts as a new declaration.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::RegistrationCredentialsPage</name>
    <message>
        <source>Credenziali</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Scegli lo User ID e la password con cui accederai ai servizi del portale.</source>
        <translation>Choose the User ID and the password you will use to access the portal&apos;s services.</translation>
    </message>
    <message>
        <source>User ID *</source>
        <translation>User ID *</translation>
    </message>
    <message>
        <source>Password *</source>
        <translation>Password *</translation>
    </message>
    <message>
        <source>Ripeti password *</source>
        <translation>Repeat password *</translation>
    </message>
    <message>
        <source>Robustezza</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>User ID valido</source>
        <translation>Valid User ID</translation>
    </message>
    <message>
        <source>Le due password non coincidono.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::RegistrationTypePage</name>
    <message>
        <source>Tipo e profilo</source>
        <translation>Type and profile</translation>
    </message>
    <message>
        <source>Scegli come ti registri: da questo dipendono i dati richiesti e i servizi che potrai usare.</source>
        <translation>Choose how you register: it decides which data are asked for and which services you can use.</translation>
    </message>
    <message>
        <source>Tipo di registrazione</source>
        <translation>Registration type</translation>
    </message>
    <message>
        <source>Profilo</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Non disponibile per il tipo «%1».</source>
        <translation>Not available for the type “%1”.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::RegistrationWizard</name>
    <message>
        <source>Nuovo utente</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>&lt; Indietro</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <source>Avanti &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Tipo: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Profilo: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Nome: %1</source>
        <translation>First name: %1</translation>
    </message>
    <message>
        <source>Cognome: %1</source>
        <translation>Surname: %1</translation>
    </message>
    <message>
        <source>Codice fiscale: %1</source>
        <translation>Tax code: %1</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <source>User ID: %1</source>
        <translation>User ID: %1</translation>
    </message>
    <message>
        <source>Domanda di sicurezza: %1</source>
        <translation>Security question: %1</translation>
    </message>
    <message>
        <source>La password e la risposta alla domanda non sono mostrate.</source>
        <translation>The password and the answer to the question are not shown.</translation>
    </message>
    <message>
        <source>Annullare la registrazione?</source>
        <translation>Cancel the registration?</translation>
    </message>
    <message>
        <source>I dati inseriti finora non sono stati inviati e andranno persi.</source>
        <translation>The data entered so far have not been sent and will be lost.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SecurityQuestionPage</name>
    <message>
        <source>Domanda di sicurezza</source>
        <translation>Security question</translation>
    </message>
    <message>
        <source>Domanda e risposta proteggono il recupero della password: sono obbligatorie.</source>
        <translation>The question and answer protect the password recovery: both are required.</translation>
    </message>
    <message>
        <source>Se dimentichi la password, il portale ti farà questa domanda: rispondendo correttamente riceverai una password temporanea all&apos;email della registrazione. Scegli una risposta che ricorderai e che altri non possono indovinare. Nel confronto il portale non distingue maiuscole e minuscole e ignora gli spazi all&apos;inizio e alla fine.</source>
        <translation>If you forget the password, the portal will ask you this question: answering correctly, you will receive a temporary password at the registration email. Choose an answer you will remember and others cannot guess. When comparing, the portal ignores upper and lower case and spaces at the start and end.</translation>
    </message>
    <message>
        <source>Domanda *</source>
        <translation>Question *</translation>
    </message>
    <message>
        <source>Risposta *</source>
        <translation>Answer *</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SelfDeclarationPage</name>
    <message>
        <source>Autocertificazione e invio</source>
        <translation>Self-declaration and sending</translation>
    </message>
    <message>
        <source>Controlla i dati: con «Registrati» li invii al portale.</source>
        <translation>Check the data: “Register” sends them to the portal.</translation>
    </message>
    <message>
        <source>Registrati</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Dichiaro che i dati inseriti sono veri (autocertificazione ai sensi del DPR 445/2000) e mi impegno a tenerli aggiornati.</source>
        <translation>I declare that the data entered are true (self-declaration under Presidential Decree 445/2000) and I undertake to keep them up to date.</translation>
    </message>
    <message>
        <source>Invio della registrazione al portale in corso…</source>
        <translation>Sending the registration to the portal…</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SessionController</name>
    <message>
        <source>Salvataggio locale non riuscito</source>
        <translation>Local save failed</translation>
    </message>
    <message>
        <source>Non è stato possibile salvare la modifica sul computer: %1</source>
        <translation>The change could not be saved on the computer: %1</translation>
    </message>
    <message>
        <source>Bozza non disponibile</source>
        <translation>Draft not available</translation>
    </message>
    <message>
        <source>Il modulo di questa bozza non è sul computer: collegati al portale per scaricarlo.</source>
        <translation>This draft&apos;s form is not on this computer: connect to the portal to download it.</translation>
    </message>
    <message>
        <source>Domanda registrata dal portale: CIP %1</source>
        <translation>Application registered by the portal: CIP %1</translation>
    </message>
    <message>
        <source>Il portale ha respinto una domanda: apri la bozza in «Nuova richiesta» per vedere cosa correggere.</source>
        <translation>The portal refused an application: open the draft in “New request” to see what to correct.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SettingsDialog</name>
    <message>
        <source>Impostazioni</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Lingua del sistema</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>La nuova lingua sarà usata al prossimo avvio.</source>
        <translation>The new language will be used the next time the application starts.</translation>
    </message>
    <message>
        <source>Portale</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Generale</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Lingua:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Salva</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annulla</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Verifica il nuovo indirizzo del portale prima di salvare.</source>
        <translation>Check the new portal address before saving.</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SpidLoginController</name>
    <message>
        <source>Il portale non è raggiungibile: l&apos;accesso con SPID richiede la connessione.</source>
        <translation>The portal cannot be reached: signing in with SPID needs a connection.</translation>
    </message>
    <message>
        <source>Questo portale non indica dove accedere con SPID.</source>
        <translation>This portal does not say where to sign in with SPID.</translation>
    </message>
    <message>
        <source>Il componente per l&apos;accesso con SPID non è disponibile (%1).</source>
        <translation>The SPID sign-in component is not available (%1).</translation>
    </message>
    <message>
        <source>Accesso con SPID in corso nella finestra del portale…</source>
        <translation>Signing in with SPID in the portal’s window…</translation>
    </message>
    <message>
        <source>Completamento dell&apos;accesso…</source>
        <translation>Completing the sign-in…</translation>
    </message>
    <message>
        <source>Il portale non ha completato l&apos;accesso con SPID: %1</source>
        <translation>The portal did not complete the SPID sign-in: %1</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SpidLoginDialog</name>
    <message>
        <source>Accesso con SPID</source>
        <translation>Sign in with SPID</translation>
    </message>
    <message>
        <source>%1 – Accesso con SPID</source>
        <translation>%1 – Sign in with SPID</translation>
    </message>
    <message>
        <source>🔒 Connessione protetta:</source>
        <translation>🔒 Secure connection:</translation>
    </message>
    <message>
        <source>⚠ Connessione non protetta:</source>
        <translation>⚠ Insecure connection:</translation>
    </message>
    <message>
        <source>la pagina non si è caricata</source>
        <translation>the page did not load</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SubmissionDialog</name>
    <message>
        <source>Riprova ora</source>
        <translation>Try again now</translation>
    </message>
    <message>
        <source>Salva la ricevuta in PDF…</source>
        <translation>Save the receipt as PDF…</translation>
    </message>
    <message>
        <source>Invio della domanda</source>
        <translation>Sending the application</translation>
    </message>
    <message>
        <source>Ora</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Passo</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Esito</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Tentativi</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Invio non trovato sul computer.</source>
        <translation>Submission not found on this computer.</translation>
    </message>
    <message>
        <source>Il portale non risponde: nuovo tentativo tra poco, anche se chiudi l&apos;applicazione (riprende alla prossima apertura).</source>
        <translation>The portal does not answer: trying again shortly, even if you close the app (it resumes at the next start).</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:16pt&apos;&gt;CIP &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Protocollo %2 — conserva la ricevuta: il CIP identifica la pratica in ogni richiesta successiva.</source>
        <translation>&lt;span style=&apos;font-size:16pt&apos;&gt;CIP &lt;b&gt;%1&lt;/b&gt;&lt;/span&gt;&lt;br&gt;Registration %2 — keep the receipt: the CIP identifies the application in every later request.</translation>
    </message>
    <message>
        <source>La domanda non è ancora stata registrata dal portale.</source>
        <translation>The application has not been registered by the portal yet.</translation>
    </message>
    <message>
        <source>Salva la ricevuta</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <source>Documenti PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Ricevuta non salvata</source>
        <translation>Receipt not saved</translation>
    </message>
</context>
<context>
    <name>inlinea::ui::SyncStatusWidget</name>
    <message>
        <source>Vedi</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Mostra le modifiche non ancora accettate dal portale</source>
        <translation>Show the changes not yet accepted by the portal</translation>
    </message>
    <message>
        <source>Sincronizzazione…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>1 modifica in attesa</source>
        <translation>1 change pending</translation>
    </message>
    <message>
        <source>%1 modifiche in attesa</source>
        <translation>%1 changes pending</translation>
    </message>
    <message>
        <source>1 da controllare</source>
        <translation>1 to review</translation>
    </message>
    <message>
        <source>%1 da controllare</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <source>Il portale non è raggiungibile: le modifiche sono salvate su questo computer e saranno inviate appena possibile.</source>
        <translation>The portal cannot be reached: changes are saved on this computer and will be sent as soon as possible.</translation>
    </message>
    <message>
        <source>Il portale non ha accettato alcune modifiche: premi «Vedi» per decidere cosa fare.</source>
        <translation>The portal did not accept some changes: press “View” to decide what to do.</translation>
    </message>
    <message>
        <source>Modifiche salvate su questo computer, non ancora accettate dal portale.</source>
        <translation>Changes saved on this computer, not yet accepted by the portal.</translation>
    </message>
</context>
</TS>

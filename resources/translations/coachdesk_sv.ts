<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Autumn break</source>
        <translation>Höstlov</translation>
    </message>
    <message>
        <source>Christmas break</source>
        <translation>Jullov</translation>
    </message>
    <message>
        <source>Winter break</source>
        <translation>Sportlov</translation>
    </message>
    <message>
        <source>Easter</source>
        <translation>Påsk</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Helgdag</translation>
    </message>
    <message>
        <source>Other break</source>
        <translation>Annat lov</translation>
    </message>
    <message>
        <source>Write the year the school year starts in, from {first} to {last}.</source>
        <translation>Skriv året då läsåret börjar, mellan {first} och {last}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>A school year starts on 1 August.</source>
        <translation>Ett läsår börjar den 1 augusti.</translation>
    </message>
    <message>
        <source>A school year ends on 31 July of the next year.</source>
        <translation>Ett läsår slutar den 31 juli följande år.</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>En termin kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>A term must lie inside its school year.</source>
        <translation>En termin måste ligga inom sitt läsår.</translation>
    </message>
    <message>
        <source>This term overlaps {name}.</source>
        <translation>Terminen överlappar {name}.</translation>
    </message>
    <message>
        <source>Choose the kind of break.</source>
        <translation>Välj typ av lov.</translation>
    </message>
    <message>
        <source>A break cannot end before it starts.</source>
        <translation>Ett lov kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>A break must lie inside its school year.</source>
        <translation>Ett lov måste ligga inom sitt läsår.</translation>
    </message>
    <message>
        <source>{day} {starts}–{ends}</source>
        <translation>{day} kl. {starts}–{ends}</translation>
    </message>
    <message>
        <source>{tutor} is already booked for {what} at {when}.</source>
        <translation>{tutor} är redan bokad {when} för {what}.</translation>
    </message>
    <message>
        <source>The place is already taken by {what} at {when}.</source>
        <translation>Platsen är redan upptagen {when} av {what}.</translation>
    </message>
    <message>
        <source>{day} falls on {name}.</source>
        <translation>{day} är en ledig dag ({name}).</translation>
    </message>
    <message>
        <source>{tutor} has {left} h left this term; this takes {hours} h.</source>
        <translation>{tutor} har {left} h kvar denna termin; detta tar {hours} h.</translation>
    </message>
    <message>
        <source>{when} is outside {tutor}&apos;s released time ({plan}).</source>
        <translation>{when} ligger utanför tiden för tutorverksamhet ({tutor}: {plan}).</translation>
    </message>
    <message>
        <source>Only {gap} min between this and {what} at {when}; travel needs {need} min.</source>
        <translation>Bara {gap} min mellan detta och {what} {when}; restiden är {need} min.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Tillgänglig</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Utlånad</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserverad</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>På reparation</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Förkommen</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Kasserad</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutorlärare</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Lärare</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Skola</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Inventarienummer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Price cannot be negative.</source>
        <translation>Priset kan inte vara negativt.</translation>
    </message>
    <message>
        <source>Content count</source>
        <translation>Antal delar</translation>
    </message>
    <message>
        <source>A loan cannot be due before it starts.</source>
        <translation>Lånets förfallodag kan inte vara före lånets början.</translation>
    </message>
    <message>
        <source>A device cannot come back before it went out.</source>
        <translation>En enhet kan inte återlämnas innan den har lånats ut.</translation>
    </message>
    <message>
        <source>A loan has exactly one borrower: a tutor, a teacher or a school.</source>
        <translation>Ett lån har exakt en låntagare: en tutorlärare, en lärare eller en skola.</translation>
    </message>
    <message>
        <source>Choose the borrower: a tutor, a teacher or a school.</source>
        <translation>Välj låntagare: en tutorlärare, en lärare eller en skola.</translation>
    </message>
    <message>
        <source>A loan period is from 1 to 400 days.</source>
        <translation>Lånetiden är 1–400 dagar.</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Avhämtad</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullerad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>A reservation cannot end before it starts.</source>
        <translation>En reservation kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>Choose whether the borrower is a tutor, a teacher or a school.</source>
        <translation>Välj om låntagaren är en tutorlärare, en lärare eller en skola.</translation>
    </message>
    <message>
        <source>{tag} is {status}: it cannot be lent.</source>
        <translation>{tag} är {status}: den kan inte lånas ut.</translation>
    </message>
    <message>
        <source>{tag} is already on loan.</source>
        <translation>{tag} är redan utlånad.</translation>
    </message>
    <message>
        <source>A loan starts today or earlier; reserve the device for a later date.</source>
        <translation>Ett lån börjar i dag eller tidigare; reservera enheten för ett senare datum.</translation>
    </message>
    <message>
        <source>The device is reserved for someone else {span}: make the loan due before then.</source>
        <translation>Enheten är reserverad för någon annan {span}: sätt lånets förfallodag före det.</translation>
    </message>
    <message>
        <source>A device cannot come back in the future.</source>
        <translation>Återlämningsdagen kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>A renewal moves the due date later.</source>
        <translation>Den nya förfallodagen måste vara senare än den nuvarande.</translation>
    </message>
    <message>
        <source>The device is reserved for someone else {span}.</source>
        <translation>Enheten är reserverad för någon annan {span}.</translation>
    </message>
    <message>
        <source>{tag} is {status}: it cannot be reserved.</source>
        <translation>{tag} är {status}: den kan inte reserveras.</translation>
    </message>
    <message>
        <source>A reservation cannot be in the past.</source>
        <translation>En reservation kan inte ligga i det förflutna.</translation>
    </message>
    <message>
        <source>The device is already reserved {span}.</source>
        <translation>Enheten är redan reserverad {span}.</translation>
    </message>
    <message>
        <source>The device is on loan until {due}; reserve it from the day after.</source>
        <translation>Enheten är utlånad till och med {due}; reservera den från dagen efter.</translation>
    </message>
    <message>
        <source>Only an active reservation can be cancelled.</source>
        <translation>Endast en aktiv reservation kan annulleras.</translation>
    </message>
    <message>
        <source>A device cannot be lost in the future.</source>
        <translation>Datumet då enheten förkom kan inte vara i framtiden.</translation>
    </message>
    <message>
        <source>{tag} is already {status}.</source>
        <translation>{tag} är redan {status}.</translation>
    </message>
    <message>
        <source>Only a lost device can be found.</source>
        <translation>Endast en förkommen enhet kan markeras som hittad.</translation>
    </message>
    <message>
        <source>Check the device in before sending it for repair.</source>
        <translation>Registrera enheten som återlämnad innan du skickar den på reparation.</translation>
    </message>
    <message>
        <source>The device is not in repair.</source>
        <translation>Enheten är inte på reparation.</translation>
    </message>
    <message>
        <source>{tag} is already retired.</source>
        <translation>{tag} är redan kasserad.</translation>
    </message>
    <message>
        <source>Check the device in before retiring it.</source>
        <translation>Registrera enheten som återlämnad innan du kasserar den.</translation>
    </message>
    <message>
        <source>{tag} is not on loan.</source>
        <translation>{tag} är inte utlånad.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <source>Tutor network meeting</source>
        <translation>Tutorlärarnas nätverksträff</translation>
    </message>
    <message>
        <source>At a school</source>
        <translation>På en skola</translation>
    </message>
    <message>
        <source>Central venue</source>
        <translation>Central utbildningslokal</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>På distans</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Anmäld</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>På reservplats</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Frånvarande, anmält</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Give a score from 1 to {n}, or none.</source>
        <translation>Ge ett vitsord från 1 till {n}, eller inget.</translation>
    </message>
    <message>
        <source>Mark the review as given, or clear its score and comment.</source>
        <translation>Markera bedömningen som given, eller töm dess vitsord och kommentar.</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>Sammanfattning av responsen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>A lesson must end after it starts.</source>
        <translation>Utbildningstillfället måste sluta efter att det börjar.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Antal platser</translation>
    </message>
    <message>
        <source>Choose the school where the lesson is held.</source>
        <translation>Välj skolan där utbildningstillfället hålls.</translation>
    </message>
    <message>
        <source>An online lesson needs its link.</source>
        <translation>Ett utbildningstillfälle på distans behöver en länk.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for a lesson that was held.</source>
        <translation>Närvaro registreras bara för ett utbildningstillfälle som har hållits.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for enrolled teachers.</source>
        <translation>Närvaro registreras bara för anmälda lärare.</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>Respons ges på en skala från 1 till 5.</translation>
    </message>
    <message>
        <source>Feedback comes from teachers who attended.</source>
        <translation>Respons kan bara ges av lärare som deltog.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Strong in {topic} ({level})</source>
        <translation>Kompetensområde: {topic} ({level})</translation>
    </message>
    <message>
        <source>No strength in the topics asked for</source>
        <translation>Inget kompetensområde inom de önskade temana</translation>
    </message>
    <message>
        <source>Serves {school}</source>
        <translation>Verkar vid {school}</translation>
    </message>
    <message>
        <source>Roaming tutor, not yet serving {school}</source>
        <translation>Ambulerande tutorlärare, verkar ännu inte vid {school}</translation>
    </message>
    <message>
        <source>Free {when}</source>
        <translation>Ledig {when}</translation>
    </message>
    <message>
        <source>No free time in the preferred windows</source>
        <translation>Ingen ledig tid under de önskade tiderna</translation>
    </message>
    <message>
        <source>{hours} h left this term</source>
        <translation>{hours} h kvar denna termin</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntar</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Givet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nekat</translation>
    </message>
    <message>
        <source>A round cannot close before it opens.</source>
        <translation>En ansökningsomgång kan inte stänga innan den öppnar.</translation>
    </message>
    <message>
        <source>Tutors sought</source>
        <translation>Tutorlärare som söks</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s home school.</source>
        <translation>Välj den sökandes hemskola.</translation>
    </message>
    <message>
        <source>Choose the state of the principal&apos;s consent.</source>
        <translation>Välj status för rektorns samtycke.</translation>
    </message>
    <message>
        <source>{name} is {current}: they cannot move to “{target}”.</source>
        <translation>{name}: {current}. Kan inte flyttas till ”{target}”.</translation>
    </message>
    <message>
        <source>Give the reason for declining.</source>
        <translation>Ange orsaken till att den sökande inte valdes.</translation>
    </message>
    <message>
        <source>Appointing needs the agreement period.</source>
        <translation>Ange tutoravtalets period för att kunna utse den sökande.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>Tutoravtalet kan inte sluta innan det börjar.</translation>
    </message>
    <message>
        <source>“{target}” is not a step of recruitment.</source>
        <translation>”{target}” är inte ett steg i rekryteringen.</translation>
    </message>
    <message>
        <source>was refused</source>
        <translation>har nekats</translation>
    </message>
    <message>
        <source>is pending</source>
        <translation>saknas ännu</translation>
    </message>
    <message>
        <source>The principal&apos;s consent for {name} {state}. Appoint anyway?</source>
        <translation>{name}: rektorns samtycke {state}. Utse ändå?</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>veckoslut</translation>
    </message>
    <message>
        <source>outside the terms</source>
        <translation>utanför terminerna</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <source>third</source>
        <translation>tredje</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>fjärde</translation>
    </message>
    <message>
        <source>last</source>
        <translation>sista</translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most 40.</source>
        <translation>Timmar per vecka måste vara fler än 0 och högst 40.</translation>
    </message>
    <message>
        <source>Give the released days and times, or a number of hours per week.</source>
        <translation>Ange dagar och tider för tutorverksamheten eller ett antal timmar per vecka.</translation>
    </message>
    <message>
        <source>“{rule}” is not a recurrence rule CoachDesk can read.</source>
        <translation>”{rule}” är inte en upprepningsregel som CoachDesk kan läsa.</translation>
    </message>
    <message>
        <source>Write times as 8:00 or 14:30.</source>
        <translation>Skriv tider som 8:00 eller 14:30.</translation>
    </message>
    <message>
        <source>Give the time the released day starts and ends.</source>
        <translation>Ange när dagen för tutorverksamhet börjar och slutar.</translation>
    </message>
    <message>
        <source>The released time must end after it starts.</source>
        <translation>Tiden för tutorverksamhet måste sluta efter att den börjar.</translation>
    </message>
    <message>
        <source>{hours} h a week, no fixed days</source>
        <translation>{hours} h i veckan, inga fasta dagar</translation>
    </message>
    <message>
        <source>No released time</source>
        <translation>Ingen tid för tutorverksamhet</translation>
    </message>
    <message>
        <source>The {ordinal} {day} of each month</source>
        <translation>Varje månads {ordinal} {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on {days}</source>
        <translation>
            <numerusform>Med %n veckas mellanrum: {days}</numerusform>
            <numerusform>Med %n veckors mellanrum: {days}</numerusform>
        </translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Varje vecka: {days}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <source>This plan gives no school days between {first} and {last}: check the days and the school calendar.</source>
        <translation>Planen ger inga skoldagar mellan {first} och {last}: kontrollera dagarna och skolkalendern.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Inplanerad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Genomförd</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Låg</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Brådskande</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Rektor</translation>
    </message>
    <message>
        <source>ICT contact person</source>
        <translation>IKT-kontaktperson</translation>
    </message>
    <message>
        <source>Choose the school that asks.</source>
        <translation>Välj skolan som begär besöket.</translation>
    </message>
    <message>
        <source>Number of teachers</source>
        <translation>Antal lärare</translation>
    </message>
    <message>
        <source>A visit lasts from 15 minutes to 8 hours.</source>
        <translation>Ett besök varar från 15 minuter till 8 timmar.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Den sista dagen kan inte vara före den första.</translation>
    </message>
    <message>
        <source>The preferred hours must end after they start.</source>
        <translation>De önskade tiderna måste sluta efter att de börjar.</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Förskoleundervisning</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Lågstadium</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Högstadium</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>Enhetsskola</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Gymnasium</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Yrkesläroanstalt</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Tutor salaries</source>
        <translation>Tutorlärarnas löner</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>Vikarier</translation>
    </message>
    <message>
        <source>Training and development days</source>
        <translation>Utbildnings- och utvecklingsdagar</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>{label}: give euros and cents, at most two decimals.</source>
        <translation>{label}: ange euro och cent, högst två decimaler.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Finansiär</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Beslutsnummer</translation>
    </message>
    <message>
        <source>Give the first day of the grant&apos;s period.</source>
        <translation>Ange första dagen av understödets användningstid.</translation>
    </message>
    <message>
        <source>Give the last day of the grant&apos;s period.</source>
        <translation>Ange sista dagen av understödets användningstid.</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Give the share of the costs the grant covers, e.g. 80.</source>
        <translation>Ange den andel av kostnaderna som understödet täcker, t.ex. 80.</translation>
    </message>
    <message>
        <source>The share is a percentage more than 0 and at most 100.</source>
        <translation>Andelen är en procentsats över 0 och högst 100.</translation>
    </message>
    <message>
        <source>Give the share with at most two decimals, e.g. 80.</source>
        <translation>Ange andelen med högst två decimaler, t.ex. 80.</translation>
    </message>
    <message>
        <source>Own share</source>
        <translation>Självfinansieringsandel</translation>
    </message>
    <message>
        <source>Choose the kind of budget line.</source>
        <translation>Välj typ av budgetpost.</translation>
    </message>
    <message>
        <source>Choose the language unit, or none.</source>
        <translation>Välj språkenhet eller ingen.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget line {n}: {problem}</source>
        <translation>Budgetpost {n}: {problem}</translation>
    </message>
    <message>
        <source>Budget lines {first} and {second} have the same name: give each line a name of its own.</source>
        <translation>Budgetposterna {first} och {second} har samma namn: ge varje post ett eget namn.</translation>
    </message>
    <message>
        <source>Budget lines {first} and {second} both pay the tutor salaries of one language unit: keep one, or give each its own unit.</source>
        <translation>Budgetposterna {first} och {second} betalar båda tutorlärarnas löner för samma språkenhet: behåll den ena eller ge var och en sin egen enhet.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Verifikat</translation>
    </message>
    <message>
        <source>Give the date of the cost.</source>
        <translation>Ange kostnadens datum.</translation>
    </message>
    <message>
        <source>A cost of 0 € changes nothing: give the amount.</source>
        <translation>En kostnad på 0 € ändrar ingenting: ange beloppet.</translation>
    </message>
    <message>
        <source>Choose the budget line.</source>
        <translation>Välj budgetpost.</translation>
    </message>
    <message>
        <source>The grant&apos;s period is {first}–{last}: a cost on another day belongs to another grant.</source>
        <translation>Understödets användningstid är {first}–{last}: en kostnad på en annan dag hör till ett annat understöd.</translation>
    </message>
    <message>
        <source>Choose the kind of school.</source>
        <translation>Välj skoltyp.</translation>
    </message>
    <message>
        <source>Choose the language of the school.</source>
        <translation>Välj skolans undervisningsspråk.</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Choose the teacher&apos;s school.</source>
        <translation>Välj lärarens skola.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundnivå</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mellannivå</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancerad nivå</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Högstadium och andra stadiet</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Link to materials</source>
        <translation>Länk till material</translation>
    </message>
    <message>
        <source>Choose the level of the topic.</source>
        <translation>Välj utbildningstemats nivå.</translation>
    </message>
    <message>
        <source>Choose the audience of the topic.</source>
        <translation>Välj utbildningstemats målgrupp.</translation>
    </message>
    <message>
        <source>A link starts with http:// or https://.</source>
        <translation>En länk börjar med http:// eller https://.</translation>
    </message>
    <message>
        <source>Write the whole link without spaces, e.g. https://example.fi/materials.</source>
        <translation>Skriv hela länken utan mellanslag, t.ex. https://example.fi/materials.</translation>
    </message>
    <message>
        <source>School tutor</source>
        <translation>Skolans egen tutorlärare</translation>
    </message>
    <message>
        <source>Roaming tutor</source>
        <translation>Ambulerande tutorlärare</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Har sökt</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Intervjuad</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Föreslagen</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Utsedd</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Inte vald</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återtog sin ansökan</translation>
    </message>
    <message>
        <source>Choose the kind of tutor.</source>
        <translation>Välj typ av tutorlärare.</translation>
    </message>
    <message>
        <source>Choose a level for each strength.</source>
        <translation>Välj en nivå för varje styrka.</translation>
    </message>
    <message>
        <source>Choose the tutor&apos;s home school.</source>
        <translation>Välj tutorlärarens hemskola.</translation>
    </message>
    <message>
        <source>An appointed tutor needs an agreement period.</source>
        <translation>En utsedd tutorlärare behöver en period för tutoravtalet.</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 40.</source>
        <translation>Timmar per vecka måste vara mellan 0 och 40.</translation>
    </message>
    <message>
        <source>Hours per term must be between 0 and 1000.</source>
        <translation>Timmar per termin måste vara mellan 0 och 1000.</translation>
    </message>
    <message>
        <source>Hourly cost</source>
        <translation>Timkostnad</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} är en obligatorisk uppgift.</translation>
    </message>
    <message>
        <source>{label} must be on one line: remove the line break.</source>
        <translation>{label}: texten måste stå på en rad. Ta bort radbrytningen.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}: texten är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address; write it as name@example.fi.</source>
        <translation>”{value}” är ingen e-postadress; skriv den som name@example.fi.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label}: värdet kan inte vara negativt.</translation>
    </message>
    <message>
        <source>{label} cannot be more than {maximum}.</source>
        <translation>{label}: värdet får vara högst {maximum}.</translation>
    </message>
    <message>
        <source>{label}: give a date between {first} and {last}.</source>
        <translation>{label}: ange ett datum mellan {first} och {last}.</translation>
    </message>
    <message>
        <source>{label} holds an invisible control character ({code}): remove it, or type the text again instead of pasting it.</source>
        <translation>{label}: texten innehåller ett osynligt styrtecken ({code}). Ta bort det eller skriv texten på nytt i stället för att klistra in den.</translation>
    </message>
    <message>
        <source>Co-teaching</source>
        <translation>Samundervisning</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>Personalutbildning</translation>
    </message>
    <message>
        <source>Individual guidance</source>
        <translation>Individuell handledning</translation>
    </message>
    <message>
        <source>Device set-up</source>
        <translation>Ibruktagning av enheter</translation>
    </message>
    <message>
        <source>Planning with the principal</source>
        <translation>Planering med rektor</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Bokad</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Uteblev</translation>
    </message>
    <message>
        <source>A visit must end after it starts.</source>
        <translation>Ett skolbesök måste sluta efter att det börjar.</translation>
    </message>
    <message>
        <source>A visit starts and ends on the same day.</source>
        <translation>Ett skolbesök börjar och slutar samma dag.</translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation>Nådda lärare</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Använda timmar</translation>
    </message>
    <message>
        <source>This time has passed: log the visit as done or no-show instead of booking it.</source>
        <translation>Tiden har redan passerat: registrera besöket som ”Genomförd” eller ”Uteblev” i stället för att boka det.</translation>
    </message>
    <message>
        <source>The visit has not happened yet: log it after {when}.</source>
        <translation>Besöket har inte ägt rum ännu: registrera det efter {when}.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} kl. {time}</translation>
    </message>
    <message>
        <source>school</source>
        <translation>skola</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder for the reports.</source>
        <translation>{path} är en fil, inte en mapp: välj en mapp för rapporterna.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Perioden slutar ({last}) innan den börjar ({first}).</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>Databasfilen {path} finns inte.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the file to write the copy to.</source>
        <translation>{path} är en mapp: ange namnet på filen som kopian ska skrivas till.</translation>
    </message>
    <message>
        <source>No copy was made of {path}. {reason}</source>
        <translation>Ingen kopia gjordes av {path}. {reason}</translation>
    </message>
    <message>
        <source>The backup could not be restored. {reason}</source>
        <translation>Säkerhetskopian kunde inte återställas. {reason}</translation>
    </message>
    <message>
        <source>Wrote the calendar of {tutor} to {path}</source>
        <translation>Kalendern för {tutor} sparades i {path}</translation>
    </message>
    <message>
        <source>{what} “{text}” is not a date: write it as 2026-08-01.</source>
        <translation>{what} ”{text}” är inte ett datum: skriv det som 2026-08-01.</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx.</source>
        <translation>{path}: ange ett filnamn som slutar på .xlsx.</translation>
    </message>
    <message>
        <source>Wrote the report of {school} to {path}</source>
        <translation>Skolrapporten för {school} sparades i {path}</translation>
    </message>
    <message>
        <source>Wrote the municipal summary to {path}</source>
        <translation>Stadens sammandrag sparades i {path}</translation>
    </message>
    <message>
        <source>Wrote the report of the grant {grant} to {path}</source>
        <translation>Rapporten om understödet {grant} har skrivits till {path}</translation>
    </message>
    <message>
        <source>Wrote the device report to {path}</source>
        <translation>Enhetsrapporten sparades i {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n school reports to {path}</source>
        <translation>
            <numerusform>%n skolrapport sparades i {path}</numerusform>
            <numerusform>%n skolrapporter sparades i {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices on {day}</source>
        <translation>Enheter per {day}</translation>
    </message>
    <message>
        <source>Device report</source>
        <translation>Enhetsrapport</translation>
    </message>
    <message>
        <source>Inventory, loans and reservations</source>
        <translation>Enhetsförteckning, lån och reservationer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammandrag</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Per {day}</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>Loans out</source>
        <translation>Pågående lån</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>Försenade lån</translation>
    </message>
    <message>
        <source>Active reservations</source>
        <translation>Aktiva reservationer</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation>Enheter efter status</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Enhetsförteckning</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Skick</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Inköpt</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Innehavare</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfallodag</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Försenat (dagar)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Lån</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Låntagare</translation>
    </message>
    <message>
        <source>Borrower is</source>
        <translation>Låntagartyp</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktuppgift</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Utlåningsdag</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Förnyelser</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservationer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Reserverad för</translation>
    </message>
    <message>
        <source>The lesson “{title}” has no date and time: give them on the Lessons page first.</source>
        <translation>Utbildningstillfället ”{title}” saknar datum och tid: ange dem först på sidan Utbildningstillfällen.</translation>
    </message>
    <message>
        <source>Tutors: {names}</source>
        <translation>Tutorlärare: {names}</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>Länk: {url}</translation>
    </message>
    <message>
        <source>Tutor: {name}</source>
        <translation>Tutorlärare: {name}</translation>
    </message>
    <message>
        <source>Topics: {names}</source>
        <translation>Utbildningsteman: {names}</translation>
    </message>
    <message>
        <source>Principal: {name}</source>
        <translation>Rektor: {name}</translation>
    </message>
    <message>
        <source>ICT contact: {name}</source>
        <translation>IKT-kontaktperson: {name}</translation>
    </message>
    <message>
        <source>CoachDesk: {tutor}</source>
        <translation>CoachDesk: {tutor}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <source>No column gives the {fields}: choose the column for it.</source>
        <translation>Ingen kolumn innehåller: {fields}. Välj en kolumn för uppgiften.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Filen {path} finns inte.</translation>
    </message>
    <message>
        <source>{path} cannot be read: close it in Excel or check that you may open it, then try again.</source>
        <translation>{path} kan inte läsas: stäng den i Excel eller kontrollera att du har rätt att öppna den och försök sedan igen.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and import that file.</source>
        <translation>{path} är inte en Excel-arbetsbok (.xlsx). Spara den som .xlsx i Excel och importera den filen.</translation>
    </message>
    <message>
        <source>{path} has no sheet “{sheet}”; it has {names}.</source>
        <translation>{path} har inget blad ”{sheet}”; den har {names}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>{path} kunde inte läsas: {error}. Öppna den i Excel, spara den på nytt som .xlsx och importera den filen.</translation>
    </message>
    <message>
        <source>Row {row} is a total row (“{label}”): not imported.</source>
        <translation>Rad {row} är en summarad (”{label}”): den importeras inte.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>kolumn {letter}</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>den har inget namn</translation>
    </message>
    <message>
        <source>CoachDesk has no field for it</source>
        <translation>CoachDesk har inget fält för den</translation>
    </message>
    <message>
        <source>the {field} comes from “{column}”</source>
        <translation>{field} läses från kolumnen ”{column}”</translation>
    </message>
    <message>
        <source>a school has several e-mail columns: choose which one this is</source>
        <translation>en skola har flera e-postfält: välj vilket av dem den här kolumnen är</translation>
    </message>
    <message>
        <source>{column} → not imported ({why})</source>
        <translation>{column} → importeras inte ({why})</translation>
    </message>
    <message>
        <source>Column “{column}” is not imported: {why}.</source>
        <translation>Kolumnen ”{column}” importeras inte: {why}.</translation>
    </message>
    <message>
        <source>The {column} is not imported: {why}.</source>
        <translation>Det importeras inget från {column}: {why}.</translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the columns, for example {examples}.</source>
        <translation>Ingen rubrikrad hittades i {path}: en av de första {rows} raderna måste namnge kolumnerna, till exempel {examples}.</translation>
    </message>
    <message>
        <source>“{email}” ({name}) cannot go into a message as an e-mail address: correct it, then make the message again.</source>
        <translation>”{email}” ({name}) kan inte användas som e-postadress i ett meddelande: rätta adressen och gör sedan meddelandet på nytt.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopia</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Hemlig kopia</translation>
    </message>
    <message>
        <source>The message is too long for a mail link ({n} characters; at most {limit}). Save it as an .eml file and open that in your mail program.</source>
        <translation>Meddelandet är för långt för en e-postlänk ({n} tecken; högst {limit}). Spara det som en .eml-fil och öppna den i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>Messages are written in Finnish (fi), Swedish (sv) or English (en), not “{language}”.</source>
        <translation>Meddelanden skrivs på finska (fi), svenska (sv) eller engelska (en), inte ”{language}”.</translation>
    </message>
    <message>
        <source>No principal&apos;s e-mail for {names}: fill it in on the Schools page, or leave the school out.</source>
        <translation>Rektorns e-postadress saknas: {names}. Fyll i den på sidan Skolor eller lämna skolan utanför.</translation>
    </message>
    <message>
        <source>Choose the lessons to announce.</source>
        <translation>Välj de utbildningstillfällen som ska annonseras.</translation>
    </message>
    <message>
        <source>Choose the schools to send it to.</source>
        <translation>Välj skolorna som meddelandet ska skickas till.</translation>
    </message>
    <message>
        <source>Only published lessons are announced; publish these first or leave them out: {names}.</source>
        <translation>Endast publicerade utbildningstillfällen annonseras; publicera dessa först eller lämna dem utanför: {names}.</translation>
    </message>
    <message>
        <source>No teacher of {names} has an e-mail address: fill them in on the Teachers page, or send to the principals and ICT contacts.</source>
        <translation>Ingen lärare vid {names} har en e-postadress: fyll i dem på sidan Lärare eller skicka till rektorerna och IKT-kontaktpersonerna.</translation>
    </message>
    <message>
        <source>Only a booked visit is confirmed; this one is {status}.</source>
        <translation>Endast ett bokat skolbesök kan bekräftas; det här besökets status är: {status}.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: fill it in on the Tutors page.</source>
        <translation>{name} har ingen e-postadress: fyll i den på sidan Tutorlärare.</translation>
    </message>
    <message>
        <source>Choose the schools to send reports to.</source>
        <translation>Välj skolorna som rapporterna ska skickas till.</translation>
    </message>
    <message>
        <source>you have a seat</source>
        <translation>du har en plats</translation>
    </message>
    <message>
        <source>you are on the waiting list; you will hear from us if a seat frees up</source>
        <translation>du står på reservplats; du får besked om en plats blir ledig</translation>
    </message>
    <message>
        <source>your sign-up is cancelled</source>
        <translation>din anmälan är avbokad</translation>
    </message>
    <message>
        <source>a seat freed up: you have a seat now</source>
        <translation>en plats blev ledig: du har nu en plats</translation>
    </message>
    <message>
        <source>not possible: {reason}</source>
        <translation>inte möjligt: {reason}</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in {suffix}.</source>
        <translation>{path}: ange ett filnamn som slutar på {suffix}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder.</source>
        <translation>{path} är en fil, inte en mapp: välj en mapp.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} är en mapp: ange ett filnamn.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}. Choose a folder you can write to.</source>
        <translation>Det går inte att skriva till mappen {folder}: {reason}. Välj en mapp som du kan skriva till.</translation>
    </message>
    <message>
        <source>Cannot replace {path}: the file is open in another program or write-protected. Close it and try again, or save under another name.</source>
        <translation>Det går inte att ersätta {path}: filen är öppen i ett annat program eller skrivskyddad. Stäng den och försök igen, eller spara under ett annat namn.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}.</source>
        <translation>Det går inte att spara {path}: {reason}.</translation>
    </message>
    <message>
        <source>Personal data: {name}</source>
        <translation>Personuppgifter: {name}</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>Export av personuppgifter</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about one person</source>
        <translation>Allt som CoachDesk lagrar om en person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>{what} #{id}, exported on {day}</source>
        <translation>{what} #{id}, exporterad {day}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Skolor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Utbildningstillfälle</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Feedback score</source>
        <translation>Betyg i responsen</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Kommentar i responsen</translation>
    </message>
    <message>
        <source>Lessons taught</source>
        <translation>Ledda utbildningstillfällen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Skolbesök</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Syfte</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Återlämnad</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Rekrytering</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Ansökningsomgång</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Home school</source>
        <translation>Hemskola</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>Principal&apos;s consent</source>
        <translation>Rektorns samtycke</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>Orsak (inte vald)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steg</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Helsinki&apos;s three levels</source>
        <translation>Helsingfors tre nivåer</translation>
    </message>
    <message>
        <source>Opeka&apos;s four levels</source>
        <translation>Opekas fyra nivåer</translation>
    </message>
    <message>
        <source>basic skills</source>
        <translation>grundläggande färdigheter</translation>
    </message>
    <message>
        <source>in everyday teaching</source>
        <translation>i den dagliga undervisningen</translation>
    </message>
    <message>
        <source>develops and guides others</source>
        <translation>utvecklar och handleder andra</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>i början</translation>
    </message>
    <message>
        <source>developing</source>
        <translation>utvecklas</translation>
    </message>
    <message>
        <source>skilled</source>
        <translation>skicklig</translation>
    </message>
    <message>
        <source>pioneering</source>
        <translation>föregångare</translation>
    </message>
    <message>
        <source>Level {n}: {name}</source>
        <translation>Nivå {n}: {name}</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Självvärdering</translation>
    </message>
    <message>
        <source>Confirmed by the principal or coordinator</source>
        <translation>Bekräftad av rektor eller koordinator</translation>
    </message>
    <message>
        <source>Earned with a certificate</source>
        <translation>Uppnådd med intyg</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Välj lärare.</translation>
    </message>
    <message>
        <source>Choose a level from 1 to {n}.</source>
        <translation>Välj en nivå från 1 till {n}.</translation>
    </message>
    <message>
        <source>Give the date of the assessment.</source>
        <translation>Ange datum för bedömningen.</translation>
    </message>
    <message>
        <source>Choose where the level comes from.</source>
        <translation>Välj var nivån kommer ifrån.</translation>
    </message>
    <message>
        <source>Give a share from 0 to 100 %.</source>
        <translation>Ange en andel från 0 till 100 %.</translation>
    </message>
    <message>
        <source>A higher level&apos;s target cannot be above a lower level&apos;s.</source>
        <translation>Målet för en högre nivå kan inte vara högre än för en lägre nivå.</translation>
    </message>
    <message>
        <source>{school}: tutoring {period}</source>
        <translation>{school}: tutorlärarverksamhet {period}</translation>
    </message>
    <message>
        <source>School report</source>
        <translation>Skolrapport</translation>
    </message>
    <message>
        <source>Tutor visits, lessons, devices and requests</source>
        <translation>Tutorlärarnas skolbesök, utbildningstillfällen, enheter och begäranden om besök</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Genomförda skolbesök</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>Planerade skolbesök</translation>
    </message>
    <message>
        <source>Tutor hours at the school</source>
        <translation>Tutorlärarnas timmar på skolan</translation>
    </message>
    <message>
        <source>Tutor hours in visits</source>
        <translation>Tutorlärarnas timmar på skolbesök</translation>
    </message>
    <message>
        <source>Teacher contacts in visits</source>
        <translation>Lärarkontakter vid skolbesök</translation>
    </message>
    <message>
        <source>Teachers reached by visits</source>
        <translation>Lärare som nåtts vid skolbesök</translation>
    </message>
    <message>
        <source>Share of the staff reached</source>
        <translation>Andel av personalen som nåtts</translation>
    </message>
    <message>
        <source>Share of the staff who attended a lesson</source>
        <translation>Andel av personalen som deltagit i ett utbildningstillfälle</translation>
    </message>
    <message>
        <source>Longest wait of an open request, days</source>
        <translation>Längsta väntetid för en öppen begäran om besök, dagar</translation>
    </message>
    <message>
        <source>Median school in the city</source>
        <translation>Stadens medianskola</translation>
    </message>
    <message>
        <source>Share of allotted hours used</source>
        <translation>Andel av tilldelade timmar som använts</translation>
    </message>
    <message>
        <source>Visits and lessons that start from the first day of the period to the last, both included.</source>
        <translation>Skolbesök och utbildningstillfällen som börjar mellan periodens första och sista dag, båda dagarna medräknade.</translation>
    </message>
    <message>
        <source>Visits the tutor logged as done.</source>
        <translation>Skolbesök som tutorläraren har antecknat som genomförda.</translation>
    </message>
    <message>
        <source>Visits booked from the day the report was made on to the end of the period. A visit booked earlier but not yet logged is counted in neither.</source>
        <translation>Skolbesök som är bokade från den dag rapporten gjordes till periodens slut. Ett besök som bokats tidigare men ännu inte antecknats räknas i ingendera.</translation>
    </message>
    <message>
        <source>The time the tutor logged as spent at a done visit, or else the time booked. Hours are shown as hours:minutes (1:30 is an hour and a half), so that totals match the rows to the minute.</source>
        <translation>Den tid tutorläraren antecknat för ett genomfört skolbesök, annars den bokade tiden. Timmarna visas som timmar:minuter (1:30 är en och en halv timme), så att summorna stämmer med raderna på minuten.</translation>
    </message>
    <message>
        <source>The number of teachers each done visit reached, added up: a teacher at three visits counts three times.</source>
        <translation>Antalet lärare som varje genomfört skolbesök nådde, sammanräknat: en lärare som var med vid tre besök räknas tre gånger.</translation>
    </message>
    <message>
        <source>Different teachers named in the log of a done visit, each once. A visit logged with a number of teachers only is counted in the contacts, not here.</source>
        <translation>Olika lärare som namngetts i besöksanteckningen för ett genomfört skolbesök, var och en en gång. Ett besök som antecknats endast med ett antal lärare räknas i lärarkontakterna, inte här.</translation>
    </message>
    <message>
        <source>A teacher enrolled in a lesson (not cancelled) and marked present or late: each teacher at each lesson once.</source>
        <translation>En lärare som är anmäld till ett utbildningstillfälle (inte inställt) och markerad som närvarande eller försenad: varje lärare vid varje utbildningstillfälle en gång.</translation>
    </message>
    <message>
        <source>The length of each lesson attended, once per teacher who attended it.</source>
        <translation>Varje utbildningstillfälles längd, en gång per lärare som deltog.</translation>
    </message>
    <message>
        <source>Different teachers with at least one lesson attendance, each once.</source>
        <translation>Olika lärare som deltagit i minst ett utbildningstillfälle, var och en en gång.</translation>
    </message>
    <message>
        <source>Lessons planned or published from the day the report was made on, with at least one of the school&apos;s teachers enrolled.</source>
        <translation>Planerade eller publicerade utbildningstillfällen från den dag rapporten gjordes, med minst en av skolans lärare anmäld.</translation>
    </message>
    <message>
        <source>Different teachers reached by a visit or who attended a lesson, each once.</source>
        <translation>Olika lärare som nåtts vid ett skolbesök eller som deltagit i ett utbildningstillfälle, var och en en gång.</translation>
    </message>
    <message>
        <source>The teachers on the school&apos;s staff in CoachDesk when the report was made (not archived). Teachers are counted with the school they are at now, and only active teachers are counted as reached, so a share of the staff never passes 100 %.</source>
        <translation>Skolans lärare i CoachDesk när rapporten gjordes (inte arkiverade). Lärarna räknas till den skola där de är nu, och endast aktiva lärare räknas som nådda, så att en andel av personalen aldrig överstiger 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Teachers reached by visits or lessons, of the active teachers.</source>
        <translation>Lärare som nåtts vid skolbesök eller utbildningstillfällen, av de aktiva lärarna.</translation>
    </message>
    <message>
        <source>Teachers who attended a lesson, of the active teachers: the share that CoachDesk&apos;s Today and Attendance pages show.</source>
        <translation>Lärare som deltagit i ett utbildningstillfälle, av de aktiva lärarna: samma andel som CoachDesks sidor I dag och Närvaro visar.</translation>
    </message>
    <message>
        <source>Each figure of the school in the middle when the city&apos;s schools (not archived) are put in order by it: half have as much or less, half as much or more.</source>
        <translation>Varje nyckeltal för den skola som står i mitten när stadens skolor (inte arkiverade) ordnas efter det: hälften har lika mycket eller mindre, hälften lika mycket eller mer.</translation>
    </message>
    <message>
        <source>Requests for a visit that came in by the period&apos;s last day and are not yet done or cancelled; a request waits from the day it came in.</source>
        <translation>Begäranden om besök som kommit in senast periodens sista dag och ännu inte är genomförda eller inställda; en begäran väntar från den dag den kom in.</translation>
    </message>
    <message>
        <source>Devices lent to the school or to one of its teachers on that day.</source>
        <translation>Enheter som är utlånade till skolan eller till någon av dess lärare den dagen.</translation>
    </message>
    <message>
        <source>Hours of the tutor&apos;s done visits and of the held lessons the tutor taught.</source>
        <translation>Timmarna för tutorlärarens genomförda skolbesök och för de hållna utbildningstillfällen som tutorläraren lett.</translation>
    </message>
    <message>
        <source>The tutor&apos;s hours per term, for the part of each term of the period that the tutor&apos;s agreement covers.</source>
        <translation>Tutorlärarens timmar per termin, för den del av varje termin under perioden som tutoravtalet täcker.</translation>
    </message>
    <message>
        <source>Lessons not cancelled that start in the period; held: those marked held.</source>
        <translation>Utbildningstillfällen som börjar under perioden och inte är inställda; hållna: de som markerats som hållna.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Så räknas siffrorna</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Hur det räknas</translation>
    </message>
    <message>
        <source>Hours of lessons attended</source>
        <translation>Deltagartimmar i utbildningstillfällen</translation>
    </message>
    <message>
        <source>Teachers who attended a lesson</source>
        <translation>Lärare som deltagit i ett utbildningstillfälle</translation>
    </message>
    <message>
        <source>Upcoming lessons with the school&apos;s teachers enrolled</source>
        <translation>Kommande utbildningstillfällen med skolans lärare anmälda</translation>
    </message>
    <message>
        <source>Teachers reached by visits or lessons</source>
        <translation>Lärare som nåtts vid skolbesök eller utbildningstillfällen</translation>
    </message>
    <message>
        <source>Active teachers</source>
        <translation>Aktiva lärare</translation>
    </message>
    <message>
        <source>Devices on loan on {day}</source>
        <translation>Utlånade enheter per {day}</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Öppna begäranden om besök</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>Period {period}</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Gjord {day}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Grant report: {name}</source>
        <translation>Rapport om understöd: {name}</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Rapport om understöd</translation>
    </message>
    <message>
        <source>Tutoring paid by the grant: figures and costs</source>
        <translation>Tutorverksamhet som finansieras med understödet: nyckeltal och kostnader</translation>
    </message>
    <message>
        <source>Entered cost</source>
        <translation>Införd kostnad</translation>
    </message>
    <message>
        <source>School tutors</source>
        <translation>Skolans tutorlärare</translation>
    </message>
    <message>
        <source>Roaming tutors</source>
        <translation>Ambulerande tutorlärare</translation>
    </message>
    <message>
        <source>Teachers reached (different)</source>
        <translation>Nådda lärare (olika)</translation>
    </message>
    <message>
        <source>Tutors&apos; hours on the grant</source>
        <translation>Tutorlärarnas timmar på understödet</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Understöd</translation>
    </message>
    <message>
        <source>Share of the costs the grant covers</source>
        <translation>Understödets andel av kostnaderna</translation>
    </message>
    <message>
        <source>Costs spent</source>
        <translation>Genomförda kostnader</translation>
    </message>
    <message>
        <source>Of which the grant pays</source>
        <translation>Varav understödet betalar</translation>
    </message>
    <message>
        <source>Own share so far</source>
        <translation>Självfinansieringsandel hittills</translation>
    </message>
    <message>
        <source>Own share budgeted</source>
        <translation>Budgeterad självfinansieringsandel</translation>
    </message>
    <message>
        <source>Costs committed (booked)</source>
        <translation>Bundna kostnader (bokade)</translation>
    </message>
    <message>
        <source>Grant left</source>
        <translation>Kvar av understödet</translation>
    </message>
    <message>
        <source>Forecast of the grant used by the end</source>
        <translation>Prognos för understödets användning till slutet</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>Läget {day}</translation>
    </message>
    <message>
        <source>decision {number}</source>
        <translation>beslut {number}</translation>
    </message>
    <message>
        <source>Costs by language unit</source>
        <translation>Kostnader per språkenhet</translation>
    </message>
    <message>
        <source>Language unit</source>
        <translation>Språkenhet</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Alla enheter</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budgetposter</translation>
    </message>
    <message>
        <source>Grant&apos;s part spent</source>
        <translation>Understödets andel genomförd</translation>
    </message>
    <message>
        <source>Grant&apos;s part committed</source>
        <translation>Understödets andel bunden</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Forecast at the end</source>
        <translation>Prognos vid slutet</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Per månad</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rader</translation>
    </message>
    <message>
        <source>Description or tutor</source>
        <translation>Beskrivning eller tutorlärare</translation>
    </message>
    <message>
        <source>Spent or committed</source>
        <translation>Genomfört eller bundet</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>genomfört</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>bundet</translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation>Besökstimmar</translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation>Utbildningstimmar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timmar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Costs of the school on the grants</source>
        <translation>Skolans kostnader på understöden</translation>
    </message>
    <message>
        <source>This school</source>
        <translation>Den här skolan</translation>
    </message>
    <message>
        <source>Visits and lessons per month</source>
        <translation>Skolbesök och utbildningstillfällen per månad</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>The median school: half of the city&apos;s {n} schools have as much or less. How each figure is counted: the last sheet.</source>
        <translation>Medianskolan: hälften av stadens {n} skolor har lika mycket eller mindre. Hur varje siffra räknas: det sista bladet.</translation>
    </message>
    <message>
        <source>No topic was logged in a visit or a lesson attended.</source>
        <translation>Inga utbildningsteman har antecknats för skolbesök eller deltaganden i utbildningstillfällen.</translation>
    </message>
    <message>
        <source>{n} other topics</source>
        <translation>{n} andra utbildningsteman</translation>
    </message>
    <message>
        <source>Planned next</source>
        <translation>Planerat härnäst</translation>
    </message>
    <message>
        <source>Nothing is planned in the rest of the period.</source>
        <translation>Inget är planerat för resten av perioden.</translation>
    </message>
    <message>
        <source>Visit: {purpose}</source>
        <translation>Skolbesök: {purpose}</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Utbildningstillfälle: {title}</translation>
    </message>
    <message>
        <source>{n} enrolled from the school</source>
        <translation>Anmälda från skolan: {n}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kostnader</translation>
    </message>
    <message>
        <source>{first}–{last}: the costs entered for the school and the tutors&apos; done visits and lessons there valued at their hourly cost, before the grant&apos;s share.</source>
        <translation>{first}–{last}: kostnaderna som förts in för skolan och tutorlärarnas genomförda skolbesök och utbildningstillfällen där, värderade till deras timkostnad, före understödets andel.</translation>
    </message>
    <message>
        <source>No cost on a grant&apos;s budget line is for this school in the period.</source>
        <translation>Ingen budgetpost i något understöd har kostnader för den här skolan under perioden.</translation>
    </message>
    <message>
        <source>Costs entered</source>
        <translation>Införda kostnader</translation>
    </message>
    <message>
        <source>Tutors&apos; time valued</source>
        <translation>Tutorlärarnas tid i euro</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Teacher contacts</source>
        <translation>Lärarkontakter</translation>
    </message>
    <message>
        <source>Teachers named</source>
        <translation>Namngivna lärare</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Utbildningsteman</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Utbildningstillfällen</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Utbildningstema</translation>
    </message>
    <message>
        <source>Lesson status</source>
        <translation>Utbildningstillfällets status</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Deltog</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Deltagartimmar</translation>
    </message>
    <message>
        <source>Devices on loan</source>
        <translation>Utlånade enheter</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Väntat (dagar)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Begärd av</translation>
    </message>
    <message>
        <source>Hours asked</source>
        <translation>Begärda timmar</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Lärare</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Brådska</translation>
    </message>
    <message>
        <source>Tutoring in the municipality {period}</source>
        <translation>Tutorlärarverksamheten i staden {period}</translation>
    </message>
    <message>
        <source>Municipal summary</source>
        <translation>Stadens sammandrag</translation>
    </message>
    <message>
        <source>Hours per tutor, visits and lessons per school and topic</source>
        <translation>Timmar per tutorlärare, skolbesök och utbildningstillfällen per skola och tema</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutorlärare</translation>
    </message>
    <message>
        <source>Tutor hours used</source>
        <translation>Tutorlärarnas använda timmar</translation>
    </message>
    <message>
        <source>Tutor hours allotted</source>
        <translation>Tutorlärarnas tilldelade timmar</translation>
    </message>
    <message>
        <source>Lesson attendances</source>
        <translation>Deltaganden i utbildningstillfällen</translation>
    </message>
    <message>
        <source>Tutoring in the municipality</source>
        <translation>Tutorlärarverksamheten i staden</translation>
    </message>
    <message>
        <source>How each figure is counted: the last sheet.</source>
        <translation>Hur varje siffra räknas: det sista bladet.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Använda timmar</translation>
    </message>
    <message>
        <source>Hours allotted</source>
        <translation>Tilldelade timmar</translation>
    </message>
    <message>
        <source>Share used</source>
        <translation>Andel använd</translation>
    </message>
    <message>
        <source>Visits and lesson attendances per school</source>
        <translation>Skolbesök och deltaganden i utbildningstillfällen per skola</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Närvaro %</translation>
    </message>
    <message>
        <source>Attendances and visits per topic</source>
        <translation>Deltaganden och skolbesök per tema</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .xlsx.</source>
        <translation>{path} är en mapp: ange ett filnamn som slutar på .xlsx.</translation>
    </message>
    <message>
        <source>Name the database file with --db PATH.</source>
        <translation>Ange databasfilen med --db PATH.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {path}</source>
        <translation>Den tidigare versionen av filen finns kvar i {path}</translation>
    </message>
    <message>
        <source>Restored {source} into {path}.</source>
        <translation>{source} återställdes till {path}.</translation>
    </message>
    <message>
        <source>ok: {path} is whole</source>
        <translation>ok: {path} är intakt</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>skadad: {problem}</translation>
    </message>
    <message>
        <source>broken reference: {row}</source>
        <translation>trasig referens: {row}</translation>
    </message>
    <message>
        <source>{path} is damaged. Restore it from a backup: coachdesk restore --db {path} --from BACKUP</source>
        <translation>{path} är skadad. Återställ den från en säkerhetskopia: coachdesk restore --db {path} --from SÄKERHETSKOPIA</translation>
    </message>
    <message>
        <source>Name the stock-take, e.g. “Spring 2027”.</source>
        <translation>Namnge inventeringen, t.ex. ”Våren 2027”.</translation>
    </message>
    <message>
        <source>A stock-take is already open: close it before starting another.</source>
        <translation>En inventering pågår redan: avsluta den innan du börjar en ny.</translation>
    </message>
    <message>
        <source>That stock-take no longer exists.</source>
        <translation>Inventeringen finns inte längre.</translation>
    </message>
    <message>
        <source>That stock-take is closed.</source>
        <translation>Inventeringen är avslutad.</translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation>Välj en annan fil för kopian.</translation>
    </message>
    <message>
        <source>the lesson “{title}”</source>
        <translation>utbildningstillfället ”{title}”</translation>
    </message>
    <message>
        <source>a visit to {school}</source>
        <translation>ett skolbesök på {school}</translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation>Sluttiden måste vara efter starttiden.</translation>
    </message>
    <message>
        <source>Grants to follow up</source>
        <translation>Understöd att följa upp</translation>
    </message>
    <message>
        <source>Reservations to hand out</source>
        <translation>Reservationer att lämna ut</translation>
    </message>
    <message>
        <source>for {who}, until this day</source>
        <translation>för {who}, till och med denna dag</translation>
    </message>
    <message>
        <source>{who}, {n} d overdue</source>
        <translation>{who}, {n} d för sent</translation>
    </message>
    <message>
        <source>Loans due within a week</source>
        <translation>Lån som förfaller inom en vecka</translation>
    </message>
    <message>
        <source>waiting {n} d</source>
        <translation>väntat {n} d</translation>
    </message>
    <message>
        <source>came in today</source>
        <translation>kom in i dag</translation>
    </message>
    <message>
        <source>urgent, {note}</source>
        <translation>brådskande, {note}</translation>
    </message>
    <message>
        <source>New requests from schools</source>
        <translation>Nya begäranden om besök från skolor</translation>
    </message>
    <message>
        <source>Visits that happened but are not logged</source>
        <translation>Skolbesök som ägt rum men inte registrerats</translation>
    </message>
    <message>
        <source>Visits this week and next</source>
        <translation>Skolbesök denna och nästa vecka</translation>
    </message>
    <message>
        <source>{n} enrolled</source>
        <translation>anmälda: {n}</translation>
    </message>
    <message>
        <source>Lessons held without attendance marked</source>
        <translation>Genomförda utbildningstillfällen utan registrerad närvaro</translation>
    </message>
    <message>
        <source>Lessons this week and next</source>
        <translation>Utbildningstillfällen denna och nästa vecka</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>upphör i dag</translation>
    </message>
    <message>
        <source>in {n} d</source>
        <translation>om {n} d</translation>
    </message>
    <message>
        <source>Agreements ending within 60 days</source>
        <translation>Tutoravtal som upphör inom 60 dagar</translation>
    </message>
    <message numerus="yes">
        <source>%n more teachers to reach level {level} ({target} % of {staff})</source>
        <translation>
            <numerusform>ytterligare %n lärare till nivå {level} ({target} % av {staff})</numerusform>
            <numerusform>ytterligare %n lärare till nivå {level} ({target} % av {staff})</numerusform>
        </translation>
    </message>
    <message>
        <source>Schools below their competence targets</source>
        <translation>Skolor under sina mål för digital kompetens</translation>
    </message>
    <message>
        <source>Import your schools</source>
        <translation>Importera skolorna</translation>
    </message>
    <message>
        <source>Reports ▸ Import reads them from an Excel sheet; or add them one by one on the Schools page.</source>
        <translation>Rapporter ▸ Importera läser in dem från ett Excel-blad; du kan också lägga till dem en i taget på sidan Skolor.</translation>
    </message>
    <message>
        <source>Import the teachers</source>
        <translation>Importera lärarna</translation>
    </message>
    <message>
        <source>Each school&apos;s staff list, from Excel, on the Reports page.</source>
        <translation>Varje skolas personallista från Excel, på sidan Rapporter.</translation>
    </message>
    <message>
        <source>Enter the school year</source>
        <translation>Lägg in läsåret</translation>
    </message>
    <message>
        <source>Its terms and breaks: no tutoring is booked on a break.</source>
        <translation>Dess terminer och lov: ingen tutorverksamhet bokas under lov.</translation>
    </message>
    <message>
        <source>Recruit tutors</source>
        <translation>Rekrytera tutorlärare</translation>
    </message>
    <message>
        <source>Open a recruitment round, or add the tutors you already have on the Tutors page.</source>
        <translation>Öppna en ansökningsomgång för tutorlärare eller lägg till de tutorlärare ni redan har på sidan Tutorlärare.</translation>
    </message>
    <message>
        <source>Unknown demo scale “{scale}”: choose small or large.</source>
        <translation>Okänd storlek på demodata ”{scale}”: välj small eller large.</translation>
    </message>
    <message>
        <source>Demo data covers 1 to {most} school years, not {years}.</source>
        <translation>Demodata omfattar 1–{most} läsår, inte {years}.</translation>
    </message>
    <message>
        <source>{name} already holds data. Demo data goes only into a new, empty database.</source>
        <translation>{name} innehåller redan data. Demodata kan bara läggas i en ny, tom databas.</translation>
    </message>
    <message>
        <source>Training topics</source>
        <translation>Utbildningsteman</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Skolkalender</translation>
    </message>
    <message>
        <source>Earlier school years</source>
        <translation>Tidigare läsår</translation>
    </message>
    <message>
        <source>Lessons and enrollments</source>
        <translation>Utbildningstillfällen och anmälningar</translation>
    </message>
    <message>
        <source>Trainings and certificates</source>
        <translation>Utbildningar och intyg</translation>
    </message>
    <message>
        <source>Assignments and peer reviews</source>
        <translation>Uppgifter och kamratbedömningar</translation>
    </message>
    <message>
        <source>Requests from schools</source>
        <translation>Begäranden om besök från skolor</translation>
    </message>
    <message>
        <source>Devices and loans</source>
        <translation>Enheter och lån</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Understöd</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Sparar</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kategori</translation>
    </message>
    <message>
        <source>device</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>No device has the tag “{tag}”.</source>
        <translation>Ingen enhet har inventarienumret ”{tag}”.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Items in kit</source>
        <translation>Delar i satsen</translation>
    </message>
    <message>
        <source>Last stock-take</source>
        <translation>Senaste inventering</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Finansiering</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Inköpsdatum</translation>
    </message>
    <message>
        <source>“{name}” is not a category yet: add it under Categories first.</source>
        <translation>”{name}” är ännu ingen kategori: lägg först till den under Kategorier.</translation>
    </message>
    <message>
        <source>Another device already has the tag {tag}.</source>
        <translation>En annan enhet har redan inventarienumret {tag}.</translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation>Lånetid</translation>
    </message>
    <message>
        <source>There is already a category “{name}”.</source>
        <translation>Det finns redan en kategori ”{name}”.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in this lesson.</source>
        <translation>{name} är redan anmäld till detta utbildningstillfälle.</translation>
    </message>
    <message>
        <source>That lesson series no longer exists.</source>
        <translation>Utbildningsserien finns inte längre.</translation>
    </message>
    <message>
        <source>No lesson of this series is still to come: there is nothing to enroll in.</source>
        <translation>Det finns inga kommande utbildningstillfällen i serien: det finns inget att anmäla sig till.</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <source>This enrollment is already cancelled.</source>
        <translation>Den här anmälan är redan annullerad.</translation>
    </message>
    <message>
        <source>The lesson has been held: mark the teacher absent or excused instead of cancelling.</source>
        <translation>Utbildningstillfället har redan hållits: markera läraren som ”Frånvarande” eller ”Frånvarande, anmält” i stället för att annullera anmälan.</translation>
    </message>
    <message>
        <source>That lesson no longer exists.</source>
        <translation>Utbildningstillfället finns inte längre.</translation>
    </message>
    <message>
        <source>The lesson was cancelled: there is no attendance to mark.</source>
        <translation>Utbildningstillfället är annullerat: det finns ingen närvaro att registrera.</translation>
    </message>
    <message>
        <source>A teacher marked is not enrolled in this lesson; refresh the list and mark again.</source>
        <translation>En markerad lärare är inte anmäld till detta utbildningstillfälle; uppdatera listan och markera på nytt.</translation>
    </message>
    <message>
        <source>{name} is not enrolled ({status}): attendance is marked only for enrolled teachers.</source>
        <translation>{name} är inte anmäld ({status}): närvaro registreras bara för anmälda lärare.</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers are already enrolled, so the capacity cannot be less than %n. Cancel enrollments first, or keep a larger capacity.</source>
        <translation>
            <numerusform>%n lärare är redan anmäld, så antalet platser kan inte vara mindre än %n. Annullera först anmälan eller behåll ett större antal platser.</numerusform>
            <numerusform>%n lärare är redan anmälda, så antalet platser kan inte vara mindre än %n. Annullera först anmälningar eller behåll ett större antal platser.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} gave feedback, so they attended: remove the feedback before marking them absent.</source>
        <translation>{name} har gett respons och har alltså deltagit: ta bort responsen innan du markerar personen som frånvarande.</translation>
    </message>
    <message>
        <source>e.g. Plan a lesson with a digital tool</source>
        <translation>t.ex. Planera en lektion med ett digitalt verktyg</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Ny uppgift</translation>
    </message>
    <message>
        <source>Score (1–{n})</source>
        <translation>Vitsord (1–{n})</translation>
    </message>
    <message>
        <source>Assignments of {name}</source>
        <translation>Uppgifter i {name}</translation>
    </message>
    <message>
        <source>New assignment…</source>
        <translation>Ny uppgift…</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <source>Save who handed in</source>
        <translation>Spara vilka som lämnat in</translation>
    </message>
    <message>
        <source>Handed in (tick each teacher)</source>
        <translation>Inlämnat (kryssa för varje lärare)</translation>
    </message>
    <message>
        <source>Assign reviewers</source>
        <translation>Tilldela kamratbedömare</translation>
    </message>
    <message>
        <source>Give each teacher who handed in this many peers to review their work: never themselves, from other schools where possible, everyone reviewing as many</source>
        <translation>Ge varje lärare som lämnat in så här många kamratbedömare: aldrig sig själv, om möjligt från andra skolor, och alla bedömer lika många</translation>
    </message>
    <message>
        <source>Peer reviews: {assignment}</source>
        <translation>Kamratbedömningar: {assignment}</translation>
    </message>
    <message>
        <source>Peer reviews</source>
        <translation>Kamratbedömningar</translation>
    </message>
    <message>
        <source>Who reviews whose work</source>
        <translation>Vem bedömer vems arbete</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Bedömningspar</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>senast {day}</translation>
    </message>
    <message>
        <source>made on {day}</source>
        <translation>uppgjord {day}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Bedömare</translation>
    </message>
    <message>
        <source>Reviewer&apos;s school</source>
        <translation>Bedömarens skola</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Author&apos;s school</source>
        <translation>Författarens skola</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Betyg</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Registrera bedömning…</translation>
    </message>
    <message>
        <source>Mail the pairs…</source>
        <translation>Skicka paren per e-post…</translation>
    </message>
    <message>
        <source>An e-mail draft (.eml) to each reviewer naming whose work to review and the due day, in the language of their school</source>
        <translation>Ett e-postutkast (.eml) till varje bedömare med vems arbete som ska bedömas och senast när, på bedömarens skolas språk</translation>
    </message>
    <message>
        <source>Print the pairs…</source>
        <translation>Skriv ut paren…</translation>
    </message>
    <message>
        <source>The list of who reviews whose work, as a workbook</source>
        <translation>Listan över vem som bedömer vems arbete, som Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Reviewers per submission</source>
        <translation>Bedömare per inlämning</translation>
    </message>
    <message>
        <source>{title}, due {day}</source>
        <translation>{title}, förfallodag {day}</translation>
    </message>
    <message>
        <source>given</source>
        <translation>given</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Ta bort uppgift</translation>
    </message>
    <message>
        <source>Remove “{title}” with who handed it in and its reviews?</source>
        <translation>Ta bort ”{title}” med inlämningarna och bedömningarna?</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Mapp för e-postutkasten</translation>
    </message>
    <message>
        <source>Mail the pairs</source>
        <translation>Skicka paren per e-post</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts (.eml) are in {folder}: open each in your mail program and send it.</source>
        <translation>
            <numerusform>%n e-postutkast (.eml) finns i {folder}: öppna det i ditt e-postprogram och skicka det.</numerusform>
            <numerusform>%n e-postutkast (.eml) finns i {folder}: öppna vart och ett i ditt e-postprogram och skicka det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer reviews {title}</source>
        <translation>Kamratbedömningar {title}</translation>
    </message>
    <message>
        <source>Print the pairs</source>
        <translation>Skriv ut paren</translation>
    </message>
    <message>
        <source>The list of pairs is in {path}.</source>
        <translation>Listan över paren finns i {path}.</translation>
    </message>
    <message>
        <source>Choose the review to record in the list.</source>
        <translation>Välj bedömningen som ska registreras i listan.</translation>
    </message>
    <message>
        <source>Review of {author}&apos;s work by {reviewer}</source>
        <translation>Bedömning: {reviewer} bedömer {author}s arbete</translation>
    </message>
    <message>
        <source>The lesson was cancelled: there is no feedback to sum up.</source>
        <translation>Utbildningstillfället är annullerat: det finns ingen respons att sammanfatta.</translation>
    </message>
    <message>
        <source>The lesson has not been held yet: write the summary after it.</source>
        <translation>Utbildningstillfället har inte hållits ännu: skriv sammanfattningen efteråt.</translation>
    </message>
    <message>
        <source>The summary is too long (at most {limit} characters).</source>
        <translation>Sammanfattningen är för lång (högst {limit} tecken).</translation>
    </message>
    <message>
        <source>Place in queue</source>
        <translation>Plats i kön</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Flyttad från reservplats</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiverad</translation>
    </message>
    <message>
        <source>Share reached</source>
        <translation>Andel som nåtts</translation>
    </message>
    <message>
        <source>Attendance cannot be marked for a lesson in the future: wait until the lesson has ended ({end}).</source>
        <translation>Närvaro kan inte markeras för ett utbildningstillfälle som ännu inte har hållits: vänta tills tillfället har slutat ({end}).</translation>
    </message>
    <message>
        <source>Choose the teacher to enroll.</source>
        <translation>Välj läraren som ska anmälas.</translation>
    </message>
    <message>
        <source>{name} is archived; restore the teacher before enrolling them.</source>
        <translation>{name} är arkiverad; återställ läraren först och anmäl hen sedan.</translation>
    </message>
    <message>
        <source>“{title}” is cancelled: no one can enroll.</source>
        <translation>”{title}” har annullerats: ingen kan anmäla sig.</translation>
    </message>
    <message>
        <source>“{title}” has been held: no one can enroll any more.</source>
        <translation>”{title}” har redan hållits: ingen kan anmäla sig längre.</translation>
    </message>
    <message>
        <source>“{title}” is not open to {school}, {name}&apos;s school. Add the school to the lesson&apos;s audience first.</source>
        <translation>{name} ({school}) kan inte anmälas till ”{title}” eftersom skolan inte hör till utbildningstillfällets målgrupp. Lägg först till skolan i målgruppen.</translation>
    </message>
    <message>
        <source>Lessons enrolled</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}.</source>
        <translation>”{value}” duger inte som {label}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} måste anges som ett heltal.</translation>
    </message>
    <message>
        <source>That {what} no longer exists.</source>
        <translation>Den här posten finns inte längre ({what}).</translation>
    </message>
    <message>
        <source>{label}: write the date as 1.8.2026.</source>
        <translation>{label}: skriv datumet som 1.8.2026.</translation>
    </message>
    <message>
        <source>{label}: “{value}” has no full year; write the date as 1.8.2026.</source>
        <translation>{label}: ”{value}” saknar fullständigt årtal; skriv datumet som 1.8.2026.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a date between {first} and {last}; write the date as 1.8.2026.</source>
        <translation>{label}: ”{value}” är inget datum mellan åren {first} och {last}; skriv datumet som 1.8.2026.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} måste anges som ett tal.</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>lärare</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>utbildningstema</translation>
    </message>
    <message>
        <source>tutor</source>
        <translation>tutorlärare</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>läsår</translation>
    </message>
    <message>
        <source>term</source>
        <translation>termin</translation>
    </message>
    <message>
        <source>break</source>
        <translation>lov</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>utbildningstillfälle</translation>
    </message>
    <message>
        <source>lesson series</source>
        <translation>utbildningsserie</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>anmälan</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>skolbesök</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>lån</translation>
    </message>
    <message>
        <source>device category</source>
        <translation>enhetskategori</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>reservation</translation>
    </message>
    <message>
        <source>recruitment round</source>
        <translation>ansökningsomgång</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>sökande</translation>
    </message>
    <message>
        <source>candidate step</source>
        <translation>steg för sökande</translation>
    </message>
    <message>
        <source>visit request</source>
        <translation>begäran om besök</translation>
    </message>
    <message>
        <source>preferred time</source>
        <translation>önskad tid</translation>
    </message>
    <message>
        <source>visit series</source>
        <translation>besöksserie</translation>
    </message>
    <message>
        <source>training</source>
        <translation>utbildning</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>budgetpost</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Training record: {name}</source>
        <translation>Utbildningshistorik: {name}</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Läsår</translation>
    </message>
    <message>
        <source>Lessons attended</source>
        <translation>Deltagit i utbildningstillfällen</translation>
    </message>
    <message>
        <source>Hours in lessons</source>
        <translation>Timmar i utbildningstillfällen</translation>
    </message>
    <message>
        <source>Trainings completed</source>
        <translation>Slutförda utbildningar</translation>
    </message>
    <message>
        <source>Courses elsewhere</source>
        <translation>Kurser på annat håll</translation>
    </message>
    <message>
        <source>Hours elsewhere</source>
        <translation>Timmar på annat håll</translation>
    </message>
    <message>
        <source>Hours in all</source>
        <translation>Timmar totalt</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Utbildningshistorik</translation>
    </message>
    <message>
        <source>A teacher&apos;s training: lessons, trainings completed, certificates and training done elsewhere</source>
        <translation>Lärarens utbildning: utbildningstillfällen, slutförda utbildningar, intyg och utbildning på annat håll</translation>
    </message>
    <message>
        <source>Per school year</source>
        <translation>Per läsår</translation>
    </message>
    <message>
        <source>{school} · made on {day}</source>
        <translation>{school} · uppgjord {day}</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Inget antecknat ännu.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>Training done elsewhere</source>
        <translation>Utbildning på annat håll</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Visit request</source>
        <translation>Begäran om besök</translation>
    </message>
    <message>
        <source>The situation at your school</source>
        <translation>Läget på er skola</translation>
    </message>
    <message>
        <source>Devices, platforms and network as seen on {day} by {who}.</source>
        <translation>Enheter, plattformar och nätverk enligt läget {day}, {who}.</translation>
    </message>
    <message>
        <source>The devices, platforms and network have not been recorded yet.</source>
        <translation>Enheterna, plattformarna och nätverket har inte registrerats ännu.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Används av</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>No devices recorded.</source>
        <translation>Inga enheter registrerade.</translation>
    </message>
    <message>
        <source>Platforms and network</source>
        <translation>Plattformar och nätverk</translation>
    </message>
    <message>
        <source>Needs noticed</source>
        <translation>Noterade behov</translation>
    </message>
    <message>
        <source>No needs have been noted at the school.</source>
        <translation>Inga behov har noterats i skolan.</translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation>Noterat av</translation>
    </message>
    <message>
        <source>Planned as</source>
        <translation>Planerat som</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Löst den</translation>
    </message>
    <message>
        <source>ICT situations</source>
        <translation>IKT-läget i skolorna</translation>
    </message>
    <message>
        <source>ICT situations at the schools</source>
        <translation>IKT-läget i skolorna</translation>
    </message>
    <message>
        <source>{open} needs open at {schools} schools.</source>
        <translation>Öppna behov {open}, skolor {schools}.</translation>
    </message>
    <message>
        <source>Needs most often noted</source>
        <translation>Oftast noterade behov</translation>
    </message>
    <message>
        <source>Times noted</source>
        <translation>Gånger noterat</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Fortfarande öppna</translation>
    </message>
    <message>
        <source>No needs have been noted.</source>
        <translation>Inga behov har noterats.</translation>
    </message>
    <message>
        <source>Schools without a recent look</source>
        <translation>Skolor vars läge inte granskats nyligen</translation>
    </message>
    <message>
        <source>Nobody has recorded the situation or noted a need in the last {months} months.</source>
        <translation>Ingen har registrerat läget eller noterat ett behov under de senaste {months} månaderna.</translation>
    </message>
    <message>
        <source>Every school was looked at.</source>
        <translation>Alla skolors läge har granskats.</translation>
    </message>
    <message>
        <source>Last look</source>
        <translation>Senast granskat</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Each teacher&apos;s latest assessed level counts (self-assessment, confirmed by the principal or the coordinator, or earned with a certificate).</source>
        <translation>Varje lärares senast bedömda nivå räknas (självvärdering, bekräftad av rektor eller koordinator, eller uppnådd med intyg).</translation>
    </message>
    <message>
        <source>Staff: the school&apos;s active teachers in CoachDesk. A teacher never assessed is below every level.</source>
        <translation>Personal: skolans aktiva lärare i CoachDesk. En lärare som aldrig bedömts ligger under varje nivå.</translation>
    </message>
    <message>
        <source>A target is the share of the staff at the level or above it; teachers short: how many more must reach the level to meet the target.</source>
        <translation>Ett mål är andelen av personalen på nivån eller över den; lärare som fattas: hur många fler som måste nå nivån för att målet ska uppnås.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>Competence levels</source>
        <translation>Digitala kompetensnivåer</translation>
    </message>
    <message>
        <source>Digital competence of the staff</source>
        <translation>Personalens digitala kompetens</translation>
    </message>
    <message>
        <source>{scale}, on {day}</source>
        <translation>{scale}, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n teachers, {short} short of the targets</source>
        <translation>
            <numerusform>Personal: %n lärare, {short} fattas för att nå målen</numerusform>
            <numerusform>Personal: %n lärare, {short} fattas för att nå målen</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Teachers at the level</source>
        <translation>Lärare på nivån</translation>
    </message>
    <message>
        <source>At the level or above</source>
        <translation>På nivån eller högre</translation>
    </message>
    <message>
        <source>Share at the level or above</source>
        <translation>Andel på nivån eller högre</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Teachers short</source>
        <translation>Lärare fattas</translation>
    </message>
    <message>
        <source>The city&apos;s share</source>
        <translation>Stadens andel</translation>
    </message>
    <message>
        <source>The staff by level</source>
        <translation>Personalen per nivå</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>At level {n}</source>
        <translation>På nivå {n}</translation>
    </message>
    <message>
        <source>Level {n} or above</source>
        <translation>Nivå {n} eller högre</translation>
    </message>
    <message>
        <source>The city&apos;s targets: {targets}</source>
        <translation>Stadens mål: {targets}</translation>
    </message>
    <message>
        <source>level {n} {share} %</source>
        <translation>nivå {n} {share} %</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Hela staden</translation>
    </message>
    <message>
        <source>Schools below a target are highlighted.</source>
        <translation>Skolor under något mål är markerade.</translation>
    </message>
    <message>
        <source>Each school&apos;s staff by level</source>
        <translation>Skolornas personal per nivå</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Återlämningsdag</translation>
    </message>
    <message>
        <source>Teachers in total</source>
        <translation>Lärare totalt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Återställd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ändrad</translation>
    </message>
    <message>
        <source>There is no deletion to undo.</source>
        <translation>Det finns ingen borttagning att ångra.</translation>
    </message>
    <message>
        <source>{what} cannot be restored.</source>
        <translation>{what} kan inte återställas.</translation>
    </message>
    <message>
        <source>{what} cannot be restored: another record has taken its place.</source>
        <translation>{what} kan inte återställas: en annan post har tagit dess plats.</translation>
    </message>
    <message>
        <source>{what} cannot be restored: the {owner} it belonged to has been deleted since.</source>
        <translation>{what} kan inte återställas: posten den hörde till ({owner}) har tagits bort sedan dess.</translation>
    </message>
    <message>
        <source>{what} cannot be restored: it clashes with a record made since (the same name, say). Rename or remove that one first.</source>
        <translation>{what} kan inte återställas: den krockar med en post som skapats senare (till exempel samma namn). Byt namn på eller ta bort den posten först.</translation>
    </message>
    <message>
        <source>the {kind} “{name}” deleted at {when}</source>
        <translation>{kind} ”{name}” (togs bort {when})</translation>
    </message>
    <message>
        <source>the {kind} number {id} deleted at {when}</source>
        <translation>{kind} nr {id} (togs bort {when})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>update</source>
        <translation>uppdateras</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>hoppas över</translation>
    </message>
    <message>
        <source>Principal&apos;s e-mail</source>
        <translation>Rektorns e-post</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>IKT-kontaktperson</translation>
    </message>
    <message>
        <source>ICT contact&apos;s e-mail</source>
        <translation>IKT-kontaktpersonens e-post</translation>
    </message>
    <message>
        <source>Row {row}: {action} {record}</source>
        <translation>Rad {row}: {record} ({action})</translation>
    </message>
    <message>
        <source>{new} new, {updated} to update, {skipped} skipped</source>
        <translation>Nya: {new}, att uppdatera: {updated}, hoppas över: {skipped}</translation>
    </message>
    <message>
        <source>, {count} with problems</source>
        <translation>, med problem: {count}</translation>
    </message>
    <message>
        <source>; new categories: {names}</source>
        <translation>; nya kategorier: {names}</translation>
    </message>
    <message>
        <source>Nothing was imported: row {rows} has a problem. Correct it in the file or skip it, then import again.</source>
        <translation>Inget importerades: rad {rows} har ett problem. Rätta den i filen eller hoppa över den och importera sedan på nytt.</translation>
    </message>
    <message>
        <source>Someone else saved some of the same records meanwhile; nothing was imported. Import the file again.</source>
        <translation>Någon annan sparade några av samma poster under tiden; inget importerades. Importera filen på nytt.</translation>
    </message>
    <message>
        <source>kind of school</source>
        <translation>skoltyp</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>say which database to import into with --db PATH (or --url for a database server).</source>
        <translation>ange med --db SÖKVÄG vilken databas som ska ta emot importen (eller --url för en databasserver).</translation>
    </message>
    <message>
        <source>there is no database {path}; check the path, or create one by opening CoachDesk first.</source>
        <translation>databasen {path} finns inte; kontrollera sökvägen eller skapa en genom att först öppna CoachDesk.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: sheet “{sheet}”, header on row {row}, %n rows</source>
        <translation>
            <numerusform>{file}: blad ”{sheet}”, rubrikrad på rad {row}, %n rad</numerusform>
            <numerusform>{file}: blad ”{sheet}”, rubrikrad på rad {row}, %n rader</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook also has the sheets {names}; read another with --sheet NAME.</source>
        <translation>Arbetsboken har också bladen {names}; läs ett annat med --sheet NAMN.</translation>
    </message>
    <message>
        <source>Categories that do not exist yet: {names}; add --create-categories to create them.</source>
        <translation>Kategorier som inte finns ännu: {names}; lägg till --create-categories för att skapa dem.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Provkörning: inget sparades.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> och %n till</numerusform>
            <numerusform> och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: row {rows} has a problem. Correct the file, or leave the row out, then import again.</source>
        <translation>inget importerades: rad {rows} har ett problem. Rätta filen eller lämna bort raden och importera sedan på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n rows have problems (rows {rows}). Correct the file, or leave the rows out, then import again.</source>
        <translation>
            <numerusform>inget importerades: %n rad har problem (rad {rows}). Rätta filen eller lämna bort raden och importera sedan på nytt.</numerusform>
            <numerusform>inget importerades: %n rader har problem (raderna {rows}). Rätta filen eller lämna bort raderna och importera sedan på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {skipped} skipped.</source>
        <translation>Importerat: nya {new}, uppdaterade {updated}, överhoppade {skipped}.</translation>
    </message>
    <message>
        <source>nothing was imported: the rows {rows} of the form have problems. Correct the file, or leave the rows out, then import again.</source>
        <translation>inget importerades: formulärets rader {rows} har problem. Rätta filen eller utelämna raderna och importera sedan på nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts written to {folder}.</source>
        <translation>
            <numerusform>%n e-postutkast sparat i {folder}.</numerusform>
            <numerusform>%n e-postutkast sparade i {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which grant the costs are for with --grant NAME.</source>
        <translation>Ange med --grant NAMN vilket bidrag kostnaderna gäller.</translation>
    </message>
    <message>
        <source>--dry-run is for schools, teachers and devices: a cost import saves every row or none, so a file with a problem changes nothing.</source>
        <translation>--dry-run gäller skolor, lärare och enheter: en kostnadsimport sparar alla rader eller ingen, så en fil med fel ändrar ingenting.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems (rows {rows}). Correct them in the file or skip them, then import again.</source>
        <translation>
            <numerusform>Inget importerades: %n rad har problem (rad {rows}). Rätta den i filen eller hoppa över den och importera sedan på nytt.</numerusform>
            <numerusform>Inget importerades: %n rader har problem (raderna {rows}). Rätta dem i filen eller hoppa över dem och importera sedan på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The school {name} is already on row {row}.</source>
        <translation>Skolan {name} finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>the same answer as row {row}</source>
        <translation>samma svar som på rad {row}</translation>
    </message>
    <message numerus="yes">
        <source>%n preferred times</source>
        <translation>
            <numerusform>%n önskad tid</numerusform>
            <numerusform>%n önskade tider</numerusform>
        </translation>
    </message>
    <message>
        <source>The time of the answer “{value}” cannot be read: write it as 15.8.2026 10:30.</source>
        <translation>Svarstiden ”{value}” kan inte läsas: skriv den som 15.8.2026 10:30.</translation>
    </message>
    <message>
        <source>The school is missing.</source>
        <translation>Skolan saknas.</translation>
    </message>
    <message>
        <source>There is no school named “{name}”: add or import it first, or correct the name.</source>
        <translation>Det finns ingen skola som heter ”{name}”: lägg till eller importera den först, eller rätta namnet.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>“{value}” is not a {label} CoachDesk knows.</source>
        <translation>CoachDesk känner inte till värdet ”{value}” ({label}).</translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation>Längd (minuter)</translation>
    </message>
    <message>
        <source>Topics asked: {names}</source>
        <translation>Önskade teman: {names}</translation>
    </message>
    <message>
        <source>Preferred times: {times}</source>
        <translation>Önskade tider: {times}</translation>
    </message>
    <message>
        <source>No lesson or series is called “{choice}”: correct the choice in the file or the lesson&apos;s title.</source>
        <translation>Inget utbildningstillfälle eller ingen utbildningsserie heter ”{choice}”: rätta valet i filen eller utbildningstillfällets namn.</translation>
    </message>
    <message>
        <source>Several lessons are called “{choice}”: add the date to the choice, e.g. “{choice} {day}”.</source>
        <translation>Flera utbildningstillfällen heter ”{choice}”: lägg till datumet i valet, t.ex. ”{choice} {day}”.</translation>
    </message>
    <message>
        <source>No lesson is chosen.</source>
        <translation>Inget utbildningstillfälle har valts.</translation>
    </message>
    <message>
        <source>The answer has neither an e-mail nor a name.</source>
        <translation>Svaret har varken e-post eller namn.</translation>
    </message>
    <message>
        <source>new teacher</source>
        <translation>ny lärare</translation>
    </message>
    <message>
        <source>no teacher with this e-mail or name and school</source>
        <translation>ingen lärare med denna e-post eller detta namn och denna skola</translation>
    </message>
    <message>
        <source>no teacher with this e-mail: nothing to cancel</source>
        <translation>ingen lärare med denna e-post: inget att avboka</translation>
    </message>
    <message>
        <source>a seat freed by {name}</source>
        <translation>platsen frigjordes av {name}</translation>
    </message>
    <message>
        <source>The teacher is not in CoachDesk and the school “{name}” is unknown: correct the school, or add the teacher first.</source>
        <translation>Läraren finns inte i CoachDesk och skolan ”{name}” är okänd: rätta skolan eller lägg till läraren först.</translation>
    </message>
    <message>
        <source>The teacher is not in CoachDesk and the answer names no school: add the teacher first.</source>
        <translation>Läraren finns inte i CoachDesk och svaret anger ingen skola: lägg till läraren först.</translation>
    </message>
    <message>
        <source>{name} is archived; choose an active school.</source>
        <translation>{name} är arkiverad; välj en aktiv skola.</translation>
    </message>
    <message>
        <source>waiting list for {n} of {total} sessions</source>
        <translation>på reservplats vid {n} av {total} tillfällen</translation>
    </message>
    <message>
        <source>place {n} in the queue</source>
        <translation>reservplats nummer {n}</translation>
    </message>
    <message>
        <source>Competence self-assessments</source>
        <translation>Självvärderingar av digital kompetens</translation>
    </message>
    <message>
        <source>The e-mail {email} is already on row {row}.</source>
        <translation>E-postadressen {email} finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>{name} of {school} is already on row {row}.</source>
        <translation>{name} ({school}) finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Utan kategori</translation>
    </message>
    <message>
        <source>“{name}” is not a category yet: add it under Categories, or let the import create it.</source>
        <translation>”{name}” är ännu ingen kategori: lägg till den under Enhetskategorier eller låt importen skapa den.</translation>
    </message>
    <message>
        <source>The category is missing: give it in the file, or let the import put the device in “{name}”.</source>
        <translation>Kategori saknas: ange den i filen eller låt importen placera enheten i ”{name}”.</translation>
    </message>
    <message>
        <source>The tag {tag} is already on row {row}.</source>
        <translation>Inventarienumret {tag} finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>No teacher has the e-mail {email}.</source>
        <translation>Ingen lärare har e-postadressen {email}.</translation>
    </message>
    <message>
        <source>Name the teacher, by e-mail or by name.</source>
        <translation>Ange läraren med e-postadress eller namn.</translation>
    </message>
    <message>
        <source>There is no teacher called {name}{at}.</source>
        <translation>Det finns ingen lärare som heter {name}{at}.</translation>
    </message>
    <message>
        <source> at {school}</source>
        <translation> vid {school}</translation>
    </message>
    <message>
        <source>Several teachers are called {name}: give the e-mail or the school.</source>
        <translation>Flera lärare heter {name}: ange e-postadressen eller skolan.</translation>
    </message>
    <message>
        <source>The same course on the same day is already on row {row}.</source>
        <translation>Samma kurs samma dag finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>A lesson that was held cannot be cancelled.</source>
        <translation>Ett utbildningstillfälle som har hållits kan inte annulleras.</translation>
    </message>
    <message>
        <source>How to sign up</source>
        <translation>Så här anmäler du dig</translation>
    </message>
    <message>
        <source>Training offer for teachers</source>
        <translation>Utbildningsutbud för lärare</translation>
    </message>
    <message>
        <source>No lessons are open for this period yet.</source>
        <translation>Inga utbildningstillfällen är ännu öppna för den här perioden.</translation>
    </message>
    <message>
        <source>Published on {date} with CoachDesk.</source>
        <translation>Publicerat {date} med CoachDesk.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidpunkt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Tillfällen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Lediga platser</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen begränsning</translation>
    </message>
    <message>
        <source>None: sign up for the waiting list</source>
        <translation>Inga: anmäl dig till reservplats</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>På reservplats</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>Ange datum och tid.</translation>
    </message>
    <message>
        <source>Choose at least one tutor.</source>
        <translation>Välj minst en tutorlärare.</translation>
    </message>
    <message>
        <source>A chosen tutor no longer exists.</source>
        <translation>En vald tutorlärare finns inte längre.</translation>
    </message>
    <message>
        <source>Say why the lesson goes ahead despite the conflicts.</source>
        <translation>Ange varför utbildningstillfället hålls trots konflikterna.</translation>
    </message>
    <message>
        <source>kind of lesson</source>
        <translation>typ av utbildningstillfälle</translation>
    </message>
    <message>
        <source>place</source>
        <translation>plats</translation>
    </message>
    <message>
        <source>A chosen school no longer exists.</source>
        <translation>En vald skola finns inte längre.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Första dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Give the first and the last day of the series.</source>
        <translation>Ange seriens första och sista dag.</translation>
    </message>
    <message>
        <source>The series cannot end before it starts.</source>
        <translation>Serien kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be read.</source>
        <translation>Upprepningsregeln går inte att tolka.</translation>
    </message>
    <message>
        <source>The rule gives no school days between {first} and {last}.</source>
        <translation>Regeln ger inga skoldagar mellan {first} och {last}.</translation>
    </message>
    <message>
        <source>Give the new due date.</source>
        <translation>Ange den nya förfallodagen.</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Förkommen den</translation>
    </message>
    <message>
        <source>Give the first and the last day.</source>
        <translation>Ange första och sista dagen.</translation>
    </message>
    <message>
        <source>This reservation is not active.</source>
        <translation>Reservationen är inte aktiv.</translation>
    </message>
    <message>
        <source>The reservation starts on {day}: collect it then.</source>
        <translation>Reservationen börjar {day}: hämta ut enheten först då.</translation>
    </message>
    <message>
        <source>{tag} is on loan to {who}: check it in.</source>
        <translation>{tag} är utlånad till {who}: registrera återlämningen.</translation>
    </message>
    <message>
        <source>{tag} is reserved for {who}: hand it over.</source>
        <translation>{tag} är reserverad för {who}: lämna ut den.</translation>
    </message>
    <message>
        <source>{tag} is available: choose the borrower.</source>
        <translation>{tag} är ledig: välj låntagare.</translation>
    </message>
    <message>
        <source>{tag} is {status}.</source>
        <translation>{tag} är {status}.</translation>
    </message>
    <message>
        <source>Condition out</source>
        <translation>Skick vid utlåning</translation>
    </message>
    <message>
        <source>Choose the borrower.</source>
        <translation>Välj låntagare.</translation>
    </message>
    <message>
        <source>The borrower no longer exists.</source>
        <translation>Låntagaren finns inte längre.</translation>
    </message>
    <message>
        <source>There is no tutor called “{name}”.</source>
        <translation>Det finns ingen tutorlärare som heter ”{name}”.</translation>
    </message>
    <message>
        <source>More than one tutor matches “{name}”: {names}. Give the full name.</source>
        <translation>Flera tutorlärare matchar ”{name}”: {names}. Ange hela namnet.</translation>
    </message>
    <message>
        <source>Lesson {id} no longer exists.</source>
        <translation>Utbildningstillfälle {id} finns inte längre.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Skolbesöket finns inte längre.</translation>
    </message>
    <message>
        <source>Erased person #{id}</source>
        <translation>Raderad person #{id}</translation>
    </message>
    <message>
        <source>{name} still has a device on loan. Check the device in (or mark it lost) on the Devices page first, then erase their data.</source>
        <translation>{name} har fortfarande en enhet lånad. Registrera först återlämningen av enheten (eller markera den som förkommen) på sidan Enheter och radera sedan personens uppgifter.</translation>
    </message>
    <message>
        <source>another connection is still reading it; it is emptied when CoachDesk closes</source>
        <translation>en annan anslutning läser den fortfarande; den töms när CoachDesk stängs</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Arbetsplats</translation>
    </message>
    <message>
        <source>Agreement starts</source>
        <translation>Tutoravtalet börjar</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Tutoravtalet upphör</translation>
    </message>
    <message>
        <source>Released days</source>
        <translation>Dagar för tutorverksamhet</translation>
    </message>
    <message>
        <source>Released from</source>
        <translation>Tid för tutorverksamhet börjar</translation>
    </message>
    <message>
        <source>Released until</source>
        <translation>Tid för tutorverksamhet slutar</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timmar per vecka</translation>
    </message>
    <message>
        <source>Hours per term</source>
        <translation>Timmar per termin</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Betjänad skola</translation>
    </message>
    <message>
        <source>round</source>
        <translation>ansökningsomgång</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Kompetensområden</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Ansökan inlämnad</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ansökningstiden börjar</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ansökningstiden går ut</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>rektorns samtycke</translation>
    </message>
    <message>
        <source>That teacher no longer exists.</source>
        <translation>Läraren finns inte längre.</translation>
    </message>
    <message>
        <source>A chosen topic no longer exists.</source>
        <translation>Ett av de valda utbildningstemana finns inte längre.</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Perioden kan inte sluta innan den börjar.</translation>
    </message>
    <message>
        <source> Did you mean: {names}?</source>
        <translation> Menade du: {names}?</translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation>Rad {row}: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems. Correct them in the file, then import it again.</source>
        <translation>
            <numerusform>Ingenting importerades: %n rad har problem. Rätta den i filen och importera den sedan igen.</numerusform>
            <numerusform>Ingenting importerades: %n rader har problem. Rätta dem i filen och importera den sedan igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows.</source>
        <translation>
            <numerusform>… och %n rad till.</numerusform>
            <numerusform>… och %n rader till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n rows have problems. Correct them, then save again.</source>
        <translation>
            <numerusform>Ingenting sparades: %n rad har problem. Rätta den och spara sedan igen.</numerusform>
            <numerusform>Ingenting sparades: %n rader har problem. Rätta dem och spara sedan igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least one cost in the table.</source>
        <translation>Skriv minst en kostnad i tabellen.</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kostnad</translation>
    </message>
    <message>
        <source>The file has no costs under its header row.</source>
        <translation>Filen har inga kostnader under rubrikraden.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>understöd</translation>
    </message>
    <message>
        <source>No budget line of the grant is called “{name}” (it has {names}).</source>
        <translation>Understödet har ingen budgetpost som heter ”{name}” (det har {names}).</translation>
    </message>
    <message>
        <source>Say the budget line ({names}).</source>
        <translation>Ange budgetposten ({names}).</translation>
    </message>
    <message>
        <source>There is no school called “{name}”.</source>
        <translation>Det finns ingen skola som heter ”{name}”.</translation>
    </message>
    <message>
        <source>That budget line no longer exists.</source>
        <translation>Budgetposten finns inte längre.</translation>
    </message>
    <message>
        <source>That school no longer exists.</source>
        <translation>Skolan finns inte längre.</translation>
    </message>
    <message>
        <source>That device no longer exists.</source>
        <translation>Enheten finns inte längre.</translation>
    </message>
    <message>
        <source>That tutor no longer exists.</source>
        <translation>Tutorläraren finns inte längre.</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(inget utbildningstema)</translation>
    </message>
    <message>
        <source>who asked</source>
        <translation>beställare</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>brådska</translation>
    </message>
    <message>
        <source>request</source>
        <translation>begäran om besök</translation>
    </message>
    <message>
        <source>Only an open request can be cancelled.</source>
        <translation>Endast en öppen begäran om besök kan annulleras.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} d</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntat</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Choose an active school.</source>
        <translation>Välj en skola som inte är arkiverad.</translation>
    </message>
    <message>
        <source>Preferred time {n}: {problem}</source>
        <translation>Önskad tid {n}: {problem}</translation>
    </message>
    <message>
        <source>Autumn term {year}</source>
        <translation>Hösttermin {year}</translation>
    </message>
    <message>
        <source>Spring term {year}</source>
        <translation>Vårtermin {year}</translation>
    </message>
    <message>
        <source>The school year {name} is already there.</source>
        <translation>Läsåret {name} finns redan.</translation>
    </message>
    <message>
        <source>There is no school year in this file yet: add one on the School calendar page.</source>
        <translation>Filen har ännu inget läsår: lägg till ett på sidan Skolkalender.</translation>
    </message>
    <message>
        <source>There is no school year called “{name}”. The school years are: {names}.</source>
        <translation>Det finns inget läsår som heter ”{name}”. Läsåren är: {names}.</translation>
    </message>
    <message>
        <source>Starting year is required.</source>
        <translation>Startår är obligatoriskt.</translation>
    </message>
    <message>
        <source>Winter break week</source>
        <translation>Sportlovsvecka</translation>
    </message>
    <message>
        <source>Winter break week is required.</source>
        <translation>Sportlovsvecka är obligatorisk.</translation>
    </message>
    <message>
        <source>Choose a week of the spring term, from {first} to {last}.</source>
        <translation>Välj en vecka under vårterminen, från {first} till {last}.</translation>
    </message>
    <message>
        <source>kind of break</source>
        <translation>typ av lov</translation>
    </message>
    <message>
        <source>Teachers listed</source>
        <translation>Registrerade lärare</translation>
    </message>
    <message>
        <source>A school named “{name}” already exists.</source>
        <translation>Det finns redan en skola som heter ”{name}”.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Ange ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>Announcement of lessons</source>
        <translation>Information om utbildningstillfällen</translation>
    </message>
    <message>
        <source>Visit confirmation to the school</source>
        <translation>Besöksbekräftelse till skolan</translation>
    </message>
    <message>
        <source>Visit confirmation to the tutor</source>
        <translation>Besöksbekräftelse till tutorläraren</translation>
    </message>
    <message>
        <source>Cover e-mail of a school report</source>
        <translation>Följebrev till skolans rapport</translation>
    </message>
    <message>
        <source>A teacher&apos;s certificate of a training</source>
        <translation>En lärares intyg över en utbildning</translation>
    </message>
    <message>
        <source>A peer reviewer&apos;s works to review</source>
        <translation>Kamratbedömarens arbeten att bedöma</translation>
    </message>
    <message>
        <source>Reply to a teacher&apos;s sign-up or cancellation</source>
        <translation>Svar på en lärares anmälan eller avbokning</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation>skolans namn</translation>
    </message>
    <message>
        <source>the tutor&apos;s name</source>
        <translation>tutorlärarens namn</translation>
    </message>
    <message>
        <source>the tutor&apos;s e-mail address</source>
        <translation>tutorlärarens e-postadress</translation>
    </message>
    <message>
        <source>the visit&apos;s date, e.g. 3.9.2026</source>
        <translation>besökets datum, t.ex. 3.9.2026</translation>
    </message>
    <message>
        <source>the visit&apos;s weekday</source>
        <translation>besökets veckodag</translation>
    </message>
    <message>
        <source>the starting time</source>
        <translation>starttid</translation>
    </message>
    <message>
        <source>the ending time</source>
        <translation>sluttid</translation>
    </message>
    <message>
        <source>what the visit is for</source>
        <translation>vad besöket gäller</translation>
    </message>
    <message>
        <source>the visit&apos;s topics</source>
        <translation>besökets utbildningsteman</translation>
    </message>
    <message>
        <source>the visit&apos;s notes</source>
        <translation>besökets anteckningar</translation>
    </message>
    <message>
        <source>the chosen lessons, one per line: date, time, title, level, place</source>
        <translation>de valda utbildningstillfällena, ett per rad: datum, tid, rubrik, nivå, plats</translation>
    </message>
    <message>
        <source>how many lessons are announced</source>
        <translation>antalet utbildningstillfällen som meddelas</translation>
    </message>
    <message>
        <source>the date of the first lesson</source>
        <translation>datum för det första utbildningstillfället</translation>
    </message>
    <message>
        <source>the date of the last lesson</source>
        <translation>datum för det sista utbildningstillfället</translation>
    </message>
    <message>
        <source>the names of the schools the announcement goes to</source>
        <translation>namnen på de skolor som meddelandet skickas till</translation>
    </message>
    <message>
        <source>the principal&apos;s name</source>
        <translation>rektorns namn</translation>
    </message>
    <message>
        <source>the school&apos;s address</source>
        <translation>skolans adress</translation>
    </message>
    <message>
        <source>the ICT contact&apos;s name and e-mail</source>
        <translation>IKT-kontaktpersonens namn och e-post</translation>
    </message>
    <message>
        <source>the report&apos;s period, e.g. 1.8.2026–31.12.2026</source>
        <translation>rapportens period, t.ex. 1.8.2026–31.12.2026</translation>
    </message>
    <message>
        <source>the name of the attached workbook</source>
        <translation>namnet på den bifogade arbetsboken</translation>
    </message>
    <message>
        <source>the teacher&apos;s name</source>
        <translation>lärarens namn</translation>
    </message>
    <message>
        <source>the training&apos;s name</source>
        <translation>utbildningens namn</translation>
    </message>
    <message>
        <source>the training&apos;s dates, e.g. 1.–29.9.2026</source>
        <translation>utbildningens datum, t.ex. 1.–29.9.2026</translation>
    </message>
    <message>
        <source>the training&apos;s hours</source>
        <translation>utbildningens timmar</translation>
    </message>
    <message>
        <source>the certificate&apos;s verification code</source>
        <translation>intygets verifieringskod</translation>
    </message>
    <message>
        <source>the training&apos;s organiser</source>
        <translation>utbildningens arrangör</translation>
    </message>
    <message>
        <source>the name of the attached certificate</source>
        <translation>namnet på det bifogade intyget</translation>
    </message>
    <message>
        <source>the reviewer&apos;s name</source>
        <translation>bedömarens namn</translation>
    </message>
    <message>
        <source>the assignment&apos;s title</source>
        <translation>uppgiftens rubrik</translation>
    </message>
    <message>
        <source>the day the reviews are due, e.g. 15.10.2026</source>
        <translation>dagen då bedömningarna ska vara klara, t.ex. 15.10.2026</translation>
    </message>
    <message>
        <source>whose work to review, one per line with their school</source>
        <translation>vems arbeten som ska bedömas, en per rad med skolan</translation>
    </message>
    <message>
        <source>how many works to review</source>
        <translation>antalet arbeten att bedöma</translation>
    </message>
    <message>
        <source>each lesson asked for, one per line, with what became of it</source>
        <translation>varje utbildningstillfälle som önskades, ett per rad, och hur det gick</translation>
    </message>
    <message>
        <source>There is no message template “{key}”.</source>
        <translation>Det finns ingen meddelandemall ”{key}”.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>{label}: “{{{name}}}” is not a placeholder. Use one of the names listed, in braces, or write a brace twice ({{{{ or }}}}) to show it.</source>
        <translation>{label}: ”{{{name}}}” är ingen platshållare. Använd något av namnen i listan inom klammerparenteser, eller skriv klammerparentesen två gånger ({{{{ eller }}}}) för att den ska synas i texten.</translation>
    </message>
    <message>
        <source>{label}: a brace is not closed. Write placeholders as {{school}}, and a brace itself twice ({{{{ or }}}}).</source>
        <translation>{label}: en klammerparentes är inte stängd. Skriv platshållare som {{school}} och en ensam klammerparentes två gånger ({{{{ eller }}}}).</translation>
    </message>
    <message>
        <source>{label}: unknown placeholder {names}. You can use: {known}.</source>
        <translation>{label}: okänd platshållare {names}. Du kan använda: {known}.</translation>
    </message>
    <message>
        <source>Give the subject.</source>
        <translation>Ange ämne.</translation>
    </message>
    <message>
        <source>The subject is longer than {n} characters.</source>
        <translation>Ämnet är längre än {n} tecken.</translation>
    </message>
    <message>
        <source>Give the text of the message.</source>
        <translation>Skriv meddelandets text.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>Texten är längre än {n} tecken.</translation>
    </message>
    <message>
        <source>The message needs {names}: fill them in and try again.</source>
        <translation>Meddelandet behöver {names}: fyll i uppgifterna och försök igen.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <source>Lessons planned</source>
        <translation>Planerade utbildningstillfällen</translation>
    </message>
    <message>
        <source>Lessons held</source>
        <translation>Hållna utbildningstillfällen</translation>
    </message>
    <message>
        <source>Tutors strong in it</source>
        <translation>Tutorer med kompetens</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>level</source>
        <translation>nivå</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>målgrupp</translation>
    </message>
    <message>
        <source>An archived {level} topic named “{name}” exists. Restore it (tick “Show archived”), or choose another name or level.</source>
        <translation>Det finns redan ett arkiverat utbildningstema ”{name}” (nivå: {level}). Återställ det (kryssa för ”Visa arkiverade”) eller välj ett annat namn eller en annan nivå.</translation>
    </message>
    <message>
        <source>A {level} topic named “{name}” already exists. Choose another name or level.</source>
        <translation>Det finns redan ett utbildningstema ”{name}” (nivå: {level}). Välj ett annat namn eller en annan nivå.</translation>
    </message>
    <message>
        <source>Schools served</source>
        <translation>Betjänade skolor</translation>
    </message>
    <message>
        <source>Hours used / allotted</source>
        <translation>Timmar: använda / tilldelade</translation>
    </message>
    <message>
        <source>Allotted per term</source>
        <translation>Tilldelat per termin</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Tutoravtalet ska förnyas</translation>
    </message>
    <message>
        <source>kind of tutor</source>
        <translation>typ av tutorlärare</translation>
    </message>
    <message>
        <source>Choose the schools this roaming tutor serves.</source>
        <translation>Välj de skolor som den här ambulerande tutorläraren betjänar.</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation>{h} h</translation>
    </message>
    <message>
        <source>Only a booked visit can be moved.</source>
        <translation>Endast ett bokat skolbesök kan flyttas.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>syfte</translation>
    </message>
    <message>
        <source>Only a booked visit can be cancelled.</source>
        <translation>Endast ett bokat skolbesök kan ställas in.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>This visit was cancelled. If it took place after all, book it again.</source>
        <translation>Skolbesöket har ställts in. Om det ändå blev av, boka det på nytt.</translation>
    </message>
    <message>
        <source>Log a visit as done or no-show.</source>
        <translation>Registrera besöket som genomfört eller uteblivet.</translation>
    </message>
    <message>
        <source>Hours spent must be more than 0 and at most 24.</source>
        <translation>Antalet använda timmar måste vara större än 0 och högst 24.</translation>
    </message>
    <message>
        <source>A chosen teacher no longer exists.</source>
        <translation>En av de valda lärarna finns inte längre.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran om besök</translation>
    </message>
    <message>
        <source>Choose the tutor.</source>
        <translation>Välj tutorlärare.</translation>
    </message>
    <message>
        <source>{name}&apos;s agreement runs {first}–{last}; it does not cover {day}.</source>
        <translation>Tutoravtalet för {name} gäller {first}–{last} och omfattar inte {day}.</translation>
    </message>
    <message>
        <source>Say why the visit goes ahead despite the conflicts.</source>
        <translation>Ange varför besöket genomförs trots konflikterna.</translation>
    </message>
    <message>
        <source>No date between {first} and {last} is free for this series.</source>
        <translation>Mellan {first} och {last} finns inget ledigt datum för den här besöksserien.</translation>
    </message>
    <message>
        <source>{purpose}: {school}</source>
        <translation>{purpose}: {school}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} är en mapp, inte en databasfil.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} är inte en databasfil.</translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk backup.</source>
        <translation>{path} är inte en säkerhetskopia från CoachDesk.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation>Säkerhetskopian {path} är skadad; välj en annan.</translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same moment, so nothing was saved. Try again: you will see their change.</source>
        <translation>Någon annan ändrade samma post i samma ögonblick, så inget sparades. Försök igen: då ser du den andras ändring.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or move the database to a disk with room) and try again.</source>
        <translation>Disken är full, så inget sparades. Frigör utrymme (eller flytta databasen till en disk med plats) och försök igen.</translation>
    </message>
    <message>
        <source>CoachDesk cannot write to the database: the file or its folder is read-only. Nothing was saved.</source>
        <translation>CoachDesk kan inte skriva till databasen: filen eller dess mapp är skrivskyddad. Inget sparades.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of the file, for example {example}.</source>
        <translation>{path} är en mapp, inte en databasfil. Ange sökvägen till filen, till exempel {example}.</translation>
    </message>
    <message>
        <source>{path} holds no CoachDesk data: it is not a CoachDesk database yet. Choose another file, or open it in the CoachDesk window to make it one.</source>
        <translation>{path} innehåller inga CoachDesk-data: den är ännu ingen CoachDesk-databas. Välj en annan fil eller öppna den i CoachDesk-fönstret, så blir den en databas.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of CoachDesk. Open it in the CoachDesk window once (it is upgraded there, after a backup), then try again.</source>
        <translation>{path} skrevs av en äldre version av CoachDesk. Öppna den en gång i CoachDesk-fönstret (där uppgraderas den, efter en säkerhetskopiering) och försök sedan igen.</translation>
    </message>
    <message>
        <source>{path} cannot be written to: the file or its folder is read-only. Copy it to a folder of your own (for example Documents), or ask for write access, and open it there.</source>
        <translation>Det går inte att skriva till {path}: filen eller dess mapp är skrivskyddad. Kopiera den till en egen mapp (till exempel Dokument) eller be om skrivrättighet, och öppna den där.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>Databasen är upptagen: ett annat program skriver till den. Vänta en stund och försök igen.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Databasfilen {path} är skadad och kan inte öppnas. Återställ den från en säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk database. Choose another file, or create a new database.</source>
        <translation>{path} är ingen CoachDesk-databas. Välj en annan fil eller skapa en ny databas.</translation>
    </message>
    <message>
        <source>{name} is a database, but not one of CoachDesk&apos;s. Choose another file, or create a new database.</source>
        <translation>{name} är en databas, men inte en CoachDesk-databas. Välj en annan fil eller skapa en ny databas.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CoachDesk. Update CoachDesk to open it; the file was not changed.</source>
        <translation>Databasen har skrivits av en nyare version av CoachDesk. Uppdatera CoachDesk för att öppna den; filen ändrades inte.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The log file says more (Help ▸ About shows where it is).</source>
        <translation>Något gick fel ({error}). Loggfilen berättar mer (Hjälp ▸ Om CoachDesk visar var den finns).</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>Det går inte att öppna {path}: {reason}</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>Om CoachDesk</translation>
    </message>
    <message>
        <source>The desk of the ICT coordinator who runs teacher peer coaching: tutors, lessons, school visits, devices and reports.</source>
        <translation>IKT-koordinatorns verktyg för tutorlärarverksamheten: tutorlärare, utbildningstillfällen, skolbesök, enheter och rapporter.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Öppna databas</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Loggfiler</translation>
    </message>
    <message>
        <source>Announce lessons</source>
        <translation>Informera om utbildningstillfällen</translation>
    </message>
    <message>
        <source>From today on</source>
        <translation>Från och med i dag</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alla tidpunkter</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Alla utbildningsteman</translation>
    </message>
    <message>
        <source>Any school</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>Lessons held at the school or open to it</source>
        <translation>Utbildningstillfällen som hålls i skolan eller är öppna för den</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Published lessons</source>
        <translation>Publicerade utbildningstillfällen</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Principals and ICT contacts</source>
        <translation>Rektorer och IKT-kontaktpersoner</translation>
    </message>
    <message>
        <source>Teachers (in Bcc)</source>
        <translation>Lärare (som dold kopia)</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Meddelandemallar…</translation>
    </message>
    <message>
        <source>Edit the texts of the messages</source>
        <translation>Redigera meddelandenas texter</translation>
    </message>
    <message>
        <source>Tick the lessons to announce.</source>
        <translation>Kryssa för de utbildningstillfällen som ska meddelas.</translation>
    </message>
    <message>
        <source>Tick the schools to send the announcement to.</source>
        <translation>Kryssa för de skolor som meddelandet ska skickas till.</translation>
    </message>
    <message>
        <source>Kind of tutor</source>
        <translation>Typ av tutorlärare</translation>
    </message>
    <message>
        <source>Appoint without consent</source>
        <translation>Utse utan rektorns samtycke</translation>
    </message>
    <message>
        <source>Appoint anyway</source>
        <translation>Utse ändå</translation>
    </message>
    <message>
        <source>Appoint {name}</source>
        <translation>Utse {name} till tutorlärare</translation>
    </message>
    <message>
        <source>{name} becomes a tutor. The agreement says when they are released from teaching for tutoring.</source>
        <translation>{name} utses till tutorlärare. I tutoravtalet anges när personen är befriad från undervisning för tutorverksamheten.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>ej markerad</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>inget betyg</translation>
    </message>
    <message>
        <source>Attendance — {title}</source>
        <translation>Närvaro — {title}</translation>
    </message>
    <message>
        <source>This lesson has not ended yet (it ends {end}): attendance is marked after it.</source>
        <translation>Utbildningstillfället har inte slutat ännu (det slutar {end}): närvaron markeras efteråt.</translation>
    </message>
    <message>
        <source>No teacher holds a seat in this lesson: there is no attendance to mark.</source>
        <translation>Ingen lärare har en plats i det här utbildningstillfället, så det finns ingen närvaro att markera.</translation>
    </message>
    <message>
        <source>Keys on the selected row: P present, L late, E excused, A absent, N not marked; 1–5 the score, 0 no score. Double-click a cell to choose or to write a comment.</source>
        <translation>Tangenter på den valda raden: P = närvarande, L = försenad, E = frånvarande (anmält), A = frånvarande, N = ej markerad; 1–5 = betyg, 0 = inget betyg. Dubbelklicka på en cell för att välja eller skriva en kommentar.</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Alla närvarande</translation>
    </message>
    <message>
        <source>Mark every teacher not marked yet as present</source>
        <translation>Markera alla lärare som ännu inte är markerade som närvarande</translation>
    </message>
    <message>
        <source>&amp;Feedback summary (the lesson as a whole)</source>
        <translation>&amp;Sammanfattning av responsen (tillfället som helhet)</translation>
    </message>
    <message>
        <source>What the teachers said, in a few sentences</source>
        <translation>Vad lärarna sade, med några meningar</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers</source>
        <translation>
            <numerusform>%n lärare</numerusform>
            <numerusform>%n lärare</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} {mark}</source>
        <translation>{n} {mark}</translation>
    </message>
    <message>
        <source>{n} not marked</source>
        <translation>{n} utan markering</translation>
    </message>
    <message>
        <source>e.g. Autumn break</source>
        <translation>t.ex. Höstlov</translation>
    </message>
    <message>
        <source>New break in {year}</source>
        <translation>Nytt lov läsåret {year}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Redigera {name}</translation>
    </message>
    <message>
        <source>— choose a school —</source>
        <translation>— välj skola —</translation>
    </message>
    <message>
        <source>Existing teacher</source>
        <translation>Befintlig lärare</translation>
    </message>
    <message>
        <source>a new person&apos;s name, or the teacher&apos;s</source>
        <translation>en ny persons namn eller lärarens namn</translation>
    </message>
    <message>
        <source>No teacher matches “{text}”. Pick one from the list, or empty the box to add a new person.</source>
        <translation>Ingen lärare motsvarar ”{text}”. Välj en i listan eller töm fältet för att lägga till en ny person.</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Ny sökande</translation>
    </message>
    <message>
        <source>Type to search; leave empty for a new person</source>
        <translation>Skriv för att söka; lämna tomt för en ny person</translation>
    </message>
    <message>
        <source>e.g. Robot kit</source>
        <translation>t.ex. Robotsats</translation>
    </message>
    <message>
        <source>Loan period (days)</source>
        <translation>Lånetid (dagar)</translation>
    </message>
    <message>
        <source>Lent to a tutor</source>
        <translation>Vid utlåning till tutorlärare</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Ny enhetskategori</translation>
    </message>
    <message>
        <source>until the tutor&apos;s agreement ends</source>
        <translation>tills tutoravtalet upphör</translation>
    </message>
    <message>
        <source>Device categories</source>
        <translation>Enhetskategorier</translation>
    </message>
    <message>
        <source>To a tutor</source>
        <translation>Till tutorlärare</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Ny enhetskategori…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>A loan&apos;s due date comes from its device&apos;s category; it can still be changed on each loan.</source>
        <translation>Ett låns förfallodag bestäms av enhetens kategori; den kan ändå ändras för varje enskilt lån.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>until the agreement ends</source>
        <translation>tills tutoravtalet upphör</translation>
    </message>
    <message>
        <source>Send confirmation</source>
        <translation>Skicka bekräftelse</translation>
    </message>
    <message>
        <source>Confirm the visit of {tutor} to {school} on {day} to whom?</source>
        <translation>Vem ska få bekräftelsen på besöket som {tutor} gör på {school} den {day}?</translation>
    </message>
    <message>
        <source>The school (principal and ICT contact)</source>
        <translation>Skolan (rektor och IKT-kontaktperson)</translation>
    </message>
    <message>
        <source>The tutor</source>
        <translation>Tutorläraren</translation>
    </message>
    <message>
        <source>Visit confirmation to {school}</source>
        <translation>Besöksbekräftelse till {school}</translation>
    </message>
    <message>
        <source>Visit confirmation to {tutor}</source>
        <translation>Besöksbekräftelse till {tutor}</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation>Lägg till i kalendern (.ics)</translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>Exportera kalender (.ics)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Saving this lesson would clash:</source>
        <translation>Om utbildningstillfället sparas uppstår konflikter:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why. The reason is kept with the lesson.</source>
        <translation>Om du vill fortsätta ändå, ange varför. Orsaken sparas med utbildningstillfället.</translation>
    </message>
    <message>
        <source>e.g. The only evening the school&apos;s staff can come; agreed with the principal</source>
        <translation>t.ex. Den enda kväll då skolans personal kan komma; överenskommet med rektorn</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Spara ändå</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Tillbaka till formuläret</translation>
    </message>
    <message>
        <source>Write the reason to go ahead, or go back and change the time, the tutors or the place.</source>
        <translation>Skriv orsaken till att fortsätta, eller gå tillbaka och ändra tiden, tutorlärarna eller platsen.</translation>
    </message>
    <message>
        <source>Decline {name}</source>
        <translation>Avslå ansökan från {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Avslå</translation>
    </message>
    <message>
        <source>e.g. VTU-00123</source>
        <translation>t.ex. VTU-00123</translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation>— välj enhetskategori —</translation>
    </message>
    <message>
        <source>e.g. iPad 10th gen</source>
        <translation>t.ex. iPad (10:e generationen)</translation>
    </message>
    <message>
        <source>Price (€)</source>
        <translation>Pris (€)</translation>
    </message>
    <message>
        <source>e.g. Tutor grant 2026</source>
        <translation>t.ex. Tutorunderstöd 2026</translation>
    </message>
    <message>
        <source>e.g. new, good, worn</source>
        <translation>t.ex. ny, bra, sliten</translation>
    </message>
    <message>
        <source>No device categories yet: add one with “New category…” (it sets how long its devices are lent).</source>
        <translation>Det finns inga enhetskategorier ännu: lägg till en med ”Ny enhetskategori…” (den anger hur länge dess enheter lånas ut).</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Förvaringsplats</translation>
    </message>
    <message>
        <source>e.g. Cabinet B2</source>
        <translation>t.ex. Skåp B2</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>t.ex. 30</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Ny enhet</translation>
    </message>
    <message>
        <source>Edit {tag}</source>
        <translation>Redigera {tag}</translation>
    </message>
    <message>
        <source>End the agreement of {name}</source>
        <translation>Avsluta tutoravtalet för {name}</translation>
    </message>
    <message>
        <source>The agreement runs from {first} to {last}.</source>
        <translation>Tutoravtalet gäller från {first} till {last}.</translation>
    </message>
    <message>
        <source>Choose the last day {name} works as a tutor. {name} stays in the register with their lessons, visits and hours; they are no longer offered for new work after that day.</source>
        <translation>Välj den sista dagen som {name} arbetar som tutorlärare. {name} finns kvar i registret med sina utbildningstillfällen, skolbesök och timmar men föreslås inte för nya uppdrag efter den dagen.</translation>
    </message>
    <message>
        <source>End agreement</source>
        <translation>Avsluta tutoravtalet</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sön</translation>
    </message>
    <message>
        <source>{enrolled} enrolled (no limit)</source>
        <translation>Anmälda: {enrolled} (ingen gräns)</translation>
    </message>
    <message>
        <source>{enrolled} / {capacity} enrolled</source>
        <translation>Anmälda: {enrolled} / {capacity}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} på reservplats</translation>
    </message>
    <message numerus="yes">
        <source>%n seats free</source>
        <translation>
            <numerusform>%n ledig plats</numerusform>
            <numerusform>%n lediga platser</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>fullt</translation>
    </message>
    <message>
        <source>feedback {score} / 5</source>
        <translation>respons {score} / 5</translation>
    </message>
    <message>
        <source>Enrollments — {title}</source>
        <translation>Anmälningar — {title}</translation>
    </message>
    <message>
        <source>Type a teacher&apos;s name or school…</source>
        <translation>Skriv en lärares namn eller skola…</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Lärare</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Anmäl</translation>
    </message>
    <message>
        <source>Give the teacher a seat, or a place on the waitlist when the lesson is full (Enter)</source>
        <translation>Ge läraren en plats, eller en reservplats om utbildningstillfället är fullt (Enter)</translation>
    </message>
    <message>
        <source>Enroll in the whole series</source>
        <translation>Anmäl till hela utbildningsserien</translation>
    </message>
    <message>
        <source>Enroll the teacher in every lesson of this series that has not started yet</source>
        <translation>Anmäl läraren till alla utbildningstillfällen i serien som inte har börjat ännu</translation>
    </message>
    <message>
        <source>Teachers: {n}</source>
        <translation>Lärare: {n}</translation>
    </message>
    <message>
        <source>No one has enrolled yet. Type a teacher&apos;s name or school above and press Enter.</source>
        <translation>Ingen har anmält sig ännu. Skriv en lärares namn eller skola i fältet ovan och tryck på Enter.</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Visa annullerade</translation>
    </message>
    <message>
        <source>Cancel enrollment…</source>
        <translation>Annullera anmälan…</translation>
    </message>
    <message>
        <source>Cancel the chosen teacher&apos;s enrollment; the first teacher on the waitlist moves up (Delete)</source>
        <translation>Annullera den valda lärarens anmälan; den första på kölistan får platsen (Delete)</translation>
    </message>
    <message>
        <source>The lesson was cancelled: no one can enroll.</source>
        <translation>Utbildningstillfället har ställts in: ingen kan anmäla sig.</translation>
    </message>
    <message>
        <source>The lesson has been held: no one can enroll any more. Mark attendance instead.</source>
        <translation>Utbildningstillfället har redan hållits, så ingen kan anmäla sig längre. Markera närvaron i stället.</translation>
    </message>
    <message>
        <source>moved up {when}</source>
        <translation>flyttades upp {when}</translation>
    </message>
    <message>
        <source>Moved up from the waitlist — tell them they have a seat:</source>
        <translation>Flyttades upp från kölistan — meddela dem att de har fått en plats:</translation>
    </message>
    <message>
        <source>No teacher matches “{text}”. Pick one from the list that opens as you type.</source>
        <translation>Ingen lärare motsvarar ”{text}”. Välj en i listan som öppnas när du skriver.</translation>
    </message>
    <message>
        <source>{name} has a seat.</source>
        <translation>{name} har fått en plats.</translation>
    </message>
    <message>
        <source>The lesson is full: {name} is on the waitlist, number {place} in line. They move up when a seat frees.</source>
        <translation>Utbildningstillfället är fullt: {name} står som nummer {place} på kölistan och flyttas upp när en plats blir ledig.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is in %n lessons of the series</source>
        <translation>
            <numerusform>{name} är med i %n av seriens utbildningstillfällen</numerusform>
            <numerusform>{name} är med i %n av seriens utbildningstillfällen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons already started, held or cancelled were left out</source>
        <translation>
            <numerusform>%n utbildningstillfälle som redan har börjat, hållits eller ställts in lämnades bort</numerusform>
            <numerusform>%n utbildningstillfällen som redan har börjat, hållits eller ställts in lämnades bort</numerusform>
        </translation>
    </message>
    <message>
        <source>on the waitlist in {n} of them</source>
        <translation>på reservplats i {n} av dem</translation>
    </message>
    <message>
        <source>already in {n}</source>
        <translation>redan anmäld till {n}</translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s enrollment in “{title}”?</source>
        <translation>Vill du annullera anmälan för {name} till ”{title}”?</translation>
    </message>
    <message>
        <source>The first teacher on the waitlist moves up into the seat.</source>
        <translation>Den första läraren på kölistan får platsen.</translation>
    </message>
    <message>
        <source>Cancel enrollment</source>
        <translation>Annullera anmälan</translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment is cancelled.</source>
        <translation>Anmälan för {name} har annullerats.</translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment is cancelled; {promoted} moved up from the waitlist.</source>
        <translation>Anmälan för {name} har annullerats; {promoted} flyttades upp från kölistan.</translation>
    </message>
    <message>
        <source>{promoted} moved up from the waitlist and now has a seat in “{title}” ({when}).

Tell them they have a seat.</source>
        <translation>{promoted} flyttades upp från kölistan och har nu en plats i ”{title}” ({when}).

Meddela personen om platsen.</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-post: {email}</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Flyttad upp från kölistan</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Ansökans historik: {name}</translation>
    </message>
    <message>
        <source>Now: {step}</source>
        <translation>Nuvarande skede: {step}</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Utelämna</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter costs on {grant}</source>
        <translation>För in kostnader på understödet {grant}</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>One cost a row; rows left blank are skipped. Nothing is saved until every row is right.</source>
        <translation>En kostnad per rad; tomma rader hoppas över. Ingenting sparas förrän alla rader är i skick.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>utelämnad</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>Välj lista</translation>
    </message>
    <message>
        <source>What does the list hold?</source>
        <translation>Vad innehåller listan?</translation>
    </message>
    <message>
        <source>{kind} (needs: {fields})</source>
        <translation>{kind} (kräver: {fields})</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason or problem</source>
        <translation>Orsak eller problem</translation>
    </message>
    <message>
        <source>Choose the form&apos;s answers</source>
        <translation>Välj formulärets svar</translation>
    </message>
    <message>
        <source>The answers exported to Excel (.xlsx) from Microsoft Forms, Google Forms or Webropol: one row per answer under a row of the questions.</source>
        <translation>Svaren exporterade till Excel (.xlsx) från Microsoft Forms, Google Forms eller Webropol: en rad per svar under en rad med frågorna.</translation>
    </message>
    <message>
        <source>What does the form collect?</source>
        <translation>Vad samlar formuläret in?</translation>
    </message>
    <message>
        <source>Sign-ups to lessons</source>
        <translation>Anmälningar till utbildningstillfällen</translation>
    </message>
    <message>
        <source>Cancellations of sign-ups</source>
        <translation>Avbokningar av anmälningar</translation>
    </message>
    <message>
        <source>Schools&apos; visit requests</source>
        <translation>Skolors begäranden om besök</translation>
    </message>
    <message>
        <source>The .xlsx file</source>
        <translation>.xlsx-filen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>Open the form&apos;s answers</source>
        <translation>Öppna formulärets svar</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Kontrollera planen</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Rows with problems are shown in red: correct them in the file or leave them out. Import saves every row, or nothing at all.</source>
        <translation>Inget har sparats ännu. Rader med problem visas i rött: rätta dem i filen eller utelämna dem. Importen sparar alla rader eller ingenting.</translation>
    </message>
    <message>
        <source>Add the teachers CoachDesk does not know, to the school their answer names</source>
        <translation>Lägg till lärare som CoachDesk inte känner till i den skola som svaret anger</translation>
    </message>
    <message>
        <source>Otherwise their answers are left for a later import, once the teachers are added.</source>
        <translation>Annars lämnas deras svar till en senare import, när lärarna har lagts till.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems.</source>
        <translation>
            <numerusform>%n rad med problem.</numerusform>
            <numerusform>%n rader med problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importerat</translation>
    </message>
    <message>
        <source>Everything is saved: the lists show it now.</source>
        <translation>Allt är sparat: listorna visar det nu.</translation>
    </message>
    <message>
        <source>Write the e-mail drafts</source>
        <translation>Spara e-postutkasten</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Importerat: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers can be told what became of their answer: write an e-mail draft (.eml) to each of them into a folder, in their school&apos;s language, and send them from your mail program.</source>
        <translation>
            <numerusform>%n lärare kan få veta hur det gick med svaret: spara ett e-postutkast (.eml) till var och en i en mapp, på skolans språk, och skicka dem från ditt e-postprogram.</numerusform>
            <numerusform>%n lärare kan få veta hur det gick med svaren: spara ett e-postutkast (.eml) till var och en i en mapp, på skolans språk, och skicka dem från ditt e-postprogram.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a form</source>
        <translation>Importera från ett formulär</translation>
    </message>
    <message>
        <source>Open a list</source>
        <translation>Öppna en lista</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) with a row naming the columns, in Finnish, Swedish or English, and one row per record under it.</source>
        <translation>En Excel-arbetsbok (.xlsx) med en rubrikrad som namnger kolumnerna på finska, svenska eller engelska och under den en rad per post.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Koppla kolumnerna till fält</translation>
    </message>
    <message>
        <source>Each column of the file is imported as the field chosen beside it. Check the guesses and correct them where needed.</source>
        <translation>Varje kolumn i filen importeras som det fält som har valts bredvid den. Kontrollera förslagen och rätta dem vid behov.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Första värdet</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importeras som</translation>
    </message>
    <message>
        <source>The sheet whose header row names the most columns is read; choose another here.</source>
        <translation>Det blad vars rubrikrad namnger flest kolumner läses in; välj ett annat här.</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Blad</translation>
    </message>
    <message numerus="yes">
        <source>Header on row {row}, %n rows below it.</source>
        <translation>
            <numerusform>Rubrikraden är rad {row}, med %n rad under den.</numerusform>
            <numerusform>Rubrikraden är rad {row}, med %n rader under den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total rows left out: {rows}.</source>
        <translation>Utelämnade summarader: {rows}.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(importeras inte)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Importeras inte: {columns}.</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Alla kolumner importeras.</translation>
    </message>
    <message>
        <source>Choose the column that gives the {fields}: it is needed.</source>
        <translation>Välj kolumner för de obligatoriska fälten: {fields}.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Kontrollera raderna</translation>
    </message>
    <message>
        <source>Rows with problems are shown in red: correct them in the file or leave them out. Import saves every row that is not left out, or nothing at all.</source>
        <translation>Rader med problem visas i rött: rätta dem i filen eller utelämna dem. Importen sparar antingen alla rader som inte har utelämnats eller ingenting alls.</translation>
    </message>
    <message>
        <source>update them from the list</source>
        <translation>uppdatera dem från listan</translation>
    </message>
    <message>
        <source>leave them as they are</source>
        <translation>lämna dem som de är</translation>
    </message>
    <message>
        <source>Records already in CoachDesk:</source>
        <translation>Poster som redan finns i CoachDesk:</translation>
    </message>
    <message>
        <source>Create the categories the list names that do not exist yet, and put devices without a category in “Uncategorised”; their loan period can be set under Categories afterwards.</source>
        <translation>Skapa de kategorier som listan nämner men som inte finns ännu, och placera enheter utan kategori i ”Utan kategori”; kategoriernas lånetid kan ställas in efteråt under Enhetskategorier.</translation>
    </message>
    <message>
        <source>Leave out the rows with problems</source>
        <translation>Utelämna raderna med problem</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Read from the sheet “{sheet}” of {file}.</source>
        <translation>Inläst från bladet ”{sheet}” i {file}.</translation>
    </message>
    <message>
        <source>To read another sheet, go back and choose it.</source>
        <translation>Om du vill läsa ett annat blad, gå tillbaka och välj det.</translation>
    </message>
    <message>
        <source>Create the missing categories: {names}</source>
        <translation>Skapa de saknade kategorierna: {names}</translation>
    </message>
    <message>
        <source> ({count} left out)</source>
        <translation> ({count} utelämnade)</translation>
    </message>
    <message numerus="yes">
        <source>; %n rows with problems.</source>
        <translation>
            <numerusform>; %n rad med problem.</numerusform>
            <numerusform>; %n rader med problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importera från Excel</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bakåt</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nästa &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>{new} new records were created and {updated} updated; {skipped} rows were skipped.</source>
        <translation>{new} nya poster skapades och {updated} uppdaterades; {skipped} rader hoppades över.</translation>
    </message>
    <message>
        <source>New categories: {names}.</source>
        <translation>Nya kategorier: {names}.</translation>
    </message>
    <message>
        <source>e.g. Scratch for beginners</source>
        <translation>t.ex. Scratch för nybörjare</translation>
    </message>
    <message>
        <source>— no topic —</source>
        <translation>— inget utbildningstema —</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rum</translation>
    </message>
    <message>
        <source>e.g. A12 or the library</source>
        <translation>t.ex. A12 eller biblioteket</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>e.g. Education office, meeting room 2</source>
        <translation>t.ex. Utbildningskansliet, mötesrum 2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ingen gräns</translation>
    </message>
    <message>
        <source>Open to all schools</source>
        <translation>Öppet för alla skolor</translation>
    </message>
    <message>
        <source>Listed schools</source>
        <translation>Utvalda skolor</translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation>det här utbildningstillfället</translation>
    </message>
    <message>
        <source>Conflicts are checked once the date and the tutors are chosen.</source>
        <translation>Konflikter kontrolleras när datum och tutorlärare har valts.</translation>
    </message>
    <message>
        <source>A cancelled lesson clashes with nothing.</source>
        <translation>Ett inställt utbildningstillfälle har inga konflikter.</translation>
    </message>
    <message>
        <source>No conflicts: the tutors are free, it is a school day and inside their released time.</source>
        <translation>Inga konflikter: tutorlärarna är lediga, det är en skoldag och inom deras tid för tutorverksamhet.</translation>
    </message>
    <message>
        <source>Check before saving:</source>
        <translation>Kontrollera innan du sparar:</translation>
    </message>
    <message>
        <source>Change a series</source>
        <translation>Ändra en utbildningsserie</translation>
    </message>
    <message>
        <source>This lesson is one of a series. Change this lesson only, or this and all the following lessons of the series?</source>
        <translation>Det här utbildningstillfället ingår i en utbildningsserie. Vill du ändra bara detta tillfälle, eller detta och alla följande tillfällen i serien?</translation>
    </message>
    <message>
        <source>This lesson only</source>
        <translation>Bara detta utbildningstillfälle</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Detta och alla följande</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Redigera {title}</translation>
    </message>
    <message>
        <source>Copy of {title} on {day}</source>
        <translation>Kopia av {title} den {day}</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nytt utbildningstillfälle</translation>
    </message>
    <message>
        <source>Borrower is a</source>
        <translation>Typ av låntagare</translation>
    </message>
    <message>
        <source>No {kind} matches “{text}”. Pick one from the list.</source>
        <translation>Ingen {kind} motsvarar ”{text}”. Välj i listan.</translation>
    </message>
    <message>
        <source>Type a tutor&apos;s name</source>
        <translation>Skriv en tutorlärares namn</translation>
    </message>
    <message>
        <source>Type a teacher&apos;s name or school</source>
        <translation>Skriv en lärares namn eller skola</translation>
    </message>
    <message>
        <source>Type a school&apos;s name</source>
        <translation>Skriv en skolas namn</translation>
    </message>
    <message numerus="yes">
        <source>{category}: %n days; to a tutor, until their agreement ends.</source>
        <translation>
            <numerusform>{category}: %n dag; till tutorlärare tills tutoravtalet upphör.</numerusform>
            <numerusform>{category}: %n dagar; till tutorlärare tills tutoravtalet upphör.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{category}: %n days.</source>
        <translation>
            <numerusform>{category}: %n dag.</numerusform>
            <numerusform>{category}: %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition on departure</source>
        <translation>Skick vid utlåning</translation>
    </message>
    <message>
        <source>e.g. good, small scratch on the lid</source>
        <translation>t.ex. bra, liten repa på locket</translation>
    </message>
    <message>
        <source>Lend {tag}</source>
        <translation>Låna ut {tag}</translation>
    </message>
    <message>
        <source>message</source>
        <translation>meddelande</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the subject and the text to paste in a message</source>
        <translation>Kopiera ämnet och texten för att klistra in dem i ett meddelande</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <source>A new message in your mail program, addressed and written (attachments travel only in the .eml file)</source>
        <translation>Ett nytt meddelande i ditt e-postprogram, adresserat och skrivet (bilagor följer bara med i .eml-filen)</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>Spara .eml…</translation>
    </message>
    <message>
        <source>A message file with its attachments, which your mail program opens ready to send</source>
        <translation>En meddelandefil med bilagor som ditt e-postprogram öppnar klar att skickas</translation>
    </message>
    <message>
        <source>Addressees:</source>
        <translation>Mottagare:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Ämne:</translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation>Bilagor: {files}</translation>
    </message>
    <message>
        <source>No mail program opened the message. Copy the text, or save it as an .eml file.</source>
        <translation>Inget e-postprogram öppnade meddelandet. Kopiera texten eller spara meddelandet som en .eml-fil.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Spara meddelandet</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>E-postmeddelanden (*.eml)</translation>
    </message>
    <message>
        <source>Personal data {name}</source>
        <translation>Personuppgifter {name}</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Exportera personuppgifter</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about {name} is in {path}.</source>
        <translation>Allt som CoachDesk har sparat om {name} finns i {path}.</translation>
    </message>
    <message>
        <source>their name, e-mail, subjects and notes; the comments of their feedback; the notes of visits that reached them; the training they did elsewhere</source>
        <translation>namn, e-post, ämnen och anteckningar; kommentarerna i responsen; anteckningarna om skolbesök som nådde läraren; utbildning på annat håll</translation>
    </message>
    <message>
        <source>{enrollments} enrollments with attendance and feedback scores, {visits} visits reached</source>
        <translation>anmälningar ({enrollments}) med närvaro och responsbetyg, skolbesök som nådde personen ({visits})</translation>
    </message>
    <message>
        <source>their name, e-mail, notes and strengths; the notes of their visits</source>
        <translation>namn, e-post, anteckningar och kompetensområden; anteckningarna från personens skolbesök</translation>
    </message>
    <message>
        <source>{visits} visits and {lessons} lessons with their hours</source>
        <translation>skolbesök ({visits}) och utbildningstillfällen ({lessons}) med timmar</translation>
    </message>
    <message>
        <source>The database server&apos;s own backups are kept by its administrator: ask them to make sure no backup keeps this person&apos;s data.</source>
        <translation>Databasserverns egna säkerhetskopior sköts av dess administratör: be administratören se till att ingen säkerhetskopia behåller den här personens uppgifter.</translation>
    </message>
    <message>
        <source>CoachDesk also erases them from its own backups (in {folder}), and erases them again from any older backup you restore later. Copies of the database kept anywhere else (on a USB stick, in a cloud folder, made with “coachdesk backup --to”) are out of CoachDesk&apos;s reach: delete those yourself.</source>
        <translation>CoachDesk raderar dem också ur sina egna säkerhetskopior (i {folder}) och raderar dem på nytt ur varje äldre säkerhetskopia som du återställer senare. Kopior av databasen som finns någon annanstans (på ett USB-minne, i en molnmapp, gjorda med ”coachdesk backup --to”) når CoachDesk inte: radera dem själv.</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?

Removed for good from this database: {goes}; the notes of their {loans} loans and {reservations} reservations; {applications} applications in recruitment rounds; their entries in the change history.

Kept without a name, so that the statistics still count them: {stays}, and the loans. The record stays as “{anonymous}”.

Backups: {copies}

This cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation>Radera personuppgifterna för {name}?

Tas bort för gott ur den här databasen: {goes}; anteckningarna till personens lån ({loans}) och reservationer ({reservations}); ansökningar i ansökningsomgångar ({applications}); personens uppgifter i ändringshistoriken.

Bevaras utan namn, så att statistiken fortfarande räknar med dem: {stays} samt lånen. Posten finns kvar som ”{anonymous}”.

Säkerhetskopior: {copies}

Detta kan inte ångras. Exportera uppgifterna först om personen har bett om en kopia.</translation>
    </message>
    <message>
        <source>{path} ({reason})</source>
        <translation>{path} ({reason})</translation>
    </message>
    <message>
        <source>The personal data of {name} is erased from the database, but these files still hold it:

{files}

To finish, free some space or make the folder writable, then erase “{anonymous}” again (tick Show archived to see the record); or delete these files yourself.</source>
        <translation>Personuppgifterna för {name} har raderats ur databasen, men följande filer innehåller dem fortfarande:

{files}

Slutför raderingen genom att frigöra utrymme eller göra mappen skrivbar och sedan radera ”{anonymous}” igen (kryssa för ”Visa arkiverade” för att se posten). Du kan också radera filerna själv.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Radera personuppgifter</translation>
    </message>
    <message>
        <source>{weekday} {day} {starts}–{ends}</source>
        <translation>{weekday} {day} kl. {starts}–{ends}</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>Earliest free</source>
        <translation>Första lediga tid</translation>
    </message>
    <message>
        <source>no free time</source>
        <translation>ingen ledig tid</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Timmar kvar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Propose tutors</source>
        <translation>Föreslå tutorlärare</translation>
    </message>
    <message>
        <source>No tutor can serve this school: appoint a roaming tutor, or add the school to a tutor&apos;s schools on the Tutors page.</source>
        <translation>Ingen tutorlärare kan betjäna den här skolan: utse en ambulerande tutorlärare eller lägg till skolan bland en tutorlärares skolor på sidan Tutorlärare.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Boka</translation>
    </message>
    <message>
        <source>Book the chosen slot for this request (Enter)</source>
        <translation>Boka den valda tiden för den här begäran om besök (Enter)</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{first}–{last} {starts}–{ends}</source>
        <translation>{first}–{last} kl. {starts}–{ends}</translation>
    </message>
    <message>
        <source>Preferred: {windows}</source>
        <translation>Önskade tider: {windows}</translation>
    </message>
    <message>
        <source>No preferred times: the next four weeks are searched.</source>
        <translation>Inga önskade tider: de fyra följande veckorna genomsöks.</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Lediga tider</translation>
    </message>
    <message>
        <source>Free slots of {name}</source>
        <translation>Lediga tider för {name}</translation>
    </message>
    <message>
        <source>Visit booked</source>
        <translation>Skolbesöket är bokat</translation>
    </message>
    <message>
        <source>{name} visits on {when}. The request is now scheduled.</source>
        <translation>{name} gör besöket {when}. Begäran om besök har nu fått en tid.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(ångrad)</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>History of the {kind} {name}</source>
        <translation>Ändringshistorik: {kind} {name}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Händelse</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Gammalt → nytt</translation>
    </message>
    <message>
        <source>Changes recorded: {n}</source>
        <translation>Registrerade ändringar: {n}</translation>
    </message>
    <message>
        <source>No changes recorded for this {kind} yet.</source>
        <translation>Inga ändringar har ännu registrerats för den här posten ({kind}).</translation>
    </message>
    <message>
        <source>Renew {tag}</source>
        <translation>Förnya lånet: {tag}</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Ny förfallodag</translation>
    </message>
    <message>
        <source>Lent to {who}, due {due}.</source>
        <translation>Utlånad till {who}, förfaller {due}.</translation>
    </message>
    <message>
        <source>No preferred times: tutors are proposed for the next four weeks.</source>
        <translation>Inga önskade tider: tutorlärare föreslås för de fyra följande veckorna.</translation>
    </message>
    <message>
        <source>Add preferred time</source>
        <translation>Lägg till önskad tid</translation>
    </message>
    <message>
        <source>Remove this preferred time</source>
        <translation>Ta bort den här önskade tiden</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Begärt av</translation>
    </message>
    <message>
        <source>e.g. Principal Liisa Laine</source>
        <translation>t.ex. Rektor Liisa Laine</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>t.ex. 12</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Anmälningar</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Avbokningar</translation>
    </message>
    <message>
        <source>Visit requests</source>
        <translation>Begäranden om besök</translation>
    </message>
    <message>
        <source>Time of the answer</source>
        <translation>Svarstid</translation>
    </message>
    <message>
        <source>Lessons chosen</source>
        <translation>Valda utbildningstillfällen</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>Avbokade utbildningstillfällen</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Vem som ber om besöket</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Önskade tider</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>anmäld</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>på reservplats</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>avslagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avbokad</translation>
    </message>
    <message>
        <source>moved up from the waiting list</source>
        <translation>flyttad upp från reservplats</translation>
    </message>
    <message>
        <source>new request</source>
        <translation>ny begäran om besök</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>redan importerad</translation>
    </message>
    <message>
        <source>unknown teacher</source>
        <translation>okänd lärare</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>the lesson has been cancelled</source>
        <translation>utbildningstillfället har ställts in</translation>
    </message>
    <message>
        <source>the lesson has already started or been held</source>
        <translation>utbildningstillfället har redan börjat eller hållits</translation>
    </message>
    <message>
        <source>the lesson is not open to the teacher&apos;s school</source>
        <translation>utbildningstillfället är inte öppet för lärarens skola</translation>
    </message>
    <message>
        <source>already signed up</source>
        <translation>redan anmäld</translation>
    </message>
    <message>
        <source>the teacher is archived</source>
        <translation>läraren är arkiverad</translation>
    </message>
    <message>
        <source>not signed up: nothing to cancel</source>
        <translation>inte anmäld: inget att avboka</translation>
    </message>
    <message>
        <source>the lesson is not open to your school</source>
        <translation>utbildningstillfället är inte öppet för din skola</translation>
    </message>
    <message>
        <source>you were already signed up</source>
        <translation>du var redan anmäld</translation>
    </message>
    <message>
        <source>you are no longer on the list of teachers</source>
        <translation>du finns inte längre i lärarförteckningen</translation>
    </message>
    <message>
        <source>you were not signed up</source>
        <translation>du var inte anmäld</translation>
    </message>
    <message>
        <source>Row {row}: {who}</source>
        <translation>Rad {row}: {who}</translation>
    </message>
    <message>
        <source>new teachers: {n}</source>
        <translation>nya lärare: {n}</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>inga rader</translation>
    </message>
    <message>
        <source>Nothing was imported: the rows {rows} of the form have problems. Correct them in the file or leave them out, then import again.</source>
        <translation>Inget importerades: formulärets rader {rows} har problem. Rätta dem i filen eller utelämna dem och importera sedan på nytt.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Ny begäran om besök</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Redigera begäran om besök</translation>
    </message>
    <message>
        <source>e.g. for the 5th grade&apos;s coding week</source>
        <translation>t.ex. till programmeringsveckan i årskurs 5</translation>
    </message>
    <message>
        <source>Reserve {tag}</source>
        <translation>Reservera {tag}</translation>
    </message>
    <message>
        <source>Hand {tag} over</source>
        <translation>Lämna ut {tag}</translation>
    </message>
    <message>
        <source>Reserved for {who} until the due date given here; the loan starts today.</source>
        <translation>Reserverad för {who} till den förfallodag som anges här; lånet börjar i dag.</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Daglig kopia</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Manuellt gjord</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Före återställning</translation>
    </message>
    <message>
        <source>Before upgrading from {revision}</source>
        <translation>Före uppgradering från {revision}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Choose the copy to put back. The database as it is now is kept as a copy first, so restoring can be undone by restoring that copy.</source>
        <translation>Välj den kopia som ska återställas. Databasen som den är nu sparas först som en kopia, så återställningen kan ångras genom att återställa den kopian.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Det finns inga säkerhetskopior av den här databasen ännu.</translation>
    </message>
    <message>
        <source>e.g. good, screen cracked</source>
        <translation>t.ex. bra, spräckt skärm</translation>
    </message>
    <message>
        <source>Damage and notes</source>
        <translation>Skador och anteckningar</translation>
    </message>
    <message>
        <source>Return {tag}</source>
        <translation>Återlämna {tag}</translation>
    </message>
    <message>
        <source>Lent to {who} on {out}, due {due}.</source>
        <translation>Utlånad till {who} den {out}, förfaller {due}.</translation>
    </message>
    <message>
        <source>Condition when it left: {condition}</source>
        <translation>Skick vid utlåning: {condition}</translation>
    </message>
    <message>
        <source>e.g. Tutor call 2026–2027</source>
        <translation>t.ex. Ansökningsomgång 2026–2027</translation>
    </message>
    <message>
        <source>New recruitment round</source>
        <translation>Ny ansökningsomgång</translation>
    </message>
    <message>
        <source>e.g. Korson koulu</source>
        <translation>t.ex. Kyrkoby skola</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Ny skola</translation>
    </message>
    <message>
        <source>Starts in autumn of</source>
        <translation>Börjar hösten (år)</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>t.ex. {year}</translation>
    </message>
    <message>
        <source>New school year</source>
        <translation>Nytt läsår</translation>
    </message>
    <message>
        <source>The new year gets the usual Finnish terms and breaks (autumn break in week 42, Christmas, the winter break, Easter) and the public holidays. You can change them afterwards.</source>
        <translation>Det nya läsåret får de vanliga finländska terminerna och loven (höstlov vecka 42, jullov, sportlov och påsk) samt helgdagarna. Du kan ändra dem efteråt.</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Ny utbildningsserie</translation>
    </message>
    <message>
        <source>a tutor</source>
        <translation>en av tutorlärarna</translation>
    </message>
    <message>
        <source>Tick the days of the week the lesson is on.</source>
        <translation>Kryssa för de veckodagar då utbildningstillfället hålls.</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons</source>
        <translation>
            <numerusform>%n utbildningstillfälle</numerusform>
            <numerusform>%n utbildningstillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the days of the week it is on.</source>
        <translation>Kryssa för de veckodagar då serien upprepas.</translation>
    </message>
    <message>
        <source>No dates yet: see the message at the rule.</source>
        <translation>Inga datum ännu: se meddelandet vid upprepningsregeln.</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} hoppas över</translation>
    </message>
    <message>
        <source>{n} with conflicts</source>
        <translation>{n} med konflikter</translation>
    </message>
    <message>
        <source>Some dates of this series clash:</source>
        <translation>Några datum i serien har konflikter:</translation>
    </message>
    <message>
        <source>Schools served by {name}</source>
        <translation>Skolor som {name} betjänar</translation>
    </message>
    <message>
        <source>Roaming tutor: serves the schools ticked below</source>
        <translation>Ambulerande tutorlärare: betjänar skolorna som kryssats för nedan</translation>
    </message>
    <message>
        <source>A roaming tutor serves several schools: tick each school {name} works in, the home school too if they coach there.</source>
        <translation>En ambulerande tutorlärare betjänar flera skolor: kryssa för varje skola där {name} arbetar, också hemskolan om tutorverksamheten sker även där.</translation>
    </message>
    <message>
        <source>{name} is a school tutor and serves only their home school, {home}. Tick the box above to make them a roaming tutor who serves several schools.</source>
        <translation>{name} är skolans egen tutorlärare och betjänar bara sin hemskola, {home}. Kryssa för rutan ovan för att ändra till ambulerande tutorlärare som betjänar flera skolor.</translation>
    </message>
    <message>
        <source>Strengths of {name}</source>
        <translation>Kompetensområden för {name}</translation>
    </message>
    <message>
        <source>Choose a level for each topic {name} can teach; leave the others at “—”.</source>
        <translation>Välj en nivå för varje utbildningstema som {name} kan undervisa i; lämna de andra på ”—”.</translation>
    </message>
    <message>
        <source>Find a topic…</source>
        <translation>Sök utbildningstema…</translation>
    </message>
    <message>
        <source>The training catalogue has no topics yet.</source>
        <translation>Utbildningskatalogen har inga utbildningsteman ännu.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Inte sparat: {reason}</translation>
    </message>
    <message>
        <source>e.g. mathematics, physics</source>
        <translation>t.ex. matematik, fysik</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Ny lärare</translation>
    </message>
    <message>
        <source>Move {name} to another school</source>
        <translation>Flytta {name} till en annan skola</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Meddelandemallar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Använd standardtexten</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meddelande:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>Standardtext</translation>
    </message>
    <message>
        <source>Edited text (saved in the database)</source>
        <translation>Redigerad text (sparad i databasen)</translation>
    </message>
    <message>
        <source>Placeholders you can use (write a brace itself twice: {{ or }}):</source>
        <translation>Platshållare som du kan använda (skriv en ensam klammerparentes två gånger: {{ eller }}):</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Replace your text of “{message}” ({language}) with the default text?</source>
        <translation>Vill du ersätta din text i ”{message}” ({language}) med standardtexten?</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Använd standard</translation>
    </message>
    <message>
        <source>e.g. Autumn term 2026</source>
        <translation>t.ex. Hösttermin 2026</translation>
    </message>
    <message>
        <source>e.g. Coding with Scratch</source>
        <translation>t.ex. Programmering med Scratch</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Nytt utbildningstema</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lägg till en rad</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Ta bort raden</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>t.ex. 120</translation>
    </message>
    <message>
        <source>e.g. Teams; Wilma; Seppo; Google Classroom</source>
        <translation>t.ex. Teams; Wilma; Seppo; Google Classroom</translation>
    </message>
    <message>
        <source>Looked at by</source>
        <translation>Granskat av</translation>
    </message>
    <message>
        <source>e.g. Teams assignments for the teachers of grade 7</source>
        <translation>t.ex. uppgifter i Teams för lärarna i årskurs 7</translation>
    </message>
    <message>
        <source>Note a need</source>
        <translation>Notera ett behov</translation>
    </message>
    <message>
        <source>Released time</source>
        <translation>Tid för tutorverksamhet</translation>
    </message>
    <message>
        <source>Hourly cost (€)</source>
        <translation>Timkostnad (€)</translation>
    </message>
    <message>
        <source>e.g. 45,50</source>
        <translation>t.ex. 45,50</translation>
    </message>
    <message>
        <source>When the tutor works as a tutor instead of teaching. School breaks and public holidays are left out.</source>
        <translation>När tutorläraren arbetar som tutor i stället för att undervisa. Lov och helgdagar räknas inte med.</translation>
    </message>
    <message>
        <source>their home school</source>
        <translation>sin hemskola</translation>
    </message>
    <message>
        <source>Tick the schools this roaming tutor serves.</source>
        <translation>Kryssa för de skolor som den här ambulerande tutorläraren betjänar.</translation>
    </message>
    <message>
        <source>A school tutor serves only {home}. Choose “Roaming tutor” to serve several schools.</source>
        <translation>Skolans egen tutorlärare betjänar bara {home}. Välj ”Ambulerande tutorlärare” för att betjäna flera skolor.</translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation>Ny tutorlärare</translation>
    </message>
    <message>
        <source>Booking this visit would clash:</source>
        <translation>Om besöket bokas uppstår konflikter:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why. The reason is kept with the visit.</source>
        <translation>Om du vill fortsätta ändå, ange varför. Orsaken sparas med skolbesöket.</translation>
    </message>
    <message>
        <source>e.g. The school&apos;s only free morning; travel agreed with the tutor</source>
        <translation>t.ex. Skolans enda lediga förmiddag; resan överenskommen med tutorläraren</translation>
    </message>
    <message>
        <source>— choose a tutor —</source>
        <translation>— välj tutorlärare —</translation>
    </message>
    <message>
        <source>A visit stays at its school: to go elsewhere, cancel it and book a new one.</source>
        <translation>Ett besök hör till sin skola: för att besöka en annan skola, ställ in besöket och boka ett nytt.</translation>
    </message>
    <message>
        <source>Choose the school.</source>
        <translation>Välj skola.</translation>
    </message>
    <message>
        <source>Conflicts are checked once the school, the tutor and the date are chosen.</source>
        <translation>Konflikter kontrolleras när skola, tutorlärare och datum har valts.</translation>
    </message>
    <message>
        <source>This time has passed: a visit that happened is logged, not booked.</source>
        <translation>Tiden har redan passerat: ett besök som har ägt rum registreras, det bokas inte.</translation>
    </message>
    <message>
        <source>No conflicts: the tutor is free, has time to travel, it is a school day and inside their released time.</source>
        <translation>Inga konflikter: tutorläraren är ledig och hinner resa, det är en skoldag och inom tiden för tutorverksamhet.</translation>
    </message>
    <message>
        <source>Check before booking:</source>
        <translation>Kontrollera innan du bokar:</translation>
    </message>
    <message>
        <source>Only a booked visit can be moved; this one is {status}.</source>
        <translation>Endast ett bokat skolbesök kan flyttas; det här besökets status: {status}.</translation>
    </message>
    <message>
        <source>Move or edit the visit</source>
        <translation>Flytta eller redigera skolbesöket</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nytt skolbesök</translation>
    </message>
    <message>
        <source>{tutor} at {school} · {when} · {purpose}</source>
        <translation>{tutor} på {school} · {when} · {purpose}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>No-show: the visit did not take place</source>
        <translation>Uteblev: besöket blev inte av</translation>
    </message>
    <message>
        <source>e.g. 6</source>
        <translation>t.ex. 6</translation>
    </message>
    <message>
        <source>Teachers by name</source>
        <translation>Lärare med namn</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>t.ex. 1,5</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Uppföljning behövs</translation>
    </message>
    <message>
        <source>Needs resolved</source>
        <translation>Lösta behov</translation>
    </message>
    <message>
        <source>One need a line, e.g. Teams assignments for the teachers of grade 7</source>
        <translation>Ett behov per rad, t.ex. uppgifter i Teams för lärarna i årskurs 7</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Behandlade utbildningsteman</translation>
    </message>
    <message>
        <source>Log the visit</source>
        <translation>Registrera skolbesöket</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Spara besöksanteckningen</translation>
    </message>
    <message>
        <source>The school needs another visit</source>
        <translation>Skolan behöver ett nytt besök</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>Skriv ett namn för att söka</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Everyone the visit reached; the teachers named below count as at least that many.</source>
        <translation>Alla som besöket nådde; antalet är minst lika stort som antalet lärare som nämns nedan.</translation>
    </message>
    <message>
        <source>, or empty the box to add a new person</source>
        <translation> eller töm fältet för att lägga till en ny person</translation>
    </message>
    <message>
        <source>A cancelled visit has nothing to log.</source>
        <translation>Ett inställt skolbesök har inget att registrera.</translation>
    </message>
    <message>
        <source>Recurring visits</source>
        <translation>Återkommande skolbesök</translation>
    </message>
    <message>
        <source>the tutor</source>
        <translation>tutorläraren</translation>
    </message>
    <message>
        <source>Tick the days of the week the visit is on.</source>
        <translation>Kryssa för de veckodagar då besöket görs.</translation>
    </message>
    <message>
        <source>The dates are shown once the school and the tutor are chosen.</source>
        <translation>Datumen visas när skola och tutorlärare har valts.</translation>
    </message>
    <message>
        <source>No dates yet: see the message at the rule or the days.</source>
        <translation>Inga datum ännu: se meddelandet vid upprepningsregeln eller veckodagarna.</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n skolbesök</numerusform>
            <numerusform>%n skolbesök</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} skipped for breaks</source>
        <translation>{n} hoppas över på grund av lov</translation>
    </message>
    <message>
        <source>{n} skipped for conflicts</source>
        <translation>{n} hoppas över på grund av konflikter</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved data is safe: a change is either saved whole or not at all.

The details were written to {log}. If it happens again, please send that file to support.</source>
        <translation>Något gick fel och den senaste åtgärden slutfördes inte. Dina sparade uppgifter är i säkerhet: en ändring sparas antingen helt eller inte alls.

Detaljerna skrevs till {log}. Om det händer igen, skicka den filen till supporten.</translation>
    </message>
    <message>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Databas: {path}</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Öppna databas…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny databas…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Anslut till server…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Senaste &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ångra borttagning</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Om CoachDesk</translation>
    </message>
    <message>
        <source>Last page used</source>
        <translation>Senast använda sida</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Inga senaste filer</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Öppnar {path}…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Öppna en annan databas</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Ny databas</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation>{path} finns redan. Välj ett annat namn eller öppna den med Arkiv ▸ Öppna databas.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>A database server is backed up by its administrator, not by CoachDesk.</source>
        <translation>En databasserver säkerhetskopieras av sin administratör, inte av CoachDesk.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Säkerhetskopierat till {path}</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the copy {copy}? The database as it is now is kept as a backup first.</source>
        <translation>Vill du ersätta allt i {name} med kopian {copy}? Databasen som den är nu sparas först som en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Restored {copy}</source>
        <translation>Återställd: {copy}</translation>
    </message>
    <message>
        <source>Restoring {copy}…</source>
        <translation>Återställer {copy}…</translation>
    </message>
    <message>
        <source>&amp;Undo delete: {what}</source>
        <translation>&amp;Ångra borttagning: {what}</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Ångra borttagning</translation>
    </message>
    <message>
        <source>Restore {what}?</source>
        <translation>Vill du återställa {what}?</translation>
    </message>
    <message>
        <source>Cannot undo the deletion</source>
        <translation>Borttagningen kan inte ångras</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>Återställt: {what}.</translation>
    </message>
    <message>
        <source>(opening)</source>
        <translation>(öppnas)</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved data is safe: a change is either saved whole or not at all. The log file says more (Help ▸ About shows where it is).</source>
        <translation>Något gick fel och den senaste åtgärden slutfördes inte. Dina sparade uppgifter är i säkerhet: en ändring sparas antingen helt eller inte alls. Loggfilen berättar mer (Hjälp ▸ Om CoachDesk visar var den finns).</translation>
    </message>
    <message>
        <source>No teacher was enrolled in a lesson of this period. Choose another period, or untick “Only teachers with lessons”.</source>
        <translation>Ingen lärare var anmäld till något utbildningstillfälle under perioden. Välj en annan period eller avmarkera ”Endast lärare med utbildningstillfällen”.</translation>
    </message>
    <message>
        <source>Schools: {n}</source>
        <translation>Skolor: {n}</translation>
    </message>
    <message>
        <source>No schools yet. Add them on the Schools page.</source>
        <translation>Inga skolor ännu. Lägg till dem på sidan Skolor.</translation>
    </message>
    <message>
        <source>Lessons that start in this period are counted</source>
        <translation>Utbildningstillfällen som börjar under perioden räknas</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Completion of a training</source>
        <translation>Slutförande av utbildning</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetens</translation>
    </message>
    <message>
        <source>Digital-competence levels against the targets</source>
        <translation>Digitala kompetensnivåer jämfört med målen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Only teachers with lessons</source>
        <translation>Endast lärare med utbildningstillfällen</translation>
    </message>
    <message>
        <source>Leave out teachers not enrolled in any lesson of the period</source>
        <translation>Utelämna lärare som inte är anmälda till något utbildningstillfälle under perioden</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Visa arkiverade</translation>
    </message>
    <message>
        <source>Hours attended: lessons marked present or late. Attendance % = attended / (present + late + absent); an excused absence is left out. Share reached: the school&apos;s active teachers who attended at least one lesson.</source>
        <translation>Närvarotimmar: utbildningstillfällen markerade närvarande eller försenad. Närvaro % = deltagit / (närvarande + försenad + frånvarande); markeringen ”frånvarande, anmält” räknas inte. Andel nådda: skolans aktiva lärare som deltagit i minst ett utbildningstillfälle.</translation>
    </message>
    <message>
        <source>The school filter narrows the teachers&apos; list</source>
        <translation>Skolfiltret begränsar lärarlistan</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Augusti</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Week {week} · {days}</source>
        <translation>Vecka {week} · {days}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Visa en vecka</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Visa en månad</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <source>The previous week or month</source>
        <translation>Föregående vecka eller månad</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Back to this week or month</source>
        <translation>Tillbaka till denna vecka eller månad</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>The next week or month</source>
        <translation>Nästa vecka eller månad</translation>
    </message>
    <message>
        <source>Find a tutor or school…</source>
        <translation>Sök tutorlärare eller skola…</translation>
    </message>
    <message>
        <source>Show only the tutors whose name, or the bookings whose school or title, holds this text</source>
        <translation>Visa bara de tutorlärare vars namn, eller de bokningar vars skola eller rubrik, innehåller den här texten</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Alla tutorlärare</translation>
    </message>
    <message>
        <source>Whole wee&amp;k</source>
        <translation>Hela &amp;veckan</translation>
    </message>
    <message>
        <source>Show Saturday and Sunday too</source>
        <translation>Visa även lördag och söndag</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutorlärare:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Skola:</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>No tutor or school matches “{text}”.</source>
        <translation>Ingen tutorlärare eller skola motsvarar ”{text}”.</translation>
    </message>
    <message>
        <source>tutor {id}</source>
        <translation>tutorlärare {id}</translation>
    </message>
    <message>
        <source>Nothing planned in this period.</source>
        <translation>Inget är planerat under den här perioden.</translation>
    </message>
    <message>
        <source>Nothing planned matches “{text}”.</source>
        <translation>Inget planerat motsvarar ”{text}”.</translation>
    </message>
    <message>
        <source>Tutors shown: {shown} of {booked}</source>
        <translation>Tutorlärare som visas: {shown} av {booked}</translation>
    </message>
    <message>
        <source>Tutors with bookings: {booked}</source>
        <translation>Tutorlärare med bokningar: {booked}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Skolbesök</translation>
    </message>
    <message>
        <source>A day&apos;s number is its bookings; the darker the day, the more hours booked.</source>
        <translation>Dagens siffra är antalet bokningar; ju mörkare dagen är, desto fler timmar är bokade.</translation>
    </message>
    <message>
        <source>Click a name to see that tutor&apos;s week. Double-click a booking to open it, or empty time to plan a lesson there.</source>
        <translation>Klicka på ett namn för att se tutorlärarens vecka. Dubbelklicka på en bokning för att öppna den, eller på en tom tid för att planera ett utbildningstillfälle där.</translation>
    </message>
    <message>
        <source>Click a name to see that tutor&apos;s month, or a day to see their week.</source>
        <translation>Klicka på ett namn för att se tutorlärarens månad, eller på en dag för att se veckan.</translation>
    </message>
    <message>
        <source>Click a day to see its week.</source>
        <translation>Klicka på en dag för att se dess vecka.</translation>
    </message>
    <message>
        <source>Double-click an event to open it, or empty time to plan a lesson there.</source>
        <translation>Dubbelklicka på en händelse för att öppna den, eller på en tom tid för att planera ett utbildningstillfälle där.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Dec</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>Open {page}</source>
        <translation>Öppna sidan {page}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Open on the {page} page</source>
        <translation>Öppna på sidan {page}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation>Läs in allt på nytt</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Behöver din uppmärksamhet</translation>
    </message>
    <message>
        <source>This term</source>
        <translation>Denna termin</translation>
    </message>
    <message>
        <source>Enter the school year on the School calendar page to see how the term is going.</source>
        <translation>Lägg in läsåret på sidan Skolkalender för att se hur terminen framskrider.</translation>
    </message>
    <message>
        <source>No tutors in this term.</source>
        <translation>Inga tutorlärare den här terminen.</translation>
    </message>
    <message>
        <source>No teachers yet.</source>
        <translation>Inga lärare ännu.</translation>
    </message>
    <message>
        <source>Tutor hours used of allotted (the mark)</source>
        <translation>Tutorlärarnas använda timmar (markeringen = tilldelade timmar)</translation>
    </message>
    <message>
        <source>Teachers reached by lessons, least reached first</source>
        <translation>Lärare som nåtts av utbildningstillfällen per skola, minst nådda först</translation>
    </message>
    <message>
        <source>Visits done per month</source>
        <translation>Genomförda skolbesök per månad</translation>
    </message>
    <message>
        <source>Lesson attendances per month</source>
        <translation>Deltaganden i utbildningstillfällen per månad</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>I dag finns inget som kräver din insats.</translation>
    </message>
    <message>
        <source>Nothing yet: start with the steps above.</source>
        <translation>Inget ännu: börja med stegen ovan.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so Today shows what it last read. It reads again by itself when the server answers.</source>
        <translation>Servern kan inte nås, så sidan I dag visar det som senast lästes. Den läses på nytt av sig själv när servern svarar.</translation>
    </message>
    <message>
        <source>Getting started: what to do first</source>
        <translation>Kom igång: det här gör du först</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Gå till {page}</translation>
    </message>
    <message>
        <source>{term}: {first}–{last}</source>
        <translation>{term}: {first}–{last}</translation>
    </message>
    <message>
        <source>Tutor hours used of allotted (the mark); {n} % of the term has passed</source>
        <translation>Tutorlärarnas använda timmar (markeringen = tilldelade timmar); {n} % av terminen har gått</translation>
    </message>
    <message>
        <source>{share:.0f} % ({reached}/{teachers})</source>
        <translation>{share:.0f} % ({reached}/{teachers})</translation>
    </message>
    <message>
        <source>Choose a device to see its details and who has had it.</source>
        <translation>Välj en enhet för att se dess uppgifter och vem som har haft den.</translation>
    </message>
    <message>
        <source>{due}, overdue</source>
        <translation>{due}, försenad</translation>
    </message>
    <message>
        <source>Lent to {who} ({kind}) on {out}, due</source>
        <translation>Utlånad till {who} ({kind}) den {out}, förfallodag</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>ännu inte inventerad</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Never lent or reserved.</source>
        <translation>Aldrig utlånad eller reserverad.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Lån</translation>
    </message>
    <message>
        <source>out</source>
        <translation>utlånad</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>lost {day}</source>
        <translation>förkommen {day}</translation>
    </message>
    <message>
        <source>back {day}</source>
        <translation>återlämnad {day}</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation>Låna ut…</translation>
    </message>
    <message>
        <source>Lend the device to a tutor, teacher or school</source>
        <translation>Låna ut enheten till en tutorlärare, lärare eller skola</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Återlämna…</translation>
    </message>
    <message>
        <source>Check the device in</source>
        <translation>Registrera enheten som återlämnad</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Förnya lånet…</translation>
    </message>
    <message>
        <source>Give the loan a later due date</source>
        <translation>Ge lånet en senare förfallodag</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Reservera…</translation>
    </message>
    <message>
        <source>Keep the device for a borrower for a period to come</source>
        <translation>Reservera enheten åt en låntagare för en kommande period</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Markera som förkommen…</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>Skicka på reparation</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Kassera…</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Enhetskategorier…</translation>
    </message>
    <message>
        <source>Device categories and their loan periods</source>
        <translation>Enhetskategorier och deras lånetider</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>The device&apos;s label, its loan&apos;s handover form, or all the borrower holds</source>
        <translation>Enhetens etikett, lånets överlåtelseblankett eller allt som låntagaren har</translation>
    </message>
    <message>
        <source>Devices: {n}</source>
        <translation>Enheter: {n}</translation>
    </message>
    <message>
        <source>No devices here. Add one with “New device” (Ctrl+N), or choose another category or status.</source>
        <translation>Inga enheter här. Lägg till en med ”Ny enhet” (Ctrl+N) eller välj en annan kategori eller status.</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Endast försenade</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Visa kasserade</translation>
    </message>
    <message>
        <source>Show only devices that are {status}</source>
        <translation>Visa endast enheter med status ”{status}”</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the coming %n days.</source>
        <translation>
            <numerusform>Inga lån förfaller inom %n dag.</numerusform>
            <numerusform>Inga lån förfaller de kommande %n dagarna.</numerusform>
        </translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation>Inga lån är försenade.</translation>
    </message>
    <message>
        <source>Reservations: {n}</source>
        <translation>Reservationer: {n}</translation>
    </message>
    <message>
        <source>No active reservations. Reserve a device with “Reserve…”.</source>
        <translation>Inga aktiva reservationer. Reservera en enhet med ”Reservera…”.</translation>
    </message>
    <message>
        <source>To hand out today</source>
        <translation>Att lämna ut i dag</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>Lämna ut…</translation>
    </message>
    <message>
        <source>The borrower picks the device up: lend it</source>
        <translation>Låntagaren hämtar enheten: låna ut den</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>Avboka reservationen…</translation>
    </message>
    <message>
        <source>Loans: {n}</source>
        <translation>Lån: {n}</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hittad</translation>
    </message>
    <message>
        <source>The lost device turned up: it is available again</source>
        <translation>Den förkomna enheten har hittats: den är tillgänglig igen</translation>
    </message>
    <message>
        <source>The device is lost: end its loan</source>
        <translation>Enheten har kommit bort: avsluta lånet</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>Tillbaka från reparation</translation>
    </message>
    <message>
        <source>Asset label</source>
        <translation>Inventarieetikett</translation>
    </message>
    <message>
        <source>Handover form of the loan</source>
        <translation>Lånets överlåtelseblankett</translation>
    </message>
    <message>
        <source>Everything the borrower holds</source>
        <translation>Allt som låntagaren har</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>What would you like to print?</source>
        <translation>Vad vill du skriva ut?</translation>
    </message>
    <message>
        <source>{tag} is lost</source>
        <translation>{tag} har kommit bort</translation>
    </message>
    <message>
        <source>Its loan ends and its reservations are cancelled.</source>
        <translation>Lånet avslutas och enhetens reservationer avbokas.</translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation>Kassera enheten</translation>
    </message>
    <message>
        <source>Retire {tag}? It can no longer be lent or reserved, and its reservations are cancelled. It stays in the inventory under “Show retired”.</source>
        <translation>Vill du kassera {tag}? Den kan inte längre lånas ut eller reserveras, och dess reservationer avbokas. Den finns kvar i inventariet under ”Visa kasserade”.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Kassera</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Avboka reservationen</translation>
    </message>
    <message>
        <source>Cancel the reservation of {tag} for {who}, {first}–{last}? Tell the borrower.</source>
        <translation>Vill du avboka reservationen av {tag} för {who}, {first}–{last}? Meddela låntagaren.</translation>
    </message>
    <message>
        <source>Choose a lesson to see its tutors, place, audience and series.</source>
        <translation>Välj ett utbildningstillfälle för att se tutorlärare, plats, målgrupp och utbildningsserie.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ingen vald</translation>
    </message>
    <message>
        <source>No school listed yet</source>
        <translation>Inga skolor angivna ännu</translation>
    </message>
    <message>
        <source>{enrolled} enrolled, no limit</source>
        <translation>Anmälda: {enrolled}, ingen övre gräns</translation>
    </message>
    <message>
        <source>{enrolled} of {capacity} seats taken</source>
        <translation>{enrolled} av {capacity} platser tagna</translation>
    </message>
    <message>
        <source>{n} on the waitlist</source>
        <translation>på kölistan: {n}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Saved despite conflicts</source>
        <translation>Sparat trots krockar</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, sal {room}</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Ny utbildningsserie…</translation>
    </message>
    <message>
        <source>Plan a lesson that repeats, skipping breaks and holidays</source>
        <translation>Planera ett återkommande utbildningstillfälle; lov och helgdagar hoppas över</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Plan the same lesson a week later</source>
        <translation>Planera samma utbildningstillfälle en vecka senare</translation>
    </message>
    <message>
        <source>Cancel lesson…</source>
        <translation>Ställ in utbildningstillfället…</translation>
    </message>
    <message>
        <source>Enrollments…</source>
        <translation>Anmälningar…</translation>
    </message>
    <message>
        <source>Enroll teachers, see the waitlist and who moved up</source>
        <translation>Anmäl lärare, se kölistan och vem som har flyttats upp</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Närvaro…</translation>
    </message>
    <message>
        <source>Mark attendance and feedback after the lesson</source>
        <translation>Registrera närvaro och respons efter utbildningstillfället</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Informera…</translation>
    </message>
    <message>
        <source>An e-mail to schools or teachers about published lessons</source>
        <translation>E-post till skolor eller lärare om publicerade utbildningstillfällen</translation>
    </message>
    <message>
        <source>Publish the offer…</source>
        <translation>Publicera utbudet…</translation>
    </message>
    <message>
        <source>The published lessons of a period as a PDF, an intranet page and a calendar</source>
        <translation>Periodens publicerade utbildningstillfällen som PDF, intranätsida och kalender</translation>
    </message>
    <message>
        <source>Import sign-ups…</source>
        <translation>Importera anmälningar…</translation>
    </message>
    <message>
        <source>Take in the sign-ups or cancellations of a form exported to Excel</source>
        <translation>Importera anmälningar eller avbokningar från ett formulär som exporterats till Excel</translation>
    </message>
    <message>
        <source>Lessons: {n}</source>
        <translation>Utbildningstillfällen: {n}</translation>
    </message>
    <message>
        <source>No lessons here. Plan one with “New lesson” (Ctrl+N) or a repeating one with “New series…” (Ctrl+Alt+N), or choose another period.</source>
        <translation>Inga utbildningstillfällen här. Planera ett med ”Nytt utbildningstillfälle” (Ctrl+N) eller ett återkommande med ”Ny utbildningsserie…” (Ctrl+Alt+N), eller välj en annan period.</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Detta läsår</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Any tutor</source>
        <translation>Alla tutorlärare</translation>
    </message>
    <message>
        <source>Attendance to mark</source>
        <translation>Närvaro ej registrerad</translation>
    </message>
    <message>
        <source>Lessons that are over, with teachers enrolled and no attendance marked yet</source>
        <translation>Avslutade utbildningstillfällen med anmälda lärare där närvaron ännu inte har registrerats</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>“Attendance to mark” shows every lesson still to mark, whatever the period.</source>
        <translation>”Närvaro ej registrerad” visar alla utbildningstillfällen där närvaron ännu inte är registrerad, oberoende av vald period.</translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation>Ställ in utbildningstillfället</translation>
    </message>
    <message>
        <source>“{title}” on {when} is one of a series. Cancel this lesson only, or this and all the following ones? Enrollments are kept; tell the teachers enrolled.</source>
        <translation>”{title}” {when} ingår i en serie. Vill du ställa in endast detta utbildningstillfälle, eller detta och alla följande? Anmälningarna sparas; meddela de anmälda lärarna.</translation>
    </message>
    <message>
        <source>Cancel “{title}” on {when}? It stays in the list as cancelled, with its enrollments; tell the teachers enrolled.</source>
        <translation>Vill du ställa in ”{title}” {when}? Det står kvar i listan som inställt, med sina anmälningar; meddela de anmälda lärarna.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historik…</translation>
    </message>
    <message>
        <source>Every change of the selected record: when, which field, old and new</source>
        <translation>Alla ändringar i den valda posten: när, vilket fält, gammalt och nytt värde</translation>
    </message>
    <message>
        <source>Delete a cost entered by mistake</source>
        <translation>Ta bort en kostnad som förts in av misstag</translation>
    </message>
    <message>
        <source>No grants yet</source>
        <translation>Inga understöd ännu</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Understöd:</translation>
    </message>
    <message>
        <source>New grant…</source>
        <translation>Nytt understöd…</translation>
    </message>
    <message>
        <source>Edit grant…</source>
        <translation>Redigera understöd…</translation>
    </message>
    <message>
        <source>Archive grant</source>
        <translation>Arkivera understöd</translation>
    </message>
    <message>
        <source>By month…</source>
        <translation>Per månad…</translation>
    </message>
    <message>
        <source>Enter several costs…</source>
        <translation>För in flera kostnader…</translation>
    </message>
    <message>
        <source>Type several costs in the rows of a table and save them all at once</source>
        <translation>Skriv flera kostnader på raderna i en tabell och spara alla på en gång</translation>
    </message>
    <message>
        <source>Import costs…</source>
        <translation>Importera kostnader…</translation>
    </message>
    <message>
        <source>Take in the costs of an accounting export (.xlsx): all rows or, if a row has a problem, none</source>
        <translation>Importera kostnaderna i en export från bokföringen (.xlsx): alla rader eller, om någon rad har ett problem, ingen</translation>
    </message>
    <message>
        <source>Costs: {n}</source>
        <translation>Kostnader: {n}</translation>
    </message>
    <message>
        <source>Archive {name}? It is no longer offered here; its budget lines and costs are kept.</source>
        <translation>Arkivera {name}? Det visas inte längre här; dess budgetposter och kostnader sparas.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivera</translation>
    </message>
    <message>
        <source>Delete cost</source>
        <translation>Ta bort kostnad</translation>
    </message>
    <message>
        <source>Delete the cost of {amount} on {day}?</source>
        <translation>Ta bort kostnaden på {amount} den {day}?</translation>
    </message>
    <message>
        <source>Import costs from an accounting export</source>
        <translation>Importera kostnader från en export från bokföringen</translation>
    </message>
    <message>
        <source>Costs imported</source>
        <translation>Kostnaderna importerade</translation>
    </message>
    <message>
        <source>{n} costs were imported on {grant}.</source>
        <translation>{n} kostnader importerades på understödet {grant}.</translation>
    </message>
    <message>
        <source>No costs entered on this grant yet. Enter one with “New cost” (Ctrl+N).</source>
        <translation>Inga kostnader har förts in på detta understöd ännu. För in en med ”Ny kostnad” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No grants yet. Add the first one with “New grant…”.</source>
        <translation>Inga understöd ännu. Lägg till det första med ”Nytt understöd…”.</translation>
    </message>
    <message>
        <source>{first}–{last} · {amount}, {share} % of the costs · own share {own}</source>
        <translation>{first}–{last} · {amount}, {share} % av kostnaderna · självfinansieringsandel {own}</translation>
    </message>
    <message>
        <source>Costs spent {spent}, of which the grant pays {grant} and the own share {own} · committed {committed} · the grant&apos;s money left {left}</source>
        <translation>Genomförda kostnader {spent}, varav understödet betalar {grant} och självfinansieringsandelen {own} · bundet {committed} · kvar av understödet {left}</translation>
    </message>
    <message>
        <source>“{line}” is about to run over its budget.</source>
        <translation>”{line}” håller på att överskrida sin budget.</translation>
    </message>
    <message>
        <source>The period ends on {day} and the forecast leaves {left} of the grant unused.</source>
        <translation>Användningstiden slutar {day} och enligt prognosen blir {left} av understödet oanvänt.</translation>
    </message>
    <message>
        <source>Move forward</source>
        <translation>Flytta framåt</translation>
    </message>
    <message>
        <source>Move the candidate to the next step</source>
        <translation>Flytta den sökande till nästa steg</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Avslå…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Markera som återtagen</translation>
    </message>
    <message>
        <source>The candidate&apos;s steps with their dates</source>
        <translation>Den sökandes steg med datum</translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation>Inga ansökningsomgångar ännu</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Ansöknings&amp;omgång:</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Ny ansökningsomgång…</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Redigera ansökningsomgången…</translation>
    </message>
    <message>
        <source>Candidates: {n}</source>
        <translation>Sökande: {n}</translation>
    </message>
    <message>
        <source>{name} is now a tutor.</source>
        <translation>{name} är nu tutorlärare.</translation>
    </message>
    <message>
        <source>Withdraw candidate</source>
        <translation>Sökande återtar sin ansökan</translation>
    </message>
    <message>
        <source>Mark {name} as withdrawn from this round? Their history is kept, but they cannot move on in the round.</source>
        <translation>Vill du markera att {name} har återtagit sin ansökan i den här omgången? Historiken sparas, men personen kan inte gå vidare i omgången.</translation>
    </message>
    <message>
        <source>No recruitment rounds yet. Start one with “New round…”.</source>
        <translation>Inga ansökningsomgångar ännu. Starta en med ”Ny ansökningsomgång…”.</translation>
    </message>
    <message>
        <source>No candidates in this round yet. Add one with “New candidate” (Ctrl+N).</source>
        <translation>Inga sökande i den här omgången ännu. Lägg till en med ”Ny sökande” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No candidate of this round is at the step “{step}”.</source>
        <translation>Ingen sökande i den här omgången är i steget ”{step}”.</translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>Alla ({n})</translation>
    </message>
    <message>
        <source>{step} ({n})</source>
        <translation>{step} ({n})</translation>
    </message>
    <message>
        <source>opens {date}</source>
        <translation>öppnas {date}</translation>
    </message>
    <message>
        <source>open until {date}</source>
        <translation>öppen till {date}</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>stängdes {date}</translation>
    </message>
    <message>
        <source>{appointed} of {sought} tutors appointed</source>
        <translation>utsedda tutorlärare: {appointed} av {sought}</translation>
    </message>
    <message numerus="yes">
        <source>%n tutors appointed</source>
        <translation>
            <numerusform>utsedda tutorlärare: %n</numerusform>
            <numerusform>utsedda tutorlärare: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>→ {step}</source>
        <translation>→ {step}</translation>
    </message>
    <message>
        <source>One school for the period: key figures, a chart per month, visits, lessons and attendance, devices on loan and open requests. For its principal.</source>
        <translation>En skola under perioden: nyckeltal, ett diagram per månad, skolbesök, utbildningstillfällen och närvaro, utlånade enheter och öppna begäranden om besök. För skolans rektor.</translation>
    </message>
    <message>
        <source>The whole municipality for the period: hours per tutor against their allotment, visits and teachers reached per school, lessons per topic.</source>
        <translation>Hela staden under perioden: timmar per tutorlärare jämfört med tilldelade timmar, skolbesök och nådda lärare per skola, utbildningstillfällen per utbildningstema.</translation>
    </message>
    <message>
        <source>The inventory today, current loans and reservations; overdue loans are highlighted. It has no period.</source>
        <translation>Inventariet i dag, aktuella lån och reservationer; försenade lån är markerade. Rapporten har ingen period.</translation>
    </message>
    <message>
        <source>All schools into a folder</source>
        <translation>Alla skolor till en mapp</translation>
    </message>
    <message>
        <source>One school report per school, each file named after its school, so that every principal can be sent their own.</source>
        <translation>En skolrapport per skola, varje fil namngiven efter sin skola, så att varje rektor kan få sin egen.</translation>
    </message>
    <message>
        <source>One grant for its funder: the tutors, schools, teachers reached, lessons, visits and hours of its period, its costs by budget line, language unit and month, the own share and what is left, and every underlying row.</source>
        <translation>Ett understöd för finansiären: användningstidens tutorlärare, skolor, nådda lärare, utbildningstillfällen, skolbesök och timmar, kostnaderna per budgetpost, språkenhet och månad, självfinansieringsandelen och vad som återstår samt alla rader som siffrorna bygger på.</translation>
    </message>
    <message>
        <source>E-mails to principals with their reports</source>
        <translation>E-post till rektorerna med deras rapporter</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml) per principal, from the report cover template, with the school&apos;s report attached: open each in the mail program and send.</source>
        <translation>Ett e-postutkast (.eml) per rektor, från mallen för följebrevet, med skolans rapport bifogad: öppna vart och ett i e-postprogrammet och skicka.</translation>
    </message>
    <message>
        <source>e.g. Digital skills MOOC</source>
        <translation>t.ex. MOOC i digitala färdigheter</translation>
    </message>
    <message>
        <source>e.g. a university</source>
        <translation>t.ex. ett universitet</translation>
    </message>
    <message>
        <source>New training done elsewhere</source>
        <translation>Ny utbildning på annat håll</translation>
    </message>
    <message>
        <source>Edit {course}</source>
        <translation>Redigera: {course}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Ta bort…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Importera från Excel…</translation>
    </message>
    <message>
        <source>A list with the teacher (e-mail or name), course, provider, date and hours; all rows or none are saved</source>
        <translation>En lista med lärare (e-post eller namn), kurs, arrangör, datum och timmar; alla rader sparas eller ingen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Spara som Excel…</translation>
    </message>
    <message>
        <source>{name}, {school}: {lessons} lessons attended, {completed} trainings completed, {certificates} certificates, {elsewhere} courses elsewhere; {hours} hours of training in all.</source>
        <translation>{name}, {school}: deltagit i {lessons} utbildningstillfällen, slutfört {completed} utbildningar, {certificates} intyg, {elsewhere} kurser på annat håll; totalt {hours} timmar utbildning.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Choose the course in the list first.</source>
        <translation>Välj först kursen i listan.</translation>
    </message>
    <message>
        <source>Delete training done elsewhere</source>
        <translation>Ta bort utbildning på annat håll</translation>
    </message>
    <message>
        <source>Delete “{course}” from the training record? This cannot be undone.</source>
        <translation>Ta bort ”{course}” ur utbildningshistoriken? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>Training record {name}</source>
        <translation>Utbildningshistorik {name}</translation>
    </message>
    <message>
        <source>Save the training record</source>
        <translation>Spara utbildningshistoriken</translation>
    </message>
    <message>
        <source>The training record is in {path}.</source>
        <translation>Utbildningshistoriken finns i {path}.</translation>
    </message>
    <message>
        <source>Take in a list of schools, teachers or devices from an .xlsx file</source>
        <translation>Läs in en lista över skolor, lärare eller enheter från en .xlsx-fil</translation>
    </message>
    <message>
        <source>from</source>
        <translation>från</translation>
    </message>
    <message>
        <source>to</source>
        <translation>till</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Skriv för att söka</translation>
    </message>
    <message>
        <source>as on the certificate, e.g. Digital leap for teachers</source>
        <translation>som på intyget, t.ex. Lärarnas digisprång</translation>
    </message>
    <message>
        <source>Lesson series or lesson</source>
        <translation>Utbildningsserie eller utbildningstillfälle</translation>
    </message>
    <message>
        <source>Sessions to attend (%)</source>
        <translation>Tillfällen att delta i (%)</translation>
    </message>
    <message>
        <source>A late arrival counts as present</source>
        <translation>Försening räknas som närvaro</translation>
    </message>
    <message>
        <source>Every assignment handed in</source>
        <translation>Alla uppgifter inlämnade</translation>
    </message>
    <message>
        <source>Every peer review given</source>
        <translation>Alla kamratbedömningar gjorda</translation>
    </message>
    <message>
        <source>Peers who review each submission</source>
        <translation>Kamratbedömare per inlämning</translation>
    </message>
    <message>
        <source>Highest score of a review</source>
        <translation>Högsta vitsord i en kamratbedömning</translation>
    </message>
    <message>
        <source>on the certificate, e.g. City of Vantaa, Education services</source>
        <translation>på intyget, t.ex. Vanda stad, Fostran och lärande</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation>koordinatorns namn</translation>
    </message>
    <message>
        <source>Competence level it earns</source>
        <translation>Digital kompetensnivå som uppnås</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Ny utbildning</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Ingen nivå</translation>
    </message>
    <message>
        <source>No grants yet: add one on the Grants page</source>
        <translation>Inga understöd ännu: lägg till ett på sidan Understöd</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Rapp&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Skola</translation>
    </message>
    <message>
        <source>With the costs of the grants (what each budget line paid for the school)</source>
        <translation>Med understödens kostnader (vad varje budgetpost betalade för skolan)</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Understöd</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Spara so&amp;m</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Skapa</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v av %m</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Öppna filen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>School year {name}</source>
        <translation>Läsår {name}</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>Save &amp;in folder</source>
        <translation>Spara i &amp;mapp</translation>
    </message>
    <message>
        <source>{school} {period}</source>
        <translation>{school} {period}</translation>
    </message>
    <message>
        <source>Municipal summary {period}</source>
        <translation>Stadens sammandrag {period}</translation>
    </message>
    <message>
        <source>Device report {day}</source>
        <translation>Enhetsrapport {day}</translation>
    </message>
    <message>
        <source>Grant report {grant} {day}</source>
        <translation>Rapport om understöd {grant} {day}</translation>
    </message>
    <message>
        <source>E-mails to principals {period}</source>
        <translation>E-post till rektorerna {period}</translation>
    </message>
    <message>
        <source>School reports {period}</source>
        <translation>Skolrapporter {period}</translation>
    </message>
    <message>
        <source>Folder for the school reports</source>
        <translation>Mapp för skolrapporterna</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Välj var rapporten ska sparas.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}): correct the dates.</source>
        <translation>Perioden slutar ({last}) innan den börjar ({first}): rätta datumen.</translation>
    </message>
    <message>
        <source>Choose the school from the list.</source>
        <translation>Välj skolan i listan.</translation>
    </message>
    <message>
        <source>Choose the grant. Grants are added on the Grants page.</source>
        <translation>Välj understöd. Understöd läggs till på sidan Understöd.</translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation>Markera minst en skola.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Vill du ersätta filen?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} finns redan i {folder}. Vill du ersätta den?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <source>Writing the school reports…</source>
        <translation>Skapar skolrapporterna…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Skapar rapporten…</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Stoppar när filen som skrivs är klar…</translation>
    </message>
    <message>
        <source>Written {done} of {total} school reports…</source>
        <translation>Skolrapporter klara: {done} av {total}…</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Rapporten skapades inte.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Rapporten skapades inte</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n complete school reports were written to {folder}.</source>
        <translation>
            <numerusform>Avbrutet. %n färdig skolrapport sparades i {folder}.</numerusform>
            <numerusform>Avbrutet. %n färdiga skolrapporter sparades i {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school reports were written to {folder}.</source>
        <translation>
            <numerusform>%n skolrapport sparades i {folder}.</numerusform>
            <numerusform>%n skolrapporter sparades i {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts were written to {folder}.</source>
        <translation>
            <numerusform>%n e-postutkast sparades i {folder}.</numerusform>
            <numerusform>%n e-postutkast sparades i {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Rapporten sparades i {path}.</translation>
    </message>
    <message>
        <source>{path} could not be opened. Open it from your file manager.</source>
        <translation>{path} kunde inte öppnas. Öppna den i filhanteraren.</translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation>Skanna eller skriv ett inventarienummer och tryck Enter</translation>
    </message>
    <message>
        <source>Print handover form…</source>
        <translation>Skriv ut överlåtelseblankett…</translation>
    </message>
    <message>
        <source>The form the borrower signs, for the devices just lent to them</source>
        <translation>Blanketten som låntagaren skriver under för enheterna som just lånats ut</translation>
    </message>
    <message>
        <source>Bulk check-in</source>
        <translation>Massåterlämning</translation>
    </message>
    <message>
        <source>Every device scanned that is on loan is checked in at once; nothing is lent out</source>
        <translation>Varje skannad utlånad enhet registreras genast som återlämnad; inget lånas ut</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Skriv ett namn och tryck Enter</translation>
    </message>
    <message>
        <source>as recorded on the device</source>
        <translation>enligt enhetens uppgifter</translation>
    </message>
    <message>
        <source>Lend (Enter)</source>
        <translation>Låna ut (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Den här sessionen</translation>
    </message>
    <message>
        <source>Still out: {n}</source>
        <translation>Fortfarande utlånade: {n}</translation>
    </message>
    <message>
        <source>Every device is back.</source>
        <translation>Alla enheter är återlämnade.</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Fortfarande utlånade</translation>
    </message>
    <message>
        <source>{tag} is not on loan: nothing to check in. ({state})</source>
        <translation>{tag} är inte utlånad: inget att återlämna. ({state})</translation>
    </message>
    <message>
        <source>Returned: {tag} (from {who})</source>
        <translation>Återlämnad: {tag} (från {who})</translation>
    </message>
    <message>
        <source>Handed over: {tag} to {who} as reserved, due {due}</source>
        <translation>Utlämnad enligt reservationen: {tag} till {who}, förfallodag {due}</translation>
    </message>
    <message>
        <source>Lend {tag} — {what}</source>
        <translation>Låna ut {tag} — {what}</translation>
    </message>
    <message>
        <source>{tag} is available: choose the borrower and press Enter.</source>
        <translation>{tag} är tillgänglig: välj låntagare och tryck Enter.</translation>
    </message>
    <message>
        <source>Lent: {tag} to {who}, due {due}</source>
        <translation>Utlånad: {tag} till {who}, förfallodag {due}</translation>
    </message>
    <message>
        <source>Nothing lent: {tag} stays available.</source>
        <translation>Inget utlånat: {tag} förblir tillgänglig.</translation>
    </message>
    <message>
        <source>Choose the borrower: no {kind} matches “{text}”.</source>
        <translation>Välj låntagare: ingen {kind} matchar ”{text}”.</translation>
    </message>
    <message>
        <source>Print handover form ({n})…</source>
        <translation>Skriv ut överlåtelseblankett ({n})…</translation>
    </message>
    <message>
        <source>Device handover</source>
        <translation>Överlåtelse av enheter</translation>
    </message>
    <message>
        <source>Bulk check-in: every device scanned that is on loan is checked in. Nothing is lent out until you switch this off.</source>
        <translation>Massåterlämning: varje skannad utlånad enhet registreras som återlämnad. Inget lånas ut förrän du stänger av det här.</translation>
    </message>
    <message>
        <source>Came back: {n}</source>
        <translation>Återlämnade: {n}</translation>
    </message>
    <message>
        <source>New school year…</source>
        <translation>Nytt läsår…</translation>
    </message>
    <message>
        <source>Create a school year with the usual Finnish terms and breaks</source>
        <translation>Skapa ett läsår med de vanliga finländska terminerna och loven</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Läsår:</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <source>School days</source>
        <translation>Skoldagar</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Lov</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Redigera termin</translation>
    </message>
    <message>
        <source>New break</source>
        <translation>Nytt lov</translation>
    </message>
    <message>
        <source>Edit break</source>
        <translation>Redigera lov</translation>
    </message>
    <message>
        <source>Delete break</source>
        <translation>Ta bort lov</translation>
    </message>
    <message>
        <source>There is no school year yet. Create the first one: it gets the usual Finnish terms and breaks, which you can then adjust to your municipality.</source>
        <translation>Det finns inget läsår ännu. Skapa det första: det får de vanliga finländska terminerna och loven, som du sedan kan anpassa till din kommun.</translation>
    </message>
    <message numerus="yes">
        <source>{starts} – {ends} · %n school days</source>
        <translation>
            <numerusform>{starts} – {ends} · %n skoldag</numerusform>
            <numerusform>{starts} – {ends} · %n skoldagar</numerusform>
        </translation>
    </message>
    <message>
        <source>closed: its lessons, visits and loans are read, not changed</source>
        <translation>stängt: utbildningstillfällen, skolbesök och lån kan läsas, inte ändras</translation>
    </message>
    <message>
        <source>Reopen school year</source>
        <translation>Öppna läsåret igen</translation>
    </message>
    <message>
        <source>Close school year…</source>
        <translation>Stäng läsåret…</translation>
    </message>
    <message>
        <source>Keep the year&apos;s lessons, visits and loans for every report, and stop them from being changed</source>
        <translation>Behåll läsårets utbildningstillfällen, skolbesök och lån för alla rapporter och hindra att de ändras</translation>
    </message>
    <message>
        <source>Breaks ({n})</source>
        <translation>Lov ({n})</translation>
    </message>
    <message>
        <source>Close school year</source>
        <translation>Stäng läsåret</translation>
    </message>
    <message>
        <source>Close the school year {name}? Its lessons, visits and loans stay in every list and report but can no longer be changed. You can reopen it here.</source>
        <translation>Stänga läsåret {name}? Dess utbildningstillfällen, skolbesök och lån finns kvar i alla listor och rapporter men kan inte längre ändras. Du kan öppna läsåret igen här.</translation>
    </message>
    <message>
        <source>Delete the break “{name}” ({starts} – {ends})? Its days become school days again.</source>
        <translation>Vill du ta bort lovet ”{name}” ({starts} – {ends})? Dagarna blir skoldagar igen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Show the teachers of this school</source>
        <translation>Visa skolans lärare</translation>
    </message>
    <message>
        <source>ICT situation…</source>
        <translation>IKT-läge…</translation>
    </message>
    <message>
        <source>Devices, platforms, network and the needs noticed at this school</source>
        <translation>Skolans enheter, plattformar, nätverk och noterade behov</translation>
    </message>
    <message>
        <source>Import an ICT survey…</source>
        <translation>Importera en IKT-enkät…</translation>
    </message>
    <message>
        <source>Take in the schools&apos; answers to an ICT survey exported to Excel from Microsoft Forms, Google Forms or Webropol</source>
        <translation>Importera skolornas svar på en IKT-enkät som exporterats till Excel från Microsoft Forms, Google Forms eller Webropol</translation>
    </message>
    <message>
        <source>No schools yet. Add the first one with “New school” (Ctrl+N).</source>
        <translation>Inga skolor ännu. Lägg till den första med ”Ny skola” (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n teachers. Archiving the school hides it and its teachers from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>
            <numerusform>{name} har %n lärare. Om skolan arkiveras döljs den och dess lärare i listor och val. Inget tas bort; du kan återställa den senare.</numerusform>
            <numerusform>{name} har %n lärare. Om skolan arkiveras döljs den och dess lärare i listor och val. Inget tas bort; du kan återställa den senare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving hides {name} from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>Arkivering döljer {name} i listor och val. Inget tas bort; du kan återställa den senare.</translation>
    </message>
    <message>
        <source>Archive school</source>
        <translation>Arkivera skola</translation>
    </message>
    <message>
        <source>Import an ICT survey</source>
        <translation>Importera en IKT-enkät</translation>
    </message>
    <message>
        <source>Survey imported</source>
        <translation>Enkäten importerad</translation>
    </message>
    <message>
        <source>The answers of {n} schools were recorded.</source>
        <translation>Skolornas svar registrerades: {n}.</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Vår</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Höst</translation>
    </message>
    <message>
        <source>Start stock-take…</source>
        <translation>Starta inventering…</translation>
    </message>
    <message>
        <source>Close stock-take…</source>
        <translation>Avsluta inventering…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Skriv ut etiketter…</translation>
    </message>
    <message>
        <source>Asset labels with QR codes, 24 on an A4 sheet</source>
        <translation>Inventarieetiketter med QR-koder, 24 på ett A4-ark</translation>
    </message>
    <message>
        <source>Labels as PDF…</source>
        <translation>Etiketter som PDF…</translation>
    </message>
    <message>
        <source>Last holder</source>
        <translation>Senaste innehavare</translation>
    </message>
    <message>
        <source>Tick as found</source>
        <translation>Markera som hittad</translation>
    </message>
    <message>
        <source>Mark the chosen devices as seen without scanning</source>
        <translation>Markera de valda enheterna som inventerade utan att skanna</translation>
    </message>
    <message>
        <source>Not found after all</source>
        <translation>Ändå inte hittad</translation>
    </message>
    <message>
        <source>Untick the chosen device: it goes back on the list of devices not seen</source>
        <translation>Avmarkera den valda enheten: den går tillbaka till listan över enheter som inte inventerats</translation>
    </message>
    <message>
        <source>Found in this session</source>
        <translation>Hittade under den här sessionen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Attendance and competence</source>
        <translation>Närvaro och kompetens</translation>
    </message>
    <message>
        <source>Scan desk</source>
        <translation>Utlåningsdisk</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Inventering</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Inventerade enheter</translation>
    </message>
    <message>
        <source>Stock-takes</source>
        <translation>Inventeringar</translation>
    </message>
    <message>
        <source>“{name}” is still open: close it before starting another.</source>
        <translation>”{name}” pågår fortfarande: avsluta den innan du startar en ny.</translation>
    </message>
    <message>
        <source>Start a stock-take</source>
        <translation>Starta en inventering</translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation>t.ex. Vår 2027</translation>
    </message>
    <message>
        <source>Scan every device you find, or tick it in the list.</source>
        <translation>Skanna varje enhet du hittar, eller markera den i listan.</translation>
    </message>
    <message>
        <source>Close “{name}”? {seen} of {expected} devices were seen.</source>
        <translation>Vill du avsluta ”{name}”? {seen} av {expected} enheter har inventerats.</translation>
    </message>
    <message>
        <source>{n} not seen stay listed with their last holder.</source>
        <translation>Enheter som inte inventerats ({n}) står kvar i listan med sin senaste innehavare.</translation>
    </message>
    <message>
        <source>Close stock-take</source>
        <translation>Avsluta inventering</translation>
    </message>
    <message>
        <source>Start a stock-take first.</source>
        <translation>Starta först en inventering.</translation>
    </message>
    <message>
        <source>{tag} was already ticked.</source>
        <translation>{tag} är redan markerad.</translation>
    </message>
    <message>
        <source>It is recorded as on loan: check it in on the Scan desk if it is back.</source>
        <translation>Den är registrerad som utlånad: registrera återlämningen på sidan Utlåningsdisk om den har kommit tillbaka.</translation>
    </message>
    <message>
        <source>It is recorded as lost: mark it found on the Devices page.</source>
        <translation>Den är registrerad som förkommen: markera den som hittad på sidan Enheter.</translation>
    </message>
    <message>
        <source>It is recorded as retired.</source>
        <translation>Den är registrerad som kasserad.</translation>
    </message>
    <message>
        <source>Found: {tag} — {what}</source>
        <translation>Hittad: {tag} — {what}</translation>
    </message>
    <message>
        <source>{name} — started {day}</source>
        <translation>{name} — startad {day}</translation>
    </message>
    <message>
        <source>No stock-take is open. Start one, then scan every device you find.</source>
        <translation>Ingen inventering pågår. Starta en och skanna sedan varje enhet du hittar.</translation>
    </message>
    <message>
        <source>{seen} of {expected} seen</source>
        <translation>{seen} av {expected} inventerade</translation>
    </message>
    <message>
        <source>never lent</source>
        <translation>aldrig utlånad</translation>
    </message>
    <message>
        <source>Devices not seen</source>
        <translation>Enheter som inte inventerats</translation>
    </message>
    <message>
        <source>Not seen in {name}: {n}</source>
        <translation>Inte inventerade i ”{name}”: {n}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>Chosen rows ({n})</source>
        <translation>Valda rader ({n})</translation>
    </message>
    <message>
        <source>Not seen ({n})</source>
        <translation>Inte inventerade ({n})</translation>
    </message>
    <message>
        <source>All devices ({n})</source>
        <translation>Alla enheter ({n})</translation>
    </message>
    <message>
        <source>Labels for which devices? 24 fit on a sheet.</source>
        <translation>Etiketter för vilka enheter? 24 ryms på ett ark.</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Skriv ut etiketter</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Inventarieetiketter</translation>
    </message>
    <message>
        <source>Labels as PDF</source>
        <translation>Etiketter som PDF</translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation>inventarieetiketter.pdf</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparad: {path}</translation>
    </message>
    <message>
        <source>Move to school…</source>
        <translation>Flytta till skola…</translation>
    </message>
    <message>
        <source>Training record…</source>
        <translation>Utbildningshistorik…</translation>
    </message>
    <message>
        <source>The lessons, trainings, certificates and training done elsewhere of the teacher, with totals per school year</source>
        <translation>Lärarens utbildningstillfällen, utbildningar, intyg och utbildning på annat håll, med summor per läsår</translation>
    </message>
    <message>
        <source>Competence level…</source>
        <translation>Digital kompetensnivå…</translation>
    </message>
    <message>
        <source>The teacher&apos;s digital-competence levels, and a new assessment</source>
        <translation>Lärarens digitala kompetensnivåer och en ny bedömning</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Exportera personuppgifter…</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about the teacher, as a workbook</source>
        <translation>Allt som CoachDesk har sparat om läraren, som en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Radera personuppgifter…</translation>
    </message>
    <message>
        <source>Remove the teacher&apos;s personal data; anonymous counts stay</source>
        <translation>Ta bort lärarens personuppgifter; anonym statistik finns kvar</translation>
    </message>
    <message>
        <source>No teachers here yet. Add one with “New teacher” (Ctrl+N).</source>
        <translation>Inga lärare här ännu. Lägg till en med ”Ny lärare” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Archive teacher</source>
        <translation>Arkivera lärare</translation>
    </message>
    <message>
        <source>Archiving hides {name} from lists and choices. Nothing is deleted; you can restore them later.</source>
        <translation>Arkivering döljer {name} i listor och val. Inget tas bort; du kan återställa personen senare.</translation>
    </message>
    <message>
        <source>Open materials</source>
        <translation>Öppna materialet</translation>
    </message>
    <message>
        <source>Open the topic&apos;s materials in the web browser</source>
        <translation>Öppna utbildningstemats material i webbläsaren</translation>
    </message>
    <message>
        <source>Topics: {n}</source>
        <translation>Utbildningsteman: {n}</translation>
    </message>
    <message>
        <source>No topics yet. Add the first one with “New topic” (Ctrl+N).</source>
        <translation>Inga utbildningsteman ännu. Lägg till det första med ”Nytt utbildningstema” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <source>A school level also shows the topics for everyone</source>
        <translation>Ett skolstadium visar också de teman som är avsedda för alla</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>The link {url} could not be opened. Check that a web browser is installed, or copy the link.</source>
        <translation>Länken {url} kunde inte öppnas. Kontrollera att en webbläsare är installerad, eller kopiera länken.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutors</source>
        <translation>
            <numerusform>%n tutorlärare</numerusform>
            <numerusform>%n tutorlärare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned lessons</source>
        <translation>
            <numerusform>%n planerat utbildningstillfälle</numerusform>
            <numerusform>%n planerade utbildningstillfällen</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is used by {tutors} (a strength) and {lessons}. Archiving hides the topic from choices; they keep it. Nothing is deleted; you can restore it later.</source>
        <translation>{name} används av {tutors} (som kompetensområde) och {lessons}. Arkivering döljer temat i valen; de behåller det. Inget tas bort; du kan återställa det senare.</translation>
    </message>
    <message>
        <source>No tutor or planned lesson uses {name}. Archiving hides it from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>Ingen tutorlärare eller planerat utbildningstillfälle använder {name}. Arkivering döljer det i listor och val. Inget tas bort; du kan återställa det senare.</translation>
    </message>
    <message>
        <source>Archive topic</source>
        <translation>Arkivera utbildningstema</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>The agreement ends on {day}: renew it or let it end.</source>
        <translation>Tutoravtalet upphör {day}: förnya det eller låt det upphöra.</translation>
    </message>
    <message>
        <source>The agreement ended on {day}.</source>
        <translation>Tutoravtalet upphörde {day}.</translation>
    </message>
    <message>
        <source>Choose a tutor to see their released time, hours, strengths and schools.</source>
        <translation>Välj en tutorlärare för att se tid för tutorverksamhet, timmar, kompetensområden och skolor.</translation>
    </message>
    <message>
        <source>home school {school}</source>
        <translation>stamskola {school}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Tutoravtal</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n days</source>
        <translation>
            <numerusform>upphör om %n dygn</numerusform>
            <numerusform>upphör om %n dygn</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Upphört</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Använt</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Tilldelat</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Inga registrerade ännu</translation>
    </message>
    <message>
        <source>Own school only: {school}</source>
        <translation>Endast egen skola: {school}</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Inga valda ännu</translation>
    </message>
    <message>
        <source>Strengths…</source>
        <translation>Kompetensområden…</translation>
    </message>
    <message>
        <source>Schools served…</source>
        <translation>Betjänade skolor…</translation>
    </message>
    <message>
        <source>End agreement…</source>
        <translation>Avsluta tutoravtal…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exportera kalender (.ics)…</translation>
    </message>
    <message>
        <source>The tutor&apos;s visits and lessons in the chosen term, for their calendar</source>
        <translation>Tutorlärarens skolbesök och utbildningstillfällen under den valda terminen, för tutorns kalender</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about the tutor, as a workbook</source>
        <translation>Allt som CoachDesk har sparat om tutorläraren, som en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Remove the tutor&apos;s personal data; visits, lessons and hours stay</source>
        <translation>Ta bort tutorlärarens personuppgifter; skolbesök, utbildningstillfällen och timmar finns kvar</translation>
    </message>
    <message>
        <source>Tutors: {n}</source>
        <translation>Tutorlärare: {n}</translation>
    </message>
    <message>
        <source>No tutors here yet. Add one with “New tutor” (Ctrl+N), or appoint a candidate on the Recruitment page.</source>
        <translation>Inga tutorlärare här ännu. Lägg till en med ”Ny tutorlärare” (Ctrl+N) eller utse en sökande på sidan Rekrytering.</translation>
    </message>
    <message>
        <source>Allotted in the term</source>
        <translation>Tilldelat under terminen</translation>
    </message>
    <message>
        <source>The period of “Hours used” in the list and the detail</source>
        <translation>Perioden för ”Använda timmar” i listan och detaljvyn</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alla typer</translation>
    </message>
    <message>
        <source>any topic</source>
        <translation>alla teman</translation>
    </message>
    <message>
        <source>Current agreements only</source>
        <translation>Endast gällande avtal</translation>
    </message>
    <message>
        <source>Hours used in</source>
        <translation>Använda timmar under</translation>
    </message>
    <message>
        <source>Strong in</source>
        <translation>Kompetensområde</translation>
    </message>
    <message>
        <source>Choose a visit to see its tutor, topics, request or series, and log.</source>
        <translation>Välj ett skolbesök för att se tutorlärare, utbildningsteman, begäran eller serie samt besöksanteckning.</translation>
    </message>
    <message>
        <source>Asked by {who} on {day} · {status}</source>
        <translation>Begärt av {who} den {day} · {status}</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Återkommande</translation>
    </message>
    <message>
        <source>Booked despite conflicts</source>
        <translation>Bokat trots krockar</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers reached</source>
        <translation>
            <numerusform>Nådda lärare: %n</numerusform>
            <numerusform>Nådda lärare: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{h} h spent</source>
        <translation>Använd tid: {h} h</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Besöksanteckning</translation>
    </message>
    <message>
        <source>Not logged yet: Log visit… (Ctrl+L)</source>
        <translation>Inte antecknat ännu: Anteckna besöket… (Ctrl+L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The least time between a tutor&apos;s visits at different schools; bookings closer are warned of.</source>
        <translation>Minsta tid mellan en tutorlärares besök i olika skolor; för tätt bokade besök ger en varning.</translation>
    </message>
    <message>
        <source>Travel buffer:</source>
        <translation>Restid:</translation>
    </message>
    <message>
        <source>Record a school&apos;s request</source>
        <translation>Registrera en skolas begäran om besök</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Redigera begäran</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Annullera begäran</translation>
    </message>
    <message>
        <source>Propose tutors…</source>
        <translation>Föreslå tutorlärare…</translation>
    </message>
    <message>
        <source>Tutors ranked for the request, with their earliest free slots</source>
        <translation>Tutorlärare rangordnade för begäran, med deras tidigaste lediga tider</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>Importera begäranden…</translation>
    </message>
    <message>
        <source>Take in the answers of a request form exported to Excel</source>
        <translation>Importera svaren från ett formulär för begäranden om besök som exporterats till Excel</translation>
    </message>
    <message>
        <source>Requests: {n}</source>
        <translation>Begäranden: {n}</translation>
    </message>
    <message>
        <source>No open requests. Record one with “New request” (Ctrl+Shift+R).</source>
        <translation>Inga öppna begäranden. Registrera en med ”Ny begäran om besök” (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Show done and cancelled</source>
        <translation>Visa utförda och annullerade</translation>
    </message>
    <message>
        <source>Tutors&apos; visits</source>
        <translation>Tutorlärarnas skolbesök</translation>
    </message>
    <message>
        <source>Recurring visits…</source>
        <translation>Återkommande skolbesök…</translation>
    </message>
    <message>
        <source>Book a visit that repeats, skipping breaks and conflicts</source>
        <translation>Boka ett återkommande skolbesök; lov och krockar hoppas över</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Flytta…</translation>
    </message>
    <message>
        <source>Move the visit or change its tutor, topics, notes</source>
        <translation>Flytta besöket eller ändra tutorlärare, utbildningsteman eller anteckningar</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>Anteckna besöket…</translation>
    </message>
    <message>
        <source>Record what the visit achieved</source>
        <translation>Anteckna vad besöket åstadkom</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Ställ in skolbesöket…</translation>
    </message>
    <message>
        <source>Send confirmation…</source>
        <translation>Skicka bekräftelse…</translation>
    </message>
    <message>
        <source>An e-mail confirming the visit to the school or the tutor</source>
        <translation>E-post som bekräftar besöket för skolan eller tutorläraren</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)…</source>
        <translation>Lägg till i kalendern (.ics)…</translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation>Skolbesök: {n}</translation>
    </message>
    <message>
        <source>No visits here. Book one with “New visit” (Ctrl+N), from a request with “Propose tutors…” (Ctrl+P), or choose another period.</source>
        <translation>Inga skolbesök här. Boka ett med ”Nytt skolbesök” (Ctrl+N), utgående från en begäran med ”Föreslå tutorlärare…” (Ctrl+P), eller välj en annan period.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>the visit to {school} on {when}</source>
        <translation>skolbesöket i {school} {when}</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Ställ in skolbesöket</translation>
    </message>
    <message>
        <source>Cancel {what}? It is one of a recurring series: cancel this visit only, or this and all the following ones? Tell the school.</source>
        <translation>Vill du ställa in {what}? Det ingår i en återkommande serie: ställ in endast detta besök, eller detta och alla följande? Meddela skolan.</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Endast detta besök</translation>
    </message>
    <message>
        <source>Cancel {what}? It stays in the list as cancelled; tell the school.</source>
        <translation>Vill du ställa in {what}? Det står kvar i listan som inställt; meddela skolan.</translation>
    </message>
    <message>
        <source>Cancel the request of {school}? Visits already booked for it stay booked.</source>
        <translation>Vill du annullera begäran från {school}? Skolbesök som redan har bokats för den förblir bokade.</translation>
    </message>
    <message>
        <source>Could not write {path}. Choose a folder you can write to and close the file if another program has it open.</source>
        <translation>Det gick inte att skriva {path}. Välj en mapp som du har skrivrätt till och stäng filen om ett annat program har den öppen.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Skrivaren kunde inte startas. Kontrollera att den är påslagen och försök igen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Till vem</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Alla skolor</translation>
    </message>
    <message>
        <source>The school&apos;s teaching language</source>
        <translation>Skolans undervisningsspråk</translation>
    </message>
    <message>
        <source>e.g. By e-mail to the ICT coordinator by the Friday before</source>
        <translation>t.ex. Per e-post till IKT-koordinatorn senast fredagen innan</translation>
    </message>
    <message>
        <source>Publish the offer</source>
        <translation>Publicera utbudet</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Publicera…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>The offer is ready to share:
{pdf} to print or send,
{page} for the intranet,
{calendar} for teachers&apos; calendars.</source>
        <translation>Utbudet är klart att dela:
{pdf} att skriva ut eller skicka,
{page} för intranätet,
{calendar} för lärarnas kalendrar.</translation>
    </message>
    <message>
        <source>Devices held</source>
        <translation>Enheter hos låntagaren</translation>
    </message>
    <message>
        <source>Choose the devices to print labels for.</source>
        <translation>Välj de enheter som etiketterna ska skrivas ut för.</translation>
    </message>
    <message>
        <source>Kit of {n}</source>
        <translation>Sats om {n} delar</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Sida {n}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Utskriven {day}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Namnförtydligande</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>Ort och datum</translation>
    </message>
    <message>
        <source>That loan no longer exists.</source>
        <translation>Lånet finns inte längre.</translation>
    </message>
    <message>
        <source>A handover form is for one borrower&apos;s loans.</source>
        <translation>En överlåtelseblankett gäller en enda låntagares lån.</translation>
    </message>
    <message>
        <source>{model} (kit of {n})</source>
        <translation>{model} (sats om {n} delar)</translation>
    </message>
    <message>
        <source>Device handover — {who}</source>
        <translation>Överlåtelse av enheter — {who}</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Ska återlämnas senast</translation>
    </message>
    <message>
        <source>Loan number</source>
        <translation>Lånenummer</translation>
    </message>
    <message>
        <source>Devices ({n})</source>
        <translation>Enheter ({n})</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Lånevillkor</translation>
    </message>
    <message>
        <source>The borrower looks after the devices listed above, uses them for the programme&apos;s work and returns them with their chargers, cases and accessories by the due date, or earlier when asked. Loss, theft or damage is reported to the ICT coordinator at once. The devices are not lent on to anyone else without the coordinator&apos;s consent. Data on a device is the borrower&apos;s responsibility; devices are reset when they come back.</source>
        <translation>Låntagaren tar hand om enheterna ovan, använder dem i tutorlärarverksamhetens arbete och återlämnar dem med laddare, fodral och tillbehör senast på förfallodagen, eller tidigare på begäran. Förlust, stöld eller skada anmäls genast till IKT-koordinatorn. Enheterna lånas inte vidare till någon annan utan koordinatorns samtycke. Låntagaren ansvarar för data på enheten; enheterna återställs när de lämnas tillbaka.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Överlämnat</translation>
    </message>
    <message>
        <source>For the programme (lender)</source>
        <translation>För tutorlärarverksamheten (utlånare)</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>Skick vid återlämning</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Mottaget av</translation>
    </message>
    <message>
        <source>Devices held by {name}</source>
        <translation>Enheter hos {name}</translation>
    </message>
    <message>
        <source>On loan now</source>
        <translation>Utlånade nu</translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation>, varav försenade: {n}</translation>
    </message>
    <message>
        <source>On loan ({n})</source>
        <translation>Utlånade ({n})</translation>
    </message>
    <message>
        <source>Nothing is on loan.</source>
        <translation>Inget är utlånat.</translation>
    </message>
    <message>
        <source>Reserved ({n})</source>
        <translation>Reserverade ({n})</translation>
    </message>
    <message>
        <source>Checked together</source>
        <translation>Kontrollerat tillsammans</translation>
    </message>
    <message>
        <source>For the programme</source>
        <translation>För tutorlärarverksamheten</translation>
    </message>
    <message>
        <source>({m} min)</source>
        <translation>({m} min)</translation>
    </message>
    <message>
        <source>({h} h {m:02d} min)</source>
        <translation>({h} h {m:02d} min)</translation>
    </message>
    <message>
        <source>Reload their values</source>
        <translation>Läs in deras värden</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Behåll mina värden</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorisk</translation>
    </message>
    <message>
        <source>The form shows the record as it is now.</source>
        <translation>Formuläret visar nu posten som den är just nu.</translation>
    </message>
    <message>
        <source>Your values are kept: Save replaces the other change with them.</source>
        <translation>Dina värden behålls: Spara ersätter den andras ändring med dem.</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Filtrera… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Inget matchar ”{text}”.</translation>
    </message>
    <message>
        <source>Wk</source>
        <translation>V.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n till</numerusform>
            <numerusform>+%n till</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on days</source>
        <translation>Varje vecka på valda dagar</translation>
    </message>
    <message>
        <source>Monthly on the Nth weekday</source>
        <translation>Varje månad på en viss veckodag</translation>
    </message>
    <message>
        <source>Hours per week, no fixed days</source>
        <translation>Timmar per vecka, inga fasta dagar</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>varje vecka</translation>
    </message>
    <message>
        <source>every other week</source>
        <translation>varannan vecka</translation>
    </message>
    <message>
        <source>every third week</source>
        <translation>var tredje vecka</translation>
    </message>
    <message>
        <source>every fourth week</source>
        <translation>var fjärde vecka</translation>
    </message>
    <message>
        <source>The</source>
        <translation>Varje</translation>
    </message>
    <message>
        <source>of each month</source>
        <translation>i månaden</translation>
    </message>
    <message>
        <source>until</source>
        <translation>till</translation>
    </message>
    <message>
        <source>e.g. 7,5</source>
        <translation>t.ex. 7,5</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Upprepningsmönster</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Recorded plan</source>
        <translation>Sparad plan</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>I ord</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Som den sparats</translation>
    </message>
    <message>
        <source>Tick the days the tutor is released from teaching.</source>
        <translation>Markera de dagar då tutorläraren är befriad från undervisning.</translation>
    </message>
    <message>
        <source>Give the number of hours per week.</source>
        <translation>Ange antalet timmar per vecka.</translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <translation>Markera minst en dag.</translation>
    </message>
    <message>
        <source>{plan} · {hours} h a week</source>
        <translation>{plan} · {hours} h i veckan</translation>
    </message>
    <message>
        <source>{plan} · {hours} h a month</source>
        <translation>{plan} · {hours} h i månaden</translation>
    </message>
    <message>
        <source>{plan}. Choose another pattern to change it.</source>
        <translation>{plan}. Välj ett annat upprepningsmönster för att ändra det.</translation>
    </message>
    <message>
        <source>{who} is booked elsewhere</source>
        <translation>{who} är bokad på annat håll</translation>
    </message>
    <message>
        <source>the place is taken</source>
        <translation>platsen är upptagen</translation>
    </message>
    <message>
        <source>a break</source>
        <translation>lov</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>helgdag</translation>
    </message>
    <message>
        <source>outside released time</source>
        <translation>utanför tiden för tutorverksamhet</translation>
    </message>
    <message>
        <source>too little travel time</source>
        <translation>för kort restid</translation>
    </message>
    <message>
        <source>no hours left this term</source>
        <translation>inga timmar kvar denna termin</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Upprepning</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>{day} — skipped: {conflict}</source>
        <translation>{day} — hoppas över: {conflict}</translation>
    </message>
    <message>
        <source>{day} — {conflict}</source>
        <translation>{day} — {conflict}</translation>
    </message>
    <message>
        <source>{day} — {reason}</source>
        <translation>{day} — {reason}</translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation>Hoppas över: {reason}</translation>
    </message>
    <message>
        <source>School year {first}–{last}</source>
        <translation>Läsår {first}–{last}</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of school CoachDesk knows; write one of: {words}.</source>
        <translation>”{value}” är ingen skoltyp som CoachDesk känner till; skriv något av följande: {words}.</translation>
    </message>
    <message>
        <source>“{value}” is not a teaching language CoachDesk knows; write one of: {words}.</source>
        <translation>”{value}” är inget undervisningsspråk som CoachDesk känner till; skriv något av följande: {words}.</translation>
    </message>
    <message>
        <source>The backup was not restored: the personal data erased since it was made could not be erased from it ({reason}). Nothing was changed.</source>
        <translation>Säkerhetskopian återställdes inte: de personuppgifter som raderats efter att den gjordes kunde inte raderas ur den ({reason}). Ingenting ändrades.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>mappen är skrivskyddad</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>augusti</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>december</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Check the path (is the USB stick or network drive connected?) and try again.</source>
        <translation>Mappen {folder} finns inte. Kontrollera sökvägen (är USB-minnet eller nätverksenheten ansluten?) och försök igen.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so nothing was written there. Free some space (or choose another disk) and try again.</source>
        <translation>Disken där {folder} finns är full, så inget skrevs dit. Frigör utrymme (eller välj en annan disk) och försök igen.</translation>
    </message>
    <message>
        <source>{folder} is read-only, so CoachDesk cannot write there. Copy the file to a folder of your own (for example Documents), or ask for write access, and try again.</source>
        <translation>Mappen {folder} är skrivskyddad, så CoachDesk kan inte skriva där. Kopiera filen till en egen mapp (till exempel Dokument) eller be om skrivrättighet, och försök igen.</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <translation>Det går inte att öppna {name}: {reason}</translation>
    </message>
    <message>
        <source>{name} is already open in CoachDesk on the computer {host}. Close it there first; two programs on one file would overwrite each other&apos;s work.</source>
        <translation>{name} är redan öppen i CoachDesk på datorn {host}. Stäng den där först; två program som använder samma fil skulle skriva över varandras arbete.</translation>
    </message>
    <message>
        <source>{name} is in use by “{command}” (process {pid}). Wait until it has finished, then try again.</source>
        <translation>{name} används av ”{command}” (process {pid}). Vänta tills kommandot är klart och försök sedan igen.</translation>
    </message>
    <message>
        <source>{name} is already open in another CoachDesk window (process {pid}). Close it there first; two programs on one file would overwrite each other&apos;s work.</source>
        <translation>{name} är redan öppen i ett annat CoachDesk-fönster (process {pid}). Stäng den där först; två program som använder samma fil skulle skriva över varandras arbete.</translation>
    </message>
    <message>
        <source>{name} is already open in another CoachDesk window. Close it there first; two programs on one file would overwrite each other&apos;s work.</source>
        <translation>{name} är redan öppen i ett annat CoachDesk-fönster. Stäng den där först; två program som använder samma fil skulle skriva över varandras arbete.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Systemets språk ({language})</translation>
    </message>
    <message>
        <source>CoachDesk will speak {language} from the next time it starts.</source>
        <translation>CoachDesk byter språk nästa gång programmet startar: {language}.</translation>
    </message>
    <message>
        <source>The database is set up for CoachDesk.</source>
        <translation>Databasen är förberedd för CoachDesk.</translation>
    </message>
    <message>
        <source>The database was upgraded for this CoachDesk.</source>
        <translation>Databasen uppgraderades för den här versionen av CoachDesk.</translation>
    </message>
    <message>
        <source>The database was set up for CoachDesk already; nothing to do.</source>
        <translation>Databasen var redan förberedd för CoachDesk; inget behövde göras.</translation>
    </message>
    <message>
        <source>Copy between a file and a server: --from FILE --to URL, or --from URL --to FILE.</source>
        <translation>Kopiera mellan en fil och en server: --from FIL --to URL eller --from URL --to FIL.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n records from {source} to {target}.</source>
        <translation>
            <numerusform>Kopierade %n post: {source} → {target}.</numerusform>
            <numerusform>Kopierade %n poster: {source} → {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{url} is not a database server. Give the URL of a PostgreSQL database: postgresql://USER@HOST/DATABASE.</source>
        <translation>{url} är ingen databasserver. Ange adressen till en PostgreSQL-databas: postgresql://ANVÄNDARE@SERVER/DATABAS.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Fyll i det här fältet.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>En port är ett tal från 1 till 65535 (PostgreSQL:s är 5432).</translation>
    </message>
    <message>
        <source>The database {server} already holds CoachDesk data, and a copy goes only into an empty one, so that nothing there is overwritten or mixed. Ask for a new database (createdb), set it up with coachdesk server init, and copy into that.</source>
        <translation>Databasen {server} innehåller redan CoachDesk-data, och en kopia görs bara till en tom databas så att inget skrivs över eller blandas. Be om en ny databas (createdb), förbered den med coachdesk server init och kopiera till den.</translation>
    </message>
    <message>
        <source>Nothing was copied. {reason}</source>
        <translation>Ingenting kopierades. {reason}</translation>
    </message>
    <message>
        <source>There is a file {path} already, and CoachDesk does not write a copy over a file. Choose a new name.</source>
        <translation>Filen {path} finns redan, och CoachDesk skriver inte en kopia över en fil. Välj ett nytt namn.</translation>
    </message>
    <message>
        <source>The copy did not pass its integrity check, so it was not kept. Try again.</source>
        <translation>Kopian klarade inte integritetskontrollen och sparades därför inte. Försök igen.</translation>
    </message>
    <message>
        <source>{url} is not a database URL. Write it as postgresql://USER@HOST/DATABASE, or postgresql:///?service=NAME for a service file.</source>
        <translation>{url} är ingen databasadress. Skriv den som postgresql://ANVÄNDARE@SERVER/DATABAS eller, för en tjänstfil, postgresql:///?service=NAMN.</translation>
    </message>
    <message>
        <source>CoachDesk works with a PostgreSQL server or a local file: write the URL as postgresql://USER@HOST/DATABASE, or give a file with --db.</source>
        <translation>CoachDesk fungerar med en PostgreSQL-server eller en lokal fil: skriv adressen som postgresql://ANVÄNDARE@SERVER/DATABAS eller ange en fil med --db.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: it would stay in the command history and the settings. Put it in your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or in a service file, as the README says.</source>
        <translation>Lämna lösenordet utanför adressen: det skulle bli kvar i kommandohistoriken och inställningarna. Lägg det i din PostgreSQL-lösenordsfil (~/.pgpass eller filen som PGPASSFILE anger) eller i en tjänstfil, så som README beskriver.</translation>
    </message>
    <message>
        <source>sslmode={mode} would send your data to {host} unencrypted. CoachDesk reaches another machine only through TLS: leave sslmode out (or write sslmode=require).</source>
        <translation>sslmode={mode} skulle skicka dina data okrypterade till {host}. CoachDesk ansluter till en annan dator bara via TLS: utelämna sslmode (eller skriv sslmode=require).</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so CoachDesk did not use it. Use sslmode=require (or leave sslmode out), or ask the server&apos;s administrator to turn TLS on.</source>
        <translation>Anslutningen till {host} är inte krypterad, så CoachDesk använde den inte. Använd sslmode=require (eller utelämna sslmode), eller be serverns administratör att slå på TLS.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed. Install CoachDesk with it: pip install &quot;coachdesk[server]&quot;.</source>
        <translation>PostgreSQL-drivrutinen är inte installerad. Installera CoachDesk med den: pip install &quot;coachdesk[server]&quot;.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the login: {reason} Put the password in your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or in a service file, never in the URL; the README says how.</source>
        <translation>Servern {server} godtog inte inloggningen: {reason} Lägg lösenordet i din PostgreSQL-lösenordsfil (~/.pgpass eller filen som PGPASSFILE anger) eller i en tjänstfil, aldrig i adressen; README beskriver hur.</translation>
    </message>
    <message>
        <source>The server {server} does not offer an encrypted (TLS) connection, and CoachDesk reaches another machine only through TLS. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>Servern {server} erbjuder ingen krypterad (TLS) anslutning, och CoachDesk ansluter till en annan dator bara via TLS. Be serverns administratör att slå på TLS.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}. Ask the server&apos;s administrator to create it (createdb), then set it up with: coachdesk server init --url URL</source>
        <translation>Det finns ingen databas {database} på {server}. Be serverns administratör att skapa den (createdb) och förbered den sedan med: coachdesk server init --url URL</translation>
    </message>
    <message>
        <source>CoachDesk cannot use the database server {server}: {reason} Check the address and your network connection, or ask the server&apos;s administrator.</source>
        <translation>CoachDesk kan inte använda databasservern {server}: {reason} Kontrollera adressen och nätverksanslutningen, eller fråga serverns administratör.</translation>
    </message>
    <message>
        <source>The database server {server} refused the work: {reason}</source>
        <translation>Databasservern {server} vägrade utföra arbetet: {reason}</translation>
    </message>
    <message>
        <source>The database {server} holds tables that are not CoachDesk&apos;s, so CoachDesk leaves it alone. Give the URL of an empty database (the server&apos;s administrator can create one with createdb).</source>
        <translation>Databasen {server} innehåller tabeller som inte är CoachDesks, så CoachDesk rör den inte. Ange adressen till en tom databas (serverns administratör kan skapa en med createdb).</translation>
    </message>
    <message>
        <source>The database {server} holds no CoachDesk data yet. Set it up with: coachdesk server init --url URL (or move a laptop&apos;s data there with: coachdesk copy --from FILE --to URL).</source>
        <translation>Databasen {server} innehåller ännu inga CoachDesk-data. Förbered den med: coachdesk server init --url URL (eller flytta en bärbar dators data dit med: coachdesk copy --from FIL --to URL).</translation>
    </message>
    <message>
        <source>Another CoachDesk is setting up or upgrading the database {server}. Try again in a few minutes.</source>
        <translation>En annan CoachDesk förbereder eller uppgraderar databasen {server}. Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>The copy did not come out whole ({table}: {found} rows instead of {expected}), so nothing was kept. Try again; if it happens again, check the source with coachdesk check.</source>
        <translation>Kopian blev inte hel ({table}: {found} rader i stället för {expected}), så ingenting sparades. Försök igen; om det händer igen, kontrollera källan med coachdesk check.</translation>
    </message>
    <message>
        <source>{weekday} {day} {times}</source>
        <translation>{weekday} {day} kl. {times}</translation>
    </message>
    <message>
        <source>Wrote the offer to {pdf}, {page} and {calendar}</source>
        <translation>Utbudet skrevs till {pdf}, {page} och {calendar}</translation>
    </message>
    <message>
        <source>New school…</source>
        <translation>Ny skola…</translation>
    </message>
    <message>
        <source>No schools yet: add one with “New school…”.</source>
        <translation>Det finns inga skolor ännu: lägg till en med ”Ny skola…”.</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Nytt utbildningstema…</translation>
    </message>
    <message>
        <source>No training topics yet: add one with “New topic…”, or leave this empty.</source>
        <translation>Det finns inga utbildningsteman ännu: lägg till ett med ”Nytt utbildningstema…” eller lämna detta tomt.</translation>
    </message>
    <message>
        <source>New tutor…</source>
        <translation>Ny tutorlärare…</translation>
    </message>
    <message>
        <source>No tutors yet: add one with “New tutor…”, or appoint a candidate on the Recruitment page.</source>
        <translation>Det finns inga tutorlärare ännu: lägg till en med ”Ny tutorlärare…” eller utnämn en sökande på sidan Rekrytering.</translation>
    </message>
    <message>
        <source>Prorated: the agreement covers only part of the term, so {hours} h of the {per_term} h per term are allotted in it.</source>
        <translation>Proportionerat: tutoravtalet täcker bara en del av terminen, så av {per_term} h per termin tilldelas {hours} h under den.</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Ingen tutorlärare</translation>
    </message>
    <message>
        <source>{count} bookings, {hours}</source>
        <translation>Bokningar: {count}, {hours}</translation>
    </message>
    <message>
        <source>Click to see this tutor&apos;s week.</source>
        <translation>Klicka för att se tutorlärarens vecka.</translation>
    </message>
    <message>
        <source>The window cannot start: the system library {library} (package {package}) is missing.</source>
        <translation>Fönstret kan inte öppnas: systembiblioteket {library} (paketet {package}) saknas.</translation>
    </message>
    <message>
        <source>The window cannot start: the system library {library} is missing.</source>
        <translation>Fönstret kan inte öppnas: systembiblioteket {library} saknas.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu install what the window needs with: sudo apt install {packages} — then start CoachDesk again. The README lists them for other systems.</source>
        <translation>Installera det som fönstret behöver på Debian eller Ubuntu med sudo apt install {packages} och starta sedan CoachDesk igen. README listar dem också för andra system.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>The actions that do not fit in the window&apos;s width</source>
        <translation>Åtgärderna som inte ryms i fönstrets bredd</translation>
    </message>
    <message>
        <source>Wrote {count} certificates of “{training}” to {path}</source>
        <translation>Skrev {count} intyg för ”{training}” till {path}</translation>
    </message>
    <message>
        <source>{path} does not exist: name the CoachDesk database file with --db PATH.</source>
        <translation>{path} finns inte: ange CoachDesks databasfil med --db PATH.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Inte slutförd</translation>
    </message>
    <message>
        <source>No session is planned yet.</source>
        <translation>Inget tillfälle är planerat ännu.</translation>
    </message>
    <message>
        <source>Attended {attended} of {sessions} sessions so far; {needed} needed.</source>
        <translation>Har hittills deltagit i {attended} av {sessions} tillfällen; {needed} krävs.</translation>
    </message>
    <message>
        <source>Attended {attended} of {sessions} sessions; {needed} needed.</source>
        <translation>Har deltagit i {attended} av {sessions} tillfällen; {needed} krävs.</translation>
    </message>
    <message>
        <source>“{title}” not handed in.</source>
        <translation>”{title}” har inte lämnats in.</translation>
    </message>
    <message>
        <source>{n} peer reviews of “{title}” still to give.</source>
        <translation>Kamratbedömningar av ”{title}” som ännu ska göras: {n}.</translation>
    </message>
    <message>
        <source>Attended {attended} of {sessions} sessions.</source>
        <translation>Har deltagit i {attended} av {sessions} tillfällen.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Choose the lesson series or the single lesson the training is made of.</source>
        <translation>Välj den utbildningsserie eller det enskilda utbildningstillfälle som utbildningen består av.</translation>
    </message>
    <message>
        <source>Give the share of sessions to attend, from 0 to 100 %.</source>
        <translation>Ange andelen tillfällen att delta i, från 0 till 100 %.</translation>
    </message>
    <message>
        <source>Give the number of peers who review each submission, from 1 to {n}.</source>
        <translation>Ange antalet kamratbedömare per inlämning, från 1 till {n}.</translation>
    </message>
    <message>
        <source>Give the highest score of a review, from 2 to {n}.</source>
        <translation>Ange det högsta vitsordet i en kamratbedömning, från 2 till {n}.</translation>
    </message>
    <message>
        <source>“{code}” is not a certificate code: check the characters typed (a code is ten letters and digits, such as 7KQ2M-X94RD).</source>
        <translation>”{code}” är ingen intygskod: kontrollera tecknen (en kod har tio bokstäver och siffror, t.ex. 7KQ2M-X94RD).</translation>
    </message>
    <message>
        <source>No certificate with the code {code} has been issued: the certificate is not genuine.</source>
        <translation>Inget intyg med koden {code} har utfärdats: intyget är inte äkta.</translation>
    </message>
    <message>
        <source>{code} certifies that {teacher} ({school}) completed “{training}”, {hours} h, {dates}; issued on {issued}.</source>
        <translation>{code} intygar att {teacher} ({school}) har slutfört ”{training}”, {hours} h, {dates}; utfärdat {issued}.</translation>
    </message>
    <message>
        <source>Revoked on {day}: the certificate is no longer valid.</source>
        <translation>Återkallat {day}: intyget är inte längre giltigt.</translation>
    </message>
    <message>
        <source>Genuine.</source>
        <translation>Äkta.</translation>
    </message>
    <message>
        <source>No teacher has completed this training yet: there is no certificate to issue.</source>
        <translation>Ingen lärare har slutfört utbildningen ännu: det finns inga intyg att utfärda.</translation>
    </message>
    <message>
        <source>No certificate has the code {code}.</source>
        <translation>Inget intyg har koden {code}.</translation>
    </message>
    <message>
        <source>The certificate is already revoked.</source>
        <translation>Intyget är redan återkallat.</translation>
    </message>
    <message>
        <source>Several trainings match “{name}”: {names}. Give more of the name, or the id.</source>
        <translation>Flera utbildningar motsvarar ”{name}”: {names}. Ange mer av namnet, eller id-numret.</translation>
    </message>
    <message>
        <source>There is no training called “{name}”.</source>
        <translation>Det finns ingen utbildning som heter ”{name}”.</translation>
    </message>
    <message>
        <source>{title}, {day}</source>
        <translation>{title}, {day}</translation>
    </message>
    <message>
        <source>{title}, {n} sessions, {dates}</source>
        <translation>{title}, {n} tillfällen, {dates}</translation>
    </message>
    <message>
        <source>That lesson series or lesson no longer exists; choose another.</source>
        <translation>Utbildningsserien eller utbildningstillfället finns inte längre; välj ett annat.</translation>
    </message>
    <message>
        <source>That lesson series or lesson already has a training; edit that one instead.</source>
        <translation>Utbildningsserien eller utbildningstillfället har redan en utbildning; redigera den i stället.</translation>
    </message>
    <message>
        <source>That training no longer exists.</source>
        <translation>Utbildningen finns inte längre.</translation>
    </message>
    <message>
        <source>Only the training&apos;s participants can hand its assignments in.</source>
        <translation>Endast utbildningens deltagare kan lämna in dess uppgifter.</translation>
    </message>
    <message>
        <source>A review of their work, or by them, has been given already: keep them among those who handed in.</source>
        <translation>En bedömning av deras arbete, eller gjord av dem, har redan getts: behåll dem bland dem som lämnat in.</translation>
    </message>
    <message>
        <source>Reviews of this assignment have been given already, so its reviewers stay as they are.</source>
        <translation>Kamratbedömningar av den här uppgiften har redan getts, så bedömarna förblir som de är.</translation>
    </message>
    <message>
        <source>At least two must have handed the assignment in before they can review each other&apos;s work.</source>
        <translation>Minst två måste ha lämnat in uppgiften innan de kan bedöma varandras arbeten.</translation>
    </message>
    <message>
        <source>No reviewers have been assigned for this assignment yet: assign them first.</source>
        <translation>Inga kamratbedömare har ännu tilldelats för den här uppgiften: tilldela dem först.</translation>
    </message>
    <message>
        <source>That review is no longer assigned; assign the reviewers again.</source>
        <translation>Den bedömningen är inte längre tilldelad; tilldela bedömarna på nytt.</translation>
    </message>
    <message>
        <source>That assignment no longer exists.</source>
        <translation>Uppgiften finns inte längre.</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Deltagarintyg</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Härmed intygas att</translation>
    </message>
    <message>
        <source>has completed the training</source>
        <translation>har slutfört utbildningen</translation>
    </message>
    <message>
        <source>{dates} · {hours} hours · {n} sessions</source>
        <translation>{dates} · {hours} timmar · {n} tillfällen</translation>
    </message>
    <message>
        <source>Issued on {day}</source>
        <translation>Utfärdat {day}</translation>
    </message>
    <message>
        <source>ICT coordinator</source>
        <translation>IKT-koordinator</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Verifieringskod</translation>
    </message>
    <message>
        <source>The organiser confirms with this code that the certificate is genuine.</source>
        <translation>Arrangören bekräftar med denna kod att intyget är äkta.</translation>
    </message>
    <message>
        <source>Cannot make the folder {folder}: {reason}. Choose a folder you can write to.</source>
        <translation>Mappen {folder} kan inte skapas: {reason}. Välj en mapp som du kan skriva till.</translation>
    </message>
    <message>
        <source>{code} (revoked)</source>
        <translation>{code} (återkallat)</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>Ny utbildning…</translation>
    </message>
    <message>
        <source>Make a lesson series or a lesson a training with a completion rule</source>
        <translation>Gör en utbildningsserie eller ett utbildningstillfälle till en utbildning med krav för slutförande</translation>
    </message>
    <message>
        <source>Edit training…</source>
        <translation>Redigera utbildning…</translation>
    </message>
    <message>
        <source>Assignments…</source>
        <translation>Uppgifter…</translation>
    </message>
    <message>
        <source>The training&apos;s assignments: who handed each in, and the peers who review each one&apos;s work</source>
        <translation>Utbildningens uppgifter: vem som lämnat in vilken, och vilka som bedömer vems arbete</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Intyg…</translation>
    </message>
    <message>
        <source>Issue a certificate to everyone who completed the training and save them as PDF into a folder: one file per teacher, one with all of them for printing, and an e-mail draft to each teacher with the certificate attached</source>
        <translation>Utfärda ett intyg till alla som slutfört utbildningen och spara intygen som PDF i en mapp: en fil per lärare, en med alla för utskrift och ett e-postutkast till varje lärare med intyget bifogat</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>Återkalla intyg…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrollera</translation>
    </message>
    <message>
        <source>Check a certificate&apos;s code</source>
        <translation>Kontrollera ett intygs kod</translation>
    </message>
    <message>
        <source>No teacher holds a seat in this training. Choose another training, or make a lesson series a training with “New training…”.</source>
        <translation>Ingen lärare har en plats i den här utbildningen. Välj en annan utbildning, eller gör en utbildningsserie till en utbildning med ”Ny utbildning…”.</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Deltagna tillfällen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Mapp för intygen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Intyg</translation>
    </message>
    <message>
        <source>{n} certificates saved in {folder}, each in the language of the teacher&apos;s school, all of them in one file for printing, and an e-mail draft (.eml) to each teacher with the certificate attached: open it in your mail program and send.</source>
        <translation>{n} intyg sparade i {folder}, vart och ett på språket i lärarens skola, alla i en fil för utskrift, och ett e-postutkast (.eml) till varje lärare med intyget bifogat: öppna det i ditt e-postprogram och skicka.</translation>
    </message>
    <message>
        <source>Choose a teacher whose certificate is valid.</source>
        <translation>Välj en lärare vars intyg är giltigt.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Återkalla intyg</translation>
    </message>
    <message>
        <source>Why is the certificate {code} revoked? It stays in the register, and a check of its code says it is no longer valid.</source>
        <translation>Varför återkallas intyget {code}? Det finns kvar i registret, och en kontroll av koden visar att det inte längre är giltigt.</translation>
    </message>
    <message>
        <source>No training yet: a training is a lesson series or a lesson whose participants complete it by attending enough of its sessions.</source>
        <translation>Inga utbildningar ännu: en utbildning är en utbildningsserie eller ett utbildningstillfälle som deltagarna slutför genom att delta i tillräckligt många tillfällen.</translation>
    </message>
    <message>
        <source>{n} sessions, {hours} h. Completed by attending at least {share} % of the sessions ({needed} of {n}).</source>
        <translation>{n} tillfällen, {hours} h. Slutförd genom att delta i minst {share} % av tillfällena ({needed} av {n}).</translation>
    </message>
    <message>
        <source>A late arrival counts as present.</source>
        <translation>Försening räknas som närvaro.</translation>
    </message>
    <message>
        <source>A late arrival does not count as present.</source>
        <translation>Försening räknas inte som närvaro.</translation>
    </message>
    <message>
        <source>Every assignment must be handed in.</source>
        <translation>Alla uppgifter ska lämnas in.</translation>
    </message>
    <message>
        <source>Every peer review asked of a teacher must be given.</source>
        <translation>Alla kamratbedömningar som tilldelats en lärare ska göras.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budgetpost</translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the columns, at least a date and an amount, for example Päivämäärä, Summa, Budjettirivi, Selite.</source>
        <translation>Ingen rubrikrad hittades i {path}: en av de första {rows} raderna måste namnge kolumnerna, åtminstone ett datum och ett belopp, till exempel Datum, Belopp, Budgetpost, Beskrivning.</translation>
    </message>
    <message>
        <source> The grants are: {names}.</source>
        <translation> Understöden är: {names}.</translation>
    </message>
    <message>
        <source> There are no grants yet.</source>
        <translation> Det finns inga understöd ännu.</translation>
    </message>
    <message>
        <source>There is no grant called “{name}”.</source>
        <translation>Det finns inget understöd med namnet ”{name}”.</translation>
    </message>
    <message>
        <source>A grant named “{name}” already exists. Give this one another name, e.g. with its years.</source>
        <translation>Ett understöd med namnet ”{name}” finns redan. Ge detta ett annat namn, t.ex. med åren.</translation>
    </message>
    <message>
        <source>{n} costs of this grant fall outside the new period. Move them to another grant&apos;s line or change their dates first.</source>
        <translation>{n} av understödets kostnader faller utanför den nya användningstiden. Flytta dem först till ett annat understöds post eller ändra deras datum.</translation>
    </message>
    <message>
        <source>A budget line was removed meanwhile. Close the form and open it again.</source>
        <translation>En budgetpost togs bort under tiden. Stäng formuläret och öppna det igen.</translation>
    </message>
    <message>
        <source>The budget line “{name}” has {n} costs booked on it: move them to another line before removing it.</source>
        <translation>Budgetposten ”{name}” har {n} kostnader: flytta dem till en annan post innan du tar bort den.</translation>
    </message>
    <message>
        <source>No school</source>
        <translation>Ingen skola</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Ingen enhet</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Belopp (€)</translation>
    </message>
    <message>
        <source>e.g. 245,80</source>
        <translation>t.ex. 245,80</translation>
    </message>
    <message>
        <source>e.g. Substitute, 2 days</source>
        <translation>t.ex. Vikarie, 2 dagar</translation>
    </message>
    <message>
        <source>Device bought</source>
        <translation>Köpt enhet</translation>
    </message>
    <message>
        <source>the accounting&apos;s number</source>
        <translation>bokföringens nummer</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>Ny kostnad</translation>
    </message>
    <message>
        <source>Edit cost</source>
        <translation>Redigera kostnad</translation>
    </message>
    <message>
        <source>e.g. Tutor teachers 2025–2026</source>
        <translation>t.ex. Tutorlärare 2025–2026</translation>
    </message>
    <message>
        <source>e.g. Opetushallitus</source>
        <translation>t.ex. Utbildningsstyrelsen</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Användningstiden börjar</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Användningstiden slutar</translation>
    </message>
    <message>
        <source>Amount of the grant (€)</source>
        <translation>Understödets belopp (€)</translation>
    </message>
    <message>
        <source>Share of the costs it covers (%)</source>
        <translation>Andel av kostnaderna (%)</translation>
    </message>
    <message>
        <source>Own share (€)</source>
        <translation>Självfinansieringsandel (€)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>beräknad</translation>
    </message>
    <message>
        <source>The salary lines pay the tutors&apos; recorded hours</source>
        <translation>Löneposterna betalar tutorlärarnas registrerade timmar</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Nytt understöd</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till post</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort post</translation>
    </message>
    <message>
        <source>Budget lines (the grant&apos;s money for each)</source>
        <translation>Budgetposter (understödets pengar för var och en)</translation>
    </message>
    <message>
        <source>{spent} + {committed} booked</source>
        <translation>{spent} + {committed} bokat</translation>
    </message>
    <message>
        <source>{name} by month</source>
        <translation>{name} per månad</translation>
    </message>
    <message>
        <source>The costs of each month, spent and booked (before the grant&apos;s share).</source>
        <translation>Varje månads kostnader, genomförda och bokade (före understödets andel).</translation>
    </message>
    <message>
        <source>Tutors&apos; hours</source>
        <translation>Tutorlärarnas timmar</translation>
    </message>
    <message>
        <source>What is spent and booked, or the forecast, takes more than the line&apos;s budget.</source>
        <translation>Det genomförda och bokade, eller prognosen, överskrider postens budget.</translation>
    </message>
    <message>
        <source>{hours} h of tutors without an hourly cost</source>
        <translation>{hours} h av tutorlärare utan timkostnad</translation>
    </message>
    <message>
        <source>{who} changed this {what} after you opened it ({fields}), so nothing was saved. Reload to see their values, or keep yours and save again to replace theirs.</source>
        <translation>{who} ändrade den här posten ({what}) efter att du öppnade den ({fields}), så inget sparades. Läs in uppgifterna på nytt för att se ändringarna, eller behåll dina värden och spara igen så att de ersätter den andras.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Någon annan</translation>
    </message>
    <message>
        <source>no field shown here</source>
        <translation>inget fält som visas här</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>e.g. db.vantaa.fi</source>
        <translation>t.ex. db.vantaa.fi</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Anslut till server</translation>
    </message>
    <message>
        <source>The password is not asked here, nor kept by CoachDesk: PostgreSQL reads it from your password file (~/.pgpass, or the file PGPASSFILE names) or a service file. Another machine is reached only through an encrypted connection (TLS).</source>
        <translation>Lösenordet efterfrågas inte här och sparas inte av CoachDesk: PostgreSQL läser det från din lösenordsfil (~/.pgpass eller filen som PGPASSFILE anger) eller från en tjänstefil. En annan dator nås endast via en krypterad anslutning (TLS).</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Servern svarar igen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason} The window shows what it last read; CoachDesk keeps trying.</source>
        <translation>Servern kan inte nås: {reason} Fönstret visar det som senast lästes; CoachDesk fortsätter att försöka.</translation>
    </message>
    <message>
        <source>The school year {name} is closed: its lessons, visits and loans can be read but not changed, so nothing was saved. Reopen the year on the School calendar page to change them.</source>
        <translation>Läsåret {name} är stängt: dess utbildningstillfällen, skolbesök och lån kan läsas men inte ändras, så inget sparades. Öppna läsåret igen på sidan Skolkalender för att ändra dem.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Give the day the course was held (or ended).</source>
        <translation>Ange dagen då kursen hölls (eller slutade).</translation>
    </message>
    <message>
        <source>Give the course&apos;s hours, e.g. 3 or 1,5.</source>
        <translation>Ange kursens timmar, t.ex. 3 eller 1,5.</translation>
    </message>
    <message>
        <source>Give the hours as a number above 0 and at most {n}.</source>
        <translation>Ange timmarna som ett tal över 0 och högst {n}.</translation>
    </message>
    <message>
        <source>Several teachers are called {name}: give the e-mail or the id.</source>
        <translation>Flera lärare heter {name}: ange e-postadressen eller id-numret.</translation>
    </message>
    <message>
        <source>There is no teacher “{name}”: give the e-mail, the id or the name.</source>
        <translation>Det finns ingen lärare ”{name}”: ange e-postadressen, id-numret eller namnet.</translation>
    </message>
    <message>
        <source>That training done elsewhere no longer exists.</source>
        <translation>Den utbildningen på annat håll finns inte längre.</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx or .pdf.</source>
        <translation>{path}: ange ett filnamn som slutar på .xlsx eller .pdf.</translation>
    </message>
    <message>
        <source>Wrote the training record of {name} to {path}</source>
        <translation>Skrev utbildningshistoriken för {name} till {path}</translation>
    </message>
    <message>
        <source>The school year {name} was already closed; nothing changed.</source>
        <translation>Läsåret {name} var redan stängt; inget ändrades.</translation>
    </message>
    <message>
        <source>The school year {name} was not closed; nothing changed.</source>
        <translation>Läsåret {name} var inte stängt; inget ändrades.</translation>
    </message>
    <message>
        <source>Closed the school year {name}: its lessons, visits and loans stay in every list and report and can no longer be changed. Reopen it with coachdesk reopen-year.</source>
        <translation>Läsåret {name} stängdes: dess utbildningstillfällen, skolbesök och lån finns kvar i alla listor och rapporter men kan inte längre ändras. Öppna det igen med kommandot coachdesk reopen-year.</translation>
    </message>
    <message>
        <source>Reopened the school year {name}: its lessons, visits and loans can be changed again.</source>
        <translation>Läsåret {name} öppnades igen: dess utbildningstillfällen, skolbesök och lån kan ändras igen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Elever</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Bärbar dator</translation>
    </message>
    <message>
        <source>Chromebook</source>
        <translation>Chromebook</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Surfplatta</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Stationär dator</translation>
    </message>
    <message>
        <source>Interactive display</source>
        <translation>Interaktiv skärm</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Annan enhet</translation>
    </message>
    <message>
        <source>Under 2 years</source>
        <translation>Under 2 år</translation>
    </message>
    <message>
        <source>2–4 years</source>
        <translation>2–4 år</translation>
    </message>
    <message>
        <source>5 years or more</source>
        <translation>5 år eller mer</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Åldern okänd</translation>
    </message>
    <message>
        <source>Give how many devices there are.</source>
        <translation>Ange hur många enheter det finns.</translation>
    </message>
    <message>
        <source>A number of devices is more than 0 and at most {maximum}.</source>
        <translation>Antalet enheter är över 0 och högst {maximum}.</translation>
    </message>
    <message>
        <source>Device row {row}: {problem}</source>
        <translation>Enhetsrad {row}: {problem}</translation>
    </message>
    <message>
        <source>Platforms and tools</source>
        <translation>Plattformar och verktyg</translation>
    </message>
    <message>
        <source>A platform&apos;s name</source>
        <translation>En plattforms namn</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Looked at on</source>
        <translation>Läget granskat</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Noterat</translation>
    </message>
    <message>
        <source>“{answer}” is not a kind of device CoachDesk knows: say laptop, Chromebook, tablet, desktop computer, interactive display or other.</source>
        <translation>”{answer}” är ingen enhetstyp som CoachDesk känner till: ange bärbar dator, Chromebook, surfplatta, stationär dator, interaktiv skärm eller annan.</translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the school and the survey&apos;s questions, for example Koulu, Oppilaiden laitteet, Käytössä olevat alustat, Verkko, Tarpeet.</source>
        <translation>Ingen rubrikrad hittades i {path}: en av de {rows} första raderna ska namnge skolan och enkätens frågor, till exempel Skola, Elevernas enheter, Plattformar och verktyg, Nätverk, Behov.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Number of devices ({user})</source>
        <translation>Antal enheter ({user})</translation>
    </message>
    <message>
        <source>“{answer}” is not an age of devices: say under 2 years, 2–4 years or 5 years or more.</source>
        <translation>”{answer}” är ingen ålder för enheter: ange under 2 år, 2–4 år eller 5 år eller mer.</translation>
    </message>
    <message>
        <source>{user}: say which devices the {n} are.</source>
        <translation>{user}: ange vilka enheter de {n} är.</translation>
    </message>
    <message>
        <source>{user}: say how many of each device, e.g. Chromebook 120; iPad 30.</source>
        <translation>{user}: ange antalet av varje enhet, t.ex. Chromebook 120; iPad 30.</translation>
    </message>
    <message>
        <source>A visit that did not take place notes no needs: log it as done first.</source>
        <translation>Ett besök som inte blev av kan inte notera behov: logga det först som genomfört.</translation>
    </message>
    <message>
        <source>A need chosen as resolved is no longer the school&apos;s: open the log again.</source>
        <translation>Ett behov som valts som löst hör inte längre till skolan: öppna loggen på nytt.</translation>
    </message>
    <message>
        <source>The file has no answers under its header row.</source>
        <translation>Filen har inga svar under rubrikraden.</translation>
    </message>
    <message>
        <source>Say the school.</source>
        <translation>Ange skolan.</translation>
    </message>
    <message>
        <source>That need no longer exists: someone removed it meanwhile.</source>
        <translation>Behovet finns inte längre: någon tog bort det under tiden.</translation>
    </message>
    <message>
        <source>Last looked at on {day} by {who}.</source>
        <translation>Läget granskades senast {day}, {who}.</translation>
    </message>
    <message>
        <source>{user}: {device}, {n}, {age}</source>
        <translation>{user}: {device}, {n} st., {age}</translation>
    </message>
    <message>
        <source>ICT situation: {school}</source>
        <translation>IKT-läge: {school}</translation>
    </message>
    <message>
        <source>Edit the situation…</source>
        <translation>Redigera läget…</translation>
    </message>
    <message>
        <source>Note a need…</source>
        <translation>Notera ett behov…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Markera som löst</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Make a visit request…</source>
        <translation>Skapa en begäran om besök…</translation>
    </message>
    <message>
        <source>Make a lesson…</source>
        <translation>Skapa ett utbildningstillfälle…</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Ta bort behovet</translation>
    </message>
    <message>
        <source>Remove “{need}” from the school&apos;s needs?</source>
        <translation>Ta bort ”{need}” från skolans behov?</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers are named {name}: give the teacher&apos;s e-mail in the file.</source>
        <translation>
            <numerusform>%n lärare heter {name}: ange lärarens e-post i filen.</numerusform>
            <numerusform>%n lärare heter {name}: ange lärarens e-post i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row names no teacher: give a name or an e-mail.</source>
        <translation>Raden anger ingen lärare: ange namn eller e-post.</translation>
    </message>
    <message>
        <source>No active teacher has the e-mail or name “{who}”: add or import the teacher first, or correct the row.</source>
        <translation>Ingen aktiv lärare har e-posten eller namnet ”{who}”: lägg till eller importera läraren först, eller rätta raden.</translation>
    </message>
    <message>
        <source>“{value}” is not a level of {scale}: give a number from 1 to {n}.</source>
        <translation>”{value}” är ingen nivå på skalan {scale}: ange ett tal från 1 till {n}.</translation>
    </message>
    <message>
        <source>{name} on the same day is already on row {row}.</source>
        <translation>{name} samma dag finns redan på rad {row}.</translation>
    </message>
    <message>
        <source>Competence level of {name}</source>
        <translation>Digital kompetensnivå: {name}</translation>
    </message>
    <message>
        <source>Now: {level} ({scale})</source>
        <translation>Nu: {level} ({scale})</translation>
    </message>
    <message>
        <source>Not assessed yet ({scale}).</source>
        <translation>Inte bedömd ännu ({scale}).</translation>
    </message>
    <message>
        <source>A new assessment:</source>
        <translation>En ny bedömning:</translation>
    </message>
    <message>
        <source>Competence scale</source>
        <translation>Skala för digital kompetens</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Levels recorded on the other scale are kept, and count again if you return to it.</source>
        <translation>Nivåer som registrerats på den andra skalan sparas och räknas igen om du återgår till den.</translation>
    </message>
    <message>
        <source>Level {n} or above, %</source>
        <translation>Nivå {n} eller högre, %</translation>
    </message>
    <message>
        <source>The city&apos;s competence targets</source>
        <translation>Stadens mål för digital kompetens</translation>
    </message>
    <message>
        <source>Competence targets of {school}</source>
        <translation>Mål för digital kompetens: {school}</translation>
    </message>
    <message>
        <source>Follow the city&apos;s targets</source>
        <translation>Följ stadens mål</translation>
    </message>
    <message>
        <source>The share of the staff who should be at each level or above it (Helsinki: 100 %, 90 % and 20 %).</source>
        <translation>Hur stor del av personalen som bör vara på varje nivå eller högre (Helsingfors: 100 %, 90 % och 20 %).</translation>
    </message>
    <message>
        <source>Teachers short of the targets</source>
        <translation>Lärare som fattas för målen</translation>
    </message>
    <message>
        <source>{reached} of {staff} at level {n} or above; the target {target} % asks for {needed}.</source>
        <translation>{reached} av {staff} på nivå {n} eller högre; målet {target} % kräver {needed}.</translation>
    </message>
    <message>
        <source>{share} (target {target} %)</source>
        <translation>{share} (mål {target} %)</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Skala…</translation>
    </message>
    <message>
        <source>Helsinki&apos;s three levels or Opeka&apos;s four</source>
        <translation>Helsingfors tre eller Opekas fyra nivåer</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Mål…</translation>
    </message>
    <message>
        <source>The share of the staff at or above each level: the city&apos;s, or the school&apos;s chosen in the list</source>
        <translation>Andelen av personalen på varje nivå eller högre: stadens, eller den skola som valts i listan</translation>
    </message>
    <message>
        <source>Import self-assessments…</source>
        <translation>Importera självvärderingar…</translation>
    </message>
    <message>
        <source>A survey&apos;s answers from Excel: the teacher&apos;s name or e-mail, the level and the date</source>
        <translation>En enkäts svar från Excel: lärarens namn eller e-post, nivån och datumet</translation>
    </message>
    <message>
        <source>Each teacher&apos;s latest level counts; teachers never assessed are below every level. Record a teacher&apos;s level on the Teachers page (Competence level…).</source>
        <translation>Varje lärares senaste nivå räknas; lärare som aldrig bedömts ligger under varje nivå. Registrera en lärares nivå på sidan Lärare (Digital kompetensnivå…).</translation>
    </message>
    <message>
        <source>{scale}. Schools below their targets: {n}.</source>
        <translation>{scale}. Skolor under sina mål: {n}.</translation>
    </message>
</context>
</TS>

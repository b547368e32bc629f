<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Autumn break</source>
        <translation>Syysloma</translation>
    </message>
    <message>
        <source>Christmas break</source>
        <translation>Joululoma</translation>
    </message>
    <message>
        <source>Winter break</source>
        <translation>Talviloma</translation>
    </message>
    <message>
        <source>Easter</source>
        <translation>Pääsiäinen</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Arkipyhä</translation>
    </message>
    <message>
        <source>Other break</source>
        <translation>Muu loma</translation>
    </message>
    <message>
        <source>Write the year the school year starts in, from {first} to {last}.</source>
        <translation>Kirjoita vuosi, jona lukuvuosi alkaa, väliltä {first}–{last}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>A school year starts on 1 August.</source>
        <translation>Lukuvuosi alkaa 1. elokuuta.</translation>
    </message>
    <message>
        <source>A school year ends on 31 July of the next year.</source>
        <translation>Lukuvuosi päättyy seuraavan vuoden 31. heinäkuuta.</translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation>Lukukausi ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>A term must lie inside its school year.</source>
        <translation>Lukukauden on oltava lukuvuotensa sisällä.</translation>
    </message>
    <message>
        <source>This term overlaps {name}.</source>
        <translation>Lukukausi on päällekkäin toisen lukukauden kanssa: {name}.</translation>
    </message>
    <message>
        <source>Choose the kind of break.</source>
        <translation>Valitse loman tyyppi.</translation>
    </message>
    <message>
        <source>A break cannot end before it starts.</source>
        <translation>Loma ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>A break must lie inside its school year.</source>
        <translation>Loman on oltava lukuvuotensa sisällä.</translation>
    </message>
    <message>
        <source>{day} {starts}–{ends}</source>
        <translation>{day} klo {starts}–{ends}</translation>
    </message>
    <message>
        <source>{tutor} is already booked for {what} at {when}.</source>
        <translation>{tutor} on jo varattu {when}: {what}.</translation>
    </message>
    <message>
        <source>The place is already taken by {what} at {when}.</source>
        <translation>Paikka on jo varattu {when}: {what}.</translation>
    </message>
    <message>
        <source>{day} falls on {name}.</source>
        <translation>{day} on vapaapäivä ({name}).</translation>
    </message>
    <message>
        <source>{tutor} has {left} h left this term; this takes {hours} h.</source>
        <translation>{tutor}: tällä lukukaudella jäljellä {left} h, tämä vie {hours} h.</translation>
    </message>
    <message>
        <source>{when} is outside {tutor}&apos;s released time ({plan}).</source>
        <translation>{when} on tutorointiajan ulkopuolella ({tutor}: {plan}).</translation>
    </message>
    <message>
        <source>Only {gap} min between this and {what} at {when}; travel needs {need} min.</source>
        <translation>Vain {gap} min väliä: {what} {when}. Siirtymäaika on {need} min.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Vapaana</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>Lainassa</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>Korjattavana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kadonnut</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation>Tutoropettaja</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Opettaja</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation>Laitetunnus</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Laiteryhmä</translation>
    </message>
    <message>
        <source>Price cannot be negative.</source>
        <translation>Hinta ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Content count</source>
        <translation>Osien määrä</translation>
    </message>
    <message>
        <source>A loan cannot be due before it starts.</source>
        <translation>Lainan eräpäivä ei voi olla ennen lainan alkua.</translation>
    </message>
    <message>
        <source>A device cannot come back before it went out.</source>
        <translation>Laitetta ei voi palauttaa ennen kuin se on lainattu.</translation>
    </message>
    <message>
        <source>A loan has exactly one borrower: a tutor, a teacher or a school.</source>
        <translation>Lainalla on täsmälleen yksi lainaaja: tutoropettaja, opettaja tai koulu.</translation>
    </message>
    <message>
        <source>Choose the borrower: a tutor, a teacher or a school.</source>
        <translation>Valitse lainaaja: tutoropettaja, opettaja tai koulu.</translation>
    </message>
    <message>
        <source>A loan period is from 1 to 400 days.</source>
        <translation>Laina-aika on 1–400 päivää.</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Noudettu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vanhentunut</translation>
    </message>
    <message>
        <source>A reservation cannot end before it starts.</source>
        <translation>Varaus ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>Choose whether the borrower is a tutor, a teacher or a school.</source>
        <translation>Valitse, onko lainaaja tutoropettaja, opettaja vai koulu.</translation>
    </message>
    <message>
        <source>{tag} is {status}: it cannot be lent.</source>
        <translation>{tag} on {status}: sitä ei voi lainata.</translation>
    </message>
    <message>
        <source>{tag} is already on loan.</source>
        <translation>{tag} on jo lainassa.</translation>
    </message>
    <message>
        <source>A loan starts today or earlier; reserve the device for a later date.</source>
        <translation>Laina alkaa tänään tai aiemmin; varaa laite myöhemmälle päivälle.</translation>
    </message>
    <message>
        <source>The device is reserved for someone else {span}: make the loan due before then.</source>
        <translation>Laite on varattu toiselle lainaajalle ajalla {span}: aseta lainan eräpäivä ennen sitä.</translation>
    </message>
    <message>
        <source>A device cannot come back in the future.</source>
        <translation>Palautuspäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>A renewal moves the due date later.</source>
        <translation>Uuden eräpäivän on oltava nykyistä myöhempi.</translation>
    </message>
    <message>
        <source>The device is reserved for someone else {span}.</source>
        <translation>Laite on varattu toiselle lainaajalle ajalla {span}.</translation>
    </message>
    <message>
        <source>{tag} is {status}: it cannot be reserved.</source>
        <translation>{tag} on {status}: sitä ei voi varata.</translation>
    </message>
    <message>
        <source>A reservation cannot be in the past.</source>
        <translation>Varaus ei voi olla menneisyydessä.</translation>
    </message>
    <message>
        <source>The device is already reserved {span}.</source>
        <translation>Laite on jo varattu ajalla {span}.</translation>
    </message>
    <message>
        <source>The device is on loan until {due}; reserve it from the day after.</source>
        <translation>Laite on lainassa {due} asti; varaa se seuraavasta päivästä alkaen.</translation>
    </message>
    <message>
        <source>Only an active reservation can be cancelled.</source>
        <translation>Vain voimassa olevan varauksen voi perua.</translation>
    </message>
    <message>
        <source>A device cannot be lost in the future.</source>
        <translation>Katoamispäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>{tag} is already {status}.</source>
        <translation>{tag} on jo {status}.</translation>
    </message>
    <message>
        <source>Only a lost device can be found.</source>
        <translation>Vain kadonneeksi merkitty laite voidaan merkitä löytyneeksi.</translation>
    </message>
    <message>
        <source>Check the device in before sending it for repair.</source>
        <translation>Kirjaa laite palautetuksi ennen kuin lähetät sen korjattavaksi.</translation>
    </message>
    <message>
        <source>The device is not in repair.</source>
        <translation>Laite ei ole korjattavana.</translation>
    </message>
    <message>
        <source>{tag} is already retired.</source>
        <translation>{tag} on jo poistettu käytöstä.</translation>
    </message>
    <message>
        <source>Check the device in before retiring it.</source>
        <translation>Kirjaa laite palautetuksi ennen kuin poistat sen käytöstä.</translation>
    </message>
    <message>
        <source>{tag} is not on loan.</source>
        <translation>{tag} ei ole lainassa.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Tutor network meeting</source>
        <translation>Tutoropettajien verkostotapaaminen</translation>
    </message>
    <message>
        <source>At a school</source>
        <translation>Koululla</translation>
    </message>
    <message>
        <source>Central venue</source>
        <translation>Keskitetty koulutuspaikka</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Ilmoittautunut</translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation>Varasijalla</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Läsnä</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Poissa, ilmoitettu</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Poissa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Give a score from 1 to {n}, or none.</source>
        <translation>Anna arvosana väliltä 1–{n} tai jätä se tyhjäksi.</translation>
    </message>
    <message>
        <source>Mark the review as given, or clear its score and comment.</source>
        <translation>Merkitse arvio annetuksi tai tyhjennä sen arvosana ja kommentti.</translation>
    </message>
    <message>
        <source>Feedback summary</source>
        <translation>Palautteen yhteenveto</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>A lesson must end after it starts.</source>
        <translation>Koulutuksen päättymisajan on oltava alkamisajan jälkeen.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Paikkamäärä</translation>
    </message>
    <message>
        <source>Choose the school where the lesson is held.</source>
        <translation>Valitse koulu, jossa koulutus pidetään.</translation>
    </message>
    <message>
        <source>An online lesson needs its link.</source>
        <translation>Verkkokoulutukselle tarvitaan linkki.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for a lesson that was held.</source>
        <translation>Läsnäolo kirjataan vain pidetylle koulutukselle.</translation>
    </message>
    <message>
        <source>Attendance is recorded only for enrolled teachers.</source>
        <translation>Läsnäolo kirjataan vain ilmoittautuneille opettajille.</translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation>Palaute annetaan asteikolla 1–5.</translation>
    </message>
    <message>
        <source>Feedback comes from teachers who attended.</source>
        <translation>Palautetta voivat antaa vain osallistuneet opettajat.</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Strong in {topic} ({level})</source>
        <translation>Osaamisalue: {topic} ({level})</translation>
    </message>
    <message>
        <source>No strength in the topics asked for</source>
        <translation>Ei osaamisaluetta pyydetyistä aiheista</translation>
    </message>
    <message>
        <source>Serves {school}</source>
        <translation>Toimii koulussa: {school}</translation>
    </message>
    <message>
        <source>Roaming tutor, not yet serving {school}</source>
        <translation>Kiertävä tutoropettaja, ei vielä toimi koulussa: {school}</translation>
    </message>
    <message>
        <source>Free {when}</source>
        <translation>Vapaana {when}</translation>
    </message>
    <message>
        <source>No free time in the preferred windows</source>
        <translation>Ei vapaata aikaa toivottuina ajankohtina</translation>
    </message>
    <message>
        <source>{hours} h left this term</source>
        <translation>{hours} h jäljellä tällä lukukaudella</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Evätty</translation>
    </message>
    <message>
        <source>A round cannot close before it opens.</source>
        <translation>Tutorhaku ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>Tutors sought</source>
        <translation>Haettavia tutoropettajia</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s home school.</source>
        <translation>Valitse hakijan oma koulu.</translation>
    </message>
    <message>
        <source>Choose the state of the principal&apos;s consent.</source>
        <translation>Valitse rehtorin suostumuksen tila.</translation>
    </message>
    <message>
        <source>{name} is {current}: they cannot move to “{target}”.</source>
        <translation>{name}: {current}. Siirto vaiheeseen ”{target}” ei ole mahdollinen.</translation>
    </message>
    <message>
        <source>Give the reason for declining.</source>
        <translation>Kirjoita syy, miksi hakijaa ei valittu.</translation>
    </message>
    <message>
        <source>Appointing needs the agreement period.</source>
        <translation>Anna tutorsopimuksen alku- ja loppupäivä, jotta hakija voidaan valita.</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>Tutorsopimus ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>“{target}” is not a step of recruitment.</source>
        <translation>”{target}” ei ole rekrytoinnin vaihe.</translation>
    </message>
    <message>
        <source>was refused</source>
        <translation>on evätty</translation>
    </message>
    <message>
        <source>is pending</source>
        <translation>puuttuu vielä</translation>
    </message>
    <message>
        <source>The principal&apos;s consent for {name} {state}. Appoint anyway?</source>
        <translation>{name}: rehtorin suostumus {state}. Valitaanko silti?</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>viikonloppu</translation>
    </message>
    <message>
        <source>outside the terms</source>
        <translation>lukukausien ulkopuolella</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <source>first</source>
        <translation>ensimmäinen</translation>
    </message>
    <message>
        <source>second</source>
        <translation>toinen</translation>
    </message>
    <message>
        <source>third</source>
        <translation>kolmas</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>neljäs</translation>
    </message>
    <message>
        <source>last</source>
        <translation>viimeinen</translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most 40.</source>
        <translation>Tuntimäärän viikossa on oltava yli 0 ja enintään 40.</translation>
    </message>
    <message>
        <source>Give the released days and times, or a number of hours per week.</source>
        <translation>Anna tutorointiajan päivät ja kellonajat tai tuntimäärä viikossa.</translation>
    </message>
    <message>
        <source>“{rule}” is not a recurrence rule CoachDesk can read.</source>
        <translation>”{rule}” ei ole toistosääntö, jota CoachDesk osaa lukea.</translation>
    </message>
    <message>
        <source>Write times as 8:00 or 14:30.</source>
        <translation>Kirjoita kellonajat muodossa 8:00 tai 14:30.</translation>
    </message>
    <message>
        <source>Give the time the released day starts and ends.</source>
        <translation>Anna tutorointipäivän alkamis- ja päättymisaika.</translation>
    </message>
    <message>
        <source>The released time must end after it starts.</source>
        <translation>Tutorointiajan päättymisajan on oltava alkamisajan jälkeen.</translation>
    </message>
    <message>
        <source>{hours} h a week, no fixed days</source>
        <translation>{hours} h viikossa, ei kiinteitä päiviä</translation>
    </message>
    <message>
        <source>No released time</source>
        <translation>Ei tutorointiaikaa</translation>
    </message>
    <message>
        <source>The {ordinal} {day} of each month</source>
        <translation>Kuukauden {ordinal} {day}</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on {days}</source>
        <translation>
            <numerusform>%n viikon välein: {days}</numerusform>
            <numerusform>%n viikon välein: {days}</numerusform>
        </translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation>Joka viikko: {days}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} ja {last}</translation>
    </message>
    <message>
        <source>This plan gives no school days between {first} and {last}: check the days and the school calendar.</source>
        <translation>Tällä suunnitelmalla ei tule yhtään koulupäivää ajalla {first}–{last}: tarkista päivät ja koulukalenteri.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Ajoitettu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Matala</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normaali</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Rehtori</translation>
    </message>
    <message>
        <source>ICT contact person</source>
        <translation>TVT-yhteyshenkilö</translation>
    </message>
    <message>
        <source>Choose the school that asks.</source>
        <translation>Valitse koulu, joka pyytää käyntiä.</translation>
    </message>
    <message>
        <source>Number of teachers</source>
        <translation>Opettajien määrä</translation>
    </message>
    <message>
        <source>A visit lasts from 15 minutes to 8 hours.</source>
        <translation>Käynnin kesto on 15 minuutista 8 tuntiin.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Viimeinen päivä ei voi olla ennen ensimmäistä.</translation>
    </message>
    <message>
        <source>The preferred hours must end after they start.</source>
        <translation>Toivotun aikavälin on päätyttävä myöhemmin kuin se alkaa.</translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation>Esiopetus</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Alakoulu</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Yläkoulu</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation>Yhtenäiskoulu</translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation>Lukio</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Ammatillinen oppilaitos</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Tutor salaries</source>
        <translation>Tutoropettajien palkat</translation>
    </message>
    <message>
        <source>Substitutes</source>
        <translation>Sijaiset</translation>
    </message>
    <message>
        <source>Training and development days</source>
        <translation>Koulutus- ja kehittämispäivät</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Matkat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>{label}: give euros and cents, at most two decimals.</source>
        <translation>{label}: anna eurot ja sentit, enintään kaksi desimaalia.</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Rahoittaja</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Päätöksen numero</translation>
    </message>
    <message>
        <source>Give the first day of the grant&apos;s period.</source>
        <translation>Anna avustuksen käyttöajan ensimmäinen päivä.</translation>
    </message>
    <message>
        <source>Give the last day of the grant&apos;s period.</source>
        <translation>Anna avustuksen käyttöajan viimeinen päivä.</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Päätöksen päivämäärä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Give the share of the costs the grant covers, e.g. 80.</source>
        <translation>Anna osuus kustannuksista, jonka avustus kattaa, esim. 80.</translation>
    </message>
    <message>
        <source>The share is a percentage more than 0 and at most 100.</source>
        <translation>Osuus on prosentti, joka on yli 0 ja enintään 100.</translation>
    </message>
    <message>
        <source>Give the share with at most two decimals, e.g. 80.</source>
        <translation>Anna osuus enintään kahdella desimaalilla, esim. 80.</translation>
    </message>
    <message>
        <source>Own share</source>
        <translation>Omarahoitusosuus</translation>
    </message>
    <message>
        <source>Choose the kind of budget line.</source>
        <translation>Valitse budjettirivin tyyppi.</translation>
    </message>
    <message>
        <source>Choose the language unit, or none.</source>
        <translation>Valitse kieliyksikkö tai jätä tyhjäksi.</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budjetti</translation>
    </message>
    <message>
        <source>Budget line {n}: {problem}</source>
        <translation>Budjettirivi {n}: {problem}</translation>
    </message>
    <message>
        <source>Budget lines {first} and {second} have the same name: give each line a name of its own.</source>
        <translation>Budjettiriveillä {first} ja {second} on sama nimi: anna kullekin riville oma nimi.</translation>
    </message>
    <message>
        <source>Budget lines {first} and {second} both pay the tutor salaries of one language unit: keep one, or give each its own unit.</source>
        <translation>Budjettirivit {first} ja {second} maksavat molemmat saman kieliyksikön tutoropettajien palkat: pidä toinen tai anna kummallekin oma yksikkö.</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Tosite</translation>
    </message>
    <message>
        <source>Give the date of the cost.</source>
        <translation>Anna kustannuksen päivämäärä.</translation>
    </message>
    <message>
        <source>A cost of 0 € changes nothing: give the amount.</source>
        <translation>0 €:n kustannus ei muuta mitään: anna summa.</translation>
    </message>
    <message>
        <source>Choose the budget line.</source>
        <translation>Valitse budjettirivi.</translation>
    </message>
    <message>
        <source>The grant&apos;s period is {first}–{last}: a cost on another day belongs to another grant.</source>
        <translation>Avustuksen käyttöaika on {first}–{last}: muuna päivänä syntynyt kustannus kuuluu toiselle avustukselle.</translation>
    </message>
    <message>
        <source>Choose the kind of school.</source>
        <translation>Valitse koulutyyppi.</translation>
    </message>
    <message>
        <source>Choose the language of the school.</source>
        <translation>Valitse koulun opetuskieli.</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Oppiaineet</translation>
    </message>
    <message>
        <source>Choose the teacher&apos;s school.</source>
        <translation>Valitse opettajan koulu.</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Perustaso</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Keskitaso</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Edistynyt taso</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Yläkoulu ja toinen aste</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Link to materials</source>
        <translation>Linkki materiaaleihin</translation>
    </message>
    <message>
        <source>Choose the level of the topic.</source>
        <translation>Valitse koulutusaiheen taso.</translation>
    </message>
    <message>
        <source>Choose the audience of the topic.</source>
        <translation>Valitse koulutusaiheen kohderyhmä.</translation>
    </message>
    <message>
        <source>A link starts with http:// or https://.</source>
        <translation>Linkin on alettava http:// tai https://.</translation>
    </message>
    <message>
        <source>Write the whole link without spaces, e.g. https://example.fi/materials.</source>
        <translation>Kirjoita koko linkki ilman välilyöntejä, esim. https://example.fi/materials.</translation>
    </message>
    <message>
        <source>School tutor</source>
        <translation>Koulun oma tutoropettaja</translation>
    </message>
    <message>
        <source>Roaming tutor</source>
        <translation>Kiertävä tutoropettaja</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Hakenut</translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation>Haastateltu</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Esitetty valittavaksi</translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation>Valittu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Ei valittu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Vetäytynyt</translation>
    </message>
    <message>
        <source>Choose the kind of tutor.</source>
        <translation>Valitse tutoropettajan tyyppi.</translation>
    </message>
    <message>
        <source>Choose a level for each strength.</source>
        <translation>Valitse taso jokaiselle vahvuudelle.</translation>
    </message>
    <message>
        <source>Choose the tutor&apos;s home school.</source>
        <translation>Valitse tutoropettajan oma koulu.</translation>
    </message>
    <message>
        <source>An appointed tutor needs an agreement period.</source>
        <translation>Valitulle tutoropettajalle on annettava tutorsopimuksen kausi.</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 40.</source>
        <translation>Tuntimäärän viikossa on oltava 0–40.</translation>
    </message>
    <message>
        <source>Hours per term must be between 0 and 1000.</source>
        <translation>Tuntimäärän lukukaudessa on oltava 0–1000.</translation>
    </message>
    <message>
        <source>Hourly cost</source>
        <translation>Tuntikustannus</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} on pakollinen tieto.</translation>
    </message>
    <message>
        <source>{label} must be on one line: remove the line break.</source>
        <translation>{label}: tekstin on oltava yhdellä rivillä. Poista rivinvaihto.</translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>{label}: teksti on liian pitkä (enintään {limit} merkkiä).</translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation>Sähköpostiosoite</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address; write it as name@example.fi.</source>
        <translation>”{value}” ei ole sähköpostiosoite; kirjoita se muodossa name@example.fi.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label}: arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>{label} cannot be more than {maximum}.</source>
        <translation>{label}: arvo voi olla enintään {maximum}.</translation>
    </message>
    <message>
        <source>{label}: give a date between {first} and {last}.</source>
        <translation>{label}: anna päivämäärä väliltä {first}–{last}.</translation>
    </message>
    <message>
        <source>{label} holds an invisible control character ({code}): remove it, or type the text again instead of pasting it.</source>
        <translation>{label}: tekstissä on näkymätön ohjausmerkki ({code}). Poista se tai kirjoita teksti uudelleen liittämisen sijaan.</translation>
    </message>
    <message>
        <source>Co-teaching</source>
        <translation>Samanaikaisopetus</translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation>Henkilöstökoulutus</translation>
    </message>
    <message>
        <source>Individual guidance</source>
        <translation>Henkilökohtainen ohjaus</translation>
    </message>
    <message>
        <source>Device set-up</source>
        <translation>Laitteiden käyttöönotto</translation>
    </message>
    <message>
        <source>Planning with the principal</source>
        <translation>Suunnittelu rehtorin kanssa</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Varattu</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Peruuntui paikan päällä</translation>
    </message>
    <message>
        <source>A visit must end after it starts.</source>
        <translation>Koulukäynnin päättymisajan on oltava alkamisajan jälkeen.</translation>
    </message>
    <message>
        <source>A visit starts and ends on the same day.</source>
        <translation>Koulukäynti alkaa ja päättyy samana päivänä.</translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation>Tavoitetut opettajat</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Käytetyt tunnit</translation>
    </message>
    <message>
        <source>This time has passed: log the visit as done or no-show instead of booking it.</source>
        <translation>Tämä aika on jo mennyt: kirjaa käynnin tilaksi ”Toteutunut” tai ”Peruuntui paikan päällä” sen sijaan, että varaisit sen.</translation>
    </message>
    <message>
        <source>The visit has not happened yet: log it after {when}.</source>
        <translation>Koulukäyntiä ei ole vielä pidetty: kirjaa se ajankohdan {when} jälkeen.</translation>
    </message>
    <message>
        <source>{day} {time}</source>
        <translation>{day} klo {time}</translation>
    </message>
    <message>
        <source>school</source>
        <translation>koulu</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder for the reports.</source>
        <translation>{path} on tiedosto, ei kansio: valitse raporteille kansio.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Aikaväli päättyy ({last}) ennen kuin se alkaa ({first}).</translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation>Tietokantatiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the file to write the copy to.</source>
        <translation>{path} on kansio: anna sen tiedoston nimi, johon kopio kirjoitetaan.</translation>
    </message>
    <message>
        <source>No copy was made of {path}. {reason}</source>
        <translation>Tiedostosta {path} ei tehty kopiota. {reason}</translation>
    </message>
    <message>
        <source>The backup could not be restored. {reason}</source>
        <translation>Varmuuskopiota ei voitu palauttaa. {reason}</translation>
    </message>
    <message>
        <source>Wrote the calendar of {tutor} to {path}</source>
        <translation>Kalenteri ({tutor}) tallennettiin: {path}</translation>
    </message>
    <message>
        <source>{what} “{text}” is not a date: write it as 2026-08-01.</source>
        <translation>{what} ”{text}” ei ole päivämäärä: kirjoita se muodossa 2026-08-01.</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx.</source>
        <translation>{path}: anna tiedostonimi, jonka pääte on .xlsx.</translation>
    </message>
    <message>
        <source>Wrote the report of {school} to {path}</source>
        <translation>Kouluraportti ({school}) tallennettiin: {path}</translation>
    </message>
    <message>
        <source>Wrote the municipal summary to {path}</source>
        <translation>Kaupungin yhteenveto tallennettiin: {path}</translation>
    </message>
    <message>
        <source>Wrote the report of the grant {grant} to {path}</source>
        <translation>Avustuksen {grant} raportti kirjoitettu tiedostoon {path}</translation>
    </message>
    <message>
        <source>Wrote the device report to {path}</source>
        <translation>Laiteraportti tallennettiin: {path}</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n school reports to {path}</source>
        <translation>
            <numerusform>%n kouluraportti tallennettiin: {path}</numerusform>
            <numerusform>%n kouluraporttia tallennettiin: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Devices on {day}</source>
        <translation>Laitetilanne {day}</translation>
    </message>
    <message>
        <source>Device report</source>
        <translation>Laiteraportti</translation>
    </message>
    <message>
        <source>Inventory, loans and reservations</source>
        <translation>Laiteluettelo, lainat ja varaukset</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation>Tilanne {day}</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Kaikki laitteet</translation>
    </message>
    <message>
        <source>Loans out</source>
        <translation>Voimassa olevat lainat</translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation>Myöhässä olevat lainat</translation>
    </message>
    <message>
        <source>Active reservations</source>
        <translation>Voimassa olevat varaukset</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation>Laitteet tilan mukaan</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Laiteluettelo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Sarjanumero</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Sijainti</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Kunto</translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation>Hankittu</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Haltija</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Päiviä myöhässä</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>Lainat</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>Lainaaja</translation>
    </message>
    <message>
        <source>Borrower is</source>
        <translation>Lainaajan tyyppi</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystieto</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>Lainauspäivä</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>Uusinnat</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Varaukset</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Saakka</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Varaaja</translation>
    </message>
    <message>
        <source>The lesson “{title}” has no date and time: give them on the Lessons page first.</source>
        <translation>Koulutukselta ”{title}” puuttuu päivämäärä ja kellonaika: lisää ne ensin Koulutukset-sivulla.</translation>
    </message>
    <message>
        <source>Tutors: {names}</source>
        <translation>Tutoropettajat: {names}</translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation>Linkki: {url}</translation>
    </message>
    <message>
        <source>Tutor: {name}</source>
        <translation>Tutoropettaja: {name}</translation>
    </message>
    <message>
        <source>Topics: {names}</source>
        <translation>Koulutusaiheet: {names}</translation>
    </message>
    <message>
        <source>Principal: {name}</source>
        <translation>Rehtori: {name}</translation>
    </message>
    <message>
        <source>ICT contact: {name}</source>
        <translation>TVT-yhteyshenkilö: {name}</translation>
    </message>
    <message>
        <source>CoachDesk: {tutor}</source>
        <translation>CoachDesk: {tutor}</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Etunimi</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>No column gives the {fields}: choose the column for it.</source>
        <translation>Mikään sarake ei sisällä tietoa: {fields}. Valitse sille sarake.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Tiedostoa {path} ei ole.</translation>
    </message>
    <message>
        <source>{path} cannot be read: close it in Excel or check that you may open it, then try again.</source>
        <translation>Tiedostoa {path} ei voi lukea: sulje se Excelissä tai tarkista, että sinulla on oikeus avata se, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and import that file.</source>
        <translation>{path} ei ole Excel-työkirja (.xlsx). Tallenna se Excelissä .xlsx-muodossa ja tuo se tiedosto.</translation>
    </message>
    <message>
        <source>{path} has no sheet “{sheet}”; it has {names}.</source>
        <translation>Tiedostossa {path} ei ole taulukkoa ”{sheet}”; siinä on {names}.</translation>
    </message>
    <message>
        <source>{path} could not be read: {error}. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation>Tiedostoa {path} ei voitu lukea: {error}. Avaa se Excelissä, tallenna se uudelleen .xlsx-muodossa ja tuo se tiedosto.</translation>
    </message>
    <message>
        <source>Row {row} is a total row (“{label}”): not imported.</source>
        <translation>Rivi {row} on summarivi (”{label}”): sitä ei tuoda.</translation>
    </message>
    <message>
        <source>column {letter}</source>
        <translation>sarake {letter}</translation>
    </message>
    <message>
        <source>it has no name</source>
        <translation>sillä ei ole nimeä</translation>
    </message>
    <message>
        <source>CoachDesk has no field for it</source>
        <translation>CoachDeskissä ei ole sille kenttää</translation>
    </message>
    <message>
        <source>the {field} comes from “{column}”</source>
        <translation>{field} luetaan sarakkeesta ”{column}”</translation>
    </message>
    <message>
        <source>a school has several e-mail columns: choose which one this is</source>
        <translation>koululla on useita sähköpostikenttiä: valitse, mikä niistä tämä sarake on</translation>
    </message>
    <message>
        <source>{column} → not imported ({why})</source>
        <translation>{column} → ei tuoda ({why})</translation>
    </message>
    <message>
        <source>Column “{column}” is not imported: {why}.</source>
        <translation>Saraketta ”{column}” ei tuoda: {why}.</translation>
    </message>
    <message>
        <source>The {column} is not imported: {why}.</source>
        <translation>Tuomatta jää {column}: {why}.</translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the columns, for example {examples}.</source>
        <translation>Tiedostosta {path} ei löytynyt otsikkoriviä: jonkin {rows} ensimmäisestä rivistä on nimettävä sarakkeet, esimerkiksi {examples}.</translation>
    </message>
    <message>
        <source>“{email}” ({name}) cannot go into a message as an e-mail address: correct it, then make the message again.</source>
        <translation>”{email}” ({name}) ei kelpaa viestin sähköpostiosoitteeksi: korjaa osoite ja tee viesti sitten uudelleen.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Kopio</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Piilokopio</translation>
    </message>
    <message>
        <source>The message is too long for a mail link ({n} characters; at most {limit}). Save it as an .eml file and open that in your mail program.</source>
        <translation>Viesti on liian pitkä sähköpostilinkille ({n} merkkiä; enintään {limit}). Tallenna se .eml-tiedostoksi ja avaa se sähköpostiohjelmassasi.</translation>
    </message>
    <message>
        <source>Messages are written in Finnish (fi), Swedish (sv) or English (en), not “{language}”.</source>
        <translation>Viestien kieli voi olla suomi (fi), ruotsi (sv) tai englanti (en), ei ”{language}”.</translation>
    </message>
    <message>
        <source>No principal&apos;s e-mail for {names}: fill it in on the Schools page, or leave the school out.</source>
        <translation>Rehtorin sähköpostiosoite puuttuu: {names}. Lisää se Koulut-sivulla tai jätä koulu pois.</translation>
    </message>
    <message>
        <source>Choose the lessons to announce.</source>
        <translation>Valitse koulutukset, joista ilmoitetaan.</translation>
    </message>
    <message>
        <source>Choose the schools to send it to.</source>
        <translation>Valitse koulut, joille viesti lähetetään.</translation>
    </message>
    <message>
        <source>Only published lessons are announced; publish these first or leave them out: {names}.</source>
        <translation>Vain julkaistuista koulutuksista ilmoitetaan; julkaise nämä ensin tai jätä ne pois: {names}.</translation>
    </message>
    <message>
        <source>No teacher of {names} has an e-mail address: fill them in on the Teachers page, or send to the principals and ICT contacts.</source>
        <translation>Näiden koulujen opettajilta puuttuvat sähköpostiosoitteet: {names}. Lisää ne Opettajat-sivulla tai lähetä viesti rehtoreille ja TVT-yhteyshenkilöille.</translation>
    </message>
    <message>
        <source>Only a booked visit is confirmed; this one is {status}.</source>
        <translation>Vain varattu koulukäynti voidaan vahvistaa; tämän käynnin tila: {status}.</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: fill it in on the Tutors page.</source>
        <translation>{name}: sähköpostiosoite puuttuu. Lisää se Tutoropettajat-sivulla.</translation>
    </message>
    <message>
        <source>Choose the schools to send reports to.</source>
        <translation>Valitse koulut, joille raportit lähetetään.</translation>
    </message>
    <message>
        <source>you have a seat</source>
        <translation>sinulla on paikka</translation>
    </message>
    <message>
        <source>you are on the waiting list; you will hear from us if a seat frees up</source>
        <translation>olet varasijalla; saat tiedon, jos paikka vapautuu</translation>
    </message>
    <message>
        <source>your sign-up is cancelled</source>
        <translation>ilmoittautumisesi on peruttu</translation>
    </message>
    <message>
        <source>a seat freed up: you have a seat now</source>
        <translation>paikka vapautui: sinulla on nyt paikka</translation>
    </message>
    <message>
        <source>not possible: {reason}</source>
        <translation>ei onnistunut: {reason}</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in {suffix}.</source>
        <translation>{path}: anna tiedostonimi, jonka pääte on {suffix}.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder.</source>
        <translation>{path} on tiedosto, ei kansio: valitse kansio.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation>{path} on kansio: anna tiedostonimi.</translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}. Choose a folder you can write to.</source>
        <translation>Kansioon {folder} ei voi kirjoittaa: {reason}. Valitse kansio, johon sinulla on kirjoitusoikeus.</translation>
    </message>
    <message>
        <source>Cannot replace {path}: the file is open in another program or write-protected. Close it and try again, or save under another name.</source>
        <translation>Tiedostoa {path} ei voi korvata: tiedosto on auki toisessa ohjelmassa tai kirjoitussuojattu. Sulje se ja yritä uudelleen tai tallenna toisella nimellä.</translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}.</source>
        <translation>Tiedostoa {path} ei voi tallentaa: {reason}.</translation>
    </message>
    <message>
        <source>Personal data: {name}</source>
        <translation>Henkilötiedot: {name}</translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation>Henkilötietojen vienti</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about one person</source>
        <translation>Kaikki, mitä CoachDesk tallentaa yhdestä henkilöstä</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>{what} #{id}, exported on {day}</source>
        <translation>{what} #{id}, viety {day}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Schools</source>
        <translation>Koulut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation>Ilmoittautumiset</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Läsnäolo</translation>
    </message>
    <message>
        <source>Feedback score</source>
        <translation>Palautteen arvosana</translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation>Palautteen kommentti</translation>
    </message>
    <message>
        <source>Lessons taught</source>
        <translation>Pidetyt koulutukset</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Koulukäynnit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Tutorhaku</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Home school</source>
        <translation>Oma koulu</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Principal&apos;s consent</source>
        <translation>Rehtorin suostumus</translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation>Syy (ei valittu)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Helsinki&apos;s three levels</source>
        <translation>Helsingin kolme tasoa</translation>
    </message>
    <message>
        <source>Opeka&apos;s four levels</source>
        <translation>Opekan neljä tasoa</translation>
    </message>
    <message>
        <source>basic skills</source>
        <translation>perustaidot</translation>
    </message>
    <message>
        <source>in everyday teaching</source>
        <translation>arjen opetuksessa</translation>
    </message>
    <message>
        <source>develops and guides others</source>
        <translation>kehittää ja ohjaa muita</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>alkuvaihe</translation>
    </message>
    <message>
        <source>developing</source>
        <translation>kehittyvä</translation>
    </message>
    <message>
        <source>skilled</source>
        <translation>taitava</translation>
    </message>
    <message>
        <source>pioneering</source>
        <translation>edelläkävijä</translation>
    </message>
    <message>
        <source>Level {n}: {name}</source>
        <translation>Taso {n}: {name}</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <source>Confirmed by the principal or coordinator</source>
        <translation>Rehtorin tai koordinaattorin vahvistama</translation>
    </message>
    <message>
        <source>Earned with a certificate</source>
        <translation>Saavutettu todistuksella</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Choose the teacher.</source>
        <translation>Valitse opettaja.</translation>
    </message>
    <message>
        <source>Choose a level from 1 to {n}.</source>
        <translation>Valitse taso 1–{n}.</translation>
    </message>
    <message>
        <source>Give the date of the assessment.</source>
        <translation>Anna arvioinnin päivämäärä.</translation>
    </message>
    <message>
        <source>Choose where the level comes from.</source>
        <translation>Valitse, mistä taso on peräisin.</translation>
    </message>
    <message>
        <source>Give a share from 0 to 100 %.</source>
        <translation>Anna osuus väliltä 0–100 %.</translation>
    </message>
    <message>
        <source>A higher level&apos;s target cannot be above a lower level&apos;s.</source>
        <translation>Ylemmän tason tavoite ei voi olla alemman tason tavoitetta suurempi.</translation>
    </message>
    <message>
        <source>{school}: tutoring {period}</source>
        <translation>{school}: tutoropettajatoiminta {period}</translation>
    </message>
    <message>
        <source>School report</source>
        <translation>Kouluraportti</translation>
    </message>
    <message>
        <source>Tutor visits, lessons, devices and requests</source>
        <translation>Tutoropettajien koulukäynnit, koulutukset, laitteet ja käyntipyynnöt</translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation>Toteutuneet koulukäynnit</translation>
    </message>
    <message>
        <source>Visits planned</source>
        <translation>Suunnitellut koulukäynnit</translation>
    </message>
    <message>
        <source>Tutor hours at the school</source>
        <translation>Tutoropettajien tunnit koululla</translation>
    </message>
    <message>
        <source>Tutor hours in visits</source>
        <translation>Tutoropettajien tunnit koulukäynneillä</translation>
    </message>
    <message>
        <source>Teacher contacts in visits</source>
        <translation>Opettajakohtaamiset koulukäynneillä</translation>
    </message>
    <message>
        <source>Teachers reached by visits</source>
        <translation>Koulukäynneillä tavoitetut opettajat</translation>
    </message>
    <message>
        <source>Share of the staff reached</source>
        <translation>Tavoitettujen osuus henkilöstöstä</translation>
    </message>
    <message>
        <source>Share of the staff who attended a lesson</source>
        <translation>Koulutukseen osallistuneiden osuus henkilöstöstä</translation>
    </message>
    <message>
        <source>Longest wait of an open request, days</source>
        <translation>Avoimen käyntipyynnön pisin odotus, päivää</translation>
    </message>
    <message>
        <source>Median school in the city</source>
        <translation>Kaupungin mediaanikoulu</translation>
    </message>
    <message>
        <source>Share of allotted hours used</source>
        <translation>Käytetty osuus resurssista</translation>
    </message>
    <message>
        <source>Visits and lessons that start from the first day of the period to the last, both included.</source>
        <translation>Koulukäynnit ja koulutukset, jotka alkavat aikavälin ensimmäisen ja viimeisen päivän välillä, molemmat päivät mukaan lukien.</translation>
    </message>
    <message>
        <source>Visits the tutor logged as done.</source>
        <translation>Koulukäynnit, jotka tutoropettaja on kirjannut toteutuneiksi.</translation>
    </message>
    <message>
        <source>Visits booked from the day the report was made on to the end of the period. A visit booked earlier but not yet logged is counted in neither.</source>
        <translation>Koulukäynnit, jotka on varattu raportin tekopäivästä aikavälin loppuun. Aiemmalle päivälle varattua käyntiä, jota ei ole vielä kirjattu, ei lasketa kumpaankaan.</translation>
    </message>
    <message>
        <source>The time the tutor logged as spent at a done visit, or else the time booked. Hours are shown as hours:minutes (1:30 is an hour and a half), so that totals match the rows to the minute.</source>
        <translation>Toteutuneeseen koulukäyntiin kirjattu käytetty aika, tai muuten varattu aika. Tunnit näytetään muodossa tunnit:minuutit (1:30 on puolitoista tuntia), joten summat täsmäävät riveihin minuutilleen.</translation>
    </message>
    <message>
        <source>The number of teachers each done visit reached, added up: a teacher at three visits counts three times.</source>
        <translation>Kunkin toteutuneen koulukäynnin tavoittamien opettajien määrät yhteenlaskettuina: kolmella käynnillä mukana ollut opettaja lasketaan kolmesti.</translation>
    </message>
    <message>
        <source>Different teachers named in the log of a done visit, each once. A visit logged with a number of teachers only is counted in the contacts, not here.</source>
        <translation>Eri opettajat, jotka on nimetty toteutuneen koulukäynnin kirjauksessa, kukin kerran. Käynti, johon on kirjattu vain opettajien määrä, lasketaan opettajakohtaamisiin, ei tähän.</translation>
    </message>
    <message>
        <source>A teacher enrolled in a lesson (not cancelled) and marked present or late: each teacher at each lesson once.</source>
        <translation>Koulutukseen (jota ei ole peruttu) ilmoittautunut opettaja, joka on merkitty läsnä olevaksi tai myöhässä olleeksi: kukin opettaja kussakin koulutuksessa kerran.</translation>
    </message>
    <message>
        <source>The length of each lesson attended, once per teacher who attended it.</source>
        <translation>Kunkin koulutuksen kesto kerran jokaista siihen osallistunutta opettajaa kohden.</translation>
    </message>
    <message>
        <source>Different teachers with at least one lesson attendance, each once.</source>
        <translation>Eri opettajat, joilla on vähintään yksi osallistuminen koulutukseen, kukin kerran.</translation>
    </message>
    <message>
        <source>Lessons planned or published from the day the report was made on, with at least one of the school&apos;s teachers enrolled.</source>
        <translation>Raportin tekopäivästä alkaen suunnitellut tai julkaistut koulutukset, joihin on ilmoittautunut vähintään yksi koulun opettaja.</translation>
    </message>
    <message>
        <source>Different teachers reached by a visit or who attended a lesson, each once.</source>
        <translation>Eri opettajat, jotka on tavoitettu koulukäynnillä tai jotka ovat osallistuneet koulutukseen, kukin kerran.</translation>
    </message>
    <message>
        <source>The teachers on the school&apos;s staff in CoachDesk when the report was made (not archived). Teachers are counted with the school they are at now, and only active teachers are counted as reached, so a share of the staff never passes 100 %.</source>
        <translation>Koulun opettajat CoachDeskissä raportin tekohetkellä (ei arkistoidut). Opettajat lasketaan nykyiseen kouluunsa, ja tavoitetuiksi lasketaan vain aktiiviset opettajat, joten osuus henkilöstöstä ei koskaan ylitä 100&#xa0;%:a.</translation>
    </message>
    <message>
        <source>Teachers reached by visits or lessons, of the active teachers.</source>
        <translation>Koulukäynneillä tai koulutuksilla tavoitetut opettajat aktiivisista opettajista.</translation>
    </message>
    <message>
        <source>Teachers who attended a lesson, of the active teachers: the share that CoachDesk&apos;s Today and Attendance pages show.</source>
        <translation>Koulutukseen osallistuneet opettajat aktiivisista opettajista: sama osuus, jonka CoachDeskin Tänään- ja Läsnäolo-sivut näyttävät.</translation>
    </message>
    <message>
        <source>Each figure of the school in the middle when the city&apos;s schools (not archived) are put in order by it: half have as much or less, half as much or more.</source>
        <translation>Kunkin tunnusluvun arvo sillä koululla, joka on keskimmäinen, kun kaupungin koulut (ei arkistoituja) järjestetään sen mukaan: puolella on yhtä paljon tai vähemmän, puolella yhtä paljon tai enemmän.</translation>
    </message>
    <message>
        <source>Requests for a visit that came in by the period&apos;s last day and are not yet done or cancelled; a request waits from the day it came in.</source>
        <translation>Käyntipyynnöt, jotka ovat saapuneet aikavälin viimeiseen päivään mennessä eivätkä ole vielä toteutuneet tai peruuntuneet; pyyntö odottaa saapumispäivästään alkaen.</translation>
    </message>
    <message>
        <source>Devices lent to the school or to one of its teachers on that day.</source>
        <translation>Koululle tai sen opettajalle lainassa olevat laitteet kyseisenä päivänä.</translation>
    </message>
    <message>
        <source>Hours of the tutor&apos;s done visits and of the held lessons the tutor taught.</source>
        <translation>Tutoropettajan toteutuneiden koulukäyntien ja hänen pitämiensä koulutusten tunnit.</translation>
    </message>
    <message>
        <source>The tutor&apos;s hours per term, for the part of each term of the period that the tutor&apos;s agreement covers.</source>
        <translation>Tutoropettajan tunnit lukukautta kohden siltä osin kuin tutorsopimus kattaa aikavälin kunkin lukukauden.</translation>
    </message>
    <message>
        <source>Lessons not cancelled that start in the period; held: those marked held.</source>
        <translation>Aikavälillä alkavat koulutukset, joita ei ole peruttu; pidetyt: pidetyiksi merkityt.</translation>
    </message>
    <message>
        <source>How these figures are counted</source>
        <translation>Näin luvut lasketaan</translation>
    </message>
    <message>
        <source>How it is counted</source>
        <translation>Miten se lasketaan</translation>
    </message>
    <message>
        <source>Hours of lessons attended</source>
        <translation>Koulutusten osallistumistunnit</translation>
    </message>
    <message>
        <source>Teachers who attended a lesson</source>
        <translation>Koulutukseen osallistuneet opettajat</translation>
    </message>
    <message>
        <source>Upcoming lessons with the school&apos;s teachers enrolled</source>
        <translation>Tulevat koulutukset, joihin koulun opettajia on ilmoittautunut</translation>
    </message>
    <message>
        <source>Teachers reached by visits or lessons</source>
        <translation>Koulukäynneillä tai koulutuksilla tavoitetut opettajat</translation>
    </message>
    <message>
        <source>Active teachers</source>
        <translation>Aktiiviset opettajat</translation>
    </message>
    <message>
        <source>Devices on loan on {day}</source>
        <translation>Lainassa olevat laitteet {day}</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Avoimet käyntipyynnöt</translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation>Aikaväli {period}</translation>
    </message>
    <message>
        <source>Made on {day}</source>
        <translation>Laadittu {day}</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Tunnusluvut</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Tunnusluku</translation>
    </message>
    <message>
        <source>Grant report: {name}</source>
        <translation>Avustusraportti: {name}</translation>
    </message>
    <message>
        <source>Grant report</source>
        <translation>Avustusraportti</translation>
    </message>
    <message>
        <source>Tutoring paid by the grant: figures and costs</source>
        <translation>Avustuksella rahoitettu tutorointi: tunnusluvut ja kustannukset</translation>
    </message>
    <message>
        <source>Entered cost</source>
        <translation>Kirjattu kustannus</translation>
    </message>
    <message>
        <source>School tutors</source>
        <translation>Koulun tutoropettajat</translation>
    </message>
    <message>
        <source>Roaming tutors</source>
        <translation>Kiertävät tutoropettajat</translation>
    </message>
    <message>
        <source>Teachers reached (different)</source>
        <translation>Tavoitetut opettajat (eri)</translation>
    </message>
    <message>
        <source>Tutors&apos; hours on the grant</source>
        <translation>Tutoropettajien tunnit avustuksella</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Avustus</translation>
    </message>
    <message>
        <source>Share of the costs the grant covers</source>
        <translation>Avustuksen osuus kustannuksista</translation>
    </message>
    <message>
        <source>Costs spent</source>
        <translation>Toteutuneet kustannukset</translation>
    </message>
    <message>
        <source>Of which the grant pays</source>
        <translation>Josta avustus kattaa</translation>
    </message>
    <message>
        <source>Own share so far</source>
        <translation>Omarahoitusosuus tähän mennessä</translation>
    </message>
    <message>
        <source>Own share budgeted</source>
        <translation>Budjetoitu omarahoitusosuus</translation>
    </message>
    <message>
        <source>Costs committed (booked)</source>
        <translation>Sidotut kustannukset (varattu)</translation>
    </message>
    <message>
        <source>Grant left</source>
        <translation>Avustusta jäljellä</translation>
    </message>
    <message>
        <source>Forecast of the grant used by the end</source>
        <translation>Ennuste avustuksen käytöstä kauden loppuun</translation>
    </message>
    <message>
        <source>As of {day}</source>
        <translation>Tilanne {day}</translation>
    </message>
    <message>
        <source>decision {number}</source>
        <translation>päätös {number}</translation>
    </message>
    <message>
        <source>Costs by language unit</source>
        <translation>Kustannukset kieliyksiköittäin</translation>
    </message>
    <message>
        <source>Language unit</source>
        <translation>Kieliyksikkö</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Kaikki yksiköt</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>Budjettirivit</translation>
    </message>
    <message>
        <source>Grant&apos;s part spent</source>
        <translation>Avustuksen osuus toteutunut</translation>
    </message>
    <message>
        <source>Grant&apos;s part committed</source>
        <translation>Avustuksen osuus sidottu</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Jäljellä</translation>
    </message>
    <message>
        <source>Forecast at the end</source>
        <translation>Ennuste lopussa</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Kuukausittain</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <source>Description or tutor</source>
        <translation>Kuvaus tai tutoropettaja</translation>
    </message>
    <message>
        <source>Spent or committed</source>
        <translation>Toteutunut vai sidottu</translation>
    </message>
    <message>
        <source>spent</source>
        <translation>toteutunut</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>sidottu</translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation>Käyntitunnit</translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation>Koulutustunnit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Costs of the school on the grants</source>
        <translation>Koulun kustannukset avustuksilla</translation>
    </message>
    <message>
        <source>This school</source>
        <translation>Tämä koulu</translation>
    </message>
    <message>
        <source>Visits and lessons per month</source>
        <translation>Koulukäynnit ja koulutukset kuukausittain</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>The median school: half of the city&apos;s {n} schools have as much or less. How each figure is counted: the last sheet.</source>
        <translation>Mediaanikoulu: puolella kaupungin {n} koulusta on yhtä paljon tai vähemmän. Miten kukin luku lasketaan: viimeinen välilehti.</translation>
    </message>
    <message>
        <source>No topic was logged in a visit or a lesson attended.</source>
        <translation>Koulukäynneille tai koulutuksiin osallistumisille ei ole kirjattu koulutusaiheita.</translation>
    </message>
    <message>
        <source>{n} other topics</source>
        <translation>{n} muuta koulutusaihetta</translation>
    </message>
    <message>
        <source>Planned next</source>
        <translation>Seuraavaksi suunniteltu</translation>
    </message>
    <message>
        <source>Nothing is planned in the rest of the period.</source>
        <translation>Aikavälin loppuosalle ei ole suunniteltu mitään.</translation>
    </message>
    <message>
        <source>Visit: {purpose}</source>
        <translation>Koulukäynti: {purpose}</translation>
    </message>
    <message>
        <source>Lesson: {title}</source>
        <translation>Koulutus: {title}</translation>
    </message>
    <message>
        <source>{n} enrolled from the school</source>
        <translation>Ilmoittautuneita koulusta: {n}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kustannukset</translation>
    </message>
    <message>
        <source>{first}–{last}: the costs entered for the school and the tutors&apos; done visits and lessons there valued at their hourly cost, before the grant&apos;s share.</source>
        <translation>{first}–{last}: koululle kirjatut kustannukset sekä tutoropettajien toteutuneet koulukäynnit ja koulutukset koululla heidän tuntikustannuksellaan laskettuina, ennen avustuksen osuutta.</translation>
    </message>
    <message>
        <source>No cost on a grant&apos;s budget line is for this school in the period.</source>
        <translation>Millään avustuksen budjettirivillä ei ole kustannuksia tälle koululle tällä aikavälillä.</translation>
    </message>
    <message>
        <source>Costs entered</source>
        <translation>Kirjatut kustannukset</translation>
    </message>
    <message>
        <source>Tutors&apos; time valued</source>
        <translation>Tutoropettajien aika euroina</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Teacher contacts</source>
        <translation>Opettajakohtaamiset</translation>
    </message>
    <message>
        <source>Teachers named</source>
        <translation>Nimetyt opettajat</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Koulutusaiheet</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Koulutukset</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Koulutusaihe</translation>
    </message>
    <message>
        <source>Lesson status</source>
        <translation>Koulutuksen tila</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Osallistui</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Osallistumistunnit</translation>
    </message>
    <message>
        <source>Devices on loan</source>
        <translation>Lainassa olevat laitteet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Odottanut (päivää)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Hours asked</source>
        <translation>Pyydetyt tunnit</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>Opettajat</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Kiireellisyys</translation>
    </message>
    <message>
        <source>Tutoring in the municipality {period}</source>
        <translation>Tutoropettajatoiminta kaupungissa {period}</translation>
    </message>
    <message>
        <source>Municipal summary</source>
        <translation>Kaupungin yhteenveto</translation>
    </message>
    <message>
        <source>Hours per tutor, visits and lessons per school and topic</source>
        <translation>Tunnit tutoropettajittain, koulukäynnit ja koulutukset kouluittain ja aiheittain</translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation>Tutoropettajat</translation>
    </message>
    <message>
        <source>Tutor hours used</source>
        <translation>Tutoropettajien käyttämät tunnit</translation>
    </message>
    <message>
        <source>Tutor hours allotted</source>
        <translation>Tutoropettajien resurssi (tuntia)</translation>
    </message>
    <message>
        <source>Lesson attendances</source>
        <translation>Osallistumiset koulutuksiin</translation>
    </message>
    <message>
        <source>Tutoring in the municipality</source>
        <translation>Tutoropettajatoiminta kaupungissa</translation>
    </message>
    <message>
        <source>How each figure is counted: the last sheet.</source>
        <translation>Miten kukin luku lasketaan: viimeinen välilehti.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation>Käytetyt tunnit</translation>
    </message>
    <message>
        <source>Hours allotted</source>
        <translation>Resurssi (tuntia)</translation>
    </message>
    <message>
        <source>Share used</source>
        <translation>Käyttöaste</translation>
    </message>
    <message>
        <source>Visits and lesson attendances per school</source>
        <translation>Koulukäynnit ja osallistumiset koulutuksiin kouluittain</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Läsnäolo-%</translation>
    </message>
    <message>
        <source>Attendances and visits per topic</source>
        <translation>Osallistumiset ja koulukäynnit aiheittain</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .xlsx.</source>
        <translation>{path} on kansio: anna tiedostonimi, jonka pääte on .xlsx.</translation>
    </message>
    <message>
        <source>Name the database file with --db PATH.</source>
        <translation>Anna tietokantatiedosto valitsimella --db PATH.</translation>
    </message>
    <message>
        <source>The file as it was is kept in {path}</source>
        <translation>Tiedoston aiempi versio on tallessa: {path}</translation>
    </message>
    <message>
        <source>Restored {source} into {path}.</source>
        <translation>{source} palautettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <source>ok: {path} is whole</source>
        <translation>ok: {path} on eheä</translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation>vioittunut: {problem}</translation>
    </message>
    <message>
        <source>broken reference: {row}</source>
        <translation>rikkinäinen viittaus: {row}</translation>
    </message>
    <message>
        <source>{path} is damaged. Restore it from a backup: coachdesk restore --db {path} --from BACKUP</source>
        <translation>{path} on vioittunut. Palauta se varmuuskopiosta: coachdesk restore --db {path} --from VARMUUSKOPIO</translation>
    </message>
    <message>
        <source>Name the stock-take, e.g. “Spring 2027”.</source>
        <translation>Anna inventaariolle nimi, esim. ”Kevät 2027”.</translation>
    </message>
    <message>
        <source>A stock-take is already open: close it before starting another.</source>
        <translation>Inventaario on jo käynnissä: päätä se ennen kuin aloitat uuden.</translation>
    </message>
    <message>
        <source>That stock-take no longer exists.</source>
        <translation>Kyseistä inventaariota ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>That stock-take is closed.</source>
        <translation>Inventaario on päätetty.</translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation>Valitse kopiolle toinen tiedosto.</translation>
    </message>
    <message>
        <source>the lesson “{title}”</source>
        <translation>koulutus ”{title}”</translation>
    </message>
    <message>
        <source>a visit to {school}</source>
        <translation>koulukäynti ({school})</translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation>Päättymisajan on oltava alkamisajan jälkeen.</translation>
    </message>
    <message>
        <source>Grants to follow up</source>
        <translation>Seurattavat avustukset</translation>
    </message>
    <message>
        <source>Reservations to hand out</source>
        <translation>Luovutettavat varaukset</translation>
    </message>
    <message>
        <source>for {who}, until this day</source>
        <translation>varaaja {who}, voimassa tähän päivään asti</translation>
    </message>
    <message>
        <source>{who}, {n} d overdue</source>
        <translation>{who}, {n} pv myöhässä</translation>
    </message>
    <message>
        <source>Loans due within a week</source>
        <translation>Viikon sisällä erääntyvät lainat</translation>
    </message>
    <message>
        <source>waiting {n} d</source>
        <translation>odottanut {n} pv</translation>
    </message>
    <message>
        <source>came in today</source>
        <translation>saapui tänään</translation>
    </message>
    <message>
        <source>urgent, {note}</source>
        <translation>kiireellinen, {note}</translation>
    </message>
    <message>
        <source>New requests from schools</source>
        <translation>Uudet käyntipyynnöt kouluilta</translation>
    </message>
    <message>
        <source>Visits that happened but are not logged</source>
        <translation>Koulukäynnit, jotka on pidetty mutta ei kirjattu</translation>
    </message>
    <message>
        <source>Visits this week and next</source>
        <translation>Koulukäynnit tällä ja ensi viikolla</translation>
    </message>
    <message>
        <source>{n} enrolled</source>
        <translation>ilmoittautuneita: {n}</translation>
    </message>
    <message>
        <source>Lessons held without attendance marked</source>
        <translation>Pidetyt koulutukset, joista puuttuu läsnäolo</translation>
    </message>
    <message>
        <source>Lessons this week and next</source>
        <translation>Koulutukset tällä ja ensi viikolla</translation>
    </message>
    <message>
        <source>ends today</source>
        <translation>päättyy tänään</translation>
    </message>
    <message>
        <source>in {n} d</source>
        <translation>{n} pv:n päästä</translation>
    </message>
    <message>
        <source>Agreements ending within 60 days</source>
        <translation>60 päivän sisällä päättyvät tutorsopimukset</translation>
    </message>
    <message numerus="yes">
        <source>%n more teachers to reach level {level} ({target} % of {staff})</source>
        <translation>
            <numerusform>vielä %n opettaja tasolle {level} (tavoite {target} %, henkilöstöä {staff})</numerusform>
            <numerusform>vielä %n opettajaa tasolle {level} (tavoite {target} %, henkilöstöä {staff})</numerusform>
        </translation>
    </message>
    <message>
        <source>Schools below their competence targets</source>
        <translation>Koulut, joissa digiosaamisen tavoite ei täyty</translation>
    </message>
    <message>
        <source>Import your schools</source>
        <translation>Tuo koulut</translation>
    </message>
    <message>
        <source>Reports ▸ Import reads them from an Excel sheet; or add them one by one on the Schools page.</source>
        <translation>Raportit ▸ Tuo lukee ne Excel-taulukosta; voit myös lisätä ne yksitellen Koulut-sivulla.</translation>
    </message>
    <message>
        <source>Import the teachers</source>
        <translation>Tuo opettajat</translation>
    </message>
    <message>
        <source>Each school&apos;s staff list, from Excel, on the Reports page.</source>
        <translation>Kunkin koulun henkilöstöluettelo Excelistä Raportit-sivulla.</translation>
    </message>
    <message>
        <source>Enter the school year</source>
        <translation>Lisää lukuvuosi</translation>
    </message>
    <message>
        <source>Its terms and breaks: no tutoring is booked on a break.</source>
        <translation>Sen lukukaudet ja lomat: lomille ei varata tutorointia.</translation>
    </message>
    <message>
        <source>Recruit tutors</source>
        <translation>Rekrytoi tutoropettajat</translation>
    </message>
    <message>
        <source>Open a recruitment round, or add the tutors you already have on the Tutors page.</source>
        <translation>Avaa tutorhaku tai lisää jo toimivat tutoropettajat Tutoropettajat-sivulla.</translation>
    </message>
    <message>
        <source>Unknown demo scale “{scale}”: choose small or large.</source>
        <translation>Tuntematon demoaineiston koko ”{scale}”: valitse small tai large.</translation>
    </message>
    <message>
        <source>Demo data covers 1 to {most} school years, not {years}.</source>
        <translation>Demoaineisto kattaa 1–{most} lukuvuotta, ei {years}.</translation>
    </message>
    <message>
        <source>{name} already holds data. Demo data goes only into a new, empty database.</source>
        <translation>{name} sisältää jo tietoja. Demoaineiston voi lisätä vain uuteen, tyhjään tietokantaan.</translation>
    </message>
    <message>
        <source>Training topics</source>
        <translation>Koulutusaiheet</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Koulukalenteri</translation>
    </message>
    <message>
        <source>Earlier school years</source>
        <translation>Aiemmat lukuvuodet</translation>
    </message>
    <message>
        <source>Lessons and enrollments</source>
        <translation>Koulutukset ja ilmoittautumiset</translation>
    </message>
    <message>
        <source>Trainings and certificates</source>
        <translation>Koulutukset ja todistukset</translation>
    </message>
    <message>
        <source>Assignments and peer reviews</source>
        <translation>Tehtävät ja vertaisarvioinnit</translation>
    </message>
    <message>
        <source>Requests from schools</source>
        <translation>Koulujen käyntipyynnöt</translation>
    </message>
    <message>
        <source>Devices and loans</source>
        <translation>Laitteet ja lainat</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Avustukset</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Tallennetaan</translation>
    </message>
    <message>
        <source>category</source>
        <translation>laiteryhmä</translation>
    </message>
    <message>
        <source>device</source>
        <translation>laite</translation>
    </message>
    <message>
        <source>No device has the tag “{tag}”.</source>
        <translation>Laitetunnusta ”{tag}” ei löydy.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Items in kit</source>
        <translation>Osia setissä</translation>
    </message>
    <message>
        <source>Last stock-take</source>
        <translation>Viimeisin inventaario</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Rahoitus</translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation>Hankintapäivä</translation>
    </message>
    <message>
        <source>“{name}” is not a category yet: add it under Categories first.</source>
        <translation>”{name}” ei ole vielä laiteryhmä: lisää se ensin kohdassa Laiteryhmät.</translation>
    </message>
    <message>
        <source>Another device already has the tag {tag}.</source>
        <translation>Toisella laitteella on jo laitetunnus {tag}.</translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation>Laina-aika</translation>
    </message>
    <message>
        <source>There is already a category “{name}”.</source>
        <translation>Laiteryhmä ”{name}” on jo olemassa.</translation>
    </message>
    <message>
        <source>{name} is already enrolled in this lesson.</source>
        <translation>{name} on jo ilmoittautunut tähän koulutukseen.</translation>
    </message>
    <message>
        <source>That lesson series no longer exists.</source>
        <translation>Kyseistä koulutussarjaa ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>No lesson of this series is still to come: there is nothing to enroll in.</source>
        <translation>Tämän sarjan koulutuksia ei ole enää tulossa: ilmoittauduttavaa ei ole.</translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation>ilmoittautuminen</translation>
    </message>
    <message>
        <source>This enrollment is already cancelled.</source>
        <translation>Tämä ilmoittautuminen on jo peruttu.</translation>
    </message>
    <message>
        <source>The lesson has been held: mark the teacher absent or excused instead of cancelling.</source>
        <translation>Koulutus on jo pidetty: merkitse opettajalle ”Poissa” tai ”Poissa, ilmoitettu” ilmoittautumisen perumisen sijaan.</translation>
    </message>
    <message>
        <source>That lesson no longer exists.</source>
        <translation>Kyseistä koulutusta ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>The lesson was cancelled: there is no attendance to mark.</source>
        <translation>Koulutus on peruttu: läsnäoloa ei merkitä.</translation>
    </message>
    <message>
        <source>A teacher marked is not enrolled in this lesson; refresh the list and mark again.</source>
        <translation>Merkitty opettaja ei ole ilmoittautunut tähän koulutukseen; päivitä luettelo ja merkitse uudelleen.</translation>
    </message>
    <message>
        <source>{name} is not enrolled ({status}): attendance is marked only for enrolled teachers.</source>
        <translation>{name} ei ole ilmoittautunut ({status}): läsnäolo merkitään vain ilmoittautuneille opettajille.</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers are already enrolled, so the capacity cannot be less than %n. Cancel enrollments first, or keep a larger capacity.</source>
        <translation>
            <numerusform>%n opettaja on jo ilmoittautunut, joten paikkamäärä ei voi olla alle %n. Peru ensin ilmoittautuminen tai pidä paikkamäärä suurempana.</numerusform>
            <numerusform>%n opettajaa on jo ilmoittautunut, joten paikkamäärä ei voi olla alle %n. Peru ensin ilmoittautumisia tai pidä paikkamäärä suurempana.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} gave feedback, so they attended: remove the feedback before marking them absent.</source>
        <translation>{name} on antanut palautetta, joten hän osallistui: poista palaute ennen kuin merkitset hänet poissaolevaksi.</translation>
    </message>
    <message>
        <source>e.g. Plan a lesson with a digital tool</source>
        <translation>esim. Suunnittele oppitunti digitaalisen työkalun avulla</translation>
    </message>
    <message>
        <source>New assignment</source>
        <translation>Uusi tehtävä</translation>
    </message>
    <message>
        <source>Score (1–{n})</source>
        <translation>Arvosana (1–{n})</translation>
    </message>
    <message>
        <source>Assignments of {name}</source>
        <translation>Koulutuksen {name} tehtävät</translation>
    </message>
    <message>
        <source>New assignment…</source>
        <translation>Uusi tehtävä…</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Save who handed in</source>
        <translation>Tallenna palauttaneet</translation>
    </message>
    <message>
        <source>Handed in (tick each teacher)</source>
        <translation>Palauttaneet (rastita opettajat)</translation>
    </message>
    <message>
        <source>Assign reviewers</source>
        <translation>Jaa vertaisarvioijat</translation>
    </message>
    <message>
        <source>Give each teacher who handed in this many peers to review their work: never themselves, from other schools where possible, everyone reviewing as many</source>
        <translation>Anna jokaiselle palauttaneelle opettajalle näin monta vertaisarvioijaa: ei koskaan itseään, mahdollisuuksien mukaan muista kouluista, ja kaikille yhtä monta arvioitavaa</translation>
    </message>
    <message>
        <source>Peer reviews: {assignment}</source>
        <translation>Vertaisarvioinnit: {assignment}</translation>
    </message>
    <message>
        <source>Peer reviews</source>
        <translation>Vertaisarvioinnit</translation>
    </message>
    <message>
        <source>Who reviews whose work</source>
        <translation>Kuka arvioi kenenkin työn</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Arviointiparit</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>määräpäivä {day}</translation>
    </message>
    <message>
        <source>made on {day}</source>
        <translation>laadittu {day}</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Reviewer&apos;s school</source>
        <translation>Arvioijan koulu</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Author&apos;s school</source>
        <translation>Tekijän koulu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Arvosana</translation>
    </message>
    <message>
        <source>Record review…</source>
        <translation>Kirjaa vertaisarvio…</translation>
    </message>
    <message>
        <source>Mail the pairs…</source>
        <translation>Lähetä parit sähköpostilla…</translation>
    </message>
    <message>
        <source>An e-mail draft (.eml) to each reviewer naming whose work to review and the due day, in the language of their school</source>
        <translation>Sähköpostiluonnos (.eml) jokaiselle arvioijalle: kenen työt arvioidaan ja mihin mennessä, arvioijan koulun kielellä</translation>
    </message>
    <message>
        <source>Print the pairs…</source>
        <translation>Tulosta parit…</translation>
    </message>
    <message>
        <source>The list of who reviews whose work, as a workbook</source>
        <translation>Luettelo siitä, kuka arvioi kenenkin työn, Excel-työkirjana</translation>
    </message>
    <message>
        <source>Reviewers per submission</source>
        <translation>Arvioijia palautusta kohden</translation>
    </message>
    <message>
        <source>{title}, due {day}</source>
        <translation>{title}, eräpäivä {day}</translation>
    </message>
    <message>
        <source>given</source>
        <translation>annettu</translation>
    </message>
    <message>
        <source>Remove assignment</source>
        <translation>Poista tehtävä</translation>
    </message>
    <message>
        <source>Remove “{title}” with who handed it in and its reviews?</source>
        <translation>Poistetaanko ”{title}” palautuksineen ja vertaisarvioineen?</translation>
    </message>
    <message>
        <source>Folder for the e-mail drafts</source>
        <translation>Sähköpostiluonnosten kansio</translation>
    </message>
    <message>
        <source>Mail the pairs</source>
        <translation>Lähetä parit sähköpostilla</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts (.eml) are in {folder}: open each in your mail program and send it.</source>
        <translation>
            <numerusform>%n sähköpostiluonnos (.eml) on kansiossa {folder}: avaa se sähköpostiohjelmassasi ja lähetä se.</numerusform>
            <numerusform>%n sähköpostiluonnosta (.eml) on kansiossa {folder}: avaa kukin sähköpostiohjelmassasi ja lähetä se.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer reviews {title}</source>
        <translation>Vertaisarvioinnit {title}</translation>
    </message>
    <message>
        <source>Print the pairs</source>
        <translation>Tulosta parit</translation>
    </message>
    <message>
        <source>The list of pairs is in {path}.</source>
        <translation>Parien luettelo on tiedostossa {path}.</translation>
    </message>
    <message>
        <source>Choose the review to record in the list.</source>
        <translation>Valitse luettelosta kirjattava vertaisarvio.</translation>
    </message>
    <message>
        <source>Review of {author}&apos;s work by {reviewer}</source>
        <translation>Vertaisarvio: {reviewer} arvioi tekijän {author} työn</translation>
    </message>
    <message>
        <source>The lesson was cancelled: there is no feedback to sum up.</source>
        <translation>Koulutus on peruttu: palautetta ei ole koottavana.</translation>
    </message>
    <message>
        <source>The lesson has not been held yet: write the summary after it.</source>
        <translation>Koulutusta ei ole vielä pidetty: kirjoita yhteenveto sen jälkeen.</translation>
    </message>
    <message>
        <source>The summary is too long (at most {limit} characters).</source>
        <translation>Yhteenveto on liian pitkä (enintään {limit} merkkiä).</translation>
    </message>
    <message>
        <source>Place in queue</source>
        <translation>Sija jonossa</translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation>Siirtyi varasijalta</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
    <message>
        <source>Share reached</source>
        <translation>Tavoitettujen osuus</translation>
    </message>
    <message>
        <source>Attendance cannot be marked for a lesson in the future: wait until the lesson has ended ({end}).</source>
        <translation>Tulevan koulutuksen läsnäoloa ei voi merkitä: odota, kunnes koulutus on päättynyt ({end}).</translation>
    </message>
    <message>
        <source>Choose the teacher to enroll.</source>
        <translation>Valitse ilmoitettava opettaja.</translation>
    </message>
    <message>
        <source>{name} is archived; restore the teacher before enrolling them.</source>
        <translation>{name} on arkistoitu; palauta opettaja ennen kuin ilmoitat hänet.</translation>
    </message>
    <message>
        <source>“{title}” is cancelled: no one can enroll.</source>
        <translation>”{title}” on peruttu: siihen ei voi ilmoittautua.</translation>
    </message>
    <message>
        <source>“{title}” has been held: no one can enroll any more.</source>
        <translation>”{title}” on jo pidetty: siihen ei voi enää ilmoittautua.</translation>
    </message>
    <message>
        <source>“{title}” is not open to {school}, {name}&apos;s school. Add the school to the lesson&apos;s audience first.</source>
        <translation>{name} ({school}) ei voi ilmoittautua koulutukseen ”{title}”, koska koulu ei kuulu koulutuksen kohderyhmään. Lisää koulu ensin koulutuksen kohderyhmään.</translation>
    </message>
    <message>
        <source>Lessons enrolled</source>
        <translation>Ilmoittautumiset</translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}.</source>
        <translation>”{value}” ei ole kelvollinen {label}.</translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation>{label} on annettava kokonaislukuna.</translation>
    </message>
    <message>
        <source>That {what} no longer exists.</source>
        <translation>Kyseinen {what} ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>{label}: write the date as 1.8.2026.</source>
        <translation>{label}: kirjoita päivämäärä muodossa 1.8.2026.</translation>
    </message>
    <message>
        <source>{label}: “{value}” has no full year; write the date as 1.8.2026.</source>
        <translation>{label}: arvosta ”{value}” puuttuu täydellinen vuosiluku; kirjoita päivämäärä muodossa 1.8.2026.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a date between {first} and {last}; write the date as 1.8.2026.</source>
        <translation>{label}: ”{value}” ei ole päivämäärä vuosien {first}–{last} väliltä; kirjoita päivämäärä muodossa 1.8.2026.</translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation>{label} on annettava lukuna.</translation>
    </message>
    <message>
        <source>teacher</source>
        <translation>opettaja</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>koulutusaihe</translation>
    </message>
    <message>
        <source>tutor</source>
        <translation>tutoropettaja</translation>
    </message>
    <message>
        <source>school year</source>
        <translation>lukuvuosi</translation>
    </message>
    <message>
        <source>term</source>
        <translation>lukukausi</translation>
    </message>
    <message>
        <source>break</source>
        <translation>loma</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>koulutus</translation>
    </message>
    <message>
        <source>lesson series</source>
        <translation>koulutussarja</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>ilmoittautuminen</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>koulukäynti</translation>
    </message>
    <message>
        <source>loan</source>
        <translation>laina</translation>
    </message>
    <message>
        <source>device category</source>
        <translation>laiteryhmä</translation>
    </message>
    <message>
        <source>reservation</source>
        <translation>varaus</translation>
    </message>
    <message>
        <source>recruitment round</source>
        <translation>tutorhaku</translation>
    </message>
    <message>
        <source>candidate</source>
        <translation>hakija</translation>
    </message>
    <message>
        <source>candidate step</source>
        <translation>hakijan vaihe</translation>
    </message>
    <message>
        <source>visit request</source>
        <translation>käyntipyyntö</translation>
    </message>
    <message>
        <source>preferred time</source>
        <translation>toivottu aika</translation>
    </message>
    <message>
        <source>visit series</source>
        <translation>käyntisarja</translation>
    </message>
    <message>
        <source>training</source>
        <translation>koulutus</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>budjettirivi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Training record: {name}</source>
        <translation>Koulutushistoria: {name}</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Lukuvuosi</translation>
    </message>
    <message>
        <source>Lessons attended</source>
        <translation>Koulutuksiin osallistuttu</translation>
    </message>
    <message>
        <source>Hours in lessons</source>
        <translation>Tunnit koulutuksissa</translation>
    </message>
    <message>
        <source>Trainings completed</source>
        <translation>Suoritetut koulutukset</translation>
    </message>
    <message>
        <source>Courses elsewhere</source>
        <translation>Muualla käydyt kurssit</translation>
    </message>
    <message>
        <source>Hours elsewhere</source>
        <translation>Tunnit muualla</translation>
    </message>
    <message>
        <source>Hours in all</source>
        <translation>Tunnit yhteensä</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Koulutushistoria</translation>
    </message>
    <message>
        <source>A teacher&apos;s training: lessons, trainings completed, certificates and training done elsewhere</source>
        <translation>Opettajan koulutukset: koulutuskerrat, suoritetut koulutukset, todistukset ja muualla käydyt koulutukset</translation>
    </message>
    <message>
        <source>Per school year</source>
        <translation>Lukuvuosittain</translation>
    </message>
    <message>
        <source>{school} · made on {day}</source>
        <translation>{school} · laadittu {day}</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ei vielä merkintöjä.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunniste</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Myönnetty</translation>
    </message>
    <message>
        <source>Training done elsewhere</source>
        <translation>Muualla käydyt koulutukset</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ei yhtään.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Visit request</source>
        <translation>Käyntipyyntö</translation>
    </message>
    <message>
        <source>The situation at your school</source>
        <translation>Tilanne koulussanne</translation>
    </message>
    <message>
        <source>Devices, platforms and network as seen on {day} by {who}.</source>
        <translation>Laitteet, alustat ja verkko tilanteen mukaan {day}, {who}.</translation>
    </message>
    <message>
        <source>The devices, platforms and network have not been recorded yet.</source>
        <translation>Laitteita, alustoja ja verkkoa ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Käyttäjät</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>No devices recorded.</source>
        <translation>Laitteita ei ole kirjattu.</translation>
    </message>
    <message>
        <source>Platforms and network</source>
        <translation>Alustat ja verkko</translation>
    </message>
    <message>
        <source>Needs noticed</source>
        <translation>Havaitut tarpeet</translation>
    </message>
    <message>
        <source>No needs have been noted at the school.</source>
        <translation>Koulussa ei ole havaittu tarpeita.</translation>
    </message>
    <message>
        <source>Noted by</source>
        <translation>Havaitsija</translation>
    </message>
    <message>
        <source>Planned as</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Ratkaisupäivä</translation>
    </message>
    <message>
        <source>ICT situations</source>
        <translation>TVT-tilanne kouluissa</translation>
    </message>
    <message>
        <source>ICT situations at the schools</source>
        <translation>Koulujen TVT-tilanne</translation>
    </message>
    <message>
        <source>{open} needs open at {schools} schools.</source>
        <translation>Avoimia tarpeita {open}, kouluja {schools}.</translation>
    </message>
    <message>
        <source>Needs most often noted</source>
        <translation>Useimmin havaitut tarpeet</translation>
    </message>
    <message>
        <source>Times noted</source>
        <translation>Kertaa havaittu</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Yhä avoinna</translation>
    </message>
    <message>
        <source>No needs have been noted.</source>
        <translation>Tarpeita ei ole havaittu.</translation>
    </message>
    <message>
        <source>Schools without a recent look</source>
        <translation>Koulut, joiden tilannetta ei ole katsottu äskettäin</translation>
    </message>
    <message>
        <source>Nobody has recorded the situation or noted a need in the last {months} months.</source>
        <translation>Kukaan ei ole kirjannut tilannetta eikä havainnut tarvetta viimeisten {months} kuukauden aikana.</translation>
    </message>
    <message>
        <source>Every school was looked at.</source>
        <translation>Kaikkien koulujen tilanne on katsottu.</translation>
    </message>
    <message>
        <source>Last look</source>
        <translation>Katsottu viimeksi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>Each teacher&apos;s latest assessed level counts (self-assessment, confirmed by the principal or the coordinator, or earned with a certificate).</source>
        <translation>Kunkin opettajan viimeisin arvioitu taso lasketaan (itsearviointi, rehtorin tai koordinaattorin vahvistama tai todistuksella saavutettu).</translation>
    </message>
    <message>
        <source>Staff: the school&apos;s active teachers in CoachDesk. A teacher never assessed is below every level.</source>
        <translation>Henkilöstö: koulun aktiiviset opettajat CoachDeskissä. Opettaja, jota ei ole arvioitu, on kaikkien tasojen alapuolella.</translation>
    </message>
    <message>
        <source>A target is the share of the staff at the level or above it; teachers short: how many more must reach the level to meet the target.</source>
        <translation>Tavoite on se osuus henkilöstöstä, joka on tasolla tai sen yläpuolella; puuttuvat opettajat: kuinka monen on vielä saavutettava taso, jotta tavoite täyttyy.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>Competence levels</source>
        <translation>Digiosaamisen tasot</translation>
    </message>
    <message>
        <source>Digital competence of the staff</source>
        <translation>Henkilöstön digiosaaminen</translation>
    </message>
    <message>
        <source>{scale}, on {day}</source>
        <translation>{scale}, {day}</translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n teachers, {short} short of the targets</source>
        <translation>
            <numerusform>Henkilöstö: %n opettaja, tavoitteista puuttuu {short}</numerusform>
            <numerusform>Henkilöstö: %n opettajaa, tavoitteista puuttuu {short}</numerusform>
        </translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Teachers at the level</source>
        <translation>Opettajia tasolla</translation>
    </message>
    <message>
        <source>At the level or above</source>
        <translation>Tasolla tai ylempänä</translation>
    </message>
    <message>
        <source>Share at the level or above</source>
        <translation>Osuus tasolla tai ylempänä</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Teachers short</source>
        <translation>Opettajia puuttuu</translation>
    </message>
    <message>
        <source>The city&apos;s share</source>
        <translation>Koko kaupungin osuus</translation>
    </message>
    <message>
        <source>The staff by level</source>
        <translation>Henkilöstö tasoittain</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>At level {n}</source>
        <translation>Tasolla {n}</translation>
    </message>
    <message>
        <source>Level {n} or above</source>
        <translation>Taso {n} tai ylempi</translation>
    </message>
    <message>
        <source>The city&apos;s targets: {targets}</source>
        <translation>Kaupungin tavoitteet: {targets}</translation>
    </message>
    <message>
        <source>level {n} {share} %</source>
        <translation>taso {n} {share} %</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>Koko kaupunki</translation>
    </message>
    <message>
        <source>Schools below a target are highlighted.</source>
        <translation>Koulut, joissa jokin tavoite ei täyty, on korostettu.</translation>
    </message>
    <message>
        <source>Each school&apos;s staff by level</source>
        <translation>Koulujen henkilöstö tasoittain</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>Palautuspäivä</translation>
    </message>
    <message>
        <source>Teachers in total</source>
        <translation>Opettajia yhteensä</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Palautettu</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>There is no deletion to undo.</source>
        <translation>Kumottavaa poistoa ei ole.</translation>
    </message>
    <message>
        <source>{what} cannot be restored.</source>
        <translation>{what} ei ole palautettavissa.</translation>
    </message>
    <message>
        <source>{what} cannot be restored: another record has taken its place.</source>
        <translation>{what} ei ole palautettavissa: sen paikalle on tallennettu toinen tietue.</translation>
    </message>
    <message>
        <source>{what} cannot be restored: the {owner} it belonged to has been deleted since.</source>
        <translation>{what} ei ole palautettavissa: {owner}, johon se kuului, on sittemmin poistettu.</translation>
    </message>
    <message>
        <source>{what} cannot be restored: it clashes with a record made since (the same name, say). Rename or remove that one first.</source>
        <translation>{what} ei ole palautettavissa: se on ristiriidassa myöhemmin tallennetun tietueen kanssa (esimerkiksi sama nimi). Nimeä tai poista se tietue ensin.</translation>
    </message>
    <message>
        <source>the {kind} “{name}” deleted at {when}</source>
        <translation>{kind} ”{name}” (poistettu {when})</translation>
    </message>
    <message>
        <source>the {kind} number {id} deleted at {when}</source>
        <translation>{kind} nro {id} (poistettu {when})</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <source>update</source>
        <translation>päivitetään</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ohitetaan</translation>
    </message>
    <message>
        <source>Principal&apos;s e-mail</source>
        <translation>Rehtorin sähköposti</translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation>TVT-yhteyshenkilö</translation>
    </message>
    <message>
        <source>ICT contact&apos;s e-mail</source>
        <translation>TVT-yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <source>Row {row}: {action} {record}</source>
        <translation>Rivi {row}: {record} ({action})</translation>
    </message>
    <message>
        <source>{new} new, {updated} to update, {skipped} skipped</source>
        <translation>Uusia: {new}, päivitettäviä: {updated}, ohitettavia: {skipped}</translation>
    </message>
    <message>
        <source>, {count} with problems</source>
        <translation>, ongelmallisia: {count}</translation>
    </message>
    <message>
        <source>; new categories: {names}</source>
        <translation>; uudet laiteryhmät: {names}</translation>
    </message>
    <message>
        <source>Nothing was imported: row {rows} has a problem. Correct it in the file or skip it, then import again.</source>
        <translation>Mitään ei tuotu: rivillä {rows} on ongelma. Korjaa se tiedostossa tai ohita rivi ja tuo tiedosto sitten uudelleen.</translation>
    </message>
    <message>
        <source>Someone else saved some of the same records meanwhile; nothing was imported. Import the file again.</source>
        <translation>Joku muu tallensi samoja tietueita sillä välin; mitään ei tuotu. Tuo tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>kind of school</source>
        <translation>koulutyyppi</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>say which database to import into with --db PATH (or --url for a database server).</source>
        <translation>kerro valitsimella --db POLKU, mihin tietokantaan tuodaan (tai --url, jos tietokanta on palvelimella).</translation>
    </message>
    <message>
        <source>there is no database {path}; check the path, or create one by opening CoachDesk first.</source>
        <translation>tietokantaa {path} ei ole; tarkista polku tai luo tietokanta avaamalla ensin CoachDesk.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: sheet “{sheet}”, header on row {row}, %n rows</source>
        <translation>
            <numerusform>{file}: taulukko ”{sheet}”, otsikkorivi rivillä {row}, %n rivi</numerusform>
            <numerusform>{file}: taulukko ”{sheet}”, otsikkorivi rivillä {row}, %n riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>The workbook also has the sheets {names}; read another with --sheet NAME.</source>
        <translation>Työkirjassa on myös taulukot {names}; lue jokin muu valitsimella --sheet NIMI.</translation>
    </message>
    <message>
        <source>Categories that do not exist yet: {names}; add --create-categories to create them.</source>
        <translation>Laiteryhmät, joita ei vielä ole: {names}; lisää valitsin --create-categories, niin ne luodaan.</translation>
    </message>
    <message>
        <source>Dry run: nothing was saved.</source>
        <translation>Kokeiluajo: mitään ei tallennettu.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> ja %n muu</numerusform>
            <numerusform> ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported: row {rows} has a problem. Correct the file, or leave the row out, then import again.</source>
        <translation>mitään ei tuotu: rivillä {rows} on ongelma. Korjaa tiedosto tai jätä rivi pois ja tuo tiedosto sitten uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n rows have problems (rows {rows}). Correct the file, or leave the rows out, then import again.</source>
        <translation>
            <numerusform>mitään ei tuotu: %n rivillä on ongelma (rivi {rows}). Korjaa tiedosto tai jätä rivi pois ja tuo tiedosto sitten uudelleen.</numerusform>
            <numerusform>mitään ei tuotu: %n rivillä on ongelmia (rivit {rows}). Korjaa tiedosto tai jätä rivit pois ja tuo tiedosto sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {skipped} skipped.</source>
        <translation>Tuotu: uusia {new}, päivitettyjä {updated}, ohitettuja {skipped}.</translation>
    </message>
    <message>
        <source>nothing was imported: the rows {rows} of the form have problems. Correct the file, or leave the rows out, then import again.</source>
        <translation>mitään ei tuotu: lomakkeen riveillä {rows} on ongelmia. Korjaa tiedosto tai jätä rivit pois ja tuo sitten uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts written to {folder}.</source>
        <translation>
            <numerusform>%n sähköpostiluonnos tallennettu kansioon {folder}.</numerusform>
            <numerusform>%n sähköpostiluonnosta tallennettu kansioon {folder}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which grant the costs are for with --grant NAME.</source>
        <translation>Kerro valitsimella --grant NIMI, mitä avustusta kustannukset koskevat.</translation>
    </message>
    <message>
        <source>--dry-run is for schools, teachers and devices: a cost import saves every row or none, so a file with a problem changes nothing.</source>
        <translation>--dry-run on kouluille, opettajille ja laitteille: kustannusten tuonti tallentaa kaikki rivit tai ei yhtään, joten virheellinen tiedosto ei muuta mitään.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems (rows {rows}). Correct them in the file or skip them, then import again.</source>
        <translation>
            <numerusform>Mitään ei tuotu: %n rivillä on ongelma (rivi {rows}). Korjaa se tiedostossa tai ohita se ja tuo tiedosto sitten uudelleen.</numerusform>
            <numerusform>Mitään ei tuotu: %n rivillä on ongelmia (rivit {rows}). Korjaa ne tiedostossa tai ohita ne ja tuo tiedosto sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The school {name} is already on row {row}.</source>
        <translation>Koulu {name} on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>the same answer as row {row}</source>
        <translation>sama vastaus kuin rivillä {row}</translation>
    </message>
    <message numerus="yes">
        <source>%n preferred times</source>
        <translation>
            <numerusform>%n toivottu ajankohta</numerusform>
            <numerusform>%n toivottua ajankohtaa</numerusform>
        </translation>
    </message>
    <message>
        <source>The time of the answer “{value}” cannot be read: write it as 15.8.2026 10:30.</source>
        <translation>Vastausajan ”{value}” lukeminen ei onnistu: kirjoita se muodossa 15.8.2026 10:30.</translation>
    </message>
    <message>
        <source>The school is missing.</source>
        <translation>Koulu puuttuu.</translation>
    </message>
    <message>
        <source>There is no school named “{name}”: add or import it first, or correct the name.</source>
        <translation>Koulua nimeltä ”{name}” ei ole: lisää tai tuo se ensin, tai korjaa nimi.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>“{value}” is not a {label} CoachDesk knows.</source>
        <translation>CoachDesk ei tunne arvoa ”{value}” ({label}).</translation>
    </message>
    <message>
        <source>Length (minutes)</source>
        <translation>Kesto (minuuttia)</translation>
    </message>
    <message>
        <source>Topics asked: {names}</source>
        <translation>Toivotut aiheet: {names}</translation>
    </message>
    <message>
        <source>Preferred times: {times}</source>
        <translation>Toivotut ajankohdat: {times}</translation>
    </message>
    <message>
        <source>No lesson or series is called “{choice}”: correct the choice in the file or the lesson&apos;s title.</source>
        <translation>Yhdenkään koulutuksen tai koulutussarjan nimi ei ole ”{choice}”: korjaa valinta tiedostossa tai koulutuksen nimi.</translation>
    </message>
    <message>
        <source>Several lessons are called “{choice}”: add the date to the choice, e.g. “{choice} {day}”.</source>
        <translation>Usean koulutuksen nimi on ”{choice}”: lisää valintaan päivämäärä, esim. ”{choice} {day}”.</translation>
    </message>
    <message>
        <source>No lesson is chosen.</source>
        <translation>Yhtään koulutusta ei ole valittu.</translation>
    </message>
    <message>
        <source>The answer has neither an e-mail nor a name.</source>
        <translation>Vastauksessa ei ole sähköpostia eikä nimeä.</translation>
    </message>
    <message>
        <source>new teacher</source>
        <translation>uusi opettaja</translation>
    </message>
    <message>
        <source>no teacher with this e-mail or name and school</source>
        <translation>ei opettajaa tällä sähköpostilla eikä tällä nimellä ja koululla</translation>
    </message>
    <message>
        <source>no teacher with this e-mail: nothing to cancel</source>
        <translation>ei opettajaa tällä sähköpostilla: ei peruttavaa</translation>
    </message>
    <message>
        <source>a seat freed by {name}</source>
        <translation>paikan vapautti {name}</translation>
    </message>
    <message>
        <source>The teacher is not in CoachDesk and the school “{name}” is unknown: correct the school, or add the teacher first.</source>
        <translation>Opettajaa ei ole CoachDeskissä, eikä koulua ”{name}” tunneta: korjaa koulu tai lisää opettaja ensin.</translation>
    </message>
    <message>
        <source>The teacher is not in CoachDesk and the answer names no school: add the teacher first.</source>
        <translation>Opettajaa ei ole CoachDeskissä, eikä vastauksessa ole koulua: lisää opettaja ensin.</translation>
    </message>
    <message>
        <source>{name} is archived; choose an active school.</source>
        <translation>{name} on arkistoitu; valitse aktiivinen koulu.</translation>
    </message>
    <message>
        <source>waiting list for {n} of {total} sessions</source>
        <translation>varasijalla {n}/{total} kerrassa</translation>
    </message>
    <message>
        <source>place {n} in the queue</source>
        <translation>{n}. varasijalla</translation>
    </message>
    <message>
        <source>Competence self-assessments</source>
        <translation>Digiosaamisen itsearvioinnit</translation>
    </message>
    <message>
        <source>The e-mail {email} is already on row {row}.</source>
        <translation>Sähköpostiosoite {email} on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>{name} of {school} is already on row {row}.</source>
        <translation>{name} ({school}) on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>Ilman laiteryhmää</translation>
    </message>
    <message>
        <source>“{name}” is not a category yet: add it under Categories, or let the import create it.</source>
        <translation>”{name}” ei ole vielä laiteryhmä: lisää se kohdassa Laiteryhmät tai anna tuonnin luoda se.</translation>
    </message>
    <message>
        <source>The category is missing: give it in the file, or let the import put the device in “{name}”.</source>
        <translation>Laiteryhmä puuttuu: merkitse se tiedostoon tai anna tuonnin sijoittaa laite ryhmään ”{name}”.</translation>
    </message>
    <message>
        <source>The tag {tag} is already on row {row}.</source>
        <translation>Laitetunnus {tag} on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>No teacher has the e-mail {email}.</source>
        <translation>Millään opettajalla ei ole sähköpostiosoitetta {email}.</translation>
    </message>
    <message>
        <source>Name the teacher, by e-mail or by name.</source>
        <translation>Kerro opettaja sähköpostiosoitteella tai nimellä.</translation>
    </message>
    <message>
        <source>There is no teacher called {name}{at}.</source>
        <translation>Opettajaa nimeltä {name} ei löydy{at}.</translation>
    </message>
    <message>
        <source> at {school}</source>
        <translation> koulusta {school}</translation>
    </message>
    <message>
        <source>Several teachers are called {name}: give the e-mail or the school.</source>
        <translation>Usean opettajan nimi on {name}: anna sähköpostiosoite tai koulu.</translation>
    </message>
    <message>
        <source>The same course on the same day is already on row {row}.</source>
        <translation>Sama kurssi samana päivänä on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>A lesson that was held cannot be cancelled.</source>
        <translation>Pidettyä koulutusta ei voi perua.</translation>
    </message>
    <message>
        <source>How to sign up</source>
        <translation>Näin ilmoittaudut</translation>
    </message>
    <message>
        <source>Training offer for teachers</source>
        <translation>Koulutustarjonta opettajille</translation>
    </message>
    <message>
        <source>No lessons are open for this period yet.</source>
        <translation>Tälle aikavälille ei ole vielä avoimia koulutuksia.</translation>
    </message>
    <message>
        <source>Published on {date} with CoachDesk.</source>
        <translation>Julkaistu {date} CoachDeskillä.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Kerrat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Seats left</source>
        <translation>Vapaita paikkoja</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ei rajoitusta</translation>
    </message>
    <message>
        <source>None: sign up for the waiting list</source>
        <translation>Ei yhtään: ilmoittaudu varasijalle</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Paikka</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Varasijalla</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sarja</translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation>Anna päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <source>Choose at least one tutor.</source>
        <translation>Valitse vähintään yksi tutoropettaja.</translation>
    </message>
    <message>
        <source>A chosen tutor no longer exists.</source>
        <translation>Valittua tutoropettajaa ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>Say why the lesson goes ahead despite the conflicts.</source>
        <translation>Kerro, miksi koulutus pidetään ristiriidoista huolimatta.</translation>
    </message>
    <message>
        <source>kind of lesson</source>
        <translation>koulutuksen tyyppi</translation>
    </message>
    <message>
        <source>place</source>
        <translation>paikka</translation>
    </message>
    <message>
        <source>A chosen school no longer exists.</source>
        <translation>Valittua koulua ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Give the first and the last day of the series.</source>
        <translation>Anna sarjan ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
        <source>The series cannot end before it starts.</source>
        <translation>Sarja ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>The repeat rule cannot be read.</source>
        <translation>Toistosääntöä ei voi tulkita.</translation>
    </message>
    <message>
        <source>The rule gives no school days between {first} and {last}.</source>
        <translation>Toistosäännön mukaan välillä {first}–{last} ei ole yhtään koulupäivää.</translation>
    </message>
    <message>
        <source>Give the new due date.</source>
        <translation>Anna uusi eräpäivä.</translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation>Katoamispäivä</translation>
    </message>
    <message>
        <source>Give the first and the last day.</source>
        <translation>Anna ensimmäinen ja viimeinen päivä.</translation>
    </message>
    <message>
        <source>This reservation is not active.</source>
        <translation>Varaus ei ole voimassa.</translation>
    </message>
    <message>
        <source>The reservation starts on {day}: collect it then.</source>
        <translation>Varaus alkaa {day}: nouda laite vasta silloin.</translation>
    </message>
    <message>
        <source>{tag} is on loan to {who}: check it in.</source>
        <translation>{tag} on lainassa ({who}): kirjaa se palautetuksi.</translation>
    </message>
    <message>
        <source>{tag} is reserved for {who}: hand it over.</source>
        <translation>{tag} on varattu ({who}): luovuta se.</translation>
    </message>
    <message>
        <source>{tag} is available: choose the borrower.</source>
        <translation>{tag} on vapaana: valitse lainaaja.</translation>
    </message>
    <message>
        <source>{tag} is {status}.</source>
        <translation>{tag} on {status}.</translation>
    </message>
    <message>
        <source>Condition out</source>
        <translation>Kunto lainattaessa</translation>
    </message>
    <message>
        <source>Choose the borrower.</source>
        <translation>Valitse lainaaja.</translation>
    </message>
    <message>
        <source>The borrower no longer exists.</source>
        <translation>Lainaajaa ei enää ole.</translation>
    </message>
    <message>
        <source>There is no tutor called “{name}”.</source>
        <translation>Tutoropettajaa nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>More than one tutor matches “{name}”: {names}. Give the full name.</source>
        <translation>Nimellä ”{name}” löytyy useita tutoropettajia: {names}. Anna koko nimi.</translation>
    </message>
    <message>
        <source>Lesson {id} no longer exists.</source>
        <translation>Koulutusta {id} ei enää ole.</translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Koulukäyntiä ei enää ole.</translation>
    </message>
    <message>
        <source>Erased person #{id}</source>
        <translation>Poistettu henkilö #{id}</translation>
    </message>
    <message>
        <source>{name} still has a device on loan. Check the device in (or mark it lost) on the Devices page first, then erase their data.</source>
        <translation>Henkilöllä {name} on vielä laite lainassa. Kirjaa laite ensin palautetuksi (tai merkitse se kadonneeksi) Laitteet-sivulla ja poista sitten henkilön tiedot.</translation>
    </message>
    <message>
        <source>another connection is still reading it; it is emptied when CoachDesk closes</source>
        <translation>toinen yhteys lukee sitä vielä; se tyhjennetään, kun CoachDesk suljetaan</translation>
    </message>
    <message>
        <source>Works at</source>
        <translation>Työpaikka</translation>
    </message>
    <message>
        <source>Agreement starts</source>
        <translation>Tutorsopimus alkaa</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Tutorsopimus päättyy</translation>
    </message>
    <message>
        <source>Released days</source>
        <translation>Tutorointipäivät</translation>
    </message>
    <message>
        <source>Released from</source>
        <translation>Tutorointiaika alkaa</translation>
    </message>
    <message>
        <source>Released until</source>
        <translation>Tutorointiaika päättyy</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Tunnit viikossa</translation>
    </message>
    <message>
        <source>Hours per term</source>
        <translation>Tunnit lukukaudessa</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>Tutoroitava koulu</translation>
    </message>
    <message>
        <source>round</source>
        <translation>tutorhaku</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Osaamisalueet</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Hakemus jätetty</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Haku alkaa</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Haku päättyy</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>rehtorin suostumus</translation>
    </message>
    <message>
        <source>That teacher no longer exists.</source>
        <translation>Opettajaa ei enää ole.</translation>
    </message>
    <message>
        <source>A chosen topic no longer exists.</source>
        <translation>Jotakin valituista koulutusaiheista ei enää ole.</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>tulossa</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Aikaväli ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source> Did you mean: {names}?</source>
        <translation> Tarkoititko: {names}?</translation>
    </message>
    <message>
        <source>Row {row}: {problems}</source>
        <translation>Rivi {row}: {problems}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems. Correct them in the file, then import it again.</source>
        <translation>
            <numerusform>Mitään ei tuotu: %n rivillä on ongelmia. Korjaa se tiedostoon ja tuo se sitten uudelleen.</numerusform>
            <numerusform>Mitään ei tuotu: %n rivillä on ongelmia. Korjaa ne tiedostoon ja tuo se sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows.</source>
        <translation>
            <numerusform>… ja %n rivi lisää.</numerusform>
            <numerusform>… ja %n riviä lisää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n rows have problems. Correct them, then save again.</source>
        <translation>
            <numerusform>Mitään ei tallennettu: %n rivillä on ongelmia. Korjaa ne ja tallenna sitten uudelleen.</numerusform>
            <numerusform>Mitään ei tallennettu: %n rivillä on ongelmia. Korjaa ne ja tallenna sitten uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type at least one cost in the table.</source>
        <translation>Kirjoita taulukkoon vähintään yksi kustannus.</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>kustannus</translation>
    </message>
    <message>
        <source>The file has no costs under its header row.</source>
        <translation>Tiedostossa ei ole kustannuksia otsikkorivin alla.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>avustus</translation>
    </message>
    <message>
        <source>No budget line of the grant is called “{name}” (it has {names}).</source>
        <translation>Avustuksella ei ole budjettiriviä nimeltä ”{name}” (sillä on {names}).</translation>
    </message>
    <message>
        <source>Say the budget line ({names}).</source>
        <translation>Kerro budjettirivi ({names}).</translation>
    </message>
    <message>
        <source>There is no school called “{name}”.</source>
        <translation>Koulua nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>That budget line no longer exists.</source>
        <translation>Budjettiriviä ei enää ole.</translation>
    </message>
    <message>
        <source>That school no longer exists.</source>
        <translation>Koulua ei enää ole.</translation>
    </message>
    <message>
        <source>That device no longer exists.</source>
        <translation>Laitetta ei enää ole.</translation>
    </message>
    <message>
        <source>That tutor no longer exists.</source>
        <translation>Tutoropettajaa ei enää ole.</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(ei koulutusaihetta)</translation>
    </message>
    <message>
        <source>who asked</source>
        <translation>pyytäjä</translation>
    </message>
    <message>
        <source>urgency</source>
        <translation>kiireellisyys</translation>
    </message>
    <message>
        <source>request</source>
        <translation>käyntipyyntö</translation>
    </message>
    <message>
        <source>Only an open request can be cancelled.</source>
        <translation>Vain avoimen käyntipyynnön voi perua.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation>{n} pv</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottanut</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>Choose an active school.</source>
        <translation>Valitse koulu, jota ei ole arkistoitu.</translation>
    </message>
    <message>
        <source>Preferred time {n}: {problem}</source>
        <translation>Toivottu ajankohta {n}: {problem}</translation>
    </message>
    <message>
        <source>Autumn term {year}</source>
        <translation>Syyslukukausi {year}</translation>
    </message>
    <message>
        <source>Spring term {year}</source>
        <translation>Kevätlukukausi {year}</translation>
    </message>
    <message>
        <source>The school year {name} is already there.</source>
        <translation>Lukuvuosi {name} on jo olemassa.</translation>
    </message>
    <message>
        <source>There is no school year in this file yet: add one on the School calendar page.</source>
        <translation>Tiedostossa ei ole vielä yhtään lukuvuotta: lisää lukuvuosi Koulukalenteri-sivulla.</translation>
    </message>
    <message>
        <source>There is no school year called “{name}”. The school years are: {names}.</source>
        <translation>Lukuvuotta ”{name}” ei ole. Lukuvuodet ovat: {names}.</translation>
    </message>
    <message>
        <source>Starting year is required.</source>
        <translation>Alkamisvuosi on pakollinen.</translation>
    </message>
    <message>
        <source>Winter break week</source>
        <translation>Talviloman viikko</translation>
    </message>
    <message>
        <source>Winter break week is required.</source>
        <translation>Talviloman viikko on pakollinen.</translation>
    </message>
    <message>
        <source>Choose a week of the spring term, from {first} to {last}.</source>
        <translation>Valitse kevätlukukauden viikko väliltä {first}–{last}.</translation>
    </message>
    <message>
        <source>kind of break</source>
        <translation>loman tyyppi</translation>
    </message>
    <message>
        <source>Teachers listed</source>
        <translation>Kirjatut opettajat</translation>
    </message>
    <message>
        <source>A school named “{name}” already exists.</source>
        <translation>Koulu nimeltä ”{name}” on jo olemassa.</translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation>Anna kokonaisluku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>Announcement of lessons</source>
        <translation>Koulutustiedote</translation>
    </message>
    <message>
        <source>Visit confirmation to the school</source>
        <translation>Käyntivahvistus koululle</translation>
    </message>
    <message>
        <source>Visit confirmation to the tutor</source>
        <translation>Käyntivahvistus tutoropettajalle</translation>
    </message>
    <message>
        <source>Cover e-mail of a school report</source>
        <translation>Koulun raportin saateviesti</translation>
    </message>
    <message>
        <source>A teacher&apos;s certificate of a training</source>
        <translation>Opettajan koulutuksen todistus</translation>
    </message>
    <message>
        <source>A peer reviewer&apos;s works to review</source>
        <translation>Vertaisarvioijan arvioitavat työt</translation>
    </message>
    <message>
        <source>Reply to a teacher&apos;s sign-up or cancellation</source>
        <translation>Vastaus opettajan ilmoittautumiseen tai peruutukseen</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation>koulun nimi</translation>
    </message>
    <message>
        <source>the tutor&apos;s name</source>
        <translation>tutoropettajan nimi</translation>
    </message>
    <message>
        <source>the tutor&apos;s e-mail address</source>
        <translation>tutoropettajan sähköpostiosoite</translation>
    </message>
    <message>
        <source>the visit&apos;s date, e.g. 3.9.2026</source>
        <translation>käynnin päivämäärä, esim. 3.9.2026</translation>
    </message>
    <message>
        <source>the visit&apos;s weekday</source>
        <translation>käynnin viikonpäivä</translation>
    </message>
    <message>
        <source>the starting time</source>
        <translation>alkamisaika</translation>
    </message>
    <message>
        <source>the ending time</source>
        <translation>päättymisaika</translation>
    </message>
    <message>
        <source>what the visit is for</source>
        <translation>käynnin tarkoitus</translation>
    </message>
    <message>
        <source>the visit&apos;s topics</source>
        <translation>käynnin koulutusaiheet</translation>
    </message>
    <message>
        <source>the visit&apos;s notes</source>
        <translation>käynnin lisätiedot</translation>
    </message>
    <message>
        <source>the chosen lessons, one per line: date, time, title, level, place</source>
        <translation>valitut koulutukset, yksi kullakin rivillä: päivämäärä, aika, otsikko, taso, paikka</translation>
    </message>
    <message>
        <source>how many lessons are announced</source>
        <translation>tiedotettavien koulutusten lukumäärä</translation>
    </message>
    <message>
        <source>the date of the first lesson</source>
        <translation>ensimmäisen koulutuksen päivämäärä</translation>
    </message>
    <message>
        <source>the date of the last lesson</source>
        <translation>viimeisen koulutuksen päivämäärä</translation>
    </message>
    <message>
        <source>the names of the schools the announcement goes to</source>
        <translation>niiden koulujen nimet, joille tiedote lähetetään</translation>
    </message>
    <message>
        <source>the principal&apos;s name</source>
        <translation>rehtorin nimi</translation>
    </message>
    <message>
        <source>the school&apos;s address</source>
        <translation>koulun osoite</translation>
    </message>
    <message>
        <source>the ICT contact&apos;s name and e-mail</source>
        <translation>TVT-yhdyshenkilön nimi ja sähköposti</translation>
    </message>
    <message>
        <source>the report&apos;s period, e.g. 1.8.2026–31.12.2026</source>
        <translation>raportin aikaväli, esim. 1.8.2026–31.12.2026</translation>
    </message>
    <message>
        <source>the name of the attached workbook</source>
        <translation>liitteenä olevan työkirjan nimi</translation>
    </message>
    <message>
        <source>the teacher&apos;s name</source>
        <translation>opettajan nimi</translation>
    </message>
    <message>
        <source>the training&apos;s name</source>
        <translation>koulutuksen nimi</translation>
    </message>
    <message>
        <source>the training&apos;s dates, e.g. 1.–29.9.2026</source>
        <translation>koulutuksen päivämäärät, esim. 1.–29.9.2026</translation>
    </message>
    <message>
        <source>the training&apos;s hours</source>
        <translation>koulutuksen tunnit</translation>
    </message>
    <message>
        <source>the certificate&apos;s verification code</source>
        <translation>todistuksen tarkistuskoodi</translation>
    </message>
    <message>
        <source>the training&apos;s organiser</source>
        <translation>koulutuksen järjestäjä</translation>
    </message>
    <message>
        <source>the name of the attached certificate</source>
        <translation>liitteenä olevan todistuksen nimi</translation>
    </message>
    <message>
        <source>the reviewer&apos;s name</source>
        <translation>arvioijan nimi</translation>
    </message>
    <message>
        <source>the assignment&apos;s title</source>
        <translation>tehtävän otsikko</translation>
    </message>
    <message>
        <source>the day the reviews are due, e.g. 15.10.2026</source>
        <translation>arviointien määräpäivä, esim. 15.10.2026</translation>
    </message>
    <message>
        <source>whose work to review, one per line with their school</source>
        <translation>kenen työt arvioidaan, yksi riville koulun kanssa</translation>
    </message>
    <message>
        <source>how many works to review</source>
        <translation>arvioitavien töiden määrä</translation>
    </message>
    <message>
        <source>each lesson asked for, one per line, with what became of it</source>
        <translation>jokainen pyydetty koulutus omalla rivillään ja miten sen kävi</translation>
    </message>
    <message>
        <source>There is no message template “{key}”.</source>
        <translation>Viestipohjaa ”{key}” ei ole.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>{label}: “{{{name}}}” is not a placeholder. Use one of the names listed, in braces, or write a brace twice ({{{{ or }}}}) to show it.</source>
        <translation>{label}: ”{{{name}}}” ei ole paikkamerkki. Käytä jotakin luetelluista nimistä aaltosulkeissa tai kirjoita aaltosulje kahdesti ({{{{ tai }}}}), jos haluat sen näkyvän tekstissä.</translation>
    </message>
    <message>
        <source>{label}: a brace is not closed. Write placeholders as {{school}}, and a brace itself twice ({{{{ or }}}}).</source>
        <translation>{label}: aaltosulje on jäänyt sulkematta. Kirjoita paikkamerkit muodossa {{school}} ja pelkkä aaltosulje kahdesti ({{{{ tai }}}}).</translation>
    </message>
    <message>
        <source>{label}: unknown placeholder {names}. You can use: {known}.</source>
        <translation>{label}: tuntematon paikkamerkki {names}. Käytettävissä ovat: {known}.</translation>
    </message>
    <message>
        <source>Give the subject.</source>
        <translation>Anna aihe.</translation>
    </message>
    <message>
        <source>The subject is longer than {n} characters.</source>
        <translation>Aihe on yli {n} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Give the text of the message.</source>
        <translation>Kirjoita viestin teksti.</translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation>Teksti on yli {n} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The message needs {names}: fill them in and try again.</source>
        <translation>Viestiin tarvitaan {names}: täydennä tiedot ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>Lessons planned</source>
        <translation>Suunnitellut koulutukset</translation>
    </message>
    <message>
        <source>Lessons held</source>
        <translation>Pidetyt koulutukset</translation>
    </message>
    <message>
        <source>Tutors strong in it</source>
        <translation>Osaavat tutorit</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaalit</translation>
    </message>
    <message>
        <source>level</source>
        <translation>taso</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>kohderyhmä</translation>
    </message>
    <message>
        <source>An archived {level} topic named “{name}” exists. Restore it (tick “Show archived”), or choose another name or level.</source>
        <translation>Arkistoitu koulutusaihe ”{name}” (taso: {level}) on jo olemassa. Palauta se (valitse ”Näytä arkistoidut”) tai valitse toinen nimi tai taso.</translation>
    </message>
    <message>
        <source>A {level} topic named “{name}” already exists. Choose another name or level.</source>
        <translation>Koulutusaihe ”{name}” (taso: {level}) on jo olemassa. Valitse toinen nimi tai taso.</translation>
    </message>
    <message>
        <source>Schools served</source>
        <translation>Tutoroitavat koulut</translation>
    </message>
    <message>
        <source>Hours used / allotted</source>
        <translation>Tunnit: käytetty / resurssi</translation>
    </message>
    <message>
        <source>Allotted per term</source>
        <translation>Resurssi lukukaudessa</translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation>Tutorsopimus uusittava</translation>
    </message>
    <message>
        <source>kind of tutor</source>
        <translation>tutoropettajan tyyppi</translation>
    </message>
    <message>
        <source>Choose the schools this roaming tutor serves.</source>
        <translation>Valitse koulut, joissa tämä kiertävä tutoropettaja toimii.</translation>
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
        <translation>Vain varatun koulukäynnin voi siirtää.</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>käynnin tarkoitus</translation>
    </message>
    <message>
        <source>Only a booked visit can be cancelled.</source>
        <translation>Vain varatun koulukäynnin voi perua.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>This visit was cancelled. If it took place after all, book it again.</source>
        <translation>Tämä koulukäynti on peruttu. Jos käynti kuitenkin toteutui, varaa se uudelleen.</translation>
    </message>
    <message>
        <source>Log a visit as done or no-show.</source>
        <translation>Kirjaa koulukäynti toteutuneeksi tai paikan päällä peruuntuneeksi.</translation>
    </message>
    <message>
        <source>Hours spent must be more than 0 and at most 24.</source>
        <translation>Käytettyjen tuntien on oltava yli 0 ja enintään 24.</translation>
    </message>
    <message>
        <source>A chosen teacher no longer exists.</source>
        <translation>Jotakin valituista opettajista ei enää ole.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Käyntipyyntö</translation>
    </message>
    <message>
        <source>Choose the tutor.</source>
        <translation>Valitse tutoropettaja.</translation>
    </message>
    <message>
        <source>{name}&apos;s agreement runs {first}–{last}; it does not cover {day}.</source>
        <translation>{name}: tutorsopimus on voimassa {first}–{last} eikä kata päivää {day}.</translation>
    </message>
    <message>
        <source>Say why the visit goes ahead despite the conflicts.</source>
        <translation>Kerro, miksi koulukäynti pidetään ristiriidoista huolimatta.</translation>
    </message>
    <message>
        <source>No date between {first} and {last} is free for this series.</source>
        <translation>Välillä {first}–{last} ei ole yhtään vapaata päivää tälle käyntisarjalle.</translation>
    </message>
    <message>
        <source>{purpose}: {school}</source>
        <translation>{purpose}: {school}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} on kansio, ei tietokantatiedosto.</translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation>{path} ei ole tietokantatiedosto.</translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk backup.</source>
        <translation>{path} ei ole CoachDeskin varmuuskopio.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation>Varmuuskopio {path} on vioittunut; valitse toinen.</translation>
    </message>
    <message>
        <source>Someone else changed the same record at the same moment, so nothing was saved. Try again: you will see their change.</source>
        <translation>Joku muu muutti samaa tietuetta samalla hetkellä, joten mitään ei tallennettu. Yritä uudelleen: näet silloin hänen muutoksensa.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or move the database to a disk with room) and try again.</source>
        <translation>Levy on täynnä, joten mitään ei tallennettu. Vapauta tilaa (tai siirrä tietokanta levylle, jolla on tilaa) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>CoachDesk cannot write to the database: the file or its folder is read-only. Nothing was saved.</source>
        <translation>CoachDesk ei voi kirjoittaa tietokantaan: tiedosto tai sen kansio on vain luku -tilassa. Mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file. Give the path of the file, for example {example}.</source>
        <translation>{path} on kansio, ei tietokantatiedosto. Anna tiedoston polku, esimerkiksi {example}.</translation>
    </message>
    <message>
        <source>{path} holds no CoachDesk data: it is not a CoachDesk database yet. Choose another file, or open it in the CoachDesk window to make it one.</source>
        <translation>Tiedostossa {path} ei ole CoachDeskin tietoja: se ei ole vielä CoachDeskin tietokanta. Valitse toinen tiedosto tai avaa se CoachDeskin ikkunassa, jolloin siitä tehdään tietokanta.</translation>
    </message>
    <message>
        <source>{path} was written by an older version of CoachDesk. Open it in the CoachDesk window once (it is upgraded there, after a backup), then try again.</source>
        <translation>Tiedosto {path} on tehty CoachDeskin vanhemmalla versiolla. Avaa se kerran CoachDeskin ikkunassa (siellä se päivitetään, kun siitä on ensin otettu varmuuskopio) ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>{path} cannot be written to: the file or its folder is read-only. Copy it to a folder of your own (for example Documents), or ask for write access, and open it there.</source>
        <translation>Tiedostoon {path} ei voi kirjoittaa: tiedosto tai sen kansio on vain luku -tilassa. Kopioi se omaan kansioosi (esimerkiksi Tiedostot) tai pyydä kirjoitusoikeutta, ja avaa se sieltä.</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>Tietokanta on varattu: toinen ohjelma kirjoittaa siihen. Odota hetki ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>Tietokantatiedosto {path} on vioittunut, eikä sitä voi avata. Palauta se varmuuskopiosta.</translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk database. Choose another file, or create a new database.</source>
        <translation>{path} ei ole CoachDeskin tietokanta. Valitse toinen tiedosto tai luo uusi tietokanta.</translation>
    </message>
    <message>
        <source>{name} is a database, but not one of CoachDesk&apos;s. Choose another file, or create a new database.</source>
        <translation>{name} on tietokanta, mutta ei CoachDeskin. Valitse toinen tiedosto tai luo uusi tietokanta.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CoachDesk. Update CoachDesk to open it; the file was not changed.</source>
        <translation>Tietokanta on tallennettu CoachDeskin uudemmalla versiolla. Päivitä CoachDesk, niin voit avata sen; tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The log file says more (Help ▸ About shows where it is).</source>
        <translation>Jokin meni vikaan ({error}). Lokitiedostossa on lisätietoja (sen sijainnin näet kohdasta Ohje ▸ Tietoja CoachDeskistä).</translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voi avata: {reason}</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>Tietoja CoachDeskistä</translation>
    </message>
    <message>
        <source>The desk of the ICT coordinator who runs teacher peer coaching: tutors, lessons, school visits, devices and reports.</source>
        <translation>TVT-koordinaattorin työväline tutoropettajatoiminnan hoitamiseen: tutoropettajat, koulutukset, koulukäynnit, laitteet ja raportit.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Lokitiedostot</translation>
    </message>
    <message>
        <source>Announce lessons</source>
        <translation>Tiedota koulutuksista</translation>
    </message>
    <message>
        <source>From today on</source>
        <translation>Tästä päivästä alkaen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Kaikki ajankohdat</translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation>Kaikki koulutusaiheet</translation>
    </message>
    <message>
        <source>Any school</source>
        <translation>Kaikki koulut</translation>
    </message>
    <message>
        <source>Lessons held at the school or open to it</source>
        <translation>Koulussa pidettävät ja sille avoimet koulutukset</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <source>Published lessons</source>
        <translation>Julkaistut koulutukset</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Lukukausi</translation>
    </message>
    <message>
        <source>Principals and ICT contacts</source>
        <translation>Rehtorit ja TVT-yhdyshenkilöt</translation>
    </message>
    <message>
        <source>Teachers (in Bcc)</source>
        <translation>Opettajat (piilokopiona)</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation>Viestipohjat…</translation>
    </message>
    <message>
        <source>Edit the texts of the messages</source>
        <translation>Muokkaa viestien tekstejä</translation>
    </message>
    <message>
        <source>Tick the lessons to announce.</source>
        <translation>Valitse tiedotettavat koulutukset.</translation>
    </message>
    <message>
        <source>Tick the schools to send the announcement to.</source>
        <translation>Valitse koulut, joille tiedote lähetetään.</translation>
    </message>
    <message>
        <source>Kind of tutor</source>
        <translation>Tutoropettajan tyyppi</translation>
    </message>
    <message>
        <source>Appoint without consent</source>
        <translation>Valitse ilman rehtorin suostumusta</translation>
    </message>
    <message>
        <source>Appoint anyway</source>
        <translation>Valitse silti</translation>
    </message>
    <message>
        <source>Appoint {name}</source>
        <translation>Valitse tutoropettajaksi: {name}</translation>
    </message>
    <message>
        <source>{name} becomes a tutor. The agreement says when they are released from teaching for tutoring.</source>
        <translation>{name} valitaan tutoropettajaksi. Tutorsopimuksessa sovitaan, milloin hän on vapautettu opetuksesta tutorointia varten.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>ei merkitty</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>ei arviota</translation>
    </message>
    <message>
        <source>Attendance — {title}</source>
        <translation>Läsnäolo — {title}</translation>
    </message>
    <message>
        <source>This lesson has not ended yet (it ends {end}): attendance is marked after it.</source>
        <translation>Koulutus ei ole vielä päättynyt (se päättyy {end}): läsnäolo merkitään vasta sen jälkeen.</translation>
    </message>
    <message>
        <source>No teacher holds a seat in this lesson: there is no attendance to mark.</source>
        <translation>Kenelläkään opettajalla ei ole paikkaa tässä koulutuksessa, joten läsnäoloa ei ole merkittävänä.</translation>
    </message>
    <message>
        <source>Keys on the selected row: P present, L late, E excused, A absent, N not marked; 1–5 the score, 0 no score. Double-click a cell to choose or to write a comment.</source>
        <translation>Näppäimet valitulla rivillä: P = läsnä, L = myöhässä, E = poissa (ilmoitettu), A = poissa, N = ei merkitty; 1–5 = arvio, 0 = ei arviota. Kaksoisnapsauta solua, niin voit valita arvon tai kirjoittaa kommentin.</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Kaikki läsnä</translation>
    </message>
    <message>
        <source>Mark every teacher not marked yet as present</source>
        <translation>Merkitse läsnä oleviksi kaikki opettajat, joita ei ole vielä merkitty</translation>
    </message>
    <message>
        <source>&amp;Feedback summary (the lesson as a whole)</source>
        <translation>&amp;Palautteen yhteenveto (koko koulutuksesta)</translation>
    </message>
    <message>
        <source>What the teachers said, in a few sentences</source>
        <translation>Mitä opettajat sanoivat, muutamalla lauseella</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers</source>
        <translation>
            <numerusform>%n opettaja</numerusform>
            <numerusform>%n opettajaa</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} {mark}</source>
        <translation>{n} {mark}</translation>
    </message>
    <message>
        <source>{n} not marked</source>
        <translation>{n} merkitsemättä</translation>
    </message>
    <message>
        <source>e.g. Autumn break</source>
        <translation>esim. Syysloma</translation>
    </message>
    <message>
        <source>New break in {year}</source>
        <translation>Uusi loma lukuvuonna {year}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Muokkaa: {name}</translation>
    </message>
    <message>
        <source>— choose a school —</source>
        <translation>— valitse koulu —</translation>
    </message>
    <message>
        <source>Existing teacher</source>
        <translation>Opettaja rekisteristä</translation>
    </message>
    <message>
        <source>a new person&apos;s name, or the teacher&apos;s</source>
        <translation>uuden henkilön nimi tai opettajan nimi</translation>
    </message>
    <message>
        <source>No teacher matches “{text}”. Pick one from the list, or empty the box to add a new person.</source>
        <translation>Hakua ”{text}” vastaavaa opettajaa ei ole. Valitse opettaja luettelosta tai tyhjennä kenttä, niin voit lisätä uuden henkilön.</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Uusi hakija</translation>
    </message>
    <message>
        <source>Type to search; leave empty for a new person</source>
        <translation>Hae kirjoittamalla; jätä tyhjäksi, jos kyseessä on uusi henkilö</translation>
    </message>
    <message>
        <source>e.g. Robot kit</source>
        <translation>esim. Robottisarja</translation>
    </message>
    <message>
        <source>Loan period (days)</source>
        <translation>Laina-aika (päivää)</translation>
    </message>
    <message>
        <source>Lent to a tutor</source>
        <translation>Tutoropettajalle lainattaessa</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Uusi laiteryhmä</translation>
    </message>
    <message>
        <source>until the tutor&apos;s agreement ends</source>
        <translation>tutorsopimuksen päättymiseen asti</translation>
    </message>
    <message>
        <source>Device categories</source>
        <translation>Laiteryhmät</translation>
    </message>
    <message>
        <source>To a tutor</source>
        <translation>Tutoropettajalle</translation>
    </message>
    <message>
        <source>New category…</source>
        <translation>Uusi laiteryhmä…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>A loan&apos;s due date comes from its device&apos;s category; it can still be changed on each loan.</source>
        <translation>Lainan eräpäivä määräytyy laitteen laiteryhmän mukaan; sitä voi silti muuttaa kunkin lainan kohdalla.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>until the agreement ends</source>
        <translation>tutorsopimuksen päättymiseen asti</translation>
    </message>
    <message>
        <source>Send confirmation</source>
        <translation>Lähetä vahvistus</translation>
    </message>
    <message>
        <source>Confirm the visit of {tutor} to {school} on {day} to whom?</source>
        <translation>Kenelle vahvistus lähetetään? Koulukäynti: {tutor}, {school}, {day}.</translation>
    </message>
    <message>
        <source>The school (principal and ICT contact)</source>
        <translation>Koulu (rehtori ja TVT-yhdyshenkilö)</translation>
    </message>
    <message>
        <source>The tutor</source>
        <translation>Tutoropettaja</translation>
    </message>
    <message>
        <source>Visit confirmation to {school}</source>
        <translation>Käyntivahvistus: {school}</translation>
    </message>
    <message>
        <source>Visit confirmation to {tutor}</source>
        <translation>Käyntivahvistus: {tutor}</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenteritiedostot (*.ics)</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation>Lisää kalenteriin (.ics)</translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>Vie kalenteri (.ics)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <source>Saving this lesson would clash:</source>
        <translation>Koulutuksen tallentaminen aiheuttaisi ristiriitoja:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why. The reason is kept with the lesson.</source>
        <translation>Jos haluat jatkaa silti, kerro syy. Syy tallennetaan koulutuksen tietoihin.</translation>
    </message>
    <message>
        <source>e.g. The only evening the school&apos;s staff can come; agreed with the principal</source>
        <translation>esim. Ainoa ilta, jolloin koulun henkilöstö pääsee paikalle; sovittu rehtorin kanssa</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tallenna silti</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Takaisin lomakkeeseen</translation>
    </message>
    <message>
        <source>Write the reason to go ahead, or go back and change the time, the tutors or the place.</source>
        <translation>Kirjoita syy jatkamiselle tai palaa takaisin ja muuta aikaa, tutoropettajia tai paikkaa.</translation>
    </message>
    <message>
        <source>Decline {name}</source>
        <translation>Jätä valitsematta: {name}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Jätä valitsematta</translation>
    </message>
    <message>
        <source>e.g. VTU-00123</source>
        <translation>esim. VTU-00123</translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation>— valitse laiteryhmä —</translation>
    </message>
    <message>
        <source>e.g. iPad 10th gen</source>
        <translation>esim. iPad (10. sukupolvi)</translation>
    </message>
    <message>
        <source>Price (€)</source>
        <translation>Hinta (€)</translation>
    </message>
    <message>
        <source>e.g. Tutor grant 2026</source>
        <translation>esim. Tutoravustus 2026</translation>
    </message>
    <message>
        <source>e.g. new, good, worn</source>
        <translation>esim. uusi, hyvä, kulunut</translation>
    </message>
    <message>
        <source>No device categories yet: add one with “New category…” (it sets how long its devices are lent).</source>
        <translation>Laiteryhmiä ei ole vielä: lisää yksi painikkeella ”Uusi laiteryhmä…” (se määrää, kuinka pitkäksi aikaa sen laitteet lainataan).</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>Säilytyspaikka</translation>
    </message>
    <message>
        <source>e.g. Cabinet B2</source>
        <translation>esim. Kaappi B2</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>esim. 30</translation>
    </message>
    <message>
        <source>New device</source>
        <translation>Uusi laite</translation>
    </message>
    <message>
        <source>Edit {tag}</source>
        <translation>Muokkaa: {tag}</translation>
    </message>
    <message>
        <source>End the agreement of {name}</source>
        <translation>Päätä tutorsopimus: {name}</translation>
    </message>
    <message>
        <source>The agreement runs from {first} to {last}.</source>
        <translation>Tutorsopimus on voimassa {first}–{last}.</translation>
    </message>
    <message>
        <source>Choose the last day {name} works as a tutor. {name} stays in the register with their lessons, visits and hours; they are no longer offered for new work after that day.</source>
        <translation>Valitse viimeinen päivä, jona {name} toimii tutoropettajana. {name} säilyy rekisterissä koulutuksineen, koulukäynteineen ja tunteineen, mutta häntä ei enää tarjota uusiin tehtäviin tämän päivän jälkeen.</translation>
    </message>
    <message>
        <source>End agreement</source>
        <translation>Päätä tutorsopimus</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Ti</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ke</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pe</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>La</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Su</translation>
    </message>
    <message>
        <source>{enrolled} enrolled (no limit)</source>
        <translation>Ilmoittautuneita {enrolled} (ei enimmäismäärää)</translation>
    </message>
    <message>
        <source>{enrolled} / {capacity} enrolled</source>
        <translation>Ilmoittautuneita {enrolled} / {capacity}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} varasijalla</translation>
    </message>
    <message numerus="yes">
        <source>%n seats free</source>
        <translation>
            <numerusform>%n paikka vapaana</numerusform>
            <numerusform>%n paikkaa vapaana</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>täynnä</translation>
    </message>
    <message>
        <source>feedback {score} / 5</source>
        <translation>palaute {score} / 5</translation>
    </message>
    <message>
        <source>Enrollments — {title}</source>
        <translation>Ilmoittautumiset — {title}</translation>
    </message>
    <message>
        <source>Type a teacher&apos;s name or school…</source>
        <translation>Kirjoita opettajan nimi tai koulu…</translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation>&amp;Opettaja</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Ilmoita</translation>
    </message>
    <message>
        <source>Give the teacher a seat, or a place on the waitlist when the lesson is full (Enter)</source>
        <translation>Anna opettajalle paikka tai, jos koulutus on täynnä, varasija (Enter)</translation>
    </message>
    <message>
        <source>Enroll in the whole series</source>
        <translation>Ilmoita koko koulutussarjaan</translation>
    </message>
    <message>
        <source>Enroll the teacher in every lesson of this series that has not started yet</source>
        <translation>Ilmoita opettaja kaikkiin tämän koulutussarjan koulutuksiin, jotka eivät ole vielä alkaneet</translation>
    </message>
    <message>
        <source>Teachers: {n}</source>
        <translation>Opettajia: {n}</translation>
    </message>
    <message>
        <source>No one has enrolled yet. Type a teacher&apos;s name or school above and press Enter.</source>
        <translation>Kukaan ei ole vielä ilmoittautunut. Kirjoita opettajan nimi tai koulu yllä olevaan kenttään ja paina Enter.</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Näytä perutut</translation>
    </message>
    <message>
        <source>Cancel enrollment…</source>
        <translation>Peru ilmoittautuminen…</translation>
    </message>
    <message>
        <source>Cancel the chosen teacher&apos;s enrollment; the first teacher on the waitlist moves up (Delete)</source>
        <translation>Peru valitun opettajan ilmoittautuminen; jonotuslistan ensimmäinen saa paikan (Delete)</translation>
    </message>
    <message>
        <source>The lesson was cancelled: no one can enroll.</source>
        <translation>Koulutus on peruttu: siihen ei voi ilmoittautua.</translation>
    </message>
    <message>
        <source>The lesson has been held: no one can enroll any more. Mark attendance instead.</source>
        <translation>Koulutus on jo pidetty, joten siihen ei voi enää ilmoittautua. Merkitse sen sijaan läsnäolo.</translation>
    </message>
    <message>
        <source>moved up {when}</source>
        <translation>nousi varasijalta {when}</translation>
    </message>
    <message>
        <source>Moved up from the waitlist — tell them they have a seat:</source>
        <translation>Varasijalta paikan saaneet — kerro heille, että he ovat saaneet paikan:</translation>
    </message>
    <message>
        <source>No teacher matches “{text}”. Pick one from the list that opens as you type.</source>
        <translation>Hakua ”{text}” vastaavaa opettajaa ei ole. Valitse opettaja luettelosta, joka avautuu kirjoittaessasi.</translation>
    </message>
    <message>
        <source>{name} has a seat.</source>
        <translation>{name} sai paikan.</translation>
    </message>
    <message>
        <source>The lesson is full: {name} is on the waitlist, number {place} in line. They move up when a seat frees.</source>
        <translation>Koulutus on täynnä: {name} on jonotuslistalla sijalla {place}. Hän saa paikan, kun paikka vapautuu.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is in %n lessons of the series</source>
        <translation>
            <numerusform>{name} on mukana koulutussarjan %n koulutuksessa</numerusform>
            <numerusform>{name} on mukana koulutussarjan %n koulutuksessa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons already started, held or cancelled were left out</source>
        <translation>
            <numerusform>%n jo alkanut, pidetty tai peruttu koulutus jätettiin pois</numerusform>
            <numerusform>%n jo alkanutta, pidettyä tai peruttua koulutusta jätettiin pois</numerusform>
        </translation>
    </message>
    <message>
        <source>on the waitlist in {n} of them</source>
        <translation>niistä {n} koulutuksessa varasijalla</translation>
    </message>
    <message>
        <source>already in {n}</source>
        <translation>jo aiemmin mukana {n} koulutuksessa</translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s enrollment in “{title}”?</source>
        <translation>Perutaanko opettajan {name} ilmoittautuminen koulutukseen ”{title}”?</translation>
    </message>
    <message>
        <source>The first teacher on the waitlist moves up into the seat.</source>
        <translation>Jonotuslistan ensimmäinen opettaja saa vapautuvan paikan.</translation>
    </message>
    <message>
        <source>Cancel enrollment</source>
        <translation>Peru ilmoittautuminen</translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment is cancelled.</source>
        <translation>Opettajan {name} ilmoittautuminen on peruttu.</translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment is cancelled; {promoted} moved up from the waitlist.</source>
        <translation>Opettajan {name} ilmoittautuminen on peruttu; {promoted} nousi varasijalta.</translation>
    </message>
    <message>
        <source>{promoted} moved up from the waitlist and now has a seat in “{title}” ({when}).

Tell them they have a seat.</source>
        <translation>{promoted} nousi varasijalta ja sai paikan koulutukseen ”{title}” ({when}).

Kerro hänelle, että hän sai paikan.</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Sähköposti: {email}</translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation>Nousi varasijalta</translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation>Hakemuksen historia: {name}</translation>
    </message>
    <message>
        <source>Now: {step}</source>
        <translation>Nykyinen vaihe: {step}</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Jätä pois</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Enter costs on {grant}</source>
        <translation>Kirjaa kustannuksia avustukselle {grant}</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>One cost a row; rows left blank are skipped. Nothing is saved until every row is right.</source>
        <translation>Yksi kustannus riville; tyhjät rivit ohitetaan. Mitään ei tallenneta, ennen kuin kaikki rivit ovat kunnossa.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>jätetty pois</translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation>Valitse luettelo</translation>
    </message>
    <message>
        <source>What does the list hold?</source>
        <translation>Mitä luettelossa on?</translation>
    </message>
    <message>
        <source>{kind} (needs: {fields})</source>
        <translation>{kind} (tarvitaan: {fields})</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Reason or problem</source>
        <translation>Syy tai ongelma</translation>
    </message>
    <message>
        <source>Choose the form&apos;s answers</source>
        <translation>Valitse lomakkeen vastaukset</translation>
    </message>
    <message>
        <source>The answers exported to Excel (.xlsx) from Microsoft Forms, Google Forms or Webropol: one row per answer under a row of the questions.</source>
        <translation>Microsoft Formsista, Google Formsista tai Webropolista Exceliin (.xlsx) viedyt vastaukset: yksi rivi vastausta kohden kysymysrivin alla.</translation>
    </message>
    <message>
        <source>What does the form collect?</source>
        <translation>Mitä lomakkeella kerätään?</translation>
    </message>
    <message>
        <source>Sign-ups to lessons</source>
        <translation>Ilmoittautumisia koulutuksiin</translation>
    </message>
    <message>
        <source>Cancellations of sign-ups</source>
        <translation>Ilmoittautumisten peruutuksia</translation>
    </message>
    <message>
        <source>Schools&apos; visit requests</source>
        <translation>Koulujen käyntipyyntöjä</translation>
    </message>
    <message>
        <source>The .xlsx file</source>
        <translation>.xlsx-tiedosto</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Open the form&apos;s answers</source>
        <translation>Avaa lomakkeen vastaukset</translation>
    </message>
    <message>
        <source>Check the plan</source>
        <translation>Tarkista suunnitelma</translation>
    </message>
    <message>
        <source>Nothing is saved yet. Rows with problems are shown in red: correct them in the file or leave them out. Import saves every row, or nothing at all.</source>
        <translation>Mitään ei ole vielä tallennettu. Rivit, joissa on ongelmia, näkyvät punaisina: korjaa ne tiedostossa tai jätä ne pois. Tuonti tallentaa kaikki rivit tai ei mitään.</translation>
    </message>
    <message>
        <source>Add the teachers CoachDesk does not know, to the school their answer names</source>
        <translation>Lisää opettajat, joita CoachDesk ei tunne, vastauksessa mainittuun kouluun</translation>
    </message>
    <message>
        <source>Otherwise their answers are left for a later import, once the teachers are added.</source>
        <translation>Muuten heidän vastauksensa jäävät myöhempään tuontiin, kun opettajat on lisätty.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems.</source>
        <translation>
            <numerusform>%n rivillä on ongelmia.</numerusform>
            <numerusform>%n rivillä on ongelmia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Tuotu</translation>
    </message>
    <message>
        <source>Everything is saved: the lists show it now.</source>
        <translation>Kaikki on tallennettu: luettelot näyttävät sen nyt.</translation>
    </message>
    <message>
        <source>Write the e-mail drafts</source>
        <translation>Tallenna sähköpostiluonnokset</translation>
    </message>
    <message>
        <source>Imported: {summary}</source>
        <translation>Tuotu: {summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers can be told what became of their answer: write an e-mail draft (.eml) to each of them into a folder, in their school&apos;s language, and send them from your mail program.</source>
        <translation>
            <numerusform>%n opettajalle voi kertoa, miten hänen vastauksensa kävi: tallenna kullekin sähköpostiluonnos (.eml) kansioon hänen koulunsa kielellä ja lähetä luonnokset sähköpostiohjelmastasi.</numerusform>
            <numerusform>%n opettajalle voi kertoa, miten heidän vastauksensa kävi: tallenna kullekin sähköpostiluonnos (.eml) kansioon hänen koulunsa kielellä ja lähetä luonnokset sähköpostiohjelmastasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from a form</source>
        <translation>Tuo lomakkeelta</translation>
    </message>
    <message>
        <source>Open a list</source>
        <translation>Avaa luettelo</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) with a row naming the columns, in Finnish, Swedish or English, and one row per record under it.</source>
        <translation>Excel-työkirja (.xlsx), jossa on sarakkeiden nimet kertova otsikkorivi suomeksi, ruotsiksi tai englanniksi ja sen alla yksi rivi kutakin tietuetta kohden.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Yhdistä sarakkeet kenttiin</translation>
    </message>
    <message>
        <source>Each column of the file is imported as the field chosen beside it. Check the guesses and correct them where needed.</source>
        <translation>Tiedoston kukin sarake tuodaan kenttään, joka on valittu sen viereen. Tarkista ehdotukset ja korjaa ne tarvittaessa.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Ensimmäinen arvo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Tuodaan kenttään</translation>
    </message>
    <message>
        <source>The sheet whose header row names the most columns is read; choose another here.</source>
        <translation>Luetaan se taulukko, jonka otsikkorivillä on eniten sarakkeiden nimiä; voit valita tässä toisen.</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Taulukko</translation>
    </message>
    <message numerus="yes">
        <source>Header on row {row}, %n rows below it.</source>
        <translation>
            <numerusform>Otsikkorivi on rivillä {row}, sen alla %n rivi.</numerusform>
            <numerusform>Otsikkorivi on rivillä {row}, sen alla %n riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total rows left out: {rows}.</source>
        <translation>Pois jätetyt summarivit: {rows}.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(ei tuoda)</translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation>Ei tuoda: {columns}.</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Kaikki sarakkeet tuodaan.</translation>
    </message>
    <message>
        <source>Choose the column that gives the {fields}: it is needed.</source>
        <translation>Valitse sarake pakollisille kentille: {fields}.</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Tarkista rivit</translation>
    </message>
    <message>
        <source>Rows with problems are shown in red: correct them in the file or leave them out. Import saves every row that is not left out, or nothing at all.</source>
        <translation>Rivit, joissa on ongelmia, näkyvät punaisina: korjaa ne tiedostoon tai jätä ne pois. Tuonti tallentaa joko kaikki rivit, joita ei ole jätetty pois, tai ei mitään.</translation>
    </message>
    <message>
        <source>update them from the list</source>
        <translation>päivitä ne luettelon tiedoilla</translation>
    </message>
    <message>
        <source>leave them as they are</source>
        <translation>jätä ne ennalleen</translation>
    </message>
    <message>
        <source>Records already in CoachDesk:</source>
        <translation>CoachDeskissä jo olevat tietueet:</translation>
    </message>
    <message>
        <source>Create the categories the list names that do not exist yet, and put devices without a category in “Uncategorised”; their loan period can be set under Categories afterwards.</source>
        <translation>Luo luettelossa mainitut laiteryhmät, joita ei vielä ole, ja sijoita laitteet, joilla ei ole laiteryhmää, ryhmään ”Ilman laiteryhmää”; laiteryhmien laina-ajat voi asettaa jälkikäteen kohdassa Laiteryhmät.</translation>
    </message>
    <message>
        <source>Leave out the rows with problems</source>
        <translation>Jätä pois rivit, joissa on ongelmia</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Read from the sheet “{sheet}” of {file}.</source>
        <translation>Luettu tiedoston {file} taulukosta ”{sheet}”.</translation>
    </message>
    <message>
        <source>To read another sheet, go back and choose it.</source>
        <translation>Jos haluat lukea toisen taulukon, palaa takaisin ja valitse se.</translation>
    </message>
    <message>
        <source>Create the missing categories: {names}</source>
        <translation>Luo puuttuvat laiteryhmät: {names}</translation>
    </message>
    <message>
        <source> ({count} left out)</source>
        <translation> (jätetty pois {count})</translation>
    </message>
    <message numerus="yes">
        <source>; %n rows with problems.</source>
        <translation>
            <numerusform>; ongelma %n rivillä.</numerusform>
            <numerusform>; ongelmia %n rivillä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Tuonti valmis</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Tuo Excelistä</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Edellinen</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>{new} new records were created and {updated} updated; {skipped} rows were skipped.</source>
        <translation>Uusia tietueita luotiin {new} ja tietueita päivitettiin {updated}; ohitettuja rivejä oli {skipped}.</translation>
    </message>
    <message>
        <source>New categories: {names}.</source>
        <translation>Uudet laiteryhmät: {names}.</translation>
    </message>
    <message>
        <source>e.g. Scratch for beginners</source>
        <translation>esim. Scratch aloittelijoille</translation>
    </message>
    <message>
        <source>— no topic —</source>
        <translation>— ei koulutusaihetta —</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Opetustila</translation>
    </message>
    <message>
        <source>e.g. A12 or the library</source>
        <translation>esim. A12 tai kirjasto</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Koulutuspaikka</translation>
    </message>
    <message>
        <source>e.g. Education office, meeting room 2</source>
        <translation>esim. Opetustoimisto, neuvotteluhuone 2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Linkki</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>ei enimmäismäärää</translation>
    </message>
    <message>
        <source>Open to all schools</source>
        <translation>Avoin kaikille kouluille</translation>
    </message>
    <message>
        <source>Listed schools</source>
        <translation>Valitut koulut</translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation>tämä koulutus</translation>
    </message>
    <message>
        <source>Conflicts are checked once the date and the tutors are chosen.</source>
        <translation>Ristiriidat tarkistetaan, kun päivä ja tutoropettajat on valittu.</translation>
    </message>
    <message>
        <source>A cancelled lesson clashes with nothing.</source>
        <translation>Perutulla koulutuksella ei ole ristiriitoja.</translation>
    </message>
    <message>
        <source>No conflicts: the tutors are free, it is a school day and inside their released time.</source>
        <translation>Ei ristiriitoja: tutoropettajat ovat vapaina, päivä on koulupäivä ja aika on heidän tutorointiaikaansa.</translation>
    </message>
    <message>
        <source>Check before saving:</source>
        <translation>Tarkista ennen tallentamista:</translation>
    </message>
    <message>
        <source>Change a series</source>
        <translation>Muuta koulutussarjaa</translation>
    </message>
    <message>
        <source>This lesson is one of a series. Change this lesson only, or this and all the following lessons of the series?</source>
        <translation>Tämä koulutus kuuluu koulutussarjaan. Muutetaanko vain tätä koulutusta vai tätä ja kaikkia sarjan seuraavia koulutuksia?</translation>
    </message>
    <message>
        <source>This lesson only</source>
        <translation>Vain tämä koulutus</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Tämä ja kaikki seuraavat</translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation>Muokkaa: {title}</translation>
    </message>
    <message>
        <source>Copy of {title} on {day}</source>
        <translation>Kopio: {title}, {day}</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Uusi koulutus</translation>
    </message>
    <message>
        <source>Borrower is a</source>
        <translation>Lainaajan tyyppi</translation>
    </message>
    <message>
        <source>No {kind} matches “{text}”. Pick one from the list.</source>
        <translation>Yksikään {kind} ei vastaa hakua ”{text}”. Valitse luettelosta.</translation>
    </message>
    <message>
        <source>Type a tutor&apos;s name</source>
        <translation>Kirjoita tutoropettajan nimi</translation>
    </message>
    <message>
        <source>Type a teacher&apos;s name or school</source>
        <translation>Kirjoita opettajan nimi tai koulu</translation>
    </message>
    <message>
        <source>Type a school&apos;s name</source>
        <translation>Kirjoita koulun nimi</translation>
    </message>
    <message numerus="yes">
        <source>{category}: %n days; to a tutor, until their agreement ends.</source>
        <translation>
            <numerusform>{category}: %n päivä; tutoropettajalle tutorsopimuksen päättymiseen asti.</numerusform>
            <numerusform>{category}: %n päivää; tutoropettajalle tutorsopimuksen päättymiseen asti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{category}: %n days.</source>
        <translation>
            <numerusform>{category}: %n päivä.</numerusform>
            <numerusform>{category}: %n päivää.</numerusform>
        </translation>
    </message>
    <message>
        <source>Condition on departure</source>
        <translation>Kunto lainattaessa</translation>
    </message>
    <message>
        <source>e.g. good, small scratch on the lid</source>
        <translation>esim. hyvä, pieni naarmu kannessa</translation>
    </message>
    <message>
        <source>Lend {tag}</source>
        <translation>Lainaa {tag}</translation>
    </message>
    <message>
        <source>message</source>
        <translation>viesti</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <source>Copy the subject and the text to paste in a message</source>
        <translation>Kopioi aihe ja teksti liitettäväksi viestiin</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>Avaa sähköpostiohjelmassa</translation>
    </message>
    <message>
        <source>A new message in your mail program, addressed and written (attachments travel only in the .eml file)</source>
        <translation>Uusi viesti sähköpostiohjelmaasi valmiiksi osoitettuna ja kirjoitettuna (liitteet kulkevat vain .eml-tiedostossa)</translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation>Tallenna .eml…</translation>
    </message>
    <message>
        <source>A message file with its attachments, which your mail program opens ready to send</source>
        <translation>Viestitiedosto liitteineen; sähköpostiohjelmasi avaa sen valmiina lähetettäväksi</translation>
    </message>
    <message>
        <source>Addressees:</source>
        <translation>Vastaanottajat:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Aihe:</translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation>Liitteet: {files}</translation>
    </message>
    <message>
        <source>No mail program opened the message. Copy the text, or save it as an .eml file.</source>
        <translation>Mikään sähköpostiohjelma ei avannut viestiä. Kopioi teksti tai tallenna viesti .eml-tiedostoksi.</translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation>Tallenna viesti</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Sähköpostiviestit (*.eml)</translation>
    </message>
    <message>
        <source>Personal data {name}</source>
        <translation>Henkilötiedot {name}</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Vie henkilötiedot</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about {name} is in {path}.</source>
        <translation>Kaikki CoachDeskiin tallennetut tiedot henkilöstä {name} ovat tiedostossa {path}.</translation>
    </message>
    <message>
        <source>their name, e-mail, subjects and notes; the comments of their feedback; the notes of visits that reached them; the training they did elsewhere</source>
        <translation>nimi, sähköpostiosoite, opetettavat aineet ja lisätiedot; palautteiden kommentit; niiden koulukäyntien lisätiedot, joihin hän osallistui; muualla käydyt koulutukset</translation>
    </message>
    <message>
        <source>{enrollments} enrollments with attendance and feedback scores, {visits} visits reached</source>
        <translation>ilmoittautumiset ({enrollments}) läsnäoloineen ja palautearvioineen, koulukäynnit, joihin hän osallistui ({visits})</translation>
    </message>
    <message>
        <source>their name, e-mail, notes and strengths; the notes of their visits</source>
        <translation>nimi, sähköposti, lisätiedot ja osaamisalueet; hänen koulukäyntiensä lisätiedot</translation>
    </message>
    <message>
        <source>{visits} visits and {lessons} lessons with their hours</source>
        <translation>koulukäynnit ({visits}) ja koulutukset ({lessons}) tunteineen</translation>
    </message>
    <message>
        <source>The database server&apos;s own backups are kept by its administrator: ask them to make sure no backup keeps this person&apos;s data.</source>
        <translation>Tietokantapalvelimen omista varmuuskopioista huolehtii sen ylläpitäjä: pyydä ylläpitäjää varmistamaan, ettei mikään varmuuskopio säilytä tämän henkilön tietoja.</translation>
    </message>
    <message>
        <source>CoachDesk also erases them from its own backups (in {folder}), and erases them again from any older backup you restore later. Copies of the database kept anywhere else (on a USB stick, in a cloud folder, made with “coachdesk backup --to”) are out of CoachDesk&apos;s reach: delete those yourself.</source>
        <translation>CoachDesk poistaa ne myös omista varmuuskopioistaan (kansiossa {folder}) ja poistaa ne uudelleen jokaisesta vanhemmasta varmuuskopiosta, jonka palautat myöhemmin. Muualla säilytettyihin tietokannan kopioihin (USB-muistitikulla, pilvikansiossa tai komennolla ”coachdesk backup --to” tehtyihin) CoachDesk ei ulotu: poista ne itse.</translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?

Removed for good from this database: {goes}; the notes of their {loans} loans and {reservations} reservations; {applications} applications in recruitment rounds; their entries in the change history.

Kept without a name, so that the statistics still count them: {stays}, and the loans. The record stays as “{anonymous}”.

Backups: {copies}

This cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation>Poistetaanko henkilön {name} henkilötiedot?

Poistetaan pysyvästi tästä tietokannasta: {goes}; lainojen ({loans}) ja varausten ({reservations}) lisätiedot; hakemukset tutorhauissa ({applications}); henkilön merkinnät muutoshistoriassa.

Säilytetään ilman nimeä, jotta ne näkyvät edelleen tilastoissa: {stays} sekä lainat. Tietue jää nimellä ”{anonymous}”.

Varmuuskopiot: {copies}

Toimintoa ei voi perua. Vie tiedot ensin, jos henkilö on pyytänyt niistä kopion.</translation>
    </message>
    <message>
        <source>{path} ({reason})</source>
        <translation>{path} ({reason})</translation>
    </message>
    <message>
        <source>The personal data of {name} is erased from the database, but these files still hold it:

{files}

To finish, free some space or make the folder writable, then erase “{anonymous}” again (tick Show archived to see the record); or delete these files yourself.</source>
        <translation>Henkilön {name} henkilötiedot on poistettu tietokannasta, mutta ne ovat yhä näissä tiedostoissa:

{files}

Viimeistele poisto vapauttamalla tilaa tai hankkimalla kansioon kirjoitusoikeus ja poistamalla sitten ”{anonymous}” uudelleen (valitse ”Näytä arkistoidut”, niin tietue näkyy). Voit myös poistaa nämä tiedostot itse.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Poista henkilötiedot</translation>
    </message>
    <message>
        <source>{weekday} {day} {starts}–{ends}</source>
        <translation>{weekday} {day} klo {starts}–{ends}</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Sopivuus</translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>Earliest free</source>
        <translation>Ensimmäinen vapaa aika</translation>
    </message>
    <message>
        <source>no free time</source>
        <translation>ei vapaata aikaa</translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation>Tunteja jäljellä</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Perusteet</translation>
    </message>
    <message>
        <source>Propose tutors</source>
        <translation>Ehdota tutoropettajia</translation>
    </message>
    <message>
        <source>No tutor can serve this school: appoint a roaming tutor, or add the school to a tutor&apos;s schools on the Tutors page.</source>
        <translation>Yksikään tutoropettaja ei voi toimia tässä koulussa: valitse kiertävä tutoropettaja tai lisää koulu jonkin tutoropettajan kouluihin Tutoropettajat-sivulla.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Varaa</translation>
    </message>
    <message>
        <source>Book the chosen slot for this request (Enter)</source>
        <translation>Varaa valittu aika tälle käyntipyynnölle (Enter)</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>{first}–{last} {starts}–{ends}</source>
        <translation>{first}–{last} klo {starts}–{ends}</translation>
    </message>
    <message>
        <source>Preferred: {windows}</source>
        <translation>Toivotut ajankohdat: {windows}</translation>
    </message>
    <message>
        <source>No preferred times: the next four weeks are searched.</source>
        <translation>Ei toivottuja ajankohtia: haku kattaa seuraavat neljä viikkoa.</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Vapaat ajat</translation>
    </message>
    <message>
        <source>Free slots of {name}</source>
        <translation>Vapaat ajat: {name}</translation>
    </message>
    <message>
        <source>Visit booked</source>
        <translation>Koulukäynti varattu</translation>
    </message>
    <message>
        <source>{name} visits on {when}. The request is now scheduled.</source>
        <translation>{name} tekee koulukäynnin {when}. Käyntipyynnölle on nyt sovittu aika.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(kumottu)</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>History of the {kind} {name}</source>
        <translation>Muutoshistoria: {kind} {name}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Vanha → uusi</translation>
    </message>
    <message>
        <source>Changes recorded: {n}</source>
        <translation>Kirjattuja muutoksia: {n}</translation>
    </message>
    <message>
        <source>No changes recorded for this {kind} yet.</source>
        <translation>Tälle kohteelle ({kind}) ei ole vielä kirjattu muutoksia.</translation>
    </message>
    <message>
        <source>Renew {tag}</source>
        <translation>Uusi laina: {tag}</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Uusi eräpäivä</translation>
    </message>
    <message>
        <source>Lent to {who}, due {due}.</source>
        <translation>Lainassa: {who}, eräpäivä {due}.</translation>
    </message>
    <message>
        <source>No preferred times: tutors are proposed for the next four weeks.</source>
        <translation>Ei toivottuja ajankohtia: tutoropettajia ehdotetaan seuraaville neljälle viikolle.</translation>
    </message>
    <message>
        <source>Add preferred time</source>
        <translation>Lisää toivottu ajankohta</translation>
    </message>
    <message>
        <source>Remove this preferred time</source>
        <translation>Poista tämä toivottu ajankohta</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>e.g. Principal Liisa Laine</source>
        <translation>esim. Rehtori Liisa Laine</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>esim. 12</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Ilmoittautumiset</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Peruutukset</translation>
    </message>
    <message>
        <source>Visit requests</source>
        <translation>Käyntipyynnöt</translation>
    </message>
    <message>
        <source>Time of the answer</source>
        <translation>Vastausaika</translation>
    </message>
    <message>
        <source>Lessons chosen</source>
        <translation>Valitut koulutukset</translation>
    </message>
    <message>
        <source>Lessons cancelled</source>
        <translation>Perutut koulutukset</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Pyytäjä</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Toivotut ajankohdat</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>ilmoittautunut</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>varasijalla</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>hylätty</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>moved up from the waiting list</source>
        <translation>nousi varasijalta</translation>
    </message>
    <message>
        <source>new request</source>
        <translation>uusi käyntipyyntö</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>tuotu jo aiemmin</translation>
    </message>
    <message>
        <source>unknown teacher</source>
        <translation>tuntematon opettaja</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>ongelma</translation>
    </message>
    <message>
        <source>the lesson has been cancelled</source>
        <translation>koulutus on peruttu</translation>
    </message>
    <message>
        <source>the lesson has already started or been held</source>
        <translation>koulutus on jo alkanut tai pidetty</translation>
    </message>
    <message>
        <source>the lesson is not open to the teacher&apos;s school</source>
        <translation>koulutus ei ole avoin opettajan koululle</translation>
    </message>
    <message>
        <source>already signed up</source>
        <translation>on jo ilmoittautunut</translation>
    </message>
    <message>
        <source>the teacher is archived</source>
        <translation>opettaja on arkistoitu</translation>
    </message>
    <message>
        <source>not signed up: nothing to cancel</source>
        <translation>ei ilmoittautunut: ei peruttavaa</translation>
    </message>
    <message>
        <source>the lesson is not open to your school</source>
        <translation>koulutus ei ole avoin koulullesi</translation>
    </message>
    <message>
        <source>you were already signed up</source>
        <translation>olit jo ilmoittautunut</translation>
    </message>
    <message>
        <source>you are no longer on the list of teachers</source>
        <translation>et ole enää opettajaluettelossa</translation>
    </message>
    <message>
        <source>you were not signed up</source>
        <translation>et ollut ilmoittautunut</translation>
    </message>
    <message>
        <source>Row {row}: {who}</source>
        <translation>Rivi {row}: {who}</translation>
    </message>
    <message>
        <source>new teachers: {n}</source>
        <translation>uusia opettajia: {n}</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>ei rivejä</translation>
    </message>
    <message>
        <source>Nothing was imported: the rows {rows} of the form have problems. Correct them in the file or leave them out, then import again.</source>
        <translation>Mitään ei tuotu: lomakkeen riveillä {rows} on ongelmia. Korjaa ne tiedostossa tai jätä ne pois ja tuo sitten uudelleen.</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Uusi käyntipyyntö</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>Muokkaa käyntipyyntöä</translation>
    </message>
    <message>
        <source>e.g. for the 5th grade&apos;s coding week</source>
        <translation>esim. 5. luokan koodausviikolle</translation>
    </message>
    <message>
        <source>Reserve {tag}</source>
        <translation>Varaa {tag}</translation>
    </message>
    <message>
        <source>Hand {tag} over</source>
        <translation>Luovuta {tag}</translation>
    </message>
    <message>
        <source>Reserved for {who} until the due date given here; the loan starts today.</source>
        <translation>Varattu: {who}. Laina alkaa tänään ja päättyy tässä annettuna eräpäivänä.</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>Päivittäinen kopio</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Käsin tehty</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <source>Before upgrading from {revision}</source>
        <translation>Ennen päivitystä versiosta {revision}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <source>Choose the copy to put back. The database as it is now is kept as a copy first, so restoring can be undone by restoring that copy.</source>
        <translation>Valitse palautettava varmuuskopio. Tietokannan nykytila tallennetaan ensin kopioksi, joten palautuksen voi perua palauttamalla tuon kopion.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>Tästä tietokannasta ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
        <source>e.g. good, screen cracked</source>
        <translation>esim. hyvä, näyttö haljennut</translation>
    </message>
    <message>
        <source>Damage and notes</source>
        <translation>Vauriot ja lisätiedot</translation>
    </message>
    <message>
        <source>Return {tag}</source>
        <translation>Palauta {tag}</translation>
    </message>
    <message>
        <source>Lent to {who} on {out}, due {due}.</source>
        <translation>Lainassa: {who} {out} alkaen, eräpäivä {due}.</translation>
    </message>
    <message>
        <source>Condition when it left: {condition}</source>
        <translation>Kunto lainattaessa: {condition}</translation>
    </message>
    <message>
        <source>e.g. Tutor call 2026–2027</source>
        <translation>esim. Tutorhaku 2026–2027</translation>
    </message>
    <message>
        <source>New recruitment round</source>
        <translation>Uusi tutorhaku</translation>
    </message>
    <message>
        <source>e.g. Korson koulu</source>
        <translation>esim. Korson koulu</translation>
    </message>
    <message>
        <source>New school</source>
        <translation>Uusi koulu</translation>
    </message>
    <message>
        <source>Starts in autumn of</source>
        <translation>Alkaa syksyllä (vuosi)</translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation>esim. {year}</translation>
    </message>
    <message>
        <source>New school year</source>
        <translation>Uusi lukuvuosi</translation>
    </message>
    <message>
        <source>The new year gets the usual Finnish terms and breaks (autumn break in week 42, Christmas, the winter break, Easter) and the public holidays. You can change them afterwards.</source>
        <translation>Uudelle lukuvuodelle tulevat tavanomaiset suomalaiset lukukaudet ja lomat (syysloma viikolla 42, joululoma, talviloma ja pääsiäinen) sekä arkipyhät. Voit muuttaa niitä jälkikäteen.</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Uusi koulutussarja</translation>
    </message>
    <message>
        <source>a tutor</source>
        <translation>joku tutoropettajista</translation>
    </message>
    <message>
        <source>Tick the days of the week the lesson is on.</source>
        <translation>Valitse viikonpäivät, joina koulutus pidetään.</translation>
    </message>
    <message numerus="yes">
        <source>%n lessons</source>
        <translation>
            <numerusform>%n koulutus</numerusform>
            <numerusform>%n koulutusta</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the days of the week it is on.</source>
        <translation>Valitse viikonpäivät, joina sarja toistuu.</translation>
    </message>
    <message>
        <source>No dates yet: see the message at the rule.</source>
        <translation>Päiviä ei vielä ole: katso toistosäännön kohdalla näkyvä viesti.</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>{n} ohitetaan</translation>
    </message>
    <message>
        <source>{n} with conflicts</source>
        <translation>ristiriitoja {n} päivänä</translation>
    </message>
    <message>
        <source>Some dates of this series clash:</source>
        <translation>Osa koulutussarjan päivistä aiheuttaa ristiriitoja:</translation>
    </message>
    <message>
        <source>Schools served by {name}</source>
        <translation>Tutoroitavat koulut: {name}</translation>
    </message>
    <message>
        <source>Roaming tutor: serves the schools ticked below</source>
        <translation>Kiertävä tutoropettaja: toimii alla valituissa kouluissa</translation>
    </message>
    <message>
        <source>A roaming tutor serves several schools: tick each school {name} works in, the home school too if they coach there.</source>
        <translation>Kiertävä tutoropettaja toimii useassa koulussa: valitse jokainen koulu, jossa {name} toimii, myös kotikoulu, jos hän tutoroi myös siellä.</translation>
    </message>
    <message>
        <source>{name} is a school tutor and serves only their home school, {home}. Tick the box above to make them a roaming tutor who serves several schools.</source>
        <translation>{name} on koulun oma tutoropettaja ja toimii vain kotikoulussaan ({home}). Valitse yllä oleva ruutu, jos hänestä tulee kiertävä tutoropettaja, joka toimii useassa koulussa.</translation>
    </message>
    <message>
        <source>Strengths of {name}</source>
        <translation>Osaamisalueet: {name}</translation>
    </message>
    <message>
        <source>Choose a level for each topic {name} can teach; leave the others at “—”.</source>
        <translation>Valitse taso jokaiselle koulutusaiheelle, jota {name} voi opettaa; jätä muut kohtaan ”—”.</translation>
    </message>
    <message>
        <source>Find a topic…</source>
        <translation>Etsi koulutusaihetta…</translation>
    </message>
    <message>
        <source>The training catalogue has no topics yet.</source>
        <translation>Koulutustarjonnassa ei ole vielä koulutusaiheita.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Ei tallennettu: {reason}</translation>
    </message>
    <message>
        <source>e.g. mathematics, physics</source>
        <translation>esim. matematiikka, fysiikka</translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation>Uusi opettaja</translation>
    </message>
    <message>
        <source>Move {name} to another school</source>
        <translation>Siirrä toiseen kouluun: {name}</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Viestipohjat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation>Käytä oletustekstiä</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Viesti:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Teksti:</translation>
    </message>
    <message>
        <source>The default text</source>
        <translation>Oletusteksti</translation>
    </message>
    <message>
        <source>Edited text (saved in the database)</source>
        <translation>Muokattu teksti (tallennettu tietokantaan)</translation>
    </message>
    <message>
        <source>Placeholders you can use (write a brace itself twice: {{ or }}):</source>
        <translation>Käytettävissä olevat paikkamerkit (kirjoita pelkkä aaltosulje kahdesti: {{ tai }}):</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
    <message>
        <source>Replace your text of “{message}” ({language}) with the default text?</source>
        <translation>Korvataanko oma tekstisi viestissä ”{message}” ({language}) oletustekstillä?</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Käytä oletusta</translation>
    </message>
    <message>
        <source>e.g. Autumn term 2026</source>
        <translation>esim. Syyslukukausi 2026</translation>
    </message>
    <message>
        <source>e.g. Coding with Scratch</source>
        <translation>esim. Koodaus Scratchillä</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>Uusi koulutusaihe</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation>esim. 120</translation>
    </message>
    <message>
        <source>e.g. Teams; Wilma; Seppo; Google Classroom</source>
        <translation>esim. Teams; Wilma; Seppo; Google Classroom</translation>
    </message>
    <message>
        <source>Looked at by</source>
        <translation>Tilanteen katsoi</translation>
    </message>
    <message>
        <source>e.g. Teams assignments for the teachers of grade 7</source>
        <translation>esim. Teamsin tehtävät 7. luokan opettajille</translation>
    </message>
    <message>
        <source>Note a need</source>
        <translation>Kirjaa tarve</translation>
    </message>
    <message>
        <source>Released time</source>
        <translation>Tutorointiaika</translation>
    </message>
    <message>
        <source>Hourly cost (€)</source>
        <translation>Tuntikustannus (€)</translation>
    </message>
    <message>
        <source>e.g. 45,50</source>
        <translation>esim. 45,50</translation>
    </message>
    <message>
        <source>When the tutor works as a tutor instead of teaching. School breaks and public holidays are left out.</source>
        <translation>Milloin tutoropettaja toimii tutorina opetuksen sijaan. Loma-ajat ja arkipyhät jätetään pois.</translation>
    </message>
    <message>
        <source>their home school</source>
        <translation>kotikoulu</translation>
    </message>
    <message>
        <source>Tick the schools this roaming tutor serves.</source>
        <translation>Valitse koulut, joissa tämä kiertävä tutoropettaja toimii.</translation>
    </message>
    <message>
        <source>A school tutor serves only {home}. Choose “Roaming tutor” to serve several schools.</source>
        <translation>Koulun oma tutoropettaja toimii vain yhdessä koulussa: {home}. Valitse ”Kiertävä tutoropettaja”, jos hän toimii useassa koulussa.</translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation>Uusi tutoropettaja</translation>
    </message>
    <message>
        <source>Booking this visit would clash:</source>
        <translation>Koulukäynnin varaaminen aiheuttaisi ristiriitoja:</translation>
    </message>
    <message>
        <source>To go ahead anyway, say why. The reason is kept with the visit.</source>
        <translation>Jos haluat jatkaa silti, kerro syy. Syy tallennetaan koulukäynnin tietoihin.</translation>
    </message>
    <message>
        <source>e.g. The school&apos;s only free morning; travel agreed with the tutor</source>
        <translation>esim. Koulun ainoa vapaa aamupäivä; siirtyminen sovittu tutoropettajan kanssa</translation>
    </message>
    <message>
        <source>— choose a tutor —</source>
        <translation>— valitse tutoropettaja —</translation>
    </message>
    <message>
        <source>A visit stays at its school: to go elsewhere, cancel it and book a new one.</source>
        <translation>Koulukäynti pysyy samassa koulussa: jos käynti siirtyy toiseen kouluun, peru se ja varaa uusi.</translation>
    </message>
    <message>
        <source>Choose the school.</source>
        <translation>Valitse koulu.</translation>
    </message>
    <message>
        <source>Conflicts are checked once the school, the tutor and the date are chosen.</source>
        <translation>Ristiriidat tarkistetaan, kun koulu, tutoropettaja ja päivä on valittu.</translation>
    </message>
    <message>
        <source>This time has passed: a visit that happened is logged, not booked.</source>
        <translation>Ajankohta on jo mennyt: toteutunut koulukäynti kirjataan, sitä ei varata.</translation>
    </message>
    <message>
        <source>No conflicts: the tutor is free, has time to travel, it is a school day and inside their released time.</source>
        <translation>Ei ristiriitoja: tutoropettaja on vapaana, siirtymäaikaa on riittävästi, päivä on koulupäivä ja aika on hänen tutorointiaikaansa.</translation>
    </message>
    <message>
        <source>Check before booking:</source>
        <translation>Tarkista ennen varaamista:</translation>
    </message>
    <message>
        <source>Only a booked visit can be moved; this one is {status}.</source>
        <translation>Vain varatun koulukäynnin voi siirtää; tämän käynnin tila: {status}.</translation>
    </message>
    <message>
        <source>Move or edit the visit</source>
        <translation>Siirrä tai muokkaa koulukäyntiä</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Uusi koulukäynti</translation>
    </message>
    <message>
        <source>{tutor} at {school} · {when} · {purpose}</source>
        <translation>{tutor}, {school} · {when} · {purpose}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>No-show: the visit did not take place</source>
        <translation>Peruuntui paikan päällä: käyntiä ei pidetty</translation>
    </message>
    <message>
        <source>e.g. 6</source>
        <translation>esim. 6</translation>
    </message>
    <message>
        <source>Teachers by name</source>
        <translation>Nimetyt opettajat</translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation>esim. 1,5</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Jatkotoimia tarvitaan</translation>
    </message>
    <message>
        <source>Needs resolved</source>
        <translation>Ratkaistut tarpeet</translation>
    </message>
    <message>
        <source>One need a line, e.g. Teams assignments for the teachers of grade 7</source>
        <translation>Yksi tarve riville, esim. Teamsin tehtävät 7. luokan opettajille</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Käsitellyt koulutusaiheet</translation>
    </message>
    <message>
        <source>Log the visit</source>
        <translation>Kirjaa koulukäynti</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Tallenna käyntikirjaus</translation>
    </message>
    <message>
        <source>The school needs another visit</source>
        <translation>Koulu tarvitsee uuden käynnin</translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation>Hae kirjoittamalla nimi</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Everyone the visit reached; the teachers named below count as at least that many.</source>
        <translation>Kaikki, jotka käynti tavoitti; määrä on vähintään alla nimettyjen opettajien lukumäärä.</translation>
    </message>
    <message>
        <source>, or empty the box to add a new person</source>
        <translation> tai tyhjennä kenttä, niin voit lisätä uuden henkilön</translation>
    </message>
    <message>
        <source>A cancelled visit has nothing to log.</source>
        <translation>Perutusta koulukäynnistä ei ole kirjattavaa.</translation>
    </message>
    <message>
        <source>Recurring visits</source>
        <translation>Toistuvat koulukäynnit</translation>
    </message>
    <message>
        <source>the tutor</source>
        <translation>tutoropettaja</translation>
    </message>
    <message>
        <source>Tick the days of the week the visit is on.</source>
        <translation>Valitse viikonpäivät, joina koulukäynti tehdään.</translation>
    </message>
    <message>
        <source>The dates are shown once the school and the tutor are chosen.</source>
        <translation>Päivät näytetään, kun koulu ja tutoropettaja on valittu.</translation>
    </message>
    <message>
        <source>No dates yet: see the message at the rule or the days.</source>
        <translation>Päiviä ei vielä ole: katso toistosäännön tai viikonpäivien kohdalla näkyvä viesti.</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n koulukäynti</numerusform>
            <numerusform>%n koulukäyntiä</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} skipped for breaks</source>
        <translation>{n} ohitetaan lomien vuoksi</translation>
    </message>
    <message>
        <source>{n} skipped for conflicts</source>
        <translation>{n} ohitetaan ristiriitojen vuoksi</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved data is safe: a change is either saved whole or not at all.

The details were written to {log}. If it happens again, please send that file to support.</source>
        <translation>Jokin meni vikaan, eikä viimeisin toiminto valmistunut. Tallennetut tietosi ovat tallessa: muutos tallentuu joko kokonaan tai ei lainkaan.

Lisätiedot kirjoitettiin tiedostoon {log}. Jos näin käy uudelleen, lähetä tämä tiedosto tukipalveluun.</translation>
    </message>
    <message>
        <source>CoachDesk</source>
        <translation>CoachDesk</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Tietokanta: {path}</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Uusi tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation>&amp;Yhdistä palvelimeen…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>Viimeksi &amp;käytetyt tiedostot</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Kumoa poisto</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>&amp;Tietoja CoachDeskistä</translation>
    </message>
    <message>
        <source>Last page used</source>
        <translation>Viimeksi käytetty sivu</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Ei viimeksi käytettyjä tiedostoja</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Avataan {name}…</translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation>Avataan {path}…</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation>Avaa toinen tietokanta</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Uusi tietokanta</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation>{path} on jo olemassa. Valitse toinen nimi tai avaa tiedosto valinnalla Tiedosto ▸ Avaa tietokanta.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Varmuuskopioi</translation>
    </message>
    <message>
        <source>A database server is backed up by its administrator, not by CoachDesk.</source>
        <translation>Tietokantapalvelimen varmuuskopioinnista huolehtii sen ylläpitäjä, ei CoachDesk.</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>Varmuuskopioitu: {path}</translation>
    </message>
    <message>
        <source>Replace everything in {name} with the copy {copy}? The database as it is now is kept as a backup first.</source>
        <translation>Korvataanko tietokannan {name} koko sisältö kopiolla {copy}? Tietokannan nykyinen tila tallennetaan ensin varmuuskopioksi.</translation>
    </message>
    <message>
        <source>Restored {copy}</source>
        <translation>Palautettu: {copy}</translation>
    </message>
    <message>
        <source>Restoring {copy}…</source>
        <translation>Palautetaan: {copy}…</translation>
    </message>
    <message>
        <source>&amp;Undo delete: {what}</source>
        <translation>&amp;Kumoa poisto: {what}</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>Restore {what}?</source>
        <translation>Palautetaanko {what}?</translation>
    </message>
    <message>
        <source>Cannot undo the deletion</source>
        <translation>Poistoa ei voi kumota</translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation>Palautettu: {what}.</translation>
    </message>
    <message>
        <source>(opening)</source>
        <translation>(avataan)</translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved data is safe: a change is either saved whole or not at all. The log file says more (Help ▸ About shows where it is).</source>
        <translation>Jokin meni vikaan, eikä viimeisin toiminto valmistunut. Tallennetut tietosi ovat tallessa: muutos tallentuu joko kokonaan tai ei lainkaan. Lokitiedostossa on lisätietoja (Ohje ▸ Tietoja CoachDeskistä näyttää, missä se on).</translation>
    </message>
    <message>
        <source>No teacher was enrolled in a lesson of this period. Choose another period, or untick “Only teachers with lessons”.</source>
        <translation>Yksikään opettaja ei ollut ilmoittautunut tämän aikavälin koulutukseen. Valitse toinen aikaväli tai poista valinta ”Vain opettajat, joilla on koulutuksia”.</translation>
    </message>
    <message>
        <source>Schools: {n}</source>
        <translation>Kouluja: {n}</translation>
    </message>
    <message>
        <source>No schools yet. Add them on the Schools page.</source>
        <translation>Ei vielä kouluja. Lisää ne sivulla Koulut.</translation>
    </message>
    <message>
        <source>Lessons that start in this period are counted</source>
        <translation>Mukaan lasketaan koulutukset, jotka alkavat tällä aikavälillä</translation>
    </message>
    <message>
        <source>All schools</source>
        <translation>Kaikki koulut</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>Completion of a training</source>
        <translation>Koulutuksen suorittaminen</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Osaaminen</translation>
    </message>
    <message>
        <source>Digital-competence levels against the targets</source>
        <translation>Digiosaamisen tasot suhteessa tavoitteisiin</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Only teachers with lessons</source>
        <translation>Vain opettajat, joilla on koulutuksia</translation>
    </message>
    <message>
        <source>Leave out teachers not enrolled in any lesson of the period</source>
        <translation>Jätä pois opettajat, jotka eivät ole ilmoittautuneet yhteenkään aikavälin koulutukseen</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Näytä arkistoidut</translation>
    </message>
    <message>
        <source>Hours attended: lessons marked present or late. Attendance % = attended / (present + late + absent); an excused absence is left out. Share reached: the school&apos;s active teachers who attended at least one lesson.</source>
        <translation>Läsnäolotunnit: koulutukset, joihin on merkitty läsnä tai myöhässä. Läsnäolo-% = osallistunut / (läsnä + myöhässä + poissa); merkintää ”poissa, ilmoitettu” ei lasketa. Tavoitettu osuus: koulun aktiiviset opettajat, jotka ovat osallistuneet vähintään yhteen koulutukseen.</translation>
    </message>
    <message>
        <source>The school filter narrows the teachers&apos; list</source>
        <translation>Koulusuodatin rajaa opettajaluetteloa</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Tammikuu</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Helmikuu</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Maaliskuu</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Huhtikuu</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Toukokuu</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Kesäkuu</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Heinäkuu</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Elokuu</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Syyskuu</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Lokakuu</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Marraskuu</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Joulukuu</translation>
    </message>
    <message>
        <source>Week {week} · {days}</source>
        <translation>Viikko {week} · {days}</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation>Näytä viikko</translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation>Näytä kuukausi</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <source>The previous week or month</source>
        <translation>Edellinen viikko tai kuukausi</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Back to this week or month</source>
        <translation>Takaisin kuluvaan viikkoon tai kuukauteen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <source>The next week or month</source>
        <translation>Seuraava viikko tai kuukausi</translation>
    </message>
    <message>
        <source>Find a tutor or school…</source>
        <translation>Hae tutoropettajaa tai koulua…</translation>
    </message>
    <message>
        <source>Show only the tutors whose name, or the bookings whose school or title, holds this text</source>
        <translation>Näytä vain tutoropettajat, joiden nimessä, tai varaukset, joiden koulussa tai otsikossa, on tämä teksti</translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation>Kaikki tutoropettajat</translation>
    </message>
    <message>
        <source>Whole wee&amp;k</source>
        <translation>Koko &amp;viikko</translation>
    </message>
    <message>
        <source>Show Saturday and Sunday too</source>
        <translation>Näytä myös lauantai ja sunnuntai</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>T&amp;utoropettaja:</translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation>&amp;Koulu:</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>No tutor or school matches “{text}”.</source>
        <translation>Hakua ”{text}” vastaavaa tutoropettajaa tai koulua ei ole.</translation>
    </message>
    <message>
        <source>tutor {id}</source>
        <translation>tutoropettaja {id}</translation>
    </message>
    <message>
        <source>Nothing planned in this period.</source>
        <translation>Tälle ajalle ei ole suunniteltu mitään.</translation>
    </message>
    <message>
        <source>Nothing planned matches “{text}”.</source>
        <translation>Hakua ”{text}” vastaavaa suunniteltua tapahtumaa ei ole.</translation>
    </message>
    <message>
        <source>Tutors shown: {shown} of {booked}</source>
        <translation>Tutoropettajia näkyvissä: {shown}/{booked}</translation>
    </message>
    <message>
        <source>Tutors with bookings: {booked}</source>
        <translation>Tutoropettajia, joilla on varauksia: {booked}</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Koulukäynti</translation>
    </message>
    <message>
        <source>A day&apos;s number is its bookings; the darker the day, the more hours booked.</source>
        <translation>Päivän luku on sen varausten määrä; mitä tummempi päivä, sitä enemmän tunteja on varattu.</translation>
    </message>
    <message>
        <source>Click a name to see that tutor&apos;s week. Double-click a booking to open it, or empty time to plan a lesson there.</source>
        <translation>Napsauta nimeä, niin näet tutoropettajan viikon. Avaa varaus kaksoisnapsauttamalla tai suunnittele koulutus kaksoisnapsauttamalla tyhjää kohtaa.</translation>
    </message>
    <message>
        <source>Click a name to see that tutor&apos;s month, or a day to see their week.</source>
        <translation>Napsauta nimeä, niin näet tutoropettajan kuukauden, tai päivää, niin näet hänen viikkonsa.</translation>
    </message>
    <message>
        <source>Click a day to see its week.</source>
        <translation>Napsauta päivää, niin näet sen viikon.</translation>
    </message>
    <message>
        <source>Double-click an event to open it, or empty time to plan a lesson there.</source>
        <translation>Avaa tapahtuma kaksoisnapsauttamalla tai suunnittele koulutus kaksoisnapsauttamalla tyhjää kohtaa.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Tammi</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Helmi</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Maalis</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Huhti</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Kesä</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Heinä</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>Elo</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Syys</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>Loka</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Marras</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>Joulu</translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation>{title}: {n}</translation>
    </message>
    <message>
        <source>Open {page}</source>
        <translation>Avaa sivu {page}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Open on the {page} page</source>
        <translation>Avaa sivulla {page}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Päivitä</translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation>Lue kaikki tiedot uudelleen</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Vaatii huomiotasi</translation>
    </message>
    <message>
        <source>This term</source>
        <translation>Tämä lukukausi</translation>
    </message>
    <message>
        <source>Enter the school year on the School calendar page to see how the term is going.</source>
        <translation>Syötä lukuvuosi sivulla Koulukalenteri, niin näet, miten lukukausi etenee.</translation>
    </message>
    <message>
        <source>No tutors in this term.</source>
        <translation>Tällä lukukaudella ei ole tutoropettajia.</translation>
    </message>
    <message>
        <source>No teachers yet.</source>
        <translation>Ei vielä opettajia.</translation>
    </message>
    <message>
        <source>Tutor hours used of allotted (the mark)</source>
        <translation>Tutoropettajien käytetyt tunnit (merkki = resurssi)</translation>
    </message>
    <message>
        <source>Teachers reached by lessons, least reached first</source>
        <translation>Koulutuksilla tavoitetut opettajat kouluittain, vähiten tavoitetut ensin</translation>
    </message>
    <message>
        <source>Visits done per month</source>
        <translation>Tehdyt koulukäynnit kuukausittain</translation>
    </message>
    <message>
        <source>Lesson attendances per month</source>
        <translation>Osallistumiset koulutuksiin kuukausittain</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Luetaan…</translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation>Tänään ei ole mitään hoidettavaa.</translation>
    </message>
    <message>
        <source>Nothing yet: start with the steps above.</source>
        <translation>Ei vielä mitään: aloita yllä olevista vaiheista.</translation>
    </message>
    <message>
        <source>The server cannot be reached, so Today shows what it last read. It reads again by itself when the server answers.</source>
        <translation>Palvelimeen ei saada yhteyttä, joten Tänään-sivulla näkyy se, mitä viimeksi luettiin. Sivu luetaan uudelleen itsestään, kun palvelin vastaa.</translation>
    </message>
    <message>
        <source>Getting started: what to do first</source>
        <translation>Näin pääset alkuun: tee ensin nämä</translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation>Siirry sivulle {page}</translation>
    </message>
    <message>
        <source>{term}: {first}–{last}</source>
        <translation>{term}: {first}–{last}</translation>
    </message>
    <message>
        <source>Tutor hours used of allotted (the mark); {n} % of the term has passed</source>
        <translation>Tutoropettajien käytetyt tunnit (merkki = resurssi); lukukaudesta on kulunut {n} %</translation>
    </message>
    <message>
        <source>{share:.0f} % ({reached}/{teachers})</source>
        <translation>{share:.0f} % ({reached}/{teachers})</translation>
    </message>
    <message>
        <source>Choose a device to see its details and who has had it.</source>
        <translation>Valitse laite, niin näet sen tiedot ja aiemmat lainaajat.</translation>
    </message>
    <message>
        <source>{due}, overdue</source>
        <translation>{due}, myöhässä</translation>
    </message>
    <message>
        <source>Lent to {who} ({kind}) on {out}, due</source>
        <translation>Lainattu {out}: {who} ({kind}), eräpäivä</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>ei vielä inventoitu</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Never lent or reserved.</source>
        <translation>Ei koskaan lainattu eikä varattu.</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Laina</translation>
    </message>
    <message>
        <source>out</source>
        <translation>lainassa</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>lost {day}</source>
        <translation>kadonnut {day}</translation>
    </message>
    <message>
        <source>back {day}</source>
        <translation>palautettu {day}</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Varaus</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation>Lainaa…</translation>
    </message>
    <message>
        <source>Lend the device to a tutor, teacher or school</source>
        <translation>Lainaa laite tutoropettajalle, opettajalle tai koululle</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>Palauta…</translation>
    </message>
    <message>
        <source>Check the device in</source>
        <translation>Kirjaa laite palautetuksi</translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation>Uusi laina…</translation>
    </message>
    <message>
        <source>Give the loan a later due date</source>
        <translation>Siirrä lainan eräpäivää myöhemmäksi</translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation>Varaa…</translation>
    </message>
    <message>
        <source>Keep the device for a borrower for a period to come</source>
        <translation>Varaa laite lainaajalle tulevaksi ajaksi</translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation>Merkitse kadonneeksi…</translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation>Lähetä korjaukseen</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Poista käytöstä…</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Laiteryhmät…</translation>
    </message>
    <message>
        <source>Device categories and their loan periods</source>
        <translation>Laiteryhmät ja niiden laina-ajat</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>The device&apos;s label, its loan&apos;s handover form, or all the borrower holds</source>
        <translation>Laitteen tarra, lainan luovutuslomake tai kaikki lainaajan hallussa olevat laitteet</translation>
    </message>
    <message>
        <source>Devices: {n}</source>
        <translation>Laitteita: {n}</translation>
    </message>
    <message>
        <source>No devices here. Add one with “New device” (Ctrl+N), or choose another category or status.</source>
        <translation>Ei laitteita. Lisää laite valinnalla ”Uusi laite” (Ctrl+N) tai valitse toinen laiteryhmä tai tila.</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Kaikki laiteryhmät</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Vain myöhässä olevat</translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation>Näytä käytöstä poistetut</translation>
    </message>
    <message>
        <source>Show only devices that are {status}</source>
        <translation>Näytä vain laitteet, joiden tila on ”{status}”</translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the coming %n days.</source>
        <translation>
            <numerusform>Seuraavan %n päivän aikana ei eräänny yhtään lainaa.</numerusform>
            <numerusform>Seuraavien %n päivän aikana ei eräänny yhtään lainaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation>Yksikään laina ei ole myöhässä.</translation>
    </message>
    <message>
        <source>Reservations: {n}</source>
        <translation>Varauksia: {n}</translation>
    </message>
    <message>
        <source>No active reservations. Reserve a device with “Reserve…”.</source>
        <translation>Ei voimassa olevia varauksia. Varaa laite valinnalla ”Varaa…”.</translation>
    </message>
    <message>
        <source>To hand out today</source>
        <translation>Luovutettavat tänään</translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation>Luovuta…</translation>
    </message>
    <message>
        <source>The borrower picks the device up: lend it</source>
        <translation>Lainaaja noutaa laitteen: lainaa se</translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation>Peru varaus…</translation>
    </message>
    <message>
        <source>Loans: {n}</source>
        <translation>Lainoja: {n}</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Erääntyy pian</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Löytyi</translation>
    </message>
    <message>
        <source>The lost device turned up: it is available again</source>
        <translation>Kadonnut laite löytyi: se on taas lainattavissa</translation>
    </message>
    <message>
        <source>The device is lost: end its loan</source>
        <translation>Laite on kadonnut: päätä sen laina</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>Palasi korjauksesta</translation>
    </message>
    <message>
        <source>Asset label</source>
        <translation>Laitetarra</translation>
    </message>
    <message>
        <source>Handover form of the loan</source>
        <translation>Lainan luovutuslomake</translation>
    </message>
    <message>
        <source>Everything the borrower holds</source>
        <translation>Kaikki lainaajan hallussa olevat laitteet</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <source>What would you like to print?</source>
        <translation>Mitä haluat tulostaa?</translation>
    </message>
    <message>
        <source>{tag} is lost</source>
        <translation>{tag} on kadonnut</translation>
    </message>
    <message>
        <source>Its loan ends and its reservations are cancelled.</source>
        <translation>Laitteen laina päättyy ja sen varaukset perutaan.</translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation>Poista laite käytöstä</translation>
    </message>
    <message>
        <source>Retire {tag}? It can no longer be lent or reserved, and its reservations are cancelled. It stays in the inventory under “Show retired”.</source>
        <translation>Poistetaanko {tag} käytöstä? Sitä ei voi enää lainata eikä varata, ja sen varaukset perutaan. Laite säilyy laiteluettelossa valinnan ”Näytä käytöstä poistetut” alla.</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Poista käytöstä</translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation>Peru varaus</translation>
    </message>
    <message>
        <source>Cancel the reservation of {tag} for {who}, {first}–{last}? Tell the borrower.</source>
        <translation>Perutaanko laitteen {tag} varaus ({who}, {first}–{last})? Kerro asiasta lainaajalle.</translation>
    </message>
    <message>
        <source>Choose a lesson to see its tutors, place, audience and series.</source>
        <translation>Valitse koulutus, niin näet sen tutoropettajat, paikan, kohderyhmän ja koulutussarjan.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Ei valittuja</translation>
    </message>
    <message>
        <source>No school listed yet</source>
        <translation>Kouluja ei ole vielä valittu</translation>
    </message>
    <message>
        <source>{enrolled} enrolled, no limit</source>
        <translation>Ilmoittautuneita {enrolled}, ei enimmäismäärää</translation>
    </message>
    <message>
        <source>{enrolled} of {capacity} seats taken</source>
        <translation>Paikkoja varattu {enrolled}/{capacity}</translation>
    </message>
    <message>
        <source>{n} on the waitlist</source>
        <translation>jonotuslistalla {n}</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Saved despite conflicts</source>
        <translation>Tallennettu päällekkäisyyksistä huolimatta</translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation>, luokka {room}</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Uusi koulutussarja…</translation>
    </message>
    <message>
        <source>Plan a lesson that repeats, skipping breaks and holidays</source>
        <translation>Suunnittele toistuva koulutus; lomat ja arkipyhät ohitetaan</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Plan the same lesson a week later</source>
        <translation>Suunnittele sama koulutus viikkoa myöhemmäksi</translation>
    </message>
    <message>
        <source>Cancel lesson…</source>
        <translation>Peru koulutus…</translation>
    </message>
    <message>
        <source>Enrollments…</source>
        <translation>Ilmoittautumiset…</translation>
    </message>
    <message>
        <source>Enroll teachers, see the waitlist and who moved up</source>
        <translation>Ilmoita opettajia, katso jonotuslista ja ketkä ovat nousseet varasijalta</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Läsnäolo…</translation>
    </message>
    <message>
        <source>Mark attendance and feedback after the lesson</source>
        <translation>Kirjaa läsnäolo ja palaute koulutuksen jälkeen</translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation>Tiedota…</translation>
    </message>
    <message>
        <source>An e-mail to schools or teachers about published lessons</source>
        <translation>Sähköposti kouluille tai opettajille julkaistuista koulutuksista</translation>
    </message>
    <message>
        <source>Publish the offer…</source>
        <translation>Julkaise tarjonta…</translation>
    </message>
    <message>
        <source>The published lessons of a period as a PDF, an intranet page and a calendar</source>
        <translation>Aikavälin julkaistut koulutukset PDF-tiedostona, intranet-sivuna ja kalenterina</translation>
    </message>
    <message>
        <source>Import sign-ups…</source>
        <translation>Tuo ilmoittautumiset…</translation>
    </message>
    <message>
        <source>Take in the sign-ups or cancellations of a form exported to Excel</source>
        <translation>Tuo Exceliin viedyn lomakkeen ilmoittautumiset tai peruutukset</translation>
    </message>
    <message>
        <source>Lessons: {n}</source>
        <translation>Koulutuksia: {n}</translation>
    </message>
    <message>
        <source>No lessons here. Plan one with “New lesson” (Ctrl+N) or a repeating one with “New series…” (Ctrl+Alt+N), or choose another period.</source>
        <translation>Ei koulutuksia. Suunnittele koulutus valinnalla ”Uusi koulutus” (Ctrl+N) tai toistuva koulutus valinnalla ”Uusi koulutussarja…” (Ctrl+Alt+N), tai valitse toinen aikaväli.</translation>
    </message>
    <message>
        <source>This school year</source>
        <translation>Tämä lukuvuosi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Tulevat</translation>
    </message>
    <message>
        <source>Any tutor</source>
        <translation>Kaikki tutoropettajat</translation>
    </message>
    <message>
        <source>Attendance to mark</source>
        <translation>Läsnäolo kirjaamatta</translation>
    </message>
    <message>
        <source>Lessons that are over, with teachers enrolled and no attendance marked yet</source>
        <translation>Päättyneet koulutukset, joihin on ilmoittautunut opettajia mutta joiden läsnäoloa ei ole vielä kirjattu</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Kaikki vuodet</translation>
    </message>
    <message>
        <source>“Attendance to mark” shows every lesson still to mark, whatever the period.</source>
        <translation>”Läsnäolo kirjaamatta” näyttää kaikki koulutukset, joiden läsnäolo on vielä kirjaamatta, valitusta aikavälistä riippumatta.</translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation>Peru koulutus</translation>
    </message>
    <message>
        <source>“{title}” on {when} is one of a series. Cancel this lesson only, or this and all the following ones? Enrollments are kept; tell the teachers enrolled.</source>
        <translation>”{title}” ({when}) kuuluu koulutussarjaan. Perutaanko vain tämä koulutus vai tämä ja kaikki sitä seuraavat? Ilmoittautumiset säilyvät; kerro asiasta ilmoittautuneille opettajille.</translation>
    </message>
    <message>
        <source>Cancel “{title}” on {when}? It stays in the list as cancelled, with its enrollments; tell the teachers enrolled.</source>
        <translation>Perutaanko ”{title}” ({when})? Koulutus jää luetteloon perutuksi ilmoittautumisineen; kerro asiasta ilmoittautuneille opettajille.</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <source>Every change of the selected record: when, which field, old and new</source>
        <translation>Valitun tietueen kaikki muutokset: milloin, mikä kenttä, vanha ja uusi arvo</translation>
    </message>
    <message>
        <source>Delete a cost entered by mistake</source>
        <translation>Poista vahingossa kirjattu kustannus</translation>
    </message>
    <message>
        <source>No grants yet</source>
        <translation>Ei vielä avustuksia</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Avustus:</translation>
    </message>
    <message>
        <source>New grant…</source>
        <translation>Uusi avustus…</translation>
    </message>
    <message>
        <source>Edit grant…</source>
        <translation>Muokkaa avustusta…</translation>
    </message>
    <message>
        <source>Archive grant</source>
        <translation>Arkistoi avustus</translation>
    </message>
    <message>
        <source>By month…</source>
        <translation>Kuukausittain…</translation>
    </message>
    <message>
        <source>Enter several costs…</source>
        <translation>Kirjaa useita kustannuksia…</translation>
    </message>
    <message>
        <source>Type several costs in the rows of a table and save them all at once</source>
        <translation>Kirjoita useita kustannuksia taulukon riveille ja tallenna ne kaikki kerralla</translation>
    </message>
    <message>
        <source>Import costs…</source>
        <translation>Tuo kustannukset…</translation>
    </message>
    <message>
        <source>Take in the costs of an accounting export (.xlsx): all rows or, if a row has a problem, none</source>
        <translation>Tuo kirjanpidon viennin (.xlsx) kustannukset: kaikki rivit tai, jos jollakin rivillä on ongelma, ei yhtään</translation>
    </message>
    <message>
        <source>Costs: {n}</source>
        <translation>Kustannuksia: {n}</translation>
    </message>
    <message>
        <source>Archive {name}? It is no longer offered here; its budget lines and costs are kept.</source>
        <translation>Arkistoidaanko {name}? Sitä ei enää näytetä täällä; sen budjettirivit ja kustannukset säilyvät.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkistoi</translation>
    </message>
    <message>
        <source>Delete cost</source>
        <translation>Poista kustannus</translation>
    </message>
    <message>
        <source>Delete the cost of {amount} on {day}?</source>
        <translation>Poistetaanko kustannus {amount} ({day})?</translation>
    </message>
    <message>
        <source>Import costs from an accounting export</source>
        <translation>Tuo kustannukset kirjanpidon viennistä</translation>
    </message>
    <message>
        <source>Costs imported</source>
        <translation>Kustannukset tuotu</translation>
    </message>
    <message>
        <source>{n} costs were imported on {grant}.</source>
        <translation>{n} kustannusta tuotiin avustukselle {grant}.</translation>
    </message>
    <message>
        <source>No costs entered on this grant yet. Enter one with “New cost” (Ctrl+N).</source>
        <translation>Tälle avustukselle ei ole vielä kirjattu kustannuksia. Kirjaa kustannus valinnalla ”Uusi kustannus” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No grants yet. Add the first one with “New grant…”.</source>
        <translation>Ei vielä avustuksia. Lisää ensimmäinen valinnalla ”Uusi avustus…”.</translation>
    </message>
    <message>
        <source>{first}–{last} · {amount}, {share} % of the costs · own share {own}</source>
        <translation>{first}–{last} · {amount}, {share} % kustannuksista · omarahoitusosuus {own}</translation>
    </message>
    <message>
        <source>Costs spent {spent}, of which the grant pays {grant} and the own share {own} · committed {committed} · the grant&apos;s money left {left}</source>
        <translation>Toteutuneet kustannukset {spent}, joista avustus kattaa {grant} ja omarahoitusosuus {own} · sidottu {committed} · avustusta jäljellä {left}</translation>
    </message>
    <message>
        <source>“{line}” is about to run over its budget.</source>
        <translation>”{line}” on ylittämässä budjettinsa.</translation>
    </message>
    <message>
        <source>The period ends on {day} and the forecast leaves {left} of the grant unused.</source>
        <translation>Käyttöaika päättyy {day}, ja ennusteen mukaan avustuksesta jää käyttämättä {left}.</translation>
    </message>
    <message>
        <source>Move forward</source>
        <translation>Siirrä eteenpäin</translation>
    </message>
    <message>
        <source>Move the candidate to the next step</source>
        <translation>Siirrä hakija seuraavaan vaiheeseen</translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Jätä valitsematta…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Merkitse vetäytyneeksi</translation>
    </message>
    <message>
        <source>The candidate&apos;s steps with their dates</source>
        <translation>Hakijan vaiheet päivämäärineen</translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation>Ei vielä tutorhakuja</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Tutor&amp;haku:</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Uusi tutorhaku…</translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation>Muokkaa tutorhakua…</translation>
    </message>
    <message>
        <source>Candidates: {n}</source>
        <translation>Hakijoita: {n}</translation>
    </message>
    <message>
        <source>{name} is now a tutor.</source>
        <translation>{name} on nyt tutoropettaja.</translation>
    </message>
    <message>
        <source>Withdraw candidate</source>
        <translation>Hakija vetäytyy</translation>
    </message>
    <message>
        <source>Mark {name} as withdrawn from this round? Their history is kept, but they cannot move on in the round.</source>
        <translation>Merkitäänkö {name} vetäytyneeksi tästä tutorhausta? Hakijan historia säilyy, mutta hän ei voi enää edetä tässä haussa.</translation>
    </message>
    <message>
        <source>No recruitment rounds yet. Start one with “New round…”.</source>
        <translation>Ei vielä tutorhakuja. Aloita haku valinnalla ”Uusi tutorhaku…”.</translation>
    </message>
    <message>
        <source>No candidates in this round yet. Add one with “New candidate” (Ctrl+N).</source>
        <translation>Tässä tutorhaussa ei ole vielä hakijoita. Lisää hakija valinnalla ”Uusi hakija” (Ctrl+N).</translation>
    </message>
    <message>
        <source>No candidate of this round is at the step “{step}”.</source>
        <translation>Yksikään tämän haun hakija ei ole vaiheessa ”{step}”.</translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation>Kaikki ({n})</translation>
    </message>
    <message>
        <source>{step} ({n})</source>
        <translation>{step} ({n})</translation>
    </message>
    <message>
        <source>opens {date}</source>
        <translation>alkaa {date}</translation>
    </message>
    <message>
        <source>open until {date}</source>
        <translation>haku auki {date} asti</translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation>päättyi {date}</translation>
    </message>
    <message>
        <source>{appointed} of {sought} tutors appointed</source>
        <translation>tutoropettajia valittu {appointed}/{sought}</translation>
    </message>
    <message numerus="yes">
        <source>%n tutors appointed</source>
        <translation>
            <numerusform>tutoropettajia valittu %n</numerusform>
            <numerusform>tutoropettajia valittu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>→ {step}</source>
        <translation>→ {step}</translation>
    </message>
    <message>
        <source>One school for the period: key figures, a chart per month, visits, lessons and attendance, devices on loan and open requests. For its principal.</source>
        <translation>Yksi koulu valitulta aikaväliltä: tunnusluvut, kaavio kuukausittain, koulukäynnit, koulutukset ja läsnäolo, lainassa olevat laitteet ja avoimet käyntipyynnöt. Koulun rehtorille.</translation>
    </message>
    <message>
        <source>The whole municipality for the period: hours per tutor against their allotment, visits and teachers reached per school, lessons per topic.</source>
        <translation>Koko kaupunki valitulta aikaväliltä: tunnit tutoropettajittain suhteessa resurssiin, koulukäynnit ja tavoitetut opettajat kouluittain, koulutukset koulutusaiheittain.</translation>
    </message>
    <message>
        <source>The inventory today, current loans and reservations; overdue loans are highlighted. It has no period.</source>
        <translation>Laiteluettelo tänään, voimassa olevat lainat ja varaukset; myöhässä olevat lainat on korostettu. Raportilla ei ole aikaväliä.</translation>
    </message>
    <message>
        <source>All schools into a folder</source>
        <translation>Kaikki koulut kansioon</translation>
    </message>
    <message>
        <source>One school report per school, each file named after its school, so that every principal can be sent their own.</source>
        <translation>Oma kouluraportti jokaiselle koululle, kukin tiedosto koulun mukaan nimettynä, jotta jokaiselle rehtorille voi lähettää oman raporttinsa.</translation>
    </message>
    <message>
        <source>One grant for its funder: the tutors, schools, teachers reached, lessons, visits and hours of its period, its costs by budget line, language unit and month, the own share and what is left, and every underlying row.</source>
        <translation>Yksi avustus rahoittajalle: käyttöajan tutoropettajat, koulut, tavoitetut opettajat, koulutukset, koulukäynnit ja tunnit, kustannukset budjettiriveittäin, kieliyksiköittäin ja kuukausittain, omarahoitusosuus ja jäljellä oleva avustus sekä kaikki rivit, joista luvut on laskettu.</translation>
    </message>
    <message>
        <source>E-mails to principals with their reports</source>
        <translation>Sähköpostit rehtoreille raportteineen</translation>
    </message>
    <message>
        <source>One e-mail draft (.eml) per principal, from the report cover template, with the school&apos;s report attached: open each in the mail program and send.</source>
        <translation>Yksi sähköpostiluonnos (.eml) kullekin rehtorille raportin saatepohjasta, liitteenä koulun raportti: avaa kukin sähköpostiohjelmassa ja lähetä.</translation>
    </message>
    <message>
        <source>e.g. Digital skills MOOC</source>
        <translation>esim. Digitaidot-MOOC</translation>
    </message>
    <message>
        <source>e.g. a university</source>
        <translation>esim. yliopisto</translation>
    </message>
    <message>
        <source>New training done elsewhere</source>
        <translation>Uusi muualla käyty koulutus</translation>
    </message>
    <message>
        <source>Edit {course}</source>
        <translation>Muokkaa: {course}</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Tuo Excelistä…</translation>
    </message>
    <message>
        <source>A list with the teacher (e-mail or name), course, provider, date and hours; all rows or none are saved</source>
        <translation>Luettelo, jossa on opettaja (sähköposti tai nimi), kurssi, järjestäjä, päivämäärä ja tunnit; kaikki rivit tallennetaan tai ei mitään</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:nä…</translation>
    </message>
    <message>
        <source>Save as Excel…</source>
        <translation>Tallenna Excelinä…</translation>
    </message>
    <message>
        <source>{name}, {school}: {lessons} lessons attended, {completed} trainings completed, {certificates} certificates, {elsewhere} courses elsewhere; {hours} hours of training in all.</source>
        <translation>{name}, {school}: osallistunut {lessons} koulutukseen, suorittanut {completed} koulutusta, {certificates} todistusta, {elsewhere} kurssia muualla; koulutusta yhteensä {hours} tuntia.</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>Choose the course in the list first.</source>
        <translation>Valitse ensin kurssi luettelosta.</translation>
    </message>
    <message>
        <source>Delete training done elsewhere</source>
        <translation>Poista muualla käyty koulutus</translation>
    </message>
    <message>
        <source>Delete “{course}” from the training record? This cannot be undone.</source>
        <translation>Poistetaanko ”{course}” koulutushistoriasta? Poistoa ei voi perua.</translation>
    </message>
    <message>
        <source>Training record {name}</source>
        <translation>Koulutushistoria {name}</translation>
    </message>
    <message>
        <source>Save the training record</source>
        <translation>Tallenna koulutushistoria</translation>
    </message>
    <message>
        <source>The training record is in {path}.</source>
        <translation>Koulutushistoria on tiedostossa {path}.</translation>
    </message>
    <message>
        <source>Take in a list of schools, teachers or devices from an .xlsx file</source>
        <translation>Tuo koulujen, opettajien tai laitteiden luettelo .xlsx-tiedostosta</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ajalla</translation>
    </message>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>Hae kirjoittamalla</translation>
    </message>
    <message>
        <source>as on the certificate, e.g. Digital leap for teachers</source>
        <translation>kuten todistuksessa, esim. Opettajien digiloikka</translation>
    </message>
    <message>
        <source>Lesson series or lesson</source>
        <translation>Koulutussarja tai koulutus</translation>
    </message>
    <message>
        <source>Sessions to attend (%)</source>
        <translation>Osallistuttavat koulutuskerrat (%)</translation>
    </message>
    <message>
        <source>A late arrival counts as present</source>
        <translation>Myöhästyminen lasketaan läsnäoloksi</translation>
    </message>
    <message>
        <source>Every assignment handed in</source>
        <translation>Kaikki tehtävät palautettu</translation>
    </message>
    <message>
        <source>Every peer review given</source>
        <translation>Kaikki vertaisarviot annettu</translation>
    </message>
    <message>
        <source>Peers who review each submission</source>
        <translation>Vertaisarvioijia palautusta kohden</translation>
    </message>
    <message>
        <source>Highest score of a review</source>
        <translation>Vertaisarvion korkein arvosana</translation>
    </message>
    <message>
        <source>on the certificate, e.g. City of Vantaa, Education services</source>
        <translation>todistukseen, esim. Vantaan kaupunki, Kasvatuksen ja oppimisen toimiala</translation>
    </message>
    <message>
        <source>the coordinator&apos;s name</source>
        <translation>koordinaattorin nimi</translation>
    </message>
    <message>
        <source>Competence level it earns</source>
        <translation>Saavutettava digiosaamisen taso</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>New training</source>
        <translation>Uusi koulutus</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Ei tasoa</translation>
    </message>
    <message>
        <source>No grants yet: add one on the Grants page</source>
        <translation>Ei vielä avustuksia: lisää avustus Avustukset-sivulla</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Raportti</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Aikaväli</translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation>&amp;Koulu</translation>
    </message>
    <message>
        <source>With the costs of the grants (what each budget line paid for the school)</source>
        <translation>Avustusten kustannukset mukaan (mitä kukin budjettirivi maksoi koululle)</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Avustus</translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation>Tallenna &amp;nimellä</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Luo</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Avaa tiedosto</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Avaa kansio</translation>
    </message>
    <message>
        <source>School year {name}</source>
        <translation>Lukuvuosi {name}</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <source>Save &amp;in folder</source>
        <translation>Tallenna &amp;kansioon</translation>
    </message>
    <message>
        <source>{school} {period}</source>
        <translation>{school} {period}</translation>
    </message>
    <message>
        <source>Municipal summary {period}</source>
        <translation>Kaupungin yhteenveto {period}</translation>
    </message>
    <message>
        <source>Device report {day}</source>
        <translation>Laiteraportti {day}</translation>
    </message>
    <message>
        <source>Grant report {grant} {day}</source>
        <translation>Avustusraportti {grant} {day}</translation>
    </message>
    <message>
        <source>E-mails to principals {period}</source>
        <translation>Sähköpostit rehtoreille {period}</translation>
    </message>
    <message>
        <source>School reports {period}</source>
        <translation>Kouluraportit {period}</translation>
    </message>
    <message>
        <source>Folder for the school reports</source>
        <translation>Kansio kouluraporteille</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Tallenna raportti nimellä</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Valitse, minne raportti tallennetaan.</translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}): correct the dates.</source>
        <translation>Aikaväli päättyy ({last}) ennen kuin se alkaa ({first}): korjaa päivämäärät.</translation>
    </message>
    <message>
        <source>Choose the school from the list.</source>
        <translation>Valitse koulu luettelosta.</translation>
    </message>
    <message>
        <source>Choose the grant. Grants are added on the Grants page.</source>
        <translation>Valitse avustus. Avustukset lisätään Avustukset-sivulla.</translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation>Valitse vähintään yksi koulu.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Korvataanko tiedosto?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} on jo kansiossa {folder}. Korvataanko se?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>Writing the school reports…</source>
        <translation>Luodaan kouluraportteja…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Luodaan raporttia…</translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation>Pysäytetään, kun työn alla oleva tiedosto on valmis…</translation>
    </message>
    <message>
        <source>Written {done} of {total} school reports…</source>
        <translation>Kouluraportteja valmiina {done}/{total}…</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Raporttia ei luotu.</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Raporttia ei luotu</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n complete school reports were written to {folder}.</source>
        <translation>
            <numerusform>Keskeytetty. Kansioon {folder} tallennettiin %n valmis kouluraportti.</numerusform>
            <numerusform>Keskeytetty. Kansioon {folder} tallennettiin %n valmista kouluraporttia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school reports were written to {folder}.</source>
        <translation>
            <numerusform>Kansioon {folder} tallennettiin %n kouluraportti.</numerusform>
            <numerusform>Kansioon {folder} tallennettiin %n kouluraporttia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts were written to {folder}.</source>
        <translation>
            <numerusform>Kansioon {folder} tallennettiin %n sähköpostiluonnos.</numerusform>
            <numerusform>Kansioon {folder} tallennettiin %n sähköpostiluonnosta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>Raportti tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <source>{path} could not be opened. Open it from your file manager.</source>
        <translation>Kohdetta {path} ei voitu avata. Avaa se tiedostonhallinnasta.</translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation>Skannaa tai kirjoita laitetunnus ja paina Enter</translation>
    </message>
    <message>
        <source>Print handover form…</source>
        <translation>Tulosta luovutuslomake…</translation>
    </message>
    <message>
        <source>The form the borrower signs, for the devices just lent to them</source>
        <translation>Lomake, jonka lainaaja allekirjoittaa juuri lainatuista laitteista</translation>
    </message>
    <message>
        <source>Bulk check-in</source>
        <translation>Massapalautus</translation>
    </message>
    <message>
        <source>Every device scanned that is on loan is checked in at once; nothing is lent out</source>
        <translation>Jokainen skannattu lainassa oleva laite kirjataan heti palautetuksi; mitään ei lainata</translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation>Kirjoita nimi ja paina Enter</translation>
    </message>
    <message>
        <source>as recorded on the device</source>
        <translation>kuten laitteen tiedoissa</translation>
    </message>
    <message>
        <source>Lend (Enter)</source>
        <translation>Lainaa (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Peruuta (Esc)</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Tämä istunto</translation>
    </message>
    <message>
        <source>Still out: {n}</source>
        <translation>Vielä lainassa: {n}</translation>
    </message>
    <message>
        <source>Every device is back.</source>
        <translation>Kaikki laitteet on palautettu.</translation>
    </message>
    <message>
        <source>Still out</source>
        <translation>Vielä lainassa</translation>
    </message>
    <message>
        <source>{tag} is not on loan: nothing to check in. ({state})</source>
        <translation>{tag} ei ole lainassa: ei palautettavaa. ({state})</translation>
    </message>
    <message>
        <source>Returned: {tag} (from {who})</source>
        <translation>Palautettu: {tag} (lainaaja {who})</translation>
    </message>
    <message>
        <source>Handed over: {tag} to {who} as reserved, due {due}</source>
        <translation>Luovutettu varauksen mukaan: {tag}, lainaaja {who}, eräpäivä {due}</translation>
    </message>
    <message>
        <source>Lend {tag} — {what}</source>
        <translation>Lainaa {tag} — {what}</translation>
    </message>
    <message>
        <source>{tag} is available: choose the borrower and press Enter.</source>
        <translation>{tag} on vapaana: valitse lainaaja ja paina Enter.</translation>
    </message>
    <message>
        <source>Lent: {tag} to {who}, due {due}</source>
        <translation>Lainattu: {tag}, lainaaja {who}, eräpäivä {due}</translation>
    </message>
    <message>
        <source>Nothing lent: {tag} stays available.</source>
        <translation>Ei lainattu: {tag} on edelleen vapaana.</translation>
    </message>
    <message>
        <source>Choose the borrower: no {kind} matches “{text}”.</source>
        <translation>Valitse lainaaja: ”{text}” ei vastaa yhtäkään nimeä (lainaajan tyyppi: {kind}).</translation>
    </message>
    <message>
        <source>Print handover form ({n})…</source>
        <translation>Tulosta luovutuslomake ({n})…</translation>
    </message>
    <message>
        <source>Device handover</source>
        <translation>Laitteiden luovutus</translation>
    </message>
    <message>
        <source>Bulk check-in: every device scanned that is on loan is checked in. Nothing is lent out until you switch this off.</source>
        <translation>Massapalautus: jokainen skannattu lainassa oleva laite kirjataan palautetuksi. Mitään ei lainata, ennen kuin poistat tämän valinnan.</translation>
    </message>
    <message>
        <source>Came back: {n}</source>
        <translation>Palautettu: {n}</translation>
    </message>
    <message>
        <source>New school year…</source>
        <translation>Uusi lukuvuosi…</translation>
    </message>
    <message>
        <source>Create a school year with the usual Finnish terms and breaks</source>
        <translation>Luo lukuvuosi, jossa on tavalliset suomalaiset lukukaudet ja lomat</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>&amp;Lukuvuosi:</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Viikot</translation>
    </message>
    <message>
        <source>School days</source>
        <translation>Koulupäivät</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Loma</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Päivät</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Lukukaudet</translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation>Muokkaa lukukautta</translation>
    </message>
    <message>
        <source>New break</source>
        <translation>Uusi loma</translation>
    </message>
    <message>
        <source>Edit break</source>
        <translation>Muokkaa lomaa</translation>
    </message>
    <message>
        <source>Delete break</source>
        <translation>Poista loma</translation>
    </message>
    <message>
        <source>There is no school year yet. Create the first one: it gets the usual Finnish terms and breaks, which you can then adjust to your municipality.</source>
        <translation>Lukuvuotta ei ole vielä. Luo ensimmäinen: siihen tulevat tavalliset suomalaiset lukukaudet ja lomat, joita voit sitten muokata kuntasi mukaisiksi.</translation>
    </message>
    <message numerus="yes">
        <source>{starts} – {ends} · %n school days</source>
        <translation>
            <numerusform>{starts} – {ends} · %n koulupäivä</numerusform>
            <numerusform>{starts} – {ends} · %n koulupäivää</numerusform>
        </translation>
    </message>
    <message>
        <source>closed: its lessons, visits and loans are read, not changed</source>
        <translation>suljettu: koulutuksia, koulukäyntejä ja lainoja voi katsoa, ei muuttaa</translation>
    </message>
    <message>
        <source>Reopen school year</source>
        <translation>Avaa lukuvuosi uudelleen</translation>
    </message>
    <message>
        <source>Close school year…</source>
        <translation>Sulje lukuvuosi…</translation>
    </message>
    <message>
        <source>Keep the year&apos;s lessons, visits and loans for every report, and stop them from being changed</source>
        <translation>Säilytä lukuvuoden koulutukset, koulukäynnit ja lainat kaikkia raportteja varten ja estä niiden muuttaminen</translation>
    </message>
    <message>
        <source>Breaks ({n})</source>
        <translation>Lomat ({n})</translation>
    </message>
    <message>
        <source>Close school year</source>
        <translation>Sulje lukuvuosi</translation>
    </message>
    <message>
        <source>Close the school year {name}? Its lessons, visits and loans stay in every list and report but can no longer be changed. You can reopen it here.</source>
        <translation>Suljetaanko lukuvuosi {name}? Sen koulutukset, koulukäynnit ja lainat näkyvät edelleen kaikissa luetteloissa ja raporteissa, mutta niitä ei voi enää muuttaa. Voit avata lukuvuoden uudelleen täällä.</translation>
    </message>
    <message>
        <source>Delete the break “{name}” ({starts} – {ends})? Its days become school days again.</source>
        <translation>Poistetaanko loma ”{name}” ({starts} – {ends})? Sen päivät ovat taas koulupäiviä.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Show the teachers of this school</source>
        <translation>Näytä koulun opettajat</translation>
    </message>
    <message>
        <source>ICT situation…</source>
        <translation>TVT-tilanne…</translation>
    </message>
    <message>
        <source>Devices, platforms, network and the needs noticed at this school</source>
        <translation>Koulun laitteet, alustat, verkko ja havaitut tarpeet</translation>
    </message>
    <message>
        <source>Import an ICT survey…</source>
        <translation>Tuo TVT-kysely…</translation>
    </message>
    <message>
        <source>Take in the schools&apos; answers to an ICT survey exported to Excel from Microsoft Forms, Google Forms or Webropol</source>
        <translation>Tuo koulujen vastaukset TVT-kyselyyn, joka on viety Exceliin Microsoft Formsista, Google Formsista tai Webropolista</translation>
    </message>
    <message>
        <source>No schools yet. Add the first one with “New school” (Ctrl+N).</source>
        <translation>Ei vielä kouluja. Lisää ensimmäinen valinnalla ”Uusi koulu” (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n teachers. Archiving the school hides it and its teachers from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>
            <numerusform>Koulussa {name} on %n opettaja. Koulun arkistointi piilottaa sen ja sen opettajat luetteloista ja valinnoista. Mitään ei poisteta; voit palauttaa koulun myöhemmin.</numerusform>
            <numerusform>Koulussa {name} on %n opettajaa. Koulun arkistointi piilottaa sen ja sen opettajat luetteloista ja valinnoista. Mitään ei poisteta; voit palauttaa koulun myöhemmin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archiving hides {name} from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>{name} piilotetaan luetteloista ja valinnoista. Mitään ei poisteta; voit palauttaa sen myöhemmin.</translation>
    </message>
    <message>
        <source>Archive school</source>
        <translation>Arkistoi koulu</translation>
    </message>
    <message>
        <source>Import an ICT survey</source>
        <translation>Tuo TVT-kysely</translation>
    </message>
    <message>
        <source>Survey imported</source>
        <translation>Kysely tuotu</translation>
    </message>
    <message>
        <source>The answers of {n} schools were recorded.</source>
        <translation>Koulujen vastauksia kirjattiin: {n}.</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Kevät</translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation>Syksy</translation>
    </message>
    <message>
        <source>Start stock-take…</source>
        <translation>Aloita inventaario…</translation>
    </message>
    <message>
        <source>Close stock-take…</source>
        <translation>Päätä inventaario…</translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation>Tulosta tarrat…</translation>
    </message>
    <message>
        <source>Asset labels with QR codes, 24 on an A4 sheet</source>
        <translation>Laitetarrat QR-koodeineen, 24 A4-arkille</translation>
    </message>
    <message>
        <source>Labels as PDF…</source>
        <translation>Tarrat PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>Last holder</source>
        <translation>Viimeisin haltija</translation>
    </message>
    <message>
        <source>Tick as found</source>
        <translation>Merkitse löydetyksi</translation>
    </message>
    <message>
        <source>Mark the chosen devices as seen without scanning</source>
        <translation>Merkitse valitut laitteet inventoiduiksi skannaamatta</translation>
    </message>
    <message>
        <source>Not found after all</source>
        <translation>Ei löytynytkään</translation>
    </message>
    <message>
        <source>Untick the chosen device: it goes back on the list of devices not seen</source>
        <translation>Poista valitun laitteen merkintä: laite palaa inventoimattomien laitteiden luetteloon</translation>
    </message>
    <message>
        <source>Found in this session</source>
        <translation>Löydetyt tässä istunnossa</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalenteri</translation>
    </message>
    <message>
        <source>Attendance and competence</source>
        <translation>Läsnäolo ja osaaminen</translation>
    </message>
    <message>
        <source>Scan desk</source>
        <translation>Lainaustiski</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Inventaario</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation>Inventoidut laitteet</translation>
    </message>
    <message>
        <source>Stock-takes</source>
        <translation>Inventaariot</translation>
    </message>
    <message>
        <source>“{name}” is still open: close it before starting another.</source>
        <translation>”{name}” on vielä kesken: päätä se ennen uuden aloittamista.</translation>
    </message>
    <message>
        <source>Start a stock-take</source>
        <translation>Aloita inventaario</translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation>esim. Kevät 2027</translation>
    </message>
    <message>
        <source>Scan every device you find, or tick it in the list.</source>
        <translation>Skannaa jokainen löytämäsi laite tai merkitse se luettelosta.</translation>
    </message>
    <message>
        <source>Close “{name}”? {seen} of {expected} devices were seen.</source>
        <translation>Päätetäänkö ”{name}”? Laitteista inventoitiin {seen}/{expected}.</translation>
    </message>
    <message>
        <source>{n} not seen stay listed with their last holder.</source>
        <translation>Inventoimattomat laitteet ({n}) jäävät luetteloon viimeisimmän haltijan tiedoin.</translation>
    </message>
    <message>
        <source>Close stock-take</source>
        <translation>Päätä inventaario</translation>
    </message>
    <message>
        <source>Start a stock-take first.</source>
        <translation>Aloita ensin inventaario.</translation>
    </message>
    <message>
        <source>{tag} was already ticked.</source>
        <translation>{tag} on jo merkitty.</translation>
    </message>
    <message>
        <source>It is recorded as on loan: check it in on the Scan desk if it is back.</source>
        <translation>Laite on kirjattu lainaan: kirjaa se palautetuksi sivulla Lainaustiski, jos se on palautunut.</translation>
    </message>
    <message>
        <source>It is recorded as lost: mark it found on the Devices page.</source>
        <translation>Laite on kirjattu kadonneeksi: merkitse se löytyneeksi sivulla Laitteet.</translation>
    </message>
    <message>
        <source>It is recorded as retired.</source>
        <translation>Laite on kirjattu käytöstä poistetuksi.</translation>
    </message>
    <message>
        <source>Found: {tag} — {what}</source>
        <translation>Löytyi: {tag} — {what}</translation>
    </message>
    <message>
        <source>{name} — started {day}</source>
        <translation>{name} — aloitettu {day}</translation>
    </message>
    <message>
        <source>No stock-take is open. Start one, then scan every device you find.</source>
        <translation>Inventaariota ei ole käynnissä. Aloita inventaario ja skannaa sitten jokainen löytämäsi laite.</translation>
    </message>
    <message>
        <source>{seen} of {expected} seen</source>
        <translation>inventoitu {seen}/{expected}</translation>
    </message>
    <message>
        <source>never lent</source>
        <translation>ei koskaan lainattu</translation>
    </message>
    <message>
        <source>Devices not seen</source>
        <translation>Inventoimattomat laitteet</translation>
    </message>
    <message>
        <source>Not seen in {name}: {n}</source>
        <translation>Inventoimatta inventaariossa ”{name}”: {n}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>kesken</translation>
    </message>
    <message>
        <source>Chosen rows ({n})</source>
        <translation>Valitut rivit ({n})</translation>
    </message>
    <message>
        <source>Not seen ({n})</source>
        <translation>Inventoimattomat ({n})</translation>
    </message>
    <message>
        <source>All devices ({n})</source>
        <translation>Kaikki laitteet ({n})</translation>
    </message>
    <message>
        <source>Labels for which devices? 24 fit on a sheet.</source>
        <translation>Mille laitteille tarrat tulostetaan? Arkille mahtuu 24.</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>Tulosta tarrat</translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation>Laitetarrat</translation>
    </message>
    <message>
        <source>Labels as PDF</source>
        <translation>Tarrat PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation>laitetarrat.pdf</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Tallennettu: {path}</translation>
    </message>
    <message>
        <source>Move to school…</source>
        <translation>Siirrä toiseen kouluun…</translation>
    </message>
    <message>
        <source>Training record…</source>
        <translation>Koulutushistoria…</translation>
    </message>
    <message>
        <source>The lessons, trainings, certificates and training done elsewhere of the teacher, with totals per school year</source>
        <translation>Opettajan koulutuskerrat, koulutukset, todistukset ja muualla käydyt koulutukset lukuvuosittaisine yhteismäärineen</translation>
    </message>
    <message>
        <source>Competence level…</source>
        <translation>Digiosaamisen taso…</translation>
    </message>
    <message>
        <source>The teacher&apos;s digital-competence levels, and a new assessment</source>
        <translation>Opettajan digiosaamisen tasot ja uusi arviointi</translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation>Vie henkilötiedot…</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about the teacher, as a workbook</source>
        <translation>Kaikki CoachDeskiin tallennetut tiedot opettajasta Excel-työkirjana</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Poista henkilötiedot…</translation>
    </message>
    <message>
        <source>Remove the teacher&apos;s personal data; anonymous counts stay</source>
        <translation>Poista opettajan henkilötiedot; nimettömät lukumäärät säilyvät</translation>
    </message>
    <message>
        <source>No teachers here yet. Add one with “New teacher” (Ctrl+N).</source>
        <translation>Ei vielä opettajia. Lisää opettaja valinnalla ”Uusi opettaja” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Archive teacher</source>
        <translation>Arkistoi opettaja</translation>
    </message>
    <message>
        <source>Archiving hides {name} from lists and choices. Nothing is deleted; you can restore them later.</source>
        <translation>{name} piilotetaan luetteloista ja valinnoista. Mitään ei poisteta; voit palauttaa hänet myöhemmin.</translation>
    </message>
    <message>
        <source>Open materials</source>
        <translation>Avaa materiaalit</translation>
    </message>
    <message>
        <source>Open the topic&apos;s materials in the web browser</source>
        <translation>Avaa koulutusaiheen materiaalit verkkoselaimessa</translation>
    </message>
    <message>
        <source>Topics: {n}</source>
        <translation>Koulutusaiheita: {n}</translation>
    </message>
    <message>
        <source>No topics yet. Add the first one with “New topic” (Ctrl+N).</source>
        <translation>Ei vielä koulutusaiheita. Lisää ensimmäinen valinnalla ”Uusi koulutusaihe” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation>Kaikki kohderyhmät</translation>
    </message>
    <message>
        <source>A school level also shows the topics for everyone</source>
        <translation>Kouluasteen valinta näyttää myös kaikille tarkoitetut koulutusaiheet</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Kaikki tasot</translation>
    </message>
    <message>
        <source>The link {url} could not be opened. Check that a web browser is installed, or copy the link.</source>
        <translation>Linkkiä {url} ei voitu avata. Tarkista, että verkkoselain on asennettu, tai kopioi linkki.</translation>
    </message>
    <message numerus="yes">
        <source>%n tutors</source>
        <translation>
            <numerusform>%n tutoropettaja</numerusform>
            <numerusform>%n tutoropettajaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned lessons</source>
        <translation>
            <numerusform>%n suunniteltu koulutus</numerusform>
            <numerusform>%n suunniteltua koulutusta</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is used by {tutors} (a strength) and {lessons}. Archiving hides the topic from choices; they keep it. Nothing is deleted; you can restore it later.</source>
        <translation>Koulutusaihe {name} on käytössä: {tutors} (osaamisalueena) ja {lessons}. Arkistointi piilottaa aiheen valinnoista, mutta niillä se säilyy. Mitään ei poisteta; voit palauttaa aiheen myöhemmin.</translation>
    </message>
    <message>
        <source>No tutor or planned lesson uses {name}. Archiving hides it from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>Koulutusaihetta {name} ei käytä yksikään tutoropettaja eikä suunniteltu koulutus. Arkistointi piilottaa sen luetteloista ja valinnoista. Mitään ei poisteta; voit palauttaa sen myöhemmin.</translation>
    </message>
    <message>
        <source>Archive topic</source>
        <translation>Arkistoi koulutusaihe</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>The agreement ends on {day}: renew it or let it end.</source>
        <translation>Tutorsopimus päättyy {day}: uusi se tai anna sen päättyä.</translation>
    </message>
    <message>
        <source>The agreement ended on {day}.</source>
        <translation>Tutorsopimus päättyi {day}.</translation>
    </message>
    <message>
        <source>Choose a tutor to see their released time, hours, strengths and schools.</source>
        <translation>Valitse tutoropettaja, niin näet tutorointiajan, tunnit, osaamisalueet ja koulut.</translation>
    </message>
    <message>
        <source>home school {school}</source>
        <translation>kotikoulu {school}</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Tutorsopimus</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n days</source>
        <translation>
            <numerusform>päättyy %n päivän kuluttua</numerusform>
            <numerusform>päättyy %n päivän kuluttua</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Käytetty</translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation>Resurssi</translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Ei vielä kirjattu</translation>
    </message>
    <message>
        <source>Own school only: {school}</source>
        <translation>Vain oma koulu: {school}</translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation>Ei vielä valittuja</translation>
    </message>
    <message>
        <source>Strengths…</source>
        <translation>Osaamisalueet…</translation>
    </message>
    <message>
        <source>Schools served…</source>
        <translation>Tutoroitavat koulut…</translation>
    </message>
    <message>
        <source>End agreement…</source>
        <translation>Päätä tutorsopimus…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Vie kalenteri (.ics)…</translation>
    </message>
    <message>
        <source>The tutor&apos;s visits and lessons in the chosen term, for their calendar</source>
        <translation>Tutoropettajan koulukäynnit ja koulutukset valitulla lukukaudella hänen kalenteriinsa</translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about the tutor, as a workbook</source>
        <translation>Kaikki CoachDeskiin tallennetut tiedot tutoropettajasta Excel-työkirjana</translation>
    </message>
    <message>
        <source>Remove the tutor&apos;s personal data; visits, lessons and hours stay</source>
        <translation>Poista tutoropettajan henkilötiedot; koulukäynnit, koulutukset ja tunnit säilyvät</translation>
    </message>
    <message>
        <source>Tutors: {n}</source>
        <translation>Tutoropettajia: {n}</translation>
    </message>
    <message>
        <source>No tutors here yet. Add one with “New tutor” (Ctrl+N), or appoint a candidate on the Recruitment page.</source>
        <translation>Ei vielä tutoropettajia. Lisää tutoropettaja valinnalla ”Uusi tutoropettaja” (Ctrl+N) tai valitse hakija sivulla Tutorhaku.</translation>
    </message>
    <message>
        <source>Allotted in the term</source>
        <translation>Resurssi lukukaudella</translation>
    </message>
    <message>
        <source>The period of “Hours used” in the list and the detail</source>
        <translation>Aikaväli, jolta ”Käytetyt tunnit” lasketaan luettelossa ja tiedoissa</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>any topic</source>
        <translation>kaikki aiheet</translation>
    </message>
    <message>
        <source>Current agreements only</source>
        <translation>Vain voimassa olevat sopimukset</translation>
    </message>
    <message>
        <source>Hours used in</source>
        <translation>Käytetyt tunnit ajalla</translation>
    </message>
    <message>
        <source>Strong in</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>Choose a visit to see its tutor, topics, request or series, and log.</source>
        <translation>Valitse koulukäynti, niin näet sen tutoropettajan, koulutusaiheet, käyntipyynnön tai toistuvuuden sekä käyntikirjauksen.</translation>
    </message>
    <message>
        <source>Asked by {who} on {day} · {status}</source>
        <translation>Pyytäjä {who}, {day} · {status}</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Toistuva</translation>
    </message>
    <message>
        <source>Booked despite conflicts</source>
        <translation>Varattu päällekkäisyyksistä huolimatta</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers reached</source>
        <translation>
            <numerusform>Tavoitettuja opettajia: %n</numerusform>
            <numerusform>Tavoitettuja opettajia: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{h} h spent</source>
        <translation>Käytetty aika: {h} h</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Käyntikirjaus</translation>
    </message>
    <message>
        <source>Not logged yet: Log visit… (Ctrl+L)</source>
        <translation>Ei vielä kirjattu: Kirjaa käynti… (Ctrl+L)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The least time between a tutor&apos;s visits at different schools; bookings closer are warned of.</source>
        <translation>Lyhin aika tutoropettajan eri kouluissa tehtävien käyntien välillä; tätä tiiviimmistä varauksista varoitetaan.</translation>
    </message>
    <message>
        <source>Travel buffer:</source>
        <translation>Siirtymäaika:</translation>
    </message>
    <message>
        <source>Record a school&apos;s request</source>
        <translation>Kirjaa koulun käyntipyyntö</translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation>Muokkaa käyntipyyntöä</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Peru käyntipyyntö</translation>
    </message>
    <message>
        <source>Propose tutors…</source>
        <translation>Ehdota tutoropettajia…</translation>
    </message>
    <message>
        <source>Tutors ranked for the request, with their earliest free slots</source>
        <translation>Tutoropettajat paremmuusjärjestyksessä käyntipyyntöä varten ja heidän aikaisimmat vapaat aikansa</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>Tuo käyntipyynnöt…</translation>
    </message>
    <message>
        <source>Take in the answers of a request form exported to Excel</source>
        <translation>Tuo Exceliin viedyn käyntipyyntölomakkeen vastaukset</translation>
    </message>
    <message>
        <source>Requests: {n}</source>
        <translation>Käyntipyyntöjä: {n}</translation>
    </message>
    <message>
        <source>No open requests. Record one with “New request” (Ctrl+Shift+R).</source>
        <translation>Ei avoimia käyntipyyntöjä. Kirjaa pyyntö valinnalla ”Uusi käyntipyyntö” (Ctrl+Shift+R).</translation>
    </message>
    <message>
        <source>Show done and cancelled</source>
        <translation>Näytä tehdyt ja perutut</translation>
    </message>
    <message>
        <source>Tutors&apos; visits</source>
        <translation>Tutoropettajien koulukäynnit</translation>
    </message>
    <message>
        <source>Recurring visits…</source>
        <translation>Toistuvat koulukäynnit…</translation>
    </message>
    <message>
        <source>Book a visit that repeats, skipping breaks and conflicts</source>
        <translation>Varaa toistuva koulukäynti; lomat ja päällekkäisyydet ohitetaan</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Siirrä…</translation>
    </message>
    <message>
        <source>Move the visit or change its tutor, topics, notes</source>
        <translation>Siirrä koulukäyntiä tai vaihda sen tutoropettaja, koulutusaiheet tai lisätiedot</translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation>Kirjaa käynti…</translation>
    </message>
    <message>
        <source>Record what the visit achieved</source>
        <translation>Kirjaa, mitä käynnillä saatiin aikaan</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Peru koulukäynti…</translation>
    </message>
    <message>
        <source>Send confirmation…</source>
        <translation>Lähetä vahvistus…</translation>
    </message>
    <message>
        <source>An e-mail confirming the visit to the school or the tutor</source>
        <translation>Sähköposti, joka vahvistaa koulukäynnin koululle tai tutoropettajalle</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)…</source>
        <translation>Lisää kalenteriin (.ics)…</translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation>Koulukäyntejä: {n}</translation>
    </message>
    <message>
        <source>No visits here. Book one with “New visit” (Ctrl+N), from a request with “Propose tutors…” (Ctrl+P), or choose another period.</source>
        <translation>Ei koulukäyntejä. Varaa käynti valinnalla ”Uusi koulukäynti” (Ctrl+N) tai käyntipyynnöstä valinnalla ”Ehdota tutoropettajia…” (Ctrl+P), tai valitse toinen aikaväli.</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Menneet</translation>
    </message>
    <message>
        <source>the visit to {school} on {when}</source>
        <translation>koulukäynti ({school}, {when})</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Peru koulukäynti</translation>
    </message>
    <message>
        <source>Cancel {what}? It is one of a recurring series: cancel this visit only, or this and all the following ones? Tell the school.</source>
        <translation>Perutaanko {what}? Käynti kuuluu toistuvaan sarjaan: perutaanko vain tämä käynti vai tämä ja kaikki sitä seuraavat? Kerro asiasta koululle.</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Vain tämä käynti</translation>
    </message>
    <message>
        <source>Cancel {what}? It stays in the list as cancelled; tell the school.</source>
        <translation>Perutaanko {what}? Käynti jää luetteloon perutuksi; kerro asiasta koululle.</translation>
    </message>
    <message>
        <source>Cancel the request of {school}? Visits already booked for it stay booked.</source>
        <translation>Perutaanko käyntipyyntö ({school})? Sitä varten jo varatut koulukäynnit pysyvät varattuina.</translation>
    </message>
    <message>
        <source>Could not write {path}. Choose a folder you can write to and close the file if another program has it open.</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa. Valitse kansio, johon sinulla on kirjoitusoikeus, ja sulje tiedosto, jos se on auki toisessa ohjelmassa.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation>Tulostinta ei voitu käynnistää. Tarkista, että se on päällä, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <source>Offered to</source>
        <translation>Kenelle</translation>
    </message>
    <message>
        <source>Every school</source>
        <translation>Kaikki koulut</translation>
    </message>
    <message>
        <source>The school&apos;s teaching language</source>
        <translation>Koulun opetuskieli</translation>
    </message>
    <message>
        <source>e.g. By e-mail to the ICT coordinator by the Friday before</source>
        <translation>esim. Sähköpostilla TVT-koordinaattorille edeltävään perjantaihin mennessä</translation>
    </message>
    <message>
        <source>Publish the offer</source>
        <translation>Julkaise tarjonta</translation>
    </message>
    <message>
        <source>Publish…</source>
        <translation>Julkaise…</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>The offer is ready to share:
{pdf} to print or send,
{page} for the intranet,
{calendar} for teachers&apos; calendars.</source>
        <translation>Tarjonta on valmis jaettavaksi:
{pdf} tulostettavaksi tai lähetettäväksi,
{page} intranetiin,
{calendar} opettajien kalentereihin.</translation>
    </message>
    <message>
        <source>Devices held</source>
        <translation>Hallussa olevat laitteet</translation>
    </message>
    <message>
        <source>Choose the devices to print labels for.</source>
        <translation>Valitse laitteet, joille tarrat tulostetaan.</translation>
    </message>
    <message>
        <source>Kit of {n}</source>
        <translation>Sarja, {n} osaa</translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation>Sivu {n}</translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation>Tulostettu {day}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation>Nimenselvennys</translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation>Paikka ja aika</translation>
    </message>
    <message>
        <source>That loan no longer exists.</source>
        <translation>Lainaa ei ole enää olemassa.</translation>
    </message>
    <message>
        <source>A handover form is for one borrower&apos;s loans.</source>
        <translation>Luovutuslomake koskee vain yhden lainaajan lainoja.</translation>
    </message>
    <message>
        <source>{model} (kit of {n})</source>
        <translation>{model} (sarja, {n} osaa)</translation>
    </message>
    <message>
        <source>Device handover — {who}</source>
        <translation>Laitteiden luovutus — {who}</translation>
    </message>
    <message>
        <source>Due back</source>
        <translation>Palautettava viimeistään</translation>
    </message>
    <message>
        <source>Loan number</source>
        <translation>Lainanumero</translation>
    </message>
    <message>
        <source>Devices ({n})</source>
        <translation>Laitteet ({n})</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Lainaehdot</translation>
    </message>
    <message>
        <source>The borrower looks after the devices listed above, uses them for the programme&apos;s work and returns them with their chargers, cases and accessories by the due date, or earlier when asked. Loss, theft or damage is reported to the ICT coordinator at once. The devices are not lent on to anyone else without the coordinator&apos;s consent. Data on a device is the borrower&apos;s responsibility; devices are reset when they come back.</source>
        <translation>Lainaaja huolehtii edellä luetelluista laitteista, käyttää niitä tutoropettajatoiminnan tehtäviin ja palauttaa ne latureineen, suojakoteloineen ja lisävarusteineen viimeistään eräpäivänä tai pyydettäessä aiemmin. Katoamisesta, varkaudesta tai vahingosta ilmoitetaan heti TVT-koordinaattorille. Laitteita ei lainata edelleen kenellekään ilman koordinaattorin suostumusta. Lainaaja vastaa laitteelle tallennetuista tiedoista; palautetut laitteet nollataan.</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Luovutettu</translation>
    </message>
    <message>
        <source>For the programme (lender)</source>
        <translation>Tutoropettajatoiminnan puolesta (lainanantaja)</translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation>Kunto palautettaessa</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Devices held by {name}</source>
        <translation>Lainassa olevat laitteet: {name}</translation>
    </message>
    <message>
        <source>On loan now</source>
        <translation>Lainassa nyt</translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation>, joista myöhässä {n}</translation>
    </message>
    <message>
        <source>On loan ({n})</source>
        <translation>Lainassa ({n})</translation>
    </message>
    <message>
        <source>Nothing is on loan.</source>
        <translation>Ei lainassa olevia laitteita.</translation>
    </message>
    <message>
        <source>Reserved ({n})</source>
        <translation>Varattu ({n})</translation>
    </message>
    <message>
        <source>Checked together</source>
        <translation>Tarkistettu yhdessä</translation>
    </message>
    <message>
        <source>For the programme</source>
        <translation>Tutoropettajatoiminnan puolesta</translation>
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
        <translation>Lataa heidän arvonsa</translation>
    </message>
    <message>
        <source>Keep my values</source>
        <translation>Pidä omat arvoni</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* pakollinen</translation>
    </message>
    <message>
        <source>The form shows the record as it is now.</source>
        <translation>Lomakkeella näkyy nyt tietueen nykyinen tila.</translation>
    </message>
    <message>
        <source>Your values are kept: Save replaces the other change with them.</source>
        <translation>Arvosi säilyvät: Tallenna korvaa niillä toisen tekemän muutoksen.</translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation>Suodata… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Haulla ”{text}” ei löytynyt mitään.</translation>
    </message>
    <message>
        <source>Wk</source>
        <translation>Vk</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n muu</numerusform>
            <numerusform>+%n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly on days</source>
        <translation>Viikoittain valittuina päivinä</translation>
    </message>
    <message>
        <source>Monthly on the Nth weekday</source>
        <translation>Kuukausittain tiettynä viikonpäivänä</translation>
    </message>
    <message>
        <source>Hours per week, no fixed days</source>
        <translation>Tuntia viikossa, ei kiinteitä päiviä</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>joka viikko</translation>
    </message>
    <message>
        <source>every other week</source>
        <translation>joka toinen viikko</translation>
    </message>
    <message>
        <source>every third week</source>
        <translation>joka kolmas viikko</translation>
    </message>
    <message>
        <source>every fourth week</source>
        <translation>joka neljäs viikko</translation>
    </message>
    <message>
        <source>The</source>
        <translation>Aina</translation>
    </message>
    <message>
        <source>of each month</source>
        <translation>kuukaudessa</translation>
    </message>
    <message>
        <source>until</source>
        <translation>–</translation>
    </message>
    <message>
        <source>e.g. 7,5</source>
        <translation>esim. 7,5</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Toistotapa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Recorded plan</source>
        <translation>Tallennettu suunnitelma</translation>
    </message>
    <message>
        <source>In words</source>
        <translation>Sanallisesti</translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation>Tallennettu sellaisenaan</translation>
    </message>
    <message>
        <source>Tick the days the tutor is released from teaching.</source>
        <translation>Valitse päivät, jolloin tutoropettaja on vapautettu opetuksesta.</translation>
    </message>
    <message>
        <source>Give the number of hours per week.</source>
        <translation>Anna tuntimäärä viikossa.</translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <translation>Valitse vähintään yksi päivä.</translation>
    </message>
    <message>
        <source>{plan} · {hours} h a week</source>
        <translation>{plan} · {hours} h viikossa</translation>
    </message>
    <message>
        <source>{plan} · {hours} h a month</source>
        <translation>{plan} · {hours} h kuukaudessa</translation>
    </message>
    <message>
        <source>{plan}. Choose another pattern to change it.</source>
        <translation>{plan}. Muuta valitsemalla toinen toistotapa.</translation>
    </message>
    <message>
        <source>{who} is booked elsewhere</source>
        <translation>{who} on varattu muualle</translation>
    </message>
    <message>
        <source>the place is taken</source>
        <translation>tila on varattu</translation>
    </message>
    <message>
        <source>a break</source>
        <translation>loma</translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation>arkipyhä</translation>
    </message>
    <message>
        <source>outside released time</source>
        <translation>tutorointiajan ulkopuolella</translation>
    </message>
    <message>
        <source>too little travel time</source>
        <translation>liian lyhyt siirtymäaika</translation>
    </message>
    <message>
        <source>no hours left this term</source>
        <translation>lukukauden tunnit on käytetty</translation>
    </message>
    <message>
        <source>{weekday} {day}</source>
        <translation>{weekday} {day}</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Toisto</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Päivämäärät</translation>
    </message>
    <message>
        <source>{day} — skipped: {conflict}</source>
        <translation>{day} — ohitetaan: {conflict}</translation>
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
        <translation>Ohitetaan: {reason}</translation>
    </message>
    <message>
        <source>School year {first}–{last}</source>
        <translation>Lukuvuosi {first}–{last}</translation>
    </message>
    <message>
        <source>“{value}” is not a kind of school CoachDesk knows; write one of: {words}.</source>
        <translation>”{value}” ei ole CoachDeskin tuntema koulutyyppi; kirjoita jokin näistä: {words}.</translation>
    </message>
    <message>
        <source>“{value}” is not a teaching language CoachDesk knows; write one of: {words}.</source>
        <translation>”{value}” ei ole CoachDeskin tuntema opetuskieli; kirjoita jokin näistä: {words}.</translation>
    </message>
    <message>
        <source>The backup was not restored: the personal data erased since it was made could not be erased from it ({reason}). Nothing was changed.</source>
        <translation>Varmuuskopiota ei palautettu: sen tekemisen jälkeen poistettuja henkilötietoja ei voitu poistaa siitä ({reason}). Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the folder is read-only</source>
        <translation>kansio on vain luku -tilassa</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>tammikuu</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>helmikuu</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>maaliskuu</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>huhtikuu</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>toukokuu</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>kesäkuu</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>heinäkuu</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>elokuu</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>syyskuu</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>lokakuu</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>marraskuu</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>joulukuu</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Check the path (is the USB stick or network drive connected?) and try again.</source>
        <translation>Kansiota {folder} ei ole. Tarkista polku (onko USB-muistitikku tai verkkoasema kytketty?) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full, so nothing was written there. Free some space (or choose another disk) and try again.</source>
        <translation>Levy, jolla kansio {folder} on, on täynnä, joten sinne ei kirjoitettu mitään. Vapauta tilaa (tai valitse toinen levy) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>{folder} is read-only, so CoachDesk cannot write there. Copy the file to a folder of your own (for example Documents), or ask for write access, and try again.</source>
        <translation>Kansio {folder} on vain luku -tilassa, joten CoachDesk ei voi kirjoittaa sinne. Kopioi tiedosto omaan kansioosi (esimerkiksi Tiedostot) tai pyydä kirjoitusoikeutta, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cannot open {name}: {reason}</source>
        <translation>Tiedostoa {name} ei voi avata: {reason}</translation>
    </message>
    <message>
        <source>{name} is already open in CoachDesk on the computer {host}. Close it there first; two programs on one file would overwrite each other&apos;s work.</source>
        <translation>Tiedosto {name} on jo auki CoachDeskissä tietokoneella {host}. Sulje se siellä ensin; jos kaksi ohjelmaa käyttää samaa tiedostoa, ne kirjoittavat toistensa muutosten päälle.</translation>
    </message>
    <message>
        <source>{name} is in use by “{command}” (process {pid}). Wait until it has finished, then try again.</source>
        <translation>Tiedosto {name} on komennon ”{command}” käytössä (prosessi {pid}). Odota, kunnes komento on valmis, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>{name} is already open in another CoachDesk window (process {pid}). Close it there first; two programs on one file would overwrite each other&apos;s work.</source>
        <translation>Tiedosto {name} on jo auki toisessa CoachDesk-ikkunassa (prosessi {pid}). Sulje se siellä ensin; jos kaksi ohjelmaa käyttää samaa tiedostoa, ne kirjoittavat toistensa muutosten päälle.</translation>
    </message>
    <message>
        <source>{name} is already open in another CoachDesk window. Close it there first; two programs on one file would overwrite each other&apos;s work.</source>
        <translation>Tiedosto {name} on jo auki toisessa CoachDesk-ikkunassa. Sulje se siellä ensin; jos kaksi ohjelmaa käyttää samaa tiedostoa, ne kirjoittavat toistensa muutosten päälle.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Järjestelmän kieli ({language})</translation>
    </message>
    <message>
        <source>CoachDesk will speak {language} from the next time it starts.</source>
        <translation>CoachDeskin kieli vaihtuu seuraavalla käynnistyskerralla: {language}.</translation>
    </message>
    <message>
        <source>The database is set up for CoachDesk.</source>
        <translation>Tietokanta on otettu CoachDeskin käyttöön.</translation>
    </message>
    <message>
        <source>The database was upgraded for this CoachDesk.</source>
        <translation>Tietokanta päivitettiin tälle CoachDeskin versiolle.</translation>
    </message>
    <message>
        <source>The database was set up for CoachDesk already; nothing to do.</source>
        <translation>Tietokanta oli jo CoachDeskin käytössä; mitään ei tarvinnut tehdä.</translation>
    </message>
    <message>
        <source>Copy between a file and a server: --from FILE --to URL, or --from URL --to FILE.</source>
        <translation>Kopioi tiedoston ja palvelimen välillä: --from TIEDOSTO --to URL tai --from URL --to TIEDOSTO.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n records from {source} to {target}.</source>
        <translation>
            <numerusform>Kopioitiin %n tietue: {source} → {target}.</numerusform>
            <numerusform>Kopioitiin %n tietuetta: {source} → {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{url} is not a database server. Give the URL of a PostgreSQL database: postgresql://USER@HOST/DATABASE.</source>
        <translation>{url} ei ole tietokantapalvelin. Anna PostgreSQL-tietokannan osoite: postgresql://KÄYTTÄJÄ@PALVELIN/TIETOKANTA.</translation>
    </message>
    <message>
        <source>Fill this in.</source>
        <translation>Täytä tämä kenttä.</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (PostgreSQL&apos;s is 5432).</source>
        <translation>Portti on luku väliltä 1–65535 (PostgreSQL:n portti on 5432).</translation>
    </message>
    <message>
        <source>The database {server} already holds CoachDesk data, and a copy goes only into an empty one, so that nothing there is overwritten or mixed. Ask for a new database (createdb), set it up with coachdesk server init, and copy into that.</source>
        <translation>Tietokannassa {server} on jo CoachDeskin tietoja, ja kopio tehdään vain tyhjään tietokantaan, jottei mitään kirjoiteta yli tai sekoiteta. Pyydä uusi tietokanta (createdb), ota se käyttöön komennolla coachdesk server init ja kopioi siihen.</translation>
    </message>
    <message>
        <source>Nothing was copied. {reason}</source>
        <translation>Mitään ei kopioitu. {reason}</translation>
    </message>
    <message>
        <source>There is a file {path} already, and CoachDesk does not write a copy over a file. Choose a new name.</source>
        <translation>Tiedosto {path} on jo olemassa, eikä CoachDesk kirjoita kopiota tiedoston päälle. Valitse uusi nimi.</translation>
    </message>
    <message>
        <source>The copy did not pass its integrity check, so it was not kept. Try again.</source>
        <translation>Kopio ei läpäissyt eheystarkistusta, joten sitä ei säilytetty. Yritä uudelleen.</translation>
    </message>
    <message>
        <source>{url} is not a database URL. Write it as postgresql://USER@HOST/DATABASE, or postgresql:///?service=NAME for a service file.</source>
        <translation>{url} ei ole tietokannan osoite. Kirjoita se muodossa postgresql://KÄYTTÄJÄ@PALVELIN/TIETOKANTA tai palvelutiedostoa varten postgresql:///?service=NIMI.</translation>
    </message>
    <message>
        <source>CoachDesk works with a PostgreSQL server or a local file: write the URL as postgresql://USER@HOST/DATABASE, or give a file with --db.</source>
        <translation>CoachDesk toimii PostgreSQL-palvelimen tai paikallisen tiedoston kanssa: kirjoita osoite muodossa postgresql://KÄYTTÄJÄ@PALVELIN/TIETOKANTA tai anna tiedosto valitsimella --db.</translation>
    </message>
    <message>
        <source>Leave the password out of the URL: it would stay in the command history and the settings. Put it in your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or in a service file, as the README says.</source>
        <translation>Jätä salasana pois osoitteesta: se jäisi komentohistoriaan ja asetuksiin. Laita se PostgreSQL-salasanatiedostoosi (~/.pgpass tai PGPASSFILE-muuttujan nimeämä tiedosto) tai palvelutiedostoon, kuten README neuvoo.</translation>
    </message>
    <message>
        <source>sslmode={mode} would send your data to {host} unencrypted. CoachDesk reaches another machine only through TLS: leave sslmode out (or write sslmode=require).</source>
        <translation>sslmode={mode} lähettäisi tietosi salaamattomina palvelimelle {host}. CoachDesk ottaa yhteyden toiseen koneeseen vain TLS-salattuna: jätä sslmode pois (tai kirjoita sslmode=require).</translation>
    </message>
    <message>
        <source>The connection to {host} is not encrypted, so CoachDesk did not use it. Use sslmode=require (or leave sslmode out), or ask the server&apos;s administrator to turn TLS on.</source>
        <translation>Yhteys palvelimeen {host} ei ole salattu, joten CoachDesk ei käyttänyt sitä. Käytä asetusta sslmode=require (tai jätä sslmode pois) tai pyydä palvelimen ylläpitäjää ottamaan TLS käyttöön.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed. Install CoachDesk with it: pip install &quot;coachdesk[server]&quot;.</source>
        <translation>PostgreSQL-ajuria ei ole asennettu. Asenna CoachDesk sen kanssa: pip install &quot;coachdesk[server]&quot;.</translation>
    </message>
    <message>
        <source>The server {server} did not accept the login: {reason} Put the password in your PostgreSQL password file (~/.pgpass, or the file PGPASSFILE names) or in a service file, never in the URL; the README says how.</source>
        <translation>Palvelin {server} ei hyväksynyt kirjautumista: {reason} Laita salasana PostgreSQL-salasanatiedostoosi (~/.pgpass tai PGPASSFILE-muuttujan nimeämä tiedosto) tai palvelutiedostoon, ei koskaan osoitteeseen; README kertoo miten.</translation>
    </message>
    <message>
        <source>The server {server} does not offer an encrypted (TLS) connection, and CoachDesk reaches another machine only through TLS. Ask the server&apos;s administrator to turn TLS on.</source>
        <translation>Palvelin {server} ei tarjoa salattua (TLS) yhteyttä, ja CoachDesk ottaa yhteyden toiseen koneeseen vain TLS-salattuna. Pyydä palvelimen ylläpitäjää ottamaan TLS käyttöön.</translation>
    </message>
    <message>
        <source>There is no database {database} on {server}. Ask the server&apos;s administrator to create it (createdb), then set it up with: coachdesk server init --url URL</source>
        <translation>Palvelimella {server} ei ole tietokantaa {database}. Pyydä palvelimen ylläpitäjää luomaan se (createdb) ja ota se sitten käyttöön komennolla: coachdesk server init --url URL</translation>
    </message>
    <message>
        <source>CoachDesk cannot use the database server {server}: {reason} Check the address and your network connection, or ask the server&apos;s administrator.</source>
        <translation>CoachDesk ei voi käyttää tietokantapalvelinta {server}: {reason} Tarkista osoite ja verkkoyhteys tai kysy palvelimen ylläpitäjältä.</translation>
    </message>
    <message>
        <source>The database server {server} refused the work: {reason}</source>
        <translation>Tietokantapalvelin {server} kieltäytyi työstä: {reason}</translation>
    </message>
    <message>
        <source>The database {server} holds tables that are not CoachDesk&apos;s, so CoachDesk leaves it alone. Give the URL of an empty database (the server&apos;s administrator can create one with createdb).</source>
        <translation>Tietokannassa {server} on tauluja, jotka eivät ole CoachDeskin, joten CoachDesk ei koske siihen. Anna tyhjän tietokannan osoite (palvelimen ylläpitäjä voi luoda sellaisen komennolla createdb).</translation>
    </message>
    <message>
        <source>The database {server} holds no CoachDesk data yet. Set it up with: coachdesk server init --url URL (or move a laptop&apos;s data there with: coachdesk copy --from FILE --to URL).</source>
        <translation>Tietokannassa {server} ei ole vielä CoachDeskin tietoja. Ota se käyttöön komennolla: coachdesk server init --url URL (tai siirrä kannettavan tiedot sinne komennolla: coachdesk copy --from TIEDOSTO --to URL).</translation>
    </message>
    <message>
        <source>Another CoachDesk is setting up or upgrading the database {server}. Try again in a few minutes.</source>
        <translation>Toinen CoachDesk ottaa tietokantaa {server} käyttöön tai päivittää sitä. Yritä uudelleen muutaman minuutin kuluttua.</translation>
    </message>
    <message>
        <source>The copy did not come out whole ({table}: {found} rows instead of {expected}), so nothing was kept. Try again; if it happens again, check the source with coachdesk check.</source>
        <translation>Kopio ei tullut ehjänä ({table}: {found} riviä, kun piti olla {expected}), joten mitään ei säilytetty. Yritä uudelleen; jos sama toistuu, tarkista lähde komennolla coachdesk check.</translation>
    </message>
    <message>
        <source>{weekday} {day} {times}</source>
        <translation>{weekday} {day} klo {times}</translation>
    </message>
    <message>
        <source>Wrote the offer to {pdf}, {page} and {calendar}</source>
        <translation>Tarjonta kirjoitettu tiedostoihin {pdf}, {page} ja {calendar}</translation>
    </message>
    <message>
        <source>New school…</source>
        <translation>Uusi koulu…</translation>
    </message>
    <message>
        <source>No schools yet: add one with “New school…”.</source>
        <translation>Kouluja ei ole vielä: lisää yksi painikkeella ”Uusi koulu…”.</translation>
    </message>
    <message>
        <source>New topic…</source>
        <translation>Uusi koulutusaihe…</translation>
    </message>
    <message>
        <source>No training topics yet: add one with “New topic…”, or leave this empty.</source>
        <translation>Koulutusaiheita ei ole vielä: lisää yksi painikkeella ”Uusi koulutusaihe…” tai jätä tämä tyhjäksi.</translation>
    </message>
    <message>
        <source>New tutor…</source>
        <translation>Uusi tutoropettaja…</translation>
    </message>
    <message>
        <source>No tutors yet: add one with “New tutor…”, or appoint a candidate on the Recruitment page.</source>
        <translation>Tutoropettajia ei ole vielä: lisää yksi painikkeella ”Uusi tutoropettaja…” tai nimitä hakija Tutorhaku-sivulla.</translation>
    </message>
    <message>
        <source>Prorated: the agreement covers only part of the term, so {hours} h of the {per_term} h per term are allotted in it.</source>
        <translation>Suhteutettu: tutorsopimus kattaa vain osan lukukaudesta, joten lukukauden {per_term} h:n resurssista sille kuuluu {hours} h.</translation>
    </message>
    <message>
        <source>No tutor</source>
        <translation>Ei tutoropettajaa</translation>
    </message>
    <message>
        <source>{count} bookings, {hours}</source>
        <translation>Varauksia {count}, {hours}</translation>
    </message>
    <message>
        <source>Click to see this tutor&apos;s week.</source>
        <translation>Napsauta, niin näet tutoropettajan viikon.</translation>
    </message>
    <message>
        <source>The window cannot start: the system library {library} (package {package}) is missing.</source>
        <translation>Ikkunaa ei voi avata: järjestelmäkirjasto {library} (paketti {package}) puuttuu.</translation>
    </message>
    <message>
        <source>The window cannot start: the system library {library} is missing.</source>
        <translation>Ikkunaa ei voi avata: järjestelmäkirjasto {library} puuttuu.</translation>
    </message>
    <message>
        <source>On Debian or Ubuntu install what the window needs with: sudo apt install {packages} — then start CoachDesk again. The README lists them for other systems.</source>
        <translation>Asenna ikkunan tarvitsemat paketit Debianissa tai Ubuntussa komennolla sudo apt install {packages} ja käynnistä CoachDesk sitten uudelleen. README luettelee ne myös muille järjestelmille.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>The actions that do not fit in the window&apos;s width</source>
        <translation>Toiminnot, jotka eivät mahdu ikkunan leveyteen</translation>
    </message>
    <message>
        <source>Wrote {count} certificates of “{training}” to {path}</source>
        <translation>Kirjoitettiin {count} koulutuksen ”{training}” todistusta kansioon {path}</translation>
    </message>
    <message>
        <source>{path} does not exist: name the CoachDesk database file with --db PATH.</source>
        <translation>{path} ei ole olemassa: anna CoachDeskin tietokantatiedosto valitsimella --db PATH.</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Suoritettu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Kesken</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Ei suoritettu</translation>
    </message>
    <message>
        <source>No session is planned yet.</source>
        <translation>Yhtään koulutuskertaa ei ole vielä suunniteltu.</translation>
    </message>
    <message>
        <source>Attended {attended} of {sessions} sessions so far; {needed} needed.</source>
        <translation>Osallistunut tähän mennessä {attended}/{sessions} kertaan; tarvitaan {needed}.</translation>
    </message>
    <message>
        <source>Attended {attended} of {sessions} sessions; {needed} needed.</source>
        <translation>Osallistunut {attended}/{sessions} kertaan; tarvitaan {needed}.</translation>
    </message>
    <message>
        <source>“{title}” not handed in.</source>
        <translation>”{title}” on palauttamatta.</translation>
    </message>
    <message>
        <source>{n} peer reviews of “{title}” still to give.</source>
        <translation>Tehtävän ”{title}” vertaisarvioita antamatta: {n}.</translation>
    </message>
    <message>
        <source>Attended {attended} of {sessions} sessions.</source>
        <translation>Osallistunut {attended}/{sessions} kertaan.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Allekirjoittaja</translation>
    </message>
    <message>
        <source>Choose the lesson series or the single lesson the training is made of.</source>
        <translation>Valitse koulutussarja tai yksittäinen koulutus, josta koulutus koostuu.</translation>
    </message>
    <message>
        <source>Give the share of sessions to attend, from 0 to 100 %.</source>
        <translation>Anna osallistuttavien koulutuskertojen osuus, 0–100 %.</translation>
    </message>
    <message>
        <source>Give the number of peers who review each submission, from 1 to {n}.</source>
        <translation>Anna vertaisarvioijien määrä palautusta kohden väliltä 1–{n}.</translation>
    </message>
    <message>
        <source>Give the highest score of a review, from 2 to {n}.</source>
        <translation>Anna vertaisarvion korkein arvosana väliltä 2–{n}.</translation>
    </message>
    <message>
        <source>“{code}” is not a certificate code: check the characters typed (a code is ten letters and digits, such as 7KQ2M-X94RD).</source>
        <translation>”{code}” ei ole todistuksen koodi: tarkista kirjoitetut merkit (koodissa on kymmenen kirjainta ja numeroa, esim. 7KQ2M-X94RD).</translation>
    </message>
    <message>
        <source>No certificate with the code {code} has been issued: the certificate is not genuine.</source>
        <translation>Koodilla {code} ei ole annettu todistusta: todistus ei ole aito.</translation>
    </message>
    <message>
        <source>{code} certifies that {teacher} ({school}) completed “{training}”, {hours} h, {dates}; issued on {issued}.</source>
        <translation>{code} todistaa, että {teacher} ({school}) on suorittanut koulutuksen ”{training}”, {hours} h, {dates}; annettu {issued}.</translation>
    </message>
    <message>
        <source>Revoked on {day}: the certificate is no longer valid.</source>
        <translation>Peruttu {day}: todistus ei ole enää voimassa.</translation>
    </message>
    <message>
        <source>Genuine.</source>
        <translation>Aito.</translation>
    </message>
    <message>
        <source>No teacher has completed this training yet: there is no certificate to issue.</source>
        <translation>Kukaan opettaja ei ole vielä suorittanut tätä koulutusta: annettavia todistuksia ei ole.</translation>
    </message>
    <message>
        <source>No certificate has the code {code}.</source>
        <translation>Millään todistuksella ei ole koodia {code}.</translation>
    </message>
    <message>
        <source>The certificate is already revoked.</source>
        <translation>Todistus on jo peruttu.</translation>
    </message>
    <message>
        <source>Several trainings match “{name}”: {names}. Give more of the name, or the id.</source>
        <translation>Useampi koulutus vastaa hakua ”{name}”: {names}. Anna nimestä enemmän tai tunniste.</translation>
    </message>
    <message>
        <source>There is no training called “{name}”.</source>
        <translation>Koulutusta nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>{title}, {day}</source>
        <translation>{title}, {day}</translation>
    </message>
    <message>
        <source>{title}, {n} sessions, {dates}</source>
        <translation>{title}, {n} kertaa, {dates}</translation>
    </message>
    <message>
        <source>That lesson series or lesson no longer exists; choose another.</source>
        <translation>Koulutussarjaa tai koulutusta ei enää ole; valitse toinen.</translation>
    </message>
    <message>
        <source>That lesson series or lesson already has a training; edit that one instead.</source>
        <translation>Koulutussarjasta tai koulutuksesta on jo tehty koulutus; muokkaa sitä.</translation>
    </message>
    <message>
        <source>That training no longer exists.</source>
        <translation>Koulutusta ei enää ole.</translation>
    </message>
    <message>
        <source>Only the training&apos;s participants can hand its assignments in.</source>
        <translation>Vain koulutuksen osallistujat voivat palauttaa sen tehtäviä.</translation>
    </message>
    <message>
        <source>A review of their work, or by them, has been given already: keep them among those who handed in.</source>
        <translation>Heidän työstään tai heidän antamansa vertaisarvio on jo annettu: pidä heidät palauttaneiden joukossa.</translation>
    </message>
    <message>
        <source>Reviews of this assignment have been given already, so its reviewers stay as they are.</source>
        <translation>Tämän tehtävän vertaisarvioita on jo annettu, joten arvioijat pysyvät ennallaan.</translation>
    </message>
    <message>
        <source>At least two must have handed the assignment in before they can review each other&apos;s work.</source>
        <translation>Tehtävän on oltava vähintään kahden palauttama, ennen kuin he voivat arvioida toistensa töitä.</translation>
    </message>
    <message>
        <source>No reviewers have been assigned for this assignment yet: assign them first.</source>
        <translation>Tälle tehtävälle ei ole vielä jaettu vertaisarvioijia: jaa heidät ensin.</translation>
    </message>
    <message>
        <source>That review is no longer assigned; assign the reviewers again.</source>
        <translation>Tätä vertaisarviota ei enää ole jaettu; jaa arvioijat uudelleen.</translation>
    </message>
    <message>
        <source>That assignment no longer exists.</source>
        <translation>Tehtävää ei enää ole.</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <translation>Osallistumistodistus</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Todistamme, että</translation>
    </message>
    <message>
        <source>has completed the training</source>
        <translation>on suorittanut koulutuksen</translation>
    </message>
    <message>
        <source>{dates} · {hours} hours · {n} sessions</source>
        <translation>{dates} · {hours} tuntia · {n} koulutuskertaa</translation>
    </message>
    <message>
        <source>Issued on {day}</source>
        <translation>Annettu {day}</translation>
    </message>
    <message>
        <source>ICT coordinator</source>
        <translation>TVT-koordinaattori</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Tarkistuskoodi</translation>
    </message>
    <message>
        <source>The organiser confirms with this code that the certificate is genuine.</source>
        <translation>Järjestäjä vahvistaa tällä koodilla, että todistus on aito.</translation>
    </message>
    <message>
        <source>Cannot make the folder {folder}: {reason}. Choose a folder you can write to.</source>
        <translation>Kansiota {folder} ei voi luoda: {reason}. Valitse kansio, johon voit kirjoittaa.</translation>
    </message>
    <message>
        <source>{code} (revoked)</source>
        <translation>{code} (peruttu)</translation>
    </message>
    <message>
        <source>New training…</source>
        <translation>Uusi koulutus…</translation>
    </message>
    <message>
        <source>Make a lesson series or a lesson a training with a completion rule</source>
        <translation>Tee koulutussarjasta tai koulutuksesta suoritettava koulutus</translation>
    </message>
    <message>
        <source>Edit training…</source>
        <translation>Muokkaa koulutusta…</translation>
    </message>
    <message>
        <source>Assignments…</source>
        <translation>Tehtävät…</translation>
    </message>
    <message>
        <source>The training&apos;s assignments: who handed each in, and the peers who review each one&apos;s work</source>
        <translation>Koulutuksen tehtävät: kuka on palauttanut minkin ja ketkä arvioivat kunkin työn</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Todistukset…</translation>
    </message>
    <message>
        <source>Issue a certificate to everyone who completed the training and save them as PDF into a folder: one file per teacher, one with all of them for printing, and an e-mail draft to each teacher with the certificate attached</source>
        <translation>Anna todistus jokaiselle koulutuksen suorittaneelle ja tallenna todistukset PDF-tiedostoina kansioon: yksi tiedosto kullekin opettajalle, yksi, jossa ovat kaikki, tulostamista varten, ja kullekin opettajalle sähköpostiluonnos, jonka liitteenä on todistus</translation>
    </message>
    <message>
        <source>Revoke certificate…</source>
        <translation>Peru todistus…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Tarkista</translation>
    </message>
    <message>
        <source>Check a certificate&apos;s code</source>
        <translation>Tarkista todistuksen koodi</translation>
    </message>
    <message>
        <source>No teacher holds a seat in this training. Choose another training, or make a lesson series a training with “New training…”.</source>
        <translation>Tähän koulutukseen ei ole ilmoittautunut opettajia. Valitse toinen koulutus tai tee koulutussarjasta koulutus valinnalla ”Uusi koulutus…”.</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Osallistutut kerrat</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Todistus</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Todistusten kansio</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Todistukset</translation>
    </message>
    <message>
        <source>{n} certificates saved in {folder}, each in the language of the teacher&apos;s school, all of them in one file for printing, and an e-mail draft (.eml) to each teacher with the certificate attached: open it in your mail program and send.</source>
        <translation>{n} todistusta tallennettu kansioon {folder}, kukin opettajan koulun kielellä, kaikki myös yhteen tiedostoon tulostamista varten, sekä kullekin opettajalle sähköpostiluonnos (.eml), jonka liitteenä on todistus: avaa se sähköpostiohjelmassa ja lähetä.</translation>
    </message>
    <message>
        <source>Choose a teacher whose certificate is valid.</source>
        <translation>Valitse opettaja, jonka todistus on voimassa.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Peru todistus</translation>
    </message>
    <message>
        <source>Why is the certificate {code} revoked? It stays in the register, and a check of its code says it is no longer valid.</source>
        <translation>Miksi todistus {code} perutaan? Se jää rekisteriin, ja sen koodin tarkistus kertoo, ettei todistus ole enää voimassa.</translation>
    </message>
    <message>
        <source>No training yet: a training is a lesson series or a lesson whose participants complete it by attending enough of its sessions.</source>
        <translation>Ei vielä koulutuksia: koulutus on koulutussarja tai koulutus, jonka osallistujat suorittavat osallistumalla riittävän moneen koulutuskertaan.</translation>
    </message>
    <message>
        <source>{n} sessions, {hours} h. Completed by attending at least {share} % of the sessions ({needed} of {n}).</source>
        <translation>{n} koulutuskertaa, {hours} h. Suoritettu, kun on osallistunut vähintään {share} %:iin kerroista ({needed}/{n}).</translation>
    </message>
    <message>
        <source>A late arrival counts as present.</source>
        <translation>Myöhästyminen lasketaan läsnäoloksi.</translation>
    </message>
    <message>
        <source>A late arrival does not count as present.</source>
        <translation>Myöhästymistä ei lasketa läsnäoloksi.</translation>
    </message>
    <message>
        <source>Every assignment must be handed in.</source>
        <translation>Kaikki tehtävät on palautettava.</translation>
    </message>
    <message>
        <source>Every peer review asked of a teacher must be given.</source>
        <translation>Kaikki opettajalle jaetut vertaisarviot on annettava.</translation>
    </message>
    <message>
        <source>Budget line</source>
        <translation>Budjettirivi</translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the columns, at least a date and an amount, for example Päivämäärä, Summa, Budjettirivi, Selite.</source>
        <translation>Tiedostosta {path} ei löytynyt otsikkoriviä: jonkin ensimmäisistä {rows} rivistä on nimettävä sarakkeet, vähintään päivämäärä ja summa, esimerkiksi Päivämäärä, Summa, Budjettirivi, Selite.</translation>
    </message>
    <message>
        <source> The grants are: {names}.</source>
        <translation> Avustukset ovat: {names}.</translation>
    </message>
    <message>
        <source> There are no grants yet.</source>
        <translation> Avustuksia ei ole vielä.</translation>
    </message>
    <message>
        <source>There is no grant called “{name}”.</source>
        <translation>Avustusta nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>A grant named “{name}” already exists. Give this one another name, e.g. with its years.</source>
        <translation>Avustus nimeltä ”{name}” on jo olemassa. Anna tälle toinen nimi, esim. vuosineen.</translation>
    </message>
    <message>
        <source>{n} costs of this grant fall outside the new period. Move them to another grant&apos;s line or change their dates first.</source>
        <translation>Tämän avustuksen kustannuksista {n} jää uuden käyttöajan ulkopuolelle. Siirrä ne ensin toisen avustuksen riville tai muuta niiden päivämääriä.</translation>
    </message>
    <message>
        <source>A budget line was removed meanwhile. Close the form and open it again.</source>
        <translation>Budjettirivi poistettiin sillä välin. Sulje lomake ja avaa se uudelleen.</translation>
    </message>
    <message>
        <source>The budget line “{name}” has {n} costs booked on it: move them to another line before removing it.</source>
        <translation>Budjettirivillä ”{name}” on {n} kustannusta: siirrä ne toiselle riville ennen kuin poistat sen.</translation>
    </message>
    <message>
        <source>No school</source>
        <translation>Ei koulua</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Ei laitetta</translation>
    </message>
    <message>
        <source>Amount (€)</source>
        <translation>Summa (€)</translation>
    </message>
    <message>
        <source>e.g. 245,80</source>
        <translation>esim. 245,80</translation>
    </message>
    <message>
        <source>e.g. Substitute, 2 days</source>
        <translation>esim. Sijainen, 2 päivää</translation>
    </message>
    <message>
        <source>Device bought</source>
        <translation>Ostettu laite</translation>
    </message>
    <message>
        <source>the accounting&apos;s number</source>
        <translation>kirjanpidon numero</translation>
    </message>
    <message>
        <source>New cost</source>
        <translation>Uusi kustannus</translation>
    </message>
    <message>
        <source>Edit cost</source>
        <translation>Muokkaa kustannusta</translation>
    </message>
    <message>
        <source>e.g. Tutor teachers 2025–2026</source>
        <translation>esim. Tutoropettajat 2025–2026</translation>
    </message>
    <message>
        <source>e.g. Opetushallitus</source>
        <translation>esim. Opetushallitus</translation>
    </message>
    <message>
        <source>Period starts</source>
        <translation>Käyttöaika alkaa</translation>
    </message>
    <message>
        <source>Period ends</source>
        <translation>Käyttöaika päättyy</translation>
    </message>
    <message>
        <source>Amount of the grant (€)</source>
        <translation>Avustuksen määrä (€)</translation>
    </message>
    <message>
        <source>Share of the costs it covers (%)</source>
        <translation>Osuus kustannuksista (%)</translation>
    </message>
    <message>
        <source>Own share (€)</source>
        <translation>Omarahoitusosuus (€)</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>laskettu</translation>
    </message>
    <message>
        <source>The salary lines pay the tutors&apos; recorded hours</source>
        <translation>Palkkarivit maksavat tutoropettajien kirjatut tunnit</translation>
    </message>
    <message>
        <source>Budget (€)</source>
        <translation>Budjetti (€)</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Uusi avustus</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lisää rivi</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Poista rivi</translation>
    </message>
    <message>
        <source>Budget lines (the grant&apos;s money for each)</source>
        <translation>Budjettirivit (avustuksen rahat kullekin)</translation>
    </message>
    <message>
        <source>{spent} + {committed} booked</source>
        <translation>{spent} + {committed} varattu</translation>
    </message>
    <message>
        <source>{name} by month</source>
        <translation>{name} kuukausittain</translation>
    </message>
    <message>
        <source>The costs of each month, spent and booked (before the grant&apos;s share).</source>
        <translation>Kunkin kuukauden kustannukset, toteutuneet ja varatut (ennen avustuksen osuutta).</translation>
    </message>
    <message>
        <source>Tutors&apos; hours</source>
        <translation>Tutoropettajien tunnit</translation>
    </message>
    <message>
        <source>What is spent and booked, or the forecast, takes more than the line&apos;s budget.</source>
        <translation>Toteutunut ja varattu tai ennuste ylittää rivin budjetin.</translation>
    </message>
    <message>
        <source>{hours} h of tutors without an hourly cost</source>
        <translation>{hours} h tutoropettajilta, joilla ei ole tuntikustannusta</translation>
    </message>
    <message>
        <source>{who} changed this {what} after you opened it ({fields}), so nothing was saved. Reload to see their values, or keep yours and save again to replace theirs.</source>
        <translation>{who} muutti tätä tietuetta ({what}) sen jälkeen, kun avasit sen ({fields}), joten mitään ei tallennettu. Lataa tiedot uudelleen nähdäksesi muutokset, tai pidä omat arvosi ja tallenna uudelleen, jolloin ne korvaavat toisen muutokset.</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Joku muu</translation>
    </message>
    <message>
        <source>no field shown here</source>
        <translation>ei tässä näkyvää kenttää</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Palvelin</translation>
    </message>
    <message>
        <source>e.g. db.vantaa.fi</source>
        <translation>esim. db.vantaa.fi</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Portti</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <source>The password is not asked here, nor kept by CoachDesk: PostgreSQL reads it from your password file (~/.pgpass, or the file PGPASSFILE names) or a service file. Another machine is reached only through an encrypted connection (TLS).</source>
        <translation>Salasanaa ei kysytä tässä, eikä CoachDesk tallenna sitä: PostgreSQL lukee sen salasanatiedostostasi (~/.pgpass tai PGPASSFILE-muuttujan nimeämä tiedosto) tai palvelutiedostosta. Toiseen koneeseen otetaan yhteys vain salatulla yhteydellä (TLS).</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Yhdistä</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Palvelin vastaa taas.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason} The window shows what it last read; CoachDesk keeps trying.</source>
        <translation>Palvelimeen ei saada yhteyttä: {reason} Ikkunassa näkyy se, mitä viimeksi luettiin; CoachDesk yrittää edelleen.</translation>
    </message>
    <message>
        <source>The school year {name} is closed: its lessons, visits and loans can be read but not changed, so nothing was saved. Reopen the year on the School calendar page to change them.</source>
        <translation>Lukuvuosi {name} on suljettu: sen koulutuksia, koulukäyntejä ja lainoja voi katsoa mutta ei muuttaa, joten mitään ei tallennettu. Avaa lukuvuosi uudelleen Koulukalenteri-sivulla, jos haluat muuttaa niitä.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurssi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Give the day the course was held (or ended).</source>
        <translation>Anna päivä, jona kurssi pidettiin (tai päättyi).</translation>
    </message>
    <message>
        <source>Give the course&apos;s hours, e.g. 3 or 1,5.</source>
        <translation>Anna kurssin tunnit, esim. 3 tai 1,5.</translation>
    </message>
    <message>
        <source>Give the hours as a number above 0 and at most {n}.</source>
        <translation>Anna tunnit lukuna, joka on yli 0 ja enintään {n}.</translation>
    </message>
    <message>
        <source>Several teachers are called {name}: give the e-mail or the id.</source>
        <translation>Usean opettajan nimi on {name}: anna sähköpostiosoite tai tunnus (id).</translation>
    </message>
    <message>
        <source>There is no teacher “{name}”: give the e-mail, the id or the name.</source>
        <translation>Opettajaa ”{name}” ei löydy: anna sähköpostiosoite, tunnus (id) tai nimi.</translation>
    </message>
    <message>
        <source>That training done elsewhere no longer exists.</source>
        <translation>Tätä muualla käytyä koulutusta ei enää ole.</translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx or .pdf.</source>
        <translation>{path}: anna tiedostonimi, jonka pääte on .xlsx tai .pdf.</translation>
    </message>
    <message>
        <source>Wrote the training record of {name} to {path}</source>
        <translation>Kirjoitettiin opettajan {name} koulutushistoria tiedostoon {path}</translation>
    </message>
    <message>
        <source>The school year {name} was already closed; nothing changed.</source>
        <translation>Lukuvuosi {name} oli jo suljettu; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The school year {name} was not closed; nothing changed.</source>
        <translation>Lukuvuosi {name} ei ollut suljettu; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Closed the school year {name}: its lessons, visits and loans stay in every list and report and can no longer be changed. Reopen it with coachdesk reopen-year.</source>
        <translation>Lukuvuosi {name} suljettiin: sen koulutukset, koulukäynnit ja lainat näkyvät edelleen kaikissa luetteloissa ja raporteissa, mutta niitä ei voi enää muuttaa. Avaa se uudelleen komennolla coachdesk reopen-year.</translation>
    </message>
    <message>
        <source>Reopened the school year {name}: its lessons, visits and loans can be changed again.</source>
        <translation>Lukuvuosi {name} avattiin uudelleen: sen koulutuksia, koulukäyntejä ja lainoja voi taas muuttaa.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Oppilaat</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Kannettava tietokone</translation>
    </message>
    <message>
        <source>Chromebook</source>
        <translation>Chromebook</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tabletti</translation>
    </message>
    <message>
        <source>Desktop computer</source>
        <translation>Pöytätietokone</translation>
    </message>
    <message>
        <source>Interactive display</source>
        <translation>Interaktiivinen näyttö</translation>
    </message>
    <message>
        <source>Other device</source>
        <translation>Muu laite</translation>
    </message>
    <message>
        <source>Under 2 years</source>
        <translation>Alle 2 vuotta</translation>
    </message>
    <message>
        <source>2–4 years</source>
        <translation>2–4 vuotta</translation>
    </message>
    <message>
        <source>5 years or more</source>
        <translation>5 vuotta tai enemmän</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Ikä ei tiedossa</translation>
    </message>
    <message>
        <source>Give how many devices there are.</source>
        <translation>Anna laitteiden määrä.</translation>
    </message>
    <message>
        <source>A number of devices is more than 0 and at most {maximum}.</source>
        <translation>Laitteiden määrä on yli 0 ja enintään {maximum}.</translation>
    </message>
    <message>
        <source>Device row {row}: {problem}</source>
        <translation>Laiterivi {row}: {problem}</translation>
    </message>
    <message>
        <source>Platforms and tools</source>
        <translation>Alustat ja työkalut</translation>
    </message>
    <message>
        <source>A platform&apos;s name</source>
        <translation>Alustan nimi</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkko</translation>
    </message>
    <message>
        <source>Looked at on</source>
        <translation>Tilanne katsottu</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <source>Noted on</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>“{answer}” is not a kind of device CoachDesk knows: say laptop, Chromebook, tablet, desktop computer, interactive display or other.</source>
        <translation>”{answer}” ei ole CoachDeskin tuntema laitetyyppi: kerro kannettava tietokone, Chromebook, tabletti, pöytätietokone, interaktiivinen näyttö tai muu.</translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the school and the survey&apos;s questions, for example Koulu, Oppilaiden laitteet, Käytössä olevat alustat, Verkko, Tarpeet.</source>
        <translation>Tiedostosta {path} ei löytynyt otsikkoriviä: jonkin {rows} ensimmäisestä rivistä on nimettävä koulu ja kyselyn kysymykset, esimerkiksi Koulu, Oppilaiden laitteet, Käytössä olevat alustat, Verkko, Tarpeet.</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>Number of devices ({user})</source>
        <translation>Laitteiden määrä ({user})</translation>
    </message>
    <message>
        <source>“{answer}” is not an age of devices: say under 2 years, 2–4 years or 5 years or more.</source>
        <translation>”{answer}” ei ole laitteiden ikä: kerro alle 2 vuotta, 2–4 vuotta tai 5 vuotta tai enemmän.</translation>
    </message>
    <message>
        <source>{user}: say which devices the {n} are.</source>
        <translation>{user}: kerro, mitä laitteita {n} laitetta ovat.</translation>
    </message>
    <message>
        <source>{user}: say how many of each device, e.g. Chromebook 120; iPad 30.</source>
        <translation>{user}: kerro kunkin laitteen määrä, esim. Chromebook 120; iPad 30.</translation>
    </message>
    <message>
        <source>A visit that did not take place notes no needs: log it as done first.</source>
        <translation>Toteutumattomalla käynnillä ei voi kirjata tarpeita: kirjaa käynti ensin toteutuneeksi.</translation>
    </message>
    <message>
        <source>A need chosen as resolved is no longer the school&apos;s: open the log again.</source>
        <translation>Ratkaistuksi valittu tarve ei ole enää koulun: avaa kirjaus uudelleen.</translation>
    </message>
    <message>
        <source>The file has no answers under its header row.</source>
        <translation>Tiedostossa ei ole vastauksia otsikkorivin alla.</translation>
    </message>
    <message>
        <source>Say the school.</source>
        <translation>Kerro koulu.</translation>
    </message>
    <message>
        <source>That need no longer exists: someone removed it meanwhile.</source>
        <translation>Tarvetta ei ole enää: joku poisti sen sillä välin.</translation>
    </message>
    <message>
        <source>Last looked at on {day} by {who}.</source>
        <translation>Tilanne katsottu viimeksi {day}, {who}.</translation>
    </message>
    <message>
        <source>{user}: {device}, {n}, {age}</source>
        <translation>{user}: {device}, {n} kpl, {age}</translation>
    </message>
    <message>
        <source>ICT situation: {school}</source>
        <translation>TVT-tilanne: {school}</translation>
    </message>
    <message>
        <source>Edit the situation…</source>
        <translation>Muokkaa tilannetta…</translation>
    </message>
    <message>
        <source>Note a need…</source>
        <translation>Kirjaa tarve…</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Merkitse ratkaistuksi</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Avaa uudelleen</translation>
    </message>
    <message>
        <source>Make a visit request…</source>
        <translation>Tee käyntipyyntö…</translation>
    </message>
    <message>
        <source>Make a lesson…</source>
        <translation>Tee koulutus…</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Poista tarve</translation>
    </message>
    <message>
        <source>Remove “{need}” from the school&apos;s needs?</source>
        <translation>Poistetaanko ”{need}” koulun tarpeista?</translation>
    </message>
    <message numerus="yes">
        <source>%n teachers are named {name}: give the teacher&apos;s e-mail in the file.</source>
        <translation>
            <numerusform>Nimellä {name} on %n opettaja: anna tiedostossa opettajan sähköposti.</numerusform>
            <numerusform>Nimellä {name} on %n opettajaa: anna tiedostossa opettajan sähköposti.</numerusform>
        </translation>
    </message>
    <message>
        <source>The row names no teacher: give a name or an e-mail.</source>
        <translation>Rivillä ei ole opettajaa: anna nimi tai sähköposti.</translation>
    </message>
    <message>
        <source>No active teacher has the e-mail or name “{who}”: add or import the teacher first, or correct the row.</source>
        <translation>Yhdelläkään aktiivisella opettajalla ei ole sähköpostia tai nimeä ”{who}”: lisää tai tuo opettaja ensin tai korjaa rivi.</translation>
    </message>
    <message>
        <source>“{value}” is not a level of {scale}: give a number from 1 to {n}.</source>
        <translation>”{value}” ei ole asteikon {scale} taso: anna luku 1–{n}.</translation>
    </message>
    <message>
        <source>{name} on the same day is already on row {row}.</source>
        <translation>{name} samalta päivältä on jo rivillä {row}.</translation>
    </message>
    <message>
        <source>Competence level of {name}</source>
        <translation>Digiosaamisen taso: {name}</translation>
    </message>
    <message>
        <source>Now: {level} ({scale})</source>
        <translation>Nyt: {level} ({scale})</translation>
    </message>
    <message>
        <source>Not assessed yet ({scale}).</source>
        <translation>Ei vielä arvioitu ({scale}).</translation>
    </message>
    <message>
        <source>A new assessment:</source>
        <translation>Uusi arviointi:</translation>
    </message>
    <message>
        <source>Competence scale</source>
        <translation>Digiosaamisen asteikko</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Levels recorded on the other scale are kept, and count again if you return to it.</source>
        <translation>Toisella asteikolla kirjatut tasot säilyvät ja lasketaan taas, jos palaat siihen.</translation>
    </message>
    <message>
        <source>Level {n} or above, %</source>
        <translation>Taso {n} tai ylempi, %</translation>
    </message>
    <message>
        <source>The city&apos;s competence targets</source>
        <translation>Kaupungin digiosaamisen tavoitteet</translation>
    </message>
    <message>
        <source>Competence targets of {school}</source>
        <translation>Digiosaamisen tavoitteet: {school}</translation>
    </message>
    <message>
        <source>Follow the city&apos;s targets</source>
        <translation>Noudata kaupungin tavoitteita</translation>
    </message>
    <message>
        <source>The share of the staff who should be at each level or above it (Helsinki: 100 %, 90 % and 20 %).</source>
        <translation>Kuinka suuren osan henkilöstöstä tulisi olla kullakin tasolla tai sen yläpuolella (Helsinki: 100 %, 90 % ja 20 %).</translation>
    </message>
    <message>
        <source>Teachers short of the targets</source>
        <translation>Tavoitteista puuttuvat opettajat</translation>
    </message>
    <message>
        <source>{reached} of {staff} at level {n} or above; the target {target} % asks for {needed}.</source>
        <translation>{reached}/{staff} tasolla {n} tai ylempänä; {target} %:n tavoite edellyttää {needed}.</translation>
    </message>
    <message>
        <source>{share} (target {target} %)</source>
        <translation>{share} (tavoite {target} %)</translation>
    </message>
    <message>
        <source>Scale…</source>
        <translation>Asteikko…</translation>
    </message>
    <message>
        <source>Helsinki&apos;s three levels or Opeka&apos;s four</source>
        <translation>Helsingin kolme tai Opekan neljä tasoa</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Tavoitteet…</translation>
    </message>
    <message>
        <source>The share of the staff at or above each level: the city&apos;s, or the school&apos;s chosen in the list</source>
        <translation>Henkilöstön osuus kullakin tasolla tai ylempänä: kaupungin tai luettelosta valitun koulun</translation>
    </message>
    <message>
        <source>Import self-assessments…</source>
        <translation>Tuo itsearvioinnit…</translation>
    </message>
    <message>
        <source>A survey&apos;s answers from Excel: the teacher&apos;s name or e-mail, the level and the date</source>
        <translation>Kyselyn vastaukset Excelistä: opettajan nimi tai sähköposti, taso ja päivämäärä</translation>
    </message>
    <message>
        <source>Each teacher&apos;s latest level counts; teachers never assessed are below every level. Record a teacher&apos;s level on the Teachers page (Competence level…).</source>
        <translation>Kunkin opettajan viimeisin taso lasketaan; arvioimattomat opettajat ovat kaikkien tasojen alapuolella. Kirjaa opettajan taso Opettajat-sivulla (Digiosaamisen taso…).</translation>
    </message>
    <message>
        <source>{scale}. Schools below their targets: {n}.</source>
        <translation>{scale}. Kouluja, joissa tavoite ei täyty: {n}.</translation>
    </message>
</context>
</TS>

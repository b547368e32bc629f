<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>Every %n weeks on {days}</source>
        <translation>
            <numerusform>Every %n week on {days}</numerusform>
            <numerusform>Every %n weeks on {days}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n school reports to {path}</source>
        <translation>
            <numerusform>Wrote %n school report to {path}</numerusform>
            <numerusform>Wrote %n school reports to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n records from {source} to {target}.</source>
        <translation>
            <numerusform>Copied %n record from {source} to {target}.</numerusform>
            <numerusform>Copied %n records from {source} to {target}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers are already enrolled, so the capacity cannot be less than %n. Cancel enrollments first, or keep a larger capacity.</source>
        <translation>
            <numerusform>%n teacher is already enrolled, so the capacity cannot be less than %n. Cancel the enrollment first, or keep a larger capacity.</numerusform>
            <numerusform>%n teachers are already enrolled, so the capacity cannot be less than %n. Cancel enrollments first, or keep a larger capacity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{file}: sheet “{sheet}”, header on row {row}, %n rows</source>
        <translation>
            <numerusform>{file}: sheet “{sheet}”, header on row {row}, %n row</numerusform>
            <numerusform>{file}: sheet “{sheet}”, header on row {row}, %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n rows have problems (rows {rows}). Correct the file, or leave the rows out, then import again.</source>
        <translation>
            <numerusform>nothing was imported: %n row has a problem (row {rows}). Correct the file, or leave the row out, then import again.</numerusform>
            <numerusform>nothing was imported: %n rows have problems (rows {rows}). Correct the file, or leave the rows out, then import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts written to {folder}.</source>
        <translation>
            <numerusform>%n e-mail draft written to {folder}.</numerusform>
            <numerusform>%n e-mail drafts written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems (rows {rows}). Correct them in the file or skip them, then import again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has a problem (row {rows}). Correct it in the file or skip it, then import again.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems (rows {rows}). Correct them in the file or skip them, then import again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers</source>
        <translation>
            <numerusform>%n teacher</numerusform>
            <numerusform>%n teachers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seats free</source>
        <translation>
            <numerusform>%n seat free</numerusform>
            <numerusform>%n seats free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} is in %n lessons of the series</source>
        <translation>
            <numerusform>{name} is in %n lesson of the series</numerusform>
            <numerusform>{name} is in %n lessons of the series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons already started, held or cancelled were left out</source>
        <translation>
            <numerusform>%n lesson already started, held or cancelled was left out</numerusform>
            <numerusform>%n lessons already started, held or cancelled were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Header on row {row}, %n rows below it.</source>
        <translation>
            <numerusform>Header on row {row}, %n row below it.</numerusform>
            <numerusform>Header on row {row}, %n rows below it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n rows with problems.</source>
        <translation>
            <numerusform>; %n row with a problem.</numerusform>
            <numerusform>; %n rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{category}: %n days; to a tutor, until their agreement ends.</source>
        <translation>
            <numerusform>{category}: %n day; to a tutor, until their agreement ends.</numerusform>
            <numerusform>{category}: %n days; to a tutor, until their agreement ends.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{category}: %n days.</source>
        <translation>
            <numerusform>{category}: %n day.</numerusform>
            <numerusform>{category}: %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lessons</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing falls due in the coming %n days.</source>
        <translation>
            <numerusform>Nothing falls due within %n day.</numerusform>
            <numerusform>Nothing falls due in the coming %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n complete school reports were written to {folder}.</source>
        <translation>
            <numerusform>Cancelled: %n complete school report was written to {folder}.</numerusform>
            <numerusform>Cancelled: %n complete school reports were written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school reports were written to {folder}.</source>
        <translation>
            <numerusform>%n school report was written to {folder}.</numerusform>
            <numerusform>%n school reports were written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts were written to {folder}.</source>
        <translation>
            <numerusform>%n e-mail draft was written to {folder}.</numerusform>
            <numerusform>%n e-mail drafts were written to {folder}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{starts} – {ends} · %n school days</source>
        <translation>
            <numerusform>{starts} – {ends} · %n school day</numerusform>
            <numerusform>{starts} – {ends} · %n school days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} has %n teachers. Archiving the school hides it and its teachers from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation>
            <numerusform>{name} has %n teacher. Archiving the school hides it and its teachers from lists and choices. Nothing is deleted; you can restore it later.</numerusform>
            <numerusform>{name} has %n teachers. Archiving the school hides it and its teachers from lists and choices. Nothing is deleted; you can restore it later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutors</source>
        <translation>
            <numerusform>%n tutor</numerusform>
            <numerusform>%n tutors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned lessons</source>
        <translation>
            <numerusform>%n planned lesson</numerusform>
            <numerusform>%n planned lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers reached</source>
        <translation>
            <numerusform>%n teacher reached</numerusform>
            <numerusform>%n teachers reached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tutors appointed</source>
        <translation>
            <numerusform>%n tutor appointed</numerusform>
            <numerusform>%n tutors appointed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n days</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n rows have problems. Correct them in the file, then import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n row has problems. Correct it in the file, then import it again.</numerusform>
            <numerusform>Nothing was imported: %n rows have problems. Correct them in the file, then import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows.</source>
        <translation>
            <numerusform>… and %n more row.</numerusform>
            <numerusform>… and %n more rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n rows have problems. Correct them, then save again.</source>
        <translation>
            <numerusform>Nothing was saved: %n row has problems. Correct it, then save again.</numerusform>
            <numerusform>Nothing was saved: %n rows have problems. Correct them, then save again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail drafts (.eml) are in {folder}: open each in your mail program and send it.</source>
        <translation>
            <numerusform>%n e-mail draft (.eml) is in {folder}: open it in your mail program and send it.</numerusform>
            <numerusform>%n e-mail drafts (.eml) are in {folder}: open each in your mail program and send it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n preferred times</source>
        <translation>
            <numerusform>%n preferred time</numerusform>
            <numerusform>%n preferred times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems.</source>
        <translation>
            <numerusform>%n row with problems.</numerusform>
            <numerusform>%n rows with problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers can be told what became of their answer: write an e-mail draft (.eml) to each of them into a folder, in their school&apos;s language, and send them from your mail program.</source>
        <translation>
            <numerusform>%n teacher can be told what became of their answer: write them an e-mail draft (.eml) into a folder, in their school&apos;s language, and send it from your mail program.</numerusform>
            <numerusform>%n teachers can be told what became of their answer: write an e-mail draft (.eml) to each of them into a folder, in their school&apos;s language, and send them from your mail program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Staff: %n teachers, {short} short of the targets</source>
        <translation>
            <numerusform>Staff: %n teacher, {short} short of the targets</numerusform>
            <numerusform>Staff: %n teachers, {short} short of the targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more teachers to reach level {level} ({target} % of {staff})</source>
        <translation>
            <numerusform>%n more teacher to reach level {level} ({target} % of {staff})</numerusform>
            <numerusform>%n more teachers to reach level {level} ({target} % of {staff})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n teachers are named {name}: give the teacher&apos;s e-mail in the file.</source>
        <translation>
            <numerusform>%n teacher is named {name}: give the teacher&apos;s e-mail in the file.</numerusform>
            <numerusform>%n teachers are named {name}: give the teacher&apos;s e-mail in the file.</numerusform>
        </translation>
    </message>
</context>
</TS>

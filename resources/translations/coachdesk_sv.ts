<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Autumn break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school year starts on 1 August.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school year ends on 31 July of the next year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A term must lie inside its school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term overlaps {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A break must lie inside its school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tutor} is already booked for {what} at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place is already taken by {what} at {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} falls on {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tutor} has {left:g} h left this term; this takes {hours:g} h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} is outside {tutor}&apos;s released time ({plan}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {gap} min between this and {what} at {when}; travel needs {need} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan cannot be due before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device cannot come back before it went out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan has exactly one borrower: a tutor, a teacher or a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the borrower: a tutor, a teacher or a school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan period is from 1 to 400 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is {status}: it cannot be lent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is already on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan starts today or earlier; reserve the device for a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is reserved for someone else {span}: make the loan due before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device cannot come back in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal moves the due date later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is reserved for someone else {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is {status}: it cannot be reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation cannot be in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is already reserved {span}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is on loan until {due}; reserve it from the day after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an active reservation can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device cannot be lost in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is already {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a lost device can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device in before sending it for repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not in repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device in before retiring it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is not on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor network meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school where the lesson is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An online lesson needs its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded only for a lesson that was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance is recorded only for enrolled teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback comes from teachers who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong in {topic} ({level})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No strength in the topics asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming tutor, not yet serving {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free time in the preferred windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours:g} h left this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A round cannot close before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the candidate&apos;s home school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the state of the principal&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {current}: they cannot move to “{target}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for declining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointing needs the agreement period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal&apos;s consent for {name} {state}. Appoint anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week must be more than 0 and at most 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the released days and times, or a number of hours per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{rule}” is not a recurrence rule CoachDesk can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write times as 8:00 or 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the released day starts and ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The released time must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours:g} h a week, no fixed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No released time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {ordinal} {day} of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {n} weeks on {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan gives no school days between {first} and {last}: check the days and the school calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school that asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit lasts from 15 minutes to 8 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferred hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preschool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the teacher&apos;s school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole link without spaces, e.g. https://example.fi/materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tutor&apos;s home school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointed tutor needs an agreement period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per term must be between 0 and 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address; write it as name@example.fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be more than {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: give a date between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-teaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning with the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit starts and ends on the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has passed: log the visit as done or no-show instead of booking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit has not happened yet: log it after {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder for the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the calendar of {tutor} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} “{text}” is not a date: write it as 2026-08-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: give a file name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report of {school} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the municipal summary to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the device report to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} school reports to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory, loans and reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson “{title}” has no date and time: give them on the Lessons page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT contact: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk: {tutor}</source>
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
        <source>{header} → (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the {fields}: choose the column for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: close it in Excel or check that you may open it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has no sheet “{sheet}”; it has {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {error}. Open it in Excel, save it again as .xlsx and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was found in {path}: one of the first {rows} rows must name the columns, for example {examples}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long for a mail link ({n} characters; at most {limit}). Save it as an .eml file and open that in your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are written in Finnish (fi), Swedish (sv) or English (en), not “{language}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No principal&apos;s e-mail for {names}: fill it in on the Schools page, or leave the school out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the lessons to announce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the schools to send it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only published lessons are announced; publish these first or leave them out: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teacher of {names} has an e-mail address: fill them in on the Teachers page, or send to the principals and ICT contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked visit is confirmed; this one is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no e-mail address: fill it in on the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the schools to send reports to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder for the e-mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: give a file name ending in {suffix}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder {folder}: {reason}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace {path}: the file is open in another program or write-protected. Close it and try again, or save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} #{id}, exported on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal&apos;s consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school}: tutoring {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor visits, lessons, devices and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor hours at the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers reached in visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons attended by the school&apos;s teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of lessons attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers who attended a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on loan on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits and hours per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices on loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutoring in the municipality {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per tutor, visits and lessons per school and topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor hours allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson attendances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of teachers who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutoring in the municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used and allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share who attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit and lesson hours per school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendances and visits per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name ending in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace {path}: the file is open in another program (Excel?) or write-protected. Close it and try again, or save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database file with --db PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was is kept in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {source} into {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: {path} is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>broken reference: {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the stock-take, e.g. “Spring 2027”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stock-take is already open: close it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stock-take no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That stock-take is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be written to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lesson “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visit to {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for {who}, until this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who}, {n} d overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans due within a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting {n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent, {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New requests from schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits that happened but are not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits this week and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons held without attendance marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons this week and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements ending within 60 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports ▸ Import reads them from an Excel sheet; or add them one by one on the Schools page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each school&apos;s staff list, from Excel, on the Reports page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its terms and breaks: no tutoring is booked on a break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recruit tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a recruitment round, or add the tutors you already have on the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown demo scale “{scale}”: choose small or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already holds data. Demo data goes only into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons and enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests from schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices and loans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has the tag “{tag}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is not a category yet: add it under Categories first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another device already has the tag {tag}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a category “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} teachers are already enrolled, so the capacity cannot be less than {count}. Cancel enrollments first, or keep a larger capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already enrolled in this lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lesson series no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lesson of this series is still to come: there is nothing to enroll in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrollment is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has been held: mark the teacher absent or excused instead of cancelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That lesson no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was cancelled: there is no attendance to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance cannot be marked for a lesson in the future: wait until the lesson has ended ({end:%d.%m.%Y %H:%M}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A teacher marked is not enrolled in this lesson; refresh the list and mark again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not enrolled ({status}): attendance is marked only for enrolled teachers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} gave feedback, so they attended: remove the feedback before marking them absent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was cancelled: there is no feedback to sum up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has not been held yet: write the summary after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary is too long (at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the teacher to enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is archived; restore the teacher before enrolling them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is cancelled: no one can enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” has been held: no one can enroll any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” is not open to {school}, {name}&apos;s school. Add the school to the lesson&apos;s audience first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {what} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: write the date as 1.8.2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lesson series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recruitment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preferred time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visit series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deletion to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be restored: another record has taken its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be restored: the {owner} it belonged to has been deleted since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be restored: it clashes with a record made since (the same name, say). Rename or remove that one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} “{name}” deleted at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {kind} number {id} deleted at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT contact&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {action} {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new, {updated} to update, {skipped} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {count} with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have problems (rows {rows}). Correct them in the file or skip them, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: row {rows} has a problem. Correct it in the file or skip it, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved some of the same records meanwhile; nothing was imported. Import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school {name} is already on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school named “{name}”: add or import it first, or correct the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is archived; choose an active school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail {email} is already on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} of {school} is already on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag {tag} is already on row {row}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lesson that was held cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen tutor no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the lesson goes ahead despite the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen school no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last day of the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeat rule cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule gives no school days between {first} and {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>borrower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first and the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reservation is not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reservation starts on {day}: collect it then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is on loan to {who}: check it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is reserved for {who}: hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is available: choose the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrower no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tutor called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one tutor matches “{name}”: {names}. Give the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson {id} no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased person #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has a device on loan. Check the device in (or mark it lost) on the Devices page first, then erase their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That teacher no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen topic no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Did you mean: {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That school no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open request can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred time {n}: give the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred time {n}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn term {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring term {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school year {name} is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting year is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year the school year starts in, such as {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter break week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winter break week is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a week of the spring term, from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announcement of lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit confirmation to the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit confirmation to the tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover e-mail of a school report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tutor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tutor&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit&apos;s date, e.g. 3.9.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit&apos;s weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the starting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ending time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the visit is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit&apos;s topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen lessons, one per line: date, time, title, level, place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many lessons are announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the first lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the last lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the names of the schools the announcement goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the principal&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the school&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ICT contact&apos;s name and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report&apos;s period, e.g. 1.8.2026–31.12.2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name of the attached workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message template “{key}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: “{{{name}}}” is not a placeholder. Use one of the names listed, in braces, or write a brace twice ({{{{ or }}}}) to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: a brace is not closed. Write placeholders as {{school}}, and a brace itself twice ({{{{ or }}}}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: unknown placeholder {names}. You can use: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the text of the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs {names}: fill them in and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors strong in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An archived {level} topic named “{name}” exists. Restore it (tick “Show archived”), or choose another name or level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {level} topic named “{name}” already exists. Choose another name or level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used / allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted per term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the schools this roaming tutor serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked visit can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked visit can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit was cancelled. If it took place after all, book it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a visit as done or no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours spent must be more than 0 and at most 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen teacher no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s agreement runs {first}–{last}; it does not cover {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the visit goes ahead despite the conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date between {first} and {last} is free for this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space (or move the database to a disk with room) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk cannot write to the database: the file or its folder is read-only. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be written to: the file or its folder is read-only. Copy it to a folder of your own (for example Documents), or ask for write access, and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CoachDesk database. Choose another file, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a database, but not one of CoachDesk&apos;s. Choose another file, or create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of CoachDesk. Update CoachDesk to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({error}). The log file says more (Help ▸ About shows where it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another CoachDesk window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk on the computer {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another CoachDesk window (process {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is already open in {where}. Close it there first; two windows on one file would overwrite each other&apos;s work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk of the ICT coordinator who runs teacher peer coaching: tutors, lessons, school visits, devices and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From today on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons held at the school or open to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principals and ICT contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers (in Bcc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the texts of the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the lessons to announce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the schools to send the announcement to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appoint {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} becomes a tutor. The agreement says when they are released from teaching for tutoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson has not ended yet (it ends {end}): attendance is marked after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teacher holds a seat in this lesson: there is no attendance to mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys on the selected row: P present, L late, E excused, A absent, N not marked; 1–5 the score, 0 no score. Double-click a cell to choose or to write a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark every teacher not marked yet as present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feedback summary (the lesson as a whole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the teachers said, in a few sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} teachers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {mark}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Autumn break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New break in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a school —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new person&apos;s name, or the teacher&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teacher matches “{text}”. Pick one from the list, or empty the box to add a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search; leave empty for a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Robot kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the tutor&apos;s agreement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A loan&apos;s due date comes from its device&apos;s category; it can still be changed on each loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the agreement ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the visit of {tutor} to {school} on {day} to whom?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school (principal and ICT contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit confirmation to {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit confirmation to {tutor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving this lesson would clash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go ahead anyway, say why. The reason is kept with the lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The only evening the school&apos;s staff can come; agreed with the principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reason to go ahead, or go back and change the time, the tutors or the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. VTU-00123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. iPad 10th gen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tutor grant 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. new, good, worn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cabinet B2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the agreement of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement runs from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the last day {name} works as a tutor. {name} stays in the register with their lessons, visits and hours; they are no longer offered for new work after that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled} enrolled (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled} / {capacity} enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 seat free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seats free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feedback {score} / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a teacher&apos;s name or school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the teacher a seat, or a place on the waitlist when the lesson is full (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in the whole series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the teacher in every lesson of this series that has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has enrolled yet. Type a teacher&apos;s name or school above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel enrollment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the chosen teacher&apos;s enrollment; the first teacher on the waitlist moves up (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson was cancelled: no one can enroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson has been held: no one can enroll any more. Mark attendance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved up {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up from the waitlist — tell them they have a seat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teacher matches “{text}”. Pick one from the list that opens as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lesson is full: {name} is on the waitlist, number {place} in line. They move up when a seat frees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is in {n} lessons of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the waitlist in {n} of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lessons already started, held or cancelled were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {name}&apos;s enrollment in “{title}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first teacher on the waitlist moves up into the seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s enrollment is cancelled; {promoted} moved up from the waitlist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{promoted} moved up from the waitlist and now has a seat in “{title}” ({when}).

Tell them they have a seat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up from the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) with one row per school, teacher or device and a row naming the columns, in Finnish, Swedish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the list hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} (needs: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file is imported as the field chosen beside it. Check the guesses and correct them where needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, header on row {row}, {count} rows below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(column {n}, no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that gives the {fields}: it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems are shown in red: correct them in the file or leave them out. Import saves every row that is not left out, or nothing at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update them from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leave them as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records already in CoachDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({count} left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; {count} rows with problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 row with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{new} new records were created and {updated} updated; {skipped} rows were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Scratch for beginners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— no topic —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A12 or the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Education office, meeting room 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to all schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts are checked once the date and the tutors are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled lesson clashes with nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the tutors are free, it is a school day and inside their released time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson is one of a series. Change this lesson only, or this and all the following lessons of the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lesson only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of {title} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrower is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {kind} matches “{text}”. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tutor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a teacher&apos;s name or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {days} days; to a tutor, until their agreement ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition on departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. good, small scratch on the lid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subject and the text to paste in a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new message in your mail program, addressed and written (attachments travel only in the .eml file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message file with its attachments, which your mail program opens ready to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached: {files}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the message. Copy the text, or save it as an .eml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about {name} is in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their name, e-mail, subjects and notes; the comments of their feedback; the notes of visits that reached them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrollments} enrollments with attendance and feedback scores, {visits} visits reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their name, e-mail, notes and strengths; the notes of their visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visits} visits and {lessons} lessons with their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the personal data of {name}?

Removed for good: {goes}; the notes of their {loans} loans and {reservations} reservations; {applications} applications in recruitment rounds.

Kept without a name, so that the statistics still count them: {stays}, and the loans. The record stays as “{anonymous}”.

This cannot be undone. Export the data first if the person asked for a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {day} {starts}–{ends}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h:g} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor can serve this school: appoint a roaming tutor, or add the school to a tutor&apos;s schools on the Tutors page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the chosen slot for this request (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}–{last} {starts}–{ends}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred: {windows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preferred times: the next four weeks are searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest free slots of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} visits on {when}. The request is now scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the {kind} {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes recorded: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for this {kind} yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to {who}, due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preferred times: tutors are proposed for the next four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add preferred time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this preferred time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Principal Liisa Laine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. for the 5th grade&apos;s coding week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand {tag} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved for {who} until the due date given here; the loan starts today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading from {revision}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the copy to put back. The database as it is now is kept as a copy first, so restoring can be undone by restoring that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. good, screen cracked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to {who} on {out}, due {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition when it left: {condition}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Tutor call 2026–2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recruitment round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Korson koulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts in autumn of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new year gets the usual Finnish terms and breaks (autumn break in week 42, Christmas, the winter break, Easter) and the public holidays. You can change them afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the days of the week the lesson is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates yet: see the message at the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some dates of this series clash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools served by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roaming tutor: serves the schools ticked below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A roaming tutor serves several schools: tick each school {name} works in, the home school too if they coach there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a school tutor and serves only their home school, {home}. Tick the box above to make them a roaming tutor who serves several schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level for each topic {name} can teach; leave the others at “—”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a topic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training catalogue has no topics yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mathematics, physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move {name} to another school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited text (saved in the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders you can use (write a brace itself twice: {{ or }}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your text of “{message}” ({language}) with the default text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Autumn term 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Coding with Scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 120</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the tutor works as a tutor instead of teaching. School breaks and public holidays are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their home school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the schools this roaming tutor serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school tutor serves only {home}. Choose “Roaming tutor” to serve several schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking this visit would clash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go ahead anyway, say why. The reason is kept with the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The school&apos;s only free morning; travel agreed with the tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose a tutor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit stays at its school: to go elsewhere, cancel it and book a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts are checked once the school, the tutor and the date are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time has passed: a visit that happened is logged, not booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: the tutor is free, has time to travel, it is a school day and inside their released time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before booking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked visit can be moved; this one is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move or edit the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tutor} at {school} · {when} · {purpose}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show: the visit did not take place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school needs another visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone the visit reached; the teachers named below count as at least that many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or empty the box to add a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cancelled visit has nothing to log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the days of the week the visit is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates are shown once the school and the tutor are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates yet: see the message at the rule or the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} skipped for breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} skipped for conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved data is safe: a change is either saved whole or not at all.

The details were written to {log}. If it happens again, please send that file to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or open it with File ▸ Open database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database server is backed up by its administrator, not by CoachDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything in {name} with the copy {copy}? The database as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore {what}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and the last action did not finish. Your saved data is safe: a change is either saved whole or not at all. The log file says more (Help ▸ About shows where it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teacher was enrolled in a lesson of this period. Choose another period, or untick “Only teachers with lessons”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schools yet. Add them on the Schools page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that start in this period are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals per</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only teachers with lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out teachers not enrolled in any lesson of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended: lessons marked present or late. Attendance % = attended / (present + late + absent); an excused absence is left out. Share reached: the school&apos;s active teachers who attended at least one lesson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school filter narrows the teachers&apos; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} · {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to this week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next week or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole wee&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Saturday and Sunday too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tutor {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a day to see its week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an event to open it, or empty time to plan a lesson there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nov</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the {page} page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the school year on the School calendar page to see how the term is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutors in this term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teachers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor hours used of allotted (the mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teachers reached by lessons, least reached first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits done per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lesson attendances per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: start with the steps above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started: what to do first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{term}: {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutor hours used of allotted (the mark); {n} % of the term has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used:.0f} / {allotted:.0f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used:.0f} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share:.0f} % ({reached}/{teachers})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device to see its details and who has had it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{due}, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent to {who} ({kind}) on {out}, due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never lent or reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend the device to a tutor, teacher or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the device in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the loan a later due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the device for a borrower for a period to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device categories and their loan periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device&apos;s label, its loan&apos;s handover form, or all the borrower holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No devices here. Add one with “New device” (Ctrl+N), or choose another category or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only devices that are {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing falls due in the coming {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loan is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active reservations. Reserve a device with “Reserve…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hand out today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrower picks the device up: lend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reservation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lost device turned up: it is available again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is lost: end its loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover form of the loan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the borrower holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to print?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its loan ends and its reservations are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire {tag}? It can no longer be lent or reserved, and its reservations are cancelled. It stays in the inventory under “Show retired”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the reservation of {tag} for {who}, {first}–{last}? Tell the borrower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lesson to see its tutors, place, audience and series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled} enrolled, no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{enrolled} of {capacity} seats taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} on the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved despite conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, room {room}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a lesson that repeats, skipping breaks and holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the same lesson a week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel lesson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll teachers, see the waitlist and who moved up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark attendance and feedback after the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail to schools or teachers about published lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lessons here. Plan one with “New lesson” (Ctrl+N) or a repeating one with “New series…” (Ctrl+Alt+N), or choose another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance to mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons that are over, with teachers enrolled and no attendance marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” on {when} is one of a series. Cancel this lesson only, or this and all the following ones? Enrollments are kept; tell the teachers enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “{title}” on {when}? It stays in the list as cancelled, with its enrollments; tell the teachers enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change of the selected record: when, which field, old and new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the candidate to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s steps with their dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rounds yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now a tutor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {name} as withdrawn from this round? Their history is kept, but they cannot move on in the round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recruitment rounds yet. Start one with “New round…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates in this round yet. Add one with “New candidate” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidate of this round is at the step “{step}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opens {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appointed} of {sought} tutors appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{appointed} tutors appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One school for the period: key figures, a chart per month, visits, lessons and attendance, devices on loan and open requests. For its principal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole municipality for the period: hours per tutor against their allotment, visits and teachers reached per school, lessons per topic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inventory today, current loans and reservations; overdue loans are highlighted. It has no period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schools into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One school report per school, each file named after its school, so that every principal can be sent their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails to principals with their reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One e-mail draft (.eml) per principal, from the report cover template, with the school&apos;s report attached: open each in the mail program and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a list of schools, teachers or devices from an .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{school} {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal summary {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device report {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mails to principals {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School reports {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the school reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({last}) before it starts ({first}): correct the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the school from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the school reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the file being written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written {done} of {total} school reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: {count} complete school reports were written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} school reports were written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} e-mail drafts were written to {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be opened. Open it from your file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type an asset tag, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handover form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form the borrower signs, for the devices just lent to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device scanned that is on loan is checked in at once; nothing is lent out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as recorded on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still out: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is not on loan: nothing to check in. ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned: {tag} (from {who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over: {tag} to {who} as reserved, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lend {tag} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} is available: choose the borrower and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent: {tag} to {who}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing lent: {tag} stays available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the borrower: no {kind} matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handover form ({n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk check-in: every device scanned that is on loan is checked in. Nothing is lent out until you switch this off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came back: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New school year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a school year with the usual Finnish terms and breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no school year yet. Create the first one: it gets the usual Finnish terms and breaks, which you can then adjust to your municipality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{starts} – {ends} · {days} school days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaks ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the break “{name}” ({starts} – {ends})? Its days become school days again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the teachers of this school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schools yet. Add the first one with “New school” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has {n} teachers. Archiving the school hides it and its teachers from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving hides {name} from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start stock-take…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close stock-take…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset labels with QR codes, 24 on an A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen devices as seen without scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick the chosen device: it goes back on the list of devices not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is still open: close it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan every device you find, or tick it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close “{name}”? {seen} of {expected} devices were seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not seen stay listed with their last holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close stock-take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a stock-take first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tag} was already ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is recorded as on loan: check it in on the Scan desk if it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is recorded as lost: mark it found on the Devices page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is recorded as retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: {tag} — {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — started {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stock-take is open. Start one, then scan every device you find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seen} of {expected} seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices not seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen in {name}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen rows ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels for which devices? 24 fit on a sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset-labels.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to school…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about the teacher, as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the teacher&apos;s personal data; anonymous counts stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teachers here yet. Add one with “New teacher” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive teacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving hides {name} from lists and choices. Nothing is deleted; you can restore them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the topic&apos;s materials in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics yet. Add the first one with “New topic” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A school level also shows the topics for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link {url} could not be opened. Check that a web browser is installed, or copy the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tutors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 planned lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} planned lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is used by {tutors} (a strength) and {lessons}. Archiving hides the topic from choices; they keep it. Nothing is deleted; you can restore it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutor or planned lesson uses {name}. Archiving hides it from lists and choices. Nothing is deleted; you can restore it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement ends on {day}: renew it or let it end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement ended on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tutor to see their released time, hours, strengths and schools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home school {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allotted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own school only: {school}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schools served…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tutor&apos;s visits and lessons in the chosen term, for their calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything CoachDesk holds about the tutor, as a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tutor&apos;s personal data; visits, lessons and hours stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tutors here yet. Add one with “New tutor” (Ctrl+N), or appoint a candidate on the Recruitment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period of “Hours used” in the list and the detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current agreements only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours used in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a visit to see its tutor, topics, request or series, and log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by {who} on {day} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked despite conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} teachers reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{h:g} h spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least time between a tutor&apos;s visits at different schools; bookings closer are warned of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel buffer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a school&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose tutors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors ranked for the request, with their earliest free slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests. Record one with “New request” (Ctrl+Shift+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show done and cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tutors&apos; visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a visit that repeats, skipping breaks and conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the visit or change its tutor, topics, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the visit achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail confirming the visit to the school or the tutor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits here. Book one with “New visit” (Ctrl+N), from a request with “Propose tutors…” (Ctrl+P), or choose another period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit to {school} on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {what}? It is one of a recurring series: cancel this visit only, or this and all the following ones? Tell the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel {what}? It stays in the list as cancelled; tell the school.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request of {school}? Visits already booked for it stay booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}. Choose a folder you can write to and close the file if another program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is on and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the devices to print labels for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kit of {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That loan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handover form is for one borrower&apos;s loans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} (kit of {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device handover — {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The borrower looks after the devices listed above, uses them for the programme&apos;s work and returns them with their chargers, cases and accessories by the due date, or earlier when asked. Loss, theft or damage is reported to the ICT coordinator at once. The devices are not lent on to anyone else without the coordinator&apos;s consent. Data on a device is the borrower&apos;s responsibility; devices are reset when they come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the programme (lender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition on return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices held by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On loan ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is on loan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({m} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({h} h {m:02d} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly on days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly on the Nth weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week, no fixed days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every third week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every fourth week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the days the tutor is released from teaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of hours per week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} · {hours:g} h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan} · {hours:g} h a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{plan}. Choose another pattern to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} is booked elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside released time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too little travel time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hours left this term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — skipped: {conflict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — {conflict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} — {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

"""The demo's trainings: the tutors' network meetings as a series to complete, and the
best-attended single lessons held, with certificates issued to those who attended."""

from datetime import timedelta
from random import Random

from sqlalchemy import func, select

from coachdesk.domain.lessons import Attendance, EnrollmentStatus, LessonKind, LessonStatus
from coachdesk.domain.verification import new_code
from coachdesk.services.demo.context import DemoContext
from coachdesk.storage import tables as t
from coachdesk.storage.bulk import insert_returning_ids, insert_rows

CERTIFIED_LESSONS = 3


def add_trainings(ctx: DemoContext) -> None:
    le, en = t.lessons.c, t.enrollments.c
    words = ctx.words
    attended = en.attendance.in_([Attendance.PRESENT, Attendance.LATE])
    series_id = ctx.conn.scalar(select(le.series_id).where(le.series_id.is_not(None))
                                .limit(1))
    held = ctx.conn.execute(
        select(le.id, le.title).select_from(t.lessons.join(t.enrollments,
                                                           en.lesson_id == le.id))
        .where(le.kind == LessonKind.TRAINING, le.status == LessonStatus.HELD, attended,
               en.status == EnrollmentStatus.ENROLLED)
        .group_by(le.id, le.title).order_by(func.count().desc(), le.id)
        .limit(CERTIFIED_LESSONS)).all()
    common = {"organiser": words.organiser, "signer": words.signer, "description": "",
              "min_attendance": 80, "late_counts": True}
    rows = [{**common, "name": title, "lesson_id": lesson_id, "series_id": None}
            for lesson_id, title in held]
    if series_id is not None:
        rows.append({**common, "name": words.network_meeting, "series_id": series_id,
                     "lesson_id": None})
    ids = insert_returning_ids(ctx.conn, t.trainings, rows)
    # A single lesson is completed by attending it: its certificates are issued the day
    # after.
    certificates = []
    # Codes from a generator of their own: the steps after this one (visits, devices)
    # draw the same numbers whatever history lies behind the current year.
    codes = Random(f"{ctx.seed}:certificates")
    for training_id, (lesson_id, _title) in zip(ids, held, strict=False):
        ends = ctx.conn.execute(select(le.ends_at).where(le.id == lesson_id)).scalar_one()
        for (teacher_id,) in ctx.conn.execute(
                select(en.teacher_id).where(en.lesson_id == lesson_id, attended,
                                            en.status == EnrollmentStatus.ENROLLED)
                .order_by(en.teacher_id)):
            certificates.append({"training_id": training_id, "teacher_id": teacher_id,
                                 "code": new_code(codes), "revoke_reason": "",
                                 "issued_on": min(ends.date() + timedelta(days=1),
                                                  ctx.today)})
    insert_rows(ctx.conn, t.certificates, certificates)
    ctx.counts["trainings"] = len(ids)
    ctx.counts["certificates"] = len(certificates)

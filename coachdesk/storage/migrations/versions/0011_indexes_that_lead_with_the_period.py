"""indexes that lead with the period, and planner statistics

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 10:00:00

A city adds a school year of records every year; a question about this term must cost the
same in the fifth year as in the first (issue 25). Visits get an index that starts with
the date (the period questions of Today, the Calendar and the reports) and one that starts
with the status (booked visits not logged yet: few whatever the years behind them); loans
get one of the open loans only, by due date (overdue, due soon); lessons are counted per
topic and status from an index (the catalogue's planned and held lessons). Then the planner's
statistics are gathered (ANALYZE), so that it picks these indexes over the others on a
big file; CoachDesk keeps them up to date with ``PRAGMA optimize`` when it closes a file.
"""
from alembic import op
from sqlalchemy import text

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

OPEN = "returned_on IS NULL AND lost_on IS NULL"


def upgrade() -> None:
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.create_index('ix_visits_starts', ['starts_at', 'status', 'school_id'],
                              unique=False)
        batch_op.create_index('ix_visits_status_starts', ['status', 'starts_at'],
                              unique=False)
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.create_index('ix_loans_open_due', ['due_on'], unique=False,
                              sqlite_where=text(OPEN), postgresql_where=text(OPEN))
    with op.batch_alter_table('lessons', schema=None) as batch_op:
        batch_op.drop_index('ix_lessons_topic_id')
        batch_op.create_index('ix_lessons_topic_status', ['topic_id', 'status'], unique=False)
    op.execute("ANALYZE")  # every row: about two seconds on a file of five years


def downgrade() -> None:
    with op.batch_alter_table('lessons', schema=None) as batch_op:
        batch_op.drop_index('ix_lessons_topic_status')
        batch_op.create_index('ix_lessons_topic_id', ['topic_id'], unique=False)
    with op.batch_alter_table('loans', schema=None) as batch_op:
        batch_op.drop_index('ix_loans_open_due')
    with op.batch_alter_table('visits', schema=None) as batch_op:
        batch_op.drop_index('ix_visits_status_starts')
        batch_op.drop_index('ix_visits_starts')

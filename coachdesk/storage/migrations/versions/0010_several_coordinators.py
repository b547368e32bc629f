"""several coordinators: versions, who changed what, one open loan, change counters

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 09:00:00

For several coordinators on one server:

- every record gets a ``version`` (1 for the records there are): a form that read a
  record at one version cannot save over a change made since;
- ``change_log.login``: who made each change ("" for the changes recorded before);
- one open loan per device, held by a partial unique index. A device that had two open
  loans (CoachDesk never allowed it, but a file may have been edited by hand) keeps the
  newest; the older ones are closed on the day the newest went out, with a note;
- ``change_counters``: how many transactions wrote each kind of record, which the
  window polls on a server to show the others' work.

Downgrading removes them again.
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

VERSIONED = (
    'schools', 'teachers', 'topics', 'tutors', 'school_years', 'terms', 'breaks',
    'lesson_series', 'lessons', 'enrollments', 'visit_requests', 'request_windows',
    'visit_series', 'visits', 'devices', 'loans', 'recruitment_rounds', 'candidates',
    'candidate_steps', 'device_categories', 'reservations',
)
OPEN = "returned_on IS NULL AND lost_on IS NULL"
NOTE = "Closed by the upgrade to CoachDesk 0010: the device was lent again on {day}."


def upgrade() -> None:
    # ALTER TABLE … ADD COLUMN on every engine: no table is copied.
    for name in VERSIONED:
        op.add_column(name, sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))
    op.add_column('change_log', sa.Column('login', sa.String(length=128), nullable=False,
                                          server_default=''))
    _close_doubled_loans()
    op.create_index('ux_loans_open_device', 'loans', ['device_id'], unique=True,
                    sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
    op.create_table('change_counters',
                    sa.Column('kind', sa.String(length=32), nullable=False),
                    sa.Column('counter', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('kind', name=op.f('pk_change_counters')))


def _close_doubled_loans() -> None:
    loans = sa.table('loans', sa.column('id', sa.Integer), sa.column('device_id', sa.Integer),
                     sa.column('out_on', sa.Date), sa.column('returned_on', sa.Date),
                     sa.column('lost_on', sa.Date), sa.column('notes', sa.Text))
    bind = op.get_bind()
    rows = bind.execute(sa.select(loans.c.id, loans.c.device_id, loans.c.out_on, loans.c.notes)
                        .where(loans.c.returned_on.is_(None), loans.c.lost_on.is_(None))
                        .order_by(loans.c.device_id, loans.c.out_on, loans.c.id)).all()
    newest = {}
    for row in rows:  # in order: the last one of each device stays open
        newest[row.device_id] = row
    for row in rows:
        kept = newest[row.device_id]
        if row.id == kept.id:
            continue
        day = max(row.out_on, kept.out_on)
        note = NOTE.format(day=day.isoformat())
        bind.execute(loans.update().where(loans.c.id == row.id).values(
            returned_on=day, notes=f"{row.notes}\n{note}" if row.notes else note))


def downgrade() -> None:
    op.drop_table('change_counters')
    op.drop_index('ux_loans_open_device', table_name='loans')
    with op.batch_alter_table('change_log') as batch_op:
        batch_op.drop_column('login')
    for name in VERSIONED:
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_column('version')

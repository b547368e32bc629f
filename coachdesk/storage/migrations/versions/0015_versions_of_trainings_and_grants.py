"""versions of the trainings, grants, budget lines and costs

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02 11:30:00

The records that forms edit and that came after revision 0010 get their ``version`` as
well (1 for the records there are): a form that read one cannot save over a change made
since (services/versions.py). Downgrading removes it again.
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

VERSIONED = ('trainings', 'grants', 'budget_lines', 'costs')


def upgrade() -> None:
    # ALTER TABLE … ADD COLUMN on every engine: no table is copied.
    for name in VERSIONED:
        op.add_column(name, sa.Column('version', sa.Integer(), nullable=False,
                                      server_default='1'))


def downgrade() -> None:
    for name in VERSIONED:
        with op.batch_alter_table(name) as batch_op:
            batch_op.drop_column('version')

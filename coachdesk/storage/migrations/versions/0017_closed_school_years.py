"""a school year can be closed: its records read-only (issue 25)

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-02 11:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('school_years') as batch_op:
        batch_op.add_column(sa.Column('closed', sa.Boolean(), server_default='0',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('school_years') as batch_op:
        batch_op.drop_column('closed')

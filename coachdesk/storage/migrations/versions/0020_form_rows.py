"""the rows of form exports already taken in (issue 24)

Revision ID: 0020
Revises: 0017
Create Date: 2026-12-02 13:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0020'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('form_rows',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('digest', sa.String(length=64), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'digest', name=op.f('pk_form_rows'))
    )


def downgrade() -> None:
    op.drop_table('form_rows')

"""erasures

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('erasures',
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('erased_on', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'person_id', name=op.f('pk_erasures'))
    )


def downgrade() -> None:
    op.drop_table('erasures')

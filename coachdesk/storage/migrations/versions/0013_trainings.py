"""trainings: lesson series or lessons with a completion rule

Revision ID: 0013
Revises: 0009
Create Date: 2026-12-02 09:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'trainings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('series_id', sa.Integer(), nullable=True),
        sa.Column('lesson_id', sa.Integer(), nullable=True),
        sa.Column('description', sa.Text(), server_default='', nullable=False),
        sa.Column('min_attendance', sa.Integer(), nullable=False),
        sa.Column('late_counts', sa.Boolean(), nullable=False),
        sa.CheckConstraint('(series_id IS NULL) <> (lesson_id IS NULL)',
                           name=op.f('ck_trainings_one_source')),
        sa.CheckConstraint('min_attendance BETWEEN 0 AND 100',
                           name=op.f('ck_trainings_min_attendance')),
        sa.ForeignKeyConstraint(['lesson_id'], ['lessons.id'],
                                name=op.f('fk_trainings_lesson_id_lessons')),
        sa.ForeignKeyConstraint(['series_id'], ['lesson_series.id'],
                                name=op.f('fk_trainings_series_id_lesson_series')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings')),
        sa.UniqueConstraint('lesson_id', name=op.f('uq_trainings_lesson_id')),
        sa.UniqueConstraint('series_id', name=op.f('uq_trainings_series_id')),
    )


def downgrade() -> None:
    op.drop_table('trainings')

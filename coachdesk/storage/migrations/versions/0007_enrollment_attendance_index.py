"""enrollment attendance index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 07:30:00
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index('ix_enrollments_lesson_status')
        batch_op.create_index('ix_enrollments_lesson_status',
                              ['lesson_id', 'status', 'feedback_score', 'attendance',
                               'teacher_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index('ix_enrollments_lesson_status')
        batch_op.create_index('ix_enrollments_lesson_status',
                              ['lesson_id', 'status', 'feedback_score'], unique=False)

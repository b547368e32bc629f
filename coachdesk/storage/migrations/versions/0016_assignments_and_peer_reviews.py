"""a training's assignments, who handed them in, and the peer reviews

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02 11:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('require_submissions', sa.Boolean(),
                                      server_default='0', nullable=False))
        batch_op.add_column(sa.Column('require_reviews', sa.Boolean(),
                                      server_default='0', nullable=False))
        batch_op.add_column(sa.Column('reviewers', sa.Integer(), server_default='2',
                                      nullable=False))
        batch_op.add_column(sa.Column('score_max', sa.Integer(), server_default='5',
                                      nullable=False))
    op.create_table(
        'assignments',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('training_id', sa.Integer(), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=True),
        sa.Column('notes', sa.Text(), server_default='', nullable=False),
        sa.ForeignKeyConstraint(['training_id'], ['trainings.id'], ondelete='CASCADE',
                                name=op.f('fk_assignments_training_id_trainings')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_assignments')),
    )
    with op.batch_alter_table('assignments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignments_training_id'), ['training_id'],
                              unique=False)
    op.create_table(
        'submissions',
        sa.Column('assignment_id', sa.Integer(), nullable=False),
        sa.Column('teacher_id', sa.Integer(), nullable=False),
        sa.Column('handed_in_on', sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(['assignment_id'], ['assignments.id'], ondelete='CASCADE',
                                name=op.f('fk_submissions_assignment_id_assignments')),
        sa.ForeignKeyConstraint(['teacher_id'], ['teachers.id'],
                                name=op.f('fk_submissions_teacher_id_teachers')),
        sa.PrimaryKeyConstraint('assignment_id', 'teacher_id', name=op.f('pk_submissions')),
    )
    with op.batch_alter_table('submissions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_submissions_teacher_id'), ['teacher_id'],
                              unique=False)
    op.create_table(
        'reviews',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('assignment_id', sa.Integer(), nullable=False),
        sa.Column('reviewer_id', sa.Integer(), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=False),
        sa.Column('done', sa.Boolean(), server_default='0', nullable=False),
        sa.Column('score', sa.Integer(), nullable=True),
        sa.Column('comment', sa.Text(), server_default='', nullable=False),
        sa.CheckConstraint('reviewer_id <> author_id', name=op.f('ck_reviews_not_oneself')),
        sa.ForeignKeyConstraint(['assignment_id'], ['assignments.id'], ondelete='CASCADE',
                                name=op.f('fk_reviews_assignment_id_assignments')),
        sa.ForeignKeyConstraint(['author_id'], ['teachers.id'],
                                name=op.f('fk_reviews_author_id_teachers')),
        sa.ForeignKeyConstraint(['reviewer_id'], ['teachers.id'],
                                name=op.f('fk_reviews_reviewer_id_teachers')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reviews')),
    )
    with op.batch_alter_table('reviews', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reviews_author_id'), ['author_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reviews_reviewer_id'), ['reviewer_id'],
                              unique=False)
        batch_op.create_index('ix_reviews_assignment_pair',
                              ['assignment_id', 'reviewer_id', 'author_id'], unique=True)


def downgrade() -> None:
    op.drop_table('reviews')
    op.drop_table('submissions')
    op.drop_table('assignments')
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.drop_column('score_max')
        batch_op.drop_column('reviewers')
        batch_op.drop_column('require_reviews')
        batch_op.drop_column('require_submissions')

"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 22:22:20.770111
"""

from alembic import op
import sqlalchemy as sa

# The audit log is append-only: the database itself refuses UPDATE and DELETE.
SQLITE_AUDIT_TRIGGERS = [
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
]
PG_AUDIT_TRIGGERS = [
    """CREATE FUNCTION audit_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse()""",
]


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_account')),
    sa.UniqueConstraint('name', name=op.f('uq_account_name'))
    )
    op.create_table('audit_log',
    sa.Column('seq', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('ts', sa.Float(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=64), nullable=False),
    sa.Column('entity_id', sa.String(length=128), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_log'))
    )
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('workday', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('checklist_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=32), nullable=False),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('deduction', sa.Float(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_checklist_item')),
    sa.UniqueConstraint('key', name=op.f('uq_checklist_item_key'))
    )
    op.create_table('department',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_department')),
    sa.UniqueConstraint('code', name=op.f('uq_department_code'))
    )
    op.create_table('feed_status',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('last_batch_at', sa.Float(), nullable=False),
    sa.Column('last_event_ts', sa.Float(), nullable=False),
    sa.Column('events', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_feed_status'))
    )
    op.create_table('hall',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hall'))
    )
    op.create_table('raw_event',
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('ts', sa.Float(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('event_id', name=op.f('pk_raw_event')),
    sqlite_with_rowid=False
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('service_window',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('floor', sa.Integer(), nullable=False),
    sa.Column('row', sa.Integer(), nullable=True),
    sa.Column('col', sa.Integer(), nullable=True),
    sa.Column('label', sa.String(length=200), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_service_window_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_window')),
    sa.UniqueConstraint('code', name=op.f('uq_service_window_code'))
    )
    with op.batch_alter_table('service_window', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_window_department_id'), ['department_id'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('retired', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_staff_department_id_department')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('code', name=op.f('uq_staff_code'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_department_id'), ['department_id'], unique=False)

    op.create_table('evaluation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=False),
    sa.Column('ts', sa.Float(), nullable=False),
    sa.Column('rating', sa.Integer(), nullable=False),
    sa.Column('ticket', sa.String(length=64), nullable=True),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_evaluation_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index('ix_evaluation_window_ts', ['window_id', 'ts', 'rating'], unique=False)

    op.create_table('evaluator_span',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=False),
    sa.Column('on_at', sa.Float(), nullable=False),
    sa.Column('off_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_evaluator_span_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluator_span'))
    )
    with op.batch_alter_table('evaluator_span', schema=None) as batch_op:
        batch_op.create_index('ix_evaluator_span_window_on', ['window_id', 'on_at'], unique=False)

    op.create_table('service_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_no', sa.String(length=64), nullable=False),
    sa.Column('item', sa.String(length=200), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=False),
    sa.Column('applicant', sa.String(length=200), nullable=True),
    sa.Column('legal_days', sa.Integer(), nullable=False),
    sa.Column('promised_days', sa.Integer(), nullable=False),
    sa.Column('accepted_at', sa.Float(), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('completed_at', sa.Float(), nullable=True),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('result', sa.String(length=16), nullable=True),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_service_case_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_case')),
    sa.UniqueConstraint('case_no', name=op.f('uq_service_case_case_no'))
    )
    with op.batch_alter_table('service_case', schema=None) as batch_op:
        batch_op.create_index('ix_service_case_window_accepted', ['window_id', 'accepted_at'], unique=False)
        batch_op.create_index('ix_service_case_window_completed', ['window_id', 'completed_at', 'completed_on', 'due_date'], unique=False)
        batch_op.create_index('ix_service_case_window_due', ['window_id', 'due_date', 'completed_on'], unique=False)

    op.create_table('ticket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('number', sa.String(length=64), nullable=False),
    sa.Column('department_id', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.Float(), nullable=False),
    sa.Column('called_at', sa.Float(), nullable=True),
    sa.Column('call_window_id', sa.Integer(), nullable=True),
    sa.Column('started_at', sa.Float(), nullable=True),
    sa.Column('finished_at', sa.Float(), nullable=True),
    sa.Column('window_id', sa.Integer(), nullable=True),
    sa.Column('abandoned_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['call_window_id'], ['service_window.id'], name=op.f('fk_ticket_call_window_id_service_window')),
    sa.ForeignKeyConstraint(['department_id'], ['department.id'], name=op.f('fk_ticket_department_id_department')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_ticket_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket')),
    sa.UniqueConstraint('day', 'number', name=op.f('uq_ticket_day'))
    )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_serving', ['window_id'], unique=False, sqlite_where=sa.text('started_at IS NOT NULL AND finished_at IS NULL'), postgresql_where=sa.text('started_at IS NOT NULL AND finished_at IS NULL'))
        batch_op.create_index('ix_ticket_window_issued', ['window_id', 'issued_at', 'started_at', 'finished_at', 'abandoned_at'], unique=False)

    op.create_table('window_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.Float(), nullable=False),
    sa.Column('closed_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_window_session_staff_id_staff')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_window_session_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_window_session'))
    )
    with op.batch_alter_table('window_session', schema=None) as batch_op:
        batch_op.create_index('ix_window_session_window_opened', ['window_id', 'opened_at'], unique=False)

    op.create_table('window_pause',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('window_id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.Float(), nullable=False),
    sa.Column('ended_at', sa.Float(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['session_id'], ['window_session.id'], name=op.f('fk_window_pause_session_id_window_session')),
    sa.ForeignKeyConstraint(['window_id'], ['service_window.id'], name=op.f('fk_window_pause_window_id_service_window')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_window_pause'))
    )
    with op.batch_alter_table('window_pause', schema=None) as batch_op:
        batch_op.create_index('ix_window_pause_window_started', ['window_id', 'started_at'], unique=False)

    # ### end Alembic commands ###
    dialect = op.get_bind().dialect.name
    for statement in PG_AUDIT_TRIGGERS if dialect == "postgresql" else SQLITE_AUDIT_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table('window_pause', schema=None) as batch_op:
        batch_op.drop_index('ix_window_pause_window_started')

    op.drop_table('window_pause')
    with op.batch_alter_table('window_session', schema=None) as batch_op:
        batch_op.drop_index('ix_window_session_window_opened')

    op.drop_table('window_session')
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_window_issued')
        batch_op.drop_index('ix_ticket_serving', sqlite_where=sa.text('started_at IS NOT NULL AND finished_at IS NULL'), postgresql_where=sa.text('started_at IS NOT NULL AND finished_at IS NULL'))

    op.drop_table('ticket')
    with op.batch_alter_table('service_case', schema=None) as batch_op:
        batch_op.drop_index('ix_service_case_window_due')
        batch_op.drop_index('ix_service_case_window_completed')
        batch_op.drop_index('ix_service_case_window_accepted')

    op.drop_table('service_case')
    with op.batch_alter_table('evaluator_span', schema=None) as batch_op:
        batch_op.drop_index('ix_evaluator_span_window_on')

    op.drop_table('evaluator_span')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index('ix_evaluation_window_ts')

    op.drop_table('evaluation')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_department_id'))

    op.drop_table('staff')
    with op.batch_alter_table('service_window', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_window_department_id'))

    op.drop_table('service_window')
    op.drop_table('setting')
    op.drop_table('raw_event')
    op.drop_table('hall')
    op.drop_table('feed_status')
    op.drop_table('department')
    op.drop_table('checklist_item')
    op.drop_table('calendar_day')
    op.drop_table('audit_log')
    op.drop_table('account')
    # ### end Alembic commands ###
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_log_refuse()")

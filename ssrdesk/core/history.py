"""What was imported when: the Activity page and `ssrdesk status` read it from here."""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlmodel import Session, select

from .models import DataFile, RejectedRow
from .workspace import Workspace


def imports(workspace: Workspace, limit: int = 200) -> list[DataFile]:
    engine = create_engine(f"sqlite:///{workspace.database}")
    try:
        with Session(engine) as session:
            return list(session.exec(select(DataFile).order_by(DataFile.id.desc()).limit(limit)))
    finally:
        engine.dispose()


def rejected_rows(workspace: Workspace, data_file_id: int) -> list[RejectedRow]:
    engine = create_engine(f"sqlite:///{workspace.database}")
    try:
        with Session(engine) as session:
            query = select(RejectedRow).where(RejectedRow.data_file_id == data_file_id).order_by(RejectedRow.row_number)
            return list(session.exec(query))
    finally:
        engine.dispose()

"""E-mails (.eml; .msg via python-oxmsg) to sections: header block, body, attachments noted.

Subject becomes the title, sender the author, the sent date `created`; attachments are listed
but not converted.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import dataclass, replace
from datetime import date
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ingest.converters.base import (
    BudgetedConverter,
    SectionBuilder,
    build_document,
    read_bytes,
    with_title,
)
from ingest.converters.elements import ElementSections
from ingest.converters.office import LANGUAGES, partition_safely, partitioner
from search.errors import ConversionError
from search.types import Document, DocumentMeta, Section


@dataclass(frozen=True)
class MailHeader:
    """What a mail's header says about it."""

    subject: str = ""
    sender: str = ""
    recipients: str = ""
    sent: date | None = None
    attachments: tuple[str, ...] = ()

    def text(self) -> str:
        lines = [("Betreff", self.subject), ("Von", self.sender), ("An", self.recipients)]
        lines.append(("Datum", self.sent.strftime("%d.%m.%Y") if self.sent else ""))
        return "\n".join(f"{label}: {value}" for label, value in lines if value)


class EmailConverter(BudgetedConverter):
    """An .eml/.msg message to a Document (doc_type defaults to "email").

    >>> doc = EmailConverter().run(Path("rundmail.eml"), DocumentMeta(), "id1")
    >>> doc.meta.title, doc.meta.author
    ('Neue Reisekostenregelung', 'Erika Mustermann <erika@stadt.de>')
    """

    extensions: tuple[str, ...] = (".eml", ".msg")

    def run(self, path: Path, meta: DocumentMeta, document_id: str) -> Document:
        data = read_bytes(path)
        if path.suffix.lower() == ".msg":
            elements = partition_safely(path.name, "Outlook-Nachricht", lambda: _msg(path))
            header = _msg_header(elements)
        else:
            header = eml_header(data, path.name)
            elements = partition_safely(path.name, "E-Mail", lambda: _eml(path))
        builder = SectionBuilder(max_text_chars=self.budgets.max_chars)
        body = ElementSections(headings=False, builder=builder).fold(
            e for e in elements if not getattr(e.metadata, "attached_to_filename", None)
        )
        sections = _assemble(header, body.sections())
        meta = _mail_meta(with_title(meta, header.subject), header)
        return build_document(path, meta, document_id, sections)


def eml_header(data: bytes, name: str) -> MailHeader:
    """Header fields of an RFC 822 message; bytes without any mail header are rejected."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not any(message.get(h) for h in ("From", "To", "Subject", "Date")):
        raise ConversionError("not_an_email", file=name)
    attachments: tuple[str, ...] = ()
    if isinstance(message, EmailMessage) and message.is_multipart():
        attachments = tuple(
            part.get_filename() or "unbenannt" for part in message.iter_attachments()
        )
    return MailHeader(
        subject=str(message.get("Subject", "") or "").strip(),
        sender=str(message.get("From", "") or "").strip(),
        recipients=str(message.get("To", "") or "").strip(),
        sent=_mail_date(str(message.get("Date", "") or "")),
        attachments=attachments,
    )


def _mail_date(value: str) -> date | None:
    try:
        return parsedate_to_datetime(value).date() if value else None
    except (TypeError, ValueError, IndexError):
        return None


def _eml(path: Path) -> list[Any]:
    partition = partitioner("email", "partition_email")
    return partition(
        str(path), process_attachments=False, content_source="text/plain", languages=LANGUAGES
    )


def _msg(path: Path) -> list[Any]:
    partition = partitioner("msg", "partition_msg")
    return partition(str(path), process_attachments=False, languages=LANGUAGES)


def _msg_header(elements: list[Any]) -> MailHeader:
    """Header fields from the element metadata unstructured reads out of a .msg file."""
    first = elements[0].metadata if elements else None
    if first is None:
        return MailHeader()
    sent = getattr(first, "last_modified", None)
    return MailHeader(
        subject=getattr(first, "subject", None) or "",
        sender=", ".join(getattr(first, "sent_from", None) or []),
        recipients=", ".join(getattr(first, "sent_to", None) or []),
        sent=date.fromisoformat(sent[:10]) if sent else None,
    )


def _assemble(header: MailHeader, body: tuple[Section, ...]) -> list[Section]:
    builder = SectionBuilder()
    builder.add(header.text())
    sections = [*builder.sections(), *body]
    if header.attachments:
        note = "Anhänge (nicht indexiert): " + ", ".join(header.attachments)
        sections.append(Section(text=note))
    return sections


def _mail_meta(meta: DocumentMeta, header: MailHeader) -> DocumentMeta:
    if meta.doc_type == DocumentMeta().doc_type:
        meta = replace(meta, doc_type="email")
    if meta.author is None and header.sender:
        meta = replace(meta, author=header.sender)
    if meta.created is None and header.sent:
        meta = replace(meta, created=header.sent)
    return meta

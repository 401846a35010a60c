"""Outgoing mail through plain SMTP to the configured host (a local sink in development)."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from .config import MAIL_FROM


class MailError(RuntimeError):
    pass


def build_message(to: str | list[str], subject: str, body: str, sender: str = MAIL_FROM,
                  html: str | None = None, headers: dict | None = None) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to if isinstance(to, str) else ", ".join(to)
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = make_msgid(domain="inlinea.localhost")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def send_message(message: EmailMessage, host: str, port: int, timeout: float = 10.0) -> str:
    """Deliver `message`; returns its Message-ID. Raises MailError on any SMTP failure."""
    try:
        with smtplib.SMTP(host, port, timeout=timeout) as smtp:
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"invio email non riuscito tramite {host}:{port}: {exc}") from exc
    return message["Message-ID"]


def send_mail(config, to, subject: str, body: str, **kwargs) -> str:
    """Send with the app/portal config (SMTP_HOST, SMTP_PORT, MAIL_FROM)."""
    message = build_message(to, subject, body, sender=config.get("MAIL_FROM", MAIL_FROM), **kwargs)
    return send_message(message, config["SMTP_HOST"], int(config["SMTP_PORT"]))

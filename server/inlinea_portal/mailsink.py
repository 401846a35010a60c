"""A local SMTP sink (aiosmtpd) that stores every message it receives in a Maildir."""

from __future__ import annotations

import mailbox
import signal
import sys
import threading

from aiosmtpd.controller import Controller


class MaildirHandler:
    """aiosmtpd handler: each DATA becomes one Maildir message (in DIR/new)."""

    def __init__(self, maildir: str):
        self.maildir = mailbox.Maildir(maildir, create=True)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        content = envelope.original_content or envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8")
        # Record the envelope like a delivery agent would.
        trace = f"Return-Path: <{envelope.mail_from}>\r\n"
        trace += "".join(f"Delivered-To: {rcpt}\r\n" for rcpt in envelope.rcpt_tos)
        with self.lock:
            self.maildir.add(trace.encode("utf-8") + content)
        return "250 Message accepted for delivery"


def run(maildir: str, port: int, host: str = "127.0.0.1") -> int:
    """Serve in the foreground until SIGTERM or SIGINT."""
    stop = threading.Event()

    def _stop(signum, frame):
        stop.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    controller = Controller(MaildirHandler(maildir), hostname=host, port=port,
                            enable_SMTPUTF8=True)
    controller.start()
    print(f"mailsink: in ascolto su {host}:{port}, Maildir {maildir}", file=sys.stderr, flush=True)
    try:
        while not stop.wait(1.0):
            pass
    finally:
        controller.stop()
    print("mailsink: terminato", file=sys.stderr, flush=True)
    return 0

"""Mail goes through real SMTP to the mailsink subprocess, which stores it in a Maildir."""

import mailbox
import os
import tempfile
import time
import unittest
from email import policy
from email.parser import BytesParser

from inlinea_portal import mail

from .support import Background, free_port


class MailTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.maildir = os.path.join(cls.tmp.name, "Maildir")
        cls.port = free_port()
        cls.sink = Background(["mailsink", "--maildir", cls.maildir, "--port", str(cls.port)],
                              os.path.join(cls.tmp.name, "mailsink.log"))
        cls.sink.wait_for_port(cls.port)
        cls.config = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": cls.port}

    @classmethod
    def tearDownClass(cls):
        try:
            code = cls.sink.stop()
            assert code == 0, f"mailsink exit code {code}:\n{cls.sink.log()}"
        finally:
            cls.tmp.cleanup()

    def find(self, message_id, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for key in mailbox.Maildir(self.maildir, create=False).keys():
                path = os.path.join(self.maildir, "new", key)
                if not os.path.exists(path):
                    continue
                with open(path, "rb") as handle:
                    message = BytesParser(policy=policy.default).parse(handle)
                if message["Message-ID"] == message_id:
                    return message
            time.sleep(0.05)
        self.fail(f"message {message_id} not in the Maildir")

    def test_send_and_read_back(self):
        body = "Gentile Mario Rossi,\nconferma il tuo indirizzo email: è necessario.\n"
        message_id = mail.send_mail(self.config, "mario.rossi@example.it",
                                    "Conferma dell'indirizzo email", body)
        message = self.find(message_id)
        self.assertEqual(message["From"], "Inlinea <noreply@inlinea.localhost>")
        self.assertEqual(message["To"], "mario.rossi@example.it")
        self.assertEqual(message["Subject"], "Conferma dell'indirizzo email")
        self.assertEqual(message["Delivered-To"], "mario.rossi@example.it")
        self.assertEqual(message.get_content(), body)
        self.assertTrue(os.path.isdir(os.path.join(self.maildir, "cur")))

    def test_html_alternative(self):
        message_id = mail.send_mail(self.config, ["a@example.it", "b@example.it"], "Ricevuta",
                                    "Testo", html="<p>Testo</p>")
        message = self.find(message_id)
        self.assertEqual(message.get_content_type(), "multipart/alternative")
        self.assertEqual(message.get_all("Delivered-To"), ["a@example.it", "b@example.it"])

    def test_unreachable_server_raises_mail_error(self):
        closed = {"SMTP_HOST": "127.0.0.1", "SMTP_PORT": free_port()}
        with self.assertRaises(mail.MailError):
            mail.send_mail(closed, "x@example.it", "Oggetto", "Testo")


if __name__ == "__main__":
    unittest.main()

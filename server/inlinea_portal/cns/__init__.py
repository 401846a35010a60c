"""CNS login: certificate checks, its WSGI app and its own TLS server (pyOpenSSL)."""

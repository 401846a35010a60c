"""Gunicorn settings shared by every `manage.py serve` (passed with -c).

Access lines go to stderr and contain the path WITHOUT the query string (which may
carry authorization codes), no headers (so no Authorization) and no bodies.
"""

accesslog = "-"
errorlog = "-"
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
worker_class = "gthread"
graceful_timeout = 5
keepalive = 5

# Gunicorn's default sends access lines to stdout; route every logger to stderr.
logconfig_dict = {
    "root": {"level": "INFO", "handlers": ["stderr"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["stderr"], "propagate": False,
                           "qualname": "gunicorn.error"},
        "gunicorn.access": {"level": "INFO", "handlers": ["stderr"], "propagate": False,
                            "qualname": "gunicorn.access"},
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "formatter": "generic",
                   "stream": "ext://sys.stderr"},
    },
}

#!/usr/bin/python3
"""Reference portal of Inlinea Desktop: pki | migrate | seed | issue-token | serve | serve-cns | serve-idp | mailsink."""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from inlinea_portal.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())

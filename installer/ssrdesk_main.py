"""The frozen app's entry point (PyInstaller runs this; `ssrdesk` from pip uses ssrdesk.cli:main directly).

freeze_support() comes first: e-mail protection (ssrdesk/core/delivery/protect.py) starts worker
processes with "spawn", which in a frozen app re-runs this executable with multiprocessing's own
arguments; freeze_support() turns such a run into the worker before anything parses the command line.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ssrdesk.cli import main

    sys.exit(main())

"""A password store for tests that outlives a process, as a real one does: a JSON file named by
$SSRDESK_TEST_KEYRING. Chosen with PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring."""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def _path(self) -> Path:
        return Path(os.environ["SSRDESK_TEST_KEYRING"])

    def _read(self) -> dict:
        return json.loads(self._path.read_text()) if self._path.exists() else {}

    def get_password(self, service, username):
        return self._read().get(f"{service}/{username}")

    def set_password(self, service, username, password):
        stored = self._read()
        stored[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(stored))

    def delete_password(self, service, username):
        stored = self._read()
        stored.pop(f"{service}/{username}", None)
        self._path.write_text(json.dumps(stored))

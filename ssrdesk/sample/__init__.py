"""Small invented sample files for `ssrdesk --self-test` (see build.py); nobody in them is real."""

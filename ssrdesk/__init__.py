"""ssrdesk: Student Score Reports for California test coordinators."""

__version__ = "0.1.0"

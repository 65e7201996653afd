"""Invented districts, students and the TOMS and SIS files they would produce, for demos and tests.

Every person, street and e-mail address here is made up by a seeded random generator; nothing comes
from real student data.
"""

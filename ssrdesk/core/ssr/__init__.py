"""Student Score Report PDFs: found in merged downloads by their text, matched to students, stored."""

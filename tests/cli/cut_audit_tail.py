#!/usr/bin/env python3
"""Cuts an SQLite database's audit trail back to its first KEEP events and moves the
head with it, as someone with write access to the database file could: the chain
that is left verifies on its own; only a checkpoint taken before shows the cut.

Usage: cut_audit_tail.py DB_FILE KEEP
"""
import sqlite3
import sys

db, keep = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
con.execute("DROP TRIGGER audit_event_no_update")
con.execute("DROP TRIGGER audit_event_no_delete")
con.execute("DELETE FROM audit_event WHERE seq > ?", (keep,))
con.execute("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_event WHERE seq = ?) WHERE id = 1",
            (keep, keep))
con.commit()
print("audit trail cut back to %d events" % keep)

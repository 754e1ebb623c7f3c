"""The settings tab's services (系统设置): the hall, its departments and windows, the
staff roster, the inspection checklist, the rules, and the hall file's export.

Every change checks the permission table, refuses a stale revision naming who changed
the record and when, and writes the change with its audit entry in the caller's
transaction; a refusal changes nothing.
"""

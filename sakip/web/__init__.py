"""The SAKIP web application (Django): the system of record for plans, realisations and budgets.

Developer notes: docs/web.md.
"""

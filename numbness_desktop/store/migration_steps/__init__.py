"""The schema steps, one module per feature; ``store/migrations.py`` lists them in order.

Each step is a plain function ``mNNN_name(db)``; its name is what the database records, so a
step is never renamed or edited once released — a change is a new step.
"""

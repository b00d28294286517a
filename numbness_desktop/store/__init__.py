"""The only code that speaks SQL: connection, pragmas, migrations, queries, export."""

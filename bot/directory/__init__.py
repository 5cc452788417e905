"""The helpline directory: who can help, in which country, and how to reach them.

Until the database-backed directory lands, the facts come from the sourced seed
file ``seed/helplines.yml`` (see :mod:`bot.directory.catalog`).
"""

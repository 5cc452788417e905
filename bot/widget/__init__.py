"""The embeddable chat widget children use and schools embed: the script, its UI strings, a demo page, the privacy note.

:func:`bot.widget.routes.routes` builds the Starlette routes the Lantern
server mounts; the front end is the plain-JavaScript file ``static/widget.js``.
"""

from __future__ import annotations

from bot.widget.routes import routes

__all__ = ["routes"]

"""The TouchOSC layout: its controls (``layout_controls``), its Lua scripts (``layout_script``), its pages
(``layout_pages``), and the builder that writes ``oscserver.tosc`` (``build_layout``)."""

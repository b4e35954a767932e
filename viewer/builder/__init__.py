"""Files to content database: parse, check citations and readability, write.

Never imports Qt: the packaging step and ``patient-viewer check`` run it with
no display.
"""

"""Names vulture (README's test command) counts as unused that are used: Qt and the
standard library call them by name, or the command line finds them by name.
Each line says who uses it. Anything else it reports is dead code: delete it."""
# ruff: noqa: B018, F821

# Command handlers: viewer/cli/__init__.py calls them with getattr(module, name).
_.screenshots
_.check_clinic
_.keygen
_.content_info
_.speak_check

# reprlib.Repr settings (viewer/clinic/file_reader.py), read by reprlib itself.
_.maxdict
_.maxlevel
_.maxlist
_.maxother
_.maxstring

# logging.FileHandler's own attribute and hook (viewer/logs.py).
_.baseFilename
_.handleError

# Qt properties set from the stylesheets (qproperty-doneColor..., ui/pages/ladder.py).
_.doneColor
_.todoColor
_.hereColor
_.textColor
_.mutedColor

# Qt virtual methods, called by Qt's layouts, text documents and accessibility.
_.hasHeightForWidth
_.expandingDirections
_.loadResource
_.object
_.relations
_.focusChild
_.childAt
_.childCount
_.indexOfChild
_.actionNames
_.doAction

# QAccessible.State fields set for assistive technology (ui/text/accessible_text.py,
# ui/text/accessible_controls.py).
_.expandable
_.expanded
_.collapsed
_.invisible
_.focusable
_.linked
_.focused
_.readOnly

# A reference held by the widget so Python does not free its accessible node first.
_.accessible_node

# Seams the read-aloud tests use: the page's bar, and an output device that is a file or
# "null" (ui/pages/page.py, ui/reading/speaker.py).
_.read_aloud
_.use_device

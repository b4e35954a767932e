"""Sub-commands for editors and clinic staff; ``viewer/cli.py`` adds their parsers.

Like the command line itself, these may wire every layer, the builder included.
"""

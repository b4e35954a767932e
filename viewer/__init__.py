"""Offline patient-information viewer on experimental cancer vaccines.

Data flows one way: files -> ``viewer.builder`` -> content database ->
``viewer.store`` -> ``viewer.ui``. ``viewer.cli`` wires them.
"""

__version__ = "0.1.0"

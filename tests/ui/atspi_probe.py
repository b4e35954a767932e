"""Read the app's accessibility tree as a screen reader does (AT-SPI), and print it as JSON.

Runs under the system's python3 with Debian's python3-pyatspi (the app itself runs in
its own environment): ``python3 tests/ui/atspi_probe.py -- APP-COMMAND...`` inside
``dbus-run-session``. It starts the app with accessibility on, waits for its window on
the AT-SPI desktop, reads the page, then chooses the Questions tab through AT-SPI (as a
screen-reader user would) and reads again. Nothing here imports the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_MENU, pyatspi.ROLE_TREE_TABLE,
}


def walk(node, depth=0):
    """Every node under ``node`` that is showing, with its role and name (a screen reader
    reads what is showing; hidden tabs and closed menus are left out)."""
    try:
        states = node.getState()
        if depth and not states.contains(pyatspi.STATE_SHOWING):
            return
        yield node
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                yield from walk(child, depth + 1)
    except Exception:  # a node that went away while it was read
        return


def describe(nodes) -> dict:
    rows = []
    for node in nodes:
        try:
            role = node.getRole()
            rows.append({"role": node.getRoleName(), "name": node.name or "",
                         "control": role in CONTROLS,
                         "focusable": node.getState().contains(pyatspi.STATE_FOCUSABLE)})
        except Exception:
            continue
    return {
        "nodes": len(rows),
        "headings": [r["name"] for r in rows if r["role"] == "heading"],
        "links": [r["name"] for r in rows if r["role"] == "link"],
        "unnamed_controls": [r["role"] for r in rows if r["control"] and not r["name"].strip()],
        "controls": [[r["role"], r["name"]] for r in rows if r["control"]],
        "images": [r["name"] for r in rows if r["role"] in ("image", "filler") and r["name"]],
    }


def find_app(pid: int, timeout: float = 40):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount:
                    return app
            except Exception:
                continue
        time.sleep(0.3)
    raise SystemExit("the app never appeared on the AT-SPI desktop")


def choose_tab(app, name: str) -> bool:
    for node in walk(app):
        if node.getRoleName() == "page tab" and node.name == name:
            parent = node.parent
            selection = parent.querySelection()
            return selection.selectChild(node.getIndexInParent())
    return False


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1:]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    app_process = subprocess.Popen(command, env=env)
    try:
        app = find_app(app_process.pid)
        time.sleep(2)  # the first page fills after the window shows
        report = {"start": describe(walk(app))}
        report["questions_tab_chosen"] = choose_tab(app, "Questions to ask your doctor")
        time.sleep(3)
        report["questions"] = describe(walk(app))
        print("ATSPI-JSON " + json.dumps(report), flush=True)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

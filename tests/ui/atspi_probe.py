"""Read the app's accessibility tree as a screen reader does (AT-SPI), and print it as JSON.

Runs under the system's python3 with Debian's python3-pyatspi (the app itself runs in
its own environment): ``python3 tests/ui/atspi_probe.py -- APP-COMMAND...`` inside
``dbus-run-session``. It starts the app with accessibility on, waits for its window on
the AT-SPI desktop, and reads each of the topic's tabs, chosen through AT-SPI as a
screen-reader user would. Then, on the first tab and the Questions tab, it clicks the
tab (which gives the window the keyboard), presses Tab as real key presses (XTest,
through AT-SPI) and records the focus events the app sends over the bus: what a screen
reader speaks.
Nothing here imports the app.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_TREE, pyatspi.ROLE_TABLE, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_MENU, pyatspi.ROLE_TREE_TABLE,
}
TABS = ("What it is", "How it works", "Where the evidence stands", "Questions to ask your doctor")
TAB_KEY = 0xFF09  # the X keysym of Tab
TAB_PRESSES = 45  # through the first page's links; on the Questions tab past the first questions


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


def find(app, role: str, name: str | None = None):
    for node in walk(app):
        if node.getRoleName() == role and name in (None, node.name):
            return node
    return None


def choose_tab(app, name: str) -> bool:
    node = find(app, "page tab", name)
    if node is None:
        return False
    return node.parent.querySelection().selectChild(node.getIndexInParent())


def open_first_why(app) -> str:
    """Press the first "Why ask: ..." toggle through AT-SPI's action, as a screen reader's
    "activate" does; its name, or "" if there is none."""
    for node in walk(app):
        if node.getRoleName() in ("check box", "toggle button", "push button") \
                and (node.name or "").startswith("Why ask: "):
            node.queryAction().doAction(0)
            return node.name
    return ""


def pump(seconds: float) -> None:
    """Let events arrive (pyatspi delivers them from GLib's main loop)."""
    context = GLib.MainContext.default()
    end = time.time() + seconds
    while time.time() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.02)


class FocusLog:
    """The focus events the app sends: what a screen reader speaks when the keyboard moves."""

    def __init__(self) -> None:
        self.events: list[list[str]] = []
        pyatspi.Registry.registerEventListener(self._heard, "object:state-changed:focused")

    def _heard(self, event) -> None:
        if event.detail1 != 1:
            return
        try:
            self.events.append([event.source.getRoleName(), event.source.name or ""])
        except Exception:
            self.events.append(["gone", ""])

    def take(self) -> list[list[str]]:
        out, self.events = self.events, []
        return out


def press_tab(times: int) -> None:
    for _ in range(times):
        pyatspi.Registry.generateKeyboardEvent(TAB_KEY, None, pyatspi.KEY_SYM)
        pump(0.15)


def focus_walk(app, log: FocusLog, tab: str) -> list[list[str]]:
    """Choose ``tab`` and click it, as a reader would: on a bare X server with no window
    manager the click is what gives the window the keyboard. Then press Tab and return what
    the app said had the focus, in order."""
    choose_tab(app, tab)
    pump(2)
    node = find(app, "page tab", tab)
    if node is None:
        return [["missing", tab]]
    box = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    pump(1.5)
    log.take()
    press_tab(TAB_PRESSES)
    pump(1)
    return log.take()


def main() -> int:
    command = sys.argv[sys.argv.index("--") + 1:]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    app_process = subprocess.Popen(command, env=env)
    try:
        app = find_app(app_process.pid)
        time.sleep(2)  # the first page fills after the window shows
        report = {"start": describe(walk(app)), "tabs": {}}
        for tab in TABS:
            report["tabs"][tab] = {"chosen": choose_tab(app, tab)}
            time.sleep(3)
            report["tabs"][tab].update(describe(walk(app)))
        report["questions_tab_chosen"] = report["tabs"][TABS[-1]]["chosen"]
        report["questions"] = report["tabs"][TABS[-1]]
        report["why_opened"] = open_first_why(app)
        time.sleep(1)
        report["questions_why_open"] = describe(walk(app))
        log = FocusLog()
        pump(1)  # the app learns that someone listens, then sends its focus events
        report["focus"] = {tab: focus_walk(app, log, tab)
                           for tab in (TABS[0], TABS[-1])}
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

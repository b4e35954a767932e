"""All the articles the pages are written from, with the same details the source panel shows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from viewer.store.content import ContentStore
from viewer.store.models import ContentOrigin, SourceInfo
from viewer.ui.pages.page import PageView
from viewer.ui.pages.source_view import NOTES_TITLE
from viewer.ui.text.rich import esc, human_date, source_details_html


def source_entry_html(info: SourceInfo) -> str:
    if info.is_editors_notes:
        return (f'<h2><a href="source:{esc(info.id)}">{esc(NOTES_TITLE)}</a></h2>'
                f"<p>Not a news article. {esc(info.note)}<br>"
                f"<b>Written:</b> {esc(human_date(info.date_text))}</p>")
    lines = source_details_html(info)
    about = f'<br><span class="muted">{esc(info.note)}</span>' if info.note else ""
    return (f'<h2><a href="source:{esc(info.id)}">{esc(info.title)}</a></h2>'
            f"<p>{lines}{about}</p>")


def origin_html(origin: ContentOrigin | None) -> str:
    """Which content this is: what ``patient-viewer content-info`` prints, in words."""
    if origin is None:
        return ""
    what = {"shipped": "The information that came with the app.",
            "pack": f"Content update number {origin.sequence}, installed on this computer.",
            "file": "A content file chosen when the app was started."}[origin.kind]
    rows = [("Reviewed", human_date(origin.reviewed) or "not stated"),
            ("Facts current to", human_date(origin.facts_current_to) or "not stated")]
    if origin.kind == "pack":
        rows += [("File", origin.pack_file), ("Signed with key", origin.key_id)]
    rows.append(("Content fingerprint", origin.content_hash[:16]))
    return ("<hr><h2>About this content</h2><p>" + esc(what) + "<br>"
            + "<br>".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in rows) + "</p>")


def sources_html(sources: list[SourceInfo], origin: ContentOrigin | None = None) -> str:
    articles = [s for s in sources if not s.is_editors_notes]
    notes = [s for s in sources if s.is_editors_notes]
    return ("<h1>Sources</h1><p>The pages of this app are written from these articles. "
            "Choose a title to read the whole text here, without the internet.</p>"
            + "".join(source_entry_html(s) for s in articles)
            + ("<hr>" + "".join(source_entry_html(s) for s in notes) if notes else "")
            + origin_html(origin))


class SourcesPage(PageView):
    """Choosing a title emits ``link_activated("source:ID")``."""

    def __init__(self, content: ContentStore, css: str, parent: QWidget | None = None,
                 origin: ContentOrigin | None = None) -> None:
        super().__init__("Sources", parent)
        self.content = content
        self.origin = origin
        self.set_css(css)

    def set_css(self, css: str) -> None:
        self.clear()
        self.add_text(sources_html(self.content.sources(), self.origin), css, "List of sources")
        self.finish()

"""All the articles the pages are written from, with the same details the source panel shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from viewer.dates import human_date, month_year, source_date
from viewer.store.content import ContentStore
from viewer.store.models import ContentOrigin, SourceInfo
from viewer.ui.pages.page import PageView
from viewer.ui.pages.source_view import notes_title
from viewer.ui.text.rich import esc, source_details_html

translate = QCoreApplication.translate


def source_entry_html(info: SourceInfo) -> str:
    if info.is_editors_notes:
        return (f'<h2><a href="source:{esc(info.id)}">{esc(notes_title())}</a></h2>'
                + translate("sourcesPage", "<p>Not a news article. {note}<br><b>Written:</b> {date}</p>")
                .format(note=esc(info.note), date=esc(source_date(info))))
    lines = source_details_html(info)
    about = f'<br><span class="muted">{esc(info.note)}</span>' if info.note else ""
    return (f'<h2><a href="source:{esc(info.id)}">{esc(info.title)}</a></h2>'
            f"<p>{lines}{about}</p>")


def origin_html(origin: ContentOrigin | None) -> str:
    """Which content this is: what ``patient-viewer content-info`` prints, in words."""
    if origin is None:
        return ""
    what = {"shipped": translate("sourcesPage", "The information that came with the app."),
            "pack": translate("sourcesPage", "Content update number {number}, installed on this "
                                             "computer.").format(number=origin.sequence),
            "file": translate("sourcesPage", "A content file chosen when the app was started.")}[origin.kind]
    not_stated = translate("sourcesPage", "not stated")
    rows = [(translate("sourcesPage", "Reviewed"), human_date(origin.reviewed) or not_stated),
            (translate("sourcesPage", "Facts current to"),
             month_year(human_date(origin.facts_current_to)) or not_stated)]
    if origin.kind == "pack":
        rows += [(translate("sourcesPage", "File"), origin.pack_file),
                 (translate("sourcesPage", "Signed with key"), origin.key_id)]
    rows.append((translate("sourcesPage", "Content fingerprint"), origin.content_hash[:16]))
    return ("<hr><h2>" + esc(translate("sourcesPage", "About this content")) + "</h2><p>" + esc(what) + "<br>"
            + "<br>".join(translate("sourcesPage", "<b>{label}:</b> {value}").format(
                label=esc(k), value=esc(v)) for k, v in rows) + "</p>")


def sources_html(sources: list[SourceInfo], origin: ContentOrigin | None = None) -> str:
    articles = [s for s in sources if not s.is_editors_notes]
    notes = [s for s in sources if s.is_editors_notes]
    return ("<h1>" + esc(translate("sourcesPage", "Sources")) + "</h1><p>"
            + esc(translate("sourcesPage", "The pages of this app are written from these articles. "
                                           "Choose a title to read the whole text here, without the "
                                           "internet.")) + "</p>"
            + "".join(source_entry_html(s) for s in articles)
            + ("<hr>" + "".join(source_entry_html(s) for s in notes) if notes else "")
            + origin_html(origin))


class SourcesPage(PageView):
    """Choosing a title emits ``link_activated("source:ID")``."""

    def __init__(self, content: ContentStore, css: str, parent: QWidget | None = None,
                 origin: ContentOrigin | None = None) -> None:
        super().__init__(translate("sourcesPage", "Sources"), parent)
        self.content = content
        self.origin = origin
        self.set_css(css)

    def set_css(self, css: str) -> None:
        self.clear()
        self.add_text(sources_html(self.content.sources(), self.origin), css,
                      translate("sourcesPage", "List of sources"))
        self.finish()

"""The calm theme, defined in one place: colours, spacing, radii and fonts.

Soft colours for light and dark, following the system's colour scheme. No pure white or
black, and red only for real danger.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SPACING = 16
SPACING_SMALL = 8
RADIUS = 12
MIN_BODY_PT = 11


@dataclass(frozen=True)
class Colours:
    background: str
    surface: str
    surface_alt: str
    text: str
    muted: str
    accent: str
    accent_text: str
    accent_soft: str
    border: str
    focus: str
    danger: str


LIGHT = Colours(
    background="#F3F0EA", surface="#FBF9F5", surface_alt="#EEEAE2", text="#2F3A3E",
    muted="#5C686C", accent="#4A7772", accent_text="#FBF9F5", accent_soft="#DDE9E5",
    border="#DDD7CC", focus="#2F6E8C", danger="#A3362E",
)
DARK = Colours(
    background="#1E2225", surface="#272C30", surface_alt="#30363B", text="#E4E0DA",
    muted="#A7AEB1", accent="#86B3AC", accent_text="#1E2225", accent_soft="#33433F",
    border="#3B4247", focus="#8CC3DD", danger="#E08A80",
)


def current_colours() -> Colours:
    """Light or dark, as the system asks."""
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


def apply_theme(app: QApplication, text_scale: float | None = None) -> None:
    """Apply palette, stylesheet and fonts now, and again when the system scheme changes.

    ``text_scale`` multiplies the system's body text size (never below 11 pt).
    """
    if app.property("reconnectBasePt") is None:
        app.setProperty("reconnectBasePt", max(app.font().pointSizeF(), float(MIN_BODY_PT)))
    if text_scale is not None:
        app.setProperty("reconnectTextScale", text_scale)
    _apply(app)
    if not app.property("reconnectThemeWatching"):
        app.setProperty("reconnectThemeWatching", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: _apply(app))


def _apply(app: QApplication) -> None:
    colours = current_colours()
    app.setStyle("Fusion")
    font = QFont(app.font())
    scale = float(app.property("reconnectTextScale") or 1.0)
    font.setPointSizeF(max(float(app.property("reconnectBasePt")) * scale, MIN_BODY_PT))
    app.setFont(font)
    app.setPalette(palette(colours))
    app.setStyleSheet(stylesheet(colours, font.pointSizeF()))


def text_scale(app: QApplication) -> float:
    return float(app.property("reconnectTextScale") or 1.0)


def next_text_scale(current: float, step: int) -> float:
    """The next larger (step 1) or smaller (step -1) text size; 0 resets."""
    if step == 0:
        return 1.0
    nearest = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, nearest + step))]


def icon_path(name: str) -> str:
    """A file path for an icon shipped in the package (stylesheets need real paths)."""
    from importlib import resources

    path = resources.files("numbness_desktop.resources").joinpath("icons", name)
    return str(path).replace("\\", "/")


def palette(c: Colours) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for which, value in (
        (role.Window, c.background), (role.WindowText, c.text), (role.Base, c.surface),
        (role.AlternateBase, c.surface_alt), (role.Text, c.text), (role.Button, c.surface),
        (role.ButtonText, c.text), (role.Highlight, c.accent), (role.HighlightedText,
        c.accent_text), (role.ToolTipBase, c.surface), (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted), (role.Link, c.focus), (role.Mid, c.border),
    ):
        pal.setColor(which, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c.muted))
    return pal


def stylesheet(c: Colours, body_pt: float) -> str:
    """Object names used here: card, pageTitle, sectionTitle, muted, banner, helpButton."""
    return f"""
    QWidget {{ color: {c.text}; }}
    QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget#page {{
        background: {c.background};
    }}
    QToolBar {{ background: {c.background}; border: none; padding: 6px {SPACING}px; spacing: 8px; }}
    QTabWidget::pane {{ border: none; }}
    QTabBar::tab {{
        background: transparent; color: {c.muted}; padding: 10px 18px; margin-right: 4px;
        border: none; border-bottom: 3px solid transparent; font-size: {body_pt + 0.5:.1f}pt;
    }}
    QTabBar::tab:selected {{ color: {c.text}; border-bottom: 3px solid {c.accent};
        font-weight: 600; }}
    QTabBar::tab:focus {{ outline: none; background: {c.accent_soft}; }}
    QFrame#card {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    }}
    QFrame#helpCard {{
        background: {c.accent_soft}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    }}
    QLabel#pageTitle {{ font-size: {body_pt * 1.75:.1f}pt; font-weight: 600; }}
    QLabel#sectionTitle {{ font-size: {body_pt * 1.2:.1f}pt; font-weight: 600; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#example {{ color: {c.muted}; font-style: italic; }}
    QFrame#banner {{
        background: {c.accent_soft}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    }}
    QPushButton, QToolButton {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
        padding: 7px 14px; min-height: 20px;
    }}
    QPushButton:hover, QToolButton:hover {{ background: {c.surface_alt}; }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus,
    QListView:focus {{ border: 2px solid {c.focus}; }}
    QPushButton:disabled {{ color: {c.muted}; }}
    QPushButton#primary, QToolButton#helpButton {{
        background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
        font-weight: 600;
    }}
    QPushButton#primary:hover, QToolButton#helpButton:hover {{ background: {c.focus}; }}
    QLineEdit, QComboBox {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
        padding: 6px 10px; selection-background-color: {c.accent};
    }}
    QComboBox::drop-down {{ border: none; width: 26px; }}
    QComboBox::down-arrow {{ image: url("{icon_path('chevron-down.svg')}"); width: 12px;
        height: 12px; }}
    QComboBox QAbstractItemView {{ background: {c.surface}; border: 1px solid {c.border};
        selection-background-color: {c.accent_soft}; selection-color: {c.text}; }}
    QListView {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
        padding: 4px; outline: none;
    }}
    QListView::item {{ padding: 6px 8px; border-radius: 6px; }}
    QListView::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
    QScrollArea {{ border: none; }}
    QLabel#appName {{ color: {c.muted}; font-weight: 600; padding-left: 8px; }}
    QScrollBar:vertical {{ background: transparent; width: 12px; margin: 2px; }}
    QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 4px; min-height: 40px; }}
    QScrollBar::handle:vertical:hover {{ background: {c.muted}; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; width: 0; }}
    QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
    QToolTip {{ background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; }}
    QLabel#prompt {{ font-size: {body_pt * 1.05:.1f}pt; color: {c.muted}; }}
    QPlainTextEdit#journalEditor {{
        background: {c.surface}; border: none; padding: 6px 8px;
        font-size: {body_pt * 1.1:.1f}pt; selection-background-color: {c.accent};
        selection-color: {c.accent_text};
    }}
    QFrame#chip {{ background: {c.accent_soft}; border: 1px solid {c.border};
        border-radius: 15px; }}
    QPushButton#chipRemove {{ background: transparent; border: none; padding: 2px 8px;
        min-height: 0; color: {c.muted}; }}
    QPushButton#chipRemove:hover {{ color: {c.text}; }}
    QPushButton#chipRemove:focus {{ border: 2px solid {c.focus}; }}
    QPushButton#promptButton {{ background: transparent; color: {c.muted};
        border: 1px dashed {c.border}; border-radius: 14px; padding: 4px 12px; }}
    QPushButton#promptButton:hover {{ color: {c.text}; background: {c.surface_alt}; }}
    QPushButton#promptButton:focus {{ border: 2px solid {c.focus}; }}
    QPushButton#linkButton {{ background: transparent; border: none; color: {c.focus};
        text-align: left; padding: 4px 2px; }}
    QPushButton#linkButton:focus {{ border: 2px solid {c.focus}; }}
    QToolButton#dateButton {{ font-weight: 600; padding: 7px 16px; }}
    QToolButton#dateButton::menu-indicator {{ image: url("{icon_path('chevron-down.svg')}");
        width: 10px; height: 10px; subcontrol-position: right center; right: 6px; }}
    QDateEdit {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px;
        padding: 5px 8px; }}
    QDateEdit:focus {{ border: 2px solid {c.focus}; }}
    QDateEdit::drop-down {{ border: none; width: 24px; }}
    QDateEdit::down-arrow {{ image: url("{icon_path('chevron-down.svg')}"); width: 12px;
        height: 12px; }}
    """

"""The calm theme, defined in one place: colours, spacing, radii and fonts.

Soft colours for light and dark, following the system's colour scheme. No pure white or
black, and red only for real danger.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

SPACING = 16
SPACING_SMALL = 8
RADIUS = 12
MIN_BODY_PT = 11


class Colours(NamedTuple):  # not a frozen dataclass: ~1 ms less before the first paint
    background: str
    surface: str
    surface_alt: str
    text: str
    muted: str
    accent: str
    accent_text: str
    accent_soft: str
    border: str  # cards and dividers: decoration, soft on purpose
    focus: str
    danger: str
    control_border: str  # the edge of a field, button or box: at least 3:1 (WCAG 1.4.11)


LIGHT = Colours(
    background="#F3F0EA", surface="#FBF9F5", surface_alt="#EEEAE2", text="#2F3A3E",
    muted="#5C686C", accent="#4A7772", accent_text="#FBF9F5", accent_soft="#DDE9E5",
    border="#DDD7CC", focus="#2F6E8C", danger="#A3362E", control_border="#7F8582",
)
DARK = Colours(
    background="#1E2225", surface="#272C30", surface_alt="#30363B", text="#E4E0DA",
    muted="#A7AEB1", accent="#86B3AC", accent_text="#1E2225", accent_soft="#33433F",
    border="#3B4247", focus="#8CC3DD", danger="#E08A80", control_border="#7D868C",
)
# A choice in Settings → Appearance: the strongest separation of text, edges and focus.
HIGH_CONTRAST = Colours(
    background="#121212", surface="#050505", surface_alt="#2A2A2A", text="#FFFFFF",
    muted="#E6E6E6", accent="#FFD54A", accent_text="#121212", accent_soft="#3D3318",
    border="#D0D0D0", focus="#62CCFF", danger="#FFA090", control_border="#E6E6E6",
)
SCHEMES = {"light": LIGHT, "dark": DARK, "high-contrast": HIGH_CONTRAST}


# Application properties that remember the scheme (plain Python values, set once).
_SYSTEM_DARK = "reconnectSystemDark"  # the system's scheme as last seen
_FORCED_SCHEME = "reconnectForcedScheme"  # a key of SCHEMES (a choice, screenshots); unset: follow


def current_colours() -> Colours:
    """Light or dark, as the system asks (or as :func:`force_scheme` chose)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return LIGHT
    forced = app.property(_FORCED_SCHEME)
    if forced in SCHEMES:
        return SCHEMES[forced]
    return DARK if _system_is_dark(app) else LIGHT


def is_dark(colours: Colours) -> bool:
    """Whether text is drawn light on dark (dark and high contrast)."""
    return QColor(colours.background).lightness() < QColor(colours.text).lightness()


def _system_is_dark(app: QGuiApplication) -> bool:
    """Read once, before any palette of ours replaces the platform's."""
    if app.property(_SYSTEM_DARK) is None:
        app.setProperty(_SYSTEM_DARK, _system_palette_is_dark(app))
    return bool(app.property(_SYSTEM_DARK))


def _system_palette_is_dark(app: QGuiApplication) -> bool:
    """The scheme at start, read from the platform's palette before ours replaces it.

    ``styleHints().colorScheme()`` would say it directly, but returning a ``Qt`` enum makes
    PySide6 build the whole ``Qt`` namespace (about 12 ms) before the first paint. Later
    changes arrive with the scheme itself (``colorSchemeChanged``).
    """
    pal = app.palette()
    role = QPalette.ColorRole
    return pal.color(role.Window).lightness() < pal.color(role.WindowText).lightness()


def force_scheme(app: QApplication, scheme: str | None) -> None:
    """Draw in "light", "dark" or "high-contrast" whatever the system says (None: follow
    it again)."""
    _system_is_dark(app)
    app.setProperty(_FORCED_SCHEME, scheme)
    if is_applied(app):
        _apply(app)


STYLE = "Fusion"
_STYLE_SET = "reconnectStyleSet"


def new_application(program: str) -> QApplication:
    """The QApplication, with Qt choosing the theme's style itself from the command line.

    ``setStyle()`` hands the new QStyle to Python, and PySide6 then builds QStyle's Python
    enums: about 5 ms before the first paint that this way never happens.
    """
    app = QApplication([program, "-style", STYLE])
    app.setProperty(_STYLE_SET, True)
    return app


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
        app.styleHints().colorSchemeChanged.connect(lambda scheme: _scheme_changed(app, scheme))


def _scheme_changed(app: QApplication, scheme: Qt.ColorScheme) -> None:
    from PySide6.QtCore import Qt

    app.setProperty(_SYSTEM_DARK, scheme == Qt.ColorScheme.Dark)
    _apply(app)


def _apply(app: QApplication) -> None:
    colours = current_colours()
    if not app.property(_STYLE_SET):
        app.setStyle(STYLE)
        app.setProperty(_STYLE_SET, True)
    font = QFont(app.font())
    scale = float(app.property("reconnectTextScale") or 1.0)
    font.setPointSizeF(max(float(app.property("reconnectBasePt")) * scale, MIN_BODY_PT))
    app.setFont(font)
    app.setPalette(palette(colours))
    app.setStyleSheet(stylesheet(colours, font.pointSizeF()))


def is_applied(app: QApplication) -> bool:
    return bool(app.property("reconnectThemeWatching"))


def text_scale(app: QApplication) -> float:
    return float(app.property("reconnectTextScale") or 1.0)


def next_text_scale(current: float, step: int) -> float:
    """The next larger (step 1) or smaller (step -1) text size; 0 resets."""
    if step == 0:
        return 1.0
    nearest = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
    return TEXT_SCALES[max(0, min(len(TEXT_SCALES) - 1, nearest + step))]


def icon_path(name: str) -> str:
    """A file path for an icon shipped in the package (stylesheets need real paths).

    The folder is the one importlib.resources would give for the installed package, read
    from its import spec: importing importlib.resources itself costs about 4 ms, and the
    stylesheet needs this before the first paint.
    """
    folder = _resources_folder()
    if folder is None:  # not a plain folder (a zip?): let importlib.resources find it
        from importlib import resources

        return str(resources.files("numbness_desktop.resources").joinpath("icons", name))
    return str(Path(folder, "icons", name)).replace("\\", "/")


@cache
def _resources_folder() -> str | None:
    """The package's resources folder, looked up once (the style sheet names seven icons)."""
    from importlib.util import find_spec

    spec = find_spec("numbness_desktop.resources")
    return next(iter(spec.submodule_search_locations or ()), None) if spec else None


def palette(c: Colours) -> QPalette:
    pal = QPalette()
    role = QPalette.ColorRole
    for which, value in (
        (role.Window, c.background), (role.WindowText, c.text), (role.Base, c.surface),
        (role.AlternateBase, c.surface_alt), (role.Text, c.text), (role.Button, c.surface),
        (role.ButtonText, c.text), (role.Highlight, c.accent), (role.HighlightedText,
        c.accent_text), (role.ToolTipBase, c.surface), (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted), (role.Link, c.focus), (role.Mid, c.border),
        # Fusion draws frame and tab-bar edges with these; left alone they stay Qt's white
        # and black, which glare in the dark scheme.
        (role.Light, c.border), (role.Midlight, c.border), (role.Dark, c.border),
        (role.Shadow, c.background),
    ):
        pal.setColor(which, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor(c.muted))
    pal.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor(c.muted))
    return pal


def _scheme_name(c: Colours) -> str:
    """The scheme's key in SCHEMES (its icons are named after it)."""
    return next((name for name, colours in SCHEMES.items() if colours == c), "light")


INDICATOR_PX = 14  # a check box's or radio button's box beside 11 pt text (inside its border)


def indicator_px(body_pt: float) -> int:
    """The box grows with the words beside it (28 px at 200 % text), never below 14 px."""
    return max(INDICATOR_PX, round(INDICATOR_PX * body_pt / MIN_BODY_PT))


# The tab names' size as a share of their usual size, a step at a time, where the window is
# too narrow for all eight on one row at full size (the smallest window at 175 % text and
# more); never smaller than the last step (ui/window/tab_bar.py chooses).
TAB_FIT_STEPS = (1.0, 0.95, 0.9, 0.85, 0.8)


def tab_point_size(body_pt: float) -> float:
    """The tab names' usual size: a little larger than the body text."""
    return round(body_pt + 0.5, 1)


def _tab_fit_rules(body_pt: float) -> str:
    """``QTabBar[fit="N"]``: the tab names at TAB_FIT_STEPS[N] of their size."""
    usual = tab_point_size(body_pt)
    return "\n".join(f'    QTabBar[fit="{step}"]::tab {{ font-size: {usual * share:.1f}pt; }}'
                     for step, share in enumerate(TAB_FIT_STEPS) if step)


def stylesheet(c: Colours, body_pt: float) -> str:
    """Object names used here: card, pageTitle, sectionTitle, subTitle, muted, banner,
    helpButton."""
    # Larger text, narrower side padding: at 150 % the eight names keep to one row of the
    # smallest window (992 px); from 160 % they keep to 1280 px, and a smaller window sets
    # them a step smaller (TAB_FIT_STEPS; ui/window/tab_bar.py). A focused tab's frame comes
    # out of its padding: the bar keeps its size when focus moves to it (otherwise every
    # tab's page was laid out twice on its first show).
    tab_pad = 18 if body_pt < 16 else 10 if body_pt < 17.5 else 6
    box = indicator_px(body_pt)
    return f"""
    QWidget {{ color: {c.text}; }}
    QMainWindow, QDialog, QScrollArea, QScrollArea > QWidget > QWidget#page {{
        background: {c.background};
    }}
    QToolBar {{ background: {c.background}; border: none; padding: 6px {SPACING}px; spacing: 8px; }}
    QTabWidget::pane {{ border: none; }}
    QTabBar::tab {{
        background: transparent; color: {c.muted}; padding: 10px {tab_pad}px; margin-right: 4px;
        border: none; border-bottom: 3px solid transparent;
        font-size: {tab_point_size(body_pt):.1f}pt;
    }}
    QTabBar::scroller {{ width: 64px; }}
    /* PNG, not SVG: every tab bar's scroll buttons are styled before the first paint, and an
       SVG there loads Qt's SVG plug-in and library (~0.6 MiB) before anything needs them.
       Drawn from chevron-*.svg at 1x and @2x (tests/ui/test_theme_icons.py checks). */
    QTabBar QToolButton {{ padding: 0; min-height: 0; border-radius: 6px; }}
    QTabBar QToolButton::left-arrow {{ image: url("{icon_path('chevron-left.png')}"); }}
    QTabBar QToolButton::right-arrow {{ image: url("{icon_path('chevron-right.png')}"); }}
    QTabBar::tab:selected {{ color: {c.text}; border-bottom: 3px solid {c.accent};
        font-weight: 600; }}
    QTabBar::tab:focus {{ outline: none; background: {c.accent_soft};
        border: 2px solid {c.focus}; border-bottom: 3px solid {c.focus};
        padding: 8px {tab_pad - 2}px 10px {tab_pad - 2}px; }}
{_tab_fit_rules(body_pt)}
    QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 6px;
        padding: 1px 2px; }}
    QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {c.focus}; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: {box}px; height: {box}px;
        border: 2px solid {c.control_border}; background: {c.surface}; }}
    QCheckBox, QRadioButton {{ spacing: {round(box * 3 / 7)}px; }}
    QCheckBox::indicator {{ border-radius: {round(box * 2 / 7)}px; }}
    QRadioButton::indicator {{ border-radius: {box // 2 + 2}px; }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent};
        image: url("{icon_path(f'check-{_scheme_name(c)}.svg')}"); }}
    QRadioButton::indicator:checked {{ border-color: {c.accent};
        image: url("{icon_path(f'dot-{_scheme_name(c)}.svg')}"); }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
        border-color: {c.muted}; }}
    QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {{ placeholder-text-color: {c.muted}; }}
    QFrame#card {{
        background: {c.surface}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    }}
    QLabel#focusLine {{ border: 2px solid transparent; border-radius: 6px; padding: 2px; }}
    QLabel#focusLine:focus {{ border: 2px solid {c.focus}; }}
    QTextBrowser {{ border: 1px solid {c.control_border}; border-radius: 8px; }}
    QTextBrowser:focus {{ border: 2px solid {c.focus}; }}
    QFrame#helpCard {{
        background: {c.accent_soft}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    }}
    QLabel#pageTitle {{ font-size: {body_pt * 1.75:.1f}pt; font-weight: 600; }}
    QLabel#sectionTitle {{ font-size: {body_pt * 1.2:.1f}pt; font-weight: 600; }}
    QLabel#subTitle {{ font-weight: 600; }}
    QLabel#muted {{ color: {c.muted}; }}
    QLabel#example {{ color: {c.muted}; font-style: italic; }}
    QFrame#banner {{
        background: {c.accent_soft}; border: 1px solid {c.border}; border-radius: {RADIUS}px;
    }}
    QPushButton, QToolButton {{
        background: {c.surface}; border: 1px solid {c.control_border}; border-radius: 8px;
        padding: 7px 14px; min-height: 20px;
    }}
    QPushButton:hover, QToolButton:hover {{ background: {c.surface_alt}; }}
    QPushButton:checked {{
        background: {c.accent_soft}; border: 2px solid {c.accent};
    }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus,
    QListView:focus {{ border: 2px solid {c.focus}; }}
    QPushButton:disabled {{ color: {c.muted}; }}
    QPushButton#primary, QToolButton#helpButton {{
        background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
        font-weight: 600;
    }}
    QPushButton#primary:hover, QToolButton#helpButton:hover {{ background: {c.focus}; }}
    QPushButton#primary:focus, QToolButton#helpButton:focus {{
        border: 3px solid {c.text}; }}
    QLineEdit, QComboBox {{
        background: {c.surface}; border: 1px solid {c.control_border}; border-radius: 8px;
        padding: 6px 10px; selection-background-color: {c.accent};
    }}
    QComboBox::drop-down {{ border: none; width: 26px; }}
    QComboBox::down-arrow {{ image: url("{icon_path('chevron-down.svg')}"); width: 12px;
        height: 12px; }}
    QComboBox QAbstractItemView {{ background: {c.surface}; border: 1px solid {c.border};
        selection-background-color: {c.accent_soft}; selection-color: {c.text}; }}
    QListView {{
        background: {c.surface}; border: 1px solid {c.control_border}; border-radius: 8px;
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
    QDateEdit {{ background: {c.surface}; border: 1px solid {c.control_border}; border-radius: 8px;
        padding: 5px 8px; }}
    QDateEdit:focus {{ border: 2px solid {c.focus}; }}
    QDateEdit::drop-down {{ border: none; width: 24px; }}
    QDateEdit::down-arrow {{ image: url("{icon_path('chevron-down.svg')}"); width: 12px;
        height: 12px; }}
    """

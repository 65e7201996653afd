"""Synthetic Student Score Report (SSR) PDFs, merged "batched by grade" as coordinators download them from TOMS.

A coordinator's TOMS download is one PDF per grade holding every student's reports one after another. Each
report is its own document and starts with a front page: program and title, the school and LEA, the
student's name, SSID and grade, the administration year, and the mailing address placed for a #10
left-window envelope (`ADDRESS_WINDOW`). Score pages, a guide page and, for the 6-page Smarter Balanced +
CAST report, a page that says "This page is intentionally left blank." follow. Students whose primary
language is one TOMS translates into get a translated copy of the same length right after the English one.

The app finds each student's report by reading page text, so all text here is real, extractable text with
correct Unicode: English-only pages may use Helvetica; other text uses an embedded TrueType font (DejaVu Sans
covers Latin, Vietnamese and Arabic). Korean and Traditional Chinese need a TrueType CJK font (NanumGothic
from Debian's fonts-nanum, AR PL UMing from fonts-arphic-uming, WenQuanYi, Droid Sans Fallback, Malgun
Gothic, Microsoft JhengHei …; CFF-flavoured OpenType such as Noto CJK cannot be embedded); every font's glyph
coverage is checked before a string is drawn with it, because a missing glyph renders blank without error.
When no installed font covers a language, its translated copy keeps the same structure and length but is
printed with English labels under a clearly labelled "Korean translation" (etc.) banner.

Arabic is shaped here (presentation forms, visual right-to-left order) because reportlab does neither;
pdfium extracts such text back as ordinary Arabic letters in logical order. Like any right-to-left PDF, a
line that mixes Arabic with digits or Latin words may come back with those runs reordered ("25–2024"),
while the SSID (one unbroken run of digits) and the name line (Latin only) come back intact.

Writing switches off reportlab's ASCII85 stream layer for the duration (`rl_config` is process-wide): do
not write PDFs from other threads at the same time.

Layouts vary, so a reader cannot depend on one: `ReportStyle` (chosen per file, or per report from an rng)
changes label wording, the order of the name/SSID/grade lines, "First Last" or "LAST, FIRST", the grade as
"Grade 5" or "Grade: 05", Helvetica or DejaVu, running headers and page numbers, and shifts blocks by a few
points — the address block always stays inside the envelope window.

`write_odd_files` makes the broken and unusual files a reader must cope with. Nothing here needs Qt.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import os
import random
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from ..files import atomic_write
from ..printing.sheets import binary_streams
from . import scorefiles as sf
from .people import GRADES, District, Student

# --- page geometry ---------------------------------------------------------------------------

INCH = 72.0
PAGE_WIDTH, PAGE_HEIGHT = 8.5 * INCH, 11 * INCH  # US Letter

# The #10 left-window envelope zone the address block must sit in: (left, bottom, right, top) in PDF points
# (origin at the bottom left of the page). 1.0 in from the left, 2.35 in from the top, 3.25 in x 0.7 in.
ADDRESS_WINDOW = (1.0 * INCH, PAGE_HEIGHT - 3.05 * INCH, 4.25 * INCH, PAGE_HEIGHT - 2.35 * INCH)
MAX_ADDRESS_LINES = 4


def _top(inches: float) -> float:
    """The PDF y coordinate `inches` below the top edge of the page."""
    return PAGE_HEIGHT - inches * INCH


# --- report kinds ----------------------------------------------------------------------------

KINDS = ("SB", "SB+CAST", "CAST", "CAA", "CAA+Science", "CAA Science", "CSA", "ELPAC", "Alternate ELPAC")

# Pages of each kind of report, 2024-25, and the odd lengths of 2023-24 (no blank page to even them up).
_PLANS = {
    "SB": ("front", "ELA", "Mathematics", "guide"),
    "SB+CAST": ("front", "ELA", "Mathematics", "Science", "guide", "blank"),
    "CAST": ("front", "Science"),
    "CAA": ("front", "ELA", "Mathematics", "guide"),
    "CAA+Science": ("front", "ELA", "Mathematics", "Science"),
    "CAA Science": ("front", "Science"),
    "CSA": ("front", "CSA"),
    "ELPAC": ("front", "ELPAC"),
    "Alternate ELPAC": ("front", "ELPAC"),
}
_PLANS_2023_24 = {
    **_PLANS,
    "SB+CAST": ("front", "ELA", "Mathematics", "Science", "guide"),
    "CAST": ("front", "Science", "guide"),
    "CAA+Science": ("front", "ELA", "Mathematics", "Science", "guide"),
    "CAA Science": ("front", "Science", "guide"),
}
REPORT_LENGTHS = {kind: len(plan) for kind, plan in _PLANS.items()}
REPORT_LENGTHS_2023_24 = {kind: len(plan) for kind, plan in _PLANS_2023_24.items()}

BLANK_PAGE_TEXT = "This page is intentionally left blank."

# Languages TOMS translates SSRs into, as `SyntheticReport.language` names them. CSA: Spanish only.
TRANSLATED_LANGUAGES = ("Spanish", "Vietnamese", "Filipino", "Korean", "Arabic", "Traditional Chinese")
_LANGUAGE_BY_PEOPLE_NAME = {"Spanish": "Spanish", "Vietnamese": "Vietnamese", "Filipino (Tagalog)": "Filipino",
                            "Korean": "Korean", "Arabic": "Arabic", "Mandarin": "Traditional Chinese",
                            "Cantonese": "Traditional Chinese"}
# The TOMS layouts' CEDS codes: CHI covers Mandarin and Cantonese, PHI is Filipino (Tagalog).
_LANGUAGE_BY_CEDS = {"SPA": "Spanish", "VIE": "Vietnamese", "PHI": "Filipino", "KOR": "Korean", "ARA": "Arabic",
                     "CHI": "Traditional Chinese"}


@dataclass(frozen=True)
class SyntheticReport:
    """One report document: its own front page, then its score pages.

    `scores` maps "ELA", "Mathematics", "Science", "CSA" or "ELPAC" to a score record (canonical field
    names, as `scorefiles.records` makes them; "scale_score" and "achievement_level" are enough). `pages`
    forces a length: fewer pages cut the plan short, more add a guide page and blank pages.
    """

    ssid: str
    first_name: str
    last_name: str
    grade: str  # "KN", "01" … "12"
    school: str
    district: str
    kind: str  # one of KINDS
    language: str = "English"
    address_lines: tuple[str, ...] = ()
    scores: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    administration: str = "2024–25"
    pages: int | None = None

    def __post_init__(self):
        if self.kind not in _PLANS:
            raise ValueError(f"unknown report kind {self.kind!r}; expected one of {', '.join(KINDS)}")
        if self.pages is not None and self.pages < 1:
            raise ValueError("a report has at least its front page")

    @property
    def page_count(self) -> int:
        return len(page_plan(self))


def report_length(kind: str, administration: str = "2024–25") -> int:
    """Pages of a report of `kind`: 2024-25 lengths, or 2023-24's odd ones for that administration."""
    plans = _PLANS_2023_24 if _start_year(administration) == 2023 else _PLANS
    return len(plans[kind])


def page_plan(report: SyntheticReport) -> tuple[str, ...]:
    """What each page of `report` shows: "front", a subject, "guide" or "blank"."""
    plan = (_PLANS_2023_24 if _start_year(report.administration) == 2023 else _PLANS)[report.kind]
    if report.pages is None or report.pages == len(plan):
        return plan
    if report.pages < len(plan):
        return plan[: report.pages]
    extra = () if "guide" in plan else ("guide",)
    return (plan + extra + ("blank",) * report.pages)[: report.pages]


def _start_year(administration: str) -> int:
    match = re.match(r"\s*(\d{4})", administration or "")
    return int(match.group(1)) if match else 2024


def _year_label(start: int) -> str:
    return f"{start}–{(start + 1) % 100:02d}"


# --- styles ----------------------------------------------------------------------------------

SSID_LABELS = ("SSID:", "Statewide Student Identifier (SSID):", "Student ID (SSID):")
IDENTITY_ORDERS = (("name", "ssid", "grade"), ("name", "grade", "ssid"), ("ssid", "name", "grade"),
                   ("grade", "name", "ssid"))


@dataclass(frozen=True)
class ReportStyle:
    """How one year's (or one vendor's) reports look. Translations use their own SSID label, which keeps
    "SSID"; everything else applies to them too."""

    ssid_label: str = "Statewide Student Identifier (SSID):"
    identity_order: tuple[str, ...] = ("name", "ssid", "grade")
    name_format: str = "first_last"  # "first_last": "José García"; "last_first": "GARCÍA, JOSÉ"
    grade_format: str = "word"  # "word": "Grade 5"; "padded": "Grade: 05"
    font: str = "Helvetica"  # "Helvetica" or "DejaVu" (Helvetica is used only where it can encode the text)
    shift: tuple[float, float] = (0.0, 0.0)  # points, moves the title and the student block
    address_shift: tuple[float, float] = (0.0, 0.0)  # points, clamped to keep the block in the window
    address_upper: bool = True
    running_header: bool = True  # name, SSID and grade atop the score pages
    page_numbers: bool = True

    def __post_init__(self):
        if sorted(self.identity_order) != ["grade", "name", "ssid"]:
            raise ValueError("identity_order must order 'name', 'ssid' and 'grade'")
        if self.name_format not in ("first_last", "last_first"):
            raise ValueError("name_format is 'first_last' or 'last_first'")
        if self.grade_format not in ("word", "padded"):
            raise ValueError("grade_format is 'word' or 'padded'")
        if self.font not in ("Helvetica", "DejaVu"):
            raise ValueError("font is 'Helvetica' or 'DejaVu'")


DEFAULT_STYLE = ReportStyle()


def random_style(rng: random.Random) -> ReportStyle:
    return ReportStyle(
        ssid_label=rng.choice(SSID_LABELS),
        identity_order=rng.choice(IDENTITY_ORDERS),
        name_format=rng.choice(("first_last", "last_first")),
        grade_format=rng.choice(("word", "padded")),
        font=rng.choice(("Helvetica", "DejaVu")),
        shift=(rng.uniform(-6, 6), rng.uniform(-4, 4)),
        address_shift=(rng.uniform(0, 4), rng.uniform(-1.5, 1.0)),
        address_upper=rng.random() < 0.75,
        running_header=rng.random() < 0.7,
        page_numbers=rng.random() < 0.8,
    )


def _style_for(style: ReportStyle | random.Random | None) -> ReportStyle:
    if style is None:
        return DEFAULT_STYLE
    if isinstance(style, random.Random):
        return random_style(style)
    return style


# --- labels ----------------------------------------------------------------------------------

_ENGLISH = {
    "program_caaspp": "California Assessment of Student Performance and Progress",
    "program_elpac": "English Language Proficiency Assessments for California",
    "title": "Student Score Report",
    "ssid": "Statewide Student Identifier (SSID):",
    "grade": "Grade",
    "grade_word": "{label} {n}",
    "kindergarten": "Kindergarten",
    "school": "School:",
    "district": "District:",
    "administration": "Test Administration:",
    "dear": "Dear Parent/Guardian:",
    "intro": "This report shows your student's results on the {year} statewide tests. Use it to talk with "
             "your student's teacher about how to support learning at home and at school.",
    "overview": "Summary of Results",
    "ela": "English Language Arts/Literacy",
    "math": "Mathematics",
    "science": "Science",
    "csa": "California Spanish Assessment",
    "elpac": "Summative ELPAC",
    "alt_elpac": "Summative Alternate ELPAC",
    "overall": "Overall Score",
    "level_4": "Standard Exceeded",
    "level_3": "Standard Met",
    "level_2": "Standard Nearly Met",
    "level_1": "Standard Not Met",
    "areas": "Area Performance",
    "above": "Above Standard",
    "near": "Near Standard",
    "below": "Below Standard",
    "over_time": "Results Over Time",
    "blank": BLANK_PAGE_TEXT,
    "page": "Page {n} of {total}",
    "guide": "Understanding the Scores",
    "guide_text": "Scores are one of several measures of your student's progress. Talk with your student's "
                  "teacher to learn more.",
    "no_score": "No score reported",
    "oral": "Oral Language",
    "written": "Written Language",
    "listening": "Listening",
    "speaking": "Speaking",
    "reading": "Reading",
    "writing": "Writing",
    "research": "Research/Inquiry",
    "concepts": "Concepts and Procedures",
    "problem_solving": "Problem Solving and Modeling & Data Analysis",
    "reasoning": "Communicating Reasoning",
    "earth": "Earth and Space Sciences",
    "life": "Life Sciences",
    "physical": "Physical Sciences",
    "level": "Level",
    "year": "Year",
    "score": "Score",
    "translation": "{language} translation",
    "more_info": "For more information about the tests and these results, visit https://www.caaspp-elpac.org/ "
                 "or talk with your student's teacher.",
}

_TRANSLATIONS: dict[str, dict[str, str]] = {
    "Spanish": {
        "more_info": "Para obtener más información sobre las pruebas y estos resultados, visite "
                     "https://www.caaspp-elpac.org/ o hable con el maestro de su estudiante.",
        "program_caaspp": "Evaluación del Rendimiento y Progreso Estudiantil de California",
        "program_elpac": "Evaluaciones del Dominio del Idioma Inglés de California",
        "title": "Informe de calificaciones del estudiante",
        "ssid": "Identificador estatal del estudiante (SSID):",
        "grade": "Grado",
        "kindergarten": "Kínder",
        "school": "Escuela:",
        "district": "Distrito:",
        "administration": "Administración de la prueba:",
        "dear": "Estimado padre, madre o tutor:",
        "intro": "Este informe muestra los resultados de su estudiante en las pruebas estatales de {year}. "
                 "Úselo para hablar con el maestro sobre cómo apoyar el aprendizaje en casa y en la escuela.",
        "overview": "Resumen de resultados",
        "ela": "Artes del lenguaje en inglés/lectoescritura",
        "math": "Matemáticas",
        "science": "Ciencias",
        "csa": "Evaluación de Español de California",
        "elpac": "ELPAC sumativa",
        "alt_elpac": "ELPAC alternativa sumativa",
        "overall": "Puntuación general",
        "level_4": "Superó la norma",
        "level_3": "Cumplió la norma",
        "level_2": "Casi cumplió la norma",
        "level_1": "No cumplió la norma",
        "areas": "Desempeño por área",
        "above": "Por encima de la norma",
        "near": "Cerca de la norma",
        "below": "Por debajo de la norma",
        "over_time": "Resultados a lo largo del tiempo",
        "blank": "Esta página se dejó en blanco intencionalmente.",
        "page": "Página {n} de {total}",
        "guide": "Cómo entender las calificaciones",
        "guide_text": "Las calificaciones son una de varias medidas del progreso de su estudiante. Hable con el "
                      "maestro para saber más.",
        "no_score": "No se informó calificación",
        "oral": "Lenguaje oral",
        "written": "Lenguaje escrito",
        "listening": "Comprensión auditiva",
        "speaking": "Expresión oral",
        "reading": "Lectura",
        "writing": "Escritura",
        "research": "Investigación",
        "concepts": "Conceptos y procedimientos",
        "problem_solving": "Resolución de problemas, modelado y análisis de datos",
        "reasoning": "Comunicación del razonamiento",
        "earth": "Ciencias de la Tierra y del espacio",
        "life": "Ciencias de la vida",
        "physical": "Ciencias físicas",
        "level": "Nivel",
        "year": "Año",
        "score": "Puntuación",
    },
    "Vietnamese": {
        "more_info": "Để biết thêm thông tin về các bài kiểm tra và kết quả này, hãy truy cập "
                     "https://www.caaspp-elpac.org/ hoặc trao đổi với giáo viên.",
        "program_caaspp": "Chương trình Đánh giá Thành tích và Tiến bộ của Học sinh California",
        "program_elpac": "Bài đánh giá Trình độ Anh ngữ của California",
        "title": "Báo cáo điểm của học sinh",
        "ssid": "Mã số học sinh toàn tiểu bang (SSID):",
        "grade": "Lớp",
        "kindergarten": "Mẫu giáo",
        "school": "Trường:",
        "district": "Học khu:",
        "administration": "Năm kiểm tra:",
        "dear": "Kính gửi quý phụ huynh/người giám hộ:",
        "intro": "Báo cáo này cho biết kết quả của học sinh trong các bài kiểm tra toàn tiểu bang năm {year}. "
                 "Hãy dùng báo cáo để trao đổi với giáo viên về cách hỗ trợ việc học ở nhà và ở trường.",
        "overview": "Tóm tắt kết quả",
        "ela": "Ngữ văn Anh/Đọc viết",
        "math": "Toán",
        "science": "Khoa học",
        "elpac": "ELPAC tổng kết",
        "alt_elpac": "ELPAC thay thế tổng kết",
        "overall": "Điểm tổng",
        "level_4": "Vượt tiêu chuẩn",
        "level_3": "Đạt tiêu chuẩn",
        "level_2": "Gần đạt tiêu chuẩn",
        "level_1": "Chưa đạt tiêu chuẩn",
        "areas": "Kết quả theo từng phần",
        "above": "Trên tiêu chuẩn",
        "near": "Gần tiêu chuẩn",
        "below": "Dưới tiêu chuẩn",
        "over_time": "Kết quả qua các năm",
        "blank": "Trang này được cố ý để trống.",
        "page": "Trang {n}/{total}",
        "guide": "Hiểu về điểm số",
        "guide_text": "Điểm số là một trong nhiều thước đo sự tiến bộ của học sinh. Hãy liên hệ giáo viên để "
                      "biết thêm.",
        "no_score": "Không có điểm",
        "oral": "Ngôn ngữ nói",
        "written": "Ngôn ngữ viết",
        "listening": "Nghe",
        "speaking": "Nói",
        "reading": "Đọc",
        "writing": "Viết",
        "research": "Nghiên cứu",
        "concepts": "Khái niệm và quy trình",
        "problem_solving": "Giải quyết vấn đề, mô hình hóa và phân tích dữ liệu",
        "reasoning": "Trình bày lập luận",
        "earth": "Khoa học Trái đất và Không gian",
        "life": "Khoa học sự sống",
        "physical": "Khoa học vật lý",
        "level": "Mức",
        "year": "Năm",
        "score": "Điểm",
    },
    "Filipino": {
        "more_info": "Para sa higit pang impormasyon tungkol sa mga pagsusulit at resultang ito, "
                     "bisitahin ang https://www.caaspp-elpac.org/ o makipag-usap sa guro.",
        "program_caaspp": "Pagtatasa ng California sa Pagganap at Pag-unlad ng Mag-aaral",
        "program_elpac": "Mga Pagtatasa ng Kahusayan sa Wikang Ingles para sa California",
        "title": "Ulat ng Iskor ng Mag-aaral",
        "ssid": "Pang-estadong Numero ng Mag-aaral (SSID):",
        "grade": "Baitang",
        "school": "Paaralan:",
        "district": "Distrito:",
        "administration": "Taon ng Pagsusulit:",
        "dear": "Mahal na Magulang/Tagapag-alaga:",
        "intro": "Ipinapakita ng ulat na ito ang mga resulta ng inyong anak sa mga pang-estadong pagsusulit ng "
                 "{year}. Gamitin ito sa pakikipag-usap sa guro tungkol sa pagsuporta sa pag-aaral.",
        "overview": "Buod ng mga Resulta",
        "ela": "Sining ng Wikang Ingles/Literasiya",
        "math": "Matematika",
        "science": "Agham",
        "overall": "Kabuuang Iskor",
        "level_4": "Nalampasan ang Pamantayan",
        "level_3": "Naabot ang Pamantayan",
        "level_2": "Halos Naabot ang Pamantayan",
        "level_1": "Hindi Naabot ang Pamantayan",
        "areas": "Pagganap sa Bawat Bahagi",
        "above": "Higit sa Pamantayan",
        "near": "Malapit sa Pamantayan",
        "below": "Mababa sa Pamantayan",
        "over_time": "Mga Resulta sa Paglipas ng Panahon",
        "blank": "Sinadyang iwanang blangko ang pahinang ito.",
        "page": "Pahina {n} ng {total}",
        "guide": "Pag-unawa sa mga Iskor",
        "guide_text": "Ang mga iskor ay isa lamang sa maraming sukatan ng pag-unlad ng inyong anak. Makipag-usap "
                      "sa guro upang malaman pa.",
        "no_score": "Walang naiulat na iskor",
        "oral": "Pasalitang Wika",
        "written": "Pasulat na Wika",
        "listening": "Pakikinig",
        "speaking": "Pagsasalita",
        "reading": "Pagbasa",
        "writing": "Pagsulat",
        "research": "Pananaliksik",
        "concepts": "Mga Konsepto at Pamamaraan",
        "problem_solving": "Paglutas ng Problema at Pagsusuri ng Datos",
        "reasoning": "Pagpapahayag ng Pangangatwiran",
        "earth": "Agham ng Daigdig at Kalawakan",
        "life": "Agham ng Buhay",
        "physical": "Pisikal na Agham",
        "level": "Antas",
        "year": "Taon",
        "score": "Iskor",
    },
    "Korean": {
        "more_info": "시험과 결과에 대한 자세한 내용은 https://www.caaspp-elpac.org/ 를 방문하거나 교사에게 문의하십시오.",
        "program_caaspp": "캘리포니아 학생 성취도 및 발전 평가",
        "program_elpac": "캘리포니아 영어 능력 평가",
        "title": "학생 성적 보고서",
        "ssid": "주 학생 식별 번호(SSID):",
        "grade": "학년",
        "grade_word": "{n}{label}",
        "kindergarten": "유치원",
        "school": "학교:",
        "district": "교육구:",
        "administration": "시험 연도:",
        "dear": "학부모/보호자님께:",
        "intro": "이 보고서는 {year} 주 전체 시험에서 자녀가 받은 결과를 보여 줍니다. 가정과 학교에서 학습을 "
                 "지원하는 방법에 대해 교사와 상담하실 때 활용하십시오.",
        "overview": "결과 요약",
        "ela": "영어 언어 과목/문해",
        "math": "수학",
        "science": "과학",
        "overall": "총점",
        "level_4": "기준 초과",
        "level_3": "기준 충족",
        "level_2": "기준 거의 충족",
        "level_1": "기준 미달",
        "areas": "영역별 성취도",
        "above": "기준 이상",
        "near": "기준 근접",
        "below": "기준 미만",
        "over_time": "연도별 결과",
        "blank": "이 페이지는 의도적으로 비워 두었습니다.",
        "page": "{total}쪽 중 {n}쪽",
        "guide": "점수 이해하기",
        "guide_text": "점수는 자녀의 발전을 보여 주는 여러 척도 중 하나입니다. 자세한 내용은 교사에게 "
                      "문의하십시오.",
        "no_score": "보고된 점수 없음",
        "oral": "구두 언어",
        "written": "문자 언어",
        "listening": "듣기",
        "speaking": "말하기",
        "reading": "읽기",
        "writing": "쓰기",
        "research": "탐구",
        "concepts": "개념 및 절차",
        "problem_solving": "문제 해결, 모델링 및 데이터 분석",
        "reasoning": "추론 전달",
        "earth": "지구 및 우주 과학",
        "life": "생명 과학",
        "physical": "물리 과학",
        "level": "수준",
        "year": "연도",
        "score": "점수",
    },
    "Traditional Chinese": {
        "more_info": "如需進一步瞭解考試和成績，請瀏覽 https://www.caaspp-elpac.org/ 或洽詢老師。",
        "program_caaspp": "加州學生表現與進步評估",
        "program_elpac": "加州英語能力評估",
        "title": "學生成績報告",
        "ssid": "全州學生識別碼 (SSID)：",
        "grade": "年級",
        "grade_word": "{n}{label}",
        "kindergarten": "幼稚園",
        "school": "學校：",
        "district": "學區：",
        "administration": "考試年度：",
        "dear": "親愛的家長/監護人：",
        "intro": "本報告顯示您的子女在 {year} 全州考試中的成績。請與老師討論如何在家中和學校支持子女的學習。",
        "overview": "成績摘要",
        "ela": "英語語言藝術/讀寫",
        "math": "數學",
        "science": "科學",
        "overall": "總分",
        "level_4": "超越標準",
        "level_3": "達到標準",
        "level_2": "接近達到標準",
        "level_1": "未達到標準",
        "areas": "各領域表現",
        "above": "高於標準",
        "near": "接近標準",
        "below": "低於標準",
        "over_time": "歷年成績",
        "blank": "此頁特意留白。",
        "page": "第 {n} 頁，共 {total} 頁",
        "guide": "瞭解分數",
        "guide_text": "分數只是衡量子女進步的多種方式之一。詳情請洽詢老師。",
        "no_score": "無報告分數",
        "oral": "口語",
        "written": "書面語",
        "listening": "聽力",
        "speaking": "口說",
        "reading": "閱讀",
        "writing": "寫作",
        "research": "研究",
        "concepts": "概念與程序",
        "problem_solving": "解決問題、建模與數據分析",
        "reasoning": "推理表達",
        "earth": "地球與太空科學",
        "life": "生命科學",
        "physical": "物理科學",
        "level": "等級",
        "year": "年度",
        "score": "分數",
    },
    "Arabic": {
        "more_info": "لمزيد من المعلومات عن الاختبارات وهذه النتائج تفضلوا بزيارة "
                     "https://www.caaspp-elpac.org/ أو تحدثوا مع المعلم.",
        "program_caaspp": "تقييم كاليفورنيا لأداء الطلاب وتقدمهم",
        "program_elpac": "تقييمات إتقان اللغة الإنجليزية في كاليفورنيا",
        "title": "تقرير درجات الطالب",
        "ssid": "رقم تعريف الطالب على مستوى الولاية (SSID):",
        "grade": "الصف",
        "kindergarten": "الروضة",
        "school": "المدرسة:",
        "district": "المنطقة التعليمية:",
        "administration": "سنة الاختبار:",
        "dear": "عزيزي ولي الأمر:",
        "intro": "يعرض هذا التقرير نتائج طالبكم في اختبارات الولاية لعام {year}. تحدثوا مع المعلم عن دعم التعلم "
                 "في البيت وفي المدرسة.",
        "overview": "ملخص النتائج",
        "ela": "فنون اللغة الإنجليزية والقراءة والكتابة",
        "math": "الرياضيات",
        "science": "العلوم",
        "overall": "الدرجة الإجمالية",
        "level_4": "تجاوز المعيار",
        "level_3": "حقق المعيار",
        "level_2": "اقترب من تحقيق المعيار",
        "level_1": "لم يحقق المعيار",
        "areas": "الأداء حسب المجال",
        "above": "فوق المعيار",
        "near": "قريب من المعيار",
        "below": "دون المعيار",
        "over_time": "النتائج عبر السنوات",
        "blank": "تركت هذه الصفحة فارغة عمدا.",
        "page": "صفحة {n} من {total}",
        "guide": "فهم الدرجات",
        "guide_text": "الدرجات هي واحدة من عدة مقاييس لتقدم طالبكم. تحدثوا مع المعلم لمعرفة المزيد.",
        "no_score": "لم يتم الإبلاغ عن درجة",
        "oral": "اللغة الشفهية",
        "written": "اللغة المكتوبة",
        "listening": "الاستماع",
        "speaking": "التحدث",
        "reading": "القراءة",
        "writing": "الكتابة",
        "research": "البحث",
        "concepts": "المفاهيم والإجراءات",
        "problem_solving": "حل المشكلات والنمذجة وتحليل البيانات",
        "reasoning": "التعبير عن الاستدلال",
        "earth": "علوم الأرض والفضاء",
        "life": "علوم الحياة",
        "physical": "العلوم الفيزيائية",
        "level": "المستوى",
        "year": "السنة",
        "score": "الدرجة",
    },
}


def labels_for(language: str) -> dict[str, str]:
    """Every label in `language`, English where it has no translation (NFC-normalised)."""
    found = dict(_ENGLISH)
    found.update(_TRANSLATIONS.get(language, {}))
    return {key: unicodedata.normalize("NFC", text) for key, text in found.items()}


# --- fonts -----------------------------------------------------------------------------------

_CP1252_CHARS = frozenset(bytes([b]).decode("cp1252", "ignore") for b in range(256)) - {""}


@dataclass(frozen=True)
class _Face:
    regular: str  # registered reportlab font names
    bold: str
    chars: frozenset[str]  # what it has glyphs for


_HELVETICA = _Face("Helvetica", "Helvetica-Bold", _CP1252_CHARS - {"\x00"})

_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.fonts", "~/.local/share/fonts",
              "/Library/Fonts", "/System/Library/Fonts", "~/Library/Fonts",
              os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts"),
              os.path.join(os.environ.get("LOCALAPPDATA", ""), "Microsoft", "Windows", "Fonts"))

# Unicode text faces (regular, bold), best first: DejaVu Sans covers Latin, Vietnamese and Arabic.
_UNICODE_FACES = (("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"), ("arial.ttf", "arialbd.ttf"),
                  ("Arial Unicode.ttf", None), ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"))
# TrueType (not CFF) CJK fonts reportlab can embed, best first for each language.
_CJK_FACES = {
    "Korean": ("NanumGothic.ttf", "NanumBarunGothic.ttf", "malgun.ttf", "UnDotum.ttf", "gulim.ttf",
               "wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
               "Arial Unicode.ttf"),
    "Traditional Chinese": ("uming.ttc", "ukai.ttc", "bsmi00lp.ttf", "msjh.ttc", "mingliu.ttc",
                            "wqy-zenhei.ttc", "wqy-microhei.ttc", "DroidSansFallbackFull.ttf",
                            "DroidSansFallback.ttf", "Arial Unicode.ttf"),
}
_CJK_BOLD = {"NanumGothic.ttf": "NanumGothicBold.ttf", "malgun.ttf": "malgunbd.ttf"}


@functools.cache
def _font_files() -> dict[str, str]:
    """Installed font files by lower-case file name (the first found wins)."""
    found: dict[str, str] = {}
    for folder in _FONT_DIRS:
        folder = os.path.expanduser(folder)
        if not folder or not os.path.isdir(folder):
            continue
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), os.path.join(root, name))
    return found


_REGISTERED: dict[str, _Face | None] = {}


def _register(key: str, regular: str, bold: str | None) -> _Face | None:
    """Register a TrueType face once per process; None when it cannot be used."""
    if key in _REGISTERED:
        return _REGISTERED[key]
    face = None
    files = _font_files()
    path = files.get(regular.lower())
    if path:
        try:
            font = TTFont(f"SSR-{key}", path, subfontIndex=0)
            pdfmetrics.registerFont(font)
            bold_name = font.fontName
            bold_path = files.get(bold.lower()) if bold else None
            if bold_path:
                try:
                    pdfmetrics.registerFont(TTFont(f"SSR-{key}-Bold", bold_path, subfontIndex=0))
                    bold_name = f"SSR-{key}-Bold"
                except Exception:  # noqa: BLE001 - a broken bold file just means no bold
                    pass
            chars = frozenset(chr(code) for code in font.face.charToGlyph if code > 0x1F)
            face = _Face(font.fontName, bold_name, chars)
        except Exception:  # noqa: BLE001 - CFF-flavoured or damaged files: not usable by reportlab
            face = None
    _REGISTERED[key] = face
    return face


def unicode_face() -> _Face | None:
    """The embedded Unicode text font (DejaVu Sans where installed)."""
    for index, (regular, bold) in enumerate(_UNICODE_FACES):
        face = _register(f"Unicode{index}", regular, bold)
        if face is not None:
            return face
    return None


def cjk_face(language: str) -> _Face | None:
    """A TrueType font with glyphs for every label of `language` (Korean, Traditional Chinese), if any."""
    needed = _label_chars(language)
    for index, name in enumerate(_CJK_FACES.get(language, ())):
        face = _register(f"CJK{index}-{name.split('.')[0]}", name, _CJK_BOLD.get(name))
        if face is not None and needed <= face.chars:
            return face
    return None


def _label_chars(language: str) -> frozenset[str]:
    """Every character `language`'s labels are drawn with (Arabic: also its presentation forms)."""
    text = "".join(labels_for(language).values())
    return frozenset(c for c in text + _visual(text) if not c.isspace())


@functools.cache
def _faces_for(language: str, font: str) -> tuple[tuple[_Face, ...], bool]:
    """The faces to draw `language` with, in order of preference, and whether its labels can be shown."""
    unicode = unicode_face()
    latin = [unicode, _HELVETICA] if font == "DejaVu" else [_HELVETICA, unicode]
    faces = [f for f in latin if f is not None]
    if language in _CJK_FACES:
        cjk = cjk_face(language)
        if cjk is not None:
            faces.append(cjk)
    if language != "English" and not _is_cp1252("".join(labels_for(language).values())):
        # Helvetica would take the Latin letters and leave the rest to another font mid-word: prefer the
        # Unicode face throughout.
        faces.sort(key=lambda f: f is _HELVETICA)
    available = frozenset().union(*(f.chars for f in faces))
    supported = _label_chars(language) <= available
    return tuple(faces), supported


def _is_cp1252(text: str) -> bool:
    return set(text) <= _CP1252_CHARS


def language_supported(language: str) -> bool:
    """Whether this computer has fonts to print `language`'s labels (else the English fallback is used)."""
    return _faces_for(language, "DejaVu")[1]


# --- Arabic shaping --------------------------------------------------------------------------

# Isolated presentation form of each letter and whether it joins on both sides (dual) or only to the
# letter before it (right-joining). Forms follow: isolated, final (+1), initial (+2), medial (+3).
_ARABIC_FORMS = {
    "ء": (0xFE80, "U"), "آ": (0xFE81, "R"), "أ": (0xFE83, "R"), "ؤ": (0xFE85, "R"), "إ": (0xFE87, "R"),
    "ئ": (0xFE89, "D"), "ا": (0xFE8D, "R"), "ب": (0xFE8F, "D"), "ة": (0xFE93, "R"), "ت": (0xFE95, "D"),
    "ث": (0xFE99, "D"), "ج": (0xFE9D, "D"), "ح": (0xFEA1, "D"), "خ": (0xFEA5, "D"), "د": (0xFEA9, "R"),
    "ذ": (0xFEAB, "R"), "ر": (0xFEAD, "R"), "ز": (0xFEAF, "R"), "س": (0xFEB1, "D"), "ش": (0xFEB5, "D"),
    "ص": (0xFEB9, "D"), "ض": (0xFEBD, "D"), "ط": (0xFEC1, "D"), "ظ": (0xFEC5, "D"), "ع": (0xFEC9, "D"),
    "غ": (0xFECD, "D"), "ف": (0xFED1, "D"), "ق": (0xFED5, "D"), "ك": (0xFED9, "D"), "ل": (0xFEDD, "D"),
    "م": (0xFEE1, "D"), "ن": (0xFEE5, "D"), "ه": (0xFEE9, "D"), "و": (0xFEED, "R"), "ى": (0xFEEF, "R"),
    "ي": (0xFEF1, "D"),
}
_LAM_ALEF = {"آ": 0xFEF5, "أ": 0xFEF7, "إ": 0xFEF9, "ا": 0xFEFB}  # isolated; final is +1
_MIRRORED = str.maketrans("()[]<>{}", ")(][><}{")


def _is_arabic(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufeff"


def _shape_arabic(text: str) -> str:
    """Arabic letters in logical order -> their contextual presentation forms (still logical order)."""
    out = []
    i, n = 0, len(text)

    def joins(char: str | None) -> str:
        return _ARABIC_FORMS[char][1] if char in _ARABIC_FORMS else "U"

    while i < n:
        char = text[i]
        if char not in _ARABIC_FORMS:
            out.append(char)
            i += 1
            continue
        before = text[i - 1] if i else None
        after = text[i + 1] if i + 1 < n else None
        linked_before = joins(before) == "D"
        if char == "ل" and after in _LAM_ALEF:
            out.append(chr(_LAM_ALEF[after] + (1 if linked_before else 0)))
            i += 2
            continue
        base, kind = _ARABIC_FORMS[char]
        linked_after = kind == "D" and joins(after) in ("D", "R")
        if kind == "U":
            out.append(chr(base))
        elif kind == "R":
            out.append(chr(base + (1 if linked_before else 0)))
        else:
            out.append(chr(base + {(False, False): 0, (True, False): 1, (False, True): 2, (True, True): 3}[
                (linked_before, linked_after)]))
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def _visual(text: str) -> str:
    """Text with Arabic in it, in the left-to-right order it is painted (a right-to-left paragraph):
    Arabic runs reversed and mirrored, Latin and digit runs kept, the runs themselves in reverse order."""
    if not any(_is_arabic(c) for c in text):
        return text
    shaped = _shape_arabic(text)
    kinds = []
    for char in shaped:
        if _is_arabic(char):
            kinds.append("R")
        elif char.isalnum():
            kinds.append("L")
        else:
            kinds.append("N")
    # Neutrals between two runs of the same direction take it; otherwise the paragraph's (right-to-left).
    resolved = list(kinds)
    i = 0
    while i < len(kinds):
        if kinds[i] != "N":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == "N":
            j += 1
        before = kinds[i - 1] if i else "R"
        after = kinds[j] if j < len(kinds) else "R"
        direction = before if before == after else "R"
        for k in range(i, j):
            resolved[k] = direction
        i = j
    runs: list[tuple[str, str]] = []
    for char, kind in zip(shaped, resolved):
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + char)
        else:
            runs.append((kind, char))
    painted = [run[::-1].translate(_MIRRORED) if kind == "R" else run for kind, run in reversed(runs)]
    return "".join(painted)


# --- painting --------------------------------------------------------------------------------

_INK = (0.12, 0.12, 0.14)
_GREY = (0.45, 0.45, 0.48)
_RULE = (0.78, 0.79, 0.82)
_NAVY = (0.10, 0.25, 0.45)
_WHITE = (1, 1, 1)
_LEVEL_COLOURS = {
    4: ((0.78, 0.33, 0.24), (0.95, 0.65, 0.25), (0.50, 0.69, 0.41), (0.23, 0.49, 0.65)),
    3: ((0.78, 0.33, 0.24), (0.95, 0.65, 0.25), (0.36, 0.60, 0.52)),
    2: ((0.78, 0.33, 0.24), (0.36, 0.60, 0.52)),
}


class _TextObject(PDFTextObject):
    """reportlab's text object with positions and colours written by plain %-formatting: reportlab's
    pure-Python number formatter was the largest single cost of writing ten thousand pages."""

    def setTextOrigin(self, x, y):  # noqa: N802 - reportlab's name
        self._code.append("1 0 0 1 %.2f %.2f Tm" % (x, y))
        self._x0 = self._x = x
        self._y0 = self._y = y

    def setFillColorRGB(self, r, g, b, alpha=None):  # noqa: N802 - reportlab's name
        self._fillColorObj = (r, g, b)
        self._code.append("%.3f %.3f %.3f rg" % (r, g, b))


@functools.lru_cache(maxsize=200_000)
def _unit_width(text: str, font: str) -> float:
    """Width of `text` at 1 pt (widths scale linearly with size)."""
    return pdfmetrics.stringWidth(text, font, 1000) / 1000


class _Painter:
    """Draws strings with whichever of a report's faces has the glyphs, run by run.

    A page's text goes into one text object, drawn over the page's shapes when the page is finished
    (`finish_page`), with font and colour changes only where they change: far faster in reportlab than a
    text object per string.
    """

    def __init__(self, canvas: Canvas, faces: Sequence[_Face]):
        self.canvas = canvas
        self.faces = tuple(faces)
        self.first = self.faces[0]
        self._text = None
        self._font: tuple[str, float] | None = None
        self._colour: tuple[float, ...] | None = None

    def runs(self, text: str) -> list[tuple[_Face, str]]:
        text = _visual(text)
        if set(text) <= self.first.chars:
            return [(self.first, text)]
        runs: list[tuple[_Face, str]] = []
        for char in text:
            face = next((f for f in self.faces if char in f.chars), self.first)
            if char == " " and runs:
                face = runs[-1][0]  # spaces stay with the run they are in
            if runs and runs[-1][0] is face:
                runs[-1] = (face, runs[-1][1] + char)
            else:
                runs.append((face, char))
        return runs

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return size * sum(_unit_width(run, face.bold if bold else face.regular) for face, run in self.runs(text))

    def text(self, x: float, y: float, text: str, size: float = 9, bold: bool = False, align: str = "left",
             colour: tuple[float, float, float] = _INK, width: float | None = None,
             smallest: float = 5.0) -> float:
        """Draw `text` with its baseline at y; returns the width drawn. `width` shrinks it to fit (down to
        `smallest` points)."""
        if not text:
            return 0.0
        runs = self.runs(text)
        units = [_unit_width(run, face.bold if bold else face.regular) for face, run in runs]
        total = sum(units)
        if width is not None and total * size > width > 0:
            size = max(smallest, width / total)
        if align == "right":
            x -= total * size
        elif align == "center":
            x -= total * size / 2
        out = self._text
        if out is None:
            out = self._text = _TextObject(self.canvas)
            self._font = self._colour = None
        if self._colour != colour:
            out.setFillColorRGB(*colour)
            self._colour = colour
        for (face, run), unit in zip(runs, units):
            font = (face.bold if bold else face.regular, size)
            if self._font != font:
                out.setFont(*font)
                self._font = font
            out.setTextOrigin(x, y)
            out.textOut(run)
            x += unit * size
        return total * size

    def flush(self) -> None:
        """Draw the text collected so far (before a change of coordinate system, or the page's end)."""
        if self._text is not None:
            self.canvas.drawText(self._text)
            self._text = None

    def finish_page(self) -> None:
        self.flush()
        self.canvas.showPage()

    def box(self, x: float, y: float, width: float, height: float, fill=None, stroke=None, line: float = 0.6):
        canvas = self.canvas
        if fill is not None:
            canvas.setFillColorRGB(*fill)
        if stroke is not None:
            canvas.setStrokeColorRGB(*stroke)
            canvas.setLineWidth(line)
        canvas.rect(x, y, width, height, fill=fill is not None, stroke=stroke is not None)

    def wrap(self, x: float, y: float, text: str, size: float, width: float, leading: float,
             colour=_INK, max_lines: int = 6) -> float:
        """Draw `text` wrapped to `width` (right-aligned if it is Arabic); returns the y below the last line."""
        rtl = any(_is_arabic(c) for c in text)
        for line in self.lines(text, size, width)[:max_lines]:
            if rtl:
                self.text(x + width, y, line, size, colour=colour, align="right")
            else:
                self.text(x, y, line, size, colour=colour)
            y -= leading
        return y

    def lines(self, text: str, size: float, width: float) -> list[str]:
        """`text` broken into lines no wider than `width`: at spaces, or anywhere in a longer run (Chinese)."""
        found: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if self.width(candidate, size) <= width:
                current = candidate
                continue
            if current:
                found.append(current)
            current = word
            while self.width(current, size) > width and len(current) > 1:
                cut = len(current) - 1
                while cut > 1 and self.width(current[:cut], size) > width:
                    cut -= 1
                found.append(current[:cut])
                current = current[cut:]
        if current:
            found.append(current)
        return found


@dataclass
class _Context:
    report: SyntheticReport
    style: ReportStyle
    labels: dict[str, str]
    painter: _Painter
    plan: tuple[str, ...]
    fallback_banner: str = ""  # "Korean translation" when the language's fonts are missing

    @property
    def caaspp(self) -> bool:
        return self.report.kind not in ("ELPAC", "Alternate ELPAC")


def _name(report: SyntheticReport, style: ReportStyle) -> str:
    if style.name_format == "last_first":
        return f"{report.last_name.upper()}, {report.first_name.upper()}"
    return f"{report.first_name} {report.last_name}"


def _grade_text(grade: str, labels: Mapping[str, str], style: ReportStyle) -> str:
    if style.grade_format == "padded":
        return f"{labels['grade']}: {grade}"
    if grade == "KN":
        return labels["kindergarten"]
    number = str(int(grade)) if grade.isdigit() else grade
    return labels["grade_word"].format(label=labels["grade"], n=number)


def _ssid_label(ctx: _Context) -> str:
    return ctx.style.ssid_label if ctx.labels is _ENGLISH_LABELS else ctx.labels["ssid"]


_ENGLISH_LABELS = labels_for("English")


def _context(canvas: Canvas, report: SyntheticReport, style: ReportStyle) -> _Context:
    language = report.language
    faces, supported = _faces_for(language, style.font)
    if language == "English":
        return _Context(report, style, _ENGLISH_LABELS, _Painter(canvas, faces), page_plan(report))
    if supported:
        return _Context(report, style, labels_for(language), _Painter(canvas, faces), page_plan(report))
    # No font for this language: the same document, English labels, clearly marked as the translation.
    banner = _ENGLISH["translation"].format(language=language)
    return _Context(report, style, _ENGLISH_LABELS, _Painter(canvas, faces), page_plan(report), banner)


def _draw_report(canvas: Canvas, report: SyntheticReport, style: ReportStyle, skip_front: bool = False) -> None:
    ctx = _context(canvas, report, style)
    for number, page in enumerate(ctx.plan, 1):
        if page == "front" and skip_front:
            continue
        _draw_page(ctx, page)
        if style.page_numbers and page != "blank":
            _footer(ctx, number)
        ctx.painter.finish_page()


def _draw_page(ctx: _Context, page: str) -> None:
    if page == "front":
        _front_page(ctx)
    elif page == "blank":
        _blank_page(ctx)
    elif page == "guide":
        _guide_page(ctx)
    elif page == "ELPAC":
        _elpac_page(ctx)
    else:
        _subject_page(ctx, page)


# --- the front page --------------------------------------------------------------------------


def _test_names(ctx: _Context) -> str:
    kind, labels = ctx.report.kind, ctx.labels
    if kind in ("ELPAC", "Alternate ELPAC"):
        return labels["elpac"] if kind == "ELPAC" else labels["alt_elpac"]
    if kind == "CSA":
        return f"{labels['csa']} (CSA)"
    parts = []
    if kind in ("SB", "SB+CAST", "CAA", "CAA+Science"):
        parts += [labels["ela"], labels["math"]]
    if kind in ("SB+CAST", "CAST", "CAA+Science", "CAA Science"):
        parts.append(labels["science"])
    family = "Smarter Balanced" if kind.startswith("SB") else "CAST" if kind == "CAST" else "CAA"
    return f"{family}: " + " · ".join(parts)


def _front_page(ctx: _Context) -> None:
    p, report, labels, style = ctx.painter, ctx.report, ctx.labels, ctx.style
    dx, dy = style.shift
    year = report.administration
    program = labels["program_caaspp"] if ctx.caaspp else labels["program_elpac"]

    # Header band.
    p.box(0.5 * INCH, _top(0.98), 7.5 * INCH, 0.5 * INCH, fill=_NAVY)
    p.text(0.68 * INCH, _top(0.80), program, 10, bold=True, colour=_WHITE, width=5.9 * INCH)
    p.text(7.82 * INCH, _top(0.80), year, 12, bold=True, colour=_WHITE, align="right")

    # Title, tests, and a fallback banner when the translation's script cannot be printed here.
    p.text(0.75 * INCH + dx, _top(1.38) + dy, labels["title"], 20, bold=True, width=7 * INCH)
    p.text(0.75 * INCH + dx, _top(1.64) + dy, _test_names(ctx), 9.5, colour=_GREY, width=7 * INCH)
    if ctx.fallback_banner:
        p.box(5.2 * INCH, _top(1.52), 2.6 * INCH, 0.28 * INCH, fill=(0.99, 0.93, 0.75))
        p.text(6.5 * INCH, _top(1.44), ctx.fallback_banner, 10, bold=True, align="center", width=2.5 * INCH)

    # Sender lines above the window (outside it), as on a mailer.
    p.text(1.0 * INCH, _top(1.96), report.district, 7.5, colour=_GREY, width=3.2 * INCH)
    p.text(1.0 * INCH, _top(2.09), report.school, 7.5, colour=_GREY, width=3.2 * INCH)

    _address_block(ctx)

    # The student block, right of the window.
    x, y = 4.55 * INCH + dx, _top(2.02) + dy
    right = 7.95 * INCH
    for item in style.identity_order:
        if item == "name":
            p.text(x, y, _name(report, style), 12.5, bold=True, width=right - x)
            y -= 16
        elif item == "ssid":
            _pair(p, x, y, _ssid_label(ctx), report.ssid, 9.5, right - x, bold_value=True)
            y -= 13.5
        else:
            p.text(x, y, _grade_text(report.grade, labels, style), 9.5, width=right - x)
            y -= 13.5
    y -= 3
    for key, value in (("school", report.school), ("district", report.district), ("administration", year)):
        _pair(p, x, y, labels[key], value, 8.5, right - x)
        y -= 12

    # The letter.
    y = _top(3.55)
    p.text(0.75 * INCH, y, labels["dear"], 10.5, bold=True)
    y = p.wrap(0.75 * INCH, y - 16, labels["intro"].format(year=year), 10, 7.0 * INCH, 13.5)

    # Summary of results.
    y = min(y - 14, _top(4.45))
    p.text(0.75 * INCH, y, labels["overview"], 13, bold=True, colour=_NAVY)
    p.box(0.75 * INCH, y - 6, 7.0 * INCH, 0.8, fill=_NAVY)
    y -= 30
    for subject in _subjects(report):
        _summary_row(ctx, subject, y)
        y -= 0.78 * INCH
    p.wrap(0.75 * INCH, _top(9.7), labels["more_info"], 8, 7 * INCH, 10, colour=_GREY)


def _address_block(ctx: _Context) -> None:
    p, style = ctx.painter, ctx.style
    left, bottom, right, top = ADDRESS_WINDOW
    shift_x = min(max(style.address_shift[0], 0.0), 6.0)
    shift_y = min(max(style.address_shift[1], -2.0), 1.5)
    x = left + 3 + shift_x
    size, leading = 9.5, 11.5
    y = top - size - 0.5 + shift_y  # first baseline: ascenders stay below the top of the window
    lines = [line for line in ctx.report.address_lines if line][:MAX_ADDRESS_LINES]
    for line in lines:
        if style.address_upper:
            line = line.upper()
        p.text(x, y, line, size, width=right - x - 4)
        y -= leading


def _pair(p: _Painter, x: float, y: float, label: str, value: str, size: float, width: float,
          bold_value: bool = False) -> None:
    """"Label value" (or, for a right-to-left label, value to the left of it), fitted into `width`."""
    gap = size * 0.4
    total = p.width(label, size) + gap + p.width(value, size, bold_value)
    if total > width:
        size = max(5.0, size * width / total)
    if any(_is_arabic(c) for c in label):
        shown = p.text(x, y, value, size, bold=bold_value)
        p.text(x + shown + gap, y, label, size, colour=_GREY)
        return
    shown = p.text(x, y, label, size, colour=_GREY)
    p.text(x + shown + gap, y, value, size, bold=bold_value)


def _summary_row(ctx: _Context, subject: str, y: float) -> None:
    p, labels = ctx.painter, ctx.labels
    record = ctx.report.scores.get(subject) or {}
    scale = _scale_for(ctx.report, subject, record)
    names = _level_names(ctx, subject, len(scale[2]) + 1)
    p.text(0.75 * INCH, y, _subject_title(ctx, subject), 10.5, bold=True, width=3.3 * INCH)
    score = _score(record)
    if score is None:
        p.text(0.75 * INCH, y - 15, labels["no_score"], 9, colour=_GREY)
    else:
        level = _level(record, scale, score)
        p.text(0.75 * INCH, y - 15, f"{labels['overall']}: {score}", 9, colour=_GREY, width=1.6 * INCH)
        p.text(2.45 * INCH, y - 15, names[level - 1], 9, bold=True, width=1.8 * INCH)
    _gauge(ctx, 4.4 * INCH, y - 18, 3.35 * INCH, 12, scale, score, names, small=True)


# --- score pages -----------------------------------------------------------------------------


def _subjects(report: SyntheticReport) -> list[str]:
    plan = _PLANS[report.kind]
    return [page for page in plan if page not in ("front", "guide", "blank")]


def _subject_title(ctx: _Context, subject: str) -> str:
    labels = ctx.labels
    return {"ELA": labels["ela"], "Mathematics": labels["math"], "Science": labels["science"],
            "CSA": labels["csa"],
            "ELPAC": labels["alt_elpac"] if ctx.report.kind == "Alternate ELPAC" else labels["elpac"]}[subject]


def _test_name(ctx: _Context, subject: str) -> str:
    kind = ctx.report.kind
    if subject == "Science":
        return "California Alternate Assessment for Science" if kind.startswith("CAA") else \
            "California Science Test (CAST)"
    if subject == "CSA":
        return "California Spanish Assessment (CSA)"
    if subject == "ELPAC":
        return "Summative Alternate ELPAC" if kind == "Alternate ELPAC" else "Summative ELPAC"
    if kind.startswith("CAA"):
        return f"California Alternate Assessment for {'ELA' if subject == 'ELA' else 'Mathematics'}"
    return "Smarter Balanced Summative Assessment"


def _running_header(ctx: _Context) -> None:
    if not ctx.style.running_header:
        return
    p, report = ctx.painter, ctx.report
    text = f"{_name(report, ctx.style)}   |   {_grade_text(report.grade, ctx.labels, ctx.style)}"
    p.text(0.75 * INCH, _top(0.55), text, 8, colour=_GREY, width=4.5 * INCH)
    _pair(p, 5.3 * INCH, _top(0.55), "SSID", report.ssid, 8, 2.45 * INCH)
    p.box(0.75 * INCH, _top(0.62), 7.0 * INCH, 0.5, fill=_RULE)


def _footer(ctx: _Context, number: int) -> None:
    p = ctx.painter
    text = ctx.labels["page"].format(n=number, total=len(ctx.plan))
    p.text(7.75 * INCH, _top(10.55), text, 7.5, colour=_GREY, align="right")
    program = "CAASPP" if ctx.caaspp else "ELPAC"
    text = f"{ctx.report.administration} {program} {ctx.labels['title']}"
    if ctx.fallback_banner:
        text += f" — {ctx.fallback_banner}"
    p.text(0.75 * INCH, _top(10.55), text, 7.5, colour=_GREY, width=4.5 * INCH)


_AREAS = {
    "ELA": (("reading", "claim1_level"), ("writing", "claim2_level"), ("listening", "claim3_level"),
            ("research", "claim4_level")),
    "Mathematics": (("concepts", "claim1_level"), ("problem_solving", "claim2_level"),
                    ("reasoning", "claim3_level")),
    "Science": (("earth", "domain1_level"), ("life", "domain2_level"), ("physical", "domain3_level")),
    "CSA": (("listening", "domain1_level"), ("reading", "domain2_level"), ("writing", "domain3_level"),
            ("speaking", "domain4_level")),
    "ELPAC": (("listening", "listening_level"), ("speaking", "speaking_level"), ("reading", "reading_level"),
              ("writing", "writing_level")),
}


def _subject_page(ctx: _Context, subject: str) -> None:
    p, labels, report = ctx.painter, ctx.labels, ctx.report
    record = report.scores.get(subject) or {}
    _running_header(ctx)
    p.text(0.75 * INCH, _top(1.0), _subject_title(ctx, subject), 17, bold=True, colour=_NAVY, width=7 * INCH)
    p.text(0.75 * INCH, _top(1.25), _test_name(ctx, subject), 9, colour=_GREY)
    y = _overall(ctx, subject, record, _top(1.72))

    if subject == "ELA" and record.get("lexile_quantile"):
        p.text(0.75 * INCH, y, f"Lexile® measure: {record['lexile_quantile']}", 9, colour=_GREY)
    elif subject == "Mathematics" and record.get("lexile_quantile"):
        p.text(0.75 * INCH, y, f"Quantile® measure: {record['lexile_quantile']}", 9, colour=_GREY)
    y -= 0.45 * INCH

    if subject == "CSA":
        for n, key in ((1, "oral"), (2, "written")):
            composite = record.get(f"csa_composite{n}_scale_score")
            if composite:
                _pair(p, 0.75 * INCH, y, labels[key] + ":", composite, 9.5, 3.2 * INCH, bold_value=True)
                y -= 14
        y -= 6
    y = _area_rows(ctx, subject, record, y)
    _over_time(ctx, subject, record, max(y - 0.25 * INCH, _top(7.9)) if y > _top(7.9) else y - 0.25 * INCH)
    p.wrap(0.75 * INCH, _top(9.6), labels["guide_text"], 8.5, 7 * INCH, 11, colour=_GREY, max_lines=3)


def _overall(ctx: _Context, subject: str, record: Mapping[str, str], y: float) -> float:
    """The overall score, its level and the gauge; returns the y below them."""
    p, labels = ctx.painter, ctx.labels
    scale = _scale_for(ctx.report, subject, record)
    names = _level_names(ctx, subject, len(scale[2]) + 1)
    p.text(0.75 * INCH, y, labels["overall"], 10.5, bold=True)
    score = _score(record)
    if score is None:
        p.text(0.75 * INCH, y - 30, labels["no_score"], 16, bold=True, colour=_GREY)
    else:
        level = _level(record, scale, score)
        p.text(0.75 * INCH, y - 32, str(score), 30, bold=True)
        p.text(2.35 * INCH, y - 22, names[level - 1], 13, bold=True, colour=_level_colour(level, len(names)),
               width=5.3 * INCH)
        band = _error_band(record)
        if band:
            p.text(2.35 * INCH, y - 36, f"± {band}", 8.5, colour=_GREY)
    _gauge(ctx, 0.75 * INCH, y - 78, 7.0 * INCH, 18, scale, score, names, small=False,
           band=(_int(record.get("error_band_min")), _int(record.get("error_band_max"))))
    return y - 118


def _area_rows(ctx: _Context, subject: str, record: Mapping[str, str], y: float) -> float:
    p, labels = ctx.painter, ctx.labels
    areas = [(labels[key], record.get(field_name, "")) for key, field_name in _AREAS.get(subject, ())]
    areas = [(name, level) for name, level in areas if level in ("1", "2", "3")]
    if not areas:
        return y
    p.text(0.75 * INCH, y, labels["areas"], 12.5, bold=True, colour=_NAVY)
    p.box(0.75 * INCH, y - 6, 7.0 * INCH, 0.8, fill=_NAVY)
    y -= 26
    choices = (labels["below"], labels["near"], labels["above"])
    colours = _LEVEL_COLOURS[3]
    box_width, x0 = 1.2 * INCH, 4.05 * INCH
    for name, level in areas:
        p.text(0.75 * INCH, y, name, 9.5, width=3.2 * INCH)
        for index, choice in enumerate(choices):
            x = x0 + index * (box_width + 4)
            chosen = int(level) == index + 1
            if chosen:
                p.box(x, y - 6, box_width, 18, fill=colours[index])
                p.text(x + box_width / 2, y, choice, 7.5, bold=True, colour=_WHITE, align="center",
                       width=box_width - 6)
            else:
                p.box(x, y - 6, box_width, 18, stroke=_RULE)
                p.text(x + box_width / 2, y, choice, 7.5, colour=_GREY, align="center", width=box_width - 6)
        y -= 0.36 * INCH
    return y


def _over_time(ctx: _Context, subject: str, record: Mapping[str, str], y: float) -> None:
    p, labels, report = ctx.painter, ctx.labels, ctx.report
    start = _start_year(report.administration)
    rows = []
    score = _score(record)
    if score is not None:
        rows.append((_year_label(start), record.get("grade_assessed") or report.grade, score,
                     record.get("achievement_level", "")))
    for back in (1, 2, 3):
        prior = _int(record.get(f"scale_score_minus{back}"))
        if prior is not None:
            rows.append((_year_label(start - back), record.get(f"grade_assessed_minus{back}", ""), prior,
                         record.get(f"achievement_level_minus{back}", "")))
    if not rows:
        return
    p.text(0.75 * INCH, y, labels["over_time"], 12.5, bold=True, colour=_NAVY)
    p.box(0.75 * INCH, y - 6, 7.0 * INCH, 0.8, fill=_NAVY)
    y -= 22
    columns = (0.75, 1.75, 2.7, 3.55)
    for x, head in zip(columns, (labels["year"], labels["grade"], labels["score"], labels["level"])):
        p.text(x * INCH, y, head, 8, bold=True, colour=_GREY, width=0.9 * INCH)
    y -= 14
    scale = _scale_for(report, subject, record)
    names = _level_names(ctx, subject, len(scale[2]) + 1)
    high = scale[1]
    for year, grade, value, level in rows:
        p.text(columns[0] * INCH, y, year, 9)
        p.text(columns[1] * INCH, y, grade, 9)
        p.text(columns[2] * INCH, y, str(value), 9, bold=True)
        level_number = int(level) if level.isdigit() and 1 <= int(level) <= len(names) else None
        if level_number:
            p.text(columns[3] * INCH, y, names[level_number - 1], 8.5, width=1.9 * INCH)
        # A bar proportional to the score (prior years use earlier grades' scales, so relative only).
        fraction = min(1.0, max(0.05, value / high if high else 0.5))
        p.box(5.6 * INCH, y - 1, 2.1 * INCH * fraction, 8,
              fill=_level_colour(level_number or 1, len(names)) if level_number else _RULE)
        y -= 15


def _elpac_page(ctx: _Context) -> None:
    p, labels, report = ctx.painter, ctx.labels, ctx.report
    record = report.scores.get("ELPAC") or {}
    _running_header(ctx)
    p.text(0.75 * INCH, _top(1.0), _subject_title(ctx, "ELPAC"), 17, bold=True, colour=_NAVY, width=7 * INCH)
    p.text(0.75 * INCH, _top(1.25), labels["program_elpac"], 9, colour=_GREY, width=7 * INCH)
    y = _overall(ctx, "ELPAC", record, _top(1.72)) - 0.2 * INCH
    scale = _scale_for(report, "ELPAC", record)
    names = _level_names(ctx, "ELPAC", len(scale[2]) + 1)
    parts = [(labels[key], _int(record.get(f"{key}_scale_score")), record.get(f"{key}_level", ""))
             for key in ("oral", "written")]
    parts = [part for part in parts if part[1] is not None]
    for name, value, level in parts:
        p.text(0.75 * INCH, y, name, 11, bold=True)
        p.text(2.6 * INCH, y, str(value), 11, bold=True)
        if level.isdigit() and 1 <= int(level) <= len(names):
            p.text(3.2 * INCH, y, names[int(level) - 1], 9, width=1.9 * INCH)
        _gauge(ctx, 5.2 * INCH, y - 3, 2.55 * INCH, 10, scale, value, names, small=True, labelled=False)
        y -= 0.38 * INCH
    if parts:
        y -= 0.15 * INCH
    y = _area_rows(ctx, "ELPAC", record, y)
    _over_time(ctx, "ELPAC", record, y - 0.25 * INCH)
    p.wrap(0.75 * INCH, _top(9.6), labels["guide_text"], 8.5, 7 * INCH, 11, colour=_GREY, max_lines=3)


def _guide_page(ctx: _Context) -> None:
    p, labels = ctx.painter, ctx.labels
    _running_header(ctx)
    p.text(0.75 * INCH, _top(1.0), labels["guide"], 17, bold=True, colour=_NAVY, width=7 * INCH)
    y = p.wrap(0.75 * INCH, _top(1.4), labels["guide_text"], 10.5, 7 * INCH, 14)
    y -= 10
    if ctx.report.kind.startswith("CAA"):
        names = _level_names(ctx, "ELA", 3)[::-1]
        descriptions = ("shows understanding of the alternate achievement standards.",
                        "shows foundational understanding of the alternate achievement standards.",
                        "shows limited understanding of the alternate achievement standards.")
    else:
        names = [labels[f"level_{n}"] for n in (4, 3, 2, 1)]
        descriptions = ("has exceeded the achievement standard and demonstrates advanced progress.",
                        "has met the achievement standard and demonstrates progress toward mastery.",
                        "has nearly met the achievement standard and may require further development.",
                        "has not met the achievement standard and needs substantial improvement.")
    colours = _LEVEL_COLOURS[len(names)][::-1]
    for name, description, colour in zip(names, descriptions, colours):
        p.box(0.75 * INCH, y - 3, 10, 10, fill=colour)
        shown = p.text(0.75 * INCH + 16, y, name, 10.5, bold=True)
        if ctx.labels is _ENGLISH_LABELS:
            p.text(0.75 * INCH + 24 + shown, y, f"The student {description}", 9, colour=_GREY,
                   width=7 * INCH - shown - 28)
        y -= 20
    y -= 14
    p.text(0.75 * INCH, y, "Resources", 12.5, bold=True, colour=_NAVY)
    y -= 18
    for line in ("Starting Smarter: https://ca.startingsmarter.org/",
                 "Parent guides to the tests: https://www.cde.ca.gov/ta/tg/ca/parentguidetounderstand.asp",
                 "Practice and training tests: https://www.caaspp-elpac.org/"):
        p.text(0.9 * INCH, y, "•  " + line, 9.5)
        y -= 15


def _blank_page(ctx: _Context) -> None:
    ctx.painter.text(PAGE_WIDTH / 2, PAGE_HEIGHT / 2, ctx.labels["blank"], 11, align="center", colour=_GREY)


# --- scales and gauges -----------------------------------------------------------------------


def _int(value) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _score(record: Mapping[str, str]) -> int | None:
    return _int(record.get("scale_score"))


def _error_band(record: Mapping[str, str]) -> int | None:
    return _int(record.get("sem"))


def _level(record: Mapping[str, str], scale: tuple[int, int, tuple[int, ...]], score: int) -> int:
    levels = len(scale[2]) + 1
    level = _int(record.get("achievement_level"))
    if level is not None and 1 <= level <= levels:
        return level
    return 1 + sum(score >= cut for cut in scale[2])


def _scale_for(report: SyntheticReport, subject: str, record: Mapping[str, str]) -> tuple[int, int, tuple[int, ...]]:
    """(lowest, highest, cut scores) of the subject's scale for the grade tested, as `scorefiles` makes them."""
    grade = record.get("grade_assessed") or report.grade
    caa = report.kind.startswith("CAA")
    try:
        if subject in ("ELA", "Mathematics") and not caa:
            scale = sf._sb_scale(sf.SB_ELA if subject == "ELA" else sf.SB_MATH, grade)
        elif subject in ("ELA", "Mathematics"):
            scale = sf._grade_band_scale(grade, (38, 56))
        elif subject == "Science":
            scale = sf._CAST[sf._science_band(grade)]
            if caa:
                scale = sf.Scale(scale.low, scale.high, (scale.low + 40, scale.low + 62))
        elif subject == "CSA":
            scale = sf._grade_band_scale(grade, (40, 65))
        elif report.kind == "Alternate ELPAC":
            scale = sf._ALTERNATE_ELPAC
        else:
            scale = sf._elpac_scale(grade, 4)
        return scale.low, scale.high, tuple(scale.cuts)
    except (AttributeError, KeyError, ValueError, TypeError):
        levels = 3 if caa or subject == "CSA" or report.kind == "Alternate ELPAC" else 4
        score = _score(record) or 500
        low, high = score - 100, score + 100
        step = (high - low) / levels
        return low, high, tuple(round(low + step * n) for n in range(1, levels))


_CAA_LEVELS = ("Level 1: Limited Understanding", "Level 2: Foundational Understanding", "Level 3: Understanding")
_CSA_LEVELS = ("Level 1: Novice", "Level 2: Developing", "Level 3: Proficient")
_ELPAC_LEVELS = ("Level 1: Minimally Developed", "Level 2: Somewhat Developed", "Level 3: Moderately Developed",
                 "Level 4: Well Developed")
_ALT_ELPAC_LEVELS = ("Level 1: Novice", "Level 2: Intermediate", "Level 3: Fluent")


def _level_names(ctx: _Context, subject: str, count: int) -> list[str]:
    labels = ctx.labels
    if subject in ("ELA", "Mathematics", "Science") and count == 4:
        return [labels[f"level_{n}"] for n in (1, 2, 3, 4)]
    english = {"ELPAC": _ALT_ELPAC_LEVELS if ctx.report.kind == "Alternate ELPAC" else _ELPAC_LEVELS,
               "CSA": _CSA_LEVELS}.get(subject, _CAA_LEVELS)
    if len(english) != count:
        english = tuple(f"Level {n}" for n in range(1, count + 1))
    if labels is _ENGLISH_LABELS:
        return list(english)
    # Translated copies name levels by number ("Nivel 3"); the English descriptors stay on English copies.
    return [f"{labels['level']} {n}" for n in range(1, count + 1)]


def _segment_label(p: _Painter, x: float, y: float, name: str, width: float) -> None:
    """A level's name centred under its segment: on one line, or two when the segment is narrow."""
    size = 7.5
    if p.width(name, size) <= width or " " not in name:
        p.text(x, y, name, size, align="center", width=width)
        return
    words = name.split()
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    for offset, line in ((0, " ".join(words[:best])), (8.5, " ".join(words[best:]))):
        p.text(x, y - offset, line, size, align="center", width=width)


def _level_colour(level: int, levels: int) -> tuple[float, float, float]:
    colours = _LEVEL_COLOURS.get(levels, _LEVEL_COLOURS[4])
    return colours[min(max(level, 1), len(colours)) - 1]


def _gauge(ctx: _Context, x: float, y: float, width: float, height: float,
           scale: tuple[int, int, tuple[int, ...]], score: int | None, names: Sequence[str],
           small: bool, band: tuple[int | None, int | None] = (None, None), labelled: bool = True) -> None:
    """A horizontal bar split at the cut scores, level names under it, the score marked on it."""
    p = ctx.painter
    low, high, cuts = scale
    span = max(1, high - low)
    bounds = (low, *cuts, high)
    colours = _LEVEL_COLOURS.get(len(bounds) - 1, _LEVEL_COLOURS[4])

    def at(value: float) -> float:
        return x + width * (min(max(value, low), high) - low) / span

    for index in range(len(bounds) - 1):
        left, right = at(bounds[index]), at(bounds[index + 1])
        p.box(left, y, right - left, height, fill=colours[index % len(colours)])
        if labelled and not small:
            _segment_label(p, (left + right) / 2, y - 20, names[index], right - left - 4)
    if labelled and not small:
        # Cut scores under the bar's boundaries, the scale's ends at its corners.
        for cut in cuts:
            p.text(at(cut), y - 9, str(cut), 7, align="center", colour=_GREY)
        p.text(x, y - 9, str(low), 7, colour=_GREY)
        p.text(x + width, y - 9, str(high), 7, colour=_GREY, align="right")
    if score is None:
        return
    canvas = ctx.painter.canvas
    if band[0] is not None and band[1] is not None:  # the error band: a thin dark line through the bar
        canvas.setFillColorRGB(0.25, 0.25, 0.28)
        canvas.rect(at(band[0]), y + height / 2 - 0.8, max(1.0, at(band[1]) - at(band[0])), 1.6, stroke=0, fill=1)
    marker = at(score)
    canvas.setFillColorRGB(*_INK)
    canvas.setStrokeColorRGB(*_INK)
    canvas.setLineWidth(1.2)
    canvas.line(marker, y - 2, marker, y + height + 2)
    path = canvas.beginPath()
    size = 4 if small else 6
    path.moveTo(marker - size, y + height + 2 + size)
    path.lineTo(marker + size, y + height + 2 + size)
    path.lineTo(marker, y + height + 2)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


# --- writing files ---------------------------------------------------------------------------


def write_ssr_pdf(path: Path | str, reports: Iterable[SyntheticReport], *,
                  style: ReportStyle | random.Random | None = None) -> Path:
    """One merged PDF of `reports`, in order. `style`: one ReportStyle for the whole file, or an rng to
    draw a style per report (None: DEFAULT_STYLE). Written under a temporary name, then renamed."""
    path = Path(path)
    with binary_streams(), atomic_write(path) as temporary:
        canvas = _canvas(temporary)
        current, key = DEFAULT_STYLE, None
        for report in reports:
            # A translated copy looks like the English report it follows.
            if (report.ssid, report.kind) != key:
                current, key = _style_for(style), (report.ssid, report.kind)
            _draw_report(canvas, report, current)
        canvas.save()
    return path


def _canvas(path: Path) -> Canvas:
    canvas = Canvas(str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    canvas.setTitle("Student Score Reports")
    canvas.setAuthor("Test Operations Management System")
    canvas.setCreator("TOMS")
    return canvas


def batch_file_name(grade: str) -> str:
    """A grade's merged file as a coordinator finds it in Downloads: "StudentScoreReports_Grade05.pdf"."""
    return f"StudentScoreReports_Grade{grade}.pdf"


def write_grade_batches(folder: Path | str, reports: Iterable[SyntheticReport], *,
                        style: ReportStyle | random.Random | None = None) -> list[Path]:
    """One merged PDF per grade, each grade's reports in the order given. With an rng as `style`, each
    file gets its own style (as each year's files look alike inside but differ between years)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    by_grade: dict[str, list[SyntheticReport]] = {}
    for report in reports:
        by_grade.setdefault(report.grade, []).append(report)
    order = {grade: index for index, grade in enumerate(GRADES)}
    written = []
    for grade in sorted(by_grade, key=lambda g: (order.get(g, 99), g)):
        file_style = random_style(style) if isinstance(style, random.Random) else style
        written.append(write_ssr_pdf(folder / batch_file_name(grade), by_grade[grade], style=file_style))
    return written


# --- from a district's score records ---------------------------------------------------------


def reports_for(district: District, score_records_by_program: Mapping[str, Iterable[Mapping[str, str]]],
                rng: random.Random, *, administration: str | None = None) -> list[SyntheticReport]:
    """The reports TOMS makes for `district`: per student the CAASPP report (SB, SB+CAST, CAA … from the
    eligible records), a CSA report, an ELPAC report, each followed by its translated copy when the
    student's primary language is one TOMS translates into (CSA: Spanish only).

    `score_records_by_program` maps "CAASPP" and "ELPAC" to `scorefiles.records` output (canonical field
    names). Records with ssr_eligible "N", and grade-12 science cohort records (science_current_year "N"),
    get no report. `rng` picks how each address block is worded.
    """
    if administration is None:
        administration = district.school_year.replace("-", "–")
    students = {student.ssid: student for student in district.students}
    by_ssid: dict[str, list[Mapping[str, str]]] = {}
    for program in ("CAASPP", "ELPAC"):
        for record in score_records_by_program.get(program, ()):
            if _eligible(record):
                by_ssid.setdefault(record.get("ssid", ""), []).append(record)
    ordered = [s.ssid for s in district.students if s.ssid in by_ssid]
    ordered += [ssid for ssid in by_ssid if ssid not in students]
    found: list[SyntheticReport] = []
    for ssid in ordered:
        records = by_ssid[ssid]
        student = students.get(ssid)
        first = records[0]
        base = dict(
            ssid=ssid,
            first_name=first.get("first_name") or (student.first_name if student else ""),
            last_name=first.get("last_name") or (student.last_name if student else ""),
            grade=first.get("grade") or (student.grade if student else ""),
            school=first.get("school_name") or (student.school.name if student else ""),
            district=first.get("district_name") or district.name,
            address_lines=_address_lines(student, first, rng),
            administration=administration,
        )
        translation = _translation_language(student, first)
        for kind, scores in _documents(records):
            english = SyntheticReport(kind=kind, scores=scores, **base)
            found.append(english)
            if translation and (kind != "CSA" or translation == "Spanish"):
                found.append(dataclasses.replace(english, language=translation))
    return found


def _flag(record: Mapping[str, str], *names: str) -> str:
    for name in names:
        value = record.get(name)
        if value:
            return str(value).strip().upper()
    return ""


def _eligible(record: Mapping[str, str]) -> bool:
    if _flag(record, "ssr_eligible", "SSREligible", "SSR Eligible") == "N":
        return False
    record_type = record.get("record_type", "")
    science = record_type in (sf.CAST, sf.CAA_SCIENCE)
    if science and _flag(record, "science_current_year", "ScienceCurrentYearFlag") == "N":
        return False
    return record_type not in (sf.INITIAL, sf.INITIAL_ALTERNATE)


def _documents(records: Sequence[Mapping[str, str]]) -> list[tuple[str, dict[str, Mapping[str, str]]]]:
    """The report documents one student's eligible records make: (kind, scores by subject)."""
    by_type = {record.get("record_type", ""): record for record in records}
    documents = []
    sb = {s: by_type[t] for s, t in (("ELA", sf.SB_ELA), ("Mathematics", sf.SB_MATH)) if t in by_type}
    caa = {s: by_type[t] for s, t in (("ELA", sf.CAA_ELA), ("Mathematics", sf.CAA_MATH)) if t in by_type}
    cast, caa_science = by_type.get(sf.CAST), by_type.get(sf.CAA_SCIENCE)
    if sb:
        documents.append(("SB+CAST", {**sb, "Science": cast}) if cast else ("SB", sb))
        cast = None
    if caa:
        documents.append(("CAA+Science", {**caa, "Science": caa_science}) if caa_science else ("CAA", caa))
        caa_science = None
    if cast:
        documents.append(("CAST", {"Science": cast}))
    if caa_science:
        documents.append(("CAA Science", {"Science": caa_science}))
    if sf.CSA in by_type:
        documents.append(("CSA", {"CSA": by_type[sf.CSA]}))
    if sf.SUMMATIVE_ELPAC in by_type:
        documents.append(("ELPAC", {"ELPAC": by_type[sf.SUMMATIVE_ELPAC]}))
    elif sf.SUMMATIVE_ALTERNATE in by_type:
        documents.append(("Alternate ELPAC", {"ELPAC": by_type[sf.SUMMATIVE_ALTERNATE]}))
    return documents


def _translation_language(student: Student | None, record: Mapping[str, str]) -> str:
    if student is not None:
        return _LANGUAGE_BY_PEOPLE_NAME.get(student.language.name, "")
    return _LANGUAGE_BY_CEDS.get((record.get("ceds_language") or "").upper(), "")


def _address_lines(student: Student | None, record: Mapping[str, str], rng: random.Random) -> tuple[str, ...]:
    """Up to four lines: "TO THE PARENT/GUARDIAN OF" and the student, or a guardian; street; city."""
    first = record.get("first_name") or (student.first_name if student else "")
    last = record.get("last_name") or (student.last_name if student else "")
    name = f"{first} {last}".strip()
    if student is not None and student.address is not None:
        a = student.address
        street, unit, city = a.line1, a.line2, f"{a.city}, {a.state} {a.zip}"
    elif record.get("address_line1"):
        state = (record.get("state") or "CA").replace("US-", "")
        street, unit = record["address_line1"], record.get("address_line2", "")
        city = f"{record.get('city', '')}, {state} {record.get('zip', '')}"
    else:
        return ("To the Parent/Guardian of", name)
    draw = rng.random()
    guardian = student.guardians[0].name if student is not None and student.guardians else ""
    if draw < 0.6:
        return ("To the Parent/Guardian of", name, f"{street} {unit}".strip(), city)
    if draw < 0.8 or not guardian:
        return tuple(line for line in (f"Parent/Guardian of {name}", street, unit, city) if line)
    return tuple(line for line in (guardian, street, unit, city) if line)


# --- odd and damaged files -------------------------------------------------------------------

ODD_FILE_PASSWORD = "toms-2025"


def sample_reports(students: int = 12, seed: int = 2025) -> list[SyntheticReport]:
    """Reports (English and translated) for a small invented district, for tests and odd files."""
    from .district import layout_for
    from .people import build_district

    rng = random.Random(seed)
    district = build_district(rng, students, "2024-25")
    found = {program: sf.records(district, program, layout_for(program, "2024-25"), rng)
             for program in (sf.CAASPP, sf.ELPAC)}
    return reports_for(district, found, rng)


def write_odd_files(folder: Path | str) -> dict[str, Path]:
    """Files a reader must cope with, by what they are:

    encrypted        a merged SSR file with a user password (AES-256): ODD_FILE_PASSWORD
    truncated        a merged SSR file cut in half (an interrupted download)
    not_a_pdf        an HTML "session expired" page saved under a .pdf name
    no_ssr           a PDF with no score report in it: a district cover letter
    scanned          a printed-and-scanned report: pages of pictures, no text at all
    short_ssid       a report whose SSID lost its leading zero (9 digits)
    two_fronts       two students' front pages printed 2-up on one page, no boundary between them
    stray_page       a merged file that starts with a TOMS cover sheet belonging to no report
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    reports = [r for r in sample_reports(24, 2718) if r.language == "English" and r.kind in ("SB", "SB+CAST")]
    written: dict[str, Path] = {}

    plain = folder / "merged_grade05.pdf"
    write_ssr_pdf(plain, reports[:3])
    encrypted = folder / "StudentScoreReports_Grade05_protected.pdf"
    _encrypt(plain, encrypted, ODD_FILE_PASSWORD)
    written["encrypted"] = encrypted

    truncated = folder / "StudentScoreReports_Grade06_partial.pdf"
    data = plain.read_bytes()
    _write_bytes(truncated, data[: len(data) // 2])
    written["truncated"] = truncated
    plain.unlink()

    not_pdf = folder / "StudentScoreReports_Grade07.pdf"
    _write_bytes(not_pdf, (
        "<!DOCTYPE html>\n<html><head><title>TOMS - Session Expired</title></head>\n"
        "<body><h1>Your session has expired.</h1><p>Please log on again to download Student Score Reports."
        "</p></body></html>\n").encode("utf-8"))
    written["not_a_pdf"] = not_pdf

    letter = folder / "Cover_Letter_to_Families.pdf"
    _write_cover_letter(letter, reports[0].district)
    written["no_ssr"] = letter

    scanned = folder / "Scan_2025-08-20_101455.pdf"
    _write_scanned(scanned, pages=4)
    written["scanned"] = scanned

    short = folder / "StudentScoreReports_Grade08_excel.pdf"
    # As after a spreadsheet dropped the leading zero of "0…": nine digits left.
    write_ssr_pdf(short, [dataclasses.replace(reports[1], ssid=reports[1].ssid[1:])])
    written["short_ssid"] = short

    two = folder / "StudentScoreReports_Grade05_reprint.pdf"
    _write_two_fronts(two, reports[2], reports[3])
    written["two_fronts"] = two

    stray = folder / "StudentScoreReports_Grade05_with_cover.pdf"
    _write_with_cover_sheet(stray, reports[:3], grade="5")
    written["stray_page"] = stray
    return written


def _write_bytes(path: Path, data: bytes) -> None:
    with atomic_write(path) as temporary:
        temporary.write_bytes(data)


def _encrypt(source: Path, target: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-256")
    with atomic_write(target) as temporary:
        with open(temporary, "wb") as handle:
            writer.write(handle)


def _write_cover_letter(path: Path, district: str) -> None:
    with binary_streams(), atomic_write(path) as temporary:
        canvas = _canvas(temporary)
        p = _Painter(canvas, _faces_for("English", "Helvetica")[0])
        p.text(0.9 * INCH, _top(1.0), district, 16, bold=True, colour=_NAVY)
        p.text(0.9 * INCH, _top(1.25), "Office of Assessment and Accountability", 10, colour=_GREY)
        y = p.wrap(0.9 * INCH, _top(2.0), "Dear Families,", 11, 6.7 * INCH, 15)
        body = ("Enclosed you will find your student's Student Score Report from this spring's statewide tests. "
                "The report shows how your student did in English language arts/literacy, mathematics and, in "
                "grades five, eight and high school, science. Scores are one of several measures of progress; "
                "please talk with your student's teacher about them. If you have questions, call the school "
                "office. Thank you for supporting your student's learning.")
        y = p.wrap(0.9 * INCH, y - 8, body, 11, 6.7 * INCH, 15, max_lines=12)
        p.text(0.9 * INCH, y - 20, "Sincerely,", 11)
        p.text(0.9 * INCH, y - 50, "Director of Assessment", 11)
        p.finish_page()
        canvas.save()


def _write_scanned(path: Path, pages: int) -> None:
    """Pages that are only pictures: grey bars where text was, slightly skewed, with speckle."""
    from PIL import Image, ImageDraw

    rng = random.Random(path.name)
    with binary_streams(), atomic_write(path) as temporary:
        canvas = _canvas(temporary)
        for _ in range(pages):
            image = Image.new("L", (425, 550), 250)
            draw = ImageDraw.Draw(image)
            draw.rectangle((25, 20, 400, 45), fill=60)
            y = 70
            while y < 520:
                width = rng.randrange(120, 370)
                draw.rectangle((35, y, 35 + width, y + 5), fill=rng.randrange(70, 130))
                y += rng.choice((11, 11, 11, 22))
            for _ in range(400):
                x, y = rng.randrange(425), rng.randrange(550)
                draw.point((x, y), fill=rng.randrange(150, 220))
            image = image.rotate(rng.uniform(-0.8, 0.8), fillcolor=250)
            buffer = io.BytesIO()
            image.save(buffer, "PNG")
            buffer.seek(0)
            canvas.drawImage(ImageReader(buffer), 0, 0, PAGE_WIDTH, PAGE_HEIGHT)
            canvas.showPage()
        canvas.save()


def _write_two_fronts(path: Path, first: SyntheticReport, second: SyntheticReport) -> None:
    """Both front pages shrunk onto page 1 (2-up), then both students' score pages with no new front page."""
    with binary_streams(), atomic_write(path) as temporary:
        canvas = _canvas(temporary)
        for index, report in enumerate((first, second)):
            ctx = _context(canvas, report, DEFAULT_STYLE)
            canvas.saveState()
            canvas.translate(PAGE_WIDTH * 0.25, PAGE_HEIGHT / 2 if index == 0 else 0)
            canvas.scale(0.5, 0.5)
            canvas.setStrokeColorRGB(*_RULE)
            canvas.rect(0, 0, PAGE_WIDTH, PAGE_HEIGHT, stroke=1, fill=0)
            _front_page(ctx)
            ctx.painter.flush()
            canvas.restoreState()
        canvas.showPage()
        for report in (first, second):
            _draw_report(canvas, report, DEFAULT_STYLE, skip_front=True)
        canvas.save()


def _write_with_cover_sheet(path: Path, reports: Sequence[SyntheticReport], grade: str) -> None:
    with binary_streams(), atomic_write(path) as temporary:
        canvas = _canvas(temporary)
        p = _Painter(canvas, _faces_for("English", "Helvetica")[0])
        p.text(PAGE_WIDTH / 2, _top(3.5), f"Student Score Reports — Grade {grade} — printed 2025-08-14", 16,
               bold=True, align="center")
        p.text(PAGE_WIDTH / 2, _top(3.9), f"{reports[0].district}   ·   {len(reports)} reports", 11,
               align="center", colour=_GREY)
        p.text(PAGE_WIDTH / 2, _top(4.2), "Test Operations Management System (TOMS)", 9, align="center",
               colour=_GREY)
        p.finish_page()
        for report in reports:
            _draw_report(canvas, report, DEFAULT_STYLE)
        canvas.save()


if __name__ == "__main__":  # pragma: no cover - a quick look: python -m ssrdesk.core.demo.ssr_pdfs FOLDER
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "ssr-demo")
    for written_path in write_grade_batches(out, sample_reports(60), style=random.Random(1)):
        print(written_path)

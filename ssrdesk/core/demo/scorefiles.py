"""TOMS Student Score Data Files for an invented district, in every shape they reach a coordinator.

`records` makes one dict per student per test, keyed by canonical field name (`fields.json`).
`layout_rows` and `fixed_width_rows` lay them out as a given TOMS layout year does, and the writers
produce the files found in a TOMS download: the .xlsx, the caret-delimited _DLMTR.CSV and (for years
with a published fixed-width layout) the .dat, zipped together. `excel_resave` gives the same rows as
they come back after a coordinator opened the file in Excel and saved it.

Score scales follow the published ones closely enough to look right (Smarter Balanced cut scores, CAST
grade-band scales); the CAA, CSA and Alternate ELPAC scales are approximations.
"""

from __future__ import annotations

import csv
import random
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from ..datafiles.layouts import Layout, field_positions, normalise
from ..datafiles.xlsx import write_xlsx
from ..files import atomic_write
from .people import SPANISH, District, Student

CAASPP = "CAASPP"
ELPAC = "ELPAC"
INITIAL_ELPAC = "Initial ELPAC"

# The words TOMS uses in titles; with spaces as underscores they are the middle of the file names.
FILE_TITLES = {
    CAASPP: "CAASPP Student Score Data File",
    ELPAC: "Summative ELPAC and Summative Alternate ELPAC Student Score Data File",
    INITIAL_ELPAC: "Initial ELPAC and Initial Alternate ELPAC Student Score Data File",
}

SB_ELA, SB_MATH, CAA_ELA, CAA_MATH, CAA_SCIENCE, CAST, CSA = "01", "02", "03", "04", "05", "06", "09"
SUMMATIVE_ELPAC, INITIAL, SUMMATIVE_ALTERNATE, INITIAL_ALTERNATE = "21", "22", "23", "24"

NO_SCORE = ("NT", "NTE", "PGE", "NEL")  # condition codes of records without a score
END_OF_RECORD = "ZZ"


@dataclass(frozen=True)
class Scale:
    low: int
    high: int
    cuts: tuple[int, ...]  # lowest score of level 2, 3, …

    def score(self, z: float) -> int:
        """A scale score for a student `z` standard deviations from the middle of the scale."""
        middle, spread = (self.low + self.high) / 2, (self.high - self.low) / 6
        return min(self.high, max(self.low, round(middle + z * spread)))

    def level(self, score: int) -> int:
        return 1 + sum(score >= cut for cut in self.cuts)

    def score_in_level(self, rng: random.Random, level: int) -> int:
        bounds = (self.low, *self.cuts, self.high + 1)
        return rng.randrange(bounds[level - 1], bounds[level])


# Smarter Balanced: lowest and highest obtainable scores and the level 2, 3 and 4 cut scores.
_SB = {
    SB_ELA: {"03": (2114, 2623, 2367, 2432, 2490), "04": (2131, 2663, 2416, 2473, 2533),
             "05": (2201, 2701, 2442, 2502, 2582), "06": (2210, 2724, 2457, 2531, 2618),
             "07": (2258, 2745, 2479, 2552, 2649), "08": (2288, 2769, 2487, 2567, 2668),
             "11": (2299, 2795, 2493, 2583, 2682)},
    SB_MATH: {"03": (2189, 2621, 2381, 2436, 2501), "04": (2204, 2659, 2411, 2485, 2549),
              "05": (2219, 2700, 2455, 2528, 2579), "06": (2235, 2748, 2473, 2552, 2610),
              "07": (2250, 2778, 2484, 2567, 2635), "08": (2265, 2802, 2504, 2586, 2653),
              "11": (2280, 2862, 2543, 2628, 2718)},
}
_CAST = {"05": Scale(150, 250, (179, 214, 231)), "08": Scale(350, 450, (378, 415, 433)),
         "HS": Scale(550, 650, (576, 615, 636))}


def _sb_scale(record_type: str, grade: str) -> Scale:
    low, high, *cuts = _SB[record_type][grade]
    return Scale(low, high, tuple(cuts))


def _sb_z(record_type: str, grade: str, z: float) -> float:
    """Smarter scales are not symmetric around their cuts: centre students near the level 3 cut."""
    scale = _sb_scale(record_type, grade)
    middle = (scale.low + scale.high) / 2
    return z * 0.95 + (scale.cuts[1] - 15 - middle) / ((scale.high - scale.low) / 6)


def _grade_band_scale(grade: str, cut_offsets: tuple[int, ...]) -> Scale:
    """CAA and CSA: scores prefixed by the grade (grade 5: 500–599), high school in the 900s."""
    low = 900 if int(grade) > 8 else int(grade) * 100
    return Scale(low, low + 99, tuple(low + c for c in cut_offsets))


def _science_band(grade: str) -> str:
    return grade if grade in ("05", "08") else "HS"


def _elpac_scale(grade: str, levels: int) -> Scale:
    """ELPAC: 1150–1950 across grades, each grade a band of it; cuts at fixed shares of the band."""
    years = 0 if grade == "KN" else int(grade)
    low = 1150 + 30 * years
    high = min(1950, low + 500 + 10 * years)
    shares = (0.36, 0.52, 0.66) if levels == 4 else (0.42, 0.62)
    return Scale(low, high, tuple(round(low + s * (high - low)) for s in shares))


_ALTERNATE_ELPAC = Scale(150, 250, (185, 215))


def records(district: District, program: str, layout: Layout, rng: random.Random) -> list[dict[str, str]]:
    """One dict per student per test for `program` ("CAASPP", "ELPAC" or "Initial ELPAC")."""
    if program != layout.program:
        raise ValueError(f"{layout.name} is not a {program} layout")
    maker = _RecordMaker(district, layout, rng)
    make = {CAASPP: maker.caaspp, ELPAC: maker.elpac, INITIAL_ELPAC: maker.initial_elpac}[program]
    found = []
    for student in district.students:
        found.extend(make(student))
    return found


class _RecordMaker:
    def __init__(self, district: District, layout: Layout, rng: random.Random):
        self.district = district
        self.rng = rng
        self.year = layout.administration_year
        self.uins: set[str] = set()
        # Recent layouts carry an ISO 3166-2 state code, older ones a state name column.
        self.state = "US-CA" if "studentaddressstatecode" in layout.key else "CA"

    # --- CAASPP -----------------------------------------------------------------------------

    def caaspp(self, student: Student) -> list[dict[str, str]]:
        rng, grade = self.rng, student.grade
        ability = rng.gauss(-0.4 if student.english_learner else 0.1, 1)
        found = []
        if grade in _SB[SB_ELA]:
            if student.alternate_assessments:
                found += [self._caa(student, CAA_ELA, ability), self._caa(student, CAA_MATH, ability)]
            else:
                found += [self._smarter(student, SB_ELA, ability), self._smarter(student, SB_MATH, ability)]
            if grade in ("05", "08", "11"):
                found.append(self._science(student, ability, current_year=True))
        elif grade == "12" and rng.random() < 0.35:
            found.append(self._science(student, ability, current_year=False))
        speaks_spanish = student.language is SPANISH
        if grade not in ("KN", "01", "02") and rng.random() < (0.12 if speaks_spanish else 0.01):
            found.append(self._csa(student, ability))
        return found

    def _smarter(self, student: Student, record_type: str, ability: float) -> dict[str, str]:
        rng, grade = self.rng, student.grade
        scale = _sb_scale(record_type, grade)
        z = 0.8 * ability + 0.6 * rng.gauss(0, 1)
        record = self._test(student, record_type, grade)
        condition = self._condition(student, record_type)
        self._prior_smarter(record, record_type, grade, z)
        if condition in NO_SCORE:
            return self._not_scored(record, condition)
        score = scale.low if condition == "LOSS" else scale.score(_sb_z(record_type, grade, z))
        sem = min(40, round(19 + 4 * abs(z) + rng.random() * 4))
        record.update(
            condition_code=condition,
            scale_score=str(score),
            sem=str(sem),
            error_band_min=str(max(scale.low, score - sem)),
            error_band_max=str(min(scale.high, score + sem)),
            achievement_level=str(scale.level(score)),
            lexile_quantile=_lexile_or_quantile(record_type, score),
        )
        claims = [self._band(z) for _ in range(4)]
        if record_type == SB_MATH:
            claims[3] = ""  # math reports claims 2 and 4 together, as claim 2
        record.update({f"claim{n}_level": level for n, level in enumerate(claims, 1)})
        record.update(composite_claim1_level=self._band(z), composite_claim2_level=self._band(z))
        if record_type == SB_ELA:
            record.update(
                wer_purpose_organization=str(min(4, max(1, round(2.5 + z + rng.gauss(0, 0.6))))),
                wer_evidence_elaboration=str(min(4, max(1, round(2.3 + z + rng.gauss(0, 0.6))))),
                wer_conventions=str(min(2, max(0, round(1.2 + z / 2 + rng.gauss(0, 0.4))))),
            )
        return record

    def _prior_smarter(self, record: dict[str, str], record_type: str, grade: str, z: float) -> None:
        """Scores from up to three earlier years, where the student was in a tested grade then."""
        for back in (1, 2, 3):
            earlier = f"{int(grade) - back:02d}"
            if earlier not in _SB[record_type] or self.rng.random() < 0.12:
                continue  # not a tested grade, or not in California schools that year
            scale = _sb_scale(record_type, earlier)
            score = scale.score(_sb_z(record_type, earlier, z + self.rng.gauss(0, 0.3)))
            _add_prior(record, back, earlier, scale, score)

    def _caa(self, student: Student, record_type: str, ability: float) -> dict[str, str]:
        record = self._test(student, record_type, student.grade)
        condition = self._condition(student, record_type)
        if condition in NO_SCORE:
            return self._not_scored(record, condition)
        scale = _grade_band_scale(student.grade, (38, 56))
        return self._scored(record, scale, scale.score(ability * 0.8 + self.rng.gauss(0, 0.6)), sem=4)

    def _science(self, student: Student, ability: float, current_year: bool) -> dict[str, str]:
        """CAST (or CAA Science). A grade-12 record of an earlier high school test counts the student in the
        class's science results; its SSR went out in the year of the test, so none is due now."""
        record_type = CAA_SCIENCE if student.alternate_assessments else CAST
        grade_assessed = student.grade if current_year else self.rng.choice(("10", "11"))
        record = self._test(student, record_type, grade_assessed)
        record["science_current_year"] = "Y" if current_year else "N"
        condition = self._condition(student, record_type)
        if condition in NO_SCORE:
            return self._not_scored(record, condition)
        scale = _CAST[_science_band(student.grade)]
        if record_type == CAA_SCIENCE:
            scale = Scale(scale.low, scale.high, (scale.low + 40, scale.low + 62))
        z = 0.8 * ability + 0.6 * self.rng.gauss(0, 1)
        record = self._scored(record, scale, scale.low if condition == "LOSS" else scale.score(z), sem=7)
        record["condition_code"] = condition
        record.update({f"domain{n}_level": self._band(z) for n in (1, 2, 3)})
        if not current_year:
            record.update(ssr_eligible="N", ssr_available_date="")
        return record

    def _csa(self, student: Student, ability: float) -> dict[str, str]:
        record = self._test(student, CSA, student.grade)
        z = 0.5 * ability + 0.7 * self.rng.gauss(0.5, 1)
        scale = _grade_band_scale(student.grade, (40, 65))
        record = self._scored(record, scale, scale.score(z), sem=5)
        high_school = int(student.grade) >= 9
        record.update({f"domain{n}_level": self._band(z) for n in (1, 2, 3)})
        if high_school:  # speaking, and the oral and written composites, are high school only
            record["domain4_level"] = self._band(z)
            for n in (1, 2):
                composite = scale.score(z + self.rng.gauss(0, 0.4))
                record[f"csa_composite{n}_scale_score"] = str(composite)
                record[f"csa_composite{n}_level"] = str(scale.level(composite))
        return record

    # --- ELPAC ------------------------------------------------------------------------------

    def elpac(self, student: Student) -> list[dict[str, str]]:
        return [self._summative_elpac(student)] if student.english_learner else []

    def _summative_elpac(self, student: Student) -> dict[str, str]:
        rng, grade = self.rng, student.grade
        alternate = student.alternate_assessments
        record = self._test(student, SUMMATIVE_ALTERNATE if alternate else SUMMATIVE_ELPAC, grade)
        record.update(self._address(student))
        # English learners are, by definition, not yet proficient: most score in levels 2 and 3.
        z = rng.gauss(-0.3, 0.8)
        self._prior_elpac(record, grade, z)
        if rng.random() < 0.015:
            return self._not_scored(record, "NT", level="")
        if alternate:
            return self._scored(record, _ALTERNATE_ELPAC, _ALTERNATE_ELPAC.score(z), sem=6)
        scale = _elpac_scale(grade, 4)
        record = self._scored(record, scale, scale.score(z), sem=round(22 + 10 * rng.random()))
        for part in ("oral", "written"):
            part_score = scale.score(z + rng.gauss(0, 0.35))
            record[f"{part}_scale_score"] = str(part_score)
            record[f"{part}_level"] = str(scale.level(part_score))
        for domain in ("listening", "speaking", "reading", "writing"):
            record[f"{domain}_level"] = self._band(z + rng.gauss(0, 0.3))
        return record

    def _prior_elpac(self, record: dict[str, str], grade: str, z: float) -> None:
        years = 0 if grade == "KN" else int(grade)
        for back in (1, 2, 3):
            if years - back < 0 or self.rng.random() < 0.15:
                continue
            earlier = "KN" if years - back == 0 else f"{years - back:02d}"
            scale = _elpac_scale(earlier, 4)
            _add_prior(record, back, earlier, scale, scale.score(z - 0.2 * back + self.rng.gauss(0, 0.3)))

    def initial_elpac(self, student: Student) -> list[dict[str, str]]:
        """New to California schools with another home language: kindergartners, and anyone still TBD."""
        newly_identified = student.grade == "KN" and student.elas in ("EL", "IFEP")
        if not (newly_identified or student.elas == "TBD"):
            return []
        rng = self.rng
        alternate = student.alternate_assessments
        record = self._test(student, INITIAL_ALTERNATE if alternate else INITIAL, student.grade)
        record.update(self._address(student), elas="TBD", el_status="")
        level = {"IFEP": 3, "EL": rng.choice((1, 2, 2))}.get(student.elas, rng.choice((1, 2, 3)))
        scale = _ALTERNATE_ELPAC if alternate else _elpac_scale(student.grade, 3)
        record = self._scored(record, scale, scale.score_in_level(rng, level), sem=25)
        record["ssr_available_date"] = self._date(date(self.year - 1, 9, 10), 90)
        if not alternate:
            record.update({f"{part}_level": str(min(3, max(1, level + rng.choice((-1, 0, 0, 1)))))
                           for part in ("oral", "written")})
        return [record]

    # --- shared -----------------------------------------------------------------------------

    def _test(self, student: Student, record_type: str, grade_assessed: str) -> dict[str, str]:
        district = self.district
        return {
            "record_type": record_type,
            "uin": self._uin(),
            "ssid": student.ssid,
            "local_student_id": student.local_id,
            "last_name": student.last_name,
            "first_name": student.first_name,
            "middle_name": student.middle_name,
            "birth_date": student.birth_date.isoformat(),
            "gender": student.gender,
            "grade": student.grade,
            "grade_assessed": grade_assessed,
            "district_code": district.code,
            "district_name": district.name,
            "school_code": student.school.code,
            "school_name": student.school.name,
            "el_status": student.el_status,
            "elas": student.elas,
            "primary_language": student.language.code,
            "ceds_language": student.language.ceds,
            "condition_code": "",
            "attemptedness": "Y",
            "score_status": "V",
            "include_indicator": "Y",
            "ssr_eligible": "Y",
            "ssr_available_date": self._date(date(self.year, 5, 20), 50),
        }

    def _scored(self, record: dict[str, str], scale: Scale, score: int, sem: int) -> dict[str, str]:
        record.update(scale_score=str(score), sem=str(sem), achievement_level=str(scale.level(score)))
        return record

    @staticmethod
    def _not_scored(record: dict[str, str], condition: str, level: str = "9") -> dict[str, str]:
        record.update(condition_code=condition, attemptedness="N", score_status="", include_indicator="N",
                      ssr_eligible="N", ssr_available_date="", achievement_level=level)
        return record

    def _condition(self, student: Student, record_type: str) -> str:
        """A few percent of records carry a condition code; recent-arrival English learners skip ELA."""
        rng = self.rng
        if record_type == SB_ELA and student.english_learner and rng.random() < 0.08:
            return "NEL"
        codes = {"PGE": 0.015, "NT": 0.01, "NTE": 0.003}
        if record_type in (SB_ELA, SB_MATH, CAST):
            codes["LOSS"] = 0.005
        draw = rng.random()
        for code, share in codes.items():
            if draw < share:
                return code
            draw -= share
        return ""

    def _address(self, student: Student) -> dict[str, str]:
        address = student.address
        if address is None:
            return {}
        return {"address_line1": address.line1, "address_line2": address.line2, "city": address.city,
                "state": self.state, "zip": address.zip}

    def _band(self, z: float) -> str:
        """A 1–3 claim, domain or composite level (below, near, above standard) around a student's z."""
        z += self.rng.gauss(0, 0.5)
        return "1" if z < -0.6 else "3" if z > 0.6 else "2"

    def _uin(self) -> str:
        while True:
            uin = str(self.rng.randrange(10**11, 10**12))
            if uin not in self.uins:
                self.uins.add(uin)
                return uin

    def _date(self, start: date, within_days: int) -> str:
        return (start + timedelta(days=self.rng.randrange(within_days))).isoformat()


def _add_prior(record: dict[str, str], back: int, grade: str, scale: Scale, score: int) -> None:
    """The result of `back` years ago, in the record's "minus" fields."""
    record.update({
        f"ssr_eligible_minus{back}": "Y",
        f"grade_assessed_minus{back}": grade,
        f"scale_score_minus{back}": str(score),
        f"achievement_level_minus{back}": str(scale.level(score)),
        f"condition_code_minus{back}": "",
    })


def _lexile_or_quantile(record_type: str, score: int) -> str:
    """ELA results carry a Lexile ("850L", "BR120L" below zero), math a Quantile ("640Q", "EM40Q")."""
    if record_type == SB_ELA:
        value, prefix, suffix = round((score - 2200) * 2.6 / 10) * 10, "BR", "L"
    else:
        value, prefix, suffix = round((score - 2250) * 2.8 / 5) * 5, "EM", "Q"
    return f"{value}{suffix}" if value >= 0 else f"{prefix}{-value}{suffix}"


# --- layouts ---------------------------------------------------------------------------------


def layout_rows(layout: Layout, records: Iterable[dict[str, str]]) -> tuple[list[str], list[list[str]]]:
    """The layout's exact header, and each record as a row of that layout."""
    header = list(layout.columns)
    placed = list(field_positions(header).items())
    end = _end_of_record(header)
    rows = []
    for record in records:
        row = [""] * len(header)
        for name, position in placed:
            row[position] = record.get(name, "")
        if end is not None:
            row[end] = END_OF_RECORD
        rows.append(row)
    return header, rows


def fixed_width_rows(layout: Layout, records: Iterable[dict[str, str]]) -> list[str]:
    """Records as the layout's .dat lines: each field left-justified and space-padded at its position."""
    if not layout.fixed_width:
        raise ValueError(f"TOMS publishes no fixed-width layout for {layout.name}")
    fields = layout.fixed_width
    canonical = {index: name for name, index in field_positions([f.name for f in fields]).items()}
    end = _end_of_record([f.name for f in fields])
    lines = []
    for record in records:
        parts, at = [], 0
        for index, spec in enumerate(fields):
            value = END_OF_RECORD if index == end else record.get(canonical.get(index, ""), "")
            parts.append(" " * (spec.start - at))  # gaps between published fields are blank
            parts.append(value[: spec.length].ljust(spec.length))
            at = spec.start + spec.length
        lines.append("".join(parts).ljust(layout.record_length))
    return lines


def _end_of_record(names: Sequence[str]) -> int | None:
    keys = [normalise(n) for n in names]
    return keys.index("endofrecord") if "endofrecord" in keys else None


# --- writers ---------------------------------------------------------------------------------


def write_caret_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], encoding: str = "cp1252") -> None:
    """TOMS's _DLMTR.CSV: caret-delimited, never quoted, LF line ends, Windows-1252."""
    text = "".join("^".join(row) + "\n" for row in (header, *rows))
    with atomic_write(Path(path)) as temporary:
        temporary.write_bytes(text.encode(encoding))


def write_comma_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]],
                    encoding: str = "cp1252") -> None:
    """The comma-delimited copy that circulates between offices: quoted as needed, Windows-1252."""
    with atomic_write(Path(path)) as temporary:
        with open(temporary, "w", encoding=encoding, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)


def write_fixed_width(path: Path, lines: Iterable[str]) -> None:
    with atomic_write(Path(path)) as temporary:
        temporary.write_bytes("".join(line + "\n" for line in lines).encode("cp1252"))


def write_score_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]], title: str) -> None:
    """As TOMS does: sheet "Score Data", a merged title in row 1, the header in row 2."""
    with atomic_write(Path(path)) as temporary:
        write_xlsx(temporary, _chain(header, rows), sheet_name="Score Data", merged_title=title)


def _chain(first: Sequence[str], rest: Iterable[Sequence[str]]):
    yield first
    yield from rest


def toms_title(program: str, year: int) -> str:
    return f"{FILE_TITLES[program]} — Tested Student Score Data — {year}"


def toms_stem(cds: str, program: str, year: int) -> str:
    """'01765430000000_CAASPP_Student_Score_Data_File_TestedStudentScoreData_2025'."""
    return f"{cds}_{FILE_TITLES[program].replace(' ', '_')}_TestedStudentScoreData_{year}"


def write_toms_zip(path: Path, cds: str, program: str, layout: Layout, header: Sequence[str],
                   rows: Sequence[Sequence[str]], fixed_lines: Sequence[str] | None = None) -> None:
    """A TOMS download: the same data as .xlsx, _DLMTR.CSV and, when given, fixed-width .dat."""
    path = Path(path)
    year = layout.administration_year
    stem = toms_stem(cds, program, year)
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=path.parent, prefix=".demo-") as folder:
        parts = [Path(folder, f"{stem}.xlsx"), Path(folder, f"{stem}_DLMTR.CSV")]
        write_score_xlsx(parts[0], header, rows, toms_title(program, year))
        write_caret_csv(parts[1], header, rows)
        if fixed_lines is not None:
            parts.append(Path(folder, f"{stem}.dat"))
            write_fixed_width(parts[2], fixed_lines)
        with atomic_write(path) as temporary:
            with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
                for part in parts:
                    archive.write(part, part.name)


# --- Excel ----------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def excel_resave(rows: Iterable[Sequence[str]], header: Sequence[str], dates: str = "mdy") -> list[list[str]]:
    """The rows as Excel saves them after opening a CSV: numbers lose leading zeros ("0123456789" ->
    "123456789", "03" -> "3") and dates take the computer's format, "mdy" (MM/DD/YYYY) or "dmy"
    (DD-MM-YYYY). Every row comes out as wide as the header, as Excel writes its used range."""
    if dates not in ("mdy", "dmy"):
        raise ValueError("dates must be 'mdy' or 'dmy'")
    width = len(header)
    resaved = []
    for row in rows:
        cells = [_excel_cell(value, dates) for value in row[:width]]
        resaved.append(cells + [""] * (width - len(cells)))
    return resaved


def _excel_cell(value: str, dates: str) -> str:
    if _DIGITS.fullmatch(value):
        return str(int(value))
    match = _ISO_DATE.fullmatch(value)
    if match:
        year, month, day = match.groups()
        return f"{month}/{day}/{year}" if dates == "mdy" else f"{day}-{month}-{year}"
    return value

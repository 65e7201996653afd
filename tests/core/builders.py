"""Small, exact score data files for tests that need to control each row."""

from ssrdesk.core.datafiles.layouts import all_layouts, field_positions


def layout_named(name):
    return next(layout for layout in all_layouts() if layout.name == name)


def caaspp_2025():
    return layout_named("CAASPP 2024-25")


def score_lines(layout, count, first_ssid=1_000_000_000, last_names=None, first_names=None, **fixed):
    """Header plus `count` caret-delimited rows, one ELA record per student, 2 students a school."""
    header = list(layout.columns)
    at = field_positions(header)
    lines = ["^".join(header)]
    for n in range(count):
        cells = [""] * len(header)
        values = {
            "ssid": str(first_ssid + n).zfill(10), "last_name": (last_names or [])[n] if last_names else f"Student{n}",
            "first_name": first_names[n] if first_names else "Ana", "record_type": "01", "grade": "05", "grade_assessed": "05",
            "uin": str(900_000 + first_ssid % 1000 + n), "scale_score": "2450", "achievement_level": "3",
            "ssr_eligible": "Y", "birth_date": "2014-03-02", "school_name": f"School {n // 2}", **fixed,
        }
        for field, value in values.items():
            if field in at:
                cells[at[field]] = value
        cells[-1] = "ZZ"
        lines.append("^".join(cells))
    return lines


def write_caret(path, layout, lines):
    path.write_bytes(("\n".join(lines) + "\n").encode("cp1252"))
    return path

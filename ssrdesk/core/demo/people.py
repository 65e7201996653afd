"""An invented school district: schools, students, home languages, addresses and guardians.

Everything comes from a seeded `random.Random`, so the same seed always gives the same district.
Names are drawn from the communities found in California schools. All text stays within Windows-1252
(TOMS files are written in it): "Muñoz" and "José" are fine, Vietnamese diacritics are not, so those
names are written the way California records usually carry them ("Nguyen").
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

GRADES = ("KN", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12")
CAASPP_GRADES = ("03", "04", "05", "06", "07", "08", "11")


@dataclass(frozen=True)
class Language:
    code: str  # CALPADS primary language code
    ceds: str  # CEDS (ISO 639) code as TOMS writes it
    name: str


ENGLISH = Language("00", "ENG", "English")
SPANISH = Language("01", "SPA", "Spanish")
VIETNAMESE = Language("02", "VIE", "Vietnamese")
CANTONESE = Language("03", "CHI", "Cantonese")
KOREAN = Language("04", "KOR", "Korean")
FILIPINO = Language("05", "PHI", "Filipino (Tagalog)")
MANDARIN = Language("07", "CHI", "Mandarin")
ARABIC = Language("11", "ARA", "Arabic")
ARMENIAN = Language("12", "ARM", "Armenian")
HINDI = Language("22", "HIN", "Hindi")
PUNJABI = Language("28", "PAN", "Punjabi")
RUSSIAN = Language("29", "RUS", "Russian")


@dataclass(frozen=True)
class Heritage:
    """Names and home languages of one community. A surname "Petrov/Petrova" has a feminine form."""

    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    surnames: tuple[str, ...]
    languages: tuple[Language, ...]  # the first is the most common
    speaks_home_language: float  # share of families whose primary language is not English


def _names(text: str) -> tuple[str, ...]:
    return tuple(name.strip() for name in text.split(",") if name.strip())


HERITAGES = (
    Heritage(
        44,
        _names("Sofía, Isabella, Valentina, Camila, Ximena, María, Guadalupe, Daniela, Natalia, Mariana, Jimena, "
               "Lucía, Andrea, Fernanda, Renata, Paola, Ana, Alejandra, Itzel, Yesenia, Marisol, Araceli, Rocío, "
               "Inés, Belén, Abril, Dulce, Leticia"),
        _names("José, Juan, Luis, Carlos, Miguel, Ángel, Diego, Mateo, Santiago, Sebastián, Emiliano, Alejandro, "
               "Jesús, Adrián, Julián, Martín, Andrés, Ramón, Joaquín, Nicolás, Iván, Rubén, Héctor, Óscar, Javier"),
        _names("García, Hernández, López, Martínez, González, Rodríguez, Pérez, Sánchez, Ramírez, Flores, Torres, "
               "Rivera, Gómez, Díaz, Cruz, Morales, Reyes, Gutiérrez, Ortiz, Muñoz, Peña, Castañeda, Ibáñez, Núñez, "
               "Ordóñez, Mendoza, Vargas, Castillo, Jiménez, Ruiz, Chávez, Romero, Herrera, Medina, Aguilar, "
               "Vásquez, Salazar, Zúñiga, Estrada, Delgado, De la Cruz, García-López"),
        (SPANISH,),
        0.65,
    ),
    Heritage(
        20,
        _names("Emma, Olivia, Ava, Charlotte, Harper, Abigail, Emily, Madison, Chloe, Zoë, Hannah, Grace, Aaliyah, "
               "Brooklyn, Kayla, Taylor, Morgan, Renée, Imani, Savannah, Jade, Nevaeh"),
        _names("Liam, Noah, Ethan, Mason, Logan, Lucas, Jackson, Aiden, Caleb, Elijah, Jayden, Tyler, Wyatt, Hunter, "
               "Xavier, Malik, Andre, Isaiah, Jamal, Owen, Dylan, Connor"),
        _names("Smith, Johnson, Williams, Brown, Jones, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, "
               "Jackson, White, Harris, Martin, Thompson, Robinson, Clark, Lewis, Walker, Young, Allen, King, "
               "Wright, Scott, Green, Baker, Adams, Nelson, O'Brien, McCarthy, Washington, Brooks, Coleman"),
        (),
        0.0,
    ),
    Heritage(
        7,
        _names("Linh, Trang, Ngoc, Thao, Mai, Anh, Vy, Nhi, Huong, Lan, Hanh, Thu, Uyen, Kim, Tien, Jennifer, Tiffany"),
        _names("Minh, Khoa, Bao, Huy, Long, Duc, Tuan, Quang, Phuc, Nam, Hieu, Thanh, Vinh, Khang, Dat, Kevin, Brian"),
        _names("Nguyen, Nguyen, Nguyen, Tran, Tran, Le, Pham, Huynh, Hoang, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, "
               "Duong, Ly"),
        (VIETNAMESE,),
        0.6,
    ),
    Heritage(
        7,
        _names("Maria, Angelica, Kristine, Jasmine, Princess, Joy, Bea, Althea, Nicole, Czarina, Lovely, Mae, Rhea"),
        _names("Jose, Mark, John Paul, Angelo, Christian, Jericho, Carlo, Paolo, Rafael, Miguel, Jomar, Rommel"),
        _names("Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Dela Cruz, Villanueva, Castillo, Aquino, "
               "Ramos, Pascual, Manalo, Soriano, Macaraeg, Dimaculangan, Tolentino"),
        (FILIPINO,),
        0.45,
    ),
    Heritage(
        6,
        _names("Mei, Xinyi, Yuting, Jiayi, Wing, Ka Yan, Hui, Ling, Chloe, Emily, Michelle, Yan Ting"),
        _names("Wei, Hao, Jun, Zihan, Yichen, Ka Ho, Chun, Kevin, Jason, Ethan, Ryan, Jia Hao"),
        _names("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Chan, Wong, Leung, Lam, Cheung, Ng, Lau"),
        (MANDARIN, CANTONESE),
        0.6,
    ),
    Heritage(
        3,
        _names("Ji-woo, Seo-yeon, Min-ji, Soo-ah, Ha-eun, Yuna, Jiyoon, Eunji, Grace, Sarah"),
        _names("Min-jun, Seo-jun, Ji-ho, Jae-won, Hyun-woo, Joon, Daniel, Andrew, Sung-min"),
        _names("Kim, Kim, Lee, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Shin"),
        (KOREAN,),
        0.55,
    ),
    Heritage(
        3,
        _names("Fatima, Mariam, Layla, Nour, Aisha, Yasmin, Huda, Salma, Rania, Zainab"),
        _names("Mohammed, Ahmad, Omar, Yusuf, Ali, Hassan, Khalid, Ibrahim, Karim, Tariq, Hamza"),
        _names("Haddad, Khalil, Nasser, Saleh, Hussein, Mansour, Abboud, Darwish, Farah, Ibrahim, Qasim, Aziz"),
        (ARABIC,),
        0.7,
    ),
    Heritage(
        3,
        _names("Ani, Lilit, Anahit, Mariam, Narine, Arpi, Talin, Nare, Sona, Lusine"),
        _names("Aram, Narek, Tigran, Gor, Davit, Hayk, Armen, Levon, Vahe, Samvel"),
        _names("Hakobyan, Petrosyan, Sargsyan, Grigoryan, Avetisyan, Harutyunyan, Khachatryan, Karapetyan, "
               "Mkrtchyan, Ghazaryan, Vardanyan, Manukyan"),
        (ARMENIAN,),
        0.6,
    ),
    Heritage(
        2,
        _names("Anastasia, Sofia, Daria, Polina, Ekaterina, Alina, Ksenia, Yulia, Natalia, Irina"),
        _names("Alexander, Dmitri, Maxim, Artem, Ivan, Mikhail, Nikita, Sergei, Andrei, Kirill"),
        _names("Ivanov/Ivanova, Smirnov/Smirnova, Kuznetsov/Kuznetsova, Popov/Popova, Sokolov/Sokolova, "
               "Volkov/Volkova, Morozov/Morozova, Petrov/Petrova, Novikov/Novikova, Fedorov/Fedorova"),
        (RUSSIAN,),
        0.6,
    ),
    Heritage(
        3,
        _names("Harpreet, Simran, Navneet, Jasleen, Gurleen, Manpreet, Priya, Anjali, Kiran"),
        _names("Gurpreet, Harjot, Arjun, Jaspreet, Manveer, Rohan, Aarav, Karan, Sukhdeep"),
        _names("Singh, Singh, Kaur, Sandhu, Gill, Dhillon, Sidhu, Grewal, Bains, Sharma, Patel, Kumar"),
        (PUNJABI, HINDI),
        0.55,
    ),
)

# Real cities of the invented district's county, with their ZIP codes; the streets are invented.
CITIES = (
    ("Hayward", ("94541", "94542", "94544", "94545")),
    ("Fremont", ("94536", "94538", "94539", "94555")),
    ("Union City", ("94587",)),
    ("Newark", ("94560",)),
    ("San Leandro", ("94577", "94578", "94579")),
    ("Castro Valley", ("94546",)),
    ("San Lorenzo", ("94580",)),
)
STREETS = _names(
    "Alder, Almendra, Buena Vista, Camellia, Cedar Grove, Cypress Point, Del Rio, Encina, Fairmont Hills, "
    "Las Lomas, Los Olivos, Madrone, Manzanita, Mariposa, Mission Vista, Monte Verde, Paloma, Piñón, "
    "Rancho Seco, Redwood Glen, Sierra Linda, Sycamore, Tamarind, Valle Verde, Willowbrook, Quail Run"
)
STREET_TYPES = ("St", "Ave", "Dr", "Ct", "Way", "Blvd", "Ln", "Pl", "Cir")
EMAIL_DOMAINS = ("example.org", "example.net", "example.com")
AREA_CODES = ("510", "510", "510", "925", "408")

# Share of students who are English learners, by grade: highest in the early grades, as in California.
EL_SHARE = {"KN": 0.42, "01": 0.40, "02": 0.37, "03": 0.33, "04": 0.30, "05": 0.27, "06": 0.22, "07": 0.20,
            "08": 0.19, "09": 0.17, "10": 0.16, "11": 0.15, "12": 0.15}


@dataclass(frozen=True)
class School:
    code: str  # 14-digit CDS code
    name: str
    grades: tuple[str, ...]


@dataclass(frozen=True)
class Address:
    line1: str
    line2: str
    city: str
    state: str  # two-letter code
    zip: str


@dataclass(frozen=True)
class Guardian:
    first_name: str
    last_name: str
    relationship: str
    email: str
    phone: str
    language: str  # correspondence language, by name

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class Student:
    ssid: str
    local_id: str
    first_name: str
    middle_name: str
    last_name: str
    birth_date: date
    gender: str  # F, M or X
    grade: str  # KN, 01 … 12
    school: School
    el_status: str  # Y or N
    elas: str  # EO, IFEP, EL, RFEP or TBD
    language: Language  # primary language
    address: Address | None
    guardians: tuple[Guardian, ...]
    alternate_assessments: bool  # significant cognitive disability: takes the CAAs and Alternate ELPAC

    @property
    def english_learner(self) -> bool:
        return self.elas == "EL"


@dataclass(frozen=True)
class District:
    code: str  # 14-digit CDS code ending in 0000000
    name: str
    school_year: str  # "2024-25"
    schools: tuple[School, ...]
    students: tuple[Student, ...]


DISTRICT_CODE = "01765430000000"  # Alameda County (01) and an invented district number
DISTRICT_NAME = "Arroyo Verde Unified"
_SCHOOLS = (
    ("6112401", "Las Palmas Elementary", GRADES[:6]),
    ("6112419", "Mariposa Elementary", GRADES[:6]),
    ("6058321", "César Chávez Middle", GRADES[6:9]),
    ("0137851", "Arroyo Verde High", GRADES[9:]),
)


def build_district(rng: random.Random, students: int = 600, school_year: str = "2024-25") -> District:
    schools = tuple(School(DISTRICT_CODE[:7] + code, name, grades) for code, name, grades in _SCHOOLS)
    ssids = _unique_numbers(rng, students, 10**10, 10)
    local_ids = _unique_numbers(rng, students, 900_000, 6, low=100_000)
    # The tested grades are weighted up: they are what the demo is about.
    grade_weights = [3 if grade in CAASPP_GRADES else 1 for grade in GRADES]
    built = []
    for ssid, local_id in zip(ssids, local_ids):
        grade = rng.choices(GRADES, grade_weights)[0]
        school = rng.choice([s for s in schools if grade in s.grades])
        built.append(_student(rng, ssid, local_id, grade, school, school_year))
    built.sort(key=lambda s: (s.school.code, s.grade, s.last_name, s.first_name))
    return District(DISTRICT_CODE, DISTRICT_NAME, school_year, schools, tuple(built))


def _unique_numbers(rng: random.Random, count: int, high: int, width: int, low: int = 0) -> list[str]:
    return [str(n).zfill(width) for n in rng.sample(range(low, high), count)]


def _student(rng: random.Random, ssid: str, local_id: str, grade: str, school: School, school_year: str) -> Student:
    heritage = rng.choices(HERITAGES, [h.weight for h in HERITAGES])[0]
    gender = rng.choices("FMX", (49, 49, 2))[0]
    first_names = {"F": heritage.female, "M": heritage.male, "X": heritage.female + heritage.male}[gender]
    first = rng.choice(first_names)
    middle = rng.choice([n for n in first_names if n != first]) if rng.random() < 0.6 else ""
    surname = rng.choice(heritage.surnames)

    home_language = ENGLISH
    if heritage.languages and rng.random() < heritage.speaks_home_language:
        home_language = rng.choices(heritage.languages, [3] + [1] * (len(heritage.languages) - 1))[0]
    elas = _elas(rng, grade, home_language)

    address = None if rng.random() < 0.04 else _address(rng)
    return Student(
        ssid=ssid,
        local_id=local_id,
        first_name=first,
        middle_name=middle,
        last_name=_surname_form(surname, gender),
        birth_date=_birth_date(rng, grade, school_year),
        gender=gender,
        grade=grade,
        school=school,
        el_status="Y" if elas == "EL" else "N",
        elas=elas,
        language=home_language,
        address=address,
        guardians=_guardians(rng, heritage, surname, home_language),
        alternate_assessments=rng.random() < 0.015,
    )


def _elas(rng: random.Random, grade: str, language: Language) -> str:
    if language is ENGLISH:
        return "EO"
    if rng.random() < 0.02:
        return "TBD"  # enrolled, initial assessment not yet scored
    # EL_SHARE is of all students; about half of them speak another language at home.
    if rng.random() < min(EL_SHARE[grade] * 2, 0.9):
        return "EL"
    return "IFEP" if grade in ("KN", "01") or rng.random() < 0.4 else "RFEP"


def _surname_form(surname: str, gender: str) -> str:
    masculine, _, feminine = surname.partition("/")
    return feminine if feminine and gender == "F" else masculine


def _birth_date(rng: random.Random, grade: str, school_year: str) -> date:
    """Kindergartners turn five by September 1; one student in twenty is a year older than the grade."""
    years_in_school = 0 if grade == "KN" else int(grade)
    start = date(int(school_year[:4]) - 5 - years_in_school - 1, 9, 2)
    if rng.random() < 0.05:
        start = start.replace(year=start.year - 1)
    return start + timedelta(days=rng.randrange(365))


def _address(rng: random.Random) -> Address:
    city, zips = rng.choices(CITIES, (5, 5, 2, 1, 3, 2, 1))[0]
    line1 = f"{rng.randrange(100, 9999)} {rng.choice(STREETS)} {rng.choice(STREET_TYPES)}"
    line2 = ""
    if rng.random() < 0.2:
        line2 = rng.choice((f"Apt {rng.randrange(1, 40)}", f"Apt {rng.randrange(1, 4)}{rng.choice('ABCD')}",
                            f"Unit {rng.randrange(100, 320)}", f"# {rng.randrange(1, 20)}"))
    return Address(line1, line2, city, "CA", rng.choice(zips))


def _guardians(rng: random.Random, heritage: Heritage, surname: str, language: Language) -> tuple[Guardian, ...]:
    correspondence = language.name if language is not ENGLISH and rng.random() < 0.7 else ENGLISH.name
    family_has_email = rng.random() >= 0.06
    roles = [rng.choices(("Mother", "Father", "Grandmother", "Aunt", "Guardian"), (65, 20, 8, 3, 4))[0]]
    if rng.random() < 0.6 and roles[0] in ("Mother", "Father"):
        roles.append("Father" if roles[0] == "Mother" else "Mother")
    found = []
    for role in roles:
        female = role in ("Mother", "Grandmother", "Aunt") or (role == "Guardian" and rng.random() < 0.5)
        first = rng.choice(heritage.female if female else heritage.male)
        # Many mothers keep their own surname, in Hispanic families especially.
        last = rng.choice(heritage.surnames) if female and rng.random() < 0.35 else surname
        last = _surname_form(last, "F" if female else "M")
        email = _email(rng, first, last) if family_has_email and rng.random() >= 0.08 else ""
        phone = f"({rng.choice(AREA_CODES)}) 555-01{rng.randrange(100):02d}"  # 555-0100…0199 are fictional
        found.append(Guardian(first, last, role, email, phone, correspondence))
    return tuple(found)


def _email(rng: random.Random, first: str, last: str) -> str:
    number = str(rng.randrange(1, 100)) if rng.random() < 0.5 else ""
    local = f"{_ascii(first)}.{_ascii(last)}{number}"
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _ascii(name: str) -> str:
    """'Peña' -> 'pena', "O'Brien" -> 'obrien': what people use in e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()

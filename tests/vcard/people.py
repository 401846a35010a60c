"""The fictitious people whose virtual CNS cards the tests use."""

from __future__ import annotations

import dataclasses
import datetime as dt

import checkdigits
import personaldata


@dataclasses.dataclass(frozen=True)
class Person:
    key: str
    surname: str
    name: str
    birth_date: dt.date
    sex: str
    birth_place: str          # human name, for documentation only
    birth_place_code: str     # Belfiore (cadastral) code, the one in the codice fiscale
    height: str
    serial_base: str          # 15 digits; the Luhn digit is appended
    issue_date: dt.date
    issuer_code: str = "IT-TEST"
    citizenship: str = "1"    # 1 = Italian, as on issued CNS cards

    @property
    def codice_fiscale(self) -> str:
        return checkdigits.compute_cf(self.surname, self.name, self.birth_date, self.sex,
                                      self.birth_place_code)

    @property
    def card_serial(self) -> str:
        """ID_Carta: 16 ASCII digits, the last a Luhn check digit."""
        return self.serial_base + checkdigits.luhn_check_digit(self.serial_base)

    @property
    def expiry_date(self) -> dt.date:
        return self.issue_date.replace(year=self.issue_date.year + 6)

    def personal_data(self) -> bytes:
        """Contents of EF_DatiPersonali (3F00/1100/1102)."""
        return personaldata.encode({
            "issuer_code": self.issuer_code,
            "issue_date": self.issue_date.strftime("%d%m%Y"),
            "expiry_date": self.expiry_date.strftime("%d%m%Y"),
            "surname": self.surname.upper(),
            "name": self.name.upper(),
            "birth_date": self.birth_date.strftime("%d%m%Y"),
            "sex": self.sex,
            "height": self.height,
            "codice_fiscale": self.codice_fiscale,
            "citizenship": self.citizenship,
            "birth_place_code": self.birth_place_code,
        })


# Mario's codice fiscale must be RSSMRA85T10A562S (the reference portal's seeded user);
# that code encodes the birthplace A562, so the card says A562 to stay self-consistent.
PEOPLE = {
    "mario": Person("mario", "Rossi", "Mario", dt.date(1985, 12, 10), "M", "Milano", "A562",
                    "178", "600100000000001", dt.date(2024, 3, 1)),
    "anna": Person("anna", "Bianchi", "Anna", dt.date(1990, 1, 1), "F", "Milano", "F205",
                   "165", "600100000000002", dt.date(2023, 9, 15)),
    "luca": Person("luca", "Verdi", "Luca", dt.date(1978, 6, 15), "M", "Napoli", "F839",
                   "", "600100000000003", dt.date(2022, 5, 20)),
}


def get(key: str) -> Person:
    try:
        return PEOPLE[key]
    except KeyError:
        raise KeyError(f"unknown person {key!r}; known: {', '.join(sorted(PEOPLE))}") from None

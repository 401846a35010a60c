"""Demo data of the reference portal: compilatore Mario Rossi with 25 anagrafiche and 15
pratiche, a second compilatore (Luca Neri) with 3 anagrafiche of his own, and on request
any number of generated anagrafiche for Mario (load tests).

All names, companies and addresses are fictitious. Codici fiscali and partite IVA
are computed here (fiscal.py), so their check characters are always right.
Cadastral (Belfiore) codes and CAPs are plausible values for the comuni named; they
are not checked against an official registry.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from .domain.fiscal import compute_codice_fiscale, make_partita_iva

# comune -> (plausible cadastral code, CAP, provincia); Città Metropolitana di Milano only.
COMUNI = {
    "Milano": ("F205", "20121", "MI"),
    "Sesto San Giovanni": ("I690", "20099", "MI"),
    "Rho": ("H264", "20017", "MI"),
    "Legnano": ("E514", "20025", "MI"),
    "Cinisello Balsamo": ("C707", "20092", "MI"),
    "San Donato Milanese": ("H827", "20097", "MI"),
    "Segrate": ("I577", "20054", "MI"),
    "Pioltello": ("G686", "20096", "MI"),
    "Bollate": ("A940", "20021", "MI"),
    "Corsico": ("D045", "20094", "MI"),
    "Abbiategrasso": ("A010", "20081", "MI"),
    "Magenta": ("E801", "20013", "MI"),
    "San Giuliano Milanese": ("H930", "20098", "MI"),
    "Cologno Monzese": ("C895", "20093", "MI"),
}
# Birthplaces outside the area (plausible codes; Z = foreign state).
BIRTHPLACES = {
    **{name: code for name, (code, _cap, _prov) in COMUNI.items()},
    "Napoli": "F839", "Palermo": "G273", "Bergamo": "A794", "Bari": "A662",
    "Cina": "Z210", "Romania": "Z129",
}
# Province of each birthplace (None: abroad, the "comune" is the foreign state).
BIRTH_PROVINCE = {
    **{name: prov for name, (_code, _cap, prov) in COMUNI.items()},
    "Napoli": "NA", "Palermo": "PA", "Bergamo": "BG", "Bari": "BA",
    "Cina": None, "Romania": None,
}
MILANO_OFFICE = 15  # provincial office code in a partita IVA (plausible for Milano)

COMPILATORE = {
    "codice_fiscale": "RSSMRA85T10A562S",
    "nome": "Mario",
    "cognome": "Rossi",
    "email": "mario.rossi@example.it",
    "data_nascita": "1985-12-10",
    "residenza_indirizzo": "Via Giuseppe Mazzini 12",
    "residenza_comune": "Milano",
    "residenza_cap": "20123",
    "residenza_provincia": "MI",
}

# A second compilatore, so that the isolation between users can be shown: his anagrafiche
# are never visible to Mario and the other way round (one of them is the same company
# as one of Mario's, as a separate record).
COMPILATORE_2 = {
    "codice_fiscale": None,  # computed below
    "nome": "Luca",
    "cognome": "Neri",
    "email": "luca.neri@example.it",
    "data_nascita": "1979-04-18",
    "comune_nascita": "Bergamo",
    "provincia_nascita": "BG",
    "residenza_indirizzo": "Via Sempione 15",
    "residenza_comune": "Rho",
    "residenza_cap": "20017",
    "residenza_provincia": "MI",
}


def person_cf(cognome, nome, sesso, nascita, luogo):
    return compute_codice_fiscale(cognome, nome, dt.date.fromisoformat(nascita), sesso,
                                  BIRTHPLACES[luogo])


COMPILATORE_2["codice_fiscale"] = person_cf("Neri", "Luca", "M", "1979-04-18", "Bergamo")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower().replace("&", "e"))[:24]


def _address(comune: str, indirizzo: str, cap: str | None = None) -> dict:
    _code, default_cap, provincia = COMUNI[comune]
    return {"indirizzo": indirizzo, "comune": comune, "cap": cap or default_cap,
            "provincia": provincia}


# (denominazione, comune, indirizzo, cap or None, company number, telefono,
#  legal representative: (cognome, nome, sesso, nascita, luogo, qualifica))
_COMPANIES = [
    ("Officine Meccaniche Brambilla S.r.l.", "Sesto San Giovanni", "Viale Italia 412", None,
     1843275, "+39 02 2484 1173", ("Brambilla", "Luigi", "M", "1961-04-22", "Sesto San Giovanni",
                                   "Amministratore unico")),
    ("Tintoria Naviglio Grande S.p.A.", "Abbiategrasso", "Via Dante Alighieri 58", None,
     2290514, "+39 02 9496 2210", ("Cattaneo", "Paola", "F", "1968-09-03", "Abbiategrasso",
                                   "Presidente del consiglio di amministrazione")),
    ("Lombarda Vernici Industriali S.r.l.", "Rho", "Via Sempione 233", None,
     3105688, "+39 02 9345 0871", ("Fontana", "Roberto", "M", "1970-02-17", "Rho",
                                   "Amministratore delegato")),
    ("Galvanica Olona S.n.c. di Colombo & C.", "Legnano", "Via per Busto Arsizio 31", None,
     1476093, "+39 0331 545 902", ("Colombo", "Andrea", "M", "1966-12-01", "Legnano",
                                   "Socio amministratore")),
    ("Panificio Fratelli Galli S.r.l.", "Cinisello Balsamo", "Via Libertà 104", None,
     4021337, "+39 02 6601 4418", ("Galli", "Stefania", "F", "1977-06-19", "Cinisello Balsamo",
                                   "Amministratore unico")),
    ("Ecoservizi Martesana S.r.l.", "Pioltello", "Via Cassanese 224", None,
     3560912, "+39 02 9216 7730", ("Marchetti", "Davide", "M", "1980-10-08", "Milano",
                                   "Amministratore unico")),
    ("Carrozzeria San Donato S.r.l.s.", "San Donato Milanese", "Via Emilia 58", None,
     5198046, "+39 02 5560 3391", ("Russo", "Vincenzo", "M", "1974-03-27", "Bari",
                                   "Amministratore unico")),
    ("Segrate Logistica S.p.A.", "Segrate", "Via Cassanese 120", None,
     2874401, "+39 02 2692 5518", ("Moretti", "Giulia", "F", "1983-01-15", "Milano",
                                   "Amministratore delegato")),
    ("Stampaggio Plastiche Bollate S.r.l.", "Bollate", "Via Madonna in Campagna 17", None,
     1932756, "+39 02 3830 1146", ("Barbieri", "Franco", "M", "1957-08-30", "Bollate",
                                   "Legale rappresentante")),
    ("Lavanderia Industriale Corsico S.r.l.", "Corsico", "Via Lomellina 46", None,
     4417820, "+39 02 4510 9902", ("Santoro", "Ilaria", "F", "1986-05-11", "Corsico",
                                   "Amministratore unico")),
    ("Fonderia Ticino S.p.A.", "Magenta", "Via Milano 251", None,
     1208863, "+39 02 9729 6604", ("Lombardi", "Carlo", "M", "1959-11-05", "Magenta",
                                   "Presidente del consiglio di amministrazione")),
    ("Naviglio Food S.r.l.", "Milano", "Via Tortona 27", "20144",
     6033198, "+39 02 8942 7705", ("Conti", "Federica", "F", "1991-07-24", "Milano",
                                   "Amministratore unico")),
]

# (denominazione, comune, indirizzo, cap or None, number, telefono, representative)
_ENTI = [
    ("Consorzio Acque Nord Milano", "Bollate", "Piazza della Repubblica 2", None,
     8001753, "+39 02 3502 2100", ("Pellegrini", "Marta", "F", "1965-02-09", "Milano",
                                   "Presidente")),
    ("Azienda Speciale Servizi Ambientali Martesana", "Cologno Monzese", "Via Mazzini 9", None,
     9102644, "+39 02 2539 4410", ("Gatti", "Alberto", "M", "1963-10-12", "Cologno Monzese",
                                   "Direttore generale")),
    ("Istituto Tecnico Statale per l'Ambiente di Corsico", "Corsico", "Via Cavour 12", None,
     9708831, "+39 02 4860 1180", ("Mancini", "Rosa", "F", "1972-04-03", "Napoli",
                                   "Dirigente scolastico")),
]

# (tipo, cognome, nome, sesso, nascita, luogo di nascita, comune, indirizzo, cap,
#  telefono, partita IVA company number or None)
_PERSONS = [
    ("professionista", "Bianchi", "Laura", "F", "1979-03-14", "Milano", "Milano",
     "Corso Buenos Aires 60", "20124", "+39 347 512 8803", 7312504),
    ("persona_fisica", "Colombo", "Giuseppe", "M", "1962-07-02", "Legnano", "Legnano",
     "Corso Magenta 77", None, "+39 333 190 4471", None),
    ("persona_fisica", "Ferrari", "Francesca", "F", "1996-02-29", "Sesto San Giovanni",
     "Sesto San Giovanni", "Via Fratelli Bandiera 5", None, "+39 349 882 1036", None),
    ("professionista", "Esposito", "Antonio", "M", "1971-01-30", "Napoli",
     "Cinisello Balsamo", "Via Frova 21", None, "+39 02 6128 4402", 6540917),
    ("persona_fisica", "Ricci", "Chiara", "F", "1988-05-05", "Rho", "Rho",
     "Via Madonna 32", None, "+39 340 227 9135", None),
    ("persona_fisica", "D'Amico", "Salvatore", "M", "1958-09-17", "Palermo", "Pioltello",
     "Via Roma 88", None, "+39 338 604 1127", None),
    ("persona_fisica", "Hu", "Wei", "M", "1983-02-11", "Cina", "Milano",
     "Via Paolo Sarpi 14", "20154", "+39 389 401 2290", None),
    ("persona_fisica", "Popescu", "Ioana", "F", "1992-06-29", "Romania", "Corsico",
     "Via Vittorio Emanuele II 141", None, "+39 351 770 3358", None),
    ("professionista", "Villa", "Marco", "M", "1975-04-08", "Milano", "Segrate",
     "Via Morandi 3", None, "+39 02 2135 6620", 5829361),
    ("professionista", "Greco", "Elisabetta", "F", "1969-12-31", "Bergamo", "Bollate",
     "Via Vittorio Veneto 44", None, "+39 02 3506 7714", 4710288),
]


def _organisation(tipo, row) -> dict:
    denominazione, comune, indirizzo, cap, number, telefono, rep = row
    number_cf = make_partita_iva(number, MILANO_OFFICE)
    rep_cognome, rep_nome, rep_sesso, rep_nascita, rep_luogo, qualifica = rep
    slug = _slug(denominazione.split(" S.")[0])
    return {
        "tipo": tipo, "denominazione": denominazione, "cognome": None, "nome": None,
        "codice_fiscale": number_cf,
        # A public body here has only a numeric codice fiscale, no VAT number.
        "partita_iva": number_cf if tipo == "persona_giuridica" else None,
        **_address(comune, indirizzo, cap),
        "pec": f"{slug}@pec.example.it", "email": f"info@{slug}.example.it",
        "telefono": telefono,
        "legale_rappresentante_cognome": rep_cognome,
        "legale_rappresentante_nome": rep_nome,
        "legale_rappresentante_codice_fiscale": person_cf(rep_cognome, rep_nome, rep_sesso,
                                                          rep_nascita, rep_luogo),
        "legale_rappresentante_qualifica": qualifica,
        "sesso": None, "data_nascita": None, "comune_nascita": None, "provincia_nascita": None,
        "watched": 0,
    }


def _person(row) -> dict:
    tipo, cognome, nome, sesso, nascita, luogo, comune, indirizzo, cap, telefono, piva = row
    local = _slug(nome) + "." + _slug(cognome)
    return {
        "tipo": tipo, "denominazione": None, "cognome": cognome, "nome": nome,
        "codice_fiscale": person_cf(cognome, nome, sesso, nascita, luogo),
        "partita_iva": make_partita_iva(piva, MILANO_OFFICE) if piva else None,
        **_address(comune, indirizzo, cap),
        "pec": f"{local}@pec.example.it" if tipo == "professionista" else None,
        "email": f"{local}@example.it", "telefono": telefono,
        "legale_rappresentante_cognome": None, "legale_rappresentante_nome": None,
        "legale_rappresentante_codice_fiscale": None, "legale_rappresentante_qualifica": None,
        "sesso": sesso, "data_nascita": nascita, "comune_nascita": luogo,
        "provincia_nascita": BIRTH_PROVINCE[luogo],
        "watched": 0,
    }


def anagrafiche() -> list[dict]:
    """Mario's 25 anagrafiche."""
    rows = [_organisation("persona_giuridica", row) for row in _COMPANIES]
    rows += [_organisation("ente", row) for row in _ENTI]
    rows += [_person(row) for row in _PERSONS]
    # A few are "sotto osservazione" (watched), as after a RICERCA PRATICHE by CIP.
    for index in (0, 5, 14):
        rows[index]["watched"] = 1
    return rows


_COMPANIES_2 = [
    ("Autotrasporti Neri & Figli S.r.l.", "Rho", "Via Pero 44", None,
     7741209, "+39 02 9302 1187", ("Neri", "Luca", "M", "1979-04-18", "Bergamo",
                                   "Amministratore unico")),
    _COMPANIES[10],  # Fonderia Ticino S.p.A.: Mario's client too, a separate record here
]
_PERSONS_2 = [
    ("persona_fisica", "Neri", "Giovanna", "F", "1950-11-23", "Bergamo", "Rho",
     "Via Sempione 15", None, "+39 333 518 2260", None),
]


def anagrafiche_2() -> list[dict]:
    """The second compilatore's 3 anagrafiche."""
    rows = [_organisation("persona_giuridica", row) for row in _COMPANIES_2]
    rows += [_person(row) for row in _PERSONS_2]
    rows[2]["watched"] = 1
    return rows


# --- generated anagrafiche (manage.py seed --anagrafiche N) ------------------------------

MAX_GENERATED = 99_999
_GEN_COMPANY_BASE = 9_800_000        # company numbers of generated companies (not seeded ones)
_GEN_PROFESSIONAL_BASE = 9_900_000  # partite IVA of generated professionals
_GEN_WORDS = ("Officine", "Costruzioni", "Trasporti", "Servizi", "Impianti", "Laboratori",
              "Commercio", "Tecnologie", "Verniciature", "Logistica")
_GEN_PLACES = ("Lombarde", "Padane", "del Ticino", "Brianzole", "Martesana", "dell'Olona",
               "Milanesi", "dell'Adda", "del Seveso", "Navigli")
_GEN_FORMS = ("S.r.l.", "S.p.A.", "S.n.c.", "S.r.l.s.")
_GEN_BODIES = ("Consorzio", "Azienda speciale", "Istituto comprensivo", "Unione dei comuni")
_GEN_SURNAMES = ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo",
                 "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini",
                 "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti")
_GEN_NAMES = {"M": ("Marco", "Alessandro", "Giuseppe", "Luca", "Andrea", "Matteo", "Paolo",
                    "Stefano", "Davide", "Simone"),
              "F": ("Giulia", "Francesca", "Sara", "Chiara", "Laura", "Valentina", "Elena",
                    "Alessia", "Martina", "Silvia")}
_GEN_STREETS = ("Via Roma", "Via Garibaldi", "Via Mazzini", "Corso Italia", "Via Dante",
                "Via Verdi", "Viale Lombardia", "Via Manzoni", "Via Cavour", "Piazza Duomo")


def generated_anagrafiche(count: int) -> list[dict]:
    """`count` valid anagrafiche for load tests, the same ones on every run: record i
    depends only on i (and on the records before it, to keep codes unique among
    themselves and with Mario's seeded ones)."""
    if not 0 <= count <= MAX_GENERATED:
        raise ValueError(f"si possono generare da 0 a {MAX_GENERATED} anagrafiche")
    taken = {row["codice_fiscale"] for row in anagrafiche()}
    rows = []
    comuni = sorted(COMUNI)
    for index in range(count):
        rng = random.Random(f"inlinea-anagrafica-{index}")
        comune = rng.choice(comuni)
        indirizzo = f"{rng.choice(_GEN_STREETS)} {rng.randint(1, 250)}"
        telefono = f"+39 02 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
        kind = index % 4
        if kind in (0, 1):
            if kind == 0:
                denominazione = (f"{rng.choice(_GEN_WORDS)} {rng.choice(_GEN_PLACES)} "
                                 f"{index + 1:05d} {rng.choice(_GEN_FORMS)}")
            else:
                denominazione = (f"{rng.choice(_GEN_BODIES)} {rng.choice(_GEN_PLACES)} "
                                 f"{index + 1:05d}")
            sesso = rng.choice("MF")
            rep = (rng.choice(_GEN_SURNAMES), rng.choice(_GEN_NAMES[sesso]), sesso,
                   _random_birth(rng), rng.choice(comuni), "Amministratore unico")
            row = _organisation("persona_giuridica" if kind == 0 else "ente",
                                (denominazione, comune, indirizzo, None,
                                 _GEN_COMPANY_BASE + index, telefono, rep))
        else:
            sesso = rng.choice("MF")
            cognome, nome = rng.choice(_GEN_SURNAMES), rng.choice(_GEN_NAMES[sesso])
            nascita = dt.date.fromisoformat(_random_birth(rng))
            luogo = rng.choice(comuni)
            while person_cf(cognome, nome, sesso, nascita.isoformat(), luogo) in taken:
                nascita += dt.timedelta(days=1)
            row = _person(("persona_fisica" if kind == 2 else "professionista", cognome, nome,
                           sesso, nascita.isoformat(), luogo, comune, indirizzo, None, telefono,
                           _GEN_PROFESSIONAL_BASE + index if kind == 3 else None))
        taken.add(row["codice_fiscale"])
        rows.append(row)
    return rows


def _random_birth(rng: random.Random) -> str:
    return (dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 62))).isoformat()


_AUA = ("AUA", "Autorizzazione Unica Ambientale (DPR 59/2013)")
_EMI = ("EMISSIONI_272", "Adesione all'autorizzazione generale alle emissioni (art. 272 D.Lgs 152/2006)")
_SCA = ("SCARICHI", "Autorizzazione allo scarico di acque reflue industriali in acque superficiali")
_BANDO = ("BANDO_PROFESSIONISTI", "Domanda di partecipazione all'avviso per professionisti")

_TO_ISTRUTTORIA = ["bozza", "inviata", "protocollata", "in_istruttoria"]

# (index into anagrafiche(), procedimento, titolo suffix, state path, first submission date)
PRATICHE = [
    (0, _AUA, "scarichi ed emissioni dello stabilimento di Sesto San Giovanni",
     _TO_ISTRUTTORIA + ["richiesta_integrazioni", "integrata", "conclusa_accolta"], "2026-01-12"),
    (1, _SCA, "scarico dei reflui di tintura nel Naviglio",
     _TO_ISTRUTTORIA + ["conferenza_di_servizi"], "2026-05-04"),
    (2, _EMI, "verniciatura di manufatti metallici",
     _TO_ISTRUTTORIA + ["conclusa_accolta", "archiviata"], "2026-02-02"),
    (3, _AUA, "rinnovo per l'impianto galvanico", _TO_ISTRUTTORIA + ["richiesta_integrazioni"],
     "2026-09-14"),
    (4, _EMI, "forni di panificazione", ["bozza", "inviata"], "2026-11-20"),
    (5, _AUA, "impianto di recupero rifiuti non pericolosi",
     _TO_ISTRUTTORIA + ["sospesa"], "2026-06-08"),
    (6, _EMI, "cabina di verniciatura carrozzeria", ["bozza", "inviata", "protocollata"],
     "2026-10-26"),
    (7, _AUA, "emissioni dei gruppi elettrogeni del magazzino",
     _TO_ISTRUTTORIA + ["conclusa_respinta"], "2026-03-16"),
    (8, _EMI, "stampaggio di materie plastiche", _TO_ISTRUTTORIA, "2026-10-05"),
    (9, _SCA, "scarico delle acque di lavaggio", ["bozza", "inviata", "ritirata"], "2026-04-13"),
    (10, _AUA, "fonderia di metalli non ferrosi",
     _TO_ISTRUTTORIA + ["conferenza_di_servizi", "richiesta_integrazioni", "integrata",
                        "conclusa_accolta"], "2026-01-26"),
    (12, _SCA, "sfioratore di piena del collettore consortile",
     _TO_ISTRUTTORIA + ["richiesta_integrazioni", "integrata"], "2026-07-06"),
    (15, _BANDO, "incarico di supporto tecnico in materia di acustica",
     _TO_ISTRUTTORIA + ["conclusa_accolta"], "2026-05-18"),
    (18, _BANDO, "elenco dei professionisti per collaudi", _TO_ISTRUTTORIA, "2026-10-19"),
    (11, _EMI, "laboratorio di produzione alimentare", _TO_ISTRUTTORIA + ["ritirata"],
     "2026-08-31"),
]

EVENT_NOTES = {
    "inviata": "Pratica depositata sulla piattaforma dal compilatore",
    "protocollata": "Registrata dal SUAP e trasmessa all'ente con numero di protocollo",
    "in_istruttoria": "Comunicazione di avvio del procedimento",
    "richiesta_integrazioni": "Richiesta di integrazioni documentali entro 30 giorni",
    "integrata": "Integrazioni trasmesse dal richiedente",
    "sospesa": "Procedimento sospeso in attesa del parere dell'ARPA",
    "conferenza_di_servizi": "Indetta la conferenza di servizi",
    "conclusa_accolta": "Provvedimento adottato e firmato digitalmente",
    "conclusa_respinta": "Provvedimento di diniego adottato",
    "archiviata": "Pratica archiviata",
    "ritirata": "Istanza ritirata dal richiedente",
}

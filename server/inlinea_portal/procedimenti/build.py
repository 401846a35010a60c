"""Generates the form definitions of this directory (`<CODE>-<version>.json`).

The JSON files are the data the portal serves; this script is how they were written
(`/usr/bin/python3 -m inlinea_portal.procedimenti.build` from `server/`). Each definition:

    {code, version, title, description, signature_required, previous_version,
     schema:      JSON Schema draft 2020-12 of `data` (conditional sections: if/then),
     layout:      {sections: [{id, title, help, path, visible_when?, repeat?, fields, sections}]},
     attachments: [{slot, title, help, accepted_types, max_bytes, max_files, required,
                    required_when?}]}

`path`s are JSON pointers into `data`; `*` stands for every item of a repeated group.
`visible_when` / `required_when` = {"field": <pointer>, "equals": <value>}.
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = ["application/pdf", "application/pkcs7-mime"]
PDF_IMG = PDF + ["image/jpeg", "image/png"]
MB = 1024 * 1024


def F(name, label, type="string", *, unit=None, help=None, required=False, enum=None,
      pattern=None, fmt=None, minimum=None, maximum=None, max_length=200, items=None):
    return dict(name=name, label=label, type=type, unit=unit, help=help, required=required,
                enum=enum, pattern=pattern, fmt=fmt, minimum=minimum, maximum=maximum,
                max_length=max_length, items=items)


def S(id, title, fields=(), sections=(), *, help=None, required=False, visible_when=None,
      repeat=None):
    return dict(id=id, title=title, fields=list(fields), sections=list(sections), help=help,
                required=required, visible_when=visible_when, repeat=repeat)


def _field_schema(field):
    kind = field["type"]
    if kind == "string":
        schema = {"type": "string", "maxLength": field["max_length"]}
        if field["required"]:
            schema["minLength"] = 1
    elif kind in ("number", "integer", "boolean"):
        schema = {"type": kind}
    elif kind == "array":  # a list of values (multiple choice)
        schema = {"type": "array", "items": {"type": "string", "enum": field["items"]},
                  "uniqueItems": True}
    else:
        raise ValueError(kind)
    if field["enum"]:
        schema = {"type": "string", "enum": field["enum"]}
    if field["pattern"]:
        schema["pattern"] = field["pattern"]
    if field["fmt"]:
        schema["format"] = field["fmt"]
    if field["minimum"] is not None:
        schema["minimum"] = field["minimum"]
    if field["maximum"] is not None:
        schema["maximum"] = field["maximum"]
    schema["title"] = field["label"]
    return schema


def _condition(parent_path, pointer, value):
    """An `if` schema, at the object `parent_path`, true when `pointer` equals `value`."""
    assert pointer.startswith(parent_path + "/"), (parent_path, pointer)
    parts = pointer[len(parent_path) + 1:].split("/")
    schema = {"const": value}
    for part in reversed(parts):
        schema = {"properties": {part: schema}, "required": [part]}
    return schema


def _object(path, fields, sections):
    """Schema of the object at `path` and its layout entries."""
    properties, required, all_of, layout_fields, layout_sections = {}, [], [], [], []
    for field in fields:
        properties[field["name"]] = _field_schema(field)
        if field["required"]:
            required.append(field["name"])
        entry = {"path": f"{path}/{field['name']}", "label": field["label"]}
        if field["unit"]:
            entry["unit"] = field["unit"]
        if field["help"]:
            entry["help"] = field["help"]
        layout_fields.append(entry)
    for section in sections:
        section_path = f"{path}/{section['id']}"
        item_path = section_path + ("/*" if section["repeat"] else "")
        schema, fields_layout, sub_layout = _object(item_path, section["fields"],
                                                    section["sections"])
        schema["title"] = section["title"]
        if section["repeat"]:
            repeat = section["repeat"]
            schema = {"type": "array", "title": section["title"], "items": schema,
                      "minItems": repeat.get("min", 0), "maxItems": repeat.get("max", 50)}
        properties[section["id"]] = schema
        layout = {"id": section["id"], "title": section["title"], "path": section_path}
        if section["help"]:
            layout["help"] = section["help"]
        if section["repeat"]:
            layout["repeat"] = section["repeat"]
        if section["visible_when"]:
            pointer, value = section["visible_when"]
            layout["visible_when"] = {"field": pointer, "equals": value}
            all_of.append({"if": _condition(path, pointer, value),
                           "then": {"required": [section["id"]]}})
        elif section["required"]:
            required.append(section["id"])
        layout["fields"] = fields_layout
        if sub_layout:
            layout["sections"] = sub_layout
        layout_sections.append(layout)
    schema = {"type": "object", "properties": properties, "additionalProperties": False}
    if required:
        schema["required"] = required
    if all_of:
        schema["allOf"] = all_of
    return schema, layout_fields, layout_sections


def A(slot, title, types=PDF, max_mb=20, required=False, required_when=None, max_files=1,
      help=None):
    entry = {"slot": slot, "title": title, "accepted_types": types, "max_bytes": max_mb * MB,
             "max_files": max_files, "required": required}
    if required_when:
        entry["required_when"] = {"field": required_when[0], "equals": required_when[1]}
    if help:
        entry["help"] = help
    return entry


def definition(code, version, title, description, sections, attachments, signature=True,
               previous=None):
    schema, _fields, layout = _object("", [], sections)
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": f"urn:inlinea:procedimento:{code}:{version}", "title": title, **schema}
    return {"code": code, "version": str(version), "title": title, "description": description,
            "signature_required": signature, "previous_version": previous,
            "schema": schema, "layout": {"sections": layout}, "attachments": attachments}


# --- shared blocks ---------------------------------------------------------------------------

CF_PERSONA = r"^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"
CF_ANY = r"^([A-Z0-9]{16}|[0-9]{11})$"
PIVA = r"^[0-9]{11}$"
CAP = r"^[0-9]{5}$"
PROV = r"^[A-Z]{2}$"
EER = r"^[0-9]{6}\*?$"
ATECO = r"^[0-9]{2}\.[0-9]{2}(\.[0-9]{1,2})?$"


def dichiarante():
    return S("dichiarante", "Dichiarante", [
        F("cognome", "Cognome", required=True), F("nome", "Nome", required=True),
        F("codice_fiscale", "Codice fiscale", required=True, pattern=CF_PERSONA),
        F("data_nascita", "Data di nascita", fmt="date", required=True),
        F("comune_nascita", "Comune di nascita"),
        F("qualifica", "In qualità di", required=True,
          enum=["legale_rappresentante", "titolare", "procuratore", "amministratore_delegato"]),
        F("pec", "PEC per le comunicazioni", fmt="email"),
        F("telefono", "Telefono"),
    ], required=True, help="Chi firma la domanda: il legale rappresentante o un procuratore.")


def gestore():
    return S("gestore", "Gestore (impresa)", [
        F("ragione_sociale", "Ragione sociale", required=True),
        F("forma_giuridica", "Forma giuridica",
          enum=["srl", "spa", "sas", "snc", "ditta_individuale", "cooperativa", "consorzio",
                "ente_pubblico", "altro"]),
        F("codice_fiscale", "Codice fiscale", required=True, pattern=CF_ANY),
        F("partita_iva", "Partita IVA", pattern=PIVA),
        F("sede_indirizzo", "Sede legale: indirizzo", required=True),
        F("sede_civico", "Sede legale: numero civico"),
        F("sede_comune", "Sede legale: comune", required=True),
        F("sede_cap", "Sede legale: CAP", pattern=CAP),
        F("sede_provincia", "Sede legale: provincia", pattern=PROV),
        F("pec", "PEC", required=True, fmt="email"),
        F("email", "Email", fmt="email"), F("telefono", "Telefono"),
        F("numero_rea", "Numero REA"), F("cciaa", "Camera di commercio"),
    ], required=True, help="Dati dell'impresa che gestisce lo stabilimento.")


def stabilimento(extended=True):
    fields = [
        F("denominazione", "Denominazione dello stabilimento"),
        F("indirizzo", "Indirizzo", required=True), F("civico", "Numero civico"),
        F("comune", "Comune", required=True), F("cap", "CAP", pattern=CAP),
        F("provincia", "Provincia", pattern=PROV, required=True),
        F("foglio", "Catasto: foglio"), F("mappale", "Catasto: mappale"),
        F("subalterno", "Catasto: subalterno"),
    ]
    if extended:
        fields += [
            F("coord_x", "Coordinata X (UTM32 WGS84)", "number", unit="m"),
            F("coord_y", "Coordinata Y (UTM32 WGS84)", "number", unit="m"),
            F("superficie_totale", "Superficie totale", "number", unit="m²", minimum=0),
            F("superficie_coperta", "Superficie coperta", "number", unit="m²", minimum=0),
            F("superficie_scoperta_impermeabile", "Superficie scoperta impermeabilizzata",
              "number", unit="m²", minimum=0),
            F("numero_addetti", "Numero di addetti", "integer", minimum=0),
            F("giorni_lavorativi_anno", "Giorni lavorativi all'anno", "integer", unit="giorni",
              minimum=0, maximum=366),
            F("ore_giorno", "Ore di attività al giorno", "number", unit="h", minimum=0,
              maximum=24),
            F("turni", "Turni di lavoro", "integer", minimum=0, maximum=4),
            F("data_inizio_attivita", "Data di inizio attività", fmt="date"),
            F("destinazione_urbanistica", "Destinazione urbanistica (PGT)",
              enum=["produttiva", "commerciale", "agricola", "mista", "altro"]),
            F("vincolo_paesaggistico", "Area con vincolo paesaggistico", "boolean"),
            F("vincolo_idrogeologico", "Area con vincolo idrogeologico", "boolean"),
            F("rete_natura_2000", "In area Rete Natura 2000 o nelle vicinanze", "boolean"),
            F("stabilimento_rir", "Stabilimento a rischio di incidente rilevante (Seveso)",
              "boolean"),
            F("soggetto_aia", "Soggetto ad AIA", "boolean",
              help="Gli stabilimenti soggetti ad AIA sono esclusi dall'AUA."),
        ]
    return S("stabilimento", "Stabilimento", fields, required=True)


def bollo():
    return S("bollo", "Imposta di bollo e oneri istruttori", [
        F("modalita", "Modalità di assolvimento", required=True,
          enum=["contrassegno", "pagopa", "esente"]),
        F("identificativo_marca", "Identificativo della marca da bollo", pattern=r"^[0-9]{14}$",
          help="Le 14 cifre stampate sul contrassegno."),
        F("data_marca", "Data di emissione della marca", fmt="date"),
        F("iuv", "IUV dell'avviso pagoPA", pattern=r"^[0-9A-Z]{15,35}$"),
        F("oneri_istruttori", "Oneri istruttori versati", "number", unit="EUR", minimum=0),
    ], required=True, help="EUR 16 con contrassegno fisico o tramite pagoPA.")


def dichiarazioni(extra=()):
    items = [
        ("dpr445", "Consapevole delle sanzioni penali (artt. 75 e 76 DPR 445/2000)"),
        ("veridicita", "I dati e gli allegati sono veritieri e completi"),
        ("privacy", "Ho letto l'informativa sul trattamento dei dati personali"),
    ] + list(extra)
    return S("dichiarazioni", "Dichiarazioni", [
        F(name, label, "boolean", required=True) for name, label in items], required=True)


INQUINANTI = [
    ("polveri", "Polveri totali"), ("nox", "Ossidi di azoto (NOx)"),
    ("sox", "Ossidi di zolfo (SOx)"), ("co", "Monossido di carbonio"),
    ("cot", "Carbonio organico totale (COT)"), ("cov", "Composti organici volatili (COV)"),
    ("hcl", "Acido cloridrico"), ("hf", "Acido fluoridrico"), ("nh3", "Ammoniaca"),
    ("metalli", "Metalli e composti"), ("ipa", "IPA"), ("formaldeide", "Formaldeide"),
]


def camini(visible_when=None, inquinanti=True):
    fields = [
        F("sigla", "Sigla del punto di emissione", required=True, pattern=r"^E[0-9]{1,3}$",
          help="E1, E2, …"),
        F("provenienza", "Provenienza (macchinario o fase)", required=True),
        F("altezza", "Altezza dal suolo", "number", unit="m", minimum=0, required=True),
        F("sezione", "Sezione allo sbocco", "number", unit="m²", minimum=0),
        F("portata", "Portata", "number", unit="Nm³/h", minimum=0, required=True),
        F("temperatura", "Temperatura", "number", unit="°C"),
        F("durata_giorno", "Durata dell'emissione", "number", unit="h/giorno", minimum=0,
          maximum=24),
        F("giorni_anno", "Giorni di emissione all'anno", "integer", minimum=0, maximum=366),
        F("abbattimento", "Sistema di abbattimento",
          enum=["nessuno", "filtro_tessuto", "ciclone", "scrubber", "carboni_attivi",
                "post_combustore", "elettrofiltro", "altro"]),
    ]
    subsections = []
    if inquinanti:
        values = []
        for key, label in INQUINANTI:
            values += [F(f"{key}_concentrazione", f"{label}: concentrazione", "number",
                         unit="mg/Nm³", minimum=0),
                       F(f"{key}_flusso", f"{label}: flusso di massa", "number", unit="g/h",
                         minimum=0)]
        subsections.append(S("inquinanti", "Inquinanti emessi", values))
    return S("camini", "Punti di emissione (camini)", fields, subsections,
             visible_when=visible_when,
             repeat={"min": 1, "max": 30, "item_title": "Camino {n}",
                     "add_label": "Aggiungi camino"})


PARAMETRI_TAB3 = [
    ("ph", "pH", ""), ("temperatura", "Temperatura", "°C"), ("colore", "Colore (diluizione)", ""),
    ("solidi_sospesi", "Solidi sospesi totali", "mg/L"), ("bod5", "BOD5", "mg/L O2"),
    ("cod", "COD", "mg/L O2"), ("alluminio", "Alluminio", "mg/L"), ("arsenico", "Arsenico", "mg/L"),
    ("bario", "Bario", "mg/L"), ("boro", "Boro", "mg/L"), ("cadmio", "Cadmio", "mg/L"),
    ("cromo_totale", "Cromo totale", "mg/L"), ("cromo_vi", "Cromo VI", "mg/L"),
    ("ferro", "Ferro", "mg/L"), ("manganese", "Manganese", "mg/L"), ("mercurio", "Mercurio", "mg/L"),
    ("nichel", "Nichel", "mg/L"), ("piombo", "Piombo", "mg/L"), ("rame", "Rame", "mg/L"),
    ("selenio", "Selenio", "mg/L"), ("stagno", "Stagno", "mg/L"), ("zinco", "Zinco", "mg/L"),
    ("cianuri", "Cianuri totali", "mg/L"), ("cloro_attivo", "Cloro attivo libero", "mg/L"),
    ("solfuri", "Solfuri", "mg/L"), ("solfiti", "Solfiti", "mg/L"), ("solfati", "Solfati", "mg/L"),
    ("cloruri", "Cloruri", "mg/L"), ("fluoruri", "Fluoruri", "mg/L"),
    ("fosforo_totale", "Fosforo totale", "mg/L"), ("azoto_ammoniacale", "Azoto ammoniacale", "mg/L"),
    ("azoto_nitroso", "Azoto nitroso", "mg/L"), ("azoto_nitrico", "Azoto nitrico", "mg/L"),
    ("grassi_oli", "Grassi e oli animali/vegetali", "mg/L"),
    ("idrocarburi", "Idrocarburi totali", "mg/L"), ("fenoli", "Fenoli", "mg/L"),
    ("aldeidi", "Aldeidi", "mg/L"), ("solventi_organici_aromatici", "Solventi organici aromatici", "mg/L"),
    ("tensioattivi", "Tensioattivi totali", "mg/L"), ("escherichia_coli", "Escherichia coli", "UFC/100 mL"),
]


def parametri_scarico():
    return S("parametri", "Caratteristiche qualitative dello scarico (Tab. 3 All. 5)", [
        F(key, label, "number", unit=unit or None, minimum=0) for key, label, unit in PARAMETRI_TAB3
    ], help="Valori medi attesi o misurati; le analisi vanno allegate.")


def punti_scarico():
    return S("punti_scarico", "Punti di scarico", [
        F("sigla", "Sigla", required=True, pattern=r"^S[0-9]{1,3}$", help="S1, S2, …"),
        F("tipologia", "Tipologia", required=True,
          enum=["industriale", "domestico_assimilato", "meteoriche_prima_pioggia",
                "meteoriche_seconda_pioggia", "raffreddamento"]),
        F("coord_x", "Coordinata X (UTM32 WGS84)", "number", unit="m", required=True),
        F("coord_y", "Coordinata Y (UTM32 WGS84)", "number", unit="m", required=True),
        F("portata_media", "Portata media", "number", unit="m³/h", minimum=0, required=True),
        F("portata_massima", "Portata massima", "number", unit="m³/h", minimum=0),
        F("volume_annuo", "Volume annuo scaricato", "number", unit="m³/anno", minimum=0),
        F("frequenza", "Frequenza", enum=["continuo", "discontinuo", "occasionale"]),
        F("trattamento", "Impianto di trattamento", "boolean"),
        F("descrizione_trattamento", "Descrizione del trattamento", max_length=2000),
        F("pozzetto_campionamento", "Pozzetto di campionamento presente", "boolean"),
    ], repeat={"min": 1, "max": 20, "item_title": "Scarico {n}", "add_label": "Aggiungi scarico"})


def aua(version):
    v2 = version >= 2
    titoli = [
        F("scarichi", "Scarichi di acque reflue (art. 3 c.1 lett. a)", "boolean", required=True),
        F("emissioni", "Emissioni in atmosfera (art. 269 D.Lgs 152/2006)", "boolean",
          required=True),
        F("emissioni_generale", "Adesione ad autorizzazione generale (art. 272)", "boolean",
          required=True),
        F("rumore", "Impatto acustico (L. 447/1995)", "boolean", required=True),
        F("rifiuti", "Recupero rifiuti in procedura semplificata (artt. 214-216)", "boolean",
          required=True),
    ]
    if v2:
        titoli += [
            F("fanghi", "Utilizzo dei fanghi in agricoltura (D.Lgs 99/1992)", "boolean"),
            F("agronomico", "Utilizzazione agronomica degli effluenti", "boolean"),
        ]
    sections = [
        dichiarante(), gestore(), stabilimento(extended=v2),
        S("attivita", "Attività", [
            F("tipo_istanza", "Tipo di istanza", required=True,
              enum=["nuova", "rinnovo", "modifica_sostanziale", "modifica_non_sostanziale",
                    "voltura"]),
            F("ateco", "Codice ATECO principale", required=True, pattern=ATECO,
              help="Formato 25.61 o 25.61.00"),
            F("descrizione", "Descrizione dell'attività", required=True, max_length=2000),
            F("ciclo_produttivo", "Descrizione del ciclo produttivo", max_length=4000),
        ], [
            S("ateco_secondari", "Codici ATECO secondari", [F("codice", "Codice ATECO",
                                                              pattern=ATECO, required=True)],
              repeat={"min": 0, "max": 10, "item_title": "ATECO {n}",
                      "add_label": "Aggiungi codice"}),
            S("materie_prime", "Materie prime", [
                F("denominazione", "Denominazione", required=True),
                F("stato_fisico", "Stato fisico", enum=["solido", "liquido", "gassoso"]),
                F("quantita_anno", "Quantità annua", "number", unit="t/anno", minimum=0),
                F("stoccaggio", "Modalità di stoccaggio"),
            ], repeat={"min": 0, "max": 50, "item_title": "Materia prima {n}",
                       "add_label": "Aggiungi materia prima"}),
            S("autorizzazioni_vigenti", "Autorizzazioni vigenti sostituite dall'AUA", [
                F("tipo", "Tipo", required=True), F("ente", "Ente che l'ha rilasciata"),
                F("numero", "Numero"), F("data", "Data", fmt="date"),
                F("scadenza", "Scadenza", fmt="date"),
            ], repeat={"min": 0, "max": 20, "item_title": "Autorizzazione {n}",
                       "add_label": "Aggiungi autorizzazione"}),
        ], required=True),
        S("titoli", "Titoli abilitativi richiesti", titoli, required=True,
          help="Ogni titolo scelto apre una sezione con i suoi dati e allegati."),
        S("scarichi", "Scarichi idrici", [
            F("recettore", "Recettore", required=True,
              enum=["pubblica_fognatura", "corpo_idrico_superficiale", "suolo"]),
            F("gestore_fognatura", "Gestore del servizio idrico integrato"),
            F("corpo_idrico", "Denominazione del corpo idrico"),
            F("approvvigionamento_acquedotto", "Approvvigionamento da acquedotto", "boolean"),
            F("approvvigionamento_pozzo", "Approvvigionamento da pozzo", "boolean"),
            F("approvvigionamento_superficiale", "Approvvigionamento da acque superficiali",
              "boolean"),
            F("volume_prelevato", "Volume prelevato", "number", unit="m³/anno", minimum=0),
            F("sostanze_pericolose", "Presenza di sostanze pericolose (Tab. 5)", "boolean"),
            F("superficie_scolante", "Superficie scolante", "number", unit="m²", minimum=0),
        ], [punti_scarico(), parametri_scarico()] if v2 else [punti_scarico()],
          visible_when=("/titoli/scarichi", True)),
        S("emissioni", "Emissioni in atmosfera (art. 269)", [
            F("emissioni_diffuse", "Presenza di emissioni diffuse", "boolean"),
            F("descrizione_diffuse", "Descrizione delle emissioni diffuse", max_length=2000),
            F("consumo_solventi", "Consumo di solventi", "number", unit="t/anno", minimum=0),
            F("piano_gestione_solventi", "Piano di gestione dei solventi", "boolean"),
        ], [camini()], visible_when=("/titoli/emissioni", True)),
        S("emissioni_generale", "Autorizzazione generale (art. 272)", [
            F("attivita_in_deroga", "Attività in deroga (Allegato IV, parte II)", required=True,
              enum=[key for key, _label in ATTIVITA_272]),
            F("consumo_giornaliero", "Consumo massimo di materie prime", "number",
              unit="kg/giorno", minimum=0, required=True),
            F("data_messa_in_esercizio", "Data prevista di messa in esercizio", fmt="date"),
        ], visible_when=("/titoli/emissioni_generale", True)),
        S("rumore", "Impatto acustico", [
            F("classe_acustica", "Classe acustica dell'area", required=True,
              enum=["I", "II", "III", "IV", "V", "VI"]),
            F("zonizzazione_approvata", "Piano di zonizzazione comunale approvato", "boolean"),
            F("tipo_documentazione", "Documentazione", required=True,
              enum=["dichiarazione_non_superamento", "valutazione_impatto_acustico"]),
            F("tecnico_cognome", "Tecnico competente: cognome"),
            F("tecnico_nome", "Tecnico competente: nome"),
            F("tecnico_enteca", "Tecnico competente: numero ENTECA"),
        ], [
            S("sorgenti", "Sorgenti sonore", [
                F("descrizione", "Descrizione", required=True),
                F("potenza_sonora", "Livello di potenza sonora", "number", unit="dB(A)"),
                F("periodo", "Periodo di funzionamento", enum=["diurno", "notturno", "entrambi"]),
                F("ore_giorno", "Ore di funzionamento", "number", unit="h/giorno", minimum=0,
                  maximum=24),
            ], repeat={"min": 0, "max": 50, "item_title": "Sorgente {n}",
                       "add_label": "Aggiungi sorgente"}),
            S("ricettori", "Ricettori", [
                F("descrizione", "Descrizione", required=True),
                F("distanza", "Distanza dallo stabilimento", "number", unit="m", minimum=0),
                F("classe", "Classe acustica", enum=["I", "II", "III", "IV", "V", "VI"]),
                F("livello_diurno", "Livello di immissione diurno", "number", unit="dB(A)"),
                F("livello_notturno", "Livello di immissione notturno", "number", unit="dB(A)"),
                F("differenziale_rispettato", "Criterio differenziale rispettato", "boolean"),
            ], repeat={"min": 0, "max": 30, "item_title": "Ricettore {n}",
                       "add_label": "Aggiungi ricettore"}),
        ], visible_when=("/titoli/rumore", True)),
        S("rifiuti", "Recupero di rifiuti (art. 216)", [
            F("classe_impianto", "Classe dell'impianto (DM 350/1998)", required=True,
              enum=["1", "2", "3", "4", "5", "6"]),
            F("diritto_iscrizione", "Diritto di iscrizione versato", "number", unit="EUR",
              minimum=0),
            F("capacita_complessiva", "Capacità complessiva", "number", unit="t/anno",
              minimum=0),
        ], [S("operazioni", "Operazioni di recupero", [
            F("codice_eer", "Codice EER", required=True, pattern=EER),
            F("descrizione", "Descrizione del rifiuto"),
            F("operazione", "Operazione", required=True,
              enum=[f"R{n}" for n in range(1, 14)]),
            F("tipologia_dm", "Tipologia (DM 5/2/1998)", help="Ad es. 3.1, 7.1"),
            F("quantita_annua", "Quantità annua", "number", unit="t/anno", minimum=0,
              required=True),
            F("quantita_giornaliera", "Quantità giornaliera", "number", unit="t/giorno",
              minimum=0),
            F("stoccaggio_istantaneo", "Stoccaggio istantaneo", "number", unit="t", minimum=0),
        ], repeat={"min": 1, "max": 100, "item_title": "Rifiuto {n}",
                   "add_label": "Aggiungi rifiuto"})],
          visible_when=("/titoli/rifiuti", True)),
    ]
    if v2:
        sections += [
            S("fanghi", "Utilizzo dei fanghi in agricoltura", [
                F("provenienza", "Impianto di provenienza", required=True),
                F("quantita", "Quantità", "number", unit="t s.s./anno", minimum=0),
                F("superficie", "Superficie dei terreni", "number", unit="ha", minimum=0),
                F("comuni", "Comuni dei terreni"),
            ], visible_when=("/titoli/fanghi", True)),
            S("agronomico", "Utilizzazione agronomica", [
                F("tipo_effluente", "Tipo di effluente", required=True,
                  enum=["letame", "liquame", "acque_reflue", "digestato"]),
                F("quantita", "Quantità", "number", unit="m³/anno", minimum=0),
                F("superficie", "Superficie", "number", unit="ha", minimum=0),
                F("zona_vulnerabile", "In zona vulnerabile ai nitrati", "boolean"),
            ], visible_when=("/titoli/agronomico", True)),
        ]
    sections += [bollo(), dichiarazioni([
        ("conformita_urbanistica", "Lo stabilimento è conforme alla disciplina urbanistica"),
        ("no_aia", "Lo stabilimento non è soggetto ad AIA"),
    ])]
    attachments = [
        A("relazione_tecnica", "Relazione tecnica generale", required=True),
        A("planimetria", "Planimetria dello stabilimento", PDF_IMG, 50, required=True),
        A("schema_scarichi", "Planimetria delle reti di scarico", PDF_IMG, 50,
          required_when=("/titoli/scarichi", True)),
        A("analisi_scarichi", "Analisi delle acque di scarico",
          required_when=("/titoli/scarichi", True), max_files=5),
        A("schema_emissioni", "Planimetria dei punti di emissione", PDF_IMG, 50,
          required_when=("/titoli/emissioni", True)),
        A("relazione_emissioni", "Relazione tecnica sulle emissioni",
          required_when=("/titoli/emissioni", True)),
        A("impatto_acustico", "Valutazione previsionale di impatto acustico",
          required_when=("/titoli/rumore", True)),
        A("relazione_rifiuti", "Relazione sulle attività di recupero",
          required_when=("/titoli/rifiuti", True)),
        A("procura", "Procura speciale", PDF, 5),
        A("documento_identita", "Documento d'identità del dichiarante", PDF_IMG, 5),
        A("ricevuta_oneri", "Ricevuta di pagamento degli oneri istruttori", PDF_IMG, 5),
    ]
    return definition(
        "AUA", version, "Autorizzazione Unica Ambientale (AUA)",
        "Domanda di AUA ai sensi del DPR 59/2013: sostituisce scarichi, emissioni, "
        "impatto acustico e comunicazioni sui rifiuti.", sections, attachments,
        previous="1" if v2 else None)


ATTIVITA_272 = [
    ("a", "Riparazione e verniciatura di carrozzerie di autoveicoli (≤ 20 kg/g di prodotti)"),
    ("b", "Tipografia, litografia, serigrafia (≤ 30 kg/g di inchiostri)"),
    ("c", "Produzione di prodotti in vetroresina (≤ 200 kg/g di resina)"),
    ("d", "Produzione di mobili e oggetti in legno (≤ 50 kg/g di prodotti vernicianti)"),
    ("e", "Verniciatura, laccatura, doratura di mobili (≤ 50 kg/g)"),
    ("f", "Verniciatura di oggetti vari in metalli o vetro (≤ 50 kg/g)"),
    ("g", "Panificazione, pasticceria e affini (≤ 1500 kg/g di farina)"),
    ("h", "Torrefazione di caffè e altri prodotti (≤ 450 kg/g)"),
    ("i", "Produzione di mastici, pitture, vernici (≤ 500 kg/h)"),
    ("l", "Sgrassaggio superficiale dei metalli (≤ 10 kg/g di solventi)"),
    ("m", "Laboratori orafi con fusione di metalli (≤ 25 kg/g)"),
    ("n", "Lavorazioni meccaniche dei metalli (≤ 500 kg/g di olio)"),
]


def emissioni_272():
    sections = [
        dichiarante(), gestore(), stabilimento(extended=False),
        S("attivita", "Attività in deroga", [
            F("lettera", "Attività (Allegato IV, parte II)", required=True,
              enum=[key for key, _label in ATTIVITA_272],
              help="; ".join(f"{key}) {label}" for key, label in ATTIVITA_272)),
            F("descrizione", "Descrizione", required=True, max_length=2000),
            F("materia_prima", "Materia prima o prodotto di riferimento", required=True),
            F("consumo_giornaliero", "Consumo massimo giornaliero", "number", unit="kg/giorno",
              minimum=0, required=True),
            F("consumo_annuo", "Consumo annuo", "number", unit="kg/anno", minimum=0,
              required=True),
            F("produzione_annua", "Produzione annua", "number", unit="t/anno", minimum=0),
            F("ore_giorno", "Ore di attività al giorno", "number", unit="h", minimum=0,
              maximum=24),
            F("giorni_anno", "Giorni di attività all'anno", "integer", minimum=0, maximum=366),
        ], repeat={"min": 1, "max": 12, "item_title": "Attività {n}",
                   "add_label": "Aggiungi attività"}),
        S("emissioni", "Emissioni", [
            F("convogliate", "Sono presenti emissioni convogliate (camini)", "boolean",
              required=True),
            F("diffuse", "Sono presenti emissioni diffuse", "boolean"),
            F("descrizione_diffuse", "Descrizione delle emissioni diffuse", max_length=2000),
        ], [S("convogliate_dati", "Emissioni convogliate", [
            F("numero_camini", "Numero di punti di emissione", "integer", minimum=1),
            F("autocontrolli", "Frequenza degli autocontrolli",
              enum=["annuale", "semestrale", "non_previsti"]),
        ], [camini(inquinanti=False)], visible_when=("/emissioni/convogliate", True),
          help="Un gruppo di dati per ogni camino.")], required=True),
        bollo(), dichiarazioni([
            ("requisiti_272", "L'attività rispetta i requisiti dell'autorizzazione generale"),
        ]),
    ]
    attachments = [
        A("relazione_tecnica", "Relazione tecnica semplificata", required=True),
        A("planimetria", "Planimetria con i punti di emissione", PDF_IMG, 50,
          required_when=("/emissioni/convogliate", True)),
        A("schede_sicurezza", "Schede di sicurezza dei prodotti", PDF, 20, max_files=10),
        A("documento_identita", "Documento d'identità del dichiarante", PDF_IMG, 5),
    ]
    return definition(
        "EMISSIONI_272", 1, "Emissioni in atmosfera: adesione all'autorizzazione generale",
        "Domanda di adesione all'autorizzazione di carattere generale (art. 272 c. 2 D.Lgs "
        "152/2006) per le attività in deroga.", sections, attachments)


def scarichi():
    sections = [
        dichiarante(), gestore(), stabilimento(extended=False),
        S("scarico", "Scarico in corpo idrico superficiale", [
            F("corpo_idrico", "Denominazione del corpo idrico recettore", required=True),
            F("tipo_recettore", "Tipo di recettore", required=True,
              enum=["fiume", "torrente", "canale", "roggia", "lago"]),
            F("bacino", "Bacino idrografico"),
            F("codice_corpo_idrico", "Codice del corpo idrico (PTUA)"),
            F("consorzio", "Consorzio di bonifica competente"),
            F("coord_x", "Coordinata X del punto di scarico (UTM32 WGS84)", "number", unit="m",
              required=True),
            F("coord_y", "Coordinata Y del punto di scarico (UTM32 WGS84)", "number", unit="m",
              required=True),
            F("latitudine", "Latitudine", "number", unit="°", minimum=-90, maximum=90),
            F("longitudine", "Longitudine", "number", unit="°", minimum=-180, maximum=180),
            F("portata_media", "Portata media", "number", unit="m³/h", minimum=0,
              required=True),
            F("portata_massima", "Portata massima", "number", unit="m³/h", minimum=0),
            F("volume_annuo", "Volume annuo", "number", unit="m³/anno", minimum=0,
              required=True),
            F("regime", "Regime dello scarico", enum=["continuo", "discontinuo", "stagionale"]),
            F("trattamento", "Trattamento prima dello scarico", required=True,
              enum=["nessuno", "chimico_fisico", "biologico", "chimico_fisico_biologico"]),
            F("sostanze_pericolose", "Presenza di sostanze pericolose (Tab. 5)", "boolean"),
        ], [parametri_scarico()], required=True),
        bollo(), dichiarazioni(),
    ]
    attachments = [
        A("analisi", "Certificati di analisi dello scarico", PDF, 20, required=True,
          max_files=10, help="Rapporti di prova di un laboratorio accreditato."),
        A("planimetria", "Planimetria della rete di scarico", PDF_IMG, 50, required=True),
        A("relazione_tecnica", "Relazione tecnica dell'impianto di trattamento", required=True),
        A("nulla_osta_idraulico", "Nulla osta idraulico del gestore del corpo idrico", PDF, 10),
    ]
    return definition(
        "SCARICHI", 1, "Autorizzazione allo scarico in acque superficiali",
        "Scarico di acque reflue industriali in corpo idrico superficiale (art. 124 D.Lgs "
        "152/2006).", sections, attachments)


def bando_professionisti():
    ambiti = ["acustica", "rifiuti", "emissioni", "scarichi", "bonifiche", "via_vas",
              "geologia"]
    sections = [
        S("professionista", "Professionista", [
            F("cognome", "Cognome", required=True), F("nome", "Nome", required=True),
            F("codice_fiscale", "Codice fiscale", required=True, pattern=CF_PERSONA),
            F("partita_iva", "Partita IVA", required=True, pattern=PIVA),
            F("data_nascita", "Data di nascita", fmt="date", required=True),
            F("pec", "PEC", fmt="email", required=True), F("telefono", "Telefono"),
            F("ordine", "Ordine o collegio", required=True,
              enum=["ingegneri", "architetti", "geologi", "chimici", "agronomi", "periti",
                    "geometri", "biologi"]),
            F("provincia_ordine", "Provincia dell'ordine", pattern=PROV, required=True),
            F("numero_iscrizione", "Numero di iscrizione", required=True),
            F("anno_iscrizione", "Anno di iscrizione", "integer", minimum=1950, maximum=2100),
        ], required=True),
        S("titolo_studio", "Titolo di studio", [
            F("laurea", "Laurea", required=True), F("classe", "Classe di laurea"),
            F("universita", "Università"), F("anno", "Anno", "integer", minimum=1950),
            F("voto", "Voto"),
        ], required=True),
        S("candidatura", "Candidatura", [
            F("ambiti", "Ambiti per cui ci si candida", "array", items=ambiti, required=True),
            F("tecnico_competente_acustica", "Iscritto nell'elenco ENTECA", "boolean"),
        ], required=True),
        S("enteca", "Tecnico competente in acustica", [
            F("numero", "Numero ENTECA", required=True), F("regione", "Regione"),
        ], visible_when=("/candidatura/tecnico_competente_acustica", True)),
        S("esperienze", "Esperienze professionali", [
            F("committente", "Committente", required=True),
            F("oggetto", "Oggetto dell'incarico", required=True, max_length=1000),
            F("anno", "Anno", "integer", minimum=1950, required=True),
            F("importo", "Importo", "number", unit="EUR", minimum=0),
            F("ambito", "Ambito", enum=ambiti),
        ], repeat={"min": 1, "max": 30, "item_title": "Esperienza {n}",
                   "add_label": "Aggiungi esperienza"}),
        S("assicurazione", "Polizza di responsabilità civile professionale", [
            F("compagnia", "Compagnia", required=True),
            F("numero_polizza", "Numero di polizza", required=True),
            F("massimale", "Massimale", "number", unit="EUR", minimum=0, required=True),
            F("scadenza", "Scadenza", fmt="date", required=True),
        ], required=True),
        dichiarazioni([
            ("no_conflitto_interessi", "Non sussistono situazioni di conflitto di interessi"),
            ("requisiti_art94", "Non ricorrono le cause di esclusione (D.Lgs 36/2023)"),
        ]),
    ]
    attachments = [
        A("curriculum", "Curriculum vitae", PDF, 10, required=True),
        A("documento_identita", "Documento d'identità", PDF_IMG, 5, required=True),
        A("polizza", "Copia della polizza", PDF, 10),
    ]
    return definition(
        "BANDO_PROFESSIONISTI", 1, "Bando per l'elenco dei professionisti ambientali",
        "Domanda di iscrizione all'elenco dei professionisti per incarichi in materia "
        "ambientale.", sections, attachments)


def all_definitions() -> list[dict]:
    return [aua(1), aua(2), emissioni_272(), scarichi(), bando_professionisti()]


def main() -> None:
    for item in all_definitions():
        path = os.path.join(HERE, f"{item['code']}-{item['version']}.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(item, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
        print(path)


if __name__ == "__main__":
    main()

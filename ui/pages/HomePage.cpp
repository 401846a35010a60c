#include "HomePage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Elenco riassuntivo")), this);
    auto* intro = new QLabel(tr("Elenco delle anagrafiche e delle pratiche gestite. Usa il menu a sinistra per "
                                "inserire nuove richieste; inserisci il codice pratica (CIP), fornito dopo il primo "
                                "invio, solo per cercare una pratica già presentata."),
                             this);
    intro->setWordWrap(true);

    auto* searchBox = new QGroupBox(tr("Ricerca pratiche"), this);
    auto* cip = new QLineEdit(searchBox);
    cip->setPlaceholderText(tr("CIP, ad esempio RI01390J"));
    cip->setEnabled(false);
    auto* watch = new QCheckBox(tr("tieni sotto osservazione l'azienda (o persona fisica) corrispondente"), searchBox);
    watch->setEnabled(false);
    auto* search = new QPushButton(tr("Cerca"), searchBox);
    search->setEnabled(false);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(new QLabel(tr("CIP:"), searchBox));
    searchRow->addWidget(cip);
    searchRow->addWidget(search);
    auto* searchLayout = new QVBoxLayout(searchBox);
    searchLayout->addLayout(searchRow);
    searchLayout->addWidget(watch);

    auto* listBox = new QGroupBox(tr("Elenco anagrafiche"), this);
    auto* table = new QTableWidget(0, 4, listBox);
    table->setObjectName(QStringLiteral("anagraficheTable"));
    table->setHorizontalHeaderLabels(
        {tr("Anagrafica"), tr("Sede legale / Residenza"), tr("Codice fiscale / Partita IVA"), tr("Domande")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    auto* note = new QLabel(tr("L'elenco delle anagrafiche, la ricerca per CIP e la consultazione senza rete "
                               "arrivano con il prossimo aggiornamento."),
                            listBox);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #555;"));
    auto* listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(table);
    listLayout->addWidget(note);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(searchBox);
    layout->addWidget(listBox, 1);
}

} // namespace inlinea::ui

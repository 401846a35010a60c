#include "HomePage.h"

#include "AnagrafichePage.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inlinea::ui {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_anagrafiche(new AnagrafichePage(this))
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

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(searchBox);
    layout->addSpacing(8);
    layout->addWidget(m_anagrafiche, 1);
}

} // namespace inlinea::ui

#include "InformativaPage.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace inlinea::ui {

InformativaPage::InformativaPage(QWidget* parent)
    : QWidget(parent)
{
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
            .arg(tr("Informativa sui dati personali").toHtmlEscaped(),
                 tr("Il titolare del trattamento dei dati inviati con le pratiche è l'Ente che gestisce il portale: "
                    "l'informativa completa ai sensi del Regolamento 2016/679/UE è pubblicata sul portale.")
                     .toHtmlEscaped(),
                 tr("Inlinea Desktop conserva su questo computer soltanto ciò che serve a lavorare anche senza rete: "
                    "le impostazioni, le bozze delle pratiche e una copia dei dati già consultati.")
                     .toHtmlEscaped(),
                 tr("Le credenziali di sessione sono custodite nel portachiavi del sistema operativo e mai in file "
                    "in chiaro. Il PIN della smart card non viene mai memorizzato.")
                     .toHtmlEscaped(),
                 tr("I dati vengono inviati soltanto al portale configurato, con una connessione protetta e "
                    "verificata.")
                     .toHtmlEscaped()));
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(text);
    text->setContentsMargins(24, 16, 24, 16);
    text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace inlinea::ui

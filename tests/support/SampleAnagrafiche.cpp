#include "SampleAnagrafiche.h"

#include <QRandomGenerator>
#include <QStringList>

namespace inlinea::test {

namespace {

const QStringList Surnames{QStringLiteral("Rossi"),   QStringLiteral("Bianchi"),  QStringLiteral("Colombo"),
                           QStringLiteral("Ferrari"), QStringLiteral("Esposito"), QStringLiteral("Ricci"),
                           QStringLiteral("Marino"),  QStringLiteral("Greco"),    QStringLiteral("Bruno"),
                           QStringLiteral("Gallo"),   QStringLiteral("Conti"),    QStringLiteral("De Luca"),
                           QStringLiteral("Mancini"), QStringLiteral("Costa"),    QStringLiteral("Giordano"),
                           QStringLiteral("Rizzo"),   QStringLiteral("Lombardi"), QStringLiteral("Moretti")};
const QStringList Names{QStringLiteral("Mario"),  QStringLiteral("Giulia"),   QStringLiteral("Luca"),
                        QStringLiteral("Chiara"), QStringLiteral("Marco"),    QStringLiteral("Sara"),
                        QStringLiteral("Paolo"),  QStringLiteral("Federica"), QStringLiteral("Andrea"),
                        QStringLiteral("Elena"),  QStringLiteral("Matteo"),   QStringLiteral("Anna")};
const QStringList CompanyWords{QStringLiteral("Meccanica"), QStringLiteral("Galvanica"),    QStringLiteral("Tessile"),
                               QStringLiteral("Logistica"), QStringLiteral("Verniciature"), QStringLiteral("Plastica"),
                               QStringLiteral("Fonderia"),  QStringLiteral("Chimica"),      QStringLiteral("Edilizia"),
                               QStringLiteral("Alimentare")};
const QStringList CompanyForms{QStringLiteral("S.r.l."), QStringLiteral("S.p.A."), QStringLiteral("S.n.c."),
                               QStringLiteral("S.a.s.")};
const QStringList Comuni{
    QStringLiteral("Milano"),  QStringLiteral("Sesto San Giovanni"), QStringLiteral("Rho"),
    QStringLiteral("Legnano"), QStringLiteral("Cinisello Balsamo"),  QStringLiteral("San Donato Milanese"),
    QStringLiteral("Segrate"), QStringLiteral("Pioltello"),          QStringLiteral("Bollate"),
    QStringLiteral("Corsico"), QStringLiteral("Abbiategrasso"),      QStringLiteral("Magenta")};
const QStringList Streets{QStringLiteral("Via Roma"),        QStringLiteral("Via Garibaldi"),
                          QStringLiteral("Corso Italia"),    QStringLiteral("Via Manzoni"),
                          QStringLiteral("Viale Lombardia"), QStringLiteral("Via dell'Industria")};

QString pick(QRandomGenerator& random, const QStringList& list)
{
    return list.at(static_cast<qsizetype>(random.bounded(static_cast<quint32>(list.size()))));
}

QString digits(QRandomGenerator& random, int count)
{
    QString result;
    for (int i = 0; i < count; ++i) {
        result += QChar(u'0' + static_cast<char16_t>(random.bounded(10U)));
    }
    return result;
}

QString letters(QRandomGenerator& random, int count)
{
    QString result;
    for (int i = 0; i < count; ++i) {
        result += QChar(u'A' + static_cast<char16_t>(random.bounded(26U)));
    }
    return result;
}

} // namespace

QList<anagrafiche::Anagrafica> sampleAnagrafiche(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<anagrafiche::Anagrafica> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        anagrafiche::Anagrafica a;
        a.id = i + 1;
        a.version = 1;
        a.comune = pick(random, Comuni);
        a.provincia = QStringLiteral("MI");
        a.cap = QStringLiteral("20") + digits(random, 3);
        a.indirizzo = QStringLiteral("%1 %2").arg(pick(random, Streets)).arg(random.bounded(1, 200));
        if (i % 3 == 0) {
            a.tipo = anagrafiche::Anagrafica::Tipo::PersonaFisica;
            a.cognome = pick(random, Surnames);
            a.nome = pick(random, Names);
            a.codiceFiscale = letters(random, 6) + digits(random, 2) + letters(random, 1) + digits(random, 2) +
                              QStringLiteral("F205") + letters(random, 1);
        } else {
            a.tipo = anagrafiche::Anagrafica::Tipo::PersonaGiuridica;
            a.denominazione = QStringLiteral("%1 %2 %3")
                                  .arg(pick(random, CompanyWords), pick(random, Surnames), pick(random, CompanyForms));
            a.partitaIva = digits(random, 11);
            a.codiceFiscale = a.partitaIva;
            a.pec = QStringLiteral("amministrazione%1@pec.example.it").arg(i + 1);
        }
        a.domande = static_cast<int>(random.bounded(12U));
        a.watched = random.bounded(20U) == 0;
        result.append(a);
    }
    return result;
}

} // namespace inlinea::test

#include "LanguageSetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace inlinea::ui {

QLocale::Language LanguageSetup::effectiveLanguage(settings::Language choice)
{
    switch (choice) {
    case settings::Language::Italian: return QLocale::Italian;
    case settings::Language::English: return QLocale::English;
    case settings::Language::System: break;
    }
    // The source texts are Italian: an Italian system, or one that names no language at all (the C locale of a bare
    // session), gets Italian; any other language gets English, the one translation we have.
    const QLocale::Language system = QLocale::system().language();
    return system == QLocale::Italian || system == QLocale::C || system == QLocale::AnyLanguage ? QLocale::Italian
                                                                                                : QLocale::English;
}

bool LanguageSetup::apply(settings::Language choice, QObject* owner)
{
    const QLocale::Language language = effectiveLanguage(choice);
    const QLocale locale(language, language == QLocale::Italian ? QLocale::Italy : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto* qtTranslator = new QTranslator(owner);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    }
    if (language == QLocale::Italian) {
        return true; // the source texts are Italian
    }
    auto* ours = new QTranslator(owner);
    if (!ours->load(QStringLiteral(":/i18n/inlinea_en.qm"))) {
        return false;
    }
    QCoreApplication::installTranslator(ours);
    return true;
}

} // namespace inlinea::ui

#include "SchemaProblemText.h"

#include <QJsonObject>
#include <QLocale>

namespace inlinea::ui {

namespace {

QString numberText(double value)
{
    const QLocale italian(QLocale::Italian);
    return italian.toString(value, 'g', 15).remove(italian.groupSeparator());
}

} // namespace

QString SchemaProblemText::message(const forms::SchemaProblem& problem, const forms::FormSchema& schema)
{
    const QString& code = problem.code;
    const QString& pointer = problem.pointer;
    if (code == u"required") {
        return tr("Campo obbligatorio");
    }
    if (code == u"type") {
        switch (schema.type(pointer)) {
        case forms::FormSchema::Type::Integer: return tr("Scrivere un numero intero");
        case forms::FormSchema::Type::Number: return tr("Scrivere un numero");
        case forms::FormSchema::Type::Boolean: return tr("Scegliere sì o no");
        default: return tr("Tipo di valore non valido");
        }
    }
    if (code == u"enum" || code == u"const") {
        return tr("Valore non ammesso");
    }
    if (code == u"pattern") {
        return tr("Formato non valido");
    }
    if (code == u"format") {
        const QString format = schema.format(pointer);
        if (format == u"date") {
            return tr("Data non valida");
        }
        if (format == u"email") {
            return tr("Indirizzo email non valido");
        }
        return tr("Formato non valido");
    }
    const QJsonObject node = schema.node(pointer);
    if (code == u"minLength") {
        const int limit = node.value(QStringLiteral("minLength")).toInt();
        return limit <= 1 ? tr("Campo obbligatorio") : tr("Troppo corto: almeno %n caratteri", nullptr, limit);
    }
    if (code == u"maxLength") {
        return tr("Troppo lungo: al massimo %n caratteri", nullptr, node.value(QStringLiteral("maxLength")).toInt());
    }
    if (code == u"minimum") {
        return tr("Il valore minimo è %1").arg(numberText(node.value(QStringLiteral("minimum")).toDouble()));
    }
    if (code == u"maximum") {
        return tr("Il valore massimo è %1").arg(numberText(node.value(QStringLiteral("maximum")).toDouble()));
    }
    if (code == u"minItems") {
        return tr("Occorre almeno %n elemento", nullptr, node.value(QStringLiteral("minItems")).toInt());
    }
    if (code == u"maxItems") {
        return tr("Al massimo %n elementi", nullptr, node.value(QStringLiteral("maxItems")).toInt());
    }
    // Either a value the form has no place for (left from another version of it) or one that breaks a rule the
    // schema has beyond the ones above.
    return node.isEmpty() ? tr("Valore non previsto dal modulo") : tr("Valore non valido");
}

} // namespace inlinea::ui

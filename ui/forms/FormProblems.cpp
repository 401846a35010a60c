#include "FormProblems.h"

namespace inlinea::ui {

void FormProblems::addMissing(const QString& label)
{
    if (!m_missing.contains(label)) {
        m_missing.append(label);
    }
}

void FormProblems::addWrong(const QString& label)
{
    if (!m_wrong.contains(label)) {
        m_wrong.append(label);
    }
}

QString FormProblems::text() const
{
    QStringList lines;
    if (!m_missing.isEmpty()) {
        lines.append(tr("Manca: %1").arg(m_missing.join(QStringLiteral(", "))));
    }
    if (!m_wrong.isEmpty()) {
        lines.append(tr("Da correggere: %1").arg(m_wrong.join(QStringLiteral(", "))));
    }
    return lines.join(u'\n');
}

} // namespace inlinea::ui

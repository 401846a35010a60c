#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace inlinea::drafts {

// A domanda being compiled, kept only on this computer until it is submitted. The data follows the form definition
// (procedimento code + definition version) it was started on.
struct Draft {
    QString id;                // local, a UUID without braces; never sent to the portal
    qint64 anagraficaId = 0;   // the anagrafica the domanda is for
    QString procedimento;      // FormDefinition::code
    QString definitionVersion; // FormDefinition::version
    QString title;
    QJsonObject data;    // the form's values
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC, changed by every save
    qint64 revision = 0; // 0 when created, +1 for every save
};

} // namespace inlinea::drafts

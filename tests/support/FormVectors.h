#pragma once

#include <QJsonObject>
#include <QString>

namespace inlinea::test {

class PortalFixture;

// The valid data of a procedimento's form ("AUA-2", "BANDO_PROFESSIONISTI-1"...): the base of the shared form
// validation vectors (tests/data/form_validation_vectors.json), which both the app and the portal accept.
[[nodiscard]] QJsonObject validFormData(const QString& definition);

// How many pratiche the portal holds for a user, asked straight with a token of its own (never through a proxy a
// test puts in front of the portal); -1 when the portal does not answer.
[[nodiscard]] int praticheOnPortal(const PortalFixture& portal, const QString& codiceFiscale);

} // namespace inlinea::test

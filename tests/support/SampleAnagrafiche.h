#pragma once

#include "app/anagrafiche/Anagrafica.h"

#include <QList>

namespace inlinea::test {

// Deterministic, realistic-looking anagrafiche (companies and persons of the Milan area) for the cache tests, the
// list's GUI tests and the benchmark. Codes have the right shape, not valid check characters.
[[nodiscard]] QList<anagrafiche::Anagrafica> sampleAnagrafiche(int count, quint32 seed = 42);

} // namespace inlinea::test

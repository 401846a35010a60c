#pragma once

namespace inlinea::test {

// Call first in initTestCase(): settings and data go to per-test locations, never the user's.
void isolate();

} // namespace inlinea::test

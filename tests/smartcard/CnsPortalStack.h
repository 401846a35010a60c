#pragma once

#include "tests/smartcard/CardStackFixture.h"
#include "tests/support/PortalFixture.h"

#include <memory>

namespace inlinea::test {

// What every CNS login test needs: pcscd with Mario Rossi's virtual card inserted, and the reference portal whose
// CNS endpoint trusts the CNS test CA that the card's first start created.
class CnsPortalStack {
public:
    // Empty on success, otherwise why it failed.
    [[nodiscard]] QString start();

    [[nodiscard]] CardStackFixture& cards() { return m_cards; }
    [[nodiscard]] PortalFixture& portal() { return *m_portal; }

private:
    CardStackFixture m_cards;
    std::unique_ptr<PortalFixture> m_portal;
};

} // namespace inlinea::test

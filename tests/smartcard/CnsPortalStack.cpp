#include "CnsPortalStack.h"

namespace inlinea::test {

QString CnsPortalStack::start()
{
    if (QString why = m_cards.startPcscd(); !why.isEmpty()) {
        return why;
    }
    if (QString why = m_cards.insert(); !why.isEmpty()) {
        return why;
    }
    m_portal = std::make_unique<PortalFixture>(PortalFixture::Options{.cnsCaDir = m_cards.stateDir()});
    return m_portal->start();
}

} // namespace inlinea::test

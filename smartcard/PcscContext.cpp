#include "PcscContext.h"

#include "smartcard/PcscError.h"

#include <utility>

namespace inlinea::smartcard {

PcscContext::~PcscContext()
{
    release();
}

PcscContext::PcscContext(PcscContext&& other) noexcept
    : m_handle(std::exchange(other.m_handle, 0))
    , m_valid(std::exchange(other.m_valid, false))
{}

PcscContext& PcscContext::operator=(PcscContext&& other) noexcept
{
    if (this != &other) {
        release();
        m_handle = std::exchange(other.m_handle, 0);
        m_valid = std::exchange(other.m_valid, false);
    }
    return *this;
}

Result<PcscContext, CardError> PcscContext::establish()
{
    PcscContext context;
    const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &context.m_handle);
    if (rv != SCARD_S_SUCCESS) {
        CardError error = pcscError(rv, QLatin1String("SCardEstablishContext"));
        // Whatever stops us from getting a context, the user-facing meaning is "no PC/SC service".
        error.kind = CardError::Kind::ServiceUnavailable;
        return fail(std::move(error));
    }
    context.m_valid = true;
    return context;
}

void PcscContext::release() noexcept
{
    if (m_valid) {
        SCardReleaseContext(m_handle);
        m_valid = false;
        m_handle = 0;
    }
}

} // namespace inlinea::smartcard

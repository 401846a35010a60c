#include "SecureBytes.h"

namespace inlinea::smartcard {

void wipe(QByteArray& bytes) noexcept
{
    if (bytes.isEmpty()) {
        return;
    }
    if (bytes.isDetached()) {
        // volatile keeps the compiler from dropping stores to memory it can prove is freed right after.
        volatile char* data = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            data[i] = 0;
        }
    }
    bytes.clear();
}

SharedSecret holdSecret(QByteArray&& bytes)
{
    return SharedSecret(new QByteArray(std::move(bytes)), [](QByteArray* secret) {
        wipe(*secret);
        delete secret;
    });
}

} // namespace inlinea::smartcard

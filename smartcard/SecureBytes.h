#pragma once

#include <QByteArray>

#include <memory>

namespace inlinea::smartcard {

// Overwrites a PIN/PUK buffer before it is released, so the secret does not linger in freed heap memory.
// Only the buffer `bytes` owns is wiped: if it shares its data with another QByteArray, that copy is the other
// owner's to wipe (pass secrets with std::move so the driver holds the only copy).
void wipe(QByteArray& bytes) noexcept;

// Holds a PIN/PUK in one heap buffer that every holder shares (copying the pointer never copies the secret) and
// that is wiped when the last holder lets go, whichever way a request ends (run, failed, dropped at shutdown).
using SharedSecret = std::shared_ptr<QByteArray>;
[[nodiscard]] SharedSecret holdSecret(QByteArray&& bytes);

} // namespace inlinea::smartcard

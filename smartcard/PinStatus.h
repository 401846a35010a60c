#pragma once

#include <QMetaType>

#include <optional>

namespace inlinea::smartcard {

// What the empty VERIFY tells about the PIN without spending a try.
struct PinStatus {
    // Nullopt: the card does not say (it refused the empty VERIFY, or the PIN is verified right now). 0: blocked.
    std::optional<int> triesLeft;
    // The PIN is verified in the current card session (the card answered 9000).
    bool verified = false;

    [[nodiscard]] bool isBlocked() const noexcept { return triesLeft == 0; }
    [[nodiscard]] bool isLastTry() const noexcept { return triesLeft == 1; }

    friend bool operator==(const PinStatus&, const PinStatus&) = default;
};

} // namespace inlinea::smartcard

Q_DECLARE_METATYPE(inlinea::smartcard::PinStatus)

#pragma once

#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace inlinea::test {

// Waits for the one answer of an asynchronous call (the test's own event loop, as QTRY does). The answer outlives
// this object, so a call still in flight after a failed check writes nowhere harmful.
template <typename R> class Answer {
public:
    [[nodiscard]] std::function<void(const R&)> callback()
    {
        return [result = m_result](const R& r) { result->emplace(r); };
    }
    [[nodiscard]] bool wait(int timeoutMs = 30000)
    {
        return QTest::qWaitFor([this] { return m_result->has_value(); }, timeoutMs);
    }
    [[nodiscard]] bool has_value() const { return m_result->has_value(); }
    [[nodiscard]] const R& operator*() const { return **m_result; }
    [[nodiscard]] const R* operator->() const { return &**m_result; }

private:
    std::shared_ptr<std::optional<R>> m_result = std::make_shared<std::optional<R>>();
};

} // namespace inlinea::test

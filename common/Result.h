#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

namespace inlinea {

// Wraps an error value so that Result's constructors can tell "value" from "error" even when T and E are alike.
template <typename E> struct Unexpected {
    E error;
};

template <typename E> [[nodiscard]] Unexpected<std::decay_t<E>> fail(E&& error)
{
    return {std::forward<E>(error)};
}

// A value or a typed error, in the spirit of C++23 std::expected (not available with our C++20 toolchain).
// Module boundaries return this instead of throwing.
template <typename T, typename E> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    template <typename G>
    Result(Unexpected<G> unexpected)
        : m_state(std::in_place_index<1>, E(std::move(unexpected.error)))
    {}

    [[nodiscard]] bool hasValue() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    [[nodiscard]] const T& value() const&
    {
        assert(hasValue());
        return std::get<0>(m_state);
    }
    // By value, so `for (auto& x : f().value())` does not iterate a destroyed temporary.
    [[nodiscard]] T value() &&
    {
        assert(hasValue());
        return std::get<0>(std::move(m_state));
    }
    [[nodiscard]] const E& error() const&
    {
        assert(!hasValue());
        return std::get<1>(m_state);
    }
    [[nodiscard]] const T* operator->() const { return &value(); }
    [[nodiscard]] const T& operator*() const& { return value(); }

private:
    std::variant<T, E> m_state;
};

// Success without a value.
struct Ok {
    friend bool operator==(Ok, Ok) = default;
};

template <typename E> using Status = Result<Ok, E>;

} // namespace inlinea

#pragma once

namespace inlinea::domain {

// Sex as the codice fiscale encodes it (the day code of women is increased by 40).
enum class Sex { Male, Female };

} // namespace inlinea::domain

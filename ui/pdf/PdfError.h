#pragma once

#include <QString>

namespace inlinea::ui {

// Why a PDF could not be written.
struct PdfError {
    enum class Kind {
        Unwritable, // the file cannot be created or replaced (missing folder, permissions, disk full)
        Rendering,  // Qt's PDF engine refused to paint
    };
    Kind kind = Kind::Unwritable;
    QString detail; // the system's own words, for the log
};

} // namespace inlinea::ui

#pragma once

#include "app/portal/PortalInfo.h"
#include "app/procedimenti/Procedimento.h"
#include "app/submissions/Submission.h"

#include <QWidget>

#include <optional>

class QVBoxLayout;

namespace inlinea::forms {
class FormData;
}
namespace inlinea::submissions {
class DraftAttachments;
}

namespace inlinea::ui {

// The attachment slots of a procedimento for one draft: what each slot takes (types, size, how many files, whether
// it is required — also by an answer in the form) and the files attached, with size and SHA-256. Files are checked
// against the slot when added; the list is kept in the local database with the draft.
class AttachmentsPanel : public QWidget {
    Q_OBJECT
public:
    AttachmentsPanel(const procedimenti::FormDefinition& definition, submissions::DraftAttachments& store,
                     QString draftId, const forms::FormData* formData, QWidget* parent = nullptr);

    void setLimits(const std::optional<portal::PortalLimits>& limits);
    [[nodiscard]] QList<submissions::AttachedFile> files() const { return m_files; }
    // Attaches a file to a slot after checking it; false (and `why`, in words) when it is refused.
    bool addFile(const QString& slot, const QString& path, QString* why = nullptr);
    bool removeFile(const QString& slot, const QString& path);
    // Scrolls to a slot and highlights it (the pre-send check's "Vai").
    void showSlot(const QString& slot);
    void reload();

Q_SIGNALS:
    void filesChanged();

private:
    void rebuild();
    QWidget* slotBox(const QJsonObject& slot);
    void chooseFile(const QString& slot);

    procedimenti::FormDefinition m_definition;
    submissions::DraftAttachments& m_store;
    QString m_draftId;
    const forms::FormData* m_data;
    std::optional<portal::PortalLimits> m_limits;
    QList<submissions::AttachedFile> m_files;
    QVBoxLayout* m_slots = nullptr;
    QWidget* m_content = nullptr;
    QString m_error;
};

} // namespace inlinea::ui

#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace inlinea::anagrafiche {
class AnagraficheCache;
}
namespace inlinea::drafts {
class DraftStore;
}
namespace inlinea::procedimenti {
class CatalogCache;
}
namespace inlinea::submissions {
class DraftAttachments;
class SubmissionStore;
} // namespace inlinea::submissions

namespace inlinea::ui {

// "Nuova richiesta": the anagrafica and the procedimento of a new pratica, and the drafts already started. Works
// offline from the local copies of the anagrafiche and of the forms.
class NuovaRichiestaPage : public QWidget {
    Q_OBJECT
public:
    explicit NuovaRichiestaPage(QWidget* parent = nullptr);

    // All must outlive the page (or be replaced with nullptr first). `submissions` gives each draft's state (sent,
    // CIP); `attachments` lets duplicates and deletions carry the draft's files.
    void setSources(const anagrafiche::AnagraficheCache* anagrafiche, const procedimenti::CatalogCache* catalog,
                    drafts::DraftStore* drafts, const submissions::SubmissionStore* submissions = nullptr,
                    submissions::DraftAttachments* attachments = nullptr);

    // Chooses this anagrafica (one just created from here) once the list holds it.
    void selectAnagrafica(qint64 id);

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    // A draft to compile: just created, or picked from the list.
    void openDraftRequested(const QString& draftId);
    // The anagrafica is not in the list yet: the user wants to create it.
    void newAnagraficaRequested();

private:
    void fillAnagrafiche();
    void fillCatalog();
    void fillDrafts();
    void createDraft();
    void updateButtons();
    [[nodiscard]] QString selectedDraft() const;
    [[nodiscard]] QString anagraficaName(qint64 id) const;

    const anagrafiche::AnagraficheCache* m_anagrafiche = nullptr;
    const procedimenti::CatalogCache* m_catalog = nullptr;
    drafts::DraftStore* m_drafts = nullptr;
    const submissions::SubmissionStore* m_submissions = nullptr;
    submissions::DraftAttachments* m_attachments = nullptr;
    QLineEdit* m_search;
    QPushButton* m_newAnagrafica;
    qint64 m_wantedAnagrafica = 0;
    QComboBox* m_anagrafica;
    QListWidget* m_procedimenti;
    QPushButton* m_create;
    QLabel* m_createReason;
    QCheckBox* m_onlyThisAnagrafica;
    QTableWidget* m_draftList;
    QPushButton* m_resume;
    QPushButton* m_duplicate;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace inlinea::ui

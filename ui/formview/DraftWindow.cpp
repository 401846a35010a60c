#include "DraftWindow.h"

#include "FormView.h"
#include "app/drafts/DraftAutosaver.h"
#include "app/drafts/DraftStore.h"
#include "app/forms/FormData.h"
#include "app/procedimenti/Procedimento.h"

#include <QCloseEvent>
#include <QLabel>
#include <QTime>
#include <QVBoxLayout>

namespace inlinea::ui {

DraftWindow::DraftWindow(drafts::DraftStore& store, QString draftId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_draftId(std::move(draftId))
    , m_data(new forms::FormData({}, this))
    , m_autosaver(new drafts::DraftAutosaver(store, m_draftId, this))
    , m_saved(new QLabel(this))
{
    m_saved->setObjectName(QStringLiteral("draftSavedLabel"));
    m_saved->setForegroundRole(QPalette::PlaceholderText);
}

DraftWindow* DraftWindow::open(drafts::DraftStore& store, const QString& draftId,
                               const procedimenti::FormDefinition& definition, QString* why, QWidget* parent)
{
    const auto draft = store.load(draftId);
    if (!draft) {
        if (why != nullptr) {
            *why = draft.error().detail;
        }
        return nullptr;
    }
    auto* window = new DraftWindow(store, draftId, parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(draft->title);
    window->m_data->setData(draft->data);
    window->m_form = new FormView(definition, window->m_data, window);
    window->m_saved->setText(tr("Bozza salvata sul computer."));
    auto* layout = new QVBoxLayout(window);
    layout->addWidget(window->m_form, 1);
    layout->addWidget(window->m_saved);
    window->resize(1180, 760);
    // Every change: saved within a fraction of a second, even if the app is killed right after.
    window->m_autosaver->setDataSource([data = window->m_data] { return data->data(); });
    connect(window->m_data, &forms::FormData::changed, window->m_autosaver, &drafts::DraftAutosaver::noteChange);
    connect(window->m_autosaver, &drafts::DraftAutosaver::saved, window, [window](qint64 revision) {
        window->m_saved->setText(tr("Bozza salvata alle %1 (revisione %2).")
                                     .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                                     .arg(revision));
    });
    connect(window->m_autosaver, &drafts::DraftAutosaver::saveFailed, window, [window](const drafts::DraftError& e) {
        window->m_saved->setText(
            tr("Salvataggio non riuscito: %1. Le modifiche restano nella finestra.").arg(e.detail));
    });
    return window;
}

DraftWindow::~DraftWindow() = default;

void DraftWindow::closeEvent(QCloseEvent* event)
{
    (void)m_autosaver->flush();
    event->accept();
}

} // namespace inlinea::ui

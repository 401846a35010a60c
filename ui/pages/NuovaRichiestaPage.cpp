#include "NuovaRichiestaPage.h"

#include "app/anagrafiche/AnagraficheCache.h"
#include "app/drafts/DraftStore.h"
#include "app/procedimenti/CatalogCache.h"
#include "app/submissions/DraftAttachments.h"
#include "app/submissions/SubmissionStore.h"
#include "ui/submissions/SubmissionText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {
constexpr int CodeRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;
constexpr int ChoicesShown = 200; // the search narrows the rest
} // namespace

NuovaRichiestaPage::NuovaRichiestaPage(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_newAnagrafica(new QPushButton(tr("Nuova anagrafica…"), this))
    , m_anagrafica(new QComboBox(this))
    , m_procedimenti(new QListWidget(this))
    , m_create(new QPushButton(tr("Compila una nuova richiesta"), this))
    , m_createReason(new QLabel(this))
    , m_onlyThisAnagrafica(new QCheckBox(tr("Solo le bozze dell'anagrafica scelta"), this))
    , m_draftList(new QTableWidget(this))
    , m_resume(new QPushButton(tr("Riprendi"), this))
    , m_duplicate(new QPushButton(tr("Duplica"), this))
    , m_remove(new QPushButton(tr("Elimina"), this))
    , m_problem(new QLabel(this))
{
    auto* title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Nuova richiesta").toHtmlEscaped()), this);
    auto* intro = new QLabel(tr("Scegli l'anagrafica per cui presenti la pratica e il procedimento. Il modulo si "
                                "compila anche senza rete: ogni modifica è salvata sul computer come bozza."),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("anagraficaSearch"));
    m_search->setPlaceholderText(tr("Cerca l'anagrafica per nome, codice fiscale o comune"));
    m_search->setClearButtonEnabled(true);
    m_anagrafica->setObjectName(QStringLiteral("anagraficaChoice"));
    m_procedimenti->setObjectName(QStringLiteral("procedimentiList"));
    m_create->setObjectName(QStringLiteral("createDraftButton"));
    m_createReason->setObjectName(QStringLiteral("createDraftReason"));
    m_createReason->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("nuovaRichiestaProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* choose = new QFormLayout;
    m_newAnagrafica->setObjectName(QStringLiteral("newAnagraficaButton"));
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_newAnagrafica);
    choose->addRow(tr("Anagrafica"), searchRow);
    choose->addRow(QString(), m_anagrafica);
    choose->addRow(tr("Procedimento"), m_procedimenti);
    auto* createRow = new QHBoxLayout;
    createRow->addWidget(m_createReason, 1);
    createRow->addWidget(m_create);

    m_draftList->setObjectName(QStringLiteral("draftList"));
    m_onlyThisAnagrafica->setObjectName(QStringLiteral("onlyThisAnagrafica"));
    m_draftList->setColumnCount(5);
    m_draftList->setHorizontalHeaderLabels(
        {tr("Bozza"), tr("Anagrafica"), tr("Procedimento"), tr("Ultima modifica"), tr("Stato")});
    m_draftList->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_draftList->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_draftList->setWordWrap(false);
    m_draftList->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_draftList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_draftList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_draftList->verticalHeader()->hide();
    m_resume->setObjectName(QStringLiteral("resumeDraftButton"));
    m_duplicate->setObjectName(QStringLiteral("duplicateDraftButton"));
    m_remove->setObjectName(QStringLiteral("removeDraftButton"));
    auto* draftButtons = new QHBoxLayout;
    draftButtons->addStretch(1);
    draftButtons->addWidget(m_duplicate);
    draftButtons->addWidget(m_remove);
    draftButtons->addWidget(m_resume);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addLayout(choose);
    layout->addLayout(createRow);
    layout->addWidget(m_problem);
    auto* draftsTitle = new QHBoxLayout;
    draftsTitle->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Le tue bozze").toHtmlEscaped()), this), 1);
    draftsTitle->addWidget(m_onlyThisAnagrafica);
    layout->addLayout(draftsTitle);
    layout->addWidget(m_draftList, 1);
    layout->addLayout(draftButtons);

    connect(m_search, &QLineEdit::textChanged, this, &NuovaRichiestaPage::fillAnagrafiche);
    connect(m_newAnagrafica, &QPushButton::clicked, this, &NuovaRichiestaPage::newAnagraficaRequested);
    connect(m_anagrafica, &QComboBox::currentIndexChanged, this, &NuovaRichiestaPage::updateButtons);
    connect(m_anagrafica, &QComboBox::currentIndexChanged, this, [this] {
        if (m_onlyThisAnagrafica->isChecked()) {
            fillDrafts();
        }
    });
    connect(m_onlyThisAnagrafica, &QCheckBox::toggled, this, &NuovaRichiestaPage::fillDrafts);
    connect(m_procedimenti, &QListWidget::currentRowChanged, this, &NuovaRichiestaPage::updateButtons);
    connect(m_create, &QPushButton::clicked, this, &NuovaRichiestaPage::createDraft);
    connect(m_draftList, &QTableWidget::itemSelectionChanged, this, &NuovaRichiestaPage::updateButtons);
    connect(m_draftList, &QTableWidget::cellDoubleClicked, this, [this] {
        if (const QString id = selectedDraft(); !id.isEmpty()) {
            Q_EMIT openDraftRequested(id);
        }
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedDraft(); !id.isEmpty()) {
            Q_EMIT openDraftRequested(id);
        }
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (!m_drafts || selectedDraft().isEmpty()) {
            return;
        }
        if (const auto copy = m_drafts->duplicate(selectedDraft()); copy) {
            if (m_attachments) {
                (void)m_attachments->copy(selectedDraft(), copy.value().id);
            }
            fillDrafts();
        }
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = selectedDraft();
        if (!m_drafts || id.isEmpty()) {
            return;
        }
        if (QMessageBox::question(this, tr("Elimina bozza"),
                                  tr("Eliminare la bozza? Quello che hai scritto andrà perso.")) == QMessageBox::Yes) {
            if (m_drafts->remove(id) && m_attachments) {
                (void)m_attachments->removeAll(id);
            }
            fillDrafts();
        }
    });
    updateButtons();
}

void NuovaRichiestaPage::setSources(const anagrafiche::AnagraficheCache* anagrafiche,
                                    const procedimenti::CatalogCache* catalog, drafts::DraftStore* drafts,
                                    const submissions::SubmissionStore* submissions,
                                    submissions::DraftAttachments* attachments)
{
    m_anagrafiche = anagrafiche;
    m_catalog = catalog;
    m_drafts = drafts;
    m_submissions = submissions;
    m_attachments = attachments;
    reload();
}

void NuovaRichiestaPage::reload()
{
    fillAnagrafiche();
    fillCatalog();
    fillDrafts();
    updateButtons();
}

void NuovaRichiestaPage::fillAnagrafiche()
{
    const qint64 previous = m_anagrafica->currentData().toLongLong();
    m_anagrafica->clear();
    if (!m_anagrafiche) {
        return;
    }
    anagrafiche::ListQuery query;
    query.text = m_search->text();
    const auto rows = m_anagrafiche->rows(query, 0, ChoicesShown);
    for (const anagrafiche::AnagraficaRow& row : rows ? rows.value() : QList<anagrafiche::AnagraficaRow>{}) {
        m_anagrafica->addItem(QStringLiteral("%1 — %2").arg(row.name, row.codes), row.id);
    }
    const int wanted = m_wantedAnagrafica != 0 ? m_anagrafica->findData(m_wantedAnagrafica) : -1;
    if (wanted >= 0) {
        m_wantedAnagrafica = 0;
    }
    const int index = wanted >= 0 ? wanted : m_anagrafica->findData(previous);
    m_anagrafica->setCurrentIndex(index >= 0 ? index : 0);
}

void NuovaRichiestaPage::selectAnagrafica(qint64 id)
{
    m_wantedAnagrafica = id;
    m_search->clear(); // the new one must be among the choices
    fillAnagrafiche();
}

void NuovaRichiestaPage::fillCatalog()
{
    const QString previous =
        m_procedimenti->currentItem() ? m_procedimenti->currentItem()->data(CodeRole).toString() : QString();
    m_procedimenti->clear();
    if (!m_catalog) {
        return;
    }
    const auto catalog = m_catalog->catalog();
    for (const procedimenti::Procedimento& p : catalog ? catalog.value() : QList<procedimenti::Procedimento>{}) {
        auto* item = new QListWidgetItem(tr("%1 (versione %2)").arg(p.title, p.version), m_procedimenti);
        item->setData(CodeRole, p.code);
        item->setData(VersionRole, p.version);
        item->setToolTip(p.description);
        if (p.code == previous) {
            m_procedimenti->setCurrentItem(item);
        }
    }
}

QString NuovaRichiestaPage::anagraficaName(qint64 id) const
{
    if (!m_anagrafiche) {
        return {};
    }
    const auto found = m_anagrafiche->find(id);
    return found && found.value() ? found.value()->displayName() : QString();
}

void NuovaRichiestaPage::fillDrafts()
{
    m_draftList->setRowCount(0);
    if (!m_drafts) {
        return;
    }
    const bool perAnagrafica = m_onlyThisAnagrafica->isChecked() && m_anagrafica->currentIndex() >= 0;
    const auto drafts = perAnagrafica ? m_drafts->list(m_anagrafica->currentData().toLongLong()) : m_drafts->list();
    const QList<drafts::Draft> list = drafts ? drafts.value() : QList<drafts::Draft>{};
    m_draftList->setRowCount(static_cast<int>(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const drafts::Draft& d = list.at(row);
        auto* name = new QTableWidgetItem(d.title);
        name->setData(Qt::UserRole, d.id);
        m_draftList->setItem(row, 0, name);
        m_draftList->setItem(row, 1, new QTableWidgetItem(anagraficaName(d.anagraficaId)));
        m_draftList->setItem(row, 2,
                             new QTableWidgetItem(QStringLiteral("%1 %2").arg(d.procedimento, d.definitionVersion)));
        m_draftList->setItem(
            row, 3, new QTableWidgetItem(d.updatedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        QString state = tr("Bozza");
        if (m_submissions) {
            if (const auto sent = m_submissions->forDraft(d.id); sent && !sent.value().isEmpty()) {
                state = SubmissionText::state(sent.value().first());
            }
        }
        m_draftList->setItem(row, 4, new QTableWidgetItem(state));
    }
}

QString NuovaRichiestaPage::selectedDraft() const
{
    const auto selected = m_draftList->selectedItems();
    if (selected.isEmpty()) {
        return {};
    }
    const QTableWidgetItem* first = m_draftList->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

void NuovaRichiestaPage::updateButtons()
{
    QStringList missing;
    if (m_anagrafica->currentIndex() < 0) {
        missing << tr("l'anagrafica");
    }
    if (!m_procedimenti->currentItem()) {
        missing << tr("il procedimento");
    }
    m_create->setEnabled(m_drafts && missing.isEmpty());
    if (m_procedimenti->count() == 0 && m_catalog) {
        m_createReason->setText(
            tr("I moduli non sono ancora sul computer: si scaricano al primo collegamento con il portale."));
    } else {
        m_createReason->setText(missing.isEmpty() ? QString() : tr("Scegli %1.").arg(missing.join(tr(" e "))));
    }
    const bool hasDraft = !selectedDraft().isEmpty();
    m_resume->setEnabled(hasDraft);
    m_duplicate->setEnabled(hasDraft);
    m_remove->setEnabled(hasDraft);
}

void NuovaRichiestaPage::createDraft()
{
    const QListWidgetItem* item = m_procedimenti->currentItem();
    if (!m_drafts || !item || m_anagrafica->currentIndex() < 0) {
        return;
    }
    const qint64 anagraficaId = m_anagrafica->currentData().toLongLong();
    const QString title =
        QStringLiteral("%1 — %2").arg(item->text().section(QStringLiteral(" ("), 0, 0), anagraficaName(anagraficaId));
    const auto draft =
        m_drafts->create(anagraficaId, item->data(CodeRole).toString(), item->data(VersionRole).toString(), title);
    if (!draft) {
        m_problem->setText(tr("Non è stato possibile creare la bozza: %1").arg(draft.error().detail));
        m_problem->show();
        return;
    }
    m_problem->hide();
    fillDrafts();
    Q_EMIT openDraftRequested(draft->id);
}

} // namespace inlinea::ui

#include "MainWindow.h"

#include "ui/pages/ComingSoonPage.h"
#include "ui/pages/HomePage.h"
#include "ui/pages/InformativaPage.h"
#include "ui/pages/NuovaRichiestaPage.h"
#include "ui/profile/ProfilePage.h"
#include "ui/widgets/CardStatusWidget.h"
#include "ui/widgets/HeaderBar.h"
#include "ui/widgets/PortalStatusWidget.h"
#include "ui/widgets/SyncStatusWidget.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inlinea::ui {

namespace {
constexpr int SectionRole = Qt::UserRole + 1;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_header(new HeaderBar(this))
    , m_userName(new QLabel(this))
    , m_nav(new QTreeWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_portalStatus(new PortalStatusWidget(this))
    , m_syncStatus(new SyncStatusWidget(this))
    , m_cardStatus(new CardStatusWidget(this))
{
    setWindowTitle(tr("Inlinea Desktop"));
    resize(1180, 760);

    m_userName->setObjectName(QStringLiteral("userNameLabel"));
    auto* profile = new QPushButton(tr("Modifica i tuoi dati"));
    auto* logout = new QPushButton(tr("Esci"));
    logout->setObjectName(QStringLiteral("logoutButton"));
    for (QPushButton* link : {profile, logout}) {
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        QFont font = link->font();
        font.setUnderline(true);
        link->setFont(font);
    }
    m_header->addAction(m_userName);
    m_header->addAction(profile);
    m_header->addAction(logout);

    buildNavigation();
    buildPages();
    buildMenus();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 900});

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_portalStatus);
    statusBar()->addPermanentWidget(m_syncStatus);
    statusBar()->addPermanentWidget(m_cardStatus);

    connect(profile, &QPushButton::clicked, this, [this] { showSection(Section::Profilo); });
    connect(logout, &QPushButton::clicked, this, &MainWindow::logoutRequested);
    showSection(Section::Home);
}

QTreeWidgetItem* MainWindow::addNavItem(QTreeWidgetItem* parent, const QString& text, Section section)
{
    auto* item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_nav, {text});
    item->setData(0, SectionRole, static_cast<int>(section));
    return item;
}

void MainWindow::buildNavigation()
{
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setHeaderHidden(true);
    m_nav->setRootIsDecorated(false);
    m_nav->setIndentation(16);
    m_nav->setMinimumWidth(230);
    m_nav->setStyleSheet(QStringLiteral("QTreeWidget { font-size: 10.5pt; } QTreeWidget::item { padding: 5px 4px; }"));

    addNavItem(nullptr, tr("Elenco riassuntivo"), Section::Home);
    auto* aziende = addNavItem(nullptr, tr("Area aziende e privati"), Section::Home);
    QFont groupFont = aziende->font(0);
    groupFont.setBold(true);
    aziende->setFont(0, groupFont);
    addNavItem(aziende, tr("Nuova richiesta"), Section::NuovaRichiesta);
    addNavItem(aziende, tr("Gestione procedimenti"), Section::GestioneProcedimenti);
    addNavItem(aziende, tr("Bando professionisti"), Section::BandoProfessionisti);
    addNavItem(nullptr, tr("Area Enti pubblici"), Section::AreaEntiPubblici);
    addNavItem(nullptr, tr("Invio dichiarazioni e documenti"), Section::InvioDichiarazioni);
    addNavItem(nullptr, tr("Scarica documenti firmati"), Section::DocumentiFirmati);
    addNavItem(nullptr, tr("Dati ambientali"), Section::DatiAmbientali);
    addNavItem(nullptr, tr("Informativa sui dati personali"), Section::Informativa);
    m_nav->expandAll();

    connect(m_nav, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) { onNavigation(item); });
}

void MainWindow::buildPages()
{
    m_home = new HomePage(m_pages);
    m_pages->addWidget(m_home);
    const auto add = [this](const QString& title, const QString& intro, const QStringList& coming) {
        m_pages->addWidget(new ComingSoonPage(title, intro, coming, m_pages));
    };
    // Order matches the Section enum.
    m_nuovaRichiesta = new NuovaRichiestaPage(m_pages);
    m_pages->addWidget(m_nuovaRichiesta);
    add(tr("Gestione procedimenti"), tr("Segui lo stato delle pratiche presentate."),
        {tr("stato di ogni pratica con la cronologia completa"),
         tr("richieste di integrazione con la scadenza, e risposta"), tr("integrazioni spontanee (al massimo due)")});
    add(tr("Bando professionisti"), tr("Domanda di partecipazione ai bandi aperti per professionisti."),
        {tr("modulo di domanda con allegati e firma digitale")});
    add(tr("Area Enti pubblici"), tr("Per i funzionari che devono rilasciare pareri sulle pratiche."),
        {tr("elenco delle pratiche su cui è richiesto un parere")});
    add(tr("Invio dichiarazioni e documenti"), tr("Invio di dichiarazioni periodiche e documenti all'Ente."),
        {tr("invio di documenti firmati con ricevuta")});
    add(tr("Scarica documenti firmati"), tr("Atti e documenti firmati digitalmente rilasciati dall'Ente."),
        {tr("download dei documenti (.p7m e PDF firmati)"), tr("verifica della firma e del certificato del firmatario"),
         tr("estrazione del contenuto")});
    add(tr("Dati ambientali"), tr("Consultazione dei dati ambientali pubblicati dall'Ente."),
        {tr("ricerca e consultazione dei dati")});
    m_pages->addWidget(new InformativaPage(m_pages));
    m_profilePage = new ProfilePage(m_pages);
    m_pages->addWidget(m_profilePage);
}

void MainWindow::buildMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Impostazioni…"), this, &MainWindow::settingsRequested);
    file->addSeparator();
    file->addAction(tr("&Esci dall'applicazione"), qApp, &QApplication::closeAllWindows);
    auto* help = menuBar()->addMenu(tr("&Aiuto"));
    help->addAction(tr("&Informazioni su Inlinea Desktop"), this, [this] {
        QMessageBox::about(this, tr("Informazioni su Inlinea Desktop"),
                           tr("<b>Inlinea Desktop %1</b><br>Compilazione e invio delle pratiche al portale, anche "
                              "senza rete.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setPortalName(const QString& name)
{
    m_header->setSubtitle(name);
}

void MainWindow::setUserName(const QString& name)
{
    m_userName->setText(name);
}

void MainWindow::onNavigation(QTreeWidgetItem* item)
{
    if (item) {
        m_pages->setCurrentIndex(item->data(0, SectionRole).toInt());
    }
}

void MainWindow::showSection(Section section)
{
    m_pages->setCurrentIndex(static_cast<int>(section));
    // Keep the menu's selection in step without re-entering onNavigation with another item.
    QTreeWidgetItem* entry = nullptr;
    for (QTreeWidgetItemIterator it(m_nav); *it; ++it) {
        if ((*it)->data(0, SectionRole).toInt() == static_cast<int>(section)) {
            entry = *it;
            break;
        }
    }
    // Profilo has no menu entry (the header's link leads there): then nothing is selected, and clicking the entry
    // that was selected before goes back to it.
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentItem(entry);
}

AnagrafichePage* MainWindow::anagrafichePage() const
{
    return m_home->anagrafiche();
}

MainWindow::Section MainWindow::currentSection() const
{
    return static_cast<Section>(m_pages->currentIndex());
}

} // namespace inlinea::ui

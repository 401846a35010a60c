#pragma once

#include <QMainWindow>

class QLabel;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace inlinea::ui {

class AnagrafichePage;
class CardStatusWidget;
class HeaderBar;
class NuovaRichiestaPage;
class HomePage;
class PortalStatusWidget;
class ProfilePage;
class SyncStatusWidget;

// The logged-in user's window: the portal's menu as navigation on the left, the selected section on the right,
// portal and card state in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section {
        Home,
        NuovaRichiesta,
        GestioneProcedimenti,
        BandoProfessionisti,
        AreaEntiPubblici,
        InvioDichiarazioni,
        DocumentiFirmati,
        DatiAmbientali,
        Informativa,
        Profilo,
    };
    Q_ENUM(Section)

    explicit MainWindow(QWidget* parent = nullptr);

    void setPortalName(const QString& name);
    void setUserName(const QString& name);
    void showSection(Section section);
    [[nodiscard]] Section currentSection() const;

    [[nodiscard]] PortalStatusWidget* portalStatus() const noexcept { return m_portalStatus; }
    [[nodiscard]] CardStatusWidget* cardStatus() const noexcept { return m_cardStatus; }
    [[nodiscard]] SyncStatusWidget* syncStatus() const noexcept { return m_syncStatus; }
    // The Elenco anagrafiche, in the Home section.
    [[nodiscard]] AnagrafichePage* anagrafichePage() const;
    // "Modifica i tuoi dati" (Section::Profilo).
    [[nodiscard]] ProfilePage* profilePage() const noexcept { return m_profilePage; }
    [[nodiscard]] NuovaRichiestaPage* nuovaRichiestaPage() const noexcept { return m_nuovaRichiesta; }

Q_SIGNALS:
    void logoutRequested();
    void settingsRequested();

private:
    void buildNavigation();
    void buildPages();
    void buildMenus();
    QTreeWidgetItem* addNavItem(QTreeWidgetItem* parent, const QString& text, Section section);
    void onNavigation(QTreeWidgetItem* item);

    HeaderBar* m_header;
    QLabel* m_userName;
    QTreeWidget* m_nav;
    QStackedWidget* m_pages;
    HomePage* m_home = nullptr;
    ProfilePage* m_profilePage = nullptr;
    NuovaRichiestaPage* m_nuovaRichiesta = nullptr;
    PortalStatusWidget* m_portalStatus;
    SyncStatusWidget* m_syncStatus;
    CardStatusWidget* m_cardStatus;
};

} // namespace inlinea::ui
